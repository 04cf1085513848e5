"""时间轴 (issue 16 §4): a project's milestones as a Gantt-like timeline, planned against actual, drawn with QPainter.

One row per milestone (in the lifecycle's order: by stage, then due), its name on the left. Each row has:

* the **planned bar**, from its start to its planned due. The start of a plan milestone is the latest of its
  creation and the previous plan milestone's due (the one due just before it): milestones planned together at
  initiation follow one another as in a Gantt chart. An inspection's fix starts when it was created (the finding);
* a **marker at the actual done instant**: a green diamond when done by the due, red when late (a thin red line
  joins the due and the late done instant);
* a late open milestone (not done, its due passed) has a red bar, continued with a red hatched span to today.

A vertical line marks today (今天); month ticks with their Chinese labels run across the top; a small legend runs
across the bottom; hovering a bar shows its tooltip (planned, actual, how late); a click on a row selects that
milestone in the lifecycle panel (its actions follow it) and the selected row is highlighted. What is drawn is
computed by :meth:`MilestoneTimeline.bars` (tests read it, never pixels).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QCursor, QFontMetrics, QHelpEvent, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QToolTip, QWidget

from desk.projects.lifecycle.dto import MilestoneInfo
from ui.common import labels

translate = QCoreApplication.translate

PLANNED = QColor(96, 140, 200)
PLANNED_DONE = QColor(150, 180, 220)
ON_TIME = QColor(30, 150, 70)
LATE = QColor(200, 30, 30)
TODAY = QColor(230, 120, 0)
GRID = QColor(225, 225, 225)
TEXT = QColor(60, 60, 60)

#: The states a row is drawn in (Bar.state).
STATES = ("open", "late", "done_on_time", "done_late")


@dataclass(frozen=True)
class Bar:
    """A milestone's row as drawn: its planned span, what became of it, and where it is on the widget."""

    milestone_id: int
    label: str
    start: datetime
    due: datetime
    done_at: datetime | None
    state: str  # open, late (not done, its due passed), done_on_time, done_late
    rect: QRectF  # the planned bar
    marker: QPointF | None  # the done instant (None: not done)
    tooltip: str


def _days(delta: timedelta) -> str:
    d = delta.total_seconds() / 86400
    return f"{d:.0f}" if d >= 1 else f"{d:.1f}"


class MilestoneTimeline(QWidget):
    """The milestones of one project as a timeline (see the module doc). ``set_milestones`` gives it data; a click
    on a row picks its milestone (``picked``), the row selected (``set_selected``) is highlighted."""

    #: A row was clicked: its milestone's id.
    picked = Signal(int)

    ROW = 24
    TOP = 44  # 今天 above, the month labels below it
    BOTTOM = 48  # the legend (two lines when narrow)
    MARGIN = 8

    def __init__(self, tz: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("milestoneTimeline")
        self.setMouseTracking(True)
        self._tz = tz
        self._stages = labels.project_stages()
        self.milestones: tuple[MilestoneInfo, ...] = ()
        self.now: datetime | None = None
        self.selected_id: int | None = None
        self.setMinimumHeight(self._height(0))

    # -- data -------------------------------------------------------------------------------------------------
    def set_milestones(self, milestones: Sequence[MilestoneInfo], now: datetime | None) -> None:
        self.milestones, self.now = tuple(milestones), now
        self.setMinimumHeight(self._height(len(self.milestones)))
        self.updateGeometry()
        self.update()

    def set_selected(self, milestone_id: int | None) -> None:
        if milestone_id != self.selected_id:
            self.selected_id = milestone_id
            self.update()

    def _height(self, rows: int) -> int:
        return self.TOP + max(rows, 2) * self.ROW + self.BOTTOM + self.MARGIN

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt name
        return QSize(560, self._height(len(self.milestones)))

    def label_width(self) -> int:
        fm = QFontMetrics(self.font())
        widest = max((fm.horizontalAdvance(self._label(m)) for m in self.milestones), default=0)
        return min(max(widest + 12, 90), max(self.width() // 3, 90))

    def _label(self, m: MilestoneInfo) -> str:
        return translate("projects", "整改：%1").replace("%1", m.name) if m.kind == "fix" else m.name

    def starts(self) -> list[datetime]:
        """Each milestone's planned start (see the module doc)."""
        plan_dues = sorted(m.due for m in self.milestones if m.kind == "plan")
        out = []
        for m in self.milestones:
            start = m.created_at
            if m.kind == "plan":
                before = [d for d in plan_dues if d < m.due]
                if before and before[-1] > start:
                    start = before[-1]
            out.append(min(start, m.due))
        return out

    def span(self) -> tuple[datetime, datetime]:
        """The time the axis covers: every start, due, done instant and today, with a little room either side."""
        instants = self.starts() + [m.due for m in self.milestones] + \
            [m.done_at for m in self.milestones if m.done_at is not None] + ([self.now] if self.now else [])
        if not instants:
            now = self.now or datetime.now().astimezone()
            return now - timedelta(days=15), now + timedelta(days=15)
        first, last = min(instants), max(instants)
        room = max((last - first) * 0.04, timedelta(days=2))
        return first - room, last + room

    def _x(self, when: datetime, first: datetime, last: datetime, left: float, right: float) -> float:
        total = (last - first).total_seconds() or 1.0
        return left + (right - left) * (when - first).total_seconds() / total

    def state(self, m: MilestoneInfo) -> str:
        if m.done_at is not None:
            return "done_on_time" if m.done_at <= m.due else "done_late"
        return "late" if self.now is not None and m.late_at(self.now) else "open"

    def bars(self) -> list[Bar]:
        """Every row as drawn at the widget's present size."""
        first, last = self.span()
        left, right = float(self.label_width()), float(self.width() - self.MARGIN)
        out = []
        for row, (m, start) in enumerate(zip(self.milestones, self.starts())):
            top = self.TOP + row * self.ROW + 5
            x0, x1 = self._x(start, first, last, left, right), self._x(m.due, first, last, left, right)
            rect = QRectF(x0, top, max(x1 - x0, 3.0), self.ROW - 10)
            marker = QPointF(self._x(m.done_at, first, last, left, right), top + (self.ROW - 10) / 2) \
                if m.done_at is not None else None
            out.append(Bar(m.id, self._label(m), start, m.due, m.done_at, self.state(m), rect, marker,
                           self._tooltip(m, start)))
        return out

    def _fmt(self, when: datetime) -> str:
        return labels.fmt_time(when, self._tz)

    def _tooltip(self, m: MilestoneInfo, start: datetime) -> str:
        lines = [self._label(m),
                 translate("projects", "阶段：%1 · 主办：%2").replace("%1", labels.label(self._stages, m.stage))
                 .replace("%2", m.lead_department),
                 translate("projects", "计划：%1 → %2").replace("%1", self._fmt(start)).replace("%2", self._fmt(m.due))]
        state = self.state(m)
        if state == "done_on_time":
            lines.append(translate("projects", "实际完成：%1（按期）").replace("%1", self._fmt(m.done_at)))
        elif state == "done_late":
            lines.append(translate("projects", "实际完成：%1（超期 %2 天）").replace("%1", self._fmt(m.done_at))
                         .replace("%2", _days(m.done_at - m.due)))
        elif state == "late":
            lines.append(translate("projects", "未完成，已超期 %1 天").replace("%1", _days(self.now - m.due)))
        else:
            lines.append(translate("projects", "未完成"))
        return "\n".join(lines)

    def bar_at(self, pos: QPointF) -> Bar | None:
        """The row under ``pos`` (anywhere on its line, the label included)."""
        for b in self.bars():
            if b.rect.top() - 5 <= pos.y() < b.rect.top() - 5 + self.ROW:
                return b
        return None

    def month_ticks(self) -> list[tuple[datetime, str]]:
        """The first instant of each month in the span (office time), with its label: 2026年1月 for the first tick
        and every January, else 3月."""
        first, last = self.span()
        local = first.astimezone(self._tz)
        y, mo = local.year, local.month
        out = []
        while True:
            mo += 1
            if mo > 12:
                y, mo = y + 1, 1
            at = datetime(y, mo, 1, tzinfo=self._tz)
            if at > last:
                return out
            text = translate("projects", "%1年%2月").replace("%1", str(y)).replace("%2", str(mo)) \
                if not out or mo == 1 else translate("projects", "%1月").replace("%1", str(mo))
            out.append((at, text))

    # -- events -------------------------------------------------------------------------------------------------
    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip:
            local = e.pos() if isinstance(e, QHelpEvent) else self.mapFromGlobal(QCursor.pos())
            b = self.bar_at(QPointF(local))
            if b is not None:
                QToolTip.showText(self.mapToGlobal(local), b.tooltip, self)
            else:
                QToolTip.hideText()
                e.ignore()
            return True
        return super().event(e)

    def mousePressEvent(self, e) -> None:  # noqa: N802 - Qt name
        b = self.bar_at(e.position()) if e.button() == Qt.MouseButton.LeftButton else None
        if b is not None:
            self.picked.emit(b.milestone_id)
        super().mousePressEvent(e)

    def paintEvent(self, _event: QEvent) -> None:  # noqa: N802 - Qt name
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor(255, 255, 255))
        fm = QFontMetrics(self.font())
        if not self.milestones:
            p.setPen(TEXT)
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, translate("projects", "尚未安排节点"))
            p.end()
            return
        first, last = self.span()
        left, right = float(self.label_width()), float(self.width() - self.MARGIN)
        bottom = self.TOP + len(self.milestones) * self.ROW
        # month ticks
        for at, text in self.month_ticks():
            x = self._x(at, first, last, left, right)
            p.setPen(QPen(GRID, 1))
            p.drawLine(QPointF(x, self.TOP - 6), QPointF(x, bottom))
            p.setPen(TEXT)
            p.drawText(QPointF(x + 3, self.TOP - 6), text)
        # rows
        bars = self.bars()
        for row, b in enumerate(bars):
            y = self.TOP + row * self.ROW
            if b.milestone_id == self.selected_id:
                p.fillRect(QRectF(0, y, self.width(), self.ROW), self.palette().highlight().color().lighter(170))
            elif row % 2:
                p.fillRect(QRectF(0, y, self.width(), self.ROW), QColor(248, 248, 250))
            p.setPen(LATE if b.state in ("late", "done_late") else TEXT)
            p.drawText(QRectF(4, y, left - 8, self.ROW), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                       fm.elidedText(b.label, Qt.TextElideMode.ElideRight, int(left - 8)))
            colour = LATE if b.state == "late" else PLANNED_DONE if b.state.startswith("done") else PLANNED
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)
            p.drawRoundedRect(b.rect, 3, 3)
            mid = b.rect.center().y()
            if b.state == "late" and self.now is not None:  # overdue: hatched to today
                x_now = self._x(self.now, first, last, left, right)
                span = QRectF(b.rect.right(), b.rect.top(), max(x_now - b.rect.right(), 0), b.rect.height())
                p.setBrush(QBrush(LATE, Qt.BrushStyle.BDiagPattern))
                p.setPen(QPen(LATE, 1))
                p.drawRect(span)
            if b.marker is not None:
                done_colour = ON_TIME if b.state == "done_on_time" else LATE
                if b.state == "done_late":
                    p.setPen(QPen(LATE, 2))
                    p.drawLine(QPointF(b.rect.right(), mid), b.marker)
                self._diamond(p, b.marker, done_colour)
        # today
        if self.now is not None:
            x = self._x(self.now, first, last, left, right)
            p.setPen(QPen(TODAY, 2, Qt.PenStyle.DashLine))
            p.drawLine(QPointF(x, self.TOP - 22), QPointF(x, bottom))
            p.setPen(TODAY)
            today = translate("projects", "今天")
            p.drawText(QPointF(min(x - fm.horizontalAdvance(today) / 2, right - fm.horizontalAdvance(today)),
                               self.TOP - 26), today)
        self._legend(p, fm, bottom + 8)
        p.end()

    @staticmethod
    def _diamond(p: QPainter, at: QPointF, colour: QColor, r: float = 6.0) -> None:
        p.setPen(QPen(QColor(255, 255, 255), 1))
        p.setBrush(colour)
        p.drawPolygon(QPolygonF([QPointF(at.x(), at.y() - r), QPointF(at.x() + r, at.y()),
                                 QPointF(at.x(), at.y() + r), QPointF(at.x() - r, at.y())]))

    def _legend(self, p: QPainter, fm: QFontMetrics, y: float) -> None:
        x = 6.0
        h = fm.height()
        for kind, text in (("plan", translate("projects", "计划")), ("late", translate("projects", "超期未完成")),
                           ("on_time", translate("projects", "按期完成")),
                           ("done_late", translate("projects", "超期完成")), ("today", translate("projects", "今天"))):
            if x > 6.0 and x + 22 + fm.horizontalAdvance(text) > self.width():  # no room: the next line
                x, y = 6.0, y + h + 4
            box = QRectF(x, y + h / 2 - 5, 18, 10)
            if kind in ("plan", "late"):
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(PLANNED if kind == "plan" else LATE)
                p.drawRoundedRect(box, 2, 2)
            elif kind == "today":
                p.setPen(QPen(TODAY, 2, Qt.PenStyle.DashLine))
                p.drawLine(QPointF(box.center().x(), box.top() - 2), QPointF(box.center().x(), box.bottom() + 2))
            else:
                self._diamond(p, box.center(), ON_TIME if kind == "on_time" else LATE, 5.0)
            p.setPen(TEXT)
            p.drawText(QPointF(x + 22, y + fm.ascent()), text)
            x += 22 + fm.horizontalAdvance(text) + 14


__all__ = ["Bar", "MilestoneTimeline"]
