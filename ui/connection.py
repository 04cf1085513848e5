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
from ui.dialogs import OpDialog
from ui.ops import Op, describe_error

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

#: QSettings key of the chosen database URL (never with a password).
SETTINGS_KEY = "database/url"
DEFAULT_PORT = 5432
DEFAULT_DATABASE = "whistle"
_OK_STYLE = "color: #1e7e34;"
_ERROR_STYLE = "color: #c0392b;"
_HINT_STYLE = "color: #666;"


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


# -- the dialog ------------------------------------------------------------------------------------
class ConnectionDialog(OpDialog):
    """数据库连接: this computer's file or a shared server; 测试连接; saving keeps the password in the keyring."""

    def __init__(self, parent: QWidget | None, settings: QSettings, current: str | None = None) -> None:
        super().__init__(parent, self.tr("数据库连接"))
        self.setMinimumWidth(560)
        self._settings = settings
        #: The URL saved by OK (no password), or None.
        self.url: str | None = None
        start = parse_url(current or saved_url(settings) or paths.default_db_url())
        self.set_header(self.tr("选择本程序的数据保存在哪里。更改后需要重新登录才能生效。"))

        self.local_radio = QRadioButton(self.tr("仅本机（内置数据库）"), self)
        self.server_radio = QRadioButton(self.tr("共享服务器（PostgreSQL，多台电脑共用）"), self)
        self._kind = QButtonGroup(self)
        self._kind.addButton(self.local_radio)
        self._kind.addButton(self.server_radio)

        # -- this computer
        self._layout.insertWidget(1, self.local_radio)
        self.local_box = QWidget(self)
        lf = QFormLayout(self.local_box)
        lf.setContentsMargins(24, 0, 0, 6)
        row = QWidget(self.local_box)
        rl = QHBoxLayout(row)
        rl.setContentsMargins(0, 0, 0, 0)
        self.path = QLineEdit(row)
        self.path.setPlaceholderText(str(paths.default_db_path()))
        self.browse_button = QPushButton(self.tr("浏览…"), row)
        self.browse_button.clicked.connect(lambda _c=False: self.browse())
        rl.addWidget(self.path, 1)
        rl.addWidget(self.browse_button)
        lf.addRow(self.tr("数据库文件"), row)
        self.path_error = QLabel(self.local_box)
        self.path_error.setStyleSheet(_ERROR_STYLE)
        self.path_error.setWordWrap(True)
        self.path_error.hide()
        lf.addRow("", self.path_error)
        hint = QLabel(self.tr("只有这台电脑使用。不要把数据库文件放在网络共享文件夹上：多台电脑同时使用会损坏数据，"
                              "请改用共享服务器。"), self.local_box)
        hint.setWordWrap(True)
        hint.setStyleSheet(_HINT_STYLE)
        lf.addRow("", hint)
        self._layout.insertWidget(2, self.local_box)

        # -- shared server
        self._layout.insertWidget(3, self.server_radio)
        self.server_box = QWidget(self)
        sf = QFormLayout(self.server_box)
        sf.setContentsMargins(24, 0, 0, 6)
        self.host = QLineEdit(self.server_box)
        self.host.setPlaceholderText(self.tr("如 10.0.0.5 或 db.jiedao.local"))
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
        self.server_errors: dict[str, QLabel] = {}
        for label, widget, key in ((self.tr("服务器地址"), self.host, "host"), (self.tr("端口"), self.port, "port"),
                                   (self.tr("数据库名"), self.database, "database"), (self.tr("用户名"), self.user, "user"),
                                   (self.tr("密码"), self.password, "password")):
            box = QWidget(self.server_box)
            bl = QVBoxLayout(box)
            bl.setContentsMargins(0, 0, 0, 0)
            bl.setSpacing(2)
            bl.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft if widget is self.port else Qt.AlignmentFlag(0))
            err = QLabel(box)
            err.setStyleSheet(_ERROR_STYLE)
            err.setWordWrap(True)
            err.hide()
            bl.addWidget(err)
            sf.addRow(label, box)
            self.server_errors[key] = err
        self.password_hint = QLabel(self.server_box)
        self.password_hint.setWordWrap(True)
        self.password_hint.setStyleSheet(_HINT_STYLE)
        sf.addRow("", self.password_hint)
        self._layout.insertWidget(4, self.server_box)

        # -- test
        test_row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("测试连接"), self)
        self.test_button.setToolTip(self.tr("用上面填写的内容连接一次数据库（不做任何修改）"))
        self.test_button.clicked.connect(lambda _c=False: self.test_connection())
        test_row.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignTop)
        self.test_result = QLabel(self)
        self.test_result.setWordWrap(True)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        test_row.addWidget(self.test_result, 1)
        self._layout.insertLayout(5, test_row)
        self.testing = False

        self.ok_button.setText(self.tr("保存"))
        self.local_radio.toggled.connect(self._sync)
        for w in (self.host, self.user, self.database):
            w.textChanged.connect(self._update_password_hint)
        self.port.valueChanged.connect(self._update_password_hint)
        self.set_connection(start)

    # -- filling ------------------------------------------------------------------------------
    def set_connection(self, c: Connection) -> None:
        (self.local_radio if c.kind == "sqlite" else self.server_radio).setChecked(True)
        if c.kind == "sqlite":
            self.path.setText(c.path or str(paths.default_db_path()))
        else:
            self.path.setText(str(paths.default_db_path()))
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
        self._update_password_hint()

    def _update_password_hint(self, *_args: Any) -> None:
        c = self.connection()
        stored = c.kind == "server" and bool(c.user and c.host) and secrets.get_password(c.url()) is not None
        self.password.setPlaceholderText(self.tr("已保存在系统密钥环中；留空则不变") if stored else "")
        self.password_hint.setText(self.tr("密码只保存在本机系统的密钥环（凭据管理器）中，不会写入设置文件或日志。"))

    def connection(self) -> Connection:
        if self.local_radio.isChecked():
            return Connection("sqlite", path=self.path.text().strip() or str(paths.default_db_path()))
        return Connection("server", host=self.host.text().strip(), port=self.port.value(),
                          database=self.database.text().strip() or DEFAULT_DATABASE, user=self.user.text().strip())

    def browse(self) -> None:
        current = self.path.text().strip() or str(paths.default_db_path())
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("选择数据库文件"), current, self.tr("数据库文件 (*.db);;所有文件 (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if name:
            self.path.setText(str(Path(name)))

    # -- checking --------------------------------------------------------------------------------
    def clear_errors(self) -> None:
        super().clear_errors()
        self.path_error.hide()
        for err in self.server_errors.values():
            err.hide()

    def _field_problem(self, key: str, message: str) -> None:
        if key == "path":
            self.path_error.setText(message)
            self.path_error.show()
            self.path.setFocus()
            return
        err = self.server_errors[key]
        err.setText(message)
        err.show()

    def validate(self) -> Connection | None:
        """The form as a connection, or None after showing what is missing."""
        self.clear_errors()
        c = self.connection()
        if c.kind == "sqlite":
            if on_network_share(c.path):
                self._field_problem("path", self.tr("不支持把数据库文件放在网络共享上（多台电脑同时写入会损坏数据）。"
                                                    "多台电脑共用时请选择“共享服务器”。"))
                return None
            return c
        ok = True
        if not c.host:
            self._field_problem("host", self.tr("请填写服务器地址。"))
            ok = False
        if not c.user:
            self._field_problem("user", self.tr("请填写用户名。"))
            ok = False
        if any(ch in c.host for ch in "/@ "):
            self._field_problem("host", self.tr("服务器地址只填主机名或 IP 地址，如 10.0.0.5。"))
            ok = False
        return c if ok else None

    def test_connection(self) -> None:
        """测试连接: opens the database in an op (nothing is changed or saved) and shows the outcome."""
        if self.testing:
            return
        c = self.validate()
        if c is None:
            return
        url = c.url(self.password.text() or None)
        self.testing = True
        self.test_button.setEnabled(False)
        self.test_result.setStyleSheet(_HINT_STYLE)
        self.test_result.setText(self.tr("正在连接…"))
        Op(self, lambda: check_connection(url)).success(self._test_ok).failure(self._test_failed) \
            .finally_(self._test_done).run()

    def _test_ok(self, message: str) -> None:
        self.test_result.setStyleSheet(_OK_STYLE)
        self.test_result.setText(message)

    def _test_failed(self, exc: BaseException) -> None:
        self.test_result.setStyleSheet(_ERROR_STYLE)
        self.test_result.setText(describe_error(exc))

    def _test_done(self) -> None:
        self.testing = False
        self.test_button.setEnabled(True)

    def test_text(self) -> str:
        return self.test_result.text()

    # -- saving ----------------------------------------------------------------------------------------
    def make_call(self) -> Callable[[], Any] | None:
        c = self.validate()
        if c is None:
            return None
        url = c.url()
        password = self.password.text() if c.kind == "server" else ""

        def save() -> str:
            if password:
                secrets.store_password(url, password)  # the keyring only
            return url

        return save

    def _on_success(self, result: Any) -> None:
        self.url = result
        save_url(self._settings, result)
        self.password.clear()
        log.info("database connection chosen: %s", secrets.redact(result))
        super()._on_success(result)


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


__all__ = ["Connection", "ConnectionDialog", "ask_unreachable", "check_connection", "choose_url", "edit_connection",
           "parse_url", "save_url", "saved_url", "unreachable_box"]
