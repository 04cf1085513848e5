"""A ticket's detail in a fixed number of statements, however much the ticket holds.

The detail pane and every verb's answer show the ticket, its dispatches with their pending requests and
escalation levels, the timeline and the callbacks. Read through the ORM's lazy relationships that took 9
statements plus about 5 per dispatch (issue 14), each a round trip during which a desk under load keeps its
transaction, and its row locks, waiting. Here each part is one Core query joined to the names it shows:

1. the ticket with its category's and people's names (also the lookup by number or id, with visibility);
2. its dispatches with their department's and last editor's names;
3. their pending requests and highest escalation level per step (one UNION ALL; none without dispatches);
4. the timeline with the actors' names;
5. the callbacks with their recorders' names.

A verb's answer about one dispatch is 2 and 3. A ticket created in this transaction has none of 2–5: its
detail is built from what the transaction holds (:func:`of_new`), so nothing is read while its number is held.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import Integer, func, literal, select, union_all
from sqlalchemy.orm import Session, aliased

from desk import dto, notes
from desk.enums import TicketState
from desk.errors import NotFound
from desk.privacy import CONFIDENTIAL, mask_phone
from desk.tickets.queries import (
    Clocks,
    Viewer,
    deadline_of,
    event_info,
    hides_reporter,
    sees_full_phone,
    visible_filter,
)
from models import (
    Callback,
    Category,
    Department,
    Dispatch,
    DispatchRequest,
    Escalation,
    Event,
    HotlineOrder,
    Ticket,
    User,
)

_creator, _editor, _parent = aliased(User), aliased(User), aliased(Ticket, name="parent_ticket")
_TICKET = (select(Ticket.__table__, Category.name.label("category_name"),
                  _creator.display_name.label("created_by_name"), _editor.display_name.label("updated_by_name"),
                  HotlineOrder.platform_due.label("platform_due"), _parent.number.label("parent_number"))
           .join(Category, Category.id == Ticket.category_id)
           .join(_creator, _creator.id == Ticket.created_by_id)
           .join(_editor, _editor.id == Ticket.updated_by_id)
           # an imported ticket's 12345 side (issue 15): the platform's deadline beside the street's own
           .outerjoin(HotlineOrder, HotlineOrder.ticket_id == Ticket.id)
           # a merged child's parent (重复件), whose number the detail shows
           .outerjoin(_parent, _parent.id == Ticket.parent_id))
_DISPATCHES = (select(Dispatch.__table__, Ticket.number.label("ticket_number"),
                      Department.name.label("department_name"), User.display_name.label("updated_by_name"))
               .join(Ticket, Ticket.id == Dispatch.ticket_id)
               .join(Department, Department.id == Dispatch.department_id)
               .join(User, User.id == Dispatch.updated_by_id)
               .order_by(Dispatch.id))


def read(session: Session, viewer: Viewer, number_or_id: str | int, rules: Clocks | None) -> dto.TicketDetail:
    """The detail of a ticket (by number, or by id if an int) that ``viewer`` may see, else NotFound."""
    cond = Ticket.id == number_or_id if isinstance(number_or_id, int) else Ticket.number == str(number_or_id).strip()
    vis = visible_filter(viewer)
    t = session.execute(_TICKET.where(cond) if vis is None else _TICKET.where(cond, vis)).first()
    if t is None:
        raise NotFound("找不到工单 {number}。", number=number_or_id)
    return _read(session, viewer, t, rules, None)


def after_change(session: Session, viewer: Viewer, ticket_id: int, rules: Clocks | None,
                 seal: Callable[[], list[dict[str, Any]]]) -> dto.TicketDetail:
    """The detail of a ticket this transaction changed (flushed). ``seal`` is called once everything is read:
    it chains the transaction's events and returns this ticket's (with their ids), which end the timeline."""
    return _read(session, viewer, session.execute(_TICKET.where(Ticket.id == ticket_id)).one(), rules, seal)


def _read(session: Session, viewer: Viewer, t, rules: Clocks | None,
          seal: Callable[[], list[dict[str, Any]]] | None) -> dto.TicketDetail:
    rows = session.execute(_DISPATCHES.where(Dispatch.ticket_id == t.id)).all()
    full, hidden = sees_full_phone(viewer, rows), hides_reporter(viewer, t)
    disp = _dispatch_infos(session, rows, rules)
    dept_of = {d.id: d.department for d in disp}
    actor = aliased(User)
    stored = session.execute(select(Event.__table__, actor.display_name.label("actor_name"))
                             .join(actor, actor.id == Event.actor_id)
                             .where(Event.ticket_id == t.id).order_by(Event.id)).all()
    by = aliased(User)
    callbacks = tuple(
        dto.CallbackInfo(id=c.id, at=c.at, by=name, contacted=c.contacted, resolved=c.resolved,
                         satisfaction=c.satisfaction, note=c.note, department_contacted=c.department_contacted)
        for c, name in session.execute(select(Callback, by.display_name).join(by, by.id == Callback.by_id)
                                       .where(Callback.ticket_id == t.id).order_by(Callback.id)))
    events = [event_info(e, e.actor_name, dept_of, full, hidden) for e in stored]
    for r in seal() if seal is not None else ():  # the acting user's own: in the session, no statement
        events.append(event_info(r, session.get(User, r["actor_id"]).display_name, dept_of, full, hidden))
    return _detail(t, t.category_name, t.created_by_name, t.updated_by_name, full, hidden, disp, tuple(events),
                   callbacks)


def of_new(ticket: Ticket, category: str, creator: str, viewer: Viewer | None,
           events: Iterable[dict[str, Any]]) -> dto.TicketDetail:
    """The detail of a ticket this transaction created (flushed; ``events``: its sealed rows), without reading."""
    hidden = hides_reporter(viewer, ticket)
    timeline = tuple(event_info(r, creator, {}, True, hidden) for r in events)
    return _detail(ticket, category, creator, creator, True, hidden, (), timeline, ())


def dispatch(session: Session, dispatch_id: int, rules: Clocks | None) -> dto.DispatchInfo:
    """One dispatch as it is now in this transaction (a verb's answer)."""
    return _dispatch_infos(session, session.execute(_DISPATCHES.where(Dispatch.id == dispatch_id)).all(), rules)[0]


def _dispatch_infos(session: Session, rows, rules: Clocks | None) -> tuple[dto.DispatchInfo, ...]:
    if not rows:
        return ()
    ids = [d.id for d in rows]
    pending: dict[int, set[str]] = {}
    levels: dict[int, dict[str, int]] = {}
    requests = select(DispatchRequest.dispatch_id, DispatchRequest.kind, literal(0, Integer)).where(
        DispatchRequest.dispatch_id.in_(ids), DispatchRequest.state == "pending")
    reached = select(Escalation.dispatch_id, Escalation.step, func.max(Escalation.level)).where(
        Escalation.dispatch_id.in_(ids)).group_by(Escalation.dispatch_id, Escalation.step)
    for did, what, level in session.execute(union_all(requests, reached)):
        if level:  # an escalation step and the highest level it reached
            levels.setdefault(did, {})[what] = level
        else:  # a pending request's kind
            pending.setdefault(did, set()).add(what)
    return tuple(dto.DispatchInfo(
        id=d.id, ticket_number=d.ticket_number, department=d.department_name, role=d.role, state=d.state,
        round=d.round, note=notes.text(d.note), return_reason=d.return_reason, dispatched_at=d.dispatched_at,
        acknowledged_at=d.acknowledged_at, responded_at=d.responded_at, resolved_at=d.resolved_at,
        closed_at=d.closed_at, updated_at=d.updated_at, updated_by=d.updated_by_name, version=d.version,
        acknowledge_within=d.acknowledge_within, respond_within=d.respond_within, resolve_within=d.resolve_within,
        acknowledge_due=d.acknowledge_due, respond_due=d.respond_due, resolve_due=d.resolve_due,
        suspended_at=d.suspended_at, pending_requests=frozenset(pending.get(d.id, ())),
        escalation_levels=levels.get(d.id, {}),
        deadline=deadline_of(d, d.department_name, rules) if rules is not None else None,
    ) for d in rows)


def _detail(t, category: str, created_by: str, updated_by: str, full: bool, hidden: bool,
            dispatches: tuple[dto.DispatchInfo, ...], events: tuple[dto.EventInfo, ...],
            callbacks: tuple[dto.CallbackInfo, ...]) -> dto.TicketDetail:
    """``t``: the ticket's columns (a row, or the ORM object of a ticket just created)."""
    return dto.TicketDetail(
        id=t.id, number=t.number, title=t.title, description=t.description, category=category, urgency=t.urgency,
        address=t.address, community=t.community, source=t.source,
        reporter_name=CONFIDENTIAL if hidden else t.reporter_name,
        reporter_phone=CONFIDENTIAL if hidden else t.reporter_phone if full else mask_phone(t.reporter_phone),
        state=t.state, round=t.round, created_at=t.created_at, created_by=created_by, updated_at=t.updated_at,
        updated_by=updated_by, first_whistled_at=t.first_whistled_at, verified_at=t.verified_at,
        closed_at=t.closed_at, version=t.version, dispatches=dispatches, events=events, callbacks=callbacks,
        revisit_due=t.revisit_due, revisited_at=t.revisited_at, appeal_type=t.appeal_type, reply_by=t.reply_by,
        hotline_number=t.hotline_number or "", confidential=t.confidential,
        verify_due=t.next_due if t.state == TicketState.AWAITING_VERIFICATION else None,
        callback_due=t.next_due if t.state == TicketState.AWAITING_CALLBACK else None,
        platform_due=getattr(t, "platform_due", None), parent_id=t.parent_id,
        parent_number=getattr(t, "parent_number", None) or "",
    )
