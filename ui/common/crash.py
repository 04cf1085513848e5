"""Unhandled exceptions: written to the log, then shown in a 程序出错 box with 复制详细信息.

Call :func:`install_crash_handling` once, right after the QApplication exists and before anything else::

    app = make_application()
    crash = install_crash_handling(app)     # log file, faulthandler, excepthook for every thread

It calls :func:`desk.logs.setup_logging` (the rotating log in the platform's log folder),
:func:`desk.logs.enable_faulthandler` (tracebacks of hard crashes to ``crash.log``) and
:func:`desk.logs.install_excepthook` with the reporter's signal. The hook logs the traceback at CRITICAL in
whatever thread failed and emits :attr:`CrashReporter.report`; the connection is queued, so the box always
opens in the GUI thread. The box is not modal-blocking (``open()``); while it is shown, further errors are
added to its details instead of opening more boxes.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QGridLayout, QMessageBox, QPushButton, QSizePolicy, QSpacerItem

from desk import logs

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

#: The box's width (the traceback needs room).
MIN_WIDTH = 620
#: The reporter installed by install_crash_handling (a reference keeps it and its hook alive).
_reporter: CrashReporter | None = None


class CrashReporter(QObject):
    """Shows unhandled exceptions. ``report.emit(details)`` is safe from any thread."""

    #: The plain-text details of an unhandled exception (from desk.logs.describe_exception).
    report = Signal(str)
    #: The box was shown (or updated) with these details (what tests wait for).
    shown = Signal(str)

    def __init__(self, parent: QObject | None = None, *, log_file: Path | None = None) -> None:
        super().__init__(parent)
        self.log_file = log_file
        self.box: QMessageBox | None = None
        self.copy_button: QPushButton | None = None
        self.folder_button: QPushButton | None = None
        #: Every report shown in the current box (newest last).
        self.reports: list[str] = []
        self.uninstall: Callable[[], None] | None = None
        self.report.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def details(self) -> str:
        """What 复制详细信息 copies: every report of the current box, and where the log is."""
        sep = "\n" + "-" * 60 + "\n"
        text = sep.join(self.reports)
        if self.log_file is not None:
            text += "\n\n" + translate("crash", "日志文件：%1").replace("%1", str(self.log_file))
        return text

    @Slot(str)
    def _show(self, details: str) -> None:
        try:
            self.reports.append(details)
            box = self.box
            if box is None or not box.isVisible():
                self.reports = [details]
                box = self.box = self._make_box()
                box.setDetailedText(self.details())
                box.open()
            else:
                box.setInformativeText(translate("crash", "又发生了 %1 个错误，详细信息中列出了全部错误。")
                                       .replace("%1", str(len(self.reports) - 1)))
                box.setDetailedText(self.details())
            self.shown.emit(details)
        except Exception:  # noqa: BLE001 - the crash box itself must never raise into the event loop
            log.exception("showing the crash dialog failed")

    def _make_box(self) -> QMessageBox:
        box = QMessageBox()  # no parent: the window that failed may be on its way out
        box.setObjectName("crash_box")
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(translate("crash", "程序出错"))
        box.setText(translate("crash", "程序遇到意外错误，详细信息已写入日志。"))
        box.setInformativeText(translate("crash", "可以继续使用，但建议保存手头的工作后重新启动程序。"
                                                  "如果问题反复出现，请把详细信息或日志文件发给管理员。"))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Action buttons that do not close the box: take the button box's own connection off them.
        self.copy_button = box.addButton(translate("crash", "复制详细信息"), QMessageBox.ButtonRole.ActionRole)
        self.copy_button.clicked.disconnect()
        self.copy_button.clicked.connect(self.copy_details)
        self.folder_button = box.addButton(translate("crash", "打开日志文件夹"), QMessageBox.ButtonRole.ActionRole)
        self.folder_button.clicked.disconnect()
        self.folder_button.clicked.connect(self.open_log_folder)
        self.folder_button.setEnabled(self.log_file is not None)
        close = box.addButton(QMessageBox.StandardButton.Close)
        close.setText(translate("crash", "关闭"))
        box.setDefaultButton(close)
        box.setEscapeButton(close)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        grid = box.layout()
        if isinstance(grid, QGridLayout):  # QMessageBox ignores setMinimumWidth: widen it from inside
            grid.addItem(QSpacerItem(MIN_WIDTH, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding),
                         grid.rowCount(), 0, 1, grid.columnCount())
        return box

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details())
        if self.copy_button is not None:
            self.copy_button.setText(translate("crash", "已复制"))

    def open_log_folder(self) -> bool:
        if self.log_file is None:
            return False
        return open_folder(self.log_file.parent)


def open_folder(folder: Path) -> bool:
    """Show ``folder`` in the system's file manager."""
    ok = QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
    if not ok:
        log.warning("cannot open the folder %s", folder)
    return ok


def install_crash_handling(app: QCoreApplication, *, log_dir: Path | str | None = None,
                           faulthandler: bool = True, level: int | str = logging.INFO) -> CrashReporter:
    """Log to the platform's log folder (or ``log_dir``), record hard crashes, and show every unhandled
    exception (any thread) in the 程序出错 box. Returns the reporter (``reporter.log_file`` is the log's path;
    ``reporter.uninstall()`` puts the previous exception hooks back)."""
    global _reporter
    log_file = logs.setup_logging(level, log_dir)
    if faulthandler:
        enable = getattr(logs, "enable_faulthandler", None)
        if enable is not None:
            try:
                enable(log_dir)
            except OSError:
                log.warning("cannot enable the fault handler", exc_info=True)
    if _reporter is not None and _reporter.uninstall is not None:
        _reporter.uninstall()
    reporter = CrashReporter(app, log_file=log_file)
    reporter.uninstall = logs.install_excepthook(reporter.report.emit)
    _reporter = reporter
    log.info("logging to %s", log_file)
    return reporter


def crash_reporter() -> CrashReporter | None:
    """The reporter installed by :func:`install_crash_handling` (None before)."""
    return _reporter


__all__ = ["CrashReporter", "crash_reporter", "install_crash_handling", "open_folder"]
