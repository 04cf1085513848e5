"""项目库's filters and the 时间轴 (issue 16 §4), through mouse and keyboard only: over six weeks a project's first
milestone is done on time, the second late, the third falls due undone and an inspection adds a fix; a supervisor
ticks 有超期节点 and picks the community: that project is left; a click on its row, then on the 时间轴 tab, shows
its milestones planned against actual; a click on the late milestone's bar selects it for 完成节点…."""
from __future__ import annotations

from datetime import timedelta

from journey import LEFT, answers, demo_template, journey, no_modal_exec, office, settings  # noqa: F401 - fixtures
from test_journey_projects import _page


def _late_project(office) -> tuple[str, str, str]:
    clerk = office.desk.login("zhang.wei", office.passwords["zhang.wei"])
    sup = office.desk.login("wang.qiang", office.passwords["wang.qiang"])
    community = clerk.communities()[0].name
    late = clerk.create_project(name="幸福里老旧供水管网改造", origin="department_plan", community=community).number
    fine = clerk.create_project(name="光明路路灯更新", origin="department_plan", community=community).number
    sup.approve_annual_list(2026, clerk.draft_annual_list(2026, [late, fine]).version)
    for n in (late, fine):
        sup.advance_project(n, to="initiated")
    first = clerk.add_milestone(late, name="立项批复", lead="住建委", within="3wd")
    second = clerk.add_milestone(late, name="施工图设计审查", lead="住建委", within="12wd")
    clerk.add_milestone(late, name="招标文件编制", lead="住建委", within="22wd")
    clerk.add_milestone(late, name="进场施工", lead="水务所", stage="construction", within="45wd")
    clerk.add_milestone(fine, name="路灯选型", lead="城管执法队", within="60wd")
    office.clock.advance(timedelta(days=2))
    clerk.complete_milestone(first.id, note="区发改委已批复")
    office.clock.advance(timedelta(days=18))
    clerk.complete_milestone(second.id, note="审查通过")
    office.clock.advance(timedelta(days=20))
    clerk.record_inspection(late, inspector_kind="supervisor_firm", inspector="监理 李工", note="现场检查",
                            findings=[{"name": "沟槽边未设围挡", "lead": "住建委", "within": "5wd"}])
    return late, fine, community


def test_late_filter_community_and_the_timeline(journey, office, answers):
    late, fine, community = _late_project(office)
    s = journey("wang.qiang")
    page = _page(s)
    assert {late, fine} <= {page.model.index(r, 0).data() for r in range(page.model.rowCount())}
    s.click(page.late_filter)
    s.wait(lambda: not page.loading)
    assert page.late_filter.isChecked()
    shown = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    assert late in shown and fine not in shown
    s.choose(page.community_filter, community)
    s.settle()
    s.wait(lambda: not page.loading)
    assert [page.model.index(r, 0).data() for r in range(page.model.rowCount())] == [late]
    assert page.count_label.text() == "共 1 个项目"
    s.shot("late-filter")

    s.click_row(0, page.view)
    panel = page.lifecycle
    s.wait(lambda: panel.info is not None and panel.info.number == late and panel.isVisible())
    s.settle()
    tabs = panel.tabs
    assert tabs.currentWidget() is panel.view and tabs.tabText(1) == "时间轴"
    bar = tabs.tabBar()
    bar.parentWidget().window()  # (on screen)
    page.detail.scroll.ensureWidgetVisible(tabs)
    s.settle()
    s._mouse(bar, bar.tabRect(1).center())
    s.settle()
    timeline = panel.timeline
    assert tabs.currentWidget() is timeline and timeline.isVisible()
    states = {b.label: b.state for b in timeline.bars()}
    assert states == {"立项批复": "done_on_time", "施工图设计审查": "done_late", "招标文件编制": "late",
                      "整改：沟槽边未设围挡": "open", "进场施工": "open"}
    tip = next(b.tooltip for b in timeline.bars() if b.label == "招标文件编制")
    assert tip.splitlines()[-1].startswith("未完成，已超期 ")
    # a click on the late milestone's bar selects it: 完成节点… acts on it, its row is highlighted
    assert panel.selected() is None and not panel.done_button.isEnabled()
    target = next(b for b in timeline.bars() if b.label == "招标文件编制")
    s._mouse(timeline, target.rect.center().toPoint())
    s.settle()
    assert panel.selected().name == "招标文件编制" and timeline.selected_id == panel.selected().id
    assert panel.done_button.isEnabled()
    s.shot("timeline")
    s.shot("timeline-widget", timeline)
    # back to the list: the milestones' table again
    s._mouse(bar, bar.tabRect(0).center())
    s.settle()
    assert tabs.currentWidget() is panel.view
    assert panel.view.selectionModel().selectedRows()[0].data() == "招标文件编制"  # the same one selected
