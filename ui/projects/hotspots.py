"""The 问题清单 page (problem hotspots, issue 16 §1): where the same problem keeps coming back.

Choose a period (本月, 近三个月, 本年, or from–to dates) and a grouping (社区 × 分类, or 社区 × 分类 × 小区点位); the
hotspots load off the GUI thread (``user.hotspots``) into a table that sorts by any figure when its header is
clicked. A selected hotspot's tickets are listed below the table (查看工单; a double click on one shows it,
:attr:`HotspotsPage.open_ticket`), and 生成储备项目… hands its ticket numbers to whoever builds the candidate project
(:attr:`HotspotsPage.create_candidate`). What each figure counts is in desk/hotspots/service.py.

With the map (issue 17): 在地图上查看 asks the window to show the selected hotspot's 社区 on the map page
(:attr:`HotspotsPage.show_on_map`: its period and category as the map's filters); :meth:`HotspotsPage.focus_community`
is the way back (the map's 查看热点): the 社区's first hotspot selected and its tickets listed.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, timezone, tzinfo
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QElapsedTimer, QModelIndex, QObject, QPersistentModelIndex, Qt, \
    Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desk import ActingUser
from desk.hotspots.dto import Hotspot, HotspotReport, HotspotTickets
from desk.permissions import role_may
from ui.common import labels
from ui.common.ops import Op, describe_error
from ui.common.widgets import HINT_STYLE, TITLE_SCALE, bold_label, row_table

_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole

#: The most hotspots the page asks for at once (the core's limit).
PAGE_ROWS = 5000
#: The period presets, in the chooser's order.
PERIODS = ("month", "quarter", "year", "custom")
GROUPINGS = ("community_category", "place")


def preset_period(kind: str, today: date) -> tuple[date, date]:
    """本月: the 1st to today; 近三个月: the 1st of the month two months back to today; 本年: 1 January to today."""
    if kind == "month":
        return today.replace(day=1), today
    if kind == "quarter":
        months = today.year * 12 + today.month - 1 - 2
        return date(months // 12, months % 12 + 1, 1), today
    if kind == "year":
        return date(today.year, 1, 1), today
    raise ValueError(kind)


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


class HotspotModel(QAbstractTableModel):
    """The hotspots of one report, sorted in memory by the column whose header was clicked (a report holds at
    most :data:`PAGE_ROWS` rows). Empty shares sort last in either direction."""

    COLUMNS = ("community", "category", "place", "count", "residents", "repeats", "dissatisfied", "unresolved",
               "trend")
    #: The core's sort key of each figure column (the default order of a fresh report is "count").
    SORT_KEYS = {"count": "count", "residents": "residents", "repeats": "repeats", "dissatisfied": "dissatisfied",
                 "unresolved": "unresolved", "trend": "trend"}

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Hotspot] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def column_of(self, key: str) -> int:
        return self.COLUMNS.index(key)

    def set_rows(self, rows: Sequence[Hotspot]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if self._sort is not None:
            self._apply_sort(*self._sort)
        self.endResetModel()

    def hotspot(self, row: int) -> Hotspot | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        key = self.COLUMNS[section]
        if role == _DISPLAY:
            return {"community": self.tr("社区"), "category": self.tr("分类"), "place": self.tr("小区点位"),
                    "count": self.tr("问题数"), "residents": self.tr("涉及居民"), "repeats": self.tr("重复件"),
                    "dissatisfied": self.tr("不满意占比"), "unresolved": self.tr("未办结占比"),
                    "trend": self.tr("环比")}[key]
        if role == Qt.ItemDataRole.InitialSortOrderRole:  # a figure's first click: the largest first
            return None if key in ("community", "category", "place") else Qt.SortOrder.DescendingOrder
        if role == _TOOLTIP:
            return {"count": self.tr("统计期内受理的问题：重复件并入主工单，只计一次"),
                    "residents": self.tr("反映问题的居民：主工单与重复件之和"),
                    "repeats": self.tr("已并入的重复件，加上仍待确认的疑似重复件"),
                    "dissatisfied": self.tr("这些工单的有效回访中“不满意”的比例（每位居民的回访各计一次）"),
                    "unresolved": self.tr("期末仍未结案（也未作废）的问题占问题数的比例"),
                    "trend": self.tr("与上一等长时段相比问题数的增减；时段未结束时按相同的已过时长比较")}.get(key)
        return None

    def _value(self, h: Hotspot, key: str) -> Any:
        """What column ``key`` sorts by."""
        return {"community": h.community, "category": " / ".join(h.category_path), "place": h.place,
                "count": h.count, "residents": h.residents, "repeats": h.repeats,
                "dissatisfied": h.dissatisfied.value, "unresolved": h.unresolved.value, "trend": h.change}[key]

    def _text(self, h: Hotspot, key: str) -> str:
        if key == "category":
            return h.category
        if key == "place":
            return h.place or self.tr("（未填地址）")
        if key in ("dissatisfied", "unresolved"):
            r = getattr(h, key)
            return _pct(r.value) if r.value is None else \
                self.tr("%1（%2/%3）").replace("%1", _pct(r.value)).replace("%2", f"{r.part:g}") \
                .replace("%3", str(r.whole))
        if key == "trend":
            sign = "+" if h.change > 0 else "−" if h.change < 0 else "±"
            amount = f"{sign}{abs(h.change)}"
            if h.change_ratio is None:
                return self.tr("%1（新出现）").replace("%1", amount) if h.count else amount
            return self.tr("%1（%2）").replace("%1", amount).replace("%2", f"{h.change_ratio * 100:+.0f}%")
        return str(self._value(h, key))

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < len(self.COLUMNS):
            return None
        h = self._rows[index.row()]
        key = self.COLUMNS[index.column()]
        if role == _DISPLAY:
            return self._text(h, key)
        if role == _ALIGN and key not in ("community", "category", "place"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == _TOOLTIP:
            if key == "category":
                return " / ".join(h.category_path)
            if key == "trend":
                return self.tr("上一时段 %1 件，本时段 %2 件").replace("%1", str(h.previous)).replace("%2", str(h.count))
            if key in ("dissatisfied", "unresolved"):
                r = getattr(h, key)
                if r.low is not None:
                    return self.tr("95% 置信区间 %1–%2").replace("%1", _pct(r.low)).replace("%2", _pct(r.high))
        if role == _FOREGROUND and key == "trend" and h.change:
            return QColor("#a01717") if h.change > 0 else QColor("#17612b")
        return None

    # -- sorting ------------------------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        old = [QPersistentModelIndex(i) for i in self.persistentIndexList()]
        rows_before = [self._rows[i.row()] if 0 <= i.row() < len(self._rows) else None for i in old]
        self._sort = (column, order)
        self._apply_sort(column, order)
        position = {id(h): r for r, h in enumerate(self._rows)}
        self.changePersistentIndexList(
            old, [self.index(position[id(h)], i.column()) if h is not None else QModelIndex()
                  for i, h in zip(old, rows_before)])
        self.layoutChanged.emit()

    def _apply_sort(self, column: int, order: Qt.SortOrder) -> None:
        key = self.COLUMNS[column]
        present = [h for h in self._rows if self._value(h, key) is not None]
        missing = [h for h in self._rows if self._value(h, key) is None]
        present.sort(key=lambda h: self._value(h, key), reverse=order == Qt.SortOrder.DescendingOrder)
        self._rows = present + missing


class HotspotsPage(QWidget):
    """问题清单: the period and grouping choosers, the hotspots table, the selected hotspot's tickets and the
    actions on it. The actions follow the selection (a click, the keyboard, a reload that cleared it)."""

    #: A message for the status bar.
    status = Signal(str)
    #: A report arrived and is shown.
    loaded = Signal()
    #: The selected hotspot's tickets are listed.
    tickets_loaded = Signal()
    #: Show this ticket (a double click in the hotspot's ticket list).
    open_ticket = Signal(str)
    #: 生成储备项目…: the hotspot's ticket numbers (at most 500, newest first), its 社区 and its category.
    create_candidate = Signal(list, str, str)
    #: 在地图上查看: the selected hotspot's 社区, its category, and the period (``(key, start, end)``).
    show_on_map = Signal(str, str, object)

    def __init__(self, user: ActingUser, tz: tzinfo, parent: QWidget | None = None, *,
                 now: Callable[[], datetime | None] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hotspots")
        self.user = user
        self.tz = tz
        self._now = now or (lambda: None)
        self.report: HotspotReport | None = None
        self.tickets: HotspotTickets | None = None
        self.loading = False
        self.loaded_once = False
        self._gen = 0
        #: (社区, category) to select once the report arrives (the map's 查看热点).
        self._focus: tuple[str, str] | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(bold_label(QLabel(self.tr("问题清单"), self), TITLE_SCALE))
        hint = QLabel(self.tr("按社区和分类（或小区点位）汇总统计期内受理的工单：问题数、涉及居民、重复件、不满意和未办结占比，"
                              "以及与上一等长时段的比较。点击列标题排序；选中一行可查看工单或生成储备项目。"), self)
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        lay.addWidget(hint)

        # -- the choosers (two rows, so that the page stays narrow beside the detail pane)
        when = QHBoxLayout()
        when.addWidget(QLabel(self.tr("统计期"), self))
        self.period = QComboBox(self)
        self.period.setObjectName("hotspots_period")
        for key, text in zip(PERIODS, (self.tr("本月"), self.tr("近三个月"), self.tr("本年"), self.tr("自定义"))):
            self.period.addItem(text, key)
        when.addWidget(self.period)
        self.start_edit, self.end_edit = QDateEdit(self), QDateEdit(self)
        for edit, name in ((self.start_edit, "hotspots_from"), (self.end_edit, "hotspots_to")):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        when.addWidget(QLabel(self.tr("从"), self))
        when.addWidget(self.start_edit)
        when.addWidget(QLabel(self.tr("到"), self))
        when.addWidget(self.end_edit)
        when.addStretch(1)
        lay.addLayout(when)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("分组"), self))
        self.group = QComboBox(self)
        self.group.setObjectName("hotspots_group")
        self.group.addItem(self.tr("社区 × 分类"), "community_category")
        self.group.addItem(self.tr("社区 × 分类 × 小区点位"), "place")
        bar.addWidget(self.group)
        self.query_button = QPushButton(self.tr("查询"), self)
        self.query_button.setObjectName("hotspots_query")
        self.query_button.setToolTip(self.tr("按所选统计期和分组重新统计"))
        bar.addWidget(self.query_button)
        bar.addStretch(1)
        lay.addLayout(bar)
        # -- the actions on the selected hotspot
        self.tickets_button = QPushButton(self.tr("查看工单"), self)
        self.tickets_button.setObjectName("hotspots_tickets")
        self.tickets_button.setToolTip(self.tr("列出所选热点的工单（最新的在前，最多 500 件）"))
        self.candidate_button = QPushButton(self.tr("生成储备项目…"), self)
        self.candidate_button.setObjectName("hotspots_candidate")
        self.candidate_button.setToolTip(self.tr("以所选热点的工单为依据，新建一个储备项目"))
        self.map_button = QPushButton(self.tr("在地图上查看"), self)
        self.map_button.setObjectName("hotspots_map")
        self.map_button.setToolTip(self.tr("切换到地图：按本热点的统计期和分类筛选，显示其社区和工单"))
        self.map_button.setVisible(role_may("map_picture", user.role))
        actions = QHBoxLayout()
        actions.addWidget(self.tickets_button)
        actions.addWidget(self.candidate_button)
        actions.addWidget(self.map_button)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(HINT_STYLE)
        actions.addWidget(self.summary, 1)
        lay.addLayout(actions)

        # -- the table, and the selected hotspot's tickets under it
        self.model = HotspotModel(self)
        self.view = row_table(self, self.model, widths=(110, 120, 130, 70, 70, 70, 110, 110), row_padding=8)
        self.view.setObjectName("hotspots_table")
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(self.model.column_of("count"), Qt.SortOrder.DescendingOrder)
        self.view.horizontalHeader().setSortIndicatorShown(True)
        self.ticket_title = QLabel(self)
        self.ticket_title.setWordWrap(True)
        self.ticket_list = QListWidget(self)
        self.ticket_list.setObjectName("hotspots_ticket_list")
        self.ticket_list.setToolTip(self.tr("双击工单在右侧查看详情"))
        lower = QWidget(self)
        lower_lay = QVBoxLayout(lower)
        lower_lay.setContentsMargins(0, 0, 0, 0)
        lower_lay.addWidget(self.ticket_title)
        lower_lay.addWidget(self.ticket_list)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        lay.addWidget(self.splitter, 1)
        lower.hide()
        self.lower = lower
        self.status_line = QLabel(self)
        self.status_line.setObjectName("hotspots_status")
        self.status_line.setWordWrap(True)
        lay.addWidget(self.status_line)

        # -- wiring
        self.period.currentIndexChanged.connect(self._period_chosen)
        self.query_button.clicked.connect(lambda: self.reload())
        self.group.currentIndexChanged.connect(lambda _i: self.reload())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.model.modelReset.connect(self._selection_changed)
        self.view.doubleClicked.connect(lambda _i: self.show_tickets())
        self.view.horizontalHeader().sortIndicatorChanged.connect(self._sort_changed)
        self.tickets_button.clicked.connect(self.show_tickets)
        self.candidate_button.clicked.connect(self.make_candidate)
        self.map_button.clicked.connect(self._to_map)
        self.ticket_list.itemActivated.connect(self._ticket_activated)
        self._period_chosen()
        self._selection_changed()

    # -- the period ---------------------------------------------------------------------------------------
    def today(self) -> date:
        now = self._now() or datetime.now(timezone.utc)
        return now.astimezone(self.tz).date()

    def _period_chosen(self, _index: int = 0) -> None:
        kind = self.period.currentData()
        custom = kind == "custom"
        self.start_edit.setEnabled(custom)
        self.end_edit.setEnabled(custom)
        if not custom:
            start, end = preset_period(kind, self.today())
            for edit, d in ((self.start_edit, start), (self.end_edit, end)):
                edit.blockSignals(True)
                edit.setDate(QDate(d.year, d.month, d.day))
                edit.blockSignals(False)
            if self.loaded_once:
                self.reload()

    def dates(self) -> tuple[date, date]:
        return self.start_edit.date().toPython(), self.end_edit.date().toPython()

    # -- loading ------------------------------------------------------------------------------------------
    def shown(self) -> None:
        """The page came on screen: the first time, its hotspots are loaded (never at start-up)."""
        if not self.loaded_once and not self.loading:
            self.reload()

    def reload(self) -> None:
        """Ask for the hotspots of the chosen period and grouping (off the GUI thread)."""
        if self.period.currentData() != "custom":
            start, end = preset_period(self.period.currentData(), self.today())
            self.start_edit.setDate(QDate(start.year, start.month, start.day))
            self.end_edit.setDate(QDate(end.year, end.month, end.day))
        start, end = self.dates()
        group_by = self.group.currentData()
        sort_col = self.view.horizontalHeader().sortIndicatorSection()
        sort_key = self.model.SORT_KEYS.get(self.model.COLUMNS[sort_col], "count") \
            if 0 <= sort_col < len(self.model.COLUMNS) else "count"
        self._gen += 1
        gen = self._gen
        self.loading = True
        self.query_button.setEnabled(False)
        self.status_line.setText(self.tr("正在统计…"))
        timer = QElapsedTimer()
        timer.start()
        user = self.user
        Op(self, lambda: user.hotspots(start=start, end=end, group_by=group_by, sort=sort_key, limit=PAGE_ROWS)) \
            .success(lambda r: self._arrived(gen, r, timer.elapsed())) \
            .failure(lambda e: self._failed(gen, e)) \
            .finally_(lambda: self._done(gen)) \
            .run()

    def _done(self, gen: int) -> None:
        if gen == self._gen:
            self.loading = False
            self.query_button.setEnabled(True)

    def _failed(self, gen: int, exc: BaseException) -> None:
        if gen != self._gen:
            return
        message = describe_error(exc)
        self.status_line.setText(message)
        self.status.emit(message)

    def _arrived(self, gen: int, report: HotspotReport, ms: int) -> None:
        if gen != self._gen:
            return  # an older question's answer
        self.report = report
        self.loaded_once = True
        self.view.setColumnHidden(self.model.column_of("place"), report.group_by != "place")
        self.model.set_rows(report.rows)
        self._clear_tickets()
        seconds = f"{ms / 1000:.2f}"
        if report.groups > len(report.rows):
            count = self.tr("显示前 %1 个热点（共 %2 个）").replace("%1", str(len(report.rows))) \
                .replace("%2", str(report.groups))
        else:
            count = self.tr("共 %1 个热点").replace("%1", str(len(report.rows)))
        text = self.tr("%1，问题 %2 件，涉及居民 %3 人；用时 %4 秒").replace("%1", count) \
            .replace("%2", str(report.problems)).replace("%3", str(report.residents)).replace("%4", seconds)
        self.status_line.setText(text)
        compare = self.tr("环比：与 %1 至 %2 相比").replace("%1", report.previous_start.isoformat()) \
            .replace("%2", report.previous_end.isoformat())
        if report.cut < report.until:
            compare += self.tr("（统计期未结束，按相同的已过时长比较）")
        self.summary.setText(compare)
        if self._focus is not None:
            self._apply_focus()
        self.loaded.emit()

    def _sort_changed(self, _column: int, _order: Qt.SortOrder) -> None:
        """The table sorts what it holds; when the report holds only the first rows of more, the core is asked
        again for the first rows by the figure clicked."""
        if self.report is not None and self.report.groups > len(self.report.rows) and not self.loading:
            self.reload()

    # -- the selected hotspot ----------------------------------------------------------------------------
    def selected(self) -> Hotspot | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.hotspot(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        h = self.selected()
        self.tickets_button.setEnabled(h is not None)
        self.candidate_button.setEnabled(h is not None)
        self.map_button.setEnabled(h is not None)

    def _ask_tickets(self, h: Hotspot, then: Callable[[HotspotTickets], None],
                     after: Callable[[], None] = lambda: None) -> None:
        report = self.report
        assert report is not None
        place = h.place if report.group_by == "place" else None
        user = self.user
        Op(self, lambda: user.hotspot_tickets(h.community, h.category, place, report.start, report.end)) \
            .success(then).failure(lambda e: self.status.emit(describe_error(e))).finally_(after).run()

    def _name(self, h: Hotspot) -> str:
        parts = [h.community, h.category] + ([h.place or self.tr("（未填地址）")] if self.report
                                             and self.report.group_by == "place" else [])
        return " · ".join(parts)

    def show_tickets(self) -> None:
        """查看工单: the selected hotspot's tickets, listed under the table."""
        h = self.selected()
        if h is not None:
            self._ask_tickets(h, lambda got: self._list_tickets(h, got))

    def _list_tickets(self, h: Hotspot, got: HotspotTickets) -> None:
        self.tickets = got
        self.ticket_list.clear()
        states = labels.ticket_states()
        for t in got.items:
            text = self.tr("%1  %2  · %3 · 受理于 %4").replace("%1", t.number).replace("%2", t.title) \
                .replace("%3", labels.label(states, t.state)).replace("%4", labels.fmt_time(t.created_at, self.tz))
            if t.parent_number:
                text += self.tr("（重复件，并入 %1）").replace("%1", t.parent_number)
            item = QListWidgetItem(text, self.ticket_list)
            item.setData(Qt.ItemDataRole.UserRole, t.number)
            item.setToolTip(t.address)
        shown = self.tr("%1 的工单：共 %2 件").replace("%1", self._name(h)).replace("%2", str(got.total))
        if got.total > len(got.items):
            shown += self.tr("（列出最新的 %1 件）").replace("%1", str(len(got.items)))
        self.ticket_title.setText(shown)
        self.lower.show()
        self.tickets_loaded.emit()

    def _clear_tickets(self) -> None:
        self.tickets = None
        self.ticket_list.clear()
        self.lower.hide()

    def _ticket_activated(self, item: QListWidgetItem) -> None:
        number = item.data(Qt.ItemDataRole.UserRole)
        if number:
            self.open_ticket.emit(number)

    def make_candidate(self) -> None:
        """生成储备项目…: the selected hotspot's ticket numbers go to :attr:`create_candidate`."""
        h = self.selected()
        if h is None:
            return
        self.candidate_button.setEnabled(False)

        def then(got: HotspotTickets) -> None:
            self.create_candidate.emit(got.numbers, h.community, h.category)
            self.status.emit(self.tr("已选取 %1 的 %2 件工单，用于生成储备项目").replace("%1", self._name(h))
                             .replace("%2", str(len(got.items))))

        self._ask_tickets(h, then, self._selection_changed)

    # -- the map and back ---------------------------------------------------------------------------------
    def _to_map(self) -> None:
        h, report = self.selected(), self.report
        if h is None or report is None:
            return
        self.show_on_map.emit(h.community, h.category, (self.period.currentData(), report.start, report.end))

    def focus_community(self, community: str, category: str = "", period: Any = None) -> None:
        """The map's 查看热点: the period of the map (a preset, or 自定义 dates; the map's 全部时间 keeps this page's)
        and the 社区's first hotspot (of ``category`` if it has one) selected, its tickets listed."""
        key, start, end = period if period else ("all", None, None)
        self._focus = (community, category or "")
        changed = False
        if key in ("month", "quarter", "year") and key != self.period.currentData():
            self._set_period(key)
            changed = True
        elif key == "custom" and start is not None and end is not None and \
                (self.period.currentData() != "custom" or (start, end) != self.dates()):
            self._set_period(key, start, end)
            changed = True
        if changed or (not self.loaded_once and not self.loading):
            self.reload()
        elif not self.loading:
            self._apply_focus()  # (else when the report in flight arrives)

    def _set_period(self, key: str, start: date | None = None, end: date | None = None) -> None:
        """Choose a period without a reload of its own (the caller reloads once)."""
        self.period.blockSignals(True)
        self.period.setCurrentIndex(self.period.findData(key))
        self.period.blockSignals(False)
        custom = key == "custom"
        self.start_edit.setEnabled(custom)
        self.end_edit.setEnabled(custom)
        if custom and start is not None and end is not None:
            for edit, d in ((self.start_edit, start), (self.end_edit, end)):
                edit.setDate(QDate(d.year, d.month, d.day))

    def _apply_focus(self) -> None:
        focus, self._focus = self._focus, None
        if focus is None:
            return
        community, category = focus
        rows = [r for r in range(self.model.rowCount()) if self.model.hotspot(r).community == community]
        row = next((r for r in rows if category and self.model.hotspot(r).category == category),
                   rows[0] if rows else None)
        if row is None:
            self.view.clearSelection()
            self._clear_tickets()
            self.status_line.setText(self.tr("%1 在本统计期内没有热点。").replace("%1", community))
            return
        index = self.model.index(row, 0)
        self.view.selectRow(row)
        self.view.scrollTo(index)
        self.status_line.setText(self.tr("%1：本统计期内热点 %2 个").replace("%1", community).replace("%2", str(len(rows))))
        self.show_tickets()


__all__ = ["HotspotModel", "HotspotsPage", "preset_period"]
