"""Packaging checks that run with the normal suite (no PyInstaller build, no Windows):
the spec ships what the frozen app loads at run time, the Inno Setup script has the directives
the installer must have, the self-check works from source, and the icon files exist.

The real build is installer/smoke_test.sh (Linux) and .github/workflows/windows.yml (Windows).
"""
from __future__ import annotations

import ast
import importlib.metadata
import re
import shutil
import struct
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from desk import __version__

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
SPEC = INSTALLER / "whistle-desk.spec"
ISS = INSTALLER / "whistle-desk.iss"
APP_ICONS = ROOT / "resources" / "app"


def pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


# -- the PyInstaller spec -------------------------------------------------------------------------
@pytest.fixture(scope="module")
def spec_text() -> str:
    return SPEC.read_text(encoding="utf-8")


def string_constants(text: str) -> set[str]:
    return {n.value for n in ast.walk(ast.parse(text)) if isinstance(n, ast.Constant) and isinstance(n.value, str)}


def test_spec_is_python(spec_text):
    ast.parse(spec_text)


def test_spec_ships_the_migrations_as_source_where_alembic_config_looks(spec_text):
    strings = string_constants(spec_text)
    # desk.db.alembic_config(): importlib.resources.files("models") / "alembic.ini" and / "migrations"
    assert {"alembic.ini", "script.py.mako", "env.py", "models", "models/migrations",
            "models/migrations/versions"} <= strings
    assert '.glob("*.py")' in spec_text  # every migration file, also future ones
    assert list((ROOT / "models" / "migrations" / "versions").glob("*.py"))
    # and what the migration files import, found from their source
    assert "_imports_of" in spec_text and '"alembic.op"' in spec_text


def test_spec_hidden_imports(spec_text):
    strings = string_constants(spec_text)
    for module in ("sqlalchemy.dialects.sqlite", "sqlalchemy.dialects.postgresql.psycopg", "psycopg_binary",
                   "holidays.countries.china", "tzdata", "argon2", "platformdirs", "alembic.ddl.postgresql",
                   "PySide6.QtPdf", "PySide6.QtPdfWidgets", "PySide6.QtPrintSupport"):
        assert module in strings, module
    assert 'collect_submodules("keyring.backends")' in spec_text
    assert 'collect_submodules("win32ctypes")' in spec_text  # WinVaultKeyring's dependency on Windows
    for package in ("desk", "ui", "models", "reports"):
        assert f'collect_submodules("{package}")' in spec_text  # ui only reachable through entry points


def test_spec_copies_the_entry_point_metadata(spec_text):
    assert 'copy_metadata("whistle-desk")' in spec_text  # desk.cli.find_gui() -> entry_points()
    assert 'copy_metadata("keyring")' in spec_text  # keyring finds its backends by entry points
    eps = {(ep.group, ep.name, ep.value) for ep in importlib.metadata.distribution("whistle-desk").entry_points}
    assert ("whistle_desk.gui", "selfcheck", "ui.selfcheck:selfcheck") in eps
    assert ("whistle_desk.gui", "qt", "ui.app:run") in eps


def test_spec_keeps_qt_chinese_translations_and_resources(spec_text):
    assert "zh_CN|en" in spec_text
    strings = string_constants(spec_text)
    assert {".qm", ".ttc", ".ico", ".png", ".svg"} <= strings
    assert "QtWebEngineCore" in spec_text and "QtQuick" in spec_text  # excluded


def spec_assignment(spec_text: str, name: str) -> ast.expr:
    return next(n.value for n in ast.walk(ast.parse(spec_text))
                if isinstance(n, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in n.targets))


def test_spec_ships_the_action_icons_and_qt_svg_plugins(spec_text):
    # every file of resources/icons (SVGs, LICENSE.txt, README.md) has a suffix the spec copies, recursively
    suffixes = ast.literal_eval(spec_assignment(spec_text, "RESOURCE_SUFFIXES"))
    icon_files = list((ROOT / "resources" / "icons").iterdir())
    assert len(icon_files) > 30 and {p.suffix.lower() for p in icon_files} <= suffixes
    assert '(ROOT / "resources").rglob("*")' in spec_text
    # ui.common.icons draws with QtSvg; Qt's SVG image-format and icon-engine plugins must survive the plugin pruning
    assert "PySide6.QtSvg" in string_constants(spec_text)
    drop = re.compile(spec_assignment(spec_text, "DROP_PLUGINS").args[0].value)
    for kept in ("PySide6/Qt/plugins/imageformats/libqsvg.so", "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
                 "PySide6/plugins/imageformats/qsvg.dll", "PySide6/plugins/iconengines/qsvgicon.dll"):
        assert not drop.search(kept), kept
    assert drop.search("PySide6/Qt/plugins/imageformats/libqtiff.so")


def test_spec_version_matches_the_package():
    assert pyproject()["project"]["version"] == __version__


def test_spec_entry_script_and_two_executables(spec_text):
    assert (INSTALLER / "launch.py").is_file()
    assert '_exe(APP_NAME, console=not WINDOWS)' in spec_text and '_exe("whistle-desk", console=True)' in spec_text
    assert "COLLECT(" in spec_text and "onefile" not in spec_text.lower().replace("onefile)", "")


def test_build_script_prints_the_package_version():
    out = subprocess.run([sys.executable, str(INSTALLER / "build.py"), "--version-only"], capture_output=True,
                         text=True, check=True)
    assert out.stdout.strip() == __version__


def test_smoke_test_script_is_valid_bash():
    script = INSTALLER / "smoke_test.sh"
    assert script.stat().st_mode & 0o111, "smoke_test.sh must be executable"
    bash = shutil.which("bash")
    if bash:
        subprocess.run([bash, "-n", str(script)], check=True)


# -- the Inno Setup script ----------------------------------------------------------------------------
@pytest.fixture(scope="module")
def iss() -> str:
    raw = ISS.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 with BOM (Inno Setup before 6.3 needs it)"
    return raw.decode("utf-8-sig")


def directives(iss: str) -> dict[str, str]:
    out: dict[str, str] = {}
    section = ""
    for line in iss.splitlines():
        line = line.strip()
        if line.startswith("[") and line.endswith("]"):
            section = line
        elif section == "[Setup]" and "=" in line and not line.startswith((";", "#")):
            key, value = line.split("=", 1)
            out[key.strip()] = value.strip()
    return out


def section(iss: str, name: str) -> list[str]:
    lines, inside = [], False
    for line in iss.splitlines():
        s = line.strip()
        if s.startswith("[") and s.endswith("]"):
            inside = s == f"[{name}]"
        elif inside and s and not s.startswith(";"):
            lines.append(s)
    return lines


def test_iss_setup_directives(iss):
    d = directives(iss)
    assert re.fullmatch(r"\{\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}", d["AppId"])
    assert d["AppName"] == "{#AppNameZh} {#AppNameEn}"
    assert '#define AppNameZh "吹哨报到工作台"' in iss and '#define AppNameEn "Whistle Desk"' in iss
    assert d["AppVersion"] == "{#AppVersion}"
    assert d["PrivilegesRequired"] == "admin"
    assert d["PrivilegesRequiredOverridesAllowed"] == "dialog"
    assert d["DefaultDirName"].startswith("{autopf}\\")
    assert d["UsePreviousAppDir"] == "yes"
    assert d["CloseApplications"] == "yes"
    assert d["SetupIconFile"].endswith("whistle-desk.ico")
    assert (ISS.parent / d["SetupIconFile"].replace("\\", "/")).resolve().is_file()


def test_iss_version_comes_from_the_build(iss):
    assert re.search(r"^#ifndef AppVersion\s*$\s*#error", iss, re.MULTILINE)
    ps1 = (INSTALLER / "build_windows.ps1").read_text(encoding="utf-8")
    assert "/DAppVersion=$version" in ps1 and "--version-only" in ps1


def test_iss_languages_english_and_chinese_when_available(iss):
    langs = section(iss, "Languages")
    assert any("compiler:Default.isl" in line for line in langs)
    assert any("chinesesimplified" in line and "{#ChineseIsl}" in line for line in langs)
    assert "ChineseSimplified.isl" in iss and "unofficial" in iss


def test_iss_shortcuts(iss):
    icons = section(iss, "Icons")
    assert any(line.startswith('Name: "{autoprograms}') for line in icons)
    assert any(line.startswith('Name: "{autodesktop}') and "Tasks: desktopicon" in line for line in icons)
    assert any('Name: "desktopicon"' in line for line in section(iss, "Tasks"))


def test_iss_never_deletes_user_data(iss):
    user_areas = ("{localappdata}", "{userappdata}", "{commonappdata}", "{autoappdata}", "{userdocs}", "HKCU")
    for name in ("UninstallDelete", "InstallDelete", "UninstallRun", "Registry", "Code"):
        for line in section(iss, name):
            assert not any(area.lower() in line.lower() for area in user_areas), line
    for line in section(iss, "UninstallDelete") + section(iss, "InstallDelete"):
        assert re.search(r'Name: "\{app\}', line), f"deletes outside the install folder: {line}"


def test_iss_not_executed_here_is_said(iss):
    assert "NOT EXECUTED HERE" in iss
    assert "NOT EXECUTED HERE" in (ROOT / ".github" / "workflows" / "windows.yml").read_text(encoding="utf-8")
    assert "NOT EXECUTED HERE" in (INSTALLER / "build_windows.ps1").read_text(encoding="utf-8")


def test_windows_workflow_builds_checks_and_uploads():
    text = (ROOT / ".github" / "workflows" / "windows.yml").read_text(encoding="utf-8")
    for needle in ("runs-on: windows-latest", 'python-version: "3.11"', "choco install innosetup",
                   "build_windows.ps1", "actions/upload-artifact", "/CURRENTUSER", "unins000.exe"):
        assert needle in text, needle


# -- icons ----------------------------------------------------------------------------------------------
def test_app_icon_files():
    svg = (APP_ICONS / "whistle-desk.svg").read_text(encoding="utf-8")
    assert "<svg" in svg and 'viewBox="0 0 256 256"' in svg
    png = (APP_ICONS / "whistle-desk.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", png[16:24]) == (256, 256)
    ico = (APP_ICONS / "whistle-desk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 5
    sizes = {ico[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sizes


# -- the self-check from source -------------------------------------------------------------------------
def test_selfcheck_from_source(qapp, capsys, artifacts):
    from ui.selfcheck import selfcheck

    assert selfcheck(None) == 0
    out = capsys.readouterr().out
    assert "result       OK" in out
    assert "qt zh_CN" in out and "qtbase_zh_CN.qm" in out
    assert "first page with ticket" in out
    assert re.search(r"^search\s+SQLite 3\.\d+\.\d+ FTS5 trigram index$", out, re.MULTILINE)  # this Python's SQLite
    assert re.search(r"^actions\s+\d+ drawn$", out, re.MULTILINE)
    shot = Path(re.search(r"^screenshot\s+(\S+\.png)", out, re.MULTILINE).group(1))
    assert shot.is_file() and shot.stat().st_size > 5_000
    assert not list(shot.parent.glob("*.db*"))  # the temporary database is gone, the picture stays
    shutil.copy(shot, artifacts / "selfcheck-main-window.png")
    shutil.rmtree(shot.parent, ignore_errors=True)


def test_selfcheck_fails_when_an_action_icon_does_not_draw(qapp, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPixmap

    import ui.common.icons
    import ui.selfcheck as sc

    real = ui.common.icons.render

    def render(name, size, *args, **kwargs):
        if name != "whistle":
            return real(name, size, *args, **kwargs)
        empty = QPixmap(size, size)  # what a bundle without Qt's svg plugin draws
        empty.fill(Qt.GlobalColor.transparent)
        return empty

    monkeypatch.setattr(ui.common.icons, "render", render)
    with pytest.raises(sc.CheckFailed, match="whistle"):
        sc._action_icons()


def test_selfcheck_reports_a_failure_as_text(qapp, capsys, monkeypatch):
    import ui.selfcheck as sc
    from desk import Desk

    def broken(url, **kw):
        raise RuntimeError("disk on fire at postgresql://u:hunter2@h/d")

    monkeypatch.setattr(Desk, "open", staticmethod(broken))
    assert sc.selfcheck(None) == 1
    err = capsys.readouterr().err
    assert "FAILED       database: RuntimeError: disk on fire" in err
    assert "hunter2" not in err
