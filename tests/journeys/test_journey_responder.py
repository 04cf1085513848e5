"""A department's responders: the lead one (报到 → 响应 → 申请延期 → 办结) and an assisting one (退单申请),
through mouse and keyboard only."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desk import demo
from journey import (  # noqa: F401 - fixtures
    DEMO_SEED,
    answers,
    demo_template,
    journey,
    no_modal_exec,
    office,
    settings,
)
from ui.tickets.badges import BADGE_ROLE, BadgeDelegate

SEVERITY = {"red": 0, "amber": 1, "green": 2, "paused": 3, None: 4}


def overdue_emergency(office, department: str = "城管执法队") -> str:
    """An emergency whistled to ``department`` an hour ago, its 30-minute 报到 limit passed: the demo's own overdue
    work depends on chance (stalled work is picked up again two to eight weeks later)."""
    clerk = next(u for u in demo.demo_users(DEMO_SEED) if u.role == "clerk")
    user = office.desk.login(clerk.username, clerk.password)
    category = next(c.name for c in user.categories() if c.default_lead == department)
    t = user.create_ticket(title="楼道内燃气异味", description="三单元楼道有明显燃气味，请尽快处置。", category=category,
                           urgency="emergency", address="光明路 3 号", community=user.communities()[0].name,
                           source="12345", reporter_name="李先生", reporter_phone="13900001111")
    user.whistle(t.number, lead=department)
    office.clock.advance(timedelta(hours=1))
    return t.number


def test_lead_responder_reports_in_responds_asks_for_more_time_and_resolves(journey, office):
    overdue_emergency(office)
    j = journey("cg.li")
    w = j.window
    assert j.nav_item("本部门待报到").isSelected()
    assert j.detail_number() is None and j.enabled_actions() == set()

    # -- 时限 sorts in the database, overdue first
    col = j.column("deadline")
    j.click_header(col)
    j.wait(lambda: w.model.rows_loaded(0, min(w.model.rowCount(), 20) - 1))
    levels = [w.model.index(r, col).data(BADGE_ROLE) for r in range(min(w.model.rowCount(), 20))]
    assert levels[0] == "red", levels
    assert [SEVERITY[x] for x in levels] == sorted(SEVERITY[x] for x in levels)
    # no badge is cut off ("超期 19.8 工…"): the column has room for each one's whole text
    fm, room = w.view.fontMetrics(), w.view.horizontalHeader().sectionSize(col)
    for r in range(min(w.model.rowCount(), 20)):
        text = w.model.index(r, col).data()
        assert fm.horizontalAdvance(text) + 2 * BadgeDelegate.PAD_X + 6 <= room, text
    j.shot("sorted-by-deadline")

    # -- 报到 on the first (most overdue) row; it leaves the queue and the row in its place is highlighted
    number = j.rows()[0]
    j.click_row(0)
    assert j.highlighted() == [number] and j.detail_number() == number
    assert "acknowledge" in j.enabled_actions()
    dlg = j.press("acknowledge")
    assert QApplication.focusWidget() is dlg.note
    j.submit(dlg)
    assert j.status() == f"工单 {number}：城管执法队已报到"
    j.wait(lambda: number not in j.rows())
    if w.model.rowCount():
        j.wait(lambda: j.highlighted() and j.detail_number() == j.highlighted()[0])
    j.shot("acknowledged")

    # -- another queue: nothing is highlighted, nothing can be done until a row is picked
    j.click_nav("办理中")
    assert j.highlighted() == [] and j.detail_number() is None and j.enabled_actions() == set()
    j.type(w.search, number)
    j.key(w.search, Qt.Key.Key_Return)
    j.wait(lambda: j.rows() == [number])
    j.click_row(0)
    assert j.detail_number() == number
    dlg = j.press("respond")
    j.type(dlg.note, "已电话联系反映人，约定今天下午到场。")
    j.submit(dlg)
    assert j.status() == f"工单 {number}：城管执法队已响应"

    # -- 申请延期: the proposal is a working instant after the current due
    j.wait(lambda: j.highlighted() == [number] and j.detail_number() == number and "request_extension"
           in j.enabled_actions())
    dispatch = w.target_dispatch()
    dlg = j.press("request_extension")
    proposed = dlg.new_due_value()
    cal = w.deadline_clock.cal
    base = max(dispatch.resolve_due, w.deadline_clock.now)
    assert proposed == cal.due(base, "2wd")  # two working days on: after the due and now, inside working time
    j.type(dlg.reason, "需协调产权单位，材料下周才能到。")
    j.shot("extension-dialog", dlg)
    j.submit(dlg)
    assert "已申请延期" in j.status()
    state_col = j.column("my_dispatch_state")
    j.wait(lambda: w.model.index(0, state_col).data() == "已响应 · 延期申请中")
    dm = w.detail_pane.dispatch_model
    j.wait(lambda: dm.index(dm.row_of(dispatch.id), 2).data() == "已响应 · 延期申请中")
    j.shot("extension-pending")

    # -- 办结: it leaves 办理中 for 已办结
    dlg = j.press("resolve")
    j.type(dlg.note, "已现场处置完毕。")
    j.submit(dlg)
    assert j.status() == f"工单 {number}：城管执法队已办结"
    j.wait(lambda: number not in j.rows())
    j.click_nav("已办结")
    j.wait(lambda: number in j.rows(limit=10_000))
    j.shot("resolved")


def test_assisting_responder_asks_to_return_and_the_clock_keeps_running(journey, office):
    clerk = office.desk.login("zhang.wei", office.passwords["zhang.wei"])
    t = clerk.create_ticket(title="和平里 3 号楼前违建棚屋", description="楼前空地搭了铁皮棚。", category="违法建设",
                            urgency="routine", address="和平里 3 号楼", community="和平里社区", source="patrol",
                            reporter_name="网格员李明", reporter_phone="13700001111")
    clerk.whistle(t.number, lead="城管执法队", assist=["住建委"])
    j = journey("zj.wang")
    w = j.window
    j.type(w.search, t.number)
    j.key(w.search, Qt.Key.Key_Return)
    j.wait(lambda: j.rows() == [t.number])
    j.click_row(0)
    assert j.detail_number() == t.number
    assert w.detail_pane.values["reporter_phone"].text() == "137****1111"  # an assisting department: masked
    dlg = j.press("acknowledge")
    j.submit(dlg)
    # it left the (searched) list and nothing took its place: nothing is shown, nothing can be done
    j.wait(lambda: j.rows() == [])
    assert j.highlighted() == [] and j.detail_number() is None and j.enabled_actions() == set()
    j.click_nav("办理中")
    j.type(w.search, t.number, clear=True)
    j.key(w.search, Qt.Key.Key_Return)
    j.wait(lambda: j.rows() == [t.number])
    j.click_row(0)
    dlg = j.press("request_return")
    j.submit(dlg)
    assert dlg.isVisible() and dlg.field_error("reason")  # a reason is needed
    j.type(dlg.note, "棚屋属规划违建，应由城管执法队主办，本委只配合。")
    assert dlg.field_error("reason") == ""  # the error went away as the reason was typed
    j.submit(dlg)
    assert j.status() == f"工单 {t.number}：住建委已申请退单"
    state_col = j.column("my_dispatch_state")
    j.wait(lambda: w.model.index(0, state_col).data() == "退单申请中")
    assert "计时继续" in w.model.index(0, state_col).data(Qt.ItemDataRole.ToolTipRole)
    badge = w.model.index(0, j.column("deadline"))
    assert badge.data(BADGE_ROLE) in ("green", "amber", "red")  # still running, not paused
    j.shot("return-requested")
