"""Departments and categories windows (管理 menu): add, rename, deactivate/activate, default lead; bad names shown
under the field with the database unchanged; audit events; keyboard and context menu; confirmation boxes.
Screenshots (tests/artifacts/): ui-admin-departments.png, ui-admin-categories.png with demo data."""
from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMessageBox

from desk import Desk
from ui.admin import orgadmin
from ui.admin.orgadmin import (
    SORT_ROLE,
    AddCategoryDialog,
    CategoriesWindow,
    DepartmentsWindow,
    LeadDialog,
    NamedItemsModel,
    NamedItemsWindow,
    NamedRow,
    NameDialog,
)
from ui.common.ops import task_manager
from uitools import no_modal_exec, office, settle  # noqa: F401 - fixtures

NAME, STATUS, FIRST_EXTRA, SECOND_EXTRA = range(4)


@pytest.fixture
def asked(monkeypatch) -> SimpleNamespace:
    """Confirmation boxes, recorded as (title, text) and answered with ``answer`` (yes unless changed)."""
    seen = SimpleNamespace(boxes=[], answer=True)

    def fake(parent, title, text, accept, *, default_accept):
        seen.boxes.append((title, text))
        return seen.answer
    monkeypatch.setattr(orgadmin, "confirm", fake)
    return seen


def open_win(qtbot, cls: type[NamedItemsWindow], user) -> NamedItemsWindow:
    w = cls(user)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.model.rowCount() > 0)
    settle(qtbot)
    return w


def cell(w: NamedItemsWindow, name: str, column: int, role=Qt.ItemDataRole.DisplayRole):
    row = w.model.row_of(name=name)
    assert row is not None, name
    return w.model.data(w.model.index(row, column), role)


def names(w: NamedItemsWindow) -> list[str]:
    return [r.name for r in w.model.rows()]


def changes(w: NamedItemsWindow) -> list[int]:
    """Counts the window's ``changed`` signals."""
    seen: list[int] = []
    w.changed.connect(lambda: seen.append(1))
    return seen


def submit_ok(qtbot, w: NamedItemsWindow, dlg) -> None:
    with qtbot.waitSignal(w.changed):
        dlg.submit()
    settle(qtbot)


def submit_refused(qtbot, dlg) -> None:
    dlg.submit()
    settle(qtbot)
    assert dlg.isVisible()  # the dialog stays open with the error


def last_admin_event(office):
    return office.admin.audit_log(kind="admin", limit=1)[0]


# -- the shared pieces ---------------------------------------------------------------------------------
def test_model_passes_modeltester_and_sorts_numbers_as_numbers(qtbot, qtmodeltester):
    m = NamedItemsModel(["联络员"])
    qtmodeltester.check(m)
    m.set_rows([NamedRow(1, "甲", True, None, (10,)), NamedRow(2, "乙", False, None, (9,), "已停用")])
    qtmodeltester.check(m)
    assert [m.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == ["名称", "状态", "联络员"]
    assert m.data(m.index(1, STATUS)) == "已停用" and m.data(m.index(0, STATUS)) == "启用"
    assert m.data(m.index(0, 2)) == "10" and m.data(m.index(0, 2), SORT_ROLE) == 10
    assert m.data(m.index(0, 2), Qt.ItemDataRole.TextAlignmentRole) == int(Qt.AlignmentFlag.AlignCenter)
    assert m.data(m.index(1, NAME), Qt.ItemDataRole.ForegroundRole) == QColor("#8a8f96")
    assert m.data(m.index(0, NAME), Qt.ItemDataRole.ForegroundRole) is None
    assert m.data(m.index(1, NAME), Qt.ItemDataRole.ToolTipRole) == "已停用"
    assert m.row_of(id=2) == 1 and m.row_of(name="甲") == 0 and m.row_of(name="丙") is None


def test_confirm_box_buttons_and_default(qtbot, monkeypatch):
    seen = {}

    def press(box: QMessageBox, which: int) -> None:
        seen["default"] = box.defaultButton().text()
        seen["escape"] = box.escapeButton().text()
        seen["text"] = box.text()
        box.buttons()[which].click()

    def exec_pressing(which: int):
        return lambda self: press(self, which)

    parent = orgadmin.QWidget()
    qtbot.addWidget(parent)
    monkeypatch.setattr(QMessageBox, "exec", exec_pressing(0))
    assert orgadmin.confirm(parent, "停用", "停用部门“甲”？", "停用", default_accept=False) is True
    assert seen == {"default": "取消", "escape": "取消", "text": "停用部门“甲”？"}
    monkeypatch.setattr(QMessageBox, "exec", exec_pressing(1))
    assert orgadmin.confirm(parent, "启用", "启用？", "启用", default_accept=True) is False
    assert seen["default"] == "启用"


# -- departments -------------------------------------------------------------------------------------
def test_departments_window_lists_departments_with_context(qtbot, office):
    office.admin.add_department("环保所")
    w = open_win(qtbot, DepartmentsWindow, office.admin)
    assert names(w) == ["城管执法队", "住建委", "交通支队", "水务所", "环保所"]
    assert [w.model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "名称", "状态", "联络员", "默认主办的分类"]
    assert cell(w, "城管执法队", SECOND_EXTRA) == "市容环境" and cell(w, "城管执法队", FIRST_EXTRA) == "1"
    assert cell(w, "环保所", SECOND_EXTRA) == "—" and cell(w, "环保所", FIRST_EXTRA) == "0"
    assert cell(w, "城管执法队", NAME, Qt.ItemDataRole.ToolTipRole) == \
        "联络员：城管执法队联络员"
    assert w.current_row().name == "城管执法队"  # the first row is selected
    assert w.toggle_action.text() == "停用(&D)…" and w.rename_action.isEnabled()
    w.view.sortByColumn(FIRST_EXTRA, Qt.SortOrder.AscendingOrder)
    assert w.proxy.index(0, NAME).data() == "环保所"


def test_add_and_rename_department(qtbot, office):
    w = open_win(qtbot, DepartmentsWindow, office.admin)
    seen = changes(w)
    dlg = w.add()
    assert isinstance(dlg, NameDialog) and dlg.windowTitle() == "新增部门" and dlg.isVisible()
    dlg.name.setText("  民政科 ")
    submit_ok(qtbot, w, dlg)
    assert w.message.text() == "已新增：民政科"
    assert names(w)[-1] == "民政科" and cell(w, "民政科", STATUS) == "启用"
    assert w.current_row().name == "民政科"  # the new row is selected
    assert "民政科" in [d.name for d in office.admin.departments(include_inactive=True)]
    e = last_admin_event(office)
    assert (e.kind, e.subject, e.actor_username) == ("department_add", "department:民政科", "admin")

    w.select_name("住建委")
    dlg = w.rename()
    assert dlg.name.text() == "住建委" and dlg.header.text() == "现名称：住建委"
    dlg.name.setText("住房和建设委")
    submit_ok(qtbot, w, dlg)
    assert w.message.text() == "已将“住建委”重命名为“住房和建设委”"
    assert w.current_row().name == "住房和建设委"  # the selection stays on the renamed row
    assert names(w) == ["城管执法队", "住房和建设委", "交通支队", "水务所", "民政科"]
    assert cell(w, "住房和建设委", SECOND_EXTRA) == "房屋安全"  # its category followed
    assert [c.default_lead for c in office.admin.categories() if c.name == "房屋安全"] == ["住房和建设委"]
    e = last_admin_event(office)
    assert (e.kind, e.subject, e.changes) == ("department_rename", "department:住房和建设委",
                                             {"name": ["住建委", "住房和建设委"]})
    assert len(seen) == 2


@pytest.mark.parametrize(("text", "error"), [
    ("", "名称不能为空。"),
    ("   ", "名称不能为空。"),
    ("住建委", "部门 住建委 已存在。"),
    ("长" * 65, "名称过长（最多 64 个字符）。"),
])
def test_bad_department_name_shows_under_the_field_and_changes_nothing(qtbot, office, text, error):
    w = open_win(qtbot, DepartmentsWindow, office.admin)
    seen = changes(w)
    before = office.admin.departments(include_inactive=True)
    dlg = w.add()
    dlg.name.setText(text)
    submit_refused(qtbot, dlg)
    assert dlg.field_error("department") == error
    assert dlg.error_text() == ""
    assert office.admin.departments(include_inactive=True) == before
    assert seen == [] and w.message.text() == ""


@pytest.mark.parametrize(("text", "error"), [
    ("交通支队", "部门 交通支队 已存在。"),
    ("水务所", "新名称与原名称相同。"),
    ("", "名称不能为空。"),
])
def test_rename_department_refused(qtbot, office, text, error):
    w = open_win(qtbot, DepartmentsWindow, office.admin)
    seen = changes(w)
    before = office.admin.departments(include_inactive=True)
    events = office.admin.audit_log(kind="admin")
    w.select_name("水务所")
    dlg = w.rename()
    dlg.name.setText(text)
    submit_refused(qtbot, dlg)
    assert dlg.field_error("new_name") == error
    assert office.admin.departments(include_inactive=True) == before
    assert office.admin.audit_log(kind="admin") == events
    assert seen == []


def test_deactivate_and_activate_department(qtbot, office, asked):
    office.admin.add_department("环保所")
    w = open_win(qtbot, DepartmentsWindow, office.admin)
    seen = changes(w)
    w.select_name("环保所")
    asked.answer = False  # 取消: nothing happens
    w.toggle_active()
    settle(qtbot)
    assert len(asked.boxes) == 1 and seen == [] and cell(w, "环保所", STATUS) == "启用"
    title, text = asked.boxes[0]
    assert title == "停用" and text.startswith("停用部门“环保所”？")
    assert "不能再召集该部门" in text and "已派给它的派单照常办理" in text

    asked.answer = True
    with qtbot.waitSignal(w.changed):
        w.toggle_active()
    settle(qtbot)
    assert cell(w, "环保所", STATUS) == "已停用" and w.message.text() == "已停用：环保所"
    assert cell(w, "环保所", NAME, Qt.ItemDataRole.ForegroundRole) == QColor("#8a8f96")  # greyed
    assert "不能再被吹哨召集" in cell(w, "环保所", NAME, Qt.ItemDataRole.ToolTipRole)
    assert w.current_row().name == "环保所" and w.toggle_action.text() == "启用(&E)…"
    assert "环保所" not in [d.name for d in office.admin.departments()]
    assert last_admin_event(office).kind == "department_disable"

    with qtbot.waitSignal(w.changed):
        w.toggle_active()
    settle(qtbot)
    assert asked.boxes[-1][0] == "启用" and "可以再召集该部门" in asked.boxes[-1][1]
    assert cell(w, "环保所", STATUS) == "启用" and w.message.text() == "已启用：环保所"
    assert "环保所" in [d.name for d in office.admin.departments()]
    assert last_admin_event(office).kind == "department_enable"
    assert len(seen) == 2


def test_deactivating_a_default_lead_department_is_refused(qtbot, office, asked):
    w = open_win(qtbot, DepartmentsWindow, office.admin)
    seen = changes(w)
    before = office.admin.departments(include_inactive=True)
    w.select_name("城管执法队")
    w.toggle_active()
    settle(qtbot)
    assert w.error_label.isVisibleTo(w)
    assert w.error_label.text() == "城管执法队是分类“市容环境”的默认主办部门，请先为这些分类另选默认主办部门。"
    assert office.admin.departments(include_inactive=True) == before
    assert seen == [] and not w.busy and w.toggle_action.isEnabled()


def test_keyboard_and_context_menu(qtbot, office, asked):
    w = open_win(qtbot, DepartmentsWindow, office.admin)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    w.select_name("交通支队")
    w.view.setFocus()
    qtbot.keyClick(w.view, Qt.Key.Key_Insert)
    assert isinstance(w.dialog, NameDialog) and w.dialog.windowTitle() == "新增部门"
    w.dialog.reject()
    for key, title in ((Qt.Key.Key_F2, "重命名“交通支队”"), (Qt.Key.Key_Return, "重命名“交通支队”")):
        w.dialog = None
        w.activateWindow()
        qtbot.waitUntil(w.isActiveWindow)
        qtbot.keyClick(w.view, key)
        assert w.dialog is not None and w.dialog.windowTitle() == title and w.dialog.name.text() == "交通支队"
        w.dialog.reject()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    asked.answer = False
    qtbot.keyClick(w.view, Qt.Key.Key_Delete)
    assert asked.boxes and asked.boxes[-1][1].startswith("停用部门“交通支队”")
    menu = w.context_menu()
    assert [a.text() for a in menu.actions() if not a.isSeparator()] == ["新增(&N)…", "重命名(&R)…", "停用(&D)…", "刷新"]
    assert [a.shortcut().toString() for a in w.item_actions] == ["Ins", "F2", "Del"]
    menu.deleteLater()


def test_busy_while_loading_and_nothing_selected_disables_row_actions(qtbot, office):
    w = DepartmentsWindow(office.admin)
    qtbot.addWidget(w)
    assert w.busy and not w.add_action.isEnabled()  # the first load is under way
    assert w.add() is None
    qtbot.waitUntil(lambda: not w.busy)
    assert w.add_action.isEnabled() and w.rename_action.isEnabled()
    w.view.clearSelection()
    assert w.current_row() is None
    assert not w.rename_action.isEnabled() and not w.toggle_action.isEnabled()
    assert w.rename() is None


# -- categories ----------------------------------------------------------------------------------------
def test_categories_window_lists_lead_and_time_limits(qtbot, office):
    office.admin.set_policy("房屋安全", "urgent", acknowledge="1h", respond="4h", resolve="2wd")
    w = open_win(qtbot, CategoriesWindow, office.admin)
    assert names(w) == ["市容环境", "房屋安全", "道路交通", "供排水"]
    assert [w.model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "名称", "状态", "默认主办部门", "时限标准"]
    assert cell(w, "市容环境", FIRST_EXTRA) == "城管执法队" and cell(w, "市容环境", SECOND_EXTRA) == "默认"
    assert cell(w, "房屋安全", SECOND_EXTRA) == "1 项单独设置"
    assert [a.text() for a in w.item_actions] == ["新增(&N)…", "重命名(&R)…", "停用(&D)…", "设置默认主办部门(&L)…"]


def test_add_category_with_lead_then_change_and_clear_the_lead(qtbot, office):
    office.admin.add_department("环保所")
    office.admin.set_department_active("环保所", False)
    w = open_win(qtbot, CategoriesWindow, office.admin)
    seen = changes(w)
    dlg = w.add()
    assert isinstance(dlg, AddCategoryDialog)
    assert [dlg.lead.itemText(i) for i in range(dlg.lead.count())] == [
        "（无）", "城管执法队", "住建委", "交通支队", "水务所"]  # active departments only
    dlg.name.setText("违法建设")
    dlg.lead.setCurrentIndex(dlg.lead.findData("城管执法队"))
    submit_ok(qtbot, w, dlg)
    assert w.message.text() == "已新增：违法建设" and w.current_row().name == "违法建设"
    assert cell(w, "违法建设", FIRST_EXTRA) == "城管执法队"
    added = next(c for c in office.admin.categories() if c.name == "违法建设")
    assert (added.default_lead, added.active) == ("城管执法队", True)
    assert last_admin_event(office).kind == "category_add"

    dlg = w.set_lead()
    assert isinstance(dlg, LeadDialog) and dlg.lead.currentData() == "城管执法队"
    assert dlg.header.text() == "分类：违法建设\n当前默认主办部门：城管执法队"
    dlg.set_lead("住建委")
    submit_ok(qtbot, w, dlg)
    assert w.message.text() == "已将“违法建设”的默认主办部门设为住建委"
    assert cell(w, "违法建设", FIRST_EXTRA) == "住建委" and w.current_row().name == "违法建设"
    e = last_admin_event(office)
    assert (e.kind, e.subject, e.changes) == ("category_lead", "category:违法建设",
                                             {"default_lead": ["城管执法队", "住建委"]})

    dlg = w.set_lead()
    dlg.set_lead(None)
    submit_ok(qtbot, w, dlg)
    assert w.message.text() == "已取消“违法建设”的默认主办部门"
    assert cell(w, "违法建设", FIRST_EXTRA) == "（无）"
    assert next(c for c in office.admin.categories() if c.name == "违法建设").default_lead is None
    assert len(seen) == 3


def test_bad_category_input_changes_nothing(qtbot, office):
    w = open_win(qtbot, CategoriesWindow, office.admin)
    seen = changes(w)
    before = office.admin.categories(include_inactive=True)
    events = office.admin.audit_log(kind="admin")
    dlg = w.add()
    dlg.name.setText("市容环境")
    submit_refused(qtbot, dlg)
    assert dlg.field_error("category") == "分类 市容环境 已存在。"
    dlg.name.setText("")
    submit_refused(qtbot, dlg)
    assert dlg.field_error("category") == "名称不能为空。"
    dlg.reject()
    w.select_name("供排水")
    dlg = w.rename()
    dlg.name.setText("道路交通")
    submit_refused(qtbot, dlg)
    assert dlg.field_error("new_name") == "分类 道路交通 已存在。"
    dlg.reject()
    assert office.admin.categories(include_inactive=True) == before
    assert office.admin.audit_log(kind="admin") == events
    # the department deactivated meanwhile (in another desk): the lead dialog's choice is refused under the field
    dlg = w.set_lead()
    dlg.set_lead("住建委")
    office.admin.set_category_lead("房屋安全", None)
    office.admin.set_department_active("住建委", False)
    before = office.admin.categories(include_inactive=True)
    events = office.admin.audit_log(kind="admin")
    submit_refused(qtbot, dlg)
    assert dlg.field_error("lead") == "未知或已停用的部门：住建委"
    assert office.admin.categories(include_inactive=True) == before
    assert office.admin.audit_log(kind="admin") == events
    assert seen == []


def test_rename_deactivate_and_activate_category(qtbot, office, asked):
    w = open_win(qtbot, CategoriesWindow, office.admin)
    w.select_name("供排水")
    dlg = w.rename()
    dlg.name.setText("供水排水")
    submit_ok(qtbot, w, dlg)
    assert w.current_row().name == "供水排水" and "供排水" not in names(w)
    assert last_admin_event(office).kind == "category_rename"

    with qtbot.waitSignal(w.changed):
        w.toggle_active()
    settle(qtbot)
    title, text = asked.boxes[-1]
    assert title == "停用" and "新建工单时不能再选择该分类" in text and "已有的工单保留该分类" in text
    assert cell(w, "供水排水", STATUS) == "已停用" and cell(w, "供水排水", SECOND_EXTRA) == "—"
    assert cell(w, "供水排水", NAME, Qt.ItemDataRole.ForegroundRole) == QColor("#8a8f96")
    assert "供水排水" not in [c.name for c in office.admin.categories()]
    assert last_admin_event(office).kind == "category_disable"

    # its lead department is deactivated meanwhile: the table says so, and activating is refused
    office.admin.set_department_active("水务所", False)
    w.reload()
    settle(qtbot)
    assert cell(w, "供水排水", FIRST_EXTRA) == "水务所（已停用）"
    before = office.admin.categories(include_inactive=True)
    w.toggle_active()
    settle(qtbot)
    assert asked.boxes[-1][0] == "启用"
    assert w.error_label.text() == "分类 供水排水 的默认主办部门 水务所 已停用，请先另选。"
    assert office.admin.categories(include_inactive=True) == before

    dlg = w.set_lead()
    assert dlg.lead.currentData() is None and dlg.lead.findData("水务所") == -1
    submit_ok(qtbot, w, dlg)  # （无）
    with qtbot.waitSignal(w.changed):
        w.toggle_active()
    settle(qtbot)
    assert cell(w, "供水排水", STATUS) == "启用" and not w.error_label.isVisibleTo(w)
    assert cell(w, "供水排水", FIRST_EXTRA) == "（无）"
    assert "供水排水" in [c.name for c in office.admin.categories()]
    assert last_admin_event(office).kind == "category_enable"


# -- screenshots ---------------------------------------------------------------------------------------
@pytest.fixture
def demo_admin(qapp, sqlite_url, clock):
    """The demo office (a few tickets) with an inactive category and department and one own time limit."""
    from desk import demo

    d = Desk.open(sqlite_url, clock=clock)
    result = demo.generate(d, tickets=30, seed=7)
    admin = d.login("admin", next(u.password for u in result.users if u.username == "admin"))
    admin.set_category_active("公共卫生", False)
    admin.set_department_active("卫健办", False)
    admin.set_policy("燃气安全", "emergency", acknowledge="15m", respond="1h", resolve="12h")
    yield admin
    task_manager().wait_idle()
    d.close()


@pytest.mark.parametrize(("cls", "name", "inactive", "selected"), [
    (DepartmentsWindow, "ui-admin-departments.png", "卫健办", "住建委"),
    (CategoriesWindow, "ui-admin-categories.png", "公共卫生", "燃气安全"),
])
def test_screenshots(qtbot, demo_admin, artifacts, cls, name, inactive, selected):
    w = open_win(qtbot, cls, demo_admin)
    assert cell(w, inactive, STATUS) == "已停用"
    assert cell(w, inactive, NAME, Qt.ItemDataRole.ForegroundRole) == QColor("#8a8f96")
    w.select_name(selected)
    w.message.setText(f"已停用：{inactive}")
    assert w.grab().save(str(artifacts / name))
