"""The 周报 page: choose a week or a month, generate its 通报, the department slips and the Excel workbook in the
background (with a progress dialog that can cancel), see the indicators per department and drill down to their
tickets, edit the 点评 and lay the 通报 out again, preview either PDF with QtPdf, print it, save all three, export
the figures as JSON; and, optionally, write last week's report into a folder every Monday from 08:00 office time.

* Building the figures (``user.period_report(...)``) runs on the database worker; rendering
  (:mod:`reports`) on the "render" worker, so the desk stays responsive.
* :func:`auto_report_due` is the scheduler's decision as a pure function of the time, the folder's contents
  and the week generated last; :class:`ReportScheduler` asks it once a minute.
"""
from __future__ import annotations

import logging
import math
import shutil
import tempfile
import threading
import weakref
from collections.abc import Callable
from datetime import date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk import ActingUser, Desk
from desk.errors import DeskError
from desk.stats.data import RATE_SOURCES, percent
from ui.common.ops import Op, describe_error
from ui.common.widgets import TITLE_SCALE, bold_label, in_scroll_area

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

#: How many past weeks the week chooser offers.
WEEKS_OFFERED = 12
#: The scheduler's check interval, and when on Monday (office time) last week's report becomes due.
CHECK_INTERVAL_MS = 60_000
AUTO_TIME = time(8, 0)
#: After a failed automatic run, wait this long before trying again.
AUTO_RETRY_AFTER = timedelta(hours=1)
#: Printing renders each page as an image at most this fine.
PRINT_DPI = 300

KEY_AUTO = "reports/auto_enabled"
KEY_FOLDER = "reports/auto_folder"
KEY_LAST = "reports/auto_last_week"
KEY_FONT = "reports/font_path"
KEY_DIR = "reports/last_dir"


class ReportCancelled(DeskError):
    """The user pressed 取消 while the report was being generated."""


class ReportFontMissing(DeskError):
    """No Chinese TrueType font usable for the PDF (the renderer's readable message)."""


# -- weeks (pure) ---------------------------------------------------------------------------------
def week_name(d: date) -> str:
    """The ISO week ``d`` falls in, as ``2026-W47``."""
    iso = d.isocalendar()
    return f"{iso.year}-W{iso.week:02d}"


def week_monday(name: str) -> date:
    year, week = name.split("-W")
    return date.fromisocalendar(int(year), int(week), 1)


def week_label(name: str) -> str:
    """``2026-W47（11月16日–11月22日）``."""
    a = week_monday(name)
    b = a + timedelta(days=6)
    return translate("reports", "%1（%2月%3日–%4月%5日）").replace("%1", name).replace("%2", str(a.month)) \
        .replace("%3", str(a.day)).replace("%4", str(b.month)).replace("%5", str(b.day))


def month_name(d: date) -> str:
    return f"{d.year}-{d.month:02d}"


def month_label(name: str) -> str:
    """``2026年11月``."""
    year, month = name.split("-")
    return translate("reports", "%1年%2月").replace("%1", year).replace("%2", str(int(month)))


def period_label(kind: str, name: str) -> str:
    return week_label(name) if kind == "week" else month_label(name)


def report_label(report: Any) -> str:
    """A report's period for the user, in the interface language (``PeriodReport.title`` is Chinese)."""
    return period_label(report.kind, report.name)


def recent_months(today: date, count: int = 12) -> list[str]:
    """The current month (in progress) and the ``count`` months before it, newest first."""
    out, y, m = [], today.year, today.month
    for _ in range(count + 1):
        out.append(f"{y}-{m:02d}")
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    return out


def last_complete_month(now: datetime, tz: tzinfo) -> str:
    first = now.astimezone(tz).date().replace(day=1)
    return month_name(first - timedelta(days=1))


def recent_weeks(today: date, count: int = WEEKS_OFFERED) -> list[str]:
    """The current week (in progress) and the ``count`` weeks before it, newest first."""
    return [week_name(today - timedelta(days=7 * i)) for i in range(count + 1)]


def last_complete_week(now: datetime, tz: tzinfo) -> str:
    """The ISO week before the one ``now`` falls in, in the office time zone."""
    return week_name(now.astimezone(tz).date() - timedelta(days=7))


def report_file_name(name: str) -> str:
    """The 通报's file name for a period (``通报-2026-W47.pdf``)."""
    return translate("reports", "通报-%1.pdf").replace("%1", name)


def companions(bulletin: Path, name: str) -> tuple[Path, Path]:
    """The department slips' PDF and the workbook written beside the 通报 ``bulletin``."""
    return (bulletin.with_name(translate("reports", "部门工作单-%1.pdf").replace("%1", name)),
            bulletin.with_name(translate("reports", "附表-%1.xlsx").replace("%1", name)))


def auto_report_due(now: datetime, tz: tzinfo, folder: str | Path | None, *, last_done: str | None = None,
                    exists: Callable[[Path], bool] = Path.exists) -> tuple[str, Path] | None:
    """Whether the automatic weekly report should be generated now: ``(week, path)`` or None.

    From Monday 08:00 office time, last week's report is due if its file is not in ``folder`` yet (and it was
    not generated already, ``last_done``). A PC that was off on Monday catches up later in the week.
    """
    if not folder:
        return None
    local = now.astimezone(tz)
    monday = local.date() - timedelta(days=local.weekday())
    if local < datetime.combine(monday, AUTO_TIME, local.tzinfo):
        return None  # Monday before 08:00: last week's report is not due yet
    week = week_name(monday - timedelta(days=7))
    if week == last_done:
        return None
    path = Path(folder) / report_file_name(week)
    if exists(path):
        return None
    return week, path


def render(report: Any, out: Path, *, comment: str | None = None, font_path: str | None = None,
           progress: Callable[[float], None] | None = None, cancel: threading.Event | None = None,
           bulletin_only: bool = False) -> int:
    """The 通报 at ``out``, and beside it the department slips and the workbook (:func:`companions`), with a
    cancel flag and the readable errors of this module. Returns the 通报's number of pages."""
    def stage(low: float, high: float) -> Callable[[float], None]:
        def step(fraction: float) -> None:
            if cancel is not None and cancel.is_set():
                raise ReportCancelled(translate("reports", "已取消生成周报。"))
            if progress is not None:
                progress(low + (high - low) * fraction)
        return step

    # ReportLab (a third of a second to import) loads with the first report made, in this worker, not at start.
    import reports
    from reports.fonts import FontNotFound

    slips, book = companions(out, report.name)
    try:
        pages = reports.render_bulletin_pdf(report, out, comment=comment, font_path=font_path or None,
                                            progress=stage(0, 0.4 if not bulletin_only else 1))
        if not bulletin_only:
            reports.render_department_slips_pdf(report, slips, font_path=font_path or None, progress=stage(0.4, 0.9))
            finish = stage(0.9, 1)
            finish(0)
            reports.write_workbook(report, book)
            finish(1)
    except FontNotFound as exc:
        raise ReportFontMissing(exc.message) from None
    return pages


# -- the ranking as a chart (QPainter) ------------------------------------------------------------------
class ScoreChart(QWidget):
    """Each ranked department's composite over the ranking window as a bar, its 95% interval as a whisker and the
    street's composite as a dashed line; red and black bars for the lists. The axis starts near the data."""

    ROW = 22
    RED = QColor("#c0392b")
    BLACK = QColor("#2b2b2b")
    BAR = QColor("#8fa8c8")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, float, float, float, str | None]] = []
        self.street: float | None = None
        self.low = 0.0
        self.setMinimumHeight(80)

    def set_report(self, report: Any) -> None:
        by_name = {d.name: d for d in report.departments}
        self.rows = [(n, by_name[n].window.composite, by_name[n].window.composite_low,
                      by_name[n].window.composite_high, by_name[n].mark) for n in report.ranking]
        self.street = report.office.window.composite
        values = [x for _, _, lo, _, _ in self.rows for x in (lo,)] + ([self.street] if self.street else [])
        low = min(values, default=0.0)
        self.low = max(0.0, math.floor(low * 10 - 0.5) / 10)  # a round tenth below the lowest whisker
        self.setMinimumHeight(60 + self.ROW * max(1, len(self.rows)))
        self.update()

    def x_of(self, value: float, left: float, width: float) -> float:
        return left + (value - self.low) / max(1e-9, 1 - self.low) * width

    def paintEvent(self, _event: Any) -> None:  # noqa: N802 - Qt name
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = QFontMetrics(self.font())
        if not self.rows:
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("本期没有参与排名的部门。"))
            return
        names_w = min(max(fm.horizontalAdvance(n) for n, *_ in self.rows) + 12, self.width() // 3)
        left, top = names_w, 24
        width = max(50, self.width() - left - 60)
        p.drawText(QRectF(0, 2, self.width(), 18), Qt.AlignmentFlag.AlignLeft,
                   self.tr("综合得分（排名窗口）：横轴自 %1 起；线段为 95% 区间，虚线为全街道")
                   .replace("%1", f"{self.low * 100:.0f}%"))
        for i, (name, value, lo, hi, mark) in enumerate(self.rows):
            y = top + i * self.ROW
            label = fm.elidedText(name, Qt.TextElideMode.ElideMiddle, names_w - 8)  # keeps the distinguishing end
            p.setPen(self.palette().windowText().color())
            p.drawText(QRectF(0, y, names_w - 6, self.ROW), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       label)
            colour = self.RED if mark == "red" else self.BLACK if mark == "black" else self.BAR
            x0, x1 = left, self.x_of(value, left, width)
            p.fillRect(QRectF(x0, y + 4, max(1.0, x1 - x0), self.ROW - 8), colour)
            p.setPen(QPen(QColor("#333333"), 1))
            a, b = self.x_of(lo, left, width), self.x_of(hi, left, width)
            mid = y + self.ROW / 2
            p.drawLine(QPointF(a, mid), QPointF(b, mid))
            p.drawLine(QPointF(a, mid - 4), QPointF(a, mid + 4))
            p.drawLine(QPointF(b, mid - 4), QPointF(b, mid + 4))
            p.drawText(QRectF(b + 4, y, 60, self.ROW), Qt.AlignmentFlag.AlignVCenter, percent(value))
        if self.street is not None:
            x = self.x_of(self.street, left, width)
            p.setPen(QPen(self.RED, 1, Qt.PenStyle.DashLine))
            p.drawLine(QPointF(x, top), QPointF(x, top + self.ROW * len(self.rows)))
        p.end()


# -- the page ---------------------------------------------------------------------------------------
class ReportsPage(QWidget):
    """周报: generate, preview, print, save; the automatic Monday report's settings."""

    #: A PDF was generated and is shown (its path).
    generated = Signal(str)
    #: A ticket of the drill-down list was highlighted (its number; no dispatch).
    ticket_selected = Signal(str, int)
    #: Generation ended without a PDF: cancelled (True) or failed (False).
    stopped = Signal(bool)
    #: A message for the status bar.
    status = Signal(str)
    #: The progress of the render, 0..100 (emitted on the render worker, delivered queued).
    _progress_bg = Signal(int)

    def __init__(self, desk: Desk, user: ActingUser, settings: QSettings, parent: QWidget | None = None, *,
                 check_interval_ms: int = CHECK_INTERVAL_MS, notify: Callable[[str, str], None] | None = None,
                 tz: tzinfo | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.user = user
        self.settings = settings
        self.tz = tz if tz is not None else desk.office_tz()
        self.report: Any = None
        self.pdf_path: Path | None = None
        #: The 通报 as generated, the department slips and the workbook beside it.
        self.files: tuple[Path, Path, Path] | None = None
        self._draft = ""
        self._drill: tuple[str, str, str] | None = None  # the rate whose tickets are being listed
        self.busy = False
        self.progress: QProgressDialog | None = None
        self._cancel: threading.Event | None = None
        self._count = 0
        self._tmp = Path(tempfile.mkdtemp(prefix="whistle-report-"))
        self._finalizer = weakref.finalize(self, shutil.rmtree, str(self._tmp), True)
        self._progress_bg.connect(self._set_progress, Qt.ConnectionType.QueuedConnection)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(bold_label(QLabel(self.tr("周报"), self), TITLE_SCALE))
        explanation = QLabel(self.tr("按周或按月统计受理、派单、三率（响应率、解决率、满意率）、按时率、红黑榜、超期和通报"
                                     "事项，生成通报 PDF、各部门工作单 PDF 和完整清单 Excel 附表。一周从周一 0 点到周日 24 点"
                                     "（本街道时间）。"), self)
        explanation.setWordWrap(True)
        explanation.setStyleSheet("color: #666;")
        lay.addWidget(explanation)

        row = QHBoxLayout()
        row.setContentsMargins(0, 2, 0, 2)
        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem(self.tr("周报"), "week")
        self.kind_combo.addItem(self.tr("月报"), "month")
        self.kind_combo.setToolTip(self.tr("按周或按月统计（官方考核多按月）"))
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._kind_changed())
        row.addWidget(self.kind_combo)
        row.addWidget(QLabel(self.tr("统计期"), self))
        self.week_combo = QComboBox(self)
        self.week_combo.setMinimumContentsLength(26)
        self.week_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        row.addWidget(self.week_combo)
        self.generate_button = QPushButton(self.tr("生成"), self)
        self.generate_button.setToolTip(self.tr("统计所选一期并生成通报、部门工作单和附表（Ctrl+G）"))
        self.generate_button.setShortcut("Ctrl+G")
        self.generate_button.setDefault(True)
        self.generate_button.clicked.connect(lambda _c=False: self.generate())
        row.addWidget(self.generate_button)
        row.addStretch(1)
        self.print_button = QPushButton(self.tr("打印…"), self)
        self.print_button.setToolTip(self.tr("打印周报（Ctrl+P）"))
        self.print_button.setShortcut("Ctrl+P")
        self.print_button.clicked.connect(lambda _c=False: self.print_report())
        self.save_button = QPushButton(self.tr("另存为…"), self)
        self.save_button.setToolTip(self.tr("把通报 PDF 保存到指定位置，部门工作单和 Excel 附表保存在同一文件夹"))
        self.save_button.clicked.connect(lambda _c=False: self.save_as())
        self.json_button = QPushButton(self.tr("导出数字 JSON…"), self)
        self.json_button.setToolTip(self.tr("导出周报中的全部数字（JSON 格式），便于核对或再加工"))
        self.json_button.clicked.connect(lambda _c=False: self.export_json())
        for b in (self.print_button, self.save_button, self.json_button):
            row.addWidget(b)
        lay.addLayout(row)

        info_row = QHBoxLayout()
        self.info = QLabel(self.tr("选择周次后按“生成”。"), self)
        self.info.setStyleSheet("color: #444;")
        self.info.setWordWrap(True)
        info_row.addWidget(self.info, 1)
        self.doc_combo = QComboBox(self)
        self.doc_combo.addItem(self.tr("通报"), 0)
        self.doc_combo.addItem(self.tr("部门工作单"), 1)
        self.doc_combo.setToolTip(self.tr("预览和打印哪一份文件"))
        self.doc_combo.currentIndexChanged.connect(lambda _i: self._show_document())
        info_row.addWidget(self.doc_combo)
        info_row.addWidget(QLabel(self.tr("显示"), self))
        self.zoom = QComboBox(self)
        self.zoom.addItem(self.tr("整页"), QPdfView.ZoomMode.FitInView)
        self.zoom.addItem(self.tr("适合宽度"), QPdfView.ZoomMode.FitToWidth)
        self.zoom.addItem(self.tr("实际大小"), QPdfView.ZoomMode.Custom)
        self.zoom.currentIndexChanged.connect(self._zoom_changed)
        info_row.addWidget(self.zoom)
        lay.addLayout(info_row)

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("reportPreview")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.setMinimumHeight(260)
        self.view.setPageSpacing(12)
        self.view.setStyleSheet("QPdfView { background: #8a8f96; }")

        # -- the indicators on screen, and a department's tickets
        figures = QWidget(self)
        fl = QVBoxLayout(figures)
        fl.setContentsMargins(0, 4, 0, 0)
        self.table = QTableWidget(0, len(self._columns()), figures)
        self.table.setObjectName("indicatorTable")
        self.table.setHorizontalHeaderLabels([c for c, _ in self._columns()])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        # the current cell, not the selection (whole rows): a rate's cell lists the tickets behind that rate
        self.table.currentCellChanged.connect(lambda row, col, *_: self._cell_chosen(row, col))
        fl.addWidget(self.table, 3)
        self.items_label = QLabel(self.tr("选中一个部门，查看其超期、督办升级和待重办的工单；选中某项比率，查看计入该比率的工单。"
                                          "选中工单在右侧显示详情。"), figures)
        self.items_label.setWordWrap(True)
        self.items_label.setStyleSheet("color: #666;")
        fl.addWidget(self.items_label)
        self.items = QTableWidget(0, 5, figures)
        self.items.setObjectName("departmentTickets")
        self.items.setHorizontalHeaderLabels([self.tr("类别"), self.tr("工单编号"), self.tr("环节"), self.tr("期限或时间"),
                                              self.tr("说明")])
        self.items.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.items.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.items.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.items.verticalHeader().setVisible(False)
        self.items.itemSelectionChanged.connect(self._ticket_chosen)
        fl.addWidget(self.items, 2)

        # -- the 点评: drafted from the figures, edited before printing
        comment = QWidget(self)
        cl = QVBoxLayout(comment)
        cl.setContentsMargins(0, 4, 0, 0)
        self.comment = QPlainTextEdit(comment)
        self.comment.setObjectName("comment")
        self.comment.setPlaceholderText(self.tr("生成后这里是根据数字起草的点评，可修改后按“按点评重新排版”。"))
        cl.addWidget(self.comment, 1)
        crow = QHBoxLayout()
        crow.addStretch(1)
        self.relayout_button = QPushButton(self.tr("按点评重新排版"), comment)
        self.relayout_button.setToolTip(self.tr("用上面的点评重新生成通报 PDF（不重新统计）"))
        self.relayout_button.clicked.connect(lambda _c=False: self.relayout())
        crow.addWidget(self.relayout_button)
        cl.addLayout(crow)

        self.chart = ScoreChart(self)
        self.chart.setObjectName("scoreChart")
        chart_scroll = QScrollArea(self)
        chart_scroll.setWidgetResizable(True)
        chart_scroll.setWidget(self.chart)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.view, self.tr("预览"))
        self.tabs.addTab(figures, self.tr("部门指标"))
        self.tabs.addTab(chart_scroll, self.tr("排名图"))
        self.tabs.addTab(comment, self.tr("点评"))
        lay.addWidget(self.tabs, 1)

        # -- the automatic report
        auto = QFrame(self)
        auto.setObjectName("autoReport")
        auto.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(auto)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setHorizontalSpacing(8)
        self.auto_check = QCheckBox(self.tr("每周一 08:00 自动生成上周周报到文件夹"), auto)
        self.auto_check.setToolTip(self.tr("本程序运行时，每周一 08:00（办公室时间）起把上周周报保存到该文件夹；"
                                           "周一没有开机的，开机后补生成。"))
        self.folder = QLineEdit(auto)
        self.folder.setReadOnly(True)
        self.folder.setPlaceholderText(self.tr("（未选择文件夹）"))
        self.folder_button = QPushButton(self.tr("选择文件夹…"), auto)
        self.folder_button.clicked.connect(lambda _c=False: self.choose_folder())
        grid.addWidget(self.auto_check, 0, 0)
        grid.addWidget(self.folder, 0, 1)
        grid.addWidget(self.folder_button, 0, 2)
        grid.addWidget(QLabel(self.tr("中文字体"), auto), 1, 0, Qt.AlignmentFlag.AlignRight)
        self.font = QLineEdit(auto)
        self.font.setClearButtonEnabled(True)
        self.font.setPlaceholderText(self.tr("自动查找（程序自带的文泉驿微米黑，或系统的微软雅黑、宋体）"))
        self.font_button = QPushButton(self.tr("选择字体…"), auto)
        self.font_button.setToolTip(self.tr("指定 .ttf 或 .ttc 中文字体文件；清空则自动查找"))
        self.font_button.clicked.connect(lambda _c=False: self.choose_font())
        grid.addWidget(self.font, 1, 1)
        grid.addWidget(self.font_button, 1, 2)
        grid.setColumnStretch(1, 1)
        lay.addWidget(auto)

        s = settings
        self.auto_check.setChecked(s.value(KEY_AUTO, False, bool))
        self.folder.setText(s.value(KEY_FOLDER, "", str))
        self.font.setText(s.value(KEY_FONT, "", str))
        self.auto_check.toggled.connect(self._auto_toggled)
        self.font.editingFinished.connect(lambda: self.settings.setValue(KEY_FONT, self.font.text().strip()))

        self.scheduler = ReportScheduler(self, interval_ms=check_interval_ms, notify=notify)
        self.update_buttons()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        if self.week_combo.count() == 0:  # the weeks are read when the page is first shown
            self.load_weeks()

    # -- weeks --------------------------------------------------------------------------------
    def _kind_changed(self) -> None:
        self.week_combo.clear()  # weeks are not months: nothing to generate until the months are listed
        self.update_buttons()
        self.load_weeks()

    def load_weeks(self) -> None:
        """Offer the weeks up to now (the database's clock): last complete week selected."""
        Op(self, self.desk.now).success(self.set_now).failure(lambda exc: self.set_now(datetime.now(self.tz))).run()

    def set_now(self, now: datetime) -> None:
        today = now.astimezone(self.tz).date()
        kind = self.kind()
        keep = self.week_combo.currentData()
        self.week_combo.clear()
        names = recent_weeks(today) if kind == "week" else recent_months(today)
        for i, name in enumerate(names):
            text = period_label(kind, name)
            if i == 0:
                text = (self.tr("%1 本周，截至现在") if kind == "week" else self.tr("%1 本月，截至现在")).replace("%1", text)
            self.week_combo.addItem(text, name)
        default = last_complete_week(now, self.tz) if kind == "week" else last_complete_month(now, self.tz)
        self.select_week(keep if keep in names else default)
        self.update_buttons()  # 生成 can be pressed once there are periods to choose from

    def select_week(self, name: str) -> None:
        i = self.week_combo.findData(name)
        if i < 0:
            self.week_combo.addItem(period_label(self.kind(), name), name)
            i = self.week_combo.count() - 1
        self.week_combo.setCurrentIndex(i)

    def kind(self) -> str:
        return self.kind_combo.currentData() or "week"

    def week(self) -> str | None:
        """The chosen period's name (``2026-W47`` or ``2026-11``)."""
        return self.week_combo.currentData()

    # -- generating -----------------------------------------------------------------------------
    def update_buttons(self) -> None:
        have = self.pdf_path is not None and not self.busy
        self.generate_button.setEnabled(not self.busy and self.week_combo.count() > 0)
        for b in (self.print_button, self.save_button, self.json_button, self.relayout_button):
            b.setEnabled(have)
        self.kind_combo.setEnabled(not self.busy)

    def generate(self) -> bool:
        """Start generating the chosen week; False if busy or no week is chosen."""
        week = self.week()
        kind = self.kind()
        if self.busy or not week:
            return False
        self.busy = True
        self.update_buttons()
        self._count += 1
        out = self._tmp / str(self._count) / report_file_name(week)
        out.parent.mkdir()
        cancel = self._cancel = threading.Event()
        dlg = self.progress = QProgressDialog(self.tr("正在统计 %1 的数据…").replace("%1", week), self.tr("取消"),
                                              0, 100, self)
        dlg.setWindowTitle(self.tr("生成周报"))
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
        dlg.setAutoClose(False)
        dlg.setAutoReset(False)
        dlg.setMinimumDuration(0)
        dlg.setMinimumWidth(360)
        dlg.canceled.connect(self.cancel)
        dlg.setValue(0)
        dlg.show()
        u = self.user

        def build() -> Any:
            if cancel.is_set():
                raise ReportCancelled(translate("reports", "已取消生成周报。"))
            return u.period_report(**{kind: week})

        Op(self, build).success(lambda report: self._render(report, out, cancel)).failure(self._failed).run()
        return True

    def _render(self, report: Any, out: Path, cancel: threading.Event | None, *, bulletin_only: bool = False) -> None:
        if self.progress is not None:
            self.progress.setLabelText(self.tr("正在生成 %1 的通报、部门工作单和附表…").replace("%1", report_label(report)))
        font = self.font.text().strip() or None
        emit = self._progress_bg.emit
        # A 点评 the user wrote for this period is kept; otherwise the new draft.
        typed = self.comment.toPlainText().strip()
        same = self.report is not None and self.report.name == report.name and typed and typed != self._draft
        comment = typed if same else report.comment_draft
        if not same:
            self._draft = report.comment_draft
            self.comment.setPlainText(report.comment_draft)

        Op(self, lambda: render(report, out, comment=comment, font_path=font, progress=lambda f: emit(int(f * 100)),
                                cancel=cancel, bulletin_only=bulletin_only),
           lane="render").success(lambda pages: self._rendered(report, out, pages)).failure(self._failed).run()

    def relayout(self) -> bool:
        """按点评重新排版: the 通报 again with the edited 点评 (the figures are not read again)."""
        if self.busy or self.report is None or self.files is None:
            return False
        self.busy = True
        self.update_buttons()
        self._count += 1
        out = self._tmp / str(self._count) / report_file_name(self.report.name)
        out.parent.mkdir()
        for old, new in zip(self.files[1:], companions(out, self.report.name)):
            shutil.copyfile(old, new)  # the slips and the workbook do not hold the 点评
        self._render(self.report, out, None, bulletin_only=True)
        return True

    def _zoom_changed(self, _index: int) -> None:
        mode = self.zoom.currentData()
        if mode == QPdfView.ZoomMode.Custom:
            self.view.setZoomFactor(1.0)
        self.view.setZoomMode(mode)

    def _set_progress(self, value: int) -> None:
        if self.progress is not None and self.busy:
            self.progress.setValue(max(0, min(100, value)))

    def _end(self) -> None:
        self.busy = False
        self._cancel = None
        if self.progress is not None:
            self.progress.canceled.disconnect()
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.update_buttons()

    def _rendered(self, report: Any, out: Path, pages: int) -> None:
        self._end()
        old = self.files
        self.report = report
        self.files = (out, *companions(out, report.name))
        if not self._show_document():
            return
        if old is not None and old[0] != out:
            shutil.rmtree(old[0].parent, ignore_errors=True)
        self._fill_table(report)
        self.update_buttons()
        from reports import BULLETIN_MAX_PAGES  # (loaded by the rendering already)

        if pages > BULLETIN_MAX_PAGES:  # only a long 点评 does this: say so where the user looks, without a dialog
            self._say(self.tr("通报共 %1 页，超过 %2 页：请精简“点评”，再点“按点评重新排版”。")
                      .replace("%1", str(pages)).replace("%2", str(BULLETIN_MAX_PAGES)))
            self.generated.emit(str(out))
            return
        self.status.emit(self.tr("已生成 %1 的通报、部门工作单和附表").replace("%1", report_label(report)))
        self.generated.emit(str(out))

    def _show_document(self) -> bool:
        """Preview the chosen file (the 通报 or the slips); False (and a message) if it cannot be shown."""
        if self.files is None:
            return False
        path = self.files[self.doc_combo.currentData() or 0]
        self.document.close()
        error = self.document.load(str(path))
        if error != QPdfDocument.Error.None_ or self.document.status() != QPdfDocument.Status.Ready:
            self.pdf_path = None
            self.update_buttons()
            self._say(self.tr("报告已生成，但无法预览（%1）。").replace("%1", str(error)), warn=True)
            return False
        self.pdf_path = path
        self.view.pageNavigator().jump(0, QPointF(0, 0))
        r = self.report
        self.info.setText(self.tr("%1 · %2 · 共 %3 页 · %4").replace("%1", report_label(r))
                          .replace("%2", self.doc_combo.currentText())
                          .replace("%3", str(self.document.pageCount()))
                          .replace("%4", self.tr("生成于 %1").replace(
                              "%1", r.generated_at.astimezone(self.tz).strftime("%Y-%m-%d %H:%M"))))
        self.update_buttons()
        return True

    # -- the indicators on screen ------------------------------------------------------------------
    def _columns(self) -> list[tuple[str, str]]:
        """(header, what): the indicator table's columns; rates are this period's, the score the window's."""
        return [(self.tr("名次"), "rank"), (self.tr("部门"), "name"), (self.tr("榜单"), "mark"),
                (self.tr("综合得分（排名窗口）"), "composite"), (self.tr("响应率"), "response"),
                (self.tr("解决率"), "resolution"), (self.tr("满意率"), "satisfaction"),
                (self.tr("按时报到率"), "acknowledge_on_time"), (self.tr("按时办结率"), "resolve_on_time"),
                (self.tr("退单率"), "return_rate"), (self.tr("重办率"), "redo_rate"),
                (self.tr("回访确认联系率"), "department_contacted"), (self.tr("通报"), "notifications"),
                (self.tr("期末超期"), "overdue")]

    _pct = staticmethod(percent)  # the report's own rule (halves up), so the screen shows the paper's figures

    def _fill_table(self, report: Any) -> None:
        rows = list(report.departments)
        rank = {n: i for i, n in enumerate(report.ranking)}
        rows.sort(key=lambda d: (rank.get(d.name, len(rank)), d.name))
        marks = {"red": self.tr("红榜"), "black": self.tr("黑榜")}
        self.table.setRowCount(len(rows) + 1)
        for r, d in enumerate(rows + [None]):
            ind = report.office.period if d is None else d.period
            for c, (_h, what) in enumerate(self._columns()):
                tip = ""
                if what == "rank":
                    text = "" if d is None else (str(d.rank) if d.rank else "—")
                elif what == "name":
                    text = self.tr("全街道") if d is None else d.name
                    tip = "" if d is None else "\n".join(d.reasons)
                elif what == "mark":
                    text = "" if d is None else marks.get(d.mark or "", "")
                    tip = "" if d is None else "\n".join(d.reasons)
                elif what == "composite":
                    w = report.office.window if d is None else d.window
                    text = self._pct(w.composite)
                    if w.composite is not None:
                        tip = self.tr("95% 区间 %1–%2").replace("%1", self._pct(w.composite_low)) \
                            .replace("%2", self._pct(w.composite_high))
                elif what == "notifications":
                    text = str(ind.notifications)
                elif what == "overdue":
                    text = str(report.office.dispatch.overdue_at_end if d is None else d.all.overdue_at_end)
                else:
                    ratio = ind.get(what)
                    text = self._pct(ratio.value)
                    if ratio.whole:
                        tip = self.tr("%1 / %2，95% 区间 %3–%4").replace("%1", f"{ratio.part:g}") \
                            .replace("%2", str(ratio.whole)).replace("%3", self._pct(ratio.low)) \
                            .replace("%4", self._pct(ratio.high))
                item = QTableWidgetItem(text)
                item.setToolTip(tip)
                item.setData(Qt.ItemDataRole.UserRole, None if d is None else d.name)
                if what not in ("name", "mark"):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.items.setRowCount(0)
        self.chart.set_report(report)

    def _cell_chosen(self, row: int, col: int) -> None:
        """A department's rate cell lists the tickets behind that rate; any other cell its problem tickets."""
        item = self.table.item(row, 0) if row >= 0 else None
        name = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        self._drill = None
        self.items.setRowCount(0)
        if self.report is None or not name:
            return
        what = self._columns()[col][1] if 0 <= col < len(self._columns()) else ""
        if what in RATE_SOURCES:
            self._rate_chosen(name, what)
        else:
            self._department_chosen(name)

    def _rate_chosen(self, name: str, what: str) -> None:
        """The dispatches or callbacks the report counted in ``name``'s ``what`` this period (read in the background:
        on the order of a second at a street's size)."""
        report = self.report
        label = self._columns()[[w for _, w in self._columns()].index(what)][0]
        self._drill = key = (report.name, name, what)
        self.items_label.setText(self.tr("正在读取 %1 的%2明细…").replace("%1", name).replace("%2", label))
        period = {"month": report.name} if report.kind == "month" else {"week": report.name}
        Op(self, lambda: self.user.period_rate_items(name, what, **period)) \
            .success(lambda items: self._rate_items(key, label, items)).failure(self._drill_failed).run()

    def _rate_items(self, key: tuple[str, str, str], label: str, items: list) -> None:
        if self._drill != key:
            return  # another cell was chosen meanwhile
        _period, name, what = key
        local = lambda t: t.astimezone(self.tz).strftime("%m-%d %H:%M")  # noqa: E731
        steps = {"acknowledge": self.tr("报到"), "respond": self.tr("响应"), "resolve": self.tr("办结"),
                 "callback": self.tr("回访")}
        outcomes = {"on_time": self.tr("按时"), "not_done": self.tr("期末未完成"), "resolved": self.tr("已解决"),
                    "unresolved": self.tr("未解决"), "satisfied": self.tr("满意"),
                    "basically_satisfied": self.tr("基本满意"), "dissatisfied": self.tr("不满意"),
                    "said_yes": self.tr("联系过"), "said_no": self.tr("未联系")}

        def outcome(x: Any) -> str:
            if x.outcome == "late":
                return self.tr("超时，%1 完成").replace("%1", local(x.done))
            return outcomes.get(x.outcome, x.outcome)

        self.items.setRowCount(len(items))
        for r, x in enumerate(items):
            for c, text in enumerate((label, x.ticket_number, steps.get(x.kind, x.kind), local(x.at), outcome(x))):
                self.items.setItem(r, c, QTableWidgetItem(text))
        self.items.resizeColumnsToContents()
        part = sum(x.part for x in items)
        self.items_label.setText(
            self.tr("%1 的%2：计入 %3 件，其中达标 %4（%5）；未达标的排在前面。选中工单在右侧显示详情。")
            .replace("%1", name).replace("%2", label).replace("%3", str(len(items))).replace("%4", f"{part:g}")
            .replace("%5", self._pct(part / len(items) if items else None)))

    def _drill_failed(self, exc: BaseException) -> None:
        self._drill = None
        self._say(self.tr("未能列出明细：%1").replace("%1", describe_error(exc)), warn=True)

    def _department_chosen(self, name: str) -> None:
        """The department's tickets: overdue at the end, escalated in the period, to redo."""
        d = self.report.department(name)
        local = lambda t: t.astimezone(self.tz).strftime("%m-%d %H:%M")  # noqa: E731
        steps = {"acknowledge": self.tr("报到"), "respond": self.tr("响应"), "resolve": self.tr("办结")}
        levels = {1: self.tr("催办"), 2: self.tr("督办"), 3: self.tr("通报")}
        lines = [(self.tr("期末超期"), x.ticket_number, steps.get(x.step, x.step), local(x.due),
                  self.tr("超期 %1").replace("%1", x.late_text)) for x in d.overdue]
        lines += [(levels[e.level], e.ticket_number, steps.get(e.step, e.step), local(e.due),
                   self.tr("已完成") if e.closed else self.tr("未完成")) for e in d.escalations]
        lines += [(self.tr("待重办"), c.ticket_number, self.tr("回访"), local(c.at),
                   self.tr("未解决") if c.resolved is False else self.tr("不满意")) for c in d.cases]
        self.items.setRowCount(len(lines))
        for r, line in enumerate(lines):
            for c, text in enumerate(line):
                self.items.setItem(r, c, QTableWidgetItem(text))
        self.items.resizeColumnsToContents()
        self.items_label.setText(self.tr("%1：期末超期 %2 件，督办升级 %3 次，待重办 %4 件。选中工单在右侧显示详情。")
                                 .replace("%1", name).replace("%2", str(len(d.overdue)))
                                 .replace("%3", str(len(d.escalations))).replace("%4", str(len(d.cases))))

    def _ticket_chosen(self) -> None:
        rows = self.items.selectionModel().selectedRows()
        if rows:
            self.ticket_selected.emit(self.items.item(rows[0].row(), 1).text(), 0)

    def _failed(self, exc: BaseException) -> None:
        self._end()
        if isinstance(exc, ReportCancelled):
            self.info.setText(self.tr("已取消生成周报。"))
            self.status.emit(self.tr("已取消生成周报"))
            self.stopped.emit(True)
            return
        message = describe_error(exc)
        self.info.setText(self.tr("未能生成周报：%1").replace("%1", message))
        title = self.tr("找不到中文字体") if isinstance(exc, ReportFontMissing) else self.tr("无法生成周报")
        QMessageBox.warning(self.window(), title, message)
        self.stopped.emit(False)

    def cancel(self) -> None:
        """Cancel the generation in progress (as the progress dialog's 取消 button does)."""
        if self._cancel is not None:
            self._cancel.set()
        if self.progress is not None:
            self.progress.setLabelText(self.tr("正在取消…"))

    def _say(self, message: str, *, warn: bool = False) -> None:
        self.info.setText(message)
        self.status.emit(message)
        if warn:
            QMessageBox.warning(self.window(), self.tr("周报"), message)

    # -- printing and saving ---------------------------------------------------------------------
    def _default_dir(self) -> Path:
        d = self.settings.value(KEY_DIR, "", str)
        return Path(d) if d and Path(d).is_dir() else Path.home()

    def print_report(self) -> bool:
        """打印…: the printer dialog, then every chosen page; True if something was printed."""
        if self.pdf_path is None or self.report is None:
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.doc_combo.currentText() + " " + self.report.name)
        dlg = QPrintDialog(printer, self)
        dlg.setWindowTitle(self.tr("打印周报"))
        dlg.setMinMax(1, max(1, self.document.pageCount()))
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pages = self.print_to(printer)
        finally:
            QApplication.restoreOverrideCursor()
        if pages:
            self.status.emit(self.tr("已把 %1 页周报送往打印机").replace("%1", str(pages)))
        return bool(pages)

    def print_to(self, printer: QPrinter) -> int:
        """Render the pages the printer asks for (all, or its page range); returns how many were printed."""
        count = self.document.pageCount()
        first, last = 1, count
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first, last = max(1, printer.fromPage()), min(count, printer.toPage() or count)
        painter = QPainter()
        if not painter.begin(printer):
            self._say(self.tr("无法开始打印：打印机不可用。"), warn=True)
            return 0
        dpi = min(printer.resolution(), PRINT_DPI)
        area = printer.pageRect(QPrinter.Unit.DevicePixel)
        printed = 0
        try:
            for page in range(first - 1, last):
                if printed:
                    printer.newPage()
                pts = self.document.pagePointSize(page)
                image = self.document.render(page, QSize(round(pts.width() / 72 * dpi), round(pts.height() / 72 * dpi)))
                scale = min(area.width() / pts.width(), area.height() / pts.height())
                w, h = pts.width() * scale, pts.height() * scale
                painter.drawImage(QRectF((area.width() - w) / 2, (area.height() - h) / 2, w, h), image)
                printed += 1
        finally:
            painter.end()
        return printed

    def save_as(self) -> Path | None:
        """另存为…: the 通报 where the user says, the slips and the workbook beside it."""
        if self.files is None or self.report is None:
            return None
        name, _f = QFileDialog.getSaveFileName(self, self.tr("通报另存为"),
                                               str(self._default_dir() / report_file_name(self.report.name)),
                                               self.tr("PDF 文件 (*.pdf)"))
        if not name:
            return None
        target = Path(name)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            for source, dest in zip(self.files, (target, *companions(target, self.report.name))):
                shutil.copyfile(source, dest)
        except OSError as exc:
            self._say(self.tr("无法保存到 %1：%2").replace("%1", str(target)).replace("%2", exc.strerror or str(exc)),
                      warn=True)
            return None
        self.settings.setValue(KEY_DIR, str(target.parent))
        self.status.emit(self.tr("通报、部门工作单和附表已保存到 %1").replace("%1", str(target.parent)))
        return target

    def export_json(self) -> Path | None:
        """导出数字 JSON…: exactly the figures the PDF shows."""
        if self.report is None:
            return None
        name, _f = QFileDialog.getSaveFileName(self, self.tr("导出周报数字"),
                                               str(self._default_dir() / translate("reports", "周报-%1.json").replace(
                                                   "%1", self.report.name)),
                                               self.tr("JSON 文件 (*.json)"))
        if not name:
            return None
        target = Path(name)
        if target.suffix.lower() != ".json":
            target = target.with_name(target.name + ".json")
        try:
            target.write_text(self.report.to_json(), encoding="utf-8")
        except OSError as exc:
            self._say(self.tr("无法保存到 %1：%2").replace("%1", str(target)).replace("%2", exc.strerror or str(exc)),
                      warn=True)
            return None
        self.settings.setValue(KEY_DIR, str(target.parent))
        self.status.emit(self.tr("周报数字已导出到 %1").replace("%1", str(target)))
        return target

    # -- options ---------------------------------------------------------------------------------
    def choose_folder(self) -> str | None:
        start = self.folder.text() or str(self._default_dir())
        folder = QFileDialog.getExistingDirectory(self, self.tr("自动生成的周报保存到"), start)
        if not folder:
            return None
        self.folder.setText(folder)
        self.settings.setValue(KEY_FOLDER, folder)
        if not self.auto_check.isChecked():
            self.auto_check.setChecked(True)
        else:
            self.scheduler.check_soon()
        return folder

    def _auto_toggled(self, on: bool) -> None:
        if on and not self.folder.text():
            if self.choose_folder() is None:
                self.auto_check.setChecked(False)
                return
        self.settings.setValue(KEY_AUTO, on)
        self.status.emit(self.tr("已开启每周自动生成周报") if on else self.tr("已关闭每周自动生成周报"))
        if on:
            self.scheduler.check_soon()

    def choose_font(self) -> str | None:
        name, _f = QFileDialog.getOpenFileName(self, self.tr("选择中文字体"), self.font.text() or "",
                                               self.tr("TrueType 字体 (*.ttf *.ttc);;所有文件 (*)"))
        if not name:
            return None
        self.font.setText(name)
        self.settings.setValue(KEY_FONT, name)
        return name

    def auto_settings(self) -> tuple[bool, str]:
        return self.auto_check.isChecked(), self.folder.text()

    # -- leaving ------------------------------------------------------------------------------------
    def in_scroll_area(self, parent: QWidget) -> QScrollArea:
        """The page in a scroll area (the window shows that), so that its row of buttons never makes the window
        wider."""
        return in_scroll_area(self, parent)

    def cleanup(self) -> None:
        """Stop the scheduler, cancel any generation, and remove the temporary PDFs."""
        self.scheduler.stop()
        if self._cancel is not None:
            self._cancel.set()
        self.document.close()
        self._finalizer()


class ReportScheduler(QObject):
    """Once a minute: is last week's report due (:func:`auto_report_due`)? Then generate it in the background."""

    #: The automatic report was written (its path).
    written = Signal(str)
    #: An automatic run failed (the message).
    failed = Signal(str)

    def __init__(self, page: ReportsPage, *, interval_ms: int = CHECK_INTERVAL_MS,
                 notify: Callable[[str, str], None] | None = None) -> None:
        super().__init__(page)
        self.page = page
        self.notify = notify
        self.running = False
        self.checks = 0
        self._failed_at: datetime | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check_now)
        self.timer.start()
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(2000)
        self._soon.timeout.connect(self.check_now)
        self._soon.start()  # once shortly after the start, then every minute

    def stop(self) -> None:
        self.timer.stop()
        self._soon.stop()

    def check_soon(self) -> None:
        self._soon.start()

    def check_now(self) -> None:
        enabled, folder = self.page.auto_settings()
        if not enabled or not folder or self.running:
            return
        self.checks += 1
        desk = self.page.desk
        self.running = True
        Op(self, lambda: (desk.now(), desk.office_tz())).success(self._decide).failure(self._check_failed).run()

    def _check_failed(self, exc: BaseException) -> None:
        self.running = False
        log.info("automatic report: cannot read the time: %s", exc)

    def _decide(self, now_tz: tuple[datetime, tzinfo]) -> None:
        now, tz = now_tz
        enabled, folder = self.page.auto_settings()
        last = self.page.settings.value(KEY_LAST, "", str) or None
        due = auto_report_due(now, tz, folder, last_done=last) if enabled else None
        if due is not None and self._failed_at is not None and now - self._failed_at < AUTO_RETRY_AFTER:
            due = None
        if due is None:
            self.running = False
            return
        week, path = due
        user = self.page.user
        log.info("automatic report: generating %s into %s", week, path)
        Op(self, lambda: user.weekly_report(week)).success(lambda report: self._render(now, week, path, report)) \
            .failure(lambda exc: self._run_failed(now, exc)).run()

    def _render(self, now: datetime, week: str, path: Path, report: Any) -> None:
        font = self.page.font.text().strip() or None
        Op(self, lambda: render(report, path, font_path=font), lane="render") \
            .success(lambda _pages: self._written(now, week, path, report)).failure(lambda exc: self._run_failed(now, exc)).run()

    def _written(self, now: datetime, week: str, path: Path, report: Any) -> None:
        self.running = False
        self._failed_at = None
        self.page.settings.setValue(KEY_LAST, week)
        self.written.emit(str(path))
        if self.notify is not None:
            self.notify(self.tr("周报已自动生成"), self.tr("%1 周报已保存到 %2").replace("%1", report_label(report))
                        .replace("%2", str(path)))

    def _run_failed(self, now: datetime, exc: BaseException) -> None:
        self.running = False
        self._failed_at = now
        message = describe_error(exc)
        log.warning("automatic report failed: %s", message)
        self.failed.emit(message)
        if self.notify is not None:
            self.notify(self.tr("周报未能自动生成"), message)


__all__ = ["ReportScheduler", "ReportsPage", "auto_report_due", "last_complete_week", "recent_weeks", "week_label",
           "week_name"]
