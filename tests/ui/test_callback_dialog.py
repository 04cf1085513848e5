"""The 回访 dialog asks 承办部门（工作人员）是否联系过您: 是 / 否 / 未询问, with the mouse or the keyboard."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog

from desk.enums import TicketState
from ui.tickets.dialogs import VerifyDialog
from ui.tickets.models import TimelineModel
from uitools import SH, fill, no_modal_exec, office, settings, settle  # noqa: F401 - fixtures


def _open(qtbot, office, state: str) -> VerifyDialog:
    numbers = fill(office)
    clerk = office.clerk
    dlg = VerifyDialog(None, clerk, clerk.ticket(numbers[state]))
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dlg, timeout=3000)
    return dlg


def _click(widget) -> None:
    """A left click where a person would: the middle of the widget's rectangle, or of its text and indicator
    when the layout made the widget wider than they are (a check box in a form row)."""
    rect = widget.rect()
    hint = widget.sizeHint()
    if isinstance(widget, QAbstractButton) and hint.width() < rect.width():
        rect.setWidth(hint.width())
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())


def _press_ok(qtbot, dlg):
    assert dlg.ok_button.isEnabled()
    with qtbot.waitSignal(dlg.succeeded, timeout=5000):
        _click(dlg.ok_button)
    assert dlg.result() == QDialog.DialogCode.Accepted
    return dlg.result_value


def _recorded(office, number: str) -> list[tuple]:
    return [(c.contacted, c.resolved, c.satisfaction, c.department_contacted)
            for c in office.clerk.ticket(number).callbacks]


def test_clicking_yes_records_that_the_department_contacted_the_resident(qtbot, office):
    dlg = _open(qtbot, office, "awaiting_callback")
    number = dlg.ticket.number
    before = _recorded(office, number)
    # the three answers are offered, enabled (the resident was reached) and 未询问 is the default
    buttons = (dlg.dept_contacted_yes, dlg.dept_contacted_no, dlg.dept_contacted_unasked)
    assert [b.text() for b in buttons] == ["是", "否", "未询问"]
    assert all(b.isEnabled() and b.isVisible() for b in buttons)
    assert dlg.dept_contacted_unasked.isChecked() and dlg.department_contacted() is None
    _click(dlg.dept_contacted_yes)
    assert dlg.dept_contacted_yes.isChecked() and not dlg.dept_contacted_unasked.isChecked()
    _click(dlg.callback_note)
    qtbot.keyClicks(dlg.callback_note, "OK: ")  # QTest types ASCII; Chinese comes from the input method
    ime = QInputMethodEvent("", [])
    ime.setCommitString("居民说城管队员当天来过电话")
    QApplication.sendEvent(dlg.callback_note, ime)
    result = _press_ok(qtbot, dlg)
    assert _recorded(office, number) == before + [(True, True, "satisfied", True)]
    event = [e for e in result.events if e.kind == "callback"][-1]
    assert event.changes["department_contacted"] == [None, True]
    assert event.note == "OK: 居民说城管队员当天来过电话"
    assert "承办部门联系过：是" in TimelineModel(SH).describe(event)  # what the ticket's timeline shows


def test_the_answer_is_chosen_with_the_keyboard(qtbot, office):
    dlg = _open(qtbot, office, "awaiting_callback")
    number = dlg.ticket.number
    before = _recorded(office, number)
    dlg.satisfaction.setFocus()
    qtbot.waitUntil(dlg.satisfaction.hasFocus, timeout=3000)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # the next stop: the question's answers
    assert dlg.dept_contacted_yes.hasFocus() and dlg.dept_contacted_unasked.isChecked()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)  # Space chooses the answer with the focus
    assert dlg.dept_contacted_yes.isChecked() and dlg.department_contacted() is True
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)  # then the arrows move the choice
    assert dlg.dept_contacted_no.hasFocus() and dlg.dept_contacted_no.isChecked()
    assert not dlg.dept_contacted_yes.isChecked()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # and on: the group is one stop
    assert dlg.callback_note.hasFocus()
    _press_ok(qtbot, dlg)
    assert _recorded(office, number)[len(before):] == [(True, True, "satisfied", False)]


def test_not_reached_disables_the_question_and_records_no_answer(qtbot, office):
    dlg = _open(qtbot, office, "awaiting_callback")
    number = dlg.ticket.number
    before = _recorded(office, number)
    _click(dlg.dept_contacted_yes)
    _click(dlg.contacted)  # 已联系到反映人: off
    assert not dlg.contacted.isChecked()
    assert not dlg.dept_contacted_yes.isEnabled() and not dlg.dept_contacted_no.isEnabled()
    assert not dlg.satisfaction.isEnabled()
    _press_ok(qtbot, dlg)
    assert _recorded(office, number)[len(before):] == [(False, None, None, None)]


def test_verify_and_callback_in_one_step_with_no(qtbot, office):
    dlg = _open(qtbot, office, "awaiting_verification")
    number = dlg.ticket.number
    _click(dlg.dept_contacted_no)
    result = _press_ok(qtbot, dlg)
    settle(qtbot)
    assert result.state == TicketState.CLOSED and dlg.closed
    assert _recorded(office, number) == [(True, True, "satisfied", False)]
    callback = next(e for e in result.events if e.kind == "callback")
    assert callback.changes["department_contacted"] == [None, False]


def test_refused_verification_disables_the_question(qtbot, office):
    dlg = _open(qtbot, office, "awaiting_verification")
    _click(dlg.accepted_no)
    assert not dlg.callback_box.isEnabled()
    assert not dlg.dept_contacted_yes.isEnabled()
    _click(dlg.accepted_yes)
    assert dlg.dept_contacted_yes.isEnabled()
