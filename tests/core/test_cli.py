"""The command line, run in-process (and once as ``python -m desk``)."""
from __future__ import annotations

import importlib.metadata
import io
import subprocess
import sys

import pytest

from desk import Desk, __version__, cli, paths
from desk.errors import AuthError

PASSWORD = "secret-pass-1"


@pytest.fixture(autouse=True)
def no_env_db(monkeypatch):
    monkeypatch.delenv(cli.ENV_DB, raising=False)


@pytest.fixture
def new_file_url(tmp_path) -> str:
    """A database file that does not exist yet."""
    return f"sqlite:///{tmp_path / 'cli.db'}"


@pytest.fixture
def office_url(sqlite_url) -> str:
    """A migrated SQLite database with two departments and no users."""
    with Desk.open(sqlite_url) as d:
        d.add_department("城管执法队")
        d.add_department("住建委")
    return sqlite_url


def _users(url: str) -> int:
    with Desk.open(url) as d:
        return d.user_count()


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


# -- version and help ---------------------------------------------------------------------------
def test_version(capsys):
    assert cli.main(["--version"]) == 0  # answered before the parser is built
    assert capsys.readouterr().out.strip() == f"whistle-desk {__version__}"
    with pytest.raises(SystemExit) as exc:  # among other options: the parser's own --version
        cli.main(["--db", "sqlite:///x.db", "--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.strip() == f"whistle-desk {__version__}"


@pytest.mark.parametrize("words", [[], ["demo"], ["db"], ["db", "upgrade"], ["db", "current"], ["user"],
                                   ["user", "add"]])
def test_help_at_every_level(capsys, words):
    with pytest.raises(SystemExit) as exc:
        cli.main([*words, "--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"usage: whistle-desk {' '.join(words)}".rstrip())
    for cmd in cli.COMMANDS:
        if tuple(words) == cmd.path[:-1]:
            assert cmd.path[-1] in out, "a group's help lists its subcommands"


def test_a_group_without_its_subcommand_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exc:
        cli.main(["db"])
    assert exc.value.code == 2
    assert "usage: whistle-desk db" in capsys.readouterr().err


def test_the_parser_is_built_from_the_table():
    seen = set()
    for cmd in cli.COMMANDS:
        assert cmd.path not in seen
        seen.add(cmd.path)
    assert {("demo",), ("db", "upgrade"), ("db", "current"), ("user", "add")} <= seen


def test_python_dash_m_desk_version():
    out = subprocess.run([sys.executable, "-m", "desk", "--version"], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"whistle-desk {__version__}"


# -- choosing the database ----------------------------------------------------------------------
def test_database_url_comes_from_option_then_environment_then_default(monkeypatch, tmp_path):
    monkeypatch.setattr(paths, "data_dir", lambda: tmp_path / "data")
    assert cli.resolve_db_url(None) == f"sqlite:///{(tmp_path / 'data' / 'whistle.db').as_posix()}"
    monkeypatch.setenv(cli.ENV_DB, "sqlite:///from-env.db")
    assert cli.resolve_db_url(None) == "sqlite:///from-env.db"
    assert cli.resolve_db_url("sqlite:///from-option.db") == "sqlite:///from-option.db"


def test_default_paths_live_in_the_user_data_folder():
    assert paths.default_db_path().name == "whistle.db"
    assert paths.default_db_path().parent == paths.data_dir()
    assert "WhistleDesk" in str(paths.data_dir()) and "WhistleDesk" in str(paths.log_dir())
    assert paths.default_db_url().startswith("sqlite:///")


# -- db upgrade / db current ------------------------------------------------------------------------
def test_db_current_and_upgrade(capsys, new_file_url, tmp_path):
    assert cli.main(["--db", new_file_url, "db", "current"]) == 0
    out = capsys.readouterr().out
    assert "尚不存在" in out and "head" in out
    assert not (tmp_path / "cli.db").exists(), "db current never creates the file"

    assert cli.main(["--db", new_file_url, "db", "upgrade"]) == 0
    assert "已升级" in capsys.readouterr().out
    assert cli.main(["db", "current", "--db", new_file_url]) == 0  # --db also after the subcommand
    out = capsys.readouterr().out
    assert "已是最新" in out
    from desk import db

    assert f"current：{db.head_revision()}" in out
    assert cli.main(["--db", new_file_url, "db", "upgrade"]) == 0
    assert "已是最新版本" in capsys.readouterr().out


def test_db_current_of_an_empty_file_says_it_needs_upgrading(capsys, tmp_path):
    path = tmp_path / "empty.db"
    path.touch()
    assert cli.main(["--db", f"sqlite:///{path}", "db", "current"]) == 0
    assert "需要升级" in capsys.readouterr().out


def test_environment_variable_chooses_the_database(capsys, monkeypatch, new_file_url):
    monkeypatch.setenv(cli.ENV_DB, new_file_url)
    assert cli.main(["db", "upgrade"]) == 0
    assert new_file_url in capsys.readouterr().out


def test_unreachable_server_is_an_error_not_a_traceback(capsys):
    rc = cli.main(["--db", "postgresql://nobody:topsecret@127.0.0.1:1/none", "db", "current"])
    assert rc == 1
    captured = capsys.readouterr()
    assert captured.err.startswith("错误：")
    assert "Traceback" not in captured.err and "topsecret" not in captured.err + captured.out


# -- user add ----------------------------------------------------------------------------------------
def test_user_add_reads_the_password_from_stdin(capsys, monkeypatch, office_url):
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
    rc = cli.main(["--db", office_url, "user", "add", "li.na", "--role", "responder", "--department", "城管执法队",
                   "--display-name", "李娜"])
    assert rc == 0
    captured = capsys.readouterr()
    assert "li.na" in captured.out and "城管执法队" in captured.out
    assert PASSWORD not in captured.out + captured.err
    with Desk.open(office_url) as d:
        u = d.login("li.na", PASSWORD)
        assert (u.info.display_name, u.info.role, u.info.department) == ("李娜", "responder", "城管执法队")
        with pytest.raises(AuthError):
            d.login("li.na", PASSWORD + "\n")


def test_user_add_asks_twice_on_a_terminal(capsys, monkeypatch, office_url):
    monkeypatch.setattr(sys, "stdin", _Tty())
    answers = iter([PASSWORD, PASSWORD])
    prompts = []
    monkeypatch.setattr("getpass.getpass", lambda prompt="": prompts.append(prompt) or next(answers))
    assert cli.main(["--db", office_url, "user", "add", "zhang.wei", "--role", "clerk"]) == 0
    assert len(prompts) == 2
    with Desk.open(office_url) as d:
        assert d.login("zhang.wei", PASSWORD).info.role == "clerk"


def test_user_add_mismatched_passwords(capsys, monkeypatch, office_url):
    monkeypatch.setattr(sys, "stdin", _Tty())
    answers = iter([PASSWORD, PASSWORD + "x"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    assert cli.main(["--db", office_url, "user", "add", "zhang.wei", "--role", "clerk"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("错误：") and "不一致" in err and PASSWORD not in err
    assert _users(office_url) == 0


@pytest.mark.parametrize("args, stdin, field", [
    (["li.na", "--role", "responder", "--department", "外星事务办"], PASSWORD, "--department"),
    (["li.na", "--role", "responder"], PASSWORD, "--department"),
    (["li.na", "--role", "clerk"], "short", "password"),
    (["Li Na", "--role", "clerk"], PASSWORD, "USERNAME"),
    (["li.na", "--role", "clerk"], "", "password"),
])
def test_user_add_bad_input(capsys, monkeypatch, office_url, args, stdin, field):
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin + ("\n" if stdin else "")))
    assert cli.main(["--db", office_url, "user", "add", *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith("错误：") and field in err and "Traceback" not in err
    assert _users(office_url) == 0


def test_user_add_bad_role_is_a_usage_error(capsys, monkeypatch, office_url):
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
    with pytest.raises(SystemExit) as exc:
        cli.main(["--db", office_url, "user", "add", "li.na", "--role", "mayor"])
    assert exc.value.code == 2
    assert "mayor" in capsys.readouterr().err
    assert _users(office_url) == 0


def test_user_add_twice(capsys, monkeypatch, office_url):
    for expected in (0, 2):
        monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
        assert cli.main(["--db", office_url, "user", "add", "zhang.wei", "--role", "clerk"]) == expected
    assert "已存在" in capsys.readouterr().err
    assert _users(office_url) == 1


# -- demo -------------------------------------------------------------------------------------------
def test_demo_fills_an_empty_database_once(capsys, new_file_url):
    assert cli.main(["--db", new_file_url, "demo", "--tickets", "40", "--seed", "3", "--if-empty"]) == 0
    out = capsys.readouterr().out
    from desk import demo

    users = demo.demo_users(3)
    for u in users:
        assert u.username in out and u.password in out, "every demo user is printed with the password"
    with Desk.open(new_file_url) as d:
        assert d.ticket_count() == 40
        assert d.login(users[0].username, users[0].password).info.username == users[0].username

    # The README's start command: quietly nothing the second time.
    assert cli.main(["--db", new_file_url, "demo", "--if-empty"]) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == ""
    # Without --if-empty it refuses, and says why.
    assert cli.main(["--db", new_file_url, "demo", "--tickets", "5"]) == 1
    assert "已有用户或工单" in capsys.readouterr().err
    with Desk.open(new_file_url) as d:
        assert d.ticket_count() == 40


def test_demo_skips_a_database_with_real_users(capsys, monkeypatch, office_url):
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
    assert cli.main(["--db", office_url, "user", "add", "zhang.wei", "--role", "clerk"]) == 0
    capsys.readouterr()
    assert cli.main(["--db", office_url, "demo", "--if-empty"]) == 0
    assert capsys.readouterr().out == ""
    with Desk.open(office_url) as d:
        assert d.ticket_count() == 0


@pytest.mark.parametrize("tickets", ["-5", "many"])
def test_demo_bad_ticket_count(capsys, new_file_url, tickets):
    with pytest.raises(SystemExit) as exc:
        cli.main(["--db", new_file_url, "demo", "--tickets", tickets])
    assert exc.value.code == 2
    assert "--tickets" in capsys.readouterr().err


# -- the GUI --------------------------------------------------------------------------------------
class _EntryPoint:
    def __init__(self, name, target=None, error=None):
        self.name = name
        self._target = target
        self._error = error

    def load(self):
        if self._error is not None:
            raise self._error
        return self._target


def test_no_subcommand_opens_the_gui_through_the_entry_point(monkeypatch, tmp_path):
    calls = []

    def fake_run(url: str) -> int:
        calls.append(url)
        return 7

    def entry_points(group):
        assert group == "whistle_desk.gui"
        return [_EntryPoint("other", lambda url: 99), _EntryPoint("qt", fake_run)]

    monkeypatch.setattr(importlib.metadata, "entry_points", entry_points)
    assert cli.main(["--db", "sqlite:///somewhere.db"]) == 7
    assert calls == ["sqlite:///somewhere.db"]

    monkeypatch.setattr(paths, "data_dir", lambda: tmp_path)
    assert cli.main([]) == 7
    assert calls[-1] == f"sqlite:///{(tmp_path / 'whistle.db').as_posix()}"


def test_the_real_entry_point_is_declared():
    names = {e.name for e in importlib.metadata.entry_points(group="whistle_desk.gui")}
    assert "qt" in names


def test_no_gui_installed(capsys, monkeypatch):
    monkeypatch.setattr(importlib.metadata, "entry_points", lambda group: [])
    assert cli.main(["--db", "sqlite:///x.db"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("错误：") and "whistle_desk.gui" in err


def test_gui_that_cannot_load(capsys, monkeypatch):
    broken = _EntryPoint("qt", error=ImportError("libEGL.so.1: cannot open shared object file"))
    monkeypatch.setattr(importlib.metadata, "entry_points", lambda group: [broken])
    assert cli.main(["--db", "sqlite:///x.db"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("错误：") and "libEGL" in err and "Traceback" not in err
