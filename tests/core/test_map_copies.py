"""The map's copies (issue 17's speed, migration 0024) on both databases: a ticket's point copied onto the ticket
(``Ticket.lon``/``lat``) and a callback's 社区 and category copied onto the callback (``Callback.community``/
``category_id``) follow every write path of a mixed journey; the map's figures, read from those copies alone, equal
the same figures recomputed here from the raw rows (points joined to their tickets, callbacks joined to theirs); and
the map's statements are planned on an index, never as a scan of the ticket or callback table (the style of
test_query_plans)."""
from __future__ import annotations

import csv
import re
from collections import Counter
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from desk.geo.dto import MapQuery
from helpers import Office
from map_files import street, write_geojson
from models import Callback, Category, Ticket, TicketPoint
from test_query_plans import _plan, _scale_statistics, _statements

BOX = (116.39, 39.89, 116.44, 39.93)


@pytest.fixture
def journey(world, tmp_path):
    """A mixed journey over every path that writes a point, a callback, or a ticket's 社区 or category."""
    world.admin.import_map_layer(str(write_geojson(tmp_path / "street.geojson", street())))
    o = Office(world)
    clerk, admin = world.clerk, world.admin
    closed = [o.ticket_in("closed") for _ in range(3)]  # each with a reached, satisfied callback (幸福社区)
    waiting = o.ticket_in("awaiting_callback")
    new = [world.new_ticket(community=c).number for c in ("幸福社区", "光明社区", "和平里社区", "建设社区")]
    cancelled = o.ticket_in("cancelled")
    # points: set, moved, cleared, set again; one on a ticket that gets merged, one on a cancelled ticket
    clerk.set_ticket_point(closed[0], 116.405, 39.905)
    clerk.set_ticket_point(closed[1], 116.406, 39.906)
    clerk.set_ticket_point(closed[1], 116.415, 39.905)  # moved
    clerk.set_ticket_point(new[0], 116.401, 39.901)
    clerk.clear_ticket_point(new[0])  # cleared
    clerk.set_ticket_point(new[1], 116.425, 39.915)
    clerk.set_ticket_point(new[2], 116.412, 39.912)
    clerk.set_ticket_point(cancelled, 116.402, 39.902)
    # the ticket dialog's point: with 受理, then moved and removed with 编辑 (and left alone by an edit without it)
    dialog = world.new_ticket(community="和平里社区", point=(116.413, 39.913)).number
    clerk.update_ticket(dialog, point=(116.414, 39.914))
    clerk.update_ticket(dialog, title="和平里路灯不亮")
    removed = world.new_ticket(community="光明社区", point=(116.423, 39.913)).number
    clerk.update_ticket(removed, point=())
    # callbacks (one not reached)
    clerk.record_callback(waiting, contacted=False)
    clerk.record_callback(waiting, contacted=True, resolved=False, satisfaction="basically_satisfied")
    # reopened (its callback stays), then its 社区 and category changed: the callback follows
    clerk.reopen(closed[0], reason="居民反映仍未解决", lead="城管执法队")
    clerk.update_ticket(closed[0], community="光明社区", category="道路交通")
    # a merged repeat (counted as its parent) with a point of its own
    child = world.new_ticket(community="光明社区").number
    clerk.set_ticket_point(child, 116.426, 39.916)
    clerk.merge_repeat(child, new[1])
    # a 社区 renamed: its tickets and their callbacks follow
    admin.rename_community("幸福社区", "幸福里社区")
    # a 12345 export with coordinates (and one without), re-classified afterwards
    path = tmp_path / "export.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(["工单编号", "问题分类", "主要内容", "村/社区", "经度", "纬度"])
        w.writerow(["GD001", "市容环境", "路灯不亮", "幸福里社区", "116.407", "39.907"])
        w.writerow(["GD002", "无此分类", "垃圾堆放", "光明社区", "", ""])
    clerk.import_hotline(str(path))
    world.clock.advance(days=1)
    return world


def _copies_agree(desk) -> None:
    t, p, c = Ticket.__table__.c, TicketPoint.__table__.c, Callback.__table__.c
    with desk.unit(write=False) as (s, _):
        points = dict((tid, (lon, lat)) for tid, lon, lat in s.execute(select(p.ticket_id, p.lon, p.lat)))
        for tid, lon, lat in s.execute(select(t.id, t.lon, t.lat)):
            assert points.get(tid, (None, None)) == (lon, lat), tid
        tickets = dict((tid, (com, cat)) for tid, com, cat in s.execute(select(t.id, t.community, t.category_id)))
        rows = s.execute(select(c.ticket_id, c.community, c.category_id)).all()
        assert rows
        for tid, com, cat in rows:
            assert tickets[tid] == (com, cat), tid


def test_the_copies_follow_every_write_path(journey):
    _copies_agree(journey.desk)
    with journey.desk.unit(write=False) as (s, _):
        assert s.scalar(select(Ticket.lon).where(Ticket.lon.is_not(None)).limit(1)) is not None
        communities = set(s.scalars(select(Callback.community)))
    assert "光明社区" in communities  # moved with its ticket
    assert "幸福里社区" in communities and "幸福社区" not in communities  # renamed with its tickets


def test_the_copies_follow_a_reclassification(world, tmp_path):
    clerk, admin = world.clerk, world.admin
    path = tmp_path / "export.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(["工单编号", "问题分类", "主要内容", "村/社区", "经度", "纬度"])
        w.writerow(["GD009", "平台/路灯", "路灯不亮", "幸福社区", "116.405", "39.905"])
    clerk.import_hotline(str(path))
    with world.desk.unit() as (s, now):  # a callback on the still unclassified ticket (as a clerk could record)
        t = s.scalar(select(Ticket).where(Ticket.hotline_number == "GD009"))
        s.add(Callback(ticket_id=t.id, at=now, by_id=t.created_by_id, contacted=True, resolved=True,
                       satisfaction="satisfied", community=t.community, category_id=t.category_id))
    admin.set_category_mapping("平台/路灯", "市容环境")
    assert admin.reclassify_unclassified() == 1
    _copies_agree(world.desk)
    with world.desk.unit(write=False) as (s, _):
        assert s.scalar(select(Category.name).join(Callback, Callback.category_id == Category.id)) == "市容环境"


# -- the figures from raw rows ------------------------------------------------------------------------------------
def _raw(desk, q: MapQuery, box):
    """The map's figures recomputed from the raw rows: points joined to their tickets, callbacks to theirs."""
    with desk.unit(write=False) as (s, now):
        tz = desk._timing(s).cal.tzinfo
        from desk.geo.service import _midnight
        since = _midnight(q.start, tz) if q.start else None
        until = _midnight(q.end + timedelta(days=1), tz) if q.end else None
        tickets = s.execute(select(Ticket.id, Ticket.community, Ticket.created_at, Ticket.parent_id, Ticket.closed_at,
                                   Ticket.category_id, Ticket.next_due)).all()
        points = dict((tid, (lon, lat)) for tid, lon, lat in s.execute(
            select(TicketPoint.ticket_id, TicketPoint.lon, TicketPoint.lat)))
        callbacks = s.execute(select(Callback.ticket_id, Callback.at, Callback.contacted, Callback.resolved,
                                     Callback.satisfaction)).all()
        cats = None
        if q.category:
            from desk.hotspots.service import _categories, _category_ids
            cats = set(_category_ids(_categories(s.connection()), q.category))

    def passes(t):
        return (t.parent_id is None and (since is None or t.created_at >= since)
                and (until is None or t.created_at < until) and (cats is None or t.category_id in cats)
                and (q.state != "open" or t.closed_at is None) and (q.state != "closed" or t.closed_at is not None)
                and (q.state != "overdue" or (t.next_due is not None and t.next_due <= now)))

    counted = [t for t in tickets if passes(t)]
    counts = Counter(t.community for t in counted)
    inside = [t for t in counted if t.id in points and (box is None or (
        box[0] <= points[t.id][0] <= box[2] and box[1] <= points[t.id][1] <= box[3]))]
    community = {t.id: t.community for t in tickets}
    category = {t.id: t.category_id for t in tickets}
    rates: dict[str, list[int]] = {}
    for tid, at, contacted, resolved, satisfaction in callbacks:
        if not contacted or (since and at < since) or (until and at >= until) or (cats and category[tid] not in cats):
            continue
        r = rates.setdefault(community[tid], [0, 0, 0, 0])
        r[0] += 1
        r[1] += resolved is True
        r[2] += satisfaction == "satisfied"
        r[3] += satisfaction == "basically_satisfied"
    return counts, Counter(t.community for t in inside), rates, len(inside)


@pytest.mark.parametrize("q", [MapQuery(), MapQuery(state="open"), MapQuery(state="closed"), MapQuery(state="overdue"),
                               MapQuery(category="市容环境"), MapQuery(start=date(2026, 11, 1), end=date(2026, 12, 31)),
                               MapQuery(start=date(2027, 1, 1))],
                         ids=["all", "open", "closed", "overdue", "category", "period", "future"])
def test_figures_equal_the_raw_rows(journey, q):
    clerk = journey.clerk
    pic = clerk.map_picture(q)
    x0, y0, x1, y1 = pic.layers.bbox
    counts, pinned, rates, _ = _raw(journey.desk, q, (x0 - 1e-4, y0 - 1e-4, x1 + 1e-4, y1 + 1e-4))
    rows = {r.community: r for r in pic.summary.rows}
    assert pic.summary.total == sum(counts.values())
    for name, row in rows.items():
        assert row.count == counts.get(name, 0), name
        assert row.pinned == pinned.get(name, 0), name
        reached, resolved, satisfied, basic = rates.get(name, (0, 0, 0, 0))
        assert (row.resolution.whole, row.resolution.part) == (reached, resolved), name
    _, anywhere, _, _ = _raw(journey.desk, q, None)
    alone = {r.community: r for r in clerk.map_summary(q).rows}  # its own count of the points, wherever they are
    assert {n: (r.count, r.pinned) for n, r in alone.items()} == {n: (counts.get(n, 0), anywhere.get(n, 0))
                                                                  for n in rows}
    _, _, _, inside = _raw(journey.desk, q, BOX)
    view = clerk.map_pins(BOX, q)
    assert view.total == inside and len(view.pins) == inside
    crowded = clerk.map_pins(BOX, q, max_pins=1)
    assert crowded.total == inside and sum(c.count for c in crowded.clusters) + len(crowded.pins) == inside
    assert inside <= 1 or not crowded.pins
    if q == MapQuery():
        assert inside >= 3 and any(r.pinned for r in rows.values())
        assert any(r.resolution.whole for r in rows.values())


# -- the plans ----------------------------------------------------------------------------------------------------
_SQLITE_BAD = re.compile(r"SCAN (ticket|callback|ticket_point)(?! USING (COVERING )?INDEX)\b")
_PG_BAD = re.compile(r"Seq Scan on (ticket|callback|ticket_point)\b")


@pytest.mark.parametrize("q", [MapQuery(), MapQuery(start=date(2026, 1, 1), end=date(2026, 12, 31)),
                               MapQuery(state="overdue"), MapQuery(category="市容环境")],
                         ids=["all", "year", "overdue", "category"])
def test_the_maps_statements_read_indexes_not_tables(journey, q):
    desk = journey.desk
    desk.analyze()
    if desk.backend == "sqlite":
        _scale_statistics(desk, 100_000)
    clerk = journey.clerk
    seen = _statements(desk, lambda: clerk.map_picture(q)) + _statements(desk, lambda: clerk.map_summary(q))
    seen = [(st, p) for st, p in seen if re.search(r"\b(ticket|callback)\b", st)]
    assert seen
    for statement, parameters in seen:
        plan = _plan(desk, statement, parameters)
        bad = _PG_BAD if desk.backend == "postgresql" else _SQLITE_BAD
        assert not bad.search(plan), f"{statement}\n{plan}"
        if desk.backend == "sqlite" and "count(*)" in statement:  # the map's aggregates: index-only
            assert "COVERING INDEX" in plan or "next_due" in plan, f"{statement}\n{plan}"
