"""A supervisor's day: the approval queue and the 催办 queue, where the buttons follow the highlighted row
whatever highlighted it, through mouse and keyboard only."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from journey import answers, demo_template, journey, no_modal_exec, office, settings  # noqa: F401 - fixtures


def _requests(office, n: int = 3) -> list[str]:
    """``n`` extension requests by 城管执法队 on demo tickets it is working on; their ticket numbers."""
    cg = office.desk.login("cg.li", office.passwords["cg.li"])
    numbers = []
    for row in cg.list_queue("dept_in_progress", limit=50).rows:
        t = cg.ticket(row.number)
        d = next(d for d in t.dispatches if d.department == "城管执法队" and d.state in ("acknowledged", "responded"))
        if d.pending_requests or d.suspended_at:
            continue
        cg.request_extension(d.id, reason=f"材料未到（{len(numbers) + 1}）",
                             new_resolve_due=max(d.resolve_due, office.clock.now()) + timedelta(days=7))
        numbers.append(row.number)
        if len(numbers) == n:
            break
    assert len(numbers) == n
    return numbers


def test_supervisor_approves_with_the_mouse_and_urges_what_is_highlighted(journey, office, answers):
    numbers = _requests(office)
    j = journey("wang.qiang")
    w = j.window

    # -- 审批: a click on a row enables 同意/驳回 and shows that ticket
    j.click_nav("审批")
    page = w.pages["approvals"]
    j.wait(lambda: page.model.rowCount() >= 3)
    assert not page.approve_button.isEnabled() and not page.reject_button.isEnabled()  # nothing highlighted
    assert j.enabled_actions() == {"create_ticket"}
    kind_col, number_col = 0, 1
    ours = [r for r in range(page.model.rowCount()) if page.model.index(r, number_col).data() in numbers]
    row = ours[1]
    j.click_row(row, page.view)
    target = page.model.index(row, number_col).data()
    assert j.highlighted(page.view, number_col) == [target]
    assert page.approve_button.isEnabled() and page.reject_button.isEnabled()
    j.wait(lambda: j.detail_number() == target)
    j.shot("approval-selected")
    count_before = page.model.rowCount()
    j.click(page.approve_button, settle=False)
    dlg = page.dialog
    j.wait(lambda: dlg is not None and dlg.isVisible())
    assert target in dlg.header.text()
    j.submit(dlg)
    assert j.status() == f"工单 {target}：已同意城管执法队的延期申请"
    j.wait(lambda: page.model.rowCount() == count_before - 1)
    # the row left; the one now in its place is highlighted, and the buttons and the detail follow it
    neighbour = page.model.index(min(row, page.model.rowCount() - 1), number_col).data()
    j.wait(lambda: j.highlighted(page.view, number_col) == [neighbour])
    assert page.approve_button.isEnabled()
    j.wait(lambda: j.detail_number() == neighbour)
    j.shot("approval-done")

    # -- 催办: handled rows move away; the button acts on what is highlighted, never on what was
    j.click_nav("催办")
    page = w.pages["escalations:1"]
    j.wait(lambda: page.model.rowCount() >= 3)
    assert not page.urge_button.isEnabled()
    j.click_row(0, page.view)
    first = page.current()
    assert page.urge_button.isEnabled() and page.extend_button.isEnabled() and page.reassign_button.isEnabled()
    j.wait(lambda: j.detail_number() == first.ticket_number)
    j.click(page.urge_button, settle=False)
    dlg = page.dialog
    j.wait(lambda: dlg is not None and dlg.isVisible())
    assert first.ticket_number in dlg.header.text()
    j.type(dlg.note, "已电话督促，请今天内处理。")
    j.submit(dlg)
    assert j.status() == f"工单 {first.ticket_number}：已催办{first.department}"
    j.wait(lambda: page.current() is not None and page.current().id != first.id)
    now = page.current()
    assert now.handled_at is None and page.urge_button.isEnabled()
    j.wait(lambda: j.detail_number() == now.ticket_number)
    j.click(page.urge_button, settle=False)  # again: the highlighted one, not the one just urged
    dlg = page.dialog
    j.wait(lambda: dlg is not None and dlg.isVisible())
    assert now.ticket_number in dlg.header.text() and dlg.escalation.id == now.id
    j.shot("urge-again", dlg)
    j.key(dlg.note, Qt.Key.Key_Escape)  # nothing typed: it closes without asking
    j.wait(lambda: not dlg.isVisible())
    urged = [e for e in office.desk.login("wang.qiang", office.passwords["wang.qiang"]).escalations(1)
             if e.handling == "urge"]
    assert [e.id for e in urged] == [first.id]  # one 催办, on the item that was highlighted
    j.shot("urged")

    # -- the 周报 page: no ticket is shown, so no ticket action is possible
    j.click_nav("周报")
    assert j.enabled_actions() == {"create_ticket"} and not w.print_action.isEnabled()
