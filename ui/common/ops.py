"""Background operations (the op pattern of Anki's qt/aqt/operations and qt/aqt/taskman.py).

    Op(parent, lambda: user.whistle(number, lead=...)).success(on_done).failure(on_error).run()

* ``fn`` runs on ONE shared database worker thread, never on the GUI thread, and never touches a widget.
* Its result (or exception) comes back on the GUI thread through a queued signal.
* If ``parent`` (a QObject) has been deleted meanwhile, the callbacks are dropped.
* Without a failure callback, :func:`show_error` tells the user: a ``DeskError``'s own message, or a
  generic one for anything else (which is logged with its traceback, never shown).
* A ``DatabaseUnavailable`` failure is also announced on :attr:`TaskManager.database_unavailable` (the
  main window's connection banner listens), whoever handles it.
* ``Op(parent, fn, lane="render")`` runs CPU work (a PDF) on a second worker, so the database worker stays free.
* ``Op(parent, fn, background=True)`` is work nobody is waiting for (counts, the sweep, a poll): it runs when no
  other op of its lane is waiting, so a page the user asked for never queues behind it (the first page at
  start-up used to wait behind the counts and the start-up sweep). An op already running is not interrupted.
"""
from __future__ import annotations

import itertools
import logging
import threading
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QElapsedTimer, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desk.errors import ClockAhead, DatabaseUnavailable, DeskError

log = logging.getLogger(__name__)
T = TypeVar("T")
translate = QCoreApplication.translate


class TaskManager(QObject):
    """Owns the single database worker and brings results back to the GUI thread."""

    #: Carries a closure from the worker to the GUI thread (always queued).
    _deliver = Signal(object)
    #: True while any operation is queued or running.
    busy_changed = Signal(bool)
    #: An operation failed because the database cannot be reached (the core's message).
    database_unavailable = Signal(str)

    #: Worker lanes: "db" (every database call, one at a time) and "render" (CPU work such as a PDF).
    LANES = ("db", "render")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="desk-db")
        self._executors = {"db": self._executor}
        #: Per lane, the ops waiting for its worker: (ops the user waits for, background ops), each in order.
        self._waiting: dict[str, tuple[deque, deque]] = {}
        self._lock = threading.Lock()
        self._pending = 0
        #: key -> (fn, on_done) of each op in flight. The GUI thread holds the op's function and callback (and
        #: through them its widgets) until it has delivered the result, so that the last reference to a widget
        #: never dies on a worker thread: a QObject deleted there leaves its timers behind on the GUI thread,
        #: which then fire on freed memory (a crash seen in the dialog tests).
        self._jobs: dict[int, tuple[Callable[[], Any], Callable[[Future], None]]] = {}
        self._keys = itertools.count()
        self._deliver.connect(self._on_deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def pending(self) -> int:
        return self._pending

    def idle(self) -> bool:
        return self._pending == 0

    def run_in_background(self, fn: Callable[[], Any], on_done: Callable[[Future], None], *,
                          lane: str = "db", background: bool = False) -> None:
        """Run ``fn`` on the worker of ``lane``; call ``on_done(future)`` on the GUI thread afterwards.
        A ``background`` op runs only when no other op of the lane is waiting."""
        if lane not in self.LANES:
            raise ValueError(f"unknown lane {lane!r}")
        executor = self._executors.get(lane)
        if executor is None:
            executor = self._executors[lane] = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"desk-{lane}")
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        key = next(self._keys)
        self._jobs[key] = (fn, on_done)
        fut: Future = Future()
        fut.add_done_callback(lambda f: self._deliver.emit(partial(self._finish, key, f)))
        with self._lock:
            waiting = self._waiting.setdefault(lane, (deque(), deque()))
            waiting[1 if background else 0].append((key, fut))
        # One turn of the worker per op; each turn takes the first op waiting, background ones last.
        executor.submit(self._run_next, lane)

    def _run_next(self, lane: str) -> None:
        with self._lock:
            first, later = self._waiting[lane]
            key, fut = first.popleft() if first else later.popleft()
        if not fut.set_running_or_notify_cancel():
            return
        fn = self._jobs[key][0]  # (still held by _jobs: delivered, and dropped, on the GUI thread)
        try:
            result = fn()
        except BaseException as exc:  # noqa: BLE001 - delivered to the op's failure handler
            fn = None  # (before the GUI thread can be told: see _jobs)
            fut.set_exception(exc)
        else:
            fn = None
            fut.set_result(result)

    def _finish(self, key: int, fut: Future) -> None:
        self._pending -= 1
        _fn, on_done = self._jobs.pop(key)
        try:
            on_done(fut)
        finally:
            if self._pending == 0:
                self.busy_changed.emit(False)

    def _on_deliver(self, closure: Callable[[], None]) -> None:
        closure()

    def wait_idle(self, timeout_ms: int = 10_000) -> bool:
        """Process events until every operation has finished and delivered (tests, shutdown)."""
        timer = QElapsedTimer()
        timer.start()
        app = QCoreApplication.instance()
        while self._pending and timer.elapsed() < timeout_ms:
            if app is not None:
                app.processEvents()
            QThread.msleep(2)
        return self._pending == 0

    def shutdown(self) -> None:
        with self._lock:
            for waiting in self._waiting.values():
                for queue in waiting:
                    for _key, fut in queue:
                        fut.cancel()
        for executor in self._executors.values():
            executor.shutdown(wait=True, cancel_futures=True)


_manager: TaskManager | None = None


def task_manager() -> TaskManager:
    """The process-wide task manager, created on first use in the GUI thread."""
    global _manager
    if _manager is None or not shiboken6.isValid(_manager):
        app = QCoreApplication.instance()
        if app is None or QThread.currentThread() is not app.thread():
            raise RuntimeError("task_manager() must first be called from the GUI thread of a running QApplication")
        _manager = TaskManager()
    return _manager


def describe_error(exc: BaseException) -> str:
    """What to tell the user about ``exc``: the core's message, or a generic sentence."""
    if isinstance(exc, ClockAhead):  # only the login asks whether the PC's clock is right
        return exc.message + translate("ops", "（已登录时无法确认：请注销后重新登录，登录时可以确认。）")
    if isinstance(exc, DeskError):
        return exc.message
    return translate("ops", "操作失败：程序遇到意外错误，详细信息已写入日志。请稍后重试或联系管理员。")


def show_error(parent: QObject | None, exc: BaseException) -> None:
    """The default failure handler: a message box for the user (the traceback only goes to the log)."""
    window = parent.window() if isinstance(parent, QWidget) else None
    QMessageBox.warning(window, translate("ops", "无法完成操作"), describe_error(exc))


class Op(Generic[T]):
    """One database operation run off the GUI thread. Build it, chain callbacks, then ``run()``."""

    def __init__(self, parent: QObject | None, fn: Callable[[], T], *, lane: str = "db",
                 background: bool = False) -> None:
        self._parent = parent
        self._fn = fn
        self._lane = lane
        self._background = background
        self._on_success: Callable[[T], Any] | None = None
        self._on_failure: Callable[[BaseException], Any] | None = None
        self._on_finally: Callable[[], Any] | None = None

    def success(self, cb: Callable[[T], Any]) -> Op[T]:
        self._on_success = cb
        return self

    def failure(self, cb: Callable[[BaseException], Any]) -> Op[T]:
        self._on_failure = cb
        return self

    def finally_(self, cb: Callable[[], Any]) -> Op[T]:
        """Called after success or failure (e.g. to re-enable a button)."""
        self._on_finally = cb
        return self

    def run(self) -> None:
        task_manager().run_in_background(self._fn, self._done, lane=self._lane, background=self._background)

    def _done(self, fut: Future) -> None:
        exc = fut.exception() if not fut.cancelled() else None
        if isinstance(exc, DatabaseUnavailable) and _manager is not None and shiboken6.isValid(_manager):
            _manager.database_unavailable.emit(exc.message)
        if self._parent is not None and not shiboken6.isValid(self._parent):
            log.debug("op finished after its parent was deleted; result dropped")
            return
        try:
            try:
                result = fut.result()
            except Exception as exc:  # noqa: BLE001 - every failure goes to a handler, never to the user raw
                if not isinstance(exc, DeskError):
                    log.error("background operation failed", exc_info=exc)
                if self._on_failure is not None:
                    self._on_failure(exc)
                else:
                    show_error(self._parent, exc)
            else:
                if self._on_success is not None:
                    self._on_success(result)
        finally:
            if self._on_finally is not None:
                self._on_finally()
