"""Problem hotspots (问题清单, issue 16 §1) through the façade, on both databases: every figure recomputed here from the
raw rows, merged repeats counted once, the shares, the trend, the sorts, who may ask, and bad input.

The world: October and November 2026 in Shanghai; the clock stands at Monday 2026-11-23 10:00 (T0), so November
is still running and is compared with October 2–31 up to the same elapsed time (October 24 10:00).
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select, text

from conftest import T0
from desk.errors import PermissionDenied, ValidationError
from desk.hotspots.service import MAX_DAYS, place_of
from helpers import snapshot
from models import Callback, Category, RepeatProposal, Ticket

SH = ZoneInfo("Asia/Shanghai")
NOV = dict(start=date(2026, 11, 1), end=date(2026, 11, 30))
OCT = dict(start=date(2026, 10, 2), end=date(2026, 10, 31))


def at(month: int, day: int, hour: int = 10) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=SH).astimezone(timezone.utc)


#: The office is seeded on October 1 (an embedded desk records nothing before its last record).
pytestmark = pytest.mark.clock_starts(at(10, 1, 8))


def ticket(world, when: datetime, **fields) -> str:
    world.clock.set(when)
    return world.new_ticket(**fields).number


def handle(world, number: str, when: datetime, *, satisfaction: str | None = "satisfied", contacted: bool = True,
           close: bool = True) -> None:
    """Whistle, and the lead department resolves; verified, called back, closed (all at ``when``)."""
    world.clock.set(when)
    clerk, lead = world.clerk, world.responder("城管执法队")
    t = clerk.whistle(number, lead="城管执法队", note="请处理")
    d = t.dispatches[0].id
    lead.acknowledge(d)
    lead.respond(d, "已联系")
    lead.resolve(d, "已处理")
    clerk.verify(number, accepted=True, note="核实通过")
    clerk.record_callback(number, contacted=contacted, resolved=contacted or None,
                          satisfaction=satisfaction if contacted else None)
    if close:
        clerk.close(number)


XF = dict(community="幸福社区", category="市容环境")
HP = dict(community="和平里社区", category="市容环境")
GM = dict(community="光明社区", category="道路交通")


@pytest.fixture
def hot(world):
    """Tickets in October and November (made in the order of time: an embedded desk never records an instant
    before its last record); the clock back at T0 afterwards. Returns the numbers by name."""
    world.clock.set(at(10, 1, 9))
    world.admin.add_category_node("占道经营", parent="市容环境")
    n = {}
    # October (the previous period): 幸福社区 × 市容环境 three times (p4 after October 24: outside the compared part)
    n["p0"] = ticket(world, at(10, 1), address="幸福路 1 号", **XF)  # before October 2: in neither period
    n["p1"] = ticket(world, at(10, 10), address="幸福家园3号楼", **XF)
    n["p2"] = ticket(world, at(10, 12), address="幸福路 12 号", **XF)
    n["p3"] = ticket(world, at(10, 15), address="光明街 8 号", **GM)
    handle(world, n["p2"], at(10, 20))
    n["p4"] = ticket(world, at(10, 28), address="幸福家园9号楼", **XF)
    # November (the period)
    n["a"] = ticket(world, at(11, 2), address="幸福家园 5号楼2单元", reporter_phone="13900001111", **XF)
    n["b"] = ticket(world, at(11, 3), address="幸福家园7号楼", reporter_phone="13900002222", **XF)
    world.clerk.merge_repeat(n["b"], n["a"])  # b is a's repeat: one problem, two residents
    n["c"] = ticket(world, at(11, 4), address="幸福路 30 号", **XF)
    handle(world, n["a"], at(11, 5), satisfaction="dissatisfied")
    n["d"] = ticket(world, at(11, 5, 11), address="幸福路 31 号", **XF)
    world.clock.set(at(11, 5, 12))
    world.clerk.cancel(n["d"], reason="重复工单")
    world.clock.set(at(11, 6, 9))
    world.clerk.record_callback(n["b"], contacted=True, resolved=True, satisfaction="satisfied")
    n["e"] = ticket(world, at(11, 6), address="和平里七区2号楼", **HP)
    n["f"] = ticket(world, at(11, 7), address="和平里七区4号楼", **HP)
    n["g"] = ticket(world, at(11, 8, 8), address="光明街 9 号", **GM)
    handle(world, n["e"], at(11, 8))
    n["h"] = ticket(world, at(11, 9, 8), address="和平里七区5号楼", community="和平里社区", category="占道经营")
    handle(world, n["f"], at(11, 9), contacted=False)
    handle(world, n["p1"], at(11, 10), satisfaction="dissatisfied")  # an October ticket called back in November
    n["i"] = ticket(world, at(11, 11), address="幸福家园 5号楼2单元", reporter_phone="13900001111",
                    title="幸福家园5号楼门口又有人占道经营", **XF)
    world.clock.set(at(11, 11, 11))
    world.clerk.propose_repeats(n["i"])  # flagged as a likely repeat of a, not decided
    world.clock.set(T0)
    return n


# -- the figures, recomputed from the raw rows ------------------------------------------------------------------
def _rows(desk):
    with desk.unit(write=False) as (s, _):
        tickets = s.execute(select(Ticket.id, Ticket.number, Ticket.community, Ticket.category_id, Ticket.address,
                                   Ticket.created_at, Ticket.parent_id, Ticket.closed_at)).all()
        callbacks = s.execute(select(Callback.ticket_id, Callback.at, Callback.contacted, Callback.satisfaction)).all()
        proposed = {t for (t,) in s.execute(select(RepeatProposal.ticket_id).where(RepeatProposal.state == "proposed"))}
        cats = {i: (name, parent) for i, name, parent in s.execute(select(Category.id, Category.name,
                                                                          Category.parent_id))}
    return tickets, callbacks, proposed, cats


def _path(cats, i):
    name, parent = cats[i]
    return (*(_path(cats, parent) if parent else ()), name)


def expected(desk, start: date, end: date, now: datetime, *, by_place: bool = False) -> dict[tuple, dict]:
    """Every hotspot's figures, by the definitions of desk/hotspots/service.py, from the rows as they are."""
    tickets, callbacks, proposed, cats = _rows(desk)
    since = datetime.combine(start, time(0), SH)
    until = datetime.combine(end + timedelta(days=1), time(0), SH)
    days = (end - start).days + 1
    prev_since = datetime.combine(start - timedelta(days=days), time(0), SH)
    prev_cut = min(since, prev_since + (min(until, now) - since))
    group_of = {}
    out: dict[tuple, dict] = defaultdict(lambda: dict(count=0, residents=0, repeats=0, unresolved=0, previous=0,
                                                      valid=0, dissatisfied=0))
    for t in tickets:
        key = (t.community, _path(cats, t.category_id), place_of(t.address) if by_place else "")
        group_of[t.id] = key
        if since <= t.created_at < until:
            g = out[key]
            g["residents"] += 1
            if t.parent_id is None:
                g["count"] += 1
                g["unresolved"] += t.closed_at is None or t.closed_at >= until
                g["repeats"] += t.id in proposed
            else:
                g["repeats"] += 1
        elif prev_since <= t.created_at < prev_cut and t.parent_id is None:
            out[key]["previous"] += 1
    received = {t.id for t in tickets if since <= t.created_at < until}
    for c in callbacks:  # every callback of the period's tickets, whenever it was made
        if c.ticket_id in received and c.contacted:
            out[group_of[c.ticket_id]]["valid"] += 1
            out[group_of[c.ticket_id]]["dissatisfied"] += c.satisfaction == "dissatisfied"
    return {k: v for k, v in out.items() if v["residents"]}


def shown(report) -> dict[tuple, dict]:
    return {(r.community, r.category_path, r.place): dict(
        count=r.count, residents=r.residents, repeats=r.repeats, unresolved=r.unresolved.part, previous=r.previous,
        valid=r.dissatisfied.whole, dissatisfied=r.dissatisfied.part) for r in report.rows}


def test_every_figure_agrees_with_the_raw_rows(world, hot):
    clerk = world.clerk
    for period in (NOV, OCT, dict(start=date(2026, 10, 1), end=date(2026, 11, 23))):
        for by_place in (False, True):
            r = clerk.hotspots(**period, group_by="place" if by_place else "community_category")
            assert shown(r) == expected(world.desk, period["start"], period["end"], T0, by_place=by_place), period
            assert r.groups == len(r.rows) and r.problems == sum(x.count for x in r.rows)


def test_november_by_community_and_category(world, hot):
    r = world.clerk.hotspots(**NOV)
    assert (r.start, r.end, r.previous_start, r.previous_end) == (date(2026, 11, 1), date(2026, 11, 30),
                                                                  date(2026, 10, 2), date(2026, 10, 31))
    assert r.since == at(11, 1, 0) and r.until == at(12, 1, 0) and r.cut == T0
    assert r.previous_cut == at(10, 24)  # the same elapsed time: 22 days and 10 hours
    xf = next(x for x in r.rows if (x.community, x.category) == ("幸福社区", "市容环境"))
    # a, c, d (cancelled), i are problems; b is a's merged repeat: counted once, among the residents
    assert (xf.count, xf.residents) == (4, 5)
    assert xf.repeats == 2  # b merged, i flagged and not decided
    assert (xf.unresolved.part, xf.unresolved.whole) == (2, 4)  # c and i are open; a closed, d cancelled
    # a's resident 不满意, b's 满意 (p1's, an October ticket called back in November, is October's)
    assert (xf.dissatisfied.part, xf.dissatisfied.whole) == (1, 2)
    assert xf.dissatisfied.value == pytest.approx(1 / 2)
    assert (xf.previous, xf.change, xf.change_ratio) == (2, 2, 1.0)  # p1, p2; p4 came after October 24
    hp = next(x for x in r.rows if (x.community, x.category) == ("和平里社区", "市容环境"))
    assert (hp.count, hp.residents, hp.repeats, hp.previous, hp.change, hp.change_ratio) == (2, 2, 0, 0, 2, None)
    assert (hp.dissatisfied.part, hp.dissatisfied.whole) == (0, 1)  # f's resident was not reached: not 有效
    assert hp.unresolved.value == 0.0
    sub = next(x for x in r.rows if x.category == "占道经营")
    assert sub.category_path == ("市容环境", "占道经营") and sub.place == ""


def test_a_finished_period_and_unresolved_at_its_end(world, hot):
    r = world.clerk.hotspots(**OCT)
    xf = next(x for x in r.rows if (x.community, x.category) == ("幸福社区", "市容环境"))
    assert r.cut == r.until == at(11, 1, 0)
    assert (xf.count, xf.residents) == (3, 3)  # p1, p2, p4 (p0 was on October 1)
    # p2 closed on October 20; p1 only on November 10: unresolved at October's end, like p4
    assert (xf.unresolved.part, xf.unresolved.whole) == (2, 3)
    # p2's resident 满意 in October, p1's 不满意 in November: both about October's complaints
    assert (xf.dissatisfied.part, xf.dissatisfied.whole) == (1, 2)
    world.clock.set(at(12, 5))  # November is over: compared with the whole of October now
    nov = world.clerk.hotspots(**NOV)
    xf = next(x for x in nov.rows if (x.community, x.category) == ("幸福社区", "市容环境"))
    assert nov.previous_cut == nov.since and (xf.previous, xf.change, xf.change_ratio) == (3, 1, pytest.approx(1 / 3))


def test_by_place(world, hot):
    r = world.clerk.hotspots(**NOV, group_by="place")
    places = {(x.community, x.category, x.place): (x.count, x.residents) for x in r.rows}
    assert places[("幸福社区", "市容环境", "幸福家园")] == (2, 3)  # a (b merged) and i, in 幸福家园's buildings
    assert places[("幸福社区", "市容环境", "幸福路")] == (2, 2)  # c and d on 幸福路
    assert places[("和平里社区", "市容环境", "和平里七区")] == (2, 2)
    assert place_of("幸福家园 5号楼2单元") == "幸福家园" and place_of("幸福路 37 号") == "幸福路"
    assert place_of("幸福路与胜利路交叉口") == "幸福路与胜利路交叉口" and place_of("3号楼") == "3号楼" and place_of("") == ""


def test_filters(world, hot):
    clerk = world.clerk
    r = clerk.hotspots(**NOV, community="和平里社区")
    assert {x.community for x in r.rows} == {"和平里社区"}
    r = clerk.hotspots(**NOV, category="市容环境")  # with the categories below it
    assert {x.category for x in r.rows} == {"市容环境", "占道经营"}
    r = clerk.hotspots(**NOV, category="占道经营")
    assert [(x.community, x.count) for x in r.rows] == [("和平里社区", 1)]


@pytest.mark.parametrize("sort", ["count", "residents", "repeats", "dissatisfied", "unresolved", "trend"])
def test_sorted_by_each_figure(world, hot, sort):
    r = world.clerk.hotspots(**NOV, sort=sort)
    value = {"count": lambda x: x.count, "residents": lambda x: x.residents, "repeats": lambda x: x.repeats,
             "dissatisfied": lambda x: x.dissatisfied.value, "unresolved": lambda x: x.unresolved.value,
             "trend": lambda x: x.change}[sort]
    values = [value(x) for x in r.rows]
    present = [v for v in values if v is not None]
    assert present == sorted(present, reverse=True)
    assert values == present + [None] * (len(values) - len(present))  # no share: last
    assert r.sort == sort and len(r.rows) == 4
    top = world.clerk.hotspots(**NOV, sort=sort, limit=2)
    assert top.rows == r.rows[:2] and top.groups == 4


def test_the_tickets_of_a_hotspot(world, hot):
    clerk = world.clerk
    got = clerk.hotspot_tickets("幸福社区", "市容环境", None, NOV["start"], NOV["end"])
    assert got.numbers == [hot["i"], hot["d"], hot["c"], hot["b"], hot["a"]]  # newest first, b with a
    assert got.total == 5
    b = next(t for t in got.items if t.number == hot["b"])
    assert b.parent_number == hot["a"] and next(t for t in got.items if t.number == hot["a"]).parent_number is None
    assert not hasattr(b, "reporter_phone") and not hasattr(b, "reporter_name")
    place = clerk.hotspot_tickets("幸福社区", "市容环境", "幸福路", NOV["start"], NOV["end"])
    assert place.numbers == [hot["d"], hot["c"]] and place.total == 2
    few = clerk.hotspot_tickets("幸福社区", "市容环境", None, NOV["start"], NOV["end"], limit=2)
    assert few.numbers == [hot["i"], hot["d"]] and few.total == 5
    assert clerk.hotspot_tickets("光明社区", "道路交通", None, OCT["start"], OCT["end"]).numbers == [hot["p3"]]


def test_responders_are_refused_and_the_office_may_look(world, hot):
    for user in (world.clerk, world.supervisor, world.admin):
        assert user.hotspots(**NOV).rows
        assert user.hotspot_tickets("幸福社区", "市容环境", None, NOV["start"], NOV["end"]).items
    responder = world.responder()
    before = snapshot(world.desk)
    with pytest.raises(PermissionDenied) as e:
        responder.hotspots(**NOV)
    assert "问题清单" in e.value.message
    with pytest.raises(PermissionDenied):
        responder.hotspot_tickets("幸福社区", "市容环境", None, NOV["start"], NOV["end"])
    assert snapshot(world.desk) == before


@pytest.mark.parametrize(("kwargs", "field", "words"), [
    (dict(start=date(2026, 11, 30), end=date(2026, 11, 1)), "end", "早于开始日期"),
    (dict(start=date(2023, 1, 1), end=date(2026, 11, 1)), "end", "最长三年"),
    (dict(start=date(2026, 12, 1), end=date(2026, 12, 31)), "start", "尚未到来"),
    (dict(**NOV, group_by="street"), "group_by", "未知的分组方式"),
    (dict(**NOV, sort="name"), "sort", "未知的排序方式"),
    (dict(**NOV, limit=0), "limit", "条数"),
    (dict(**NOV, community="火星社区"), "community", "未知社区"),
    (dict(**NOV, category="火星分类"), "category", "未知分类"),
    (dict(start=datetime(2026, 11, 1, tzinfo=timezone.utc), end=date(2026, 11, 30)), "start", "日期"),
    (dict(start="2026-11-01", end=date(2026, 11, 30)), "start", "日期"),
])
def test_bad_input_is_refused_and_changes_nothing(world, kwargs, field, words):
    world.clock.set(T0)
    clerk = world.clerk
    before = snapshot(world.desk)
    with pytest.raises(ValidationError) as e:
        clerk.hotspots(**kwargs)
    assert e.value.field == field and words in e.value.message, e.value.message
    assert snapshot(world.desk) == before


def test_three_years_is_the_longest_period(world):
    world.clock.set(T0)
    end = date(2026, 11, 23)
    assert world.clerk.hotspots(start=end - timedelta(days=MAX_DAYS - 1), end=end).rows == ()
    with pytest.raises(ValidationError):
        world.clerk.hotspots(start=end - timedelta(days=MAX_DAYS), end=end)


@pytest.mark.parametrize(("args", "field"), [
    (("火星社区", "市容环境", None), "community"),
    (("幸福社区", "火星分类", None), "category"),
    (("幸福社区", "市容环境", 12), "place"),
])
def test_bad_input_for_the_tickets(world, args, field):
    world.clock.set(T0)
    before = snapshot(world.desk)
    with pytest.raises(ValidationError) as e:
        world.clerk.hotspot_tickets(*args, NOV["start"], NOV["end"])
    assert e.value.field == field
    with pytest.raises(ValidationError) as e:
        world.clerk.hotspot_tickets("幸福社区", "市容环境", None, NOV["start"], NOV["end"], limit=501)
    assert e.value.field == "limit"
    assert snapshot(world.desk) == before


def test_the_callback_counts_survive_a_migration_round_trip(world, hot):
    """Migration 0018 fills each ticket's callback counts from the callbacks recorded before it."""
    from desk import db

    def counts():
        with world.desk.engine.connect() as conn:
            return conn.execute(text("SELECT number, callbacks_reached, callbacks_dissatisfied FROM ticket "
                                     "ORDER BY number")).all()

    kept = counts()
    assert sum(r[1] for r in kept) == 5 and sum(r[2] for r in kept) == 2  # p2 a b e p1 reached (f not); a p1 不满意
    world.desk.engine.dispose()
    db.downgrade(world.desk.engine, "0017")
    db.upgrade(world.desk.engine)
    assert counts() == kept
    assert shown(world.clerk.hotspots(**NOV)) == expected(world.desk, NOV["start"], NOV["end"], T0)


@pytest.mark.clock_starts(T0)
def test_the_demo_keeps_the_callback_counts(desk):
    """The demo's bulk loader writes each ticket's callback counts as record_callback would."""
    from desk import demo

    result = demo.generate(desk, tickets=150, seed=3)
    clerk = desk.login("zhang.wei", {u.username: u.password for u in result.users}["zhang.wei"])
    period = dict(start=date(2026, 9, 1), end=date(2026, 11, 23))
    r = clerk.hotspots(**period)
    assert r.problems == 150 and sum(x.dissatisfied.whole for x in r.rows) > 50
    assert shown(r) == expected(desk, period["start"], period["end"], T0)
