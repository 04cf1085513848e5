"""项目进展 (issue 16 §2), through mouse and keyboard only: a supervisor initiates a listed project (推进到立项),
plans a milestone with its lead department, the stage is then held until the milestone is done; the lead
department reports in; a clerk records a 质量安全巡查 with a finding (a fix milestone) and the progress; the
milestone is marked done with its evidence and the supervisor moves the project on (推进到招标)."""
from __future__ import annotations

from PySide6.QtWidgets import QFileDialog

from journey import LEFT, answers, demo_template, journey, no_modal_exec, office, settings  # noqa: F401 - fixtures
from test_journey_projects import _open_dialog, _page


def _listed_project(office) -> str:
    """A project of 2026 on the approved list (made through the façade: §1's journey clicks that part)."""
    clerk = office.desk.login("zhang.wei", office.passwords["zhang.wei"])
    number = clerk.create_project(name="幸福里老旧供水管网改造", origin="department_plan", people_affected=450).number
    version = clerk.draft_annual_list(2026, [number]).version
    office.desk.login("wang.qiang", office.passwords["wang.qiang"]).approve_annual_list(2026, version)
    return number


def _select(j, page, number):
    j.wait(lambda: page.model.row_of(number) is not None)
    j.click_row(page.model.row_of(number), page.view)
    panel = page.lifecycle
    j.wait(lambda: panel.info is not None and panel.info.number == number and panel.isVisible())
    j.settle()
    return panel


def test_initiate_plan_a_milestone_inspect_and_move_on(journey, office, answers, tmp_path, monkeypatch):
    number = _listed_project(office)
    # -- the supervisor: 推进到立项, then 安排节点
    s = journey("wang.qiang")
    page = _page(s)
    panel = _select(s, page, number)
    assert panel.summary.text().startswith("当前阶段：已列入清单")
    assert panel.advance_button.isEnabled() and panel.advance_button.text() == "推进到立项…"
    assert not panel.done_button.isEnabled() and not panel.progress_button.isEnabled()
    assert not panel.ack_button.isVisible()  # a responder's
    dlg = _open_dialog(s, panel.advance_button, panel)
    assert dlg.windowTitle() == "推进到立项阶段"
    s.type(dlg.note, "区发改委立项批复")
    s.shot("advance", dlg)
    s.press_ok(dlg)
    s.wait(lambda: panel.info is not None and panel.info.stage == "initiated")
    assert panel.advance_button.text() == "推进到招标…" and panel.progress_button.isEnabled()
    assert s.status() == f"项目 {number} 已推进到下一阶段"

    dlg = _open_dialog(s, panel.add_button, panel)
    s.press_ok(dlg)  # no name
    assert dlg.isVisible() and dlg.field_error("name") == "请填写节点名称。"
    s.type(dlg.name, "施工图设计审查")
    s.choose(dlg.lead, "住建委")
    s.shot("add-milestone", dlg)
    s.press_ok(dlg)
    assert not dlg.isVisible()
    s.wait(lambda: panel.model.rowCount() == 1)
    row = [panel.model.index(0, c).data() for c in range(panel.model.columnCount())]
    assert row[0] == "施工图设计审查" and row[1] == "立项" and row[2] == "住建委（待报到：住建委）" and row[4] == ""
    # the stage is held by its milestone
    assert not panel.advance_button.isEnabled() and "节点全部完成" in panel.advance_button.toolTip()
    assert "还有 1 个节点未完成" in panel.summary.text()
    s.click_row(0, panel.view)
    assert panel.done_button.isEnabled() and not panel.ack_button.isVisible()
    s.shot("milestone-planned")
    mid = panel.info.milestones[0].id

    # -- 住建委 reports in (its responder; the façade: responders have no projects page yet)
    office.desk.login("zj.wang", office.passwords["zj.wang"]).acknowledge_milestone(mid)

    # -- a clerk: 质量安全巡查 with a finding, then the progress
    c = journey("zhang.wei")
    cpage = _page(c)
    cpanel = _select(c, cpage, number)
    assert not cpanel.advance_button.isVisible()  # a supervisor's
    assert cpanel.model.index(0, 2).data() == "住建委"  # reported in
    dlg = _open_dialog(c, cpanel.inspect_button, cpanel)
    c.choose(dlg.kind, "监理")
    c.type(dlg.inspector, "监理公司 李工")
    c.type(dlg.note, "沟槽开挖前检查")
    c.type(dlg.finding, "沟槽边未设围挡")
    c.choose(dlg.lead, "住建委")
    photo = tmp_path / "围挡.jpg"
    from PIL import Image

    Image.new("RGB", (320, 240), (200, 120, 40)).save(photo, "JPEG")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(photo)], "")))
    c.click(dlg.photos.button)
    assert dlg.photos.label.text() == "围挡.jpg"
    c.shot("inspection", dlg)
    c.press_ok(dlg)
    assert not dlg.isVisible()
    c.wait(lambda: cpanel.model.rowCount() == 2)
    assert [cpanel.model.index(r, 0).data() for r in range(2)] == ["整改：沟槽边未设围挡", "施工图设计审查"]  # by due
    assert "巡查（监理公司 李工）：沟槽开挖前检查，照片 1 张" in cpanel.entries.text()
    dlg = _open_dialog(c, cpanel.progress_button, cpanel)
    c.type(dlg.percent, "15", clear=True)
    c.type(dlg.note, "前期手续完成")
    c.press_ok(dlg)
    c.wait(lambda: cpanel.info.percent == 15)
    assert "完成 15%" in cpanel.summary.text()

    # -- the clerk marks both done, with evidence
    for name in ("施工图设计审查", "整改：沟槽边未设围挡"):
        c.click_row(c.row_of(name, cpanel.view), cpanel.view)
        assert cpanel.done_button.isEnabled()
        dlg = _open_dialog(c, cpanel.done_button, cpanel)
        c.type(dlg.note, "已完成")
        c.click(dlg.photos.button)
        c.press_ok(dlg)
        assert not dlg.isVisible()
        c.wait(lambda n=name: cpanel.model.item(c.row_of(n, cpanel.view)).done_at is not None)
    assert all(cpanel.model.index(r, 4).data() for r in range(2))
    assert not cpanel.done_button.isEnabled()  # the selected one is done
    c.shot("milestones-done")

    # -- the supervisor moves it on to 招标
    s.click(page.refresh_button)
    s.wait(lambda: panel.info is not None and not panel.info.blocking and panel.advance_button.isEnabled())
    dlg = _open_dialog(s, panel.advance_button, panel)
    s.press_ok(dlg)
    s.wait(lambda: panel.info.stage == "tendering")
    assert page.model.index(page.model.row_of(number), 3).data() == "招标"  # the list follows
    history = [h.kind for h in page.detail.project.history]
    assert history.count("project_stage") == 3 and "milestone_done" in history and "project_inspection" in history
    s.shot("tendering")
    assert office.desk.verify_audit().ok


def test_a_departments_responder_reports_in_and_completes_on_the_project_nodes_page(journey, office, answers):
    """项目节点 (a responder's page): 住建委 is summoned to lead a milestone and 交通支队 to assist; 住建委's
    responder sees it, reports in (报到), marks it done with a note; it leaves the open list and shows under
    显示已完成. 交通支队's milestone is not theirs to complete."""
    number = _listed_project(office)
    sup = office.desk.login("wang.qiang", office.passwords["wang.qiang"])
    sup.advance_project(number, to="initiated")
    clerk = office.desk.login("zhang.wei", office.passwords["zhang.wei"])
    mine = clerk.add_milestone(number, name="施工图设计审查", lead="住建委", assist=["交通支队"], within="5wd")
    clerk.add_milestone(number, name="交通导改方案", lead="交通支队", assist=["住建委"], within="5wd")

    r = journey("zj.wang")
    assert r.window.projects_page is None  # no 项目库 for a responder: this page is their door
    r.click_nav("项目节点")
    page = r.window.summons_page
    r.wait(lambda: page.isVisible() and not page.loading and page.model.rowCount() == 2)
    assert not page.ack_button.isEnabled() and not page.done_button.isEnabled()  # nothing selected
    rows = {page.model.item(i).name: i for i in range(2)}
    r.click_row(rows["交通导改方案"], page.view)
    assert page.ack_button.isEnabled() and not page.done_button.isEnabled()  # they assist: report in, not complete
    assert page.done_button.toolTip() == "只有主办部门可以完成节点"
    r.click_row(rows["施工图设计审查"], page.view)
    assert page.model.data(page.model.index(rows["施工图设计审查"], 0)) == f"{number} 幸福里老旧供水管网改造"
    assert "待报到：住建委" in page.model.data(page.model.index(rows["施工图设计审查"], 3))
    r.shot("summoned")
    r.click(page.ack_button)
    r.wait(lambda: "已为节点“施工图设计审查”报到" in r.status() and not page.loading)
    assert page.selected().id == mine.id and not page.ack_button.isEnabled() and page.done_button.isEnabled()

    dlg = _open_dialog(r, page.done_button, page)
    assert dlg.windowTitle() == "完成项目节点"
    r.press_ok(dlg)  # nothing typed
    assert dlg.isVisible() and dlg.field_error("note") == "请填写完成情况。"
    r.type(dlg.note, "施工图已通过审查，审查意见已落实。")
    r.shot("complete", dlg)
    r.press_ok(dlg)
    r.wait(lambda: "节点“施工图设计审查”已完成" in r.status() and not page.loading)
    assert [page.model.item(i).name for i in range(page.model.rowCount())] == ["交通导改方案"]
    r.click(page.show_done)
    r.wait(lambda: not page.loading and page.model.rowCount() == 2)
    done = next(page.model.item(i) for i in range(2) if page.model.item(i).id == mine.id)
    assert done.done_at is not None and done.done_note == "施工图已通过审查，审查意见已落实。"
    r.shot("done")
    assert answers == []
