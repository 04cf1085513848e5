"""The search and filter bar above the ticket table.

One line always shows: the search box (number, 12345 number, title, address, 社区, reporter's name or phone),
where it searches (本队列 / 全部工单) and a 筛选 button that shows the filter line: 部门, 分类, 紧急程度, 来源,
诉求类型, 社区, 受理日期 and 只看超期 / 只看预警. The bar checks what it can before anything is asked of the
database (a date range that ends before it starts, a 社区 that is not on the list) and says so on its own
error line; the core checks again (desk.tickets.queries.filter_conditions).

The window keeps one set of filters per queue (:meth:`FilterBar.state` / :meth:`FilterBar.restore`).
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desk.dto import CategoryInfo, CommunityInfo, DepartmentInfo, QueueFilter
from ui.common import labels
from ui.common.widgets import HINT_STYLE, error_line

SEARCH_DEBOUNCE_MS = 300
#: The longest search text (the core refuses longer ones).
SEARCH_MAX = 100


def _combo(parent: QWidget, any_text: str, items: Sequence[tuple[str, str]]) -> QComboBox:
    c = QComboBox(parent)
    c.addItem(any_text, None)
    for value, text in items:
        c.addItem(text, value)
    c.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return c


class FilterBar(QWidget):
    """Search box, scope and filters; says what to show through two signals."""

    #: The search text (after a pause in typing, or Enter) and whether it searches every ticket.
    search_changed = Signal(str, bool)
    #: The filters changed (and are valid).
    filters_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._departments: list[str] = []
        self._categories: list[str] = []
        self._communities: list[str] = []
        self.filters = QueueFilter()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(3)

        row = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("搜索编号、12345工单号、标题、地址、社区、反映人或电话（Ctrl+F）"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(SEARCH_MAX)
        row.addWidget(self.search, 1)
        self.scope = QComboBox(self)
        self.scope.setObjectName("searchScope")
        self.scope.addItem(self.tr("在本队列中搜索"), False)
        self.scope.addItem(self.tr("在全部工单中搜索"), True)
        self.scope.setToolTip(self.tr("搜索只在当前队列中找，还是在您能看到的全部工单中找"))
        self.scope.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        row.addWidget(self.scope)
        self.toggle = QToolButton(self)
        self.toggle.setObjectName("filterToggle")
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toggle.setToolTip(self.tr("按部门、分类、紧急程度、来源、诉求类型、社区、受理日期或超期情况筛选"))
        row.addWidget(self.toggle)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("rowCount")
        self.count_label.setStyleSheet(HINT_STYLE)
        row.addWidget(self.count_label)
        outer.addLayout(row)

        self.panel = QWidget(self)
        self.panel.setObjectName("filterPanel")
        grid = QGridLayout(self.panel)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(3)
        self.department = _combo(self.panel, self.tr("全部部门"), [])
        self.category = _combo(self.panel, self.tr("全部分类"), [])
        self.urgency = _combo(self.panel, self.tr("全部紧急程度"), list(labels.urgencies().items()))
        self.source = _combo(self.panel, self.tr("全部来源"), list(labels.sources().items()))
        self.appeal_type = _combo(self.panel, self.tr("全部诉求类型"), list(labels.appeal_types().items()))
        self.community = QComboBox(self.panel)
        self.community.setEditable(True)
        self.community.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.community.lineEdit().setPlaceholderText(self.tr("全部社区（可输入筛选）"))
        self.community.lineEdit().setMaxLength(64)
        self.community.lineEdit().setClearButtonEnabled(True)
        completer = QCompleter(self.community.model(), self.community)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.community.setCompleter(completer)
        fm = self.community.fontMetrics()
        self.community.setMinimumWidth(fm.horizontalAdvance(self.community.lineEdit().placeholderText()) + 48)
        self.date_check = QCheckBox(self.tr("受理日期"), self.panel)
        self.date_from = QDateEdit(self.panel)
        self.date_to = QDateEdit(self.panel)
        for d in (self.date_from, self.date_to):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
            d.setDate(QDate.currentDate())
            d.setEnabled(False)
        self.overdue = QCheckBox(self.tr("只看超期"), self.panel)
        self.warning = QCheckBox(self.tr("只看预警"), self.panel)
        self.warning.setToolTip(self.tr("时限已过预警比例（黄色）但尚未到期的"))
        self.clear_button = QPushButton(self.tr("清除筛选"), self.panel)
        self.clear_button.setObjectName("clearFilters")
        for col, w in enumerate((self.department, self.category, self.urgency, self.source, self.appeal_type,
                                 self.community)):
            grid.addWidget(w, 0, col)
        dates = QHBoxLayout()
        dates.addWidget(self.date_check)
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel(self.tr("至"), self.panel))
        dates.addWidget(self.date_to)
        dates.addSpacing(12)
        dates.addWidget(self.overdue)
        dates.addWidget(self.warning)
        dates.addStretch(1)
        dates.addWidget(self.clear_button)
        grid.addLayout(dates, 1, 0, 1, 6)
        self.error_label = error_line(self.panel)
        grid.addWidget(self.error_label, 2, 0, 1, 6)
        grid.setColumnStretch(6, 1)
        outer.addWidget(self.panel)
        self.panel.hide()

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self.apply_search)
        self.scope.currentIndexChanged.connect(lambda _i: self.apply_search(force=True))
        self.toggle.toggled.connect(self.panel.setVisible)
        for c in (self.department, self.category, self.urgency, self.source, self.appeal_type):
            c.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.community.activated.connect(lambda _i: self.apply_filters())
        self.community.lineEdit().editingFinished.connect(self.apply_filters)
        self.date_check.toggled.connect(self._dates_toggled)
        for d in (self.date_from, self.date_to):  # when a date is complete: typed (Enter, Tab) or picked
            d.editingFinished.connect(self.apply_filters)
            d.calendarWidget().clicked.connect(lambda _d: self.apply_filters())
        self.overdue.toggled.connect(lambda _on: self.apply_filters())
        self.warning.toggled.connect(lambda _on: self.apply_filters())
        self.clear_button.clicked.connect(lambda _c=False: self.clear())
        self._applied_search: tuple[str, bool] = ("", False)
        self._update_toggle()

    # -- the lists the combos offer ---------------------------------------------------------------------
    def set_lists(self, departments: Sequence[DepartmentInfo], categories: Sequence[CategoryInfo],
                  communities: Sequence[CommunityInfo]) -> None:
        """Fill the pick-lists, keeping what is chosen (without emitting anything)."""
        self._departments = [d.name for d in departments]
        self._categories = [c.name for c in categories]
        self._communities = [c.name for c in communities]
        for combo, names in ((self.department, self._departments), (self.category, self._categories)):
            keep = combo.currentData()
            with QSignalBlocker(combo):
                while combo.count() > 1:
                    combo.removeItem(1)
                for n in names:
                    combo.addItem(n, n)
                combo.setCurrentIndex(max(0, combo.findData(keep)) if keep else 0)
        text = self.community.currentText()
        with QSignalBlocker(self.community):
            self.community.clear()
            self.community.addItems(self._communities)
            self.community.setEditText(text)

    def set_today(self, today: date) -> None:
        """The office's today (the database's clock): what the date range starts from until one is chosen."""
        if not self.date_check.isChecked():
            for d in (self.date_from, self.date_to):
                with QSignalBlocker(d):
                    d.setDate(QDate(today.year, today.month, today.day))

    # -- search ------------------------------------------------------------------------------------------
    def everywhere(self) -> bool:
        return bool(self.scope.currentData())

    def apply_search(self, force: bool = False) -> None:
        self._timer.stop()
        wanted = (self.search.text().strip(), self.everywhere())
        if wanted != self._applied_search or force:
            self._applied_search = wanted
            self.search_changed.emit(*wanted)

    def clear_search(self) -> None:
        """Empty the search box without asking for a reload (the caller reloads)."""
        self._timer.stop()
        with QSignalBlocker(self.search):
            self.search.clear()
        self._applied_search = ("", self.everywhere())

    # -- filters ------------------------------------------------------------------------------------------
    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.apply_filters()

    def current(self) -> QueueFilter | None:
        """The filters as chosen, or None after saying on the error line what is wrong."""
        self.error_label.hide()
        community = self.community.currentText().strip()
        if community and community not in self._communities:
            self._error(self.tr("未知社区：%1（请从列表中选择）").replace("%1", community))
            return None
        start = end = None
        if self.date_check.isChecked():
            start, end = _pydate(self.date_from.date()), _pydate(self.date_to.date())
            if end < start:
                self._error(self.tr("结束日期早于开始日期，请重新选择。"))
                return None
        return QueueFilter(department=self.department.currentData(), category=self.category.currentData(),
                           urgency=self.urgency.currentData(), source=self.source.currentData(),
                           appeal_type=self.appeal_type.currentData(), community=community or None,
                           created_from=start, created_to=end, overdue=self.overdue.isChecked(),
                           warning=self.warning.isChecked())

    def _error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.panel.show()
        self.toggle.setChecked(True)

    def apply_filters(self) -> None:
        f = self.current()
        if f is None or f == self.filters:
            self._update_toggle()
            return
        self.filters = f
        self._update_toggle()
        self.filters_changed.emit(f)

    def clear(self) -> None:
        """清除筛选: no filters (the search text stays)."""
        before = self.filters
        self.restore({})
        if self.filters != before:
            self.filters_changed.emit(self.filters)

    def _update_toggle(self) -> None:
        n = sum(1 for v in (self.filters.department, self.filters.category, self.filters.urgency,
                            self.filters.source, self.filters.appeal_type, self.filters.community,
                            self.filters.created_from, self.filters.overdue, self.filters.warning) if v)
        self.toggle.setText(self.tr("筛选（%1）").replace("%1", str(n)) if n else self.tr("筛选"))

    def set_count(self, rows: int, narrowed: bool) -> None:
        text = self.tr("%1 张").replace("%1", str(rows))
        self.count_label.setText(self.tr("%1（已筛选）").replace("%1", text) if narrowed else text)

    # -- one set of filters per queue ----------------------------------------------------------------------
    def state(self) -> dict[str, Any]:
        """What is chosen, as plain values (kept in QSettings per queue)."""
        f = self.filters
        return {k: v for k, v in {
            "department": f.department, "category": f.category, "urgency": f.urgency, "source": f.source,
            "appeal_type": f.appeal_type, "community": f.community,
            "created_from": f.created_from.isoformat() if f.created_from else None,
            "created_to": f.created_to.isoformat() if f.created_to else None,
            "overdue": f.overdue or None, "warning": f.warning or None}.items() if v}

    def restore(self, state: dict[str, Any]) -> QueueFilter:
        """Show ``state`` (from :meth:`state`) without emitting; unknown values are dropped. Returns the filters."""
        widgets = (self.department, self.category, self.urgency, self.source, self.appeal_type, self.community,
                   self.date_check, self.date_from, self.date_to, self.overdue, self.warning)
        blockers = [QSignalBlocker(w) for w in widgets]
        for key, combo in (("department", self.department), ("category", self.category), ("urgency", self.urgency),
                           ("source", self.source), ("appeal_type", self.appeal_type)):
            combo.setCurrentIndex(max(0, combo.findData(state.get(key))))
        community = state.get("community")
        self.community.setEditText(community if isinstance(community, str) and community in self._communities
                                   else "")
        start, end = _isodate(state.get("created_from")), _isodate(state.get("created_to"))
        on = start is not None and end is not None and end >= start
        self.date_check.setChecked(on)
        for w, value in ((self.date_from, start), (self.date_to, end)):
            w.setEnabled(on)
            if on:
                w.setDate(QDate(value.year, value.month, value.day))
        self.overdue.setChecked(state.get("overdue") in (True, "true", "1", 1))
        self.warning.setChecked(state.get("warning") in (True, "true", "1", 1))
        del blockers
        self.error_label.hide()
        self.filters = self.current() or QueueFilter()
        self._update_toggle()
        return self.filters


def _pydate(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


def _isodate(value: Any) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


__all__ = ["FilterBar"]
