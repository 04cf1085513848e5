"""Repeat complaints (issue 15 §2): a clerk types a ticket like an existing one, waits, sees the proposal, saves
and merges by clicking; then a second one is saved without picking and merged from the detail pane's proposal;
the parent shows its children and how many residents raised the problem."""
from __future__ import annotations

from PySide6.QtWidgets import QScrollArea

from journey import answers, demo_template, journey, no_modal_exec, office, settings  # noqa: F401 - fixtures

LIGHT = dict(title="幸福路12号楼前路灯不亮", description="幸福路12号楼前的路灯连续三天晚上不亮，老人晚上出门不方便。",
             category="市容环境", urgency="routine", address="幸福路 12 号", community="幸福社区", source="12345",
             reporter_name="陈女士", reporter_phone="13900001111")


def _scroll_to(widget) -> None:
    """Scroll the detail pane's fields to ``widget``, as a person scrolls down to it."""
    area = widget.parent()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parent()
    if area is not None:
        area.ensureWidgetVisible(widget)


def test_a_repeat_is_proposed_while_typing_merged_by_clicking_and_counted_on_the_parent(journey, office, answers):
    desk = office.desk
    clerk = desk.login("zhang.wei", office.passwords["zhang.wei"])
    parent = clerk.create_ticket(**LIGHT)  # taken earlier (another desk)
    j = journey("zhang.wei")
    w = j.window

    # -- typing a new ticket: after a pause the likely repeats appear, with scores and reasons
    dlg = j.press("create_ticket")
    hints = dlg.repeats
    assert hints.table.rowCount() == 0
    j.type(dlg.title, "12号楼门口路灯坏了")
    j.type(dlg.description, "幸福路那边12号楼门口的路灯好几天都不亮了，晚上黑漆漆的")
    j.choose(dlg.category, "市容环境")
    j.type(dlg.address, "幸福路12号")
    j.type(dlg.community, "幸福社区")
    j.type(dlg.reporter_name, "李先生")
    j.type(dlg.reporter_phone, "13700002222")
    j.wait(lambda: hints.table.rowCount() > 0 and hints.table.item(0, 1).text() == parent.number)
    first = hints.candidates[0]
    assert first.score >= 50 and {"text", "address"} <= set(first.reasons)
    assert not hints.merge_box.isEnabled()  # nothing picked yet
    j.shot("repeat-proposed", dlg)

    # -- the clerk picks it and saves: the new ticket is merged into it
    j.click_text(parent.number, hints.table, column=1)
    assert hints.merge_box.isChecked() and parent.number in hints.merge_box.text()
    j.shot("repeat-picked", dlg)
    j.submit(dlg)
    assert not dlg.isVisible()
    child = j.status().split("已受理新工单 ")[-1]
    assert child.startswith("2026-"), j.status()
    assert clerk.repeat_links(child).parent.number == parent.number
    j.wait(lambda: j.detail_number() == child and w.repeat_panel.isVisible())
    panel = w.repeat_panel
    assert parent.number in panel.heading.text()
    _scroll_to(panel)
    j.shot("child-shows-its-parent")

    # -- a third resident: saved without picking, the detail pane keeps the proposal; merged from there
    dlg = j.press("create_ticket")
    j.type(dlg.title, "幸福路12号楼路灯")
    j.type(dlg.description, "12号楼前路灯晚上不亮")
    j.choose(dlg.category, "市容环境")
    j.type(dlg.address, "幸福路 12 号楼")
    j.type(dlg.community, "幸福社区")
    j.type(dlg.reporter_name, "赵大爷")
    j.type(dlg.reporter_phone, "13500003333")
    j.wait(lambda: dlg.repeats.table.rowCount() > 0)
    assert not dlg.repeats.merge_box.isChecked()  # nothing picked: nothing merged
    j.submit(dlg)
    assert not dlg.isVisible(), dlg.error_text()
    third = j.status().split("已受理新工单 ")[-1]
    j.wait(lambda: j.detail_number() == third and panel.isVisible() and panel.proposals_table.isVisible())
    assert panel.proposals_table.item(0, 1).text() == parent.number
    assert not panel.merge_button.isEnabled()
    _scroll_to(panel.proposals_table)
    j.shot("proposal-in-detail")
    j.click_row(0, panel.proposals_table, column=1)
    assert panel.merge_button.isEnabled()
    _scroll_to(panel.merge_button)
    j.click(panel.merge_button)
    j.wait(lambda: panel.links is not None and panel.links.parent is not None)
    assert panel.links.parent.number == parent.number

    # -- the parent: its children and how many residents raised the problem
    j.click_nav("待派")
    j.click_text(parent.number)
    j.wait(lambda: j.detail_number() == parent.number and panel.isVisible() and panel.children_table.isVisible())
    assert "3 位居民" in panel.heading.text()
    assert [panel.children_table.item(r, 0).text() for r in range(panel.children_table.rowCount())] == [child, third]
    assert panel.children_table.item(0, 2).text() == "137****2222"  # phones masked
    _scroll_to(panel.children_table)
    j.shot("parent-with-children")
    assert answers == []  # no message box was needed
