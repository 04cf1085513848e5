"""Qt models: thin adapters over the façade's plain data.

* :class:`TicketTableModel` pages lazily on an id list plus a row cache (like Anki's
  qt/aqt/browser/table/model.py): a (re)load fetches only the sorted ids of the queue; rows are
  fetched a page at a time, in the background, for the rows the view actually asks for.
* :class:`DispatchListModel` and :class:`TimelineModel` show one ticket's dispatches and events.
"""
from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt, \
    QTimer, Signal
from PySide6.QtGui import QColor

from desk import ActingUser
from desk.dto import DispatchInfo, EventInfo, TicketSummary
from desk.enums import Role
from ui import labels
from ui.ops import Op, describe_error

log = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_USER = Qt.ItemDataRole.UserRole
_URGENCY_COLOURS = {"emergency": QColor(200, 30, 30), "urgent": QColor(205, 110, 0)}
_PLACEHOLDER = "…"
translate = QCoreApplication.translate


@dataclass(frozen=True)
class Column:
    key: str  #: attribute of TicketSummary
    sort_key: str | None  #: the façade's sort key, or None when the column cannot be sorted


def ticket_columns(role: str) -> list[Column]:
    cols = [
        Column("number", "number"), Column("title", "title"), Column("category", "category"),
        Column("urgency", "urgency"), Column("state", "state"), Column("lead_department", None),
        Column("community", "community"), Column("address", "address"), Column("source", "source"),
        Column("created_at", "created_at"),
    ]
    if role == Role.RESPONDER:
        cols.insert(5, Column("my_dispatch_state", None))
    return cols


def ticket_headers() -> dict[str, str]:
    return {
        "number": translate("TicketTableModel", "编号"), "title": translate("TicketTableModel", "标题"), "category": translate("TicketTableModel", "分类"), "urgency": translate("TicketTableModel", "紧急程度"),
        "state": translate("TicketTableModel", "状态"), "my_dispatch_state": translate("TicketTableModel", "本部门状态"), "lead_department": translate("TicketTableModel", "主办部门"),
        "community": translate("TicketTableModel", "社区"), "address": translate("TicketTableModel", "地址"), "source": translate("TicketTableModel", "来源"), "created_at": translate("TicketTableModel", "受理时间"),
    }


class TicketTableModel(QAbstractTableModel):
    """A queue of tickets; row data arrive lazily, page by page, from the background worker."""

    #: Pages of rows kept in memory; older ones are dropped and fetched again if the view comes back.
    MAX_CACHED_PAGES = 50

    #: A new id list is in place (after a model reset, or unchanged after a refresh).
    loaded = Signal()
    #: Row data of one page arrived (page number).
    page_arrived = Signal(int)
    #: Loading failed; the argument is a message for the user.
    error = Signal(str)

    def __init__(self, user: ActingUser, tz: tzinfo, parent: QObject | None = None, *, page_size: int = 100,
                 queue: str | None = None) -> None:
        super().__init__(parent)
        if not 1 <= page_size <= 1000:
            raise ValueError("page_size must be 1..1000")
        self._user = user
        self._tz = tz
        self.page_size = page_size
        self.columns = ticket_columns(user.role)
        self._headers = ticket_headers()
        self._labels = {
            "urgency": labels.urgencies(), "state": labels.ticket_states(), "source": labels.sources(),
            "my_dispatch_state": labels.dispatch_states(),
        }
        self.queue = queue or user.queues()[0]
        self.search = ""
        self.sort_key = "created_at"
        self.descending = True
        self._ids: list[int] = []
        self._row_of: dict[int, int] | None = None
        self._rows: dict[int, TicketSummary] = {}  # ticket id -> row of the current generation
        self._stale: dict[int, TicketSummary] = {}  # rows of the previous load, shown until refreshed
        self._loaded_pages: set[int] = set()
        self._page_order: list[int] = []  # loaded pages, least recently arrived first
        self._inflight: set[int] = set()
        self._failed: set[int] = set()
        self._wanted: set[int] = set()
        self._generation = 0
        self._loading = False
        self.ids_loaded_once = False
        #: Counters for tests and the benchmark.
        self.rows_fetched = 0
        self.pages_fetched = 0
        self._flush = QTimer(self)
        self._flush.setSingleShot(True)
        self._flush.setInterval(0)
        self._flush.timeout.connect(self._request_wanted)

    # -- loading -------------------------------------------------------------------
    def set_queue(self, queue: str) -> None:
        self.queue = queue
        self.reload()

    def set_search(self, text: str) -> None:
        self.search = text.strip()
        self.reload()

    def reload(self) -> None:
        """Fetch the id list again (cheap); row data follow as the view asks for them."""
        self._generation += 1
        gen = self._generation
        queue, search, sort, desc = self.queue, self.search, self.sort_key, self.descending
        self._loading = True
        Op(self, lambda: self._user.queue_ids(queue, search=search, sort=sort, descending=desc)) \
            .success(lambda ids: self._ids_arrived(gen, ids)) \
            .failure(lambda exc: self._ids_failed(gen, exc)).run()

    @property
    def loading(self) -> bool:
        return self._loading

    def _ids_arrived(self, gen: int, ids: list[int]) -> None:
        if gen != self._generation:
            return
        self._loading = False
        ids = list(ids)
        if self.ids_loaded_once and ids == self._ids:
            # Same rows in the same order (the usual refresh): no reset, so selection and scrolling stay;
            # the cached rows become stale and the view asks again for the rows it shows.
            self._forget_rows()
            if ids:
                self.dataChanged.emit(self.index(0, 0), self.index(len(ids) - 1, len(self.columns) - 1))
            self.loaded.emit()
            return
        self.beginResetModel()
        self._forget_rows()
        self._ids = ids
        self._row_of = None
        self.endResetModel()
        self.ids_loaded_once = True
        self.loaded.emit()

    def _forget_rows(self) -> None:
        """Fresh rows become stale (still shown until their page is fetched again)."""
        self._stale = self._rows
        self._rows = {}
        self._loaded_pages.clear()
        self._page_order.clear()
        self._inflight.clear()
        self._failed.clear()
        self._wanted.clear()

    def _ids_failed(self, gen: int, exc: BaseException) -> None:
        if gen != self._generation:
            return
        self._loading = False
        self.error.emit(describe_error(exc))

    def _want(self, row: int) -> None:
        page = row // self.page_size
        if page in self._loaded_pages or page in self._inflight or page in self._failed or page in self._wanted:
            return
        self._wanted.add(page)
        if not self._flush.isActive():
            self._flush.start()

    def _request_wanted(self) -> None:
        pages, self._wanted = sorted(self._wanted), set()
        for page in pages:
            self._request_page(page)

    def _request_page(self, page: int) -> None:
        if page in self._loaded_pages or page in self._inflight:
            return
        start = page * self.page_size
        ids = self._ids[start: start + self.page_size]
        if not ids:
            return
        self._inflight.add(page)
        gen = self._generation

        def fetch() -> list[TicketSummary] | None:
            if gen != self._generation:  # a newer load made this page obsolete while it waited
                return None
            return self._user.ticket_rows(ids)

        Op(self, fetch).success(lambda rows: self._page_arrived(gen, page, ids, rows)) \
            .failure(lambda exc: self._page_failed(gen, page, exc)).run()

    def _page_arrived(self, gen: int, page: int, ids: list[int], rows: list[TicketSummary] | None) -> None:
        if gen != self._generation or rows is None:
            return
        self._inflight.discard(page)
        self.rows_fetched += len(ids)
        self.pages_fetched += 1
        for r in rows:
            self._rows[r.id] = r
        self._loaded_pages.add(page)
        self._page_order.append(page)
        while len(self._page_order) > self.MAX_CACHED_PAGES:  # bounded memory however far one scrolls
            old = self._page_order.pop(0)
            self._loaded_pages.discard(old)
            for tid in self._ids[old * self.page_size: (old + 1) * self.page_size]:
                self._rows.pop(tid, None)
        first = page * self.page_size
        last = min(first + self.page_size, len(self._ids)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))
        self.page_arrived.emit(page)

    def _page_failed(self, gen: int, page: int, exc: BaseException) -> None:
        if gen != self._generation:
            return
        self._inflight.discard(page)
        self._failed.add(page)  # not retried until the next reload, so a broken database cannot loop
        self.error.emit(describe_error(exc))

    # -- queries -----------------------------------------------------------------------
    def ticket_id(self, row: int) -> int | None:
        if 0 <= row < len(self._ids):
            return self._ids[row]
        return None

    def row_of(self, ticket_id: int) -> int | None:
        if self._row_of is None:
            self._row_of = {tid: i for i, tid in enumerate(self._ids)}
        return self._row_of.get(ticket_id)

    def summary(self, row: int) -> TicketSummary | None:
        """The fresh row data, or None while it is not loaded yet."""
        tid = self.ticket_id(row)
        return None if tid is None else self._rows.get(tid)

    def is_row_loaded(self, row: int) -> bool:
        return (row // self.page_size) in self._loaded_pages

    def rows_loaded(self, first: int, last: int) -> bool:
        """Whether fresh data of every row in first..last has arrived."""
        last = min(last, len(self._ids) - 1)
        return all(p in self._loaded_pages for p in range(first // self.page_size, last // self.page_size + 1)) \
            if last >= first else True

    def column_of(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    # -- QAbstractTableModel ---------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._ids)

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
        if not index.isValid() or index.row() >= len(self._ids) or index.column() >= len(self.columns):
            return None
        row = index.row()
        tid = self._ids[row]
        if role == _USER:
            return tid
        if role not in (_DISPLAY, _TOOLTIP, _FOREGROUND):
            return None
        summary = self._rows.get(tid)
        if summary is None:
            page = row // self.page_size
            if page not in self._loaded_pages:
                self._want(row)
                summary = self._stale.get(tid)
            if summary is None:
                if role == _DISPLAY:
                    if page in self._loaded_pages:
                        return "—"  # no longer visible to this user
                    return _PLACEHOLDER if index.column() == 0 else ""
                return None
        key = self.columns[index.column()].key
        if role == _FOREGROUND:
            if key == "urgency":
                return _URGENCY_COLOURS.get(summary.urgency)
            return None
        text = self._text(summary, key)
        if role == _TOOLTIP:
            return text if key in ("title", "address") and text else None
        return text

    def _text(self, s: TicketSummary, key: str) -> str:
        value = getattr(s, key)
        if key == "created_at" or key == "updated_at":
            return labels.fmt_time(value, self._tz)
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
    """A small read-only table over a tuple of façade dataclasses."""

    def __init__(self, tz: tzinfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tz = tz
        self._items: list[Any] = []

    def headers(self) -> list[str]:
        raise NotImplementedError

    def cell(self, item: Any, column: int) -> str:
        raise NotImplementedError

    def set_items(self, items: Sequence[Any]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

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
            text = self.cell(item, index.column())
            return text if len(text) > 20 else None
        if role == _USER:
            return item.id
        return None


class DispatchListModel(_ListModel):
    """The dispatches of one ticket: department, role, state and times."""

    def __init__(self, tz: tzinfo, parent: QObject | None = None) -> None:
        super().__init__(tz, parent)
        self._states = labels.dispatch_states()
        self._roles = labels.dispatch_roles()

    def headers(self) -> list[str]:
        return [self.tr("部门"), self.tr("角色"), self.tr("状态"), self.tr("轮次"), self.tr("派单时间"),
                self.tr("报到时间"), self.tr("响应时间"), self.tr("办结时间"), self.tr("说明")]

    def row_of(self, dispatch_id: int) -> int | None:
        return next((i for i, d in enumerate(self._items) if d.id == dispatch_id), None)

    def cell(self, d: DispatchInfo, column: int) -> str:
        tz = self._tz
        if column == 0:
            return d.department
        if column == 1:
            return labels.label(self._roles, d.role)
        if column == 2:
            return labels.label(self._states, d.state)
        if column == 3:
            return str(d.round)
        if column == 4:
            return labels.fmt_time(d.dispatched_at, tz)
        if column == 5:
            return labels.fmt_time(d.acknowledged_at, tz)
        if column == 6:
            return labels.fmt_time(d.responded_at, tz)
        if column == 7:
            return labels.fmt_time(d.resolved_at, tz)
        if d.return_reason and d.state in ("return_requested", "returned"):
            return self.tr("退单理由：%1").replace("%1", d.return_reason)
        return d.note


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
            parts.append(self.tr("，").join(bits))
        elif e.kind == "update" and ch:
            names = self.tr("、").join(labels.label(self._fields, k) for k in ch)
            parts.append(self.tr("修改了%1").replace("%1", names))
        elif "state" in ch and e.kind in ("state", "verify", "close", "cancel"):
            old, new = ch["state"]
            parts.append(self.tr("%1 → %2").replace("%1", self._value("state", old))
                         .replace("%2", self._value("state", new)))
        if e.note:
            parts.append(e.note)
        return self.tr("；").join(p for p in parts if p)
