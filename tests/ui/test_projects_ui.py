"""项目库's widgets (ui/projects): the list's order, filters and header sort; the dialogs' fields and the core's
errors at the field; an edit that meets someone else's change; cancelling; a candidate pre-filled from a hotspot."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from desk.projects.dto import ProjectHistoryEntry
from ui.projects.dialogs import CreateProjectDialog, split_names
from ui.projects.models import fmt_cost, history_text, score_text
from ui.projects.page import ProjectsPage
from uitools import SH, no_modal_exec, office, open_window, settings, settle  # noqa: F401 - fixtures

PIPES = dict(title="幸福里3号楼自来水发黄", description="水管老化。", category="供排水", community="幸福社区")


def _page(qtbot, office, user=None) -> ProjectsPage:
    page = ProjectsPage(user or office.clerk, SH)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    page.reload()
    settle(qtbot)
    return page


def _numbers(page: ProjectsPage) -> list[str]:
    return [page.model.index(r, 0).data() for r in range(page.model.rowCount())]


def _click_header(qtbot, page: ProjectsPage, column: int) -> None:
    h = page.view.horizontalHeader()
    QTest.mouseClick(h.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(h.sectionViewportPosition(column) + h.sectionSize(column) // 2, h.height() // 2))
    settle(qtbot)


def test_the_order_the_filters_and_a_header_click(qtbot, office):
    clerk = office.clerk
    pipes = clerk.create_project(name="乙 供水管网改造", tickets=[office.new_ticket(**PIPES).number for _ in range(3)])
    safety = clerk.create_project(name="丙 井盖加固", origin="resident_idea", safety_bottom_line=True)
    later = clerk.create_project(name="甲 口袋公园", origin="department_plan", year=2027, people_affected=300)
    gone = clerk.create_project(name="丁 重复立项", origin="representative")
    clerk.cancel_project(gone.number, reason="与乙重复")
    page = _page(qtbot, office)
    # the core's order: the safety bottom line first, then by score
    assert _numbers(page) == [safety.number, pipes.number, later.number, gone.number]
    assert page.model.index(0, 6).data() == "安全底线 · 0" and page.count_label.text() == "共 4 个项目"
    # a click on 项目名称 sorts by name, a second click the other way
    _click_header(qtbot, page, 1)
    assert [page.model.index(r, 1).data() for r in range(4)] == ["丁 重复立项", "丙 井盖加固", "乙 供水管网改造", "甲 口袋公园"]
    _click_header(qtbot, page, 1)
    assert page.model.index(0, 1).data() == "甲 口袋公园"
    # 优先级: the safety bottom line sorts above every score, whichever way
    _click_header(qtbot, page, 6)
    _click_header(qtbot, page, 6)
    order = page.view.horizontalHeader().sortIndicatorOrder()
    top = page.model.index(0, 0).data() if order == Qt.SortOrder.DescendingOrder else page.model.index(3, 0).data()
    assert top == safety.number
    # filters: a year, a stage
    page.year_filter.setCurrentIndex(page.year_filter.findData(2027))
    settle(qtbot)
    assert _numbers(page) == [later.number] and page.annual.current_year() == 2027
    page.year_filter.setCurrentIndex(0)
    page.stage_filter.setCurrentIndex(page.stage_filter.findData("cancelled"))
    settle(qtbot)
    assert _numbers(page) == [gone.number]
    page.view.selectRow(0)
    settle(qtbot)
    assert page.detail.project.stage == "cancelled"
    assert not any(b.isEnabled() for b in (page.edit_button, page.link_button, page.vote_button, page.cancel_button))
    assert page.detail.history_model.index(0, 3).data() == "阶段：储备 → 已取消（说明：与乙重复）"
    page.stage_filter.setCurrentIndex(page.stage_filter.findData("listed"))
    settle(qtbot)
    assert page.model.rowCount() == 0 and page.empty.isVisible() and page.empty.text() == "没有符合条件的项目"


def test_an_edit_saves_what_changed_and_keeps_it_when_someone_else_saved_first(qtbot, office):
    clerk = office.clerk
    p = clerk.create_project(name="供水管网改造", origin="department_plan", people_affected=100)
    page = _page(qtbot, office)
    page.view.selectRow(0)
    settle(qtbot)
    dlg = page.start_edit()  # (the page's: it deletes the one before)
    assert dlg.name.text() == "供水管网改造" and dlg.people.value() == 100 and dlg.origin.currentText() == "部门计划"
    dlg.submit()
    assert dlg.error_text() == "没有修改任何内容。"
    dlg.people.setValue(1200)
    dlg.cost.setText("300")
    # meanwhile a colleague renames it
    office.login("clerk2").update_project(p.number, expected_version=p.version, name="供水管网改造（一期）")
    dlg.submit()
    settle(qtbot)
    assert dlg.isVisible() and "已被他人修改" in dlg.error_text() and "核对后可再次保存" in dlg.error_text()
    assert dlg.name.text() == "供水管网改造（一期）" and dlg.people.value() == 1200 and dlg.cost.text() == "300"
    assert page.detail.project.name == "供水管网改造（一期）"  # the detail took the new version too
    dlg.submit()
    settle(qtbot)
    assert not dlg.isVisible()
    now = clerk.project(p.number)
    assert (now.name, now.people_affected, now.estimated_cost_fen) == ("供水管网改造（一期）", 1200, 300_000_000)
    assert page.detail.facts["cost"].text() == "300 万元" and page.detail.project.version == now.version


def test_the_dialogs_show_the_cores_errors_at_their_fields(qtbot, office):
    clerk = office.clerk
    t = office.new_ticket(**PIPES).number
    p = clerk.create_project(name="供水管网改造", tickets=[t])
    page = _page(qtbot, office)
    page.view.selectRow(0)
    settle(qtbot)
    # a vote: someone on two sides
    dlg = page.start_vote()  # (the page's: it deletes the one before)
    assert dlg.held_on.maximumDate().toPython() == date(2026, 11, 23)  # no meeting in the future
    dlg.meeting.setText("幸福社区居民议事会")
    dlg.voters["for"].setText("1号楼代表，2号楼代表")
    dlg.voters["against"].setText("2号楼代表")
    dlg.submit()
    settle(qtbot)
    assert dlg.field_error("votes") == "2号楼代表 在本次会议中投了两次。"
    dlg.voters["against"].setText("")
    dlg.submit()
    settle(qtbot)
    assert not dlg.isVisible() and [v.voter for v in clerk.project(p.number).votes] == ["1号楼代表", "2号楼代表"]
    # linking: a ticket already linked, then an unknown one
    dlg = page.start_link()  # (the page's: it deletes the one before)
    dlg.tickets.setPlainText(t)
    dlg.submit()
    settle(qtbot)
    assert dlg.field_error("tickets") == f"工单 {t} 已关联到本项目。"
    dlg.tickets.setPlainText("2026-999999")
    dlg.submit()
    settle(qtbot)
    assert dlg.error_text() == "找不到工单 2026-999999。"
    dlg.reject()
    # the last source ticket of a project from tickets cannot go
    page.detail.tickets.selectRow(0)
    dlg = page.start_unlink()  # (the page's: it deletes the one before)
    dlg.submit()
    settle(qtbot)
    assert "须关联至少一张工单" in dlg.error_text() and clerk.project(p.number).tickets == (t,)
    dlg.reject()
    # cancelling needs a reason; afterwards nothing acts on the project
    dlg = page.start_cancel()  # (the page's: it deletes the one before)
    dlg.submit()
    assert dlg.field_error("reason") == "请填写取消原因。"
    dlg.reason.setPlainText("已纳入区级改造计划")
    dlg.submit()
    settle(qtbot)
    assert not dlg.isVisible() and page.detail.project.stage == "cancelled"
    assert not page.edit_button.isEnabled() and not page.cancel_button.isEnabled()
    assert page.model.index(0, 3).data() == "已取消"


def test_a_candidate_pre_filled_from_a_hotspot_reads_its_own_lists(qtbot, office):
    clerk = office.clerk
    numbers = [office.new_ticket(**PIPES).number for _ in range(2)]
    dlg = CreateProjectDialog(None, clerk, tickets=numbers, community="幸福社区", category="供排水")
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.origin.currentText() == "来自问题清单" and dlg.ticket_numbers() == numbers
    assert dlg.header.text().startswith("由 2 张工单生成储备项目（幸福社区 · 供排水）")
    settle(qtbot)  # the pick-lists and this year arrive
    assert "光明社区" in dlg.community.names() and "供排水" in dlg.category.names()
    assert dlg.year.isEnabled() and (dlg.year.minimum(), dlg.year.value(), dlg.year.maximum()) == (2025, 2026, 2031)
    assert (dlg.community.text(), dlg.category.text()) == ("幸福社区", "供排水")
    dlg.cost.setText("0.0000001")
    dlg.submit()
    assert "精确到分" in dlg.field_error("estimated_cost_fen")
    dlg.cost.setText("1,234.56")
    dlg.name.setText("幸福社区供水管网改造")
    dlg.submit()
    settle(qtbot)
    p = dlg.result_value
    assert (p.origin, p.tickets, p.community, p.category, p.estimated_cost_fen) == (
        "hotspot", tuple(sorted(numbers)), "幸福社区", "供排水", 1_234_560_000)


def _nav(w) -> list[str]:
    return [w.nav.item(i).text() for i in range(w.nav.count())]


def test_who_sees_the_projects(qtbot, office, open_window):
    for username, sees in (("clerk", True), ("supervisor", True), ("admin", True), ("cg.li", False)):
        w = open_window(username)
        assert ("项目库" in _nav(w)) == sees, username
        assert ("项目节点" in _nav(w)) == (not sees), username  # a responder's door: their department's milestones
        assert (w.projects_page is not None) == sees and w.from_tickets.action.isVisible() == sees, username
        if sees:  # 批准 is the supervisors' and administrators'
            assert w.projects_page.annual.may_approve == (username != "clerk")
        w.close()


def test_the_texts():
    assert split_names("GD1, GD2、GD3\nGD1；GD4") == ["GD1", "GD2", "GD3", "GD4"]
    assert fmt_cost(0) == "" and fmt_cost(120_000_000) == "120 万元" and fmt_cost(1) == "0.000001 万元"
    assert score_text(True, 12.5) == "安全底线 · 12.5" and score_text(False, -0.004) == "0"
    entry = ProjectHistoryEntry("project_tickets", "张伟", None, "", {"tickets": [["A", "B"], ["B", "C", "D"]]})
    assert history_text(entry) == "关联 C、D；移除 A"
    vote = ProjectHistoryEntry("project_vote", "张伟", None, "", {
        "votes": [None, [["甲", "for"], ["乙", "against"]]], "tally": [None, {"for": 1, "against": 1, "abstain": 0}],
        "meeting": [None, "议事会"], "held_on": [None, "2026-11-20"]})
    assert history_text(vote) == "会议：议事会；会议日期：2026-11-20；票数：赞成 1 · 反对 1 · 弃权 0；投票：甲赞成、乙反对"
