"""Deadline badges: green / amber / red (grey while the clock is suspended) with the remaining working time.

* :class:`DeadlineClock` holds the office's "now" and working calendar for the GUI. It asks the
  database worker for ``desk.now()`` once a minute (the server's clock in shared mode) and emits
  ``ticked``; models then re-evaluate the badges of the rows on screen (``dataChanged`` for the badge
  column only, no refetch). The calendar is cached and fetched again only when asked to
  (:meth:`DeadlineClock.refresh_calendar`: the change marker moved, or an admin edited the calendar).
* :func:`make_badge` turns a :class:`desk.dto.Deadline` into a :class:`Badge` (level, text, tooltip).
* :class:`BadgeDelegate` paints a badge as a rounded pill; the models also give the colours through
  ``BackgroundRole``/``ForegroundRole`` and the level through :data:`BADGE_ROLE` (what tests assert on).
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, QRectF, QSize, Qt, QTimer, \
    Signal
from PySide6.QtGui import QBrush, QColor, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desk import Desk
from desk.deadlines import WorkCalendar, split_span
from desk.dto import Deadline
from ui.common import labels
from ui.common.ops import Op

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

#: Item-data role carrying a badge's level: "green" | "amber" | "red" | "paused" (None: no running clock).
BADGE_ROLE = int(Qt.ItemDataRole.UserRole) + 1
BADGE_INTERVAL_MS = 60_000

#: level -> (background, text): dark text on a light tint, legible on white and on a selected row.
COLOURS: dict[str, tuple[QColor, QColor]] = {
    "green": (QColor("#d9f2df"), QColor("#17612b")),
    "amber": (QColor("#ffe8b0"), QColor("#7a4a00")),
    "red": (QColor("#f9d0d0"), QColor("#a01717")),
    "paused": (QColor("#e3e5e8"), QColor("#4a5058")),
}


def level_names() -> dict[str, str]:
    return {"green": translate("badges", "正常"), "amber": translate("badges", "预警"),
            "red": translate("badges", "超期"), "paused": translate("badges", "已挂起")}


@dataclass(frozen=True)
class Badge:
    level: str
    text: str
    tooltip: str

    @property
    def background(self) -> QColor:
        return COLOURS[self.level][0]

    @property
    def foreground(self) -> QColor:
        return COLOURS[self.level][1]


# -- one rule for deadline amounts ----------------------------------------------------------------------
# Used by the badges, the dispatch table, the escalation pages and the dialogs, so that the same item shows
# the same figure everywhere:
#   * a natural-time limit (特急 30m, 2h, 24h) counts clock time: 剩 1 小时 20 分 / 超期 3 小时 / 超期 2 天 4 小时;
#   * a working-time limit (1wd, 3wd, 6wh) counts working time: 剩 2 个工作日 3 小时 / 超期 4 个工作日, where a
#     working day is the calendar's working-day length and the hours are working hours.
# Amounts are whole units, cut down (never rounded up: "剩 1 小时" means at least an hour is left); under a
# minute shows 不足 1 分钟.
def span_text(amount: timedelta, working: bool, cal: WorkCalendar | None) -> str:
    """``1 小时 20 分``, ``2 天 4 小时`` (clock time) or ``2 个工作日 3 小时`` (working time)."""
    if amount < timedelta(minutes=1):
        return translate("badges", "不足 1 分钟")
    day = cal.working_day_length if working and cal is not None else timedelta(days=1)
    days, hours, mins = split_span(amount, day)
    if days:
        text = (translate("badges", "%1 个工作日") if working else translate("badges", "%1 天")).replace("%1", str(days))
        return text if not hours else translate("badges", "%1 %2 小时").replace("%1", text).replace("%2", str(hours))
    if hours:
        return translate("badges", "%1 小时").replace("%1", str(hours)) if not mins else \
            translate("badges", "%1 小时 %2 分").replace("%1", str(hours)).replace("%2", str(mins))
    return translate("badges", "%1 分钟").replace("%1", str(mins))


def longest_badge(working: bool) -> str:
    """The widest badge text :func:`remaining_text` writes (999 days and 23 hours late), to size columns by."""
    days = (translate("badges", "%1 个工作日") if working else translate("badges", "%1 天")).replace("%1", "999")
    amount = translate("badges", "%1 %2 小时").replace("%1", days).replace("%2", "23")
    return translate("badges", "超期 %1").replace("%1", amount)


def remaining_text(now: datetime, due: datetime, cal: WorkCalendar, working: bool = True) -> str:
    """``剩 …`` before the due instant, ``超期 …`` after it (see :func:`span_text`). Overdue by no working time
    yet (due at the end of a working day, now in the evening) reads ``已超期``."""
    if working:
        left = cal.working_time_between(now, due)
        if now < due and left <= timedelta(0):
            left = timedelta(seconds=60)  # due outside working time: what is left is the next working minute
    else:
        left = due - now
    if now < due:
        return translate("badges", "剩 %1").replace("%1", span_text(left, working, cal))
    late = -left if working else now - due
    if late < timedelta(minutes=1):
        return translate("badges", "已超期")
    return translate("badges", "超期 %1").replace("%1", span_text(late, working, cal))


def late_text(late: timedelta, working: bool, cal: WorkCalendar | None) -> str:
    """How late an escalated step is (the escalation pages): the same rule as the badges."""
    return span_text(late, working, cal) if late >= timedelta(minutes=1) else translate("badges", "不足 1 分钟")


def legend(share: float) -> str:
    """What the colours mean, with the warning share in use (the amber rule)."""
    return translate("badges", "时限颜色：绿色 正常；黄色 预警（时限已过 %1%）；红色 超期；灰色 已挂起（暂停计时）。"
                               "特急等按自然时间计的时限显示钟点，其余按工作日和工作小时计。") \
        .replace("%1", str(round(share * 100)))


def make_badge(deadline: Deadline, now: datetime, cal: WorkCalendar) -> Badge:
    level = deadline.level(now)
    step = labels.label(labels.steps(), deadline.step)
    due = labels.fmt_time(deadline.due, cal.tzinfo)
    if level == "paused":
        text = translate("badges", "已挂起")
        tip = translate("badges", "%1：%2期限 %3，计时已挂起").replace("%1", deadline.department) \
            .replace("%2", step).replace("%3", due)
    else:
        text = remaining_text(now, deadline.due, cal, deadline.working)
        tip = translate("badges", "%1：%2期限 %3（%4，%5起预警）").replace(
            "%1", deadline.department).replace("%2", step).replace("%3", due).replace("%4", level_names()[level]) \
            .replace("%5", labels.fmt_time(deadline.warn_at, cal.tzinfo))
        tip += "\n" + (translate("badges", "按工作日和工作小时计（节假日和非工作时间不计）") if deadline.working
                       else translate("badges", "按自然时间计（含夜间和节假日）"))
    return Badge(level, text, tip)


class DeadlineClock(QObject):
    """The GUI's idea of "now" and the cached working calendar, refreshed in the background."""

    #: ``now`` (and maybe the calendar) changed: re-evaluate the badges on screen.
    ticked = Signal()

    def __init__(self, desk: Desk, parent: QObject | None = None, *, interval_ms: int = BADGE_INTERVAL_MS) -> None:
        super().__init__(parent)
        self._desk = desk
        self.now: datetime | None = None
        self.cal: WorkCalendar | None = None
        self._cache: dict[Deadline, Badge] = {}
        self._inflight = False
        self._want_calendar = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.tick)

    def start(self) -> None:
        self.tick(calendar=True)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def refresh_calendar(self) -> None:
        """Fetch the calendar again (it changed, or the change marker moved)."""
        self.tick(calendar=True)

    def tick(self, *, calendar: bool = False) -> None:
        """Ask the worker for the time (and the calendar if asked or not yet known)."""
        self._want_calendar = self._want_calendar or calendar or self.cal is None
        if self._inflight:
            return
        self._inflight = True
        want_cal, self._want_calendar = self._want_calendar, False
        desk = self._desk

        def fetch() -> tuple[datetime, WorkCalendar | None]:
            now = desk.now()
            cal = desk.calendar() if want_cal else None
            if cal is not None:
                cal.working_time_between(now, now)  # builds the calendar's index here, not on the GUI thread
            return now, cal

        Op(self, fetch).success(self._arrived).failure(self._failed).finally_(self._done).run()

    def _arrived(self, result: tuple[datetime, WorkCalendar | None]) -> None:
        now, cal = result
        if cal is not None:
            self.cal = cal
        self.now = now
        self._cache.clear()
        self.ticked.emit()

    def _failed(self, exc: BaseException) -> None:
        log.warning("deadline clock: %s", exc)

    def _done(self) -> None:
        self._inflight = False
        if self._want_calendar:
            self.tick()

    def badge(self, deadline: Deadline | None) -> Badge | None:
        """The badge of ``deadline`` now (None without a deadline or before the first tick)."""
        if deadline is None or self.now is None or self.cal is None:
            return None
        b = self._cache.get(deadline)
        if b is None:
            if len(self._cache) > 5000:
                self._cache.clear()
            b = self._cache[deadline] = make_badge(deadline, self.now, self.cal)
        return b


def badge_data(badge: Badge | None, role: int) -> object:
    """What a model returns for a badge cell in ``role``."""
    if badge is None:
        return None
    if role == Qt.ItemDataRole.DisplayRole:
        return badge.text
    if role == Qt.ItemDataRole.ToolTipRole:
        return badge.tooltip
    if role == BADGE_ROLE:
        return badge.level
    if role == Qt.ItemDataRole.BackgroundRole:
        return badge.background
    if role == Qt.ItemDataRole.ForegroundRole:
        return badge.foreground
    return None


BADGE_ROLES = [int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole), BADGE_ROLE,
               int(Qt.ItemDataRole.BackgroundRole), int(Qt.ItemDataRole.ForegroundRole)]


class BadgeDelegate(QStyledItemDelegate):
    """Paints a badge cell as a rounded, tinted pill (the row's selection stays visible around it)."""

    PAD_X = 7
    PAD_Y = 3

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        level = index.data(BADGE_ROLE)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        opt.backgroundBrush = QBrush()
        widget: QWidget | None = option.widget  # type: ignore[assignment]
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        if not level or level not in COLOURS or not text:
            return
        bg, fg = COLOURS[level]
        fm = option.fontMetrics
        rect = QRectF(option.rect).adjusted(3, 2, -3, -2)
        width = min(rect.width(), fm.horizontalAdvance(text) + 2 * self.PAD_X)
        pill = QRectF(rect.left(), rect.top(), width, rect.height())
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(bg)
        radius = min(8.0, pill.height() / 2)
        painter.drawRoundedRect(pill, radius, radius)
        painter.setPen(fg)
        text_rect = pill.adjusted(self.PAD_X, 0, -self.PAD_X + 1, 0)
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                         fm.elidedText(text, Qt.TextElideMode.ElideRight, int(text_rect.width()) + 1))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 2 * self.PAD_X + 6, max(size.height(), option.fontMetrics.height() + 2 * self.PAD_Y))
