"""Cold start (issue 14): each command imports only what it needs; checked in a fresh interpreter each time."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from desk import __version__, db

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("PySide6", "sqlalchemy", "alembic", "mako", "reportlab", "argon2", "models", "desk.facade")


def loaded_after(code: str, **env: str) -> dict:
    """Run ``code`` in a new interpreter; it prints what it likes as JSON, plus which heavy modules were loaded."""
    script = (f"import sys, json\n{code}\n"
              f"print(json.dumps({{'out': out, 'heavy': sorted({{m.split('.')[0] if m.split('.')[0] != 'desk' "
              f"else m for m in sys.modules}} & set({list(HEAVY)!r}))}}))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", **env})
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_version_imports_none_of_the_heavy_libraries():
    r = loaded_after("import io, contextlib\nfrom desk import cli\nbuf = io.StringIO()\n"
                     "with contextlib.redirect_stdout(buf):\n    code = cli.main(['--version'])\n"
                     "out = [code, buf.getvalue()]")
    assert r["out"] == [0, f"whistle-desk {__version__}\n"]
    assert r["heavy"] == []


def test_help_imports_none_of_the_heavy_libraries():
    r = loaded_after("import io, contextlib\nfrom desk import cli\nbuf = io.StringIO()\n"
                     "try:\n    with contextlib.redirect_stdout(buf):\n        cli.main(['--help'])\n"
                     "except SystemExit as exc:\n    code = exc.code\nout = [code, 'demo' in buf.getvalue()]")
    assert r["out"] == [0, True]
    assert r["heavy"] == []


def test_the_core_package_loads_its_facade_on_first_use():
    r = loaded_after("import desk\nbefore = 'desk.facade' in sys.modules\nfrom desk import Desk\n"
                     "out = [before, Desk.__module__, 'Desk' in dir(desk)]")
    assert r["out"] == [False, "desk.facade", True]


def test_opening_a_current_database_needs_neither_alembic_nor_an_argon2_hash(sqlite_template, tmp_path):
    path = tmp_path / "current.db"
    shutil.copy(sqlite_template, path)
    r = loaded_after(f"from desk import Desk\nd = Desk.open('sqlite:///{path}')\nd.close()\n"
                     "from desk.accounts import service\nout = service._dummy_hash")
    assert r["out"] is None  # the dummy hash of an unknown name's login is made when first needed
    assert "alembic" not in r["heavy"] and "mako" not in r["heavy"] and "PySide6" not in r["heavy"]


def test_a_new_database_is_still_migrated(tmp_path):
    r = loaded_after(f"from desk import Desk, db\nd = Desk.open('sqlite:///{tmp_path / 'new.db'}')\n"
                     "out = [db.current_revision(d.engine), db.head_revision()]\nd.close()")
    assert r["out"][0] == r["out"][1] and "alembic" in r["heavy"]


def test_the_head_read_from_the_files_is_alembics():
    from alembic.script import ScriptDirectory

    assert db.head_revision() == ScriptDirectory.from_config(db.alembic_config()).get_current_head()


def test_the_gui_shows_the_login_without_the_main_window_or_reportlab():
    r = loaded_after("import ui.app\nout = ['ui.mainwindow' in sys.modules, 'ui.reports.page' in sys.modules]")
    assert r["out"] == [False, False]
    assert "reportlab" not in r["heavy"] and "PySide6" in r["heavy"]
