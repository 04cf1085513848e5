"""立结案标准 (issue 15 §4): an administrator adds a 细类 to the library and sets its lead and assisting department
by clicking; a clerk whistles a ticket of that 细类 and finds the standard's departments pre-selected."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTreeWidget

from journey import answers, demo_template, journey, no_modal_exec, office, settings  # noqa: F401 - fixtures

LEAF = "共享单车乱停放"


def _click_node(j, tree: QTreeWidget, name: str) -> None:
    """Click the visual rectangle of the tree's node ``name`` (scrolled into view first)."""
    item = tree.findItems(name, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive, 0)[0]
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    assert rect.isValid() and tree.viewport().rect().contains(rect.center()), f"{name} is not on screen"
    j._mouse(tree.viewport(), QPoint(rect.left() + 30, rect.center().y()))
    j.settle()


def test_admin_adds_a_leaf_and_the_clerk_gets_its_departments_proposed(journey, office, answers):
    # -- the administrator opens the library from the 管理 menu
    admin = journey("admin")
    admin.menu("管理", "立结案标准…")
    win = admin.window.admin_windows["standards"]
    admin.wait(lambda: win.isVisible() and len(win.items) > 20)
    top = [win.tree.topLevelItem(i).text(0) for i in range(win.tree.topLevelItemCount())]
    assert top[:3] == ["城市管理", "住房", "交通出行"]
    # nothing chosen yet: 新增下级 waits for a node (Qt may make the first row current when the tree takes the
    # focus, which depends on the window's activation: then the button follows that row)
    first = win.current()
    assert win.add_child_button.isEnabled() == (first is not None and first.level < 3 and first.active)
    admin.shot("library", win)

    # -- a 细类 under 城市管理 › 市容市貌, added by clicking
    _click_node(admin, win.tree, "市容市貌")
    assert win.current().name == "市容市貌" and win.add_child_button.isEnabled()
    admin.click(win.add_child_button, settle=False)
    dlg = win.dialog
    admin.wait(lambda: dlg is not None and dlg.isVisible())
    assert dlg.windowTitle() == "新增细类"
    admin.type(dlg.name, LEAF)
    admin.shot("add-leaf", dlg)
    admin.submit(dlg)
    assert not dlg.isVisible()
    admin.wait(lambda: win.current() is not None and win.current().name == LEAF)
    node = win.current()
    assert node.path == ("城市管理", "市容市貌", LEAF) and node.level == 3
    # what it inherits is shown: the 大类's lead in the combo's first entry, the defaults as placeholders
    admin.wait(lambda: "城管执法队" in win.lead.itemText(0))
    assert win.limit_edits[("routine", 2)].placeholderText() == "5wd"

    # -- its lead, an assisting department and its 结案条件, then 保存
    admin.choose(win.lead, "交通支队")
    assist = win.assists.findItems("城管执法队", Qt.MatchFlag.MatchExactly)[0]
    win.assists.scrollToItem(assist)
    admin._mouse(win.assists.viewport(), win.assists.visualItemRect(assist).center())
    admin.key(win.assists, Qt.Key.Key_Space)  # checks the highlighted department
    assert win.assist_names() == ["城管执法队"]
    admin.type(win.close_cond, "车辆已清理归位，运营企业已约谈。")
    admin.type(win.limit_edits[("routine", 0)], "4h")
    admin.type(win.limit_edits[("routine", 1)], "1wd")
    admin.type(win.limit_edits[("routine", 2)], "2wd")
    assert win.after_photo.currentText() == "（沿用上级：不要求）"
    admin.choose(win.after_photo, "是：须附处置后照片")
    admin.click(win.save_button)
    admin.wait(lambda: "已保存" in win.message.text())
    admin.wait(lambda: win.current() is not None and win.current().lead == "交通支队")
    admin.shot("leaf-saved", win)
    assert not answers  # no error box
    std = office.desk.login("zhang.wei", office.passwords["zhang.wei"]).standard_for(LEAF)
    assert (std.lead, std.assists, std.close_condition, std.intake_from) == \
        ("交通支队", ("城管执法队",), "车辆已清理归位，运营企业已约谈。", "城市管理")
    assert std.limits["routine"].texts() == ("4h", "1wd", "2wd")
    assert (std.after_photo, std.after_photo_from) == (True, LEAF)

    # -- a clerk takes a ticket of the new 细类 and whistles it: the standard's departments are pre-selected
    clerk = journey("zhang.wei")
    dlg = clerk.press("create_ticket")
    clerk.type(dlg.title, "地铁口共享单车堆满人行道")
    clerk.type(dlg.description, "早高峰行人只能走机动车道。")
    clerk.choose(dlg.category, LEAF)
    clerk.type(dlg.address, "光华路地铁站 B 口")
    clerk.type(dlg.community, "幸福社区")
    clerk.submit(dlg)
    number = clerk.status().split("已受理新工单 ")[-1]
    clerk.wait(lambda: clerk.detail_number() == number)
    dlg = clerk.press("whistle")
    assert dlg.lead.currentText() == "交通支队"
    assert dlg.assist_names() == ["城管执法队"]
    hint = dlg.findChild(type(dlg.header), "standard_hint")
    assert hint is not None and LEAF in hint.text()
    clerk.shot("whistle-proposed", dlg)
    clerk.press_ok(dlg)
    assert clerk.status() == f"工单 {number} 已派单"
    t = office.desk.login("zhang.wei", office.passwords["zhang.wei"]).ticket(number)
    got = {(d.department, d.role, d.resolve_within) for d in t.dispatches}
    assert got == {("交通支队", "lead", "2wd"), ("城管执法队", "assist", "2wd")}
