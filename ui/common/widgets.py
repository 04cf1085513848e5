"""Small building blocks shared by the windows: message colours, the read-only row table, an action."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QCompleter, QLabel, QTableView, QWidget

#: Style sheets of a message line: an error, a success, a grey explanation.
ERROR_STYLE = "color: #c0392b;"
OK_STYLE = "color: #17612b;"
HINT_STYLE = "color: #666;"
#: The item-data role a sortable column sorts by (datetimes and numbers, not their text).
SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 1


def make_action(parent: QObject, text: str, slot: Callable[[], Any], *, icon_key: str = "",
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None, tip: str = "",
                name: str = "") -> QAction:
    """A menu or toolbar action: its icon (:func:`ui.common.icons.icon`), shortcut, status-bar tip and object
    name when given; triggering it calls ``slot()``."""
    from ui.common.icons import icon  # (icons need the application; this module does not)

    a = QAction(text, parent)
    if icon_key:
        a.setIcon(icon(icon_key))
    if name:
        a.setObjectName(name)
    if shortcut is not None:
        a.setShortcut(QKeySequence(shortcut))
    if tip:
        a.setStatusTip(tip)
    a.triggered.connect(lambda _checked=False: slot())
    return a


def error_line(parent: QWidget) -> QLabel:
    """A red message line under a form or a field: wraps, can be selected and copied, hidden until it has text."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


class PickList(QComboBox):
    """A pick-list one can type into: typing filters the list (any part of a name matches). ``text()`` is what
    is typed or picked; whether it is on the list is for the caller (or the core) to check."""

    def __init__(self, parent: QWidget | None = None, names: Sequence[str] = (), *, max_length: int = 64) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.lineEdit().setMaxLength(max_length)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.set_names(names)

    def set_names(self, names: Sequence[str]) -> None:
        text = self.currentText()
        self.clear()
        self.addItems(list(names))
        self.setEditText(text)

    def names(self) -> list[str]:
        return [self.itemText(i) for i in range(self.count())]

    def text(self) -> str:
        return self.currentText()

    def setText(self, text: str) -> None:  # noqa: N802 - like QLineEdit
        self.setEditText(text)


def row_table(parent: QWidget, model: QAbstractItemModel | None = None, *, widths: Sequence[int] = (),
              stretch_last: bool = True, row_padding: int = 8) -> QTableView:
    """A read-only table that selects one whole row at a time, with alternating colours, compact rows,
    no row numbers and no wrapping. ``widths`` are the first columns' widths in pixels."""
    v = QTableView(parent)
    if model is not None:
        v.setModel(model)
    v.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    v.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    v.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    v.setAlternatingRowColors(True)
    v.setWordWrap(False)
    v.verticalHeader().hide()
    v.verticalHeader().setDefaultSectionSize(v.fontMetrics().height() + row_padding)
    h = v.horizontalHeader()
    h.setHighlightSections(False)
    for col, w in enumerate(widths):
        h.resizeSection(col, w)
    h.setStretchLastSection(stretch_last)
    return v


__all__ = ["ERROR_STYLE", "HINT_STYLE", "OK_STYLE", "SORT_ROLE", "PickList", "error_line", "row_table"]
