"""``whistle-desk selfcheck``: a headless check that an installation (or the frozen bundle) works.

``selfcheck(url)`` is the ``selfcheck`` entry point of the ``whistle_desk.gui`` group (the CLI
finds it there, so the core never imports Qt). It

1. starts Qt on the ``offscreen`` platform (unless ``QT_QPA_PLATFORM`` says otherwise), checks
   that Qt's Chinese translation and the platform's native window plugin are present;
2. with ``url`` (``--db``): opens that database (migrating it, as the app would) and reports its
   schema version; it adds nothing to it;
3. creates a fresh SQLite database in a temporary folder through ``Desk.open`` (migrations and
   the holiday calendar), adds a department, a category, a clerk with a random password and a
   ticket, and logs in;
4. builds the main window (``ui.mainwindow.build_main_window``) with settings in a temporary ini file,
   shows it offscreen, waits (bounded) until the first page of the table shows the ticket,
   grabs it to a PNG and checks the picture is not blank;
5. looks for the CJK font the PDF reports need.

The report is in English on purpose: it is a technical check for IT staff and CI logs, not part
of the translated interface (in ui/ every Chinese string goes through tr()). The sample data is
ASCII for the same reason; the window's own labels are Chinese.

It prints a short report and returns 0, or says which step failed and returns 1. The
screenshot is kept (its path is printed); the temporary database is deleted.
"""
from __future__ import annotations

import importlib.metadata
import os
import platform
import secrets
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

#: How long the main window may take to show its first page.
LOAD_TIMEOUT_S = 30.0
#: A real window is bigger than this, and has more colours than this.
MIN_SIZE = (400, 300)
MIN_COLOURS = 8


class CheckFailed(Exception):
    """A step found something wrong (the message says what)."""


def _version(dist: str, module: str | None = None) -> str:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        mod = sys.modules.get(module or dist.lower())
        return str(getattr(mod, "__version__", "?"))


def _intake_libraries(tmp: Path) -> str:
    """The 12345 import's, the repeat check's and the attachments' libraries work (in a bundle too): an .xlsx
    written and read back, two texts compared, a photo encoded as JPEG, the HEIC opener registered."""
    import io

    import pillow_heif
    import python_calamine
    import rapidfuzz
    import xlsxwriter
    from PIL import Image
    from rapidfuzz import fuzz

    path = tmp / "intake.xlsx"
    book = xlsxwriter.Workbook(str(path))
    book.add_worksheet().write_row(0, 0, ["number", "title"])
    book.close()
    rows = python_calamine.CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    if rows[0] != ["number", "title"]:
        raise CheckFailed(f"python-calamine read {rows[0]!r}")
    if fuzz.partial_ratio("lamp out", "the street lamp out for three days") != 100:
        raise CheckFailed("rapidfuzz compares texts wrongly")
    pillow_heif.register_heif_opener()
    Image.new("RGB", (4, 4), "red").save(io.BytesIO(), "JPEG")
    return (f"python-calamine {_version('python-calamine', 'python_calamine')}, rapidfuzz {rapidfuzz.__version__}, "
            f"Pillow {_version('Pillow', 'PIL')}, pillow-heif {_version('pillow-heif', 'pillow_heif')}: OK")


def _hide_password(url: str) -> str:
    from desk.logs import redact

    return redact(url)


def _choose_platform() -> None:
    """Offscreen unless the caller chose a platform (only effective before the QApplication exists)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _native_plugin() -> str:
    """The file of this OS's own Qt window plugin (what the real app uses); CheckFailed if missing."""
    from PySide6.QtCore import QLibraryInfo

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    stems = {"win32": ("qwindows",), "darwin": ("libqcocoa",)}.get(sys.platform, ("libqxcb", "libqwayland"))
    found = [p for p in folder.glob("*") if p.stem in stems or any(p.name.startswith(s + ".") for s in stems)]
    if not found:
        raise CheckFailed(f"native Qt platform plugin missing: {', '.join(stems)} in {folder}")
    return ", ".join(sorted(p.name for p in found))


def _qt_translation() -> str:
    from PySide6.QtCore import QLibraryInfo, QTranslator

    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    t = QTranslator()
    if not t.load("qtbase_zh_CN", folder):
        raise CheckFailed(f"Qt's Chinese translation qtbase_zh_CN.qm not found in {folder}")
    return str(Path(t.filePath()))


def _wait(condition: Callable[[], bool], timeout_s: float, what: str) -> None:
    from PySide6.QtCore import QCoreApplication, QThread

    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise CheckFailed(f"timed out after {timeout_s:.0f} s: {what}")
        QCoreApplication.processEvents()
        QThread.msleep(5)


def _row_texts(model: Any, row: int) -> list[str]:
    from PySide6.QtCore import Qt

    return [str(model.index(row, c).data(Qt.ItemDataRole.DisplayRole) or "") for c in range(model.columnCount())]


def _check_picture(image: Any) -> str:
    """Size and colour count of a grabbed window; CheckFailed if it looks blank."""
    w, h = image.width(), image.height()
    if w < MIN_SIZE[0] or h < MIN_SIZE[1]:
        raise CheckFailed(f"screenshot too small: {w}×{h}")
    colours = {image.pixel(x, y) for x in range(0, w, max(1, w // 64)) for y in range(0, h, max(1, h // 48))}
    if len(colours) < MIN_COLOURS:
        raise CheckFailed(f"screenshot looks blank: {len(colours)} colours")
    return f"{w}×{h}, {len(colours)} colours sampled"


def _app_icon() -> str:
    """The shipped app icon can be read (the .ico needs Qt's ico image plugin in the bundle)."""
    from PySide6.QtGui import QIcon

    from ui.app import RESOURCES

    path = RESOURCES / "app" / "whistle-desk.ico"
    sizes = sorted({s.width() for s in QIcon(str(path)).availableSizes()}) if path.is_file() else []
    if not sizes:
        raise CheckFailed(f"app icon missing or unreadable: {path}")
    return f"{path} ({', '.join(map(str, sizes))} px)"


def _action_icons() -> str:
    """Every action icon draws (the SVGs need Qt's svg plugin and the resources/icons folder in the bundle)."""
    from ui.common.icons import ICON_NAMES, render

    def blank(name: str) -> bool:
        image = render(name, 24).toImage()
        return all(image.pixelColor(x, y).alpha() == 0 for x in range(image.width()) for y in range(image.height()))

    missing = [name for name in ICON_NAMES if blank(name)]
    if missing:
        raise CheckFailed(f"action icons not drawn: {', '.join(missing)}")
    return f"{len(ICON_NAMES)} drawn"


def _keyring() -> str:
    """The keyring backends that work here (PostgreSQL passwords live there); CheckFailed on Windows
    without the Windows Credential Manager backend (a bundle that lost keyring's entry points)."""
    import keyring
    from keyring.backend import get_all_keyring

    declared = importlib.metadata.entry_points(group="keyring.backends")
    viable = sorted({f"{type(k).__module__.rsplit('.', 1)[-1]}.{type(k).__name__}" for k in get_all_keyring()})
    active = type(keyring.get_keyring())
    if sys.platform == "win32" and not any(n.startswith("Windows.") for n in viable):
        raise CheckFailed(f"no Windows Credential Manager keyring backend (declared: "
                          f"{', '.join(e.name for e in declared) or 'none'})")
    return (f"{active.__module__}.{active.__name__} active; {len(declared)} backends declared, "
            f"usable: {', '.join(viable) or 'none'}")


def _font() -> str:
    try:
        from reports.fonts import FontNotFound, find_cjk_font
    except Exception as exc:  # noqa: BLE001 - reportlab missing from the bundle
        raise CheckFailed(f"reports cannot be imported: {type(exc).__name__}: {exc}") from None
    try:
        choice = find_cjk_font()
    except FontNotFound:
        return "none found (PDF reports will not work until a .ttf/.ttc CJK font is configured)"
    return f"{choice.family} ({choice.source}) {choice.path}"


def _search_index(desk: Any) -> str:
    """The substring index search uses (SQLite: FTS5 trigram of the bundled library), or why there is none."""
    import sqlite3

    missing = desk.search_index_missing()
    kind = f"SQLite {sqlite3.sqlite_version} FTS5 trigram" if desk.backend == "sqlite" else "PostgreSQL pg_trgm"
    return f"{kind} index" if missing is None else f"NO substring index, search scans the tickets: {missing}"


def selfcheck(url: str | None = None) -> int:
    """Run the self-check (see the module doc); 0 when everything works, else 1."""
    lines: list[tuple[str, str]] = []
    started = time.perf_counter()

    def say(key: str, value: str) -> None:
        lines.append((key, value))
        print(f"{key:<12} {value}", flush=True)

    print("whistle-desk selfcheck", flush=True)
    tmp = Path(tempfile.mkdtemp(prefix="whistle-desk-selfcheck-"))
    step = "start"
    desk = window = None
    try:
        step = "versions"
        from desk import __version__

        say("version", f"whistle-desk {__version__}" + (" (frozen bundle)" if getattr(sys, "frozen", False) else ""))
        say("python", f"{platform.python_version()} on {platform.platform()}")

        step = "intake"
        say("intake", _intake_libraries(tmp))

        step = "Qt"
        _choose_platform()
        import PySide6
        from PySide6.QtCore import QSettings, qVersion
        from PySide6.QtWidgets import QApplication, QTableView

        from ui.app import make_application
        from ui.mainwindow import build_main_window

        app = QApplication.instance() or make_application()
        say("qt", f"Qt {qVersion()}, PySide6 {PySide6.__version__}, platform {QApplication.platformName()}")
        say("qt plugin", _native_plugin())
        say("qt zh_CN", _qt_translation())
        say("libraries", f"SQLAlchemy {_version('SQLAlchemy', 'sqlalchemy')}, alembic {_version('alembic')}, "
                         f"reportlab {_version('reportlab')}, keyring {_version('keyring')}, "
                         f"holidays {_version('holidays')}")

        from desk import Desk, db

        if url:
            step = "given database"
            given = Desk.open(url)
            try:
                say("given db", f"{given.location}: schema {db.current_revision(given.engine)}, "
                                f"{given.user_count()} user(s) (nothing was added)")
                say("given search", _search_index(given))
            finally:
                given.close()

        step = "database"
        t0 = time.perf_counter()
        path = tmp / "selfcheck.db"
        temp_url = f"sqlite:///{path.as_posix()}"
        desk = Desk.open(temp_url)
        head = db.head_revision()
        if db.current_revision(desk.engine) != head:
            raise CheckFailed(f"not migrated to head {head}")
        say("database", f"{_hide_password(desk.location)} (schema {head}, {time.perf_counter() - t0:.2f} s)")
        say("search", _search_index(desk))

        step = "accounts"
        dept = desk.add_department("Selfcheck department")
        desk.add_category("Selfcheck category", default_lead=dept.name)
        desk.add_community("Selfcheck")
        password = secrets.token_urlsafe(18)
        desk.add_user("selfcheck", password, "clerk", display_name="Selfcheck clerk")
        clerk = desk.login("selfcheck", password)
        ticket = clerk.create_ticket(
            title="Selfcheck ticket", description="Created by whistle-desk selfcheck.",
            category="Selfcheck category", urgency="routine", address="1 Selfcheck Road", community="Selfcheck",
            source="12345", reporter_name="Selfcheck", reporter_phone="13800000000")

        step = "main window"
        t0 = time.perf_counter()
        settings = QSettings(str(tmp / "whistle-desk.ini"), QSettings.Format.IniFormat)
        window = build_main_window(desk, clerk, settings)
        window.resize(1280, 800)
        window.show()
        model = window.model if hasattr(window, "model") else window.findChild(QTableView).model()

        def first_page_shown() -> bool:
            return model.rowCount() >= 1 and any(ticket.number in text for text in _row_texts(model, 0))

        _wait(first_page_shown, LOAD_TIMEOUT_S, "the first page of the ticket table")
        _wait(window.isVisible, 5, "the window to be shown")
        app.processEvents()
        say("window", f"first page with ticket {ticket.number} in {time.perf_counter() - t0:.2f} s")

        step = "screenshot"
        picture = window.grab()
        shot = tmp / "main-window.png"
        if not picture.save(str(shot), "PNG"):
            raise CheckFailed(f"could not write {shot}")
        say("screenshot", f"{shot} ({_check_picture(picture.toImage())}, {shot.stat().st_size // 1024} KiB)")

        step = "icon"
        say("icon", _app_icon())
        step = "action icons"
        say("actions", _action_icons())

        step = "keyring"
        say("keyring", _keyring())

        step = "font"
        say("font", _font())

        say("result", f"OK in {time.perf_counter() - started:.2f} s")
        return 0
    except Exception as exc:  # noqa: BLE001 - report every failure as text and exit 1
        detail = str(exc) if isinstance(exc, CheckFailed) else f"{type(exc).__name__}: {exc}"
        print(f"FAILED       {step}: {_hide_password(detail)}", file=sys.stderr, flush=True)
        if not isinstance(exc, CheckFailed):
            print(_hide_password("".join(traceback.format_exc())), file=sys.stderr, flush=True)
        return 1
    finally:
        _clean_up(window, desk, tmp)


def _clean_up(window: Any, desk: Any, tmp: Path) -> None:
    """Close the window, let background work finish, drop the database (the screenshot stays)."""
    try:
        if window is not None:
            from PySide6.QtCore import QCoreApplication

            from ui.common.ops import task_manager

            window.close()
            task_manager().wait_idle(10_000)
            window.deleteLater()
            QCoreApplication.processEvents()
    except Exception as exc:  # noqa: BLE001 - cleaning up must not hide the result
        print(f"warning      closing the window: {type(exc).__name__}: {exc}", file=sys.stderr)
    if desk is not None:
        desk.close()
    for p in tmp.iterdir():
        if p.suffix != ".png":
            if p.is_dir():
                shutil.rmtree(p, ignore_errors=True)
            else:
                try:
                    p.unlink()
                except OSError:
                    pass


__all__ = ["CheckFailed", "selfcheck"]
