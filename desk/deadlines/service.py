"""Storing the calendar and the time-limit policies, and giving dispatches their due instants."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import case, delete, select
from sqlalchemy.orm import Session, aliased

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
