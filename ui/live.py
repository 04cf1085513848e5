"""Live updates and connection faults, for the main window.

* :class:`LiveUpdates` adapts :class:`desk.live.Listener` (PostgreSQL LISTEN/NOTIFY on its own thread) to Qt:
  ``changed(set)``, ``connection(bool, str)`` and ``full_refresh()`` are always emitted on the GUI thread.
  On SQLite there is no listener (:meth:`LiveUpdates.for_desk` returns None) and the window keeps polling.
* :class:`ConnectionWatch` decides whether the database is reachable. It hears the listener's state and every
  op that failed with ``DatabaseUnavailable``; while the database is away it retries ``desk.change_marker()``
  every few seconds, and says ``recovered`` once the listener and the retry both succeed again.
* :class:`ConnectionBanner` is the yellow bar at the top of the main window while the connection is lost.
* :class:`ChangeFeed` puts these together for the main window: it keeps the change marker, listens (PostgreSQL)
  or polls every few seconds (SQLite), and hands on the tickets other desks changed (coalesced), or asks for a
  full refresh; its :attr:`~ChangeFeed.watch` says whether the database answers.
"""
from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk import Desk, live
from desk.errors import DatabaseUnavailable
from ui.common.ops import Op, describe_error, task_manager

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

#: How often the watch asks the database while it is away.
RETRY_INTERVAL_MS = 3000
#: How often a desk without a listener (SQLite) asks what changed.
POLL_INTERVAL_MS = 5000
#: Live changes arriving within this many ms are applied together.
CHANGE_COALESCE_MS = 40


class LiveUpdates(QObject):
    """A Qt face for :class:`desk.live.Listener`: its thread's callbacks become GUI-thread signals."""

    #: Ids of tickets another desk (or this one) committed changes to.
    changed = Signal(object)
    #: The listening connection was established (True) or lost (False), with a message for the user.
    connection = Signal(bool, str)
    #: Notifications may have been missed (after a reconnect): refresh everything.
    full_refresh = Signal()

    # Emitted in the listener's thread; connected with QueuedConnection to the slots below.
    _changed_bg = Signal(object)
    _state_bg = Signal(bool, str)
    _refresh_bg = Signal()

    def __init__(self, desk: Desk, parent: QObject | None = None, **listener_options: Any) -> None:
        super().__init__(parent)
        queued = Qt.ConnectionType.QueuedConnection
        self._changed_bg.connect(self._deliver_changed, queued)
        self._state_bg.connect(self._deliver_state, queued)
        self._refresh_bg.connect(self._deliver_refresh, queued)
        self._stopped = False
        #: Connections made so far (1 after the first; a larger number means it reconnected).
        self.connections = 0
        self.connected = False
        self.listener = live.Listener(desk.engine.url, on_change=self._on_change, on_state=self._on_state,
                                      on_full_refresh=self._on_full_refresh, **listener_options)

    @staticmethod
    def supported(desk: Desk) -> bool:
        return live.supported(desk.engine.url)

    @classmethod
    def for_desk(cls, desk: Desk, parent: QObject | None = None, **listener_options: Any) -> LiveUpdates | None:
        """Live updates for ``desk``, or None on SQLite (poll there)."""
        return cls(desk, parent, **listener_options) if cls.supported(desk) else None

    def start(self) -> None:
        self.listener.start()

    def stop(self) -> None:
        """Stop listening (quick; no signal is emitted afterwards). Safe to call twice."""
        self._stopped = True
        self.listener.stop(timeout=1.0)

    # -- the listener's thread -----------------------------------------------------------------
    def _on_change(self, ids: set[int]) -> None:
        if not self._stopped:
            self._changed_bg.emit(set(ids))

    def _on_state(self, connected: bool, message: str) -> None:
        if not self._stopped:
            self._state_bg.emit(connected, message)

    def _on_full_refresh(self) -> None:
        if not self._stopped:
            self._refresh_bg.emit()

    # -- the GUI thread ---------------------------------------------------------------------------
    def _deliver_changed(self, ids: set[int]) -> None:
        if not self._stopped:
            self.changed.emit(ids)

    def _deliver_state(self, connected: bool, message: str) -> None:
        if self._stopped:
            return
        self.connected = connected
        if connected:
            self.connections += 1
        self.connection.emit(connected, message)

    def _deliver_refresh(self) -> None:
        if not self._stopped:
            self.full_refresh.emit()


class ConnectionWatch(QObject):
    """Whether the database can be reached, from the listener's state and from failed ops."""

    #: The connection was lost (the message says why).
    lost = Signal(str)
    #: The database answers again (and the listener, if any, listens again): refresh everything.
    recovered = Signal()

    def __init__(self, desk: Desk, parent: QObject | None = None, *, retry_ms: int = RETRY_INTERVAL_MS) -> None:
        super().__init__(parent)
        self._desk = desk
        #: What is down: "listener" (the LISTEN connection) and/or "ops" (a database call failed).
        self.down: set[str] = set()
        self.message = ""
        self._retrying = False
        self.retries = 0
        self.timer = QTimer(self)
        self.timer.setInterval(retry_ms)
        self.timer.timeout.connect(self.retry_now)
        task_manager().database_unavailable.connect(self.op_failed)

    @property
    def ok(self) -> bool:
        return not self.down

    # -- inputs ----------------------------------------------------------------------------------
    def listener_state(self, connected: bool, message: str) -> None:
        if connected:
            self._clear("listener")
        else:
            self._lose("listener", message)

    def op_failed(self, message: str) -> None:
        self._lose("ops", message)

    def _lose(self, what: str, message: str) -> None:
        was_ok = self.ok
        self.down.add(what)
        self.message = message
        if what == "ops" and not self.timer.isActive():
            self.timer.start()
        if was_ok:
            log.info("database connection lost: %s", message)
            self.lost.emit(message)

    def _clear(self, what: str) -> None:
        if what not in self.down:
            return
        self.down.discard(what)
        if what == "ops":
            self.timer.stop()
        if self.ok:
            log.info("database connection back")
            self.recovered.emit()

    # -- retrying ----------------------------------------------------------------------------------
    def retry_now(self) -> None:
        """Ask the database whether it is back (the banner's 立即重试 and the timer)."""
        if self._retrying:
            return
        self._retrying = True
        self.retries += 1
        Op(self, self._desk.change_marker).success(lambda _m: self._clear("ops")) \
            .failure(self._retry_failed).finally_(self._retry_done).run()

    def _retry_failed(self, exc: BaseException) -> None:
        if "ops" not in self.down:  # e.g. the listener is down; a failed probe means ops are down too
            self._lose("ops", describe_error(exc))
        elif isinstance(exc, DatabaseUnavailable):
            self.message = exc.message

    def _retry_done(self) -> None:
        self._retrying = False

    def stop(self) -> None:
        self.timer.stop()
        try:
            task_manager().database_unavailable.disconnect(self.op_failed)
        except (RuntimeError, TypeError):  # already disconnected
            pass


class ConnectionBanner(QFrame):
    """「与数据库的连接已断开，正在重试…」: a yellow bar with the cause and a 立即重试 button."""

    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionBanner")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            "#connectionBanner { background: #fff3cd; border-bottom: 1px solid #e6c766; }"
            " #connectionBanner QLabel { color: #664d03; background: transparent; }")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(12, 6, 8, 6)
        lay.setSpacing(10)
        icon = QLabel("⚠", self)
        f = icon.font()
        f.setPointSizeF(f.pointSizeF() * 1.3)
        icon.setFont(f)
        lay.addWidget(icon, 0, Qt.AlignmentFlag.AlignVCenter)
        texts = QVBoxLayout()
        texts.setSpacing(0)
        self.title = QLabel(self.tr("与数据库的连接已断开，正在重试…"), self)
        tf = self.title.font()
        tf.setBold(True)
        self.title.setFont(tf)
        texts.addWidget(self.title)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        texts.addWidget(self.detail)
        lay.addLayout(texts, 1)
        self.retry_button = QPushButton(self.tr("立即重试"), self)
        self.retry_button.setToolTip(self.tr("马上再试一次连接数据库"))
        self.retry_button.clicked.connect(lambda _checked=False: self.retry_requested.emit())
        lay.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def show_lost(self, message: str) -> None:
        """Show the bar with the cause (the core's message, which never contains a password)."""
        self.detail.setText(message)
        self.detail.setToolTip(message)
        self.show()

    def set_message(self, message: str) -> None:
        if self.isVisible():
            self.show_lost(message)


__all__ = ["ConnectionBanner", "ConnectionWatch", "LiveUpdates", "RETRY_INTERVAL_MS"]


class ChangeFeed(QObject):
    """What other desks changed. With a listener (``live``: PostgreSQL) the ids arrive as they are committed;
    without one :meth:`poll` asks ``desk.changes_since(marker)`` (the poll timer, started by :meth:`start`).
    Ids arriving together are handed on at once as ``changed(ids)``; when the change log cannot say which
    tickets changed, ``refresh(False)`` asks for everything (the marker is current)."""

    #: Ticket ids to refresh (coalesced).
    changed = Signal(object)
    #: Refresh everything; the argument says whether the marker should be read again too.
    refresh = Signal(bool)
    #: The marker moved (another desk wrote something): the calendar may have changed as well.
    moved = Signal()
    #: A message for the status bar (a background read failed).
    status = Signal(str)

    def __init__(self, desk: Desk, parent: QObject | None = None, *, poll_interval_ms: int = POLL_INTERVAL_MS,
                 live: bool | None = None, live_options: dict[str, Any] | None = None,
                 retry_ms: int = RETRY_INTERVAL_MS) -> None:
        super().__init__(parent)
        self._desk = desk
        #: Whether the database answers (the window shows its banner while it does not).
        self.watch = ConnectionWatch(desk, self, retry_ms=retry_ms)
        want_live = LiveUpdates.supported(desk) if live is None else live
        self.live: LiveUpdates | None = LiveUpdates(desk, self, **(live_options or {})) if want_live else None
        if self.live is not None:
            self.live.changed.connect(self.add)
            self.live.connection.connect(self._live_state)
            self.live.full_refresh.connect(self.request_refresh)
        #: The change log's position this desk has caught up with (None until read).
        self.marker: int | None = None
        self._polling = False
        self._pending: set[int] = set()
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(poll_interval_ms)
        self.poll_timer.timeout.connect(self.poll)
        self._changes_timer = QTimer(self)
        self._changes_timer.setSingleShot(True)
        self._changes_timer.setInterval(CHANGE_COALESCE_MS)
        self._changes_timer.timeout.connect(self.flush)
        self._refresh_timer = QTimer(self)  # one full refresh however many reasons arrive together
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(CHANGE_COALESCE_MS)
        self._refresh_timer.timeout.connect(lambda: self.refresh.emit(True))

    def listen(self) -> None:
        """Start listening (before the first load, so that no change falls in between)."""
        if self.live is not None:
            self.live.start()

    def start(self) -> None:
        """After the first load: without a listener, ask every few seconds what changed."""
        if self.live is None:
            self.poll_timer.start()

    def _live_state(self, connected: bool, message: str) -> None:
        self.watch.listener_state(connected, message)
        if connected and self.live is not None and self.live.connections == 1:
            self.poll()  # the first LISTEN: catch up on anything committed while it was being set up

    def load_marker(self) -> None:
        Op(self, self._desk.change_marker, background=True).success(self._set_marker).failure(self._failed).run()

    def _set_marker(self, marker: int) -> None:
        self.marker = marker

    def _failed(self, exc: BaseException) -> None:
        self.status.emit(describe_error(exc))

    def poll(self) -> None:
        """Ask what changed since the last poll (other desks, SQLite); hand on just those tickets."""
        if self._polling:
            return
        self._polling = True
        since = self.marker
        if since is None:
            Op(self, self._desk.change_marker, background=True).success(self._set_marker) \
                .failure(self._failed).finally_(self._poll_done).run()
            return

        def done(result: tuple[int, frozenset]) -> None:
            marker, ids = result
            if self.marker != since or marker == since:
                return  # nothing new (or a full refresh moved the marker meanwhile)
            self.marker = marker
            self.moved.emit()
            changed = {i for i in ids if i is not None}
            if changed and None not in ids:
                self.add(changed)
            else:
                self.refresh.emit(False)

        Op(self, lambda: self._desk.changes_since(since), background=True).success(done) \
            .failure(self._failed).finally_(self._poll_done).run()

    def _poll_done(self) -> None:
        self._polling = False

    def add(self, ids: set[int]) -> None:
        """Tickets ``ids`` changed (heard live, or polled): handed on together with any arriving meanwhile."""
        self._pending |= set(ids)
        if not self._changes_timer.isActive():
            self._changes_timer.start()

    def flush(self) -> None:
        """Hand on the changed ids now."""
        ids, self._pending = self._pending, set()
        if ids:
            self.changed.emit(ids)

    def request_refresh(self) -> None:
        """Refresh everything, once, however many ask at about the same time."""
        self._refresh_timer.start()

    def stop(self) -> None:
        for timer in (self.poll_timer, self._changes_timer, self._refresh_timer):
            timer.stop()
        if self.live is not None:
            self.live.stop()
        self.watch.stop()
