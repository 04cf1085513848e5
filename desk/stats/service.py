"""Building the weekly report from the database (SQLite and PostgreSQL alike).

Counting is done in SQL where it is a plain count (tickets, events, callbacks, escalations,
grouped per week with a CASE over the week boundaries). Dispatches are classified in Python
because their on-time and overdue status needs the due instants *as they stood at the
week's end* (an extension approved later must not rewrite last week's report) and
working-time arithmetic on the office calendar. Only the dispatches that can matter are
read: received, acknowledged or due in the week, or still open at its end.
"""
from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import and_, case, distinct, func, or_, select
from sqlalchemy.orm import Session

from desk.deadlines import Duration, WorkCalendar
from desk.enums import GONE_DISPATCH_STATES
from desk.errors import ValidationError
from desk.labels import APPEAL_TYPE, SOURCE
from desk.stats import rates
from desk.stats.data import (
    DepartmentFigures,
    DispatchFigures,
    EscalationItem,
    LevelCounts,
    OfficeFigures,
    OverdueItem,
    Ratio,
    ReportSettings,
    Share,
    TrendWeek,
    WeeklyReport,
)
from desk.stats.definitions import definitions
from models import Callback, Category, Department, Dispatch, DispatchRequest, Escalation, Event, Ticket

TREND_WEEKS = 8
TOP_COMMUNITIES = 10
STEPS = ("acknowledge", "respond", "resolve")
DONE_AT = {"acknowledge": "acknowledged_at", "respond": "responded_at", "resolve": "resolved_at"}
DUE_FIELDS = tuple(f"{s}_due" for s in STEPS)
#: Events that can move a dispatch's due instants or end a suspension.
DUE_CHANGING_EVENTS = ("decide_request", "resume", "handle_escalation")
_WEEK_RE = re.compile(r"^\s*(\d{4})-?[Ww](\d{1,2})\s*$")
#: Rows per IN (...) list (SQLite's old limit on bound parameters is 999).
_CHUNK = 900


# -- weeks -------------------------------------------------------------------------------------
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


def week_name(year: int, week: int) -> str:
    return f"{year}-W{week:02d}"


def week_bounds(year: int, week: int, tz) -> tuple[datetime, datetime]:
    """Monday 00:00 and the next Monday 00:00 in ``tz``, as aware UTC instants."""
    monday = date.fromisocalendar(year, week, 1)
    start = datetime.combine(monday, time(0), tz).astimezone(timezone.utc)
    end = datetime.combine(monday + timedelta(days=7), time(0), tz).astimezone(timezone.utc)
    return start, end


def last_complete_week(now: datetime, tz) -> tuple[int, int]:
    """The ISO week before the one ``now`` falls in (in ``tz``): the last complete week."""
    today = now.astimezone(tz).date()
    iso = (today - timedelta(days=today.weekday() + 7)).isocalendar()
    return iso.year, iso.week


# -- small helpers -----------------------------------------------------------------------------
def _bucket(col, starts: Sequence[datetime]):
    """The index of the trend week ``col`` falls in (``starts`` are the weeks' starts, oldest first)."""
    return case(*[(col < b, i) for i, b in enumerate(starts[1:])], else_=len(starts) - 1)


def _chunks(items: Sequence, n: int = _CHUNK) -> Iterable[Sequence]:
    for i in range(0, len(items), n):
        yield items[i:i + n]


def _iso(value) -> datetime | None:
    if not value:
        return None
    t = datetime.fromisoformat(value)
    return t if t.tzinfo else t.replace(tzinfo=timezone.utc)


def _in(t: datetime | None, a: datetime, b: datetime) -> bool:
    return t is not None and a <= t < b


def _report_settings(settings: dict[str, str]) -> ReportSettings:
    w = tuple(float(x) for x in settings["report_weights"].split(","))
    return ReportSettings(weights=w, basic_weight=float(settings["report_basic_weight"]),  # type: ignore[arg-type]
                          min_callbacks=int(settings["report_min_callbacks"]),
                          black_threshold=float(settings["report_black_threshold"]))


# -- per department tallies ---------------------------------------------------------------------
@dataclass
class _Tally:
    received: int = 0
    due: Counter = field(default_factory=Counter)
    on_time: Counter = field(default_factory=Counter)
    ack_hours: list = field(default_factory=list)
    overdue: int = 0
    levels: Counter = field(default_factory=Counter)
    returns_requested: int = 0
    returns_approved: int = 0
    extensions_requested: int = 0
    extensions_approved: int = 0

    def merge(self, other: _Tally) -> _Tally:
        out = _Tally()
        for name in ("received", "overdue", "returns_requested", "returns_approved", "extensions_requested",
                     "extensions_approved"):
            setattr(out, name, getattr(self, name) + getattr(other, name))
        out.due = self.due + other.due
        out.on_time = self.on_time + other.on_time
        out.levels = self.levels + other.levels
        out.ack_hours = self.ack_hours + other.ack_hours
        return out

    def figures(self) -> DispatchFigures:
        return DispatchFigures(
            received=self.received,
            acknowledge_on_time=Ratio.of(self.on_time["acknowledge"], self.due["acknowledge"]),
            respond_on_time=Ratio.of(self.on_time["respond"], self.due["respond"]),
            resolve_on_time=Ratio.of(self.on_time["resolve"], self.due["resolve"]),
            acknowledged=len(self.ack_hours),
            ack_median_hours=rates.median(self.ack_hours),
            overdue_at_end=self.overdue,
            escalations=LevelCounts(self.levels[1], self.levels[2], self.levels[3]),
            returns_requested=self.returns_requested,
            returns_approved=self.returns_approved,
            return_rate=Ratio.of(self.returns_approved, self.received),
            extensions_requested=self.extensions_requested,
            extensions_approved=self.extensions_approved,
        )


def _merged(tallies: Iterable[_Tally]) -> _Tally:
    out = _Tally()
    for t in tallies:
        out = out.merge(t)
    return out


@dataclass
class _AtCut:
    """A dispatch as it stood at the cut: due instants and suspension."""

    dues: dict[str, datetime | None]
    suspended_since: datetime | None


# -- the build ------------------------------------------------------------------------------------
def build(*, session: Session, cal: WorkCalendar, settings: dict[str, str], now: datetime,
          week: str | None = None) -> WeeklyReport:
    tz = cal.tzinfo
    year, number = parse_week(week) if week is not None else last_complete_week(now, tz)
    start, end = week_bounds(year, number, tz)
    if start > now:
        raise ValidationError("week", "{week} 尚未开始，无法生成周报。", week=week_name(year, number))
    cut = min(end, now)  # "the week's end"
    rs = _report_settings(settings)

    # The trend weeks, oldest first, ending with this one.
    trend_starts = []
    trend_names = []
    for back in range(TREND_WEEKS - 1, -1, -1):
        iso = (date.fromisocalendar(year, number, 1) - timedelta(weeks=back)).isocalendar()
        trend_starts.append(week_bounds(iso.year, iso.week, tz)[0])
        trend_names.append(week_name(iso.year, iso.week))
    this = TREND_WEEKS - 1
    first = trend_starts[0]

    departments = {i: (name, active) for i, name, active in
                   session.execute(select(Department.id, Department.name, Department.active)
                                   .order_by(Department.id))}
    dept_name = {i: v[0] for i, v in departments.items()}

    # -- tickets ---------------------------------------------------------------------------
    categories = dict(session.execute(select(Category.id, Category.name)).all())
    by_source: Counter = Counter()
    by_category: Counter = Counter()
    by_community: Counter = Counter()
    by_appeal: Counter = Counter()
    for source, category_id, community, appeal, n in session.execute(
            select(Ticket.source, Ticket.category_id, Ticket.community, Ticket.appeal_type, func.count())
            .where(Ticket.created_at >= start, Ticket.created_at < cut)
            .group_by(Ticket.source, Ticket.category_id, Ticket.community, Ticket.appeal_type)):
        by_source[source] += n
        by_category[categories.get(category_id, str(category_id))] += n
        by_community[community] += n
        by_appeal[appeal] += n
    received = sum(by_source.values())

    whistle_hours = [(w - c).total_seconds() / 3600 for c, w in session.execute(
        select(Ticket.created_at, Ticket.first_whistled_at)
        .where(Ticket.first_whistled_at >= start, Ticket.first_whistled_at < cut))]

    trend_received = [0] * TREND_WEEKS
    inner = (select(_bucket(Ticket.created_at, trend_starts).label("wk"))
             .where(Ticket.created_at >= first, Ticket.created_at < cut).subquery())
    for wk, n in session.execute(select(inner.c.wk, func.count()).group_by(inner.c.wk)):
        trend_received[wk] = n

    # -- ticket events: closed, reopened, cancelled ----------------------------------------
    ticket_events: dict[tuple[int, str], int] = {}
    inner = (select(_bucket(Event.at, trend_starts).label("wk"), Event.kind, Event.ticket_id)
             .where(Event.at >= first, Event.at < cut, Event.kind.in_(("close", "reopen", "cancel")))
             .subquery())
    for wk, kind, n in session.execute(
            select(inner.c.wk, inner.c.kind, func.count(distinct(inner.c.ticket_id)))
            .group_by(inner.c.wk, inner.c.kind)):
        ticket_events[(wk, kind)] = n

    # -- dispatches ----------------------------------------------------------------------------
    D = Dispatch
    in_week = lambda col: and_(col >= start, col < cut)  # noqa: E731
    rows = session.execute(
        select(D.id, D.ticket_id, D.department_id, D.role, D.state, D.dispatched_at, D.acknowledged_at,
               D.responded_at, D.resolved_at, D.closed_at, D.acknowledge_due, D.respond_due, D.resolve_due,
               D.suspended_at)
        .where(D.dispatched_at < cut,
               or_(D.dispatched_at >= start, in_week(D.acknowledged_at), in_week(D.acknowledge_due),
                   in_week(D.respond_due), in_week(D.resolve_due), D.closed_at.is_(None), D.closed_at >= cut))
    ).all()
    open_at_cut = [r for r in rows if r.closed_at is None or r.closed_at >= cut]
    at_cut = _state_at_cut(session, open_at_cut, cut)

    tallies: dict[tuple[int, str], _Tally] = defaultdict(_Tally)
    overdue_rows: list[tuple] = []
    for r in rows:
        t = tallies[(r.department_id, r.role)]
        if start <= r.dispatched_at:
            t.received += 1
        if _in(r.acknowledged_at, start, cut):
            t.ack_hours.append(cal.working_time_between(r.dispatched_at, r.acknowledged_at).total_seconds() / 3600)
        state = at_cut.get(r.id)
        dues = state.dues if state else {s: getattr(r, f"{s}_due") for s in STEPS}
        suspended_since = state.suspended_since if state else None
        gone_at = r.closed_at if r.state in GONE_DISPATCH_STATES else None
        for step in STEPS:
            due = dues[step]
            if not _in(due, start, cut):
                continue
            done = getattr(r, DONE_AT[step])
            if done is not None and done >= cut:
                done = None  # done after the week's end: not done as it stood then
            if done is None and gone_at is not None and gone_at <= due:
                continue  # returned or withdrawn before it was due: the step was no longer owed
            if done is None and suspended_since is not None and due >= suspended_since:
                continue  # the clock was stopped before it ran out
            t.due[step] += 1
            if done is not None and done <= due:
                t.on_time[step] += 1
        if state is not None and suspended_since is None:  # open at the cut and its clock running
            for step in STEPS:
                done = getattr(r, DONE_AT[step])
                due = dues[step]
                if (done is None or done >= cut) and due is not None and due < cut:
                    t.overdue += 1
                    late = cal.working_time_between(due, cut).total_seconds() / 3600
                    overdue_rows.append((r, step, due, late))
                    break

    # -- escalations reached in the week ------------------------------------------------------
    escalation_rows = session.execute(
        select(Escalation.level, Escalation.step, Escalation.reached_at, Escalation.handled_at,
               Escalation.handling, Escalation.closed_at, D.id, D.department_id, D.role, D.acknowledge_due,
               D.respond_due, D.resolve_due, Ticket.number)
        .join(D, D.id == Escalation.dispatch_id).join(Ticket, Ticket.id == D.ticket_id)
        .where(Escalation.reached_at >= start, Escalation.reached_at < cut)
        .order_by(Escalation.reached_at, Ticket.number, Escalation.level)).all()
    escalations: list[tuple[int, EscalationItem]] = []
    for e in escalation_rows:
        tallies[(e.department_id, e.role)].levels[e.level] += 1
        state = at_cut.get(e.id)
        due = state.dues[e.step] if state else getattr(e, f"{e.step}_due")
        escalations.append((e.department_id, EscalationItem(
            ticket_number=e.number, department=dept_name.get(e.department_id, "?"), role=e.role, step=e.step,
            level=e.level, due=due, reached_at=e.reached_at,
            handling=e.handling if e.handled_at is not None and e.handled_at < cut else None,
            closed=e.closed_at is not None and e.closed_at < cut)))

    # -- returns (退单) and extensions (延期) ----------------------------------------------------
    for kind, changes, dept, role in session.execute(
            select(Event.kind, Event.changes, D.department_id, D.role).join(D, D.id == Event.dispatch_id)
            .where(Event.at >= start, Event.at < cut, Event.kind.in_(("request_return", "decide_return")))):
        t = tallies[(dept, role)]
        if kind == "request_return":
            t.returns_requested += 1
        elif _approved(changes):
            t.returns_approved += 1
    for requested_at, decided_at, req_state, dept, role in session.execute(
            select(DispatchRequest.requested_at, DispatchRequest.decided_at, DispatchRequest.state,
                   D.department_id, D.role).join(D, D.id == DispatchRequest.dispatch_id)
            .where(DispatchRequest.kind == "extension",
                   or_(in_week(DispatchRequest.requested_at), in_week(DispatchRequest.decided_at)))):
        t = tallies[(dept, role)]
        if _in(requested_at, start, cut):
            t.extensions_requested += 1
        if _in(decided_at, start, cut) and req_state == "approved":
            t.extensions_approved += 1

    # -- callbacks (三率), attributed to the lead department of the verified round ----------------
    lead = (select(D.department_id)
            .where(D.ticket_id == Callback.ticket_id, D.role == "lead", D.state == "resolved",
                   D.resolved_at <= Callback.at)
            .order_by(D.round.desc(), D.resolved_at.desc(), D.id.desc()).limit(1)
            .correlate(Callback).scalar_subquery())
    inner = (select(_bucket(Callback.at, trend_starts).label("wk"), lead.label("dept"), Callback.contacted,
                    Callback.resolved, Callback.satisfaction)
             .where(Callback.at >= first, Callback.at < cut).subquery())
    cb_dept: dict[tuple[int, int | None], rates.CallbackTally] = defaultdict(rates.CallbackTally)
    cb_office: dict[int, rates.CallbackTally] = defaultdict(rates.CallbackTally)
    for wk, dept, contacted, resolved, satisfaction, n in session.execute(
            select(inner.c.wk, inner.c.dept, inner.c.contacted, inner.c.resolved, inner.c.satisfaction,
                   func.count())
            .group_by(inner.c.wk, inner.c.dept, inner.c.contacted, inner.c.resolved, inner.c.satisfaction)):
        cb_dept[(wk, dept)].add(bool(contacted), resolved, satisfaction, n)
        cb_office[wk].add(bool(contacted), resolved, satisfaction, n)

    # -- overdue items need the ticket's number, category and community -------------------------
    ticket_info: dict[int, tuple[str, str, str]] = {}
    ids = sorted({r.ticket_id for r, *_ in overdue_rows})
    for chunk in _chunks(ids):
        for tid, num, cat, community in session.execute(
                select(Ticket.id, Ticket.number, Category.name, Ticket.community)
                .join(Category, Category.id == Ticket.category_id).where(Ticket.id.in_(chunk))):
            ticket_info[tid] = (num, cat, community)
    overdue = [
        (OverdueItem(ticket_number=ticket_info[r.ticket_id][0], category=ticket_info[r.ticket_id][1],
                     community=ticket_info[r.ticket_id][2], department=dept_name.get(r.department_id, "?"),
                     role=r.role, step=step, due=due, late_hours=late), r.department_id)
        for r, step, due, late in overdue_rows]
    overdue_items = sorted(overdue, key=lambda x: (-x[0].late_hours, x[0].ticket_number, x[0].department))

    # -- assemble -----------------------------------------------------------------------------
    callback_figs = {d: cb_dept[(this, d)].figures(rs) for d in departments}
    shown = [d for d, (name, active) in departments.items()
             if active or tallies.get((d, "lead")) or tallies.get((d, "assist")) or callback_figs[d].total]
    ranking = rates.rank(((dept_name[d], callback_figs[d]) for d in shown), rs)
    position = {name: i + 1 for i, name in enumerate(ranking.order)}
    dept_figures = []
    for d in shown:
        name = dept_name[d]
        lead_t = tallies.get((d, "lead"), _Tally())
        assist_t = tallies.get((d, "assist"), _Tally())
        mark = "red" if name in ranking.red else "black" if name in ranking.black else None
        dept_figures.append(DepartmentFigures(
            name=name, lead=lead_t.figures(), all=lead_t.merge(assist_t).figures(), callbacks=callback_figs[d],
            ranked=name in position, rank=position.get(name), mark=mark,
            black_reasons=ranking.black_reasons.get(name, ()),
            overdue=tuple(item for item, dd in overdue_items if dd == d),
            escalations=tuple(sorted((item for dd, item in escalations if dd == d),
                                     key=lambda x: (-x.level, x.reached_at, x.ticket_number))),
            trend=tuple(cb_dept[(wk, d)].figures(rs).composite for wk in range(TREND_WEEKS)),
        ))

    office = OfficeFigures(
        received=received,
        dispatched=len(whistle_hours),
        dispatches=sum(t.received for t in tallies.values()),
        closed=ticket_events.get((this, "close"), 0),
        reopened=ticket_events.get((this, "reopen"), 0),
        cancelled=ticket_events.get((this, "cancel"), 0),
        by_source=_shares(by_source, SOURCE),
        by_appeal_type=_shares(by_appeal, APPEAL_TYPE),
        by_category=_shares(by_category),
        top_communities=_shares(by_community)[:TOP_COMMUNITIES],
        whistle_median_hours=rates.median(whistle_hours),
        dispatch=_merged(tallies.values()).figures(),
        callbacks=cb_office[this].figures(rs),
    )
    trend = tuple(
        TrendWeek(week=trend_names[i], first_day=trend_starts[i].astimezone(tz).date(),
                  received=trend_received[i], closed=ticket_events.get((i, "close"), 0),
                  composite=cb_office[i].figures(rs).composite)
        for i in range(TREND_WEEKS))
    day_hours = cal.working_day_length.total_seconds() / 3600
    return WeeklyReport(
        office_name=settings["office_name"], week=week_name(year, number), year=year, week_number=number,
        time_zone=cal.timezone, start=start, end=end, first_day=start.astimezone(tz).date(),
        last_day=(end.astimezone(tz) - timedelta(days=1)).date(), as_of=cut, complete=cut >= end,
        generated_at=now, working_day_hours=day_hours, settings=rs, office=office,
        departments=tuple(dept_figures), ranking=ranking.order, red=ranking.red, black=ranking.black,
        notifications=tuple(item for _, item in escalations if item.level == 3),
        overdue=tuple(item for item, _ in overdue_items),
        trend=trend,
        definitions=definitions(rs, time_zone=cal.timezone,
                                supervise_after=_duration_label(settings["escalate_supervise_after"]),
                                report_after=_duration_label(settings["escalate_report_after"]),
                                working_day_hours=day_hours),
    )


def _duration_label(text: str) -> str:
    try:
        return Duration.parse(text, allow_zero=True).label
    except ValidationError:
        return text


def _approved(changes: str) -> bool:
    try:
        value = json.loads(changes or "{}").get("approved")
    except (ValueError, AttributeError):
        return False
    return bool(value[1]) if isinstance(value, list) and len(value) == 2 else bool(value)


def _shares(counter: Counter, labels: dict[str, str] | None = None) -> tuple[Share, ...]:
    items = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))
    return tuple(Share(key=k, label=(labels or {}).get(k, k), count=n) for k, n in items)


def _state_at_cut(session: Session, open_rows: Sequence, cut: datetime) -> dict[int, _AtCut]:
    """Due instants and suspension of the dispatches open at ``cut``, as they stood then.

    Later extensions, resumptions and 督办 extensions record the old value of every due they
    move (``changes[field] = [old, new]``): the first such change after the cut gives the value
    at the cut. A resumption after the cut whose suspension began before it means the
    dispatch was suspended at the cut.
    """
    out: dict[int, _AtCut] = {}
    for r in open_rows:
        current = r.suspended_at if r.suspended_at is not None and r.suspended_at <= cut else None
        out[r.id] = _AtCut({s: getattr(r, f"{s}_due") for s in STEPS}, current)
    if not out:
        return out
    later: dict[int, list] = defaultdict(list)
    for did, changes in session.execute(
            select(Event.dispatch_id, Event.changes)
            .where(Event.at >= cut, Event.kind.in_(DUE_CHANGING_EVENTS), Event.dispatch_id.is_not(None))
            .order_by(Event.at, Event.id)):
        if did in out:
            later[did].append(changes)
    for did, changes_list in later.items():
        state = out[did]
        seen: set[str] = set()
        for text in changes_list:
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
