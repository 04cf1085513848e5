"""The import dialog's saved column mappings (issue 15 §1): an administrator corrects the mapping the dialog found,
saves it under a name (inline: a name field and 保存此映射…), and the mapping is then offered in 已存映射 and used by
the preview; a clerk (who may not save mappings) does not see the save control but can pick a saved mapping."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from conftest import ARTIFACTS
from core.import_files import OTHER_CITY, write_xlsx
from ui.intake.import_dialog import ImportDialog
from uitools import no_modal_exec, office, settings, settle  # noqa: F401 - fixtures


def _other_city_file(tmp_path):
    row = ["SH20261120001", "城市管理", "市容环境", "幸福路占道经营", "居民甲", "13912345678", "幸福社区", "幸福路1号",
           "2026-11-20 09:00", "2026-11-27 18:00", "处理中"]
    return write_xlsx(tmp_path / "上海.xlsx", OTHER_CITY, [row + [""] * (len(OTHER_CITY) - len(row))])


def _type(widget, text: str) -> None:
    """Chinese typed as an input method commits it."""
    widget.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
    QCoreApplication.processEvents()


def _dialog(qtbot, user, path) -> ImportDialog:
    dlg = ImportDialog(None, user, str(path))
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.start()
    qtbot.waitUntil(lambda: dlg.report is not None and not dlg.busy)
    return dlg


def test_an_admin_saves_the_corrected_mapping_and_it_is_offered_next_time(qtbot, office, tmp_path):
    admin = office.admin
    path = _other_city_file(tmp_path)
    dlg = _dialog(qtbot, admin, path)
    assert dlg.save_mapping_button.isVisible() and not dlg.save_mapping_button.isEnabled()  # no name yet
    # the admin corrects one column: 承诺完成时间 is not imported from this file
    combo = dlg.combos["platform_due"]
    assert combo.currentData()  # found by its name
    combo.setCurrentIndex(combo.findData(""))
    _type(dlg.save_name, "上海 12345 导出")
    assert dlg.save_mapping_button.isEnabled()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    assert dlg.grab().save(str(ARTIFACTS / "ui-import-save-mapping-1-named.png"))
    qtbot.mouseClick(dlg.save_mapping_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dlg.busy and "已保存列映射" in dlg.message.text())
    (saved,) = admin.import_mappings()
    assert saved.name == "上海 12345 导出" and dict(saved.columns)["platform_due"] == ""
    assert dict(saved.columns)["number"] == "办件编号"
    assert dlg.saved_combo.currentData() == "上海 12345 导出" and dlg.mapping_name == "上海 12345 导出"
    assert dlg.save_name.text() == ""
    assert dlg.grab().save(str(ARTIFACTS / "ui-import-save-mapping-2-saved.png"))
    dlg.close()
    settle(qtbot)

    # next time a clerk picks it: the preview uses it (承诺完成时间 left out)
    clerk = office.clerk
    dlg = _dialog(qtbot, clerk, path)
    assert not dlg.save_mapping_button.isVisible()  # only administrators save mappings
    assert dlg.combos["platform_due"].currentData()  # found by its name, without the saved mapping
    i = dlg.saved_combo.findData("上海 12345 导出")
    assert i > 0
    dlg.saved_combo.setCurrentIndex(i)
    dlg.saved_combo.activated.emit(i)  # as a pick in the drop-down list does
    qtbot.waitUntil(lambda: dlg.report is not None and not dlg.busy)
    assert dlg.report.mapping_name == "上海 12345 导出"
    assert "platform_due" not in dict(dlg.report.columns)
    assert dlg.combos["platform_due"].currentData() == ""
    dlg.close()
    settle(qtbot)


def test_saving_with_a_bad_name_shows_the_message_and_saves_nothing(qtbot, office, tmp_path):
    admin = office.admin
    dlg = _dialog(qtbot, admin, _other_city_file(tmp_path))
    dlg.save_name.setMaxLength(200)  # what a paste could bring if the field allowed it: the core says no
    _type(dlg.save_name, "名" * 70)
    qtbot.mouseClick(dlg.save_mapping_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dlg.busy)
    assert "名称过长" in dlg.message.text() and dlg.message.property("error") is True
    assert admin.import_mappings() == []
    dlg.close()
    settle(qtbot)
