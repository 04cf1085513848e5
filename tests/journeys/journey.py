"""The harness of the journeys: the real application, driven only through user events.

A journey logs in through the real login dialog (:class:`ui.app.Session`, the path ``whistle-desk`` takes),
then clicks and types: :meth:`Journey.click` presses a button or a toolbar button where it is drawn,
:meth:`Journey.click_row` clicks the visual rectangle of a table row, :meth:`Journey.click_header` a header
section, :meth:`Journey.click_nav` an entry of the navigation, :meth:`Journey.type` and :meth:`Journey.key`
send keys to the widget that has the focus. Nothing here calls a slot of the application.

What a journey asserts is what a person sees: :meth:`Journey.enabled_actions`, :meth:`Journey.highlighted`
(the numbers of the highlighted rows), :meth:`Journey.detail_number`, :meth:`Journey.status`, the table's
rows. :meth:`Journey.shot` saves a screenshot of the whole window per step into tests/artifacts/journeys/.

Not a conftest.py (see tests/ui/uitools.py): the journeys import it as a module.
"""
from __future__ import annotations

import re
import shutil
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QPoint, QSettings, Qt
from PySide6.QtGui import QFontDatabase, QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QHeaderView,
    QListWidget,
    QMessageBox,
    QTableView,
    QToolBar,
    QWidget,
)

from conftest import ARTIFACTS, T0
from qtfixtures import no_modal_exec, settings  # noqa: F401 - fixtures, re-exported
from desk import Desk, FakeClock, db, demo
from ui.app import Session
from ui.common.ops import task_manager
from ui.mainwindow import MainWindow

#: The demo office the journeys work in: 300 tickets in every state, over eight weeks up to T0.
DEMO_TICKETS = 300
DEMO_SEED = 7
SHOTS = ARTIFACTS / "journeys"
LEFT = Qt.MouseButton.LeftButton


# -- fixtures -----------------------------------------------------------------------------------------
@pytest.fixture(scope="session")
def demo_template(tmp_path_factory, sqlite_template) -> tuple[Path, dict[str, str]]:
    """A migrated SQLite database with the demo office, made once per run; (path, passwords)."""
    path = tmp_path_factory.mktemp("journeys") / "demo.db"
    shutil.copy(sqlite_template, path)
    d = Desk.open(f"sqlite:///{path}", clock=FakeClock(T0))
    try:
        # (without the demo's projects: the journeys build the project library from an empty one)
        result = demo.generate(d, tickets=DEMO_TICKETS, seed=DEMO_SEED, projects=False)
    finally:
        d.close()
    engine = db.create_db_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path, {u.username: u.password for u in result.users}


@pytest.fixture
def office(qapp, tmp_path, demo_template) -> Iterator[SimpleNamespace]:
    """A fresh copy of the demo office at the fake clock's Monday 2026-11-23 10:00 (Shanghai)."""
    if not QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        pytest.fail("no font with Simplified Chinese glyphs: install fonts-wqy-microhei (screenshots would be tofu)")
    template, passwords = demo_template
    path = tmp_path / f"journey-{uuid.uuid4().hex[:8]}.db"
    shutil.copy(template, path)
    clock = FakeClock(T0)
    d = Desk.open(f"sqlite:///{path}", clock=clock)
    yield SimpleNamespace(desk=d, clock=clock, passwords=passwords)
    task_manager().wait_idle()
    d.close()


@pytest.fixture
def answers(monkeypatch) -> list[tuple[str, str, str]]:
    """Static message boxes record (kind, title, text) and answer Yes/OK, as a person pressing Enter would."""
    shown: list[tuple[str, str, str]] = []
    for kind in ("information", "warning", "critical", "question"):
        def fake(parent, title, text, *a, _kind=kind, **k):
            shown.append((_kind, title, text))
            return QMessageBox.StandardButton.Yes if _kind == "question" else QMessageBox.StandardButton.Ok
        monkeypatch.setattr(QMessageBox, kind, staticmethod(fake))
    return shown


@pytest.fixture
def journey(qtbot, office, settings, request) -> Iterator[Callable[..., Journey]]:
    """journey(username) -> a Journey on the main window that logging in as ``username`` opened."""
    made: list[Journey] = []

    def make(username: str, *, name: str | None = None) -> Journey:
        j = Journey(qtbot, office, settings, name or f"{request.node.name}-{username}")
        j.log_in(username, office.passwords[username])
        made.append(j)
        return j

    yield make
    for j in made:
        j.close()
    task_manager().wait_idle()


# -- the harness -----------------------------------------------------------------------------------------
class Journey:
    """One person at the desk: the login dialog, then the main window, through mouse and keyboard only."""

    def __init__(self, qtbot, office: SimpleNamespace, settings: QSettings, name: str) -> None:
        self.qtbot = qtbot
        self.office = office
        self.settings = settings
        self.name = re.sub(r"[^\w.-]+", "_", name)
        self.step = 0
        self.session: Session | None = None
        self.window: MainWindow | None = None

    # -- logging in ------------------------------------------------------------------------------------
    def log_in(self, username: str, password: str) -> MainWindow:
        app = QApplication.instance()
        self.session = Session(app, self.office.desk, self.settings)
        # the window's timers would keep working after the test: short ones are stopped in close()
        self.session.start()
        login = self.session.login
        assert login is not None and login.isVisible()
        self.shot("login", login)
        self.type(login.username, username, clear=True)
        self.type(login.password, password)
        self.key(login.password, Qt.Key.Key_Return)
        self.qtbot.waitUntil(lambda: self.session.window is not None, timeout=10_000)
        w = self.session.window
        self.window = w
        w.resize(1440, 860)
        if isinstance(w, MainWindow):
            self.qtbot.waitUntil(lambda: w.model.ids_loaded_once and bool(w.counts) and w.marker is not None,
                                 timeout=10_000)
        self.settle()
        self.shot("logged-in")
        return w

    def close(self) -> None:
        w = self.window
        if w is not None and not isinstance(w, MainWindow):  # the project desk (issue 16 §3): no timers
            if w.isVisible():
                w.close()
        elif w is not None:
            for timer in (w.poll_timer, w.sweeper, w.deadline_clock, w.settings_timer):
                timer.stop()
            w.idle_watch.stop()
            if w.isVisible():
                w.close()
        self.settle()

    # -- waiting ---------------------------------------------------------------------------------------
    def settle(self, timeout: int = 10_000) -> None:
        """Let queued events and background ops finish (as a person waits until the screen is quiet)."""
        tm = task_manager()
        calm = {"n": 0}

        def quiet() -> bool:
            QCoreApplication.processEvents()
            calm["n"] = calm["n"] + 1 if tm.idle() else 0
            return calm["n"] >= 3

        self.qtbot.waitUntil(quiet, timeout=timeout)

    def wait(self, condition: Callable[[], bool], timeout: int = 10_000) -> None:
        self.qtbot.waitUntil(lambda: (QCoreApplication.processEvents(), condition())[1], timeout=timeout)

    # -- seeing ----------------------------------------------------------------------------------------
    def shot(self, step: str, widget: QWidget | None = None) -> Path:
        """A screenshot of the window (or ``widget``) for a person to look at."""
        self.step += 1
        SHOTS.mkdir(parents=True, exist_ok=True)
        target = widget if widget is not None else self.window
        path = SHOTS / f"{self.name}-{self.step:02d}-{step}.png"
        assert target is not None and target.grab().save(str(path)), path
        return path

    def shot_dialog(self, step: str, dlg: QWidget) -> Path:
        return self.shot(step, dlg)

    def enabled_actions(self) -> set[str]:
        """The toolbar's verbs a person can press now."""
        w = self.window
        return {v for v, a in w.verb_actions.items() if a.isVisible() and a.isEnabled()}

    def status(self) -> str:
        return self.window.statusBar().currentMessage()

    def highlighted(self, view: QTableView | None = None, column: int = 0) -> list[str]:
        """The text in ``column`` of the rows drawn as selected."""
        view = view if view is not None else self.window.view
        rows = sorted(i.row() for i in view.selectionModel().selectedRows())
        return [str(view.model().index(r, column).data()) for r in rows]

    def rows(self, view: QTableView | None = None, column: int = 0, limit: int = 200) -> list[str]:
        view = view if view is not None else self.window.view
        m = view.model()
        return [str(m.index(r, column).data()) for r in range(min(m.rowCount(), limit))]

    def detail_number(self) -> str | None:
        """The ticket number the detail pane shows (None: its placeholder)."""
        pane = self.window.detail_pane
        if pane.isHidden() or pane.stack.currentWidget() is pane.placeholder:
            return None
        return pane.subtitle_label.text().split(" · ")[0]

    def column(self, key: str) -> int:
        return self.window.model.column_of(key)

    # -- acting ----------------------------------------------------------------------------------------
    def _mouse(self, widget: QWidget, pos: QPoint, *, double: bool = False) -> None:
        assert widget.isVisible(), f"{widget} is not visible"
        if double:
            QTest.mouseDClick(widget, LEFT, Qt.KeyboardModifier.NoModifier, pos)
        else:
            QTest.mouseClick(widget, LEFT, Qt.KeyboardModifier.NoModifier, pos)
        QCoreApplication.processEvents()

    def click(self, target: QAbstractButton | Any, *, settle: bool = True) -> None:
        """Press a button, or the toolbar button of a QAction, where it is drawn. It must be enabled."""
        widget = target
        if not isinstance(target, QWidget):  # a QAction: the toolbar button that shows it
            widget = self.toolbar_button(target)
        assert widget.isVisible(), f"{widget.text() if hasattr(widget, 'text') else widget} is not visible"
        assert widget.isEnabled(), f"{widget.text() if hasattr(widget, 'text') else widget} is not enabled"
        self._mouse(widget, widget.rect().center())
        if settle:
            self.settle()

    def toolbar_button(self, action) -> QWidget:
        for bar in self.window.findChildren(QToolBar):
            w = bar.widgetForAction(action)
            if w is not None:
                return w
        raise AssertionError(f"{action.text()} is not on a toolbar")

    def press(self, verb: str) -> QDialog:
        """Press the toolbar button of ``verb`` and return the dialog it opened."""
        before = self.window.dialog
        self.click(self.window.verb_actions[verb], settle=False)
        self.wait(lambda: self.window.dialog is not None and self.window.dialog is not before
                  and self.window.dialog.isVisible())
        return self.window.dialog

    def click_row(self, row: int, view: QAbstractItemView | None = None, column: int = 0, *,
                  double: bool = False) -> None:
        """Click the visual rectangle of ``row`` (scrolled into view first, as a person scrolls)."""
        view = view if view is not None else self.window.view
        index = view.model().index(row, column)
        view.scrollTo(index)
        QCoreApplication.processEvents()
        rect = view.visualRect(index)
        assert rect.isValid() and view.viewport().rect().contains(rect.center()), f"row {row} is not on screen"
        self._mouse(view.viewport(), rect.center(), double=double)
        self.settle()

    def row_of(self, text: str, view: QAbstractItemView | None = None, column: int = 0) -> int:
        """The row whose ``column`` shows ``text`` (the rows must be loaded, as on screen)."""
        view = view if view is not None else self.window.view
        m = view.model()
        for r in range(m.rowCount()):
            if str(m.index(r, column).data()) == text:
                return r
        raise AssertionError(f"no row shows {text!r}: {self.rows(view, column)[:20]}")

    def click_text(self, text: str, view: QAbstractItemView | None = None, column: int = 0) -> None:
        self.click_row(self.row_of(text, view, column), view, column)

    def click_header(self, section: int, view: QTableView | None = None) -> None:
        view = view if view is not None else self.window.view
        header: QHeaderView = view.horizontalHeader()
        x = header.sectionViewportPosition(section)  # logical index: wherever the user moved the column
        if x < 0 or x + header.sectionSize(section) > header.viewport().width():  # scroll to it, as a person would
            view.horizontalScrollBar().setValue(header.sectionPosition(section))
            QCoreApplication.processEvents()
            x = header.sectionViewportPosition(section)
        pos = QPoint(x + header.sectionSize(section) // 2, header.height() // 2)
        assert 0 <= pos.x() < header.viewport().width(), f"header section {section} is not on screen"
        self._mouse(header.viewport(), pos)
        self.settle()

    def nav_item(self, text: str):
        nav: QListWidget = self.window.nav
        for i in range(nav.count()):
            item = nav.item(i)
            if item.text() == text or item.text().split("  (")[0] == text:
                return item
        raise AssertionError(f"no navigation entry {text!r}: {[nav.item(i).text() for i in range(nav.count())]}")

    def click_nav(self, text: str) -> None:
        """Click the navigation entry whose name (before its count) is ``text``."""
        nav: QListWidget = self.window.nav
        item = self.nav_item(text)
        nav.scrollToItem(item)
        self._mouse(nav.viewport(), nav.visualItemRect(item).center())
        self.settle()

    def menu(self, title: str, entry: str, window: QWidget | None = None) -> None:
        """Click menu ``title`` in the menu bar, then its entry ``entry`` (texts without the &-mnemonic)."""
        from PySide6.QtWidgets import QMainWindow

        window = window if window is not None else self.window
        bar = window.menuBar() if isinstance(window, QMainWindow) else window
        plain = lambda t: re.sub(r"\(&\w\)|&", "", t)  # noqa: E731
        top = next((a for a in bar.actions() if plain(a.text()) == title), None)
        assert top is not None, f"no menu {title!r}: {[plain(a.text()) for a in bar.actions()]}"
        self._mouse(bar, bar.actionGeometry(top).center())
        menu = top.menu()
        self.wait(menu.isVisible)
        action = next((a for a in menu.actions() if plain(a.text()) == entry), None)
        assert action is not None, f"no entry {entry!r}: {[plain(a.text()) for a in menu.actions()]}"
        assert action.isEnabled(), f"{entry} is not enabled"
        self._mouse(menu, menu.actionGeometry(action).center())
        self.settle()

    def type(self, widget: QWidget, text: str, *, clear: bool = False) -> None:
        """Click into ``widget`` and type ``text`` (``clear``: select all and type over it)."""
        if not widget.hasFocus():
            self._mouse(widget, widget.rect().center() if not isinstance(widget, QComboBox)
                        else QPoint(6, widget.height() // 2))
            widget.setFocus(Qt.FocusReason.MouseFocusReason)
        if clear:
            QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            QTest.keyClick(widget, Qt.Key.Key_Delete)
        for run in re.findall(r"[\x20-\x7e]+|[^\x20-\x7e]+", text):
            if run.isascii():
                QTest.keyClicks(widget, run)
            else:  # Chinese arrives from the input method as committed text, as with a real IME
                event = QInputMethodEvent("", [])
                event.setCommitString(run)
                QApplication.sendEvent(widget, event)
        QCoreApplication.processEvents()

    def key(self, widget: QWidget | None, key: Qt.Key,
            modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        """A key press on ``widget`` (None: the widget that has the focus)."""
        target = widget if widget is not None else QApplication.focusWidget() or self.window
        QTest.keyClick(target, key, modifier)
        QCoreApplication.processEvents()

    def shortcut(self, sequence: str) -> None:
        """A keyboard shortcut typed into the window (e.g. ``Ctrl+N``)."""
        from PySide6.QtGui import QKeySequence
        combo = QKeySequence(sequence)[0]
        target = QApplication.focusWidget() or self.window
        QTest.keyClick(target, combo.key(), combo.keyboardModifiers())
        QCoreApplication.processEvents()

    def choose(self, combo: QComboBox, text: str) -> None:
        """Pick ``text`` in a combo box with the keyboard (focus, then ↓ until it shows), as a person would."""
        combo.setFocus(Qt.FocusReason.TabFocusReason)
        QTest.keyClick(combo, Qt.Key.Key_Home)
        for _ in range(combo.count() + 1):
            if combo.currentText() == text:
                return
            QTest.keyClick(combo, Qt.Key.Key_Down)
        raise AssertionError(f"{text!r} is not offered: {[combo.itemText(i) for i in range(combo.count())]}")

    def submit(self, dlg: QDialog) -> None:
        """Ctrl+Enter in the dialog, then wait until it closed (or shows an error)."""
        focus = dlg.focusWidget() or dlg
        QTest.keyClick(focus, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        self.wait(lambda: not shiboken6.isValid(dlg) or not dlg.isVisible() or not getattr(dlg, "busy", False))
        self.settle()

    def press_ok(self, dlg: QDialog) -> None:
        """Click the dialog's OK button (its text may be 派单, 提交 …)."""
        self.click(dlg.ok_button, settle=False)
        self.wait(lambda: not shiboken6.isValid(dlg) or not dlg.isVisible() or not dlg.busy)
        self.settle()
