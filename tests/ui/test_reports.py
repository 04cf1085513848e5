"""The 周报 page: generate a week in the background and preview it (QtPdf), cancel, save as, export JSON, print
(the printer dialog mocked), a missing font, and the automatic Monday report (its decision as a pure function)."""
from __future__ import annotations

import json
import subprocess
from decimal import ROUND_HALF_UP, Decimal
import threading
from datetime import datetime, timezone
from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QPushButton

import reports as reports_package
import ui.reports.page as reports_module
from conftest import T0
from reports.fonts import FontNotFound
from ui.reports.page import ReportsPage, auto_report_due, recent_weeks, week_label
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
        qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
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
    assert not page.relayout_button.isEnabled()

    values: list[int] = []
    page._progress_bg.connect(values.append)
    path = generate(qtbot, page)
    assert Path(path).is_file() and page.pdf_path == Path(path) and Path(path).name == "通报-2026-W47.pdf"
    assert [p.name for p in page.files] == ["通报-2026-W47.pdf", "部门工作单-2026-W47.pdf", "附表-2026-W47.xlsx"]
    assert all(p.is_file() for p in page.files)
    assert page.document.status() == QPdfDocument.Status.Ready and 1 <= page.document.pageCount() <= 4
    assert page.view.document() is page.document
    assert page.report.name == WEEK and page.report.office.received > 0
    assert page.info.text().startswith("2026-W47（11月16日–11月22日） · 通报 · 共 ") and "页" in page.info.text()
    assert w.statusBar().currentMessage() == "已生成 2026-W47（11月16日–11月22日） 的通报、部门工作单和附表"
    assert values and values[-1] == 100 and page.progress is None and not page.busy
    assert page.print_button.isEnabled() and page.save_button.isEnabled() and page.json_button.isEnabled()
    w.resize(1440, 900)
    settle(qtbot)
    w.grab().save(str(artifacts / "ui-reports-preview.png"))

    # 预览 the department slips instead: chosen with the keyboard in the preview chooser
    page.doc_combo.setFocus()
    QTest.keyClick(page.doc_combo, Qt.Key.Key_Down)
    assert page.pdf_path == page.files[1] and " · 部门工作单 · 共 " in page.info.text()
    QTest.keyClick(page.doc_combo, Qt.Key.Key_Up)
    assert page.pdf_path == page.files[0]

    # 部门指标: the same figures on screen; a click on a department lists its tickets, a click on one shows it
    tab_bar = page.tabs.tabBar()
    qtbot.mouseClick(tab_bar, Qt.MouseButton.LeftButton, pos=tab_bar.tabRect(1).center())
    assert page.tabs.currentIndex() == 1
    settle(qtbot)
    table = page.table
    names = [table.item(r, 1).text() for r in range(table.rowCount())]
    assert names[-1] == "全街道" and set(names[:-1]) == {d.name for d in page.report.departments}
    busiest = max(page.report.departments, key=lambda d: len(d.overdue) + len(d.escalations) + len(d.cases))
    row = names.index(busiest.name)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualItemRect(table.item(row, 1)).center())
    expected = len(busiest.overdue) + len(busiest.escalations) + len(busiest.cases)
    assert expected > 0 and page.items.rowCount() == expected
    assert page.items_label.text().startswith(f"{busiest.name}：期末超期 {len(busiest.overdue)} 件")
    resp = page.report.department(busiest.name).period.response
    col = [c for c, (_h, what) in enumerate(page._columns()) if what == "response"][0]
    # one decimal, halves up (四舍五入), as the 通报 prints it; written out here, not the code under test
    shown = "—" if resp.value is None else f"{Decimal(f'{resp.value * 100:.9f}').quantize(Decimal('0.1'), ROUND_HALF_UP)}%"
    assert table.item(row, col).text() == shown
    number = page.items.item(0, 1).text()
    qtbot.mouseClick(page.items.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.items.visualItemRect(page.items.item(0, 1)).center())
    qtbot.waitUntil(lambda: w.detail_pane.detail is not None and w.detail_pane.detail.number == number,
                    timeout=5000)
    w.grab().save(str(artifacts / "ui-reports-indicators.png"))

    # a click on the department's 响应率 lists the dispatches that rate counted: as many as its denominator, the
    # ones that missed first; the arrow key moves to 解决率 and lists its callbacks
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualItemRect(table.item(row, col)).center())
    qtbot.waitUntil(lambda: page.items_label.text().startswith(f"{busiest.name} 的响应率：计入"), timeout=10_000)
    assert resp.whole > 0 and page.items.rowCount() == resp.whole
    assert f"计入 {resp.whole} 件，其中达标 {resp.part:g}（{shown}）" in page.items_label.text()
    outcomes = [page.items.item(r, 4).text() for r in range(page.items.rowCount())]
    assert sum(o == "按时" for o in outcomes) == resp.part and {page.items.item(r, 0).text()
                                                               for r in range(len(outcomes))} == {"响应率"}
    if resp.part < resp.whole:
        assert outcomes[0] != "按时"  # what counts against the rate comes first
    number = page.items.item(0, 1).text()
    qtbot.mouseClick(page.items.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.items.visualItemRect(page.items.item(0, 1)).center())
    qtbot.waitUntil(lambda: w.detail_pane.detail is not None and w.detail_pane.detail.number == number,
                    timeout=5000)
    table.setFocus()
    QTest.keyClick(table, Qt.Key.Key_Right)
    resolution = page.report.department(busiest.name).period.resolution
    qtbot.waitUntil(lambda: page.items_label.text().startswith(f"{busiest.name} 的解决率：计入"), timeout=10_000)
    assert page.items.rowCount() == resolution.whole
    assert {page.items.item(r, 2).text() for r in range(page.items.rowCount())} <= {"回访"}
    w.grab().save(str(artifacts / "ui-reports-rate-drill.png"))

    # 排名图: a bar per ranked department, the same scores
    qtbot.mouseClick(tab_bar, Qt.MouseButton.LeftButton, pos=tab_bar.tabRect(2).center())
    settle(qtbot)
    assert [n for n, *_ in page.chart.rows] == list(page.report.ranking)
    assert page.chart.height() >= page.chart.ROW * len(page.report.ranking)
    page.chart.grab().save(str(artifacts / "ui-reports-chart.png"))

    # 点评: the draft is there; the supervisor rewrites it and lays the 通报 out again (no new figures)
    qtbot.mouseClick(tab_bar, Qt.MouseButton.LeftButton, pos=tab_bar.tabRect(3).center())
    assert page.comment.toPlainText() == page.report.comment_draft != ""
    page.comment.setFocus()
    QTest.keyClick(page.comment, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(page.comment, Qt.Key.Key_Delete)
    typed = QInputMethodEvent("", [])
    typed.setCommitString("本周工作平稳，请各部门继续保持。")  # Chinese arrives from the input method
    QApplication.sendEvent(page.comment, typed)
    before = page.report
    with qtbot.waitSignal(page.generated, timeout=20_000):
        qtbot.mouseClick(page.relayout_button, Qt.MouseButton.LeftButton)
    assert page.report is before and page.files[0].name == "通报-2026-W47.pdf" and page.files[0] != Path(path)
    text = subprocess.run(["pdftotext", "-layout", str(page.files[0]), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "本周工作平稳，请各部门继续保持。" in text.replace(" ", "")
    assert not Path(path).exists()  # the earlier files are cleaned up
    assert w.statusBar().currentMessage().endswith("的通报、部门工作单和附表")

    # a 点评 too long for the 通报's four pages: the page says so (the file is still there to look at)
    page.comment.selectAll()
    typed = QInputMethodEvent("", [])
    typed.setCommitString("各部门要进一步压实责任，加强协同，提高诉求办理质量。" * 160)
    QApplication.sendEvent(page.comment, typed)
    with qtbot.waitSignal(page.generated, timeout=30_000):
        qtbot.mouseClick(page.relayout_button, Qt.MouseButton.LeftButton)
    pages = page.document.pageCount()
    assert pages > 4
    assert w.statusBar().currentMessage() == f"通报共 {pages} 页，超过 4 页：请精简“点评”，再点“按点评重新排版”。"
    assert page.save_button.isEnabled()
    path = str(page.files[0])

    # 另存为… copies the 通报 (".pdf" added when the name has none), the slips and the workbook beside it
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "周报副本"), "")))
    assert page.save_button.isEnabled()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    target = tmp_path / "周报副本.pdf"
    assert target.read_bytes() == Path(path).read_bytes()
    assert w.statusBar().currentMessage() == f"通报、部门工作单和附表已保存到 {tmp_path}"
    assert (tmp_path / "部门工作单-2026-W47.pdf").read_bytes() == page.files[1].read_bytes()
    assert (tmp_path / "附表-2026-W47.xlsx").is_file()

    # 导出数字 JSON… writes exactly the report's figures
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "f.json"), "")))
    target = page.export_json()
    figures = json.loads(target.read_text(encoding="utf-8"))
    assert figures["name"] == WEEK and figures["title"] == page.report.title

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
    assert dlg.printer.docName() == f"通报 {WEEK}"
    doc = QPdfDocument()
    doc.load(str(printed))
    assert doc.pageCount() == 2
    doc.close()
    assert w.statusBar().currentMessage() == "已把 2 页周报送往打印机"


def test_cancel_leaves_no_file(qtbot, seeded, settings, monkeypatch):
    page = page_of(qtbot, seeded, settings)
    reached, go = threading.Event(), threading.Event()
    real = reports_package.render_bulletin_pdf

    def render_and_wait(report, out, **kw):
        progress = kw["progress"]

        def step(fraction):
            if fraction >= 0.3 and not reached.is_set():
                reached.set()  # a third done: the user presses 取消 now
                go.wait(10)
            progress(fraction)

        real(report, out, **{**kw, "progress": step})

    monkeypatch.setattr(reports_package, "render_bulletin_pdf", render_and_wait)
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
    assert [p for p in page._tmp.rglob("*") if p.is_file()] == []  # no PDF, no half-written temporary file
    assert not page.busy and page.generate_button.isEnabled() and not page.save_button.isEnabled()


def test_a_missing_font_is_a_readable_message(qtbot, seeded, settings, monkeypatch, messages):
    page = page_of(qtbot, seeded, settings)

    def no_font(report, out, **kw):
        raise FontNotFound([("/usr/share/fonts/noto/NotoSansCJK-Regular.otf", "OpenType/CFF 字体无法嵌入")])

    monkeypatch.setattr(reports_package, "render_bulletin_pdf", no_font)
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


def test_a_month_is_chosen_with_the_keyboard_and_reported(qtbot, seeded, settings):
    page = page_of(qtbot, seeded, settings)
    page.kind_combo.setFocus()
    QTest.keyClick(page.kind_combo, Qt.Key.Key_Down)  # 周报 -> 月报
    assert page.kind() == "month" and not page.generate_button.isEnabled()  # until the months are listed
    qtbot.waitUntil(lambda: page.week_combo.count() == 13, timeout=5000)
    assert page.week() == "2026-10" and page.week_combo.currentText() == "2026年10月"  # the last complete month
    assert page.week_combo.itemText(0) == "2026年11月 本月，截至现在"
    page.week_combo.setCurrentIndex(0)
    path = generate(qtbot, page)
    assert Path(path).name == "通报-2026-11.pdf" and page.report.kind == "month" and page.report.name == "2026-11"
    assert page.report.office.received > 0 and page.info.text().startswith("2026年11月 · 通报 · 共 ")


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
    assert due == (WEEK, folder / "通报-2026-W47.pdf")
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
    (folder / "通报-2026-W47.pdf").write_bytes(b"%PDF")
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
    assert sig.args == [str(folder / "通报-2026-W47.pdf")] and (folder / "通报-2026-W47.pdf").stat().st_size > 1000
    assert settings.value("reports/auto_last_week", "", str) == WEEK
    assert notices == [("周报已自动生成", f"2026-W47（11月16日–11月22日） 周报已保存到 {folder / '通报-2026-W47.pdf'}")]
    checks = page.scheduler.checks
    page.scheduler.check_now()  # a minute later: nothing more to do
    settle(qtbot)
    assert page.scheduler.checks == checks + 1 and sorted(p.name for p in folder.iterdir()) == [
        "通报-2026-W47.pdf", "部门工作单-2026-W47.pdf", "附表-2026-W47.xlsx"]


def test_the_ranking_chart_draws_every_ranked_department(qtbot, artifacts):
    """The 排名图 with 60 departments of long names (a synthetic report): a bar each, the axis near the data."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reports"))
    from sample import sample_report

    report = sample_report(departments=60, long_names=True)
    chart = reports_module.ScoreChart()
    qtbot.addWidget(chart)
    chart.set_report(report)
    chart.resize(900, chart.minimumHeight())
    assert [n for n, *_ in chart.rows] == list(report.ranking) and len(chart.rows) > 40
    lowest = min(lo for _, _, lo, _, _ in chart.rows)
    assert 0 < chart.low <= lowest and chart.low > lowest - 0.2  # starts near the data, not at 0
    image = chart.grab()
    image.save(str(artifacts / "ui-reports-chart-60.png"))
    assert image.height() >= chart.ROW * len(chart.rows)
