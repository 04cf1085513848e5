"""Each dialog: the happy path through the façade, and bad input shown next to its field with the
database left unchanged."""
from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QMessageBox

from desk.dto import DepartmentInfo
from desk.enums import DispatchState, TicketState
from ui.setup.login import LoginDialog
from ui.tickets.dialogs import DecideReturnDialog, NoteDialog, TicketDialog, VerifyDialog, WhistleDialog
from uitools import PASSWORD, fill, no_modal_exec, office, settings, settle  # noqa: F401 - fixtures


def submit_ok(qtbot, dlg):
    with qtbot.waitSignal(dlg.succeeded, timeout=5000):
        dlg.submit()
    assert dlg.result() == QDialog.DialogCode.Accepted
    return dlg.result_value


def submit_fails(qtbot, dlg):
    dlg.submit()
    settle(qtbot)
    assert dlg.result() != QDialog.DialogCode.Accepted
    assert not dlg.busy and dlg.ok_button.isEnabled()


def snapshot(world):
    """Everything a failed dialog must leave unchanged."""
    d = world.desk
    return d.ticket_count(), d.change_marker()


def show(qtbot, dlg):
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


# -- login ----------------------------------------------------------------------------------------
def test_login_happy_path_remembers_the_username(qtbot, office, settings):
    dlg = show(qtbot, LoginDialog(office.desk, settings=settings))
    qtbot.keyClicks(dlg.username, "clerk")
    qtbot.keyClicks(dlg.password, PASSWORD)
    user = submit_ok(qtbot, dlg)
    assert dlg.user is user and user.info.username == "clerk"
    again = show(qtbot, LoginDialog(office.desk, settings=settings))
    assert again.username.text() == "clerk"


def test_login_wrong_password_shows_error_and_clears_password(qtbot, office):
    dlg = show(qtbot, LoginDialog(office.desk))
    dlg.username.setText("clerk")
    dlg.password.setText("wrong")
    submit_fails(qtbot, dlg)
    assert dlg.error_text()
    assert dlg.password.text() == "" and dlg.user is None


def test_login_empty_fields_are_refused_locally(qtbot, office):
    dlg = show(qtbot, LoginDialog(office.desk))
    dlg.submit()
    assert dlg.field_error("username") == "请输入用户名。"
    dlg.username.setText("clerk")
    dlg.submit()
    assert dlg.field_error("password") == "请输入密码。"


def test_a_clock_far_ahead_is_confirmed_at_the_login(qtbot, office, artifacts):
    office.desk.set_setting("clock_max_ahead", "1wd")  # the office default (tests turn the guard off)
    office.clock.advance(timedelta(days=20))  # the PC's clock runs twenty days ahead of the record
    before = snapshot(office)
    dlg = show(qtbot, LoginDialog(office.desk))
    qtbot.keyClicks(dlg.username, "clerk")
    qtbot.keyClicks(dlg.password, PASSWORD)
    QTest.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.clock_box is not None and dlg.clock_box.isVisible(), timeout=5000)
    assert "晚了许多" in dlg.clock_box.text() and "晚了许多" in dlg.error_text()
    assert dlg.password.text() == PASSWORD  # not a wrong password: nothing to type again
    dlg.grab().save(str(artifacts / "login-clock-ahead.png"))
    QTest.mouseClick(dlg.clock_box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert dlg.user is None and snapshot(office) == before  # "先去校正时间": nothing recorded
    with qtbot.waitSignal(dlg.succeeded, timeout=5000):
        QTest.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dlg.clock_box.isVisible(), timeout=5000)
        yes = dlg.clock_box.button(QMessageBox.StandardButton.Yes)
        assert yes.text() == "时间正确，继续登录"
        QTest.mouseClick(yes, Qt.MouseButton.LeftButton)
    assert dlg.user.info.username == "clerk"
    assert any(e.kind == "clock_accept" for e in office.admin.audit_log(kind="admin"))


# -- new / edit ticket ---------------------------------------------------------------------------------
def _fill_ticket(dlg, **over):
    values = dict(title="和平里小区停车难", description="晚间车辆乱停占用消防通道。", address="和平里 5 号",
                  community="和平里社区", reporter_name="李先生", reporter_phone="13900001111")
    values.update(over)
    for key, value in values.items():
        w = getattr(dlg, key)
        w.clear()
        if hasattr(w, "setPlainText"):
            w.setPlainText(value)
        else:
            w.setText(value)


def test_new_ticket_happy_path(qtbot, office):
    clerk = office.clerk
    dlg = show(qtbot, TicketDialog(None, clerk, clerk.categories()))
    assert dlg.category.count() == 4
    _fill_ticket(dlg)
    dlg.category.setCurrentIndex(dlg.category.findData("道路交通"))
    dlg.urgency.setCurrentIndex(dlg.urgency.findData("urgent"))
    dlg.source.setCurrentIndex(dlg.source.findData("patrol"))
    t = submit_ok(qtbot, dlg)
    assert t.state == TicketState.NEW
    stored = clerk.ticket(t.number)
    assert (stored.title, stored.category, stored.urgency, stored.source) == ("和平里小区停车难", "道路交通", "urgent",
                                                                            "patrol")
    assert stored.reporter_phone == "13900001111"


@pytest.mark.parametrize("field, value, message", [
    ("title", "", "标题不能为空"),
    ("description", "长" * 100_000, "问题描述过长"),
    ("reporter_phone", "12345", "不是有效的手机号或固定电话"),
])
def test_new_ticket_bad_input_is_shown_next_to_the_field(qtbot, office, field, value, message):
    clerk = office.clerk
    before = snapshot(office)
    dlg = show(qtbot, TicketDialog(None, clerk, clerk.categories()))
    _fill_ticket(dlg, **{field: value})
    submit_fails(qtbot, dlg)
    assert message in dlg.field_error(field)
    assert [f for f in dlg.FIELDS if dlg.field_error(f)] == [field]
    assert dlg.values()[field] == value  # what the user typed is kept
    assert dlg.isVisible()
    assert snapshot(office) == before


def test_edit_ticket_happy_path_and_conflict(qtbot, office):
    numbers = fill(office)
    clerk = office.clerk
    t = clerk.ticket(numbers["new"])
    dlg = show(qtbot, TicketDialog(None, clerk, clerk.categories(), t))
    assert dlg.title.text() == t.title and dlg.urgency.currentData() == "urgent"
    dlg.address.setText("幸福路 14 号")
    saved = submit_ok(qtbot, dlg)
    assert saved.address == "幸福路 14 号" and saved.version > t.version
    # a second dialog still holding the old version: the core refuses, the dialog says why
    stale = show(qtbot, TicketDialog(None, clerk, clerk.categories(), t))
    stale.title.setText("改个标题")
    before = snapshot(office)
    submit_fails(qtbot, stale)
    assert "修改" in stale.error_text()
    assert snapshot(office) == before


# -- whistle ---------------------------------------------------------------------------------------------
def test_whistle_suggests_the_category_lead_and_dispatches(qtbot, office):
    clerk = office.clerk
    t = office.new_ticket(category="房屋安全")
    dlg = show(qtbot, WhistleDialog(None, clerk, t, clerk.departments(), clerk.categories()))
    assert dlg.lead.currentData() == "住建委"
    dlg.set_assist(["城管执法队", "水务所"])
    dlg.note.setPlainText("请尽快到场")
    result = submit_ok(qtbot, dlg)
    assert result.state == TicketState.DISPATCHED
    assert sorted((d.department, d.role) for d in result.dispatches) == [
        ("住建委", "lead"), ("城管执法队", "assist"), ("水务所", "assist")]


def test_whistle_adds_assisting_departments_to_an_open_ticket(qtbot, office):
    numbers = fill(office)
    clerk = office.clerk
    t = clerk.ticket(numbers["dispatched"])
    dlg = show(qtbot, WhistleDialog(None, clerk, t, clerk.departments(), clerk.categories()))
    assert not dlg.lead.isEnabled() and "住建委" in dlg.lead.currentText()
    busy = [dlg.assist.item(i) for i in range(dlg.assist.count())
            if not dlg.assist.item(i).flags() & Qt.ItemFlag.ItemIsEnabled]
    assert sorted(i.data(Qt.ItemDataRole.UserRole) for i in busy) == ["住建委", "城管执法队"]
    dlg.submit()
    assert "至少选择一个协办部门" in dlg.field_error("assist")
    dlg.set_assist(["交通支队"])
    result = submit_ok(qtbot, dlg)
    assert len(result.dispatches) == 3


def test_whistle_bad_input_next_to_field(qtbot, office):
    clerk = office.clerk
    t = office.new_ticket()
    before = snapshot(office)
    gone = DepartmentInfo(999, "已撤销的部门", True)  # the list went stale: no such department any more
    dlg = show(qtbot, WhistleDialog(None, clerk, t, [*clerk.departments(), gone], clerk.categories()))
    dlg.lead.setCurrentIndex(0)
    dlg.submit()
    assert dlg.field_error("lead") == "请指定主办部门。"
    dlg.set_lead("城管执法队")
    dlg.set_assist(["城管执法队", "住建委"])  # the lead is not offered as an assisting department
    assert dlg.assist_names() == ["住建委"]
    dlg.set_lead("已撤销的部门")
    submit_fails(qtbot, dlg)
    assert dlg.field_error("lead") == "未知部门：已撤销的部门"
    assert snapshot(office) == before
    assert clerk.ticket(t.number).state == TicketState.NEW


def test_whistling_a_closed_ticket_is_refused_in_the_dialog(qtbot, office):
    numbers = fill(office)
    clerk = office.clerk
    t = clerk.ticket(numbers["closed"])
    before = snapshot(office)
    dlg = show(qtbot, WhistleDialog(None, clerk, t, clerk.departments(), clerk.categories()))
    dlg.set_assist(["交通支队"])
    submit_fails(qtbot, dlg)
    assert "不能吹哨派单" in dlg.error_text()
    assert snapshot(office) == before


# -- dispatch verbs --------------------------------------------------------------------------------
def _dispatched(office, lead="城管执法队"):
    t = office.new_ticket()
    return office.clerk.whistle(t.number, lead=lead)


def test_acknowledge_respond_resolve(qtbot, office):
    t = _dispatched(office)
    cg = office.responder("城管执法队")
    d = t.dispatches[0]
    ack = show(qtbot, NoteDialog(None, cg, "acknowledge", t, d))
    assert not ack.required
    assert submit_ok(qtbot, ack).state == DispatchState.ACKNOWLEDGED
    t = cg.ticket(t.number)
    d = t.dispatches[0]
    respond = show(qtbot, NoteDialog(None, cg, "respond", t, d))
    respond.submit()
    assert respond.field_error("note") == "请填写响应情况。"
    respond.note.setPlainText("已联系反映人")
    assert submit_ok(qtbot, respond).state == DispatchState.RESPONDED
    resolve = show(qtbot, NoteDialog(None, cg, "resolve", cg.ticket(t.number), d))
    resolve.submit()
    assert resolve.field_error("note") == "请填写办结情况。"
    resolve.note.setPlainText("已清理完毕")
    assert submit_ok(qtbot, resolve).state == DispatchState.RESOLVED
    assert office.clerk.ticket(t.number).state == TicketState.AWAITING_VERIFICATION


def test_acknowledging_twice_is_refused_in_the_dialog(qtbot, office):
    t = _dispatched(office)
    cg = office.responder("城管执法队")
    cg.acknowledge(t.dispatches[0].id)
    before = snapshot(office)
    dlg = show(qtbot, NoteDialog(None, cg, "acknowledge", t, t.dispatches[0]))  # stale detail
    submit_fails(qtbot, dlg)
    assert "不能报到" in dlg.error_text()
    assert snapshot(office) == before


def test_responder_cannot_touch_another_departments_dispatch(qtbot, office):
    t = _dispatched(office, lead="城管执法队")
    office.clerk.whistle(t.number, assist=["住建委"])
    zj = office.responder("住建委")
    t = zj.ticket(t.number)
    cg_dispatch = next(d for d in t.dispatches if d.department == "城管执法队")
    before = snapshot(office)
    dlg = show(qtbot, NoteDialog(None, zj, "acknowledge", t, cg_dispatch))
    submit_fails(qtbot, dlg)
    assert "本部门" in dlg.error_text()
    assert snapshot(office) == before


def test_return_request_needs_a_reason_then_supervisor_decides(qtbot, office):
    t = _dispatched(office)
    cg = office.responder("城管执法队")
    d = t.dispatches[0]
    dlg = show(qtbot, NoteDialog(None, cg, "request_return", t, d))
    before = snapshot(office)
    dlg.note.setPlainText("   ")
    dlg.submit()
    assert dlg.field_error("reason") == "请填写退单理由。"
    assert snapshot(office) == before
    dlg.note.setPlainText("不属于本部门职责")
    assert submit_ok(qtbot, dlg).state == DispatchState.RETURN_REQUESTED

    sup = office.supervisor
    t = sup.ticket(t.number)
    d = t.dispatches[0]
    decide = show(qtbot, DecideReturnDialog(None, sup, t, d))
    decide.set_approve(False)
    before = snapshot(office)
    decide.submit()
    assert decide.field_error("note") == "驳回退单时请说明理由。"
    assert snapshot(office) == before
    decide.note.setPlainText("属于市容范围，请继续办理")
    assert submit_ok(qtbot, decide).state == DispatchState.PENDING
    cg.request_return(d.id, "再次申请")
    approve = show(qtbot, DecideReturnDialog(None, sup, sup.ticket(t.number), d))
    approve.set_approve(True)
    assert submit_ok(qtbot, approve).state == DispatchState.RETURNED


def test_withdraw_needs_a_reason(qtbot, office):
    t = _dispatched(office)
    clerk = office.clerk
    dlg = show(qtbot, NoteDialog(None, clerk, "withdraw", t, t.dispatches[0]))
    dlg.submit()
    assert dlg.field_error("reason") == "请填写撤回理由。"
    dlg.note.setPlainText("派错部门")
    assert submit_ok(qtbot, dlg).state == DispatchState.WITHDRAWN


def test_dispatch_verbs_need_a_dispatch(qtbot, office):
    t = office.new_ticket()
    with pytest.raises(ValueError):
        NoteDialog(None, office.clerk, "respond", t, None)


# -- verify, callback, close, reopen, cancel ------------------------------------------------------------
def test_verify_with_callback_then_close(qtbot, office):
    numbers = fill(office)
    clerk = office.clerk
    t = clerk.ticket(numbers["awaiting_verification"])
    dlg = show(qtbot, VerifyDialog(None, clerk, t))
    assert dlg.verify_box.isVisibleTo(dlg) and dlg.callback_box.isChecked()
    dlg.verify_note.setPlainText("现场核实已停工")
    dlg.satisfaction.setCurrentIndex(dlg.satisfaction.findData("basically_satisfied"))
    dlg.callback_note.setPlainText("居民基本满意")
    assert dlg.close_after.isChecked()  # reached the resident: 结案 in the same step by default
    dlg.close_after.setChecked(False)  # (unless the clerk wants to keep it open, e.g. to 重办)
    result = submit_ok(qtbot, dlg)
    assert result.state == TicketState.AWAITING_CALLBACK and result.called_back and not dlg.closed
    assert [(c.contacted, c.resolved, c.satisfaction) for c in result.callbacks] == [(True, True,
                                                                                     "basically_satisfied")]
    close = show(qtbot, NoteDialog(None, clerk, "close", result))
    assert submit_ok(qtbot, close).state == TicketState.CLOSED


def test_verify_with_callback_closes_by_default(qtbot, office):
    numbers = fill(office)
    clerk = office.clerk
    dlg = show(qtbot, VerifyDialog(None, clerk, clerk.ticket(numbers["awaiting_verification"])))
    result = submit_ok(qtbot, dlg)
    assert result.state == TicketState.CLOSED and dlg.closed and not dlg.close_error
    assert len(result.callbacks) == 1


def test_a_callback_that_did_not_reach_the_resident_does_not_close(qtbot, office):
    numbers = fill(office)
    clerk = office.clerk
    dlg = show(qtbot, VerifyDialog(None, clerk, clerk.ticket(numbers["awaiting_verification"])))
    dlg.contacted.setChecked(False)
    assert not dlg.close_after.isChecked()  # call again later
    result = submit_ok(qtbot, dlg)
    assert result.state == TicketState.AWAITING_CALLBACK and not result.called_back


def test_verify_not_accepted_needs_a_reason_and_sends_it_back(qtbot, office):
    numbers = fill(office)
    clerk = office.clerk
    t = clerk.ticket(numbers["awaiting_verification"])
    dlg = show(qtbot, VerifyDialog(None, clerk, t))
    dlg.set_accepted(False)
    assert not dlg.callback_box.isEnabled()
    before = snapshot(office)
    dlg.submit()
    assert dlg.field_error("note") == "核实未通过时请说明理由。"
    assert snapshot(office) == before
    dlg.verify_note.setPlainText("现场仍有施工")
    result = submit_ok(qtbot, dlg)
    assert result.state == TicketState.DISPATCHED and result.round == 2
    assert result.callbacks == ()


def test_callback_only_when_already_verified_and_not_contacted(qtbot, office):
    numbers = fill(office)
    clerk = office.clerk
    t = clerk.ticket(numbers["awaiting_callback"])
    dlg = show(qtbot, VerifyDialog(None, clerk, t))
    assert not dlg.verify_box.isVisibleTo(dlg) and not dlg.callback_box.isCheckable()
    dlg.contacted.setChecked(False)
    assert not dlg.satisfaction.isEnabled()
    result = submit_ok(qtbot, dlg)
    assert [(c.contacted, c.resolved, c.satisfaction) for c in result.callbacks] == [(False, None, None)]


def test_callback_failure_after_verify_keeps_the_dialog_for_the_callback(qtbot, office):
    numbers = fill(office)
    clerk = office.clerk
    t = clerk.ticket(numbers["awaiting_verification"])
    dlg = show(qtbot, VerifyDialog(None, clerk, t))
    dlg.callback_note.setPlainText("长" * 3000)  # too long for a note
    with qtbot.waitSignal(dlg.changed):
        dlg.submit()
    settle(qtbot)
    assert dlg.verified and not dlg.verify_box.isEnabled()
    assert "过长" in dlg.callback_error.text()
    assert clerk.ticket(t.number).state == TicketState.AWAITING_CALLBACK
    dlg.callback_note.setPlainText("已回访")
    result = submit_ok(qtbot, dlg)
    assert len(result.callbacks) == 1


def test_close_without_callback_is_refused(qtbot, office):
    numbers = fill(office)
    clerk = office.clerk
    t = clerk.ticket(numbers["awaiting_callback"])
    before = snapshot(office)
    dlg = show(qtbot, NoteDialog(None, clerk, "close", t))
    submit_fails(qtbot, dlg)
    assert "回访" in dlg.error_text()
    assert snapshot(office) == before


@pytest.mark.parametrize("verb, state_key, result_state", [
    ("reopen", "closed", TicketState.DISPATCHED),
    ("cancel", "dispatched", TicketState.CANCELLED),
])
def test_reopen_and_cancel_need_a_reason(qtbot, office, verb, state_key, result_state):
    numbers = fill(office)
    clerk = office.clerk
    t = clerk.ticket(numbers[state_key])
    before = snapshot(office)
    dlg = show(qtbot, NoteDialog(None, clerk, verb, t))
    dlg.submit()
    assert dlg.field_error("reason").startswith("请填写")
    assert snapshot(office) == before
    dlg.note.setPlainText("居民再次来电反映")
    assert submit_ok(qtbot, dlg).state == result_state


def test_dialog_ignores_double_submit_while_busy(qtbot, office):
    clerk = office.clerk
    dlg = show(qtbot, TicketDialog(None, clerk, clerk.categories()))
    _fill_ticket(dlg)
    before = office.desk.ticket_count()
    with qtbot.waitSignal(dlg.succeeded):
        dlg.submit()
        assert dlg.busy and not dlg.ok_button.isEnabled()
        dlg.submit()
    settle(qtbot)
    assert office.desk.ticket_count() == before + 1
