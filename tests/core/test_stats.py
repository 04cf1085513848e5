"""The weekly report's figures (desk.stats) against a hand-built week with answers worked out by hand.

The scenario runs through the façade on both databases, in week 2026-W48 (Monday 11-23 to
Sunday 11-29, Shanghai). Every expected number below was counted by hand from the
timeline in ``build_scenario``'s docstring, not computed by the code under test.
"""
from __future__ import annotations

import json
import math
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from desk.errors import ValidationError
from desk.stats import weekly_report
from desk.settings import parse_scheme
from desk.stats import rates
from desk.stats.data import Indicators, Ratio, Scheme
from desk.stats.rates import median
from desk.stats.service import last_complete_week, parse_week

SH = ZoneInfo("Asia/Shanghai")
CG, ZJ, JT, SW = "城管执法队", "住建委", "交通支队", "水务所"


def sh(*args) -> datetime:
    """An instant given in Shanghai wall-clock time."""
    return datetime(*args, tzinfo=SH).astimezone(timezone.utc)


def build_scenario(world) -> dict[str, str]:
    """Week 2026-W48 of a small office. Emergency limits are natural time: 报到 30 min, 响应 2 h, 办结 24 h.

    Settings: report_min_callbacks 3, escalate_report_after 2wd (通报 two working days after a due).
    Monday 10:00 every ticket below is created (n1 and n2 at the week's edges).

    ============  =====  ==========  =======================================================
    ticket        lead   urgency     what happens (Mon = 11-23)
    ============  =====  ==========  =======================================================
    t1, t2        CG     emergency   whistled Mon 11:00; 报到 11:20, 响应 12:30, 办结 Mon 16:00
    t3            CG     emergency   报到 11:20, 响应 13:30 (late), 办结 Mon 16:00
    t4            CG     emergency   报到 11:40 (late), 响应 13:30 (late), 办结 Tue 14:00 (late);
                                     reopened Wed 11:30: round 2 报到 11:40, 响应 12:10, 办结 16:00
    t5            ZJ     emergency   + CG assisting; both on time (11:20, 12:30, Mon 16:00)
    t6, t7        ZJ     emergency   on time
    t8, t9        JT     emergency   on time
    t10           JT     emergency   报到/响应 on time, 办结 Tue 14:00 (late)
    t11           JT     emergency   extension to Tue 17:00 approved Mon 16:40; 办结 Tue 14:00
    t12, t13      SW     emergency   报到 11:40 (late), 响应 12:30, 办结 Mon 16:00
    o1            CG     emergency   whistled Mon 12:00, never acknowledged; after the week an
                                     extension of its resolve due is approved (must not count)
    o2            JT     routine     whistled Mon 12:00 (报到 due Tue 12:00, 响应 due Wed 12:00,
                                     办结 due Mon 11-30 12:00); 报到 Wed 10:00, never responds
    r1            ZJ     routine     whistled Mon 11:00; return requested 11:10, approved 11:15;
                                     ticket cancelled 11:20
    r2            JT     routine     return requested 11:10, rejected 11:15; cancelled 11:20
    n1            -      -           created Sunday 11-29 23:59:59 (in the week), never whistled
    n2            -      -           created Monday 11-30 00:00:00 (the next week)
    ============  =====  ==========  =======================================================

    Verified Tue 15:00 (t4's round 2: Thu 09:30). Callbacks Wed 10:00 (t8's first is not
    contacted; contacted at 10:30; t4's round 2 on Thu 10:00). Closed Wed 11:00 (t4 Thu 10:30;
    t11 has no callback). One sweep on Sunday 23:00 records the escalations.
    """
    desk, clock = world.desk, world.clock
    clerk, sup, admin = world.clerk, world.supervisor, world.admin
    resp = {d: world.responder(d) for d in (CG, ZJ, JT, SW)}
    admin.set_setting("report_min_callbacks", "3")
    admin.set_setting("escalate_report_after", "2wd")

    category = {CG: "市容环境", ZJ: "房屋安全", JT: "道路交通", SW: "供排水"}
    community = {CG: "幸福社区", ZJ: "和平里社区", JT: "光明社区", SW: "幸福社区"}
    plan = {  # key: (lead, urgency, source)
        "t1": (CG, "emergency", "12345"), "t2": (CG, "emergency", "12345"), "t3": (CG, "emergency", "12345"),
        "t4": (CG, "emergency", "12345"), "t5": (ZJ, "emergency", "patrol"), "t6": (ZJ, "emergency", "12345"),
        "t7": (ZJ, "emergency", "12345"), "t8": (JT, "emergency", "patrol"), "t9": (JT, "emergency", "12345"),
        "t10": (JT, "emergency", "12345"), "t11": (JT, "emergency", "12345"),
        "t12": (SW, "emergency", "12345"), "t13": (SW, "emergency", "12345"),
        "o1": (CG, "emergency", "12345"), "o2": (JT, "routine", "patrol"),
        "r1": (ZJ, "routine", "walk_in"), "r2": (JT, "routine", "12345"),
    }
    clock.set(sh(2026, 11, 23, 10, 0))
    num = {}
    for key, (lead, urgency, source) in plan.items():
        num[key] = world.new_ticket(category=category[lead], urgency=urgency, source=source,
                                    community=community[lead], title=f"场景工单 {key}").number
    disp: dict[tuple[str, str], int] = {}

    def whistle(key: str, **extra) -> None:
        t = clerk.whistle(num[key], lead=plan[key][0], note="请处理", **extra)
        for d in t.dispatches:
            if d.state == "pending":
                disp[(key, d.department)] = d.id

    def at(*args) -> None:
        clock.set(sh(*args))

    def ack(key: str, dept: str | None = None) -> None:
        dept = dept or plan[key][0]
        resp[dept].acknowledge(disp[(key, dept)])

    def respond(key: str, dept: str | None = None) -> None:
        dept = dept or plan[key][0]
        resp[dept].respond(disp[(key, dept)], "已联系反映人")

    def resolve(key: str, dept: str | None = None) -> None:
        dept = dept or plan[key][0]
        resp[dept].resolve(disp[(key, dept)], "已处理完毕")

    at(2026, 11, 23, 11, 0)
    for key in [f"t{i}" for i in range(1, 14)] + ["r1", "r2"]:
        whistle(key, assist=[CG] if key == "t5" else [])
    at(2026, 11, 23, 11, 10)
    resp[ZJ].request_return(disp[("r1", ZJ)], "不属于本部门职责")
    resp[JT].request_return(disp[("r2", JT)], "不属于本部门职责")
    at(2026, 11, 23, 11, 15)
    sup.decide_return(disp[("r1", ZJ)], approve=True)
    sup.decide_return(disp[("r2", JT)], approve=False, note="请继续办理")
    at(2026, 11, 23, 11, 20)
    for key in ("t1", "t2", "t3", "t5", "t6", "t7", "t8", "t9", "t10", "t11"):
        ack(key)
    ack("t5", CG)
    clerk.cancel(num["r1"], reason="重复工单")
    clerk.cancel(num["r2"], reason="重复工单")
    at(2026, 11, 23, 11, 40)
    for key in ("t4", "t12", "t13"):
        ack(key)
    at(2026, 11, 23, 12, 0)
    whistle("o1")
    whistle("o2")
    at(2026, 11, 23, 12, 30)
    for key in ("t1", "t2", "t5", "t6", "t7", "t8", "t9", "t10", "t11", "t12", "t13"):
        respond(key)
    respond("t5", CG)
    at(2026, 11, 23, 13, 30)
    respond("t3")
    respond("t4")
    at(2026, 11, 23, 16, 0)
    for key in ("t1", "t2", "t3", "t5", "t6", "t7", "t8", "t9", "t12", "t13"):
        resolve(key)
    resolve("t5", CG)
    at(2026, 11, 23, 16, 30)
    resp[JT].request_extension(disp[("t11", JT)], reason="需协调施工单位", new_resolve_due=sh(2026, 11, 24, 17, 0))
    at(2026, 11, 23, 16, 40)
    sup.decide_request(sup.approvals()[0].id, approve=True)
    at(2026, 11, 24, 14, 0)
    for key in ("t4", "t10", "t11"):
        resolve(key)
    at(2026, 11, 24, 15, 0)
    for i in range(1, 14):
        clerk.verify(num[f"t{i}"], accepted=True, note="核实通过")
    at(2026, 11, 25, 10, 0)
    callbacks = {
        "t1": (True, "satisfied"), "t2": (True, "satisfied"), "t3": (True, "basically_satisfied"),
        "t4": (False, "dissatisfied"), "t5": (True, "satisfied"), "t6": (True, "satisfied"),
        "t7": (True, "satisfied"), "t9": (True, "basically_satisfied"), "t10": (False, "basically_satisfied"),
        "t12": (True, "satisfied"), "t13": (True, "dissatisfied"),
    }
    for key, (resolved, satisfaction) in callbacks.items():
        clerk.record_callback(num[key], contacted=True, resolved=resolved, satisfaction=satisfaction)
    clerk.record_callback(num["t8"], contacted=False)
    ack("o2")
    at(2026, 11, 25, 10, 30)
    clerk.record_callback(num["t8"], contacted=True, resolved=True, satisfaction="satisfied")
    at(2026, 11, 25, 11, 0)
    for key in ("t1", "t2", "t3", "t5", "t6", "t7", "t8", "t9", "t10", "t12", "t13"):
        clerk.close(num[key])
    at(2026, 11, 25, 11, 30)
    t = clerk.reopen(num["t4"], reason="回访不满意，重办")
    disp[("t4", CG)] = next(d.id for d in t.dispatches if d.round == 2)
    at(2026, 11, 25, 11, 40)
    ack("t4")
    at(2026, 11, 25, 12, 10)
    respond("t4")
    at(2026, 11, 25, 16, 0)
    resolve("t4")
    at(2026, 11, 26, 9, 30)
    clerk.verify(num["t4"], accepted=True, note="核实通过")
    at(2026, 11, 26, 10, 0)
    clerk.record_callback(num["t4"], contacted=True, resolved=True, satisfaction="satisfied")
    at(2026, 11, 26, 10, 30)
    clerk.close(num["t4"])
    at(2026, 11, 29, 23, 0)
    desk.sweep()
    clock.set(sh(2026, 11, 29, 23, 59, 59))
    num["n1"] = world.new_ticket(title="周日深夜来电").number
    at(2026, 11, 30, 0, 0)
    num["n2"] = world.new_ticket(title="周一零点来电").number
    at(2026, 11, 30, 9, 30)
    resp[CG].request_extension(disp[("o1", CG)], reason="需要更多时间", new_resolve_due=sh(2026, 12, 10, 17, 0))
    at(2026, 11, 30, 9, 45)
    sup.decide_request(sup.approvals()[0].id, approve=True)
    at(2026, 11, 30, 10, 0)
    return num


def wilson95(part: float, n: int) -> tuple[float, float]:
    """The Wilson score interval, written out from the textbook formula (not the code under test)."""
    z = 1.959963984540054
    p = part / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z / (1 + z * z / n) * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return max(0.0, centre - half), min(1.0, centre + half)


def third(x: float) -> float:
    return pytest.approx(x, abs=1e-9)


def test_hand_built_week(world):
    num = build_scenario(world)
    r = weekly_report(world.desk)  # the last complete week before Monday 11-30 10:00: 2026-W48
    assert (r.name, r.kind, r.year, r.number) == ("2026-W48", "week", 2026, 48)
    assert r.title == "2026年第48周（11月23日—11月29日）"
    assert r.issue_label == "2026年第48期（总第1期）"  # the office's first ticket is of this week
    assert (r.start, r.end) == (sh(2026, 11, 23), sh(2026, 11, 30))
    assert r.start == datetime(2026, 11, 22, 16, 0, tzinfo=timezone.utc)
    assert (r.first_day, r.last_day) == (date(2026, 11, 23), date(2026, 11, 29))
    assert r.complete and r.as_of == r.end and r.generated_at == sh(2026, 11, 30, 10, 0)
    assert r.scheme.weights == (("response", 0.3), ("resolution", 0.35), ("satisfaction", 0.35))
    assert (r.scheme.basic_weight, r.scheme.min_callbacks, r.scheme.window_weeks) == (0.9, 3, 4)
    assert r.window_first_day == date(2026, 11, 2)  # four weeks: W45 to W48
    assert r.working_day_hours == 7

    o = r.office
    # 17 scenario tickets + n1 (Sunday 23:59:59); n2 (Monday 00:00) belongs to W49.
    assert o.received == 18
    assert o.dispatched == 17  # every scenario ticket was whistled for the first time this week
    assert o.dispatches == 19  # 17 leads + CG assisting on t5 + t4's second round
    assert (o.closed, o.reopened, o.cancelled) == (12, 1, 2)
    assert [(s.key, s.label, s.count) for s in o.by_source] == [
        ("12345", "12345热线", 14), ("patrol", "巡查", 3), ("walk_in", "来访", 1)]
    assert [(s.key, s.count) for s in o.by_category] == [("市容环境", 6), ("道路交通", 6), ("房屋安全", 4),
                                                         ("供排水", 2)]
    assert [(s.key, s.count) for s in o.top_communities] == [("幸福社区", 8), ("光明社区", 6), ("和平里社区", 4)]
    assert [(s.key, s.label, s.count) for s in o.by_appeal_type] == [("complaint", "投诉", 18)]
    assert o.whistle_median_hours == 1.0  # 15 tickets whistled after 1 h, o1 and o2 after 2 h

    dept = {d.name: d for d in r.departments}
    assert list(dept) == [CG, ZJ, JT, SW]

    # -- 城管执法队: leads t1-t4, o1, t4's second round; assists on t5 --------------------------------
    cg = dept[CG]
    assert (cg.lead.received, cg.all.received) == (6, 7)
    ratios = lambda f: [(x.part, x.whole) for x in (f.acknowledge_on_time, f.respond_on_time,  # noqa: E731
                                                    f.resolve_on_time)]
    assert ratios(cg.lead) == [(4, 6), (3, 6), (4, 6)]
    assert ratios(cg.all) == [(5, 7), (4, 7), (5, 7)]
    assert cg.lead.acknowledge_on_time.value == third(4 / 6)
    # 报到 after 10 min (round 2), 20 min (t1-t3), 40 min (t4); + 20 min for the assist.
    assert (cg.lead.acknowledged, cg.all.acknowledged) == (5, 6)
    assert cg.lead.ack_median_hours == third(1 / 3) and cg.all.ack_median_hours == third(1 / 3)
    assert (cg.lead.overdue_at_end, cg.all.overdue_at_end) == (1, 1)
    assert (cg.lead.returns_requested, cg.lead.returns_approved) == (0, 0)
    assert (cg.lead.return_rate.part, cg.lead.return_rate.whole, cg.lead.return_rate.value) == (0, 6, 0.0)
    # o1's extension was asked for and approved on Monday 11-30: next week's business.
    assert (cg.lead.extensions_requested, cg.lead.extensions_approved) == (0, 0)
    cb = cg.callbacks  # t1 满意, t2 满意, t3 基本满意, t4 不满意 (not resolved), t4 again 满意
    assert (cb.total, cb.valid, cb.resolved) == (5, 5, 4)
    assert (cb.satisfied, cb.basically_satisfied, cb.dissatisfied) == (3, 1, 1)
    assert cb.resolution.value == third(0.8)
    assert cb.satisfaction.value == third(0.78)  # (3 + 0.9 × 1) / 5
    # 响应率: the lead's 响应 done by its due: t1, t2 and round 2 of t4 of t1-t4, o1 and t4's round 2.
    assert (cg.period.response.part, cg.period.response.whole) == (3, 6)
    assert cg.period.composite == third(0.703)  # 0.3 × 0.5 + 0.35 × 0.8 + 0.35 × 0.78
    assert cg.window == cg.period  # nothing before this week
    # Round 1 of t4 was reopened (重办), round 2 and t1-t3 closed: 1 of 5 decided rounds.
    assert (cg.lead.redo_rate.part, cg.lead.redo_rate.whole) == (1, 5)

    # -- 住建委: leads t5-t7 and r1 (returned before any due) ---------------------------------------
    zj = dept[ZJ]
    assert (zj.lead.received, zj.all.received) == (4, 4)
    assert ratios(zj.lead) == [(3, 3), (3, 3), (3, 3)]
    assert zj.lead.ack_median_hours == third(1 / 3)
    assert (zj.lead.returns_requested, zj.lead.returns_approved) == (1, 1)
    assert zj.lead.return_rate.value == 0.25
    assert zj.lead.escalations.total == 0 and zj.lead.overdue_at_end == 0
    assert (zj.callbacks.valid, zj.period.composite) == (3, third(1.0))

    # -- 交通支队: leads t8-t11, o2, r2 (withdrawn before its dues) ----------------------------------
    jt = dept[JT]
    assert jt.lead.received == 6
    # o2 报到 late and 响应 not done by its due; its 办结 is due next week; t11 on time by its extension.
    assert ratios(jt.lead) == [(4, 5), (4, 5), (3, 4)]
    # 20 min × 4, and o2's 12 working hours (Mon 13:30-17:30, Tue 7 h, Wed 09:00-10:00).
    assert jt.lead.acknowledged == 5 and jt.lead.ack_median_hours == third(1 / 3)
    assert jt.lead.overdue_at_end == 1
    assert (jt.lead.returns_requested, jt.lead.returns_approved, jt.lead.return_rate.value) == (1, 0, 0.0)
    assert (jt.lead.extensions_requested, jt.lead.extensions_approved) == (1, 1)
    cb = jt.callbacks  # t8 not reached, then 满意; t9 基本满意; t10 基本满意, not resolved
    assert (cb.total, cb.valid, cb.resolved, cb.not_contacted) == (4, 3, 2, 1)
    assert cb.resolution.value == third(2 / 3)
    assert cb.satisfaction.value == third(2.8 / 3)
    assert (jt.period.response.part, jt.period.response.whole) == (4, 5)  # o2 never responded
    assert jt.period.composite == third(0.3 * 0.8 + 0.35 * 2 / 3 + 0.35 * 2.8 / 3)  # 0.8

    # -- 水务所: two callbacks, under the minimum of 3 -------------------------------------------------
    sw = dept[SW]
    assert ratios(sw.lead) == [(0, 2), (2, 2), (2, 2)]
    assert sw.lead.ack_median_hours == third(2 / 3)
    assert (sw.callbacks.valid, sw.callbacks.satisfaction.value, sw.period.composite) == (2, 0.5, third(0.825))
    assert not sw.ranked and sw.rank is None and sw.mark is None
    assert sw.reasons == ("有效回访 2 次，少于 3 次，不参与排名",)

    # -- ranking over the window: ZJ 1.0 > JT 0.8 > CG 0.703; the street 0.8092 --------------------------
    street = r.office.window.composite
    assert street == third(0.3 * 12 / 16 + 0.35 * 11 / 13 + 0.35 * 10.7 / 13)
    assert r.ranking == (ZJ, JT, CG) and (zj.rank, jt.rank, cg.rank) == (1, 2, 3)
    # The composite's interval combines the Wilson intervals of its three rates (recomputed here by hand).
    half = math.sqrt(sum((w * (hi - lo) / 2) ** 2 for w, (lo, hi) in
                         [(0.3, wilson95(3, 3)), (0.35, wilson95(3, 3)), (0.35, wilson95(3, 3))]))
    assert zj.window.composite_low == third(1 - half) and 1 - half > street  # 0.8375: above the street
    low_jt = 0.8 - math.sqrt(sum((w * (hi - lo) / 2) ** 2 for w, (lo, hi) in
                                 [(0.3, wilson95(4, 5)), (0.35, wilson95(2, 3)), (0.35, wilson95(2.8, 3))]))
    assert jt.window.composite_low == third(low_jt) and low_jt < street
    # ZJ is better than the street beyond the noise and had no 通报; JT and CG are within the noise (CG's
    # interval 0.53-0.88 holds the street's 0.81), so they are on no list.
    assert r.red == (ZJ,) and r.black == () and r.separated
    assert (zj.mark, jt.mark, cg.mark) == ("red", None, None)

    # -- the whole office ---------------------------------------------------------------------
    od = o.dispatch
    assert od.received == 19
    assert ratios(od) == [(12, 17), (13, 17), (13, 16)]
    assert od.acknowledged == 16 and od.ack_median_hours == third(1 / 3)
    assert (od.overdue_at_end, od.escalations.level1, od.escalations.level2, od.escalations.level3) == (2, 12, 4, 4)
    assert (od.returns_requested, od.returns_approved, od.return_rate.part, od.return_rate.whole) == (2, 1, 1, 19)
    assert (od.extensions_requested, od.extensions_approved) == (1, 1)
    oc = o.callbacks
    assert (oc.total, oc.valid, oc.resolved, oc.satisfied, oc.basically_satisfied, oc.dissatisfied) == (
        14, 13, 11, 8, 3, 2)
    assert oc.resolution.value == third(11 / 13)
    assert oc.satisfaction.value == third(10.7 / 13)
    assert (o.period.response.part, o.period.response.whole) == (12, 16)
    assert o.period.notifications == 4 and o.period.composite == third(street)

    # -- lists -----------------------------------------------------------------------------------
    # 通报 = due + 2 working days: o1 报到 due Mon 12:30 -> Wed 12:00 (and its 响应 and 办结 after it: one line per
    # dispatch, the earliest step still owed); o2 响应 due Wed 12:00 -> Fri 12:00.
    assert [(e.ticket_number, e.department, e.role, e.step, e.level, e.due, e.reached_at, e.handling, e.closed)
            for e in r.notifications] == [
        (num["o1"], CG, "lead", "acknowledge", 3, sh(2026, 11, 23, 12, 30), sh(2026, 11, 25, 12, 0), None, False),
        (num["o2"], JT, "lead", "respond", 3, sh(2026, 11, 25, 12, 0), sh(2026, 11, 27, 12, 0), None, False),
    ]
    # Late until Monday 00:00, each in its limit's clock: o1 (emergency, natural time) from Mon 12:30 =
    # 6 days 11 h 30 min; o2 (routine, working time) from Wed 12:00 = 4 h + 2 × 7 h = 2 working days 4 h.
    assert [(x.ticket_number, x.department, x.role, x.step, x.due, x.late, x.working, x.late_text, x.category,
             x.community, x.urgency) for x in r.overdue] == [
        (num["o1"], CG, "lead", "acknowledge", sh(2026, 11, 23, 12, 30), timedelta(days=6, hours=11, minutes=30),
         False, "6 天 11 小时", "市容环境", "幸福社区", "emergency"),
        (num["o2"], JT, "lead", "respond", sh(2026, 11, 25, 12, 0), timedelta(hours=18), True, "2 个工作日 4 小时",
         "道路交通", "光明社区", "routine"),
    ]
    assert [(b.label, b.count, b.emergency) for b in o.backlog] == [
        ("1 天以内", 0, 0), ("1—3 天", 0, 0), ("3—7 天", 2, 1), ("7—30 天", 0, 0), ("30 天以上", 0, 0)]
    assert [x.ticket_number for x in cg.overdue] == [num["o1"]]
    # Escalations from the dues, as a sweep running all along would have recorded them (催办 at the due,
    # 督办 1 working day and 通报 2 working days after it), whether or not one ran:
    # CG 催办: o1's three steps, t3 响应 (due 13:00, done 13:30), t4 报到 (11:30/11:40), 响应 (13:00/13:30) and
    # 办结 (Tue 11:00/14:00); 督办 and 通报: o1's three steps.
    assert (cg.lead.escalations.level1, cg.lead.escalations.level2, cg.lead.escalations.level3) == (7, 3, 3)
    # JT 催办: t10 办结 (Tue 11:00/14:00), o2 报到 (Tue 12:00, done Wed 10:00) and 响应 (Wed 12:00); o2 响应 goes on.
    assert (jt.lead.escalations.level1, jt.lead.escalations.level2, jt.lead.escalations.level3) == (3, 1, 1)
    assert (sw.lead.escalations.level1, sw.lead.escalations.total) == (2, 2)  # t12, t13 报到 at 11:40
    assert zj.lead.escalations.total == 0 and zj.escalations == ()
    assert [(e.level, e.step) for e in cg.escalations][:3] == [(3, "acknowledge"), (3, "respond"), (3, "resolve")]
    assert len(cg.escalations) == 13 and len(jt.escalations) == 5

    # -- trend: nothing before this week ----------------------------------------------------------
    assert [t.name for t in r.trend] == [f"2026-W{w}" for w in range(45, 49)]  # the ranking window's weeks
    assert r.trend[0].first_day == date(2026, 11, 2)
    assert [t.received for t in r.trend] == [0] * 3 + [18]
    assert [t.closed for t in r.trend] == [0] * 3 + [12]
    assert r.trend[-1].composite == third(street) and r.trend[0].composite is None
    assert cg.trend == (None,) * 3 + (third(0.703),)
    assert r.previous is None and r.year_ago is None  # no data before this week

    # -- the 点评's draft, from the figures ----------------------------------------------------------
    assert r.comment_draft.startswith("本周共受理群众诉求 18 件，结案 12 件。全街道响应率 75.0%；解决率 84.6%；满意率 82.3%。")
    assert f"{ZJ}表现突出" in r.comment_draft and "仍有 2 件派单达到通报级别未完成，其中特急件 1 件" in r.comment_draft

    # -- JSON: the same figures, and nothing personal -----------------------------------------------
    text = r.to_json()
    data = json.loads(text)
    assert data["name"] == "2026-W48" and data["title"] == r.title
    assert data["office"]["received"] == 18
    assert data["departments"][0]["period"]["composite"] == third(0.703)
    assert data["departments"][3]["reasons"] == ["有效回访 2 次，少于 3 次，不参与排名"]
    assert data["overdue"][0]["due"] == "2026-11-23T04:30:00+00:00"
    assert data["overdue"][0]["late"] == (6 * 24 + 11.5) * 3600
    assert data["black"] == [] and data["red"] == [ZJ]
    assert data["scheme"]["weights"] == [["response", 0.3], ["resolution", 0.35], ["satisfaction", 0.35]]
    assert len(data["definitions"]) >= 15
    assert "王女士" not in text and "13812345678" not in text and "幸福路 12 号" not in text

    # The same week asked for by name gives the same figures.
    again = weekly_report(world.desk, "2026-W48")
    assert again == r


def test_week_in_progress_is_cut_at_now(world):
    """Half-way through the week: figures 'at the week's end' are taken at now."""
    t = world.new_ticket(urgency="emergency")
    d = world.clerk.whistle(t.number, lead=CG).dispatches[0]  # Monday 10:00: 报到 due 10:30
    world.clock.set(sh(2026, 11, 25, 9, 0))  # Wednesday 09:00
    r = weekly_report(world.desk, "2026-W48")
    assert not r.complete and r.as_of == sh(2026, 11, 25, 9, 0)
    assert r.office.received == 1
    # 报到 due Mon 10:30, 响应 due 12:00, 办结 due Tue 10:00: all passed, none done.
    assert [(x.part, x.whole) for x in (r.office.dispatch.acknowledge_on_time, r.office.dispatch.respond_on_time,
                                        r.office.dispatch.resolve_on_time)] == [(0, 1), (0, 1), (0, 1)]
    # An emergency's limits are natural time: late from Mon 10:30 to Wed 09:00 is 1 day 22 h 30 min of clock time.
    assert [(x.ticket_number, x.step, x.late, x.late_text) for x in r.overdue] == [
        (t.number, "acknowledge", timedelta(days=1, hours=22, minutes=30), "1 天 22 小时")]
    world.clock.set(sh(2026, 11, 25, 9, 6))
    world.responder(CG).acknowledge(d.id)
    world.clock.set(sh(2026, 11, 25, 9, 10))
    r2 = weekly_report(world.desk, "2026-W48")
    assert (r2.office.dispatch.acknowledge_on_time.part, r2.office.dispatch.acknowledge_on_time.whole) == (0, 1)
    # Now late on 响应 (due Mon 12:00): 1 day 21 h 10 min.
    assert [(x.step, x.late_text) for x in r2.overdue] == [("respond", "1 天 21 小时")]


def test_empty_week(world):
    r = weekly_report(world.desk, "2026-W40")
    assert r.office.received == r.office.dispatches == r.office.closed == 0
    assert r.office.whistle_median_hours is None
    assert r.office.by_source == () and r.office.top_communities == ()
    assert r.office.dispatch.acknowledge_on_time.value is None
    assert r.office.period.composite is None and r.office.period.response.value is None
    assert r.office.callbacks.satisfaction.value is None and r.empty
    assert r.comment_draft == "本周无受理、派单和回访记录。"
    assert r.ranking == r.red == r.black == ()
    assert r.notifications == () and r.overdue == ()
    assert [d.name for d in r.departments] == [CG, ZJ, JT, SW]
    assert all(not d.ranked and d.mark is None for d in r.departments)
    assert [t.received for t in r.trend] == [0] * 4
    json.loads(r.to_json())


@pytest.mark.clock_starts(sh(2026, 11, 22, 10, 0))
def test_week_boundary_is_office_midnight_not_utc(world):
    clerk = world.clerk
    world.clock.set(sh(2026, 11, 23, 0, 0) - timedelta(microseconds=1))  # Sunday 23:59:59.999999: W47
    world.new_ticket()
    world.clock.set(sh(2026, 11, 29, 23, 59, 59))  # Sunday 15:59:59 UTC: still W48 in Shanghai
    a = world.new_ticket().number
    world.clock.set(datetime(2026, 11, 29, 16, 0, tzinfo=timezone.utc))  # Monday 00:00 in Shanghai: W49
    world.new_ticket()
    world.clock.set(sh(2026, 12, 7, 10, 0))
    assert clerk.ticket(a).created_at == datetime(2026, 11, 29, 15, 59, 59, tzinfo=timezone.utc)
    assert weekly_report(world.desk, "2026-W48").office.received == 1
    assert weekly_report(world.desk, "2026-W49").office.received == 1
    assert weekly_report(world.desk, "2026-W47").office.received == 1
    assert [t.received for t in weekly_report(world.desk).trend][-3:] == [1, 1, 1]  # W47, W48, W49


def test_departments_below_minimum_callbacks_are_not_ranked(world):
    """Default minimum 30: one department with 4 contacted callbacks is shown but not ranked."""
    clerk, cg = world.clerk, world.responder(CG)
    for _ in range(4):
        t = world.new_ticket(urgency="emergency")
        d = clerk.whistle(t.number, lead=CG).dispatches[0]
        cg.acknowledge(d.id)
        cg.respond(d.id, "已联系")
        cg.resolve(d.id, "已处理")
        clerk.verify(t.number, accepted=True)
        clerk.record_callback(t.number, contacted=True, resolved=True, satisfaction="dissatisfied")
    world.clock.set(sh(2026, 11, 30, 9, 0))
    r = weekly_report(world.desk)
    d = r.department(CG)
    assert d.callbacks.valid == 4 and d.callbacks.satisfaction.value == 0.0
    assert not d.ranked and d.mark is None  # under the threshold, but not ranked: not on the 黑榜
    assert d.reasons == ("有效回访 4 次，少于 30 次，不参与排名",)
    assert r.ranking == () and r.black == ()


@pytest.mark.parametrize("text, expected", [
    ("2026-W47", (2026, 47)), ("2026W47", (2026, 47)), (" 2026-w07 ", (2026, 7)), ("2026-W53", (2026, 53)),
    ("2027-W1", (2027, 1)),
])
def test_parse_week(text, expected):
    assert parse_week(text) == expected


@pytest.mark.parametrize("text", ["", "2026-47", "W47", "2026-W0", "2025-W53", "2026-W54", "二〇二六年第47周",
                                  "2026-W47; DROP TABLE ticket", 202647])
def test_bad_week_text(world, text):
    with pytest.raises(ValidationError) as info:
        weekly_report(world.desk, text)
    assert info.value.field == "week"


def test_week_not_started_yet(world):
    with pytest.raises(ValidationError) as info:
        weekly_report(world.desk, "2026-W49")  # now is Monday of W48
    assert info.value.field == "week" and "尚未开始" in info.value.message


@pytest.mark.parametrize("now, expected", [
    (sh(2026, 11, 30, 0, 0), (2026, 48)),  # the very start of W49: W48 is complete
    (sh(2026, 11, 29, 23, 59), (2026, 47)),  # Sunday night: W48 is not over yet
    (sh(2026, 11, 23, 10, 0), (2026, 47)),
    (sh(2027, 1, 4, 8, 0), (2026, 53)),  # Monday of 2027-W01: the last week of 2026 is W53
    (sh(2026, 1, 5, 9, 0), (2026, 1)),  # 2026-W01 began on Monday 2025-12-29
])
def test_last_complete_week(now, expected):
    assert last_complete_week(now, SH) == expected


# -- the pure rules, with hand-made figures --------------------------------------------------------
def test_median():
    assert median([]) is None
    assert median([3.0]) == 3.0
    assert median([4.0, 1.0, 2.0]) == 2.0
    assert median([1.0, 2.0, 3.0, 10.0]) == 2.5


def test_the_appeal_types_of_the_week_are_counted_from_the_tickets(world):
    for appeal in ("help", "consult", "help", "report", "help"):
        world.new_ticket(appeal_type=appeal)
    world.clock.advance(timedelta(days=7))
    r = world.supervisor.weekly_report("2026-W48")
    with world.desk.engine.connect() as conn:  # recomputed from the raw rows
        raw = dict(conn.exec_driver_sql("SELECT appeal_type, count(*) FROM ticket GROUP BY appeal_type").all())
    assert {s.key: s.count for s in r.office.by_appeal_type} == raw == {"help": 3, "consult": 1, "report": 1}
    assert [s.label for s in r.office.by_appeal_type] == ["求助", "咨询", "举报"]  # most first
    assert '"by_appeal_type"' in r.to_json()


# -- the fair ranking, with hand-made indicators ------------------------------------------------------------
SCHEME = Scheme(weights=(("response", 0.3), ("resolution", 0.35), ("satisfaction", 0.35)), basic_weight=0.9,
                min_callbacks=30, black_threshold=0.8, window_weeks=4, repeat_days=30)


def _dept(rate: float, n: int, *, notifications: int = 0, satisfaction: float | None = None) -> Indicators:
    """A department with the same rate on the three scored indicators over ``n`` cases."""
    r = Ratio.of(round(rate * n), n)
    s = Ratio.of(round((satisfaction if satisfaction is not None else rate) * n), n)
    none = Ratio.of(0, 0)
    return rates.indicators(response=r, resolution=r, satisfaction=s, acknowledge_on_time=none, resolve_on_time=none,
                            return_rate=none, redo_rate=none, department_contacted=none, valid_callbacks=n,
                            notifications=notifications, scheme=SCHEME)


def test_a_ranking_of_noise_names_nobody():
    """12 departments between 85% and 92% with 69 callbacks each (the issue's case): nothing separates."""
    depts = [(f"部门{i}", _dept(0.85 + i * 0.006, 69)) for i in range(12)]
    street = _dept(0.885, 12 * 69)
    r = rates.rank(depts, street, SCHEME)
    scores = [dict(depts)[n].composite for n in r.order]
    assert len(r.order) == 12 and scores == sorted(scores, reverse=True)  # still ordered, for the table
    assert r.red == () and r.black == () and not r.separated


def test_real_differences_are_named_with_their_reasons():
    street = _dept(0.88, 1000)
    depts = [("好", _dept(0.98, 200)), ("通报多", _dept(0.98, 200, notifications=2)), ("中", _dept(0.88, 200)),
             ("差", _dept(0.70, 200)), ("少", _dept(0.30, 20))]
    r = rates.rank(depts, street, SCHEME)
    assert r.order == ("好", "通报多", "中", "差") and r.separated
    assert r.red == ("好",)  # 通报多 is as good but had a 通报 in the window
    assert r.standing["通报多"].mark is None and r.standing["通报多"].reasons == ("窗口期内有通报 2 件，不列入红榜",)
    assert r.black == ("差",)
    assert r.standing["差"].reasons == (
        "响应率 70.0%，低于全街道 88.0%（低 18.0 个百分点）", "解决率 70.0%，低于全街道 88.0%（低 18.0 个百分点）",
        "满意率 70.0%，低于全街道 88.0%（低 18.0 个百分点）", "满意率 70.0%，低于 80.0% 的底线")
    assert r.standing["少"] == rates.Standing(None, None, ("有效回访 20 次，少于 30 次，不参与排名",))
    assert r.standing["中"] == rates.Standing(3, None, ())


def test_the_composite_interval_is_the_wilson_intervals_combined():
    d = _dept(0.9, 100, satisfaction=0.8)
    lo9, hi9 = wilson95(90, 100)
    lo8, hi8 = wilson95(80, 100)
    half = math.sqrt((0.3 * (hi9 - lo9) / 2) ** 2 + (0.35 * (hi9 - lo9) / 2) ** 2 + (0.35 * (hi8 - lo8) / 2) ** 2)
    assert d.composite == third(0.3 * 0.9 + 0.35 * 0.9 + 0.35 * 0.8)
    assert (d.composite_low, d.composite_high) == (third(d.composite - half), third(d.composite + half))
    assert (d.response.low, d.response.high) == (third(lo9), third(hi9))
    assert Ratio.of(0, 0) == Ratio(0, 0, None, None, None)


@pytest.mark.parametrize("text, expected", [
    ("response:0.3,resolution:0.35,satisfaction:0.35", (("response", 0.3), ("resolution", 0.35),
                                                        ("satisfaction", 0.35))),
    ("0.1,0.5,0.4", (("response", 0.1), ("resolution", 0.5), ("satisfaction", 0.4))),  # the old form
    ("response：0.5，resolve_on_time:0.5", (("response", 0.5), ("resolve_on_time", 0.5))),
])
def test_scheme_setting(text, expected):
    assert parse_scheme(text) == expected


@pytest.mark.parametrize("text", ["", "response:0.5", "speed:1", "response:0.5,response:0.5", "response:x",
                                  "0.5,0.5", "response:-0.5,resolution:1.5", "response:1:2", 0.5])
def test_bad_scheme_setting(world, text):
    before = world.desk.settings()
    with pytest.raises(ValidationError) as info:
        world.admin.set_settings({"report_weights": text})
    # a number where text is expected is refused for the values as a whole
    assert info.value.field == ("values" if not isinstance(text, str) else "report_weights") and info.value.message
    assert world.desk.settings() == before


@pytest.mark.clock_starts(sh(2026, 1, 5, 9, 0))  # Monday of 2026-W02
def test_the_previous_week_and_the_same_week_a_year_earlier(world):
    world.new_ticket()
    world.new_ticket()
    world.clock.set(sh(2027, 1, 5, 10, 0))  # 2027-W01
    world.new_ticket()
    world.clock.set(sh(2027, 1, 12, 10, 0))  # 2027-W02
    for _ in range(3):
        world.new_ticket()
    world.clock.set(sh(2027, 1, 18, 9, 0))
    r = weekly_report(world.desk)
    assert r.name == "2027-W02" and r.office.received == 3
    assert (r.previous.name, r.previous.received) == ("2027-W01", 1)
    assert (r.year_ago.name, r.year_ago.received) == ("2026-W02", 2)
    assert r.year_ago.notifications is None and r.year_ago.overdue_at_end is None  # not known for then
    assert r.issue_label == "2027年第2期（总第54期）"  # 2026-W02 was the office's first week
    assert "受理量较上期增加 2 件" in r.comment_draft


def test_one_rounding_rule_for_every_printed_rate():
    """Halves up (四舍五入), as readers expect, where Python's float formatting would often round down."""
    from desk.stats.data import percent, round1

    assert [percent(x) for x in (0.8125, 0.72450, 0.9995, 0.0, None)] == ["81.3%", "72.5%", "100.0%", "0.0%", "—"]
    assert f"{0.8125 * 100:.1f}" == "81.2"  # what the screen and the reasons used to print
    assert round1(-2.05) == "-2.1" and round1(17.05) == "17.1"
