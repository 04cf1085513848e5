"""The weekly report's figures (desk.stats) against a hand-built week with answers worked out by hand.

The scenario runs through the façade on both databases, in week 2026-W48 (Monday 11-23 to
Sunday 11-29, Shanghai). Every expected number below was counted by hand from the
timeline in ``build_scenario``'s docstring, not computed by the code under test.
"""
from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from desk.errors import ValidationError
from desk.stats import weekly_report
from desk.stats.data import CallbackFigures, ReportSettings
from desk.stats.rates import CallbackTally, median, rank
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


def third(x: float) -> float:
    return pytest.approx(x, abs=1e-9)


def test_hand_built_week(world):
    num = build_scenario(world)
    r = weekly_report(world.desk)  # the last complete week before Monday 11-30 10:00: 2026-W48
    assert (r.week, r.year, r.week_number) == ("2026-W48", 2026, 48)
    assert r.title == "2026年第48周 (11月23日–11月29日)"
    assert (r.start, r.end) == (sh(2026, 11, 23), sh(2026, 11, 30))
    assert r.start == datetime(2026, 11, 22, 16, 0, tzinfo=timezone.utc)
    assert (r.first_day, r.last_day) == (date(2026, 11, 23), date(2026, 11, 29))
    assert r.complete and r.as_of == r.end and r.generated_at == sh(2026, 11, 30, 10, 0)
    assert r.settings == ReportSettings((0.1, 0.5, 0.4), 0.9, 3, 0.8)
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
    assert (cg.lead.escalations.level1, cg.lead.escalations.level2, cg.lead.escalations.level3) == (3, 3, 3)
    assert (cg.lead.returns_requested, cg.lead.returns_approved) == (0, 0)
    assert (cg.lead.return_rate.part, cg.lead.return_rate.whole, cg.lead.return_rate.value) == (0, 6, 0.0)
    # o1's extension was asked for and approved on Monday 11-30: next week's business.
    assert (cg.lead.extensions_requested, cg.lead.extensions_approved) == (0, 0)
    cb = cg.callbacks  # t1 满意, t2 满意, t3 基本满意, t4 不满意 (not resolved), t4 again 满意
    assert (cb.total, cb.valid, cb.contacted, cb.resolved) == (5, 5, 5, 4)
    assert (cb.satisfied, cb.basically_satisfied, cb.dissatisfied) == (3, 1, 1)
    assert cb.response_rate == 1.0
    assert cb.resolution_rate == third(0.8)
    assert cb.satisfaction_rate == third(0.78)  # (3 + 0.9 × 1) / 5
    assert cb.composite == third(0.812)  # 0.1 × 1 + 0.5 × 0.8 + 0.4 × 0.78

    # -- 住建委: leads t5-t7 and r1 (returned before any due) ---------------------------------------
    zj = dept[ZJ]
    assert (zj.lead.received, zj.all.received) == (4, 4)
    assert ratios(zj.lead) == [(3, 3), (3, 3), (3, 3)]
    assert zj.lead.ack_median_hours == third(1 / 3)
    assert (zj.lead.returns_requested, zj.lead.returns_approved) == (1, 1)
    assert zj.lead.return_rate.value == 0.25
    assert zj.lead.escalations.total == 0 and zj.lead.overdue_at_end == 0
    assert (zj.callbacks.valid, zj.callbacks.composite) == (3, third(1.0))

    # -- 交通支队: leads t8-t11, o2, r2 (withdrawn before its dues) ----------------------------------
    jt = dept[JT]
    assert jt.lead.received == 6
    # o2 报到 late and 响应 not done by its due; its 办结 is due next week; t11 on time by its extension.
    assert ratios(jt.lead) == [(4, 5), (4, 5), (3, 4)]
    # 20 min × 4, and o2's 12 working hours (Mon 13:30-17:30, Tue 7 h, Wed 09:00-10:00).
    assert jt.lead.acknowledged == 5 and jt.lead.ack_median_hours == third(1 / 3)
    assert jt.lead.overdue_at_end == 1
    assert (jt.lead.escalations.level1, jt.lead.escalations.level2, jt.lead.escalations.level3) == (1, 1, 1)
    assert (jt.lead.returns_requested, jt.lead.returns_approved, jt.lead.return_rate.value) == (1, 0, 0.0)
    assert (jt.lead.extensions_requested, jt.lead.extensions_approved) == (1, 1)
    cb = jt.callbacks  # t8 not reached, then 满意; t9 基本满意; t10 基本满意, not resolved
    assert (cb.total, cb.valid, cb.resolved, cb.not_contacted) == (4, 3, 2, 1)
    assert cb.response_rate == 1.0
    assert cb.resolution_rate == third(2 / 3)
    assert cb.satisfaction_rate == third(2.8 / 3)
    assert cb.composite == third(0.1 + 0.5 * 2 / 3 + 0.4 * 2.8 / 3)  # 0.806667

    # -- 水务所: two callbacks, under the minimum of 3 -------------------------------------------------
    sw = dept[SW]
    assert ratios(sw.lead) == [(0, 2), (2, 2), (2, 2)]
    assert sw.lead.ack_median_hours == third(2 / 3)
    assert (sw.callbacks.valid, sw.callbacks.satisfaction_rate, sw.callbacks.composite) == (2, 0.5, third(0.8))
    assert not sw.ranked and sw.rank is None and sw.mark is None

    # -- ranking: ZJ 1.0 > CG 0.812 > JT 0.8067; CG's 满意率 0.78 is under 0.8 --------------------------
    assert r.ranking == (ZJ, CG, JT)
    assert r.red == (ZJ, JT)
    assert r.black == (CG,)
    assert (zj.rank, cg.rank, jt.rank) == (1, 2, 3)
    assert (zj.mark, cg.mark, jt.mark) == ("red", "black", "red")
    assert cg.black_reasons == ("bottom", "threshold")

    # -- the whole office ---------------------------------------------------------------------
    od = o.dispatch
    assert od.received == 19
    assert ratios(od) == [(12, 17), (13, 17), (13, 16)]
    assert od.acknowledged == 16 and od.ack_median_hours == third(1 / 3)
    assert (od.overdue_at_end, od.escalations.level1, od.escalations.level2, od.escalations.level3) == (2, 4, 4, 4)
    assert (od.returns_requested, od.returns_approved, od.return_rate.part, od.return_rate.whole) == (2, 1, 1, 19)
    assert (od.extensions_requested, od.extensions_approved) == (1, 1)
    oc = o.callbacks
    assert (oc.total, oc.valid, oc.resolved, oc.satisfied, oc.basically_satisfied, oc.dissatisfied) == (
        14, 13, 11, 8, 3, 2)
    assert oc.resolution_rate == third(11 / 13)
    assert oc.satisfaction_rate == third(10.7 / 13)
    assert oc.composite == third(0.1 + 0.5 * 11 / 13 + 0.4 * 10.7 / 13)  # 0.852308

    # -- lists -----------------------------------------------------------------------------------
    # 通报 = due + 2 working days: o1 报到 due Mon 12:30 -> Wed 12:00; 响应 due Mon 14:00 -> Wed 14:00;
    # 办结 due Tue 12:00 -> Thu 12:00; o2 响应 due Wed 12:00 -> Fri 12:00.
    assert [(e.ticket_number, e.department, e.role, e.step, e.level, e.due, e.reached_at, e.handling, e.closed)
            for e in r.notifications] == [
        (num["o1"], CG, "lead", "acknowledge", 3, sh(2026, 11, 23, 12, 30), sh(2026, 11, 25, 12, 0), None, False),
        (num["o1"], CG, "lead", "respond", 3, sh(2026, 11, 23, 14, 0), sh(2026, 11, 25, 14, 0), None, False),
        (num["o1"], CG, "lead", "resolve", 3, sh(2026, 11, 24, 12, 0), sh(2026, 11, 26, 12, 0), None, False),
        (num["o2"], JT, "lead", "respond", 3, sh(2026, 11, 25, 12, 0), sh(2026, 11, 27, 12, 0), None, False),
    ]
    # Late until Monday 00:00: o1 from Mon 12:30 = 4 h + 4 × 7 h; o2 from Wed 12:00 = 4 h + 2 × 7 h.
    assert [(x.ticket_number, x.department, x.role, x.step, x.due, x.late_hours, x.category, x.community)
            for x in r.overdue] == [
        (num["o1"], CG, "lead", "acknowledge", sh(2026, 11, 23, 12, 30), 32.0, "市容环境", "幸福社区"),
        (num["o2"], JT, "lead", "respond", sh(2026, 11, 25, 12, 0), 18.0, "道路交通", "光明社区"),
    ]
    assert [x.ticket_number for x in cg.overdue] == [num["o1"]]
    assert [(e.level, e.step) for e in cg.escalations][:3] == [(3, "acknowledge"), (3, "respond"), (3, "resolve")]
    assert len(cg.escalations) == 9 and len(jt.escalations) == 3 and zj.escalations == ()

    # -- trend: nothing before this week ----------------------------------------------------------
    assert [t.week for t in r.trend] == [f"2026-W{w}" for w in range(41, 49)]
    assert r.trend[0].first_day == date(2026, 10, 5)
    assert [t.received for t in r.trend] == [0] * 7 + [18]
    assert [t.closed for t in r.trend] == [0] * 7 + [12]
    assert r.trend[-1].composite == third(oc.composite) and r.trend[0].composite is None
    assert cg.trend == (None,) * 7 + (third(0.812),)
    assert sw.trend[-1] == third(0.8)

    # -- JSON: the same figures, and nothing personal -----------------------------------------------
    text = r.to_json()
    data = json.loads(text)
    assert data["week"] == "2026-W48" and data["title"] == r.title
    assert data["office"]["received"] == 18
    assert data["departments"][0]["callbacks"]["composite"] == third(0.812)
    assert data["overdue"][0]["due"] == "2026-11-23T04:30:00+00:00"
    assert data["black"] == [CG] and data["red"] == [ZJ, JT]
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
    # Late from Mon 10:30 to Wed 09:00: Mon 1.5 h + 4 h, Tue 7 h.
    assert [(x.ticket_number, x.step, x.late_hours) for x in r.overdue] == [(t.number, "acknowledge", 12.5)]
    world.clock.set(sh(2026, 11, 25, 9, 6))
    world.responder(CG).acknowledge(d.id)
    world.clock.set(sh(2026, 11, 25, 9, 10))
    r2 = weekly_report(world.desk, "2026-W48")
    assert (r2.office.dispatch.acknowledge_on_time.part, r2.office.dispatch.acknowledge_on_time.whole) == (0, 1)
    # Now late on 响应 (due Mon 12:00): Mon 13:30-17:30, Tue 7 h, Wed 09:00-09:10 = 11 h 10 min.
    assert [(x.step, x.late_hours) for x in r2.overdue] == [("respond", third(11 + 1 / 6))]


def test_empty_week(world):
    r = weekly_report(world.desk, "2026-W40")
    assert r.office.received == r.office.dispatches == r.office.closed == 0
    assert r.office.whistle_median_hours is None
    assert r.office.by_source == () and r.office.top_communities == ()
    assert r.office.dispatch.acknowledge_on_time.value is None
    assert r.office.callbacks.composite is None and r.office.callbacks.response_rate is None
    assert r.ranking == r.red == r.black == ()
    assert r.notifications == () and r.overdue == ()
    assert [d.name for d in r.departments] == [CG, ZJ, JT, SW]
    assert all(not d.ranked and d.mark is None for d in r.departments)
    assert [t.received for t in r.trend] == [0] * 8
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
    """Default minimum 5: one department with 4 contacted callbacks is shown but not ranked."""
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
    assert d.callbacks.valid == 4 and d.callbacks.satisfaction_rate == 0.0
    assert not d.ranked and d.mark is None  # under the threshold, but not ranked: not on the 黑榜
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
SETTINGS = ReportSettings((0.1, 0.5, 0.4), 0.9, 5, 0.8)


def test_callback_rates_by_hand():
    t = CallbackTally()
    for contacted, resolved, sat in [(True, True, "satisfied"), (True, True, "basically_satisfied"),
                                     (True, False, "dissatisfied"), (False, None, None)]:
        t.add(contacted, resolved, sat)
    f = t.figures(SETTINGS)
    assert (f.total, f.valid, f.contacted, f.resolved) == (4, 3, 3, 2)
    assert f.response_rate == 1.0  # contacted ÷ valid, as the issue defines it
    assert f.resolution_rate == third(2 / 3)
    assert f.satisfaction_rate == third(1.9 / 3)
    assert f.composite == third(0.1 + 0.5 * 2 / 3 + 0.4 * 1.9 / 3)
    empty = CallbackTally().figures(SETTINGS)
    assert empty.composite is None and empty.response_rate is None


def _fixed(composite: float, satisfaction: float, valid: int = 10) -> CallbackFigures:
    return CallbackFigures(total=valid, valid=valid, contacted=valid, resolved=0, satisfied=0, basically_satisfied=0,
                           dissatisfied=0, response_rate=1.0, resolution_rate=0.5, satisfaction_rate=satisfaction,
                           composite=composite)


def test_ranking_red_and_black_lists():
    depts = [
        ("A", _fixed(0.95, 0.95)), ("B", _fixed(0.93, 0.70)),  # B: second by composite, 满意率 under 0.8
        ("C", _fixed(0.90, 0.90)), ("D", _fixed(0.88, 0.85)), ("E", _fixed(0.80, 0.82)),
        ("F", _fixed(0.75, 0.81)), ("G", _fixed(0.70, 0.86)),
        ("H", _fixed(0.10, 0.10, valid=4)),  # too few callbacks: not ranked, not black
    ]
    r = rank(depts, SETTINGS)
    assert r.order == ("A", "B", "C", "D", "E", "F", "G")
    assert r.red == ("A", "C", "D")  # B is skipped: under the 满意率 threshold
    assert r.black == ("B", "E", "F", "G")  # the last three not on the red list, plus B
    assert r.black_reasons == {"B": ("threshold",), "E": ("bottom",), "F": ("bottom",), "G": ("bottom",)}


def test_ranking_ties_and_small_fields():
    r = rank([("乙", _fixed(0.9, 0.9, 6)), ("甲", _fixed(0.9, 0.9, 8)), ("丙", _fixed(0.9, 0.95, 5))], SETTINGS)
    assert r.order == ("丙", "甲", "乙")  # same composite: higher 满意率, then more valid callbacks
    assert r.red == ("丙", "甲", "乙") and r.black == ()
    r = rank([("甲", _fixed(0.9, 0.9)), ("乙", _fixed(0.5, 0.85))], SETTINGS)
    assert r.red == ("甲", "乙") and r.black == ()
    assert rank([], SETTINGS).order == ()


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
