"""The new-ticket dialog's likely repeats (ui/intake/repeats.py): asked once after a pause in typing, off the
GUI thread; an answer to an older text is dropped; a candidate dismissed in the dialog is stored as dismissed."""
from __future__ import annotations

from PySide6.QtCore import QElapsedTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from ui.intake import repeats as repeats_ui
from ui.tickets.dialogs import TicketDialog
from uitools import no_modal_exec, office, settings, settle  # noqa: F401 - fixtures

LIGHT = dict(title="幸福路12号楼前路灯不亮", description="幸福路12号楼前的路灯连续三天晚上不亮，老人晚上出门不方便。",
             category="市容环境", urgency="routine", address="幸福路 12 号", community="幸福社区", source="12345",
             reporter_name="陈女士", reporter_phone="13900001111")


def _type(widget, text: str) -> None:
    """Chinese arrives from the input method as committed text (QTest.keyClicks cannot send it)."""
    widget.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _dialog(qtbot, office):
    clerk = office.clerk
    dlg = TicketDialog(None, clerk, clerk.categories(), communities=[c.name for c in clerk.communities()])
    qtbot.addWidget(dlg)
    dlg.show()
    return clerk, dlg


def test_asked_once_after_the_pause_and_stale_answers_are_dropped(qtbot, office, monkeypatch):
    clerk, dlg = _dialog(qtbot, office)
    parent = clerk.create_ticket(**LIGHT)
    hints = dlg.repeats
    asked = []
    real = hints.ask
    monkeypatch.setattr(hints, "ask", lambda: (asked.append(hints.probe()["title"]), real()))
    hints.timer.timeout.disconnect()
    hints.timer.timeout.connect(hints.ask)
    clock = QElapsedTimer()
    clock.start()
    for ch in "12号楼门口路灯坏了":  # typed faster than the pause: nothing is asked meanwhile
        _type(dlg.title, ch)
        qtbot.wait(50)
    assert asked == []
    qtbot.waitUntil(lambda: hints.table.rowCount() > 0, timeout=5000)
    assert asked == ["12号楼门口路灯坏了"] and clock.elapsed() >= repeats_ui.PAUSE_MS
    assert hints.candidates[0].number == parent.number
    # An answer that arrives after more typing is dropped (a newer one is on its way).
    generation = hints._generation
    _type(dlg.description, "晚上")
    hints._show(generation, [])
    assert hints.table.rowCount() == 1
    settle(qtbot)
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=5000)
    settle(qtbot)


def test_a_candidate_dismissed_in_the_dialog_is_stored_as_dismissed(qtbot, office):
    clerk, dlg = _dialog(qtbot, office)
    parent = clerk.create_ticket(**LIGHT)
    for key, value in LIGHT.items():
        w = getattr(dlg, key)
        if hasattr(w, "findData") and w.findData(value) >= 0:
            w.setCurrentIndex(w.findData(value))
        elif hasattr(w, "setText"):
            w.setText(value)
        elif hasattr(w, "setPlainText"):
            w.setPlainText(value)
    hints = dlg.repeats
    qtbot.waitUntil(lambda: hints.table.rowCount() > 0, timeout=5000)
    hints.table.selectRow(0)
    assert hints.merge_box.isChecked()
    qtbot.mouseClick(hints.dismiss_button, repeats_ui.Qt.MouseButton.LeftButton)
    assert hints.table.rowCount() == 0 and not hints.merge_box.isChecked()
    with qtbot.waitSignal(dlg.succeeded, timeout=5000):
        dlg.submit()
    t = dlg.result_value
    links = clerk.repeat_links(t.number)
    assert links.parent is None and links.proposals == ()
    assert clerk.ticket(t.number).events[-1].kind == "repeat_dismiss"
    assert parent.number in str(clerk.ticket(t.number).events[-1].changes)
