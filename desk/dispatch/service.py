"""Dispatches: summoning departments, moving a dispatch through its states, and the requests to extend or
suspend one (asked by its department, decided by a supervisor)."""
from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from dataclasses import dataclass

from desk.audit import service as audit
from desk.deadlines import WorkCalendar
from desk.deadlines import service as deadlines
from desk.enums import GONE_DISPATCH_STATES, OPEN_DISPATCH_STATES, DispatchRole, DispatchState, TicketState
from desk import notes
from desk.errors import ConflictError, Message, Term, ValidationError
from desk.escalation import service as escalation
from desk.labels import DISPATCH_STATE
from models import Department, Dispatch, DispatchRequest, Ticket, User


@dataclass(frozen=True)
class Timing:
    """What deadline arithmetic needs: the calendar and the escalation offsets."""

    cal: WorkCalendar
    offsets: escalation.Offsets


#: What a department may ask for a dispatch, and what it is called.
REQUEST_KIND = {"extension": "延期", "suspension": "挂起"}
#: The steps whose clocks a dispatch state stops.
STEPS_DONE_BY = {
    DispatchState.ACKNOWLEDGED: ("acknowledge",),
    DispatchState.RESPONDED: ("acknowledge", "respond"),
    DispatchState.RESOLVED: ("acknowledge", "respond", "resolve"),
}


def department_by_name(session: Session, name: str, *, field: str) -> Department:
    return departments_by_name(session, [(name, field)])[0]


def departments_by_name(session: Session, wanted: list[tuple[str, str]]) -> list[Department]:
    """The active departments named in ``wanted`` ((name, field) pairs), in one query; the first unknown one
    raises, naming its field."""
    for name, field in wanted:
        if not isinstance(name, str) or not name.strip():
            raise ValidationError(field, "请选择部门。")
    found = {d.name: d for d in session.scalars(select(Department).where(
        Department.name.in_({name.strip() for name, _ in wanted})))}
    for name, field in wanted:
        dept = found.get(name.strip())
        if dept is None or not dept.active:
            raise ValidationError(field, "未知部门：{name}", name=name.strip()[:64])
    return [found[name.strip()] for name, _ in wanted]


def current_dispatches(ticket: Ticket) -> list[Dispatch]:
    """This round's dispatches that still take part (not returned or withdrawn)."""
    return [d for d in ticket.dispatches if d.round == ticket.round and d.state not in GONE_DISPATCH_STATES]


def summon(
    *,
    session: Session,
    ticket: Ticket,
    actor: User,
    now: datetime,
    lead: str | None,
    assist: Iterable[str],
    note: str,
    timing: Timing,
) -> list[Dispatch]:
    """Create one dispatch per department; validates the whole request before writing."""
    if isinstance(assist, str):
        assist = [assist]
    assist = list(assist or [])
    current = current_dispatches(ticket)
    has_lead = any(d.role == DispatchRole.LEAD for d in current)
    named: list[tuple[str, str]] = []
    if lead:
        if has_lead:
            raise ValidationError("lead", "该工单已有主办部门；如需更换，请先撤回原主办派单。")
        named.append((lead, "lead"))
    elif not has_lead:
        raise ValidationError("lead", "请指定主办部门。")
    named += [(name, "assist") for name in assist]
    wanted = [(dept, DispatchRole.LEAD if field == "lead" else DispatchRole.ASSIST)
              for dept, (_, field) in zip(departments_by_name(session, named) if named else [], named)]
    if not wanted:
        raise ValidationError("assist", "请至少选择一个部门。")
    seen: set[int] = set()
    busy = {d.department_id for d in current if d.state in OPEN_DISPATCH_STATES}
    for dept, role in wanted:
        field = "lead" if role == DispatchRole.LEAD else "assist"
        if dept.id in seen:
            raise ValidationError(field, "部门 {name} 重复选择。", name=dept.name)
        if dept.id in busy:
            raise ValidationError(field, "部门 {name} 正在办理该工单。", name=dept.name)
        seen.add(dept.id)
    policy = deadlines.policy_for(session, ticket.category_id, ticket.urgency)
    created = []
    for dept, role in wanted:
        d = Dispatch(
            ticket=ticket, department=dept, role=role, state=DispatchState.PENDING, round=ticket.round,
            note=note, dispatched_at=now, dispatched_by_id=actor.id, updated_at=now, updated_by=actor,
        )
        deadlines.assign_dues(d, policy=policy, start=now, cal=timing.cal)
        d.next_escalation_at = escalation.next_instant(d, timing.cal, timing.offsets, set())
        session.add(d)
        created.append(d)
    session.flush()
    for d in created:
        audit.record(session=session, ticket_id=ticket.id, dispatch_id=d.id, actor_id=actor.id, at=now,
                     kind="whistle", note=note, changes={
                         "department": (None, dept_name(d)), "role": (None, d.role),
                         "acknowledge_due": (None, d.acknowledge_due), "respond_due": (None, d.respond_due),
                         "resolve_due": (None, d.resolve_due)})
    return created


def dept_name(d: Dispatch) -> str:
    return d.department.name


def move(
    *,
    session: Session,
    dispatch: Dispatch,
    actor: User,
    now: datetime,
    verb: str,
    dest: str,
    note: str,
    timing: Timing,
    extra: dict | None = None,
) -> None:
    """Set a dispatch's state, stamp who and when, record the event, and settle its escalations."""
    before = dispatch.state
    if dispatch.suspended_at is not None:  # acting on a suspended dispatch ends the suspension (and its request)
        end_suspension(session=session, dispatch=dispatch, actor=actor, now=now, note=note, timing=timing)
    dispatch.state = dest
    dispatch.updated_at = now
    dispatch.updated_by = actor
    stamp = {
        DispatchState.ACKNOWLEDGED: "acknowledged_at",
        DispatchState.RESPONDED: "responded_at",
        DispatchState.RESOLVED: "resolved_at",
    }.get(DispatchState(dest))
    if stamp and getattr(dispatch, stamp) is None:
        setattr(dispatch, stamp, now)
    if dest in GONE_DISPATCH_STATES or dest == DispatchState.RESOLVED:
        dispatch.closed_at = now
    changes = {"state": (before, dest)}
    changes.update(extra or {})
    audit.record(session=session, ticket_id=dispatch.ticket_id, dispatch_id=dispatch.id, actor_id=actor.id,
                 at=now, kind=verb, note=note, changes=changes)
    with session.no_autoflush:  # (its levels are not in this flush: the dispatch is then written once, below)
        escalation.reschedule(session, dispatch, timing.cal, timing.offsets)
    if dest in STEPS_DONE_BY:  # the step is done: stop its climb
        escalation.close_open(session, dispatch, steps=STEPS_DONE_BY[dest], now=now,
                              note=notes.program(Message("{state}", state=Term(DISPATCH_STATE[dest]))))
    if dest in GONE_DISPATCH_STATES:
        escalation.close_open(session, dispatch, steps=None, now=now,
                              note=notes.program(Message("派单{state}", state=Term(DISPATCH_STATE[dest]))))
    if dest in GONE_DISPATCH_STATES or dest == DispatchState.RESOLVED:
        close_pending_requests(session=session, dispatch=dispatch, actor=actor, now=now, state=dest)


def close_pending_requests(*, session: Session, dispatch: Dispatch, actor: User, now: datetime, state: str) -> None:
    """A dispatch resolved, returned or withdrawn leaves nothing to decide: its pending extension and suspension
    requests end (state ``ended``, no decider), each with an event on the ticket's record."""
    note = notes.program(Message("派单{state}，待审核的申请随之关闭", state=Term(DISPATCH_STATE[state])))
    for req in session.scalars(select(DispatchRequest).where(DispatchRequest.dispatch_id == dispatch.id,
                                                             DispatchRequest.state == "pending")):
        req.state, req.decided_at, req.decision_note = "ended", now, note
        audit.record(session=session, ticket_id=dispatch.ticket_id, dispatch_id=dispatch.id, actor_id=actor.id,
                     at=now, kind="request_closed", note=note,
                     changes={"request": (None, req.kind), "state": ("pending", "ended")})


def resume(*, session: Session, dispatch: Dispatch, actor: User, now: datetime, note: str, timing: Timing,
           until: datetime | None = None) -> None:
    """End a suspension: push the outstanding due instants back by the working time it took."""
    start = dispatch.suspended_at
    assert start is not None
    end = min(now, until) if until is not None else now
    paused = timing.cal.working_time_between(start, end) if end > start else end - end
    changes: dict = {"suspended_at": (start, None)}
    for step in deadlines.STEPS:
        due = getattr(dispatch, f"{step}_due")
        if due is not None and getattr(dispatch, deadlines.DONE_AT[step]) is None:
            new = timing.cal.add_working_time(due, paused)
            setattr(dispatch, f"{step}_due", new)
            changes[f"{step}_due"] = (due, new)
    dispatch.suspended_at = None
    dispatch.updated_at = now
    dispatch.updated_by = actor
    audit.record(session=session, ticket_id=dispatch.ticket_id, dispatch_id=dispatch.id, actor_id=actor.id,
                 at=now, kind="resume", note=note, changes=changes)
    escalation.reschedule(session, dispatch, timing.cal, timing.offsets)


def act(*, session: Session, dispatch: Dispatch, actor: User, now: datetime, verb: str, dest: str | None,
        note: str, timing: Timing, extra: dict | None = None) -> None:
    """A step on a dispatch (报到, 响应, 办结, 退单 asked or decided, 撤回): :func:`move` to ``dest``. A return
    request remembers the state it leaves and its reason; a rejected return (``dest`` None) goes back there."""
    if verb == "request_return":
        dispatch.state_before_return = dispatch.state
        dispatch.return_reason = note
    if dest is None:
        dest = dispatch.state_before_return or DispatchState.PENDING
    move(session=session, dispatch=dispatch, actor=actor, now=now, verb=verb, dest=dest, note=note,
         extra=dict(extra or {}), timing=timing)


def reassign(*, session: Session, ticket: Ticket, dispatch: Dispatch, department: str | None, actor: User,
             now: datetime, note: str, timing: Timing) -> Department:
    """督办改派: withdraw ``dispatch`` and summon ``department`` in its role. Returns that department."""
    if not department:
        raise ValidationError("department", "请选择改派的部门。")
    target = department_by_name(session, department, field="department")
    if target.id == dispatch.department_id:
        raise ValidationError("department", "请选择另一个部门。")
    role = dispatch.role
    reassigned = notes.program(Message("督办改派：{note}", note=note))
    move(session=session, dispatch=dispatch, actor=actor, now=now, verb="withdraw", dest=DispatchState.WITHDRAWN,
         note=reassigned, timing=timing)
    session.flush()
    session.refresh(ticket, ["dispatches"])
    summon(session=session, ticket=ticket, actor=actor, now=now,
           lead=target.name if role == DispatchRole.LEAD else None,
           assist=[target.name] if role == DispatchRole.ASSIST else [], note=reassigned, timing=timing)
    return target


# -- requests: 延期 and 挂起 ---------------------------------------------------------------------------
def request(*, session: Session, dispatch: Dispatch, actor: User, now: datetime, kind: str, reason: str,
            new_due: datetime | None) -> DispatchRequest:
    """Ask for an extension (a later resolve due, ``new_due``) or a suspension; one pending request of a kind."""
    d = dispatch
    if kind == "extension":
        if not isinstance(new_due, datetime) or new_due.tzinfo is None:
            raise ValidationError("new_resolve_due", "请填写新的办结期限（带时区的时间）。")
        if new_due <= now or (d.resolve_due is not None and new_due <= d.resolve_due):
            raise ValidationError("new_resolve_due", "新的办结期限必须晚于现在和原办结期限。")
    if kind == "suspension" and d.suspended_at is not None:
        raise ConflictError("该派单已经挂起。")
    if session.scalar(select(DispatchRequest.id).where(DispatchRequest.dispatch_id == d.id,
                                                       DispatchRequest.kind == kind,
                                                       DispatchRequest.state == "pending")):
        raise ConflictError("该派单已有待审核的{kind}申请。", kind=Term(REQUEST_KIND[kind]))
    req = DispatchRequest(dispatch_id=d.id, kind=kind, state="pending", reason=reason, new_resolve_due=new_due,
                          requested_at=now, requested_by_id=actor.id)
    session.add(req)
    audit.record(session=session, ticket_id=d.ticket_id, dispatch_id=d.id, actor_id=actor.id, at=now,
                 kind=f"request_{kind}", note=reason, changes={"new_resolve_due": (None, new_due)} if new_due else {})
    return req


def check_decidable(req: DispatchRequest, dispatch: Dispatch) -> None:
    """Raise ConflictError unless ``req`` still waits for a decision."""
    if req.state == "ended" and req.decided_by is None:
        raise ConflictError("该申请已随派单{state}而关闭，无需审核。", state=Term(DISPATCH_STATE[dispatch.state]))
    if req.state != "pending":
        raise ConflictError("该申请已由 {user} 处理。",
                            user=req.decided_by.display_name if req.decided_by else Term("他人"))


def decide(*, session: Session, req: DispatchRequest, dispatch: Dispatch, ticket: Ticket, actor: User,
           now: datetime, approve: bool, note: str, timing: Timing) -> None:
    """Approve or reject ``req`` (checked with :func:`check_decidable`): an approved extension moves the resolve
    due, an approved suspension stops the clocks from now; either way the escalations follow."""
    d = dispatch
    if approve and (ticket.state != TicketState.DISPATCHED or d.state not in OPEN_DISPATCH_STATES):
        raise ConflictError("派单已不在办理中，不能批准该申请。")
    req.state = "approved" if approve else "rejected"
    req.decided_at, req.decided_by_id, req.decision_note = now, actor.id, note
    changes: dict = {"approved": (None, approve), "request": (None, req.kind)}
    if approve and req.kind == "extension":
        changes["resolve_due"] = (d.resolve_due, req.new_resolve_due)
        d.resolve_due = req.new_resolve_due
    if approve and req.kind == "suspension":
        changes["suspended_at"] = (None, now)
        d.suspended_at = now
    if approve:
        d.updated_at, d.updated_by = now, actor
        escalation.reschedule(session, d, timing.cal, timing.offsets)
    audit.record(session=session, ticket_id=ticket.id, dispatch_id=d.id, actor_id=actor.id, at=now,
                 kind="decide_request", note=note, changes=changes)


def end_suspension(*, session: Session, dispatch: Dispatch, actor: User, now: datetime, note: str, timing: Timing,
                   until: datetime | None = None) -> None:
    """:func:`resume` a suspended dispatch, and end the approved suspension request behind it."""
    resume(session=session, dispatch=dispatch, actor=actor, now=now, until=until, note=note, timing=timing)
    session.execute(update(DispatchRequest).where(DispatchRequest.dispatch_id == dispatch.id,
                                                  DispatchRequest.kind == "suspension",
                                                  DispatchRequest.state == "approved").values(state="ended"))


def end_long_suspensions(*, session: Session, now: datetime, timing: Timing, limit: str, actor: User) -> int:
    """End the suspensions that have lasted ``limit`` (working time) by now, each at its maximum length; how
    many (the sweep does this first, as ``actor``, the system account)."""
    count = 0
    for d in session.scalars(select(Dispatch).where(Dispatch.suspended_at.is_not(None))
                             .with_for_update(skip_locked=True, key_share=True)):
        end = timing.cal.due(d.suspended_at, limit)
        if end <= now:
            end_suspension(session=session, dispatch=d, actor=actor, now=now, until=end, timing=timing,
                           note=notes.program(Message("挂起超过上限 {limit}，自动恢复计时", limit=limit)))
            count += 1
    return count
