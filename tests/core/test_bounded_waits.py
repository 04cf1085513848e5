"""Nothing waits forever: a desk frozen in the middle of a transaction (a laptop put to sleep) holds a lock the
others need. On PostgreSQL they get a typed, translated error within the lock timeout, and work again as soon
as the frozen desk is gone: killed, or its transaction ended by the server's idle timeout. The frozen desk is a
child process of the test, stopped with SIGSTOP, on a throwaway database (never the shared server itself)."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from conftest import PASSWORD, seed
from desk import Desk, db
from desk.errors import Busy

pytestmark = pytest.mark.postgres
ROOT = Path(__file__).resolve().parents[2]

HOLDER = textwrap.dedent("""
    import os, signal, sys
    from sqlalchemy import text
    from desk import Desk, db
    desk = Desk.open(sys.argv[1])
    try:
        with desk.unit() as (s, now):
            s.execute(text(sys.argv[2]))
            print("locked", flush=True)
            os.kill(os.getpid(), signal.SIGSTOP)  # frozen here, in the middle of the transaction
    except Exception as exc:
        print("after waking:", type(exc).__name__, flush=True)
    desk.login("clerk", sys.argv[3])  # the next call works again
    print("recovered", flush=True)
""")


#: What the frozen desk holds: the audit chain's lock (its anchor row), or the start-up's advisory lock.
CHAIN_LOCK = "SELECT 1 FROM audit_head WHERE id = 1 FOR UPDATE"
SEED_LOCK = f"SELECT pg_advisory_xact_lock({db.SEED_LOCK_KEY})"


def _holder(url: str, lock: str, env: dict[str, str]) -> subprocess.Popen:
    child = subprocess.Popen([sys.executable, "-c", HOLDER, url, lock, PASSWORD], cwd=ROOT, text=True,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             env={**os.environ, **env, "PYTHONPATH": str(ROOT)})
    line = child.stdout.readline()
    assert line.strip() == "locked", (line, child.stderr.read() if child.poll() is not None else "")
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:  # until it is really stopped
        with open(f"/proc/{child.pid}/stat") as f:
            if f.read().split(") ")[1].startswith("T"):
                return child
        time.sleep(0.05)
    raise AssertionError("the holder did not stop")


@pytest.fixture
def office_url(pg_database):
    d = Desk.open(pg_database)
    seed(d)
    d.close()
    return pg_database


def _timed(call) -> tuple[float, BaseException | None]:
    start = time.monotonic()
    try:
        call()
    except Exception as exc:  # noqa: BLE001 - the test looks at what it was
        return time.monotonic() - start, exc
    return time.monotonic() - start, None


def test_a_frozen_desk_holding_the_audit_chain_makes_others_wait_a_bounded_time(office_url, monkeypatch):
    monkeypatch.setenv("WHISTLE_DESK_LOCK_TIMEOUT", "1.5")
    desk = Desk.open(office_url)
    child = _holder(office_url, CHAIN_LOCK, {})
    try:
        took, error = _timed(lambda: desk.login("clerk", PASSWORD))  # a login writes to the audit chain
        assert isinstance(error, Busy), error
        assert 1.4 <= took < 5, took
        assert "另一台电脑正在处理同一份数据" in error.message
        print(f"login waited {took:.2f} s for the frozen desk, then: {error.message}")
    finally:
        child.kill()
        child.wait(10)
    took, error = _timed(lambda: desk.login("clerk", PASSWORD))  # the holder is gone: it works again
    assert error is None and took < 5
    assert desk.verify_audit().ok
    desk.close()


def test_a_desk_frozen_while_starting_keeps_no_other_desk_from_starting_for_long(office_url, monkeypatch):
    monkeypatch.setenv("WHISTLE_DESK_LOCK_TIMEOUT", "1.5")
    child = _holder(office_url, SEED_LOCK, {})
    try:
        took, error = _timed(lambda: Desk.open(office_url).close())
        assert isinstance(error, Busy) and 1.4 <= took < 5, (took, error)
    finally:
        child.kill()
        child.wait(10)
    took, error = _timed(lambda: Desk.open(office_url).close())
    assert error is None, error


def test_the_server_ends_a_frozen_transaction_and_the_frozen_desk_recovers(office_url, monkeypatch):
    monkeypatch.setenv("WHISTLE_DESK_LOCK_TIMEOUT", "8")
    desk = Desk.open(office_url)
    child = _holder(office_url, CHAIN_LOCK, {"WHISTLE_DESK_IDLE_IN_TRANSACTION_SESSION_TIMEOUT": "1"})
    try:
        # the server ends the frozen transaction after 1 s idle: the lock is free before our 8 s run out
        took, error = _timed(lambda: desk.login("clerk", PASSWORD))
        assert error is None and took < 6, (took, error)
        os.kill(child.pid, signal.SIGCONT)  # the laptop wakes up
        out, err = child.communicate(timeout=30)
        assert "after waking: Busy" in out and "recovered" in out, (out, err[-2000:])
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(10)
    assert desk.verify_audit().ok
    desk.close()
