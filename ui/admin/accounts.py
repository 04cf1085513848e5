"""Accounts: the users window (管理 → 用户管理), changing one's own password (also forced after a reset),
and the idle lock of the main window (:class:`IdleWatcher`, :class:`LockPage`).

Every read and write is an op; no password is ever shown, logged or kept longer than its field.
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime, timezone, tzinfo
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desk import ActingUser
from desk.dto import AccountInfo, DepartmentInfo
from desk.errors import AccountLocked, AuthError
from ui.common import labels
from ui.common.opdialog import OpDialog
from ui.common.ops import Op, describe_error
from ui.common.widgets import OK_STYLE, SORT_ROLE, error_line, row_table

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_USER = Qt.ItemDataRole.UserRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
MAX_PASSWORD_LENGTH = 256


def password_edit(parent: QWidget) -> QLineEdit:
    """A password field: dots, no input-method prediction, no copying out."""
    e = QLineEdit(parent)
    e.setEchoMode(QLineEdit.EchoMode.Password)
    e.setMaxLength(MAX_PASSWORD_LENGTH)
    return e


def mismatch_text() -> str:
    return translate("accounts", "两次输入的密码不一致。")


def locked_until(account: AccountInfo, now: datetime) -> datetime | None:
    """When the account's lockout ends, or None when it is not locked now."""
    return account.locked_until if account.locked_until is not None and account.locked_until > now else None


def status_text(account: AccountInfo, now: datetime, tz: tzinfo) -> str:
    """正常 / 已停用 / 锁定至 HH:MM / 须改密码 (several joined by ；)."""
    parts = []
    if not account.active:
        parts.append(translate("accounts", "已停用"))
    until = locked_until(account, now)
    if until is not None:
        local = until.astimezone(tz)
        same_day = local.date() == now.astimezone(tz).date()
        parts.append(translate("accounts", "锁定至 %1").replace(
            "%1", local.strftime("%H:%M") if same_day else labels.fmt_short(until, tz)))
    if account.must_change_password:
        parts.append(translate("accounts", "须改密码"))
    return translate("accounts", "；").join(parts) if parts else translate("accounts", "正常")


# -- the users table -------------------------------------------------------------------------------------
class UsersTableModel(QAbstractTableModel):
    """Every account (AccountInfo), one row each; the whole list is small and arrives at once."""

    COLUMNS = ("username", "display_name", "role", "department", "status", "last_login_at", "failed_logins",
               "created_at")

    def __init__(self, tz: tzinfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tz = tz
        self.now: datetime | None = None
        self._items: list[AccountInfo] = []

    def set_accounts(self, items: Sequence[AccountInfo], now: datetime, tz: tzinfo | None = None) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.now = now
        if tz is not None:
            self.tz = tz
        self.endResetModel()

    def account(self, row: int) -> AccountInfo | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, username: str) -> int | None:
        return next((i for i, a in enumerate(self._items) if a.username == username), None)

    def is_locked(self, account: AccountInfo) -> bool:
        return self.now is not None and locked_until(account, self.now) is not None

    def column_of(self, key: str) -> int:
        return self.COLUMNS.index(key)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if role != _DISPLAY or orientation != Qt.Orientation.Horizontal:
            return None
        names = [self.tr("用户名"), self.tr("姓名"), self.tr("角色"), self.tr("部门"), self.tr("状态"),
                 self.tr("最近登录"), self.tr("连续输错"), self.tr("创建时间")]
        return names[section] if 0 <= section < len(names) else None

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._items)) or index.column() >= len(self.COLUMNS):
            return None
        a = self._items[index.row()]
        key = self.COLUMNS[index.column()]
        if role == _USER:
            return a.username
        if role == SORT_ROLE:
            if key in ("last_login_at", "created_at"):
                at = getattr(a, key)
                return at.timestamp() if at is not None else 0.0
            if key == "failed_logins":
                return a.failed_logins
            return self.data(index, _DISPLAY)
        if role == _DISPLAY:
            if key == "role":
                return labels.label(labels.roles(), a.role)
            if key == "department":
                return a.department or ""
            if key == "status":
                return status_text(a, self.now, self.tz) if self.now is not None else ""
            if key in ("last_login_at", "created_at"):
                return labels.fmt_time(getattr(a, key), self.tz)
            if key == "failed_logins":
                return str(a.failed_logins) if a.failed_logins else ""
            return getattr(a, key)
        if role == _FOREGROUND:
            if not a.active:
                return QColor("#8a8f96")
            if key == "status" and self.is_locked(a):
                return QColor("#a01717")
            if key == "status" and a.must_change_password:
                return QColor("#9a5b00")
        if role == _TOOLTIP and key == "status" and a.failed_logins:
            return self.tr("自上次成功登录以来连续输错密码 %1 次").replace("%1", str(a.failed_logins))
        return None


class UsersWindow(QDialog):
    """用户管理: every account with its role and status; new user, reset password, disable/enable, unlock,
    change role. A non-modal window; each change is an op and the table reloads afterwards."""

    #: The accounts (and departments) arrived.
    loaded = Signal()
    #: An account was changed: a message for the status bar.
    changed = Signal(str)

    def __init__(self, user: ActingUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("用户管理"))
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.resize(1000, 560)
        self._user = user
        self._gen = 0
        self.busy = False
        self.departments: list[DepartmentInfo] = []
        self.dialog: QDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self._keep: str | None = None
        lay = QVBoxLayout(self)

        top = QHBoxLayout()
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("筛选用户名、姓名或部门"))
        self.filter_edit.setClearButtonEnabled(True)
        top.addWidget(self.filter_edit, 1)
        self.count_label = QLabel(self)
        top.addWidget(self.count_label)
        lay.addLayout(top)

        self.model = UsersTableModel(timezone.utc, self)  # the office's zone arrives with the accounts
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.view = row_table(self, self.proxy, widths=(110, 120, 100, 110, 150, 130, 70, 130), row_padding=10)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        lay.addWidget(self.view, 1)

        # actions: buttons, the table's context menu and shortcuts (Ctrl+N, Ctrl+P, Ctrl+D, Ctrl+U, Ctrl+E, F5)
        def action(name: str, text: str, shortcut: str | QKeySequence.StandardKey, tip: str,
                   slot: Callable[[], Any]) -> QAction:
            a = QAction(text, self)
            a.setIconText(text)  # (a tool button would drop the "…" that says a dialog follows)
            a.setObjectName(f"users_{name}")
            a.setShortcut(QKeySequence(shortcut))
            a.setToolTip(self.tr("%1（%2）").replace("%1", tip)
                         .replace("%2", a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)))
            a.triggered.connect(lambda _checked=False: slot())
            self.addAction(a)
            return a

        self.new_action = action("new", self.tr("新建用户…"), "Ctrl+N", self.tr("开设新账户"), self.new_user)
        self.reset_action = action("reset", self.tr("重置密码…"), "Ctrl+P",
                                   self.tr("为忘记密码的用户设置临时密码"), self.reset_password)
        self.active_action = action("active", self.tr("停用"), "Ctrl+D", self.tr("停用或重新启用所选账户"),
                                    self.toggle_active)
        self.unlock_action = action("unlock", self.tr("解锁"), "Ctrl+U",
                                    self.tr("解除因多次输错密码造成的锁定"), self.unlock)
        self.role_action = action("role", self.tr("更改角色…"), "Ctrl+E", self.tr("更改所选账户的角色和部门"),
                                  self.change_role)
        self.reload_action = action("reload", self.tr("刷新"), QKeySequence.StandardKey.Refresh,
                                    self.tr("重新读取用户列表"), self.reload)
        self.row_actions = (self.reset_action, self.active_action, self.unlock_action, self.role_action)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.addActions([self.new_action, *self.row_actions])
        buttons = QHBoxLayout()
        for a in (self.new_action, *self.row_actions):
            b = QToolButton(self)
            b.setDefaultAction(a)
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            b.setMinimumHeight(28)
            buttons.addWidget(b)
        buttons.addStretch(1)
        reload_button = QToolButton(self)
        reload_button.setDefaultAction(self.reload_action)
        reload_button.setMinimumHeight(28)
        buttons.addWidget(reload_button)
        close = QPushButton(self.tr("关闭"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.close)
        buttons.addWidget(close)
        lay.addLayout(buttons)
        self.error_label = error_line(self)
        lay.addWidget(self.error_label)
        self.message = QLabel(self)
        self.message.setStyleSheet(OK_STYLE)
        lay.addWidget(self.message)

        self.filter_edit.textChanged.connect(self._filter)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._sync_actions())  # (a click selects after)
        self.view.doubleClicked.connect(lambda _i: self.change_role())
        self._sync_actions()
        self.reload()

    # -- loading ------------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the accounts again, keeping the selected one selected."""
        self._gen += 1
        gen, u = self._gen, self._user
        current = self.selected()
        if current is not None and self._keep is None:
            self._keep = current.username

        def fetch() -> tuple[list[AccountInfo], list[DepartmentInfo], datetime, tzinfo]:
            return u.users(), u.departments(), u.desk.now(), u.desk.office_tz()

        Op(self, fetch).success(lambda r: self._arrived(gen, *r)) \
            .failure(lambda exc: self._show_error(describe_error(exc))).run()

    def _arrived(self, gen: int, accounts: list[AccountInfo], departments: list[DepartmentInfo], now: datetime,
                 tz: tzinfo) -> None:
        if gen != self._gen:
            return
        keep, self._keep = self._keep, None
        self.departments = [d for d in departments if d.active]
        self.model.set_accounts(accounts, now, tz)
        self.count_label.setText(self.tr("共 %1 个账户").replace("%1", str(len(accounts))))
        if keep is not None:
            self.select(keep)
        self._sync_actions()
        self.loaded.emit()

    # -- selection ----------------------------------------------------------------------------------------
    def selected(self) -> AccountInfo | None:
        """The highlighted account (whatever highlighted it), or None."""
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.account(self.proxy.mapToSource(rows[0]).row())

    def select(self, username: str) -> bool:
        row = self.model.row_of(username)
        if row is None:
            return False
        idx = self.proxy.mapFromSource(self.model.index(row, 0))
        if not idx.isValid():  # filtered out
            return False
        self.view.selectionModel().setCurrentIndex(
            idx, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(idx)
        return True

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._sync_actions()

    def _sync_actions(self) -> None:
        a = self.selected()
        for act in self.row_actions:
            act.setEnabled(a is not None and not self.busy)
        self.new_action.setEnabled(not self.busy)
        self.active_action.setText(self.tr("启用") if a is not None and not a.active else self.tr("停用"))
        self.unlock_action.setEnabled(a is not None and not self.busy and self.model.is_locked(a))

    # -- actions ------------------------------------------------------------------------------------------
    def _open(self, dlg: OpDialog, message: Callable[[AccountInfo], str]) -> OpDialog:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dlg
        dlg.succeeded.connect(lambda info: self._done(info, message(info)))
        dlg.open()
        return dlg

    def new_user(self) -> OpDialog:
        dlg = NewUserDialog(self, self._user, self.departments)
        return self._open(dlg, lambda a: self.tr("已新建用户 %1").replace("%1", a.username))

    def reset_password(self) -> OpDialog | None:
        a = self.selected()
        if a is None:
            return None
        dlg = ResetPasswordDialog(self, self._user, a)
        return self._open(dlg, lambda info: (self.tr("已为 %1 重置密码，下次登录时须修改密码")
                                             if info.must_change_password else self.tr("已为 %1 重置密码"))
                          .replace("%1", info.username))

    def change_role(self) -> OpDialog | None:
        a = self.selected()
        if a is None:
            return None
        dlg = ChangeRoleDialog(self, self._user, a, self.departments)
        return self._open(dlg, lambda info: self.tr("已将 %1 的角色改为%2").replace("%1", info.username)
                          .replace("%2", labels.label(labels.roles(), info.role)))

    def toggle_active(self) -> QMessageBox | None:
        """停用/启用 the selected account, after a (non-blocking) confirmation."""
        a = self.selected()
        if a is None:
            return None
        if a.active:
            title = self.tr("停用账户")
            text = self.tr("停用 %1（%2）？\n停用后该账户不能再登录，已登录的会话立即失效；工单记录保留。") \
                .replace("%1", a.username).replace("%2", a.display_name)
        else:
            title = self.tr("启用账户")
            text = self.tr("重新启用 %1（%2）？启用后该账户可以用原密码登录。") \
                .replace("%1", a.username).replace("%2", a.display_name)
        if self.confirm_box is not None:
            self.confirm_box.deleteLater()
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("停用") if a.active else self.tr("启用"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("取消"))
        box.setDefaultButton(QMessageBox.StandardButton.No if a.active else QMessageBox.StandardButton.Yes)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        username, active = a.username, not a.active
        box.finished.connect(lambda _r: self._confirmed(box, username, active))
        self.confirm_box = box
        box.open()
        return box

    def _confirmed(self, box: QMessageBox, username: str, active: bool) -> None:
        if box.clickedButton() is not box.button(QMessageBox.StandardButton.Yes):
            return
        u = self._user
        message = (self.tr("已启用 %1") if active else self.tr("已停用 %1")).replace("%1", username)
        self._run(lambda: u.set_user_active(username, active), message)

    def unlock(self) -> None:
        a = self.selected()
        if a is None or not self.model.is_locked(a):
            return
        u, username = self._user, a.username
        self._run(lambda: u.unlock_user(username), self.tr("已解除 %1 的锁定").replace("%1", username))

    def _run(self, fn: Callable[[], AccountInfo], message: str) -> None:
        self._set_busy(True)
        Op(self, fn).success(lambda info: self._done(info, message)) \
            .failure(lambda exc: self._show_error(describe_error(exc))) \
            .finally_(lambda: self._set_busy(False)).run()

    def _done(self, info: AccountInfo, message: str) -> None:
        self.error_label.hide()
        self.message.setText(message)
        self._keep = info.username
        self.changed.emit(message)
        self.reload()

    def _show_error(self, text: str) -> None:
        self.message.clear()
        self.error_label.setText(text)
        self.error_label.show()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._sync_actions()


# -- account dialogs ----------------------------------------------------------------------------------------
def _roles_combo(parent: QWidget, current: str | None = None) -> QComboBox:
    combo = QComboBox(parent)
    for code, text in labels.roles().items():
        combo.addItem(text, code)
    if current is not None:
        combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def _departments_combo(parent: QWidget, departments: Sequence[DepartmentInfo], current: str | None = None
                       ) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItem(translate("accounts", "（请选择部门）"), None)
    for d in departments:
        combo.addItem(d.name, d.name)
    if current and combo.findData(current) < 0:  # e.g. a department disabled meanwhile: shown, the façade decides
        combo.addItem(current, current)
    combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
    return combo


def _add_role_fields(dlg: OpDialog, departments: Sequence[DepartmentInfo], role: str | None,
                     department: str | None) -> tuple[QComboBox, QComboBox]:
    """Role and department rows: the department counts (and is enabled) only for a 部门联络员."""
    role_combo = dlg.add_field(translate("accounts", "角色"), _roles_combo(dlg, role), "role")
    dept_combo = dlg.add_field(translate("accounts", "部门"), _departments_combo(dlg, departments, department),
                               "department")
    dept_combo.setToolTip(translate("accounts", "部门联络员必须属于一个部门；其他角色不属于部门"))

    def sync() -> None:
        dept_combo.setEnabled(role_combo.currentData() == "responder")

    role_combo.currentIndexChanged.connect(lambda _i: sync())
    sync()
    return role_combo, dept_combo  # type: ignore[return-value]


def _chosen_department(role: QComboBox, department: QComboBox) -> str | None:
    return department.currentData() if role.currentData() == "responder" else None


def _check_pair(dlg: OpDialog, first: QLineEdit, second: QLineEdit, field: str, repeat_field: str) -> str | None:
    """The password typed twice, or None after showing why not."""
    if not first.text():
        dlg.show_field_error(field, translate("accounts", "请输入密码。"))
        return None
    if first.text() != second.text():
        second.clear()
        dlg.show_field_error(repeat_field, mismatch_text())
        return None
    return first.text()


class NewUserDialog(OpDialog):
    """新建用户: username, name, role, department, an initial password (typed twice)."""

    def __init__(self, parent: QWidget | None, user: ActingUser, departments: Sequence[DepartmentInfo]) -> None:
        super().__init__(parent, self.tr("新建用户"))
        self._user = user
        self.set_header(self.tr("用户名用于登录：以字母开头，由小写字母、数字、点、下划线或连字符组成，如 zhang.wei。"))
        self.username = self.add_field(self.tr("用户名"), QLineEdit(self), "username")
        self.username.setMaxLength(32)
        self.display_name = self.add_field(self.tr("姓名"), QLineEdit(self), "display_name")
        self.display_name.setMaxLength(64)
        self.display_name.setPlaceholderText(self.tr("显示在工单记录中，如 张伟"))
        self.role, self.department = _add_role_fields(self, departments, "clerk", None)
        self.password = self.add_field(self.tr("初始密码"), password_edit(self), "password")
        self.password.setPlaceholderText(self.tr("至少 8 个字符"))
        self.password_repeat = self.add_field(self.tr("再次输入"), password_edit(self), "password_repeat")
        self.must_change = self.add_field("", QCheckBox(self.tr("首次登录时须修改密码"), self),
                                          "must_change_password")
        self.must_change.setChecked(True)
        self.ok_button.setText(self.tr("新建"))

    def make_call(self) -> Callable[[], Any] | None:
        password = _check_pair(self, self.password, self.password_repeat, "password", "password_repeat")
        if password is None:
            return None
        u = self._user
        username, display = self.username.text(), self.display_name.text()
        role, department = self.role.currentData(), _chosen_department(self.role, self.department)
        must = self.must_change.isChecked()
        return lambda: u.create_user(username, password, role, department=department, display_name=display or None,
                                     must_change_password=must)


class ResetPasswordDialog(OpDialog):
    """重置密码: a temporary password for someone who forgot theirs (also lifts a lockout)."""

    def __init__(self, parent: QWidget | None, user: ActingUser, account: AccountInfo) -> None:
        super().__init__(parent, self.tr("重置密码"))
        self._user = user
        self.account = account
        self.set_header(self.tr("为 %1（%2）设置新密码。该账户已登录的会话将失效，锁定也一并解除。")
                        .replace("%1", account.username).replace("%2", account.display_name))
        self.password = self.add_field(self.tr("新密码"), password_edit(self), "password", "new_password")
        self.password.setPlaceholderText(self.tr("至少 8 个字符"))
        self.password_repeat = self.add_field(self.tr("再次输入"), password_edit(self), "password_repeat")
        self.must_change = self.add_field("", QCheckBox(self.tr("下次登录时须修改密码"), self),
                                          "must_change_password")
        self.must_change.setChecked(True)
        self.ok_button.setText(self.tr("重置"))

    def make_call(self) -> Callable[[], Any] | None:
        password = _check_pair(self, self.password, self.password_repeat, "password", "password_repeat")
        if password is None:
            return None
        u, username, must = self._user, self.account.username, self.must_change.isChecked()
        return lambda: u.reset_password(username, password, must_change_password=must)


class ChangeRoleDialog(OpDialog):
    """更改角色: the role (and, for a 部门联络员, the department) of an account."""

    def __init__(self, parent: QWidget | None, user: ActingUser, account: AccountInfo,
                 departments: Sequence[DepartmentInfo]) -> None:
        super().__init__(parent, self.tr("更改角色"))
        self._user = user
        self.account = account
        self.set_header(self.tr("%1（%2）现在是%3。更改后该账户需要重新登录。").replace("%1", account.username)
                        .replace("%2", account.display_name).replace("%3", labels.label(labels.roles(), account.role)))
        self.role, self.department = _add_role_fields(self, departments, account.role, account.department)
        self.ok_button.setText(self.tr("保存"))

    def make_call(self) -> Callable[[], Any] | None:
        u, username = self._user, self.account.username
        role, department = self.role.currentData(), _chosen_department(self.role, self.department)
        return lambda: u.change_user_role(username, role, department=department)


class ChangePasswordDialog(OpDialog):
    """修改密码: one's own password (the current one is needed). ``forced``: right after logging in with a
    password an administrator set; nothing else works until it is changed, and 取消 means logging out."""

    def __init__(self, user: ActingUser, parent: QWidget | None = None, *, forced: bool = False) -> None:
        super().__init__(parent, self.tr("修改密码"))
        self._user = user
        self.forced = forced
        who = self.tr("%1（%2）").replace("%1", user.info.display_name).replace("%2", user.info.username)
        if forced:
            self.set_header(self.tr("%1：您的密码是管理员设置的临时密码。为了账户安全，请先设置只有您自己知道的新密码，"
                                    "然后才能使用工作台。\n取消将退出登录。").replace("%1", who))
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("退出登录"))
        else:
            self.set_header(self.tr("修改 %1 的登录密码。该账户在其他电脑上的登录将失效。").replace("%1", who))
        self.old_password = self.add_field(self.tr("当前密码"), password_edit(self), "old_password", "password")
        self.new_password = self.add_field(self.tr("新密码"), password_edit(self), "new_password")
        self.new_password.setPlaceholderText(self.tr("至少 8 个字符，不能与当前密码相同"))
        self.new_password_repeat = self.add_field(self.tr("再次输入新密码"), password_edit(self), "new_password_repeat")
        self.ok_button.setText(self.tr("修改密码"))

    def make_call(self) -> Callable[[], Any] | None:
        if not self.old_password.text():
            self.show_field_error("old_password", self.tr("请输入当前密码。"))
            return None
        new = _check_pair(self, self.new_password, self.new_password_repeat, "new_password", "new_password_repeat")
        if new is None:
            return None
        u, old = self._user, self.old_password.text()
        return lambda: u.change_password(old, new)

    def _on_failure(self, exc: BaseException) -> None:
        if isinstance(exc, AuthError):  # the current password was wrong (or the account is locked now)
            self.old_password.clear()
            self.show_field_error("old_password", exc.message)
            return
        super()._on_failure(exc)

    def _on_success(self, result: Any) -> None:
        for e in (self.old_password, self.new_password, self.new_password_repeat):
            e.clear()
        super()._on_success(result)


# -- the idle lock -------------------------------------------------------------------------------------------
class IdleWatcher(QObject):
    """Emits :attr:`idle` after ``interval_ms`` without keyboard or mouse input anywhere in the application
    (an event filter on the QApplication)."""

    idle = Signal()
    INPUT = frozenset({
        QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove,
        QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TabletPress,
        QEvent.Type.InputMethod,
    })

    def __init__(self, parent: QObject | None = None, interval_ms: int = 30 * 60_000) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.idle)
        self._running = False
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def set_interval_ms(self, ms: int) -> None:
        self._timer.setInterval(max(1, int(ms)))
        if self._running:
            self._timer.start()

    def start(self) -> None:
        self._running = True
        self._timer.start()

    def stop(self) -> None:
        self._running = False
        self._timer.stop()

    def remaining_ms(self) -> int:
        return self._timer.remainingTime() if self._running else -1

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if self._running and event.type() in self.INPUT:
            self._timer.start()
        return False


class LockPage(QWidget):
    """Covers the main window after the idle time: the user's name, a password field, 解锁 and 退出登录.

    A wrong password is recorded and counts towards the lockout (``verify_password``); when the account
    is locked, disabled or changed meanwhile, :attr:`session_ended` asks the window to log out."""

    #: The right password was given.
    unlocked = Signal()
    #: The user chose 退出登录.
    logout_requested = Signal()
    #: The session cannot go on (locked out, disabled, changed elsewhere): log out with this message.
    session_ended = Signal(str)

    def __init__(self, user: ActingUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._user = user
        self.busy = False
        self.setObjectName("lock_page")
        self.setAutoFillBackground(True)
        self.setStyleSheet("#lock_page { background: #eef1f4; } #lock_card { background: white; "
                           "border: 1px solid #d0d4d9; border-radius: 6px; }")
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        row = QHBoxLayout()
        row.addStretch(1)
        card = QFrame(self)
        card.setObjectName("lock_card")
        card.setMinimumWidth(420)
        lay = QVBoxLayout(card)
        lay.setContentsMargins(28, 24, 28, 24)
        lay.setSpacing(10)
        title = QLabel(self.tr("工作台已锁定"), card)
        f = QFont(title.font())
        f.setPointSizeF(f.pointSizeF() * 1.5)
        f.setBold(True)
        title.setFont(f)
        lay.addWidget(title)
        who = self.tr("%1（%2）").replace("%1", user.info.display_name) \
            .replace("%2", labels.label(labels.roles(), user.role))
        if user.info.department:
            who = self.tr("%1 · %2").replace("%1", who).replace("%2", user.info.department)
        self.user_label = QLabel(who, card)
        lay.addWidget(self.user_label)
        hint = QLabel(self.tr("为保护工单和居民信息，工作台已锁定。请输入 %1 的密码继续工作。")
                      .replace("%1", user.info.username), card)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        lay.addWidget(hint)
        self.password = password_edit(card)
        self.password.setPlaceholderText(self.tr("密码"))
        lay.addWidget(self.password)
        self.error_label = error_line(card)
        lay.addWidget(self.error_label)
        buttons = QHBoxLayout()
        self.logout_button = QPushButton(self.tr("退出登录(&L)"), card)
        self.logout_button.setAutoDefault(False)
        self.unlock_button = QPushButton(self.tr("解锁(&U)"), card)
        self.unlock_button.setDefault(True)
        buttons.addWidget(self.logout_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        lay.addLayout(buttons)
        row.addWidget(card)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(3)
        self.password.returnPressed.connect(self.submit)
        self.unlock_button.clicked.connect(self.submit)
        self.logout_button.clicked.connect(self.logout_requested)

    def reset(self) -> None:
        """A fresh lock: empty field, no message, the focus in the password field."""
        self.password.clear()
        self.error_label.clear()
        self.error_label.hide()
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> None:
        if self.busy:
            return
        password = self.password.text()
        if not password:
            self._show(self.tr("请输入密码。"))
            return
        self._set_busy(True)
        u = self._user
        Op(self, lambda: u.verify_password(password)).success(lambda _r: self._ok()) \
            .failure(self._failed).finally_(lambda: self._set_busy(False)).run()

    def _ok(self) -> None:
        self.password.clear()
        self.error_label.hide()
        self.unlocked.emit()

    def _failed(self, exc: BaseException) -> None:
        self.password.clear()
        self.password.setFocus()
        message = describe_error(exc)
        if not isinstance(exc, AuthError):  # e.g. the database is away: stay locked, try again later
            self._show(message)
            return
        if isinstance(exc, AccountLocked):  # this attempt locked the account
            self.session_ended.emit(message)
            return
        # A wrong password, or an account disabled or changed elsewhere: any other call tells which.
        u = self._user
        Op(self, u.departments).success(lambda _r: self._show(message)) \
            .failure(lambda e: self.session_ended.emit(describe_error(e)) if isinstance(e, AuthError)
                     else self._show(message)).run()

    def _show(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.unlock_button.setEnabled(not busy)


__all__ = ["ChangePasswordDialog", "ChangeRoleDialog", "IdleWatcher", "LockPage", "NewUserDialog",
           "ResetPasswordDialog", "UsersTableModel", "UsersWindow", "password_edit", "status_text"]
