"""After logging in, failing, locking out, changing and resetting passwords (through the façade and
the CLI), no password appears in plain text in the database file (with its -wal and -shm files), in
the log file, in captured log records or on the console."""
from __future__ import annotations

import io
import logging
from pathlib import Path

import pytest

from desk import Desk, FakeClock, cli, logs
from desk.errors import AuthError

from conftest import T0, TIME_TRAVEL

#: Distinctive, so that a match cannot be a coincidence.
SECRETS = {
    "first_admin": "Plain-Alpha-0815",
    "created": "Plain-Bravo-4711",
    "changed": "Plain-Charlie-2718",
    "reset": "Plain-Delta-3141",
    "cli_added": "Plain-Echo-1618",
    "cli_reset": "Plain-Foxtrot-1414",
    "wrong": "Plain-Golf-Wrong-9",
    "typed_as_name": "plain-hotel-name-7",  # a password typed into the username field
    "lock_screen_wrong": "Plain-India-6626",
}


@pytest.fixture
def logging_to(tmp_path):
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    engine_log = logging.getLogger("sqlalchemy.engine")
    engine_level = engine_log.level
    log_file = logs.setup_logging(logging.DEBUG, tmp_path / "logs")
    engine_log.setLevel(logging.INFO)  # every SQL statement and its parameters
    yield log_file
    engine_log.setLevel(engine_level)
    for h in root.handlers:
        if h not in handlers:
            root.removeHandler(h)
            h.close()
    root.setLevel(level)


def _every_password_step(url: str, monkeypatch) -> None:
    d = Desk.open(url, clock=FakeClock(T0))
    try:
        d.set_setting("clock_max_ahead", TIME_TRAVEL)  # the command line below runs on the real clock
        d.add_department("住建委")
        d.create_first_admin("chief", SECRETS["first_admin"], "主任")
        admin = d.login("chief", SECRETS["first_admin"])
        admin.create_user("zhang.wei", SECRETS["created"], "clerk", display_name="张伟")
        clerk = d.login("zhang.wei", SECRETS["created"])
        clerk.change_password(SECRETS["created"], SECRETS["changed"])
        for _ in range(5):
            with pytest.raises(AuthError):
                d.login("zhang.wei", SECRETS["wrong"])
        with pytest.raises(AuthError):
            d.login(SECRETS["typed_as_name"], SECRETS["changed"])
        admin.reset_password("zhang.wei", SECRETS["reset"], must_change_password=False)
        clerk = d.login("zhang.wei", SECRETS["reset"])
        with pytest.raises(AuthError):
            clerk.verify_password(SECRETS["lock_screen_wrong"])
        clerk.verify_password(SECRETS["reset"])
    finally:
        d.close()
    monkeypatch.setattr("sys.stdin", io.StringIO(SECRETS["cli_added"] + "\n"))
    assert cli.main(["--db", url, "user", "add", "li.na", "--role", "responder", "--department", "住建委"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO(SECRETS["cli_reset"] + "\n"))
    assert cli.main(["--db", url, "user", "reset-password", "li.na"]) == 0
    with Desk.open(url) as d:
        d.login("li.na", SECRETS["cli_reset"])


def _leaks(data: bytes) -> list[str]:
    found = []
    for name, secret in SECRETS.items():
        for encoded in (secret.encode("utf-8"), secret.encode("utf-16-le"), secret.lower().encode("utf-8")):
            if encoded in data:
                found.append(name)
    return found


def test_no_password_in_the_database_files_or_the_logs(tmp_path, logging_to, caplog, capsys, monkeypatch):
    caplog.set_level(logging.DEBUG)
    path = tmp_path / "scan.db"
    _every_password_step(f"sqlite:///{path}", monkeypatch)
    files = [p for p in tmp_path.iterdir() if p.name.startswith("scan.db")]  # scan.db, -wal, -shm
    assert path in files and path.stat().st_size > 0
    for f in files:
        assert _leaks(f.read_bytes()) == [], f
    log_files = list(Path(logging_to).parent.iterdir())
    assert log_files and sum(f.stat().st_size for f in log_files) > 0  # the SQL was logged
    for f in log_files:
        assert _leaks(f.read_bytes()) == [], f
    assert caplog.records and _leaks("\n".join(r.getMessage() for r in caplog.records).encode()) == []
    out, err = capsys.readouterr()
    assert _leaks((out + err).encode()) == []
    # The scan would have found them: the hashes are there, and the trail names what happened.
    with Desk.open(f"sqlite:///{path}") as d:
        trail = [(e.kind, e.subject) for e in d.login("chief", SECRETS["first_admin"]).audit_log()]
    assert ("password_change", "user:zhang.wei") in trail and ("account_locked", "user:zhang.wei") in trail
    assert ("login_failed", "user:（未知用户名）") in trail
