"""Deadline badges: texts and levels, and the models re-evaluating them as the (fake) clock moves, without
refetching rows."""
from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from desk.deadlines import WorkCalendar
from desk.dto import Deadline
from ui.tickets.badges import BADGE_ROLE, COLOURS, BadgeDelegate, DeadlineClock, make_badge
from ui.tickets.models import DispatchListModel, TicketTableModel
from uitools import no_modal_exec, office, open_window, settings, settle, sh, wait_rows, whistled  # noqa: F401

TZ = ZoneInfo("Asia/Shanghai")
CAL = WorkCalendar("Asia/Shanghai")
DL = Deadline(1, "城管执法队", "acknowledge", due=sh(2026, 11, 24, 10, 0), warn_at=sh(2026, 11, 23, 17, 6))


@pytest.mark.parametrize("now, level, text", [
    (sh(2026, 11, 23, 10, 0), "green", "剩 1 个工作日"),  # 7 working hours: a working day
    (sh(2026, 11, 23, 17, 10), "amber", "剩 1 小时 20 分"),  # 20 minutes today, an hour tomorrow morning
    (sh(2026, 11, 24, 9, 20), "amber", "剩 40 分钟"),
    (sh(2026, 11, 24, 10, 5), "red", "超期 5 分钟"),
    (sh(2026, 11, 24, 12, 0), "red", "超期 2 小时"),
    (sh(2026, 11, 27, 15, 0), "red", "超期 3 个工作日 3 小时"),
    (sh(2026, 11, 30, 10, 0), "red", "超期 4 个工作日"),
])
def test_badge_text_and_level(now, level, text):
    b = make_badge(DL, now, CAL)
    assert (b.level, b.text) == (level, text)
    assert b.background == COLOURS[level][0]
    assert "报到期限 2026-11-24 10:00" in b.tooltip


def test_badge_paused_and_natural_time():
    paused = Deadline(1, "住建委", "resolve", sh(2026, 11, 30, 10, 0), sh(2026, 11, 27, 10, 0), suspended=True)
    b = make_badge(paused, sh(2026, 12, 9, 10, 0), CAL)
    assert (b.level, b.text) == ("paused", "已挂起")
    # 特急 30m, a natural-time limit: clock time, day and night
    evening = Deadline(1, "住建委", "acknowledge", sh(2026, 11, 23, 20, 0), sh(2026, 11, 23, 19, 36), working=False)
    assert make_badge(evening, sh(2026, 11, 23, 18, 0), CAL).text == "剩 2 小时"
    assert make_badge(evening, sh(2026, 11, 23, 18, 40), CAL).text == "剩 1 小时 20 分"
    assert make_badge(evening, sh(2026, 11, 23, 21, 0), CAL).text == "超期 1 小时"
    assert make_badge(evening, sh(2026, 11, 25, 23, 0), CAL).text == "超期 2 天 3 小时"
    assert "按自然时间计" in make_badge(evening, sh(2026, 11, 23, 21, 0), CAL).tooltip
    # a working-time limit due at the end of the day: overdue in the evening, by no working time yet
    late_day = Deadline(1, "住建委", "resolve", sh(2026, 11, 23, 17, 30), sh(2026, 11, 23, 16, 0))
    assert make_badge(late_day, sh(2026, 11, 23, 21, 0), CAL).text == "已超期"
    assert "按工作日和工作小时计" in make_badge(late_day, sh(2026, 11, 23, 21, 0), CAL).tooltip


@pytest.mark.parametrize("minutes, working, text", [
    (0, True, "不足 1 分钟"), (59, True, "59 分钟"), (60, True, "1 小时"), (61, False, "1 小时 1 分"),
    (7 * 60, True, "1 个工作日"), (7 * 60, False, "7 小时"), (8 * 60, True, "1 个工作日 1 小时"),
    (24 * 60, False, "1 天"), (26 * 60 + 59, False, "1 天 2 小时"), (30 * 7 * 60 + 30, True, "30 个工作日"),
])
def test_one_rule_for_amounts(minutes, working, text):
    from ui.tickets.badges import span_text
    assert span_text(timedelta(minutes=minutes), working, CAL) == text


def _clock(qtbot, office) -> DeadlineClock:
    clock = DeadlineClock(office.desk)
    with qtbot.waitSignal(clock.ticked):
        clock.start()
    clock.stop()
    return clock


def _tick(qtbot, clock: DeadlineClock) -> None:
    with qtbot.waitSignal(clock.ticked):
        clock.tick()


def test_queue_badges_change_colour_as_the_clock_moves_without_refetching(qtbot, office):
    d = whistled(office).dispatches[0]
    clock = _clock(qtbot, office)
    m = TicketTableModel(office.clerk, TZ, queue="dispatched", clock=clock)
    with qtbot.waitSignal(m.loaded):
        m.reload()
    wait_rows(qtbot, m)
    col = m.column_of("deadline")
    idx = m.index(0, col)
    assert (m.data(idx, BADGE_ROLE), m.data(idx)) == ("green", "剩 1 个工作日")
    assert isinstance(m.data(idx, Qt.ItemDataRole.BackgroundRole), QColor)
    assert "城管执法队" in m.data(idx, Qt.ItemDataRole.ToolTipRole)
    fetched = m.rows_fetched
    changes: list[tuple[int, int, int, int]] = []
    m.dataChanged.connect(lambda a, b, roles: changes.append((a.row(), a.column(), b.row(), b.column())))
    for at, level in ((sh(2026, 11, 23, 17, 10), "amber"), (sh(2026, 11, 24, 10, 30), "red")):
        office.clock.set(at)
        _tick(qtbot, clock)
        assert m.data(idx, BADGE_ROLE) == level
        assert m.data(idx, Qt.ItemDataRole.ForegroundRole) == COLOURS[level][1]
    assert m.data(idx) == "超期 30 分钟"
    assert m.rows_fetched == fetched  # only re-evaluated, never fetched again
    assert changes and all(c == (0, col, 0, col) for c in changes)  # the badge column only
    # another column never carries a badge
    assert m.data(m.index(0, m.column_of("title")), BADGE_ROLE) is None
    # a suspended clock shows grey after the next refetch
    office.responder().request_suspension(d.id, reason="等待居民回家")
    sup = office.supervisor
    sup.decide_request(sup.approvals()[0].id, approve=True)
    with qtbot.waitSignal(m.loaded):
        m.reload()
    wait_rows(qtbot, m)
    assert (m.data(idx, BADGE_ROLE), m.data(idx)) == ("paused", "已挂起")


def test_only_visible_rows_are_re_evaluated(qtbot, office):
    for _ in range(3):
        whistled(office)
    clock = _clock(qtbot, office)
    m = TicketTableModel(office.clerk, TZ, queue="dispatched", clock=clock)
    with qtbot.waitSignal(m.loaded):
        m.reload()
    m.visible_rows = lambda: (1, 1)
    changes = []
    m.dataChanged.connect(lambda a, b, roles: changes.append((a.row(), b.row())))
    _tick(qtbot, clock)
    assert changes == [(1, 1)]


def test_dispatch_list_shows_dues_and_badges(qtbot, qtmodeltester, office):
    office.clock.set(sh(2026, 11, 23, 10, 0))
    t = whistled(office)
    office.responder().acknowledge(t.dispatches[0].id)
    t = office.clerk.ticket(t.number)
    clock = _clock(qtbot, office)
    dm = DispatchListModel(TZ, clock=clock)
    dm.set_items(t.dispatches)
    qtmodeltester.check(dm)
    headers = [dm.headerData(i, Qt.Orientation.Horizontal) for i in range(dm.columnCount())]
    assert headers[:7] == ["部门", "角色", "状态", "时限", "报到", "响应", "办结"]
    assert dm.data(dm.index(0, 4)) == "11-23 10:00"  # done: when
    assert dm.data(dm.index(0, 5)) == "限 11-25 10:00"  # outstanding: due, office time
    assert "响应期限：2026-11-25 10:00（时限 2wd）" in dm.data(dm.index(0, 5), Qt.ItemDataRole.ToolTipRole)
    assert dm.data(dm.index(0, 3)) == "剩 2 个工作日"
    assert dm.data(dm.index(0, 3), BADGE_ROLE) == "green"
    office.clock.set(sh(2026, 11, 25, 11, 0))
    office.desk.sweep()
    dm.set_items(office.clerk.ticket(t.number).dispatches)
    _tick(qtbot, clock)
    assert dm.data(dm.index(0, 3), BADGE_ROLE) == "red"
    assert dm.data(dm.index(0, 5)) == "限 11-25 10:00 · 催办"
    assert dm.data(dm.index(0, 5), Qt.ItemDataRole.ForegroundRole) == QColor("#a01717")
    assert dm.data(dm.index(0, 6), Qt.ItemDataRole.ForegroundRole) != QColor("#a01717")  # resolve not due yet


def test_window_badges_update_every_minute(qtbot, office, open_window):
    t = whistled(office)
    w = open_window("cg.li")
    w.deadline_clock.timer.start(40)  # a minute, made short
    assert isinstance(w.view.itemDelegateForColumn(w.model.column_of("deadline")), BadgeDelegate)
    idx = w.model.index(0, w.model.column_of("deadline"))
    assert w.model.data(idx, BADGE_ROLE) == "green"
    with qtbot.waitSignal(w.detail_loaded):
        w.select_row(0)
    dm = w.detail_pane.dispatch_model
    assert dm.data(dm.index(0, 3), BADGE_ROLE) == "green"
    office.clock.set(sh(2026, 11, 24, 11, 0))  # the timer alone notices
    qtbot.waitUntil(lambda: w.model.data(idx, BADGE_ROLE) == "red" and dm.data(dm.index(0, 3), BADGE_ROLE) == "red")
    assert w.model.data(idx) == "超期 1 小时"
    assert t.number == w.detail.number
    w.deadline_clock.stop()
    settle(qtbot)


def test_default_badge_and_sweep_intervals_are_a_minute(qtbot, office, open_window):
    w = open_window("clerk")
    assert w.deadline_clock.timer.interval() == 60_000
    assert w.sweeper.timer.interval() == 60_000
    assert w.deadline_clock.now == office.clock.now() and w.deadline_clock.cal is not None


def test_calendar_is_refetched_when_the_change_marker_moves(qtbot, office, open_window):
    w = open_window("clerk", poll_interval_ms=50)
    first = w.deadline_clock.cal
    office.admin.set_calendar_day(sh(2026, 11, 25, 12, 0).date(), "holiday", "测试假日")
    assert w.deadline_clock.cal is first  # cached
    office.new_ticket()  # any change moves the marker
    qtbot.waitUntil(lambda: w.deadline_clock.cal is not first, timeout=5000)
    assert w.deadline_clock.cal.day_kind(sh(2026, 11, 25, 12, 0).date()).kind.value == "holiday"
    w.poll_timer.stop()
    settle(qtbot)


def test_late_by_hours_format():
    from ui.common.labels import fmt_hours
    assert [fmt_hours(timedelta(minutes=m)) for m in (480, 210, 20, 0)] == ["8", "3.5", "0.3", "0"]
