"""时间轴 (issue 16 §4, ui/projects/timeline.py): the milestones planned against actual: each bar's span and state,
the done markers, today's line, the month ticks and the tooltips, read from what the widget computes (not pixels);
and the lifecycle panel's 时间轴 tab shows it."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip

from conftest import ARTIFACTS
from desk.projects.lifecycle.dto import MilestoneInfo
from ui.projects.timeline import MilestoneTimeline
from uitools import SH

NOW = datetime(2026, 5, 20, 2, 0, tzinfo=timezone.utc)
START = datetime(2026, 3, 2, 1, 0, tzinfo=timezone.utc)


def _m(i, name, stage, due_days, done_days=None, kind="plan", created_days=0.0) -> MilestoneInfo:
    return MilestoneInfo(i, "XM2026-0001", "幸福里老旧供水管网改造", stage, kind, name, "住建委", (),
                         START + timedelta(days=due_days), START + timedelta(days=created_days),
                         START + timedelta(days=done_days) if done_days is not None else None, None, None, 0, ())


MILESTONES = [
    _m(1, "立项批复", "initiated", 10, done_days=9),            # done on time
    _m(2, "施工图设计审查", "initiated", 30, done_days=36),     # done 6 days late
    _m(3, "招标公告", "tendering", 50),                          # not done, due passed: late
    _m(4, "围挡缺失", "tendering", 85, kind="fix", created_days=75),  # a fix, open, its due ahead
    _m(5, "开工", "construction", 100),                          # open, ahead
]


def _timeline(qtbot, milestones=MILESTONES, now=NOW) -> MilestoneTimeline:
    w = MilestoneTimeline(SH)
    qtbot.addWidget(w)
    w.resize(760, 260)
    w.set_milestones(milestones, now)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_bars_markers_today_and_ticks(qtbot):
    w = _timeline(qtbot)
    bars = w.bars()
    assert [b.label for b in bars] == ["立项批复", "施工图设计审查", "招标公告", "整改：围挡缺失", "开工"]
    assert [b.state for b in bars] == ["done_on_time", "done_late", "late", "open", "open"]
    # plan milestones follow one another (the previous one's due); a fix starts at its finding
    assert [b.start for b in bars] == [START, START + timedelta(days=10), START + timedelta(days=30),
                                       START + timedelta(days=75), START + timedelta(days=50)]
    # left to right in time, inside the widget, one row each below the other
    for b in bars:
        assert w.label_width() <= b.rect.left() < b.rect.right() <= w.width()
    assert bars[1].rect.left() == bars[0].rect.right()
    assert [b.rect.top() for b in bars] == sorted(b.rect.top() for b in bars)
    # the done markers: on time before the due's end, late after it
    assert bars[0].marker.x() < bars[0].rect.right() and bars[1].marker.x() > bars[1].rect.right()
    assert bars[2].marker is None and bars[4].marker is None
    # months (office time): March (the span starts a little before the first start) to June, the first with its year
    assert [t for _, t in w.month_ticks()] == ["2026年3月", "4月", "5月", "6月"]
    first, last = w.span()
    assert first < START and last > START + timedelta(days=100) and first < NOW < last
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    assert w.grab().save(str(ARTIFACTS / "timeline-widget.png"))


def test_tooltips_say_planned_actual_and_how_late(qtbot, monkeypatch):
    w = _timeline(qtbot)
    bars = w.bars()
    assert bars[0].tooltip.splitlines() == ["立项批复", "阶段：立项 · 主办：住建委", "计划：2026-03-02 09:00 → 2026-03-12 09:00",
                                            "实际完成：2026-03-11 09:00（按期）"]
    assert bars[1].tooltip.splitlines()[-1] == "实际完成：2026-04-07 09:00（超期 6 天）"
    assert bars[2].tooltip.splitlines()[-1] == "未完成，已超期 29 天"
    assert bars[4].tooltip.splitlines()[-1] == "未完成"
    # hovering a bar: the widget answers the tooltip event with that bar's text
    target = bars[2].rect.center().toPoint()
    assert w.bar_at(QPointF(target)).milestone_id == 3
    shown = []
    monkeypatch.setattr(QToolTip, "showText", staticmethod(lambda pos, text, *a, **k: shown.append(text)))
    QApplication.sendEvent(w, QHelpEvent(QEvent.Type.ToolTip, target, w.mapToGlobal(target)))
    assert shown == [bars[2].tooltip]
    assert w.bar_at(QPointF(5, w.height() - 2)) is None  # the legend


def test_no_milestones_and_a_resize(qtbot):
    w = _timeline(qtbot, milestones=[])
    assert w.bars() == [] and w.month_ticks() is not None
    w.set_milestones(MILESTONES, NOW)
    assert w.minimumHeight() >= w.TOP + 5 * w.ROW
    wide = w.bars()[4].rect.right()
    w.resize(1200, 260)
    QTest.qWait(10)
    assert w.bars()[4].rect.right() > wide


def test_a_click_picks_a_row_and_the_selected_row_is_kept(qtbot):
    w = _timeline(qtbot)
    bars = w.bars()
    with qtbot.waitSignal(w.picked) as picked:
        QTest.mouseClick(w, Qt.MouseButton.LeftButton, pos=bars[1].rect.center().toPoint())
    assert picked.args == [2]
    with qtbot.assertNotEmitted(w.picked):
        QTest.mouseClick(w, Qt.MouseButton.LeftButton, pos=QPoint(5, w.height() - 2))  # the legend
    w.set_selected(3)
    assert w.selected_id == 3
