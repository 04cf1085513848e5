"""The GUI entry point: ``run(url)`` (called by the CLI through the ``whistle_desk.gui`` entry point)."""
from __future__ import annotations

import importlib
import logging
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QObject, QSettings, Qt, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from desk import ActingUser, Desk, paths
from desk.errors import DatabaseUnavailable, DeskError
from ui.admin.accounts import ChangePasswordDialog
from ui.common.crash import install_crash_handling
from ui.common.i18n import current_language, install_language, saved_choice
from ui.common.notify import app_icon
from ui.common.ops import task_manager
from ui.setup import connection
from ui.setup.login import LoginDialog
from ui.setup.wizard import needs_first_run, run_first_run

if TYPE_CHECKING:
    from ui.mainwindow import MainWindow

log = logging.getLogger(__name__)

ORGANIZATION = "WhistleDesk"
APPLICATION = "whistle-desk"
RESOURCES = Path(__file__).resolve().parent.parent / "resources"
#: Every installed translator: a QTranslator that is garbage-collected silently stops translating.
_translators: list[QTranslator] = []
translate = QCoreApplication.translate


def install_translators(app: QCoreApplication, language: str = "zh_CN") -> list[QTranslator]:
    """Qt's own strings (standard buttons, dialogs) in ``language``, plus ours when a .qm exists."""
    candidates = [
        (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        (f"whistle_desk_{language}", str(RESOURCES / "translations")),
    ]
    for name, directory in candidates:
        t = QTranslator(app)
        if t.load(name, directory):
            app.installTranslator(t)
            _translators.append(t)
        else:
            log.debug("no translation %s in %s", name, directory)
    return _translators


def qt_binding_problem() -> str | None:
    """A known-broken Qt binding for this Python, described for the user (None when fine).

    The PySide6 6.12.0 wheel drops references to None, True and False (every void call, every
    signal emit). Python 3.12+ makes those objects immortal, so nothing happens there; on 3.11
    the interpreter aborts with "deallocating None" after a few minutes of use.
    """
    import PySide6

    if sys.version_info < (3, 12) and PySide6.__version__ == "6.12.0":
        return translate("app", "当前的 PySide6 6.12.0 在 Python 3.11 上会导致程序崩溃。"
                                "请安装 PySide6 6.11 版本，或改用 Python 3.12 及以上版本。")
    return None


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    # Settings in an .ini file in the user's AppData (Windows' default would be the registry).
    ini = QtCore.QSettings.Format.IniFormat  # (QtCore's: tests replace this module's QSettings)
    QtCore.QSettings.setDefaultFormat(ini)
    QtCore.QSettings.setPath(ini, QtCore.QSettings.Scope.UserScope, str(paths.settings_dir()))
    app.setWindowIcon(app_icon())
    if current_language() is None:
        # The language chosen in 查看 → 语言, else the system's; also Qt's own strings, QLocale and the name.
        install_language(app, saved_choice(), remember=False)
    return app


def open_desk(url: str, parent: QWidget | None = None, settings: QSettings | None = None) -> Desk | None:
    """``Desk.open(url)`` (creating and migrating the database), or None after telling the user why not.

    With ``settings``, an unreachable database is not the end: the user may 重试, change the 连接设置
    (saved in ``settings``; the password in the keyring) or 退出.
    """
    while True:
        unavailable: DatabaseUnavailable | None = None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return Desk.open(url)
        except DatabaseUnavailable as exc:
            unavailable = exc
            message = exc.message
        except DeskError as exc:
            message = exc.message
        except Exception:  # noqa: BLE001 - never a traceback in the user's face
            log.exception("opening the database failed")
            message = translate("app", "打开数据库时发生意外错误，详细信息已写入日志。请检查数据库地址或联系管理员。")
        finally:
            QApplication.restoreOverrideCursor()
        if unavailable is None or settings is None:
            QMessageBox.critical(parent, translate("app", "无法打开数据库"), message)
            return None
        log.warning("database unavailable at start: %s", message)
        choice = connection.ask_unreachable(message, parent)
        if choice == "retry":
            continue
        if choice == "settings":
            url = connection.edit_connection(parent, settings, url) or url
            continue
        return None


# Start-up (issue 14): this module imports what the login needs (the dialogs and the core). The main window's
# modules (its pages, the report page with QtPdf and QtPrintSupport, the detail pane …) are imported in a thread
# while the login dialog waits for the user, so they are ready by the time a password has been typed.
MAIN_WINDOW_MODULE = "ui.mainwindow"
_preloading: threading.Thread | None = None


def preload_main_window() -> threading.Thread | None:
    """Start importing the main window's modules in the background (once; None if they are loaded)."""
    global _preloading
    if MAIN_WINDOW_MODULE in sys.modules or _preloading is not None:
        return _preloading
    _preloading = threading.Thread(target=_preload, name="preload-main-window", daemon=True)
    _preloading.start()
    return _preloading


def _preload() -> None:
    try:
        importlib.import_module(MAIN_WINDOW_MODULE)
    except Exception:  # noqa: BLE001 - imported again when the window is built, and that failure is shown
        log.warning("preloading the main window failed", exc_info=True)


class Session(QObject):
    """Login → main window → (log out → login …) until the user quits."""

    def __init__(self, app: QApplication, desk: Desk, settings: QSettings | None = None) -> None:
        super().__init__(app)
        self.app = app
        self.desk = desk
        self.settings = settings if settings is not None else QSettings()
        self.login: LoginDialog | None = None
        #: The forced password change after logging in with a password an administrator set.
        self.password_dialog: ChangePasswordDialog | None = None
        self.window: MainWindow | None = None
        self._relogin = False
        self._relogin_message = ""
        self._reconnect_url: str | None = None

    def start(self, message: str = "") -> None:
        """Show the login dialog (with ``message``, e.g. why the last session ended)."""
        self.login = LoginDialog(self.desk, settings=self.settings)
        if message:
            self.login.show_error(message)
        self.login.finished.connect(self._login_finished)
        self.login.open()
        preload_main_window()

    def _login_finished(self, result: int) -> None:
        dlg = self.login
        self.login = None
        if dlg is None:
            return
        dlg.deleteLater()
        if result != QDialog.DialogCode.Accepted or dlg.user is None:
            self.app.quit()
            return
        self.logged_in(dlg.user)

    def logged_in(self, user: ActingUser) -> None:
        """The main window, or first the forced password change: until it is done every other call of the
        façade is refused, so the window is not built before."""
        if not user.must_change_password:
            self.show_main(user)
            return
        dlg = ChangePasswordDialog(user, None, forced=True)
        self.password_dialog = dlg
        dlg.finished.connect(lambda result: self._password_finished(dlg, user, result))
        dlg.open()

    def _password_finished(self, dlg: ChangePasswordDialog, user: ActingUser, result: int) -> None:
        self.password_dialog = None
        dlg.deleteLater()
        if result == QDialog.DialogCode.Accepted and not user.must_change_password:
            self.show_main(user)
        else:  # cancelled: that is logging out
            self.start()

    def show_main(self, user: ActingUser) -> None:
        from ui.mainwindow import build_main_window  # (preloaded while the login dialog waited)

        self.window = build_main_window(self.desk, user, self.settings)
        self.window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.window.logout_requested.connect(self._logged_out)
        self.window.reconnect_requested.connect(self._reconnect)
        self.window.language_changed.connect(self._rebuild_window)
        self.window.destroyed.connect(self._window_gone)
        self._relogin = False
        self._reconnect_url: str | None = None
        self.window.show()

    def _rebuild_window(self, _language: str) -> None:
        """Another language was chosen: build the window again for the same user (closing the old one
        saves geometry, splitters and queue; the new one restores them)."""
        old = self.window
        if old is None:
            return
        old.destroyed.disconnect(self._window_gone)
        old.close()
        self.show_main(old.user)

    def _logged_out(self) -> None:
        self._relogin = True
        self._relogin_message = self.window.logout_reason if self.window is not None else ""

    def _reconnect(self, url: str) -> None:
        """The database connection was changed in the window: close it, open the new database, log in again."""
        self._reconnect_url = url
        if self.window is not None:
            self.window.close()

    def _window_gone(self) -> None:
        self.window = None
        url, self._reconnect_url = self._reconnect_url, None
        if url:
            task_manager().wait_idle(5_000)
            old = self.desk
            desk = open_desk(url, None, self.settings)
            if desk is None:
                self.app.quit()
                return
            self.desk = desk
            old.close()
            self.start()
        elif self._relogin:
            message, self._relogin_message = self._relogin_message, ""
            self.start(message)
        else:
            self.app.quit()


def run(url: str) -> int:
    """Open the database and run the desktop application; returns the exit code.

    ``url`` comes from the CLI (``--db``, ``$WHISTLE_DESK_DB`` or the default SQLite file). When it is the
    default, the database chosen in 文件 → 数据库连接… (QSettings) is opened instead.
    """
    app = make_application()
    install_crash_handling(app)  # the log file, crash.log, and the 程序出错 box for unhandled exceptions
    app.setQuitOnLastWindowClosed(False)
    problem = qt_binding_problem()
    if problem:
        log.error("broken Qt binding: PySide6 6.12.0 on Python %s", sys.version.split()[0])
        QMessageBox.warning(None, translate("app", "运行环境有问题"), problem)
    settings = QSettings()
    url = connection.choose_url(url, settings)
    desk = open_desk(url, None, settings)
    if desk is None:
        return 1
    first_admin: ActingUser | None = None
    if needs_first_run(desk):  # nobody can log in yet: 首次运行向导
        result = run_first_run(desk, url, settings)
        if result is None:
            desk.close()
            return 0
        if result.desk is not desk:  # another database was chosen in the wizard
            desk.close()
            desk = result.desk
        first_admin = result.user
    session = Session(app, desk, settings)
    try:
        if first_admin is not None:
            session.logged_in(first_admin)
        else:
            session.start()
        code = app.exec()
        if _preloading is not None:
            _preloading.join(5)  # never end the interpreter in the middle of an import
        task_manager().wait_idle(5_000)
        session.deleteLater()
        return code
    finally:
        session.desk.close()


__all__ = ["Session", "install_translators", "make_application", "open_desk", "preload_main_window", "run"]
