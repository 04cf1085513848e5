"""The façade's verbs of tickets: the queues and a ticket's own workflow (受理, 吹哨, 核实, 回访, 结案, 重办, 回头看).

A mixin combined into ``desk.ActingUser`` (see desk/verbs.py).
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, object_session

from desk import dto
from desk.audit import service as audit
from desk.dispatch import service as dispatching
from desk.enums import DispatchRole, DispatchState, OPEN_DISPATCH_STATES, Role, Satisfaction, TicketState
from desk.errors import ConflictError, PermissionDenied, Term, ValidationError
from desk.intake.imports.service import refuse_unclassified
from desk.intake.repeats import service as repeats
from desk.labels import ROLE, TICKET_STATE, VERB
from desk.tickets import detail as ticket_detail
from desk.tickets import queries
from desk.tickets import service as tickets
from desk.verbs import permission
from desk.workflow import DISPATCH_VERBS, TICKET_VERBS, TRANSITIONS, dispatch_allows, ticket_allows
from models import Callback, Ticket, User


@dataclass(frozen=True)
class Actions:
    """What the acting user may do now to a ticket and to each of its dispatches."""

    ticket: frozenset[str]
    dispatches: dict[int, frozenset[str]]


class TicketVerbs:
    """Verbs of tickets (a mixin of ``desk.ActingUser``)."""

    @permission("queues")
    def queues(self) -> tuple[str, ...]:
        return queries.QUEUES_BY_ROLE[self.role]

    @permission("queue_counts")
    def queue_counts(self) -> dict[str, int]:
        with self._unit(write=False) as (s, now):
            return {q: queries.queue_count(s, self._viewer, q, now=now) for q in self.queues()}

    @permission("queue_size")
    def queue_size(self, queue: str, *, search: str = "", filters: dto.QueueFilter | None = None) -> int:
        """How many tickets a queue (narrowed by ``search`` and ``filters``) holds: a count of its own, so that a
        page never waits for it."""
        with self._unit(write=False) as (s, now):
            return queries.queue_count(s, self._viewer, queue, search, now, filters, self.desk._timing(s).cal.tzinfo)

    @permission("queue_position")
    def queue_position(self, queue: str, ticket_id: int, *, search: str = "", sort: str = "created_at",
                       descending: bool = True, filters: dto.QueueFilter | None = None) -> int | None:
        """The row number of ticket ``ticket_id`` in a queue as ``list_queue`` orders it (0: the first row), or
        None when the queue (narrowed by ``search`` and ``filters``) does not hold it: the table finds a ticket
        that is not in a page it has read, and asks for that page by offset."""
        with self._unit(write=False) as (s, now):
            return queries.queue_position(s, self._viewer, queue, ticket_id, search=search, sort=sort,
                                          descending=descending, now=now, filters=filters,
                                          tz=self.desk._timing(s).cal.tzinfo)

    @permission("ticket_rows")
    def ticket_rows(self, ids: Sequence[int]) -> list[dto.TicketSummary]:
        with self._unit(write=False) as (s, now):
            return queries.summaries(s, self._viewer, ids, self._clocks(s, now))

    @permission("list_queue")
    def list_queue(self, queue: str, *, offset: int = 0, limit: int = 50, search: str = "",
                   sort: str = "created_at", descending: bool = True, filters: dto.QueueFilter | None = None,
                   after: Sequence | None = None, before: Sequence | None = None, from_end: bool = False,
                   with_total: bool = True) -> dto.Page:
        """A page of a queue: the ``limit`` rows from position ``offset``, or after the row keyed ``after``, or
        before the row keyed ``before`` (a key is a row's entry in ``Page.keys``: paging on by key costs a page
        wherever it is, an offset walks the rows before it; ``from_end``: ``offset`` counts back from the last row,
        the rows still come in the queue's order). ``with_total=False`` leaves the count (``total``)
        out; ``queue_size`` gives it on its own. Sort keys: queries.SORT_KEYS (and ``my_dispatch_state`` for
        responders)."""
        if not isinstance(offset, int) or offset < 0 or not isinstance(limit, int) or not 1 <= limit <= 1000 \
                or [after, before, from_end or None].count(None) < 2 or (offset and (after or before) is not None):
            raise ValidationError("limit", "分页参数无效。")
        with self._unit(write=False) as (s, now):
            rules = self._clocks(s, now)
            tz = rules.cal.tzinfo  # (the office's zone from this session: not a second one per page)
            keyed = queries.queue_page(s, self._viewer, queue, search=search, sort=sort, descending=descending,
                                       now=now, filters=filters, tz=tz, after=after, before=before, offset=offset,
                                       limit=limit, from_end=from_end is True)
            key_of = dict(keyed)
            rows = tuple(queries.summaries(s, self._viewer, list(key_of), rules))
            total = queries.queue_count(s, self._viewer, queue, search, now, filters, tz) if with_total else None
            return dto.Page(rows, offset if after is None and before is None and not from_end else None, total,
                            tuple(key_of[r.id] for r in rows))

    @permission("ticket")
    def ticket(self, number_or_id: str | int) -> dto.TicketDetail:
        with self._unit(write=False) as (s, now):
            return ticket_detail.read(s, self._viewer, number_or_id, self._clocks(s, now))

    @permission("allowed")
    def allowed(self, ticket: dto.TicketDetail) -> Actions:
        """Read the transition table for this user and this ticket (the UI enables actions from it)."""
        tv = frozenset(v for v in TICKET_VERBS if v != "create_ticket" and ticket_allows(v, self.role, ticket.state))
        if ticket.parent_id is not None:  # a merged child is handled through its parent (repeats.guard_child)
            tv &= repeats.CHILD_VERBS
        dv: dict[int, frozenset[str]] = {}
        for d in ticket.dispatches:
            own = self.info.department is not None and d.department == self.info.department
            verbs = {v for v in DISPATCH_VERBS
                     if dispatch_allows(v, self.role, d.state, ticket_state=ticket.state, own_department=own)}
            if d.suspended_at is not None:
                verbs -= {"request_suspension"}
                if self.role in TRANSITIONS["resume"].roles and (own or self.role is not Role.RESPONDER):
                    verbs.add("resume")
            verbs -= set(d.pending_requests and {f"request_{k}" for k in d.pending_requests})
            if d.pending_requests and self.role in TRANSITIONS["decide_request"].roles:
                verbs.add("decide_request")
            dv[d.id] = frozenset(verbs)
        return Actions(tv, dv)

    @permission("create_ticket")
    def create_ticket(self, **fields: Any) -> dto.TicketDetail:
        with self._unit() as (s, now):
            me = self._me(s)
            clean = tickets.clean_fields(s, fields, partial=False)
            tz = self.desk._timing(s).cal.tzinfo
            # Everything is read and checked before the number is taken: the year's counter row stays locked
            # from its upsert to the commit, and in between come only the ticket's insert, the append of its
            # event to the chain and the commit. The answer is built from what this transaction holds.
            year, seq, number = tickets.next_number(session=s, now=now, tz=tz)
            t = Ticket(number=number, year=year, seq=seq, state=TicketState.NEW, round=1, created_at=now,
                       created_by=me, updated_at=now, updated_by=me, **clean)
            s.add(t)
            s.flush()
            audit.record(session=s, ticket_id=t.id, actor_id=me.id, at=now, kind="create",
                         changes={"state": (None, TicketState.NEW)})
            events = list(s.info[audit.PENDING])
            self.desk._seal(s)  # gives the event its id
            return ticket_detail.of_new(t, clean["category"].name, me.display_name, self._viewer, events)

    @permission("update_ticket")
    def update_ticket(self, number: str, *, expected_version: int | None = None, **fields: Any
                      ) -> dto.TicketDetail:
        with self._unit() as (s, now):
            me = self._me(s)
            t = self._lock_ticket(s, number)
            self._check_ticket_verb("update_ticket", t)
            if expected_version is not None and t.version != expected_version:
                raise ConflictError("工单 {number} 已被 {user} 于 {when} 修改，您的修改未保存。已为您重新载入。",
                                    number=t.number, user=t.updated_by.display_name, when=self._when(t.updated_at))
            if queries.hides_reporter(self._viewer, t) and {"reporter_name", "reporter_phone", "confidential"} & set(
                    k for k, v in fields.items() if v != getattr(t, k, None)):
                raise PermissionDenied("保密工单的反映人信息只有受理员、督办员可以查看和修改。")
            clean = tickets.clean_fields(s, fields, partial=True, current=t)
            changes = {}
            for key, value in clean.items():
                old = getattr(t, key)
                if key in ("phone_digits", "phone_last4"):  # derived from the phone: no change of its own
                    setattr(t, key, value)
                    continue
                if key == "category":
                    if old.id != value.id:
                        changes[key] = (old.name, value.name)
                elif old != value:
                    changes[key] = (old, value)
                setattr(t, key, value)
            if changes:
                audit.record(session=s, ticket_id=t.id, actor_id=me.id, at=now, kind="update", changes=changes)
                self._ticket_touch(t, me, now)
            return self._detail(s, t, now)

    @permission("whistle")
    def whistle(self, number: str, *, lead: str | None = None, assist: Iterable[str] = (), note: str = "",
                expected_version: int | None = None) -> dto.TicketDetail:
        with self._unit() as (s, now):
            me = self._me(s)
            t = self._lock_ticket(s, number)
            self._check_ticket_verb("whistle", t)
            refuse_unclassified(t, self.desk._unclassified_id(s))  # issue 15: 待分类 gets a category first
            if expected_version is not None and t.version != expected_version:
                raise ConflictError("工单 {number} 已被 {user} 于 {when} 修改（可能已派单），请查看后再操作。",
                                    number=t.number, user=t.updated_by.display_name, when=self._when(t.updated_at))
            note = tickets.text_field("note", note, required=False)
            dispatching.summon(session=s, ticket=t, actor=me, now=now, lead=lead, assist=assist, note=note,
                               timing=self.desk._timing(s))
            if t.first_whistled_at is None:
                t.first_whistled_at = now
            self._settle(s, t, me, now)
            return self._detail(s, t, now)

    @permission("verify")
    def verify(self, number: str, *, accepted: bool, note: str = "") -> dto.TicketDetail:
        with self._unit() as (s, now):
            me = self._me(s)
            t = self._lock_ticket(s, number)
            self._check_ticket_verb("verify", t)
            note = tickets.text_field("note", note, required=not accepted)
            if accepted:
                audit.record(session=s, ticket_id=t.id, actor_id=me.id, at=now, kind="verify", note=note,
                             changes={"state": (t.state, TicketState.AWAITING_CALLBACK)})
                t.state = TicketState.AWAITING_CALLBACK
                t.verified_at = now
                self._ticket_touch(t, me, now)
            else:
                audit.record(session=s, ticket_id=t.id, actor_id=me.id, at=now, kind="verify_rejected", note=note)
                self._new_round(s, t, me, now, note, lead=None, assist=None)
            return self._detail(s, t, now)

    @permission("record_callback")
    def record_callback(self, number: str, *, contacted: bool, resolved: bool | None = None,
                        satisfaction: str | None = None, department_contacted: bool | None = None,
                        note: str = "") -> dto.TicketDetail:
        """回访: whether the resident was reached and, if so, their answers: resolved?, satisfied?, and
        承办部门（工作人员）是否联系过您 (``department_contacted``: True, False, or None when not asked)."""
        with self._unit() as (s, now):
            me = self._me(s)
            t = self._lock_ticket(s, number)
            self._check_ticket_verb("record_callback", t)
            note = tickets.text_field("note", note, required=False)
            if not isinstance(contacted, bool):
                raise ValidationError("contacted", "请说明是否联系到反映人。")
            if department_contacted is not None and not isinstance(department_contacted, bool):
                raise ValidationError("department_contacted",
                                      "“承办部门是否联系过您”只能填是、否或未询问。")
            if contacted:
                if not isinstance(resolved, bool):
                    raise ValidationError("resolved", "请说明问题是否解决。")
                satisfaction = tickets.enum_field("satisfaction", satisfaction, Satisfaction)
            else:
                if resolved is not None or satisfaction is not None:
                    raise ValidationError("contacted", "未联系到反映人时不能填写解决情况和满意度。")
                if department_contacted is not None:
                    raise ValidationError("department_contacted",
                                          "未联系到反映人时不能填写“承办部门是否联系过您”。")
            cb = Callback(ticket_id=t.id, at=now, by=me, contacted=contacted, resolved=resolved,
                          satisfaction=satisfaction, department_contacted=department_contacted, note=note)
            s.add(cb)
            audit.record(session=s, ticket_id=t.id, actor_id=me.id, at=now, kind="callback", note=note,
                         changes={"contacted": (None, contacted), "resolved": (None, resolved),
                                  "satisfaction": (None, satisfaction),
                                  "department_contacted": (None, department_contacted)})
            self._ticket_touch(t, me, now)
            return self._detail(s, t, now)

    @permission("close")
    def close(self, number: str, *, note: str = "") -> dto.TicketDetail:
        with self._unit() as (s, now):
            me = self._me(s)
            t = self._lock_ticket(s, number)
            self._check_ticket_verb("close", t)
            note = tickets.text_field("note", note, required=False)
            has_callback = s.scalar(select(func.count(Callback.id)).where(
                Callback.ticket_id == t.id, Callback.at >= t.verified_at))
            if not has_callback:
                raise ValidationError("callback", "结案前须先登记回访结果（联系不上也要登记）。")
            audit.record(session=s, ticket_id=t.id, actor_id=me.id, at=now, kind="close", note=note,
                         changes={"state": (t.state, TicketState.CLOSED)})
            t.state = TicketState.CLOSED
            t.closed_at = now
            settings = self.desk._settings(s)
            if t.category.name in settings["revisit_categories"].split(","):
                t.revisit_due = self.desk._timing(s).cal.due(now, settings["revisit_after"])
                t.revisited_at = None
            self._ticket_touch(t, me, now)
            return self._detail(s, t, now)

    @permission("reopen")
    def reopen(self, number: str, *, reason: str, lead: str | None = None,
               assist: Iterable[str] | None = None) -> dto.TicketDetail:
        with self._unit() as (s, now):
            me = self._me(s)
            t = self._lock_ticket(s, number)
            self._check_ticket_verb("reopen", t)
            reason = tickets.text_field("reason", reason)
            audit.record(session=s, ticket_id=t.id, actor_id=me.id, at=now, kind="reopen", note=reason)
            self._new_round(s, t, me, now, reason, lead=lead, assist=assist)
            return self._detail(s, t, now)

    @permission("cancel")
    def cancel(self, number: str, *, reason: str) -> dto.TicketDetail:
        with self._unit() as (s, now):
            me = self._me(s)
            t = self._lock_ticket(s, number)
            self._check_ticket_verb("cancel", t)
            reason = tickets.text_field("reason", reason)
            for d in t.dispatches:
                if d.state in OPEN_DISPATCH_STATES:
                    dispatching.move(session=s, dispatch=d, actor=me, now=now, verb="withdraw",
                                     dest=DispatchState.WITHDRAWN, note=reason, timing=self.desk._timing(s))
            audit.record(session=s, ticket_id=t.id, actor_id=me.id, at=now, kind="cancel", note=reason,
                         changes={"state": (t.state, TicketState.CANCELLED)})
            t.state = TicketState.CANCELLED
            t.closed_at = now
            self._ticket_touch(t, me, now)
            return self._detail(s, t, now)

    def _new_round(self, s: Session, t: Ticket, me: User, now: datetime, note: str, *,
                   lead: str | None, assist: Iterable[str] | None) -> None:
        """Summon departments again (重办). By default the previous round's resolved ones, same roles."""
        previous = [d for d in t.dispatches if d.round == t.round and d.state == DispatchState.RESOLVED]
        if lead is None and assist is None:
            lead = next((d.department.name for d in previous if d.role == DispatchRole.LEAD), None)
            assist = [d.department.name for d in previous if d.role == DispatchRole.ASSIST]
        old_state = t.state
        t.round += 1
        t.verified_at = None
        t.closed_at = None
        s.flush()
        dispatching.summon(session=s, ticket=t, actor=me, now=now, lead=lead, assist=assist or [], note=note,
                           timing=self.desk._timing(s))
        s.flush()
        s.refresh(t, ["dispatches"])
        t.state = tickets.derive_state(t)
        audit.record(session=s, ticket_id=t.id, actor_id=me.id, at=now, kind="state", note=note,
                     changes={"state": (old_state, t.state), "round": (t.round - 1, t.round)})
        self._ticket_touch(t, me, now)

    @permission("record_revisit")
    def record_revisit(self, number: str, *, note: str, problem_recurred: bool = False) -> dto.TicketDetail:
        """回头看: record the follow-up revisit of a closed ticket."""
        with self._unit() as (s, now):
            me = self._me(s)
            t = self._lock_ticket(s, number)
            self._check_ticket_verb("record_revisit", t)
            note = tickets.text_field("note", note)
            if not isinstance(problem_recurred, bool):
                raise ValidationError("problem_recurred", "请说明问题是否反弹。")
            audit.record(session=s, ticket_id=t.id, actor_id=me.id, at=now, kind="revisit", note=note,
                         changes={"problem_recurred": (None, problem_recurred), "revisit_due": (t.revisit_due, None)})
            t.revisited_at = now
            self._ticket_touch(t, me, now)
            return self._detail(s, t, now)

    def _check_ticket_verb(self, verb: str, ticket: Ticket) -> None:
        t = TRANSITIONS[verb]
        if self.role not in t.roles:
            raise PermissionDenied("{role}不能执行“{verb}”。", role=Term(ROLE[self.role]), verb=Term(VERB[verb]))
        if ticket.parent_id is not None:  # issue 15: a merged child is handled through its parent
            repeats.guard_child(object_session(ticket), ticket, verb)
        if ticket.state not in t.sources:
            raise ConflictError(
                "工单 {number} 当前为“{state}”，不能{verb}（最近由 {user} 于 {when} 修改）。",
                number=ticket.number, state=Term(TICKET_STATE[ticket.state]), verb=Term(VERB[verb]),
                user=ticket.updated_by.display_name, when=self._when(ticket.updated_at),
            )

    def _detail(self, s: Session, ticket: Ticket, now: datetime) -> dto.TicketDetail:
        """The ticket as this transaction leaves it, its timeline including this transaction's events.

        The detail is read first and the transaction sealed last (Desk._seal), so that the chain's lock is
        held for as short a time as possible (PostgreSQL: until the commit that follows)."""
        s.flush()

        def seal() -> list[dict]:
            mine = [r for r in s.info.get(audit.PENDING, ()) if r["ticket_id"] == ticket.id]
            self.desk._seal(s)  # gives the rows their ids
            return mine

        return ticket_detail.after_change(s, self._viewer, ticket.id, self._clocks(s, now), seal)
