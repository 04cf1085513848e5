"""The main window: queues, actions per role and state, refresh, polling, search, sorting, settings."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog

from desk.enums import DispatchState, TicketState
from ui.mainwindow import MainWindow
from ui.tickets.dialogs import NoteDialog, VerifyDialog, WhistleDialog
from uitools import fill, messages, no_modal_exec, office, open_window, settings, settle, wait_rows  # noqa: F401


def enabled(w: MainWindow) -> set[str]:
    return {v for v, a in w.verb_actions.items() if a.isEnabled()}


def visible(w: MainWindow) -> set[str]:
    return {v for v, a in w.verb_actions.items() if a.isVisible()}


def show_ticket(qtbot, w: MainWindow, number: str) -> None:
    tid = w.user.ticket(number).id
    w.select_ticket(tid)
    qtbot.waitUntil(lambda: w.detail is not None and w.detail.id == tid)
    settle(qtbot)


def nav_texts(w: MainWindow) -> list[str]:
    return [w.nav.item(i).text() for i in range(w.nav.count())]


def nav(w: MainWindow) -> dict[str, str]:
    return {w.nav.item(i).data(Qt.ItemDataRole.UserRole): w.nav.item(i).text() for i in range(w.nav.count())}


def finish(qtbot, w: MainWindow, dlg) -> None:
    with qtbot.waitSignal(w.refreshed, timeout=5000):
        with qtbot.waitSignal(dlg.succeeded, timeout=5000):
            dlg.submit()
    settle(qtbot)


# -- queues and counts -----------------------------------------------------------------------------
def test_queues_by_role_with_counts(qtbot, office, open_window):
    fill(office)
    office_queues = {"new": "待派  (1)", "dispatched": "办理中  (2)", "awaiting_verification": "待核实  (1)",
                     "awaiting_callback": "待回访  (1)", "all": "全部  (7)"}
    clerk = nav(open_window("clerk"))
    assert clerk.items() >= office_queues.items()
    assert "returns_pending" not in clerk
    assert nav(open_window("supervisor")).items() >= {**office_queues, "returns_pending": "退单待审  (1)"}.items()
    assert nav_texts(open_window("cg.li")) == ["本部门待报到  (1)", "办理中  (0)", "已办结  (2)", "全部  (3)", "民生工程",
                                               "项目节点"]  # (issue 16: their department's milestones)


def test_switching_queue_reloads_the_table(qtbot, office, open_window):
    numbers = fill(office)
    w = open_window("clerk")
    assert w.model.rowCount() == 1
    with qtbot.waitSignal(w.model.loaded):
        w.set_queue("all")
    assert w.model.rowCount() == 7
    with qtbot.waitSignal(w.model.loaded):
        w.set_queue("awaiting_callback")
    wait_rows(qtbot, w.model)
    assert w.model.summary(0).number == numbers["awaiting_callback"]


# -- detail ----------------------------------------------------------------------------------------
def test_selecting_a_row_shows_its_detail(qtbot, office, open_window):
    numbers = fill(office)
    w = open_window("clerk")
    w.set_queue("all")
    qtbot.waitUntil(lambda: w.model.rowCount() == 7)
    wait_rows(qtbot, w.model)
    row = next(r for r in range(7) if w.model.summary(r).number == numbers["awaiting_verification"])
    with qtbot.waitSignal(w.detail_loaded):
        w.select_row(row)
    pane = w.detail_pane
    assert pane.title_label.text() == "光明街夜间施工噪声"
    assert pane.subtitle_label.text() == f"{numbers['awaiting_verification']} · 待核实 · 第 1 轮"
    assert pane.values["reporter_phone"].text() == "13812345678"
    assert pane.values["source"].text() == "来访"
    assert pane.values["created_by"].text() == "张伟"
    assert pane.description_label.text().startswith("每天早上")
    assert pane.dispatch_model.rowCount() == 2
    assert pane.timeline_model.rowCount() == len(w.detail.events)


# -- actions per role and state ----------------------------------------------------------------------
def test_clerk_actions_follow_the_transition_table(qtbot, office, open_window):
    numbers = fill(office)
    w = open_window("clerk")
    assert "decide_return" not in visible(w) and "acknowledge" not in visible(w)
    assert enabled(w) == {"create_ticket"}  # nothing selected
    expected = {
        "new": {"create_ticket", "update_ticket", "whistle", "cancel"},
        "dispatched": {"create_ticket", "update_ticket", "whistle", "cancel"},
        "awaiting_verification": {"create_ticket", "update_ticket", "verify", "cancel"},
        "awaiting_callback": {"create_ticket", "verify", "close", "reopen"},
        "closed": {"create_ticket", "verify", "reopen", "record_revisit"},
        "cancelled": {"create_ticket"},
    }
    for key, verbs in expected.items():
        show_ticket(qtbot, w, numbers[key])
        assert enabled(w) == verbs, key
    # dispatch actions apply to the dispatch selected in the detail pane
    show_ticket(qtbot, w, numbers["dispatched"])
    assert w.target_dispatch() is None
    w.detail_pane.select_dispatch(w.detail.dispatches[0].id)
    assert enabled(w) == expected["dispatched"] | {"withdraw"}


def test_responder_actions_follow_the_dispatch_state(qtbot, office, open_window):
    numbers = fill(office)
    w = open_window("zj.wang")
    assert visible(w) == {"acknowledge", "respond", "resolve", "request_return", "request_extension",
                          "request_suspension", "resume"}
    with qtbot.waitSignal(w.model.loaded):
        w.set_queue("all")  # (in 本部门待报到 the ticket would leave the list once acknowledged)
    show_ticket(qtbot, w, numbers["dispatched"])  # 住建委 leads, pending
    assert w.target_dispatch().department == "住建委"  # own dispatch chosen by default
    assert enabled(w) == {"acknowledge", "request_return", "request_extension", "request_suspension"}
    office.responder("住建委").acknowledge(w.target_dispatch().id)
    w.refresh_all()
    qtbot.waitUntil(lambda: w.detail.dispatches[0].state == DispatchState.ACKNOWLEDGED)
    assert enabled(w) == {"respond", "request_return", "request_extension", "request_suspension"}
    # selecting the other department's dispatch disables everything
    other = next(d for d in w.detail.dispatches if d.department != "住建委")
    w.detail_pane.select_dispatch(other.id)
    assert enabled(w) == set()
    show_ticket(qtbot, w, numbers["awaiting_verification"])  # own dispatch resolved
    assert enabled(w) == set()


def test_supervisor_defaults_to_the_pending_return(qtbot, office, open_window):
    numbers = fill(office)
    w = open_window("supervisor")
    w.set_queue("returns_pending")
    qtbot.waitUntil(lambda: w.model.queue == "returns_pending" and w.model.rowCount() == 1 and not w.model.loading)
    with qtbot.waitSignal(w.detail_loaded):
        w.select_row(0)
    assert w.detail.number == numbers["pending_return"]
    assert w.target_dispatch().state == DispatchState.RETURN_REQUESTED
    assert enabled(w) == {"create_ticket", "update_ticket", "whistle", "cancel", "decide_return", "withdraw"}


def test_disabled_action_opens_nothing(qtbot, office, open_window):
    w = open_window("clerk")
    assert w.start_action("whistle") is None
    assert w.start_action("acknowledge") is None


# -- doing things through the window -------------------------------------------------------------------
def test_clerk_creates_and_whistles_then_views_refresh(qtbot, office, open_window):
    w = open_window("clerk")
    assert w.model.rowCount() == 0
    dlg = w.start_action("create_ticket")
    assert dlg.isVisible() and dlg.windowModality() != Qt.WindowModality.NonModal
    dlg.title.setText("建设路井盖松动")
    dlg.description.setPlainText("车辆经过时井盖响动。")
    dlg.address.setText("建设路 1 号")
    dlg.community.setText("建设社区")
    dlg.reporter_name.setText("赵女士")
    finish(qtbot, w, dlg)
    number = dlg.result_value.number
    assert w.statusBar().currentMessage() == f"已受理新工单 {number}"
    assert w.model.rowCount() == 1 and w.counts["new"] == 1
    assert w.detail.number == number
    qtbot.waitUntil(lambda: w.view.currentIndex().row() == 0)  # the new ticket is selected
    assert enabled(w) >= {"whistle", "update_ticket"}

    dlg = w.start_action("whistle")
    assert isinstance(dlg, WhistleDialog) and dlg.lead.currentData() == "城管执法队"
    finish(qtbot, w, dlg)
    assert w.statusBar().currentMessage() == f"工单 {number} 已派单"
    assert w.counts["new"] == 0 and w.counts["dispatched"] == 1
    assert w.model.rowCount() == 0  # gone from 待派
    # nothing is highlighted any more, so nothing is shown or acted on
    assert w.detail is None and enabled(w) == {"create_ticket"}
    show_ticket(qtbot, w, number)  # found again in 全部
    assert w.detail.state == TicketState.DISPATCHED and w.current_queue() == "all"
    assert w.detail_pane.dispatch_model.rowCount() == 1


def test_responder_acknowledges_from_the_window(qtbot, office, open_window):
    t = office.new_ticket()
    office.clerk.whistle(t.number, lead="城管执法队")
    w = open_window("cg.li")
    assert nav_texts(w)[0] == "本部门待报到  (1)"
    with qtbot.waitSignal(w.detail_loaded):
        w.select_row(0)
    dlg = w.start_action("acknowledge")
    assert isinstance(dlg, NoteDialog)
    finish(qtbot, w, dlg)
    assert w.statusBar().currentMessage() == f"工单 {t.number}：城管执法队已报到"
    assert nav_texts(w)[:2] == ["本部门待报到  (0)", "办理中  (1)"]
    assert w.detail is None and enabled(w) == set()  # it left 本部门待报到: nothing highlighted
    with qtbot.waitSignal(w.model.loaded):
        w.set_queue("dept_in_progress")
    with qtbot.waitSignal(w.detail_loaded):
        w.select_row(0)
    assert enabled(w) == {"respond", "request_return", "request_extension", "request_suspension"}
    dlg = w.start_action("respond")
    dlg.note.setPlainText("已联系")
    finish(qtbot, w, dlg)
    assert w.detail.dispatches[0].state == DispatchState.RESPONDED


def test_verify_through_the_window_reports_what_happened(qtbot, office, open_window):
    numbers = fill(office)
    w = open_window("clerk")
    show_ticket(qtbot, w, numbers["awaiting_verification"])
    dlg = w.start_action("verify")
    assert isinstance(dlg, VerifyDialog)
    dlg.close_after.setChecked(False)
    finish(qtbot, w, dlg)
    assert w.statusBar().currentMessage() == f"工单 {numbers['awaiting_verification']} 已核实"
    assert w.detail.state == TicketState.AWAITING_CALLBACK and len(w.detail.callbacks) == 1
    assert w.detail_pane.subtitle_label.text().split(" · ")[1] == "已回访待结案"
    assert enabled(w) == {"create_ticket", "verify", "close", "reopen"}
    dlg = w.start_action("verify")
    finish(qtbot, w, dlg)  # a second callback, closing it this time
    assert w.statusBar().currentMessage() == f"工单 {numbers['awaiting_verification']} 已回访并结案"
    assert w.detail.state == TicketState.CLOSED


def test_selection_is_kept_across_refresh(qtbot, office, open_window):
    fill(office)
    w = open_window("clerk")
    w.set_queue("all")
    qtbot.waitUntil(lambda: w.model.rowCount() == 7)
    with qtbot.waitSignal(w.detail_loaded):
        w.select_row(3)
    tid = w.selected_id
    office.world_marker = None
    office.clock.advance(minutes=5)
    office.new_ticket(title="新来的工单")  # lands on top: row numbers shift
    with qtbot.waitSignal(w.model.loaded):
        w.refresh_all()
    settle(qtbot)
    assert w.model.rowCount() == 8
    assert w.model.ticket_id(w.view.currentIndex().row()) == tid
    assert w.view.currentIndex().row() == 4


def test_errors_from_actions_stay_in_the_dialog(qtbot, office, open_window, messages):
    t = office.new_ticket()
    office.clerk.whistle(t.number, lead="城管执法队")
    w = open_window("cg.li")
    with qtbot.waitSignal(w.detail_loaded):
        w.select_row(0)
    office.responder("城管执法队").acknowledge(w.target_dispatch().id)  # someone else was quicker
    dlg = w.start_action("acknowledge")
    dlg.submit()
    settle(qtbot)
    assert dlg.isVisible() and "不能报到" in dlg.error_text()
    assert messages == []


# -- other desks' changes ------------------------------------------------------------------------------
def test_polling_picks_up_another_users_change(qtbot, office, open_window):
    w = open_window("clerk", poll_interval_ms=50)
    assert w.poll_timer.isActive()
    assert w.model.rowCount() == 0
    office.login("clerk2").create_ticket(
        title="别的窗口受理的工单", description="描述", category="市容环境", urgency="routine", address="幸福路 1 号",
        community="幸福社区", source="12345", reporter_name="王女士", reporter_phone="")
    qtbot.waitUntil(lambda: w.model.rowCount() == 1 and w.counts.get("new") == 1, timeout=5000)
    wait_rows(qtbot, w.model)
    assert w.model.summary(0).title == "别的窗口受理的工单"


def test_default_poll_interval_is_five_seconds(qtbot, office, open_window):
    w = open_window("clerk")
    assert w.poll_timer.interval() == 5000


def test_poll_without_change_does_not_reload(qtbot, office, open_window):
    w = open_window("clerk")
    reloads = []
    w.model.loaded.connect(lambda: reloads.append(1))
    w.poll()
    settle(qtbot)
    assert reloads == []


# -- search and sorting ----------------------------------------------------------------------------------
def test_search_box_is_debounced_and_filters(qtbot, office, open_window):
    numbers = fill(office)
    w = open_window("clerk")
    w.set_queue("all")
    qtbot.waitUntil(lambda: w.model.rowCount() == 7)
    loads = []
    w.model.loaded.connect(lambda: loads.append(w.model.search))
    number = numbers["pending_return"]
    with qtbot.waitSignal(w.model.loaded, timeout=3000):
        qtbot.keyClicks(w.search, number)  # QTest can only type ASCII
    assert loads == [number]  # one reload for the whole number, not one per key
    assert w.model.rowCount() == 1
    wait_rows(qtbot, w.model)
    assert w.model.summary(0).title == "建设路井盖缺失"
    with qtbot.waitSignal(w.model.loaded, timeout=3000):
        w.search.setText("和平里")  # title and address
    assert w.model.rowCount() == 1
    with qtbot.waitSignal(w.model.loaded, timeout=3000):
        w.search.clear()
    assert w.model.rowCount() == 7


@pytest.mark.parametrize("missing", [None, "无法创建 PostgreSQL 扩展 pg_trgm：permission denied"])
def test_a_slow_search_without_the_index_says_why(qtbot, office, open_window, monkeypatch, missing):
    monkeypatch.setattr("ui.tickets.queue.SLOW_SEARCH_S", 0.0)  # every search is slow
    monkeypatch.setattr(office.desk, "search_index_missing", lambda: missing)
    w = open_window("clerk")
    with qtbot.waitSignal(w.model.loaded, timeout=3000):
        qtbot.keyClicks(w.search, "5678")
    shown = w.statusBar().currentMessage()
    if missing is None:
        assert "搜索索引" not in shown
    else:
        assert "搜索较慢：数据库没有搜索索引" in shown and missing in shown


def test_ctrl_f_focuses_the_search_box(qtbot, office, open_window):
    w = open_window("clerk")
    assert w.find_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    w.activateWindow()
    qtbot.waitUntil(lambda: w.isActiveWindow())
    w.view.setFocus()
    qtbot.keyClick(w.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: w.search.hasFocus())


def test_shortcuts_are_unique():
    from ui.tickets.actions import SHORTCUTS
    keys = list(SHORTCUTS.values()) + ["F5", "Ctrl+F", "Ctrl+Q", "Ctrl+Shift+L"]
    assert len(keys) == len(set(keys))


def _click_header(qtbot, w: MainWindow, column: int) -> None:
    header = w.view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_clicking_a_header_sorts(qtbot, office, open_window):
    fill(office)
    w = open_window("clerk")
    w.set_queue("all")
    qtbot.waitUntil(lambda: w.model.rowCount() == 7 and not w.model.loading)
    col = w.model.column_of("title")
    with qtbot.waitSignal(w.model.loaded):
        _click_header(qtbot, w, col)
    assert w.model.sort_key == "title"
    wait_rows(qtbot, w.model)
    titles = [w.model.summary(r).title for r in range(7)]
    assert titles == sorted(titles) or titles == sorted(titles, reverse=True)
    with qtbot.waitSignal(w.model.loaded):
        _click_header(qtbot, w, col)  # again: the other direction
    wait_rows(qtbot, w.model)
    assert [w.model.summary(r).title for r in range(7)] == titles[::-1]


def test_every_column_sorts_and_a_new_one_starts_in_its_natural_order(qtbot, office, open_window):
    fill(office)
    w = open_window("clerk")
    header = w.view.horizontalHeader()
    for key in ("lead_department", "appeal_type", "deadline", "urgency"):
        with qtbot.waitSignal(w.model.loaded):
            _click_header(qtbot, w, w.model.column_of(key))
        assert w.model.sort_key == key and header.sortIndicatorSection() == w.model.column_of(key)
        assert not w.model.descending  # 时限: overdue first; 紧急程度: 特急 first
    with qtbot.waitSignal(w.model.loaded):
        _click_header(qtbot, w, w.model.column_of("created_at"))
    assert w.model.descending  # 受理时间: newest first


# -- settings ------------------------------------------------------------------------------------------------
def test_geometry_splitters_columns_and_sort_are_remembered(qtbot, office, open_window, settings):
    w = open_window("clerk")
    w.resize(760, 560)  # within the offscreen screen (800 x 600), which restoreGeometry() respects
    w.splitter.setSizes([200, 500, 400])
    col = w.model.column_of("address")
    w.view.horizontalHeader().resizeSection(col, 333)
    with qtbot.waitSignal(w.model.loaded):
        w.view.horizontalHeader().setSortIndicator(w.model.column_of("title"), Qt.SortOrder.AscendingOrder)
    sizes = w.splitter.sizes()
    w.close()
    assert isinstance(settings.value("main/geometry"), type(w.saveGeometry()))
    again = open_window("clerk")
    assert (again.width(), again.height()) == (760, 560)
    assert again.splitter.sizes() == sizes
    assert again.view.horizontalHeader().sectionSize(col) == 333
    assert (again.model.sort_key, again.model.descending) == ("title", False)
    assert again.current_queue() == "new" and again.model.queue == "new"
    # another role's columns are remembered separately
    assert settings.value("main/header3/clerk") is not None
    assert settings.value("main/header3/responder") is None


def test_last_queue_is_remembered_per_user(qtbot, office, open_window, settings):
    w = open_window("clerk")
    with qtbot.waitSignal(w.model.loaded):
        w.set_queue("all")
    w.close()
    assert open_window("clerk").model.queue == "all"
    assert open_window("clerk2").model.queue == "new"


def test_settings_file_is_written(qtbot, office, open_window, settings, tmp_path):
    w = open_window("clerk")
    w.close()
    reread = QSettings(settings.fileName(), QSettings.Format.IniFormat)
    assert reread.contains("main/geometry") and reread.contains("main/splitter")


# -- leaving -------------------------------------------------------------------------------------------------
def test_logout_and_quit(qtbot, office, open_window):
    w = open_window("clerk")
    with qtbot.waitSignal(w.logout_requested):
        w.logout_action.trigger()
    assert w.logged_out and not w.isVisible() and not w.poll_timer.isActive()
    w2 = open_window("clerk")
    w2.quit_action.trigger()
    assert not w2.isVisible() and not w2.logged_out


def test_no_dialog_is_left_modal_by_exec(qtbot, office, open_window):
    w = open_window("clerk")
    dlg = w.start_action("create_ticket")
    assert isinstance(dlg, QDialog)
    dlg.reject()
    assert not dlg.isVisible()
