"""The entry point: translations, opening the database with readable errors, login → window → log out."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication

import ui.app as app_module
from desk import Desk
from desk.errors import SchemaTooNew
from ui.app import Session, install_translators, make_application, open_desk, run
from ui.common.ops import task_manager
from ui.mainwindow import MainWindow
from ui.setup.login import LoginDialog
from uitools import PASSWORD, messages, no_modal_exec, office, settings, settle  # noqa: F401 - fixtures


@pytest.fixture
def app(qapp, monkeypatch):
    """make_application() on pytest-qt's QApplication; undoes what it changes."""
    from PySide6.QtCore import QLocale

    from ui.common import i18n

    # The crash hooks and the first-run wizard are tested on their own (test_crash_about, test_wizard).
    monkeypatch.setattr(app_module, "install_crash_handling", lambda _app: None)
    monkeypatch.setattr(app_module, "needs_first_run", lambda _desk: False)
    saved_locale = QLocale()
    quit_on_close = qapp.quitOnLastWindowClosed()
    before = list(app_module._translators)
    made = make_application()
    installed = list(app_module._translators)
    yield made
    for t in installed + app_module._translators:  # (a test may have cleared the list and installed new ones)
        if t not in before:
            qapp.removeTranslator(t)
    app_module._translators[:] = before
    i18n.uninstall_language(qapp)
    QLocale.setDefault(saved_locale)
    qapp.setQuitOnLastWindowClosed(quit_on_close)
    QSettings.setDefaultFormat(QSettings.Format.NativeFormat)


def test_settings_live_in_an_ini_file_in_the_users_appdata(app):
    from desk import paths

    s = QSettings()
    assert s.format() == QSettings.Format.IniFormat  # never the Windows registry
    assert Path(s.fileName()) == paths.settings_dir() / "WhistleDesk" / "whistle-desk.ini"


def test_qt_strings_are_chinese_and_translators_are_kept(app):
    app_module._translators.clear()
    kept = install_translators(app)
    assert kept and kept is app_module._translators  # referenced, so never garbage-collected
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    assert app.organizationName() and app.applicationName()


def test_open_desk_creates_and_migrates_a_new_database(app, tmp_path, messages):
    path = tmp_path / "sub" / "new.db"
    d = open_desk(f"sqlite:///{path}")
    assert d is not None and path.exists()
    assert d.user_count() >= 0
    d.close()
    assert messages == []


def test_open_desk_shows_core_errors_as_messages(app, monkeypatch, messages):
    def too_new(url, **kw):
        raise SchemaTooNew("数据库由更新版本的程序升级过，请升级本程序。")
    monkeypatch.setattr(Desk, "open", staticmethod(too_new))
    assert open_desk("sqlite:///whatever.db") is None
    assert messages == [("critical", "无法打开数据库", "数据库由更新版本的程序升级过，请升级本程序。")]
    assert QApplication.overrideCursor() is None


def test_open_desk_unreachable_server(app, messages):
    assert open_desk("postgresql+psycopg://nobody@127.0.0.1:1/nothing?connect_timeout=2") is None
    (kind, title, text), = messages
    assert kind == "critical" and "Traceback" not in text and text


def test_open_desk_never_shows_a_traceback(app, monkeypatch, messages):
    def broken(url, **kw):
        raise RuntimeError("internal detail")
    monkeypatch.setattr(Desk, "open", staticmethod(broken))
    assert open_desk("sqlite:///x.db") is None
    (_kind, _title, text), = messages
    assert "internal detail" not in text and "意外错误" in text


def test_run_returns_1_when_the_database_cannot_be_opened(app, monkeypatch, messages):
    monkeypatch.setattr(Desk, "open", staticmethod(lambda url, **kw: (_ for _ in ()).throw(SchemaTooNew("太新"))))
    assert run("sqlite:///x.db") == 1
    assert messages[0][2] == "太新"


def test_run_shows_login_and_quits_when_it_is_cancelled(app, tmp_path, monkeypatch, settings):
    monkeypatch.setattr(app_module, "QSettings", lambda: settings)
    seen = []

    def cancel_login():
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, LoginDialog) and w.isVisible()]
        seen.extend(dialogs)
        for d in dialogs:
            d.reject()

    QTimer.singleShot(100, cancel_login)
    assert run(f"sqlite:///{tmp_path / 'first.db'}") == 0
    assert len(seen) == 1
    assert (tmp_path / "first.db").exists()


def test_session_login_window_logout_login(qtbot, app, office, settings, monkeypatch):
    quits = []
    monkeypatch.setattr(app, "quit", lambda: quits.append(True))
    session = Session(app, office.desk, settings)
    session.start()
    login = session.login
    qtbot.addWidget(login)
    assert login.isVisible()
    login.username.setText("clerk")
    login.password.setText(PASSWORD)
    login.submit()
    qtbot.waitUntil(lambda: session.window is not None)
    window = session.window
    assert isinstance(window, MainWindow) and window.isVisible() and window.user.info.username == "clerk"
    qtbot.waitUntil(lambda: window.model.ids_loaded_once)
    settle(qtbot)
    window.logout_action.trigger()
    qtbot.waitUntil(lambda: session.login is not None)  # the window was deleted; log in again
    assert quits == []
    second = session.login
    qtbot.addWidget(second)
    assert second.username.text() == "clerk"  # remembered
    second.reject()
    assert quits == [True]
    task_manager().wait_idle()


def test_quitting_the_window_quits_the_app(qtbot, app, office, settings, monkeypatch):
    quits = []
    monkeypatch.setattr(app, "quit", lambda: quits.append(True))
    session = Session(app, office.desk, settings)
    session.show_main(office.clerk)
    window = session.window
    qtbot.waitUntil(lambda: window.model.ids_loaded_once)
    settle(qtbot)
    window.quit_action.trigger()
    qtbot.waitUntil(lambda: bool(quits))
    assert session.window is None and session.login is None


def test_entry_point_is_registered():
    from importlib.metadata import entry_points
    (ep,) = [e for e in entry_points(group="whistle_desk.gui") if e.name == "qt"]
    assert ep.load() is run
    assert Path(app_module.__file__).name == "app.py"


def test_broken_qt_binding_is_reported(app, monkeypatch, messages):
    import sys

    import PySide6

    from ui.app import qt_binding_problem
    monkeypatch.setattr(PySide6, "__version__", "6.11.3")
    assert qt_binding_problem() is None
    monkeypatch.setattr(PySide6, "__version__", "6.12.0")
    monkeypatch.setattr(sys, "version_info", (3, 11, 7))
    assert "PySide6 6.12.0" in qt_binding_problem()
    monkeypatch.setattr(Desk, "open", staticmethod(lambda url, **kw: (_ for _ in ()).throw(SchemaTooNew("太新"))))
    assert run("sqlite:///x.db") == 1
    assert messages[0][0] == "warning" and "6.12.0" in messages[0][2]
