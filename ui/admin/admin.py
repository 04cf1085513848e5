"""Admin screens (管理 menu): the working calendar, the time-limit policies and the deadline settings.

All three are non-modal windows (``show()``, never ``exec()``); every read and write is an op.
"""
from __future__ import annotations

import calendar as pycalendar
import json
import logging
import zoneinfo
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk import ActingUser, Desk
from desk.deadlines import Duration
from desk.dto import CalendarDayInfo, CategoryInfo, PolicyInfo
from desk.errors import DeskError, ValidationError
from ui.common import labels
from ui.common.opdialog import OpDialog
from ui.common.ops import Op, describe_error
from ui.common.widgets import ERROR_STYLE, HINT_STYLE, OK_STYLE, error_line

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_EDIT = Qt.ItemDataRole.EditRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_BACKGROUND = Qt.ItemDataRole.BackgroundRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_USER = Qt.ItemDataRole.UserRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_FONT = Qt.ItemDataRole.FontRole
#: What kind of day a calendar cell is: holiday | makeup | weekend | working (None outside the month).
DAY_KIND_ROLE = int(Qt.ItemDataRole.UserRole) + 2

#: day kind -> (background, text)
DAY_COLOURS = {
    "holiday": (QColor("#fbd5d5"), QColor("#a01717")),
    "makeup": (QColor("#d6e4ff"), QColor("#1d4ed8")),
    "weekend": (QColor("#e9ecef"), QColor("#5f6670")),
}


def day_kind_names() -> dict[str, str]:
    return {"holiday": translate("admin", "节假日"), "makeup": translate("admin", "调休上班"),
            "weekend": translate("admin", "休息日"), "working": translate("admin", "工作日")}


def weekday_names() -> list[str]:
    return [translate("admin", "一"), translate("admin", "二"), translate("admin", "三"), translate("admin", "四"),
            translate("admin", "五"), translate("admin", "六"), translate("admin", "日")]


def duration_label(text: str) -> str:
    """``1wd`` -> ``1个工作日`` (tr()-wrapped units); the text itself if it cannot be read."""
    try:
        d = Duration.parse(text, allow_zero=True)
    except DeskError:
        return text
    units = {"m": translate("admin", "%1分钟"), "h": translate("admin", "%1小时"), "d": translate("admin", "%1天"),
             "wm": translate("admin", "%1工作分钟"), "wh": translate("admin", "%1工作小时"),
             "wd": translate("admin", "%1个工作日")}
    return units[d.unit.value].replace("%1", str(d.value))


# -- the month grid ------------------------------------------------------------------------------------
class CalendarMonthModel(QAbstractTableModel):
    """One month as weeks (rows) × Monday..Sunday (columns); each cell a :class:`CalendarDayInfo`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.year = 0
        self.month = 0
        self._cells: list[list[CalendarDayInfo | None]] = []

    def set_month(self, year: int, month: int, days: Sequence[CalendarDayInfo]) -> None:
        self.beginResetModel()
        self.year, self.month = year, month
        by_day = {d.day: d for d in days}
        self._cells = [[by_day.get(day) if day.month == month else None for day in week]
                       for week in pycalendar.Calendar(firstweekday=0).monthdatescalendar(year, month)]
        self.endResetModel()

    def day_at(self, row: int, column: int) -> CalendarDayInfo | None:
        if 0 <= row < len(self._cells) and 0 <= column < 7:
            return self._cells[row][column]
        return None

    def index_of(self, day: date) -> QModelIndex:
        for r, week in enumerate(self._cells):
            for c, info in enumerate(week):
                if info is not None and info.day == day:
                    return self.index(r, c)
        return QModelIndex()

    def info(self, day: date) -> CalendarDayInfo | None:
        idx = self.index_of(day)
        return self.day_at(idx.row(), idx.column()) if idx.isValid() else None

    @staticmethod
    def kind_of(info: CalendarDayInfo) -> str:
        if info.kind == "holiday":
            return "holiday"
        working = info.working_time.total_seconds() > 0
        if info.kind == "workday" and working and info.day.isoweekday() >= 6:
            return "makeup"
        return "working" if working else "weekend"

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cells)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if role != _DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal:
            names = weekday_names()
            return self.tr("周%1").replace("%1", names[section]) if 0 <= section < 7 else None
        return None

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        info = self.day_at(index.row(), index.column())
        if info is None:
            return None
        kind = self.kind_of(info)
        if role == _DISPLAY:
            name = info.name if info.kind != "default" else ""
            return f"{info.day.day}\n{name}" if name else str(info.day.day)
        if role == _USER:
            return info.day
        if role == DAY_KIND_ROLE:
            return kind
        if role == _BACKGROUND:
            return DAY_COLOURS[kind][0] if kind in DAY_COLOURS else None
        if role == _FOREGROUND:
            return DAY_COLOURS[kind][1] if kind in DAY_COLOURS else None
        if role == _TOOLTIP:
            hours = labels.fmt_hours(info.working_time)
            text = self.tr("%1 周%2 · %3").replace("%1", info.day.isoformat()) \
                .replace("%2", weekday_names()[info.day.weekday()]).replace("%3", day_kind_names()[kind])
            if info.kind != "default" and info.name:
                text += self.tr("（%1）").replace("%1", info.name)
            return text + self.tr(" · 工作时间 %1 小时").replace("%1", hours)
        if role == _ALIGN:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None


class CalendarDayDelegate(QStyledItemDelegate):
    """A calendar cell: its kind's tint, the day number in bold and the name below; the selected day keeps its
    tint and gets a blue frame (so the kind stays visible)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        painter.save()
        rect = option.rect
        bg = index.data(_BACKGROUND)
        painter.fillRect(rect, bg if isinstance(bg, QColor) else option.palette.base())
        text = index.data(_DISPLAY)
        if text:
            fg = index.data(_FOREGROUND)
            painter.setPen(fg if isinstance(fg, QColor) else option.palette.text().color())
            number, _, name = str(text).partition("\n")
            bold = QFont(option.font)
            bold.setBold(True)
            bold.setPointSizeF(option.font.pointSizeF() * 1.15)
            painter.setFont(bold)
            inner = rect.adjusted(6, 4, -6, -4)
            painter.drawText(inner, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), number)
            if name:
                painter.setFont(option.font)
                below = inner.adjusted(0, painter.fontMetrics().height() + 6, 0, 0)
                painter.drawText(below, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                                            | Qt.TextFlag.TextWordWrap), name)
        if option.state & QStyle.StateFlag.State_Selected and text:
            pen = QPen(QColor("#1d4ed8"))
            pen.setWidth(3)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        painter.restore()


class CalendarWindow(QDialog):
    """工作日历: a month at a time; mark a date as holiday, 调休上班 or default; import a CSV."""

    #: The month's days arrived.
    loaded = Signal()
    #: The calendar changed (a day was set or a CSV imported): badges and dues should refresh.
    calendar_changed = Signal()

    def __init__(self, user: ActingUser, parent: QWidget | None = None, *, year: int | None = None,
                 month: int | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("工作日历"))
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.resize(940, 560)
        self._user = user
        self._gen = 0
        self.busy = False
        self.selected: date | None = None
        today = date.today()
        self.year, self.month = year or today.year, month or today.month
        outer = QHBoxLayout(self)

        left = QVBoxLayout()
        outer.addLayout(left, 3)
        nav = QHBoxLayout()
        self.prev_button = QPushButton(self.tr("◀ 上月"), self)
        self.next_button = QPushButton(self.tr("下月 ▶"), self)
        self.month_label = QLabel(self)
        f = QFont(self.month_label.font())
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 1.2)
        self.month_label.setFont(f)
        self.month_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.today_button = QPushButton(self.tr("本月"), self)
        nav.addWidget(self.prev_button)
        nav.addWidget(self.month_label, 1)
        nav.addWidget(self.next_button)
        nav.addWidget(self.today_button)
        left.addLayout(nav)
        self.model = CalendarMonthModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.setStyleSheet("QTableView { gridline-color: #d0d4d9; }")
        self.view.setItemDelegate(CalendarDayDelegate(self.view))
        left.addWidget(self.view, 1)
        legend = QHBoxLayout()
        for kind in ("holiday", "makeup", "weekend"):
            bg, fg = DAY_COLOURS[kind]
            sw = QLabel(day_kind_names()[kind], self)
            sw.setStyleSheet(f"background: {bg.name()}; color: {fg.name()}; padding: 2px 8px; border-radius: 3px;")
            legend.addWidget(sw)
        legend.addStretch(1)
        left.addLayout(legend)

        right = QVBoxLayout()
        outer.addLayout(right, 2)
        box = QGroupBox(self.tr("所选日期"), self)
        form = QFormLayout(box)
        self.date_label = QLabel(self.tr("请在左侧选择日期"), box)
        form.addRow(self.tr("日期"), self.date_label)
        self.kind_combo = QComboBox(box)
        for code, text in labels.day_kinds().items():
            self.kind_combo.addItem(text, code)
        form.addRow(self.tr("类型"), self.kind_combo)
        self.name_edit = QLineEdit(box)
        self.name_edit.setMaxLength(64)
        self.name_edit.setPlaceholderText(self.tr("如：国庆节、调休上班（国庆节）"))
        form.addRow(self.tr("名称"), self.name_edit)
        self.save_button = QPushButton(self.tr("保存该日期"), box)
        form.addRow("", self.save_button)
        self.day_error = error_line(box)
        form.addRow("", self.day_error)
        right.addWidget(box)
        ibox = QGroupBox(self.tr("导入国务院放假安排"), self)
        il = QVBoxLayout(ibox)
        hint = QLabel(self.tr("CSV 文件，每行“日期,类型,名称”，类型为 holiday（放假）、workday（调休上班）或 "
                              "default（恢复默认）。整个文件有一处错误则全部不导入。"), ibox)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #666;")
        il.addWidget(hint)
        self.import_button = QPushButton(self.tr("导入 CSV 文件…"), ibox)
        il.addWidget(self.import_button)
        self.import_error = error_line(ibox)
        il.addWidget(self.import_error)
        right.addWidget(ibox)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(OK_STYLE)
        right.addWidget(self.message)
        right.addStretch(1)
        close = QPushButton(self.tr("关闭"), self)
        close.clicked.connect(self.close)
        right.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)

        self.prev_button.clicked.connect(lambda: self.step_month(-1))
        self.next_button.clicked.connect(lambda: self.step_month(1))
        self.today_button.clicked.connect(lambda: self.set_month(today.year, today.month))
        self.save_button.clicked.connect(self.save_day)
        self.import_button.clicked.connect(self.import_csv)
        # the editor follows the selected day (a click selects; tabbing into the grid moves no selection)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._cell_changed(self._selected_index()))
        self._sync_editor()
        self.set_month(self.year, self.month)

    # -- month ---------------------------------------------------------------------------------------
    def step_month(self, delta: int) -> None:
        m = self.year * 12 + (self.month - 1) + delta
        self.set_month(m // 12, m % 12 + 1)

    def set_month(self, year: int, month: int) -> None:
        self.year, self.month = year, month
        self.month_label.setText(self.tr("%1年%2月").replace("%1", str(year)).replace("%2", str(month)))
        self.reload()

    def reload(self) -> None:
        self._gen += 1
        gen, y, m, u = self._gen, self.year, self.month, self._user
        Op(self, lambda: u.calendar_month(y, m)).success(lambda days: self._arrived(gen, y, m, days)) \
            .failure(lambda exc: self._show_message(describe_error(exc), error=True)).run()

    def _arrived(self, gen: int, year: int, month: int, days: list[CalendarDayInfo]) -> None:
        if gen != self._gen:
            return
        keep = self.selected
        self.model.set_month(year, month, days)
        if keep is not None and (keep.year, keep.month) == (year, month):
            self.select_date(keep)
        else:
            self.selected = None
            self._sync_editor()
        self.loaded.emit()

    # -- a day -----------------------------------------------------------------------------------------
    def select_date(self, day: date) -> None:
        idx = self.model.index_of(day)
        if idx.isValid():
            self.view.setCurrentIndex(idx)
            self._cell_changed(idx, QModelIndex())

    def _selected_index(self) -> QModelIndex:
        chosen = self.view.selectionModel().selectedIndexes()
        return chosen[0] if chosen else QModelIndex()

    def _cell_changed(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        info = self.model.day_at(current.row(), current.column()) if current.isValid() else None
        self.selected = info.day if info is not None else None
        self._sync_editor(info)

    def _sync_editor(self, info: CalendarDayInfo | None = None) -> None:
        self.day_error.hide()
        has = info is not None
        for w in (self.kind_combo, self.name_edit, self.save_button):
            w.setEnabled(has)
        if info is None:
            self.date_label.setText(self.tr("请在左侧选择日期"))
            return
        kind = CalendarMonthModel.kind_of(info)
        self.date_label.setText(self.tr("%1（周%2，%3）").replace("%1", info.day.isoformat())
                                .replace("%2", weekday_names()[info.day.weekday()])
                                .replace("%3", day_kind_names()[kind]))
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(info.kind)))
        self.name_edit.setText(info.name if info.kind != "default" else "")

    def set_kind(self, kind: str) -> None:
        i = self.kind_combo.findData(kind)
        if i < 0:
            raise ValueError(kind)
        self.kind_combo.setCurrentIndex(i)

    def save_day(self) -> None:
        if self.selected is None or self.busy:
            return
        day, kind, name = self.selected, self.kind_combo.currentData(), self.name_edit.text().strip()
        self.day_error.hide()
        self._set_busy(True)
        u = self._user
        Op(self, lambda: u.set_calendar_day(day, kind, name)) \
            .success(lambda _r: self._changed(self.tr("已将 %1 设为%2").replace("%1", day.isoformat())
                                              .replace("%2", labels.label(labels.day_kinds(), kind)))) \
            .failure(self._day_failed).finally_(lambda: self._set_busy(False)).run()

    def _day_failed(self, exc: BaseException) -> None:
        self.day_error.setText(describe_error(exc))
        self.day_error.show()

    # -- CSV -----------------------------------------------------------------------------------------------
    def import_csv(self) -> None:
        if self.busy:
            return
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("导入放假安排"), "",
                                                    self.tr("CSV 文件 (*.csv *.txt);;所有文件 (*)"))
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> None:
        self.import_error.hide()
        self._set_busy(True)
        u = self._user

        def run() -> int:
            return u.import_calendar_csv(read_text(path))

        Op(self, run).success(lambda n: self._changed(self.tr("已从 %1 导入 %2 个日期").replace("%1", Path(path).name)
                                                      .replace("%2", str(n)))) \
            .failure(self._import_failed).finally_(lambda: self._set_busy(False)).run()

    def _import_failed(self, exc: BaseException) -> None:
        if isinstance(exc, OSError):
            text = self.tr("无法读取文件：%1").replace("%1", exc.strerror or str(exc))
        else:
            text = describe_error(exc)
        self.import_error.setText(self.tr("未导入任何日期。%1").replace("%1", text))
        self.import_error.show()

    # -- common ------------------------------------------------------------------------------------------
    def _changed(self, message: str) -> None:
        self._show_message(message)
        self.calendar_changed.emit()
        self.reload()

    def _show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.message.setText(text)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.import_button.setEnabled(not busy)
        self.save_button.setEnabled(not busy and self.selected is not None)


def read_text(path: str) -> str:
    """A CSV file as text: UTF-8 (with or without BOM), else GB18030 as Excel saves it on Chinese Windows."""
    raw = Path(path).read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("gb18030")


# -- time-limit policies -------------------------------------------------------------------------------
class PolicyTableModel(QAbstractTableModel):
    """Policies per category × urgency; the three limits are edited in place and saved one row at a time."""

    COLUMNS = ("category", "urgency", "acknowledge", "respond", "resolve", "is_default")
    EDITABLE = {2: "acknowledge", 3: "respond", 4: "resolve"}

    #: Policies arrived.
    loaded = Signal()
    #: A row was saved (the new PolicyInfo).
    saved = Signal(object)
    #: A save failed: (row, message).
    failed = Signal(int, str)

    def __init__(self, user: ActingUser, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._user = user
        self._items: list[PolicyInfo] = []
        self._pending: dict[int, dict[str, str]] = {}  # row -> edited texts not saved yet
        self._errors: dict[tuple[int, str], str] = {}  # (row, step) -> message
        self._gen = 0
        self.saving = 0

    def reload(self) -> None:
        self._gen += 1
        gen = self._gen
        Op(self, self._user.policies).success(lambda items: self._arrived(gen, items)) \
            .failure(lambda exc: self.failed.emit(-1, describe_error(exc))).run()

    def _arrived(self, gen: int, items: list[PolicyInfo]) -> None:
        if gen != self._gen:
            return
        self.beginResetModel()
        self._items = list(items)
        self._pending.clear()
        self._errors.clear()
        self.endResetModel()
        self.loaded.emit()

    def item(self, row: int) -> PolicyInfo | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, category: str, urgency: str) -> int | None:
        return next((i for i, p in enumerate(self._items) if (p.category, p.urgency) == (category, urgency)), None)

    def error(self, row: int, step: str) -> str:
        return self._errors.get((row, step), "")

    def text(self, row: int, step: str) -> str:
        p = self._items[row]
        return self._pending.get(row, {}).get(step, getattr(p, f"{step}_within"))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if role != _DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal:
            names = [self.tr("分类"), self.tr("紧急程度"), self.tr("报到时限"), self.tr("响应时限"), self.tr("办结时限"),
                     self.tr("来源")]
            return names[section] if 0 <= section < len(names) else None
        return str(section + 1)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        f = super().flags(index)
        if index.isValid() and index.column() in self.EDITABLE:
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or index.row() >= len(self._items) or index.column() >= len(self.COLUMNS):
            return None
        row, col = index.row(), index.column()
        p = self._items[row]
        step = self.EDITABLE.get(col)
        if role == _EDIT:
            return self.text(row, step) if step else None
        if role == _DISPLAY:
            if col == 0:
                return p.category
            if col == 1:
                return labels.label(labels.urgencies(), p.urgency)
            if step:
                text = self.text(row, step)
                label = duration_label(text)
                return text if label == text else self.tr("%1（%2）").replace("%1", text).replace("%2", label)
            if p.inherited_from:  # issue 15 §4: from an ancestor in the category tree
                return self.tr("沿用%1").replace("%1", p.inherited_from)
            return self.tr("默认") if p.is_default else self.tr("已修改")
        if step and (row, step) in self._errors:
            if role == _FOREGROUND:
                return QColor("#a01717")
            if role == _BACKGROUND:
                return QColor("#fbd5d5")
            if role == _TOOLTIP:
                return self._errors[(row, step)]
        if role == _FOREGROUND and col == 5 and p.is_default:
            return QColor("#8a8f96")
        if role == _FONT and step and row in self._pending and step in self._pending[row]:
            f = QFont()
            f.setItalic(True)
            return f
        if role == _TOOLTIP and step:
            return self.tr("双击修改，例如 30m、2h、1d、6wh、3wd（wd 为工作日，wh 为工作小时）")
        return None

    def setData(self, index: _Index, value: Any, role: int = _EDIT) -> bool:
        if role != _EDIT or not index.isValid() or index.column() not in self.EDITABLE:
            return False
        row, step = index.row(), self.EDITABLE[index.column()]
        text = str(value).strip()
        if text == self.text(row, step) and (row, step) not in self._errors:
            return False
        self._pending.setdefault(row, {})[step] = text
        self._errors = {k: v for k, v in self._errors.items() if k[0] != row}
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))
        self.save_row(row, step)
        return True

    def save_row(self, row: int, edited: str) -> None:
        p = self._items[row]
        texts = {s: self.text(row, s) for s in ("acknowledge", "respond", "resolve")}
        u, gen = self._user, self._gen
        self.saving += 1
        Op(self, lambda: u.set_policy(p.category, p.urgency, **texts)) \
            .success(lambda info: self._saved(gen, row, info)) \
            .failure(lambda exc: self._failed(gen, row, edited, exc)) \
            .finally_(self._done).run()

    def _done(self) -> None:
        self.saving -= 1

    def _saved(self, gen: int, row: int, info: PolicyInfo) -> None:
        if gen != self._gen:
            return
        self._items[row] = info
        self._pending.pop(row, None)
        self._errors = {k: v for k, v in self._errors.items() if k[0] != row}
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))
        self.saved.emit(info)

    def _failed(self, gen: int, row: int, edited: str, exc: BaseException) -> None:
        if gen != self._gen:
            return
        step = exc.field if isinstance(exc, ValidationError) and exc.field in self.EDITABLE.values() else edited
        message = describe_error(exc)
        self._errors[(row, step)] = message
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))
        self.failed.emit(row, message)


class PolicyWindow(QDialog):
    """时限标准: every category × urgency, with its 报到 / 响应 / 办结 limits, edited in place."""

    def __init__(self, user: ActingUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("时限标准"))
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.resize(860, 560)
        lay = QVBoxLayout(self)
        hint = QLabel(self.tr("双击时限即可修改，回车保存。单位：m 分钟、h 小时、d 天（自然时）；wh 工作小时、wd 工作日"
                              "（工作时，按办公室的工作时段和工作日历计算）。修改只影响此后派出的派单。"), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        lay.addWidget(hint)
        self.model = PolicyTableModel(user, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        h = self.view.horizontalHeader()
        h.setHighlightSections(False)
        for col, w in enumerate((110, 80, 170, 170, 170, 70)):
            h.resizeSection(col, w)
        h.setStretchLastSection(True)
        lay.addWidget(self.view, 1)
        self.error_label = error_line(self)
        lay.addWidget(self.error_label)
        self.message = QLabel(self)
        self.message.setStyleSheet(OK_STYLE)
        lay.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        close = QPushButton(self.tr("关闭"), self)
        close.clicked.connect(self.close)
        row.addWidget(close)
        lay.addLayout(row)
        self.model.saved.connect(self._saved)
        self.model.failed.connect(self._failed)
        self.model.reload()

    def edit(self, category: str, urgency: str, step: str, text: str) -> bool:
        """What typing ``text`` into a cell does (tests and keyboard users end up here)."""
        row = self.model.row_of(category, urgency)
        if row is None:
            raise ValueError((category, urgency))
        col = next(c for c, s in PolicyTableModel.EDITABLE.items() if s == step)
        return self.model.setData(self.model.index(row, col), text)

    def _saved(self, info: PolicyInfo) -> None:
        self.error_label.hide()
        self.message.setText(self.tr("已保存：%1 · %2").replace("%1", info.category)
                             .replace("%2", labels.label(labels.urgencies(), info.urgency)))

    def _failed(self, row: int, message: str) -> None:
        p = self.model.item(row)
        where = self.tr("%1 · %2：").replace("%1", p.category).replace(
            "%2", labels.label(labels.urgencies(), p.urgency)) if p is not None else ""
        self.message.clear()
        self.error_label.setText(self.tr("未保存。%1%2").replace("%1", where).replace("%2", message))
        self.error_label.show()


# -- office settings -----------------------------------------------------------------------------------
#: The tabs of 办公室设置 and the settings on each (every key of desk.settings.SETTINGS).
SETTING_TABS = (
    ("office", ("office_name", "time_zone", "work_week")),
    ("deadlines", ("warning_share", "escalate_supervise_after", "escalate_report_after", "max_suspension",
                   "verify_within", "callback_within", "revisit_categories", "revisit_after",
                   "repeat_window_days")),
    ("report", ("report_weights", "report_basic_weight", "report_min_callbacks", "report_window_weeks",
                "report_black_threshold", "report_repeat_days", "report_fix_within", "report_recipients",
                "report_copies", "report_signer")),
    ("security", ("lockout_threshold", "lockout_minutes", "idle_lock_minutes", "clock_max_ahead")),
    # issue 15: attachments
    ("attachments", ("attachment_max_mb", "attachment_max_edge", "attachment_thumb_edge")),
    ("projects", ("project_weights", "project_revisit_months")),  # issue 16: key livelihood works
)
SETTING_KEYS = tuple(k for _tab, keys in SETTING_TABS for k in keys)


class WorkWeekEdit(QWidget):
    """The working periods of each weekday (``work_week``: JSON {"1": "09:00-12:00,13:30-17:30", …})."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(4)
        self.days: dict[str, QLineEdit] = {}
        for i, name in enumerate(weekday_names(), start=1):
            e = QLineEdit(self)
            e.setPlaceholderText(self.tr("休息"))
            label = QLabel(self.tr("周%1").replace("%1", name), self)
            label.setBuddy(e)
            grid.addWidget(label, i - 1, 0)
            grid.addWidget(e, i - 1, 1)
            self.days[str(i)] = e

    def set_value(self, value: str) -> None:
        try:
            week = json.loads(value)
        except (TypeError, ValueError):
            week = {}
        for day, e in self.days.items():
            e.setText(str(week.get(day, "")) if isinstance(week, dict) else "")

    def value(self) -> str:
        return json.dumps({day: e.text().strip() for day, e in self.days.items()}, sort_keys=True)


class SettingsDialog(OpDialog):
    """办公室设置: every office setting, on four tabs (办公室, 时限与督办, 周报, 账户安全); saved all or none."""

    def __init__(self, parent: QWidget | None, user: ActingUser, desk: Desk,
                 categories: Sequence[CategoryInfo] = ()) -> None:
        super().__init__(parent, self.tr("办公室设置"))
        self.setMinimumWidth(600)
        self._user = user
        self._desk = desk
        self.original: dict[str, str] = {}
        self.loaded = False
        self.set_header(self.tr("时长单位：d 天、wd 工作日、h 小时、wh 工作小时。"
                                "保存时全部检查，有一项不对则都不保存。"))
        captions = labels.setting_names()
        hints = {
            "office_name": self.tr("周报和窗口标题中显示的名称"),
            "time_zone": self.tr("IANA 时区名，中国大陆为 Asia/Shanghai"),
            "work_week": self.tr("每天的工作时段，如 09:00-12:00,13:30-17:30；留空为休息日。已派出的派单保留原期限"),
            "warning_share": self.tr("0 到 1 之间，如 0.8：时限过去 80% 时显示黄色预警"),
            "escalate_supervise_after": self.tr("到期后再过多久升级为督办，如 1wd"),
            "escalate_report_after": self.tr("到期后再过多久升级为通报，如 5wd"),
            "max_suspension": self.tr("挂起最长多久，超过后自动恢复计时，如 10wd"),
            "verify_within": self.tr("部门办结后，街道在多长时间内核实，如 1wd"),
            "callback_within": self.tr("核实通过后，街道在多长时间内回访，如 2wd"),
            "revisit_categories": self.tr("结案后要回头看的分类，用逗号分隔；为空则不安排"),
            "revisit_after": self.tr("结案后多久回头看，如 365d"),
            "report_weights": self.tr("计分方案：指标:权重，逗号分隔，合计为 1；指标可用 response（响应率）、resolution（解决率）、"
                                      "satisfaction（满意率）、acknowledge_on_time（按时报到率）、resolve_on_time（按时办结率），"
                                      "如 response:0.3,resolution:0.35,satisfaction:0.35"),
            "report_basic_weight": self.tr("“基本满意”计入满意率的比重，0 到 1，如 0.9"),
            "report_min_callbacks": self.tr("排名窗口内有效回访少于此数的部门不参加排名，如 30"),
            "report_window_weeks": self.tr("排名按最近几周的数据（月报至少按整月），如 4"),
            "report_black_threshold": self.tr("满意率的置信区间整体低于此值的部门列入黑榜，0 到 1，如 0.8"),
            "report_repeat_days": self.tr("同一地址或电话、同一分类的诉求在多少天内再次出现算重复诉求，如 30；0 为不统计"),
            "report_fix_within": self.tr("通报事项须在成文后多久内整改反馈，如 3wd"),
            "repeat_window_days": self.tr("受理时提示可能的重复件：未结案的工单和结案不超过这么多天的工单，如 30"),
            "report_recipients": self.tr("通报的主送单位，如 各承办部门、各社区居委会"),
            "report_copies": self.tr("通报的抄送单位，可为空"),
            "report_signer": self.tr("通报的签发人，可为空（留空则打印签名横线）"),
            "lockout_threshold": self.tr("连续输错几次密码后锁定账户，如 5"),
            "clock_max_ahead": self.tr("本机数据库：电脑时间比最后记录的时间超前多少（工作时间）时，须有人确认后才能写入，如 1wd"),
            "lockout_minutes": self.tr("账户锁定多久后自动解除，如 15"),
            "idle_lock_minutes": self.tr("多久没有键盘鼠标操作后锁定工作台，如 30"),
            # issue 15: attachments
            "attachment_max_mb": self.tr("每个附件最大多少 MB（1 到 100），如 10"),
            "attachment_max_edge": self.tr("照片长边超过这么多像素时缩小后保存，如 2560"),
            "attachment_thumb_edge": self.tr("缩略图长边的像素，如 256"),
            "project_weights": self.tr("储备项目优先级的评分项:权重，逗号分隔；评分项可用 tickets（工单数）、residents（反映人数）、"
                                       "urgency（紧急程度）、people（受益人数）、cost（人均费用）、votes（票决），"
                                       "如 tickets:1,residents:2,urgency:3,people:1,cost:1,votes:2"),
            "project_revisit_months": self.tr("项目验收合格后多少个月进行回头看（1 到 12），如 11"),
        }
        titles = {"office": self.tr("办公室(&O)"), "deadlines": self.tr("时限与督办(&D)"),
                  "report": self.tr("周报(&R)"), "security": self.tr("账户安全(&S)"),
                  "attachments": self.tr("附件(&A)"), "projects": self.tr("民生工程(&P)")}
        self.tabs = QTabWidget(self)
        self._layout.insertWidget(self._layout.indexOf(self.error_label), self.tabs)
        self.edits: dict[str, QWidget] = {}
        for tab, keys in SETTING_TABS:
            page = QWidget(self.tabs)
            form = QFormLayout(page)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
            for key in keys:
                e: QWidget
                if key == "work_week":
                    e = WorkWeekEdit(page)
                else:
                    e = QLineEdit(page)
                    if key == "time_zone":
                        completer = QCompleter(sorted(zoneinfo.available_timezones()), e)
                        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
                        completer.setFilterMode(Qt.MatchFlag.MatchContains)
                        e.setCompleter(completer)
                e.setToolTip(hints[key])
                e.setEnabled(False)
                self.edits[key] = self.add_field(captions[key], e, key, form=form)
                if key == "work_week":
                    form.addRow(_hint_label(hints[key], page))
                else:
                    form.addRow("", _hint_label(hints[key], page))
            if tab == "deadlines" and categories:
                names = self.tr("、").join(c.name for c in categories)
                form.addRow("", _hint_label(self.tr("现有分类：%1").replace("%1", names), page))
            self.tabs.addTab(page, titles[tab])
        self.ok_button.setText(self.tr("保存"))
        self.ok_button.setEnabled(False)
        Op(self, desk.settings).success(self._arrived).failure(lambda exc: self.show_error(describe_error(exc))).run()

    def _arrived(self, values: dict[str, str]) -> None:
        self.original = {k: values.get(k, "") for k in SETTING_KEYS}
        for key, e in self.edits.items():
            if isinstance(e, WorkWeekEdit):
                e.set_value(self.original[key])
                self.original[key] = e.value()  # compare like with like: the form's own JSON
            else:
                assert isinstance(e, QLineEdit)
                e.setText(self.original[key])
            e.setEnabled(True)
        self.loaded = True
        self.ok_button.setEnabled(True)

    def values(self) -> dict[str, str]:
        return {k: e.value() if isinstance(e, WorkWeekEdit) else e.text().strip()  # type: ignore[attr-defined]
                for k, e in self.edits.items()}

    def show_field_error(self, field: str, message: str) -> None:
        widget = self.edits.get(field)
        if widget is not None:  # bring its tab to the front
            for i in range(self.tabs.count()):
                if self.tabs.widget(i).isAncestorOf(widget):
                    self.tabs.setCurrentIndex(i)
        super().show_field_error(field, message)

    def make_call(self) -> Callable[[], Any] | None:
        if not self.loaded:
            return None
        changed = {k: v for k, v in self.values().items() if v != self.original.get(k)}
        if not changed:
            return lambda: {}
        u = self._user
        return lambda: u.set_settings(changed)  # all or none, validated by the core


def _hint_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet(HINT_STYLE)
    label.setMinimumWidth(440)  # a wrapped label in a form row is otherwise laid out far too narrow
    return label
