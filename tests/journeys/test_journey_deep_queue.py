"""A ticket far down a long queue, beyond the pages the table has read, is still found, highlighted and shown:
after a new sort that keeps the current ticket, and after 受理 while the queue is sorted by title."""
from __future__ import annotations

from PySide6.QtCore import Qt

from journey import answers, demo_template, journey, no_modal_exec, office, settings  # noqa: F401 - fixtures


def _on_screen(w, row: int) -> bool:
    rect = w.view.visualRect(w.model.index(row, 0))
    return rect.isValid() and w.view.viewport().rect().contains(rect.center())


def _highlighted_row(w) -> int:
    rows = w.view.selectionModel().selectedRows()
    assert len(rows) == 1
    return rows[0].row()


def test_a_ticket_deep_in_a_sorted_queue_is_found_highlighted_and_shown(journey, office, answers):
    j = journey("zhang.wei")
    w = j.window
    j.click_nav("全部")
    j.wait(lambda: not w.model.loading)
    size = w.model.page_size
    assert w.model.rowCount() > 2 * size  # more rows than the table reads at once

    # -- the oldest ticket (the last row, newest first), then a sort that puts it far down the list
    j.click_row(0)
    j.key(w.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)  # to the last row
    j.key(w.view, Qt.Key.Key_Home)  # (back to the first column)
    j.wait(lambda: len(j.highlighted()) == 1 and j.highlighted()[0].startswith("2026-")
           and j.detail_number() == j.highlighted()[0])
    number = j.detail_number()
    clerk = office.desk.login("zhang.wei", office.passwords["zhang.wei"])
    tid = clerk.ticket(number).id
    title_col = j.column("title")
    j.click_header(title_col)  # by title, A→Z
    if clerk.queue_position("all", tid, sort="title", descending=False) < w.model.rowCount() // 2:
        j.click_header(title_col)  # Z→A: now it is in the far half
    j.wait(lambda: j.highlighted() == [number])
    row = _highlighted_row(w)
    assert row >= size and row == clerk.queue_position("all", tid, sort="title", descending=w.model.descending)
    assert j.detail_number() == number and _on_screen(w, row)
    assert j.enabled_actions() - {"create_ticket"}  # the toolbar acts on it
    j.shot("kept-across-a-sort")

    # -- 受理 while 全部 is sorted by title: the new ticket's title sorts last; the table goes there
    if w.model.descending:
        j.click_header(title_col)
    assert not w.model.descending
    dlg = j.press("create_ticket")
    j.type(dlg.title, "龘龘 鼓楼西大街路灯不亮")
    j.type(dlg.description, "整条街路灯晚上不亮。")
    j.choose(dlg.category, "市容环境")
    j.type(dlg.address, "鼓楼西大街")
    j.type(dlg.community, "幸福社区")
    j.type(dlg.reporter_name, "王女士")
    j.type(dlg.reporter_phone, "139 8765 4321")
    j.submit(dlg)
    new = j.status().split("已受理新工单 ")[-1]
    assert new.startswith("2026-"), j.status()
    j.wait(lambda: j.highlighted() == [new] and j.detail_number() == new)
    assert j.nav_item("全部").isSelected()  # it is in this queue: the table stays here and goes to it
    row = _highlighted_row(w)
    assert row == w.model.rowCount() - 1 and row >= 2 * size and _on_screen(w, row)
    assert "whistle" in j.enabled_actions()
    j.shot("created-at-the-end")
