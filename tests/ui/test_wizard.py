"""首次运行向导: this computer or a shared server, the first administrator, the office; errors at the field."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QWizard

from conftest import PASSWORD
from desk import Desk, secrets
from desk.errors import AuthError
from ui.common import i18n
from ui.common.ops import task_manager
from ui.setup.connection import SETTINGS_KEY as URL_KEY
from ui.setup.connection import parse_url
from ui.setup.wizard import COMMON_ZONES, FirstRunWizard, needs_first_run
from uitools import no_modal_exec, settings, settle  # noqa: F401 - fixtures

ADMIN_PASSWORD = "Kx7-first-admin"
W = FirstRunWizard


@pytest.fixture
def empty(qapp, sqlite_url, clock):
    """A migrated database without any account (what a first start finds)."""
    d = Desk.open(sqlite_url, clock=clock)
    assert needs_first_run(d)
    yield d
    task_manager().wait_idle()
    d.close()


@pytest.fixture
def chinese(qapp):
    """The wizard in Chinese whatever the test machine's locale; the language is put back afterwards."""
    before = QLocale()
    i18n.install_language(qapp, "zh_CN", remember=False)
    yield
    i18n.uninstall_language(qapp)
    QLocale.setDefault(before)


@pytest.fixture
def make_wizard(qtbot, settings, chinese):
    wizards: list[FirstRunWizard] = []

    def make(desk: Desk, url: str) -> FirstRunWizard:
        w = FirstRunWizard(desk, url, settings)
        qtbot.addWidget(w)
        w.show()
        wizards.append(w)
        return w

    yield make
    for w in wizards:
        if w.isVisible():
            w.reject()
    task_manager().wait_idle()


def _shot(w: QWizard, artifacts: Path, name: str) -> None:
    QCoreApplication.processEvents()
    assert w.grab().save(str(artifacts / name))


def _next(qtbot, w: FirstRunWizard, expect: int) -> None:
    w.next()
    qtbot.waitUntil(lambda: w.currentId() == expect and task_manager().idle(), timeout=10_000)


def _fill_admin(w: FirstRunWizard, username="admin", display="王主任", password=ADMIN_PASSWORD, again=None) -> None:
    p = w.admin_page
    p.username.setText(username)
    p.display_name.setText(display)
    p.password.setText(password)
    p.password2.setText(password if again is None else again)


def _finish(qtbot, w: FirstRunWizard, office="幸福街道办事处", zone="Asia/Shanghai") -> None:
    w.office_page.office_name.setText(office)
    w.office_page.time_zone.setCurrentText(zone)
    with qtbot.waitSignal(w.accepted, timeout=10_000):
        w.button(QWizard.WizardButton.FinishButton).click()


def test_this_computer_path_creates_the_admin_and_saves_the_office(qtbot, empty, sqlite_url, settings, make_wizard,
                                                                   memory_keyring, artifacts):
    w = make_wizard(empty, sqlite_url)
    p1 = w.database_page
    assert w.currentId() == W.PAGE_DATABASE and p1.form.local_radio.isChecked()
    assert parse_url(sqlite_url).path == p1.form.path.text()  # the database the app opened, not another one
    assert not p1.form.server_box.isEnabled()
    w.resize(680, 600)
    _shot(w, artifacts, "ui-wizard-1-database.png")

    _next(qtbot, w, W.PAGE_ADMIN)
    assert w.target is not None and w.target.desk is empty  # the same database: not opened twice
    assert w.button(QWizard.WizardButton.CommitButton).text() == "创建管理员"
    p2 = w.admin_page

    # local checks: nothing typed, then two different passwords
    w.next()
    assert p2.field_error("username") == "请填写用户名。" and p2.field_error("password") == "请设置密码。"
    _fill_admin(w, again="something-else")
    w.next()
    assert p2.field_error("password2") == "两次输入的密码不一致。"
    # the core's rules, shown under the field
    _fill_admin(w, username="1-bad name")
    w.next()
    qtbot.waitUntil(lambda: bool(p2.field_error("username")) and task_manager().idle())
    assert "用户名须以字母开头" in p2.field_error("username")
    _fill_admin(w, password="short", again="short")
    w.next()
    qtbot.waitUntil(lambda: bool(p2.field_error("password")) and task_manager().idle())
    assert "密码至少需要" in p2.field_error("password") and p2.field_error("username") == ""
    assert empty.user_count() == 0
    _fill_admin(w)
    _shot(w, artifacts, "ui-wizard-2-admin.png")
    _next(qtbot, w, W.PAGE_OFFICE)
    assert empty.user_count() == 1 and w.user is not None and w.user.role == "admin"
    assert w.user.info.display_name == "王主任"
    back = w.button(QWizard.WizardButton.BackButton)
    assert not (back.isEnabled() and back.isVisible())  # a commit page: no way back

    # the office: the core validates both fields and both errors are shown at once
    p3 = w.office_page
    assert p3.time_zone.currentText() == "Asia/Shanghai" and "Asia/Shanghai" in COMMON_ZONES
    p3.office_name.setText("   ")
    p3.time_zone.setCurrentText("Mars/Olympus")
    w.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: bool(p3.field_error("time_zone")) and task_manager().idle())
    assert p3.field_error("office_name") == "不能为空。"
    assert "未知时区" in p3.field_error("time_zone")
    assert w.isVisible() and w.result_value is None
    assert not (back.isEnabled() and back.isVisible())  # still none after a failed save
    _shot(w, artifacts, "ui-wizard-3-office-errors.png")
    p3.office_name.setText("幸福街道办事处")
    p3.time_zone.setCurrentText("Asia/Shanghai")
    _shot(w, artifacts, "ui-wizard-3-office.png")
    _finish(qtbot, w)

    r = w.result_value
    assert r is not None and r.desk is empty and r.url == parse_url(sqlite_url).url()
    assert (r.username, r.password) == ("admin", ADMIN_PASSWORD) and r.user is not None
    assert "Kx7" not in repr(r)  # the password never shows in a repr (or a log line made from one)
    assert empty.login("admin", ADMIN_PASSWORD).role == "admin"
    s = empty.settings()
    assert s["office_name"] == "幸福街道办事处" and s["time_zone"] == "Asia/Shanghai"
    assert settings.value(URL_KEY) == r.url
    assert memory_keyring.store == {}  # nothing to keep for a local file


def test_another_local_file_is_created_and_the_first_one_left_alone(qtbot, empty, sqlite_url, tmp_path, settings,
                                                                    make_wizard):
    w = make_wizard(empty, sqlite_url)
    other = tmp_path / "sub" / "office.db"
    w.database_page.form.path.setText(str(other))
    _next(qtbot, w, W.PAGE_ADMIN)
    assert other.exists() and w.target.desk is not empty
    _fill_admin(w)
    _next(qtbot, w, W.PAGE_OFFICE)
    _finish(qtbot, w)
    r = w.result_value
    assert r.desk is not empty and r.url == f"sqlite:///{other.as_posix()}"
    assert empty.user_count() == 0 and r.desk.user_count() == 1
    assert settings.value(URL_KEY) == r.url
    r.desk.close()


def test_a_database_that_already_has_accounts_ends_the_wizard(qtbot, empty, sqlite_url, sqlite_template, tmp_path,
                                                              settings, make_wizard, artifacts):
    shared = tmp_path / "colleagues.db"
    shutil.copy(sqlite_template, shared)
    with Desk.open(f"sqlite:///{shared}") as d:
        d.add_user("li.na", PASSWORD, "clerk", display_name="李娜")
    w = make_wizard(empty, sqlite_url)
    w.database_page.form.path.setText(str(shared))
    _next(qtbot, w, W.PAGE_EXISTING)
    text = w.existing_page.text.text()
    assert "已有 1 个账户" in text and "请用您的账户登录" in text
    _shot(w, artifacts, "ui-wizard-existing.png")
    with qtbot.waitSignal(w.accepted):
        w.button(QWizard.WizardButton.FinishButton).click()
    r = w.result_value
    assert r.user is None and r.username is None and r.password is None
    assert r.desk.user_count() == 1 and settings.value(URL_KEY) == r.url
    with pytest.raises(AuthError):
        r.desk.login("admin", ADMIN_PASSWORD)  # no administrator was made
    r.desk.close()


def test_network_share_is_refused_at_the_field(qtbot, empty, sqlite_url, make_wizard):
    w = make_wizard(empty, sqlite_url)
    w.database_page.form.path.setText(r"\\fileserver\share\whistle.db")
    w.next()
    assert "网络共享" in w.database_page.field_error("path") and w.currentId() == W.PAGE_DATABASE


def test_server_fields_are_checked_before_connecting(qtbot, empty, sqlite_url, make_wizard, artifacts):
    w = make_wizard(empty, sqlite_url)
    p = w.database_page
    p.form.server_radio.setChecked(True)
    assert p.form.server_box.isEnabled() and not p.form.local_box.isEnabled()
    w.next()
    assert p.field_error("host") == "请填写服务器地址。" and p.field_error("user") == "请填写用户名。"
    p.form.host.setText("postgresql://db.example/whistle")
    p.form.user.setText("li.na")
    w.next()
    assert "只填主机名或 IP 地址" in p.field_error("host")
    assert task_manager().idle() and w.currentId() == W.PAGE_DATABASE


def test_unreachable_server_is_explained_and_nothing_is_kept(qtbot, empty, sqlite_url, settings, make_wizard,
                                                            memory_keyring, artifacts):
    w = make_wizard(empty, sqlite_url)
    p = w.database_page
    p.form.server_radio.setChecked(True)
    p.form.host.setText("127.0.0.1")
    p.form.port.setValue(1)
    p.form.database.setText("whistle")
    p.form.user.setText("li.na")
    p.form.password.setText("Secret-pw-9")
    p.form.test_connection()
    qtbot.waitUntil(lambda: not p.form.testing, timeout=15_000)
    assert "127.0.0.1:1/whistle" in p.form.test_text() and "Secret-pw-9" not in p.form.test_text()
    assert "Traceback" not in p.form.test_text()
    w.next()
    qtbot.waitUntil(lambda: bool(p.status_text()) and task_manager().idle() and not p.busy, timeout=15_000)
    assert "无法连接数据库服务器 127.0.0.1:1/whistle" in p.status_text()
    assert "Secret-pw-9" not in p.status_text()
    assert w.currentId() == W.PAGE_DATABASE and w.target is None
    assert memory_keyring.store == {} and settings.value(URL_KEY) is None
    w.resize(680, 640)
    _shot(w, artifacts, "ui-wizard-1-server-error.png")


def test_test_connection_to_a_local_file(qtbot, empty, sqlite_url, tmp_path, make_wizard):
    w = make_wizard(empty, sqlite_url)
    p = w.database_page
    p.form.test_connection()
    qtbot.waitUntil(lambda: not p.form.testing)
    assert p.form.test_text().startswith("连接成功")
    p.form.path.setText(str(tmp_path / "new" / "x.db"))
    p.form.test_connection()
    qtbot.waitUntil(lambda: not p.form.testing)
    assert "尚不存在" in p.form.test_text()
    assert not (tmp_path / "new" / "x.db").exists()  # testing changes nothing


@pytest.mark.postgres
def test_shared_server_path_keeps_the_password_only_in_the_keyring(qtbot, empty, sqlite_url, pg_database, settings,
                                                                   make_wizard, memory_keyring, artifacts):
    server = parse_url(pg_database)
    w = make_wizard(empty, sqlite_url)
    p = w.database_page
    p.form.server_radio.setChecked(True)
    p.form.host.setText(server.host)
    p.form.port.setValue(server.port)
    p.form.database.setText(server.database)
    p.form.user.setText(server.user)
    p.form.password.setText("Office-db-pw-42")
    w.resize(680, 640)
    p.form.test_connection()
    qtbot.waitUntil(lambda: not p.form.testing, timeout=15_000)
    assert p.form.test_text().startswith("连接成功") and "Office-db-pw-42" not in p.form.test_text()
    _shot(w, artifacts, "ui-wizard-1-server.png")
    assert memory_keyring.store == {}  # testing keeps nothing

    _next(qtbot, w, W.PAGE_ADMIN)
    url = server.url()
    assert w.target.url == url and w.target.desk is not empty and w.target.desk.backend == "postgresql"
    assert memory_keyring.store == {(secrets.SERVICE, secrets.key_for(url)): "Office-db-pw-42"}
    _fill_admin(w, username="wang.zr")
    _next(qtbot, w, W.PAGE_OFFICE)
    _finish(qtbot, w, office="和平街道办事处")
    r = w.result_value
    try:
        assert r.url == url and "Office-db-pw-42" not in r.url and "Office-db-pw-42" not in r.desk.location
        assert r.desk.settings()["office_name"] == "和平街道办事处"
        assert r.desk.login("wang.zr", ADMIN_PASSWORD).role == "admin"
        assert empty.user_count() == 0
        settings.sync()
        assert settings.value(URL_KEY) == url
        assert "Office-db-pw-42" not in Path(settings.fileName()).read_text(encoding="utf-8")
        # the next start opens the saved URL and finds the password in the keyring
        with Desk.open(url) as again:
            assert again.user_count() == 1
    finally:
        r.desk.close()


def test_cancel_closes_what_the_wizard_opened(qtbot, empty, sqlite_url, tmp_path, make_wizard, settings):
    w = make_wizard(empty, sqlite_url)
    w.database_page.form.path.setText(str(tmp_path / "other.db"))
    _next(qtbot, w, W.PAGE_ADMIN)
    opened = w.target.desk
    closed = []
    opened.close = lambda: closed.append(True)  # type: ignore[method-assign]
    w.reject()
    assert closed == [True] and w.result_value is None and settings.value(URL_KEY) is None
    Desk.close(opened)
    assert empty.user_count() == 0  # the app's own desk is left open for the app to close


def test_the_wizard_switches_language_on_its_first_page(qtbot, empty, sqlite_url, make_wizard, settings, artifacts):
    w = make_wizard(empty, sqlite_url)
    p = w.database_page
    assert p.title() == "数据保存在哪里"
    p.language.setCurrentIndex(p.language.findData("en"))
    qtbot.waitUntil(lambda: p.title() != "数据保存在哪里")
    assert i18n.current_language() == "en" and settings.value(i18n.SETTINGS_KEY) == "en"
    assert p.title() == "Where your data lives"
    assert w.button(QWizard.WizardButton.NextButton).text() == "Next >"
    assert p.form.local_radio.text().startswith("This computer only")
    w.resize(680, 600)
    _shot(w, artifacts, "ui-wizard-1-database-en.png")
    _next(qtbot, w, W.PAGE_ADMIN)
    assert w.admin_page.title() == "Create the administrator account"
    _shot(w, artifacts, "ui-wizard-2-admin-en.png")
    p.language.setCurrentIndex(p.language.findData("zh_CN"))
    qtbot.waitUntil(lambda: w.admin_page.title() == "创建管理员账户")
