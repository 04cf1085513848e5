"""Where the data lives: the 数据库连接 dialog, the saved choice, and what to do when the server is away.

* "仅本机（内置数据库）": a SQLite file (default: :func:`desk.paths.default_db_path`).
* "共享服务器": PostgreSQL host, port, database, user and password.

The password goes only to the operating system's keyring (:func:`desk.secrets.store_password`); the URL
saved in QSettings (``database/url``) never contains it, and neither does anything logged or shown.
"""
from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, urlsplit

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk import Desk, paths, secrets
from desk.errors import DeskError
from ui.common.opdialog import OpDialog
from ui.common.ops import Op, describe_error
from ui.common.widgets import ERROR_STYLE, HINT_STYLE, OK_STYLE

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

#: QSettings key of the chosen database URL (never with a password).
SETTINGS_KEY = "database/url"
DEFAULT_PORT = 5432
DEFAULT_DATABASE = "whistle"


# -- URLs (no sqlalchemy in ui: plain string work) ------------------------------------------------
@dataclass(frozen=True)
class Connection:
    """A database choice as the dialog shows it."""

    kind: str  #: "sqlite" or "server"
    path: str = ""
    host: str = ""
    port: int = DEFAULT_PORT
    database: str = ""
    user: str = ""

    def url(self, password: str | None = None) -> str:
        """The URL; without ``password`` it is safe to store and show."""
        if self.kind == "sqlite":
            return f"sqlite:///{Path(self.path).expanduser().as_posix()}"
        auth = quote(self.user, safe="")
        if password:
            auth += ":" + quote(password, safe="")
        host = self.host.strip()
        if ":" in host and not host.startswith("["):  # an IPv6 address
            host = f"[{host}]"
        return f"postgresql+psycopg://{auth}@{host}:{self.port}/{quote(self.database, safe='')}"


def parse_url(url: str) -> Connection:
    """The dialog's fields for ``url`` (a password in it is ignored); unknown URLs become the local default."""
    url = (url or "").strip()
    if url.startswith("sqlite:///"):
        return Connection("sqlite", path=str(Path(url[len("sqlite:///"):])))
    if url.startswith(("postgresql", "postgres:")):
        parts = urlsplit(url)
        try:
            port = parts.port or DEFAULT_PORT
        except ValueError:
            port = DEFAULT_PORT
        return Connection("server", host=parts.hostname or "", port=port, database=unquote(parts.path.lstrip("/")),
                          user=unquote(parts.username or ""))
    return Connection("sqlite", path=str(paths.default_db_path()))


def saved_url(settings: QSettings) -> str | None:
    """The URL chosen in the dialog (None if nothing was chosen). A stray password in it is dropped."""
    value = settings.value(SETTINGS_KEY, "", str)
    if not value:
        return None
    return parse_url(value).url()


def save_url(settings: QSettings, url: str) -> None:
    settings.setValue(SETTINGS_KEY, parse_url(url).url())  # never a password, whatever came in
    settings.sync()


def choose_url(cli_url: str, settings: QSettings) -> str:
    """The database to open: ``--db`` (or ``$WHISTLE_DESK_DB``) when given; else the one chosen in the
    dialog; else the default SQLite file. The CLI passes the default URL when nothing was given."""
    if cli_url and cli_url != paths.default_db_url():
        return cli_url
    return saved_url(settings) or cli_url or paths.default_db_url()


def describe(url: str) -> str:
    """Where ``url`` points, for people: the file, or user@host:port/database (never a password)."""
    c = parse_url(url)
    if c.kind == "sqlite":
        return c.path
    return f"{c.user}@{c.host}:{c.port}/{c.database}"


def on_network_share(path: str) -> bool:
    """A Windows UNC path (\\\\server\\share) or a //server/share path: SQLite there is not safe."""
    p = path.strip().replace("\\", "/")
    return p.startswith("//")


def check_connection(url: str) -> str:
    """Open the database without changing it, then close it (runs in an op). Returns what to tell the user;
    raises the core's ``DatabaseUnavailable`` (or ``SchemaTooNew``) when it cannot be used."""
    if url.startswith("sqlite:///"):
        path = Path(url[len("sqlite:///"):])
        if not path.exists():
            folder = next((p for p in [path.parent, *path.parent.parents] if p.exists()), None)
            if folder is None or not os.access(folder, os.W_OK):
                raise DeskError(translate("connection", "无法在 %1 中新建数据库文件：文件夹不存在或没有写入权限。")
                                .replace("%1", str(path.parent)))
            return translate("connection", "数据库文件尚不存在，首次启动时将在此新建。")
    desk = Desk.open(url, migrate=False)  # connects and checks the schema version; changes nothing
    try:
        try:
            desk.change_marker()
            ready = True
        except DeskError:  # no tables yet: a new, empty database (created at the first start)
            ready = False
    finally:
        desk.close()
    where = describe(url)
    if ready:
        return translate("connection", "连接成功：%1").replace("%1", where)
    return translate("connection", "连接成功：%1（数据库还是空的，首次启动时将自动建表）").replace("%1", where)


# -- the form -----------------------------------------------------------------------------------------
class ConnectionForm(QWidget):
    """仅本机 or 共享服务器 with 测试连接: the part shared by the 数据库连接 dialog and the first-run wizard.

    Each field has an error label under it, keyed like the façade's fields (``path``, ``host``, ``port``,
    ``database``, ``user``, ``password``); :meth:`retranslate` sets every text (the wizard calls it when the
    language changes).
    """

    KEYS = ("path", "host", "port", "database", "user", "password")

    def __init__(self, start: Connection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.testing = False
        #: Returns True while the owner is busy (no 测试连接 then).
        self.busy: Callable[[], bool] = lambda: False
        self.row_labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        self.widgets: dict[str, QWidget] = {}

        self.local_radio = QRadioButton(self)
        self.local_radio.setObjectName("local")
        self.server_radio = QRadioButton(self)
        self.server_radio.setObjectName("server")
        self._kind = QButtonGroup(self)
        self._kind.addButton(self.local_radio)
        self._kind.addButton(self.server_radio)

        lay.addWidget(self.local_radio)
        self.local_box = QWidget(self)
        lf = QFormLayout(self.local_box)
        lf.setContentsMargins(24, 0, 0, 4)
        self.path = QLineEdit(self.local_box)
        self.path.setPlaceholderText(str(paths.default_db_path()))
        self.browse_button = QPushButton(self.local_box)
        self.browse_button.clicked.connect(lambda _c=False: self.browse())
        self._add_row(lf, "path", self.path, self.browse_button)
        self.local_hint = hint_label(self.local_box)
        lf.addRow(self.local_hint)
        lay.addWidget(self.local_box)

        lay.addWidget(self.server_radio)
        self.server_box = QWidget(self)
        sf = QFormLayout(self.server_box)
        sf.setContentsMargins(24, 0, 0, 4)
        self.host = QLineEdit(self.server_box)
        self.port = QSpinBox(self.server_box)
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setGroupSeparatorShown(False)
        self.port.setMinimumWidth(110)
        self.database = QLineEdit(self.server_box)
        self.database.setPlaceholderText(DEFAULT_DATABASE)
        self.user = QLineEdit(self.server_box)
        self.password = QLineEdit(self.server_box)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        for key, w in (("host", self.host), ("port", self.port), ("database", self.database), ("user", self.user),
                       ("password", self.password)):
            self._add_row(sf, key, w)
        self.server_hint = hint_label(self.server_box)
        sf.addRow(self.server_hint)
        lay.addWidget(self.server_box)

        test_row = QHBoxLayout()
        self.test_button = QPushButton(self)
        self.test_button.clicked.connect(lambda _c=False: self.test_connection())
        test_row.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignTop)
        self.test_result = _label(self, "")
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        test_row.addWidget(self.test_result, 1)
        lay.addLayout(test_row)

        self.retranslate()
        self.local_radio.toggled.connect(self._sync)
        for w in (self.host, self.user, self.database):
            w.textChanged.connect(self._update_password_hint)
        self.port.valueChanged.connect(self._update_password_hint)
        self.set_connection(start)

    def _add_row(self, form: QFormLayout, key: str, widget: QWidget, *extra: QWidget) -> None:
        self.row_labels[key], self.errors[key] = field_row(self, form, widget, *extra)
        self.widgets[key] = widget

    def retranslate(self) -> None:
        self.local_radio.setText(self.tr("仅本机（内置数据库，适合一台电脑或试用）"))
        self.server_radio.setText(self.tr("共享服务器（PostgreSQL，多台电脑共用一个数据库）"))
        self.browse_button.setText(self.tr("浏览…"))
        self.local_hint.setText(self.tr("只有这台电脑使用。不要把数据库文件放在网络共享文件夹上：多台电脑同时使用会损坏数据，"
                                        "请改用共享服务器。"))
        self.host.setPlaceholderText(self.tr("如 10.0.0.5 或 db.jiedao.local"))
        self.server_hint.setText(self.tr("密码只保存在本机系统的密钥环（凭据管理器）中，不会写入设置文件或日志。"))
        self.test_button.setText(self.tr("测试连接"))
        self.test_button.setToolTip(self.tr("用上面填写的内容连接一次数据库（不做任何修改）"))
        for key, text in (("path", self.tr("数据库文件")), ("host", self.tr("服务器地址")),
                          ("port", self.tr("端口")), ("database", self.tr("数据库名")),
                          ("user", self.tr("用户名")), ("password", self.tr("密码"))):
            self.row_labels[key].setText(text)
        self._update_password_hint()

    # -- filling ------------------------------------------------------------------------------
    def set_connection(self, c: Connection) -> None:
        (self.local_radio if c.kind == "sqlite" else self.server_radio).setChecked(True)
        self.path.setText(c.path if c.kind == "sqlite" and c.path else str(paths.default_db_path()))
        if c.kind == "server":
            self.host.setText(c.host)
            self.port.setValue(c.port or DEFAULT_PORT)
            self.database.setText(c.database)
            self.user.setText(c.user)
        self._sync()

    def _sync(self, _checked: bool = False) -> None:
        local = self.local_radio.isChecked()
        self.local_box.setEnabled(local)
        self.server_box.setEnabled(not local)
        self.test_result.clear()
        self.clear_errors()
        self._update_password_hint()

    def _update_password_hint(self, *_args: Any) -> None:
        c = self.connection()
        stored = False
        if c.kind == "server" and c.user and c.host:
            try:
                stored = secrets.get_password(c.url()) is not None
            except Exception:  # noqa: BLE001 - a half-typed address or no keyring: only a hint is lost
                stored = False
        self.password.setPlaceholderText(self.tr("已保存在系统密钥环中；留空则不变") if stored else "")

    def connection(self) -> Connection:
        if self.local_radio.isChecked():
            return Connection("sqlite", path=self.path.text().strip() or str(paths.default_db_path()))
        return Connection("server", host=self.host.text().strip(), port=self.port.value(),
                          database=self.database.text().strip() or DEFAULT_DATABASE, user=self.user.text().strip())

    def server_password(self) -> str:
        """The typed password ('' for the local database)."""
        return self.password.text() if self.server_radio.isChecked() else ""

    def browse(self) -> None:
        current = self.path.text().strip() or str(paths.default_db_path())
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("选择数据库文件"), current, self.tr("数据库文件 (*.db);;所有文件 (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if name:
            self.path.setText(str(Path(name)))

    # -- errors -------------------------------------------------------------------------------------
    def clear_errors(self) -> None:
        for err in self.errors.values():
            err.clear()
            err.hide()

    def show_field_error(self, key: str, message: str) -> None:
        err = self.errors[key]
        err.setText(message)
        err.show()
        self.widgets[key].setFocus()

    def field_error(self, key: str) -> str:
        """The message shown under ``key`` ('' when none)."""
        err = self.errors.get(key)
        return err.text() if err is not None and not err.isHidden() else ""

    def validate(self) -> Connection | None:
        """The form as a connection, or None after showing what is wrong next to the field."""
        self.clear_errors()
        c = self.connection()
        if c.kind == "sqlite":
            if on_network_share(c.path):
                self.show_field_error("path", self.tr("不支持把数据库文件放在网络共享上（多台电脑同时写入会损坏数据）。"
                                                      "多台电脑共用时请选择“共享服务器”。"))
                return None
            return c
        ok = True
        if not c.host:
            self.show_field_error("host", self.tr("请填写服务器地址。"))
            ok = False
        elif any(ch in c.host for ch in "/@ "):
            self.show_field_error("host", self.tr("服务器地址只填主机名或 IP 地址，如 10.0.0.5。"))
            ok = False
        if not c.user:
            self.show_field_error("user", self.tr("请填写用户名。"))
            ok = False
        return c if ok else None

    # -- 测试连接 --------------------------------------------------------------------------------------
    def test_connection(self) -> None:
        """Open the database in an op (nothing is changed or saved) and show the outcome."""
        if self.testing or self.busy():
            return
        c = self.validate()
        if c is None:
            return
        url = c.url(self.password.text() or None)
        self.testing = True
        self.test_button.setEnabled(False)
        self.test_result.setStyleSheet(HINT_STYLE)
        self.test_result.setText(self.tr("正在连接…"))
        Op(self, lambda: check_connection(url)).success(self._test_ok).failure(self._test_failed) \
            .finally_(self._test_done).run()

    def _test_ok(self, message: str) -> None:
        self.test_result.setStyleSheet(OK_STYLE)
        self.test_result.setText(message)

    def _test_failed(self, exc: BaseException) -> None:
        self.test_result.setStyleSheet(ERROR_STYLE)
        self.test_result.setText(describe_error(exc))

    def _test_done(self) -> None:
        self.testing = False
        self.test_button.setEnabled(True)

    def test_text(self) -> str:
        return self.test_result.text()


def _label(parent: QWidget, style: str) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    if style:
        label.setStyleSheet(style)
    return label


def field_row(owner: QWidget, form: QFormLayout, widget: QWidget, *extra: QWidget) -> tuple[QLabel, QLabel]:
    """Add a row to ``form``: ``widget`` (and ``extra`` widgets beside it) with a hidden error label under it.
    Returns the row's label (its text set by the caller; its buddy is ``widget``) and the error label."""
    box = QWidget(owner)
    bl = QVBoxLayout(box)
    bl.setContentsMargins(0, 0, 0, 0)
    bl.setSpacing(2)
    if extra:
        row = QHBoxLayout()
        row.addWidget(widget, 1)
        for w in extra:
            row.addWidget(w)
        bl.addLayout(row)
    else:
        bl.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft if isinstance(widget, QSpinBox) else Qt.AlignmentFlag(0))
    err = _label(box, ERROR_STYLE)
    err.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    err.hide()
    bl.addWidget(err)
    label = QLabel(owner)
    label.setBuddy(widget)
    form.addRow(label, box)
    return label, err


def hint_label(parent: QWidget) -> QLabel:
    """A grey, word-wrapped explanation."""
    return _label(parent, HINT_STYLE)


# -- the dialog ------------------------------------------------------------------------------------
class ConnectionDialog(OpDialog):
    """数据库连接: this computer's file or a shared server; 测试连接; saving keeps the password in the keyring."""

    def __init__(self, parent: QWidget | None, settings: QSettings, current: str | None = None) -> None:
        super().__init__(parent, self.tr("数据库连接"))
        self.setMinimumWidth(560)
        self._settings = settings
        #: The URL saved by OK (no password), or None.
        self.url: str | None = None
        self.set_header(self.tr("选择本程序的数据保存在哪里。更改后需要重新登录才能生效。"))
        self.form = ConnectionForm(parse_url(current or saved_url(settings) or paths.default_db_url()), self)
        self._layout.insertWidget(1, self.form)
        self.ok_button.setText(self.tr("保存"))

    def clear_errors(self) -> None:
        super().clear_errors()
        self.form.clear_errors()

    def show_field_error(self, field: str, message: str) -> None:
        if field in self.form.errors:
            self.form.show_field_error(field, message)
        else:
            super().show_field_error(field, message)

    def make_call(self) -> Callable[[], Any] | None:
        c = self.form.validate()
        if c is None:
            return None
        url = c.url()
        password = self.form.server_password()

        def save() -> str:
            if password:
                secrets.store_password(url, password)  # the keyring only
            return url

        return save

    def _on_success(self, result: Any) -> None:
        self.url = result
        save_url(self._settings, result)
        self.form.password.clear()
        log.info("database connection chosen: %s", secrets.redact(result))
        super()._on_success(result)


def change_connection(parent: QWidget, settings: QSettings, current: str, *, reconnect: Callable[[str], Any],
                      status: Callable[[str], Any]) -> ConnectionDialog:
    """文件 → 数据库连接… of a logged-in window (non-blocking): on save, offer to log in again on the new database
    now (``reconnect(url)``), else it is used at the next start."""
    dlg = ConnectionDialog(parent, settings, None)

    def saved(url: str) -> None:
        if describe(url) == describe(current):
            status(translate("connection", "数据库连接已保存"))
            return
        answer = QMessageBox.question(
            parent, translate("connection", "数据库连接已更改"),
            translate("connection", "新的数据库连接（%1）需要重新登录后才能使用。现在退出登录并连接新的数据库吗？\n"
                      "选择“否”则在下次启动程序时生效。").replace("%1", describe(url)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            reconnect(url)
        else:
            status(translate("connection", "数据库连接已保存，下次启动时生效"))

    dlg.succeeded.connect(saved)
    dlg.open()
    return dlg


# -- start-up: the server is away -------------------------------------------------------------------
def unreachable_box(message: str, parent: QWidget | None = None) -> tuple[QMessageBox, dict[Any, str]]:
    """The message shown when the database cannot be opened at start: 重试 / 连接设置 / 退出."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("connection", "无法连接数据库"))
    box.setText(translate("connection", "无法打开数据库，程序暂时不能使用。"))
    box.setInformativeText(message + "\n\n" + translate(
        "connection", "请检查网络和服务器是否正常后重试；如果数据库地址、用户名或密码有变，请打开“连接设置”修改。"))
    retry = box.addButton(translate("connection", "重试"), QMessageBox.ButtonRole.AcceptRole)
    settings = box.addButton(translate("connection", "连接设置…"), QMessageBox.ButtonRole.ActionRole)
    quit_ = box.addButton(translate("connection", "退出"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(retry)
    box.setEscapeButton(quit_)
    return box, {retry: "retry", settings: "settings", quit_: "quit"}


def ask_unreachable(message: str, parent: QWidget | None = None) -> str:
    """"retry", "settings" or "quit" (a modal box: tests replace this function)."""
    box, choices = unreachable_box(message, parent)
    box.exec()
    return choices.get(box.clickedButton(), "quit")


def edit_connection(parent: QWidget | None, settings: QSettings, current: str | None = None) -> str | None:
    """The connection dialog, modal (at start, before any window exists); the saved URL or None."""
    dlg = ConnectionDialog(parent, settings, current)
    try:
        return dlg.url if dlg.exec() == ConnectionDialog.DialogCode.Accepted else None
    finally:
        dlg.deleteLater()


__all__ = ["Connection", "ConnectionDialog", "ConnectionForm", "ask_unreachable", "change_connection",
           "check_connection", "choose_url", "edit_connection", "field_row", "hint_label", "parse_url", "save_url",
           "saved_url", "unreachable_box"]
