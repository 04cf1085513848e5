"""The minute sweep and the notices it leads to.

* :class:`Sweeper`: every running client calls ``desk.sweep()`` once a minute on the database worker
  (the core makes concurrent sweeps safe). Failures are logged, never shown as dialogs.
* :class:`Notifier`: a system-tray notice (``QSystemTrayIcon.showMessage``) when a tray exists, else
  the status bar. ``notified`` is emitted either way (what tests wait for).
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QSystemTrayIcon

from desk import Desk
from desk.dto import SweepResult
from ui.common.ops import Op

log = logging.getLogger(__name__)

SWEEP_INTERVAL_MS = 60_000
translate = QCoreApplication.translate


class Sweeper(QObject):
    """Runs ``desk.sweep()`` in the background every ``interval_ms`` (and on :meth:`sweep_now`)."""

    #: A sweep finished (the :class:`desk.dto.SweepResult`).
    swept = Signal(object)

    def __init__(self, desk: Desk, parent: QObject | None = None, *, interval_ms: int = SWEEP_INTERVAL_MS) -> None:
        super().__init__(parent)
        self._desk = desk
        self._running = False
        self.failures = 0
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.sweep_now)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def sweep_now(self) -> None:
        if self._running:  # a slow sweep is still going: skip this minute
            return
        self._running = True
        Op(self, self._desk.sweep, background=True).success(self._done).failure(self._failed) \
            .finally_(self._finished).run()

    def _done(self, result: SweepResult) -> None:
        self.swept.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self.failures += 1
        log.warning("escalation sweep failed: %s", exc)

    def _finished(self) -> None:
        self._running = False


ICON_FILES = [Path(__file__).resolve().parents[2] / "resources" / "app" / name
              for name in ("whistle-desk.ico", "whistle-desk.png")]


def app_icon() -> QIcon:
    """The application's icon (resources/app/whistle-desk.*), or a drawn stand-in if the files are missing."""
    for path in ICON_FILES:
        if path.is_file():
            icon = QIcon(str(path))
            if not icon.isNull():
                return icon
    icon = QIcon()
    for size in (16, 24, 32, 48, 64):
        pm = QPixmap(size, size)
        pm.fill(Qt.GlobalColor.transparent)
        p = QPainter(pm)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#d9480f"))
        p.drawEllipse(QPointF(size / 2, size / 2), size / 2 - 0.5, size / 2 - 0.5)
        f = QFont()
        f.setPixelSize(max(8, int(size * 0.62)))
        f.setBold(True)
        p.setFont(f)
        p.setPen(QColor("white"))
        p.drawText(QRectF(0, 0, size, size), int(Qt.AlignmentFlag.AlignCenter), translate("Notifier", "哨"))
        p.end()
        icon.addPixmap(pm)
    return icon


class Notifier(QObject):
    """Tells the user that something arrived or escalated: a tray notice, or the status bar."""

    #: (title, message) of every notice.
    notified = Signal(str, str)

    def __init__(self, parent: QObject | None = None, *, status: Callable[[str], None] | None = None,
                 use_tray: bool | None = None) -> None:
        super().__init__(parent)
        self._status = status
        self.tray: QSystemTrayIcon | None = None
        if use_tray is None:
            use_tray = QSystemTrayIcon.isSystemTrayAvailable()
        if use_tray:
            self.tray = QSystemTrayIcon(app_icon(), self)
            self.tray.setToolTip(self.tr("吹哨报到工作台"))
            self.tray.show()
        self.history: list[tuple[str, str]] = []

    def notify(self, title: str, message: str) -> None:
        self.history.append((title, message))
        del self.history[:-50]
        if self.tray is not None and self.tray.isVisible():
            self.tray.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, 10_000)
        elif self._status is not None:
            self._status(self.tr("%1：%2").replace("%1", title).replace("%2", message))
        self.notified.emit(title, message)

    def close(self) -> None:
        if self.tray is not None:
            self.tray.hide()
