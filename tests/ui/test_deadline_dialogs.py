"""申请延期, 申请挂起, 恢复计时 and 回头看: through the dialogs and the window's actions; bad input is shown next to
its field and leaves the database unchanged."""
from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDialog

from desk.enums import TicketState
from ui.tickets.dialogs import ExtensionDialog, NoteDialog, RevisitDialog, from_qdatetime, to_qdatetime
from uitools import fill, no_modal_exec, office, open_window, settings, settle, sh, whistled  # noqa: F401

TZ = ZoneInfo("Asia/Shanghai")


def show(qtbot, dlg):
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def submit_ok(qtbot, dlg):
    with qtbot.waitSignal(dlg.succeeded, timeout=5000):
        dlg.submit()
    assert dlg.result() == QDialog.DialogCode.Accepted
    return dlg.result_value


def submit_fails(qtbot, dlg):
    dlg.submit()
    settle(qtbot)
    assert dlg.result() != QDialog.DialogCode.Accepted and dlg.isVisible()


def test_office_time_round_trip_ignores_the_pcs_time_zone():
    at = sh(2026, 10, 1, 9, 30)
    q = to_qdatetime(at, TZ)
    assert q.toString("yyyy-MM-dd HH:mm") == "2026-10-01 09:30"
    assert from_qdatetime(q, TZ) == at
    assert from_qdatetime(QDateTime.fromString("2026-12-04 17:30", "yyyy-MM-dd HH:mm"), TZ) == sh(2026, 12, 4, 17, 30)


def test_extension_request_dialog(qtbot, office):
    t = whistled(office)
    li = office.responder()
    d = t.dispatches[0]
    dlg = show(qtbot, ExtensionDialog(None, li, t, d, TZ, now=office.clock.now(), cal=office.desk.calendar()))
    assert "现办结期限：2026-11-30 10:00" in dlg.header.text()
    assert dlg.new_due_value() == sh(2026, 12, 2, 10, 0)  # proposed: two working days after the current due
    before = office.desk.change_marker()
    dlg.submit()
    assert dlg.field_error("reason") == "请填写延期理由。"
    dlg.reason.setPlainText("需协调产权单位")
    dlg.set_new_due(sh(2026, 11, 27, 17, 30))  # earlier than the current resolve due
    submit_fails(qtbot, dlg)
    assert dlg.field_error("new_resolve_due") == "新的办结期限必须晚于现在和原办结期限。"
    assert dlg.field_error("reason") == ""
    assert office.desk.change_marker() == before and office.supervisor.approvals() == []
    dlg.set_new_due(sh(2026, 12, 4, 17, 30))
    info = submit_ok(qtbot, dlg)
    assert info.pending_requests == {"extension"}
    req = office.supervisor.approvals()[0]
    assert (req.kind, req.new_resolve_due, req.reason) == ("extension", sh(2026, 12, 4, 17, 30), "需协调产权单位")


def test_suspension_then_resume(qtbot, office):
    t = whistled(office)
    li = office.responder()
    d = t.dispatches[0]
    dlg = show(qtbot, NoteDialog(None, li, "request_suspension", t, d))
    assert dlg.windowTitle() == "申请挂起" and dlg.required
    dlg.submit()
    assert dlg.field_error("reason") == "请填写挂起理由。"
    dlg.note.setPlainText("等待居民回家后入户查看")
    assert submit_ok(qtbot, dlg).pending_requests == {"suspension"}
    sup = office.supervisor
    sup.decide_request(sup.approvals()[0].id, approve=True)
    office.clock.set(sh(2026, 11, 24, 10, 0))
    t = li.ticket(t.number)
    resume = show(qtbot, NoteDialog(None, li, "resume", t, t.dispatches[0]))
    assert not resume.required
    info = submit_ok(qtbot, resume)
    assert info.suspended_at is None
    assert info.acknowledge_due == sh(2026, 11, 25, 10, 0)  # a working day's pause added
    # a second resume is refused in the dialog and changes nothing
    before = office.desk.change_marker()
    again = show(qtbot, NoteDialog(None, li, "resume", t, t.dispatches[0]))
    submit_fails(qtbot, again)
    assert "没有挂起" in again.error_text()
    assert office.desk.change_marker() == before


def test_dispatch_actions_in_the_window_follow_allowed(qtbot, office, open_window):
    t = whistled(office)
    w = open_window("cg.li")
    with qtbot.waitSignal(w.detail_loaded):
        w.select_row(0)
    acts = {v for v, a in w.verb_actions.items() if a.isEnabled()}
    assert {"request_extension", "request_suspension"} <= acts and "resume" not in acts
    dlg = w.start_action("request_extension")
    assert isinstance(dlg, ExtensionDialog)
    dlg.reason.setPlainText("材料未齐")
    with qtbot.waitSignal(w.refreshed):
        with qtbot.waitSignal(dlg.succeeded):
            dlg.submit()
    settle(qtbot)
    assert w.statusBar().currentMessage() == f"工单 {t.number}：城管执法队已申请延期，等待审批"
    assert not w.verb_actions["request_extension"].isEnabled()  # one pending request at a time
    dm = w.detail_pane.dispatch_model
    assert dm.data(dm.index(0, 2)) == "待报到 · 延期申请中"  # in the state, as in the ticket list
    dlg = w.start_action("request_suspension")
    dlg.note.setPlainText("等待天气转好")
    with qtbot.waitSignal(w.refreshed):
        with qtbot.waitSignal(dlg.succeeded):
            dlg.submit()
    settle(qtbot)
    sup = office.supervisor
    sup.decide_request(next(r.id for r in sup.approvals() if r.kind == "suspension"), approve=True)
    w.refresh_all()
    qtbot.waitUntil(lambda: w.verb_actions["resume"].isEnabled())
    dlg = w.start_action("resume")
    assert isinstance(dlg, NoteDialog) and dlg.verb == "resume"
    with qtbot.waitSignal(w.refreshed):
        with qtbot.waitSignal(dlg.succeeded):
            dlg.submit()
    settle(qtbot)
    assert w.detail.dispatches[0].suspended_at is None
    assert not w.verb_actions["resume"].isEnabled()


def test_revisit_queue_and_dialog(qtbot, office, open_window):
    office.desk.set_setting("revisit_categories", "市容环境")
    numbers = fill(office)
    office.clock.advance(days=366)
    w = open_window("clerk")
    with qtbot.waitSignal(w.model.loaded):
        w.set_queue("revisit_due")
    assert w.model.rowCount() == 1 and w.counts["revisit_due"] == 1
    with qtbot.waitSignal(w.detail_loaded):
        w.select_row(0)
    assert w.detail.number == numbers["closed"]
    dlg = w.start_action("record_revisit")
    assert isinstance(dlg, RevisitDialog)
    before = office.desk.change_marker()
    dlg.submit()
    assert dlg.field_error("note") == "请填写回头看情况。"
    dlg.note.setPlainText("长" * 3000)
    dlg.submit()
    settle(qtbot)
    assert "过长" in dlg.field_error("note")
    assert office.desk.change_marker() == before
    dlg.note.setPlainText("现场查看，垃圾清运正常")
    dlg.recurred.setChecked(True)
    with qtbot.waitSignal(w.refreshed):
        with qtbot.waitSignal(dlg.succeeded):
            dlg.submit()
    settle(qtbot)
    assert w.statusBar().currentMessage() == f"工单 {numbers['closed']} 已登记回头看"
    assert w.counts["revisit_due"] == 0 and w.model.rowCount() == 0
    # the ticket left the queue: nothing is highlighted, so nothing is shown; find it in 全部
    assert w.detail is None and w.detail_pane.stack.currentWidget() is w.detail_pane.placeholder
    w.select_ticket(office.clerk.ticket(numbers["closed"]).id)
    qtbot.waitUntil(lambda: w.detail is not None and w.detail.number == numbers["closed"])
    assert w.detail.state == TicketState.CLOSED
    tm = w.detail_pane.timeline_model
    assert tm.data(tm.index(tm.rowCount() - 1, 2)) == "回头看"
    assert tm.data(tm.index(tm.rowCount() - 1, 4)) == "问题反弹：是；现场查看，垃圾清运正常"


@pytest.mark.parametrize("current, now", [
    (sh(2026, 12, 4, 17, 0), sh(2026, 12, 1, 10, 0)),  # due on a Friday afternoon: not the weekend
    (sh(2026, 11, 24, 10, 0), sh(2026, 12, 1, 15, 0)),  # already overdue: after now, not in the past
    (sh(2026, 9, 30, 16, 0), sh(2026, 9, 29, 10, 0)),  # before the National Day holidays
])
def test_the_proposed_new_due_is_a_working_instant_after_the_current_due(office, current, now):
    from datetime import timedelta
    from ui.tickets.dialogs import proposed_due
    cal = office.desk.calendar()
    due = proposed_due(current, now, cal)
    assert due > max(current, now)
    assert cal.working_time_between(due - timedelta(minutes=1), due) == timedelta(minutes=1)  # inside working time
    assert cal.working_time_between(max(current, now), due) == cal.working_day_length  # one working day later
