"""立结案标准 widgets (issue 15 §4): the library window's export and import buttons (file dialogs mocked, the
result message lists the refused rows), and the 退单 review showing the standard as the yardstick."""
from __future__ import annotations

import io

import xlsxwriter
from PySide6.QtWidgets import QFileDialog

from desk.standards.library import HEADERS
from ui.standards.window import StandardsWindow
from ui.tickets.dialogs import DecideReturnDialog
from uitools import messages, no_modal_exec, office, settings, settle  # noqa: F401 - fixtures


def _window(qtbot, user) -> StandardsWindow:
    w = StandardsWindow(user)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: len(w.items) >= 4)
    return w


def test_export_then_import_with_bad_rows_lists_them_and_writes_nothing(qtbot, office, messages, monkeypatch,
                                                                        tmp_path):
    admin = office.admin
    w = _window(qtbot, admin)
    target = tmp_path / "library"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    w.export_button.click()
    qtbot.waitUntil(lambda: (tmp_path / "library.xlsx").exists() and "已导出" in w.message.text())
    assert (tmp_path / "library.xlsx").read_bytes()[:2] == b"PK"

    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf, {"in_memory": True})
    ws = wb.add_worksheet()
    ws.write_row(0, 0, HEADERS)
    ws.write_row(1, 0, ["城市管理", "", "", "城管执法队"])
    ws.write_row(2, 0, ["城市管理", "市容", "", "火星局"])
    ws.write_row(3, 0, ["", "", "垃圾分类", ""])
    wb.close()
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(buf.getvalue())
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(bad), "")))
    before = len(admin.category_tree())
    w.import_button.click()
    qtbot.waitUntil(lambda: bool(messages))
    kind, _title, text = messages[-1]
    assert kind == "warning" and "未导入任何内容" in text
    assert "第 3 行" in text and "火星局" in text and "第 4 行" in text
    assert len(admin.category_tree()) == before

    good = tmp_path / "good.xlsx"
    good.write_bytes((tmp_path / "library.xlsx").read_bytes())
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(good), "")))
    w.import_button.click()
    qtbot.waitUntil(lambda: len(messages) == 2)
    assert messages[-1][0] == "information" and "未变 4" in messages[-1][2]
    settle(qtbot)


def test_the_return_review_shows_the_standard(qtbot, office, artifacts):
    admin = office.admin
    admin.add_category_node("城市管理", lead="城管执法队")
    admin.move_category("市容环境", "城市管理")
    admin.set_category_standard("城市管理", lead="城管执法队", assists=["住建委"], intake_condition="属于城市管理范围",
                                close_condition="现场整改完毕并拍照", limits={})
    t = office.new_ticket()
    t = office.clerk.whistle(t.number, lead="城管执法队")
    cg = office.responder("城管执法队")
    cg.request_return(t.dispatches[0].id, "占道经营应由交通支队处理")
    sup = office.supervisor
    t = sup.ticket(t.number)
    dlg = DecideReturnDialog(None, sup, t, t.dispatches[0])
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.standard.standard is not None)
    text = dlg.standard.text()
    assert "城管执法队" in text and "住建委" in text and "属于城市管理范围" in text and "现场整改完毕并拍照" in text
    assert "沿用城市管理" in text  # where each field comes from
    settle(qtbot)
    dlg.adjustSize()
    dlg.grab().save(str(artifacts / "ui-dialog-decide-return-standard.png"))
