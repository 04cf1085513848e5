"""The op pattern: one database worker, results on the GUI thread, errors never raw."""
from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from desk.errors import ConflictError, ValidationError
from ui.common.ops import Op, describe_error, task_manager
from uitools import messages, no_modal_exec, settle  # noqa: F401 - fixtures


def test_fn_runs_off_the_gui_thread_and_success_comes_back_on_it(qtbot):
    gui = threading.get_ident()
    seen = {}

    def work():
        seen["worker"] = threading.get_ident()
        return 42

    got = []
    Op(None, work).success(lambda r: got.append((r, threading.get_ident()))).run()
    qtbot.waitUntil(lambda: bool(got))
    assert got == [(42, gui)]
    assert seen["worker"] != gui


def test_one_shared_worker_runs_ops_in_order(qtbot):
    threads, order = set(), []

    def work(i):
        threads.add(threading.get_ident())
        order.append(i)
        return i

    done = []
    for i in range(20):
        Op(None, lambda i=i: work(i)).success(done.append).run()
    qtbot.waitUntil(lambda: len(done) == 20)
    assert order == list(range(20)) == done
    assert len(threads) == 1


def test_failure_callback_receives_the_exception(qtbot, messages):
    errors = []
    Op(None, lambda: (_ for _ in ()).throw(ConflictError("已被他人修改"))).failure(errors.append).run()
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ConflictError)
    assert messages == []


def test_default_failure_shows_the_desk_message(qtbot, messages):
    w = QWidget()
    qtbot.addWidget(w)

    def boom():
        raise ValidationError("title", "标题不能为空。")

    finished = []
    Op(w, boom).finally_(lambda: finished.append(True)).run()
    qtbot.waitUntil(lambda: bool(finished))
    assert messages == [("warning", "无法完成操作", "标题不能为空。")]


def test_unexpected_errors_are_logged_and_shown_generically(qtbot, messages, caplog):
    def boom():
        raise ZeroDivisionError("secret internals")

    finished = []
    with caplog.at_level(logging.ERROR, logger="ui.common.ops"):
        Op(None, boom).finally_(lambda: finished.append(True)).run()
        qtbot.waitUntil(lambda: bool(finished))
    assert len(messages) == 1
    kind, _title, text = messages[0]
    assert kind == "warning" and "secret" not in text and "Traceback" not in text
    assert "意外错误" in text
    assert any(r.exc_info and r.exc_info[0] is ZeroDivisionError for r in caplog.records)
    assert describe_error(ZeroDivisionError()) == text


def test_callbacks_are_dropped_when_the_parent_is_gone(qtbot):
    parent = QObject()
    gate = threading.Event()
    got = []
    Op(parent, lambda: gate.wait(5) and 1).success(got.append).run()
    parent.deleteLater()
    qtbot.waitUntil(lambda: not _alive(parent))
    gate.set()
    settle(qtbot)
    assert got == []


def _alive(obj) -> bool:
    import shiboken6
    return shiboken6.isValid(obj)


def test_busy_signal_and_idle(qtbot):
    tm = task_manager()
    gate = threading.Event()
    with qtbot.waitSignal(tm.busy_changed, check_params_cb=lambda busy: busy is True):
        Op(None, lambda: gate.wait(5)).run()
    assert not tm.idle()
    with qtbot.waitSignal(tm.busy_changed, check_params_cb=lambda busy: busy is False):
        gate.set()
    assert tm.idle()


def test_task_manager_needs_the_gui_thread(qtbot):
    task_manager()  # exists already: fine from any thread afterwards
    out = []
    t = threading.Thread(target=lambda: out.append(task_manager()))
    t.start()
    t.join()
    assert out == [task_manager()]


@pytest.mark.parametrize("exc", [ValidationError("x", "错"), ConflictError("冲突")])
def test_describe_error_uses_the_core_message(exc):
    assert describe_error(exc) == exc.message
