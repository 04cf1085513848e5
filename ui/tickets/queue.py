"""The ticket queues page: the search box and filters, the ticket table and the deadline legend.

The page owns the table and what it highlights. The highlighted row's ticket is the wanted one of
:class:`~ui.tickets.actions.TicketActions` (the detail pane and the toolbar follow it; the window passes
``want`` and ``wanted`` in); a new list (a refresh, a
sort, a search, another queue) highlights the same ticket again, or the row now in its place, or nothing.
"""
from __future__ import annotations

import json
import time
from collections.abc import Callable
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QByteArray, QItemSelectionModel, QModelIndex, QSettings, Qt, Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from desk import ActingUser, Desk
from desk.dto import QueueFilter, TicketSummary
from ui.common.lists import OfficeLists
from ui.common.ops import Op, describe_error
from ui.common.widgets import HINT_STYLE, row_table
from ui.tickets.badges import BadgeDelegate, DeadlineClock, legend, longest_badge
from ui.tickets.filters import FilterBar
from ui.tickets.models import FIRST_ORDER, TicketTableModel

#: A search slower than this (seconds) on a database without the substring index says why in the status bar.
SLOW_SEARCH_S = 1.0
_DEFAULT_WIDTHS = {
    "number": 108, "title": 230, "category": 80, "urgency": 70, "state": 150, "deadline": 108,
    "my_dispatch_state": 150, "lead_department": 96, "community": 90, "address": 170, "appeal_type": 70,
    "source": 80, "created_at": 128,
}


class QueuePage(QWidget):
    """One user's ticket queues (全部, 待派, 本部门待报到 …): one table, its search, filters and sort."""

    #: A message for the status bar, and how long it stays (ms).
    status = Signal(str, int)
    #: The queues' counts arrived ({queue: number of tickets}).
    counts_loaded = Signal(dict)
    #: A tray notice (title, text): new dispatches arrived for the responder's department.
    notice = Signal(str, str)

    def __init__(self, desk: Desk, user: ActingUser, lists: OfficeLists, settings: QSettings, parent: QWidget, *,
                 queue: str, tz: tzinfo, clock: DeadlineClock, page_size: int, go_to: Callable[[str], None],
                 want: Callable[[int | None], None], wanted: Callable[[], int | str | None]) -> None:
        super().__init__(parent)
        self.desk = desk
        self.user = user
        self.settings = settings
        #: Shows another queue (the window's navigation follows).
        self._go_to = go_to
        #: Shows a ticket in the detail pane (the toolbar follows), and which one is shown (an id, a number).
        self._want = want
        self._wanted = wanted
        #: A ticket to highlight as soon as the table's new id list has it (select_ticket, a new ticket).
        self._pending_select: int | None = None
        #: Where to look for the pending ticket when the list on screen does not hold it (then 全部).
        self._pending_queue = "all"
        #: The table row highlighted last, and what a new id list does to the highlight: "neighbour" (a
        #: refresh: the same ticket, or the row now in its place), "keep" (a new sort or search: the same
        #: ticket if it is still listed) or "clear" (another queue).
        self._selected_row: int | None = None
        self._on_new_list = "neighbour"
        self._keep_scroll: int | None = None
        #: When the current search text was applied (its list not yet shown): a slow one says why.
        self._search_started: float | None = None
        self.counts: dict[str, int] = {}
        self._pending_seen: int | None = None
        self.model = TicketTableModel(user, tz, self, page_size=page_size, queue=queue, clock=clock)
        self.model.visible_rows = self._visible_rows
        cl = QVBoxLayout(self)
        cl.setContentsMargins(0, 0, 0, 0)
        #: Search box, where it searches, the filters (one set per queue, remembered) and the row count.
        self.filter_bar = FilterBar(self)
        self.search = self.filter_bar.search
        cl.addWidget(self.filter_bar)
        self._filters_queue = self.model.queue
        self.model.filters = self.filter_bar.restore(self._saved_filters(self.model.queue))
        self.view = row_table(self, self.model, stretch_last=False, many=True)  # (several: 生成储备项目…, issue 16)
        header = self.view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        for i, c in enumerate(self.model.columns):
            header.resizeSection(i, max(_DEFAULT_WIDTHS.get(c.key, 100), self._header_width(i)))
        header.resizeSection(self.model.column_of("deadline"), self._badge_width())
        self.view.setItemDelegateForColumn(self.model.column_of("deadline"), BadgeDelegate(self.view))
        cl.addWidget(self.view)
        #: Shown over the empty table: nothing matched, or the queue is empty.
        self.empty_label = QLabel(self.view.viewport())
        self.empty_label.setObjectName("emptyTable")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: #777; font-size: 11pt;")
        self.empty_label.hide()
        self.legend = QLabel(self)
        self.legend.setObjectName("deadlineLegend")
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet(HINT_STYLE)
        cl.addWidget(self.legend)
        self._restore_header()

        header.sortIndicatorChanged.connect(self._sort_changed)
        # the selection, not the current index: a click selects after moving the current row, and focusing the
        # table moves the current row without highlighting anything
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._table_selection_changed())
        self.model.loaded.connect(self._ids_loaded)
        self.model.located.connect(self._located)
        self.model.page_arrived.connect(self._highlighted_row_arrived)
        self.model.error.connect(lambda message: self.status.emit(message, 10_000))
        self.filter_bar.search_changed.connect(self._apply_search)
        self.filter_bar.filters_changed.connect(self._apply_filters)
        self.model.loaded.connect(self._show_row_count)
        self.model.loaded.connect(self._search_speed_hint)
        clock.ticked.connect(lambda: self.filter_bar.set_today(clock.now.astimezone(tz).date()))
        lists.arrived.connect(lambda: self._lists_arrived(lists))

    def on_screen(self) -> bool:
        """Whether the window shows this page (it is the current page of the window's stack)."""
        stack = self.parentWidget()
        return isinstance(stack, QStackedWidget) and stack.currentWidget() is self

    def _lists_arrived(self, lists: OfficeLists) -> None:
        self.filter_bar.set_lists(lists.departments, lists.categories, lists.every_community)
        self.filter_bar.restore(self.filter_bar.state())  # a 社区 saved before the list arrived is shown now

    def set_warning_share(self, share: float) -> None:
        """The office's warning share (办公室设置) in the colours' legend."""
        self.legend.setText(legend(share))

    # -- loading -------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the list again, keeping the highlighted ticket (or moving to the row in its place) and the scroll."""
        self._keep_scroll = self.view.verticalScrollBar().value()
        self._reload_table("neighbour")

    def apply_changes(self, ids: set[int]) -> None:
        """Tickets ``ids`` changed on another desk: refresh their rows (and the list's order and count)."""
        self._keep_scroll = self.view.verticalScrollBar().value()
        self._on_new_list = "neighbour"
        self.model.reload(changed=ids)

    def load_counts(self) -> None:
        Op(self, self.user.queue_counts, background=True).success(self._counts_arrived) \
            .failure(lambda exc: self.status.emit(describe_error(exc), 10_000)).run()

    def _counts_arrived(self, counts: dict[str, int]) -> None:
        self.counts = counts
        # a responder: new dispatches for the department (本部门待报到 grew) -> a notice
        pending = counts.get("dept_pending")
        if pending is not None:
            before, self._pending_seen = self._pending_seen, pending
            if before is not None and pending > before:
                self.notice.emit(self.tr("新派单"), self.tr("本部门有 %1 张新派单待报到（共 %2 张）")
                                 .replace("%1", str(pending - before)).replace("%2", str(pending)))
        self.counts_loaded.emit(counts)

    def follow(self, ticket_id: int) -> None:
        """Stay with ``ticket_id`` in the next list (in 全部 if a change took it out of this queue)."""
        self._pending_select = ticket_id

    def _reload_table(self, on_new_list: str) -> None:
        self._on_new_list = on_new_list
        self.model.reload()

    def show_queue(self, key: str) -> None:
        """The navigation chose queue ``key``: nothing is highlighted until the user picks a row."""
        self._keep_scroll = None
        self._selected_row = None
        if self._pending_select is None:
            self._want(None)
        self._on_new_list = "clear"
        if key != self._filters_queue:  # each queue keeps its own filters
            self.model.filters = self.filter_bar.restore(self._saved_filters(key))
            self._filters_queue = key
        self.model.set_queue(key)

    # -- the highlight -------------------------------------------------------------------------------
    def highlighted(self) -> tuple[int | None, int | None]:
        """The highlighted row of the ticket table and its ticket id: with several rows selected, the current one
        (the last clicked) if it is among them."""
        sm = self.view.selectionModel()
        if not sm.hasSelection():
            return None, None
        current = sm.currentIndex().row()
        # (by the selection's ranges: Ctrl+A over a million rows is one range, not a million indexes)
        row = current if sm.isRowSelected(current) else min(r.top() for r in sm.selection())
        return row, self.model.ticket_id(row)

    def selected_summaries(self, limit: int = 500) -> tuple[list[TicketSummary], int]:
        """The selected rows' tickets in table order, as far as their rows have been read (at most ``limit``), and
        how many selected rows are left out (not read yet, or over the limit)."""
        merged: list[list[int]] = []  # the selected rows as disjoint ranges [top, bottom], in order
        for top, bottom in sorted((r.top(), r.bottom()) for r in self.view.selectionModel().selection()):
            if merged and top <= merged[-1][1] + 1:
                merged[-1][1] = max(merged[-1][1], bottom)
            else:
                merged.append([top, bottom])
        rows: list[int] = []
        for top, bottom in merged:
            rows.extend(range(top, min(bottom + 1, top + limit - len(rows))))
        found = [s for s in (self.model.summary(r) for r in rows) if s is not None]
        total = sum(bottom - top + 1 for top, bottom in merged)
        return found, total - len(found)

    def _table_selection_changed(self) -> None:
        if not self.on_screen():
            return
        row, tid = self.highlighted()
        if row is not None:
            self._selected_row = row
        self._want(tid)

    def _highlighted_row_arrived(self) -> None:
        """A row highlighted before its page was read (Ctrl+End at once): now its ticket is known, show it."""
        if self._wanted() is None and self.on_screen():
            row, tid = self.highlighted()
            if tid is not None:
                self._want(tid)

    def _ids_loaded(self) -> None:
        """A new list is in place: highlight the same ticket, or (after a refresh that took it away) the row now in
        its place, or nothing; the detail pane and the toolbar follow the highlight. A ticket outside the pages
        read is located first (the model reads the page that holds it)."""
        target = self._place_target()
        row = self.model.row_of(target) if target is not None else None
        if row is None and target is not None:
            self.model.locate(target)  # -> _located
            return
        self._place(row)

    def _shown_id(self) -> int | None:
        wanted = self._wanted()
        return wanted if isinstance(wanted, int) else None

    def _place_target(self) -> int | None:
        """The ticket a new list highlights: the one asked for (select_ticket), else the one shown unless the
        list is another queue's."""
        if self._pending_select is not None:
            return self._pending_select
        return self._shown_id() if self._on_new_list != "clear" else None

    def _located(self, ticket_id: int, row: int) -> None:
        if ticket_id == self._place_target():  # (else the user has moved on meanwhile)
            self._place(row if row >= 0 else None)

    def _place(self, row: int | None) -> None:
        """Highlight ``row``, the target's row in the new list (None: the list does not hold it)."""
        keep_scroll, self._keep_scroll = self._keep_scroll, None
        mode, self._on_new_list = self._on_new_list, "neighbour"
        pending, self._pending_select = self._pending_select, None
        if pending is not None and row is None and self.model.narrowed():
            # the ticket to show is hidden by this queue's filters or search: clear them and look again
            self.filter_bar.clear_search()
            self.model.search = ""
            self.model.filters = self.filter_bar.restore({})
            self.settings.setValue(self._filters_key(self.model.queue), "{}")
            self._pending_select = pending
            self._reload_table("keep")
            return
        if pending is not None and row is None and self.model.queue != "all":
            # not in this queue (any more): go and find it in the queue select_ticket named, else in 全部
            queue, self._pending_queue = self._pending_queue, "all"
            self._pending_select = pending
            self._go_to(queue if queue != self.model.queue else "all")
            return
        sm = self.view.selectionModel()
        target = pending if pending is not None else self._shown_id()
        if row is None and mode == "neighbour" and target is not None and self._selected_row is not None \
                and self.model.rowCount():
            row = min(self._selected_row, self.model.rowCount() - 1)
        if row is None:
            if sm.hasSelection():
                sm.clearSelection()
            sm.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
            if self.on_screen():
                self._want(None)
            return
        if not (sm.currentIndex().row() == row and sm.isRowSelected(row)):
            self.select_row(row)
        if keep_scroll is not None and pending is None:  # a refresh: stay where the user was looking
            self.view.verticalScrollBar().setValue(keep_scroll)
        else:
            self.view.scrollTo(self.model.index(row, 0))
        if self.on_screen():
            self._want(self.model.ticket_id(row))

    def select_row(self, row: int) -> None:
        idx = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            idx, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def select_ticket(self, ticket_id: int, *, queue: str = "all") -> None:
        """Highlight ``ticket_id`` in the table (and so show it): in this queue if it is listed, else in ``queue``
        (without search text), as a person would go and find it."""
        self._pending_select = ticket_id
        self._pending_queue = queue if queue in self.user.queues() else "all"
        if not self.on_screen():
            self._go_to(self._pending_queue)  # reloads, then highlights the pending ticket
        elif not self.model.loading:  # (else the list on its way highlights it)
            self._on_new_list = "keep"
            self._ids_loaded()  # located in this list, read or not; else in ``queue`` (see _place)

    def _visible_rows(self) -> tuple[int, int]:
        """The table rows on screen (what the badge timer re-evaluates)."""
        n = self.model.rowCount()
        first = self.view.rowAt(0)
        if first < 0:
            return (0, min(n, 50) - 1)
        last = self.view.rowAt(self.view.viewport().height() - 1)
        return first, (last if last >= 0 else n - 1)

    # -- sort, search, filters --------------------------------------------------------------------------
    def _sort_changed(self, section: int, order: Qt.SortOrder) -> None:
        col = self.model.columns[section] if 0 <= section < len(self.model.columns) else None
        if col is None or col.sort_key is None:
            # not sortable: put the indicator back where the model's order is
            self._show_sort_indicator()
            self.status.emit(self.tr("该列不能排序"), 10_000)
            return
        if col.sort_key != self.model.sort_key:  # a new column: its natural order first (时限: overdue first)
            order = FIRST_ORDER.get(col.sort_key, Qt.SortOrder.AscendingOrder)
            header = self.view.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(section, order)
            header.blockSignals(False)
        self._keep_scroll = None
        self._on_new_list = "keep"
        self.model.sort(section, order)

    def _show_sort_indicator(self) -> None:
        header = self.view.horizontalHeader()
        col = next(i for i, c in enumerate(self.model.columns) if c.sort_key == self.model.sort_key)
        order = Qt.SortOrder.DescendingOrder if self.model.descending else Qt.SortOrder.AscendingOrder
        header.blockSignals(True)
        header.setSortIndicator(col, order)
        header.blockSignals(False)

    def _apply_search(self, text: str, everywhere: bool) -> None:
        if (text, everywhere) != (self.model.search, self.model.search_everywhere):
            self._keep_scroll = None
            self._on_new_list = "keep"
            self._search_started = time.monotonic() if text.strip() else None
            self.model.set_search(text, everywhere=everywhere)

    def _search_speed_hint(self) -> None:
        """A slow search on a database without the substring index says why in the status bar."""
        started, self._search_started = self._search_started, None
        if started is None or time.monotonic() - started < SLOW_SEARCH_S:
            return
        missing = self.desk.search_index_missing()
        if missing is not None:
            self.status.emit(self.tr("搜索较慢：数据库没有搜索索引（%1），每次搜索都要逐条查找。请联系管理员。")
                             .replace("%1", missing), 30_000)

    def _apply_filters(self, filters: QueueFilter) -> None:
        self._keep_scroll = None
        self._on_new_list = "keep"
        self.settings.setValue(self._filters_key(self.model.queue), json.dumps(self.filter_bar.state()))
        self.model.set_filters(filters)

    def _filters_key(self, queue: str) -> str:
        return f"main/filters/{self.user.info.username}/{queue}"

    def _saved_filters(self, queue: str) -> dict[str, Any]:
        try:
            state = json.loads(self.settings.value(self._filters_key(queue), "{}", str) or "{}")
        except ValueError:
            return {}
        return state if isinstance(state, dict) else {}

    def _show_row_count(self) -> None:
        """The count next to the search box, and what an empty table says (and where the search looked)."""
        m = self.model
        n = m.rowCount()
        self.filter_bar.set_count(n, m.narrowed())
        if n:
            self.empty_label.hide()
            return
        if m.narrowed():
            where = self.tr("（已在全部工单中搜索）") if m.search and m.search_everywhere else \
                self.tr("（只在本队列中搜索；可改为“在全部工单中搜索”）") if m.search else ""
            text = self.tr("没有找到匹配的工单") + where
        else:
            text = self.tr("该队列中没有工单")
        self.empty_label.setText(text)
        self.empty_label.resize(self.view.viewport().size())
        self.empty_label.show()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        self.empty_label.resize(self.view.viewport().size())

    # -- columns ----------------------------------------------------------------------------------------
    def _header_width(self, section: int) -> int:
        """Room for a header's text (in either language) with its sort arrow."""
        text = str(self.model.headerData(section, Qt.Orientation.Horizontal) or "")
        return self.view.horizontalHeader().fontMetrics().horizontalAdvance(text) + 34

    def _badge_width(self) -> int:
        """Room for the longest badge the rule writes (超期 999 个工作日 23 小时) in the interface language."""
        fm = self.view.fontMetrics()
        longest = max((longest_badge(True), longest_badge(False)), key=fm.horizontalAdvance)
        return fm.horizontalAdvance(longest) + 2 * BadgeDelegate.PAD_X + 16

    def _header_key(self) -> str:
        return f"main/header3/{self.user.role}"  # 3: 时限 after the title, 诉求类型

    def _restore_header(self) -> None:
        """The columns' order, widths and sort as this role left them."""
        state = self.settings.value(self._header_key())
        header = self.view.horizontalHeader()
        if isinstance(state, QByteArray) and not state.isEmpty() and header.restoreState(state):
            col = header.sortIndicatorSection()
            if 0 <= col < len(self.model.columns) and self.model.columns[col].sort_key:
                self.model.sort_key = self.model.columns[col].sort_key
                self.model.descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        self._show_sort_indicator()

    def save_settings(self) -> None:
        self.settings.setValue(self._header_key(), self.view.horizontalHeader().saveState())


__all__ = ["SLOW_SEARCH_S", "QueuePage"]
