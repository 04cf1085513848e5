"""A clerk imports a 12345 export: 工单 → 导入 12345 工单…, the preview (header row, column mapping, counts, the row
that cannot be imported, saved as .xlsx), the import, and the new tickets in 待派 with their source; and an import
cancelled halfway leaves nothing behind. Mouse and keyboard only; the file dialogs are mocked."""
from __future__ import annotations

import threading

import shiboken6

from PySide6.QtWidgets import QFileDialog

from core.import_files import BEIJING, beijing_row, write_xlsx
from journey import answers, demo_template, journey, no_modal_exec, office, settings  # noqa: F401 - fixtures


def _file(tmp_path, *, bad_row: bool = True, n: int = 3):
    rows = [beijing_row(900 + i, number=f"JRN2026{i:05d}") for i in range(n)]
    for r in rows:
        r[2] = "城市管理->市容环境->占道经营"  # 市容环境 is a demo category: found by its name on the path
    rows[-1][2] = "其他->噪声->夜间施工"  # maps to nothing: 待分类
    if bad_row:
        rows.append(beijing_row(990, number="JRN2026BAD"))
        rows[-1][13] = "昨天下午"  # 来电时间 that is not a date
    return write_xlsx(tmp_path / "12345工单导出.xlsx", BEIJING, rows, title="2026年11月 12345 工单明细")


def _open(j, monkeypatch, path, tmp_path):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "未导入.xlsx"), "")))
    j.menu("工单", "导入 12345 工单…")
    dlg = j.window.import_dialog
    j.wait(lambda: dlg.isVisible() and dlg.report is not None and not dlg.busy)
    return dlg


def test_clerk_imports_a_12345_export(journey, office, monkeypatch, tmp_path):
    j = journey("zhang.wei")
    before = office.desk.ticket_count()
    dlg = _open(j, monkeypatch, _file(tmp_path), tmp_path)
    assert dlg.header_label.text().startswith("第 2 行")  # the title row was skipped
    assert dlg.combos["number"].currentText() == "工单编号"
    assert dlg.combos["platform_due"].currentText() == "承诺完成时间"
    assert "新增 3" in dlg.counts_label.text() and "不能导入 1" in dlg.counts_label.text()
    assert dlg.rejected.rowCount() == 1 and "不是日期" in dlg.rejected.item(0, 2).text()
    assert not dlg.ok_button.isEnabled()  # a row cannot be imported: not without saying so
    j.shot("preview", dlg)

    j.click(dlg.save_rejected_button)
    j.wait(lambda: (tmp_path / "未导入.xlsx").exists())
    assert "已保存" in dlg.message.text()

    # the clerk corrects the mapping (工单性质 is not imported) and previews again
    j.choose(dlg.combos["platform_nature"], "（不导入）")
    j.click(dlg.repreview_button)
    j.wait(lambda: not dlg.busy)
    assert "platform_nature" not in dict(dlg.report.columns)

    j.click(dlg.skip_rejected)
    assert dlg.ok_button.isEnabled()
    j.click(dlg.ok_button)
    j.wait(lambda: dlg.result is not None)
    assert "已导入" in dlg.message.text() and dlg.result.new == 3
    j.shot("imported", dlg)
    j.click(dlg.ok_button)  # 完成
    assert not shiboken6.isValid(dlg) or not dlg.isVisible()
    assert office.desk.ticket_count() == before + 3

    j.click_nav("待派")
    title_col, source_col, cat_col = j.column("title"), j.column("source"), j.column("category")
    titles = [f"第{900 + i}号路灯不亮" for i in range(3)]
    j.wait(lambda: all(t in j.rows(column=title_col, limit=1000) for t in titles))
    for t in titles:
        row = j.row_of(t, column=title_col)
        assert j.window.view.model().index(row, source_col).data() == "12345热线"
    assert j.window.view.model().index(j.row_of(titles[-1], column=title_col), cat_col).data() == "待分类"
    j.click_text(titles[0], column=title_col)
    j.shot("in-new-queue")
    assert "12345 承诺 2026-11-27 18:00" == j.window.detail_pane.values["office_due"].text()  # the platform's deadline
    assert "whistle" in j.enabled_actions()
    # the row in 待分类: 吹哨 waits for a category, and says so where the clerk looks
    j.click_text(titles[-1], column=title_col)
    j.wait(lambda: j.window.detail_pane.values["category"].text() == "待分类")
    assert "whistle" not in j.enabled_actions() and "update_ticket" in j.enabled_actions()
    whistle = j.window.tickets.verb_actions["whistle"]
    assert whistle.toolTip() == whistle.statusTip() == "待分类：请先编辑工单、选定分类，再吹哨派单"


def test_cancel_leaves_nothing_behind(journey, office, monkeypatch, tmp_path):
    from desk.intake.imports import service

    j = journey("zhang.wei")
    before = office.desk.ticket_count()
    dlg = _open(j, monkeypatch, _file(tmp_path, bad_row=False, n=4), tmp_path)
    monkeypatch.setattr(service, "CHUNK", 1)
    gate, inside = threading.Event(), threading.Event()
    real = service.repeats.find_candidates_many

    def slow(session, probes, *, now, **kw):  # the repeat check of the first chunk waits until Cancel was pressed
        inside.set()
        gate.wait(10)
        return real(session, probes, now=now, **kw)

    monkeypatch.setattr(service.repeats, "find_candidates_many", slow)
    j.click(dlg.ok_button, settle=False)
    j.wait(inside.is_set)
    assert dlg.progress.isVisible()
    j.shot("importing", dlg)
    j.click(dlg.cancel_button, settle=False)
    gate.set()
    j.wait(lambda: not dlg.busy)
    j.settle()
    assert "导入已取消" in dlg.message.text()
    j.shot("cancelled", dlg)
    assert office.desk.ticket_count() == before
    j.click(dlg.cancel_button)  # now it closes
    assert not shiboken6.isValid(dlg) or not dlg.isVisible()
