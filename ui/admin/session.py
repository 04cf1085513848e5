"""What a logged-in session keeps up with, beside the pages: the idle lock over the main window, and the office
settings (and calendar) as any desk changes them."""
from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QStackedWidget, QToolBar, QWidget

from desk import ActingUser, Desk
from ui.admin.accounts import IdleWatcher, LockPage
from ui.common.ops import Op, describe_error

#: Minutes without input before the window locks, when the office setting cannot be read.
DEFAULT_IDLE_LOCK_MINUTES = 30

class SessionLock(QObject):
    """Lock (the idle time ran out, or 锁定工作台): the lock page covers the window's content, its menus, toolbar
    and actions are off, and the application's other windows that belong to it hide. The password unlocks and
    everything comes back as it was (the focus too)."""

    #: Unlocked again (the window re-enables what the highlighted ticket allows).
    unlocked = Signal()

    def __init__(self, window: QMainWindow, user: ActingUser, stack: QStackedWidget, content: QWidget, *,
                 idle_ms: int) -> None:
        super().__init__(window)
        self.window = window
        self.locked = False
        self._stack = stack
        self._content = content
        self._hidden_windows: list[QWidget] = []
        self._disabled_actions: list[QAction] = []
        self._focus_before: QWidget | None = None
        self.page = LockPage(user, stack)
        stack.addWidget(self.page)
        self.page.unlocked.connect(self.unlock)
        self.idle = IdleWatcher(window, idle_ms)
        self.idle.idle.connect(self.lock)

    def _owns(self, w: QWidget) -> bool:
        """Whether top-level ``w`` belongs to this window (not to another main window)."""
        main = type(self.window)
        if isinstance(w, main):
            return False
        p = w.parentWidget()
        while p is not None:
            if p is self.window:
                return True
            if isinstance(p, main):
                return False
            p = p.parentWidget()
        return True

    def _own_actions(self) -> list[QAction]:
        """The actions of the window's menus and toolbar (not those of its admin windows and dialogs)."""
        out = []
        for a in self.window.findChildren(QAction):
            p = a.parent()
            while p is not None and p is not self.window:
                if isinstance(p, QWidget) and p.isWindow() and not isinstance(p, QMenu):
                    break
                p = p.parent()
            else:
                out.append(a)
        return out

    def _bars(self) -> list[QWidget]:
        w = self.window
        return [w.menuBar(), *w.findChildren(QToolBar, options=Qt.FindChildOption.FindDirectChildrenOnly)]

    def lock(self) -> None:
        if self.locked:
            return
        self.locked = True
        self.idle.stop()
        self._focus_before = QApplication.focusWidget()
        self._hidden_windows = []
        for w in QApplication.topLevelWidgets():
            if w is self.window or not w.isVisible() or not self._owns(w):
                continue
            if w.windowType() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip):
                w.hide()  # an open menu or tooltip: not brought back
                continue
            self._hidden_windows.append(w)
            w.hide()
        self._disabled_actions = [a for a in self._own_actions() if a.isEnabled()]
        for a in self._disabled_actions:
            a.setEnabled(False)
        for bar in self._bars():
            bar.setEnabled(False)
        self.window.statusBar().hide()
        self._stack.setCurrentWidget(self.page)
        self.page.reset()
        self.window.activateWindow()

    def unlock(self) -> None:
        if not self.locked:
            return
        self.locked = False
        self._stack.setCurrentWidget(self._content)
        for bar in self._bars():
            bar.setEnabled(True)
        self.window.statusBar().show()
        for a in self._disabled_actions:
            if shiboken6.isValid(a):
                a.setEnabled(True)
        self._disabled_actions = []
        self.unlocked.emit()
        hidden, self._hidden_windows = self._hidden_windows, []
        for w in hidden:
            if shiboken6.isValid(w):
                w.show()
        focus, self._focus_before = self._focus_before, None
        if focus is not None and shiboken6.isValid(focus) and focus.isVisible():
            focus.activateWindow()
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self.idle.start()


class OfficeSettingsWatch(QObject):
    """Reads the office settings (办公室设置) when they or the calendar changed since the last look, on any desk
    (it looks every ``interval_ms``), and says what the main window shows of them. :meth:`apply` takes the values
    this desk has just saved."""

    #: The office's name (the window title).
    office_name = Signal(str)
    #: The share of a deadline left when a badge turns amber (the colours' legend).
    warning_share = Signal(float)
    #: Minutes without input before the window locks (not when the lock time is fixed).
    idle_minutes = Signal(int)
    #: The calendar (or the settings) changed after the first read: deadlines are counted anew.
    calendar_changed = Signal()
    #: A message for the status bar (a read failed).
    status = Signal(str)

    def __init__(self, desk: Desk, parent: QObject, *, interval_ms: int, fixed_idle: bool = False) -> None:
        super().__init__(parent)
        self._desk = desk
        self._fixed_idle = fixed_idle
        #: The calendar's and settings' revision last read (None before the first read).
        self.revision: str | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)

    def check(self) -> None:
        desk = self._desk
        Op(self, lambda: (desk.calendar_revision(), desk.settings())).success(self._arrived) \
            .failure(lambda exc: self.status.emit(describe_error(exc))).run()

    def _arrived(self, result: tuple[str, dict[str, str]]) -> None:
        revision, values = result
        if revision == self.revision:
            return
        if self.revision is not None:
            self.calendar_changed.emit()
        self.revision = revision
        self.apply(values, idle=not self._fixed_idle)

    def apply(self, values: dict[str, str], *, idle: bool = True) -> None:
        """Say what ``values`` (some or all of the settings) change in the window."""
        if idle:
            try:
                minutes = int(values.get("idle_lock_minutes", DEFAULT_IDLE_LOCK_MINUTES))
            except ValueError:
                minutes = DEFAULT_IDLE_LOCK_MINUTES
            self.idle_minutes.emit(max(1, minutes))
        if "office_name" in values:
            self.office_name.emit(values["office_name"])
        if "warning_share" in values:
            try:
                self.warning_share.emit(float(values["warning_share"]))
            except ValueError:
                pass


__all__ = ["DEFAULT_IDLE_LOCK_MINUTES", "OfficeSettingsWatch", "SessionLock"]
