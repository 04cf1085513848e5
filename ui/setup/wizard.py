"""首次运行向导: shown when the database has no account anyone can log in with (``desk.user_count() == 0``).

Pages:

1. 数据保存在哪里: 仅本机 (an embedded SQLite file, by default :func:`desk.paths.default_db_path`) or
   共享服务器 (PostgreSQL host, port, database, user, password), with 测试连接. On 下一步 the chosen database
   is opened (created and migrated) in an op. A server password goes only to the OS keyring
   (:func:`desk.secrets.store_password`), after the connection worked; the URL saved in QSettings
   (``database/url``, see :mod:`ui.setup.connection`) never contains it. If the chosen database already has
   accounts (a colleague set up the shared server), the wizard ends on a short page and the app shows
   the login dialog.
2. 创建管理员: username, display name, password twice. The core validates (its messages appear under
   the fields). This is a commit page: once the account exists there is no way back.
3. 办公室信息: office name and time zone (a combo of common zones, default Asia/Shanghai), saved through
   the administrator's ``set_setting`` (audited, validated by the core).

There are no default passwords anywhere. Every database call runs as an op; nothing here blocks the GUI
thread except :func:`run_first_run` itself (a modal ``exec()`` at start, before any window exists).

Use::

    if needs_first_run(desk):
        result = run_first_run(desk, url, settings)     # None: cancelled -> quit
        if result is None: ...
        if result.desk is not desk: desk.close(); desk = result.desk
        user = result.user                              # the new administrator, logged in (or None)
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desk import ActingUser, Desk, secrets
from desk.errors import ConflictError, DeskError, ValidationError
from ui.common.i18n import LANGUAGES, current_language, install_language
from ui.common.notify import app_icon
from ui.common.ops import Op, describe_error
from ui.common.widgets import ERROR_STYLE, HINT_STYLE, OK_STYLE
from ui.setup.connection import Connection, ConnectionForm, field_row, hint_label, parse_url, save_url

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

#: The time zones offered (any IANA name may be typed; the core validates it).
COMMON_ZONES = ("Asia/Shanghai", "Asia/Urumqi", "Asia/Hong_Kong", "Asia/Macau", "Asia/Taipei", "Asia/Singapore",
                "Asia/Tokyo", "Asia/Seoul", "Europe/London", "Europe/Berlin", "America/New_York",
                "America/Los_Angeles", "UTC")
DEFAULT_ZONE = "Asia/Shanghai"


def needs_first_run(desk: Desk) -> bool:
    """True when nobody can log in yet (the built-in system account does not count)."""
    return desk.user_count() == 0


def create_first_admin(desk: Desk, username: str, password: str, display_name: str) -> None:
    """The first administrator, through the façade (refused once any account exists)."""
    create = getattr(desk, "create_first_admin", None)
    if create is not None:
        create(username, password, display_name)
        return
    # Desk.create_first_admin is being added; until then the same guard here (not atomic, first run only).
    if desk.user_count() != 0:
        raise ConflictError(translate("wizard", "数据库中已经有账户，不能再创建首个管理员。请用已有账户登录。"))
    desk.add_user(username, password, "admin", display_name=display_name)


@dataclass
class FirstRunResult:
    """What the wizard chose: the database (URL without a password, and the open desk) and, when it created
    the first administrator, that account logged in (the app opens the main window without a login)."""

    url: str
    desk: Desk
    username: str | None = None
    password: str | None = field(default=None, repr=False)
    user: ActingUser | None = None


class _FieldErrors(DeskError):
    """Several ValidationErrors at once ({field: message})."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("\n".join(errors.values()))
        self.errors = errors


class _Page(QWizardPage):
    """A page whose rows carry an error label under the widget, keyed by the façade's field name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.busy = False
        self._enabled_before: dict[QWizard.WizardButton, bool] = {}
        self._busy_message = ""
        self.row_labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        self.widgets: dict[str, QWidget] = {}
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()

    def wiz(self) -> FirstRunWizard:
        w = self.wizard()
        assert isinstance(w, FirstRunWizard)
        return w

    def add_row(self, form: QFormLayout, key: str, widget: QWidget, *extra: QWidget) -> QWidget:
        self.row_labels[key], self.errors[key] = field_row(self, form, widget, *extra)
        self.widgets[key] = widget
        return widget

    # -- errors ----------------------------------------------------------------------------------
    def clear_errors(self) -> None:
        for err in self.errors.values():
            err.clear()
            err.hide()
        self.status.clear()
        self.status.hide()

    def show_field_error(self, key: str, message: str) -> None:
        err = self.errors.get(key)
        if err is None:
            self.show_status(message, error=True)
            return
        err.setText(message)
        err.show()
        self.widgets[key].setFocus()

    def field_error(self, key: str) -> str:
        """The message shown under ``key`` ('' when none)."""
        err = self.errors.get(key)
        return err.text() if err is not None and not err.isHidden() else ""

    def show_status(self, message: str, *, error: bool = False, ok: bool = False) -> None:
        self.status.setStyleSheet(ERROR_STYLE if error else OK_STYLE if ok else HINT_STYLE)
        self.status.setText(message)
        self.status.setVisible(bool(message))

    def status_text(self) -> str:
        return self.status.text() if not self.status.isHidden() else ""

    def show_failure(self, exc: BaseException) -> None:
        if isinstance(exc, _FieldErrors):
            for key, message in exc.errors.items():
                self.show_field_error(key, message)
        elif isinstance(exc, ValidationError):
            self.show_field_error(exc.field, exc.message)
        else:
            self.show_status(describe_error(exc), error=True)

    def set_busy(self, busy: bool, message: str = "") -> None:
        if busy == self.busy:
            return
        self.busy = busy
        w = self.wizard()
        if w is not None:
            for b in (QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton,
                      QWizard.WizardButton.CommitButton, QWizard.WizardButton.BackButton):
                btn = w.button(b)
                if btn is None:
                    continue
                if busy:
                    self._enabled_before[b] = btn.isEnabled()
                    btn.setEnabled(False)
                else:
                    btn.setEnabled(self._enabled_before.pop(b, True))
        if busy:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            self._busy_message = message
            self.show_status(message)
        else:
            QApplication.restoreOverrideCursor()
            if self._busy_message and self.status_text() == self._busy_message:
                self.show_status("")
            self._busy_message = ""

    def retranslate(self) -> None:
        raise NotImplementedError


# -- page 1: where the data lives ------------------------------------------------------------------
class DatabasePage(_Page):
    """仅本机 or 共享服务器; 测试连接; 下一步 opens (creates, migrates) the chosen database."""

    def __init__(self, start: Connection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)

        lang_row = QHBoxLayout()
        self.language_label = QLabel(self)
        self.language = QComboBox(self)
        self.language.addItem("", "zh_CN")
        self.language.addItem("", "en")
        idx = self.language.findData(current_language() or "zh_CN")
        self.language.setCurrentIndex(max(idx, 0))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.language_label.setBuddy(self.language)
        lang_row.addWidget(self.language_label)
        lang_row.addWidget(self.language)
        lang_row.addStretch(1)
        lay.addLayout(lang_row)

        self.form = ConnectionForm(start, self)
        self.form.busy = lambda: self.busy
        self.form.local_radio.toggled.connect(lambda _c: self.clear_errors())
        lay.addWidget(self.form)
        lay.addWidget(self.status)
        lay.addStretch(1)
        #: The connection (and password) that was opened successfully: 下一步 goes on without reopening.
        self._ready_key: tuple | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("数据保存在哪里"))
        self.setSubTitle(self.tr("欢迎使用吹哨报到工作台。首次使用，请先选择数据库，再创建管理员账户。"))
        self.language_label.setText(self.tr("界面语言 / Language"))
        self.language.setItemText(0, translate("i18n", "中文"))
        self.language.setItemText(1, translate("i18n", "English"))
        self.form.retranslate()

    def _language_changed(self, _index: int) -> None:
        lang = self.language.currentData()
        app = QCoreApplication.instance()
        if lang in LANGUAGES and app is not None and lang != current_language():
            install_language(app, lang, settings=self.wiz().settings if self.wizard() is not None else None)

    def clear_errors(self) -> None:
        super().clear_errors()
        self.form.clear_errors()

    def show_field_error(self, key: str, message: str) -> None:
        if key in self.form.errors:
            self.form.show_field_error(key, message)
        else:
            super().show_field_error(key, message)

    def field_error(self, key: str) -> str:
        return self.form.field_error(key) if key in self.form.errors else super().field_error(key)

    # -- 下一步 ----------------------------------------------------------------------------------------
    def _key(self, c: Connection) -> tuple:
        return c, self.form.server_password()

    def validatePage(self) -> bool:  # noqa: N802 - Qt name
        if self.busy:
            return False
        c = self.form.validate()
        if c is None:
            return False
        if self._ready_key == self._key(c) and self.wiz().target is not None:
            return True
        self._ready_key = None
        self.form.test_result.clear()
        self.wiz().open_target(c, self.form.server_password())
        return False

    def opened(self, c: Connection, password: str) -> None:
        """The wizard opened ``c``: remember it and go on."""
        self._ready_key = (c, password)
        self.set_busy(False)
        self.wiz().next()

    def nextId(self) -> int:  # noqa: N802 - Qt name
        t = self.wiz().target if self.wizard() is not None else None
        return FirstRunWizard.PAGE_EXISTING if t is not None and t.accounts else FirstRunWizard.PAGE_ADMIN


# -- page 2: the first administrator ---------------------------------------------------------------
class AdminPage(_Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.username = self.add_row(form, "username", QLineEdit(self))
        self.username.setMaxLength(32)
        self.display_name = self.add_row(form, "display_name", QLineEdit(self))
        self.display_name.setMaxLength(64)
        self.password = self.add_row(form, "password", QLineEdit(self))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password2 = self.add_row(form, "password2", QLineEdit(self))
        self.password2.setEchoMode(QLineEdit.EchoMode.Password)
        lay.addLayout(form)
        self.note = hint_label(self)
        lay.addWidget(self.note)
        lay.addWidget(self.status)
        lay.addStretch(1)
        self.setCommitPage(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("创建管理员账户"))
        self.setSubTitle(self.tr("管理员管理账户、部门、工作日历、时限标准和办公室设置。"))
        for key, text in (("username", self.tr("用户名")), ("display_name", self.tr("显示名称")),
                          ("password", self.tr("密码")), ("password2", self.tr("确认密码"))):
            self.row_labels[key].setText(text)
        self.username.setPlaceholderText(self.tr("如 admin 或 zhang.wei（小写字母开头）"))
        self.display_name.setPlaceholderText(self.tr("如 张伟"))
        self.note.setText(self.tr("程序没有默认密码，请设置一个只有您知道的密码并牢记。"
                                  "用这个账户登录后，可以为受理员、督办员和部门联络员创建账户。"))

    def validatePage(self) -> bool:  # noqa: N802 - Qt name
        w = self.wiz()
        if w.user is not None:
            return True
        if self.busy:
            return False
        self.clear_errors()
        username = self.username.text().strip()
        display = self.display_name.text().strip()
        password = self.password.text()
        ok = True
        if not username:
            self.show_field_error("username", self.tr("请填写用户名。"))
            ok = False
        if not password:
            self.show_field_error("password", self.tr("请设置密码。"))
            ok = False
        elif password != self.password2.text():
            self.show_field_error("password2", self.tr("两次输入的密码不一致。"))
            ok = False
        if not ok:
            return False
        target = w.target
        assert target is not None
        d = target.desk

        def create() -> ActingUser:
            create_first_admin(d, username, password, display or username)
            return d.login(username, password)

        self.set_busy(True, self.tr("正在创建管理员账户…"))
        Op(self, create).success(lambda user: self._created(user, username, password)) \
            .failure(self.show_failure).finally_(lambda: self.set_busy(False)).run()
        return False

    def _created(self, user: ActingUser, username: str, password: str) -> None:
        w = self.wiz()
        w.user, w.username, w.password = user, user.info.username or username, password
        w.database_ready()
        for e in (self.username, self.display_name, self.password, self.password2):
            e.setEnabled(False)
        log.info("first administrator created: %s", user.info.username)
        self.set_busy(False)
        w.next()


# -- page 3: the office ---------------------------------------------------------------------------
class OfficePage(_Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.office_name = self.add_row(form, "office_name", QLineEdit(self))
        self.office_name.setMaxLength(64)
        self.time_zone = QComboBox(self)
        self.time_zone.setEditable(True)
        self.time_zone.setMinimumWidth(260)
        self.time_zone.addItems(COMMON_ZONES)
        self.time_zone.setCurrentText(DEFAULT_ZONE)
        self.add_row(form, "time_zone", self.time_zone)
        lay.addLayout(form)
        self.zone_hint = hint_label(self)
        lay.addWidget(self.zone_hint)
        lay.addWidget(self.status)
        lay.addStretch(1)
        self.done = False
        self.setFinalPage(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("办公室信息"))
        self.setSubTitle(self.tr("办公室名称显示在周报上；时限和时间都按办公室所在的时区计算。"
                                 "以后可以在“管理 → 办公室设置”中修改。"))
        self.row_labels["office_name"].setText(self.tr("办公室名称"))
        self.row_labels["time_zone"].setText(self.tr("时区"))
        self.office_name.setPlaceholderText(self.tr("如 幸福街道办事处"))
        self.zone_hint.setText(self.tr("中国大陆统一使用北京时间（Asia/Shanghai）。也可以输入其他 IANA 时区名。"))

    def nextId(self) -> int:  # noqa: N802 - Qt name
        return -1

    def validatePage(self) -> bool:  # noqa: N802 - Qt name
        if self.done:
            return True
        if self.busy:
            return False
        self.clear_errors()
        user = self.wiz().user
        assert user is not None
        values = {"office_name": self.office_name.text().strip(), "time_zone": self.time_zone.currentText().strip()}

        def save() -> None:
            errors = {}
            for key, value in values.items():
                try:
                    user.set_setting(key, value)
                except ValidationError as exc:
                    errors[exc.field if exc.field in values else key] = exc.message
            if errors:
                raise _FieldErrors(errors)

        self.set_busy(True, self.tr("正在保存…"))
        Op(self, save).success(lambda _r: self._saved()).failure(self.show_failure) \
            .finally_(lambda: self.set_busy(False)).run()
        return False

    def _saved(self) -> None:
        self.done = True
        self.set_busy(False)
        self.wiz().accept()


# -- the end when the database already has accounts ------------------------------------------------
class ExistingPage(_Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.text)
        lay.addStretch(1)
        self.setFinalPage(True)
        self.retranslate()

    def initializePage(self) -> None:  # noqa: N802 - Qt name
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("数据库已经设置好"))
        t = self.wiz().target if self.wizard() is not None else None
        where = t.desk.location if t is not None else ""
        n = t.accounts if t is not None else 0
        self.text.setText(self.tr("数据库 %1 中已有 %2 个账户，不需要再创建管理员。\n\n"
                                  "点“完成”后请用您的账户登录。如果您还没有账户，请联系管理员创建。")
                          .replace("%1", where).replace("%2", str(n)))

    def nextId(self) -> int:  # noqa: N802 - Qt name
        return -1


@dataclass
class _Target:
    url: str
    desk: Desk
    accounts: int


class FirstRunWizard(QWizard):
    """首次运行向导. ``desk`` is the (empty) database the app opened at ``url``; the wizard never closes it.

    After ``accepted``, :attr:`result_value` is a :class:`FirstRunResult`.
    """

    PAGE_DATABASE, PAGE_ADMIN, PAGE_OFFICE, PAGE_EXISTING = range(4)

    def __init__(self, desk: Desk, url: str, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first_run")
        self.initial_desk = desk
        self.initial_url = url
        self.settings = settings if settings is not None else QSettings()
        #: The database chosen on page 1 (opened), or None.
        self.target: _Target | None = None
        #: Desks this wizard opened (closed unless chosen when the wizard ends).
        self._opened: list[Desk] = []
        self._finished = False
        self.user: ActingUser | None = None
        self.username: str | None = None
        self.password: str | None = None
        self.result_value: FirstRunResult | None = None
        self.setWindowIcon(app_icon())
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, app_icon().pixmap(48, 48))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.setMinimumSize(640, 560)
        start = parse_url(url)
        self.database_page = DatabasePage(start, self)
        self.admin_page = AdminPage(self)
        self.office_page = OfficePage(self)
        self.existing_page = ExistingPage(self)
        self.setPage(self.PAGE_DATABASE, self.database_page)
        self.setPage(self.PAGE_ADMIN, self.admin_page)
        self.setPage(self.PAGE_OFFICE, self.office_page)
        self.setPage(self.PAGE_EXISTING, self.existing_page)
        self.setStartId(self.PAGE_DATABASE)
        self._retranslate()

    # -- language ------------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("首次运行向导 — 吹哨报到工作台"))
        for b, text in ((QWizard.WizardButton.BackButton, self.tr("< 上一步")),
                        (QWizard.WizardButton.NextButton, self.tr("下一步 >")),
                        (QWizard.WizardButton.CommitButton, self.tr("创建管理员")),
                        (QWizard.WizardButton.FinishButton, self.tr("完成")),
                        (QWizard.WizardButton.CancelButton, self.tr("取消"))):
            self.setButtonText(b, text)
        for page in (self.database_page, self.admin_page, self.office_page, self.existing_page):
            page.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt name
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "existing_page"):
            self._retranslate()
        super().changeEvent(event)

    # -- the database ---------------------------------------------------------------------------
    def open_target(self, c: Connection, password: str) -> None:
        """Open ``c`` in an op (creating and migrating it); page 1 goes on when it worked."""
        url = c.url()
        page = self.database_page
        initial = self.initial_desk if url == parse_url(self.initial_url).url() else None

        def open_it() -> tuple[Desk, int, bool]:
            d = initial if initial is not None else Desk.open(c.url(password or None))
            try:
                n = d.user_count()
                if c.kind == "server" and password:
                    secrets.store_password(url, password)  # the keyring only, once the password worked
            except BaseException:
                if d is not initial:
                    d.close()
                raise
            return d, n, d is not initial

        def opened(result: tuple[Desk, int, bool]) -> None:
            d, n, new = result
            if new:
                self._opened.append(d)
            if self._finished:  # cancelled meanwhile
                self._close_unused()
                return
            self.target = _Target(url, d, n)
            log.info("first run: database %s opened (%d accounts)", d.location, n)
            page.opened(c, password)

        page.set_busy(True, self.tr("正在打开数据库（首次使用时会创建数据表）…"))
        Op(self, open_it).success(opened).failure(self._open_failed) \
            .finally_(lambda: page.set_busy(False)).run()

    def _open_failed(self, exc: BaseException) -> None:
        page = self.database_page
        if isinstance(exc, secrets.KeyringUnavailable):
            page.show_field_error("password", exc.message)
        else:
            page.show_failure(exc)

    def database_ready(self) -> None:
        """The chosen database is set up (it has an administrator): the next start opens it."""
        if self.target is not None:
            save_url(self.settings, self.target.url)

    def _close_unused(self) -> None:
        keep = self.target.desk if self.target is not None and self.result_value is not None else None
        for d in self._opened:
            if d is not keep and d is not self.initial_desk:
                d.close()
        self._opened = [d for d in self._opened if d is keep]

    # -- ending ---------------------------------------------------------------------------------------
    def done(self, result: int) -> None:
        if result == int(QWizard.DialogCode.Accepted):
            if not self.validateCurrentPage():
                return
            t = self.target
            assert t is not None
            self.database_ready()
            self.result_value = FirstRunResult(t.url, t.desk, self.username, self.password, self.user)
        self._finished = True
        self._close_unused()
        super().done(result)


def run_first_run(desk: Desk, url: str, settings: QSettings | None = None,
                  parent: QWidget | None = None) -> FirstRunResult | None:
    """The wizard, modal (at start, before any window); the result, or None when it was cancelled."""
    wizard = FirstRunWizard(desk, url, settings, parent)
    try:
        wizard.exec()
        return wizard.result_value
    finally:
        wizard.deleteLater()


__all__ = ["COMMON_ZONES", "AdminPage", "DatabasePage", "ExistingPage", "FirstRunResult", "FirstRunWizard",
           "OfficePage", "create_first_admin", "needs_first_run", "run_first_run"]
