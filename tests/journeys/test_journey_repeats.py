"""Repeat complaints (issue 15 §2): a clerk types a ticket like an existing one, waits, sees the proposal, saves
and merges by clicking; then a second one is saved without picking and merged from the detail pane's proposal;
the parent shows its children and how many residents raised the problem."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QScrollArea

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


def test_a_merged_child_follows_its_parent_until_it_is_split_off(journey, office, answers, monkeypatch):
    """Two residents' repeats merged into a parent (at another desk): the work queues list the problem once; the
    clerk finds a child in 全部 by its number, sees whom it follows and why 吹哨 is disabled, splits it off by
    clicking (the reason typed into the question), and it is a ticket of its own again in 待派; the parent counts
    one resident fewer."""
    desk = office.desk
    clerk = desk.login("zhao.min", office.passwords["zhao.min"])
    parent = clerk.create_ticket(**LIGHT)
    kids = [clerk.create_ticket(**{**LIGHT, "title": "12号楼门口路灯坏了", "reporter_name": "李先生",
                                   "reporter_phone": "13700002222"}),
            clerk.create_ticket(**{**LIGHT, "title": "幸福路12号楼路灯", "reporter_name": "赵大爷",
                                   "reporter_phone": "13500003333"})]
    for k in kids:
        clerk.merge_repeat(k.number, parent.number)
    child = kids[0].number
    j = journey("zhang.wei")
    w = j.window
    panel = w.repeat_panel
    state_col = j.column("state")

    # -- 待派 lists the problem once: the parent, not the residents who follow it (and its count agrees)
    assert j.nav_item("待派").isSelected()
    rows = j.rows(limit=1000)
    assert parent.number in rows and not {k.number for k in kids} & set(rows)
    assert j.nav_item("待派").text() == f"待派  ({w.model.rowCount()})"

    # -- in 全部, found by its number: its row and the detail name the parent; 吹哨 and 撤销 say why they are off
    j.click_nav("全部")
    j.type(w.search, child)
    j.key(w.search, Qt.Key.Key_Return)
    j.wait(lambda: j.rows() == [child])
    assert w.model.index(0, state_col).data() == f"待派 · 并入 {parent.number}"
    j.click_row(0)
    j.wait(lambda: j.detail_number() == child and panel.isVisible() and panel.links is not None)
    assert w.detail_pane.subtitle_label.text() == f"{child} · 待派 · 并入 {parent.number} · 第 1 轮"
    assert panel.heading.text() == f"重复件：已并入 {parent.number}" and "共 3 位居民反映" in panel.summary.text()
    enabled = j.enabled_actions()
    assert "whistle" not in enabled and "cancel" not in enabled and "update_ticket" in enabled
    for verb in ("whistle", "cancel"):
        tip = w.verb_actions[verb].toolTip()
        assert tip.startswith(f"已作为重复件并入 {parent.number}：跟随主工单的派单和状态办理"), tip
        assert j.toolbar_button(w.verb_actions[verb]).toolTip() == tip  # what hovering the button shows
    assert w.verb_actions["update_ticket"].toolTip().startswith("修改所选工单的内容")
    _scroll_to(panel.split_button)
    j.shot("child-follows-its-parent")

    # -- 拆分: the question for a reason is answered (mocked: never a real modal), the child is on its own again
    asked = []
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: (asked.append(a[1:3]), ("不是同一盏灯", True))[1]))
    j.click(panel.split_button)
    assert asked == [("拆分重复件", "拆分原因（拆分后本工单回到待派，单独办理）：")]
    j.wait(lambda: "whistle" in j.enabled_actions() and "并入" not in w.detail_pane.subtitle_label.text())
    assert j.detail_number() == child and w.detail_pane.subtitle_label.text() == f"{child} · 待派 · 第 1 轮"
    assert w.model.index(0, state_col).data() == "待派"
    assert w.verb_actions["whistle"].toolTip().startswith("召集主办和协办部门")
    assert clerk.ticket(child).parent_id is None
    timeline = w.detail_pane.timeline_model
    j.wait(lambda: "从主工单" in str(timeline.index(timeline.rowCount() - 1, 4).data()))  # the split on the record
    j.shot("split-off")

    # -- the parent: one resident fewer; the split-off ticket waits in 待派 to be whistled on its own
    j.type(w.search, parent.number, clear=True)
    j.key(w.search, Qt.Key.Key_Return)
    j.wait(lambda: j.rows() == [parent.number])
    j.click_row(0)
    j.wait(lambda: j.detail_number() == parent.number and panel.isVisible() and panel.children_table.isVisible())
    assert panel.heading.text() == "重复件：2 位居民反映同一问题"
    assert [panel.children_table.item(r, 0).text() for r in range(panel.children_table.rowCount())] == [kids[1].number]
    _scroll_to(panel.children_table)
    j.shot("parent-one-fewer")
    j.type(w.search, "", clear=True)
    j.key(w.search, Qt.Key.Key_Return)
    j.click_nav("待派")
    j.wait(lambda: child in j.rows(limit=1000))
    assert kids[1].number not in j.rows(limit=1000)
    assert answers == []
