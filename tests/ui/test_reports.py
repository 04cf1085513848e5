"""The 周报 page: generate a week in the background and preview it (QtPdf), cancel, save as, export JSON, print
(the printer dialog mocked), a missing font, and the automatic Monday report (its decision as a pure function)."""
from __future__ import annotations

import json
import threading
from datetime import datetime, timezone
from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QPushButton

import ui.reports as reports_module
from conftest import T0
from reports.fonts import FontNotFound
from ui.reports import ReportsPage, auto_report_due, recent_weeks, week_label
from uitools import SH, fill, messages, no_modal_exec, office, open_window, settings, settle, sh  # noqa: F401

WEEK = "2026-W47"  # Monday 11-16 to Sunday 11-22: the last complete week at T0 (Monday 11-23 10:00)
# The office opens in week 47 (the record only moves forward in time).
pytestmark = pytest.mark.clock_starts(sh(2026, 11, 16, 9, 0))


@pytest.fixture
def seeded(office):
    """Tickets in every state, worked on during week 47; the clock at T0 afterwards."""
    office.clock.set(sh(2026, 11, 17, 9, 30))
    fill(office)
    office.clock.set(T0)
    return office


def page_of(qtbot, world, settings, username="clerk", **kw) -> ReportsPage:
    page = ReportsPage(world.desk, world.login(username), settings, **kw)
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    qtbot.waitUntil(lambda: page.week_combo.count() > 0, timeout=5000)
    return page


def generate(qtbot, page, timeout=20_000) -> str:
    assert page.generate_button.isEnabled()  # what a person presses (it stayed grey once, see the journeys)
    with qtbot.waitSignal(page.generated, timeout=timeout) as sig:
        assert page.generate()
    return sig.args[0]


# -- generating, previewing, saving, printing -------------------------------------------------------
def test_generate_preview_save_json_and_print(qtbot, seeded, open_window, settings, tmp_path, monkeypatch,
                                              artifacts):
    w = open_window("clerk")
    w.set_queue("reports")
    page = w.reports_page
    assert page is not None and w.stack.currentWidget() is w.reports_scroll
    qtbot.waitUntil(lambda: page.week_combo.count() == 13, timeout=5000)
    assert page.week() == WEEK  # the last complete week by default
    assert page.week_combo.currentText() == "2026-W47（11月16日–11月22日）"
    assert not page.print_button.isEnabled() and not page.save_button.isEnabled()

    values: list[int] = []
    page._progress_bg.connect(values.append)
    path = generate(qtbot, page)
    assert Path(path).is_file() and page.pdf_path == Path(path)
    assert page.document.status() == QPdfDocument.Status.Ready and page.document.pageCount() > 0
    assert page.view.document() is page.document
    assert page.report.week == WEEK and page.report.office.received > 0
    assert page.info.text().startswith("2026-W47（11月16日–11月22日） · 共 ") and "页" in page.info.text()
    assert w.statusBar().currentMessage() == "已生成 2026-W47（11月16日–11月22日） 周报"
    assert values and values[-1] == 100 and page.progress is None and not page.busy
    assert page.print_button.isEnabled() and page.save_button.isEnabled() and page.json_button.isEnabled()
    w.resize(1440, 900)
    page.view.pageNavigator().jump(1, QPointF(0, 0))  # the summary page: more to look at than the cover
    settle(qtbot)
    w.grab().save(str(artifacts / "ui-reports-preview.png"))

    # 另存为… copies the PDF (".pdf" added when the name has none)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "周报副本"), "")))
    target = page.save_as()
    assert target == tmp_path / "周报副本.pdf" and target.read_bytes() == Path(path).read_bytes()

    # 导出数字 JSON… writes exactly the report's figures
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "f.json"), "")))
    target = page.export_json()
    figures = json.loads(target.read_text(encoding="utf-8"))
    assert figures["week"] == WEEK and figures["title"] == page.report.title

    # 打印…: the printer dialog (mocked) chooses pages 1-2 of a PDF "printer"
    printed = tmp_path / "printed.pdf"
    dialogs = []

    class FakePrintDialog:
        def __init__(self, printer, parent=None):
            self.printer = printer
            dialogs.append(self)

        def setWindowTitle(self, title):  # noqa: N802 - Qt name
            self.title = title

        def setMinMax(self, low, high):  # noqa: N802
            self.range = (low, high)

        def exec(self):
            self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(printed))
            self.printer.setPrintRange(QPrinter.PrintRange.PageRange)
            self.printer.setFromTo(1, 2)
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(reports_module, "QPrintDialog", FakePrintDialog)
    assert page.print_report() is True
    (dlg,) = dialogs
    assert dlg.title == "打印周报" and dlg.range == (1, page.document.pageCount())
    assert dlg.printer.docName() == f"周报 {WEEK}"
    doc = QPdfDocument()
    doc.load(str(printed))
    assert doc.pageCount() == 2
    doc.close()
    assert w.statusBar().currentMessage() == "已把 2 页周报送往打印机"


def test_cancel_leaves_no_file(qtbot, seeded, settings, monkeypatch):
    page = page_of(qtbot, seeded, settings)
    reached, go = threading.Event(), threading.Event()
    real = reports_module.render_weekly_pdf

    def render_and_wait(report, out, **kw):
        progress = kw["progress"]

        def step(fraction):
            if fraction >= 0.3 and not reached.is_set():
                reached.set()  # a third done: the user presses 取消 now
                go.wait(10)
            progress(fraction)

        real(report, out, **{**kw, "progress": step})

    monkeypatch.setattr(reports_module, "render_weekly_pdf", render_and_wait)
    assert page.generate_button.isEnabled()
    with qtbot.waitSignal(page.stopped, timeout=20_000) as sig:
        assert page.generate()
        assert page.progress is not None and page.progress.labelText().startswith("正在统计 2026-W47")
        qtbot.waitUntil(reached.is_set, timeout=10_000)
        (button,) = page.progress.findChildren(QPushButton)
        assert button.text() == "取消"
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # the user presses 取消
        go.set()
    assert sig.args == [True]
    assert page.pdf_path is None and page.info.text() == "已取消生成周报。"
    assert list(page._tmp.iterdir()) == []  # no PDF, no half-written temporary file
    assert not page.busy and page.generate_button.isEnabled() and not page.save_button.isEnabled()


def test_a_missing_font_is_a_readable_message(qtbot, seeded, settings, monkeypatch, messages):
    page = page_of(qtbot, seeded, settings)

    def no_font(report, out, **kw):
        raise FontNotFound([("/usr/share/fonts/noto/NotoSansCJK-Regular.otf", "OpenType/CFF 字体无法嵌入")])

    monkeypatch.setattr(reports_module, "render_weekly_pdf", no_font)
    assert page.generate_button.isEnabled()
    with qtbot.waitSignal(page.stopped, timeout=10_000) as sig:
        page.generate()
    assert sig.args == [False]
    (kind, title, text), = messages
    assert kind == "warning" and title == "找不到中文字体"
    assert text.startswith("找不到可嵌入 PDF 的中文 TrueType 字体") and "NotoSansCJK" in text
    assert "Traceback" not in text and page.info.text().startswith("未能生成周报：找不到可嵌入")


def test_responders_have_no_reports_page(qtbot, office, open_window):
    w = open_window("cg.li")
    assert w.reports_page is None
    assert "reports" not in [w.nav.item(i).data(256) for i in range(w.nav.count())]


def test_week_choices():
    weeks = recent_weeks(datetime(2027, 1, 6).date(), 3)
    assert weeks == ["2027-W01", "2026-W53", "2026-W52", "2026-W51"]
    assert week_label("2026-W53") == "2026-W53（12月28日–1月3日）"


# -- the automatic Monday report -------------------------------------------------------------------------
def test_auto_report_decision(tmp_path):
    folder = tmp_path / "周报"
    nothing = lambda p: False  # noqa: E731
    assert auto_report_due(sh(2026, 11, 23, 7, 59), SH, folder, exists=nothing) is None  # Monday, before 08:00
    due = auto_report_due(sh(2026, 11, 23, 8, 0), SH, folder, exists=nothing)
    assert due == (WEEK, folder / "周报-2026-W47.pdf")
    # given in UTC: 00:30 UTC is 08:30 in Shanghai; 23:59 UTC on Sunday is 07:59 on Monday there
    assert auto_report_due(datetime(2026, 11, 23, 0, 30, tzinfo=timezone.utc), SH, folder, exists=nothing) == due
    assert auto_report_due(datetime(2026, 11, 22, 23, 59, tzinfo=timezone.utc), SH, folder, exists=nothing) is None
    # a PC that was off on Monday catches up later in the week; the next Monday before 08:00 nothing new is due
    assert auto_report_due(sh(2026, 11, 26, 15, 0), SH, folder, exists=nothing) == due
    assert auto_report_due(sh(2026, 11, 30, 7, 0), SH, folder, exists=nothing) is None
    assert auto_report_due(sh(2026, 11, 30, 8, 0), SH, folder, exists=nothing)[0] == "2026-W48"
    # not again: the file is there, or this week's report was written already, or no folder is set
    assert auto_report_due(sh(2026, 11, 23, 9, 0), SH, folder, exists=lambda p: p == due[1]) is None
    assert auto_report_due(sh(2026, 11, 23, 9, 0), SH, folder, last_done=WEEK, exists=nothing) is None
    assert auto_report_due(sh(2026, 11, 23, 9, 0), SH, None) is None
    # across the new year: Monday 2027-01-04 is due for 2026's week 53
    assert auto_report_due(sh(2027, 1, 4, 8, 0), SH, folder, exists=nothing)[0] == "2026-W53"
    # the real file system
    folder.mkdir()
    (folder / "周报-2026-W47.pdf").write_bytes(b"%PDF")
    assert auto_report_due(sh(2026, 11, 23, 9, 0), SH, folder) is None


def test_scheduler_writes_last_weeks_report_on_monday(qtbot, seeded, settings, tmp_path, monkeypatch):
    folder = tmp_path / "auto"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(folder)))
    notices = []
    page = page_of(qtbot, seeded, settings, check_interval_ms=3_600_000,
                   notify=lambda title, text: notices.append((title, text)))
    page.scheduler.stop()
    assert not page.auto_check.isChecked()
    page.auto_check.setChecked(True)  # no folder yet: the folder chooser opens
    assert page.folder.text() == str(folder) and settings.value("reports/auto_enabled", False, bool)
    with qtbot.waitSignal(page.scheduler.written, timeout=20_000) as sig:
        page.scheduler.check_now()  # Monday 10:00 office time
    assert sig.args == [str(folder / "周报-2026-W47.pdf")] and (folder / "周报-2026-W47.pdf").stat().st_size > 1000
    assert settings.value("reports/auto_last_week", "", str) == WEEK
    assert notices == [("周报已自动生成", f"2026-W47（11月16日–11月22日） 周报已保存到 {folder / '周报-2026-W47.pdf'}")]
    checks = page.scheduler.checks
    page.scheduler.check_now()  # a minute later: nothing more to do
    settle(qtbot)
    assert page.scheduler.checks == checks + 1 and sorted(p.name for p in folder.iterdir()) == ["周报-2026-W47.pdf"]
