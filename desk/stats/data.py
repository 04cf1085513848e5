"""The weekly report as plain data: frozen dataclasses, no SQL, no ReportLab, no Qt.

``reports`` renders a :class:`WeeklyReport` to PDF and the CLI writes it as JSON
(:meth:`WeeklyReport.to_json`): both show the same figures. Instants are aware UTC
``datetime``s (display them in :attr:`WeeklyReport.time_zone`); rates are floats in
``[0, 1]`` or ``None`` when there is nothing to divide by; durations are hours.

Residents' names and phone numbers are never part of this object.
"""
from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

STEP_LABELS = {"acknowledge": "报到", "respond": "响应", "resolve": "办结"}
LEVEL_LABELS = {1: "催办", 2: "督办", 3: "通报"}
ROLE_LABELS = {"lead": "主办", "assist": "协办"}
MARK_LABELS = {"red": "红榜", "black": "黑榜"}
#: Why a department is on the 黑榜.
BLACK_REASON_LABELS = {"bottom": "综合得分后三名", "threshold": "满意率低于阈值"}
HANDLING_LABELS = {"urge": "已催办", "extend": "已延期", "reassign": "已改派", "confirm": "已确认通报"}


@dataclass(frozen=True)
class Ratio:
    """``part`` out of ``whole``; ``value`` is ``part / whole`` or None when ``whole`` is 0."""

    part: int
    whole: int
    value: float | None

    @classmethod
    def of(cls, part: int, whole: int) -> Ratio:
        return cls(part, whole, part / whole if whole else None)


@dataclass(frozen=True)
class LevelCounts:
    """Escalations reached: 催办 (level 1), 督办 (level 2), 通报 (level 3)."""

    level1: int = 0
    level2: int = 0
    level3: int = 0

    @property
    def total(self) -> int:
        return self.level1 + self.level2 + self.level3

    def get(self, level: int) -> int:
        return (self.level1, self.level2, self.level3)[level - 1]


@dataclass(frozen=True)
class Share:
    """One line of a breakdown: a stored code (or name), its Chinese label and a count."""

    key: str
    label: str
    count: int


@dataclass(frozen=True)
class CallbackFigures:
    """三率 from the callbacks (回访) recorded in the week.

    ``valid`` counts the callbacks where the resident was reached (``contacted``), so as the
    issue defines it, 响应率 = contacted ÷ valid is 1 whenever there is a valid callback.
    """

    total: int
    valid: int
    contacted: int
    resolved: int
    satisfied: int
    basically_satisfied: int
    dissatisfied: int
    response_rate: float | None
    resolution_rate: float | None
    satisfaction_rate: float | None
    composite: float | None

    @property
    def not_contacted(self) -> int:
        return self.total - self.valid


@dataclass(frozen=True)
class DispatchFigures:
    """One department's (or the whole office's) dispatches, in one scope: lead only, or all."""

    received: int
    acknowledge_on_time: Ratio
    respond_on_time: Ratio
    resolve_on_time: Ratio
    acknowledged: int
    ack_median_hours: float | None
    overdue_at_end: int
    escalations: LevelCounts
    returns_requested: int
    returns_approved: int
    return_rate: Ratio
    extensions_requested: int
    extensions_approved: int

    def on_time(self, step: str) -> Ratio:
        return {"acknowledge": self.acknowledge_on_time, "respond": self.respond_on_time,
                "resolve": self.resolve_on_time}[step]


@dataclass(frozen=True)
class OverdueItem:
    """A dispatch still overdue at the week's end: the first step it owes, late by working hours."""

    ticket_number: str
    category: str
    community: str
    department: str
    role: str
    step: str
    due: datetime
    late_hours: float


@dataclass(frozen=True)
class EscalationItem:
    """An escalation reached in the week, with how it stood at the week's end."""

    ticket_number: str
    department: str
    role: str
    step: str
    level: int
    due: datetime | None
    reached_at: datetime
    #: How a supervisor handled it by the week's end (urge/extend/reassign/confirm), else None.
    handling: str | None
    #: Whether the late step was done (or the escalation closed otherwise) by the week's end.
    closed: bool


@dataclass(frozen=True)
class DepartmentFigures:
    name: str
    lead: DispatchFigures
    all: DispatchFigures
    callbacks: CallbackFigures
    ranked: bool
    rank: int | None
    #: "red" (红榜), "black" (黑榜) or None.
    mark: str | None
    #: Why on the 黑榜: "bottom" and/or "threshold".
    black_reasons: tuple[str, ...]
    overdue: tuple[OverdueItem, ...]
    escalations: tuple[EscalationItem, ...]
    #: Composite per trend week (oldest first); None where the week had no valid callback.
    trend: tuple[float | None, ...]


@dataclass(frozen=True)
class OfficeFigures:
    received: int
    #: Tickets whistled for the first time in the week.
    dispatched: int
    #: Dispatches (a department summoned once) created in the week.
    dispatches: int
    closed: int
    reopened: int
    cancelled: int
    by_source: tuple[Share, ...]
    #: 诉求类型 of the tickets received (咨询, 求助, 投诉, 举报, 建议).
    by_appeal_type: tuple[Share, ...]
    by_category: tuple[Share, ...]
    top_communities: tuple[Share, ...]
    whistle_median_hours: float | None
    #: All dispatches of the office, every department, both roles.
    dispatch: DispatchFigures
    callbacks: CallbackFigures


@dataclass(frozen=True)
class TrendWeek:
    week: str
    first_day: date
    received: int
    closed: int
    #: The office composite (all callbacks of the week).
    composite: float | None


@dataclass(frozen=True)
class ReportSettings:
    weights: tuple[float, float, float]
    basic_weight: float
    min_callbacks: int
    black_threshold: float


@dataclass(frozen=True)
class Definition:
    term: str
    text: str


@dataclass(frozen=True)
class WeeklyReport:
    office_name: str
    #: ISO week, "2026-W47".
    week: str
    year: int
    week_number: int
    time_zone: str
    #: Monday 00:00 and the next Monday 00:00 in the office time zone, as UTC.
    start: datetime
    end: datetime
    #: Local dates of the Monday and the Sunday.
    first_day: date
    last_day: date
    #: The instant the "at the week's end" figures are taken at: ``end``, or now for a week in progress.
    as_of: datetime
    complete: bool
    generated_at: datetime
    working_day_hours: float
    settings: ReportSettings
    office: OfficeFigures
    departments: tuple[DepartmentFigures, ...]
    #: Ranked department names, best first; then the 红榜 and the 黑榜.
    ranking: tuple[str, ...]
    red: tuple[str, ...]
    black: tuple[str, ...]
    #: Every 通报-level escalation reached in the week, oldest first.
    notifications: tuple[EscalationItem, ...]
    #: Every dispatch still overdue at the week's end, latest first.
    overdue: tuple[OverdueItem, ...]
    #: The last 8 weeks, oldest first, ending with this one.
    trend: tuple[TrendWeek, ...]
    definitions: tuple[Definition, ...]

    # -- presentation helpers (pure) ------------------------------------------------
    @property
    def title(self) -> str:
        """"2026年第47周 (11月16日–11月22日)"."""
        a, b = self.first_day, self.last_day
        return f"{self.year}年第{self.week_number}周 ({a.month}月{a.day}日–{b.month}月{b.day}日)"

    def department(self, name: str) -> DepartmentFigures:
        for d in self.departments:
            if d.name == name:
                return d
        raise KeyError(name)

    # -- JSON ------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """Every figure of the report as JSON-ready values (instants as ISO 8601 UTC)."""
        out = _plain(self)
        out["title"] = self.title
        return out

    def to_json(self, *, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value
