"""Problem hotspots (问题清单, issue 16 §1): tickets grouped by 社区 × category, or by 社区 × category × place, over a
period, with the figures that tell where the same problem keeps coming back.

The period is a range of the office's local dates, both included: ``[start 00:00, end + 1 day 00:00)`` in the
office time zone, as UTC instants (like the period report's weeks and months). What is counted ends at the
period's end; while the period is still running, that is now (the *cut*: nothing later exists yet).

The figures of a group (one :class:`~desk.hotspots.dto.Hotspot`), by the period report's own definitions
(desk/stats/definitions.py, "重复件（合并）" and "满意率"):

* **count** (问题数): tickets received (created) in the period that are not merged repeats: a problem raised by
  several residents counts once, as its parent (受理数按问题计).
* **residents** (涉及居民): every ticket received in the period, merged repeats included (主工单与重复件的反映人数之和).
* **repeats** (重复件): tickets received in the period that are merged repeats (a parent elsewhere), plus problems
  received in the period still flagged as a likely repeat (desk.intake.repeats: a proposal not yet merged or
  dismissed).
* **dissatisfied** (不满意占比): 不满意 ÷ 有效回访 over the callbacks of the group's tickets (parents and merged
  repeats alike: every resident is called back and counts, as in the report's 满意率; an 有效回访 is one that
  reached the resident, 不满意 its answer "不满意"). Unlike the report, which judges the departments' work of a
  period by the callbacks made in it, a hotspot is a set of complaints: its share counts what the residents of
  *these* tickets said, as recorded now (a callback after the period's end about a complaint of the period
  counts). The ticket keeps the two counts (``callbacks_reached``, ``callbacks_dissatisfied``), so no callback is
  joined: at a million tickets a year that join alone took two seconds on SQLite.
* **unresolved** (未办结占比): of ``count``, the problems not closed (结案) or cancelled (作废) before the period's end
  (while it runs: not closed now), read from the ticket's ``closed_at`` as it stands now. A ticket closed before
  the end and reopened (重办) since has no ``closed_at`` and counts as unresolved; one cancelled counts as finished.
  A department's 办结 is not enough: the office closes a ticket after verifying it and calling the resident back.
* **trend** (环比): ``count`` against the problems of the previous period of equal length (the same number of
  days just before ``start``). While the period is still running, the previous one is compared over the same
  elapsed time (up to ``previous_since + (cut - since)``), so that half a month is not set against a whole one.
  ``change`` = count - previous, ``change_ratio`` = change ÷ previous (None when previous is 0).

Grouping by **place** (小区点位) splits each 社区 × category further by where the tickets are: the address up to its
first house number (spaces and punctuation ignored), which is the compound or the road: 幸福家园12号楼3单元 →
幸福家园, 幸福路 37 号 → 幸福路; an address without a number is taken whole, and tickets without an address form
one group of their own (place "").

Speed: one aggregate statement over the period's tickets, grouped in the database by (社区, category), reading
``ix_ticket_hotspot`` (community, category_id, created_at, parent_id, closed_at, the callback counts, address)
alone: on SQLite it skips from one (社区, category) to the next and reads only the period's entries, already in
the order it groups by; one more counts the previous period's problems the same way, and one the undecided repeat
proposals (``ix_repeat_proposal_state``: a few rows, each joined to its ticket). The conditions on ``parent_id``
are aggregate filters, not WHERE terms, so that no planner is tempted by the ``parent_id`` index. Grouping by
place also groups by the address in the database (a sort) and merges the addresses of one place here.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, tzinfo

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from desk.errors import ValidationError
from desk.hotspots import dto
from desk.stats.data import Ratio
from models import Category, Community, RepeatProposal, Ticket

#: How tickets are grouped: by 社区 × category, or by 社区 × category × place.
GROUP_BY = ("community_category", "place")
#: What the rows can be sorted by (each descending): problems, residents, repeats, the dissatisfied share, the
#: unresolved share, the change against the previous period.
SORTS = ("count", "residents", "repeats", "dissatisfied", "unresolved", "trend")
#: The longest period (three years and a leap day).
MAX_DAYS = 3 * 365 + 1
#: The most rows one call returns, and the most tickets of one hotspot.
MAX_ROWS = 5000
MAX_TICKETS = 500

_PLACE_JUNK = re.compile(r"[\s\W_]+", re.UNICODE)
_FIRST_NUMBER = re.compile(r"[0-9０-９]")


def place_of(address: str | None) -> str:
    """The 小区点位 or road of an address: the address without spaces and punctuation, up to its first digit
    (幸福家园12号楼3单元 → 幸福家园; 幸福路 37 号 → 幸福路); the whole address when it has no digit or starts with one."""
    text = _PLACE_JUNK.sub("", address or "")
    m = _FIRST_NUMBER.search(text)
    return text[:m.start()] if m and m.start() > 0 else text


# -- the period ---------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Window:
    start: date
    end: date
    since: datetime
    until: datetime
    cut: datetime
    previous_start: date
    previous_end: date
    previous_since: datetime
    previous_cut: datetime


def _midnight(d: date, tz: tzinfo) -> datetime:
    return datetime.combine(d, time(0), tz).astimezone(timezone.utc)


def window(start: date, end: date, *, tz: tzinfo, now: datetime) -> Window:
    """The period ``start``–``end`` (local dates, both included) and the previous one of equal length, as UTC
    instants. ValidationError for an end before the start, a period longer than :data:`MAX_DAYS` days, or one
    that has not begun."""
    if end < start:
        raise ValidationError("end", "结束日期 {end} 早于开始日期 {start}。", end=end.isoformat(), start=start.isoformat())
    days = (end - start).days + 1
    if days > MAX_DAYS:
        raise ValidationError("end", "统计期最长三年（{max} 天），所选为 {days} 天。", max=MAX_DAYS, days=days)
    since, until = _midnight(start, tz), _midnight(end + timedelta(days=1), tz)
    if since > now:
        raise ValidationError("start", "开始日期 {start} 尚未到来，无法统计。", start=start.isoformat())
    cut = min(until, now)
    previous_start = start - timedelta(days=days)
    previous_since = _midnight(previous_start, tz)
    return Window(start, end, since, until, cut, previous_start, start - timedelta(days=1), previous_since,
                  min(since, previous_since + (cut - since)))


# -- names ------------------------------------------------------------------------------------------------------
def _categories(conn: Connection) -> dict[int, tuple[str, ...]]:
    """Every category's path from the 大类 down to it."""
    nodes = {i: (name, parent) for i, name, parent in conn.execute(
        select(Category.id, Category.name, Category.parent_id))}
    paths: dict[int, tuple[str, ...]] = {}

    def path(i: int, depth: int = 0) -> tuple[str, ...]:
        if i not in paths:
            name, parent = nodes[i]
            up = path(parent, depth + 1) if parent in nodes and depth < 5 else ()
            paths[i] = (*up, name)
        return paths[i]

    for i in nodes:
        path(i)
    return paths


def _category_ids(paths: dict[int, tuple[str, ...]], name: str) -> list[int]:
    """The ids of category ``name`` and of every category below it."""
    if not any(p[-1] == name for p in paths.values()):
        raise ValidationError("category", "未知分类：{name}。", name=name[:64])
    return [i for i, p in paths.items() if name in p]


def _check_community(conn: Connection, name: str) -> None:
    if conn.execute(select(Community.id).where(Community.name == name)).first() is None:
        raise ValidationError("community", "未知社区：{name}（请从社区列表中选择；新社区由管理员添加）", name=name[:64])


def check_choices(group_by: str, sort: str, limit: int) -> None:
    """ValidationError for an unknown grouping or sort, or a limit outside 1–:data:`MAX_ROWS`."""
    if group_by not in GROUP_BY:
        raise ValidationError("group_by", "未知的分组方式：{value}（可选：按社区和分类 community_category、按地点 place）。",
                              value=str(group_by)[:40])
    if sort not in SORTS:
        raise ValidationError("sort", "未知的排序方式：{value}（可选：{choices}）。", value=str(sort)[:40],
                              choices="、".join(SORTS))
    if not 1 <= limit <= MAX_ROWS:
        raise ValidationError("limit", "条数须在 1 到 {max} 之间（收到 {value}）。", max=MAX_ROWS, value=limit)


# -- the hotspots -------------------------------------------------------------------------------------------------
def _sort_key(sort: str):
    def ratio(r: Ratio) -> tuple[bool, float]:
        return (r.value is None, -(r.value or 0.0))

    first = {
        "count": lambda h: (-h.count,),
        "residents": lambda h: (-h.residents,),
        "repeats": lambda h: (-h.repeats,),
        "dissatisfied": lambda h: (*ratio(h.dissatisfied), -h.dissatisfied.whole),
        "unresolved": lambda h: (*ratio(h.unresolved), -h.count),
        "trend": lambda h: (-h.change,),
    }[sort]
    return lambda h: (*first(h), -h.count, -h.residents, h.community, h.category_path, h.place)


def hotspots(session: Session, *, w: Window, group_by: str = "community_category", community: str | None = None,
             category: str | None = None, sort: str = "count", limit: int = 500) -> dto.HotspotReport:
    """The hotspots of the period ``w`` (see the module's docstring), sorted by ``sort`` (descending; ties: more
    problems first, then by 社区, category and place), the first ``limit`` of them. ``community`` and ``category``
    narrow to one 社区 and to one category with everything below it in the tree."""
    check_choices(group_by, sort, limit)
    conn = session.connection()
    paths = _categories(conn)
    T = Ticket
    where = []
    if community:
        _check_community(conn, community)
        where.append(T.community == community)
    if category:
        where.append(T.category_id.in_(_category_ids(paths, category)))
    by_place = group_by == "place"
    keys = [T.community, T.category_id, *([T.address] if by_place else [])]

    places: dict[str, str] = {}  # address -> place: an address recurs in many groups

    def group(row: Iterable) -> tuple:
        r = tuple(row)
        if not by_place:
            return r[0], r[1], ""
        place = places.get(r[2])
        if place is None:
            place = places[r[2]] = place_of(r[2])
        return r[0], r[1], place

    width = len(keys)
    parent = T.parent_id.is_(None)

    def count_if(*cond) -> object:
        return func.count().filter(and_(*cond))

    # 1. the period's tickets, and 2. the previous period's problems: each one read of ix_ticket_hotspot
    #: residents, problems, unresolved, reached, dissatisfied, previous problems, flagged
    figures: dict[tuple, list[int]] = defaultdict(lambda: [0] * 7)
    for row in conn.execute(
            select(*keys, func.count(), count_if(parent), count_if(parent, or_(T.closed_at.is_(None),
                                                                                T.closed_at >= w.until)),
                   func.sum(T.callbacks_reached), func.sum(T.callbacks_dissatisfied))
            .where(T.created_at >= w.since, T.created_at < w.until, *where)
            .group_by(*keys)):
        f = figures[group(row)]
        for i, v in enumerate(row[width:]):
            f[i] += int(v or 0)
    if w.previous_cut > w.previous_since:
        for row in conn.execute(
                select(*keys, count_if(parent))
                .where(T.created_at >= w.previous_since, T.created_at < w.previous_cut, *where)
                .group_by(*keys)):
            if (key := group(row)) in figures:
                figures[key][5] += int(row[width])
    # 3. problems of the period still flagged as likely repeats (undecided proposals: few, found by their state)
    RP = RepeatProposal
    for row in conn.execute(
            select(*keys, func.count(func.distinct(case((parent, RP.ticket_id)))))
            .select_from(RP).join(T, T.id == RP.ticket_id)
            .where(RP.state == "proposed", T.created_at >= w.since, T.created_at < w.until, *where)
            .group_by(*keys)):
        if (key := group(row)) in figures:
            figures[key][6] += int(row[width] or 0)

    rows = []
    for (com, cat, place), (residents, count, unresolved, valid, dissatisfied, previous, flagged) in figures.items():
        merged = residents - count
        change = count - previous
        path = paths.get(cat, (str(cat),))
        rows.append(dto.Hotspot(
            community=com, category=path[-1], category_path=path, place=place, count=count, residents=residents,
            repeats=merged + flagged, dissatisfied=Ratio.of(dissatisfied, valid),
            unresolved=Ratio.of(unresolved, count),
            previous=previous, change=change, change_ratio=change / previous if previous else None))
    rows.sort(key=_sort_key(sort))
    return dto.HotspotReport(
        group_by=group_by, sort=sort, start=w.start, end=w.end, since=w.since, until=w.until, cut=w.cut,
        previous_start=w.previous_start, previous_end=w.previous_end, previous_cut=w.previous_cut,
        rows=tuple(rows[:limit]), groups=len(rows), problems=sum(r.count for r in rows),
        residents=sum(r.residents for r in rows))


def tickets(session: Session, *, w: Window, community: str, category: str, place: str | None = None,
            limit: int = MAX_TICKETS) -> dto.HotspotTickets:
    """The tickets of one hotspot (all received in the period: the problems and their merged repeats), newest
    first, at most ``limit`` (1–:data:`MAX_TICKETS`). ``category`` is the hotspot's own category (a ticket of a
    category below it is another hotspot); ``place`` (None: any) as :func:`place_of` gives it."""
    if not 1 <= limit <= MAX_TICKETS:
        raise ValidationError("limit", "条数须在 1 到 {max} 之间（收到 {value}）。", max=MAX_TICKETS, value=limit)
    conn = session.connection()
    _check_community(conn, community)
    cat = conn.execute(select(Category.id).where(Category.name == category)).scalar()
    if cat is None:
        raise ValidationError("category", "未知分类：{name}。", name=category[:64])
    T = Ticket
    stmt = (select(T.number, T.title, T.created_at, T.state, T.address, T.closed_at, T.parent_id)
            .where(T.community == community, T.category_id == cat, T.created_at >= w.since, T.created_at < w.until)
            .order_by(T.created_at.desc(), T.id.desc()))
    if place is None:
        total = conn.execute(select(func.count()).select_from(stmt.order_by(None).subquery())).scalar_one()
        rows = conn.execute(stmt.limit(limit)).all()
    else:  # the place is computed from the address: the group's tickets are read and picked here
        rows = [r for r in conn.execute(stmt) if place_of(r.address) == place]
        total = len(rows)
        rows = rows[:limit]
    parents = {p for p in (r.parent_id for r in rows) if p is not None}
    numbers = dict(conn.execute(select(T.id, T.number).where(T.id.in_(parents))).all()) if parents else {}
    return dto.HotspotTickets(total, tuple(
        dto.HotspotTicket(r.number, r.title, r.created_at, r.state, r.address, r.closed_at,
                          numbers.get(r.parent_id) if r.parent_id is not None else None) for r in rows))
