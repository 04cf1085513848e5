"""项目库's filters (issue 16 §4) through the façade on both databases: by community and by late milestones (a
milestone or an inspection's fix not done whose planned due has passed), beside year and stage; an unknown
community is refused with a typed error and changes nothing; the late filter is one statement (an EXISTS), not a
read per project."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import event

from desk.errors import ValidationError
from helpers import snapshot


def _listed(world, names_and_communities, year=2026) -> list[str]:
    clerk = world.clerk
    numbers = [clerk.create_project(name=n, origin="department_plan", community=c, year=year).number
               for n, c in names_and_communities]
    lst = clerk.draft_annual_list(year, numbers)
    world.supervisor.approve_annual_list(year, lst.version)
    for n in numbers:
        world.supervisor.advance_project(n, to="initiated")
    return numbers


def _numbers(rows) -> set[str]:
    return {r.number for r in rows}


def test_community_and_late_milestone_filters(world):
    clerk = world.clerk
    a, b, c = _listed(world, [("幸福里供水管网改造", "幸福社区"), ("和平里停车治理", "和平里社区"),
                              ("光明路路灯更新", "幸福社区")])
    idea = clerk.create_project(name="口袋公园", origin="resident_idea", community="光明社区").number
    # a: one milestone due in 2 working days (late after), one far ahead; b: due far ahead; c: late but done
    clerk.add_milestone(a, name="施工图审查", lead="住建委", within="2wd")
    clerk.add_milestone(a, name="招标文件", lead="住建委", within="20wd")
    clerk.add_milestone(b, name="停车位划线方案", lead="交通支队", within="20wd")
    done = clerk.add_milestone(c, name="路灯选型", lead="城管执法队", within="1wd")
    clerk.complete_milestone(done.id, note="已选定")

    assert _numbers(clerk.list_projects(community="幸福社区")) == {a, c}
    assert _numbers(clerk.list_projects(community="光明社区")) == {idea}
    assert _numbers(clerk.list_projects(community="幸福社区", stage="candidate")) == set()
    assert _numbers(clerk.list_projects(late=True)) == set()  # nothing due yet
    world.clock.advance(timedelta(days=10))  # past 2 working days, before 20
    assert _numbers(clerk.list_projects(late=True)) == {a}
    assert _numbers(clerk.list_projects(late=True, community="和平里社区")) == set()
    assert _numbers(clerk.list_projects(late=True, year=2027)) == set()
    # an inspection's finding is a fix milestone: late too when not fixed by its deadline
    clerk.record_inspection(b, inspector_kind="staff", inspector="李工", note="巡查",
                            findings=[{"name": "围挡缺失", "lead": "交通支队", "within": "1wd"}])
    assert _numbers(clerk.list_projects(late=True)) == {a}
    world.clock.advance(timedelta(days=4))
    assert _numbers(clerk.list_projects(late=True)) == {a, b}
    # done: no longer late
    (first,) = [m for m in clerk.project_lifecycle(a).milestones if m.name == "施工图审查"]
    clerk.complete_milestone(first.id, note="已审查")
    assert _numbers(clerk.list_projects(late=True)) == {b}
    # the rows are those of the unfiltered list (same order, same fields)
    everything = clerk.list_projects()
    assert clerk.list_projects(community="幸福社区") == [r for r in everything if r.community == "幸福社区"]


def test_an_unknown_community_is_refused_and_changes_nothing(world):
    world.clerk.create_project(name="口袋公园", origin="resident_idea", community="光明社区")
    before = snapshot(world.desk)
    with pytest.raises(ValidationError) as info:
        world.clerk.list_projects(community="不存在社区")
    assert info.value.field == "community" and "不存在社区" in info.value.message
    assert snapshot(world.desk) == before
    assert len(world.clerk.list_projects(community="")) == 1  # empty: no filter


def test_the_late_filter_costs_the_same_statements_however_many_projects(world):
    clerk = world.clerk

    def statements(fn) -> int:
        seen = [0]

        def on_execute(*_args) -> None:
            seen[0] += 1

        event.listen(world.desk.engine, "before_cursor_execute", on_execute)
        try:
            fn()
        finally:
            event.remove(world.desk.engine, "before_cursor_execute", on_execute)
        return seen[0]

    numbers = _listed(world, [("项目一", "幸福社区")])
    clerk.add_milestone(numbers[0], name="节点", lead="住建委", within="1wd")
    world.clock.advance(timedelta(days=5))
    few = statements(lambda: clerk.list_projects(late=True, community="幸福社区"))
    more = _listed(world, [(f"项目{i}", "幸福社区") for i in range(2, 8)], year=2027)
    for n in more:
        clerk.add_milestone(n, name="节点", lead="住建委", within="1wd")
        clerk.add_milestone(n, name="节点二", lead="水务所", within="1wd")
    world.clock.advance(timedelta(days=5))
    assert len(clerk.list_projects(late=True, community="幸福社区")) == 7
    assert statements(lambda: clerk.list_projects(late=True, community="幸福社区")) == few


def test_a_lifecycle_costs_the_same_statements_however_many_milestones(world):
    """The detail's panel and its 时间轴 read project_lifecycle: a fixed number of statements (no read per
    milestone), whether a project has one milestone or twelve, done or not, with assisting departments."""
    clerk = world.clerk
    (number,) = _listed(world, [("幸福里供水管网改造", "幸福社区")])

    def statements() -> int:
        seen = [0]

        def on_execute(*_args) -> None:
            seen[0] += 1

        event.listen(world.desk.engine, "before_cursor_execute", on_execute)
        try:
            clerk.project_lifecycle(number)
        finally:
            event.remove(world.desk.engine, "before_cursor_execute", on_execute)
        return seen[0]

    first = clerk.add_milestone(number, name="节点 1", lead="住建委", assist=["水务所"], within="2wd")
    clerk.complete_milestone(first.id, note="已完成")  # (who completed it: one statement, when any is done)
    one = statements()
    for i in range(2, 13):
        clerk.add_milestone(number, name=f"节点 {i}", lead="住建委", assist=["水务所", "交通支队"], within=f"{i}wd")
    assert len(clerk.project_lifecycle(number).milestones) == 12
    assert statements() == one
