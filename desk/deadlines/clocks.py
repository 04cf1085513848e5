"""The clocks tickets and dispatches carry, so that the database can sort and filter by them.

A dispatch's clock is its earliest outstanding step (报到, 响应, 办结) while it is open and not suspended. A
ticket's clock is the office's own step while it waits for 核实 or 回访 (``verify_within`` /
``callback_within`` working time from the moment it began to wait), else the earliest clock of its
dispatches. Each clock is stored as two instants, ``next_due`` (red from then) and ``next_warn`` (amber from
then, ``warning_share`` of the interval); NULL when no clock runs. Whether an item is overdue is then a
comparison with "now" that an index serves: the 时限 sort and the 只看超期 / 只看预警 filters.

One mechanism keeps them: :func:`install` hooks ``before_flush`` of a session, and every ticket whose row or
whose dispatches the flush writes gets its clocks computed again. No verb has to remember it. When the
calendar, the warning share or the office's limits change, :func:`refresh_all` recomputes every running
clock in the same transaction (and once after the migration that added them).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam, event, inspect, or_, select, update
from sqlalchemy.orm import Session, object_session, selectinload

from desk import notes
from desk.deadlines import WorkCalendar
from desk.deadlines.service import DONE_AT, STEPS, Offsets, warn_at
from desk.enums import GONE_DISPATCH_STATES, OPEN_DISPATCH_STATES, TicketState
from desk.errors import Message
from models import Dispatch, Escalation, Ticket

#: The office's own timed steps, by the ticket state in which they are outstanding.
OFFICE_STEPS = {TicketState.AWAITING_VERIFICATION: "verify", TicketState.AWAITING_CALLBACK: "callback"}
#: Ticket states whose clock can run (the others never have one).
RUNNING_STATES = (TicketState.DISPATCHED, TicketState.AWAITING_VERIFICATION, TicketState.AWAITING_CALLBACK)
#: Where a session finds how to build its rules (a callable, so that nothing is read unless a flush needs it).
RULES_KEY = "clock_rules"
#: Set in ``session.info`` when something the clocks depend on changed in the transaction.
STALE_KEY = "clocks_stale"
#: The transaction's "now" in ``session.info`` (set by the unit of work).
NOW_KEY = "now"


@dataclass(frozen=True)
class ClockRules:
    """What the clocks are computed with: the working calendar, the warning share, the office's limits and
    the escalation offsets (the office's own steps climb the ladder like a department's)."""

    cal: WorkCalendar
    share: float
    #: The office's own limits: {"verify": "1wd", "callback": "2wd"}.
    office_limits: dict[str, str]
    offsets: Offsets = Offsets()


@dataclass(frozen=True)
class Clock:
    """One running clock: ``step`` (acknowledge, respond, resolve, verify, callback) from ``start`` to ``due``."""

    step: str
    start: datetime
    due: datetime
    warn: datetime
    within: str | None


def earliest_step(d) -> tuple[str, datetime] | None:
    """The outstanding step of an open dispatch that is due first (suspended or not), or None."""
    if d.state not in OPEN_DISPATCH_STATES:
        return None
    best = None
    for step in STEPS:
        due = getattr(d, f"{step}_due")
        if due is not None and getattr(d, DONE_AT[step]) is None and (best is None or due < best[1]):
            best = (step, due)
    return best


def dispatch_clock(d, cal: WorkCalendar, share: float) -> Clock | None:
    """The running clock of a dispatch (any object with the dispatch's columns), None if it has none."""
    found = earliest_step(d)
    if found is None or d.suspended_at is not None:
        return None
    step, due = found
    within = getattr(d, f"{step}_within")
    return Clock(step, d.dispatched_at, due, warn_at(cal, d.dispatched_at, due, within, share), within)


def office_since(ticket: Ticket) -> datetime | None:
    """Since when the ticket waits for the office: 核实 since its round's dispatches were all done, 回访 since
    it was verified."""
    if ticket.state == TicketState.AWAITING_CALLBACK:
        return ticket.verified_at
    if ticket.state == TicketState.AWAITING_VERIFICATION:
        done = [d.closed_at or d.resolved_at for d in ticket.dispatches
                if d.round == ticket.round and d.state not in GONE_DISPATCH_STATES]
        done = [x for x in done if x is not None]
        return max(done) if done else ticket.updated_at
    return None


def office_clock(ticket: Ticket, rules: ClockRules) -> Clock | None:
    step = OFFICE_STEPS.get(ticket.state)
    since = office_since(ticket) if step else None
    if step is None or since is None:
        return None
    within = rules.office_limits[step]
    due = rules.cal.due(since, within)
    return Clock(step, since, due, warn_at(rules.cal, since, due, within, rules.share), within)


def compute(ticket: Ticket, rules: ClockRules) -> tuple[Clock | None, dict[int, Clock | None]]:
    """The clock of ``ticket`` and those of its dispatches (by dispatch, as objects: new ones have no id)."""
    best: Clock | None = None
    of_dispatch: dict = {}
    for d in ticket.dispatches:
        c = of_dispatch[d] = dispatch_clock(d, rules.cal, rules.share)
        if c is not None and (best is None or c.due < best.due):
            best = c
    if ticket.state in OFFICE_STEPS:
        best = office_clock(ticket, rules)
    elif ticket.state != TicketState.DISPATCHED:
        best = None
    return best, of_dispatch


def _pair(clock: Clock | None) -> tuple[datetime | None, datetime | None]:
    return (clock.due, clock.warn) if clock is not None else (None, None)


def office_thresholds(step: str, due: datetime, rules: ClockRules) -> list[tuple[str, int, datetime]]:
    """When the office's own step ``step`` due at ``due`` reaches 催办, 督办 and 通报."""
    out = []
    for level in (1, 2, 3):
        off = rules.offsets.of(level)
        out.append((step, level, due if off is None else rules.cal.due(due, off)))
    return out


def office_next_escalation(ticket: Ticket, best: Clock | None, recorded: set[tuple[str, int]],
                           rules: ClockRules) -> datetime | None:
    """The next threshold the office's own step will cross (None: none, or no office step waits)."""
    if best is None or best.step not in OFFICE_STEPS.values():
        return None
    pending = [at for step, level, at in office_thresholds(best.step, best.due, rules) if (step, level) not in recorded]
    return min(pending) if pending else None


def _office_recorded(session: Session, ticket_ids: Iterable[int]) -> dict[int, set[tuple[str, int]]]:
    out: dict[int, set[tuple[str, int]]] = {}
    ids = list(ticket_ids)
    if ids:
        for tid, step, level in session.execute(select(Escalation.ticket_id, Escalation.step, Escalation.level).where(
                Escalation.ticket_id.in_(ids), Escalation.dispatch_id.is_(None))):
            out.setdefault(tid, set()).add((step, level))
    return out


def refresh_ticket(ticket: Ticket, rules: ClockRules) -> None:
    """Set the clocks of ``ticket`` and its dispatches (only changed values are written), and the office
    step's next escalation instant; close the office's escalations of a step it has done."""
    best, of_dispatch = compute(ticket, rules)
    for obj, clock in ((ticket, best), *of_dispatch.items()):
        due, warn = _pair(clock)
        if obj.next_due != due:
            obj.next_due = due
        if obj.next_warn != warn:
            obj.next_warn = warn
    session = object_session(ticket)
    office = ticket.state in OFFICE_STEPS
    moved = inspect(ticket).attrs.state.history.has_changes() if ticket.id is not None else False
    if session is None or ticket.id is None or not (office or moved or ticket.next_escalation_at is not None):
        return
    step = OFFICE_STEPS.get(ticket.state)
    if moved:  # the office finished a step (or the ticket went back to the departments): its climb ends
        stmt = update(Escalation).where(Escalation.ticket_id == ticket.id, Escalation.dispatch_id.is_(None),
                                        Escalation.closed_at.is_(None))
        if step is not None:
            stmt = stmt.where(Escalation.step != step)
        now = session.info.get(NOW_KEY)
        session.execute(stmt.values(closed_at=now, closed_note=notes.program(Message("环节已完成"))))
    nxt = office_next_escalation(ticket, best, _office_recorded(session, [ticket.id]).get(ticket.id, set()), rules) \
        if office else None
    if ticket.next_escalation_at != nxt:
        ticket.next_escalation_at = nxt


def refresh_all(session: Session, rules: ClockRules, *, batch: int = 1000) -> int:
    """Recompute every clock that may run (after the calendar, the share or a limit changed); returns how many
    tickets were looked at. Costs what the open tickets cost, not what the database holds. Written with plain
    UPDATEs: the tickets' versions (what edits are checked against) do not move."""
    ids = list(session.scalars(select(Ticket.id).where(
        or_(Ticket.state.in_([str(s) for s in RUNNING_STATES]), Ticket.next_due.is_not(None)))))
    t_tab, d_tab = Ticket.__table__, Dispatch.__table__
    t_upd = update(t_tab).where(t_tab.c.id == bindparam("b_id")).values(
        next_due=bindparam("b_due"), next_warn=bindparam("b_warn"), next_escalation_at=bindparam("b_esc"))
    d_upd = update(d_tab).where(d_tab.c.id == bindparam("b_id")).values(
        next_due=bindparam("b_due"), next_warn=bindparam("b_warn"))
    for i in range(0, len(ids), batch):
        tickets, dispatches = [], []
        recorded = _office_recorded(session, ids[i:i + batch])
        for t in session.scalars(select(Ticket).options(selectinload(Ticket.dispatches))
                                 .where(Ticket.id.in_(ids[i:i + batch]))):
            best, of_dispatch = compute(t, rules)
            esc = office_next_escalation(t, best, recorded.get(t.id, set()), rules)
            if (*_pair(best), esc) != (t.next_due, t.next_warn, t.next_escalation_at):
                tickets.append({"b_id": t.id, "b_due": best and best.due, "b_warn": best and best.warn,
                                "b_esc": esc})
            for d, c in of_dispatch.items():
                if _pair(c) != (d.next_due, d.next_warn):
                    dispatches.append({"b_id": d.id, "b_due": c and c.due, "b_warn": c and c.warn})
        for stmt, rows in ((t_upd, tickets), (d_upd, dispatches)):
            if rows:
                session.connection().execute(stmt, rows)
        session.expunge_all()  # what was read is stale now (and nothing of it is written again)
    return len(ids)


def _touched(objects: Iterable[object]) -> set[Ticket]:
    out: set[Ticket] = set()
    for obj in objects:
        if isinstance(obj, Ticket):
            out.add(obj)
        elif isinstance(obj, Dispatch) and obj.ticket is not None:
            out.add(obj.ticket)
    return out


def _before_flush(session: Session, _context: object, _instances: object) -> None:
    factory: Callable[[], ClockRules] | None = session.info.get(RULES_KEY)
    if factory is None:
        return
    tickets = _touched([*session.new, *session.dirty])
    if not tickets:
        return
    rules = factory()
    with session.no_autoflush:
        for t in tickets:
            if t not in session.deleted:
                refresh_ticket(t, rules)


def install(session: Session, rules: Callable[[], ClockRules]) -> None:
    """Keep the clocks of whatever this session writes (``rules`` is called at most once per flush)."""
    session.info[RULES_KEY] = rules
    event.listen(session, "before_flush", _before_flush)


def mark_stale(session: Session) -> None:
    """Something every clock depends on changed (calendar, share, limits): recompute them before commit."""
    session.info[STALE_KEY] = True


__all__ = ["Clock", "ClockRules", "OFFICE_STEPS", "compute", "dispatch_clock", "earliest_step", "install",
           "mark_stale", "office_clock", "refresh_all", "refresh_ticket"]
