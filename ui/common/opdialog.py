"""The dialogs' base: a form whose OK button runs one façade call as an op (every area's dialogs build on it).

Tests fill the public widgets, call :meth:`OpDialog.submit` and wait for ``succeeded`` (or read the
error labels); nothing here needs ``exec()``.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desk.errors import ConflictError, DatabaseUnavailable, ValidationError
from ui.common.ops import Op, describe_error
from ui.common.widgets import error_line

log = logging.getLogger(__name__)

translate = QCoreApplication.translate


def _text(w: QWidget) -> str:
    if isinstance(w, QPlainTextEdit):
        return w.toPlainText()
    if isinstance(w, QLineEdit):
        return w.text()
    raise TypeError(type(w))


class OpDialog(QDialog):
    """Base: a form whose OK button runs one façade call as an op.

    Subclasses add rows with :meth:`add_field` (naming the façade keyword each widget feeds, so a
    ``ValidationError(field)`` appears under that widget) and implement :meth:`make_call`.
    """

    #: Emitted with the façade's result when the call succeeded (just before the dialog accepts).
    succeeded = Signal(object)
    #: Emitted when part of a two-step call went through although the dialog stays open.
    changed = Signal()
    #: The call failed with ``ConflictError`` (someone else changed the item first): the core's message.
    #: The window reloads the item and hands it to :meth:`item_reloaded`.
    conflict = Signal(str)

    #: Enter in a one-line field submits (the login). Elsewhere Enter moves to the next field, so that a
    #: half-filled form is never sent by accident; Ctrl+Enter submits every dialog.
    enter_submits = False
    #: Esc or 取消 asks before throwing away typed text.
    confirm_discard = True
    #: Lines the dialog's error line always has room for, shown empty (0: it appears when needed).
    ERROR_LINES = 0

    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.result_value: Any = None
        self.busy = False
        self._field_widgets: dict[str, QWidget] = {}
        self._field_errors: dict[str, QLabel] = {}
        self._shown_once = False
        self._typed_at_open: list[str] = []
        #: The "放弃填写的内容？" question while it is shown.
        self.discard_box: QMessageBox | None = None
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self._ctrl_enter)
        self._layout = QVBoxLayout(self)
        self.header = QLabel(self)
        self.header.setWordWrap(True)
        self.header.hide()
        self._layout.addWidget(self.header)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._layout.addLayout(self.form)
        self.error_label = error_line(self)
        if self.ERROR_LINES:  # its own space: a message never moves, squashes or clips the fields
            self.error_label.setMinimumHeight(self.error_label.fontMetrics().lineSpacing() * self.ERROR_LINES + 4)
            self.error_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            self.error_label.show()
        self._layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("确定"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self._layout.addWidget(self.buttons)

    # -- building -------------------------------------------------------------------
    def set_header(self, text: str) -> None:
        self.header.setText(text)
        self.header.setVisible(bool(text))

    def add_field(self, label: str, widget: QWidget, *fields: str, form: QFormLayout | None = None) -> QWidget:
        """A form row (in ``form``, default the dialog's); errors for any of ``fields`` are shown right
        under ``widget``."""
        box = QWidget(self)
        box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)  # room for the error text
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        if isinstance(widget, QDateTimeEdit):
            lay.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
        else:
            lay.addWidget(widget)
        err = error_line(box)
        lay.addWidget(err)
        (form if form is not None else self.form).addRow(label, box)
        for f in fields:
            self._field_widgets[f] = widget
            self._field_errors[f] = err
        return widget

    # -- manners: the first field has the focus, Enter, Ctrl+Enter, Esc, errors that go away ------------
    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt name
        if not self._shown_once:
            self._shown_once = True
            self._watch_fields()
            self.focus_first_field()  # before QDialog gives the focus to its default button
            self._typed_at_open = self._typed()
        super().showEvent(event)

    def _inputs(self) -> list[QWidget]:
        """The dialog's enabled, visible input widgets in the order they were made (the form's order).

        (Not by walking the focus chain: wrapping Qt's internal widgets on the way keeps the dialog's
        Python wrapper alive after the dialog is deleted.)"""
        return [w for w in self.findChildren(QWidget)
                if isinstance(w, _INPUTS) and w.isEnabled() and not w.isHidden()
                and w.focusPolicy() & Qt.FocusPolicy.TabFocus and not (isinstance(w, QLineEdit) and w.isReadOnly())]

    def focus_first_field(self) -> None:
        """The first empty text field gets the focus (a filled-in form: its first field)."""
        inputs = [w for w in self._inputs() if not isinstance(w, QPushButton)]
        empty = [w for w in inputs if isinstance(w, (QLineEdit, QPlainTextEdit)) and not _text(w)]
        target = empty[0] if empty else (inputs[0] if inputs else None)
        if target is not None:
            target.setFocus(Qt.FocusReason.TabFocusReason)

    def _typed(self) -> list[str]:
        return [_text(w) for w in self.findChildren(QWidget) if isinstance(w, (QLineEdit, QPlainTextEdit))
                and not (isinstance(w, QLineEdit) and w.isReadOnly())]

    def has_typed_text(self) -> bool:
        """Whether the user typed something since the dialog opened (what 取消 would throw away)."""
        return self._shown_once and self._typed() != self._typed_at_open

    def reject(self) -> None:
        """Esc, 取消 or the window's close button: with typed text, first ask (in a sheet that does not block)."""
        if self.confirm_discard and self.isVisible() and not self.busy and self.has_typed_text():
            if self.discard_box is None or not self.discard_box.isVisible():
                self.discard_box = self.ask(QMessageBox.Icon.Question, self.tr("放弃填写的内容？"),
                                            self.tr("您填写的内容尚未提交，关闭后将丢失。"),
                                            (QMessageBox.StandardButton.Discard, self.tr("放弃并关闭")),
                                            self.tr("继续填写"), self._discard_answered)
            return
        super().reject()

    def ask(self, icon: QMessageBox.Icon, title: str, text: str, go: tuple[QMessageBox.StandardButton, str],
            stay: str, answered: Callable[[QAbstractButton], None]) -> QMessageBox:
        """A question in a sheet that does not block: the ``go`` button, or Cancel (the default) named ``stay``;
        ``answered`` gets the button clicked."""
        button, go_text = go
        box = QMessageBox(icon, title, text, button | QMessageBox.StandardButton.Cancel, self)
        box.button(button).setText(go_text)
        box.button(QMessageBox.StandardButton.Cancel).setText(stay)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(answered)
        box.open()
        return box

    def _discard_answered(self, button: QAbstractButton) -> None:
        box = self.discard_box
        if box is not None and box.standardButton(button) == QMessageBox.StandardButton.Discard:
            self._typed_at_open = self._typed()  # nothing left to lose
            super().reject()

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt name
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not (event.modifiers() & Qt.KeyboardModifier.ControlModifier) and not self.enter_submits:
            self.focusNextChild()  # a focused button handles Enter itself and never gets here
            event.accept()
            return
        super().keyPressEvent(event)

    def _ctrl_enter(self) -> None:
        if self.ok_button.isEnabled() and self.ok_button.isVisible():
            self.submit()

    def _watch_fields(self) -> None:
        """An error under a field goes away as soon as that field is edited; changing a choice (a radio button,
        a check box, a list) clears every field's error, since the rules that raised them may no longer apply."""
        # (bound methods, not lambdas holding the dialog: a deleted dialog's wrapper must not outlive it)
        for widget in set(self._field_widgets.values()):
            signal = _change_signal(widget)
            if signal is not None:
                signal.connect(self._field_edited)
        for w in self.findChildren(QWidget):
            if isinstance(w, QAbstractButton) and w.isCheckable():
                w.toggled.connect(self.clear_field_errors)
            elif isinstance(w, QComboBox):
                w.currentIndexChanged.connect(self.clear_field_errors)

    def _field_edited(self, *_args: Any) -> None:
        edited = self.sender()
        for field, widget in self._field_widgets.items():
            if widget is edited:
                self.clear_field_error(field)

    def clear_field_error(self, field: str) -> None:
        err = self._field_errors.get(field)
        if err is not None:
            err.clear()
            err.hide()

    def clear_field_errors(self, *_args: Any) -> None:
        for field in self._field_errors:
            self.clear_field_error(field)

    # -- errors ---------------------------------------------------------------------------
    def clear_errors(self) -> None:
        for err in self._field_errors.values():
            err.clear()
            err.hide()
        self.error_label.clear()
        self.error_label.setVisible(bool(self.ERROR_LINES))

    def show_field_error(self, field: str, message: str) -> None:
        err = self._field_errors.get(field)
        if err is None:
            self.show_error(message)
            return
        err.setText(message)
        err.show()
        self._field_widgets[field].setFocus()

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def field_error(self, field: str) -> str:
        """The message currently shown under ``field`` ('' if none)."""
        err = self._field_errors.get(field)
        return err.text() if err is not None and not err.isHidden() else ""

    def error_text(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""  # ('' when empty)

    # -- submitting ---------------------------------------------------------------------
    def make_call(self) -> Callable[[], Any] | None:
        """The façade call to run, or None after showing a local error."""
        raise NotImplementedError

    def submit(self) -> None:
        if self.busy:
            return
        self.clear_errors()
        fn = self.make_call()
        if fn is None:
            return
        self.set_busy(True)
        Op(self, fn).success(self._on_success).failure(self._on_failure).finally_(lambda: self.set_busy(False)).run()

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.ok_button.setEnabled(not busy)

    def _on_success(self, result: Any) -> None:
        self.result_value = result
        self.succeeded.emit(result)
        self.accept()

    def _on_failure(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self.show_field_error(exc.field, exc.message)
        elif isinstance(exc, DatabaseUnavailable):
            self.show_error(unavailable_text(self.ok_button.text(), exc.message))
        elif isinstance(exc, ConflictError):
            self.show_error(exc.message)
            self.conflict.emit(exc.message)
        else:
            self.show_error(describe_error(exc))

    def item_reloaded(self, detail: Any) -> None:
        """After a conflict the window reloaded the item: the dialog may bring itself up to date."""
        self.show_error(self.error_text() + "\n" + self.tr("已重新载入最新内容（见详情），请核对后再决定是否继续。"))

    def require(self, field: str, widget: QWidget, message: str) -> str | None:
        value = _text(widget).strip()
        if not value:
            self.show_field_error(field, message)
            return None
        return value


#: What counts as a field for focus and for the Esc question.
_INPUTS = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QListWidget, QAbstractButton)


def _change_signal(w: QWidget) -> Any:
    """The signal a widget emits when the user changes its value."""
    if isinstance(w, (QLineEdit, QPlainTextEdit)):
        return w.textChanged
    if isinstance(w, QComboBox):
        return w.currentIndexChanged
    if isinstance(w, QAbstractSpinBox) and hasattr(w, "dateTimeChanged"):
        return w.dateTimeChanged
    if isinstance(w, QAbstractButton):
        return w.toggled
    if isinstance(w, QListWidget):
        return w.itemChanged
    return None


def unavailable_text(ok_text: str, message: str) -> str:
    """What a dialog says when its call failed because the database cannot be reached."""
    return translate("dialogs", "与数据库的连接已断开，操作未保存。您填写的内容已保留，连接恢复后请再按“%1”。") \
        .replace("%1", ok_text) + "\n" + message


__all__ = ["OpDialog", "unavailable_text"]
