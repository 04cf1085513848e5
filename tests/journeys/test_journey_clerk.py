"""A clerk's day: 受理 → 吹哨 → 核实/回访 → 结案 → 周报, through mouse and keyboard only."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from journey import answers, demo_template, journey, no_modal_exec, office, settings  # noqa: F401 - fixtures


def test_clerk_takes_a_ticket_from_intake_to_the_weekly_report(journey, office, answers):
    j = journey("zhang.wei")
    w = j.window
    assert j.nav_item("待派").isSelected()
    j.click_nav("统计")  # a heading, not an entry: clicking it changes nothing
    assert j.nav_item("待派").isSelected() and not j.nav_item("统计").flags() & Qt.ItemFlag.ItemIsSelectable
    assert j.enabled_actions() == {"create_ticket"}  # nothing highlighted: nothing to act on
    assert j.detail_number() is None

    # -- 受理 from another queue: the first field has the focus; Ctrl+Enter submits
    j.click_nav("办理中")
    dlg = j.press("create_ticket")
    assert QApplication.focusWidget() is dlg.title
    j.type(dlg.title, "光华路 8 号楼下井盖破损")
    j.key(None, Qt.Key.Key_Tab)
    j.type(dlg.description, "井盖裂开一角，夜间有行人绊倒的危险。")
    j.choose(dlg.category, "供排水")
    j.type(dlg.address, "光华路 8 号")
    j.type(dlg.community, "幸福社区")
    j.type(dlg.reporter_name, "刘先生")
    j.type(dlg.reporter_phone, "139 1234 5678")
    j.shot("new-ticket-dialog", dlg)
    j.submit(dlg)
    assert not dlg.isVisible()
    number = j.status().split("已受理新工单 ")[-1]
    assert number.startswith("2026-"), j.status()
    j.wait(lambda: j.highlighted() == [number])
    assert j.nav_item("待派").isSelected()  # where a new ticket is, highlighted
    assert j.detail_number() == number  # the new ticket is highlighted and shown
    assert "whistle" in j.enabled_actions()
    j.shot("created")

    # -- 吹哨: the category's default lead department is suggested
    dlg = j.press("whistle")
    assert dlg.lead.currentText() == "水务所"
    # issue 15 §4: the category's standard also proposes its assisting departments; this clerk summons the lead only
    assert dlg.assist_names() == ["住建委", "社区居委会"]
    for name in dlg.assist_names():
        item = dlg.assist.findItems(name, Qt.MatchFlag.MatchExactly)[0]
        dlg.assist.scrollToItem(item)
        j._mouse(dlg.assist.viewport(), dlg.assist.visualItemRect(item).center())
        j.key(dlg.assist, Qt.Key.Key_Space)  # unchecks the highlighted department
    assert dlg.assist_names() == []
    j.submit(dlg)
    assert j.status() == f"工单 {number} 已派单"
    # the ticket left 待派: what is highlighted is what the detail shows and the toolbar acts on
    j.wait(lambda: number not in j.rows())
    assert j.detail_number() == (j.highlighted() or [None])[0]
    j.shot("whistled")

    # -- the department works (another desk): report in, respond, resolve
    desk = office.desk
    sw = desk.login("sw.sun", office.passwords["sw.sun"])
    did = sw.ticket(number).dispatches[0].id
    sw.acknowledge(did)
    sw.respond(did, "已到场查看，设置了警示标志。")
    sw.resolve(did, "已更换井盖。")
    j.key(w.view, Qt.Key.Key_F5)  # 刷新
    j.settle()

    # -- 核实 and 回访 in one dialog, then 结案 with it
    j.click_nav("待核实")
    j.click_text(number)
    assert j.highlighted() == [number] and j.detail_number() == number
    dlg = j.press("verify")
    j.shot("verify-dialog", dlg)
    j.submit(dlg)
    assert number in j.status()
    detail = desk.login("zhang.wei", office.passwords["zhang.wei"]).ticket(number)
    assert detail.state == "closed", "a callback that completes the ticket closes it (or the dialog offers 结案)"
    j.shot("verified")

    # -- 周报: the weeks load, 生成 can be pressed, the preview shows the pages
    j.click_nav("周报")
    page = w.reports_page
    j.wait(lambda: page.week_combo.count() > 0)
    assert page.generate_button.isEnabled()
    assert j.enabled_actions() == {"create_ticket"}, "no ticket is shown on the report page"
    j.click(page.generate_button, settle=False)
    j.wait(lambda: page.pdf_path is not None, timeout=60_000)
    j.settle()
    assert page.document.pageCount() >= 2
    assert page.print_button.isEnabled() and page.save_button.isEnabled()
    assert "共" in page.info.text() and "页" in page.info.text()
    assert j.status().startswith("已生成")
    j.shot("weekly-report")
