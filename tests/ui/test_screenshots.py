"""Screenshots for a person to look at (tests/artifacts/, git-ignored): main window with demo data for a
clerk and a responder, and the main dialogs. They assert on content, never on pixels."""
from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtGui import QFontDatabase

from datetime import date, datetime, timedelta, timezone

from conftest import World
from desk import Desk
from ui.admin.admin import CalendarWindow, PolicyWindow, SettingsDialog
from ui.common.ops import task_manager
from ui.mainwindow import build_main_window
from ui.setup.login import LoginDialog
from ui.tickets.badges import BADGE_ROLE
from ui.tickets.dialogs import (
    DecideReturnDialog,
    ExtensionDialog,
    NoteDialog,
    TicketDialog,
    VerifyDialog,
    WhistleDialog,
)
from uitools import fill, no_modal_exec, office, settings, settle, wait_rows  # noqa: F401 - fixtures

demo = pytest.importorskip("desk.demo")


@pytest.fixture
def demo_world(qapp, sqlite_url, clock):
    """400 demo tickets at the fake clock's Monday 2026-11-23 10:00: the desk, passwords and users."""
    d = Desk.open(sqlite_url, clock=clock)
    result = demo.generate(d, tickets=400, seed=7)
    yield SimpleNamespace(desk=d, passwords={u.username: u.password for u in result.users}, users=result.users,
                          clock=clock)
    task_manager().wait_idle()
    d.close()


@pytest.fixture
def demo_office(demo_world):
    return demo_world.desk, demo_world.passwords


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
    # a background refresh (the start-up sweep) may reload the rows: '—' until they are back
    qtbot.waitUntil(lambda: w.model.data(w.model.index(0, w.model.column_of("state"))) == "办理中")
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


# -- deadlines, escalations, approvals, admin screens ---------------------------------------------------
def _open(d, passwords, users):
    """The acting user for a demo account, and one for a department's responder."""
    by_dept = {u.department: u.username for u in users if u.role == "responder"}

    def login(username):
        return d.login(username, passwords[username])

    return login, lambda dept: login(by_dept[dept])


def test_deadline_screens(qtbot, demo_world, settings, artifacts):
    d, passwords, clock = demo_world.desk, demo_world.passwords, demo_world.clock
    login, responder = _open(d, passwords, demo_world.users)
    sup = login("wang.qiang")
    rows = sup.list_queue("dispatched", limit=40).rows
    by_ticket = [[x for x in sup.ticket(r.id).dispatches if x.state in ("pending", "acknowledged", "responded")]
                 for r in rows]
    # a ticket whose only open dispatch is suspended shows the grey badge in the queue
    paused = next(xs[0] for xs in by_ticket[2:] if len(xs) == 1)
    ext, susp, ret = [xs[0] for xs in by_ticket[4:] if xs and xs[0] is not paused and xs[0].id != paused.id][1:7:2]
    responder(paused.department).request_suspension(paused.id, reason="等待居民出差回来后入户查看")
    sup.decide_request(sup.approvals()[-1].id, approve=True, note="同意")
    clock.advance(minutes=20)
    responder(ext.department).request_extension(ext.id, reason="需协调燃气公司共同处置，材料未齐",
                                                new_resolve_due=ext.resolve_due + timedelta(days=7))
    clock.advance(minutes=20)
    responder(susp.department).request_suspension(susp.id, reason="雨天无法施工，待天晴后处理")
    clock.advance(minutes=20)
    responder(ret.department).request_return(ret.id, "该路段属区交通委管辖，非本单位职责")
    clock.set(datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc))  # 17:00 in the office: today's work turns amber
    d.sweep()
    first = sup.escalations(1)[0]
    sup.handle_escalation(first.id, action="urge", note="已电话督促，要求今日报到")

    w = build_main_window(d, sup, settings)
    qtbot.addWidget(w)
    w.resize(1440, 860)
    w.show()
    qtbot.waitUntil(lambda: w.model.ids_loaded_once and bool(w.counts) and bool(w.office_counts))
    with qtbot.waitSignal(w.model.loaded):
        w.set_queue("dispatched")
    wait_rows(qtbot, w.model, 0, min(w.model.rowCount(), 30) - 1)
    col = w.model.column_of("deadline")
    levels = [w.model.data(w.model.index(r, col), BADGE_ROLE) for r in range(30)]
    assert {"green", "amber", "red", "paused"} <= set(levels), levels
    row = levels.index("paused")
    with qtbot.waitSignal(w.detail_loaded):
        w.select_row(row)
    settle(qtbot)
    w.show_status(w.tr("时限徽标每分钟更新一次"))
    w.grab().save(str(artifacts / "ui-queue-badges.png"))

    page = w.pages["escalations:1"]
    with qtbot.waitSignal(page.loaded):
        w.set_queue("escalations:1")
    assert page.model.rowCount() > 10
    with qtbot.waitSignal(w.detail_loaded):
        page.select_row(1)
    settle(qtbot)
    w.grab().save(str(artifacts / "ui-escalations.png"))
    dlg = page.start("extend")
    _shot(qtbot, dlg, artifacts, "escalation-extend")
    dlg.reject()

    page = w.pages["approvals"]
    with qtbot.waitSignal(page.loaded):
        w.set_queue("approvals")
    assert [page.model.item(r).kind for r in range(page.model.rowCount())].count("return") >= 1
    assert {"extension", "suspension"} <= {page.model.item(r).kind for r in range(page.model.rowCount())}
    with qtbot.waitSignal(w.detail_loaded):
        page.select_row(next(r for r in range(page.model.rowCount()) if page.model.item(r).kind == "extension"))
    settle(qtbot)
    w.grab().save(str(artifacts / "ui-approvals.png"))
    dlg = page.start(False)
    dlg.submit()
    _shot(qtbot, dlg, artifacts, "decide-request")
    dlg.reject()
    for t in (w.poll_timer, w.sweeper.timer, w.deadline_clock.timer):
        t.stop()

    rt = responder(ext.department)
    t = rt.ticket(ext.ticket_number)
    xd = ExtensionDialog(None, rt, t, next(x for x in t.dispatches if x.id == ext.id), d.office_tz())
    xd.reason.setPlainText("需协调燃气公司共同处置")
    xd.set_new_due(datetime(2026, 11, 20, 9, 30, tzinfo=timezone.utc))
    xd.submit()
    settle(qtbot)
    assert xd.field_error("new_resolve_due")
    _shot(qtbot, xd, artifacts, "extension-error")


def test_admin_screens(qtbot, office, artifacts):
    admin = office.admin
    cal = CalendarWindow(admin, year=2026, month=10)
    qtbot.addWidget(cal)
    cal.show()
    qtbot.waitUntil(lambda: cal.model.rowCount() > 0)
    cal.select_date(date(2026, 10, 10))
    settle(qtbot)
    assert cal.date_label.text() == "2026-10-10（周六，调休上班）"
    cal.grab().save(str(artifacts / "ui-calendar-2026-10.png"))

    pw = PolicyWindow(admin)
    qtbot.addWidget(pw)
    pw.show()
    qtbot.waitUntil(lambda: pw.model.rowCount() == 12)
    with qtbot.waitSignal(pw.model.saved):
        pw.edit("房屋安全", "emergency", "acknowledge", "20m")
    with qtbot.waitSignal(pw.model.failed):
        pw.edit("市容环境", "urgent", "respond", "1工作日")
    settle(qtbot)
    pw.grab().save(str(artifacts / "ui-policies.png"))

    sd = SettingsDialog(None, admin, office.desk, admin.categories())
    qtbot.waitUntil(lambda: sd.loaded)
    for i, name in enumerate(("settings", "settings-deadlines", "settings-report", "settings-security")):
        sd.tabs.setCurrentIndex(i)
        _shot(qtbot, sd, artifacts, name)
