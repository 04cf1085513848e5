"""The escalation ladder: 催办 (1) at the due instant, 督办 (2) and 通报 (3) after set working-time offsets.

Each dispatch carries ``next_escalation_at``, the next threshold any of its open steps will
cross. A sweep looks only at dispatches whose instant has come (an index range scan), records
what they reached, and moves their instant on. Its cost grows with the newly due items, not
with the size of the database: per batch it reads the due rows once, computes only the thresholds
that can matter (:class:`Ladder`), and writes with one statement each: the escalations (one
``INSERT … VALUES`` list), their events (one append to the chain) and the new instants.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from desk.audit import service as audit
from desk.deadlines import WorkCalendar
from desk.deadlines.durations import Duration
from desk.deadlines.service import DONE_AT, STEPS, Offsets  # (Offsets: defined there, the ticket clocks use it)
from desk import notes
from desk.enums import OPEN_DISPATCH_STATES
from desk.errors import ConflictError, Message, ValidationError
from models import Dispatch, Escalation, Ticket, User

LEVELS = (1, 2, 3)
#: How a supervisor works an escalation: 催办 (a note), 延期 (a new due), 改派 (another department), 确认通报.
ACTIONS = ("urge", "extend", "reassign", "confirm")


@dataclass(frozen=True)
class Reached:
    dispatch_id: int | None  #: None: the office's own step (核实, 回访)
    ticket_id: int
    step: str
    level: int
    reached_at: datetime


def open_steps(d) -> list[str]:
    """Steps a dispatch still owes (its clock runs): none while suspended or once it is finished."""
    if d.state not in OPEN_DISPATCH_STATES or d.suspended_at is not None:
        return []
    return [s for s in STEPS if getattr(d, DONE_AT[s]) is None and getattr(d, f"{s}_due") is not None]


class Ladder:
    """The thresholds of a calendar and its offsets, the offsets parsed once (a sweep builds one).

    Level 1 is the due instant itself and no offset is negative, so while a step's 催办 is still pending its
    督办 and 通报 cannot come sooner: they are computed only when they may have been reached (or once 催办
    is recorded). Most dispatches a sweep or a whistle sees need no calendar arithmetic at all (issue 14:
    six ``calendar.due()`` calls per dispatch, each parsing its offset again, were 60% of the sweep).
    """

    __slots__ = ("cal", "offsets", "_shifts")

    def __init__(self, cal: WorkCalendar, offsets: Offsets) -> None:
        self.cal, self.offsets = cal, offsets
        self._shifts: dict[int, tuple[timedelta | None, Duration]] = {}  # level -> (working length, offset)

    def at(self, due: datetime, level: int) -> datetime:
        """The instant a step due at ``due`` reaches ``level``."""
        if level == 1:
            return due
        shift = self._shifts.get(level)
        if shift is None:
            d = Duration.parse(self.offsets.of(level), field="offsets", allow_zero=True)
            shift = self._shifts[level] = (self.cal.working_length(d) if d.is_working else None, d)
        length, d = shift
        return self.cal.add_working_time(due, length) if length is not None else self.cal.due(due, d)

    def climb(self, dues: list[tuple[str, datetime]], have: set[tuple[str, int]], at: datetime | None
              ) -> tuple[list[tuple[str, int, datetime]], datetime | None]:
        """The thresholds of ``dues`` ((step, due instant) pairs) crossed by ``at`` and not in ``have``, in
        ladder order, and the earliest threshold still pending (None: none). ``at`` None: nothing is crossed."""
        reached: list[tuple[str, int, datetime]] = []
        pending: datetime | None = None
        for step, due in dues:
            dominated = (step, 1) not in have and (at is None or due > at)  # 催办 pending: it comes first
            for level in LEVELS:
                if (step, level) in have:
                    continue
                if level > 1 and dominated:
                    break
                inst = self.at(due, level)
                if at is not None and inst <= at:
                    reached.append((step, level, inst))
                elif pending is None or inst < pending:
                    pending = inst
        return reached, pending


def open_dues(d) -> list[tuple[str, datetime]]:
    """(step, due instant) of the steps a dispatch still owes."""
    return [(s, getattr(d, f"{s}_due")) for s in open_steps(d)]


def next_instant(d, cal: WorkCalendar, offsets: Offsets, recorded: set[tuple[str, int]]) -> datetime | None:
    """The next threshold dispatch ``d`` will cross, given the levels already ``recorded``."""
    return Ladder(cal, offsets).climb(open_dues(d), recorded, None)[1]


def recorded_levels(session: Session, dispatch_id: int) -> set[tuple[str, int]]:
    return {(s, lv) for s, lv in session.execute(
        select(Escalation.step, Escalation.level).where(Escalation.dispatch_id == dispatch_id))}


def reschedule(session: Session, d: Dispatch, cal: WorkCalendar, offsets: Offsets) -> None:
    """Recompute a dispatch's next escalation instant after its steps, dues or suspension changed."""
    d.next_escalation_at = next_instant(d, cal, offsets, recorded_levels(session, d.id) if d.id else set())


def close_open(session: Session, d: Dispatch, *, steps: tuple[str, ...] | None, now: datetime, note: str) -> int:
    """Close the open escalations of ``steps`` (all steps when None): the late step was done."""
    stmt = update(Escalation).where(Escalation.dispatch_id == d.id, Escalation.closed_at.is_(None))
    if steps is not None:
        stmt = stmt.where(Escalation.step.in_(steps))
    return session.execute(stmt.values(closed_at=now, closed_note=note)).rowcount or 0


def open_counts(session: Session) -> dict[int, int]:
    """Open, not yet handled escalations per level (1 催办, 2 督办, 3 通报)."""
    rows = session.execute(select(Escalation.level, func.count(Escalation.id))
                           .where(Escalation.closed_at.is_(None), Escalation.handled_at.is_(None))
                           .group_by(Escalation.level)).all()
    return {1: 0, 2: 0, 3: 0} | {level: n for level, n in rows}


# -- a supervisor works an escalation ----------------------------------------------------------------
def check_action(e: Escalation, d: Dispatch | None, action: str) -> None:
    """Whether ``action`` (one of :data:`ACTIONS`) may be taken on ``e`` (of dispatch ``d``; None: the office's
    own 核实 or 回访)."""
    if e.closed_at is not None:
        raise ConflictError("该督办事项已关闭：{note}", note=notes.message(e.closed_note))
    if action == "confirm" and e.level != 3:
        raise ValidationError("action", "只有通报级别的事项需要确认通报。")
    if d is None and action in ("extend", "reassign"):  # the office's own 核实 or 回访
        raise ValidationError("action", "街道自身的核实、回访环节只能催办或确认通报，不能延期或改派。")


def extend(*, session: Session, esc: Escalation, dispatch: Dispatch, new_due: datetime | None, actor: User,
           now: datetime, note: str, cal: WorkCalendar, offsets: Offsets) -> dict:
    """督办延期: the late step gets ``new_due``; its open escalations close, the ladder starts again from there.
    Returns the change ({field: (before, after)})."""
    d = dispatch
    field = f"{esc.step}_due"
    old = getattr(d, field)
    if not isinstance(new_due, datetime) or new_due.tzinfo is None or new_due <= now:
        raise ValidationError("new_due", "新的期限必须是晚于现在的时间。")
    setattr(d, field, new_due)
    d.updated_at, d.updated_by = now, actor
    close_open(session, d, steps=(esc.step,), now=now, note=notes.program(Message("督办延期：{note}", note=note)))
    reschedule(session, d, cal, offsets)
    return {field: (old, new_due)}


def record_handling(*, session: Session, esc: Escalation, actor: User, now: datetime, action: str, note: str,
                    changes: dict) -> None:
    """Mark ``esc`` handled by ``actor`` and record it on the ticket's timeline with ``changes``."""
    esc.handled_at, esc.handled_by_id, esc.handling, esc.handling_note = now, actor.id, action, note
    audit.record(session=session, ticket_id=esc.ticket_id, dispatch_id=esc.dispatch_id, actor_id=actor.id, at=now,
                 kind="handle_escalation", note=note, changes=changes)


def insert_ignoring_duplicates(session: Session, rows: list[dict], *, office: bool = False,
                               conflict: dict | None = None, returning: tuple | None = None):
    """Insert escalation rows, skipping those another desk recorded first (the unique key of a department's
    step, the partial one of the office's own steps, or ``conflict``: a project milestone's, issue 16)."""
    t = Escalation.__table__  # Core, not the ORM's bulk path: one INSERT … VALUES (…), (…) per thousand rows
    if conflict is None:
        conflict = dict(index_elements=["ticket_id", "step", "level"], index_where=t.c.dispatch_id.is_(None)) \
            if office else dict(index_elements=["dispatch_id", "step", "level"])
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    stmt = dialect.insert(t).on_conflict_do_nothing(**conflict)
    returning = returning or (t.c.ticket_id, t.c.dispatch_id, t.c.step, t.c.level)
    return session.execute(stmt.returning(t.c.id, *returning), rows).all()


_insert_ignoring_duplicates = insert_ignoring_duplicates


def sweep(*, session: Session, now: datetime, at: datetime, cal: WorkCalendar, offsets: Offsets,
          system_user_id: int, dry_run: bool = False, limit: int = 5000) -> list[Reached]:
    """Record every escalation reached by ``at``. Idempotent and safe to run from many desks at once.

    With ``dry_run`` nothing is written: the result forecasts what will have escalated by ``at``.
    """
    cols = (Dispatch.id, Dispatch.ticket_id, Dispatch.state, Dispatch.suspended_at,
            Dispatch.acknowledged_at, Dispatch.responded_at, Dispatch.resolved_at,
            Dispatch.acknowledge_due, Dispatch.respond_due, Dispatch.resolve_due)
    stmt = (select(*cols).where(Dispatch.next_escalation_at <= at)
            .order_by(Dispatch.next_escalation_at).limit(limit))
    if not dry_run:
        # Several desks sweep every minute: each claims rows the others are not working on.
        stmt = stmt.with_for_update(skip_locked=True, key_share=True)
    rows = session.execute(stmt).all()
    ladder = Ladder(cal, offsets)
    office = _sweep_office(session, at=at, ladder=ladder, dry_run=dry_run, limit=limit)
    ids = [r.id for r in rows]
    recorded: dict[int, set[tuple[str, int]]] = {i: set() for i in ids}
    if ids:
        for did, step, level in session.execute(
                select(Escalation.dispatch_id, Escalation.step, Escalation.level)
                .where(Escalation.dispatch_id.in_(ids))):
            recorded[did].add((step, level))
    reached: list[Reached] = []
    moves: list[dict] = []
    for r in rows:
        crossed, pending = ladder.climb(open_dues(r), recorded[r.id], at)
        reached += [Reached(r.id, r.ticket_id, step, level, inst) for step, level, inst in crossed]
        moves.append({"b_id": r.id, "b_next": pending})
    if dry_run:
        return office + reached
    reached = _record(session, office, now, system_user_id, office=True) + _record(session, reached, now,
                                                                                   system_user_id)
    if moves:
        session.execute(
            update(Dispatch.__table__).where(Dispatch.__table__.c.id == bindparam("b_id"))
            .values(next_escalation_at=bindparam("b_next")),
            moves,
        )
    return reached


def _record(session: Session, reached: list[Reached], now: datetime, system_user_id: int, *,
            office: bool = False) -> list[Reached]:
    """Insert what was reached (what another desk recorded first is left out) and its 超时升级 events."""
    if not reached:
        return reached
    inserted = _insert_ignoring_duplicates(session, [
        dict(ticket_id=x.ticket_id, dispatch_id=x.dispatch_id, step=x.step, level=x.level, reached_at=x.reached_at,
             recorded_at=now) for x in reached], office=office)
    fresh = {(tid, did, step, level) for _, tid, did, step, level in inserted}
    reached = [x for x in reached if (x.ticket_id, x.dispatch_id, x.step, x.level) in fresh]
    if reached:
        # Chained with the transaction's other events when the unit of work flushes the trail.
        audit.record_rows(session, [
            dict(ticket_id=x.ticket_id, dispatch_id=x.dispatch_id, actor_id=system_user_id, at=now,
                 kind="escalate", note="",
                 changes=_changes(x))
            for x in reached])
    return reached


def _changes(x: Reached) -> str:
    """``json.dumps({"level": …, "reached_at": …, "step": …}, sort_keys=True)``, written out (a thousand a sweep)."""
    return (f'{{"level": [null, {x.level}], "reached_at": [null, "{x.reached_at.isoformat()}"], '
            f'"step": [null, "{x.step}"]}}')


def _sweep_office(session: Session, *, at: datetime, ladder: Ladder, dry_run: bool, limit: int) -> list[Reached]:
    """The office's own steps (核实 while 待核实, 回访 while 待回访): the tickets whose next threshold has come.
    A ticket's clock (next_due) is the step's due instant (desk.deadlines.clocks keeps it)."""
    steps = {"awaiting_verification": "verify", "awaiting_callback": "callback"}
    stmt = (select(Ticket.id, Ticket.state, Ticket.next_due).where(Ticket.next_escalation_at <= at)
            .order_by(Ticket.next_escalation_at).limit(limit))
    if not dry_run:
        stmt = stmt.with_for_update(skip_locked=True, key_share=True)
    rows = session.execute(stmt).all()
    if not rows:
        return []
    ids = [r.id for r in rows]
    recorded: dict[int, set[tuple[str, int]]] = {i: set() for i in ids}
    for tid, step, level in session.execute(select(Escalation.ticket_id, Escalation.step, Escalation.level)
                                            .where(Escalation.ticket_id.in_(ids), Escalation.dispatch_id.is_(None))):
        recorded[tid].add((step, level))
    reached: list[Reached] = []
    moves: list[dict] = []
    for r in rows:
        step = steps.get(r.state)
        dues = [] if step is None or r.next_due is None else [(step, r.next_due)]
        crossed, pending = ladder.climb(dues, recorded[r.id], at)
        reached += [Reached(None, r.id, s, level, inst) for s, level, inst in crossed]
        moves.append({"b_id": r.id, "b_next": pending})
    if not dry_run:
        t_tab = Ticket.__table__
        session.execute(update(t_tab).where(t_tab.c.id == bindparam("b_id"))
                        .values(next_escalation_at=bindparam("b_next")), moves)
    return reached
