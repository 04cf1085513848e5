"""desk.logs: a rotating UTF-8 log in the log folder, no passwords in it, unhandled exceptions logged and shown."""
from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

import pytest

from desk import logs, paths


@pytest.fixture
def root_logging():
    """Leave the root logger as it was (setup_logging changes its handlers and level)."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield root
    for h in root.handlers:
        if h not in handlers:
            root.removeHandler(h)
            h.close()
    root.setLevel(level)
    logging.captureWarnings(False)


def read(path: Path) -> str:
    for h in logging.getLogger().handlers:
        h.flush()
    return path.read_text(encoding="utf-8")


def test_logs_go_to_the_platforms_log_folder_by_default(monkeypatch, tmp_path, root_logging):
    monkeypatch.setattr(paths, "log_dir", lambda: tmp_path / "state" / "log")
    path = logs.setup_logging()
    assert path == tmp_path / "state" / "log" / logs.LOG_FILE_NAME
    logging.getLogger("desk.test").info("已派单 %s", "2026-000123")
    text = read(path)
    assert "INFO" in text and "desk.test" in text and "已派单 2026-000123" in text
    assert text[:4].isdigit()  # starts with the time


def test_the_default_folder_is_platformdirs_user_log_dir():
    assert paths.log_dir().name.lower() in ("log", "logs", "whistledesk")
    assert "WhistleDesk" in str(paths.log_dir())


def test_a_second_setup_replaces_the_handler(tmp_path, root_logging):
    logs.setup_logging(log_dir=tmp_path / "a")
    path = logs.setup_logging(log_dir=tmp_path / "b", level="DEBUG")
    ours = [h for h in root_logging.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]
    assert len(ours) == 1 and Path(ours[0].baseFilename) == path
    assert root_logging.level == logging.DEBUG


def test_rotation_keeps_a_bounded_number_of_files(tmp_path, root_logging):
    path = logs.setup_logging(log_dir=tmp_path, max_bytes=2_000, backup_count=3)
    for i in range(200):
        logging.getLogger("desk.test").warning("第 %03d 行：%s", i, "x" * 40)
    read(path)
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == [logs.LOG_FILE_NAME, f"{logs.LOG_FILE_NAME}.1", f"{logs.LOG_FILE_NAME}.2",
                     f"{logs.LOG_FILE_NAME}.3"]
    assert all(p.stat().st_size <= 2_000 for p in tmp_path.iterdir())
    assert "第 199 行" in read(path)


def test_an_unwritable_folder_falls_back_to_the_temp_folder(tmp_path, root_logging):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    path = logs.setup_logging(log_dir=blocker / "log")
    assert path.parent != blocker / "log" and path.parent.is_dir()
    assert "not writable" in read(path)


@pytest.mark.parametrize(("text", "expected"), [
    ("postgresql+psycopg://desk:s3cret@db.local:5432/whistle",
     "postgresql+psycopg://desk:***@db.local:5432/whistle"),
    ("连接失败 postgresql://li.na:p@ss:w0rd@10.0.0.5/office 超时",
     "连接失败 postgresql://li.na:***@10.0.0.5/office 超时"),
    ("host=db port=5432 user=desk password=s3cret dbname=w", "host=db port=5432 user=desk password=*** dbname=w"),
    ("PGPASSWORD=s3cret psql", "PGPASSWORD=*** psql"),
    ("Desk.open(url, password='s3cret')", "Desk.open(url, password='***')"),
    ('{"user": "a", "password": "s3cret"}', '{"user": "a", "password": "***"}'),
    ("https://example.org/x?user=a&Password=s3cret&y=1", "https://example.org/x?user=a&Password=***&y=1"),
    ("hash $argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA, next", "hash $argon2***, next"),
    ("DETAIL:  Failing row contains (2, wang, $argon2id$v=19$x, t).\nHINT: x",
     "DETAIL:  Failing row contains ***\nHINT: x"),
    ("[SQL: INSERT …]\n[parameters: ('王芳', '13812345678')]\n(Background", "[SQL: INSERT …]\n[parameters: ***\n(Background"),
])
def test_redact(text, expected):
    assert logs.redact(text) == expected


@pytest.mark.parametrize("text", [
    "postgresql+psycopg://desk@db.local:5432/whistle", "postgresql://db.local:5432/whistle",
    "sqlite:///C:/Users/li/AppData/Local/WhistleDesk/whistle.db", "密码 password 太短", "",
])
def test_redact_leaves_harmless_text_alone(text):
    assert logs.redact(text) == text


def test_passwords_never_reach_the_log_file(tmp_path, root_logging):
    path = logs.setup_logging(log_dir=tmp_path)
    log = logging.getLogger("desk.db")
    log.error("cannot connect to %s", "postgresql+psycopg://desk:hunter2@db/whistle")
    log.warning("conninfo: host=db password=hunter2")
    try:
        raise ConnectionError("password authentication failed: postgresql://desk:hunter2@db/whistle")
    except ConnectionError:
        log.exception("opening failed")
    text = read(path)
    assert "hunter2" not in text
    assert "postgresql+psycopg://desk:***@db/whistle" in text and "password=***" in text
    assert "Traceback" in text and "ConnectionError" in text


def test_excepthook_logs_and_shows_details(tmp_path, root_logging):
    path = logs.setup_logging(log_dir=tmp_path)
    shown: list[str] = []
    uninstall = logs.install_excepthook(shown.append)
    try:
        try:
            raise ValueError("boom at postgresql://desk:hunter2@db/w")
        except ValueError:
            sys.excepthook(*sys.exc_info())
    finally:
        uninstall()
    details, = shown
    assert "Traceback" in details and "ValueError: boom" in details and "hunter2" not in details
    assert "Whistle Desk" in details and "Python" in details
    text = read(path)
    assert "CRITICAL" in text and "unhandled exception" in text and "ValueError: boom" in text
    assert "hunter2" not in text


def test_excepthook_of_other_threads(tmp_path, root_logging):
    path = logs.setup_logging(log_dir=tmp_path)
    shown: list[str] = []
    uninstall = logs.install_excepthook(shown.append)
    try:
        t = threading.Thread(target=lambda: 1 / 0, name="worker-7")
        t.start()
        t.join()
    finally:
        uninstall()
    details, = shown
    assert "ZeroDivisionError" in details and "worker-7" in details
    assert "unhandled exception in thread worker-7" in read(path)


def test_a_failing_show_is_logged_and_does_not_loop(tmp_path, root_logging):
    path = logs.setup_logging(log_dir=tmp_path)

    def broken(details: str) -> None:
        raise RuntimeError("dialog failed")

    uninstall = logs.install_excepthook(broken)
    try:
        try:
            raise KeyError("x")
        except KeyError:
            sys.excepthook(*sys.exc_info())
    finally:
        uninstall()
    text = read(path)
    assert "KeyError" in text and "showing the unhandled exception failed" in text and "dialog failed" in text


def test_keyboard_interrupt_goes_to_the_previous_hook(monkeypatch):
    seen = []
    monkeypatch.setattr(sys, "excepthook", lambda *a: seen.append(a[0]))
    shown: list[str] = []
    uninstall = logs.install_excepthook(shown.append)
    try:
        sys.excepthook(KeyboardInterrupt, KeyboardInterrupt(), None)
    finally:
        uninstall()
    assert seen == [KeyboardInterrupt] and shown == []


def test_uninstall_restores_the_hooks():
    before = sys.excepthook, threading.excepthook
    uninstall = logs.install_excepthook(None)
    assert sys.excepthook is not before[0]
    uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def test_a_refused_user_row_never_puts_its_hash_or_values_in_the_log(db_url, clock, tmp_path, root_logging,
                                                                       monkeypatch):
    """The database quotes a row it refuses (PostgreSQL: "Failing row contains (…)"), hash and all."""
    from desk import Desk
    from desk.accounts import service as accounts
    from desk.enums import Role
    from desk.errors import ConflictError

    path = logs.setup_logging(log_dir=tmp_path / "log")
    desk = Desk.open(db_url, clock=clock)
    try:
        desk.add_department("住建委")
        # Force a CHECK violation on a user row: a responder without a department, past the core's own check.
        monkeypatch.setattr(accounts, "department_field", lambda session, department, role: None)
        monkeypatch.setattr(accounts, "role_field", lambda role: Role.RESPONDER)
        with pytest.raises(ConflictError) as info:
            desk.add_user("wang.fang", "pass-word-1", "responder", display_name="王芳 13812345678")
        logging.getLogger("desk.test").error("the failure, as the GUI logs it", exc_info=info.value.__context__)
    finally:
        desk.close()
    text = read(path)
    assert "integrity error" in text and "responder_department" in text  # what went wrong is still there
    for secret in ("$argon2id$", "$argon2i$", "wang.fang", "13812345678"):
        assert secret not in text, secret
    assert desk.backend == "sqlite" or "Failing row contains ***" in text
