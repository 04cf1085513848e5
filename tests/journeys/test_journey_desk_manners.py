"""What a person expects of the desk, each found broken once and each reached here by clicks and keys only:
the table, the detail pane and the toolbar agree on one ticket; search and filters say what they did; dialogs
have the focus where typing starts, Ctrl+Enter, Esc and errors that go away; the login's error line; 派单单."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QMessageBox

from journey import answers, demo_template, journey, no_modal_exec, office, settings  # noqa: F401 - fixtures
from ui.app import Session


def test_focusing_the_table_highlights_nothing_and_shows_nothing(journey):
    j = journey("zhang.wei")
    w = j.window
    j.click_nav("办理中")
    assert w.model.rowCount() > 5
    w.search.setFocus()
    j.key(w.search, Qt.Key.Key_Tab)  # into the scope box … and on until the table has the focus
    for _ in range(6):
        if w.view.hasFocus():
            break
        j.key(None, Qt.Key.Key_Tab)
    assert w.view.hasFocus()
    j.settle()
    assert j.highlighted() == [] and j.detail_number() is None
    assert j.enabled_actions() == {"create_ticket"}
    j.key(w.view, Qt.Key.Key_Down)  # the keyboard highlights a row: now it is shown
    j.wait(lambda: len(j.highlighted()) == 1 and j.detail_number() == j.highlighted()[0])
    assert "update_ticket" in j.enabled_actions()


def test_search_by_phone_in_this_queue_or_everywhere_and_say_when_nothing_matched(journey, office):
    desk = office.desk
    clerk = desk.login("zhang.wei", office.passwords["zhang.wei"])
    row = clerk.list_queue("awaiting_callback", limit=1).rows[0]
    phone = clerk.ticket(row.number).reporter_phone
    j = journey("zhang.wei")
    w = j.window
    assert j.nav_item("待派").isSelected()
    spaced = f"{phone[:3]} {phone[3:7]} {phone[7:]}"
    j.type(w.search, spaced)
    j.key(w.search, Qt.Key.Key_Return)
    # not in 待派: the table says so, and where it looked
    j.wait(lambda: w.model.rowCount() == 0 and w.empty_label.isVisible())
    assert "没有找到匹配的工单" in w.empty_label.text() and "本队列" in w.empty_label.text()
    j.shot("nothing-found")
    j.choose(w.filter_bar.scope, "在全部工单中搜索")
    j.wait(lambda: row.number in j.rows())
    assert not w.empty_label.isVisible()
    j.type(w.search, phone[-4:], clear=True)  # the last four digits
    j.key(w.search, Qt.Key.Key_Return)
    j.wait(lambda: row.number in j.rows())
    j.shot("found-by-phone")
    # 10 KB pasted: the box keeps what the core accepts; nothing breaks
    w.search.setFocus()
    QApplication.clipboard().setText("长" * 10_000)
    j.key(w.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    j.key(w.search, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    j.key(w.search, Qt.Key.Key_Return)
    j.settle()
    assert len(w.search.text()) == 100 and w.model.search == "长" * 100
    assert w.model.rowCount() == 0 and w.empty_label.isVisible()


def test_filters_combine_are_remembered_per_queue_and_refuse_bad_input(journey, office):
    j = journey("zhang.wei")
    w = j.window
    bar = w.filter_bar
    j.click_nav("全部")
    total = w.model.rowCount()
    j.click(bar.toggle)
    assert bar.panel.isVisible()
    j.choose(bar.department, "城管执法队")
    j.wait(lambda: 0 < w.model.rowCount() < total)
    by_department = w.model.rowCount()
    j.click(bar.overdue)
    j.wait(lambda: w.model.rowCount() < by_department)
    assert bar.toggle.text() == "筛选（2）" and "已筛选" in bar.count_label.text()
    overdue = set(j.rows())
    clerk = office.desk.login("zhang.wei", office.passwords["zhang.wei"])
    from desk.dto import QueueFilter
    assert overdue == {r.number for r in clerk.list_queue("all", limit=1000, filters=QueueFilter(
        department="城管执法队", overdue=True)).rows}
    j.shot("filtered")
    # a 社区 that is not on the list, a date range that ends before it starts: said, and nothing changes
    j.type(bar.community, "火星社区")
    j.key(bar.community, Qt.Key.Key_Return)
    assert "未知社区" in bar.error_label.text() and bar.error_label.isVisible()
    assert set(j.rows()) == overdue
    j.type(bar.community, "", clear=True)
    j.key(bar.community, Qt.Key.Key_Return)
    j.click(bar.date_check)  # from today to today (the office's today, 2026-11-23)
    assert bar.date_from.date().toString("yyyy-MM-dd") == "2026-11-23"
    bar.date_from.setFocus()
    j.type(bar.date_from, "2026-11-01", clear=True)
    j.key(bar.date_from, Qt.Key.Key_Return)
    j.wait(lambda: bar.filters.created_from is not None and bar.filters.created_from.day == 1)
    j.settle()
    in_november = set(j.rows())
    assert in_november <= overdue
    bar.date_to.setFocus()
    j.type(bar.date_to, "2026-10-01", clear=True)
    j.key(bar.date_to, Qt.Key.Key_Return)
    j.wait(lambda: "结束日期早于开始日期" in bar.error_label.text())
    j.settle()
    assert set(j.rows()) == in_november and bar.filters.created_to.day == 23  # the bad range changed nothing
    j.click(bar.date_check)
    j.wait(lambda: set(j.rows()) == overdue)
    # another queue has its own filters; coming back brings these back
    j.click_nav("办理中")
    assert bar.toggle.text() == "筛选"
    j.click_nav("全部")
    j.wait(lambda: set(j.rows()) == overdue)
    assert bar.department.currentText() == "城管执法队" and bar.overdue.isChecked()
    j.click(bar.clear_button)
    j.wait(lambda: w.model.rowCount() == total)


def test_dialogs_focus_enter_ctrl_enter_esc_and_errors_that_go_away(journey, answers):
    j = journey("zhang.wei")
    dlg = j.press("create_ticket")
    assert QApplication.focusWidget() is dlg.title
    j.type(dlg.title, "测试回车")
    j.key(None, Qt.Key.Key_Return)  # Enter in a one-line field moves on; it does not send the form
    j.settle()
    assert dlg.isVisible() and dlg.field_error("description") == "" and dlg.error_text() == ""
    assert QApplication.focusWidget() is dlg.description
    j.submit(dlg)  # Ctrl+Enter: the core's errors appear under their fields
    assert dlg.isVisible() and dlg.field_error("description")
    j.type(dlg.description, "有内容了")
    assert dlg.field_error("description") == ""
    # Esc with typed text asks first; "继续填写" keeps everything
    j.key(dlg.title, Qt.Key.Key_Escape)
    j.wait(lambda: dlg.discard_box is not None and dlg.discard_box.isVisible())
    j.shot("discard-question", dlg.discard_box)
    j.click(dlg.discard_box.button(QMessageBox.StandardButton.Cancel))
    assert dlg.isVisible() and dlg.title.text() == "测试回车"
    j.key(dlg.title, Qt.Key.Key_Escape)
    j.wait(lambda: dlg.discard_box.isVisible())
    j.click(dlg.discard_box.button(QMessageBox.StandardButton.Discard))
    j.wait(lambda: not dlg.isVisible())


def test_login_errors_have_their_own_space_and_a_lockout_clips_nothing(qtbot, office, settings, qapp):
    from journey import Journey
    j = Journey(qtbot, office, settings, "login-lockout")
    session = Session(qapp, office.desk, settings)
    j.session = session
    session.start()
    login = session.login
    j.settle()
    fields_before = login.password.geometry(), login.username.geometry(), login.height()
    for attempt in range(6):
        j.type(login.username, "cg.li", clear=True)
        j.type(login.password, f"wrong-{attempt}", clear=True)
        j.key(login.password, Qt.Key.Key_Return)
        j.wait(lambda: not login.busy and bool(login.error_text()))
    assert "锁定" in login.error_text()
    j.shot("lockout", login)
    assert (login.password.geometry(), login.username.geometry(), login.height()) == fields_before
    label = login.error_label
    assert label.heightForWidth(label.width()) <= label.height()  # the whole message fits in its space
    login.reject()


def test_print_a_dispatch_slip_with_ctrl_p_through_the_preview(journey):
    j = journey("zhang.wei")
    w = j.window
    j.click_nav("办理中")
    j.click_row(0)
    number = j.highlighted()[0]
    assert w.print_action.isEnabled() and w.detail_pane.print_button.isEnabled()
    j.key(w.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    j.wait(lambda: isinstance(w.slips.preview, QPrintPreviewDialog) and w.slips.preview.isVisible(), 30_000)
    preview = w.slips.preview
    assert number in preview.windowTitle() and w.slips.document.pageCount() == 1
    assert "派单单" in j.status()
    j.shot("slip-preview", preview)
    j.key(preview, Qt.Key.Key_Escape)
    j.wait(lambda: w.slips.preview is None)
