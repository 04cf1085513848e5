"""Escalation queue pages (催办 / 督办 / 通报), the approval queue, the minute sweep and its notices."""
from __future__ import annotations

import logging
from types import SimpleNamespace
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt

from desk.errors import DatabaseUnavailable
from ui.common.notify import Notifier, Sweeper
from ui.mainwindow import MainWindow
from ui.tickets.dialogs import DecideRequestDialog, EscalationDialog
from ui.tickets.models import EscalationModel, RequestModel
from uitools import messages, no_modal_exec, office, open_window, settings, settle, sh, whistled  # noqa: F401

TZ = ZoneInfo("Asia/Shanghai")


def nav(w: MainWindow) -> dict[str, str]:
    return {w.nav.item(i).data(Qt.ItemDataRole.UserRole): w.nav.item(i).text() for i in range(w.nav.count())}


def show_page(qtbot, w: MainWindow, key: str):
    page = w.pages[key]
    with qtbot.waitSignal(page.loaded):
        w.set_queue(key)
    settle(qtbot)
    return page


def submit(qtbot, w: MainWindow, dlg) -> None:
    with qtbot.waitSignal(w.refreshed, timeout=5000):
        with qtbot.waitSignal(dlg.succeeded, timeout=5000):
            dlg.submit()
    settle(qtbot)


def _late(office, n: int = 1, at=None):
    """``n`` whistled tickets, then the clock at Wednesday 11:00: each dispatch has 催办 for 报到 and 响应 and
    督办 for 报到."""
    ds = [whistled(office).dispatches[0] for _ in range(n)]
    office.clock.set(at or sh(2026, 11, 25, 11, 0))
    return ds


# -- models ----------------------------------------------------------------------------------------
def test_escalation_and_request_models_pass_modeltester(qtbot, qtmodeltester, office):
    d = _late(office)[0]
    office.desk.sweep()
    sup = office.supervisor
    em = EscalationModel(TZ, clock=SimpleNamespace(cal=office.desk.calendar()))
    qtmodeltester.check(em)
    em.set_items(sup.escalations(1))
    qtmodeltester.check(em)
    row = [em.data(em.index(0, c)) for c in range(em.columnCount())]
    assert row[:8] == [d.ticket_number, "幸福路早市占道经营", "城管执法队", "报到", "1 个工作日 1 小时", "2026-11-24 10:00",
                       "待处理",
                       "2026-11-24 10:00"]
    em.sort(4, Qt.SortOrder.DescendingOrder)  # by late_by, numerically
    assert [em.item(r).step for r in range(2)] == ["acknowledge", "respond"]
    em.sort(4, Qt.SortOrder.AscendingOrder)
    assert [em.data(em.index(r, 4)) for r in range(2)] == ["1 小时", "1 个工作日 1 小时"]
    qtmodeltester.check(em)
    office.responder().request_extension(d.id, reason="需协调产权单位", new_resolve_due=sh(2026, 12, 4, 17, 30))
    rm = RequestModel(TZ)
    qtmodeltester.check(rm)
    rm.set_items(sup.approvals())
    qtmodeltester.check(rm)
    assert [rm.data(rm.index(0, c)) for c in range(rm.columnCount())] == [
        "延期", d.ticket_number, "城管执法队", "需协调产权单位", "2026-11-30 10:00", "2026-12-04 17:30",
        "2026-11-25 11:00", "城管执法队联络员", "幸福路早市占道经营"]


# -- pages in the window ---------------------------------------------------------------------------------
def test_pages_only_for_supervisors_and_admins(qtbot, office, open_window):
    assert "escalations:1" not in nav(open_window("clerk"))
    assert "approvals" not in nav(open_window("cg.li"))
    assert "escalations:3" in nav(open_window("admin"))


def test_escalation_pages_list_what_a_sweep_recorded(qtbot, office, open_window):
    d = _late(office)[0]
    w = open_window("supervisor")  # every client sweeps at start (and then each minute)
    qtbot.waitUntil(lambda: w.office_counts.get("escalations:1") == 2)
    texts = nav(w)
    assert (texts["escalations:1"], texts["escalations:2"], texts["escalations:3"], texts["approvals"]) == (
        "催办  (2)", "督办  (1)", "通报  (0)", "审批  (0)")
    page = show_page(qtbot, w, "escalations:1")
    assert w.stack.currentWidget() is page and w.current_queue() == "escalations:1"
    assert [page.model.item(r).step for r in range(page.model.rowCount())] == ["acknowledge", "respond"]
    assert not page.urge_button.isEnabled() and not page.confirm_button.isVisibleTo(page)
    with qtbot.waitSignal(w.detail_loaded):
        page.select_row(1)
    assert w.detail.number == d.ticket_number and w.target_dispatch().id == d.id
    assert page.urge_button.isEnabled() and page.extend_button.isEnabled()
    page2 = show_page(qtbot, w, "escalations:2")
    assert page2.model.rowCount() == 1 and page2.model.item(0).level == 2
    # back to a ticket queue
    with qtbot.waitSignal(w.model.loaded):
        w.set_queue("dispatched")
    assert w.stack.currentWidget() is w.ticket_page


def test_urge_needs_a_note_then_is_recorded(qtbot, office, open_window, messages):
    _late(office)
    w = open_window("supervisor")
    page = show_page(qtbot, w, "escalations:1")
    page.select_row(0)
    settle(qtbot)
    assert page.urge_button.isEnabled()
    dlg = page.start("urge")
    assert isinstance(dlg, EscalationDialog) and dlg.isVisible()
    dlg.submit()
    assert dlg.field_error("note") == "请填写催办说明。"
    dlg.note.setPlainText("已电话督促，要求今日报到")
    submit(qtbot, w, dlg)
    assert "已催办城管执法队" in w.statusBar().currentMessage()
    e = office.supervisor.escalations(1)[-1]  # handled ones sort last
    assert (e.handling, e.handled_by, e.handling_note) == ("urge", "王强", "已电话督促，要求今日报到")
    qtbot.waitUntil(lambda: "催办：已电话督促" in page.model.data(page.model.index(page.model.rowCount() - 1, 6)))
    assert w.office_counts["escalations:1"] == 1  # unhandled left
    assert messages == []


def test_extend_takes_office_time_and_shows_the_cores_error(qtbot, office, open_window):
    d = _late(office)[0]
    w = open_window("supervisor")
    page = show_page(qtbot, w, "escalations:1")
    row = next(r for r in range(page.model.rowCount()) if page.model.item(r).step == "respond")
    page.select_row(row)
    assert page.extend_button.isEnabled()
    dlg = page.start("extend")
    marker = office.desk.change_marker()
    dlg.set_new_due(sh(2026, 11, 20, 17, 30))  # in the past
    dlg.submit()
    settle(qtbot)
    assert dlg.field_error("new_due") == "新的期限必须是晚于现在的时间。"
    assert office.desk.change_marker() == marker
    dlg.set_new_due(sh(2026, 11, 27, 17, 30))
    assert dlg.new_due.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-11-27 17:30"  # shown in office time
    submit(qtbot, w, dlg)
    assert office.clerk.ticket(d.ticket_number).dispatches[0].respond_due == sh(2026, 11, 27, 17, 30)
    assert [e.step for e in office.supervisor.escalations(1)] == ["acknowledge"]  # the extended one closed


def test_reassign_to_another_department(qtbot, office, open_window):
    d = _late(office)[0]
    w = open_window("supervisor")
    page = show_page(qtbot, w, "escalations:2")
    page.select_row(0)
    assert page.reassign_button.isEnabled()
    dlg = page.start("reassign")
    assert dlg.department.findData("城管执法队") < 0  # not to itself
    dlg.note.setPlainText("改派住建委")
    dlg.submit()
    assert dlg.field_error("department") == "请选择改派的部门。"
    dlg.set_department("住建委")
    submit(qtbot, w, dlg)
    t = office.clerk.ticket(d.ticket_number)
    assert [(x.department, x.state) for x in t.dispatches] == [("城管执法队", "withdrawn"), ("住建委", "pending")]
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert page.empty.isVisibleTo(page) and page.empty.text() == "当前没有督办事项。"


def test_confirm_is_for_level_three_only(qtbot, office, open_window):
    _late(office, at=sh(2026, 12, 1, 11, 0))  # 报到 is 5 working days late: 通报
    w = open_window("supervisor")
    qtbot.waitUntil(lambda: w.office_counts.get("escalations:3") == 1)
    page1 = show_page(qtbot, w, "escalations:1")
    page1.select_row(0)
    assert page1.start("confirm") is None
    page = show_page(qtbot, w, "escalations:3")
    page.select_row(0)
    assert page.confirm_button.isVisibleTo(page) and page.confirm_button.isEnabled()
    dlg = page.start("confirm")
    dlg.note.setPlainText("列入本周通报")
    submit(qtbot, w, dlg)
    e = office.supervisor.escalations(3)[0]
    assert e.handling == "confirm"
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.item(0).handling == "confirm")
    page.select_row(0)
    assert not page.confirm_button.isEnabled()  # confirmed once
    assert w.office_counts["escalations:3"] == 0


# -- approvals ------------------------------------------------------------------------------------
def test_approval_page_approves_and_rejects(qtbot, office, open_window):
    a, b, c = (whistled(office, lead=lead).dispatches[0] for lead in ("城管执法队", "住建委", "水务所"))
    office.responder("城管执法队").request_extension(a.id, reason="需协调", new_resolve_due=sh(2026, 12, 4, 17, 30))
    office.clock.advance(minutes=1)
    office.responder("住建委").request_suspension(b.id, reason="等待居民回家")
    office.clock.advance(minutes=1)
    office.responder("水务所").request_return(c.id, "不属于本所")
    w = open_window("supervisor")
    qtbot.waitUntil(lambda: w.office_counts.get("approvals") == 3)
    page = show_page(qtbot, w, "approvals")
    assert [page.model.data(page.model.index(r, 0)) for r in range(3)] == ["延期", "挂起", "退单"]
    assert not page.approve_button.isEnabled()
    with qtbot.waitSignal(w.detail_loaded):
        page.select_row(0)
    assert w.detail.number == a.ticket_number
    assert page.approve_button.isEnabled() and page.reject_button.isEnabled()
    dlg = page.start(True)
    assert isinstance(dlg, DecideRequestDialog) and dlg.approve.isChecked()
    assert "办结期限：2026-11-30 10:00 → 2026-12-04 17:30" in dlg.header.text()
    submit(qtbot, w, dlg)
    assert office.clerk.ticket(a.ticket_number).dispatches[0].resolve_due == sh(2026, 12, 4, 17, 30)
    assert w.statusBar().currentMessage() == f"工单 {a.ticket_number}：已同意城管执法队的延期申请"
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    page.select_row(0)  # the suspension: reject, which needs a reason
    assert page.reject_button.isEnabled()
    dlg = page.start(False)
    marker = office.desk.change_marker()
    dlg.submit()
    assert dlg.field_error("note") == "驳回申请时请说明理由。"
    assert office.desk.change_marker() == marker
    dlg.note.setPlainText("可先电话联系")
    submit(qtbot, w, dlg)
    assert office.clerk.ticket(b.ticket_number).dispatches[0].suspended_at is None
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.select_row(0)  # the return goes through decide_return
    submit(qtbot, w, page.start(True))
    assert office.clerk.ticket(c.ticket_number).dispatches[0].state == "returned"
    assert office.supervisor.approvals() == []
    qtbot.waitUntil(lambda: page.model.rowCount() == 0 and w.office_counts["approvals"] == 0)


# -- the minute sweep and notices ------------------------------------------------------------------------
def test_sweep_notifies_the_supervisor_of_new_escalations(qtbot, office, open_window):
    d = whistled(office).dispatches[0]
    w = open_window("supervisor")
    w.sweeper.timer.start(30)  # a minute, made short
    assert w.notifier.tray is None  # offscreen has no tray: the status bar says it
    office.clock.set(sh(2026, 11, 24, 10, 5))
    with qtbot.waitSignal(w.notifier.notified, timeout=5000) as sig:
        pass  # the sweep timer finds it
    title, message = sig.args
    assert title == "超时升级" and message == f"新增催办 1 项，如 {d.ticket_number}（城管执法队）报到超时"
    qtbot.waitUntil(lambda: "超时升级" in w.statusBar().currentMessage())
    w.sweeper.stop()
    settle(qtbot)
    assert len(w.notifier.history) == 1  # said once, although the timer kept sweeping


def test_escalations_recorded_by_another_desk_are_noticed_too(qtbot, office, open_window):
    whistled(office)
    w = open_window("supervisor", poll_interval_ms=40)
    office.clock.set(sh(2026, 11, 25, 11, 0))
    with qtbot.waitSignal(w.notifier.notified, timeout=5000) as sig:
        office.desk.sweep()  # someone else's client
    assert sig.args[1].startswith("新增催办 2 项、督办 1 项")
    w.poll_timer.stop()
    settle(qtbot)


def test_responder_is_told_about_new_dispatches_and_own_escalations(qtbot, office, open_window):
    w = open_window("cg.li")
    t = office.new_ticket()
    office.clerk.whistle(t.number, lead="城管执法队")
    with qtbot.waitSignal(w.notifier.notified) as sig:
        w.refresh_all()
    assert sig.args == ["新派单", "本部门有 1 张新派单待报到（共 1 张）"]
    office.clock.set(sh(2026, 11, 24, 10, 5))
    with qtbot.waitSignal(w.notifier.notified) as sig:
        w.sweeper.sweep_now()
    assert sig.args[0] == "超时升级" and "报到超时" in sig.args[1]
    settle(qtbot)


def test_sweep_failure_is_logged_not_shown(qtbot, office, messages, caplog):
    def broken(**_kw):
        raise DatabaseUnavailable("数据库暂时无法连接")

    office.desk.sweep = broken  # type: ignore[method-assign]
    sweeper = Sweeper(office.desk)
    got = []
    sweeper.swept.connect(got.append)
    with caplog.at_level(logging.WARNING, logger="ui.common.notify"):
        sweeper.sweep_now()
        settle(qtbot)
    assert got == [] and sweeper.failures == 1 and messages == []
    assert "数据库暂时无法连接" in caplog.text


def test_notifier_falls_back_to_the_status_bar(qtbot):
    said = []
    n = Notifier(status=said.append, use_tray=False)
    with qtbot.waitSignal(n.notified):
        n.notify("新派单", "本部门有 1 张新派单待报到")
    assert said == ["新派单：本部门有 1 张新派单待报到"]


def test_the_last_page_is_remembered(qtbot, office, open_window):
    w = open_window("supervisor")
    section = next(w.nav.item(i) for i in range(w.nav.count()) if w.nav.item(i).text() == "督办与审批")
    assert not section.flags() & Qt.ItemFlag.ItemIsSelectable  # a heading, not a queue
    show_page(qtbot, w, "approvals")
    w.close()
    again = open_window("supervisor")
    assert again.current_queue() == "approvals" and again.stack.currentWidget() is again.pages["approvals"]
    assert again.model.queue == "new"  # the ticket table waits behind with the first queue


def test_approving_an_extension_past_the_platforms_deadline_warns(qtbot):
    """issue 15: the 12345 platform's deadline (承诺完成时间) is shown when an extension would pass it."""
    from zoneinfo import ZoneInfo

    from desk.dto import RequestInfo

    tz = ZoneInfo("Asia/Shanghai")

    def request(new_due, platform_due):
        return RequestInfo(id=1, kind="extension", dispatch_id=1, ticket_number="2026-000001", ticket_title="路灯不亮",
                           department="城管执法队", reason="需协调", requested_at=sh(2026, 11, 24, 10, 0),
                           requested_by="李娜", current_resolve_due=sh(2026, 11, 27, 10, 0), new_resolve_due=new_due,
                           platform_due=platform_due)

    late = DecideRequestDialog(None, None, request(sh(2026, 12, 4, 17, 30), sh(2026, 11, 30, 18, 0)), tz)
    qtbot.addWidget(late)
    assert not late.platform_line.isHidden()
    assert late.platform_line.text() == "注意：新办结期限晚于 12345 承诺完成时间 2026-11-30 18:00。"
    for new_due, platform_due in ((sh(2026, 11, 29, 17, 30), sh(2026, 11, 30, 18, 0)), (sh(2026, 12, 4, 17, 30), None)):
        fine = DecideRequestDialog(None, None, request(new_due, platform_due), tz)
        qtbot.addWidget(fine)
        assert fine.platform_line.isHidden() and fine.platform_line.text() == ""
