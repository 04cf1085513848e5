"""The period report (周报 or 月报) as plain data: frozen dataclasses, no SQL, no ReportLab, no Qt.

``reports`` renders a :class:`PeriodReport` as the 通报, the department slips and the workbook; the CLI
writes it as JSON (:meth:`PeriodReport.to_json`): all show the same figures. Instants are aware UTC
``datetime``s (display them in :attr:`PeriodReport.time_zone`); rates are floats in
``[0, 1]`` or ``None`` when there is nothing to divide by; durations are hours.

Residents' names and phone numbers are never part of this object.
"""
from __future__ import annotations

import dataclasses
import json
import math
from decimal import ROUND_HALF_UP, Decimal
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

STEP_LABELS = {"acknowledge": "报到", "respond": "响应", "resolve": "办结"}
LEVEL_LABELS = {1: "催办", 2: "督办", 3: "通报"}
ROLE_LABELS = {"lead": "主办", "assist": "协办"}
MARK_LABELS = {"red": "红榜", "black": "黑榜"}
HANDLING_LABELS = {"urge": "已催办", "extend": "已延期", "reassign": "已改派", "confirm": "已确认通报"}
URGENCY_ORDER = {"emergency": 0, "urgent": 1, "routine": 2}
SATISFACTION_LABELS = {"satisfied": "满意", "basically_satisfied": "基本满意", "dissatisfied": "不满意"}
#: The indicators a scoring scheme may weigh (all "higher is better"), in the order they are printed.
SCHEME_INDICATORS = ("response", "resolution", "satisfaction", "acknowledge_on_time", "resolve_on_time")
INDICATOR_LABELS = {
    "response": "响应率", "resolution": "解决率", "satisfaction": "满意率", "acknowledge_on_time": "按时报到率",
    "resolve_on_time": "按时办结率", "return_rate": "退单率", "redo_rate": "重办率",
    "department_contacted": "回访确认联系率",
}
#: The overdue backlog's age bands: (label, at least this many natural days since the due).
AGE_BANDS = (("1 天以内", 0), ("1—3 天", 1), ("3—7 天", 3), ("7—30 天", 7), ("30 天以上", 30))
def round1(x: float) -> str:
    """One decimal, rounding halves up (四舍五入) as readers expect: 81.25 -> "81.3", -2.05 -> "-2.1". The one rule
    for every figure the report prints (the 通报, the slips, the screen, the reasons and the 点评)."""
    return str(Decimal(f"{x:.9f}").quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def percent(v: float | None) -> str:
    """0.8125 -> "81.3%"; None -> "—"."""
    return "—" if v is None else f"{round1(v * 100)}%"


#: z of a two-sided 95% interval.
Z95 = 1.959963984540054


def wilson(part: float, whole: int, z: float = Z95) -> tuple[float, float] | None:
    """The Wilson score interval of ``part / whole`` (None when ``whole`` is 0)."""
    if whole <= 0:
        return None
    p = part / whole
    zz = z * z
    centre = (p + zz / (2 * whole)) / (1 + zz / whole)
    half = z * math.sqrt(max(0.0, p * (1 - p) / whole + zz / (4 * whole * whole))) / (1 + zz / whole)
    return max(0.0, centre - half), min(1.0, centre + half)


@dataclass(frozen=True)
class Ratio:
    """``part`` out of ``whole``; ``value`` is ``part / whole`` (None when ``whole`` is 0), with the Wilson 95%
    interval ``low``–``high``. ``part`` may be weighted (满意率 counts 基本满意 at a fraction)."""

    part: float
    whole: int
    value: float | None
    low: float | None = None
    high: float | None = None

    @classmethod
    def of(cls, part: float, whole: int) -> Ratio:
        ci = wilson(part, whole)
        return cls(part, whole, part / whole if whole else None, *(ci or (None, None)))


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
    """What the callbacks (回访) recorded in a span say: 解决率, 满意率 and the resident's answer to
    承办部门是否联系过您. ``valid`` counts the callbacks where the resident was reached."""

    total: int
    valid: int
    resolved: int
    satisfied: int
    basically_satisfied: int
    dissatisfied: int
    #: Valid callbacks where the resident was asked whether the department contacted them, and said yes.
    asked_contacted: int
    said_contacted: int
    resolution: Ratio
    satisfaction: Ratio
    department_contacted: Ratio

    @property
    def not_contacted(self) -> int:
        return self.total - self.valid


@dataclass(frozen=True)
class DispatchFigures:
    """One department's (or the whole office's) dispatches in a span, in one scope: lead only, or all."""

    received: int
    acknowledge_on_time: Ratio
    respond_on_time: Ratio
    resolve_on_time: Ratio
    acknowledged: int
    ack_median_hours: float | None
    overdue_at_end: int
    #: Escalation thresholds crossed in the span (computed from the dues, whether or not a sweep ran).
    escalations: LevelCounts
    returns_requested: int
    returns_approved: int
    return_rate: Ratio
    extensions_requested: int
    extensions_approved: int
    #: Rounds of this scope's lead dispatches decided in the span (结案 or 重办), and how many were 重办.
    redo_rate: Ratio

    def on_time(self, step: str) -> Ratio:
        return {"acknowledge": self.acknowledge_on_time, "respond": self.respond_on_time,
                "resolve": self.resolve_on_time}[step]


@dataclass(frozen=True)
class Indicators:
    """The indicators of one department (or the office) over one span, as the scheme weighs them."""

    response: Ratio
    resolution: Ratio
    satisfaction: Ratio
    acknowledge_on_time: Ratio
    resolve_on_time: Ratio
    return_rate: Ratio
    redo_rate: Ratio
    department_contacted: Ratio
    valid_callbacks: int
    notifications: int
    #: The weighted score and its approximate 95% interval; None when an indicator of the scheme has no data.
    composite: float | None
    composite_low: float | None
    composite_high: float | None

    def get(self, key: str) -> Ratio:
        return getattr(self, key)


@dataclass(frozen=True)
class OverdueItem:
    """A dispatch still overdue at the period's end: the first step it owes, and how late in its limit's clock."""

    ticket_number: str
    category: str
    community: str
    urgency: str
    department: str
    role: str
    step: str
    due: datetime
    #: Natural time for a natural-time limit, working time for a working-time limit (``working``).
    late: timedelta
    working: bool
    #: "2 小时 15 分" or "3 个工作日 2 小时".
    late_text: str
    #: Natural days since the due: the backlog's age band (see ``AGE_BANDS``).
    age_days: float
    #: Overdue already at the previous period's end (carried over).
    carried_over: bool


@dataclass(frozen=True)
class EscalationItem:
    """A step of a dispatch that crossed an escalation threshold (as the sweep's rule computes it)."""

    ticket_number: str
    urgency: str
    department: str
    role: str
    step: str
    level: int
    due: datetime
    reached_at: datetime
    #: How a supervisor handled it by the period's end (urge/extend/reassign/confirm), else None.
    handling: str | None
    #: Whether the late step was done (or its dispatch ended) by the period's end.
    closed: bool
    #: How late at the period's end (or when it was done), in the limit's own clock.
    late_text: str


@dataclass(frozen=True)
class CaseItem:
    """A callback in the period that found the resident dissatisfied or the problem unresolved: to redo."""

    ticket_number: str
    category: str
    community: str
    department: str
    at: datetime
    resolved: bool | None
    satisfaction: str | None
    #: The ticket's state at the period's end is not kept: it was reopened (重办) after the callback.
    reopened: bool


@dataclass(frozen=True)
class RateItem:
    """One dispatch or callback behind a department's rate in a period (the drill-down from a rate to its tickets):
    the rate's denominator is the number of items, its numerator the sum of their ``part``."""

    ticket_number: str
    #: A step ("acknowledge", "respond", "resolve") of a dispatch, or "callback".
    kind: str
    #: The dispatch's role ("lead", "assist"); None for a callback.
    role: str | None
    #: The step's due, or the callback's instant.
    at: datetime
    #: The step done, as it stood at the period's end (None: not done by then); None for a callback.
    done: datetime | None
    #: What it adds to the numerator: 0 or 1 (满意率: 1, the 基本满意 weight, or 0).
    part: float
    #: on_time, late, not_done; resolved, unresolved; satisfied, basically_satisfied, dissatisfied; said_yes, said_no.
    outcome: str


#: The rates a drill-down can list, by indicator: the dispatch step and roles they count, or "callback".
RATE_SOURCES: dict[str, tuple[str, tuple[str, ...]]] = {
    "response": ("respond", ("lead",)),
    "acknowledge_on_time": ("acknowledge", ("lead", "assist")),
    "resolve_on_time": ("resolve", ("lead", "assist")),
    "resolution": ("callback", ()),
    "satisfaction": ("callback", ()),
    "department_contacted": ("callback", ()),
}


@dataclass(frozen=True)
class RepeatItem:
    """A ticket received in the period that repeats an earlier one (same category, same address or phone)."""

    ticket_number: str
    earlier_number: str
    category: str
    community: str
    #: "address" or "phone" (the phone itself is never part of the report).
    matched_by: str
    days_apart: float


@dataclass(frozen=True)
class GroupRates:
    """三率 of one 社区 or one category over the period."""

    name: str
    received: int
    response: Ratio
    resolution: Ratio
    satisfaction: Ratio
    repeats: int


@dataclass(frozen=True)
class AgeBand:
    label: str
    count: int
    emergency: int


@dataclass(frozen=True)
class Headline:
    """The office's main figures of one period, for comparisons."""

    name: str
    received: int
    closed: int
    dispatches: int
    response: Ratio
    resolution: Ratio
    satisfaction: Ratio
    acknowledge_on_time: Ratio
    resolve_on_time: Ratio
    #: None for a year-earlier period: the dispatches merely open then are not read (see desk.stats.service).
    notifications: int | None
    overdue_at_end: int | None


@dataclass(frozen=True)
class DepartmentFigures:
    name: str
    lead: DispatchFigures
    all: DispatchFigures
    callbacks: CallbackFigures
    #: This period, the ranking window and the previous period.
    period: Indicators
    window: Indicators
    previous: Indicators | None
    ranked: bool
    rank: int | None
    #: "red" (红榜), "black" (黑榜) or None.
    mark: str | None
    #: Why on the 黑榜 (an indicator and how far below the street), why not ranked, or why not on the 红榜.
    reasons: tuple[str, ...]
    overdue: tuple[OverdueItem, ...]
    escalations: tuple[EscalationItem, ...]
    cases: tuple[CaseItem, ...]
    #: Composite per trend period (oldest first); None where it had no data.
    trend: tuple[float | None, ...]


@dataclass(frozen=True)
class OfficeFigures:
    received: int
    #: Tickets whistled for the first time in the period.
    dispatched: int
    #: Dispatches (a department summoned once) created in the period.
    dispatches: int
    closed: int
    reopened: int
    cancelled: int
    by_source: tuple[Share, ...]
    by_appeal_type: tuple[Share, ...]
    by_category: tuple[Share, ...]
    top_communities: tuple[Share, ...]
    whistle_median_hours: float | None
    dispatch: DispatchFigures
    callbacks: CallbackFigures
    period: Indicators
    window: Indicators
    communities: tuple[GroupRates, ...]
    categories: tuple[GroupRates, ...]
    backlog: tuple[AgeBand, ...]
    #: 重复件 (issue 15): the residents whose tickets were received in the period; ``received`` counts each problem
    #: once (a merged child is not a problem of its own), so this is ``received`` plus the merged children.
    residents: int = 0


@dataclass(frozen=True)
class TrendPoint:
    name: str
    first_day: date
    received: int
    closed: int
    composite: float | None


@dataclass(frozen=True)
class Scheme:
    """The scoring scheme (a setting): weighted indicators, the volume to be ranked, the ranking window."""

    weights: tuple[tuple[str, float], ...]
    basic_weight: float
    min_callbacks: int
    black_threshold: float
    window_weeks: int
    repeat_days: int

    def text(self) -> str:
        """"响应率 0.3 + 解决率 0.35 + 满意率 0.35"."""
        return " + ".join(f"{INDICATOR_LABELS[k]} × {w:g}" for k, w in self.weights)


@dataclass(frozen=True)
class Definition:
    term: str
    text: str


@dataclass(frozen=True)
class PeriodReport:
    office_name: str
    #: "week" or "month".
    kind: str
    #: "2026-W48" or "2026-11".
    name: str
    year: int
    #: The ISO week's or the month's number.
    number: int
    #: 期号: "2026年第48期（总第N期）", counted per year and since the office's first period.
    issue: int
    issue_total: int
    time_zone: str
    start: datetime
    end: datetime
    first_day: date
    last_day: date
    #: The ranking window: ``window_start`` to ``end`` (the period itself when it is longer).
    window_start: datetime
    window_first_day: date
    as_of: datetime
    complete: bool
    generated_at: datetime
    working_day_hours: float
    scheme: Scheme
    office: OfficeFigures
    departments: tuple[DepartmentFigures, ...]
    ranking: tuple[str, ...]
    red: tuple[str, ...]
    black: tuple[str, ...]
    #: False when no ranked department differs from the street beyond the noise (差异不显著).
    separated: bool
    #: Every dispatch at 通报 level and still owing the step at the period's end, or reaching it in the period
    #: (one item per dispatch: the step still owed with the earliest due); still owed and emergencies first.
    notifications: tuple[EscalationItem, ...]
    #: Every escalation threshold crossed in the period (催办, 督办, 通报).
    escalations: tuple[EscalationItem, ...]
    overdue: tuple[OverdueItem, ...]
    cases: tuple[CaseItem, ...]
    repeats: tuple[RepeatItem, ...]
    previous: Headline | None
    year_ago: Headline | None
    trend: tuple[TrendPoint, ...]
    #: 主送, 抄送, 签发人 (settings) and the deadline for correcting what the 通报 lists.
    recipients: str
    copies: str
    signer: str
    fix_by: datetime | None
    #: A draft of the 点评 from the figures; the supervisor edits it before printing.
    comment_draft: str
    definitions: tuple[Definition, ...]
    #: issue 16: the key livelihood works as of the period's end (desk.projects.bulletin.ProjectBulletin of the
    #: latest approved list); None when no list is approved. The 通报 gives them a short paragraph.
    projects: Any = None
    #: issue 17: the 社区 boundaries and the period's tickets per 社区 (desk.geo.dto.MapPicture, from
    #: desk.geo.paper.period_map); None when no boundaries were imported (or the caller gave no ``place``). The 通报
    #: prints a small map.
    map: Any = None

    # -- presentation helpers (pure) ------------------------------------------------
    @property
    def title(self) -> str:
        """"2026年第48周（11月23日—11月29日）" or "2026年11月"."""
        if self.kind == "month":
            return f"{self.year}年{self.number}月"
        a, b = self.first_day, self.last_day
        return f"{self.year}年第{self.number}周（{a.month}月{a.day}日—{b.month}月{b.day}日）"

    @property
    def issue_label(self) -> str:
        return f"{self.year}年第{self.issue}期（总第{self.issue_total}期）"

    @property
    def empty(self) -> bool:
        """Nothing happened and nothing is owed: the 通报 is one page that says so."""
        o = self.office
        return not (o.received or o.dispatches or o.closed or o.callbacks.total or self.overdue or self.escalations)

    def department(self, name: str) -> DepartmentFigures:
        for d in self.departments:
            if d.name == name:
                return d
        raise KeyError(name)

    # -- JSON ------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """Every figure of the report as JSON-ready values (instants as ISO 8601 UTC, spans in seconds)."""
        out = _plain(self)
        if self.map is not None:  # the figures and the boundaries' names, not their geometry
            out["map"] = {"summary": _plain(self.map.summary),
                          "boundaries": sorted({b.community or b.name for b in self.map.layers.communities})}
        out["title"] = self.title
        out["issue_label"] = self.issue_label
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
    if isinstance(value, timedelta):
        return value.total_seconds()
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)  # a desk.errors.Message (the projects' definitions): its Chinese text
