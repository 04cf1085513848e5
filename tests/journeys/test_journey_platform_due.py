"""The 12345 platform's deadline (承诺完成时间, issue 15 §1) of imported tickets: shown beside the street's own limits
in the detail pane; the whistle dialog says before dispatching when the dispatch would be due after it (in red) or
before it; after the whistle the status bar and the detail pane warn; and the lead department asking for an
extension past it is warned in its dialog. Mouse and keyboard only."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from core.import_files import BEIJING, beijing_row, write_xlsx
from journey import answers, demo_template, journey, no_modal_exec, office, settings  # noqa: F401 - fixtures

RED = "#b42318"


def _import(office, tmp_path) -> dict[str, str]:
    """Two 12345 work orders imported at another desk (the import dialog has its own journey): one promised for
    tomorrow noon, which the street's routine 5 working days overrun, and one promised in three weeks. Their
    titles -> numbers."""
    rows = [beijing_row(700, number="JRNDUE0001", due=datetime(2026, 11, 24, 12, 0)),
            beijing_row(701, number="JRNDUE0002", due=datetime(2026, 12, 14, 18, 0))]
    for r in rows:
        r[2] = "城市管理->市容环境->占道经营"
    clerk = office.desk.login("zhao.min", office.passwords["zhao.min"])
    clerk.import_hotline(str(write_xlsx(tmp_path / "12345.xlsx", BEIJING, rows)))
    rows = clerk.list_queue("new", limit=1000).rows
    return {r.title: r.number for r in rows if r.hotline_number.startswith("JRNDUE")}


def test_the_platforms_deadline_is_shown_and_a_later_dispatch_is_never_made_without_a_warning(journey, office,
                                                                                               tmp_path, answers):
    numbers = _import(office, tmp_path)
    urgent_title, relaxed_title = "第700号路灯不亮", "第701号路灯不亮"
    j = journey("zhang.wei")
    w = j.window
    pane = w.detail_pane
    title_col = j.column("title")

    # -- in 待派: the detail pane shows the platform's deadline beside the street's own (none yet), not in red
    j.wait(lambda: urgent_title in j.rows(column=title_col, limit=1000))
    j.click_text(urgent_title, column=title_col)
    number = numbers[urgent_title]
    assert j.detail_number() == number
    assert pane.values["office_due"].text() == "12345 承诺 2026-11-24 12:00"
    assert RED not in pane.values["office_due"].styleSheet()

    # -- 吹哨: before anything is dispatched the dialog says the dispatch would be due after the promise
    dlg = j.press("whistle")
    j.wait(lambda: dlg.forecast is not None)
    line = dlg.platform_line
    assert line.isVisible() and RED in line.styleSheet()
    assert line.text().startswith("注意：按分类“")
    assert "晚于 12345 承诺完成时间 2026-11-24 12:00" in line.text()
    due = dlg.forecast.resolve_due
    assert due > dlg.forecast.platform_due
    j.shot("whistle-warns", dlg)
    j.choose(dlg.lead, "城管执法队")
    for name in dlg.assist_names():  # the standard proposes assisting departments: this clerk summons the lead only
        item = dlg.assist.findItems(name, Qt.MatchFlag.MatchExactly)[0]
        dlg.assist.scrollToItem(item)
        j._mouse(dlg.assist.viewport(), dlg.assist.visualItemRect(item).center())
        j.key(dlg.assist, Qt.Key.Key_Space)
    assert dlg.assist_names() == []
    j.submit(dlg)
    assert not dlg.isVisible(), dlg.error_text()
    # ... and after it: the status bar and the detail pane (in red) name the department that is due too late
    assert j.status() == f"工单 {number} 已派单。注意：城管执法队 的办结时限晚于 12345 承诺完成时间 2026-11-24 12:00"
    j.click_nav("全部")
    j.click_text(number)
    j.wait(lambda: j.detail_number() == number and bool(pane.detail.dispatches))
    assert pane.values["office_due"].text() == "12345 承诺 2026-11-24 12:00（城管执法队 的办结时限晚于承诺）"
    assert RED in pane.values["office_due"].styleSheet()
    assert pane.detail.dispatches[0].resolve_due == due  # what the dialog foretold
    j.shot("detail-in-red")

    # -- a work order promised in three weeks: the dialog says the dispatch comes before it, not in red
    j.click_nav("待派")
    j.click_text(relaxed_title, column=title_col)
    dlg = j.press("whistle")
    j.wait(lambda: dlg.forecast is not None)
    assert not dlg.forecast.late_for_platform
    assert "在承诺时间之前" in dlg.platform_line.text() and RED not in dlg.platform_line.styleSheet()
    assert "2026-12-14 18:00" in dlg.platform_line.text()
    j.shot("whistle-in-time", dlg)
    j.click(dlg.buttons.button(QDialogButtonBox.StandardButton.Cancel))  # nothing typed: it closes
    assert not dlg.isVisible()

    # -- the lead department asks for an extension past the promise: its dialog warns
    cg = journey("cg.li")
    cg.click_nav("全部")
    cg.click_text(number)
    cg.wait(lambda: cg.detail_number() == number)
    assert RED in cg.window.detail_pane.values["office_due"].styleSheet()  # the responder sees it too
    cg.click_row(0, cg.window.detail_pane.dispatch_view)
    dlg = cg.press("request_extension")
    assert dlg.new_due_value() > dlg.ticket.platform_due and dlg.platform_line.isVisible()
    assert dlg.platform_line.text() == "注意：新办结期限晚于 12345 承诺完成时间 2026-11-24 12:00。"
    cg.shot("extension-warns", dlg)
    dlg.set_new_due(datetime(2026, 11, 24, 3, 0, tzinfo=dlg.ticket.platform_due.tzinfo))  # 11:00 in the office
    assert not dlg.platform_line.isVisible()
    cg.click(dlg.buttons.button(QDialogButtonBox.StandardButton.Cancel))  # a changed date: it asks first
    cg.wait(lambda: dlg.discard_box is not None and dlg.discard_box.isVisible())
    cg.click(dlg.discard_box.button(QMessageBox.StandardButton.Discard))
    assert not dlg.isVisible()
    assert answers == []  # every warning was on screen, none needed a message box
