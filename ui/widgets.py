"""Small building blocks shared by the windows: message colours and the read-only row table."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QWidget

#: Style sheets of a message line: an error, a success, a grey explanation.
ERROR_STYLE = "color: #c0392b;"
OK_STYLE = "color: #17612b;"
HINT_STYLE = "color: #666;"
#: The item-data role a sortable column sorts by (datetimes and numbers, not their text).
SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 1


def error_line(parent: QWidget) -> QLabel:
    """A red message line under a form or a field: wraps, can be selected and copied, hidden until it has text."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


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


__all__ = ["ERROR_STYLE", "HINT_STYLE", "OK_STYLE", "SORT_ROLE", "error_line", "row_table"]
