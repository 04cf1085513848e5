"""The main window's navigation: one entry per page (a queue, a supervision page, the report), under captions,
each with its count once known. An entry's key (``Qt.UserRole``) says which page it shows."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

_KEY = Qt.ItemDataRole.UserRole


class NavList(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queues")
        self._names: dict[str, str] = {}
        # section headings are captions, not entries: small grey text, no hover, not selectable
        self.setStyleSheet("QListWidget::item { padding: 5px 6px; }"
                           "QListWidget::item:disabled { color: #6b7280; padding: 12px 2px 2px 2px;"
                           " font-size: 8pt; border-bottom: 1px solid #d1d5db; }")
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def add_entry(self, key: str, name: str) -> QListWidgetItem:
        item = QListWidgetItem(name, self)
        item.setData(_KEY, key)
        self._names[key] = name
        return item

    def add_section(self, text: str) -> QListWidgetItem:
        """A heading over the entries below it, which cannot be selected."""
        section = QListWidgetItem(text, self)
        section.setFlags(Qt.ItemFlag.NoItemFlags)
        f = QFont(section.font())
        f.setBold(True)
        section.setFont(f)
        section.setForeground(QColor("#6b7280"))
        section.setToolTip(self.tr("分组标题"))
        return section

    def set_counts(self, counts: dict[str, int | None], tooltips: dict[str, str] | None = None) -> None:
        """Each entry of ``counts`` shows its name with its count (None: the name alone); then :meth:`fit`."""
        for key, count in counts.items():
            item = self.item(self.row_of(key))
            name = self._names[key]
            item.setText(self.tr("%1  (%2)").replace("%1", name).replace("%2", str(count))
                         if count is not None else name)
            if tooltips is not None and key in tooltips:
                item.setToolTip(tooltips[key])
        self.fit()

    def fit(self) -> None:
        """As wide as the longest entry with its count (no entry is cut off, in any language)."""
        fm = self.fontMetrics()
        widest = max((fm.horizontalAdvance(self.item(i).text()) for i in range(self.count())), default=0)
        self.setMinimumWidth(max(130, widest + 36))

    def keys(self) -> list[str]:
        return list(self._names)

    def key_of(self, item: QListWidgetItem | None) -> str | None:
        return item.data(_KEY) if item is not None else None

    def current_key(self) -> str | None:
        return self.key_of(self.currentItem())

    def row_of(self, key: str) -> int:
        for i in range(self.count()):
            if self.item(i).data(_KEY) == key:
                return i
        raise ValueError(key)


__all__ = ["NavList"]
