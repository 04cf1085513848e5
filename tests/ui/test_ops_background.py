"""Background ops (counts, the sweep, polls) yield to the ops a user waits for (issue 14: the first page at
start-up no longer queues behind the counts and the start-up sweep)."""
from __future__ import annotations

import threading

from ui.common.ops import Op, task_manager


def test_a_page_asked_for_runs_before_background_work_already_queued(qtbot):
    running, release = threading.Event(), threading.Event()
    order: list[str] = []

    def busy():  # the worker is busy with something when the window asks for everything at once
        running.set()
        release.wait(10)
        order.append("busy")

    Op(None, busy).run()
    assert running.wait(10)
    for name in ("counts", "sweep", "poll"):
        Op(None, lambda name=name: order.append(name), background=True).run()
    Op(None, lambda: order.append("first page")).run()
    Op(None, lambda: order.append("badges")).run()
    release.set()
    assert task_manager().wait_idle()
    assert order == ["busy", "first page", "badges", "counts", "sweep", "poll"]


def test_background_ops_keep_their_order_and_deliver_results_and_failures(qtbot):
    got, errors = [], []
    for i in range(5):
        Op(None, lambda i=i: i, background=True).success(got.append).run()
    Op(None, lambda: 1 / 0, background=True).failure(errors.append).run()
    assert task_manager().wait_idle()
    assert got == [0, 1, 2, 3, 4]
    assert len(errors) == 1 and isinstance(errors[0], ZeroDivisionError)
    assert task_manager().idle()
