"""Who may do what (issue 16 §3), through the façade on both databases: the 项目负责人 (project manager) runs
projects and sees no ticket; the 市民观察员 (citizen observer) sees only the projects assigned to them, without
residents' personal data, and records inspections and comments on them, nothing else. Refused calls change
nothing. (Every row × role is also generated in test_permissions.py.)"""
from __future__ import annotations

import dataclasses
import json
from datetime import date

import pytest
from sqlalchemy import text

from conftest import PASSWORD
from desk.errors import NotFound, PermissionDenied, ValidationError
from desk.permissions import MATRIX
from helpers import snapshot

PHONE = "13812345678"  # the conftest residents' phone
RESIDENT = "王女士"


def _refused(desk, call, error=PermissionDenied, *words):
    before = snapshot(desk)
    with pytest.raises(error) as info:
        call()
    for w in words:
        assert w in info.value.message, info.value.message
    assert snapshot(desk) == before
    return info.value


def _initiated(world, name="幸福里老旧供水管网改造") -> str:
    """A project with a source ticket (a resident with a phone), on the approved list, initiated."""
    clerk = world.clerk
    t = world.new_ticket()
    number = clerk.create_project(name=name, tickets=[t.number], description=f"{RESIDENT}反映水质发黄").number
    lst = clerk.draft_annual_list(2026, [p.number for p in clerk.list_projects(year=2026)
                                         if p.stage not in ("candidate", "cancelled")] + [number])
    world.supervisor.approve_annual_list(2026, lst.version)
    world.supervisor.advance_project(number, to="initiated")
    return number


@pytest.fixture
def people(world):
    d = world.desk
    d.add_user("pm.li", PASSWORD, "project_manager", display_name="李项目")
    d.add_user("chen.guan", PASSWORD, "observer", display_name="陈观")
    d.add_user("lin.guan", PASSWORD, "observer", display_name="林观")
    return d.login("pm.li", PASSWORD), d.login("chen.guan", PASSWORD), d.login("lin.guan", PASSWORD)


# -- the project manager -------------------------------------------------------------------------------------------
def test_a_project_manager_runs_a_project(world, people):
    pm, _, _ = people
    number = _initiated(world)
    m = pm.add_milestone(number, name="施工图设计", lead="住建委", within="5wd")
    pm.record_progress(number, percent=20, note="开工准备")
    pm.record_construction_log(number, note="围挡搭设")
    pm.record_inspection(number, inspector_kind="staff", inspector="李项目",
                         findings=[{"name": "围挡缺失", "lead": "住建委", "within": "2wd"}])
    pm.complete_milestone(m.id, note="设计已批复")
    pm.set_project_money(number, budget_fen=12_000_000, contract_fen=10_000_000)
    pm.add_project_payment(number, amount_fen=1_000_000, paid_on=date(2026, 11, 20))
    pm.set_project_parties(number, builder="市政建设集团", builder_contact="刘工")
    pm.assign_observer(number, "chen.guan")
    assert [a.username for a in pm.project_observers(number).assigned] == ["chen.guan"]
    pm.comment_project(number, "请施工单位注意夜间噪音")
    info = pm.project(number)
    assert info.stage == "initiated" and pm.project_lifecycle(number).percent == 20
    kinds = {h.kind for h in info.history}
    assert {"project_observer", "project_comment"} <= kinds
    # a milestone of 立项 is still open (the fix): the stage holds, as for a supervisor
    open_fix = [x.id for x in pm.project_lifecycle(number).milestones if not x.done]
    assert open_fix
    for mid in open_fix:
        pm.complete_milestone(mid, note="已整改")
    assert pm.advance_project(number, to="tendering").stage == "tendering"
    assert pm.departments() and pm.list_projects(year=2026)


def test_a_project_manager_sees_no_ticket_and_administers_nothing(world, people):
    pm, _, _ = people
    number = _initiated(world)
    t = world.clerk.project(number).tickets[0]
    d = world.desk
    for call in (lambda: pm.ticket(t), lambda: pm.queues(), lambda: pm.list_queue("all"),
                 lambda: pm.create_ticket(title="x", description="y", category="市容环境", urgency="routine",
                                          address="a", community="幸福社区", source="patrol"),
                 lambda: pm.project_callbacks(number), lambda: pm.hotspot_tickets("幸福社区", "市容环境", None,
                                                                                   date(2026, 11, 1),
                                                                                   date(2026, 11, 30)),
                 lambda: pm.users(), lambda: pm.create_user("x.y", PASSWORD, "clerk"),
                 lambda: pm.approve_annual_list(2026, 1), lambda: pm.add_project_tickets(number, [t]),
                 lambda: pm.create_project(name="新项目", origin="department_plan"),
                 lambda: pm.attachments(t), lambda: pm.weekly_report(), lambda: pm.map_picture()):
        _refused(d, call, PermissionDenied, "项目负责人")


# -- the citizen observer ------------------------------------------------------------------------------------------
def test_an_observer_sees_only_assigned_projects_without_residents(world, people):
    pm, chen, lin = people
    mine, other = _initiated(world), _initiated(world, "光明街路灯更换")
    world.clerk.assign_observer(mine, "chen.guan")
    world.clerk.record_progress(mine, percent=35, note=f"{RESIDENT}家门前管线已换")
    world.clerk.record_inspection(mine, inspector_kind="staff", inspector="张伟", note=f"回访{RESIDENT} {PHONE}")
    assert [r.number for r in chen.my_projects()] == [mine]
    assert lin.my_projects() == []
    view = chen.observed_project(mine)
    assert view.number == mine and view.percent == 35 and view.stage == "initiated"
    # nothing of the residents anywhere in what the observer gets (nor the office's typed notes)
    dumped = json.dumps(dataclasses.asdict(view), default=str, ensure_ascii=False)
    for secret in (RESIDENT, PHONE, world.clerk.project(mine).tickets[0]):
        assert secret not in dumped
    assert not any(r.ticket_count or r.residents for r in chen.my_projects())
    # an unassigned project is not found (its existence is not told), and nothing changes
    d = world.desk
    for call in (lambda: chen.observed_project(other), lambda: chen.comment_project(other, "看看"),
                 lambda: chen.record_inspection(other, inspector_kind="citizen_observer", inspector="陈观",
                                                note="围挡完好"),
                 lambda: lin.observed_project(mine), lambda: chen.observed_project("XM2026-9999")):
        _refused(d, call, NotFound, "找不到项目")


def test_an_observer_records_inspections_and_comments_nothing_else(world, people):
    _, chen, _ = people
    number = _initiated(world)
    world.clerk.assign_observer(number, "chen.guan")
    lc = chen.record_inspection(number, inspector_kind="citizen_observer", inspector="冒名", note="围挡完好，路面已清扫")
    e = lc.entries[0]
    assert (e.kind, e.inspector_kind, e.inspector, e.created_by) == ("inspection", "citizen_observer", "陈观", "陈观")
    comments = chen.comment_project(number, "夜间施工噪音较大，请注意")
    assert [(c.author, c.text) for c in comments] == [("陈观", "夜间施工噪音较大，请注意")]
    view = chen.observed_project(number)
    assert [x.note for x in view.entries if x.kind == "inspection"] == ["围挡完好，路面已清扫"]
    assert [c.text for c in view.comments] == ["夜间施工噪音较大，请注意"]
    # the comment and the inspection are events in the project's history, seen by the office
    kinds = [h.kind for h in world.clerk.project(number).history]
    assert "project_comment" in kinds and "project_inspection" in kinds
    with world.desk.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM event WHERE subject = :s AND kind = 'project_comment'"),
                            {"s": f"project:{number}"}).scalar() == 1
    d = world.desk
    # another kind, findings (summoning departments is the office's), bad input: refused, nothing changes
    _refused(d, lambda: chen.record_inspection(number, inspector_kind="staff", inspector="陈观", note="x"),
             PermissionDenied, "市民观察员")
    _refused(d, lambda: chen.record_inspection(number, inspector_kind="citizen_observer", inspector="陈观",
                                               findings=[{"name": "围挡缺失", "lead": "住建委", "within": "2wd"}]),
             PermissionDenied, "市民观察员")
    _refused(d, lambda: chen.comment_project(number, "   "), ValidationError)
    _refused(d, lambda: chen.comment_project(number, "长" * 2001), ValidationError, "评论过长")
    # every other verb and query: PermissionDenied before anything is read
    for call in (lambda: chen.project(number), lambda: chen.list_projects(), lambda: chen.project_lifecycle(number),
                 lambda: chen.record_progress(number, percent=50), lambda: chen.advance_project(number, to="tendering"),
                 lambda: chen.project_record(number), lambda: chen.project_callbacks(number),
                 lambda: chen.assign_observer(number, "lin.guan"), lambda: chen.departments(),
                 lambda: chen.queues(), lambda: chen.ticket(world.clerk.project(number).tickets[0])):
        _refused(d, call, PermissionDenied, "市民观察员")
    allowed = {n for n, p in MATRIX.items() if "observer" in p.roles}
    assert allowed == {"verify_password", "change_password", "record_inspection", "comment_project", "my_projects",
                       "observed_project"}


def test_assigning_observers(world, people):
    pm, chen, _ = people
    number = _initiated(world)
    d = world.desk
    obs = world.clerk.assign_observer(number, "chen.guan")
    assert [a.display_name for a in obs.assigned] == ["陈观"]
    assert {a.username for a in obs.available} == {"chen.guan", "lin.guan"}
    _refused(d, lambda: pm.assign_observer(number, "chen.guan"), Exception, "已是")
    _refused(d, lambda: pm.assign_observer(number, "clerk"), ValidationError, "不是市民观察员")
    _refused(d, lambda: pm.assign_observer(number, "nobody"), ValidationError)
    _refused(d, lambda: pm.unassign_observer(number, "lin.guan"), NotFound)
    assert [r.number for r in chen.my_projects()] == [number]
    pm.unassign_observer(number, "chen.guan")
    assert chen.my_projects() == []
    _refused(d, lambda: chen.observed_project(number), NotFound)
    kinds = [h.kind for h in world.clerk.project(number).history]
    assert kinds.count("project_observer") == 1 and kinds.count("project_observer_remove") == 1


def test_the_admin_creates_and_changes_accounts_of_the_new_roles(world):
    admin = world.admin
    u = admin.create_user("zhou.guan", PASSWORD, "observer", display_name="周观", must_change_password=False)
    assert u.role == "observer"
    admin.change_user_role("zhou.guan", "project_manager")
    assert world.desk.login("zhou.guan", PASSWORD).role == "project_manager"
    _refused(world.desk, lambda: admin.create_user("x.y", PASSWORD, "inspector"), ValidationError, "project_manager")
