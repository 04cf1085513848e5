"""Qt models: thin adapters over the façade's plain data.

* :class:`TicketTableModel` pages lazily by key (see its notes): a (re)load reads the first page and, on its
  own, the row count; rows are fetched a page at a time, in the background, for the rows the view asks for.
* :class:`DispatchListModel` and :class:`TimelineModel` show one ticket's dispatches and events.
* :class:`EscalationModel` and :class:`RequestModel` are the supervisor's escalation and approval queues.
* Deadline badges (the 时限 column) come from :mod:`ui.tickets.badges`; a clock tick re-evaluates the badge cells on
  screen (``dataChanged`` for that column only), rows are not fetched again.
"""
from __future__ import annotations

import dataclasses
import logging
import time
from collections import OrderedDict
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt, \
    QTimer, Signal
from PySide6.QtGui import QColor

from desk import ActingUser
from desk.dto import DispatchInfo, EventInfo, Page, QueueFilter, TicketSummary
from desk.enums import Role
from ui.common import labels
from ui.common.ops import Op, describe_error
from ui.tickets.badges import BADGE_ROLE, BADGE_ROLES, DeadlineClock, badge_data, late_text

log = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_USER = Qt.ItemDataRole.UserRole
_BACKGROUND = Qt.ItemDataRole.BackgroundRole
_URGENCY_COLOURS = {"emergency": QColor(200, 30, 30), "urgent": QColor(205, 110, 0)}
_PLACEHOLDER = "…"
translate = QCoreApplication.translate


@dataclass(frozen=True)
class Column:
    key: str  #: attribute of TicketSummary
    sort_key: str | None  #: the façade's sort key, or None when the column cannot be sorted


def ticket_columns(role: str) -> list[Column]:
    cols = [
        Column("number", "number"), Column("title", "title"), Column("deadline", "deadline"),
        Column("urgency", "urgency"), Column("state", "state"), Column("category", "category"),
        Column("lead_department", "lead_department"), Column("community", "community"),
        Column("address", "address"), Column("appeal_type", "appeal_type"), Column("source", "source"),
        Column("created_at", "created_at"),
    ]
    if role == Role.RESPONDER:  # what the department itself must do, next to the ticket's state
        cols.insert(5, Column("my_dispatch_state", "my_dispatch_state"))
    return cols


#: The direction a column sorts in when its header is first clicked: the most pressing or newest first.
FIRST_ORDER = {"deadline": Qt.SortOrder.AscendingOrder, "urgency": Qt.SortOrder.AscendingOrder,
               "created_at": Qt.SortOrder.DescendingOrder, "updated_at": Qt.SortOrder.DescendingOrder,
               "number": Qt.SortOrder.DescendingOrder}


def ticket_headers() -> dict[str, str]:
    return {
        "number": translate("TicketTableModel", "编号"), "title": translate("TicketTableModel", "标题"), "category": translate("TicketTableModel", "分类"), "urgency": translate("TicketTableModel", "紧急程度"),
        "state": translate("TicketTableModel", "状态"), "deadline": translate("TicketTableModel", "时限"), "my_dispatch_state": translate("TicketTableModel", "本部门状态"), "lead_department": translate("TicketTableModel", "主办部门"),
        "community": translate("TicketTableModel", "社区"), "address": translate("TicketTableModel", "地址"), "source": translate("TicketTableModel", "来源"), "created_at": translate("TicketTableModel", "受理时间"),
        "appeal_type": translate("TicketTableModel", "诉求类型"),
    }


class TicketTableModel(QAbstractTableModel):
    """A queue of tickets, read a page at a time from the background worker, by key.

    Why not an id list (Anki's browser, the previous design): it reads every id of the queue on every sort,
    search and refresh, over a second at 1,000,000 tickets. Why not ``QSqlQueryModel``/``fetchMore``: they grow a
    window from the top, so the end of the queue costs every row before it. Here the row count comes from a count
    of its own (the scrollbar adjusts when it arrives; the first page never waits for it), and page N is asked for
    by key: after the last row of page N-1, or before the first row of page N+1, when one of them is loaded, else
    by offset (a jump: scrolling to the middle or the end). Only ``MAX_CACHED_PAGES`` pages stay in memory.
    A ticket in no page read (a new ticket far down a sorted list, the current one after a new sort) is found by
    its row number (:meth:`locate`: a count, then that one page).
    A refresh keeps the row count and the pages on screen (stale until their fresh rows arrive), so the current
    row, the selection and the scroll position stay; a live notice about some tickets makes stale only the pages
    that show them (all pages when the count changed: rows moved)."""

    #: Pages of rows kept in memory; older ones are dropped and fetched again if the view comes back.
    MAX_CACHED_PAGES = 50
    #: How long a row count serves a new list of the same rows (another sort of the same queue, search and
    #: filters). A count reads every matching index entry (over 100 ms at 1,000,000 tickets, seconds for a
    #: 2-character search on SQLite) while a sort changes only the order, so a new sort reuses it; a refresh (the
    #: user's own writes) and a live notice count again, and so does the passing of time (a queue such as
    #: 回头看到期 or the 超时 filter changes with the clock alone).
    COUNT_TTL_S = 30.0

    #: A reload is complete: its row count is in place (a new list's first page came before it).
    loaded = Signal()
    #: Row data of one page arrived (page number).
    page_arrived = Signal(int)
    #: Loading failed; the argument is a message for the user.
    error = Signal(str)
    #: Fresh rows of some changed tickets arrived (their ids) without a reset.
    rows_refreshed = Signal(list)
    #: Where a ticket asked for with :meth:`locate` is: (ticket id, row); row -1 when the list does not hold it.
    located = Signal(int, int)

    def __init__(self, user: ActingUser, tz: tzinfo, parent: QObject | None = None, *, page_size: int = 100,
                 queue: str | None = None, clock: DeadlineClock | None = None) -> None:
        super().__init__(parent)
        if not 1 <= page_size <= 1000:
            raise ValueError("page_size must be 1..1000")
        self._user = user
        self._tz = tz
        self.page_size = page_size
        self.columns = ticket_columns(user.role)
        self._responder = user.role == Role.RESPONDER
        self._headers = ticket_headers()
        self._labels = {
            "urgency": labels.urgencies(), "state": labels.ticket_states(), "source": labels.sources(),
            "my_dispatch_state": labels.dispatch_states(), "appeal_type": labels.appeal_types(),
        }
        self.queue = queue or user.queues()[0]
        self.search = ""
        #: Where the search text looks: this queue, or every ticket the user may see (全部).
        self.search_everywhere = False
        self.filters = QueueFilter()
        self.sort_key = "created_at"
        self.descending = True
        #: What the rows shown are a list of: (queue, search, sort, descending, filters).
        self._params: tuple | None = None
        self._count = 0
        self._pages: OrderedDict[int, Page] = OrderedDict()  # fresh pages, least recently arrived first
        self._stale: dict[int, tuple[TicketSummary, ...]] = {}  # rows before the last reload, shown until fresh
        #: Pages asked for and not answered yet, with the generation (reload) that asked.
        self._inflight: dict[int, int] = {}
        self._failed: set[int] = set()
        self._wanted: set[int] = set()
        self._generation = 0
        #: The generation whose first page starts a new list (the model resets when it arrives), if any.
        self._reset_gen: int | None = None
        self._count_of_gen: tuple[int, int] | None = None  # (generation, count) when the count came first
        self._moved_gen = 0  # the live update in which a changed row may have moved
        self._locating: tuple[int, int, int] | None = None  # (generation, page, ticket id) of a locate()
        #: Recent counts: (queue, search, filters) -> (time.monotonic() when asked, count); see COUNT_TTL_S.
        self._counts: dict[tuple, tuple[float, int]] = {}
        self._counts_epoch = 0  # bumped when the counts are forgotten: a count asked for before is not kept
        #: Counts asked of the database (tests, benchmark).
        self.counts_fetched = 0
        self._loaded_gen = 0  # the last reload that is complete
        self._loading = False
        self.ids_loaded_once = False
        #: Counters for tests and the benchmark.
        self.rows_fetched = 0
        self.pages_fetched = 0
        self._flush = QTimer(self)
        self._flush.setSingleShot(True)
        self._flush.setInterval(0)
        self._flush.timeout.connect(self._request_wanted)
        #: Badges: the clock they are evaluated against, and (set by the view's owner) the rows on screen.
        self.clock = clock
        self.visible_rows: Callable[[], tuple[int, int]] | None = None
        self._deadline_col = self.column_of("deadline")
        if clock is not None:
            clock.ticked.connect(self.refresh_badges)

    # -- badges ------------------------------------------------------------------------
    def refresh_badges(self, first: int | None = None, last: int | None = None) -> None:
        """Badge cells of rows first..last (default: the rows on screen, else all) changed: no refetch."""
        if not self._count:
            return
        if first is None or last is None:
            first, last = self.visible_rows() if self.visible_rows is not None else (0, self._count - 1)
        first, last = max(first, 0), min(last, self._count - 1)
        if last < first:
            return
        col = self._deadline_col
        self.dataChanged.emit(self.index(first, col), self.index(last, col), BADGE_ROLES)

    # -- loading -------------------------------------------------------------------
    def set_queue(self, queue: str) -> None:
        self.queue = queue
        self.reload()

    def set_search(self, text: str, *, everywhere: bool | None = None) -> None:
        self.search = text.strip()
        if everywhere is not None:
            self.search_everywhere = everywhere
        self.reload()

    def set_filters(self, filters: QueueFilter) -> None:
        self.filters = filters
        self.reload()

    def effective_queue(self) -> str:
        """The queue the rows come from: the chosen one, or 全部 while searching everywhere."""
        return "all" if self.search and self.search_everywhere else self.queue

    def narrowed(self) -> bool:
        """Whether search text or filters narrow the rows (an empty table then means 'nothing matched')."""
        return bool(self.search) or not self.filters.is_empty()

    def reload(self, changed: Collection[int] | None = None) -> None:
        """Read the list again: a new list (another queue, sort, search or filter) from its first page; the same
        list keeps its rows on screen until fresh ones arrive. ``changed``: only these tickets changed (live
        updates, polling): only the pages that show them are read again (unless the count changed)."""
        params = (self.effective_queue(), self.search, self.sort_key, self.descending, self.filters)
        fresh = params != self._params or self._reset_gen is not None  # (a new list whose first page is due)
        self._params = params
        self._generation += 1
        gen = self._generation
        self._loading = True
        if fresh:
            self._reset_gen = gen
            self._fetch(0, gen, {"offset": 0})
        elif changed is None:
            self._make_stale()
            for page in self._pages_on_screen():  # read again before the count completes the reload, so that
                self._fetch(page, gen, self._position(page))  # the selection finds its row
        else:
            self._refetch(gen, set(changed))
        queue, search, _sort, _desc, filters = params
        live = changed is not None and not fresh
        if not fresh or changed is not None:  # a refresh or a live notice: rows may have come or gone
            self._counts.clear()
            self._counts_epoch += 1
        key, epoch = (queue, search, filters), self._counts_epoch
        known = self._counts.get(key)
        if known is not None and time.monotonic() - known[0] < self.COUNT_TTL_S:
            self._count_arrived(gen, known[1], live)  # (a new list: its first page completes the load)
            return
        asked = time.monotonic()
        self.counts_fetched += 1

        def counted(n: int) -> None:
            if epoch == self._counts_epoch:
                self._counts[key] = (asked, n)
            self._count_arrived(gen, n, live)

        Op(self, lambda: self._user.queue_size(queue, search=search, filters=filters)).success(counted) \
            .failure(lambda exc: self._load_failed(gen, exc)).run()

    @property
    def loading(self) -> bool:
        return self._loading

    def _pages_on_screen(self) -> range:
        first, last = self.visible_rows() if self.visible_rows is not None else (0, -1)
        last = min(last, self._count - 1)
        if first < 0 or last < first:
            return range(1)
        return range(first // self.page_size, last // self.page_size + 1)

    def _make_stale(self) -> None:
        """Fresh pages become stale: shown until the view asks for them again."""
        self._stale.update((page, p.rows) for page, p in self._pages.items())
        self._pages.clear()
        self._failed.clear()
        self._wanted.clear()

    def _refetch(self, gen: int, changed: set[int]) -> None:
        """Read the rows of ``changed`` again where they are in memory (others load when the view asks)."""
        # until the new data arrive the old row stays on screen, never a blank
        ids = [r.id for p in self._pages.values() for r in p.rows if r.id in changed]
        if not ids:
            return

        def fetch() -> list[TicketSummary] | None:
            if gen != self._generation:
                return None
            return self._user.ticket_rows(ids)

        Op(self, fetch).success(lambda rows: self._rows_arrived(gen, ids, rows)) \
            .failure(lambda exc: self._load_failed(gen, exc)).run()

    def locate(self, ticket_id: int) -> None:
        """Find ``ticket_id`` in the list, in a page read or not: its row number comes from the façade (a count over
        the index ranges before its key, not a walk), then the page that holds it is read like any other (by a
        neighbour's key, else by offset); ``located`` says where once that page is here."""
        row = self.row_of(ticket_id)
        if row is not None:
            self.located.emit(ticket_id, row)
            return
        gen = self._generation
        queue, search, sort, desc, filters = self._params

        def find() -> int | None:
            if gen != self._generation:
                return None
            return self._user.queue_position(queue, ticket_id, search=search, sort=sort, descending=desc,
                                             filters=filters)

        Op(self, find).success(lambda pos: self._position_arrived(gen, ticket_id, pos)) \
            .failure(lambda exc: self._load_failed(gen, exc)).run()

    def _position_arrived(self, gen: int, ticket_id: int, pos: int | None) -> None:
        if gen != self._generation:  # a newer list: its own load locates the ticket again
            return
        if pos is None:
            self.located.emit(ticket_id, -1)
            return
        if pos >= self._count:  # the list grew since it was counted: it holds at least this many rows
            self._set_count(pos + 1)
        page = pos // self.page_size
        if page in self._pages:
            self._found(ticket_id)
            return
        self._locating = (gen, page, ticket_id)
        if page not in self._inflight:
            self._fetch(page, gen, self._position(page))

    def _found(self, ticket_id: int) -> None:
        row = self.row_of(ticket_id)  # (None, rarely: rows moved between the count and the page)
        self.located.emit(ticket_id, -1 if row is None else row)

    def _rows_arrived(self, gen: int, ids: list[int], rows: list[TicketSummary] | None) -> None:
        if gen != self._generation or rows is None:
            return
        self.rows_fetched += len(ids)
        new = {r.id: r for r in rows}
        last_col = len(self.columns) - 1
        for page, p in list(self._pages.items()):
            fresh = tuple(new.get(r.id, r) for r in p.rows)
            for i, (old, r) in enumerate(zip(p.rows, fresh)):
                if old.id in ids:
                    if old.id not in new or getattr(old, self.sort_key) != getattr(r, self.sort_key):
                        self._moved_gen = gen  # gone from view, or its sort value changed: it may move
                    row = page * self.page_size + i
                    self.dataChanged.emit(self.index(row, 0), self.index(row, last_col))
            self._pages[page] = dataclasses.replace(p, rows=fresh)
        self.rows_refreshed.emit(sorted(ids))

    def _count_arrived(self, gen: int, count: int, live: bool) -> None:
        if gen != self._generation:
            return
        if self._reset_gen == gen:  # the first page of the new list applies it
            self._count_of_gen = (gen, count)
            return
        if self._loaded_gen == gen:  # (the first page was the whole list: the count only confirms it)
            self._set_count(count)
            return
        if live and (count != self._count or self._moved_gen == gen):
            self._make_stale()  # rows came, went or moved: every page may have shifted
        self._set_count(count)
        stale = sorted(self._stale)
        if stale:  # the view asks again for the stale rows it shows
            last = min((stale[-1] + 1) * self.page_size, self._count) - 1
            if last >= 0:
                self.dataChanged.emit(self.index(stale[0] * self.page_size, 0), self.index(last, len(self.columns) - 1))
        self._complete(gen)

    def _complete(self, gen: int) -> None:
        self._loaded_gen = gen
        self._loading = False
        self.ids_loaded_once = True
        self.loaded.emit()

    def _set_count(self, count: int) -> None:
        if count > self._count:
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
            self._count = count
            self.endInsertRows()
        elif count < self._count:
            self.beginRemoveRows(QModelIndex(), count, self._count - 1)
            self._count = count
            self.endRemoveRows()

    def _load_failed(self, gen: int, exc: BaseException) -> None:
        if gen != self._generation:
            return
        self._loading = False
        self.error.emit(describe_error(exc))

    def _want(self, row: int) -> None:
        page = row // self.page_size
        if page in self._pages or page in self._inflight or page in self._failed or page in self._wanted:
            return
        self._wanted.add(page)
        if not self._flush.isActive():
            self._flush.start()

    def _request_wanted(self) -> None:
        pages, self._wanted = sorted(self._wanted), set()
        for page in pages:
            self._request_page(page)

    def _request_page(self, page: int) -> None:
        if page in self._pages or page in self._inflight or page * self.page_size >= self._count \
                or self._reset_gen is not None:  # (a new list: its first page resets the rows, then the view asks)
            return
        self._fetch(page, self._generation, self._position(page))

    def _position(self, page: int) -> dict[str, Any]:
        """How to ask for ``page``: by a loaded neighbour's key, else by offset from the nearer end."""
        before, after = self._pages.get(page - 1), self._pages.get(page + 1)
        if before is not None and len(before.keys) == self.page_size:
            return {"after": before.keys[-1]}
        if after is not None and after.keys:
            return {"before": after.keys[0]}
        if page * self.page_size > self._count // 2:  # a jump near the end: counted back from the last row
            end = min((page + 1) * self.page_size, self._count)
            return {"offset": self._count - end, "from_end": True, "limit": end - page * self.page_size}
        return {"offset": page * self.page_size}

    def _fetch(self, page: int, gen: int, where: dict[str, Any]) -> None:
        self._inflight[page] = gen
        queue, search, sort, desc, filters = self._params

        def fetch() -> Page | None:
            if gen != self._generation:  # a newer load made this page obsolete while it waited
                return None
            return self._user.list_queue(queue, search=search, sort=sort, descending=desc, filters=filters,
                                         with_total=False, **{"limit": self.page_size, **where})

        Op(self, fetch).success(lambda result: self._page_arrived(gen, page, result)) \
            .failure(lambda exc: self._page_failed(gen, page, exc)).run()

    def _page_arrived(self, gen: int, page: int, result: Page | None) -> None:
        if self._inflight.get(page) == gen:
            del self._inflight[page]  # answered (a newer request for the page keeps its own mark)
        if gen != self._generation or result is None:
            # Obsolete: a reload came meanwhile. Ask again, so that the page never stays "…" waiting for an
            # answer that will not come (a new list's first page is asked for by the reload itself).
            if self._reset_gen is None and page not in self._pages and page not in self._inflight:
                self._want(page * self.page_size)
            return
        self.rows_fetched += len(result.rows)
        self.pages_fetched += 1
        if self._reset_gen == gen:  # the first page of a new list
            self.beginResetModel()
            self._pages.clear()
            self._stale.clear()
            self._failed.clear()
            self._wanted.clear()
            known = self._count_of_gen[1] if self._count_of_gen and self._count_of_gen[0] == gen else None
            if known is None and len(result.rows) < self.page_size:
                known = len(result.rows)  # a first page that is not full is the whole list
            self._count = known if known is not None else len(result.rows)
            self._pages[0] = result
            self._reset_gen = self._count_of_gen = None
            self.endResetModel()
            if known is not None:  # else the count, when it comes, completes the load
                self._complete(gen)
            self.page_arrived.emit(page)
            return
        self._pages[page] = result
        self._pages.move_to_end(page)
        self._stale.pop(page, None)
        while len(self._pages) > self.MAX_CACHED_PAGES:  # bounded memory however far one scrolls
            self._pages.popitem(last=False)
        first = page * self.page_size
        last = min(first + self.page_size, self._count) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))
        self.page_arrived.emit(page)
        if self._locating is not None and self._locating[:2] == (gen, page):
            self._found(self._locating[2])
            self._locating = None

    def _page_failed(self, gen: int, page: int, exc: BaseException) -> None:
        if self._inflight.get(page) == gen:
            del self._inflight[page]
        if gen != self._generation:
            return
        if self._reset_gen == gen:
            self._reset_gen = None
            self._loading = False
        self._failed.add(page)  # not retried until the next reload, so a broken database cannot loop
        self.error.emit(describe_error(exc))

    # -- queries -----------------------------------------------------------------------
    def _row(self, row: int, stale: bool = True) -> TicketSummary | None:
        page, i = divmod(row, self.page_size)
        fresh = self._pages.get(page)
        rows = fresh.rows if fresh is not None else self._stale.get(page, ()) if stale else ()
        return rows[i] if i < len(rows) else None

    def ticket_id(self, row: int) -> int | None:
        """The ticket of ``row`` where its page is in memory (fresh or stale), else None."""
        s = self._row(row) if 0 <= row < self._count else None
        return None if s is None else s.id

    def row_of(self, ticket_id: int) -> int | None:
        """The row of ``ticket_id`` among the pages in memory (fresh first), else None."""
        for pages in (((p, x.rows) for p, x in self._pages.items()), self._stale.items()):
            for page, rows in pages:
                for i, r in enumerate(rows):
                    if r.id == ticket_id and page * self.page_size + i < self._count:
                        return page * self.page_size + i
        return None

    def summary(self, row: int) -> TicketSummary | None:
        """The fresh row data, or None while it is not loaded yet."""
        return self._row(row, stale=False) if 0 <= row < self._count else None

    def is_row_loaded(self, row: int) -> bool:
        return (row // self.page_size) in self._pages

    def rows_loaded(self, first: int, last: int) -> bool:
        """Whether fresh data of every row in first..last has arrived."""
        last = min(last, self._count - 1)
        return all(p in self._pages for p in range(first // self.page_size, last // self.page_size + 1)) \
            if last >= first else True

    def column_of(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    # -- QAbstractTableModel ---------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if role != _DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.columns):
                return self._headers[self.columns[section].key]
            return None
        return str(section + 1)

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or index.row() >= self._count or index.column() >= len(self.columns):
            return None
        if role not in (_DISPLAY, _TOOLTIP, _FOREGROUND, _BACKGROUND, BADGE_ROLE, _USER):
            return None
        row = index.row()
        loaded = (row // self.page_size) in self._pages
        if not loaded:
            self._want(row)
        summary = self._row(row)
        if summary is None:
            if role == _DISPLAY:
                if loaded:
                    return "—"  # no longer visible to this user
                return _PLACEHOLDER if index.column() == 0 else ""
            return None
        if role == _USER:
            return summary.id
        key = self.columns[index.column()].key
        if key == "deadline":
            if self.clock is None:
                return "" if role == _DISPLAY else None
            value = badge_data(self.clock.badge(summary.deadline), role)
            return "" if value is None and role == _DISPLAY else value
        if role in (_BACKGROUND, BADGE_ROLE):
            return None
        if role == _FOREGROUND:
            if key == "urgency":
                return _URGENCY_COLOURS.get(summary.urgency)
            return None
        text = self._text(summary, key)
        if role == _TOOLTIP:
            if key in ("state", "my_dispatch_state") and "return" in summary.pending_requests:
                return labels.return_clock_note()
            if key == "state" and summary.parent_number:
                return labels.merged_note(summary.parent_number)
            return text if key in ("title", "address", "state", "my_dispatch_state") and text else None
        return text

    def _text(self, s: TicketSummary, key: str) -> str:
        value = getattr(s, key)
        if key == "created_at" or key == "updated_at":
            return labels.fmt_time(value, self._tz)
        if key == "state":
            text = labels.ticket_state(value, s.called_back)
            if s.parent_number:  # a merged child (重复件): whom it follows, so that nobody acts on it twice
                text = labels.merged_state(text, s.parent_number)
            return text if self._responder else labels.with_pending(text, s.pending_requests, s.suspended)
        if key == "my_dispatch_state":  # (only the department's own requests reach a responder's row)
            return labels.with_pending(labels.label(self._labels[key], value), s.pending_requests, s.suspended)
        table = self._labels.get(key)
        if table is not None:
            return labels.label(table, value)
        return "" if value is None else str(value)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        key = self.columns[column].sort_key
        if key is None:
            return
        self.sort_key = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()


class _ListModel(QAbstractTableModel):
    """A small read-only table over a tuple of façade dataclasses (optionally sortable in memory)."""

    #: Whether clicking a header sorts (in memory: these lists are short).
    sortable = False

    def __init__(self, tz: tzinfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tz = tz
        self._items: list[Any] = []
        self._sort: tuple[int, bool] | None = None  # (column, descending)

    def headers(self) -> list[str]:
        raise NotImplementedError

    def cell(self, item: Any, column: int) -> str:
        raise NotImplementedError

    def tooltip(self, item: Any, column: int) -> str | None:
        text = self.cell(item, column)
        return text if len(text) > 20 else None

    def foreground(self, item: Any, column: int) -> QColor | None:
        return None

    def sort_value(self, item: Any, column: int) -> Any:
        """What column ``column`` sorts by (default: the text shown)."""
        return self.cell(item, column)

    def set_items(self, items: Sequence[Any]) -> None:
        self.beginResetModel()
        self._items = list(items)
        if self._sort is not None:
            self._apply_sort(*self._sort)
        self.endResetModel()

    def items(self) -> list[Any]:
        return list(self._items)

    def item(self, row: int) -> Any:
        return self._items[row] if 0 <= row < len(self._items) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if role != _DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal:
            h = self.headers()
            return h[section] if 0 <= section < len(h) else None
        return str(section + 1)

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or index.row() >= len(self._items) or index.column() >= len(self.headers()):
            return None
        item = self._items[index.row()]
        if role == _DISPLAY:
            return self.cell(item, index.column())
        if role == _TOOLTIP:
            return self.tooltip(item, index.column())
        if role == _FOREGROUND:
            return self.foreground(item, index.column())
        if role == _USER:
            return item.id
        return None

    # -- sorting -----------------------------------------------------------------------------
    def _apply_sort(self, column: int, descending: bool) -> None:
        def key(item: Any) -> tuple[bool, Any]:
            v = self.sort_value(item, column)
            return (v is None, v if v is not None else 0)

        present = [i for i in self._items if self.sort_value(i, column) is not None]
        missing = [i for i in self._items if self.sort_value(i, column) is None]
        present.sort(key=key, reverse=descending)
        self._items = present + missing  # empty values last in either direction

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not self.sortable or not 0 <= column < len(self.headers()):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self._sort = (column, descending)
        self.layoutAboutToBeChanged.emit()
        before = [(idx, self._items[idx.row()]) for idx in self.persistentIndexList() if idx.row() < len(self._items)]
        self._apply_sort(column, descending)
        row_of = {id(it): r for r, it in enumerate(self._items)}
        for idx, it in before:
            self.changePersistentIndex(idx, self.index(row_of[id(it)], idx.column()))
        self.layoutChanged.emit()


class DispatchListModel(_ListModel):
    """The dispatches of one ticket: department, role, state, the deadline badge and each step's time.

    A step's cell shows when it was done, or while it is outstanding its due instant (``限 …``, red once
    passed) and the escalation level it reached.
    """

    STEP_COLUMNS = {4: "acknowledge", 5: "respond", 6: "resolve"}
    BADGE_COLUMN = 3
    _DONE = {"acknowledge": "acknowledged_at", "respond": "responded_at", "resolve": "resolved_at"}
    _DUE_COLOUR = QColor("#4d5b6e")
    _LATE_COLOUR = QColor("#a01717")

    def __init__(self, tz: tzinfo, parent: QObject | None = None, *, clock: DeadlineClock | None = None) -> None:
        super().__init__(tz, parent)
        self._states = labels.dispatch_states()
        self._roles = labels.dispatch_roles()
        self._steps = labels.steps()
        self._levels = labels.escalation_levels()
        self._kinds = labels.request_kinds()
        self.clock = clock
        if clock is not None:
            clock.ticked.connect(self.refresh_badges)

    def headers(self) -> list[str]:
        return [self.tr("部门"), self.tr("角色"), self.tr("状态"), self.tr("时限"), self.tr("报到"), self.tr("响应"),
                self.tr("办结"), self.tr("轮次"), self.tr("派单时间"), self.tr("说明")]

    def row_of(self, dispatch_id: int) -> int | None:
        return next((i for i, d in enumerate(self._items) if d.id == dispatch_id), None)

    def refresh_badges(self) -> None:
        """The clock moved: the badge and due cells of every row (a ticket has few dispatches)."""
        if self._items:
            self.dataChanged.emit(self.index(0, self.BADGE_COLUMN), self.index(len(self._items) - 1, 6),
                                  BADGE_ROLES)

    def _open(self, d: DispatchInfo, step: str) -> bool:
        return d.state in ("pending", "acknowledged", "responded", "return_requested") \
            and getattr(d, self._DONE[step]) is None

    def cell(self, d: DispatchInfo, column: int) -> str:
        tz = self._tz
        if column == 0:
            return d.department
        if column == 1:
            return labels.label(self._roles, d.role)
        if column == 2:
            return labels.with_pending(labels.label(self._states, d.state), d.pending_requests,
                                       d.suspended_at is not None)
        if column == self.BADGE_COLUMN:
            badge = self.clock.badge(d.deadline) if self.clock is not None else None
            return badge.text if badge is not None else ""
        if column in self.STEP_COLUMNS:
            step = self.STEP_COLUMNS[column]
            done = getattr(d, self._DONE[step])
            if done is not None:
                return labels.fmt_short(done, tz)
            due = getattr(d, f"{step}_due")
            if due is None or not self._open(d, step):
                return ""
            text = self.tr("限 %1").replace("%1", labels.fmt_short(due, tz))
            level = (d.escalation_levels or {}).get(step)
            if level:
                text = self.tr("%1 · %2").replace("%1", text).replace("%2", labels.label(self._levels, level))
            return text
        if column == 7:
            return str(d.round)
        if column == 8:
            return labels.fmt_time(d.dispatched_at, tz)
        parts = []  # (requests waiting for a decision show in the state column)
        if d.suspended_at is not None:
            parts.append(self.tr("%1起挂起").replace("%1", labels.fmt_time(d.suspended_at, tz)))
        if d.return_reason and d.state in ("return_requested", "returned"):
            parts.append(self.tr("退单理由：%1").replace("%1", d.return_reason))
        elif d.note:
            parts.append(d.note)
        return self.tr("；").join(parts)

    def tooltip(self, d: DispatchInfo, column: int) -> str | None:
        tz = self._tz
        if column == 2 and d.state == "return_requested":
            return labels.return_clock_note()
        if column == self.BADGE_COLUMN:
            badge = self.clock.badge(d.deadline) if self.clock is not None else None
            return badge.tooltip if badge is not None else None
        if column in self.STEP_COLUMNS:
            step = self.STEP_COLUMNS[column]
            name = labels.label(self._steps, step)
            lines = []
            due = getattr(d, f"{step}_due")
            if due is not None:
                within = getattr(d, f"{step}_within") or ""
                lines.append(self.tr("%1期限：%2（时限 %3）").replace("%1", name).replace("%2", labels.fmt_time(due, tz))
                             .replace("%3", within))
            done = getattr(d, self._DONE[step])
            if done is not None:
                lines.append(self.tr("%1时间：%2").replace("%1", name).replace("%2", labels.fmt_time(done, tz)))
            level = (d.escalation_levels or {}).get(step)
            if level:
                lines.append(self.tr("已升级至%1").replace("%1", labels.label(self._levels, level)))
            return "\n".join(lines) or None
        text = self.cell(d, column)
        return text if len(text) > 20 else None

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or index.row() >= len(self._items) or index.column() >= len(self.headers()):
            return None
        d: DispatchInfo = self._items[index.row()]
        col = index.column()
        if role == _DISPLAY:
            return self.cell(d, col)
        if role == _TOOLTIP:
            return self.tooltip(d, col)
        if role == _USER:
            return d.id
        if col == self.BADGE_COLUMN and role in (_BACKGROUND, _FOREGROUND, BADGE_ROLE):
            return badge_data(self.clock.badge(d.deadline) if self.clock is not None else None, role)
        if col in self.STEP_COLUMNS and role == _FOREGROUND:
            step = self.STEP_COLUMNS[col]
            due = getattr(d, f"{step}_due")
            if due is None or not self._open(d, step):
                return None
            now = self.clock.now if self.clock is not None else None
            late = now is not None and now >= due and d.suspended_at is None
            return self._LATE_COLOUR if late else self._DUE_COLOUR
        return None


def _new(changes: dict, key: str) -> Any:
    """The new value of ``key`` in an event's changes ({key: [old, new]})."""
    pair = changes.get(key)
    return pair[1] if isinstance(pair, (list, tuple)) and len(pair) == 2 else None


class TimelineModel(_ListModel):
    """The events of one ticket, oldest first: time, actor, what, department and note."""

    def __init__(self, tz: tzinfo, parent: QObject | None = None) -> None:
        super().__init__(tz, parent)
        self._kinds = labels.event_kinds()
        self._fields = labels.field_names()
        self._tables = {
            "state": labels.ticket_states(), "role": labels.dispatch_roles(),
            "satisfaction": labels.satisfactions(), "urgency": labels.urgencies(), "source": labels.sources(),
        }

    def headers(self) -> list[str]:
        return [self.tr("时间"), self.tr("操作人"), self.tr("动作"), self.tr("部门"), self.tr("说明")]

    def cell(self, e: EventInfo, column: int) -> str:
        if column == 0:
            return labels.fmt_time(e.at, self._tz)
        if column == 1:
            return e.actor
        if column == 2:
            return labels.label(self._kinds, e.kind)
        if column == 3:
            return e.department or ""
        return self.describe(e)

    def _value(self, field: str, value: Any) -> str:
        if isinstance(value, bool):
            return labels.yes_no(value)
        if value is None:
            return self.tr("无")
        table = self._tables.get(field)
        if field == "state" and isinstance(value, str) and value not in table:
            table = labels.dispatch_states()
        return labels.label(table, value) if table else str(value)

    def _time(self, value: Any) -> str:
        if isinstance(value, str):
            try:
                value = datetime.fromisoformat(value)
            except ValueError:
                return value
        return labels.fmt_time(value, self._tz) if isinstance(value, datetime) else ""

    def describe(self, e: EventInfo) -> str:
        """The note plus a short account of what changed."""
        parts: list[str] = []
        ch = e.changes or {}
        if e.kind == "whistle" and "role" in ch:
            parts.append(self.tr("担任%1").replace("%1", self._value("role", ch["role"][1])))
        elif e.kind == "decide_return" and "approved" in ch:
            parts.append(self.tr("同意退单") if ch["approved"][1] else self.tr("驳回退单"))
        elif e.kind == "callback":
            bits = [self.tr("联系到：%1").replace("%1", self._value("contacted", ch.get("contacted", [None, None])[1]))]
            if ch.get("resolved", [None, None])[1] is not None:
                bits.append(self.tr("已解决：%1").replace("%1", self._value("resolved", ch["resolved"][1])))
            if ch.get("satisfaction", [None, None])[1] is not None:
                bits.append(self.tr("满意度：%1").replace("%1", self._value("satisfaction", ch["satisfaction"][1])))
            if "department_contacted" in ch and ch.get("contacted", [None, None])[1]:
                # recorded since the question was asked (older callbacks have no answer at all)
                answer = ch["department_contacted"][1]
                bits.append(self.tr("承办部门联系过：%1").replace(
                    "%1", self.tr("未询问") if answer is None else labels.yes_no(answer)))
            parts.append(self.tr("，").join(bits))
        elif e.kind == "update" and ch:
            names = self.tr("、").join(labels.label(self._fields, k) for k in ch)
            parts.append(self.tr("修改了%1").replace("%1", names))
        elif e.kind == "escalate":
            parts.append(self.tr("%1超时，升级为%2").replace("%1", labels.label(labels.steps(), _new(ch, "step")))
                         .replace("%2", labels.label(labels.escalation_levels(), _new(ch, "level"))))
        elif e.kind == "handle_escalation":
            bits = [self.tr("%1（%2超时）：%3").replace("%1", labels.label(labels.escalation_levels(), _new(ch, "level")))
                    .replace("%2", labels.label(labels.steps(), _new(ch, "step")))
                    .replace("%3", labels.label(labels.escalation_actions(), _new(ch, "action")))]
            for step in ("acknowledge", "respond", "resolve"):
                if f"{step}_due" in ch:
                    bits.append(self.tr("%1期限改为 %2").replace("%1", labels.label(labels.steps(), step))
                                .replace("%2", self._time(_new(ch, f"{step}_due"))))
            if "department" in ch:
                bits.append(self.tr("改派给%1").replace("%1", str(_new(ch, "department"))))
            parts.append(self.tr("，").join(bits))
        elif e.kind == "decide_request":
            kind = labels.label(labels.request_kinds(), _new(ch, "request"))
            parts.append((self.tr("同意%1申请") if _new(ch, "approved") else self.tr("驳回%1申请")).replace("%1", kind))
            if "resolve_due" in ch:
                parts.append(self.tr("办结期限改为 %1").replace("%1", self._time(_new(ch, "resolve_due"))))
        elif e.kind == "request_closed":
            parts.append(self.tr("%1申请未审核即关闭").replace("%1", labels.label(labels.request_kinds(), _new(ch, "request"))))
        elif e.kind == "request_extension" and "new_resolve_due" in ch:
            parts.append(self.tr("申请办结期限延至 %1").replace("%1", self._time(_new(ch, "new_resolve_due"))))
        elif e.kind == "resume" and "resolve_due" in ch:
            parts.append(self.tr("办结期限顺延至 %1").replace("%1", self._time(_new(ch, "resolve_due"))))
        elif e.kind == "revisit" and "problem_recurred" in ch:
            parts.append(self.tr("问题反弹：%1").replace("%1", labels.yes_no(_new(ch, "problem_recurred"))))
        elif e.kind in ("repeat_merge", "repeat_split", "repeat_dismiss"):  # issue 15: repeat complaints
            from ui.intake.repeats import event_text

            parts.append(event_text(e.kind, ch, lambda v: self._value("state", v)))
        elif "state" in ch and e.kind in ("state", "verify", "close", "cancel"):
            old, new = ch["state"]
            parts.append(self.tr("%1 → %2").replace("%1", self._value("state", old))
                         .replace("%2", self._value("state", new)))
        if e.note:
            parts.append(e.note)
        return self.tr("；").join(p for p in parts if p)


_GREY = QColor("#8a8f96")


class EscalationModel(_ListModel):
    """One escalation queue (催办 / 督办 / 通报): what is late, since when, by how much, and its handling."""

    sortable = True
    COLUMNS = ("ticket_number", "ticket_title", "department", "step", "late_by", "due", "handling", "reached_at",
               "role", "handled_by", "handled_at")

    def __init__(self, tz: tzinfo, parent: QObject | None = None, *, clock: DeadlineClock | None = None) -> None:
        super().__init__(tz, parent)
        self._steps = labels.steps()
        self._roles = labels.dispatch_roles()
        self._actions = labels.escalation_actions()
        self.clock = clock

    def headers(self) -> list[str]:
        return [self.tr("工单编号"), self.tr("标题"), self.tr("部门"), self.tr("超时环节"), self.tr("超时"),
                self.tr("期限"), self.tr("处理情况"), self.tr("升级时间"), self.tr("角色"), self.tr("处理人"),
                self.tr("处理时间")]

    def row_of(self, escalation_id: int) -> int | None:
        return next((i for i, e in enumerate(self._items) if e.id == escalation_id), None)

    def cell(self, e: Any, column: int) -> str:
        key = self.COLUMNS[column]
        if key == "role":
            return labels.label(self._roles, e.role)
        if key == "step":
            return labels.label(self._steps, e.step)
        if key in ("due", "reached_at", "handled_at"):
            return labels.fmt_time(getattr(e, key), self._tz)
        if key == "late_by":  # the badges' rule: working days and hours, or clock time for a natural limit
            return late_text(e.late_by, e.late_working, self.clock.cal if self.clock is not None else None)
        if key == "handling":
            parts = []
            if e.handling:
                action = labels.label(self._actions, e.handling)
                parts.append(self.tr("%1：%2").replace("%1", action).replace("%2", e.handling_note)
                             if e.handling_note else action)
            if e.closed_at is not None:
                parts.append(self.tr("已关闭 %1").replace("%1", labels.fmt_time(e.closed_at, self._tz)))
            return self.tr("；").join(parts) if parts else self.tr("待处理")
        value = getattr(e, key)
        return "" if value is None else str(value)

    def sort_value(self, e: Any, column: int) -> Any:
        key = self.COLUMNS[column]
        if key in ("due", "reached_at", "handled_at", "late_by"):
            return getattr(e, key)
        return self.cell(e, column)

    def foreground(self, e: Any, column: int) -> QColor | None:
        if e.closed_at is not None or (e.handled_at is not None and self.COLUMNS[column] != "handling"):
            return _GREY
        if self.COLUMNS[column] == "late_by":
            return QColor("#a01717")
        if self.COLUMNS[column] == "handling" and e.handled_at is None:
            return QColor("#9a5b00")  # 待处理
        return None


class RequestModel(_ListModel):
    """The approval queue: extension (延期), suspension (挂起) and return (退单) requests."""

    sortable = True
    COLUMNS = ("kind", "ticket_number", "department", "reason", "current_resolve_due", "new_resolve_due",
               "requested_at", "requested_by", "ticket_title")

    def __init__(self, tz: tzinfo, parent: QObject | None = None) -> None:
        super().__init__(tz, parent)
        self._kinds = labels.request_kinds()

    def headers(self) -> list[str]:
        return [self.tr("类型"), self.tr("工单编号"), self.tr("部门"), self.tr("理由"), self.tr("现办结期限"),
                self.tr("申请办结期限"), self.tr("申请时间"), self.tr("申请人"), self.tr("标题")]

    def row_of(self, kind: str, request_id: int) -> int | None:
        return next((i for i, r in enumerate(self._items) if (r.kind, r.id) == (kind, request_id)), None)

    def cell(self, r: Any, column: int) -> str:
        key = self.COLUMNS[column]
        if key == "kind":
            return labels.label(self._kinds, r.kind)
        if key in ("requested_at", "current_resolve_due", "new_resolve_due"):
            return labels.fmt_time(getattr(r, key), self._tz)
        value = getattr(r, key)
        return "" if value is None else str(value)

    def sort_value(self, r: Any, column: int) -> Any:
        key = self.COLUMNS[column]
        if key in ("requested_at", "current_resolve_due", "new_resolve_due"):
            return getattr(r, key)
        return self.cell(r, column)

    def foreground(self, r: Any, column: int) -> QColor | None:
        if self.COLUMNS[column] == "kind":
            return {"extension": QColor("#1d4ed8"), "suspension": QColor("#4a5058"),
                    "return": QColor("#a04a00")}.get(r.kind)
        return None
