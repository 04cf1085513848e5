"""The façade's verbs for repeat complaints, combined into ``desk.ActingUser`` (see desk/verbs.py)."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk import settings as office_settings
from desk.audit import service as audit
from desk.errors import ConflictError, NotFound, ValidationError
from desk.intake.repeats import service
from desk.intake.repeats.info import (
    FollowedDispatch,
    LinkedTicket,
    RepeatCandidate,
    RepeatLinks,
    RepeatProposalInfo,
)
from desk.privacy import mask_phone
from desk.tickets import queries
from desk.tickets import service as tickets
from desk.verbs import permission
from models import Callback, Category, Department, Dispatch, RepeatProposal, Ticket

#: What the dialog's probe may hold (longer text is cut: the beginning says what the problem is).
PROBE_CHARS = 2000


class RepeatVerbs:
    """Verbs of repeat complaints (a mixin of ``desk.ActingUser``)."""

    def _window_days(self, s: Session) -> int:
        return int(office_settings.read(s).get("repeat_window_days", "30"))

    @permission("repeat_candidates")
    def repeat_candidates(self, *, title: str = "", description: str = "", phone: str = "", community: str = "",
                          category: str = "", address: str = "", exclude: str = "", limit: int = 5
                          ) -> list[RepeatCandidate]:
        """Likely repeats of what the clerk is typing (the new-ticket dialog asks after a pause in typing):
        earlier tickets, open or closed within the window (setting ``repeat_window_days``), best first.
        ``exclude``: the number of the ticket being edited. Unknown category or 社区 names narrow nothing."""
        if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= 20:
            raise ValidationError("limit", "条数须在 1 到 20 之间。")
        with self._unit(write=False) as (s, now):
            category_id = s.scalar(select(Category.id).where(Category.name == category.strip())) if category else None
            exclude_id = s.scalar(select(Ticket.id).where(Ticket.number == exclude.strip())) if exclude else None
            probe = service.Probe(text=f"{title}{description}"[:PROBE_CHARS], phone=phone, category_id=category_id,
                                  address=address, community=community.strip(), ticket_id=exclude_id)
            found = service.find_candidates(s, probe, now=now, window_days=self._window_days(s), limit=limit)
            return self._candidates(s, found)

    def _candidates(self, s: Session, found: list[service.Candidate]) -> list[RepeatCandidate]:
        if not found:
            return []
        rows = {t.id: (t, c) for t, c in s.execute(
            select(Ticket, Category.name).join(Category, Category.id == Ticket.category_id)
            .where(Ticket.id.in_([c.ticket_id for c in found])))}
        return [RepeatCandidate(c.number, c.title, rows[c.ticket_id][0].state, rows[c.ticket_id][0].community,
                                rows[c.ticket_id][1], rows[c.ticket_id][0].created_at, c.score, c.reasons)
                for c in found if c.ticket_id in rows]

    @permission("propose_repeats")
    def propose_repeats(self, number: str) -> RepeatLinks:
        """Look for likely repeats of an existing ticket and keep them as proposals (the detail pane shows them)."""
        with self._unit() as (s, now):
            me = self._me(s)
            t = self._lock_ticket(s, number)
            if t.parent_id is None and not t.repeat_count:
                found = service.find_candidates(s, service.probe_of(s, t), now=now,
                                                window_days=self._window_days(s))
                service.remember(s, t.id, found, actor_id=me.id, now=now)
            return self._links(s, t)

    @permission("repeat_links")
    def repeat_links(self, number: str) -> RepeatLinks:
        """A ticket's parent or children, its residents and its open proposals (the detail pane)."""
        with self._unit(write=False) as (s, _):
            return self._links(s, self._find(s, number))

    def _find(self, s: Session, number: str, *, lock: bool = False) -> Ticket:
        return queries.find_ticket(s, self._viewer, number, for_update=lock)

    @permission("merge_repeat")
    def merge_repeat(self, number: str, into: str, *, confirm_mismatch: bool = False, note: str = ""
                     ) -> RepeatLinks:
        """Merge ticket ``number`` (the child) into ``into`` (the parent; a child's parent when ``into`` is a
        child). Different 社区 or category: refused unless ``confirm_mismatch``. Returns the parent's links."""
        if not isinstance(confirm_mismatch, bool):
            raise ValidationError("confirm_mismatch", "请确认是否合并。")
        with self._unit() as (s, now):
            me = self._me(s)
            note = tickets.text_field("note", note, required=False)
            a, b = self._find(s, number), self._find(s, into)
            # Lock in id order (two clerks merging a pair both ways cannot deadlock).
            for t in sorted({a.id: a, b.id: b}.values(), key=lambda x: x.id):
                self._lock_ticket(s, t.id)
            s.refresh(a)
            s.refresh(b)
            parent = service.merge(s, child=a, parent=b, me=me, now=now, confirm_mismatch=confirm_mismatch,
                                   note=note)
            s.flush()
            return self._links(s, parent)

    @permission("split_repeat")
    def split_repeat(self, number: str, *, reason: str) -> RepeatLinks:
        """Split a merged child off its parent again (an open child goes back to 待派). Returns its links."""
        with self._unit() as (s, now):
            me = self._me(s)
            reason = tickets.text_field("reason", reason)
            child = self._find(s, number)
            if child.parent_id is None:
                raise ConflictError("工单 {number} 没有并入其他工单，无需拆分。", number=child.number)
            parent = s.get(Ticket, child.parent_id)
            for t in sorted((child, parent), key=lambda x: x.id):
                self._lock_ticket(s, t.id)
            s.refresh(child)
            s.refresh(parent)
            service.split(s, child=child, parent=parent, me=me, now=now, reason=reason)
            s.flush()
            return self._links(s, child)

    @permission("dismiss_repeat")
    def dismiss_repeat(self, proposal_id: int, *, note: str = "") -> RepeatLinks:
        """Dismiss a proposal: not a repeat (recorded on the ticket). Returns the ticket's links."""
        if isinstance(proposal_id, bool) or not isinstance(proposal_id, int):
            raise ValidationError("proposal_id", "建议编号无效。")
        with self._unit() as (s, now):
            me = self._me(s)
            note = tickets.text_field("note", note, required=False)
            p = s.get(RepeatProposal, proposal_id)
            if p is None:
                raise NotFound("找不到重复件建议 {id}。", id=proposal_id)
            t = self._lock_ticket(s, p.ticket_id)
            s.refresh(p)
            if p.state != "proposed":
                raise ConflictError("该建议已处理。")
            p.state, p.decided_at, p.decided_by_id = "dismissed", now, me.id
            number = s.scalar(select(Ticket.number).where(Ticket.id == p.candidate_id))
            audit.record(session=s, ticket_id=t.id, actor_id=me.id, at=now, kind="repeat_dismiss", note=note,
                         changes={"candidate": (None, number)})
            t.updated_at, t.updated_by_id = now, me.id
            s.flush()
            return self._links(s, t)

    def _links(self, s: Session, t: Ticket) -> RepeatLinks:
        def linked(x: Ticket) -> LinkedTicket:
            sat = s.scalar(select(Callback.satisfaction).where(Callback.ticket_id == x.id, Callback.contacted)
                           .order_by(Callback.at.desc(), Callback.id.desc()).limit(1))
            hidden = x.confidential
            return LinkedTicket(x.number, x.title, x.state, x.created_at, "（保密）" if hidden else x.reporter_name,
                                "" if hidden else mask_phone(x.reporter_phone), sat or "")

        parent = s.get(Ticket, t.parent_id) if t.parent_id is not None else None
        children: tuple[LinkedTicket, ...] = ()
        if t.repeat_count:
            children = tuple(linked(c) for c in s.scalars(select(Ticket).where(Ticket.parent_id == t.id)
                                                           .order_by(Ticket.created_at, Ticket.id)))
        head = parent or t
        residents = 1 + (head.repeat_count or 0)
        proposals = tuple(
            RepeatProposalInfo(p.id, number, title, state, p.score, tuple(filter(None, p.reasons.split(","))),
                               p.state, p.proposed_at)
            for p, number, title, state in s.execute(
                select(RepeatProposal, Ticket.number, Ticket.title, Ticket.state)
                .join(Ticket, Ticket.id == RepeatProposal.candidate_id)
                .where(RepeatProposal.ticket_id == t.id, RepeatProposal.state == "proposed")
                .order_by(RepeatProposal.score.desc(), RepeatProposal.id)))
        followed: tuple[FollowedDispatch, ...] = ()
        if parent is not None:
            followed = tuple(FollowedDispatch(name, d.role, d.state) for d, name in s.execute(
                select(Dispatch, Department.name).join(Department, Department.id == Dispatch.department_id)
                .where(Dispatch.ticket_id == parent.id, Dispatch.round == parent.round).order_by(Dispatch.id)))
        return RepeatLinks(t.number, linked(parent) if parent is not None else None, children, residents,
                           proposals if t.parent_id is None else (), followed)
