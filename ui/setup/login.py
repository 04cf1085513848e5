"""The login dialog: username and password against the open database (the application shows it first)."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from desk import ActingUser, Desk
from desk.errors import ClockAhead, DatabaseUnavailable
from ui.common.opdialog import OpDialog, unavailable_text
from ui.common.ops import Op, describe_error


class LoginDialog(OpDialog):
    """Username and password; on success ``user`` holds the acting user."""

    enter_submits = True
    confirm_discard = False
    #: Lines of text the error line always has room for (a lockout message is three lines in English).
    ERROR_LINES = 3

    def __init__(self, desk: Desk, parent: QWidget | None = None, settings: QSettings | None = None) -> None:
        super().__init__(parent, self.tr("登录 — 吹哨报到工作台"))
        self.setMinimumWidth(380)
        self._desk = desk
        self._settings = settings
        self.user: ActingUser | None = None
        #: The "is the PC's clock right?" question while it is shown.
        self.clock_box: QMessageBox | None = None
        title = QLabel(self.tr("吹哨报到工作台"), self)
        f = QFont(title.font())
        f.setPointSizeF(f.pointSizeF() * 1.4)
        f.setBold(True)
        title.setFont(f)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._layout.insertWidget(0, title)
        self.set_header(self.tr("数据库：%1").replace("%1", desk.location))
        self.username = self.add_field(self.tr("用户名"), QLineEdit(self), "username")
        self.password = self.add_field(self.tr("密码"), QLineEdit(self), "password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.ok_button.setText(self.tr("登录"))
        if settings is not None:
            last = settings.value("login/username", "", str)
            if last:
                self.username.setText(last)
                self.password.setFocus()

    def ask_clock(self, message: str) -> QMessageBox:
        """The PC's clock is far ahead of the record: continue only if a person says it is right (non-blocking)."""
        self.clock_box = self.ask(QMessageBox.Icon.Warning, self.tr("请核对电脑时间"), message,
                                  (QMessageBox.StandardButton.Yes, self.tr("时间正确，继续登录")), self.tr("先去校正时间"),
                                  self._clock_answered)
        return self.clock_box

    def _clock_answered(self, button: QAbstractButton) -> None:
        if self.clock_box is None or self.clock_box.standardButton(button) != QMessageBox.StandardButton.Yes:
            return
        self.set_busy(True)
        Op(self, self._desk.accept_clock).success(self._clock_accepted).failure(self._clock_refused).run()

    def _clock_accepted(self, _at: Any) -> None:
        self.set_busy(False)
        self.submit()  # the same login again

    def _clock_refused(self, exc: BaseException) -> None:
        self.set_busy(False)
        self.show_error(describe_error(exc))

    def make_call(self) -> Callable[[], Any] | None:
        username = self.require("username", self.username, self.tr("请输入用户名。"))
        if username is None:
            return None
        password = self.password.text()
        if not password:
            self.show_field_error("password", self.tr("请输入密码。"))
            return None
        return lambda: self._desk.login(username, password)

    def _on_success(self, result: Any) -> None:
        self.user = result
        if self._settings is not None:
            self._settings.setValue("login/username", result.info.username)
        super()._on_success(result)

    def _on_failure(self, exc: BaseException) -> None:
        if isinstance(exc, DatabaseUnavailable):  # not a wrong password: keep it for the next try
            self.show_error(unavailable_text(self.ok_button.text(), exc.message))
            return
        if isinstance(exc, ClockAhead):  # not the password either: the PC's clock; ask before going on
            self.show_error(exc.message)
            self.ask_clock(exc.message)
            return
        self.password.clear()
        self.password.setFocus()
        self.show_error(describe_error(exc))
