"""The audit-log window (管理 → 审计日志): the trail with readable labels in the office's time, the filter,
paging backwards without duplicates, and the hash-chain check, intact and after tampering behind the app's back."""
from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from sqlalchemy import text

from desk.errors import AuthError
from ui.admin.auditlog import AuditLogModel, AuditLogWindow
from uitools import PASSWORD, no_modal_exec, office, settle  # noqa: F401 - fixtures

LOGIN_KINDS = {"login", "login_failed", "account_locked", "unlock", "unlock_failed", "password_change",
               "password_change_failed"}


def window(qtbot, user, **kw) -> AuditLogWindow:
    w = AuditLogWindow(user, **kw)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.model.rowCount() > 0 or w.model.error is not None)
    settle(qtbot)
    return w


def rows(w: AuditLogWindow) -> list[list[str]]:
    m = w.model
    return [[m.data(m.index(r, c)) for c in range(m.columnCount())] for r in range(m.rowCount())]


def row_of(w: AuditLogWindow, kind: str, subject: str | None = None) -> int:
    return next(r for r in range(w.model.rowCount()) if w.model.entry(r).kind == kind
                and (subject is None or w.model.entry(r).subject == subject))


def changes(w: AuditLogWindow) -> list[list[str]]:
    t = w.changes_table
    return [[t.item(r, c).text() for c in range(3)] for r in range(t.rowCount())]


def drop_triggers(desk) -> None:
    with desk.engine.begin() as conn:
        conn.execute(text("DROP TRIGGER event_append_only_update"))
        conn.execute(text("DROP TRIGGER event_append_only_delete"))


@pytest.fixture
def busy_office(office):
    """A clerk's login, a failed one, and an administrator's changes, a minute apart."""
    office.clerk
    office.clock.advance(timedelta(minutes=1))
    with pytest.raises(AuthError):
        office.desk.login("clerk", "not the password")
    office.clock.advance(timedelta(minutes=1))
    admin = office.admin
    admin.add_department("园林绿化队")
    office.clock.advance(timedelta(seconds=7))
    admin.rename_department("水务所", "水务管理所")
    admin.set_setting("warning_share", "0.7")
    office.admin_user = admin
    return office


def test_model_passes_modeltester(qtbot, qtmodeltester, busy_office):
    m = AuditLogModel(busy_office.admin_user, page_size=5)
    qtmodeltester.check(m)
    with qtbot.waitSignal(m.loaded):
        m.reload()
    assert m.rowCount() == 5 and m.canFetchMore()
    with qtbot.waitSignal(m.loaded):
        m.fetchMore()
    assert m.rowCount() == 10 and m.columnCount() == 5
    assert not m.canFetchMore(m.index(0, 0))
    qtmodeltester.check(m)  # it fetches more itself
    settle(qtbot)
    seqs = [e.seq for e in m.entries()]
    assert len(seqs) > 10 and seqs == sorted(set(seqs), reverse=True)


def test_the_log_shows_logins_and_admin_changes_readably(qtbot, busy_office):
    w = window(qtbot, busy_office.admin_user)
    m = w.model
    assert [m.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == ["时间", "操作人", "操作", "对象", "说明"]
    table = rows(w)
    # newest first, times in the office's zone (T0 is 10:00 in Shanghai)
    assert table[0] == ["2026-11-23 10:02:07", "管理员", "修改设置", "设置：预警比例", "预警比例：0.8 → 0.7"]
    assert table[1] == ["2026-11-23 10:02:07", "管理员", "部门改名", "部门：水务管理所", "名称：水务所 → 水务管理所"]
    assert table[2] == ["2026-11-23 10:02:00", "管理员", "新增部门", "部门：园林绿化队", "名称：园林绿化队；启用：是"]
    assert table[3][2:4] == ["登录", "用户：admin"]
    assert table[4] == ["2026-11-23 10:01:00", "张伟", "登录失败", "用户：clerk",
                        "原因：密码错误；连续密码错误次数：0 → 1"]
    assert table[5] == ["2026-11-23 10:00:00", "张伟", "登录", "用户：clerk", ""]
    failed = m.index(4, 2)
    assert m.data(failed, Qt.ItemDataRole.ForegroundRole) is not None  # failures stand out
    assert m.data(m.index(5, 2), Qt.ItemDataRole.ForegroundRole) is None
    assert m.data(m.index(4, 1), Qt.ItemDataRole.ToolTipRole) == "clerk"
    assert all(PASSWORD not in cell and "not the password" not in cell for row in table for cell in row)
    # the first entry is selected at once; another shows its before → after per field
    assert w.selected() == m.entry(0)
    assert changes(w) == [["预警比例", "0.8", "0.7"]]
    w.select_row(2)
    assert changes(w) == [["名称", "无", "园林绿化队"], ["启用", "无", "是"]]
    assert "2026-11-23 10:02:00　管理员（admin）　新增部门" in w.detail_label.text()
    assert "对象：部门：园林绿化队" in w.detail_label.text()
    w.select_row(1)
    assert changes(w) == [["名称", "水务所", "水务管理所"]]


def test_a_lockout_shows_its_end_in_office_time(qtbot, office):
    for _ in range(5):
        with pytest.raises(AuthError):
            office.desk.login("clerk", "wrong-pass-1")
    w = window(qtbot, office.admin)
    w.set_filter("login")
    qtbot.waitUntil(lambda: not w.model.loading and w.model.rowCount() > 0)
    w.select_row(row_of(w, "account_locked"))
    assert changes(w) == [["锁定至", "无", "2026-11-23 10:15:00"]]  # 15 minutes after T0, Shanghai time
    assert "说明：连续 5 次密码错误" in w.detail_label.text()


def test_the_filter(qtbot, busy_office):
    w = window(qtbot, busy_office.admin_user)
    all_kinds = {e.kind for e in w.model.entries()}
    assert {"login", "login_failed", "department_add", "setting"} <= all_kinds
    with qtbot.waitSignal(w.loaded):
        w.set_filter("login")
    kinds = [e.kind for e in w.model.entries()]
    assert set(kinds) <= LOGIN_KINDS and {"login", "login_failed"} <= set(kinds)
    assert w.filter_combo.currentText() == "登录记录"
    with qtbot.waitSignal(w.loaded):
        w.set_filter("admin")
    kinds = [e.kind for e in w.model.entries()]
    assert kinds and not set(kinds) & LOGIN_KINDS and "department_add" in kinds
    assert w.selected() == w.model.entry(0)  # the first entry of the new list
    with qtbot.waitSignal(w.loaded):
        w.filter_combo.setCurrentIndex(0)  # 全部
    assert {e.kind for e in w.model.entries()} == all_kinds
    # the filter is reachable by its mnemonic
    label = next(lb for lb in w.findChildren(type(w.status_label)) if lb.buddy() is w.filter_combo)
    assert label.text() == "显示(&S)："


def test_paging_backwards_loads_older_entries_once_and_stops(qtbot, busy_office):
    admin = busy_office.admin_user
    everything = [e.seq for e in admin.audit_log(limit=1000)]
    assert len(everything) > 12
    w = AuditLogWindow(admin, page_size=4)  # not shown: the view does not fetch by itself
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: w.model.rowCount() == 4)
    assert "已显示最近的 4 条" in w.status_label.text() and w.more_button.isEnabled()
    pages = 1
    while not w.model.exhausted:
        with qtbot.waitSignal(w.loaded):
            w.more_button.click()
        pages += 1
        assert pages < 20
    seqs = [e.seq for e in w.model.entries()]
    assert seqs == everything  # newest first, no duplicates, nothing missing
    assert w.status_label.text() == f"共 {len(everything)} 条，已全部加载。"
    assert not w.more_button.isEnabled() and not w.model.load_more() and not w.model.canFetchMore()
    # a page that ends exactly at the oldest entry: one more (empty) page says so
    exact = AuditLogModel(admin, page_size=len(everything))
    with qtbot.waitSignal(exact.loaded):
        exact.reload()
    assert exact.rowCount() == len(everything) and not exact.exhausted
    with qtbot.waitSignal(exact.loaded) as got:
        assert exact.load_more()
    assert got.args == [0] and exact.exhausted and exact.rowCount() == len(everything)


def test_scrolling_to_the_bottom_loads_more(qtbot, busy_office):
    w = window(qtbot, busy_office.admin_user, page_size=3)
    assert w.model.rowCount() > 3  # the view asked for more until its visible rows were filled
    shown = w.model.rowCount()
    assert not w.model.exhausted  # more entries than the view shows
    w.view.scrollToBottom()
    qtbot.waitUntil(lambda: w.model.rowCount() > shown)
    seqs = [e.seq for e in w.model.entries()]
    assert len(seqs) == len(set(seqs)) and seqs == sorted(seqs, reverse=True)


def test_f5_reloads(qtbot, busy_office):
    w = window(qtbot, busy_office.admin_user)
    before = w.model.rowCount()
    busy_office.admin_user.add_department("绿化所")
    w.activateWindow()
    qtbot.waitActive(w)
    with qtbot.waitSignal(w.loaded):
        qtbot.keyClick(w.view, Qt.Key.Key_F5)
    assert w.model.rowCount() == before + 1
    assert rows(w)[0][2:4] == ["新增部门", "部门：绿化所"]


def test_verify_shows_ok_and_the_head(qtbot, busy_office):
    w = window(qtbot, busy_office.admin_user)
    assert not w.head_edit.isVisibleTo(w)
    expected = busy_office.desk.verify_audit()
    w.verify_button.click()
    assert "正在校验" in w.status_label.text()  # the busy line while it runs off the GUI thread
    assert not w.verify_button.isEnabled() and w.busy_bar.isVisibleTo(w)
    with qtbot.waitSignal(w.verified) as got:
        pass
    settle(qtbot)
    report = got.args[0]
    assert report.ok and (report.events, report.head_seq, report.head_hash) == (
        expected.events, expected.head_seq, expected.head_hash)
    assert w.verify_label.text() == f"审计链完好：共 {expected.events} 条事件，逐条校验通过。"
    assert w.head_edit.isVisibleTo(w) and w.head_edit.isReadOnly()
    assert w.head_edit.text() == f"第 {expected.head_seq} 条，SHA-256 {expected.head_hash}"
    assert "别处" in w.head_hint.text() and w.head_hint.isVisibleTo(w)
    assert not w.trigger_label.isVisibleTo(w)
    assert w.verify_button.isEnabled() and not w.busy_bar.isVisibleTo(w)
    w.copy_button.click()
    assert QGuiApplication.clipboard().text() == w.head_edit.text()
    assert w.status_label.text() == "链尾已复制到剪贴板。"
    w.select_row(row_of(w, "user_create", "user:clerk"))
    w.grab().save("tests/artifacts/ui-admin-audit.png")


def test_verify_names_the_broken_link_after_tampering(qtbot, busy_office):
    desk = busy_office.desk
    drop_triggers(desk)
    with desk.engine.begin() as conn:
        seq, eid = conn.execute(text("SELECT seq, id FROM event WHERE kind = 'department_add' "
                                     "ORDER BY seq DESC LIMIT 1")).one()
        conn.execute(text("UPDATE event SET note = '按领导要求新增' WHERE seq = :s"), {"s": seq})
    w = window(qtbot, busy_office.admin_user)
    w.select_row(row_of(w, "department_add", "department:园林绿化队"))
    with qtbot.waitSignal(w.verified) as got:
        w.verify()
    report = got.args[0]
    assert not report.ok and (report.first.kind, report.first.seq, report.first.event_id) == ("edited", seq, eid)
    shown = w.verify_label.text()
    assert shown.startswith(f"审计链已断开（共 {report.events} 条事件）。第一处断点（事件被修改）：")
    assert f"第 {seq} 条事件（id {eid}）" in shown and report.first.message in shown
    assert "c0392b" in w.verify_label.styleSheet()
    assert not w.head_edit.isVisibleTo(w)  # a broken chain has no end worth keeping
    assert w.trigger_label.isVisibleTo(w) and "只追加触发器已缺失" in w.trigger_label.text()
    settle(qtbot)
    w.grab().save("tests/artifacts/ui-admin-audit-broken.png")
    # the edited note is what the table shows now; the check is what tells it was changed
    assert "按领导要求新增" in w.model.data(w.model.index(w.view.currentIndex().row(), 4))


def test_missing_triggers_alone_warn_but_the_chain_holds(qtbot, busy_office):
    drop_triggers(busy_office.desk)
    w = window(qtbot, busy_office.admin_user)
    with qtbot.waitSignal(w.verified):
        w.verify()
    assert w.verify_label.text().startswith("审计链完好")
    assert w.head_edit.isVisibleTo(w)
    assert w.trigger_label.isVisibleTo(w)


def test_non_admin_is_told_in_the_window(qtbot, office):
    w = window(qtbot, office.supervisor)
    assert w.model.rowCount() == 0 and w.model.error
    assert w.status_label.text().startswith("加载失败：") and "c0392b" in w.status_label.styleSheet()
    assert not w.model.canFetchMore()
    w.verify()
    settle(qtbot)
    assert w.report is None
    assert w.verify_label.text().startswith("无法校验：") and w.verify_button.isEnabled()
    assert not w.head_edit.isVisibleTo(w)
