"""Journeys of the project roles (issue 16 §3): a 市民观察员 logs in, sees only the projects assigned to them and
records an inspection and a comment by clicking; a 项目负责人 logs in to the project desk (项目库, no ticket queue)."""
from __future__ import annotations

from journey import LEFT, answers, demo_template, journey, no_modal_exec, office, settings  # noqa: F401 - fixtures
from test_journey_projects import _open_dialog
from ui.projects.shell import ProjectDeskWindow

def _initiated(office, name: str) -> str:
    """A project of 2026 on the approved list, initiated (the façade: other journeys click those parts)."""
    clerk = office.desk.login("zhang.wei", office.passwords["zhang.wei"])
    number = clerk.create_project(name=name, origin="department_plan", people_affected=450).number
    listed = [p.number for p in clerk.list_projects(year=2026) if p.stage not in ("candidate", "cancelled")]
    version = clerk.draft_annual_list(2026, listed + [number]).version
    sup = office.desk.login("wang.qiang", office.passwords["wang.qiang"])
    sup.approve_annual_list(2026, version)
    sup.advance_project(number, to="initiated")
    return number


def test_an_observer_inspects_and_comments_an_assigned_project(journey, office, answers):
    mine = _initiated(office, "幸福里老旧供水管网改造")
    other = _initiated(office, "光明街路灯更换")
    # the demo's 市民观察员 陈观 (the journeys' demo office has no projects of its own)
    clerk = office.desk.login("zhang.wei", office.passwords["zhang.wei"])
    clerk.assign_observer(mine, "chen.guan")
    clerk.record_progress(mine, percent=30, note="王女士家门前管线已换")  # an office note: not shown to observers

    o = journey("chen.guan")
    w = o.window
    assert isinstance(w, ProjectDeskWindow)
    nav = [w.nav.item(i).text() for i in range(w.nav.count())]
    assert nav == ["民生工程", "我的项目"]  # no queue, no 项目库, no report, no map
    assert "陈观（市民观察员）" in w.windowTitle()
    assert not w.disclose.action.isVisible()  # 阳光工程 is the office's and the project manager's
    page = w.my_projects_page
    o.wait(lambda: page.isVisible() and not page.loading and page.project is not None)
    o.settle()
    # only the assigned project is listed
    assert [page.list.item(i).data(0x0100) for i in range(page.list.count())] == [mine]
    assert other not in page.detail.toPlainText()
    text = page.detail.toPlainText()
    assert mine in text and "完成：30%" in text and "王女士" not in text
    o.shot("my-projects")

    # click the project's row, then 巡查…
    item = page.list.item(0)
    o._mouse(page.list.viewport(), page.list.visualItemRect(item).center())
    o.settle()
    dlg = _open_dialog(o, page.inspect_button, page)
    assert dlg.windowTitle() == "质量安全巡查"
    o.press_ok(dlg)  # nothing typed
    assert dlg.isVisible() and dlg.field_error("note") == "请填写巡查情况。"
    o.type(dlg.note, "围挡完好，夜间警示灯两处不亮")
    o.shot("inspection", dlg)
    o.press_ok(dlg)
    assert not dlg.isVisible()
    o.wait(lambda: "围挡完好，夜间警示灯两处不亮" in page.detail.toPlainText())
    assert w.statusBar().currentMessage() == f"已记录项目 {mine} 的巡查"
    assert "巡查（市民观察员 陈观）" in page.detail.toPlainText()

    dlg = _open_dialog(o, page.comment_button, page)
    o.type(dlg.text, "夜间施工噪音较大，请注意")
    o.press_ok(dlg)
    o.wait(lambda: "陈观：夜间施工噪音较大，请注意" in page.detail.toPlainText())
    o.shot("commented")

    # the office sees both in the project's history
    history = [h.kind for h in clerk.project(mine).history]
    assert "project_inspection" in history and "project_comment" in history
    entry = clerk.project_lifecycle(mine).entries[0]
    assert (entry.inspector_kind, entry.inspector, entry.note) == ("citizen_observer", "陈观", "围挡完好，夜间警示灯两处不亮")


def test_a_project_manager_works_on_the_project_desk(journey, office, answers):
    number = _initiated(office, "幸福里老旧供水管网改造")
    p = journey("li.xm")  # the demo's 项目负责人 李项目
    w = p.window
    assert isinstance(w, ProjectDeskWindow)
    assert [w.nav.item(i).text() for i in range(w.nav.count())] == ["民生工程", "项目库", "一张图", "地图"]  # (issue 17)
    assert w.disclose.action.isVisible()
    page = w.projects_page
    p.wait(lambda: page.isVisible() and not page.loading and page.model.row_of(number) is not None)
    p.click_row(page.model.row_of(number), page.view)
    panel = page.lifecycle
    p.wait(lambda: panel.info is not None and panel.info.number == number and panel.isVisible())
    p.settle()
    # the candidates' and the list's actions are the office's; the lifecycle's are the project manager's
    assert not page.annual.draft_button.isVisible() and not page.annual.approve_button.isEnabled()
    assert panel.progress_button.isVisible() and panel.progress_button.isEnabled()
    assert panel.inspect_button.isVisible()
    p.shot("project-desk")

    # 市民观察员…: the project manager assigns 陈观 to the project
    assert page.observers_button.isVisible() and page.observers_button.isEnabled()
    dlg = _open_dialog(p, page.observers_button, page)
    assert dlg.windowTitle() == "市民观察员" and dlg.ok_button.text() == "指派"
    p.choose(dlg.account, "陈观（chen.guan）")
    p.shot("assign-observer", dlg)
    p.press_ok(dlg)
    assert not dlg.isVisible()
    p.wait(lambda: w.statusBar().currentMessage() == f"项目 {number} 的市民观察员已更新")
    observer = office.desk.login("chen.guan", office.passwords["chen.guan"])
    assert [r.number for r in observer.my_projects()] == [number]
    p.wait(lambda: "project_observer" in [h.kind for h in (page.shown().history if page.shown() else ())])
