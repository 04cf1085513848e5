"""An administrator: 新建用户, 工作日历 and 社区管理 from the 管理 menu, through mouse and keyboard only."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from journey import answers, demo_template, journey, no_modal_exec, office, settings  # noqa: F401 - fixtures


def test_admin_creates_a_user_marks_a_holiday_and_adds_a_community(journey, office, answers):
    j = journey("admin")
    w = j.window
    assert "示例街道办事处" in w.windowTitle() and "系统管理员" in w.windowTitle()
    assert w.windowTitle().count("吹哨报到工作台") == 1

    # -- 用户管理 → 新建用户
    j.menu("管理", "用户管理…")
    users = w.admin_windows["users"]
    j.wait(lambda: users.isVisible() and users.model.rowCount() > 5)
    assert not users.reset_action.isEnabled()  # nothing highlighted yet
    j.click(_tool_button(users, users.new_action), settle=False)
    dlg = users.dialog
    j.wait(lambda: dlg is not None and dlg.isVisible())
    assert QApplication.focusWidget() is dlg.username
    j.type(dlg.username, "sun.li")
    j.key(None, Qt.Key.Key_Return)  # Enter moves on to the next field; it does not send a half-filled form
    assert dlg.isVisible() and QApplication.focusWidget() is dlg.display_name
    j.type(dlg.display_name, "孙丽")
    j.type(dlg.password, "temp-pass-1")
    j.type(dlg.password_repeat, "temp-pass-2")
    j.submit(dlg)
    assert dlg.isVisible() and dlg.field_error("password_repeat")
    j.type(dlg.password_repeat, "temp-pass-1", clear=True)
    assert dlg.field_error("password_repeat") == ""  # gone as soon as the field was edited
    j.shot("new-user", dlg)
    j.submit(dlg)
    assert not dlg.isVisible()
    j.wait(lambda: users.model.row_of("sun.li") is not None)
    row = users.proxy.mapFromSource(users.model.index(users.model.row_of("sun.li"), 0)).row()
    j.click_row(row, users.view)
    assert users.selected().username == "sun.li" and users.reset_action.isEnabled()
    j.shot("users", users)
    users.close()

    # -- 工作日历: click a day, mark it a holiday
    j.menu("管理", "工作日历…")
    cal = w.admin_windows["calendar"]
    j.wait(lambda: cal.isVisible() and cal.model.rowCount() > 0)
    assert not cal.save_button.isEnabled()
    target = date(2026, 11, 27)  # a Friday
    index = next(cal.model.index(r, c) for r in range(cal.model.rowCount()) for c in range(cal.model.columnCount())
                 if (d := cal.model.day_at(r, c)) is not None and d.day == target)
    j.click_row(index.row(), cal.view, index.column())
    assert cal.selected == target and cal.save_button.isEnabled()
    j.choose(cal.kind_combo, "节假日")
    j.type(cal.name_edit, "临时休息")
    j.click(cal.save_button)
    j.wait(lambda: "2026-11-27" in cal.message.text())
    d = office.desk.login("admin", office.passwords["admin"]).calendar_month(2026, 11)
    assert next(x for x in d if x.day == target).kind == "holiday"
    j.shot("calendar", cal)
    cal.close()

    # -- 社区管理 → 新增: the new 社区 is offered in the ticket dialog
    j.menu("管理", "社区管理…")
    win = w.admin_windows["communities"]
    j.wait(lambda: win.isVisible() and win.model.rowCount() >= 15)
    j.click(_tool_button(win, win.add_action), settle=False)
    dlg = win.dialog
    j.wait(lambda: dlg is not None and dlg.isVisible())
    j.type(dlg.name, "望京西园社区")
    j.submit(dlg)
    j.wait(lambda: any(win.model.index(r, 0).data() == "望京西园社区" for r in range(win.model.rowCount())))
    j.shot("communities", win)
    win.close()
    j.settle()
    dlg = j.press("create_ticket")
    j.wait(lambda: "望京西园社区" in dlg.community.names())
    j.key(dlg, Qt.Key.Key_Escape)  # nothing typed: closes without a question
    j.wait(lambda: not dlg.isVisible())


def _tool_button(window, action):
    """The button that shows ``action`` in ``window`` (a tool button with it as default action, or a push button
    with its text)."""
    from PySide6.QtWidgets import QPushButton, QToolButton
    for b in window.findChildren(QToolButton):
        if b.defaultAction() is action and b.isVisible():
            return b
    found = next((b for b in window.findChildren(QPushButton) if b.text() == action.text() and b.isVisible()), None)
    assert found is not None, f"no button for {action.text()}"
    return found
