"""The 周报 page: choose an ISO week, generate the weekly PDF in the background (with a progress dialog that
can cancel), preview it with QtPdf, print it, save it, export its figures as JSON; and, optionally, write last
week's report into a folder every Monday from 08:00 office time.

* Building the figures (``user.weekly_report(week)``) runs on the database worker; rendering the PDF
  (:func:`reports.weekly.render_weekly_pdf`) on the "render" worker, so the desk stays responsive.
* :func:`auto_report_due` is the scheduler's decision as a pure function of the time, the folder's contents
  and the week generated last; :class:`ReportScheduler` asks it once a minute.
"""
from __future__ import annotations

import logging
import shutil
import tempfile
import threading
import weakref
from collections.abc import Callable
from datetime import date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPainter
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
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk import ActingUser, Desk
from desk.errors import DeskError
from reports.fonts import FontNotFound
from reports.weekly import render_weekly_pdf
from ui.ops import Op, describe_error

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


def report_label(report: Any) -> str:
    """A weekly report's week for the user, in the interface language (``WeeklyReport.title`` is Chinese)."""
    return week_label(week_name(report.first_day))


def recent_weeks(today: date, count: int = WEEKS_OFFERED) -> list[str]:
    """The current week (in progress) and the ``count`` weeks before it, newest first."""
    return [week_name(today - timedelta(days=7 * i)) for i in range(count + 1)]


def last_complete_week(now: datetime, tz: tzinfo) -> str:
    """The ISO week before the one ``now`` falls in, in the office time zone."""
    return week_name(now.astimezone(tz).date() - timedelta(days=7))


def report_file_name(week: str) -> str:
    return translate("reports", "周报-%1.pdf").replace("%1", week)


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


def render(report: Any, out: Path, *, font_path: str | None = None, progress: Callable[[float], None] | None = None,
           cancel: threading.Event | None = None) -> Any:
    """``render_weekly_pdf`` with a cancel flag; the readable errors of this module. Returns ``report``."""
    def step(fraction: float) -> None:
        if cancel is not None and cancel.is_set():
            raise ReportCancelled(translate("reports", "已取消生成周报。"))
        if progress is not None:
            progress(fraction)

    try:
        render_weekly_pdf(report, out, font_path=font_path or None, progress=step)
    except FontNotFound as exc:
        raise ReportFontMissing(exc.message) from None
    return report


# -- the page ---------------------------------------------------------------------------------------
class ReportsPage(QWidget):
    """周报: generate, preview, print, save; the automatic Monday report's settings."""

    #: A PDF was generated and is shown (its path).
    generated = Signal(str)
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
        self.busy = False
        self.progress: QProgressDialog | None = None
        self._cancel: threading.Event | None = None
        self._count = 0
        self._tmp = Path(tempfile.mkdtemp(prefix="whistle-report-"))
        self._finalizer = weakref.finalize(self, shutil.rmtree, str(self._tmp), True)
        self._progress_bg.connect(self._set_progress, Qt.ConnectionType.QueuedConnection)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("周报"), self)
        f = QFont(heading.font())
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 1.15)
        heading.setFont(f)
        lay.addWidget(heading)
        explanation = QLabel(self.tr("按周统计受理、派单、三率（响应率、解决率、满意率）、红黑榜、超期和通报事项，"
                                     "生成可打印的 PDF。一周从周一 0 点到周日 24 点（办公室时间）。"), self)
        explanation.setWordWrap(True)
        explanation.setStyleSheet("color: #666;")
        lay.addWidget(explanation)

        row = QHBoxLayout()
        row.setContentsMargins(0, 2, 0, 2)
        row.addWidget(QLabel(self.tr("周次"), self))
        self.week_combo = QComboBox(self)
        self.week_combo.setMinimumContentsLength(26)
        self.week_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        row.addWidget(self.week_combo)
        self.generate_button = QPushButton(self.tr("生成"), self)
        self.generate_button.setToolTip(self.tr("统计所选一周并生成 PDF（Ctrl+G）"))
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
        self.save_button.setToolTip(self.tr("把周报 PDF 保存到指定位置"))
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
        lay.addWidget(self.view, 1)

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
    def load_weeks(self) -> None:
        """Offer the weeks up to now (the database's clock): last complete week selected."""
        Op(self, self.desk.now).success(self.set_now).failure(lambda exc: self.set_now(datetime.now(self.tz))).run()

    def set_now(self, now: datetime) -> None:
        today = now.astimezone(self.tz).date()
        keep = self.week_combo.currentData()
        self.week_combo.clear()
        for i, name in enumerate(recent_weeks(today)):
            text = week_label(name)
            if i == 0:
                text = self.tr("%1 本周，截至现在").replace("%1", text)
            self.week_combo.addItem(text, name)
        self.select_week(keep or last_complete_week(now, self.tz))
        self.update_buttons()  # 生成 can be pressed once there are weeks to choose from

    def select_week(self, week: str) -> None:
        i = self.week_combo.findData(week)
        if i < 0:
            self.week_combo.addItem(week_label(week), week)
            i = self.week_combo.count() - 1
        self.week_combo.setCurrentIndex(i)

    def week(self) -> str | None:
        return self.week_combo.currentData()

    # -- generating -----------------------------------------------------------------------------
    def update_buttons(self) -> None:
        have = self.pdf_path is not None and not self.busy
        self.generate_button.setEnabled(not self.busy and self.week_combo.count() > 0)
        for b in (self.print_button, self.save_button, self.json_button):
            b.setEnabled(have)

    def generate(self) -> bool:
        """Start generating the chosen week; False if busy or no week is chosen."""
        week = self.week()
        if self.busy or not week:
            return False
        self.busy = True
        self.update_buttons()
        self._count += 1
        out = self._tmp / f"weekly-{week}-{self._count}.pdf"
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
            return u.weekly_report(week)

        Op(self, build).success(lambda report: self._render(report, out, cancel)).failure(self._failed).run()
        return True

    def _render(self, report: Any, out: Path, cancel: threading.Event) -> None:
        if self.progress is not None:
            self.progress.setLabelText(self.tr("正在生成 %1 周报 PDF…").replace("%1", report_label(report)))
        font = self.font.text().strip() or None
        emit = self._progress_bg.emit

        Op(self, lambda: render(report, out, font_path=font, progress=lambda f: emit(int(f * 100)), cancel=cancel),
           lane="render").success(lambda r: self._rendered(r, out)).failure(self._failed).run()

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

    def _rendered(self, report: Any, out: Path) -> None:
        self._end()
        old = self.pdf_path
        self.document.close()
        error = self.document.load(str(out))
        if error != QPdfDocument.Error.None_ or self.document.status() != QPdfDocument.Status.Ready:
            self.pdf_path = None
            self.update_buttons()
            self._say(self.tr("周报已生成，但无法预览（%1）。").replace("%1", str(error)), warn=True)
            return
        self.report = report
        self.pdf_path = out
        if old is not None and old != out:
            old.unlink(missing_ok=True)
        self.view.pageNavigator().jump(0, QPointF(0, 0))
        self.info.setText(self.tr("%1 · 共 %2 页 · %3").replace("%1", report_label(report))
                          .replace("%2", str(self.document.pageCount()))
                          .replace("%3", self.tr("生成于 %1").replace(
                              "%1", report.generated_at.astimezone(self.tz).strftime("%Y-%m-%d %H:%M"))))
        self.update_buttons()
        self.status.emit(self.tr("已生成 %1 周报").replace("%1", report_label(report)))
        self.generated.emit(str(out))

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
        printer.setDocName(self.tr("周报 %1").replace("%1", self.report.week))
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
        """另存为…: copy the PDF where the user says."""
        if self.pdf_path is None or self.report is None:
            return None
        name, _f = QFileDialog.getSaveFileName(self, self.tr("周报另存为"),
                                               str(self._default_dir() / report_file_name(self.report.week)),
                                               self.tr("PDF 文件 (*.pdf)"))
        if not name:
            return None
        target = Path(name)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            shutil.copyfile(self.pdf_path, target)
        except OSError as exc:
            self._say(self.tr("无法保存到 %1：%2").replace("%1", str(target)).replace("%2", exc.strerror or str(exc)),
                      warn=True)
            return None
        self.settings.setValue(KEY_DIR, str(target.parent))
        self.status.emit(self.tr("周报已保存到 %1").replace("%1", str(target)))
        return target

    def export_json(self) -> Path | None:
        """导出数字 JSON…: exactly the figures the PDF shows."""
        if self.report is None:
            return None
        name, _f = QFileDialog.getSaveFileName(self, self.tr("导出周报数字"),
                                               str(self._default_dir() / translate("reports", "周报-%1.json").replace(
                                                   "%1", self.report.week)),
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
            .success(lambda r: self._written(now, week, path, r)).failure(lambda exc: self._run_failed(now, exc)).run()

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
