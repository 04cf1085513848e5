"""管理 → 12345 导入设置… (issue 15 §1), the tabs the journey does not walk through: column aliases edited in the
table and saved (a name another field already has: the core's message, nothing saved), a saved column mapping and a
category mapping deleted."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ui.intake.import_admin import ImportAdminWindow, split_names
from uitools import no_modal_exec, office, settings, settle  # noqa: F401 - fixtures


def _window(qtbot, user) -> ImportAdminWindow:
    w = ImportAdminWindow(user)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: not w.busy and w.alias_table.rowCount() > 0)
    return w


def _click_cell(qtbot, table, row: int, col: int, *, double: bool = False) -> None:
    rect = table.visualRect(table.model().index(row, col))
    (QTest.mouseDClick if double else QTest.mouseClick)(table.viewport(), Qt.MouseButton.LeftButton,
                                                         Qt.KeyboardModifier.NoModifier, rect.center())
    QCoreApplication.processEvents()


def _type_into_cell(qtbot, table, row: int, col: int, text: str) -> None:
    _click_cell(qtbot, table, row, col)
    QTest.keyClick(table, Qt.Key.Key_F2)  # edit the cell (as a double-click does)
    QCoreApplication.processEvents()
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not table
    editor.selectAll()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(editor, event)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QCoreApplication.processEvents()


def _tab(w, title: str) -> None:
    bar = w.tabs.tabBar()
    i = next(i for i in range(bar.count()) if bar.tabText(i) == title)
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, bar.tabRect(i).center())


def _row_of(w, key: str) -> int:
    return next(r for r in range(w.alias_table.rowCount())
                if w.alias_table.item(r, 2).data(Qt.ItemDataRole.UserRole) == key)


def test_split_names_takes_chinese_and_western_separators():
    assert split_names(" 流水号、受理号,来件编号，  编号2 ;x；\n") == ["流水号", "受理号", "来件编号", "编号2", "x"]
    assert split_names(" 、, ") == []


def test_aliases_are_edited_in_the_table_and_a_taken_name_is_refused(qtbot, office):
    admin = office.admin
    w = _window(qtbot, admin)
    _tab(w, "列名别名")
    row = _row_of(w, "number")
    assert "工单编号" in w.alias_table.item(row, 1).text()
    assert not w.alias_table.item(row, 1).flags() & Qt.ItemFlag.ItemIsEditable  # built-in: read-only
    assert not w.alias_save_button.isEnabled()  # nothing changed yet

    # a name 标题 already has: the core says which field has it, nothing is saved
    _type_into_cell(qtbot, w.alias_table, row, 2, "流水号、诉求标题")
    assert w.alias_save_button.isEnabled()
    qtbot.mouseClick(w.alias_save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not w.busy and w.error_label.isVisible())
    assert "诉求标题" in w.error_label.text() and "标题" in w.error_label.text()
    assert next(f for f in admin.import_fields() if f.key == "number").custom_aliases == ()

    _type_into_cell(qtbot, w.alias_table, row, 2, "流水号，来件编号")
    qtbot.mouseClick(w.alias_save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not w.busy and "已保存 1 个字段" in w.message.text())
    qtbot.waitUntil(lambda: w.alias_table.item(_row_of(w, "number"), 2).text() == "来件编号、流水号")
    assert not w.error_label.isVisible()
    assert next(f for f in admin.import_fields() if f.key == "number").custom_aliases == ("来件编号", "流水号")
    settle(qtbot)


def test_a_saved_mapping_and_a_category_mapping_are_deleted(qtbot, office):
    admin = office.admin
    admin.save_import_mapping("上海导出", {"number": "办件编号"}, source_system="上海12345")
    admin.set_category_mapping("城市管理->市容环境", "市容环境")
    w = _window(qtbot, admin)
    assert [w.source.itemText(i) for i in range(w.source.count())] == ["12345", "上海12345"]

    _tab(w, "已存映射")
    assert w.saved_table.rowCount() == 1 and w.saved_table.item(0, 2).text() == "工单编号=办件编号"
    assert not w.saved_delete_button.isEnabled()
    _click_cell(qtbot, w.saved_table, 0, 0)
    qtbot.mouseClick(w.saved_delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not w.busy and w.saved_table.rowCount() == 0)
    assert admin.import_mappings() == [] and "已删除列映射" in w.message.text()

    _tab(w, "分类对照")
    assert not w.map_delete_button.isEnabled()
    _click_cell(qtbot, w.map_table, 0, 1)
    assert w.path.text() == "城市管理->市容环境" and w.category.currentText() == "市容环境"  # the row in the form
    qtbot.mouseClick(w.map_delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not w.busy and w.map_table.rowCount() == 0)
    assert admin.category_mappings() == []
    settle(qtbot)


def test_a_change_the_core_refuses_shows_its_message(qtbot, office):
    """The window is reached by admins only (the 管理 menu); should anyone else have it, the core refuses each
    change and the window says so instead of failing silently."""
    clerk = office.clerk
    w = _window(qtbot, clerk)  # reading is allowed to the office
    w.path.setText("城市管理")
    qtbot.mouseClick(w.map_save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not w.busy and w.error_label.isVisible())
    assert w.error_label.text()
    assert clerk.category_mappings() == []
    settle(qtbot)
