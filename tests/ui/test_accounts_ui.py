"""Accounts in the GUI: the users window (new user, reset password, disable/enable, unlock, change role, with
bad input refused and the database unchanged), changing one's own password (also forced right after login),
the idle lock of the main window, and the 管理 menu built from the permission matrix."""
from __future__ import annotations

import logging
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLabel, QLineEdit, QMessageBox, QWidget

from desk import Desk
from desk.errors import AuthError
from desk.permissions import role_may
from ui.admin.accounts import ChangePasswordDialog, ChangeRoleDialog, LockPage, NewUserDialog, UsersTableModel, \
    UsersWindow
from ui.app import Session
from ui.common.ops import task_manager
from ui.mainwindow import MainWindow, build_main_window
from ui.setup.login import LoginDialog
from ui.tickets.dialogs import TicketDialog
from uitools import PASSWORD, messages, no_modal_exec, office, open_window, settings, settle, wait_rows  # noqa: F401

NEW_PASSWORD = "new-pass-word-2"


def users_window(qtbot, office) -> UsersWindow:
    w = UsersWindow(office.admin)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.model.rowCount() > 0)
    settle(qtbot)
    return w


def row(w: UsersWindow, username: str) -> dict[str, str]:
    r = w.model.row_of(username)
    assert r is not None, username
    return {key: w.model.data(w.model.index(r, c)) for c, key in enumerate(UsersTableModel.COLUMNS)}


def account(office, username: str):
    return next(a for a in office.admin.users() if a.username == username)


def lock_out(office, username: str) -> None:
    for _ in range(5):
        with pytest.raises(AuthError):
            office.desk.login(username, "wrong-password")


def reload(qtbot, w: UsersWindow) -> None:
    with qtbot.waitSignal(w.loaded):
        w.reload()


# -- the users window ---------------------------------------------------------------------------------------
def test_users_model_passes_modeltester(qtbot, qtmodeltester, office):
    m = UsersTableModel(office.desk.office_tz())
    qtmodeltester.check(m)
    m.set_accounts(office.admin.users(), office.desk.now())
    qtmodeltester.check(m)
    assert m.rowCount() == 8 and m.columnCount() == len(UsersTableModel.COLUMNS)


def test_users_table_has_readable_columns_and_status(qtbot, office):
    admin = office.admin
    lock_out(office, "clerk2")  # five wrong passwords at 10:00 -> locked for 15 minutes
    admin.set_user_active("supervisor", False)
    admin.reset_password("zj.wang", NEW_PASSWORD)
    office.login("cg.li")
    w = users_window(qtbot, office)
    headers = [w.model.headerData(c, Qt.Orientation.Horizontal) for c in range(w.model.columnCount())]
    assert headers == ["用户名", "姓名", "角色", "部门", "状态", "最近登录", "连续输错", "创建时间"]
    assert w.count_label.text() == "共 8 个账户"
    assert row(w, "clerk") | {"last_login_at": "", "created_at": ""} == {
        "username": "clerk", "display_name": "张伟", "role": "受理员", "department": "", "status": "正常",
        "last_login_at": "", "failed_logins": "", "created_at": ""}
    assert row(w, "cg.li")["role"] == "部门联络员" and row(w, "cg.li")["department"] == "城管执法队"
    assert row(w, "cg.li")["last_login_at"] == "2026-11-23 10:00"  # office time
    assert row(w, "clerk2")["status"] == "锁定至 10:15"
    assert row(w, "supervisor")["status"] == "已停用"
    assert row(w, "zj.wang")["status"] == "须改密码"
    assert row(w, "admin")["role"] == "管理员"
    # sortable by a column, filterable
    w.view.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    w.filter_edit.setText("城管")
    assert w.proxy.rowCount() == 1
    w.filter_edit.clear()
    assert w.proxy.rowCount() == 8


def test_actions_follow_the_selection(qtbot, office):
    lock_out(office, "clerk2")
    w = users_window(qtbot, office)
    assert w.new_action.isEnabled() and not w.reset_action.isEnabled() and not w.unlock_action.isEnabled()
    assert w.reset_password() is None  # nothing selected: nothing opens
    assert w.select("clerk")
    assert w.reset_action.isEnabled() and w.role_action.isEnabled() and not w.unlock_action.isEnabled()
    assert w.active_action.text() == "停用"
    assert w.select("clerk2")
    assert w.unlock_action.isEnabled()
    # the same actions are in the table's context menu, with shortcuts
    assert [a.text() for a in w.view.actions()] == ["新建用户…", "重置密码…", "停用", "解锁", "更改角色…"]
    assert w.unlock_action.shortcut().toString() == "Ctrl+U"


def test_new_user_and_bad_input(qtbot, office, caplog):
    caplog.set_level(logging.DEBUG)
    w = users_window(qtbot, office)
    before = len(office.admin.users())
    dlg = w.new_user()
    assert isinstance(dlg, NewUserDialog) and dlg.isVisible()
    assert dlg.password.echoMode() == QLineEdit.EchoMode.Password
    assert dlg.password_repeat.echoMode() == QLineEdit.EchoMode.Password
    assert dlg.must_change.isChecked()
    assert not dlg.department.isEnabled()  # only a responder belongs to a department
    # empty username: the façade's message under the field
    dlg.password.setText(NEW_PASSWORD)
    dlg.password_repeat.setText(NEW_PASSWORD)
    dlg.submit()
    settle(qtbot)
    assert "用户名" in dlg.field_error("username") and dlg.isVisible()
    # mismatched passwords: caught in the dialog
    dlg.username.setText("li.ming")
    dlg.password_repeat.setText(NEW_PASSWORD + "x")
    dlg.submit()
    assert dlg.field_error("password_repeat") == "两次输入的密码不一致。" and not dlg.busy
    # weak password: the façade's rule
    dlg.password.setText("abc123")
    dlg.password_repeat.setText("abc123")
    dlg.submit()
    settle(qtbot)
    assert dlg.field_error("password") == "密码至少需要 8 个字符。"
    # a responder needs a department
    dlg.password.setText(NEW_PASSWORD)
    dlg.password_repeat.setText(NEW_PASSWORD)
    dlg.role.setCurrentIndex(dlg.role.findData("responder"))
    assert dlg.department.isEnabled()
    dlg.submit()
    settle(qtbot)
    assert dlg.field_error("department") == "部门联络员必须指定所属部门。"
    assert len(office.admin.users()) == before  # nothing written
    dlg.department.setCurrentIndex(dlg.department.findData("水务所"))
    dlg.display_name.setText("李明")
    with qtbot.waitSignal(w.loaded):
        with qtbot.waitSignal(dlg.succeeded):
            dlg.submit()
    assert not dlg.isVisible()
    assert w.message.text() == "已新建用户 li.ming"
    assert w.selected().username == "li.ming"  # the new account is selected
    assert row(w, "li.ming") | {"created_at": ""} == {
        "username": "li.ming", "display_name": "李明", "role": "部门联络员", "department": "水务所",
        "status": "须改密码", "last_login_at": "", "failed_logins": "", "created_at": ""}
    assert office.desk.login("li.ming", NEW_PASSWORD).must_change_password
    assert NEW_PASSWORD not in caplog.text and "abc123" not in caplog.text  # never logged


def test_reset_password(qtbot, office):
    w = users_window(qtbot, office)
    w.select("clerk")
    dlg = w.reset_password()
    assert "clerk（张伟）" in dlg.header.text()
    dlg.password.setText(NEW_PASSWORD)
    dlg.password_repeat.setText("something-else")
    dlg.submit()
    assert dlg.field_error("password_repeat") == "两次输入的密码不一致。"
    dlg.password_repeat.setText("short")
    dlg.password.setText("short")
    dlg.submit()
    settle(qtbot)
    assert dlg.field_error("password") == "密码至少需要 8 个字符。"
    office.login("clerk")  # the old password still works: nothing was changed
    dlg.password.setText(NEW_PASSWORD)
    dlg.password_repeat.setText(NEW_PASSWORD)
    with qtbot.waitSignal(w.loaded):
        dlg.submit()
    assert w.message.text() == "已为 clerk 重置密码，下次登录时须修改密码"
    assert row(w, "clerk")["status"] == "须改密码" and w.selected().username == "clerk"  # selection kept
    with pytest.raises(AuthError):
        office.login("clerk")
    assert office.desk.login("clerk", NEW_PASSWORD).must_change_password


def test_disable_and_enable_with_confirmation(qtbot, office):
    w = users_window(qtbot, office)
    w.select("clerk2")
    box = w.toggle_active()
    assert box.isVisible() and "clerk2（赵敏）" in box.text()
    box.button(QMessageBox.StandardButton.No).click()  # cancelled: nothing happens
    settle(qtbot)
    assert account(office, "clerk2").active
    box = w.toggle_active()
    with qtbot.waitSignal(w.loaded):
        box.button(QMessageBox.StandardButton.Yes).click()
    assert row(w, "clerk2")["status"] == "已停用" and w.message.text() == "已停用 clerk2"
    assert not account(office, "clerk2").active
    assert w.selected().username == "clerk2" and w.active_action.text() == "启用"
    with qtbot.waitSignal(w.loaded):
        w.toggle_active().button(QMessageBox.StandardButton.Yes).click()
    assert account(office, "clerk2").active and row(w, "clerk2")["status"] == "正常"


def test_disabling_oneself_is_refused(qtbot, office):
    """The façade refuses; its message appears in the window and the account stays active. (The last
    active administrator is always the caller in a live session, so this is also that case.)"""
    w = users_window(qtbot, office)
    w.select("admin")
    w.toggle_active().button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: w.error_label.isVisibleTo(w))
    assert w.error_label.text() == "不能停用自己的账户。"
    assert account(office, "admin").active and not w.busy


def test_unlock(qtbot, office):
    lock_out(office, "clerk2")
    w = users_window(qtbot, office)
    w.select("clerk2")
    with qtbot.waitSignal(w.loaded):
        w.unlock_action.trigger()
    assert row(w, "clerk2")["status"] == "正常" and w.message.text() == "已解除 clerk2 的锁定"
    assert not w.unlock_action.isEnabled()
    office.login("clerk2")


def test_change_role(qtbot, office):
    w = users_window(qtbot, office)
    w.select("clerk2")
    dlg = w.change_role()
    assert isinstance(dlg, ChangeRoleDialog) and dlg.role.currentData() == "clerk"
    dlg.role.setCurrentIndex(dlg.role.findData("responder"))
    dlg.submit()
    settle(qtbot)
    assert dlg.field_error("department") == "部门联络员必须指定所属部门。"
    assert account(office, "clerk2").role == "clerk"
    dlg.department.setCurrentIndex(dlg.department.findData("住建委"))
    with qtbot.waitSignal(w.loaded):
        dlg.submit()
    assert w.message.text() == "已将 clerk2 的角色改为部门联络员"
    a = account(office, "clerk2")
    assert (a.role, a.department) == ("responder", "住建委")
    assert row(w, "clerk2")["department"] == "住建委"
    # one's own role: refused, the message in the dialog
    w.select("admin")
    dlg = w.change_role()
    dlg.role.setCurrentIndex(dlg.role.findData("clerk"))
    dlg.submit()
    settle(qtbot)
    assert dlg.error_text() == "不能修改自己的角色或部门，请让另一位管理员修改。" and dlg.isVisible()
    assert account(office, "admin").role == "admin"


def test_keyboard_opens_the_dialogs(qtbot, office):
    w = users_window(qtbot, office)
    w.activateWindow()
    w.view.setFocus()
    QTest.keySequence(w, "Ctrl+N")
    assert isinstance(w.dialog, NewUserDialog) and w.dialog.isVisible()
    w.dialog.reject()


# -- changing one's own password ------------------------------------------------------------------------------
def test_change_password_from_the_file_menu(qtbot, office, open_window):
    for name in ("clerk", "cg.li", "supervisor"):
        assert open_window(name).change_password_action.isEnabled()
    w = open_window("clerk2")
    dlg = w.open_change_password()
    assert isinstance(dlg, ChangePasswordDialog) and not dlg.forced and dlg.isVisible()
    assert all(e.echoMode() == QLineEdit.EchoMode.Password
               for e in (dlg.old_password, dlg.new_password, dlg.new_password_repeat))
    dlg.old_password.setText("not-my-password")
    dlg.new_password.setText(NEW_PASSWORD)
    dlg.new_password_repeat.setText(NEW_PASSWORD)
    dlg.submit()
    settle(qtbot)
    assert dlg.field_error("old_password") == "密码不正确。" and dlg.old_password.text() == ""
    assert account(office, "clerk2").failed_logins == 1  # recorded, counts towards the lockout
    dlg.old_password.setText(PASSWORD)
    dlg.new_password_repeat.setText("different-1")
    dlg.submit()
    assert dlg.field_error("new_password_repeat") == "两次输入的密码不一致。"
    dlg.new_password.setText("short")
    dlg.new_password_repeat.setText("short")
    dlg.submit()
    settle(qtbot)
    assert dlg.field_error("new_password") == "密码至少需要 8 个字符。"
    office.login("clerk2")  # unchanged so far
    dlg.new_password.setText(NEW_PASSWORD)
    dlg.new_password_repeat.setText(NEW_PASSWORD)
    with qtbot.waitSignal(dlg.succeeded):
        dlg.submit()
    assert w.statusBar().currentMessage() == "密码已修改"
    assert not office.desk.login("clerk2", NEW_PASSWORD).must_change_password
    assert w.user.queue_counts()["all"] == 0  # this session goes on


def forced_session(qtbot, app, office, settings, monkeypatch):
    quits: list[bool] = []
    monkeypatch.setattr(app, "quit", lambda: quits.append(True))
    office.admin.reset_password("clerk", "temp-pass-word")
    session = Session(app, office.desk, settings)
    session.start()
    return session, quits


def log_in(qtbot, session: Session, password: str) -> None:
    login = session.login
    qtbot.addWidget(login)
    login.username.setText("clerk")
    login.password.setText(password)
    login.submit()
    qtbot.waitUntil(lambda: session.login is None)


def test_forced_change_at_login_and_cancel_logs_out(qtbot, qapp, office, settings, monkeypatch):
    session, quits = forced_session(qtbot, qapp, office, settings, monkeypatch)
    log_in(qtbot, session, "temp-pass-word")
    dlg = session.password_dialog
    assert isinstance(dlg, ChangePasswordDialog) and dlg.forced and dlg.isVisible()
    assert session.window is None  # the main window is not built before the password is changed
    assert "临时密码" in dlg.header.text() and "取消将退出登录" in dlg.header.text()
    assert dlg.buttons.button(dlg.buttons.StandardButton.Cancel).text() == "退出登录"
    qtbot.addWidget(dlg)
    dlg.reject()
    qtbot.waitUntil(lambda: session.login is not None)  # back at the login dialog
    assert session.window is None and quits == []
    log_in(qtbot, session, "temp-pass-word")
    dlg = session.password_dialog
    qtbot.addWidget(dlg)
    dlg.old_password.setText("temp-pass-word")
    dlg.new_password.setText("temp-pass-word")
    dlg.new_password_repeat.setText("temp-pass-word")
    dlg.submit()
    settle(qtbot)
    assert dlg.field_error("new_password") == "新密码不能与当前密码相同。"
    dlg.new_password.setText(NEW_PASSWORD)
    dlg.new_password_repeat.setText(NEW_PASSWORD)
    dlg.submit()
    qtbot.waitUntil(lambda: session.window is not None)
    window = session.window
    qtbot.waitUntil(lambda: window.model.ids_loaded_once)
    assert window.user.info.username == "clerk" and not window.user.must_change_password
    settle(qtbot)
    assert not office.desk.login("clerk", NEW_PASSWORD).must_change_password
    window.close()
    qtbot.waitUntil(lambda: bool(quits))
    task_manager().wait_idle()


# -- the idle lock -------------------------------------------------------------------------------------------
def visible_texts(w: QWidget) -> str:
    """Every text a person could read in ``w`` now (labels, buttons, fields, visible table cells)."""
    out = []
    for c in w.findChildren(QWidget):
        if not c.isVisible():
            continue
        if isinstance(c, QLabel):
            out.append(c.text())
        elif isinstance(c, QAbstractButton):
            out.append(c.text())
        elif isinstance(c, QLineEdit) and c.echoMode() == QLineEdit.EchoMode.Normal:
            out.append(c.text())
        elif isinstance(c, QAbstractItemView) and c.model() is not None:
            m = c.model()
            for r in range(min(m.rowCount(QModelIndex()), 50)):
                col = 0
                while (idx := m.index(r, col)).isValid():  # (a list model's columnCount is private)
                    out.append(str(m.data(idx) or ""))
                    col += 1
    return "\n".join(out)


def test_input_resets_the_idle_timer(qtbot, office, open_window):
    # 1.5 s: longer than the typing below, so each key must have reset it, and long enough that a busy event
    # loop (the search each key starts) cannot run it out between two keys (400 ms did, under load).
    w = open_window("clerk", idle_lock_ms=1500)
    for _ in range(20):  # 2 s of typing: never 1.5 s without input
        QTest.keyClick(w.search, Qt.Key.Key_A)
        assert w.idle_watch.remaining_ms() > 1200
        qtbot.wait(100)
    QTest.mouseMove(w.view.viewport())
    assert not w.locked
    qtbot.waitUntil(lambda: w.locked, timeout=6000)
    assert w.central_stack.currentWidget() is w.lock_page


def test_idle_interval_comes_from_the_office_setting(qtbot, office, open_window):
    office.desk.set_setting("idle_lock_minutes", "7")
    w = open_window("clerk")
    assert w.idle_watch.interval_ms == 7 * 60_000
    w.set_idle_interval(1234)
    assert w.idle_watch.interval_ms == 1234


def test_another_desks_settings_change_reaches_an_open_window(qtbot, office, open_window):
    """An administrator elsewhere shortens the idle lock: an open window takes it at its next look (every
    minute), and its deadline badges fetch the calendar again; nothing happens while nothing changed."""
    w = open_window("clerk")
    qtbot.waitUntil(lambda: w._office_revision is not None)
    assert w.idle_watch.interval_ms == 30 * 60_000 and w.settings_timer.interval() == 60_000
    calendars = []
    w.deadline_clock.refresh_calendar = lambda: calendars.append(1)
    w.check_office_settings()
    settle(qtbot)
    assert calendars == [] and w.idle_watch.interval_ms == 30 * 60_000
    office.admin.set_settings({"idle_lock_minutes": "5"})  # as if from another desk: the window is not told
    w.check_office_settings()
    qtbot.waitUntil(lambda: w.idle_watch.interval_ms == 5 * 60_000)
    assert calendars == [1]


def test_lock_hides_everything_and_the_right_password_restores_it(qtbot, office, open_window):
    office.new_ticket(title="和平里消防通道被占", reporter_name="王女士")
    w = open_window("admin")
    with qtbot.waitSignal(w.model.loaded):
        w.set_queue("all")
    assert w.model.rowCount() == 1
    wait_rows(qtbot, w.model)
    w.select_row(0)
    qtbot.waitUntil(lambda: w.detail is not None)
    users = w.open_admin("users")
    qtbot.waitUntil(lambda: users.model.rowCount() > 0)
    users.filter_edit.setText("cle")
    dlg = w.start_action("create_ticket")
    assert isinstance(dlg, TicketDialog)
    dlg.title.setText("半句话还没写完")
    settle(qtbot)
    assert "和平里消防通道被占" in visible_texts(w)

    w.lock_now()
    assert w.locked and w.lock_page.isVisible() and not w.content.isVisible()
    assert not users.isVisible() and not dlg.isVisible()
    text = visible_texts(w)
    assert "和平里消防通道被占" not in text and "王女士" not in text and "13812345678" not in text
    assert "管理员（管理员）" in w.lock_page.user_label.text()
    assert not w.menuBar().isEnabled() and not w.statusBar().isVisible()
    assert not any(a.isEnabled() for a in w.verb_actions.values())
    assert not w.admin_actions["users"].isEnabled() and not w.change_password_action.isEnabled()
    assert users.new_action.isEnabled()  # the hidden window's own actions are left as they are
    assert w.start_action("create_ticket") is None  # shortcuts do nothing while locked
    w.refresh_all()  # timers keep running: a refresh does not bring anything back
    settle(qtbot)
    assert not any(a.isEnabled() for a in w.verb_actions.values()) and not w.content.isVisible()

    w.lock_page.password.setText(PASSWORD)
    w.lock_page.submit()
    qtbot.waitUntil(lambda: not w.locked)
    assert w.content.isVisible() and w.menuBar().isEnabled() and w.statusBar().isVisible()
    assert users.isVisible() and users.filter_edit.text() == "cle"
    assert dlg.isVisible() and dlg.title.text() == "半句话还没写完"  # nothing typed is lost
    assert w.verb_actions["create_ticket"].isEnabled() and w.lock_action.isEnabled()
    assert "unlock" in {e.kind for e in office.admin.audit_log(kind="login")}


def test_wrong_password_keeps_it_locked_and_is_recorded(qtbot, office, open_window):
    w = open_window("clerk")
    w.lock_now()
    page = w.lock_page
    page.submit()  # empty: asked for, nothing recorded
    assert page.error_label.text() == "请输入密码。"
    page.password.setText("wrong-password")
    page.submit()
    qtbot.waitUntil(lambda: page.error_label.text() == "密码不正确。")
    settle(qtbot)
    assert w.locked and not w.content.isVisible() and page.password.text() == ""
    assert account(office, "clerk").failed_logins == 1
    assert "unlock_failed" in {e.kind for e in office.admin.audit_log(kind="login")}


def test_lockout_on_the_lock_page_logs_out(qtbot, office, open_window):
    w = open_window("clerk")
    w.lock_now()
    page = w.lock_page
    for i in range(4):
        page.password.setText(f"wrong-{i}-password")
        page.submit()
        qtbot.waitUntil(lambda: not page.busy and page.error_label.isVisibleTo(page))
        settle(qtbot)
        assert w.isVisible() and w.locked
    page.password.setText("wrong-4-password")
    with qtbot.waitSignal(w.logout_requested):
        page.submit()
    assert w.logged_out and "锁定" in w.logout_reason
    assert account(office, "clerk").locked_until is not None


def test_disabled_account_on_the_lock_page_logs_out(qtbot, office, open_window):
    w = open_window("clerk")
    w.lock_now()
    office.admin.set_user_active("clerk", False)
    w.lock_page.password.setText(PASSWORD)
    with qtbot.waitSignal(w.logout_requested):
        w.lock_page.submit()
    assert w.logout_reason == "该账户已停用，请重新登录。"


def test_logout_from_the_lock_page(qtbot, office, open_window):
    w = open_window("clerk")
    w.lock_action.trigger()
    assert w.locked
    with qtbot.waitSignal(w.logout_requested):
        w.lock_page.logout_button.click()
    assert w.logged_out and w.logout_reason == ""


def test_notices_while_locked_name_no_ticket(qtbot, office, open_window, monkeypatch):
    w = open_window("clerk")
    shown = []
    monkeypatch.setattr(w.notifier, "notify", lambda title, text: shown.append((title, text)))
    w.notify("超时升级", "新增催办 1 项，如 20261123-0001（城管执法队）报到超时")
    w.lock_now()
    w.notify("超时升级", "新增催办 1 项，如 20261123-0002（城管执法队）报到超时")
    assert shown == [("超时升级", "新增催办 1 项，如 20261123-0001（城管执法队）报到超时"),
                     ("超时升级", "有新的待办事项，解锁后查看。")]


def test_session_shows_why_the_lock_logged_out(qtbot, qapp, office, settings, monkeypatch):
    monkeypatch.setattr(qapp, "quit", lambda: None)
    session = Session(qapp, office.desk, settings)
    session.show_main(office.clerk)
    window = session.window
    qtbot.waitUntil(lambda: window.model.ids_loaded_once)
    settle(qtbot)
    window.logout("该账户因多次密码错误已被锁定。")
    qtbot.waitUntil(lambda: session.login is not None)
    login = session.login
    qtbot.addWidget(login)
    assert isinstance(login, LoginDialog) and login.error_text() == "该账户因多次密码错误已被锁定。"
    login.reject()
    task_manager().wait_idle()


# -- the 管理 menu from the permission matrix ------------------------------------------------------------------
def test_admin_menu_follows_the_matrix(qtbot, office, open_window):
    for name in ("clerk", "supervisor", "cg.li", "admin"):
        w = open_window(name)
        expected = {k for k, e in w.admin_entries.items() if role_may(e.verb, w.user.role)}
        assert set(w.admin_actions) == expected, name
    assert list(w.admin_actions) == ["users", "departments", "communities", "categories", "standards", "import_settings",
                                     "policies", "calendar", "settings", "audit"]
    assert [a.text() for a in w.menuBar().actions()].count("管理(&A)") == 1
    w.admin_actions["users"].trigger()
    users = w.admin_windows["users"]
    assert isinstance(users, UsersWindow) and users.isVisible()
    assert w.open_admin("users") is users  # raised again, not a second window
    qtbot.waitUntil(lambda: users.model.rowCount() == 8)
    with pytest.raises(ValueError):
        w.open_admin("nonsense")
    clerk = open_window("clerk2")
    with pytest.raises(ValueError):
        clerk.open_admin("users")
    settle(qtbot)


# -- screenshots -----------------------------------------------------------------------------------------------
@pytest.fixture
def chinese_font():
    if not QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        pytest.fail("no font with Simplified Chinese glyphs: install fonts-wqy-microhei (screenshots would be tofu)")


def test_screenshot_users_window(qtbot, office, artifacts, chinese_font):
    lock_out(office, "clerk2")
    office.admin.set_user_active("supervisor", False)
    office.admin.reset_password("zj.wang", NEW_PASSWORD)
    office.login("cg.li")
    w = users_window(qtbot, office)
    w.select("clerk2")
    w.message.setText("已为 zj.wang 重置密码，下次登录时须修改密码")
    settle(qtbot)
    qtbot.waitExposed(w)
    w.grab().save(str(artifacts / "ui-admin-users.png"))
    dlg = w.new_user()
    dlg.username.setText("li.ming")
    dlg.display_name.setText("李明")
    dlg.password.setText(NEW_PASSWORD)
    dlg.password_repeat.setText("typo")
    dlg.submit()
    dlg.adjustSize()
    qtbot.waitExposed(dlg)
    dlg.grab().save(str(artifacts / "ui-admin-new-user.png"))


def test_screenshot_forced_password_change(qtbot, office, artifacts, chinese_font):
    office.admin.reset_password("clerk", "temp-pass-word")
    user = office.desk.login("clerk", "temp-pass-word")
    dlg = ChangePasswordDialog(user, None, forced=True)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.old_password.setText("temp-pass-word")
    dlg.new_password.setText("short")
    dlg.new_password_repeat.setText("short")
    dlg.submit()
    settle(qtbot)
    assert dlg.field_error("new_password")
    dlg.adjustSize()
    qtbot.waitExposed(dlg)
    dlg.grab().save(str(artifacts / "ui-change-password-forced.png"))


@pytest.fixture
def demo_desk(qapp, sqlite_url, clock):
    from desk import demo

    d = Desk.open(sqlite_url, clock=clock)
    result = demo.generate(d, tickets=120, seed=7)
    yield SimpleNamespace(desk=d, passwords={u.username: u.password for u in result.users})
    task_manager().wait_idle()
    d.close()


def test_screenshot_lock_screen_over_demo_tickets(qtbot, demo_desk, settings, artifacts, chinese_font):
    d = demo_desk.desk
    user = d.login("zhang.wei", demo_desk.passwords["zhang.wei"])
    w = build_main_window(d, user, settings)
    qtbot.addWidget(w)
    w.resize(1440, 860)
    w.show()
    qtbot.waitUntil(lambda: w.model.ids_loaded_once and bool(w.counts))
    w.poll_timer.stop()  # no background refresh may drop the rows collected below
    with qtbot.waitSignal(w.model.loaded):
        w.set_queue("all")
    with qtbot.waitSignal(w.detail_loaded):
        w.select_row(0)
    settle(qtbot)
    count = min(w.model.rowCount(), 30)

    def all_rows_here() -> bool:  # a refresh (e.g. after the start-up sweep) may forget rows: ask again
        missing = [r for r in range(count) if w.model.summary(r) is None]
        for r in missing:
            w.model.data(w.model.index(r, 0))
        return not missing

    qtbot.waitUntil(all_rows_here)
    rows = [w.model.summary(r) for r in range(count)]
    secrets = {s.number for s in rows} | {s.title for s in rows} | {w.detail.reporter_name, w.detail.title}
    before = visible_texts(w)
    assert w.detail.title in before and rows[0].number in before
    w.grab().save(str(artifacts / "ui-main-before-lock.png"))
    w.lock_now()
    w.lock_page.password.setText("wrong-password")
    w.lock_page.submit()
    qtbot.waitUntil(lambda: w.lock_page.error_label.isVisibleTo(w.lock_page))
    settle(qtbot)
    after = visible_texts(w)
    assert not [s for s in secrets if s and s in after]
    assert "张伟" in after or "张伟" in w.lock_page.user_label.text()
    w.grab().save(str(artifacts / "ui-lock-screen.png"))
    assert isinstance(w, MainWindow) and isinstance(w.lock_page, LockPage)
