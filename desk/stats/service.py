"""Building the period report (a week or a month) from the database (SQLite and PostgreSQL alike).

One pass over the span the report needs (the ranking window, which includes the previous period, up to
the period's end) reads every dispatch that could matter, as a union of index range scans: dispatched,
due or closed in the span, or still open. Each dispatch is then
classified in Python, because its on-time status needs the due instants *as they stood at the
period's end* (an extension approved later must not rewrite this period's report), its escalation
thresholds need working-time arithmetic on the office calendar, and its lateness is told in its
limit's own clock. Every count lands in the bucket (trend period) its instant falls in; the
period, the previous period, the ranking window and the trend are sums of buckets.

Plain counts (tickets, events, callbacks) are read with SQL over the same span.
"""
from __future__ import annotations

import dataclasses
import json
import math
import re
from bisect import bisect_right
from collections import Counter, defaultdict, namedtuple
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import Boolean, and_, case, func, literal, not_, null, or_, select, union
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from desk.deadlines import Duration, WorkCalendar, split_span
from desk.enums import GONE_DISPATCH_STATES
from desk.errors import ValidationError
from desk.labels import APPEAL_TYPE, SOURCE
from desk.perf import gc_paused
from desk.stats import rates
from desk.stats.data import (
    AGE_BANDS,
    URGENCY_ORDER,
    AgeBand,
    CaseItem,
    DepartmentFigures,
    DispatchFigures,
    EscalationItem,
    GroupRates,
    Headline,
    Indicators,
    LevelCounts,
    OfficeFigures,
    RATE_SOURCES,
    OverdueItem,
    PeriodReport,
    RateItem,
    Ratio,
    RepeatItem,
    Scheme,
    Share,
    TrendPoint,
)
from desk.stats.definitions import comment_draft, definitions
from desk.stats.scheme import parse_scheme
from desk.tickets.queries import is_working
from models import Callback, Category, Department, Dispatch, DispatchRequest, Escalation, Event, Ticket, UTCDateTime

#: The trend shows at least this many periods (the ranking window's, when it is longer).
TREND_PERIODS = 2
TOP_COMMUNITIES = 10
STEPS = ("acknowledge", "respond", "resolve")
DONE_AT = {"acknowledge": "acknowledged_at", "respond": "responded_at", "resolve": "resolved_at"}
LEVELS = (1, 2, 3)
#: Events that can move a dispatch's due instants or end a suspension.
DUE_CHANGING_EVENTS = ("decide_request", "resume", "handle_escalation")
_WEEK_RE = re.compile(r"^\s*(\d{4})-?[Ww](\d{1,2})\s*$")
_MONTH_RE = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")
#: Rows per IN (...) list (SQLite's old limit on bound parameters is 999).
_CHUNK = 900
#: A phone must have this many digits to identify a repeat complaint.
_PHONE_DIGITS = 7


# -- periods -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Period:
    """An ISO week or a calendar month in the office time zone: ``[start, end)`` as UTC instants."""

    kind: str
    year: int
    number: int
    start: datetime
    end: datetime
    first_day: date
    last_day: date

    @property
    def name(self) -> str:
        return f"{self.year}-W{self.number:02d}" if self.kind == "week" else f"{self.year}-{self.number:02d}"


def _midnight(d: date, tz) -> datetime:
    return datetime.combine(d, time(0), tz).astimezone(timezone.utc)


def make_period(kind: str, year: int, number: int, tz) -> Period:
    if kind == "week":
        first = date.fromisocalendar(year, number, 1)
        after = first + timedelta(days=7)
    else:
        first = date(year, number, 1)
        after = date(year + (number == 12), number % 12 + 1, 1)
    return Period(kind, year, number, _midnight(first, tz), _midnight(after, tz), first, after - timedelta(days=1))


def shifted(p: Period, back: int, tz) -> Period:
    """The period ``back`` periods before ``p`` (of the same kind)."""
    if p.kind == "week":
        iso = (p.first_day - timedelta(weeks=back)).isocalendar()
        return make_period("week", iso.year, iso.week, tz)
    months = p.year * 12 + p.number - 1 - back
    return make_period("month", months // 12, months % 12 + 1, tz)


def year_before(p: Period, tz) -> Period:
    if p.kind == "month":
        return make_period("month", p.year - 1, p.number, tz)
    last = date(p.year - 1, 12, 28).isocalendar().week
    return make_period("week", p.year - 1, min(p.number, last), tz)


def parse_week(text: str) -> tuple[int, int]:
    """``"2026-W47"`` (also ``2026W47``, ``2026-w47``) -> (2026, 47); ValidationError("week") otherwise."""
    if not isinstance(text, str):
        raise ValidationError("week", "周次须写成“年-W周”，例如 2026-W47。")
    m = _WEEK_RE.match(text)
    if not m:
        raise ValidationError("week", "无法识别的周次：{text}（应写成“年-W周”，例如 2026-W47）。", text=text.strip()[:20])
    year, week = int(m.group(1)), int(m.group(2))
    if not 1900 < year < 2200:
        raise ValidationError("week", "年份超出范围：{year}。", year=year)
    last = date(year, 12, 28).isocalendar().week
    if not 1 <= week <= last:
        raise ValidationError("week", "{year} 年只有第 1 至第 {last} 周，没有第 {week} 周。", year=year, last=last, week=week)
    return year, week


def parse_month(text: str) -> tuple[int, int]:
    """``"2026-11"`` -> (2026, 11); ValidationError("month") otherwise."""
    if not isinstance(text, str):
        raise ValidationError("month", "月份须写成“年-月”，例如 2026-11。")
    m = _MONTH_RE.match(text)
    if not m:
        raise ValidationError("month", "无法识别的月份：{text}（应写成“年-月”，例如 2026-11）。", text=text.strip()[:20])
    year, month = int(m.group(1)), int(m.group(2))
    if not 1900 < year < 2200:
        raise ValidationError("month", "年份超出范围：{year}。", year=year)
    if not 1 <= month <= 12:
        raise ValidationError("month", "没有第 {month} 月。", month=month)
    return year, month


def parse_period(*, week: str | None = None, month: str | None = None) -> tuple[str, int, int] | None:
    """("week" | "month", year, number), or None for "the last complete week"."""
    if week is not None and month is not None:
        raise ValidationError("month", "周报和月报只能选一种：请只给出周次或月份。")
    if week is not None:
        return ("week", *parse_week(week))
    if month is not None:
        return ("month", *parse_month(month))
    return None


def last_complete_week(now: datetime, tz) -> tuple[int, int]:
    """The ISO week before the one ``now`` falls in (in ``tz``): the last complete week."""
    today = now.astimezone(tz).date()
    iso = (today - timedelta(days=today.weekday() + 7)).isocalendar()
    return iso.year, iso.week


# -- settings ---------------------------------------------------------------------------------------
def scheme_of(settings: dict[str, str]) -> Scheme:
    return Scheme(weights=parse_scheme(settings["report_weights"]),
                  basic_weight=float(settings["report_basic_weight"]),
                  min_callbacks=int(settings["report_min_callbacks"]),
                  black_threshold=float(settings["report_black_threshold"]),
                  window_weeks=int(settings["report_window_weeks"]),
                  repeat_days=int(settings["report_repeat_days"]))


# -- small helpers -------------------------------------------------------------------------------------
def _chunks(items: Sequence, n: int = _CHUNK) -> Iterable[Sequence]:
    for i in range(0, len(items), n):
        yield items[i:i + n]


def _iso(value) -> datetime | None:
    if not value:
        return None
    t = datetime.fromisoformat(value)
    return t if t.tzinfo else t.replace(tzinfo=timezone.utc)


def _approved(changes: str) -> bool:
    try:
        value = json.loads(changes or "{}").get("approved")
    except (ValueError, AttributeError):
        return False
    return bool(value[1]) if isinstance(value, list) and len(value) == 2 else bool(value)


def _shares(counter: Counter, labels: dict[str, str] | None = None) -> tuple[Share, ...]:
    items = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))
    return tuple(Share(key=k, label=(labels or {}).get(k, k), count=n) for k, n in items)


def _duration_label(text: str) -> str:
    try:
        return Duration.parse(text, allow_zero=True).label
    except ValidationError:
        return text


def span_text(amount: timedelta, working: bool, day: timedelta) -> str:
    """How late, in the limit's own clock: ``36 小时 10 分`` / ``2 天 4 小时`` (clock time) or
    ``3 个工作日 2 小时`` (working time); whole units, cut down (the badges' rule)."""
    if amount < timedelta(minutes=1):
        return "不足 1 分钟"
    days, hours, mins = split_span(amount, day if working else timedelta(days=1))
    if days:
        text = f"{days} 个工作日" if working else f"{days} 天"
        return text if not hours else f"{text} {hours} 小时"
    if hours:
        return f"{hours} 小时" if not mins else f"{hours} 小时 {mins} 分"
    return f"{mins} 分钟"


class _Buckets:
    """The trend's periods, oldest first: which one an instant falls in."""

    def __init__(self, periods: Sequence[Period], cut: datetime) -> None:
        self.periods = list(periods)
        self.starts = [p.start for p in periods]
        self.first = self.starts[0]
        self.cut = cut
        #: Each bucket's end as far as the report sees it (the last one ends at the cut).
        self.ends = [min(p.end, cut) for p in periods]

    def of(self, t: datetime | None) -> int | None:
        if t is None or t < self.first or t >= self.cut:
            return None
        return bisect_right(self.starts, t) - 1

    def __len__(self) -> int:
        return len(self.starts)


# -- tallies -----------------------------------------------------------------------------------------
@dataclass
class _Tally:
    """Counts of one department in one role and one bucket."""

    received: int = 0
    due: Counter = field(default_factory=Counter)
    on_time: Counter = field(default_factory=Counter)
    levels: Counter = field(default_factory=Counter)
    returns_requested: int = 0
    returns_approved: int = 0
    extensions_requested: int = 0
    extensions_approved: int = 0
    decided: int = 0
    reopened: int = 0

    def add(self, other: _Tally) -> None:
        for name in ("received", "returns_requested", "returns_approved", "extensions_requested",
                     "extensions_approved", "decided", "reopened"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.due.update(other.due)
        self.on_time.update(other.on_time)
        self.levels.update(other.levels)


def _sum(tallies: Iterable[_Tally]) -> _Tally:
    out = _Tally()
    for t in tallies:
        out.add(t)
    return out


@dataclass
class _Callbacks:
    total: int = 0
    valid: int = 0
    resolved: int = 0
    satisfied: int = 0
    basic: int = 0
    dissatisfied: int = 0
    asked: int = 0
    said: int = 0

    def add_row(self, contacted: bool, resolved, satisfaction, dept_contacted, n: int = 1) -> None:
        """One callback (``n`` alike)."""
        self.total += n
        if not contacted:
            return
        self.valid += n
        self.resolved += n * bool(resolved)
        self.satisfied += n * (satisfaction == "satisfied")
        self.basic += n * (satisfaction == "basically_satisfied")
        self.dissatisfied += n * (satisfaction == "dissatisfied")
        if dept_contacted is not None:
            self.asked += n
            self.said += n * bool(dept_contacted)

    def add(self, o: _Callbacks) -> None:
        for name in ("total", "valid", "resolved", "satisfied", "basic", "dissatisfied", "asked", "said"):
            setattr(self, name, getattr(self, name) + getattr(o, name))


def _sum_cb(items: Iterable[_Callbacks]) -> _Callbacks:
    out = _Callbacks()
    for c in items:
        out.add(c)
    return out


# -- the dispatches as they stood at the cut --------------------------------------------------------
@dataclass
class _AtCut:
    dues: dict[str, datetime | None]
    suspended_since: datetime | None


def _state_at_cut(session: Connection, rows: Sequence, cut: datetime) -> dict[int, _AtCut]:
    """Due instants and suspension of the dispatches open at ``cut``, as they stood then.

    Later extensions, resumptions and 督办 extensions record the old value of every due they move
    (``changes[field] = [old, new]``): the first such change after the cut gives the value at the cut.
    A resumption after the cut whose suspension began before it means the dispatch was suspended then.
    """
    out: dict[int, _AtCut] = {}
    for r in rows:
        if r.closed_at is None or r.closed_at >= cut:
            current = r.suspended_at if r.suspended_at is not None and r.suspended_at <= cut else None
            out[r.id] = _AtCut({s: getattr(r, f"{s}_due") for s in STEPS}, current)
    if not out:
        return out
    later: dict[int, list] = defaultdict(list)
    for kind in DUE_CHANGING_EVENTS:  # one (kind, at) index range each
        for did, at, eid, changes in _all(session,
                select(Event.dispatch_id, Event.at, Event.id, Event.changes)
                .where(Event.kind == kind, Event.at >= cut, Event.dispatch_id.is_not(None))):
            if did in out:
                later[did].append((at, eid, changes))
    for did, items in later.items():
        state = out[did]
        seen: set[str] = set()
        for _, _, text in sorted(items, key=lambda x: (x[0], x[1])):
            try:
                changes = json.loads(text or "{}")
            except ValueError:
                continue
            for step in STEPS:
                key = f"{step}_due"
                if key in changes and key not in seen:
                    seen.add(key)
                    state.dues[step] = _iso(changes[key][0])
            susp = changes.get("suspended_at")
            if isinstance(susp, list) and susp[0] and susp[1] is None and state.suspended_since is None:
                began = _iso(susp[0])
                if began is not None and began <= cut:
                    state.suspended_since = began
    return out


_ROW_COLUMNS = (Dispatch.id, Dispatch.ticket_id, Dispatch.department_id, Dispatch.role, Dispatch.state, Dispatch.round,
                Dispatch.dispatched_at, Dispatch.acknowledged_at, Dispatch.responded_at, Dispatch.resolved_at,
                Dispatch.closed_at, Dispatch.acknowledge_due, Dispatch.respond_due, Dispatch.resolve_due,
                Dispatch.acknowledge_within, Dispatch.respond_within, Dispatch.resolve_within, Dispatch.suspended_at,
                Ticket.number, Ticket.urgency, Ticket.community, Ticket.category_id)
#: A dispatch row of :func:`_rows` (fields named as the columns).
_DispatchRow = namedtuple("_DispatchRow", [c.key for c in _ROW_COLUMNS])


def _parse_utc(text: str) -> datetime:
    """SQLite's stored text of a :class:`models.base.UTCDateTime` (as its result processor reads it)."""
    try:
        return datetime.fromisoformat(text + "+00:00")
    except ValueError:  # written by hand, with an offset
        at = datetime.fromisoformat(text)
        return at.replace(tzinfo=timezone.utc) if at.tzinfo is None else at.astimezone(timezone.utc)


def _raw_converter(type_) -> Callable | None:
    if isinstance(type_, UTCDateTime):
        return _parse_utc
    if isinstance(type_, Boolean):
        return bool
    return None


def _all(session: Connection, statement) -> list:
    """Every row of ``statement`` as a tuple, fetched at once.

    On SQLite the driver's own tuples are taken and only the instants and booleans among the columns are
    converted (column by column): SQLAlchemy's per-row objects and per-value processors cost as much as the
    queries themselves when the report reads a few hundred thousand values. Elsewhere: SQLAlchemy's rows."""
    result = session.execute(statement)
    if session.dialect.name != "sqlite":
        return result.all()
    rows = result.cursor.fetchall()
    result.close()
    convert = [(i, f) for i, c in enumerate(statement.selected_columns) if (f := _raw_converter(c.type)) is not None]
    if not rows or not convert:
        return rows
    columns = list(zip(*rows))
    for i, f in convert:
        columns[i] = [None if v is None else f(v) for v in columns[i]]
    return list(zip(*columns))


def _rows(session: Connection, *where_sets) -> list[_DispatchRow]:
    """Dispatches (with their ticket's number, urgency, 社区 and category) matching any of ``where_sets``: a
    union of index range scans (no OR over columns) of the ids alone, then the rows of those ids (a union of whole
    rows sorted every row to drop duplicates)."""
    if not where_sets:
        return []
    ids = union(*[select(Dispatch.id).where(*w) for w in where_sets])
    rows = _all(session, select(*_ROW_COLUMNS).join(Ticket, Ticket.id == Dispatch.ticket_id)
                .where(Dispatch.id.in_(ids)))
    return [_DispatchRow._make(r) for r in rows]


#: Later than any instant stored: a range closed on both sides reads as narrower to SQLite's planner, so that
#: "closed at or after the cut" walks the closing instants, not every dispatch dispatched before the cut.
_NEVER = datetime(9999, 1, 1, tzinfo=timezone.utc)


def _open_rows(session: Connection, cut: datetime) -> list[_DispatchRow]:
    """The dispatches open at ``cut``: dispatched before it and closed after it, or not yet."""
    D = Dispatch
    return _rows(session, (D.dispatched_at < cut, D.closed_at.is_(None)),
                 (D.dispatched_at < cut, D.closed_at >= cut, D.closed_at < _NEVER))


def _late_closed_rows(session: Connection, since: datetime, cut: datetime) -> list[_DispatchRow]:
    """The dispatches closed before ``cut`` with a step due in ``[since, cut)`` that was done late or never (their
    escalation thresholds may fall in the report's span)."""
    D = Dispatch
    where = []
    for step in STEPS:
        due, done = getattr(D, f"{step}_due"), getattr(D, DONE_AT[step])
        where.append((due >= since, due < cut, D.closed_at < cut, or_(done.is_(None), done > due)))
    return _rows(session, *where)


def _problem(ticket_col):
    """The ticket a row of ``ticket_col`` counts for: the parent it was merged into (重复件), else itself; the
    ticket itself is read only when it is one of the (few) merged ones."""
    merged = select(Ticket.id).where(Ticket.parent_id.is_not(None))
    parent = select(Ticket.parent_id).where(Ticket.id == ticket_col).correlate_except(Ticket).scalar_subquery()
    return case((ticket_col.in_(merged), parent), else_=ticket_col)


def lead_of(at_col, ticket_col):
    """The department of the lead dispatch of the round decided at ``at_col`` (callbacks, 结案 and 重办 count for
    it)."""
    return (select(Dispatch.department_id)
            .where(Dispatch.ticket_id == ticket_col, Dispatch.role == "lead", Dispatch.state == "resolved",
                   Dispatch.resolved_at <= at_col)
            .order_by(Dispatch.round.desc(), Dispatch.resolved_at.desc(), Dispatch.id.desc()).limit(1)
            .scalar_subquery())


def _bucket_case(col, B: _Buckets):
    """The bucket (index into ``B``) of ``col``, for values in ``[B.first, B.cut)``."""
    if len(B) == 1:
        return literal(0)
    return case(*[(col < b, i) for i, b in enumerate(B.starts[1:])], else_=len(B) - 1)


def _owed(step: str, first: datetime, cut: datetime) -> tuple:
    """(due, done, where): a dispatch owes ``step`` in ``[first, cut)`` when its due falls there, unless it was
    returned or withdrawn by then without doing it (the dispatches' part of every on-time rate)."""
    D = Dispatch
    due, done = getattr(D, f"{step}_due"), getattr(D, DONE_AT[step])
    gone_first = and_(D.state.in_(tuple(GONE_DISPATCH_STATES)), D.closed_at <= due, done.is_(None))
    return due, done, [due >= first, due < cut, not_(gone_first)]


def _open_owed(r, step: str, due: datetime | None, suspended_since: datetime | None, B: _Buckets
               ) -> tuple[int, datetime | None] | None:
    """(bucket, done as it stood at the bucket's end) when ``r``, open at the cut, owed ``step`` in a bucket; None
    when it did not (its due is outside, or its clock was stopped before it ran out). On time: done <= due."""
    b = B.of(due)
    if b is None:
        return None
    done_at = getattr(r, DONE_AT[step])
    done = done_at if done_at is not None and done_at < B.ends[b] else None
    if done is None and suspended_since is not None and suspended_since <= due:
        return None
    return b, done


def _closed_on_time(session: Connection, B: _Buckets, *, closed_only: bool) -> list[tuple]:
    """(department, role, bucket, step, owed, on time) for the dispatches closed before the cut, in SQL: a closed
    dispatch's dues and done instants are final, so nothing needs their state at the cut.

    A step is owed when its due falls in a bucket, unless the dispatch was returned or withdrawn by then without
    doing it; it is on time when done by its due. ``closed_only=False`` counts every dispatch with the values it
    has now (the year-earlier comparison)."""
    D = Dispatch
    out = []
    for step in STEPS:
        due, done, where = _owed(step, B.first, B.cut)
        if closed_only:
            where.append(D.closed_at < B.cut)
        bucket = _bucket_case(due, B).label("b")
        for dept, role, b, owed, ok in _all(session,
                select(D.department_id, D.role, bucket, func.count(),
                       func.sum(case((and_(done.is_not(None), done <= due), 1), else_=0)))
                .where(*where).group_by(D.department_id, D.role, bucket)):
            out.append((dept, role, b, step, owed, ok or 0))
    return out


def _closed_response_by(session: Connection, start: datetime, cut: datetime) -> list[tuple]:
    """(社区, category id, owed, on time) of the lead's 响应 due in ``[start, cut)``, dispatches closed before the cut."""
    D = Dispatch
    gone_first = and_(D.state.in_(tuple(GONE_DISPATCH_STATES)), D.closed_at <= D.respond_due, D.responded_at.is_(None))
    return _all(session,
        select(Ticket.community, Ticket.category_id, func.count(),
               func.sum(case((and_(D.responded_at.is_not(None), D.responded_at <= D.respond_due), 1), else_=0)))
        .join(Ticket, Ticket.id == D.ticket_id)
        .where(D.role == "lead", D.respond_due >= start, D.respond_due < cut, D.closed_at < cut, not_(gone_first))
        .group_by(Ticket.community, Ticket.category_id))


def _threshold_floor(cal: WorkCalendar, first: datetime, offset: str) -> datetime:
    """An instant early enough that no step due before it reaches ``offset`` after its due at or after ``first``."""
    floor = first - timedelta(days=7)
    while cal.due(floor, offset) >= first:
        floor -= timedelta(days=7)
    return floor


@dataclass
class _Late:
    """A step of a dispatch that crossed escalation thresholds."""

    row: object
    step: str
    due: datetime
    crossed: dict[int, datetime]
    done: datetime | None  # done (or the dispatch ended) before the cut


# -- the build -------------------------------------------------------------------------------------------
def build(*, session: Session, cal: WorkCalendar, settings: dict[str, str], now: datetime,
          week: str | None = None, month: str | None = None, nested: bool = False) -> PeriodReport:
    """The report of a week or a month (neither: the last complete week before ``now``).

    ``nested`` builds the year-earlier period's headline: that period alone, from the dispatches dispatched or
    due in it (not those merely open then), with no lists, comparisons, repeats or comment of its own.
    """
    tz = cal.tzinfo
    which = parse_period(week=week, month=month)
    if which is None:
        which = ("week", *last_complete_week(now, tz))
    period = make_period(*which, tz)
    # Plain Core rows: the report reads tens of thousands of column tuples, and the ORM's row loading cost as much
    # as the queries themselves.
    with gc_paused():
        return _build(session.connection(), cal, settings, now, period, nested)


def rate_items(*, session: Session, cal: WorkCalendar, settings: dict[str, str], now: datetime, department: str,
               indicator: str, week: str | None = None, month: str | None = None) -> list[RateItem]:
    """The dispatches or callbacks behind ``department``'s ``indicator`` (a key of :data:`RATE_SOURCES`) in the
    period, counted by the same rules as :func:`build` (their number is the rate's denominator, the sum of their
    ``part`` its numerator): the ones that count against it first, then by instant."""
    if indicator not in RATE_SOURCES:
        raise ValidationError("indicator", "“{indicator}”没有工单明细可列。", indicator=indicator[:40])  # a short quote
    tz = cal.tzinfo
    which = parse_period(week=week, month=month) or ("week", *last_complete_week(now, tz))
    period = make_period(*which, tz)
    if period.start > now:
        raise ValidationError(period.kind, "{period} 尚未开始，无法生成报告。", period=period.name)
    conn = session.connection()
    dept = conn.execute(select(Department.id).where(Department.name == department)).scalar()
    if dept is None:
        raise ValidationError("department", "没有名为“{name}”的部门。", name=department)
    cut = min(period.end, now)
    step, roles = RATE_SOURCES[indicator]
    D = Dispatch
    items: list[RateItem] = []
    if step == "callback":
        weight = scheme_of(settings).basic_weight
        for at, contacted, resolved, satisfaction, said, number in _all(conn,
                select(Callback.at, Callback.contacted, Callback.resolved, Callback.satisfaction,
                       Callback.department_contacted, Ticket.number)
                .join(Ticket, Ticket.id == Callback.ticket_id)
                .where(Callback.at >= period.start, Callback.at < cut, Callback.contacted,
                       lead_of(Callback.at, func.coalesce(Ticket.parent_id, Ticket.id)) == dept)):
            if indicator == "resolution":
                part, outcome = float(bool(resolved)), "resolved" if resolved else "unresolved"
            elif indicator == "satisfaction":
                part = {"satisfied": 1.0, "basically_satisfied": weight}.get(satisfaction, 0.0)
                outcome = satisfaction or "dissatisfied"
            elif said is None:
                continue  # not asked (an older callback): outside 回访确认联系率
            else:
                part, outcome = float(bool(said)), "said_yes" if said else "said_no"
            items.append(RateItem(number, "callback", None, at, None, part, outcome))
    else:
        def item(number: str, role: str, due: datetime, done: datetime | None) -> RateItem:
            ok = done is not None and done <= due
            return RateItem(number, step, role, due, done, float(ok),
                            "on_time" if ok else "late" if done is not None else "not_done")

        due, done, where = _owed(step, period.start, cut)
        for number, role, due_at, done_at in _all(conn,
                select(Ticket.number, D.role, due, done).join(Ticket, Ticket.id == D.ticket_id)
                .where(*where, D.closed_at < cut, D.department_id == dept, D.role.in_(roles))):
            items.append(item(number, role, due_at, done_at))
        B = _Buckets([period], cut)
        rows = [r for r in _open_rows(conn, cut) if r.department_id == dept and r.role in roles]
        at_cut = _state_at_cut(conn, rows, cut)
        for r in rows:
            state = at_cut[r.id]
            owed = _open_owed(r, step, state.dues[step], state.suspended_since, B)
            if owed is not None:
                items.append(item(r.number, r.role, state.dues[step], owed[1]))
    items.sort(key=lambda x: (x.part >= 1, x.at, x.ticket_number))
    return items


def _build(session: Connection, cal: WorkCalendar, settings: dict[str, str], now: datetime, period: Period,
           nested: bool) -> PeriodReport:
    tz = cal.tzinfo
    if period.start > now:
        raise ValidationError(period.kind, "{period} 尚未开始，无法生成报告。", period=period.name)
    cut = min(period.end, now)
    scheme = scheme_of(settings)
    day = cal.working_day_length
    offsets: dict[int, Duration] = {}  # the sweep's thresholds: parsed once, not once per late step
    for level, key in ((2, "escalate_supervise_after"), (3, "escalate_report_after")):
        offsets[level] = Duration.parse(settings[key], field=key, allow_zero=True)

    # The ranking window: whole periods covering at least ``window_weeks`` weeks.
    period_days = (period.last_day - period.first_day).days + 1
    window_n = max(1, math.ceil(scheme.window_weeks * 7 / period_days - 0.25))
    trend_n = 1 if nested else max(TREND_PERIODS, window_n)
    periods = [shifted(period, back, tz) for back in range(trend_n - 1, -1, -1)]
    B = _Buckets(periods, cut)
    this = len(B) - 1
    window = range(max(0, len(B) - window_n), len(B))

    departments = {i: (name, active) for i, name, active in
                   _all(session, select(Department.id, Department.name, Department.active).order_by(Department.id))}
    dept_name = {i: v[0] for i, v in departments.items()}
    categories = dict(_all(session, select(Category.id, Category.name)))

    # -- tickets received in the period, and per bucket --------------------------------------------------
    by_source: Counter = Counter()
    by_category: Counter = Counter()
    by_community: Counter = Counter()
    by_appeal: Counter = Counter()
    for source, category_id, community, appeal, n in _all(session,
            select(Ticket.source, Ticket.category_id, Ticket.community, Ticket.appeal_type, func.count())
            .where(Ticket.created_at >= period.start, Ticket.created_at < cut, Ticket.parent_id.is_(None))
            .group_by(Ticket.source, Ticket.category_id, Ticket.community, Ticket.appeal_type)):
        by_source[source] += n
        by_category[categories.get(category_id, str(category_id))] += n
        by_community[community] += n
        by_appeal[appeal] += n
    received = sum(by_source.values())
    # 重复件 (issue 15): a problem is received once (its parent); the residents who raised it are counted beside it.
    residents = 0 if nested else session.execute(select(func.count()).select_from(Ticket).where(
        Ticket.created_at >= period.start, Ticket.created_at < cut)).scalar_one()
    received_per = [0] * len(B)
    for i, p in enumerate(periods):
        if p.start < cut:
            received_per[i] = session.execute(select(func.count()).select_from(Ticket).where(
                Ticket.created_at >= p.start, Ticket.created_at < B.ends[i], Ticket.parent_id.is_(None))).scalar_one()
    whistle_hours = [] if nested else [(w - c).total_seconds() / 3600 for c, w in _all(session,
        select(Ticket.created_at, Ticket.first_whistled_at)
        .where(Ticket.first_whistled_at >= period.start, Ticket.first_whistled_at < cut))]

    # -- ticket outcomes per bucket: 结案, 重办, 撤销 (distinct tickets), attributed to the round's lead ------------
    outcome_tickets: dict[tuple[int, str], set] = defaultdict(set)
    reopened_after: dict[int, list[datetime]] = defaultdict(list)
    redo: dict[tuple[int, int | None], list[int]] = defaultdict(lambda: [0, 0])
    event_bucket = _bucket_case(Event.at, B)
    # A year-earlier headline is the office's alone: its 结案, 重办 and callbacks are not looked up by department.
    lead_for = (lambda at_col, ticket_col: null()) if nested else lead_of
    for b, ticket_id in _all(session,
            select(event_bucket, Event.ticket_id).where(Event.kind == "cancel", Event.at >= B.first, Event.at < cut)):
        outcome_tickets[(b, "cancel")].add(ticket_id)
    for kind in ("close", "reopen"):
        reopen = kind == "reopen"
        for b, ticket_id, dept, *at in _all(session,
                select(event_bucket, Event.ticket_id, lead_for(Event.at, Event.ticket_id), *[Event.at] * reopen)
                .where(Event.kind == kind, Event.at >= B.first, Event.at < cut,
                       Event.ticket_id.not_in(select(Ticket.id).where(Ticket.parent_id.is_not(None))))):
            outcome_tickets[(b, kind)].add(ticket_id)
            if reopen:
                reopened_after[ticket_id].append(at[0])
            tally = redo[(b, dept)]
            tally[0] += 1
            tally[1] += reopen

    # -- dispatches ------------------------------------------------------------------------------------------
    # Closed dispatches are counted in SQL (their dues and done instants are final); the ones open at the cut, and
    # the late steps of closed ones (for the escalation thresholds), are classified here, row by row.
    D = Dispatch
    prev_end = shifted(period, 1, tz).end
    tallies: dict[tuple[int, str, int], _Tally] = defaultdict(_Tally)
    ack_hours: dict[tuple[int, str], list[float]] = defaultdict(list)
    overdue_raw: list[tuple] = []
    late_steps: list[_Late] = []
    response_by: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])  # (axis, name) -> [on time, due]
    overdue_before: Counter = Counter()  # overdue at the previous period's end (dues as at this cut), per dept
    due_cache: dict[tuple[datetime, int], datetime] = {}

    for dept, role, b, step, owed, ok in _closed_on_time(session, B, closed_only=not nested):
        t = tallies[(dept, role, b)]
        t.due[step] += owed
        t.on_time[step] += ok
    received_bucket = _bucket_case(D.dispatched_at, B).label("b")
    for dept, role, b, n in _all(session,
            select(D.department_id, D.role, received_bucket, func.count())
            .where(D.dispatched_at >= B.first, D.dispatched_at < cut).group_by(D.department_id, D.role, received_bucket)):
        tallies[(dept, role, b)].received += n
    for dispatched_at, acknowledged_at, dept, role in [] if nested else _all(session,
            select(D.dispatched_at, D.acknowledged_at, D.department_id, D.role)
            .where(D.acknowledged_at >= period.start, D.acknowledged_at < cut)):
        ack_hours[(dept, role)].append(cal.working_time_between(dispatched_at, acknowledged_at).total_seconds() / 3600)

    def by_group(community: str, category_id: int, owed: int, ok: int) -> None:
        for axis, name in (("community", community), ("category", categories.get(category_id, "?"))):
            cell = response_by[(axis, name)]
            cell[0] += ok
            cell[1] += owed

    if not nested:
        for community, category_id, owed, ok in _closed_response_by(session, period.start, cut):
            by_group(community, category_id, owed, ok or 0)
        # Counted here, not with GROUP BY: grouping by department made SQLite walk the department index over
        # every dispatch (274 ms at 100k) instead of the closed_at range (78 ms).
        for (dept,) in _all(session,
                select(D.department_id)
                .where(D.closed_at >= prev_end, D.closed_at < cut, D.dispatched_at < prev_end,
                       or_(*[and_(getattr(D, f"{s_}_due") < prev_end,
                                  or_(getattr(D, DONE_AT[s_]).is_(None), getattr(D, DONE_AT[s_]) >= prev_end))
                             for s_ in STEPS]))):
            overdue_before[dept] += 1

    # A threshold is never earlier than its due plus the offset's working length (working time is part of the time
    # that passes): that bound settles most late steps without the calendar.
    at_least = {1: timedelta(0)}
    working_offset: dict[int, timedelta | None] = {}
    for level in (2, 3):
        off = offsets[level]
        try:
            at_least[level] = cal.working_length(off)
        except ValidationError:  # no working time in a day: the calendar says so if a threshold is needed
            at_least[level] = timedelta(0)
        working_offset[level] = at_least[level] if off.is_working and at_least[level] else None

    def threshold(due: datetime, level: int) -> datetime:
        if level == 1:
            return due
        key = (due, level)
        at = due_cache.get(key)
        if at is None:
            w = working_offset[level]
            at = due_cache[key] = cal.add_working_time(due, w) if w is not None else cal.due(due, offsets[level])
        return at

    def crossings(r, dues: dict, suspended_since: datetime | None, gone_at: datetime | None) -> None:
        """The escalation thresholds each late step crossed before the cut (the sweep's rule): one is crossed when
        reached before the cut, before the step was done or the dispatch ended, and before a suspension."""
        for step in STEPS:
            due = dues[step]
            if due is None or due >= cut:
                continue
            done_at = getattr(r, DONE_AT[step])
            if done_at is not None and done_at <= due:
                continue
            ended = done_at if gone_at is None else gone_at if done_at is None else min(done_at, gone_at)
            limit = cut  # a threshold at or after it is not crossed
            for stop in (ended, suspended_since):
                if stop is not None and stop < limit:
                    limit = stop
            crossed = {}
            for level in LEVELS:
                if due + at_least[level] >= limit:
                    break
                at = threshold(due, level)
                if at >= limit:
                    break
                crossed[level] = at
                bb = B.of(at)
                if bb is not None:
                    tallies[(r.department_id, r.role, bb)].levels[level] += 1
            if crossed:
                late_steps.append(_Late(r, step, due, crossed, ended if ended is not None and ended < cut else None))

    open_rows = [] if nested else _open_rows(session, cut)
    at_cut = _state_at_cut(session, open_rows, cut)
    for r in open_rows:  # open at the cut: its dues and suspension as they stood then
        key = (r.department_id, r.role)
        state = at_cut[r.id]
        dues, suspended_since = state.dues, state.suspended_since
        for step in STEPS:
            due = dues[step]
            owed = _open_owed(r, step, due, suspended_since, B)
            if owed is None:
                continue
            b, done = owed
            t = tallies[(*key, b)]
            t.due[step] += 1
            ok = done is not None and done <= due
            t.on_time[step] += ok
            if step == "respond" and r.role == "lead" and b == this:
                by_group(r.community, r.category_id, 1, ok)
        crossings(r, dues, suspended_since, None)
        if r.dispatched_at < prev_end and not (suspended_since is not None and suspended_since <= prev_end) and any(
                dues[s_] is not None and dues[s_] < prev_end and (
                    getattr(r, DONE_AT[s_]) is None or getattr(r, DONE_AT[s_]) >= prev_end) for s_ in STEPS):
            overdue_before[r.department_id] += 1
        if suspended_since is None:  # overdue at the cut: the first step it owes past its due
            for step in STEPS:
                done_at = getattr(r, DONE_AT[step])
                due = dues[step]
                if (done_at is None or done_at >= cut) and due is not None and due < cut:
                    overdue_raw.append((r, step, due))
                    break
    if not nested:
        floor = _threshold_floor(cal, B.first, offsets[3])
        for r in _late_closed_rows(session, floor, cut):
            crossings(r, {s_: getattr(r, f"{s_}_due") for s_ in STEPS}, None,
                      r.closed_at if r.state in GONE_DISPATCH_STATES else None)

    # -- returns (退单) and extensions (延期) per bucket ------------------------------------------------------------
    # (a year-earlier headline shows neither)
    for kind in () if nested else ("request_return", "decide_return"):
        for at, changes, dept, role in _all(session,
                select(Event.at, Event.changes, Dispatch.department_id, Dispatch.role)
                .join(Dispatch, Dispatch.id == Event.dispatch_id)
                .where(Event.kind == kind, Event.at >= B.first, Event.at < cut)):
            t = tallies[(dept, role, B.of(at))]
            if kind == "request_return":
                t.returns_requested += 1
            elif _approved(changes):
                t.returns_approved += 1
    for col in () if nested else (DispatchRequest.requested_at, DispatchRequest.decided_at):
        for requested_at, decided_at, req_state, dept, role in _all(session,
                select(DispatchRequest.requested_at, DispatchRequest.decided_at, DispatchRequest.state,
                       Dispatch.department_id, Dispatch.role).join(Dispatch, Dispatch.id == DispatchRequest.dispatch_id)
                .where(DispatchRequest.kind == "extension", col >= B.first, col < cut)):
            if col is DispatchRequest.requested_at:
                tallies[(dept, role, B.of(requested_at))].extensions_requested += 1
            elif req_state == "approved":
                tallies[(dept, role, B.of(decided_at))].extensions_approved += 1
    for (b, dept), (decided, reopened) in redo.items():
        t = tallies[(dept, "lead", b)]
        t.decided += decided
        t.reopened += reopened

    # -- callbacks, attributed to the lead department of the verified round ---------------------------------------
    cb: dict[tuple[int, int | None], _Callbacks] = defaultdict(_Callbacks)
    cb_group: dict[tuple[str, str], _Callbacks] = defaultdict(_Callbacks)
    cases_raw: list[tuple] = []
    # The earlier periods of the window and the trend (and a year-earlier headline) need counts alone: grouped here,
    # without reading tickets. The period itself is read row by row: its 社区, categories and cases to redo.
    counted_until = cut if nested else period.start
    if counted_until > B.first:
        for (b, dept, *answers), n in Counter(_all(session,
                select(_bucket_case(Callback.at, B), lead_for(Callback.at, _problem(Callback.ticket_id)),
                       Callback.contacted, Callback.resolved, Callback.satisfaction, Callback.department_contacted)
                .where(Callback.at >= B.first, Callback.at < counted_until))).items():
            cb[(b, dept)].add_row(*answers, n=n)
    for at, dept, contacted, resolved, satisfaction, said, ticket_id, number, community, category_id in [] if nested \
            else _all(session, select(Callback.at, lead_of(Callback.at, func.coalesce(Ticket.parent_id, Ticket.id)),
                                      Callback.contacted, Callback.resolved, Callback.satisfaction,
                                      Callback.department_contacted, Ticket.id, Ticket.number, Ticket.community,
                                      Ticket.category_id)
                      .join(Ticket, Ticket.id == Callback.ticket_id)
                      .where(Callback.at >= period.start, Callback.at < cut)):
        cb[(this, dept)].add_row(contacted, resolved, satisfaction, said)
        category = categories.get(category_id, "?")
        cb_group[("community", community)].add_row(contacted, resolved, satisfaction, said)
        cb_group[("category", category)].add_row(contacted, resolved, satisfaction, said)
        if contacted and (resolved is False or satisfaction == "dissatisfied"):
            cases_raw.append((number, category, community, dept, at, resolved, satisfaction,
                              any(at < x < cut for x in reopened_after.get(ticket_id, ()))))

    # -- figures -------------------------------------------------------------------------------------------------
    by_dept: dict[int | None, list[tuple[str, int, _Tally]]] = defaultdict(list)
    for (d, role, b), t in tallies.items():
        if d is not None:
            by_dept[d].append((role, b, t))
        by_dept[None].append((role, b, t))  # the office
    cb_by_dept: dict[int | None, list[tuple[int, _Callbacks]]] = defaultdict(list)
    for (b, d), c in cb.items():
        cb_by_dept[d].append((b, c))
    cb_all = [(b, c) for (b, _), c in cb.items()]  # the office: every callback, with a lead department or not

    def dispatch_figures(dept: int | None, roles: tuple[str, ...], buckets: Iterable[int], *,
                         main: bool) -> DispatchFigures:
        bs = set(buckets)
        t = _sum(t for role, b, t in by_dept.get(dept, ()) if role in roles and b in bs)
        hours = [h for (d, role), hs in ack_hours.items() if (dept is None or d == dept) and role in roles
                 for h in hs] if main else []
        overdue_n = sum(1 for r, _, _ in overdue_raw if (dept is None or r.department_id == dept)
                        and r.role in roles) if main else 0
        return DispatchFigures(
            received=t.received,
            acknowledge_on_time=Ratio.of(t.on_time["acknowledge"], t.due["acknowledge"]),
            respond_on_time=Ratio.of(t.on_time["respond"], t.due["respond"]),
            resolve_on_time=Ratio.of(t.on_time["resolve"], t.due["resolve"]),
            acknowledged=len(hours), ack_median_hours=rates.median(hours), overdue_at_end=overdue_n,
            escalations=LevelCounts(t.levels[1], t.levels[2], t.levels[3]),
            returns_requested=t.returns_requested, returns_approved=t.returns_approved,
            return_rate=Ratio.of(t.returns_approved, t.received),
            extensions_requested=t.extensions_requested, extensions_approved=t.extensions_approved,
            redo_rate=Ratio.of(t.reopened, t.decided))

    def indicators(dept: int | None, buckets: Iterable[int]) -> Indicators:
        bs = list(buckets)
        lead = dispatch_figures(dept, ("lead",), bs, main=False)
        every = dispatch_figures(dept, ("lead", "assist"), bs, main=False)
        c = _sum_cb(v for b, v in (cb_all if dept is None else cb_by_dept.get(dept, ())) if b in bs)
        return rates.indicators(
            response=lead.respond_on_time, resolution=Ratio.of(c.resolved, c.valid),
            satisfaction=Ratio.of(c.satisfied + scheme.basic_weight * c.basic, c.valid),
            acknowledge_on_time=every.acknowledge_on_time, resolve_on_time=every.resolve_on_time,
            return_rate=every.return_rate, redo_rate=lead.redo_rate,
            department_contacted=Ratio.of(c.said, c.asked), valid_callbacks=c.valid,
            notifications=every.escalations.level3, scheme=scheme)

    def callback_figures(c: _Callbacks):
        return rates.callback_figures(c, scheme)

    active_ids = [d for d, (name, active) in departments.items()
                  if active or any(k[0] == d for k in tallies) or any(k[1] == d for k in cb)]
    window_ind = {d: indicators(d, window) for d in active_ids}
    office_window = indicators(None, window)
    ranking = rates.rank([(dept_name[d], window_ind[d]) for d in active_ids], office_window, scheme)

    # -- lists ------------------------------------------------------------------------------------------------
    working_limit: dict[str | None, bool] = {}

    late_memo: dict[tuple[datetime, datetime], timedelta] = {}  # a step both overdue and escalated: measured once

    def late_at(step_row, step: str, due: datetime, until: datetime) -> tuple[timedelta, bool]:
        within = getattr(step_row, f"{step}_within")
        working = working_limit.get(within)
        if working is None:
            working = working_limit[within] = is_working(within)
        if not working:
            return until - due, False
        late = late_memo.get((due, until))
        if late is None:
            late = late_memo[(due, until)] = cal.working_time_between(due, until)
        return late, True

    overdue_items = []
    for r, step, due in overdue_raw:
        late, working = late_at(r, step, due, cut)
        overdue_items.append(OverdueItem(
            ticket_number=r.number, category=categories.get(r.category_id, "?"), community=r.community,
            urgency=r.urgency, department=dept_name.get(r.department_id, "?"), role=r.role, step=step, due=due,
            late=late, working=working, late_text=span_text(late, working, day),
            age_days=(cut - due).total_seconds() / 86400, carried_over=due < prev_end))
    overdue_items.sort(key=lambda x: (URGENCY_ORDER.get(x.urgency, 9), x.due, x.ticket_number, x.department))

    # The late steps that make an item: a threshold reached in the period, or 通报 and still owed at its end (most
    # late steps of the window make none: they are counted, not listed, and their lateness is never measured).
    listed = []
    for x in late_steps:
        still = x.done is None
        levels = [(level, at, period.start <= at < cut) for level, at in x.crossed.items()]
        levels = [(level, at, in_period) for level, at, in_period in levels if in_period or (level == 3 and still)]
        if levels:
            listed.append((x, levels))
    handled = _handling(session, [x.row.id for x, _ in listed], cut)
    escalations: list[EscalationItem] = []
    notices: dict[int, EscalationItem] = {}  # one per dispatch: a step still owed first, then the earliest due
    for x, levels in listed:
        r = x.row
        late, working = late_at(r, x.step, x.due, x.done or cut)
        late_text = span_text(late, working, day)
        for level, at, in_period in levels:
            item = EscalationItem(
                ticket_number=r.number, urgency=r.urgency, department=dept_name.get(r.department_id, "?"),
                role=r.role, step=x.step, level=level, due=x.due, reached_at=at,
                handling=handled.get((r.id, x.step, level)), closed=x.done is not None, late_text=late_text)
            if in_period:
                escalations.append(item)
            if level == 3:
                best = notices.get(r.id)
                if best is None or (item.closed, item.due) < (best.closed, best.due):
                    notices[r.id] = item
    notifications = list(notices.values())
    urgent_first = lambda e: (URGENCY_ORDER.get(e.urgency, 9), e.reached_at, e.ticket_number, e.department)  # noqa
    escalations.sort(key=lambda e: (-e.level, *urgent_first(e)))
    notifications.sort(key=lambda e: (e.closed, *urgent_first(e)))

    cases = sorted((CaseItem(ticket_number=n, category=cat, community=com, department=dept_name.get(d, "—"), at=at,
                             resolved=res, satisfaction=sat, reopened=re_) for
                    n, cat, com, d, at, res, sat, re_ in cases_raw), key=lambda c: (c.department, c.at, c.ticket_number))
    repeats = [] if nested else _repeats(session, period.start, cut, scheme.repeat_days, categories)
    repeat_count = Counter()
    for x in repeats:
        repeat_count[("community", x.community)] += 1
        repeat_count[("category", x.category)] += 1

    prev = this - 1  # the window holds at least two periods

    # -- assemble -------------------------------------------------------------------------------------------------
    dept_figures = []
    for d in active_ids:
        name = dept_name[d]
        st = ranking.standing[name]
        dept_figures.append(DepartmentFigures(
            name=name, lead=dispatch_figures(d, ("lead",), [this], main=True),
            all=dispatch_figures(d, ("lead", "assist"), [this], main=True),
            callbacks=callback_figures(_sum_cb(v for b, v in cb_by_dept.get(d, ()) if b == this)),
            period=indicators(d, [this]), window=window_ind[d], previous=indicators(d, [prev]) if prev >= 0 else None,
            ranked=st.rank is not None, rank=st.rank, mark=st.mark, reasons=st.reasons,
            overdue=tuple(x for x in overdue_items if x.department == name),
            escalations=tuple(x for x in escalations if x.department == name),
            cases=tuple(x for x in cases if x.department == name),
            trend=tuple(indicators(d, [i]).composite for i in range(len(B))),
        ))

    def group_rates(axis: str, counts: Counter) -> tuple[GroupRates, ...]:
        names = set(counts) | {n for (a, n) in cb_group if a == axis} | {n for (a, n) in response_by if a == axis}
        out = []
        for n in names:
            c = cb_group.get((axis, n), _Callbacks())
            on_time, due_n = response_by.get((axis, n), (0, 0))
            out.append(GroupRates(name=n, received=counts.get(n, 0), response=Ratio.of(on_time, due_n),
                                  resolution=Ratio.of(c.resolved, c.valid),
                                  satisfaction=Ratio.of(c.satisfied + scheme.basic_weight * c.basic, c.valid),
                                  repeats=repeat_count.get((axis, n), 0)))
        return tuple(sorted(out, key=lambda g: (-g.received, -g.resolution.whole, g.name)))

    bands = []
    edges = [lo for _, lo in AGE_BANDS] + [math.inf]
    for (label, lo), hi in zip(AGE_BANDS, edges[1:]):
        inside = [x for x in overdue_items if lo <= x.age_days < hi]
        bands.append(AgeBand(label, len(inside), sum(1 for x in inside if x.urgency == "emergency")))

    office_dispatch = dispatch_figures(None, ("lead", "assist"), [this], main=True)
    office_period = indicators(None, [this])
    office = OfficeFigures(
        received=received, dispatched=len(whistle_hours), dispatches=office_dispatch.received,
        closed=len(outcome_tickets[(this, "close")]), reopened=len(outcome_tickets[(this, "reopen")]),
        cancelled=len(outcome_tickets[(this, "cancel")]),
        by_source=_shares(by_source, SOURCE), by_appeal_type=_shares(by_appeal, APPEAL_TYPE),
        by_category=_shares(by_category), top_communities=_shares(by_community)[:TOP_COMMUNITIES],
        whistle_median_hours=rates.median(whistle_hours), dispatch=office_dispatch,
        callbacks=callback_figures(_sum_cb(v for (b, _), v in cb.items() if b == this)),
        period=office_period, window=office_window,
        communities=group_rates("community", by_community), categories=group_rates("category", by_category),
        backlog=tuple(bands), residents=residents)

    def headline(i: int) -> Headline | None:
        """The office's main figures of bucket ``i`` (the previous period), classified as at this cut."""
        ind = indicators(None, [i])
        fig = dispatch_figures(None, ("lead", "assist"), [i], main=False)
        closed = len(outcome_tickets[(i, "close")])
        if not (received_per[i] or closed or fig.received or ind.valid_callbacks):
            return None
        return Headline(name=periods[i].name, received=received_per[i], closed=closed, dispatches=fig.received,
                        response=ind.response, resolution=ind.resolution, satisfaction=ind.satisfaction,
                        acknowledge_on_time=ind.acknowledge_on_time, resolve_on_time=ind.resolve_on_time,
                        notifications=ind.notifications, overdue_at_end=sum(overdue_before.values()))

    year_ago = None
    if not nested:  # the same period a year earlier, when the database reaches back that far
        earlier = year_before(period, tz)
        if _has_tickets_before(session, earlier.end):
            year_ago = _headline(_build(session, cal, settings, now, earlier, True))
    trend = tuple(TrendPoint(name=p.name, first_day=p.first_day, received=received_per[i],
                             closed=len(outcome_tickets[(i, "close")]), composite=indicators(None, [i]).composite)
                  for i, p in enumerate(periods))
    first_ticket = session.execute(select(func.min(Ticket.created_at))).scalar_one()
    issue_total = _periods_between(first_ticket, period, tz) if first_ticket is not None else 1
    fix_by = cal.due(now, settings["report_fix_within"]) if notifications else None
    window_start = periods[window[0]].start
    report = PeriodReport(
        office_name=settings["office_name"], kind=period.kind, name=period.name, year=period.year,
        number=period.number, issue=period.number, issue_total=issue_total, time_zone=cal.timezone,
        start=period.start, end=period.end, first_day=period.first_day, last_day=period.last_day,
        window_start=window_start, window_first_day=periods[window[0]].first_day, as_of=cut,
        complete=cut >= period.end, generated_at=now, working_day_hours=day.total_seconds() / 3600,
        scheme=scheme, office=office, departments=tuple(dept_figures), ranking=ranking.order, red=ranking.red,
        black=ranking.black, separated=ranking.separated, notifications=tuple(notifications),
        escalations=tuple(escalations), overdue=tuple(overdue_items), cases=tuple(cases), repeats=tuple(repeats),
        previous=headline(prev) if prev >= 0 else None, year_ago=year_ago, trend=trend, recipients=settings["report_recipients"],
        copies=settings["report_copies"], signer=settings["report_signer"], fix_by=fix_by, comment_draft="",
        definitions=definitions(scheme, kind=period.kind, window_periods=window_n,
                                supervise_after=_duration_label(settings["escalate_supervise_after"]),
                                report_after=_duration_label(settings["escalate_report_after"]),
                                fix_within=_duration_label(settings["report_fix_within"]),
                                working_day_hours=day.total_seconds() / 3600),
    )
    return report if nested else dataclasses.replace(report, comment_draft=comment_draft(report))


def _has_tickets_before(session: Connection, t: datetime) -> bool:
    return session.execute(select(Ticket.id).where(Ticket.created_at < t).limit(1)).first() is not None


def _headline(r: PeriodReport | None) -> Headline | None:
    """A period's main figures from its own report; None when nothing happened in it."""
    if r is None:
        return None
    o = r.office
    if not (o.received or o.closed or o.dispatches or o.callbacks.valid):
        return None
    # Without the dispatches that were merely open then, the 通报 and the backlog of that time are not known.
    return Headline(name=r.name, received=o.received, closed=o.closed, dispatches=o.dispatches,
                    response=o.period.response, resolution=o.period.resolution, satisfaction=o.period.satisfaction,
                    acknowledge_on_time=o.period.acknowledge_on_time, resolve_on_time=o.period.resolve_on_time,
                    notifications=None, overdue_at_end=None)


def _periods_between(first: datetime, period: Period, tz) -> int:
    """How many periods of ``period``'s kind from the one ``first`` falls in up to ``period`` (总第N期)."""
    d = first.astimezone(tz).date()
    if period.kind == "week":
        monday = d - timedelta(days=d.weekday())
        return max(1, (period.first_day - monday).days // 7 + 1)
    return max(1, (period.year * 12 + period.number) - (d.year * 12 + d.month) + 1)


def _handling(session: Connection, dispatch_ids: Sequence[int], cut: datetime) -> dict[tuple[int, str, int], str]:
    """How supervisors handled the recorded escalations of these dispatches by the cut."""
    out: dict[tuple[int, str, int], str] = {}
    ids = sorted(set(dispatch_ids))
    for chunk in _chunks(ids):
        for did, step, level, handled_at, handling in _all(session,
                select(Escalation.dispatch_id, Escalation.step, Escalation.level, Escalation.handled_at,
                       Escalation.handling).where(Escalation.dispatch_id.in_(chunk))):
            if handled_at is not None and handled_at < cut and handling:
                out[(did, step, level)] = handling
    return out


#: What an address may differ by and still be the same place: spaces and punctuation, 号.
_ADDRESS_NOISE = str.maketrans("", "", " \t\r\n\u3000，,。.、-—()（）#号")


def _repeats(session: Connection, start: datetime, cut: datetime, days: int, categories: dict[int, str]
             ) -> list[RepeatItem]:
    """Tickets received in ``[start, cut)`` that repeat an earlier one of the same category within ``days``
    days: the same address (spaces and punctuation ignored) or the same phone (at least 7 digits)."""
    if days <= 0:
        return []
    since = start - timedelta(days=days)
    rows = _all(session,
        select(Ticket.created_at, Ticket.number, Ticket.category_id, Ticket.community, Ticket.address,
               Ticket.phone_digits)
        .where(Ticket.created_at >= since, Ticket.created_at < cut).order_by(Ticket.created_at, Ticket.id))
    # The latest earlier ticket (instant, number) by (category, normalised address) and by (category, phone).
    by_address: dict[tuple, tuple[datetime, str]] = {}
    by_phone: dict[tuple, tuple[datetime, str]] = {}
    out = []
    span = timedelta(days=days)
    noise = _ADDRESS_NOISE
    for at, number, category_id, community, address, phone in rows:
        a = address.translate(noise) if address else ""
        ka = (category_id, a) if len(a) >= 4 else None
        kp = (category_id, phone) if phone and len(phone) >= _PHONE_DIGITS else None
        if at >= start:
            best = None
            for key, seen, matched in ((ka, by_address, "address"), (kp, by_phone, "phone")):
                hit = seen.get(key) if key is not None else None
                if hit is not None and at - hit[0] <= span and (best is None or hit[0] > best[0][0]):
                    best = (hit, matched)
            if best is not None:
                (when, earlier), matched = best
                out.append(RepeatItem(ticket_number=number, earlier_number=earlier,
                                      category=categories.get(category_id, "?"), community=community,
                                      matched_by=matched, days_apart=round((at - when).total_seconds() / 86400, 1)))
        if ka is not None:
            by_address[ka] = (at, number)
        if kp is not None:
            by_phone[kp] = (at, number)
    return out
