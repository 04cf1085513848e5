"""Live updates: desk.live.Listener hears other desks' commits, and survives a server restart."""
from __future__ import annotations

import threading
import time
import uuid

import pytest
from sqlalchemy import text

from desk import Desk, live
from desk.audit import service as audit
from desk.errors import ConflictError, DatabaseUnavailable, Message, set_message_translator

from conftest import PASSWORD, new_db_url, seed

pytestmark = pytest.mark.postgres

TICKET = dict(title="长安街井盖缺失", description="井盖缺失，夜间危险。", category="供排水", urgency="urgent",
              address="长安街 88 号", community="长安社区", source="patrol")


class Recorder:
    """Collects what a listener reports (from its thread) and lets the test wait for it."""

    def __init__(self) -> None:
        self.events: list[tuple] = []
        self._cond = threading.Condition()

    def _add(self, *event) -> None:
        with self._cond:
            self.events.append((time.monotonic(), *event))
            self._cond.notify_all()

    def on_change(self, ids: set[int]) -> None:
        self._add("change", frozenset(ids))

    def on_state(self, connected: bool, message: str) -> None:
        self._add("state", connected, message)

    def on_full_refresh(self) -> None:
        self._add("refresh")

    def clear(self) -> None:
        with self._cond:
            self.events.clear()

    def wait(self, predicate, timeout: float) -> bool:
        with self._cond:
            return self._cond.wait_for(lambda: predicate(self), timeout)

    def changed_ids(self) -> set[int]:
        return {i for e in self.events if e[1] == "change" for i in e[2]}

    def states(self) -> list[bool]:
        return [e[2] for e in self.events if e[1] == "state"]

    def refreshes(self) -> int:
        return sum(1 for e in self.events if e[1] == "refresh")

    def listener(self, url, **kwargs) -> live.Listener:
        return live.Listener(url, on_change=self.on_change, on_state=self.on_state,
                             on_full_refresh=self.on_full_refresh, **kwargs)


def _change_arrives(rec: Recorder, ticket_id: int, timeout: float = 1.0) -> float:
    """Seconds until ``ticket_id`` was reported (fails after ``timeout``)."""
    start = time.monotonic()
    assert rec.wait(lambda r: ticket_id in r.changed_ids(), timeout), rec.events
    return time.monotonic() - start


@pytest.fixture
def shared(request, tmp_path):
    url = new_db_url(request, "postgres", tmp_path)
    desk = Desk.open(url)
    seed(desk)
    yield url, desk
    desk.close()


# -- on the shared server -------------------------------------------------------------------
def test_another_desks_commit_arrives_within_a_second(shared):
    url, writer_desk = shared
    rec = Recorder()
    with rec.listener(url) as listener:
        assert listener.wait_connected(5), listener.message
        assert rec.states() == [True] and rec.refreshes() == 0  # no refresh on the first connect
        other = Desk.open(url)  # another PC
        try:
            clerk = other.login("clerk", PASSWORD)
            t = clerk.create_ticket(**TICKET)
            assert _change_arrives(rec, t.id) < 1.0
            t = clerk.whistle(t.number, lead="水务所")
            responder = writer_desk.login("sw.sun", PASSWORD)
            before = len(rec.events)
            responder.acknowledge(t.dispatches[0].id)
            assert rec.wait(lambda r: len(r.events) > before, 1.0)
            assert rec.events[-1][1:] == ("change", frozenset({t.id}))
        finally:
            other.close()
    assert not listener.running


def test_rolled_back_work_is_not_announced(shared):
    url, desk = shared
    clerk = desk.login("clerk", PASSWORD)
    a = clerk.whistle(clerk.create_ticket(**TICKET).number, lead="水务所")
    b = clerk.create_ticket(**TICKET)
    rec = Recorder()
    with rec.listener(url) as listener:
        assert listener.wait_connected(5)
        # a write that announced a change and then failed: PostgreSQL drops the NOTIFY with the rollback
        with pytest.raises(RuntimeError):
            with desk.unit() as (s, _):
                audit.mark_changed(s, a.id)
                desk._announce(s)
                raise RuntimeError("something went wrong after the announcement")
        # a verb that is refused changes nothing and announces nothing
        responder = desk.login("sw.sun", PASSWORD)
        responder.acknowledge(a.dispatches[0].id)
        rec.wait(lambda r: a.id in r.changed_ids(), 1.0)
        rec.clear()
        with pytest.raises(ConflictError):
            responder.acknowledge(a.dispatches[0].id)
        # notifications arrive in commit order: once b's is here, nothing else can still be coming
        clerk.update_ticket(b.number, title="改")
        _change_arrives(rec, b.id)
        assert rec.changed_ids() == {b.id}, rec.events


def test_a_dropped_connection_is_noticed_and_listening_resumes(shared, pg_admin):
    url, desk = shared
    rec = Recorder()
    tag = uuid.uuid4().hex[:8]
    with rec.listener(url, backoff=(0.1, 0.5)) as listener:
        assert listener.wait_connected(5)
        name = url.rsplit("/", 1)[1]
        with pg_admin.connect() as conn:  # our own listener's session only
            killed = conn.execute(text(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                "WHERE datname = :d AND application_name = 'whistle-desk-listener'"), {"d": name}).scalar()
        assert killed == 1
        assert rec.wait(lambda r: r.states() == [True, False, True] and r.refreshes() == 1, 5), rec.events
        lost = [e for e in rec.events if e[1] == "state" and e[2] is False][0]
        assert "实时更新已中断" in lost[3] and "Traceback" not in lost[3]
        t = desk.login("clerk", PASSWORD).create_ticket(**TICKET, reporter_name=tag)
        _change_arrives(rec, t.id)
    assert listener.connections == 2


def test_callback_errors_do_not_stop_the_listener(shared):
    url, desk = shared
    got: list[set[int]] = []

    def flaky(ids: set[int]) -> None:
        got.append(ids)
        if len(got) == 1:
            raise ValueError("a bug in the GUI adapter")

    listener = live.Listener(url, on_change=flaky)
    with listener:
        assert listener.wait_connected(5)
        clerk = desk.login("clerk", PASSWORD)
        clerk.create_ticket(**TICKET)
        t = clerk.create_ticket(**TICKET)
        deadline = time.monotonic() + 2
        while time.monotonic() < deadline and not any(t.id in ids for ids in got):
            time.sleep(0.02)
    assert any(t.id in ids for ids in got) and listener.connected is False


def test_stop_is_quick_and_idempotent(shared):
    url, _ = shared
    listener = live.Listener(url, on_change=lambda ids: None)
    listener.start()
    assert listener.wait_connected(5)
    started = time.monotonic()
    assert listener.stop() is True
    assert time.monotonic() - started < 1.0
    assert listener.stop() is True and not listener.running


def test_the_status_is_in_the_interface_language_and_the_log_in_chinese(caplog):
    """on_state gets the text translated (in the listener's thread) by the core's hook; logs stay Chinese."""
    english = {"实时更新已中断，正在自动重连。{cause}": "Live updates interrupted; reconnecting automatically. {cause}",
               "已连接数据库服务器，实时更新已开启。": "Connected to the database server; live updates are on."}
    set_message_translator(lambda s: english.get(s, s))
    rec = Recorder()
    caplog.set_level("INFO", logger="desk.live")
    with rec.listener("postgresql+psycopg://nobody:secret@127.0.0.1:1/none", backoff=(5.0, 5.0)) as listener:
        assert rec.wait(lambda r: r.states() == [False], 5), rec.events
    message = rec.events[0][3]
    assert message.startswith("Live updates interrupted; reconnecting automatically. 无法连接数据库服务器 127.0.0.1:1/none")
    assert isinstance(listener.status, Message) and listener.message == message
    assert str(listener.status).startswith("实时更新已中断，正在自动重连。无法连接数据库服务器 127.0.0.1:1/none")
    assert "live updates: 无法连接数据库服务器 127.0.0.1:1/none" in caplog.text and "secret" not in caplog.text
    assert live.CONNECTED.message == "Connected to the database server; live updates are on."


def test_payload_parsing():
    assert live.parse_payload("12") == {12}
    assert live.parse_payload("12,57, 3") == {3, 12, 57}
    assert live.parse_payload("") is None  # not ids: the receiver refreshes everything
    assert live.parse_payload("12,abc") is None


def test_sqlite_has_no_listener_and_keeps_polling(sqlite_url):
    with Desk.open(sqlite_url) as desk:
        assert live.Listener.for_desk(desk, on_change=lambda ids: None) is None
        assert not live.supported(desk.engine.url)
    with pytest.raises(ValueError):
        live.Listener(sqlite_url, on_change=lambda ids: None)


# -- a server that restarts (a throwaway instance, never the shared one) ------------------------
@pytest.fixture(scope="module")
def server():
    import pgserver

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
    url = server.create_database(f"wd_live_{uuid.uuid4().hex[:8]}")
    desk = Desk.open(url)
    seed(desk)
    yield server, url, desk
    desk.close()
    if not server.running:
        server.start()


def test_server_restart_listener_reconnects_refreshes_and_desk_carries_on(restartable):
    server, url, desk = restartable
    rec = Recorder()
    clerk = desk.login("clerk", PASSWORD)
    with rec.listener(url, backoff=(0.2, 1.0)) as listener:
        assert listener.wait_connected(5)
        server.restart()  # an administrator restarts PostgreSQL in the middle of the day
        assert rec.wait(lambda r: r.states() == [True, False, True], 10), rec.events
        assert rec.wait(lambda r: r.refreshes() == 1, 2), rec.events
        # the desk's next call works: the pool notices its dead connections (pool_pre_ping)
        t = clerk.create_ticket(**TICKET)
        assert _change_arrives(rec, t.id) < 1.0  # LISTEN is active again
        assert listener.connections == 2


def test_server_down_desk_says_so_then_recovers(restartable):
    server, url, desk = restartable
    rec = Recorder()
    clerk = desk.login("clerk", PASSWORD)
    t = clerk.create_ticket(**TICKET)
    with rec.listener(url, backoff=(0.2, 1.0)) as listener:
        assert listener.wait_connected(5)
        server.stop()
        assert rec.wait(lambda r: r.states() == [True, False], 5), rec.events
        assert not listener.connected
        started = time.monotonic()
        with pytest.raises(DatabaseUnavailable) as info:
            clerk.update_ticket(t.number, title="服务器停机时的修改")
        assert time.monotonic() - started < 6  # said quickly, not after a long hang
        message = info.value.message
        assert message.startswith(f"无法连接数据库服务器 127.0.0.1:{server.port}/")
        assert "拒绝连接" in message or "连接中断" in message, message
        assert "Traceback" not in message and "\n" not in message
        with pytest.raises(DatabaseUnavailable):  # and again, while it is still down
            clerk.ticket(t.number)
        server.start()
        # pressing OK again works: the same call, on the same desk and the same logged-in user
        t2 = clerk.update_ticket(t.number, title="服务器停机时的修改")
        assert t2.title == "服务器停机时的修改"
        assert rec.wait(lambda r: r.states() == [True, False, True] and r.refreshes() == 1, 10), rec.events
        t3 = clerk.create_ticket(**TICKET)
        _change_arrives(rec, t3.id)
        assert clerk.ticket(t.number).title == "服务器停机时的修改"


def test_stop_while_the_server_is_down(restartable):
    server, url, _ = restartable
    listener = live.Listener(url, on_change=lambda ids: None, backoff=(0.3, 5.0))
    listener.start()
    assert listener.wait_connected(5)
    server.stop()
    time.sleep(0.5)  # retrying now
    started = time.monotonic()
    assert listener.stop() is True
    assert time.monotonic() - started < 1.0
    server.start()
