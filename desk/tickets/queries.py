"""Read side: queues, rows and detail. Never loads a whole table."""
from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from sqlalchemy import Select, and_, case, exists, func, not_, or_, select
from sqlalchemy.orm import Session, aliased

from desk import dto, notes
from desk.deadlines import Duration, WorkCalendar, clocks
from desk.deadlines.service import warn_at
from desk.enums import (
    GONE_DISPATCH_STATES,
    OPEN_DISPATCH_STATES,
    AppealType,
    DispatchRole,
    DispatchState,
    Role,
    Source,
    TicketState,
    Urgency,
)
from desk.errors import Message, NotFound, Term, ValidationError
from desk.privacy import CONFIDENTIAL, PRIVY_ROLES, mask_changes, mask_phone
from desk.tickets.search import ByDialect, search_condition
from models import (
    Callback,
    Category,
    Community,
    Department,
    Dispatch,
    DispatchRequest,
    Escalation,
    HotlineOrder,
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
#: Queues whose tickets wait for the office to act on their dispatches (吹哨, following them up): a merged child
#: (重复件, issue 15) follows its parent's dispatches and state there, so it is left out and the work is counted and
#: done once, on the parent. It stays in 全部 and in a search (its row says 并入 …), and in 待回访, where its own
#: resident is called back. (A child is never 待核实: the office verifies the parent.)
PARENT_HANDLED_QUEUES = frozenset({TicketState.NEW.value, TicketState.DISPATCHED.value})
#: "Not a merged child", checked on the rows a queue's page reads anyway. On SQLite the test is wrapped in
#: likely(): ``sqlite_stat1`` counts the NULLs of ix_ticket_parent_id as one value among the parents, so a bare
#: ``parent_id IS NULL`` looked selective and a page of 待派 sorted by title was planned as "every unmerged
#: ticket through that index, then sort" (60 ms instead of 0.1 at 100,000 tickets; tests/core/test_query_plans).
#: PostgreSQL knows the column's share of NULLs and plans the bare test well.
NOT_MERGED = ByDialect(func.likely(Ticket.parent_id.is_(None)), Ticket.parent_id.is_(None))
_OPEN = [str(x) for x in OPEN_DISPATCH_STATES]
_GONE = [str(x) for x in GONE_DISPATCH_STATES]
_URGENCY_ORDER = case({"emergency": 0, "urgent": 1, "routine": 2}, value=Ticket.urgency, else_=3)
_STATE_ORDER = case(
    {s.value: i for i, s in enumerate(TicketState)}, value=Ticket.state, else_=len(TicketState)
)
_DISPATCH_STATE_ORDER = {s.value: i for i, s in enumerate(DispatchState)}
#: The lead department's name (the current lead dispatch's), for sorting.
_LEAD_NAME = (select(Department.name).join(Dispatch, Dispatch.department_id == Department.id)
              .where(Dispatch.ticket_id == Ticket.id, Dispatch.role == DispatchRole.LEAD, Dispatch.state.not_in(_GONE))
              .order_by(Dispatch.id.desc()).limit(1).correlate(Ticket).scalar_subquery())
#: Sort keys: the façade's name -> the columns it orders by (then the id). "deadline" (时限) is the ticket's
#: clock, overdue first when ascending; tickets without a running clock come last either way.
SORT_KEYS = {
    "number": (Ticket.year, Ticket.seq),
    "title": (Ticket.title,),
    "category": (Category.name,),
    "urgency": (_URGENCY_ORDER,),
    "state": (_STATE_ORDER,),
    "deadline": (Ticket.next_due,),
    "lead_department": (_LEAD_NAME,),
    "source": (Ticket.source,),
    "community": (Ticket.community,),
    "address": (Ticket.address,),
    "appeal_type": (Ticket.appeal_type,),
    "created_at": (Ticket.created_at,),
    "updated_at": (Ticket.updated_at,),
}
#: Sort keys whose empty values (NULL) go last in either direction.
NULLS_LAST = frozenset({"deadline", "lead_department", "my_dispatch_state"})
#: Sort keys only a responder has: the department's own dispatch.
RESPONDER_SORT_KEYS = frozenset({"my_dispatch_state"})
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
    if not isinstance(queue, str) or queue not in QUEUES_BY_ROLE[viewer.role]:
        raise ValidationError("queue", "未知队列：{queue}", queue=queue)
    if queue == "revisit_due":
        return and_(Ticket.state == TicketState.CLOSED, Ticket.revisit_due <= now, Ticket.revisited_at.is_(None))
    if queue == "all":
        return visible_filter(viewer)
    if queue == "dept_resolved":  # finished work only: not while a new round is open for the department
        return and_(_dept_dispatch(viewer, _DEPT_STATES[queue]), not_(_dept_dispatch(viewer, OPEN_DISPATCH_STATES)))
    if queue in _DEPT_STATES:
        return _dept_dispatch(viewer, _DEPT_STATES[queue])
    if queue == "returns_pending":
        return exists().where(Dispatch.ticket_id == Ticket.id, Dispatch.state == DispatchState.RETURN_REQUESTED)
    if queue in PARENT_HANDLED_QUEUES:
        return and_(Ticket.state == queue, NOT_MERGED)
    return Ticket.state == queue


def clean_search(search: object) -> str:
    if search is None:
        return ""
    if not isinstance(search, str):
        raise ValidationError("search", "搜索内容必须是文字。")
    search = search.strip()
    if len(search) > MAX_SEARCH:
        raise ValidationError("search", "搜索内容过长（最多 {count} 个字符）。", count=MAX_SEARCH)
    if "\x00" in search:
        raise ValidationError("search", "搜索内容含有非法字符。")
    return search


def search_filter(search: str, viewer: Viewer | None = None):
    """Tickets whose number, 12345 number, title, address, description, 社区, reporter's name or phone holds
    ``search``, as ``viewer`` may search them (see :mod:`desk.tickets.search`: indexed lookups, one condition
    that any paging applies)."""
    search = clean_search(search)
    return search_condition(search, viewer) if search else None


def _choice(field: str, value: object, enum: type) -> str | None:
    if value is None or value == "":
        return None
    try:
        return enum(value).value
    except ValueError:
        raise ValidationError(field, "未知{label}：{value}", label=Term(_FILTER_LABELS[field]), value=repr(value)[:40]) \
            from None


_FILTER_LABELS = {"department": "部门", "category": "分类", "urgency": "紧急程度", "source": "来源",
                  "community": "社区", "appeal_type": "诉求类型", "created_from": "受理日期", "created_to": "受理日期"}


def _named(session: Session, field: str, value: object, model) -> int | None:
    """The id of the department, category or community called ``value`` (inactive ones too: old tickets)."""
    if value is None or value == "":
        return None
    if not isinstance(value, str) or len(value) > 64 or "\x00" in value:
        raise ValidationError(field, "未知{label}：{value}", label=Term(_FILTER_LABELS[field]), value=repr(value)[:40])
    found = session.scalar(select(model.id).where(model.name == value.strip()))
    if found is None:
        raise ValidationError(field, "未知{label}：{value}", label=Term(_FILTER_LABELS[field]), value=value.strip())
    return found


def filter_conditions(session: Session, viewer: Viewer, filters: dto.QueueFilter | None, *,
                      now: datetime, tz) -> list:
    """The WHERE conditions of ``filters``, validated (a typed error names the offending field)."""
    if filters is None:
        return []
    if not isinstance(filters, dto.QueueFilter):
        raise ValidationError("filters", "筛选条件无效。")
    f = filters
    out = []
    dept = _named(session, "department", f.department, Department)
    if dept is not None:
        out.append(exists().where(Dispatch.ticket_id == Ticket.id, Dispatch.department_id == dept,
                                  Dispatch.state.not_in(_GONE)))
    cat = _named(session, "category", f.category, Category)
    if cat is not None:
        out.append(Ticket.category_id == cat)
    if _named(session, "community", f.community, Community) is not None:
        out.append(Ticket.community == f.community.strip())
    for field, enum, column in (("urgency", Urgency, Ticket.urgency), ("source", Source, Ticket.source),
                                ("appeal_type", AppealType, Ticket.appeal_type)):
        value = _choice(field, getattr(f, field), enum)
        if value is not None:
            out.append(column == value)
    for field in ("created_from", "created_to"):
        value = getattr(f, field)
        if value is not None and (not isinstance(value, date) or isinstance(value, datetime)):
            raise ValidationError(field, "受理日期无效：{value}", value=repr(value)[:40])
    if f.created_from is not None and f.created_to is not None and f.created_to < f.created_from:
        raise ValidationError("created_to", "结束日期（{end}）早于开始日期（{start}）。", end=f.created_to.isoformat(),
                              start=f.created_from.isoformat())
    if f.created_from is not None:
        out.append(Ticket.created_at >= datetime.combine(f.created_from, time(0), tz))
    if f.created_to is not None:
        out.append(Ticket.created_at < datetime.combine(f.created_to + timedelta(days=1), time(0), tz))
    if not isinstance(f.overdue, bool) or not isinstance(f.warning, bool):
        raise ValidationError("overdue", "筛选条件无效。")
    if f.overdue or f.warning:
        clock = Dispatch if viewer.is_responder else Ticket
        wanted = []
        if f.overdue:
            wanted.append(clock.next_due <= now)
        if f.warning:
            wanted.append(and_(clock.next_warn <= now, clock.next_due > now))
        cond = or_(*wanted)
        if viewer.is_responder:
            cond = exists().where(Dispatch.ticket_id == Ticket.id, Dispatch.department_id == viewer.department_id,
                                  cond)
        out.append(cond)
    return out


def _filtered(stmt: Select, viewer: Viewer, queue: str, search: str, now: datetime | None = None,
              extra: list | None = None) -> Select:
    for cond in (queue_filter(viewer, queue, now), search_filter(search, viewer), *(extra or [])):
        if cond is not None:
            stmt = stmt.where(cond)
    return stmt


def _sort_columns(viewer: Viewer, sort: str) -> tuple:
    if not isinstance(sort, str) or (sort not in SORT_KEYS and sort not in RESPONDER_SORT_KEYS):
        raise ValidationError("sort", "无法按 {sort} 排序。", sort=str(sort)[:40])
    own = and_(Dispatch.ticket_id == Ticket.id, Dispatch.department_id == viewer.department_id)
    if sort in RESPONDER_SORT_KEYS or (sort == "deadline" and viewer.is_responder):
        if not viewer.is_responder:
            raise ValidationError("sort", "无法按 {sort} 排序。", sort=sort)
        if sort == "deadline":  # the department's own clock, as its badge shows
            return (select(func.min(Dispatch.next_due)).where(own).correlate(Ticket).scalar_subquery(),)
        newest = select(Dispatch.state).where(own).order_by(Dispatch.id.desc()).limit(1).correlate(Ticket) \
            .scalar_subquery()
        return (case(_DISPATCH_STATE_ORDER, value=newest, else_=len(_DISPATCH_STATE_ORDER)),)
    return SORT_KEYS[sort]


# -- the queue: keyset pages ----------------------------------------------------------------------------
# A queue at a million tickets is read a page at a time, by keyset (seek) on (sort key, id): the page after a row
# is an index range read that starts at that row's key, so it costs what a page costs wherever it is. (An id list,
# as Anki's browser keeps, costs what the queue holds: 1M ids read on every sort, search and refresh.) A jump to
# a scroll position uses OFFSET, which walks the index once; the pages after it are keyed again. A sort is read
# as one or more *segments*, each an index range in (columns, id) order:
# * a plain column: one segment (the (column, id) index of migration 0008);
# * an enum sort (urgency, state) and the category sort: one segment per value, in the sort's order (its own
#   order is not the column's, so no single index serves it; (value, id) does, value after value);
# * a sort whose empty values go last (NULLS_LAST): the values, then the empty ones by id. This also keeps the
#   comparisons free of NULL and the order the same on SQLite and PostgreSQL.
# A row's key is (segment, *its sort values, id): a plain tuple the caller hands back as ``after``/``before``.


@dataclass(frozen=True)
class _Segment:
    where: object  #: the segment's rows (None: every row)
    columns: tuple  #: what orders them before the id


def _segments(session: Session, viewer: Viewer, sort: str, descending: bool) -> list[_Segment]:
    if sort in ("urgency", "state"):
        column, values = (Ticket.urgency, ("emergency", "urgent", "routine")) if sort == "urgency" else \
            (Ticket.state, tuple(x.value for x in TicketState))
        segments = [_Segment(column == v, ()) for v in values]
    elif sort == "category":
        segments = [_Segment(Ticket.category_id == cid, ()) for cid in session.scalars(
            select(Category.id).order_by(Category.name, Category.id))]
    else:
        columns = _sort_columns(viewer, sort)
        if sort not in NULLS_LAST:
            return [_Segment(None, columns)]
        return [_Segment(and_(*(c.is_not(None) for c in columns)), columns),
                _Segment(or_(*(c.is_(None) for c in columns)), ())]
    return segments[::-1] if descending else segments


def _beyond(columns: Sequence, values: Sequence, descending: bool):
    """Rows strictly beyond ``values`` in (columns...) order: c1 > v1 OR (c1 = v1 AND (c2 > v2 OR ...)),
    with ``c1 >= v1`` in front so that every database seeks the index instead of scanning it."""
    def past(c, v):
        return c < v if descending else c > v

    cond = past(columns[-1], values[-1])
    for c, v in zip(reversed(columns[:-1]), reversed(values[:-1])):
        cond = or_(past(c, v), and_(c == v, cond))
    if len(columns) > 1:
        cond = and_(columns[0] <= values[0] if descending else columns[0] >= values[0], cond)
    return cond


def _check_key(key: object, segments: list[_Segment]) -> tuple:
    if not isinstance(key, (tuple, list)) or len(key) < 2 or not isinstance(key[0], int) \
            or not 0 <= key[0] < len(segments) or len(key) != 2 + len(segments[key[0]].columns) \
            or not isinstance(key[-1], int):
        raise ValidationError("after", "分页位置无效。")
    return tuple(key)


def queue_page(
    session: Session, viewer: Viewer, queue: str, *, search: str = "", sort: str = "created_at",
    descending: bool = True, now: datetime | None = None, filters: dto.QueueFilter | None = None, tz=None,
    after: Sequence | None = None, before: Sequence | None = None, offset: int = 0, limit: int = 100,
    from_end: bool = False,
) -> list[tuple[int, tuple]]:
    """One page of a queue as (ticket id, key) pairs in the queue's order: the ``limit`` rows after the row
    keyed ``after``, or before the row keyed ``before``, or from position ``offset`` (counted back from the end
    with ``from_end``: a jump near the end walks the index from there, not from the top)."""
    if not isinstance(descending, bool):
        raise ValidationError("descending", "排序方向无效。")
    segments = _segments(session, viewer, sort, descending)
    base = _filtered(select(Ticket.id), viewer, queue, search, now,
                     filter_conditions(session, viewer, filters, now=now, tz=tz))
    backwards = before is not None or from_end
    key = _check_key(before if before is not None else after, segments) \
        if before is not None or after is not None else None
    order = (lambda c: c.asc() if descending else c.desc()) if backwards else \
        (lambda c: c.desc() if descending else c.asc())
    first = key[0] if key is not None else (len(segments) - 1 if backwards else 0)
    out: list[tuple[int, tuple]] = []
    for n in (range(first, -1, -1) if backwards else range(first, len(segments))):
        seg = segments[n]
        cols = (*seg.columns, Ticket.id)
        stmt = base.add_columns(*seg.columns).order_by(*(order(c) for c in cols)).limit(limit - len(out))
        if seg.where is not None:
            stmt = stmt.where(seg.where)
        if key is not None and n == key[0]:
            stmt = stmt.where(_beyond(cols, key[1:], descending != backwards))
        if offset:
            rows = session.execute(stmt.offset(offset)).all()
            if not rows:  # the whole segment lies before the offset: skip it
                offset -= session.scalar(select(func.count()).select_from(stmt.limit(None).order_by(None)
                                                                          .subquery()))
                continue
            offset = 0
        else:
            rows = session.execute(stmt).all()
        out += [(r[0], (n, *r[1:], r[0])) for r in rows]
        if len(out) >= limit:
            break
    return out[::-1] if backwards else out


def queue_position(
    session: Session, viewer: Viewer, queue: str, ticket_id: int, *, search: str = "", sort: str = "created_at",
    descending: bool = True, now: datetime | None = None, filters: dto.QueueFilter | None = None, tz=None,
) -> int | None:
    """How many rows of a queue come before ticket ``ticket_id`` in the order ``queue_page`` gives (its row
    number), or None when the queue does not hold it: the ticket's key, then a count of each index range before
    it (the segments before its own whole, its own up to the key). A count, not a walk: it costs what
    ``queue_count`` costs, wherever the ticket is."""
    if not isinstance(descending, bool):
        raise ValidationError("descending", "排序方向无效。")
    segments = _segments(session, viewer, sort, descending)
    extra = filter_conditions(session, viewer, filters, now=now, tz=tz)

    def rows(stmt: Select, seg: _Segment) -> Select:
        stmt = _filtered(stmt, viewer, queue, search, now, extra)
        return stmt if seg.where is None else stmt.where(seg.where)

    for n, seg in enumerate(segments):
        cols = (*seg.columns, Ticket.id)
        key = session.execute(rows(select(*cols), seg).where(Ticket.id == ticket_id)).first()
        if key is None:
            continue
        before = sum(session.scalar(rows(select(func.count(Ticket.id)), s)) or 0 for s in segments[:n])
        return before + (session.scalar(rows(select(func.count(Ticket.id)), seg)
                                        .where(_beyond(cols, tuple(key), not descending))) or 0)
    return None


def queue_count(session: Session, viewer: Viewer, queue: str, search: str = "", now: datetime | None = None,
                filters: dto.QueueFilter | None = None, tz=None) -> int:
    extra = filter_conditions(session, viewer, filters, now=now, tz=tz) if filters is not None else None
    if queue in PARENT_HANDLED_QUEUES and not extra and not clean_search(search):
        # 待派 and 办理中 as the navigation counts them: all of the state (an index-only count), less its merged
        # children (few, found through ix_ticket_parent_id). Counted with the test of NOT_MERGED, every ticket of
        # the state would be read from the table: 5 times slower at 40,000 in 待派 (tests/bench/bench_queue.py).
        queue_filter(viewer, queue, now)  # (a role without the queue is refused)
        every = session.scalar(select(func.count(Ticket.id)).where(Ticket.state == queue)) or 0
        return every - (session.scalar(select(func.count(Ticket.id)).where(Ticket.parent_id > 0,
                                                                           Ticket.state == queue)) or 0)
    return session.scalar(_filtered(select(func.count(Ticket.id)), viewer, queue, search, now, extra)) or 0


@dataclass(frozen=True)
class Clocks:
    """What deadline badges need at read time."""

    cal: WorkCalendar
    share: float
    now: datetime
    #: Who owns the office's own steps (核实, 回访) in a badge: the office's name; and their limits.
    office: str = ""
    office_limits: dict = field(default_factory=dict)


_DEADLINE_COLS = (Dispatch.id, Dispatch.ticket_id, Dispatch.department_id, Dispatch.state, Dispatch.suspended_at,
                  Dispatch.dispatched_at, Dispatch.acknowledged_at, Dispatch.responded_at, Dispatch.resolved_at,
                  Dispatch.acknowledge_due, Dispatch.respond_due, Dispatch.resolve_due,
                  Dispatch.acknowledge_within, Dispatch.respond_within, Dispatch.resolve_within)


def deadline_of(d, department: str, rules: Clocks) -> dto.Deadline | None:
    """The earliest outstanding step of a dispatch (any object with the _DEADLINE_COLS attributes), also while
    it is suspended (the badge then shows the paused clock)."""
    best = clocks.earliest_step(d)
    if best is None:
        return None
    step, due = best
    within = getattr(d, f"{step}_within")
    warn = warn_at(rules.cal, d.dispatched_at, due, within, rules.share)
    return dto.Deadline(d.id, department, step, due, warn, d.suspended_at is not None, is_working(within))


@lru_cache(maxsize=256)  # a handful of distinct limit texts, asked once per badge or escalation
def is_working(within: str | None) -> bool:
    """Whether a limit text is working time (``3wd``); natural time (``2h``) and no limit are not."""
    try:
        return bool(within) and Duration.parse(within, allow_zero=True).is_working
    except ValidationError:
        return False


def office_deadline(state: str, next_due: datetime | None, next_warn: datetime | None, rules: Clocks
                    ) -> dto.Deadline | None:
    """The office's own step (核实 while 待核实, 回访 while 待回访) from the ticket's stored clock."""
    step = clocks.OFFICE_STEPS.get(state)
    if step is None or next_due is None:
        return None
    return dto.Deadline(0, rules.office, step, next_due, next_warn or next_due,
                        working=is_working(rules.office_limits.get(step)))


def _earliest(a: dto.Deadline | None, b: dto.Deadline | None) -> dto.Deadline | None:
    if a is None:
        return b
    if b is None:
        return a
    # A running clock is more pressing than a paused one.
    return min(a, b, key=lambda x: (x.suspended, x.due))


#: A merged child's parent (重复件): its number on the child's row and in its detail.
_PARENT = aliased(Ticket, name="parent_ticket")


def summaries(session: Session, viewer: Viewer, ids: Sequence[int], rules: Clocks | None = None
              ) -> list[dto.TicketSummary]:
    """Rows for ``ids``, in that order; ids the viewer may not see are left out."""
    if not ids:
        return []
    if len(ids) > 1000:
        raise ValidationError("ids", "一次最多读取 1000 行。")
    stmt = (
        select(Ticket.id, Ticket.number, Ticket.title, Category.name, Ticket.urgency, Ticket.state,
               Ticket.source, Ticket.community, Ticket.address, Ticket.created_at, Ticket.updated_at,
               Ticket.appeal_type, Ticket.hotline_number, Ticket.next_due, Ticket.next_warn, Ticket.confidential,
               Ticket.reporter_phone, _PARENT.number)
        .join(Category, Category.id == Ticket.category_id)
        .outerjoin(_PARENT, _PARENT.id == Ticket.parent_id)  # a merged child's row says whom it follows
        .where(Ticket.id.in_(list(ids)))
    )
    vis = visible_filter(viewer)
    if vis is not None:
        stmt = stmt.where(vis)
    rows = {r[0]: r for r in session.execute(stmt)}
    waiting = [i for i, r in rows.items() if r[5] == TicketState.AWAITING_CALLBACK]
    called_back = set(session.scalars(  # (never with an empty list: SQLite would scan the table for it)
        select(Ticket.id).join(Callback, Callback.ticket_id == Ticket.id)
        .where(Ticket.id.in_(waiting), Callback.contacted.is_(True), Callback.at >= Ticket.verified_at))) \
        if waiting else set()
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
    pending: dict[int, set[str]] = {}
    suspended: set[int] = set()
    leads: dict[int, str] = {}
    if rows:
        # One read of the page's dispatches that take part (ix_dispatch_ticket_state): the lead department's name
        # (the newest lead) and, of the open ones that concern the viewer, the badges and pending requests.
        dq = (select(*_DEADLINE_COLS, Dispatch.role, Department.name.label("department"))
              .join(Department, Department.id == Dispatch.department_id)
              .where(Dispatch.ticket_id.in_(list(rows)), Dispatch.state.not_in(_GONE)).order_by(Dispatch.id))
        open_ids: dict[int, int] = {}
        for d in session.execute(dq):
            if d.role == DispatchRole.LEAD:
                leads[d.ticket_id] = d.department
            if d.state not in OPEN_DISPATCH_STATES or (viewer.is_responder and d.department_id != viewer.department_id):
                continue
            open_ids[d.id] = d.ticket_id
            if d.state == DispatchState.RETURN_REQUESTED:
                pending.setdefault(d.ticket_id, set()).add("return")
            if d.suspended_at is not None:
                suspended.add(d.ticket_id)
            if rules is not None:
                deadlines[d.ticket_id] = _earliest(deadlines.get(d.ticket_id), deadline_of(d, d.department, rules))
        if open_ids:
            for did, kind in session.execute(select(DispatchRequest.dispatch_id, DispatchRequest.kind).where(
                    DispatchRequest.dispatch_id.in_(list(open_ids)), DispatchRequest.state == "pending")):
                pending.setdefault(open_ids[did], set()).add(kind)
    privy = viewer.role in PRIVY_ROLES
    out = []
    for i in ids:
        r = rows.get(i)
        if r is None:
            continue
        *fields, next_due, next_warn, confidential, phone, parent_number = r
        if confidential and not privy:
            phone = CONFIDENTIAL
        elif viewer.is_responder and i not in leading:
            phone = mask_phone(phone)
        deadline = deadlines.get(i)
        if deadline is None and rules is not None and not viewer.is_responder:
            deadline = office_deadline(fields[5], next_due, next_warn, rules)
        out.append(dto.TicketSummary(*fields[:11], lead_department=leads.get(i), my_dispatch_state=mine.get(i),
                                     deadline=deadline, reporter_phone=phone, called_back=i in called_back,
                                     pending_requests=frozenset(pending.get(i, ())), suspended=i in suspended,
                                     appeal_type=fields[11], hotline_number=fields[12] or "",
                                     parent_number=parent_number or ""))
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
        raise NotFound("找不到工单 {number}。", number=str(number_or_id)[:40])
    return ticket


def event_info(e, actor: str, dept_of: dict[int, str], full: bool, hidden: bool = False) -> dto.EventInfo:
    """A timeline entry from an event row (an ORM object or a row dict with the same names). ``full``: the
    phone shows in full; ``hidden``: a confidential reporter's name and phone do not show at all."""
    get = e.get if isinstance(e, dict) else lambda k: getattr(e, k)
    changes = json.loads(get("changes") or "{}")
    note = get("note")
    if hidden or not full:
        changes = mask_changes(changes, confidential=hidden)
    if hidden and get("kind") in ("attachment", "attachment_remove") and "intake" in (changes.get("step") or ()):
        # a confidential reporter's own file (see desk.intake.attachments.service): its name may say who
        changes = {**changes, "file_name": [CONFIDENTIAL if v else v for v in changes.get("file_name") or ()]}
        note = notes.program(Message("反映人提供的附件（保密）"))
    return dto.EventInfo(id=get("id"), at=get("at"), actor=actor, kind=get("kind"), note=notes.text(note),
                         department=dept_of.get(get("dispatch_id")) if get("dispatch_id") else None,
                         changes=changes)


def hides_reporter(viewer: Viewer | None, ticket) -> bool:
    """A confidential (保密) reporter is seen only by clerks and supervisors."""
    return bool(ticket.confidential) and viewer is not None and viewer.role not in PRIVY_ROLES


# -- escalations and approvals ---------------------------------------------------------
#: The role an escalation of the office's own step (核实, 回访) names: no department, the office itself.
OFFICE_ROLE = "office"


def _escalation_query():
    handler = aliased(User)
    return (
        select(Escalation, Dispatch, Ticket.number, Ticket.title, Department.name, handler.display_name,
               Ticket.state, Ticket.next_due)
        .join(Ticket, Ticket.id == Escalation.ticket_id)
        .outerjoin(Dispatch, Dispatch.id == Escalation.dispatch_id)  # (none: the office's own step)
        .outerjoin(Department, Department.id == Dispatch.department_id)
        .outerjoin(handler, handler.id == Escalation.handled_by_id)
    )


def late_by(d, step: str, cal: WorkCalendar, now: datetime) -> tuple[timedelta, bool]:
    """How late step ``step`` of dispatch ``d`` is at ``now``: working time for a working-time limit, clock
    time for a natural one (the same rule as the badges); and which of the two it is."""
    return _late(getattr(d, f"{step}_due"), getattr(d, f"{step}_within"), cal, now)


def _late(due: datetime | None, within: str | None, cal: WorkCalendar, now: datetime) -> tuple[timedelta, bool]:
    working = is_working(within)
    if due is None or now <= due:
        return timedelta(0), working
    return (cal.working_time_between(due, now) if working else now - due), working


def _office_due(state: str, next_due: datetime | None, step: str) -> datetime | None:
    """The due instant of the office's step ``step`` while the ticket still waits for it (else unknown)."""
    return next_due if clocks.OFFICE_STEPS.get(state) == step else None


def _escalation_info(row, cal: WorkCalendar, now: datetime, office: str = "",
                     office_limits: dict | None = None) -> dto.EscalationInfo:
    e, d, number, title, dept, handler, state, next_due = row
    if d is not None:
        due = getattr(d, f"{e.step}_due")
        late, working = late_by(d, e.step, cal, now)
    else:
        due = _office_due(state, next_due, e.step)
        late, working = _late(due, (office_limits or {}).get(e.step), cal, now)
    return dto.EscalationInfo(
        id=e.id, dispatch_id=d.id if d is not None else 0, ticket_number=number, ticket_title=title,
        department=dept if d is not None else office, role=d.role if d is not None else OFFICE_ROLE,
        step=e.step, level=e.level, due=due, reached_at=e.reached_at, late_by=late,
        handled_at=e.handled_at, handled_by=handler, handling=e.handling, handling_note=e.handling_note,
        closed_at=e.closed_at, late_working=working,
    )


def escalation_info(session: Session, escalation_id: int, cal: WorkCalendar, now: datetime, office: str = "",
                    office_limits: dict | None = None) -> dto.EscalationInfo:
    """One escalation as its queue shows it."""
    row = session.execute(_escalation_query().where(Escalation.id == escalation_id)).one()
    return _escalation_info(row, cal, now, office, office_limits)


def escalations(session: Session, *, level: int, cal: WorkCalendar, now: datetime, include_closed: bool = False,
                since: datetime | None = None, limit: int = 500, office: str = "",
                office_limits: dict | None = None) -> list[dto.EscalationInfo]:
    stmt = _escalation_query().where(Escalation.level == level)
    if not include_closed:
        stmt = stmt.where(Escalation.closed_at.is_(None))
    if since is not None:
        stmt = stmt.where(Escalation.reached_at >= since)
    stmt = stmt.order_by(Escalation.handled_at.is_not(None), Escalation.reached_at, Escalation.id).limit(limit)
    return [_escalation_info(r, cal, now, office, office_limits) for r in session.execute(stmt)]


def escalation_infos_for(session: Session, reached, cal: WorkCalendar, at: datetime, office: str = "",
                         office_limits: dict | None = None) -> list[dto.EscalationInfo]:
    """Infos for a sweep's results (recorded ones are read back; a dry run's are built in memory)."""
    if not reached:
        return []
    ids = {x.dispatch_id for x in reached if x.dispatch_id is not None}
    rows = {r.id: (r, r.number, r.title, r.name) for r in session.execute(  # plain rows: a sweep reads a thousand
        select(Dispatch.id, Dispatch.role, Dispatch.acknowledge_due, Dispatch.respond_due, Dispatch.resolve_due,
               Dispatch.acknowledge_within, Dispatch.respond_within, Dispatch.resolve_within,
               Ticket.number, Ticket.title, Department.name)
        .join(Ticket, Ticket.id == Dispatch.ticket_id).join(Department, Department.id == Dispatch.department_id)
        .where(Dispatch.id.in_(ids)))} if ids else {}
    tickets = {t.id: t for t in session.execute(
        select(Ticket.id, Ticket.number, Ticket.title, Ticket.state, Ticket.next_due)
        .where(Ticket.id.in_({x.ticket_id for x in reached if x.dispatch_id is None})))}
    out = []
    for x in reached:
        if x.dispatch_id is not None:
            d, number, title, dept = rows[x.dispatch_id]
            due = getattr(d, f"{x.step}_due")
            late, working = late_by(d, x.step, cal, at)
            did, role = d.id, d.role
        else:
            t = tickets[x.ticket_id]
            number, title, dept, did, role = t.number, t.title, office, 0, OFFICE_ROLE
            due = _office_due(t.state, t.next_due, x.step)
            late, working = _late(due, (office_limits or {}).get(x.step), cal, at)
        out.append(dto.EscalationInfo(
            id=0, dispatch_id=did, ticket_number=number, ticket_title=title, department=dept, role=role,
            step=x.step, level=x.level, due=due, reached_at=x.reached_at, late_by=late,
            handled_at=None, handled_by=None, handling=None, handling_note=None, closed_at=None,
            late_working=working))
    return sorted(out, key=lambda e: (e.reached_at, e.ticket_number, e.level))


def approvals(session: Session) -> list[dto.RequestInfo]:
    """Pending extension and suspension requests, and return requests, oldest first."""
    who = aliased(User)
    out = [
        dto.RequestInfo(id=r.id, kind=r.kind, dispatch_id=d.id, ticket_number=number, ticket_title=title,
                        department=dept, reason=r.reason, requested_at=r.requested_at, requested_by=name,
                        current_resolve_due=d.resolve_due, new_resolve_due=r.new_resolve_due,
                        platform_due=platform_due)
        for r, d, number, title, dept, name, platform_due in session.execute(
            select(DispatchRequest, Dispatch, Ticket.number, Ticket.title, Department.name, who.display_name,
                   HotlineOrder.platform_due)
            .join(Dispatch, Dispatch.id == DispatchRequest.dispatch_id)
            .join(Ticket, Ticket.id == Dispatch.ticket_id)
            .join(Department, Department.id == Dispatch.department_id)
            .join(who, who.id == DispatchRequest.requested_by_id)
            .outerjoin(HotlineOrder, HotlineOrder.ticket_id == Ticket.id)
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
