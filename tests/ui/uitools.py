"""Fixtures and helpers for the widget tests (imported by the test modules).

Not a conftest.py: the root tests/conftest.py is imported as ``conftest`` by the core tests, and a
second conftest.py without packages would clash with it.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from conftest import PASSWORD, RESPONDERS, World, seed
from qtfixtures import no_modal_exec, settings  # noqa: F401 - fixtures, re-exported
from desk import Desk
from ui.common.ops import task_manager
from ui.mainwindow import MainWindow, build_main_window

__all__ = ["PASSWORD", "RESPONDERS", "SH", "World", "fill", "messages", "no_modal_exec", "office", "open_window",
           "settings", "settle", "sh", "wait_rows", "whistled"]

SH = ZoneInfo("Asia/Shanghai")


def sh(*args: int) -> datetime:
    """An instant given in Shanghai wall-clock time (the office's), as aware UTC."""
    return datetime(*args, tzinfo=SH).astimezone(timezone.utc)


def whistled(world: World, lead: str = "城管执法队", **fields):
    """A routine ticket whistled to ``lead`` now. At the fixture's T0 (Monday 2026-11-23 10:00) its dispatch is
    due to acknowledge Tuesday 10:00 (amber from Monday 17:06), respond Wednesday 10:00, resolve Monday 11-30 10:00."""
    t = world.new_ticket(**fields)
    return world.clerk.whistle(t.number, lead=lead, note="请处理")


@pytest.fixture
def office(qapp, sqlite_url, clock) -> Iterator[World]:
    """A seeded office on a new SQLite database (UI tests run on SQLite only)."""
    d = Desk.open(sqlite_url, clock=clock)
    seed(d)
    yield World(d, clock)
    task_manager().wait_idle()
    d.close()


@pytest.fixture
def messages(monkeypatch) -> list[tuple[str, str, str]]:
    """Message boxes the code shows, recorded as (kind, title, text) instead of blocking."""
    shown: list[tuple[str, str, str]] = []
    for kind in ("information", "warning", "critical", "question"):
        def fake(parent, title, text, *a, _kind=kind, **k):
            shown.append((_kind, title, text))
            return QMessageBox.StandardButton.Ok
        monkeypatch.setattr(QMessageBox, kind, staticmethod(fake))
    return shown


def settle(qtbot, timeout: int = 5000) -> None:
    """Process events until no op is queued or running (twice in a row, so follow-ups are caught)."""
    tm = task_manager()
    calm = {"n": 0}

    def quiet() -> bool:
        QCoreApplication.processEvents()
        calm["n"] = calm["n"] + 1 if tm.idle() else 0
        return calm["n"] >= 3

    qtbot.waitUntil(quiet, timeout=timeout)


def wait_rows(qtbot, model, first: int = 0, last: int | None = None, timeout: int = 5000) -> None:
    """Ask for rows first..last (as a view would) and wait until their data arrived."""
    if last is None:
        last = min(model.rowCount() - 1, first + model.page_size - 1)
    for row in range(first, last + 1, model.page_size):
        model.data(model.index(row, 0))
    model.data(model.index(last, 0))
    qtbot.waitUntil(lambda: model.rows_loaded(first, last), timeout=timeout)


@pytest.fixture
def open_window(qtbot, office, settings) -> Iterator[Callable[..., MainWindow]]:
    """open_window(username) -> a shown main window whose first load has finished."""
    windows: list[MainWindow] = []

    def make(username: str = "clerk", *, show: bool = True, **kw) -> MainWindow:
        user = office.login(username)
        w = build_main_window(office.desk, user, settings, **kw)
        qtbot.addWidget(w)
        windows.append(w)
        if show:
            w.show()
        qtbot.waitUntil(lambda: w.model.ids_loaded_once and w.marker is not None and bool(w.counts), timeout=5000)
        if w.model.rowCount():
            wait_rows(qtbot, w.model, 0, min(w.model.rowCount(), 20) - 1)
        settle(qtbot)
        return w

    yield make
    for w in windows:
        w.poll_timer.stop()
        w.sweeper.stop()
        w.deadline_clock.stop()
    task_manager().wait_idle()


def fill(world: World) -> dict[str, str]:
    """Tickets in every state through the façade; returns {state: ticket number}."""
    clerk, sup = world.clerk, world.supervisor
    cg, zj = world.responder("城管执法队"), world.responder("住建委")
    out: dict[str, str] = {}

    def new(title: str, **kw):
        return world.new_ticket(title=title, **kw)

    out["new"] = new("幸福路早市占道经营", urgency="urgent").number
    t = new("和平里 3 号楼外墙瓷砖脱落", category="房屋安全", address="和平里 3 号楼", community="和平里社区",
            urgency="emergency")
    t = clerk.whistle(t.number, lead="住建委", assist=["城管执法队"], note="请立即设置警戒区")
    out["dispatched"] = t.number
    t = new("建设路井盖缺失", category="供排水", address="建设路 88 号", community="建设社区", source="patrol")
    t = clerk.whistle(t.number, lead="水务所")
    out["pending_return"] = t.number
    world.responder("水务所").request_return(t.dispatches[0].id, "井盖产权属燃气公司，非本所管辖。")
    t = new("光明街夜间施工噪声", address="光明街 5 号", community="光明社区", source="walk_in")
    t = clerk.whistle(t.number, lead="城管执法队", assist=["住建委"])
    lead, assist = t.dispatches
    cg.acknowledge(lead.id)
    cg.respond(lead.id, "已电话联系反映人，约定今晚到场。")
    cg.resolve(lead.id, "已责令施工方停止夜间施工。")
    zj.acknowledge(assist.id)
    zj.respond(assist.id, "已到场核查施工许可。")
    zj.resolve(assist.id, "施工许可不含夜间作业，已告知。")
    out["awaiting_verification"] = t.number
    t = new("文化路路灯不亮", category="道路交通", address="文化路 20 号", community="文化社区")
    t = clerk.whistle(t.number, lead="交通支队")
    jt = world.responder("交通支队")
    jt.acknowledge(t.dispatches[0].id)
    jt.respond(t.dispatches[0].id, "已派员查看。")
    jt.resolve(t.dispatches[0].id, "已更换灯泡。")
    clerk.verify(t.number, accepted=True, note="现场核实路灯已亮")
    out["awaiting_callback"] = t.number
    t = new("小区垃圾清运不及时", address="幸福路 30 号", reporter_phone="010-62345678")
    t = clerk.whistle(t.number, lead="城管执法队")
    cg.acknowledge(t.dispatches[0].id)
    cg.respond(t.dispatches[0].id, "已联系物业。")
    cg.resolve(t.dispatches[0].id, "已清运。")
    clerk.verify(t.number, accepted=True)
    clerk.record_callback(t.number, contacted=True, resolved=True, satisfaction="satisfied", note="居民表示满意")
    clerk.close(t.number)
    out["closed"] = t.number
    t = new("重复来电：幸福路早市", source="12345")
    clerk.cancel(t.number, reason="与已有工单重复")
    out["cancelled"] = t.number
    assert sup  # the supervisor account exists for the tests that need it
    return out
