"""Small building blocks shared by the windows: message colours, the read-only row table, an action."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QAction, QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QCompleter, QFrame, QLabel, QScrollArea, QTableView, \
    QWidget

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


#: A page's title is this much larger than the text (周报, 问题清单, 项目库, the supervision pages).
TITLE_SCALE = 1.15


def bold_label(label: QLabel, scale: float = 1.0) -> QLabel:
    """``label`` in bold, ``scale`` times its size (a page's title: :data:`TITLE_SCALE`)."""
    f = QFont(label.font())
    f.setBold(True)
    f.setPointSizeF(f.pointSizeF() * scale)
    label.setFont(f)
    return label


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


#: The keys that move the current row: without Shift, a table of many rows selects the row they move to.
_MOVES = frozenset({Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_Home,
                    Qt.Key.Key_End})


class _ManyRowsTable(QTableView):
    """Several rows may be selected (Ctrl+click adds or removes one, Shift+click or Shift+↓ a range), while every
    other key that moves (Ctrl+End too) selects the row it moves to, as a one-row table does."""

    def selectionCommand(self, index: Any,  # noqa: N802 - Qt name
                         event: QEvent | None = None) -> QItemSelectionModel.SelectionFlag:
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress and event.key() in _MOVES \
                and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            return QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        return super().selectionCommand(index, event)


def row_table(parent: QWidget, model: QAbstractItemModel | None = None, *, widths: Sequence[int] = (),
              stretch_last: bool = True, row_padding: int = 8, many: bool = False) -> QTableView:
    """A read-only table that selects one whole row at a time (``many``: or several, see :class:`_ManyRowsTable`),
    with alternating colours, compact rows, no row numbers and no wrapping. ``widths`` are the first columns'
    widths in pixels."""
    v = _ManyRowsTable(parent) if many else QTableView(parent)
    if model is not None:
        v.setModel(model)
    v.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    v.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if many
                       else QAbstractItemView.SelectionMode.SingleSelection)
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


def in_scroll_area(page: QWidget, parent: QWidget) -> QScrollArea:
    """``page`` in a scroll area (the window shows that), so that its rows of buttons never make the window wider."""
    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(page)
    return scroll


__all__ = ["ERROR_STYLE", "HINT_STYLE", "OK_STYLE", "SORT_ROLE", "PickList", "error_line", "in_scroll_area",
           "row_table"]
