"""Screenshots for a person to look at (tests/artifacts/, git-ignored): main window with demo data for a
clerk and a responder, and the main dialogs. They assert on content, never on pixels."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QFontDatabase

from conftest import World
from desk import Desk
from ui.dialogs import DecideReturnDialog, LoginDialog, NoteDialog, TicketDialog, VerifyDialog, WhistleDialog
from ui.mainwindow import build_main_window
from ui.ops import task_manager
from uitools import fill, no_modal_exec, office, settings, settle, wait_rows  # noqa: F401 - fixtures

demo = pytest.importorskip("desk.demo")


@pytest.fixture
def demo_office(qapp, sqlite_url, clock):
    d = Desk.open(sqlite_url, clock=clock)
    result = demo.generate(d, tickets=400, seed=7)
    passwords = {u.username: u.password for u in result.users}
    yield d, passwords
    task_manager().wait_idle()
    d.close()


@pytest.fixture(autouse=True)
def chinese_font():
    if not QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        pytest.fail("no font with Simplified Chinese glyphs: install fonts-wqy-microhei (screenshots would be tofu)")


def _window(qtbot, d, passwords, username, settings, queue):
    user = d.login(username, passwords[username])
    w = build_main_window(d, user, settings)
    qtbot.addWidget(w)
    w.resize(1440, 860)
    w.show()
    qtbot.waitUntil(lambda: w.model.ids_loaded_once and bool(w.counts))
    with qtbot.waitSignal(w.model.loaded):
        w.set_queue(queue)
    assert w.model.rowCount() > 0
    # pick a row whose ticket has a few dispatches and a real timeline
    wait_rows(qtbot, w.model, 0, min(w.model.rowCount(), 30) - 1)
    row = next((r for r in range(min(w.model.rowCount(), 30))
                if len((t := user.ticket(w.model.ticket_id(r))).dispatches) >= 2 and len(t.events) >= 5), 0)
    with qtbot.waitSignal(w.detail_loaded):
        w.select_row(row)
    settle(qtbot)
    qtbot.waitUntil(lambda: w.model.rows_loaded(0, 25))
    return w


def test_main_window_clerk(qtbot, demo_office, settings, artifacts):
    d, passwords = demo_office
    w = _window(qtbot, d, passwords, "zhang.wei", settings, "dispatched")
    w.show_status(w.tr("工单 %1 已派单").replace("%1", w.detail.number))
    assert w.detail_pane.title_label.text() == w.detail.title
    assert w.model.data(w.model.index(0, w.model.column_of("state"))) == "办理中"
    w.grab().save(str(artifacts / "ui-main-clerk.png"))
    w.poll_timer.stop()


def test_main_window_responder(qtbot, demo_office, settings, artifacts):
    d, passwords = demo_office
    w = _window(qtbot, d, passwords, "cg.li", settings, "all")
    assert w.model.columns[w.model.column_of("my_dispatch_state")]
    assert w.target_dispatch() is not None and w.target_dispatch().department == "城管执法队"
    w.grab().save(str(artifacts / "ui-main-responder.png"))
    w.poll_timer.stop()


def _shot(qtbot, dlg, artifacts, name):
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.adjustSize()
    qtbot.waitExposed(dlg)
    dlg.grab().save(str(artifacts / f"ui-dialog-{name}.png"))


def test_dialog_screenshots(qtbot, office: World, artifacts):
    numbers = fill(office)
    clerk, sup = office.clerk, office.supervisor
    _shot(qtbot, LoginDialog(office.desk), artifacts, "login")

    new = TicketDialog(None, clerk, clerk.categories())
    new.title.setText("和平里小区消防通道被占")
    new.description.setPlainText("晚间车辆乱停，占用 3 号楼前消防通道。")
    new.address.setText("和平里 3 号楼")
    new.community.setText("和平里社区")
    new.reporter_name.setText("李先生")
    new.reporter_phone.setText("12345")
    new.submit()
    settle(qtbot)
    assert new.field_error("reporter_phone")
    _shot(qtbot, new, artifacts, "ticket-error")

    t = office.new_ticket(category="房屋安全", title="和平里 5 号楼屋面漏水")
    wd = WhistleDialog(None, clerk, t, clerk.departments(), clerk.categories())
    wd.set_assist(["城管执法队"])
    wd.note.setPlainText("请两日内到场查看")
    _shot(qtbot, wd, artifacts, "whistle")

    vd = VerifyDialog(None, clerk, clerk.ticket(numbers["awaiting_verification"]))
    vd.verify_note.setPlainText("现场核实已停工")
    _shot(qtbot, vd, artifacts, "verify")

    cg = office.responder("城管执法队")
    dt = cg.ticket(numbers["dispatched"])
    mine = next(d for d in dt.dispatches if d.department == "城管执法队")
    nd = NoteDialog(None, cg, "respond", dt, mine)
    nd.submit()
    assert nd.field_error("note")
    _shot(qtbot, nd, artifacts, "respond")

    rt = sup.ticket(numbers["pending_return"])
    dr = DecideReturnDialog(None, sup, rt, rt.dispatches[0])
    dr.set_approve(False)
    _shot(qtbot, dr, artifacts, "decide-return")
