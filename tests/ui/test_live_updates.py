"""Other desks' changes and faults: live updates on PostgreSQL (within a second), targeted polling on SQLite,
the connection banner and recovery across a server restart (a throwaway server), a dialog that keeps what was
typed while the server is down, and a conflict that reloads the item."""
from __future__ import annotations

import time
import uuid
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from conftest import PASSWORD, World, seed
from desk import Desk
from ui.common.ops import task_manager
from ui.mainwindow import MainWindow, build_main_window
from ui.tickets.dialogs import TicketDialog
from uitools import fill, messages, no_modal_exec, office, open_window, settings, settle, wait_rows  # noqa: F401

TICKET = dict(title="长安街井盖缺失", description="井盖缺失，夜间危险。", category="供排水", urgency="urgent",
              address="长安街 88 号", community="长安社区", source="patrol", reporter_name="李先生",
              reporter_phone="")
#: Quick reconnects for the tests (the defaults back off up to 5 s).
FAST = dict(live_options={"backoff": (0.1, 0.5)}, retry_ms=250)


@pytest.fixture
def windows(qtbot):
    """open(desk, username, **kw) -> a shown main window on ``desk``; all are closed (listeners stopped) at the end."""
    made: list[MainWindow] = []

    def open_(desk: Desk, username: str = "clerk", settings=None, **kw) -> MainWindow:
        w = build_main_window(desk, desk.login(username, PASSWORD), settings, **kw)
        qtbot.addWidget(w)
        made.append(w)
        w.show()
        qtbot.waitUntil(lambda: w.model.ids_loaded_once and bool(w.counts), timeout=10_000)
        if w.live is not None:
            qtbot.waitUntil(lambda: w.live.connected, timeout=10_000)
        settle(qtbot)
        return w

    yield open_
    for w in made:
        w.close()
    task_manager().wait_idle()


def _shared(url: str) -> Desk:
    d = Desk.open(url)
    seed(d)
    return d


# -- PostgreSQL: live updates ----------------------------------------------------------------------
@pytest.mark.postgres
def test_another_desks_commit_shows_within_a_second(qtbot, pg_database, windows, settings):
    mine = _shared(pg_database)
    other = Desk.open(pg_database)  # another PC
    try:
        w = windows(mine, "clerk", settings)
        assert w.live is not None and not w.poll_timer.isActive()  # no polling on PostgreSQL
        assert w.model.rowCount() == 0
        clerk2 = other.login("clerk2", PASSWORD)
        latencies = []

        started = time.monotonic()
        t = clerk2.create_ticket(**TICKET)  # committed when this returns
        qtbot.waitUntil(lambda: w.model.rowCount() == 1 and w.counts.get("new") == 1, timeout=3000)
        latencies.append(time.monotonic() - started)
        wait_rows(qtbot, w.model)
        with qtbot.waitSignal(w.detail_loaded):
            w.select_row(0)

        started = time.monotonic()
        clerk2.update_ticket(t.number, title="长安街 88 号井盖缺失（已设警示）")
        qtbot.waitUntil(lambda: w.detail is not None and w.detail.title.endswith("（已设警示）")
                        and w.model.summary(0) is not None and w.model.summary(0).title.endswith("（已设警示）"),
                        timeout=3000)
        latencies.append(time.monotonic() - started)
        assert w.detail_pane.title_label.text() == "长安街 88 号井盖缺失（已设警示）"
        print(f"\nlive update latency (commit -> table/detail): {', '.join(f'{s * 1000:.0f} ms' for s in latencies)}")
        assert max(latencies) < 1.0, latencies
    finally:
        other.close()
        mine.close()


@pytest.mark.postgres
def test_a_responder_hears_of_a_new_dispatch_live(qtbot, pg_database, windows, settings):
    mine = _shared(pg_database)
    other = Desk.open(pg_database)
    try:
        w = windows(mine, "sw.sun", settings)  # 水务所
        clerk = other.login("clerk", PASSWORD)
        t = clerk.create_ticket(**TICKET)
        with qtbot.waitSignal(w.notifier.notified, timeout=3000) as sig:
            clerk.whistle(t.number, lead="水务所")
        assert sig.args == ["新派单", "本部门有 1 张新派单待报到（共 1 张）"]
        qtbot.waitUntil(lambda: w.model.rowCount() == 1, timeout=3000)
    finally:
        other.close()
        mine.close()


# -- a server that stops and starts again (a throwaway instance) ------------------------------------------
def _pgserver():
    """tests/core/pgserver.py (not on sys.path when only tests/ui runs)."""
    import importlib.util
    import sys

    if "pgserver" in sys.modules:
        return sys.modules["pgserver"]
    spec = importlib.util.spec_from_file_location("pgserver", Path(__file__).parents[1] / "core" / "pgserver.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["pgserver"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def server():
    pgserver = _pgserver()
    why = pgserver.available()
    if why:
        pytest.fail(f"cannot start a throwaway PostgreSQL server: {why}")
    srv = pgserver.PgServer()
    try:
        srv.start()
        yield srv
    finally:
        srv.cleanup()


@pytest.fixture
def restartable(server):
    url = server.create_database(f"wd_ui_{uuid.uuid4().hex[:8]}")
    desk = _shared(url)
    yield server, url, desk
    task_manager().wait_idle()
    if not server.running:
        server.start()
    desk.close()


@pytest.mark.postgres
def test_banner_while_the_server_is_down_then_recovery_and_refresh(qtbot, restartable, windows, settings, artifacts):
    server, url, desk = restartable
    world = World(desk, None)  # type: ignore[arg-type]
    for title in ("幸福路早市占道经营", "和平里 3 号楼外墙瓷砖脱落", "建设路井盖缺失"):
        world.new_ticket(title=title)
    w = windows(desk, "clerk", settings, **FAST)
    assert w.model.rowCount() == 3 and w.banner.isHidden()
    wait_rows(qtbot, w.model)
    with qtbot.waitSignal(w.detail_loaded):
        w.select_row(1)

    server.stop()
    qtbot.waitUntil(lambda: w.banner.isVisible(), timeout=5000)
    assert w.banner.title.text() == "与数据库的连接已断开，正在重试…"
    assert "Traceback" not in w.banner.detail.text()
    w.resize(1280, 640)
    settle(qtbot)
    w.grab().save(str(artifacts / "ui-banner-disconnected.png"))

    server.start()
    other = Desk.open(url)  # another desk writes as soon as the server is back
    try:
        other.login("clerk2", PASSWORD).create_ticket(**TICKET)
        with qtbot.waitSignal(w.refreshed, timeout=5000):  # the full refresh after recovery
            qtbot.waitUntil(lambda: w.banner.isHidden(), timeout=5000)
        qtbot.waitUntil(lambda: w.model.rowCount() == 4, timeout=3000)
        assert w.statusBar().currentMessage() == "已重新连接数据库，数据已刷新"
        assert w.live.connections == 2 and w.watch.ok
    finally:
        other.close()


@pytest.mark.postgres
def test_a_dialog_keeps_what_was_typed_and_ok_works_after_the_restart(qtbot, restartable, windows, settings):
    server, url, desk = restartable
    w = windows(desk, "clerk", settings, **FAST)
    dlg = w.start_action("create_ticket")
    assert isinstance(dlg, TicketDialog)
    dlg.title.setText("服务器停机时受理的工单")
    dlg.description.setPlainText("居民来电：楼道灯不亮。")
    dlg.address.setText("和平里 5 号楼")
    dlg.community.setText("和平里社区")

    server.stop()
    dlg.submit()
    qtbot.waitUntil(lambda: not dlg.busy and bool(dlg.error_text()), timeout=8000)
    assert dlg.isVisible() and dlg.result() != QDialog.DialogCode.Accepted
    assert dlg.error_text().startswith("与数据库的连接已断开，操作未保存。您填写的内容已保留，连接恢复后请再按“受理”。")
    assert dlg.title.text() == "服务器停机时受理的工单" and dlg.address.text() == "和平里 5 号楼"
    qtbot.waitUntil(lambda: w.banner.isVisible(), timeout=5000)

    server.start()
    qtbot.waitUntil(lambda: w.banner.isHidden(), timeout=8000)
    with qtbot.waitSignal(dlg.succeeded, timeout=8000):
        dlg.submit()  # the same OK, pressed again
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert [t.title for t in World(desk, None).clerk.list_queue("new").rows] == ["服务器停机时受理的工单"]


# -- SQLite: polling what changed ---------------------------------------------------------------------------
def test_polling_refreshes_only_the_changed_rows_and_the_detail(qtbot, office, open_window):
    numbers = fill(office)
    w = open_window("clerk", poll_interval_ms=50)
    assert w.live is None and w.poll_timer.isActive()
    w.set_queue("all")
    qtbot.waitUntil(lambda: w.model.rowCount() == 7)
    wait_rows(qtbot, w.model)
    row = w.model.row_of(office.clerk.ticket(numbers["new"]).id)
    with qtbot.waitSignal(w.detail_loaded):
        w.select_row(row)
    resets = []
    w.model.modelReset.connect(lambda: resets.append(1))
    fetched = w.model.rows_fetched
    with qtbot.waitSignal(w.model.rows_refreshed, timeout=5000) as sig:
        office.login("clerk2").update_ticket(numbers["new"], address="幸福路 14 号")
    assert sig.args == [[w.detail.id]]
    qtbot.waitUntil(lambda: w.detail.address == "幸福路 14 号", timeout=5000)
    assert w.model.rows_fetched == fetched + 1 and resets == []
    assert w.model.data(w.model.index(row, w.model.column_of("address"))) == "幸福路 14 号"
    assert w.detail_pane.values["address"].text() == "幸福路 14 号"
    w.poll_timer.stop()
    settle(qtbot)


def test_a_failed_op_shows_the_banner_until_the_database_answers(qtbot, office, open_window):
    w = open_window("clerk", retry_ms=100)
    assert w.banner.isHidden()
    task_manager().database_unavailable.emit("无法打开数据库文件 whistle.db：磁盘 I/O 错误")
    assert w.banner.isVisible() and "磁盘 I/O 错误" in w.banner.detail.text()
    with qtbot.waitSignal(w.refreshed, timeout=5000):
        qtbot.waitUntil(lambda: w.banner.isHidden(), timeout=5000)  # the retry of change_marker() succeeded
    assert w.watch.retries >= 1 and w.watch.ok
    w.poll_timer.stop()
    settle(qtbot)


# -- conflicts ---------------------------------------------------------------------------------------------
def test_a_conflict_is_explained_and_the_ticket_reloaded(qtbot, office, open_window, messages):
    t = office.new_ticket()
    w = open_window("clerk")
    with qtbot.waitSignal(w.detail_loaded):
        w.select_row(0)
    dlg = w.start_action("update_ticket")
    assert isinstance(dlg, TicketDialog)
    dlg.title.setText("幸福路早市占道经营（第二次反映）")  # this clerk's edit
    office.clock.advance(minutes=3)
    office.login("clerk2").update_ticket(t.number, address="幸福路 16 号")  # 赵敏 was quicker
    with qtbot.waitSignal(w.detail_loaded, timeout=5000):
        dlg.submit()
    settle(qtbot)
    text = dlg.error_text()
    assert text.startswith(f"工单 {t.number} 已被 赵敏 于 ") and "您的修改未保存" in text
    assert "已载入最新内容；您改动过的内容仍保留。" in text and messages == []
    assert w.detail.address == "幸福路 16 号" and w.detail_pane.values["address"].text() == "幸福路 16 号"
    assert w.statusBar().currentMessage().startswith(f"工单 {t.number} 已被 赵敏")
    # the form: the other clerk's address, this clerk's title; saving again keeps both
    assert dlg.address.text() == "幸福路 16 号" and dlg.title.text() == "幸福路早市占道经营（第二次反映）"
    with qtbot.waitSignal(dlg.succeeded, timeout=5000):
        dlg.submit()
    saved = office.clerk.ticket(t.number)
    assert (saved.title, saved.address) == ("幸福路早市占道经营（第二次反映）", "幸福路 16 号")


def test_a_whistle_conflict_takes_the_new_version_or_asks_to_reopen(qtbot, office, open_window):
    a = office.new_ticket(title="甲：文化路路灯不亮", category="道路交通")
    b = office.new_ticket(title="乙：建设路井盖缺失", category="供排水")
    w = open_window("clerk")
    clerk2 = office.login("clerk2")

    def whistle_dialog(number):
        w.select_ticket(office.clerk.ticket(number).id)
        qtbot.waitUntil(lambda: w.detail is not None and w.detail.number == number, timeout=5000)
        dlg = w.start_action("whistle")
        assert dlg is not None
        return dlg

    # someone edited the ticket's text meanwhile: whom to summon is unaffected, OK works the second time
    dlg = whistle_dialog(a.number)
    clerk2.update_ticket(a.number, address="文化路 22 号")
    with qtbot.waitSignal(w.detail_loaded, timeout=5000):
        dlg.submit()
    settle(qtbot)
    assert "已被 赵敏 于" in dlg.error_text() and "可以再次派单" in dlg.error_text() and dlg.ok_button.isEnabled()
    with qtbot.waitSignal(dlg.succeeded, timeout=5000):
        dlg.submit()
    assert office.clerk.ticket(a.number).state == "dispatched"

    # someone whistled it first: this dialog's choices are out of date, so OK stays off
    dlg = whistle_dialog(b.number)
    clerk2.whistle(b.number, lead="水务所")
    with qtbot.waitSignal(w.detail_loaded, timeout=5000):
        dlg.submit()
    settle(qtbot)
    assert "请关闭本窗口" in dlg.error_text() and not dlg.ok_button.isEnabled()
    assert w.detail.state == "dispatched" and len(w.detail.dispatches) == 1
