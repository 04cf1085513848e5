"""数据库连接: the dialog (this computer / shared server), the password only in the keyring, 测试连接, the saved
choice at start, and what happens when the database cannot be reached at start."""
from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

import ui.app as app_module
from conftest import PG_ADMIN_URL
from desk import Desk, paths, secrets
from desk.errors import DatabaseUnavailable
from ui.app import Session, open_desk, run
from ui.common.ops import task_manager
from ui.setup import connection
from ui.setup.connection import Connection, ConnectionDialog, choose_url, parse_url, saved_url, unreachable_box
from ui.setup.login import LoginDialog
from uitools import PASSWORD, messages, no_modal_exec, office, open_window, settings, settle  # noqa: F401

SECRET = "S3cret-pässwörd"


@pytest.fixture
def app(qapp, monkeypatch):
    """run() calls make_application(): undo what it changes (translators, quit on close) afterwards."""
    from PySide6.QtCore import QLocale

    from ui.common import i18n

    monkeypatch.setattr(app_module, "install_crash_handling", lambda _app: None)
    monkeypatch.setattr(app_module, "needs_first_run", lambda _desk: False)
    saved_locale = QLocale()
    quit_on_close = qapp.quitOnLastWindowClosed()
    before = list(app_module._translators)
    yield qapp
    for t in app_module._translators[len(before):]:
        qapp.removeTranslator(t)
    del app_module._translators[len(before):]
    i18n.uninstall_language(qapp)
    QLocale.setDefault(saved_locale)
    qapp.setQuitOnLastWindowClosed(quit_on_close)
    QSettings.setDefaultFormat(QSettings.Format.NativeFormat)


def dialog(qtbot, settings, current=None) -> ConnectionDialog:
    dlg = ConnectionDialog(None, settings, current)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def save(qtbot, dlg) -> str:
    with qtbot.waitSignal(dlg.succeeded, timeout=5000) as sig:
        dlg.submit()
    assert dlg.result() == QDialog.DialogCode.Accepted
    return sig.args[0]


def fill_server(dlg, *, host="db.jiedao.local", port=5433, database="whistle", user="li.na", password=SECRET):
    dlg.form.server_radio.setChecked(True)
    dlg.form.host.setText(host)
    dlg.form.port.setValue(port)
    dlg.form.database.setText(database)
    dlg.form.user.setText(user)
    dlg.form.password.setText(password)


# -- the dialog ------------------------------------------------------------------------------------
def test_default_is_this_computers_file_and_a_chosen_file_is_saved(qtbot, settings, tmp_path, monkeypatch):
    dlg = dialog(qtbot, settings)
    assert dlg.form.local_radio.isChecked() and not dlg.form.server_box.isEnabled()
    assert dlg.form.path.text() == str(paths.default_db_path())
    chosen = tmp_path / "office" / "whistle.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(chosen), "")))
    dlg.form.browse()
    assert dlg.form.path.text() == str(chosen)
    url = save(qtbot, dlg)
    assert url == f"sqlite:///{chosen.as_posix()}"
    assert saved_url(settings) == url and dlg.url == url
    assert choose_url(paths.default_db_url(), settings) == url  # the default from the CLI: the choice wins
    assert choose_url("sqlite:///explicit.db", settings) == "sqlite:///explicit.db"  # --db wins


def test_a_file_on_a_network_share_is_refused(qtbot, settings):
    dlg = dialog(qtbot, settings)
    dlg.form.path.setText(r"\\fileserver\share\whistle.db")
    dlg.submit()
    settle(qtbot)
    assert dlg.isVisible() and "网络共享" in dlg.form.field_error("path") and saved_url(settings) is None


def test_server_password_goes_only_to_the_keyring(qtbot, settings, memory_keyring, tmp_path):
    dlg = dialog(qtbot, settings)
    fill_server(dlg)
    url = save(qtbot, dlg)
    assert url == "postgresql+psycopg://li.na@db.jiedao.local:5433/whistle"
    assert secrets.get_password(url) == SECRET
    assert list(memory_keyring.store.values()) == [SECRET]
    settings.sync()
    text = (tmp_path / "whistle-desk.ini").read_text(encoding="utf-8")
    assert "db.jiedao.local" in text and "li.na" in text
    assert SECRET not in text and "S3cret" not in text  # not even partly
    assert dlg.form.password.text() == ""
    # opened again: the fields come back, the password field is empty and says the keyring has it
    again = dialog(qtbot, settings)
    assert again.form.server_radio.isChecked()
    assert (again.form.host.text(), again.form.port.value(), again.form.database.text(), again.form.user.text()) == \
        ("db.jiedao.local", 5433, "whistle", "li.na")
    assert again.form.password.text() == "" and "密钥环" in again.form.password.placeholderText()
    # saving without typing a password keeps the stored one
    save(qtbot, again)
    assert secrets.get_password(url) == SECRET


def test_server_fields_are_required(qtbot, settings):
    dlg = dialog(qtbot, settings)
    dlg.form.server_radio.setChecked(True)
    dlg.submit()
    settle(qtbot)
    assert dlg.isVisible() and dlg.form.field_error("host") and dlg.form.field_error("user")
    assert saved_url(settings) is None


def test_urls_round_trip_without_the_password():
    c = Connection("server", host="10.0.0.5", port=5432, database="街道", user="li na")
    assert parse_url(c.url("pw")) == c
    assert "pw" not in c.url() and parse_url("postgresql://a:b@h/db").url() == "postgresql+psycopg://a@h:5432/db"
    assert parse_url("sqlite:///C:/data/whistle.db").kind == "sqlite"
    assert parse_url("nonsense").path == str(paths.default_db_path())


@pytest.mark.postgres
def test_test_connection_succeeds_on_the_shared_server(qtbot, settings, pg_admin):
    u = urlsplit(PG_ADMIN_URL)
    dlg = dialog(qtbot, settings)
    fill_server(dlg, host=u.hostname, port=u.port or 5432, database=u.path.lstrip("/"), user=u.username,
                password="")
    dlg.form.test_connection()
    qtbot.waitUntil(lambda: not dlg.form.testing, timeout=10_000)
    assert dlg.form.test_text().startswith("连接成功") and f"{u.hostname}:{u.port or 5432}/test" in dlg.form.test_text()
    assert saved_url(settings) is None  # testing saves nothing


def test_test_connection_on_a_closed_port_says_why(qtbot, settings, memory_keyring):
    dlg = dialog(qtbot, settings)
    fill_server(dlg, host="127.0.0.1", port=1, database="nothing", user="nobody")
    dlg.form.test_connection()
    assert dlg.form.test_text() == "正在连接…" and not dlg.form.test_button.isEnabled()
    qtbot.waitUntil(lambda: not dlg.form.testing, timeout=10_000)
    text = dlg.form.test_text()
    assert text.startswith("无法连接数据库服务器 127.0.0.1:1/nothing") and "Traceback" not in text
    assert SECRET not in text and dlg.form.test_button.isEnabled()
    assert memory_keyring.store == {}  # the typed password was only used, not stored


def test_test_connection_of_a_new_local_file(qtbot, settings, tmp_path):
    dlg = dialog(qtbot, settings)
    dlg.form.path.setText(str(tmp_path / "new" / "whistle.db"))
    dlg.form.test_connection()
    qtbot.waitUntil(lambda: not dlg.form.testing, timeout=5000)
    assert "首次启动时将在此新建" in dlg.form.test_text()
    assert not (tmp_path / "new" / "whistle.db").exists()


def test_connection_dialog_screenshot(qtbot, settings, artifacts):
    dlg = dialog(qtbot, settings)
    fill_server(dlg, host="127.0.0.1", port=1, database="whistle", user="li.na")
    dlg.form.test_connection()
    qtbot.waitUntil(lambda: not dlg.form.testing, timeout=10_000)
    dlg.adjustSize()
    qtbot.waitExposed(dlg)
    dlg.grab().save(str(artifacts / "ui-dialog-connection.png"))


# -- at start ---------------------------------------------------------------------------------------
def test_unreachable_box_offers_retry_settings_quit(qapp):
    box, choices = unreachable_box("无法连接数据库服务器 10.0.0.5:5432/whistle：服务器拒绝连接")
    assert sorted(choices.values()) == ["quit", "retry", "settings"]
    assert [b.text() for b in choices] == ["重试", "连接设置…", "退出"]
    assert "10.0.0.5" in box.informativeText() and "Traceback" not in box.informativeText()
    box.deleteLater()


def test_unreachable_at_start_retry_then_settings_then_login(qtbot, app, settings, tmp_path, monkeypatch):
    asked: list[str] = []
    answers = iter(["retry", "settings"])

    def ask(message, parent=None):
        asked.append(message)
        return next(answers)

    good = f"sqlite:///{(tmp_path / 'local.db').as_posix()}"

    def edit(parent, s, current):
        assert s is settings and current.startswith("postgresql")
        connection.save_url(s, good)
        return good

    monkeypatch.setattr(connection, "ask_unreachable", ask)
    monkeypatch.setattr(connection, "edit_connection", edit)
    monkeypatch.setattr(app_module, "QSettings", lambda: settings)
    connection.save_url(settings, "postgresql+psycopg://nobody@127.0.0.1:1/nothing")
    seen = []

    def cancel_login():
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, LoginDialog) and w.isVisible()]
        seen.extend(d.header.text() for d in dialogs)
        for d in dialogs:
            d.reject()

    QTimer.singleShot(100, cancel_login)
    assert run(paths.default_db_url()) == 0  # the saved server was tried (twice), then the new file opened
    assert len(asked) == 2 and all(m.startswith("无法连接数据库服务器 127.0.0.1:1/nothing") for m in asked)
    assert len(seen) == 1 and "local.db" in seen[0]
    assert saved_url(settings) == good


def test_quit_when_unreachable_at_start(qapp, settings, monkeypatch, messages):
    monkeypatch.setattr(connection, "ask_unreachable", lambda message, parent=None: "quit")

    def refuse(url, **kw):
        raise DatabaseUnavailable("无法连接数据库服务器 10.0.0.5:5432/whistle：连接超时")

    monkeypatch.setattr(Desk, "open", staticmethod(refuse))
    assert open_desk("postgresql+psycopg://x@10.0.0.5/whistle", None, settings) is None
    assert messages == []  # the three-button box said it, not a second message


# -- from the window ------------------------------------------------------------------------------------
def test_menu_opens_the_dialog_and_a_new_database_asks_to_log_in_again(qtbot, office, open_window, settings,
                                                                      monkeypatch, tmp_path):
    w = open_window("clerk")
    assert w.connection_action.text() == "数据库连接…"
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes))
    w.connection_action.trigger()
    dlg = w.connection_dialog
    assert dlg is not None and dlg.isVisible() and dlg.form.local_radio.isChecked()
    other = tmp_path / "other.db"
    dlg.form.path.setText(str(other))
    with qtbot.waitSignal(w.reconnect_requested) as sig:
        dlg.submit()
    assert sig.args == [f"sqlite:///{other.as_posix()}"] and "重新登录" in asked[0]


def test_session_reconnects_to_the_new_database(qtbot, qapp, office, settings, monkeypatch, tmp_path):
    quits = []
    monkeypatch.setattr(qapp, "quit", lambda: quits.append(True))
    session = Session(qapp, office.desk, settings)
    session.show_main(office.clerk)
    window = session.window
    qtbot.waitUntil(lambda: window.model.ids_loaded_once)
    settle(qtbot)
    new = f"sqlite:///{(tmp_path / 'second.db').as_posix()}"
    original_close = office.desk.close
    closed = []
    monkeypatch.setattr(office.desk, "close", lambda: closed.append(True))
    window.reconnect_requested.emit(new)
    qtbot.waitUntil(lambda: session.login is not None, timeout=10_000)
    login = session.login
    qtbot.addWidget(login)
    assert session.desk is not office.desk and session.desk.location.endswith("second.db")
    assert closed == [True] and quits == []
    login.reject()
    task_manager().wait_idle()
    session.desk.close()
    original_close()
