"""Every command-line failure is one line, ``错误：…``, with exit code 1 or 2: never a traceback.

Run as a person runs it (``python -m desk`` in a child process), so that undecodable bytes reach the program the
way a shell passes them (as lone surrogates) and a piped password arrives as bytes.
"""
from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desk import cli

UNDECODABLE = b"\xff\xfe"


def _run(args: list[bytes | str], *, stdin: bytes = b"", env: dict[str, str] | None = None):
    argv = [sys.executable, "-m", "desk", *(a if isinstance(a, bytes) else a.encode() for a in args)]
    done = subprocess.run(argv, input=stdin, capture_output=True, timeout=120,
                          env={**os.environ, "PYTHONIOENCODING": "", **(env or {})})
    return done.returncode, done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace")


@pytest.fixture
def office(tmp_path, sqlite_template):
    """A migrated database (the cases below must fail before or without changing it) and a plain file."""
    path = tmp_path / "office.db"
    path.write_bytes(sqlite_template.read_bytes())
    (tmp_path / "a-file").write_text("not a folder")
    return tmp_path


CASES = {
    # name: (arguments, piped standard input, exit code, words the one line must hold)
    "name not UTF-8": (["user", "disable", b"zhang" + UNDECODABLE], b"", 2, "不是有效的 UTF-8"),
    "display name not UTF-8": (["user", "add", "zhao.min", "--role", "clerk", "--display-name", UNDECODABLE],
                               b"pass-word-1\n", 2, "不是有效的 UTF-8"),
    "piped password not UTF-8": (["user", "add", "zhao.min", "--role", "clerk"], b"pass" + UNDECODABLE + b"-word\n",
                                 2, "密码"),
    "piped new password not UTF-8": (["user", "reset-password", "admin", "--temporary"], UNDECODABLE + b"\n", 2, "密码"),
    "export into a folder": (["export", "--out", "{dir}"], b"", 2, "是一个文件夹"),
    "export where nothing can be written": (["export", "--out", "/proc/dispatches.csv"], b"", 1, "无法读写文件"),
    "export under a file": (["export", "--out", "{dir}/a-file/x.csv"], b"", 2, "不存在"),
    "report into a folder": (["report", "--week", "2026-W47", "--out", "{dir}"], b"", 2, "是一个文件夹"),
    "figures into a folder": (["report", "--week", "2026-W47", "--out", "{dir}/r.pdf", "--json", "{dir}"], b"", 2,
                              "是一个文件夹"),
    "figures where nothing can be written": (["report", "--week", "2026-W47", "--out", "{dir}/r.pdf", "--json",
                                              "/proc/figures.json"], b"", 1, "无法读写文件"),
    "a MySQL database": (["--db", "mysql://u@localhost/whistle", "sweep"], b"", 1, "不支持这种数据库"),
    "a SQLite file under a file": (["--db", "sqlite:///{dir}/a-file/x.db", "sweep"], b"", 1, "同名的文件已存在"),
    "a SQLite file in /proc": (["--db", "sqlite:////proc/whistle.db", "sweep"], b"", 1, "无法打开数据库文件"),
    "a SQLite folder in /proc": (["--db", "sqlite:////proc/whistle/x.db", "sweep"], b"", 1, "无法创建数据库文件"),
    "a SQLite path not UTF-8": ([b"--db", b"sqlite:////tmp/" + UNDECODABLE + b".db", b"sweep"], b"", 2, "UTF-8"),
    "a forecast in year 1": (["sweep", "--dry-run", "--at", "0001-01-01T00:00"], b"", 2, "超出范围"),
}


@pytest.mark.parametrize("case", CASES)
def test_a_failure_is_one_line_and_an_exit_code(case, office):
    args, stdin, code, words = CASES[case]
    args = [a.replace("{dir}", str(office)) if isinstance(a, str) else a for a in args]
    db = [] if "--db" in args or b"--db" in args else ["--db", f"sqlite:///{office / 'office.db'}"]
    before = (office / "office.db").read_bytes()
    returncode, out, err = _run([*db, *args], stdin=stdin)
    assert (returncode, words in err) == (code, True), err
    assert err.startswith("错误：") and err.count("\n") == 1 and "Traceback" not in out + err, err
    assert (office / "office.db").read_bytes() == before  # nothing written


def test_an_unforeseen_failure_is_one_line_and_the_traceback_is_in_the_log(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    root = logging.getLogger()
    handlers = list(root.handlers)

    def broken(url):
        raise RuntimeError("a bug nobody foresaw")

    monkeypatch.setattr(cli, "_open_desk", broken)
    try:
        code = cli.main(["--db", f"sqlite:///{tmp_path / 'x.db'}", "sweep"])
    finally:
        for h in root.handlers[:]:
            if h not in handlers:
                root.removeHandler(h)
                h.close()
    err = capsys.readouterr().err
    assert code == 1 and err.startswith("错误：意外的错误（RuntimeError）") and err.count("\n") == 1, err
    logs = list(Path(tmp_path / "state").rglob("whistle-desk.log"))
    assert logs and "Traceback" in logs[0].read_text() and "a bug nobody foresaw" in logs[0].read_text()
    assert "Traceback" not in err
