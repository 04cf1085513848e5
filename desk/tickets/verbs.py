"""The façade's verbs of tickets: the queues and a ticket's own steps (受理, 吹哨, 核实, 回访, 结案, 重办, 回头看).

A mixin combined into ``desk.ActingUser`` (see desk/verbs.py).
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session

from desk import dto
from desk.audit import service as audit
from desk.deadlines import service as deadlines
from desk.enums import Role
from desk.errors import ConflictError, PermissionDenied, Term, ValidationError
from desk.geo import service as geo
from desk.intake.imports.service import UNCLASSIFIED, refuse_unclassified
from desk.intake.repeats import service as repeats
from desk.labels import ROLE, TICKET_STATE, VERB
from desk.tickets import detail as ticket_detail
from desk.tickets import queries
from desk.tickets import service as tickets
from desk.verbs import permission
from desk.workflow import DISPATCH_VERBS, TICKET_VERBS, TRANSITIONS, dispatch_allows, ticket_allows
from models import HotlineOrder, Ticket


def _point(point: Sequence[Any] | None) -> tuple[float, float] | tuple[()] | None:
    """A ticket's point as the create and update verbs take it: None (not given), () (none: remove it) or a
    checked WGS84 (lon, lat)."""
    if point is None:
        return None
    if len(point) == 0:
        return ()
    if len(point) != 2:
        raise ValidationError("point", "位置须为一对坐标（经度、纬度）。")
    return geo.check_point(point[0], point[1])


@dataclass(frozen=True)
class Actions:
    """What the acting user may do now to a ticket and to each of its dispatches."""

    ticket: frozenset[str]
    dispatches: dict[int, frozenset[str]]
    #: Ticket verbs its state allows that something else holds back, and why (the window says it on the disabled
    #: action): ``merged``: a merged child (重复件) leaves them to its parent (吹哨, 撤销 …); ``unclassified``: an
    #: imported ticket still in 待分类 gets a category before it is whistled.
    blocked: dict[str, str] = field(default_factory=dict)

    @property
    def followed(self) -> frozenset[str]:
        """The verbs a merged child leaves to its parent."""
        return frozenset(v for v, why in self.blocked.items() if why == "merged")


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
        blocked: dict[str, str] = {}
        if ticket.parent_id is not None:  # a merged child is handled through its parent (repeats.guard_child)
            blocked = dict.fromkeys(sorted(tv - repeats.CHILD_VERBS), "merged")
            tv &= repeats.CHILD_VERBS
        elif ticket.category == UNCLASSIFIED and "whistle" in tv:  # (as the whistle refuses it: refuse_unclassified)
            blocked = {"whistle": "unclassified"}
            tv -= {"whistle"}
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
        return Actions(tv, dv, blocked)

    @permission("whistle_forecast")
    def whistle_forecast(self, number: str) -> dto.WhistleForecast:
        """The 办结 due a dispatch of ticket ``number`` whistled now would get (as ``whistle`` counts it: the
        category's limit for the ticket's urgency, on the office's calendar) and the 12345 platform's deadline:
        the whistle dialog warns before a dispatch would be due after it."""
        with self._unit(write=False) as (s, now):
            t = queries.find_ticket(s, self._viewer, number)
            within = deadlines.policy_for(s, t.category_id, t.urgency)[2]
            promised = s.scalar(select(HotlineOrder.platform_due).where(HotlineOrder.ticket_id == t.id))
            return dto.WhistleForecast(within, self.desk._timing(s).cal.due(now, within), promised)

    @permission("create_ticket")
    def create_ticket(self, *, point: Sequence[Any] | None = None, **fields: Any) -> dto.TicketDetail:
        """受理. ``point``: where the problem is, (lon, lat) in WGS84, as the clerk set it on the map of the ticket
        dialog (issue 17); stored with the ticket in the same transaction, an event on its timeline."""
        xy = _point(point)
        with self._unit() as (s, now):
            me = self._me(s)
            t = tickets.create(session=s, actor=me, now=now, tz=self.desk._timing(s).cal.tzinfo, fields=fields)
            if xy:
                geo.set_point(session=s, ticket=t, lon=xy[0], lat=xy[1], actor_id=me.id, now=now, describe=False)
            # The answer is built from what this transaction holds (the number's row stays locked until the commit).
            events = list(s.info[audit.PENDING])
            self.desk._seal(s)  # gives the event its id
            return ticket_detail.of_new(t, t.category.name, me.display_name, self._viewer, events)

    @permission("update_ticket")
    def update_ticket(self, number: str, *, expected_version: int | None = None, point: Sequence[Any] | None = None,
                      **fields: Any) -> dto.TicketDetail:
        """编辑. ``point``: None leaves the ticket's point as it is; (lon, lat) sets or moves it; an empty sequence
        removes it (the ticket is then counted at its 社区 only). One transaction with the fields."""
        xy = _point(point)
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
            tickets.update(session=s, ticket=t, actor=me, now=now, fields=fields)
            if xy is not None:
                geo.set_point(session=s, ticket=t, lon=xy[0] if xy else None, lat=xy[1] if xy else None,
                              actor_id=me.id, now=now, describe=False)
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
            tickets.whistle(session=s, ticket=t, actor=me, now=now, lead=lead, assist=assist, note=note,
                            timing=self.desk._timing(s))
            return self._detail(s, t, now)

    @permission("verify")
    def verify(self, number: str, *, accepted: bool, note: str = "") -> dto.TicketDetail:
        with self._unit() as (s, now):
            me = self._me(s)
            t = self._lock_ticket(s, number)
            self._check_ticket_verb("verify", t)
            tickets.verify(session=s, ticket=t, actor=me, now=now, accepted=accepted, note=note,
                           timing=self.desk._timing(s))
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
            tickets.record_callback(session=s, ticket=t, actor=me, now=now, contacted=contacted, resolved=resolved,
                                    satisfaction=satisfaction, department_contacted=department_contacted, note=note)
            return self._detail(s, t, now)

    @permission("close")
    def close(self, number: str, *, note: str = "") -> dto.TicketDetail:
        with self._unit() as (s, now):
            me = self._me(s)
            t = self._lock_ticket(s, number)
            self._check_ticket_verb("close", t)
            tickets.close(session=s, ticket=t, actor=me, now=now, note=note, cal=self.desk._timing(s).cal,
                          settings=self.desk._settings(s))
            return self._detail(s, t, now)

    @permission("reopen")
    def reopen(self, number: str, *, reason: str, lead: str | None = None,
               assist: Iterable[str] | None = None) -> dto.TicketDetail:
        with self._unit() as (s, now):
            me = self._me(s)
            t = self._lock_ticket(s, number)
            self._check_ticket_verb("reopen", t)
            tickets.reopen(session=s, ticket=t, actor=me, now=now, reason=reason, lead=lead, assist=assist,
                           timing=self.desk._timing(s))
            return self._detail(s, t, now)

    @permission("cancel")
    def cancel(self, number: str, *, reason: str) -> dto.TicketDetail:
        with self._unit() as (s, now):
            me = self._me(s)
            t = self._lock_ticket(s, number)
            self._check_ticket_verb("cancel", t)
            tickets.cancel(session=s, ticket=t, actor=me, now=now, reason=reason, timing=self.desk._timing(s))
            return self._detail(s, t, now)

    @permission("record_revisit")
    def record_revisit(self, number: str, *, note: str, problem_recurred: bool = False) -> dto.TicketDetail:
        """回头看: record the follow-up revisit of a closed ticket."""
        with self._unit() as (s, now):
            me = self._me(s)
            t = self._lock_ticket(s, number)
            self._check_ticket_verb("record_revisit", t)
            tickets.record_revisit(session=s, ticket=t, actor=me, now=now, note=note,
                                   problem_recurred=problem_recurred)
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
