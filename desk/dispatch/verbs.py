"""The façade's verbs of dispatches: a department's 报到, 响应, 办结 and 退单, and the requests to extend or suspend.

A mixin combined into ``desk.ActingUser`` (see desk/verbs.py).
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desk import dto
from desk.dispatch import service as dispatching
from desk.enums import DispatchState, TicketState
from desk.errors import ConflictError, NotFound, PermissionDenied, Term, ValidationError
from desk.intake.attachments import service as attachment_rules
from desk.labels import DISPATCH_STATE, ROLE, VERB
from desk.tickets import detail as ticket_detail
from desk.tickets import queries
from desk.tickets import service as tickets
from desk.verbs import permission
from desk.workflow import TRANSITIONS
from models import Dispatch, DispatchRequest, Ticket, User


class DispatchVerbs:
    """Verbs of dispatches (a mixin of ``desk.ActingUser``)."""

    def _dispatch_for(self, s: Session, verb: str, dispatch_id: int, *, check_state: bool = True
                      ) -> tuple[User, Ticket, Dispatch]:
        """Load and lock a dispatch's ticket, and check role, department and state against the table."""
        me = self._me(s)
        if not isinstance(dispatch_id, int) or isinstance(dispatch_id, bool):
            raise ValidationError("dispatch_id", "派单编号无效。")
        # One statement locks the ticket (FOR NO KEY UPDATE OF ticket) found by its dispatch; its dispatches
        # are loaded after the lock, so that they are current (every change to them locks the ticket first).
        t = s.scalar(select(Ticket).join(Dispatch, Dispatch.ticket_id == Ticket.id).where(Dispatch.id == dispatch_id)
                     .options(selectinload(Ticket.dispatches)).with_for_update(of=Ticket, key_share=True))
        if t is None:
            raise NotFound("找不到派单 {id}。", id=dispatch_id)
        d = next(x for x in t.dispatches if x.id == dispatch_id)
        rule = TRANSITIONS[verb]
        if self.role not in rule.roles:
            raise PermissionDenied("{role}不能对派单执行“{verb}”。", role=Term(ROLE[self.role]), verb=Term(VERB[verb]))
        if self._viewer.is_responder and d.department_id != self._department_id:
            # Not which department: the responder may not see that ticket at all.
            raise PermissionDenied("派单 {id} 不属于您的部门，您只能处理本部门的派单。", id=dispatch_id)
        if check_state and (t.state != TicketState.DISPATCHED or d.state not in rule.sources):
            raise ConflictError(
                "{department}的派单当前为“{state}”，不能{verb}（最近由 {user} 于 {when} 修改）。",
                department=d.department.name, state=Term(DISPATCH_STATE[d.state]), verb=Term(VERB[verb]),
                user=d.updated_by.display_name, when=self._when(d.updated_at),
            )
        return me, t, d

    def _dispatch_result(self, s: Session, d: Dispatch, now: datetime) -> dto.DispatchInfo:
        s.flush()
        return ticket_detail.dispatch(s, d.id, self._clocks(s, now))

    def _dispatch_verb(self, verb: str, dispatch_id: int, *, note: str, note_required: bool,
                       dest: str | None = None, note_field: str = "note",
                       extra: dict | None = None, photos: Sequence[tuple[str, Any]] = ()) -> dto.DispatchInfo:
        with self._unit() as (s, now):
            me, t, d = self._dispatch_for(s, verb, dispatch_id)
            note = tickets.text_field(note_field, note, required=note_required)
            for name, prepared in photos:  # 办结's "after" photos, stored only if the 办结 goes through
                attachment_rules.add(session=s, ticket=t, dispatch=d, actor=me, now=now, prepared=prepared,
                                     file_name=name, step="resolve", kind="after")
            if verb == "resolve":  # issue 15: some categories' 办结 needs an "after" photo
                s.flush()
                attachment_rules.require_after_photo(session=s, ticket=t, dispatch=d)
            dispatching.act(session=s, dispatch=d, actor=me, now=now, verb=verb, dest=dest, note=note, extra=extra,
                            timing=self.desk._timing(s))
            self._settle(s, t, me, now, note)
            return self._dispatch_result(s, d, now)

    @permission("acknowledge")
    def acknowledge(self, dispatch_id: int, note: str = "") -> dto.DispatchInfo:
        return self._dispatch_verb("acknowledge", dispatch_id, note=note, note_required=False,
                                   dest=DispatchState.ACKNOWLEDGED)

    @permission("respond")
    def respond(self, dispatch_id: int, note: str) -> dto.DispatchInfo:
        return self._dispatch_verb("respond", dispatch_id, note=note, note_required=True,
                                   dest=DispatchState.RESPONDED)

    @permission("resolve")
    def resolve(self, dispatch_id: int, note: str, *, photos: Sequence[str] = ()) -> dto.DispatchInfo:
        """办结. ``photos``: paths of "after" (处置后) photos added to this 办结 in the same transaction: each is
        checked and processed first (as by ``attach``), and none is stored if the 办结 is refused."""
        return self._dispatch_verb("resolve", dispatch_id, note=note, note_required=True,
                                   dest=DispatchState.RESOLVED, photos=self._uploads(photos))

    @permission("request_return")
    def request_return(self, dispatch_id: int, reason: str) -> dto.DispatchInfo:
        return self._dispatch_verb("request_return", dispatch_id, note=reason, note_required=True,
                                   dest=DispatchState.RETURN_REQUESTED, note_field="reason")

    @permission("decide_return")
    def decide_return(self, dispatch_id: int, *, approve: bool, note: str = "") -> dto.DispatchInfo:
        if not isinstance(approve, bool):
            raise ValidationError("approve", "请选择同意或驳回。")
        return self._dispatch_verb("decide_return", dispatch_id, note=note, note_required=not approve,
                                   dest=DispatchState.RETURNED if approve else None,
                                   extra={"approved": (None, approve)})

    @permission("withdraw")
    def withdraw(self, dispatch_id: int, reason: str) -> dto.DispatchInfo:
        return self._dispatch_verb("withdraw", dispatch_id, note=reason, note_required=True,
                                   dest=DispatchState.WITHDRAWN, note_field="reason")

    @permission("request_extension")
    def request_extension(self, dispatch_id: int, *, reason: str, new_resolve_due: datetime) -> dto.DispatchInfo:
        """延期: ask for a later resolve due; a supervisor approves or rejects."""
        return self._request(dispatch_id, "extension", reason, new_resolve_due)

    @permission("request_suspension")
    def request_suspension(self, dispatch_id: int, *, reason: str) -> dto.DispatchInfo:
        """挂起: ask to stop the clock (waiting for the resident, the weather…)."""
        return self._request(dispatch_id, "suspension", reason, None)

    def _request(self, dispatch_id: int, kind: str, reason: str, new_due: datetime | None) -> dto.DispatchInfo:
        with self._unit() as (s, now):
            me, t, d = self._dispatch_for(s, f"request_{kind}", dispatch_id)
            reason = tickets.text_field("reason", reason)
            dispatching.request(session=s, dispatch=d, actor=me, now=now, kind=kind, reason=reason, new_due=new_due)
            self._ticket_touch(t, me, now)
            return self._dispatch_result(s, d, now)

    @permission("decide_request")
    def decide_request(self, request_id: int, *, approve: bool, note: str = "") -> dto.DispatchInfo:
        """Approve or reject a pending extension or suspension request."""
        if not isinstance(approve, bool):
            raise ValidationError("approve", "请选择同意或驳回。")
        with self._unit() as (s, now):
            me = self._me(s)
            req = s.get(DispatchRequest, request_id) if isinstance(request_id, int) else None
            if req is None:
                raise NotFound("找不到申请 {id}。", id=request_id)
            t = s.scalar(select(Ticket).where(Ticket.id == req.dispatch.ticket_id).with_for_update(key_share=True))
            s.refresh(req)
            d = s.get(Dispatch, req.dispatch_id, populate_existing=True)
            dispatching.check_decidable(req, d)
            note = tickets.text_field("note", note, required=not approve)
            dispatching.decide(session=s, req=req, dispatch=d, ticket=t, actor=me, now=now, approve=approve, note=note,
                               timing=self.desk._timing(s))
            self._ticket_touch(t, me, now)
            return self._dispatch_result(s, d, now)

    @permission("resume")
    def resume(self, dispatch_id: int, note: str = "") -> dto.DispatchInfo:
        """End a suspension: the working time it took is added to the outstanding due instants."""
        with self._unit() as (s, now):
            me, t, d = self._dispatch_for(s, "resume", dispatch_id, check_state=False)
            if d.suspended_at is None:
                raise ConflictError("该派单没有挂起。")
            note = tickets.text_field("note", note, required=False)
            dispatching.end_suspension(session=s, dispatch=d, actor=me, now=now, note=note,
                                       timing=self.desk._timing(s))
            self._ticket_touch(t, me, now)
            return self._dispatch_result(s, d, now)

    @permission("approvals")
    def approvals(self) -> list[dto.RequestInfo]:
        """The supervisor's approval queue: extensions, suspensions and returns waiting for a decision."""
        with self._unit(write=False) as (s, _):
            return queries.approvals(s)
