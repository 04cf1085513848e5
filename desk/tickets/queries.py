"""Read side: queues, rows and detail. Never loads a whole table."""
from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Select, and_, case, exists, func, or_, select
from sqlalchemy.orm import Session, aliased, object_session

from desk import dto
from desk.deadlines import WorkCalendar
from desk.deadlines.service import DONE_AT, STEPS, warn_at
from desk.enums import GONE_DISPATCH_STATES, OPEN_DISPATCH_STATES, DispatchRole, DispatchState, Role, TicketState
from desk.errors import NotFound, ValidationError
from desk.privacy import mask_changes, mask_phone
from models import (
    Callback,
    Category,
    Department,
    Dispatch,
    DispatchRequest,
    Escalation,
    Event,
    Ticket,
    User,
)

#: Queue keys by role, in the order the side navigation shows them.
OFFICE_QUEUES = ("new", "dispatched", "awaiting_verification", "awaiting_callback", "revisit_due", "all")
RESPONDER_QUEUES = ("dept_pending", "dept_in_progress", "dept_resolved", "all")
QUEUES_BY_ROLE: dict[str, tuple[str, ...]] = {
    Role.CLERK: OFFICE_QUEUES,
    Role.SUPERVISOR: OFFICE_QUEUES[:-1] + ("returns_pending", "all"),
    Role.ADMIN: OFFICE_QUEUES[:-1] + ("returns_pending", "all"),
    Role.RESPONDER: RESPONDER_QUEUES,
}
_DEPT_STATES = {
    "dept_pending": (DispatchState.PENDING,),
    "dept_in_progress": (DispatchState.ACKNOWLEDGED, DispatchState.RESPONDED, DispatchState.RETURN_REQUESTED),
    "dept_resolved": (DispatchState.RESOLVED,),
}
_URGENCY_ORDER = case({"emergency": 0, "urgent": 1, "routine": 2}, value=Ticket.urgency, else_=3)
_STATE_ORDER = case(
    {s.value: i for i, s in enumerate(TicketState)}, value=Ticket.state, else_=len(TicketState)
)
SORT_KEYS = {
    "number": (Ticket.year, Ticket.seq),
    "title": (Ticket.title,),
    "category": (Category.name,),
    "urgency": (_URGENCY_ORDER,),
    "state": (_STATE_ORDER,),
    "source": (Ticket.source,),
    "community": (Ticket.community,),
    "address": (Ticket.address,),
    "created_at": (Ticket.created_at,),
    "updated_at": (Ticket.updated_at,),
}
MAX_SEARCH = 100


class Viewer:
    """Who is looking: decides which tickets are visible."""

    def __init__(self, user_id: int, role: str, department_id: int | None) -> None:
        self.user_id = user_id
        self.role = Role(role)
        self.department_id = department_id

    @property
    def is_responder(self) -> bool:
        return self.role is Role.RESPONDER


def sees_full_phone(viewer: Viewer | None, dispatches) -> bool:
    """The office and the lead department's responder see a reporter's phone in full; a responder
    whose department only assists sees it masked. ``dispatches``: the ticket's, with
    ``department_id``, ``role`` and ``state``."""
    if viewer is None or not viewer.is_responder:
        return True
    return any(d.department_id == viewer.department_id and d.role == DispatchRole.LEAD
               and d.state not in GONE_DISPATCH_STATES for d in dispatches)


def _dept_dispatch(viewer: Viewer, states: Sequence[str] | None = None):
    cond = [Dispatch.ticket_id == Ticket.id, Dispatch.department_id == viewer.department_id]
    if states is not None:
        cond.append(Dispatch.state.in_([str(s) for s in states]))
    return exists().where(*cond)


def visible_filter(viewer: Viewer):
    """Responders see only tickets their department was summoned to."""
    if viewer.is_responder:
        return _dept_dispatch(viewer)
    return None


def queue_filter(viewer: Viewer, queue: str, now: datetime | None = None):
    if queue not in QUEUES_BY_ROLE[viewer.role]:
        raise ValidationError("queue", "未知队列：{queue}", queue=queue)
    if queue == "revisit_due":
        return and_(Ticket.state == TicketState.CLOSED, Ticket.revisit_due <= now, Ticket.revisited_at.is_(None))
    if queue == "all":
        return visible_filter(viewer)
    if queue in _DEPT_STATES:
        return _dept_dispatch(viewer, _DEPT_STATES[queue])
    if queue == "returns_pending":
        return exists().where(Dispatch.ticket_id == Ticket.id, Dispatch.state == DispatchState.RETURN_REQUESTED)
    return Ticket.state == queue


def search_filter(search: str):
    search = (search or "").strip()
    if not search:
        return None
    if len(search) > MAX_SEARCH:
        raise ValidationError("search", "搜索内容过长（最多 {count} 个字符）。", count=MAX_SEARCH)
    escaped = search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    pattern = f"%{escaped}%"
    return or_(
        Ticket.number.like(pattern, escape="\\"),
        Ticket.title.like(pattern, escape="\\"),
        Ticket.address.like(pattern, escape="\\"),
    )


def _filtered(stmt: Select, viewer: Viewer, queue: str, search: str, now: datetime | None = None) -> Select:
    for cond in (queue_filter(viewer, queue, now), search_filter(search)):
        if cond is not None:
            stmt = stmt.where(cond)
    return stmt


def queue_ids(
    session: Session, viewer: Viewer, queue: str, *, search: str = "", sort: str = "created_at",
    descending: bool = True, now: datetime | None = None,
) -> list[int]:
    if sort not in SORT_KEYS:
        raise ValidationError("sort", "无法按 {sort} 排序。", sort=sort)
    stmt = select(Ticket.id)
    if sort == "category":
        stmt = stmt.join(Category, Category.id == Ticket.category_id)
    stmt = _filtered(stmt, viewer, queue, search, now)
    keys = [*SORT_KEYS[sort], Ticket.id]
    stmt = stmt.order_by(*[k.desc() if descending else k.asc() for k in keys])
    return list(session.scalars(stmt))


def queue_count(session: Session, viewer: Viewer, queue: str, search: str = "", now: datetime | None = None) -> int:
    return session.scalar(_filtered(select(func.count(Ticket.id)), viewer, queue, search, now)) or 0


@dataclass(frozen=True)
class Clocks:
    """What deadline badges need at read time."""

    cal: WorkCalendar
    share: float
    now: datetime


_DEADLINE_COLS = (Dispatch.id, Dispatch.ticket_id, Dispatch.department_id, Dispatch.state, Dispatch.suspended_at,
                  Dispatch.dispatched_at, Dispatch.acknowledged_at, Dispatch.responded_at, Dispatch.resolved_at,
                  Dispatch.acknowledge_due, Dispatch.respond_due, Dispatch.resolve_due,
                  Dispatch.acknowledge_within, Dispatch.respond_within, Dispatch.resolve_within)


def deadline_of(d, department: str, clocks: Clocks) -> dto.Deadline | None:
    """The earliest outstanding step of a dispatch (any object with the _DEADLINE_COLS attributes)."""
    if d.state not in OPEN_DISPATCH_STATES:
        return None
    best = None
    for step in STEPS:
        due = getattr(d, f"{step}_due")
        if due is None or getattr(d, DONE_AT[step]) is not None:
            continue
        if best is None or due < best[1]:
            best = (step, due)
    if best is None:
        return None
    step, due = best
    warn = warn_at(clocks.cal, d.dispatched_at, due, getattr(d, f"{step}_within"), clocks.share)
    return dto.Deadline(d.id, department, step, due, warn, d.suspended_at is not None)


def _earliest(a: dto.Deadline | None, b: dto.Deadline | None) -> dto.Deadline | None:
    if a is None:
        return b
    if b is None:
        return a
    # A running clock is more pressing than a paused one.
    return min(a, b, key=lambda x: (x.suspended, x.due))


def summaries(session: Session, viewer: Viewer, ids: Sequence[int], clocks: Clocks | None = None
              ) -> list[dto.TicketSummary]:
    """Rows for ``ids``, in that order; ids the viewer may not see are left out."""
    if not ids:
        return []
    if len(ids) > 1000:
        raise ValidationError("ids", "一次最多读取 1000 行。")
    stmt = (
        select(Ticket.id, Ticket.number, Ticket.title, Category.name, Ticket.urgency, Ticket.state,
               Ticket.source, Ticket.community, Ticket.address, Ticket.created_at, Ticket.updated_at,
               Ticket.reporter_phone)
        .join(Category, Category.id == Ticket.category_id)
        .where(Ticket.id.in_(list(ids)))
    )
    vis = visible_filter(viewer)
    if vis is not None:
        stmt = stmt.where(vis)
    rows = {r[0]: r for r in session.execute(stmt)}
    leads: dict[int, str] = {}
    lead_q = (
        select(Dispatch.ticket_id, Department.name)
        .join(Department, Department.id == Dispatch.department_id)
        .where(Dispatch.ticket_id.in_(list(rows)), Dispatch.role == DispatchRole.LEAD,
               Dispatch.state.not_in([str(s) for s in GONE_DISPATCH_STATES]))
        .order_by(Dispatch.id)
    )
    for tid, name in session.execute(lead_q):
        leads[tid] = name
    mine: dict[int, str] = {}
    leading: set[int] = set()
    if viewer.is_responder and rows:
        for tid, state, role in session.execute(
            select(Dispatch.ticket_id, Dispatch.state, Dispatch.role)
            .where(Dispatch.ticket_id.in_(list(rows)), Dispatch.department_id == viewer.department_id)
            .order_by(Dispatch.id)
        ):
            mine[tid] = state
            if role == DispatchRole.LEAD and state not in GONE_DISPATCH_STATES:
                leading.add(tid)
    deadlines: dict[int, dto.Deadline | None] = {}
    if clocks is not None and rows:
        dq = (select(*_DEADLINE_COLS, Department.name.label("department"))
              .join(Department, Department.id == Dispatch.department_id)
              .where(Dispatch.ticket_id.in_(list(rows)),
                     Dispatch.state.in_([str(x) for x in OPEN_DISPATCH_STATES])))
        if viewer.is_responder:
            dq = dq.where(Dispatch.department_id == viewer.department_id)
        for d in session.execute(dq):
            deadlines[d.ticket_id] = _earliest(deadlines.get(d.ticket_id), deadline_of(d, d.department, clocks))
    out = []
    for i in ids:
        r = rows.get(i)
        if r is None:
            continue
        phone = r[-1] if not viewer.is_responder or i in leading else mask_phone(r[-1])
        out.append(dto.TicketSummary(*r[:-1], lead_department=leads.get(i), my_dispatch_state=mine.get(i),
                                     deadline=deadlines.get(i), reporter_phone=phone))
    return out


def find_ticket(session: Session, viewer: Viewer, number_or_id: str | int, *, for_update: bool = False) -> Ticket:
    if isinstance(number_or_id, int):
        cond = Ticket.id == number_or_id
    else:
        cond = Ticket.number == str(number_or_id).strip()
    stmt = select(Ticket).where(cond)
    vis = visible_filter(viewer)
    if vis is not None:
        stmt = stmt.where(vis)
    if for_update:
        stmt = stmt.with_for_update(key_share=True)  # FOR NO KEY UPDATE: events may still reference it
    ticket = session.scalar(stmt)
    if ticket is None:
        raise NotFound("找不到工单 {number}。", number=number_or_id)
    return ticket


def dispatch_info(d: Dispatch, clocks: Clocks | None = None) -> dto.DispatchInfo:
    session = object_session(d)
    pending = frozenset(session.scalars(select(DispatchRequest.kind).where(
        DispatchRequest.dispatch_id == d.id, DispatchRequest.state == "pending"))) if session else frozenset()
    levels: dict[str, int] = {}
    if session is not None:
        for step, level in session.execute(select(Escalation.step, func.max(Escalation.level))
                                           .where(Escalation.dispatch_id == d.id).group_by(Escalation.step)):
            levels[step] = level
    return dto.DispatchInfo(
        id=d.id, ticket_number=d.ticket.number, department=d.department.name, role=d.role, state=d.state,
        round=d.round, note=d.note, return_reason=d.return_reason, dispatched_at=d.dispatched_at,
        acknowledged_at=d.acknowledged_at, responded_at=d.responded_at, resolved_at=d.resolved_at,
        closed_at=d.closed_at, updated_at=d.updated_at, updated_by=d.updated_by.display_name, version=d.version,
        acknowledge_within=d.acknowledge_within, respond_within=d.respond_within, resolve_within=d.resolve_within,
        acknowledge_due=d.acknowledge_due, respond_due=d.respond_due, resolve_due=d.resolve_due,
        suspended_at=d.suspended_at, pending_requests=pending, escalation_levels=levels,
        deadline=deadline_of(d, d.department.name, clocks) if clocks is not None else None,
    )


def event_info(e, actor: str, dept_of: dict[int, str], full: bool) -> dto.EventInfo:
    """A timeline entry from an event row (an ORM object or a row dict with the same names)."""
    get = e.get if isinstance(e, dict) else lambda k: getattr(e, k)
    changes = json.loads(get("changes") or "{}")
    return dto.EventInfo(id=get("id"), at=get("at"), actor=actor, kind=get("kind"), note=get("note"),
                         department=dept_of.get(get("dispatch_id")) if get("dispatch_id") else None,
                         changes=changes if full else mask_changes(changes))


def detail(session: Session, ticket: Ticket, clocks: Clocks | None = None, viewer: Viewer | None = None
           ) -> dto.TicketDetail:
    """The whole ticket. For a responder whose department only assists, the reporter's phone is masked,
    also in the timeline."""
    full = sees_full_phone(viewer, ticket.dispatches)
    disp = tuple(dispatch_info(d, clocks) for d in ticket.dispatches)
    dept_of = {d.id: d.department for d in disp}
    actor = aliased(User)
    events = tuple(
        event_info(e, name, dept_of, full)
        for e, name in session.execute(
            select(Event, actor.display_name).join(actor, actor.id == Event.actor_id)
            .where(Event.ticket_id == ticket.id).order_by(Event.id)
        )
    )
    callbacks = tuple(
        dto.CallbackInfo(id=c.id, at=c.at, by=c.by.display_name, contacted=c.contacted, resolved=c.resolved,
                         satisfaction=c.satisfaction, note=c.note)
        for c in session.scalars(select(Callback).where(Callback.ticket_id == ticket.id).order_by(Callback.id))
    )
    return dto.TicketDetail(
        id=ticket.id, number=ticket.number, title=ticket.title, description=ticket.description,
        category=ticket.category.name, urgency=ticket.urgency, address=ticket.address, community=ticket.community,
        source=ticket.source, reporter_name=ticket.reporter_name,
        reporter_phone=ticket.reporter_phone if full else mask_phone(ticket.reporter_phone),
        state=ticket.state, round=ticket.round, created_at=ticket.created_at,
        created_by=ticket.created_by.display_name, updated_at=ticket.updated_at,
        updated_by=ticket.updated_by.display_name, first_whistled_at=ticket.first_whistled_at,
        verified_at=ticket.verified_at, closed_at=ticket.closed_at, version=ticket.version,
        dispatches=disp, events=events, callbacks=callbacks,
        revisit_due=ticket.revisit_due, revisited_at=ticket.revisited_at,
    )


# -- escalations and approvals ---------------------------------------------------------
def _escalation_query():
    handler = aliased(User)
    return (
        select(Escalation, Dispatch, Ticket.number, Ticket.title, Department.name, handler.display_name)
        .join(Dispatch, Dispatch.id == Escalation.dispatch_id)
        .join(Ticket, Ticket.id == Dispatch.ticket_id)
        .join(Department, Department.id == Dispatch.department_id)
        .outerjoin(handler, handler.id == Escalation.handled_by_id)
    )


def _escalation_info(row, cal: WorkCalendar, now: datetime) -> dto.EscalationInfo:
    e, d, number, title, dept, handler = row
    due = getattr(d, f"{e.step}_due")
    late = cal.working_time_between(due, now) if due is not None and now > due else timedelta(0)
    return dto.EscalationInfo(
        id=e.id, dispatch_id=d.id, ticket_number=number, ticket_title=title, department=dept, role=d.role,
        step=e.step, level=e.level, due=due, reached_at=e.reached_at, late_by=late,
        handled_at=e.handled_at, handled_by=handler, handling=e.handling, handling_note=e.handling_note,
        closed_at=e.closed_at,
    )


def escalations(session: Session, *, level: int, cal: WorkCalendar, now: datetime, include_closed: bool = False,
                since: datetime | None = None, limit: int = 500) -> list[dto.EscalationInfo]:
    stmt = _escalation_query().where(Escalation.level == level)
    if not include_closed:
        stmt = stmt.where(Escalation.closed_at.is_(None))
    if since is not None:
        stmt = stmt.where(Escalation.reached_at >= since)
    stmt = stmt.order_by(Escalation.handled_at.is_not(None), Escalation.reached_at, Escalation.id).limit(limit)
    return [_escalation_info(r, cal, now) for r in session.execute(stmt)]


def escalation_infos_for(session: Session, reached, cal: WorkCalendar, at: datetime) -> list[dto.EscalationInfo]:
    """Infos for a sweep's results (recorded ones are read back; a dry run's are built in memory)."""
    if not reached:
        return []
    ids = {x.dispatch_id for x in reached}
    rows = {d.id: (d, number, title, dept) for d, number, title, dept in session.execute(
        select(Dispatch, Ticket.number, Ticket.title, Department.name)
        .join(Ticket, Ticket.id == Dispatch.ticket_id).join(Department, Department.id == Dispatch.department_id)
        .where(Dispatch.id.in_(ids)))}
    out = []
    for x in reached:
        d, number, title, dept = rows[x.dispatch_id]
        due = getattr(d, f"{x.step}_due")
        out.append(dto.EscalationInfo(
            id=0, dispatch_id=d.id, ticket_number=number, ticket_title=title, department=dept, role=d.role,
            step=x.step, level=x.level, due=due, reached_at=x.reached_at,
            late_by=cal.working_time_between(due, at) if at > due else timedelta(0),
            handled_at=None, handled_by=None, handling=None, handling_note=None, closed_at=None))
    return sorted(out, key=lambda e: (e.reached_at, e.ticket_number, e.level))


def approvals(session: Session) -> list[dto.RequestInfo]:
    """Pending extension and suspension requests, and return requests, oldest first."""
    who = aliased(User)
    out = [
        dto.RequestInfo(id=r.id, kind=r.kind, dispatch_id=d.id, ticket_number=number, ticket_title=title,
                        department=dept, reason=r.reason, requested_at=r.requested_at, requested_by=name,
                        current_resolve_due=d.resolve_due, new_resolve_due=r.new_resolve_due)
        for r, d, number, title, dept, name in session.execute(
            select(DispatchRequest, Dispatch, Ticket.number, Ticket.title, Department.name, who.display_name)
            .join(Dispatch, Dispatch.id == DispatchRequest.dispatch_id)
            .join(Ticket, Ticket.id == Dispatch.ticket_id)
            .join(Department, Department.id == Dispatch.department_id)
            .join(who, who.id == DispatchRequest.requested_by_id)
            .where(DispatchRequest.state == "pending"))
    ]
    out += [
        dto.RequestInfo(id=d.id, kind="return", dispatch_id=d.id, ticket_number=number, ticket_title=title,
                        department=dept, reason=d.return_reason or "", requested_at=d.updated_at,
                        requested_by=name, current_resolve_due=d.resolve_due, new_resolve_due=None)
        for d, number, title, dept, name in session.execute(
            select(Dispatch, Ticket.number, Ticket.title, Department.name, who.display_name)
            .join(Ticket, Ticket.id == Dispatch.ticket_id)
            .join(Department, Department.id == Dispatch.department_id)
            .join(who, who.id == Dispatch.updated_by_id)
            .where(Dispatch.state == DispatchState.RETURN_REQUESTED))
    ]
    return sorted(out, key=lambda r: (r.requested_at, r.kind, r.id))
