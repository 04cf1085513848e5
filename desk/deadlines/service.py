"""Storing the calendar and the time-limit policies, and giving dispatches their due instants.

A change returns what it changed ({field: (before, after)}); the façade's verbs record it in the audit trail
(desk.audit sits above the deadlines: its chain shows times in the office's zone)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import case, delete, select
from sqlalchemy.orm import Session, aliased

from desk import dto
from desk.deadlines import DayKind, Duration, WorkCalendar, seed_overrides
from desk.enums import Urgency
from desk.errors import ValidationError
from models import CalendarDay, Category, Dispatch, TimePolicy

#: 报到 / 响应 / 办结 time limits by urgency when a category has no policy of its own.
DEFAULT_POLICY: dict[str, tuple[str, str, str]] = {
    Urgency.EMERGENCY: ("30m", "2h", "24h"),
    Urgency.URGENT: ("2h", "1wd", "3wd"),
    Urgency.ROUTINE: ("1wd", "2wd", "5wd"),
}
STEPS = ("acknowledge", "respond", "resolve")
#: The dispatch column that records when each step was done.
DONE_AT = {"acknowledge": "acknowledged_at", "respond": "responded_at", "resolve": "resolved_at"}


@dataclass(frozen=True)
class Offsets:
    """Working-time offsets after the due instant at which each escalation level is reached (desk.escalation
    climbs the ladder with them; the ticket clocks, desk.deadlines.clocks, foresee the office's own steps')."""

    supervise: str = "1wd"
    report: str = "5wd"

    def of(self, level: int) -> str | None:
        return {1: None, 2: self.supervise, 3: self.report}[level]


def build_calendar(session: Session, *, time_zone: str, week: dict[int, str]) -> WorkCalendar:
    """The office's calendar: ``time_zone`` and ``week`` (weekday 1–7 -> its work periods) from the settings
    (desk.settings.week_of), the dates from the calendar table."""
    overrides = {
        row.day: (row.kind, row.name) for row in session.scalars(select(CalendarDay))
    }
    return WorkCalendar(time_zone, week=week, overrides=overrides)


def seed_calendar(*, session: Session, years: list[int], now: datetime) -> int:
    """Add the `holidays` package's holidays and make-up days for ``years`` where no row exists yet."""
    have = set(session.scalars(select(CalendarDay.day).where(
        CalendarDay.day >= date(min(years), 1, 1), CalendarDay.day <= date(max(years), 12, 31))))
    added = 0
    for day, ov in sorted(seed_overrides(years).items()):
        if day in have or ov.kind == DayKind.DEFAULT:
            continue
        session.add(CalendarDay(day=day, kind=ov.kind.value, name=ov.name[:64], origin="seed", updated_at=now))
        added += 1
    return added


def set_days(*, session: Session, days: dict[date, tuple[str, str]], origin: str, now: datetime) -> int:
    """Mark dates as holiday or workday, or back to default (which deletes the row)."""
    for day, (kind, name) in days.items():
        try:
            kind = DayKind(kind)
        except ValueError:
            raise ValidationError("kind", "未知日期类型：{kind}（可选 holiday、workday、default）", kind=kind) from None
        if not isinstance(day, date) or isinstance(day, datetime):
            raise ValidationError("day", "不是日期：{value}", value=repr(day))
        session.execute(delete(CalendarDay).where(CalendarDay.day == day))
        if kind != DayKind.DEFAULT:
            session.add(CalendarDay(day=day, kind=kind.value, name=(name or "")[:64], origin=origin,
                                    updated_at=now))
    return len(days)


def policy_for(session: Session, category_id: int, urgency: str) -> tuple[str, str, str]:
    """The limits of a category: its own row for the urgency, else its parent's, its 大类's (the category tree,
    desk.standards), else the urgency's defaults. One statement, as before the tree."""
    c1, c2, c3 = aliased(Category), aliased(Category), aliased(Category)
    depth = case((TimePolicy.category_id == c1.id, 0), (TimePolicy.category_id == c2.id, 1), else_=2)
    row = session.execute(
        select(TimePolicy.acknowledge_within, TimePolicy.respond_within, TimePolicy.resolve_within)
        .select_from(c1)
        .outerjoin(c2, c2.id == c1.parent_id)
        .outerjoin(c3, c3.id == c2.parent_id)
        .join(TimePolicy, (TimePolicy.urgency == urgency) & TimePolicy.category_id.in_([c1.id, c2.id, c3.id]))
        .where(c1.id == category_id).order_by(depth).limit(1)).first()
    if row is not None:
        return row[0], row[1], row[2]
    return DEFAULT_POLICY[Urgency(urgency)]


def set_policy(*, session: Session, category: str, urgency: str, acknowledge: str, respond: str,
               resolve: str) -> tuple[str, str, str]:
    cat = session.scalar(select(Category).where(Category.name == category))
    if cat is None:
        raise ValidationError("category", "未知分类：{name}", name=category)
    try:
        urgency = Urgency(urgency).value
    except ValueError:
        raise ValidationError("urgency", "未知紧急程度：{urgency}", urgency=urgency) from None
    texts = tuple(str(Duration.parse(v, field=f)) for v, f in
                  ((acknowledge, "acknowledge"), (respond, "respond"), (resolve, "resolve")))
    row = session.get(TimePolicy, (cat.id, urgency))
    if row is None:
        row = TimePolicy(category_id=cat.id, urgency=urgency)
        session.add(row)
    row.acknowledge_within, row.respond_within, row.resolve_within = texts
    return texts  # type: ignore[return-value]


def policy_table(session: Session) -> list[dto.PolicyInfo]:
    """Time limits for every active category × urgency: its own row, else its parent's or its 大类's (issue 15
    §4: a category without its own row inherits up the tree), else the urgency's defaults."""
    rows = {(r.category_id, r.urgency): r for r in session.scalars(select(TimePolicy))}
    cats = {c.id: c for c in session.scalars(select(Category).order_by(Category.id))}
    out = []
    for c in (c for c in cats.values() if c.active):
        for urgency in ("emergency", "urgent", "routine"):
            r = rows.get((c.id, urgency))
            src, up = None, c
            while r is None and up.parent_id is not None and up.parent_id in cats:
                up = cats[up.parent_id]
                r, src = rows.get((up.id, urgency)), up.name
            texts = (r.acknowledge_within, r.respond_within, r.resolve_within) if r else DEFAULT_POLICY[urgency]
            out.append(dto.PolicyInfo(c.name, urgency, *texts, is_default=src is not None or r is None,
                                      inherited_from=src if r is not None else None))
    return out


def change_policy(*, session: Session, category: str, urgency: str, acknowledge: str, respond: str,
                  resolve: str) -> tuple[tuple[str, str, str], dict]:
    """:func:`set_policy`, and what changed against the limits the category had ({"<step>_within": (before,
    after)}; empty: nothing)."""
    cat = session.scalar(select(Category).where(Category.name == category)) if isinstance(category, str) else None
    before = None
    if cat is not None and isinstance(urgency, str):
        before = policy_for(session, cat.id, urgency) if urgency in DEFAULT_POLICY else None
    texts = set_policy(session=session, category=category, urgency=urgency, acknowledge=acknowledge,
                       respond=respond, resolve=resolve)
    changes = {f"{step}_within": (before[i] if before else None, texts[i])
               for i, step in enumerate(STEPS) if not before or before[i] != texts[i]}
    return texts, changes


def change_day(*, session: Session, day: date, kind: str, name: str, now: datetime) -> dict:
    """Mark ``day`` (see :func:`set_days`); what changed ({"kind": …, "name": …}; empty: nothing)."""
    old = session.get(CalendarDay, day) if isinstance(day, date) and not isinstance(day, datetime) else None
    before = (old.kind, old.name) if old is not None else ("default", "")
    set_days(session=session, days={day: (kind, name)}, origin="admin", now=now)
    after = (kind, name[:64] if kind != "default" else "")
    return {"kind": (before[0], after[0]), "name": (before[1], after[1])} if before != after else {}


def import_days(*, session: Session, days: dict[date, tuple[str, str]], now: datetime) -> tuple[int, dict]:
    """Mark the dates of a CSV import (:func:`desk.deadlines.parse_overrides_csv`): how many, and the change
    to record (their count and span)."""
    count = set_days(session=session, days=days, origin="csv", now=now)
    dates = sorted(days)
    return count, {"days": (None, count), "from": (None, dates[0].isoformat() if dates else None),
                   "to": (None, dates[-1].isoformat() if dates else None)}


def month_table(cal: WorkCalendar, year: int, month: int) -> list[dto.CalendarDayInfo]:
    """The days of a month as the calendar page shows them."""
    out = []
    for info in cal.month_table(year, month):
        ov = cal.day_kind(info.date)
        out.append(dto.CalendarDayInfo(info.date, ov.kind.value, ov.name or info.label, info.working_time))
    return out


def assign_dues(dispatch: Dispatch, *, policy: tuple[str, str, str], start: datetime, cal: WorkCalendar) -> None:
    """Give a new dispatch its three time limits and due instants, counted from ``start``."""
    for step, within in zip(STEPS, policy):
        setattr(dispatch, f"{step}_within", within)
        setattr(dispatch, f"{step}_due", cal.due(start, within))


def warn_at(cal: WorkCalendar, start: datetime, due: datetime, within: str | None, share: float) -> datetime:
    """The instant at which ``share`` of the interval from ``start`` to ``due`` has passed (预警)."""
    if within and Duration.parse(within, allow_zero=True).is_working:
        total = cal.working_time_between(start, due)
        return cal.add_working_time(start, total * share) if total.total_seconds() > 0 else due
    return start + (due - start) * share
