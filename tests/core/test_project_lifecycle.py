"""Key livelihood works, §2 (issue 16): the lifecycle through the façade on both databases: stage transitions,
milestones with their summoned departments, their escalation (the same sweep, forecast and queues as tickets'),
progress, the 施工 log and inspections whose findings are fixed as milestones. Refused calls change nothing."""
from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from PIL import Image
from sqlalchemy import text

from desk.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from helpers import snapshot

LIFECYCLE = ["initiated", "tendering", "construction", "acceptance", "operation"]


def _photo(tmp_path, name="现场.jpg") -> str:
    buf = io.BytesIO()
    Image.new("RGB", (320, 240), (40, 120, 200)).save(buf, "JPEG")
    path = tmp_path / name
    path.write_bytes(buf.getvalue())
    return str(path)


def _listed(world, name="幸福里老旧供水管网改造", year=2026) -> str:
    """A project of ``year`` on that year's approved list (stage listed)."""
    clerk = world.clerk
    number = clerk.create_project(name=name, origin="department_plan", year=year).number
    lst = clerk.draft_annual_list(year, [p.number for p in clerk.list_projects(year=year) if p.stage != "candidate"]
                                  + [number])
    world.supervisor.approve_annual_list(year, lst.version)
    return number


def _events(desk, number: str) -> list[str]:
    with desk.engine.connect() as conn:
        return [r[0] for r in conn.execute(text("SELECT kind FROM event WHERE subject = :s ORDER BY seq"),
                                           {"s": f"project:{number}"})]


def _refused(desk, call, error, *words):
    before = snapshot(desk)
    with pytest.raises(error) as info:
        call()
    for w in words:
        assert w in info.value.message, info.value.message
    assert snapshot(desk) == before
    return info.value


# -- 1. stage transitions ---------------------------------------------------------------------------------------------
def test_every_allowed_and_forbidden_stage_transition(world):
    desk, sup = world.desk, world.supervisor
    candidate = world.clerk.create_project(name="光明街井盖加固", origin="resident_idea").number
    number = _listed(world)
    assert world.clerk.project(number).stage == "listed"
    # A candidate is not on an approved list: it is never initiated, whatever it asks for.
    for to in LIFECYCLE:
        _refused(desk, lambda: sup.advance_project(candidate, to=to), ConflictError)
    stages = ["listed"] + LIFECYCLE
    for i, here in enumerate(stages):
        assert sup.project_lifecycle(number).stage == here
        # every other stage (skipping ahead, going back, staying, candidate, cancelled) is refused, unchanged
        for to in ["candidate", "cancelled"] + stages:
            if i + 1 < len(stages) and to == stages[i + 1]:
                continue
            _refused(desk, lambda: sup.advance_project(number, to=to), ConflictError, number)
        _refused(desk, lambda: sup.advance_project(number, to="finished"), ValidationError)
        # a clerk and a responder may not move it on
        for who in (world.clerk, world.responder("住建委")):
            if i + 1 < len(stages):
                _refused(desk, lambda: who.advance_project(number, to=stages[i + 1]), PermissionDenied)
        if i + 1 < len(stages):
            info = sup.advance_project(number, to=stages[i + 1], note="批复已下达")
            assert info.stage == stages[i + 1] and info.next_stage == (stages[i + 2] if i + 2 < len(stages) else None)
    assert _events(desk, number).count("project_stage") == 1 + len(LIFECYCLE)  # (listed by the list's approval)
    history = [h for h in world.clerk.project(number).history if h.kind == "project_stage"]
    assert [h.changes["stage"] for h in history[1:]] == [[a, b] for a, b in zip(stages, stages[1:])]
    assert history[-1].note == "批复已下达"
    assert desk.verify_audit().ok


def test_a_project_taken_off_the_approved_list_is_not_initiated(world):
    number = _listed(world)
    other = world.clerk.create_project(name="路灯改造", origin="department_plan").number
    lst = world.clerk.draft_annual_list(2026, [other])
    world.supervisor.approve_annual_list(2026, lst.version)  # number goes back to candidate
    _refused(world.desk, lambda: world.supervisor.advance_project(number, to="initiated"), ConflictError, "储备")


# -- 2. milestones ------------------------------------------------------------------------------------------------------
def test_a_stage_is_left_only_when_its_milestones_are_done(world, tmp_path):
    desk, sup, clerk = world.desk, world.supervisor, world.clerk
    number = _listed(world)
    # no milestone on a candidate (not on the approved list)
    candidate = clerk.create_project(name="光明街井盖加固", origin="resident_idea").number
    _refused(desk, lambda: clerk.add_milestone(candidate, name="可研批复", lead="住建委", within="5wd"), ConflictError,
             "储备")
    sup.advance_project(number, to="initiated")
    m = clerk.add_milestone(number, name="可研批复", lead="住建委", assist=["水务所"], due_on=date(2026, 12, 4))
    later = clerk.add_milestone(number, name="招标公告", lead="住建委", stage="tendering", within="10wd")
    assert m.stage == "initiated" and m.lead_department == "住建委" and m.assist_departments == ("水务所",)
    assert [s.department for s in m.summons] == ["住建委", "水务所"] and m.level == 0 and not m.done
    cal = desk.calendar()
    assert m.due == cal.periods_on(date(2026, 12, 4))[-1][1]  # the end of that working day
    assert m.summons[0].acknowledge_due == cal.due(world.clock.now(), "1wd")
    # the stage is held, the refusal names the milestone
    _refused(desk, lambda: sup.advance_project(number, to="tendering"), ConflictError, "可研批复")
    assert sup.project_lifecycle(number).blocking == (m.id,)
    # bad input, refused unchanged
    _refused(desk, lambda: clerk.add_milestone(number, name="x", lead="无此部门", within="1wd"), ValidationError)
    _refused(desk, lambda: clerk.add_milestone(number, name="x", lead="住建委", due_on=date(2026, 11, 28)),
             ValidationError, "不是工作日")  # a Saturday
    _refused(desk, lambda: clerk.add_milestone(number, name="x", lead="住建委", due_on=date(2026, 11, 20)),
             ValidationError, "已经过去")
    _refused(desk, lambda: clerk.add_milestone(number, name="x", lead="住建委"), ValidationError)
    _refused(desk, lambda: clerk.add_milestone(number, name="x", lead="住建委", assist=["住建委"], within="1wd"),
             ValidationError)
    _refused(desk, lambda: clerk.add_milestone(number, name="", lead="住建委", within="1wd"), ValidationError)
    # 报到: only a summoned department, once
    zj, sw, cg = world.responder("住建委"), world.responder("水务所"), world.responder("城管执法队")
    _refused(desk, lambda: cg.acknowledge_milestone(m.id), PermissionDenied, "本部门")
    _refused(desk, lambda: clerk.acknowledge_milestone(m.id), PermissionDenied)
    world.clock.advance(hours=1)
    m = zj.acknowledge_milestone(m.id)
    assert m.summons[0].acknowledged_at == world.clock.now() and m.summons[1].acknowledged_at is None
    _refused(desk, lambda: zj.acknowledge_milestone(m.id), ConflictError)
    assert [x.id for x in zj.my_milestones()] == [m.id, later.id] and sw.my_milestones()[0].id == m.id
    assert cg.my_milestones() == []
    # done: not by an assisting department, not a later stage's milestone, not without a note
    _refused(desk, lambda: sw.complete_milestone(m.id, note="完成"), PermissionDenied, "主办")
    _refused(desk, lambda: zj.complete_milestone(later.id, note="完成"), ConflictError, "招标")
    _refused(desk, lambda: zj.complete_milestone(m.id, note=""), ValidationError)
    _refused(desk, lambda: zj.complete_milestone(m.id, note="x", photos=[str(tmp_path / "无.jpg")]), ValidationError)
    m = zj.complete_milestone(m.id, note="可研报告已批复", photos=[_photo(tmp_path, "批复.jpg")])
    assert m.done and m.done_by == "住建委联络员" and m.done_note == "可研报告已批复"
    assert [f.file_name for f in m.files] == ["批复.jpg"] and m.files[0].kind == "after" and m.files[0].thumbnail
    assert clerk.project_file(m.files[0].id).data[:2] == b"\xff\xd8"
    _refused(desk, lambda: zj.complete_milestone(m.id, note="again"), ConflictError)
    info = sup.advance_project(number, to="tendering")
    assert info.stage == "tendering" and info.blocking == (later.id,)
    _refused(desk, lambda: clerk.add_milestone(number, name="补", lead="住建委", stage="initiated", within="1wd"),
             ConflictError)  # a stage already left
    kinds = _events(desk, number)
    assert kinds.count("milestone_add") == 2 and "milestone_acknowledge" in kinds and "milestone_done" in kinds
    assert "project_file" in kinds and desk.verify_audit().ok
    with pytest.raises(NotFound):
        clerk.project_file(999999)


# -- 3. escalation: the same ladder, sweep, forecast and queues ---------------------------------------------------------
def _late_milestone(world):
    number = _listed(world)
    world.supervisor.advance_project(number, to="initiated")
    m = world.clerk.add_milestone(number, name="施工图审查", lead="住建委", assist=["水务所"], within="2wd")
    return number, m


def _milestone_escalations(desk) -> list[tuple]:
    with desk.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(
            "SELECT milestone_id, summons_id, step, level, closed_at IS NULL FROM escalation "
            "WHERE milestone_id IS NOT NULL ORDER BY step, summons_id, level"))]


def test_late_milestones_climb_the_ladder_in_the_sweep_and_the_forecast(world):
    desk, sup = world.desk, world.supervisor
    number, m = _late_milestone(world)
    ticket = world.new_ticket()  # a ticket's escalations are swept beside them, unchanged
    world.clerk.whistle(ticket.number, lead="城管执法队")
    cal = desk.calendar()
    ack_due, due = m.summons[0].acknowledge_due, m.due
    offsets = {1: "0h", 2: "1wd", 3: "5wd"}  # the office's default ladder

    def reached(at, acked=()):
        """(step, department, level) of every threshold crossed by ``at`` (by hand, from the dues)."""
        steps = [("acknowledge", d, ack_due) for d in ("住建委", "水务所") if d not in acked] + \
            [("milestone", "住建委", due)]
        return {(s, d, lv) for s, d, start in steps for lv, off in offsets.items() if cal.due(start, off) <= at}

    # the forecast foretells each level of each step, and writes nothing
    moments = sorted({cal.due(start, off) for start in (ack_due, due) for off in offsets.values()})
    assert len(moments) >= 5
    for at in moments:
        before = snapshot(desk)
        forecast = desk.sweep(at=at + timedelta(seconds=1), dry_run=True)
        assert snapshot(desk) == before
        ours = [e for e in forecast.escalations if e.is_milestone]
        assert {(e.step, e.department, e.level) for e in ours} == reached(at + timedelta(seconds=1))
        assert all(e.ticket_number == number and e.id == 0 for e in ours)
    forecast = desk.sweep(at=moments[-1] + timedelta(seconds=1), dry_run=True)
    assert len([e for e in forecast.escalations if e.is_milestone]) == 9
    assert any(not e.is_milestone for e in forecast.escalations)  # the ticket's, in the same forecast
    # 住建委 reports in on time: only 水务所's 报到 and the milestone's own due escalate
    world.responder("住建委").acknowledge_milestone(m.id)
    seen = set()
    for at in moments:
        world.clock.set(at + timedelta(minutes=1))
        swept = {(e.step, e.department, e.level) for e in desk.sweep().escalations if e.is_milestone}
        assert swept == reached(world.clock.now(), acked=("住建委",)) - seen
        seen |= swept
        assert desk.sweep().escalations == ()  # idempotent
        assert sup.project_lifecycle(number).milestones[0].level == max(lv for *_, lv in seen)
    rows = _milestone_escalations(desk)
    assert len(rows) == 6 and all(r[4] for r in rows)
    # the same queues and counts as tickets'
    counts = sup.escalation_counts()
    for level in (1, 2, 3):
        queue = sup.escalations(level)
        ours = [e for e in queue if e.is_milestone]
        assert len(ours) == 2 and all(e.ticket_title == f"幸福里老旧供水管网改造：施工图审查" for e in ours)
        assert counts[level] == len(queue)
    # a supervisor works them: 催办, 延期 (the ladder starts again), 确认通报; 改派 is a ticket's
    urge = next(e for e in sup.escalations(1) if e.is_milestone and e.step == "milestone")
    _refused(desk, lambda: sup.handle_escalation(urge.id, action="reassign", note="x", department="水务所"),
             ValidationError)
    _refused(desk, lambda: world.clerk.handle_escalation(urge.id, action="urge", note="x"), PermissionDenied)
    done = sup.handle_escalation(urge.id, action="urge", note="请抓紧")
    assert done.handling == "urge" and done.is_milestone
    notice = next(e for e in sup.escalations(3) if e.is_milestone and e.step == "acknowledge")
    _refused(desk, lambda: sup.handle_escalation(notice.id, action="extend", new_due=world.clock.now()),
             ValidationError)
    new_due = world.clock.now() + timedelta(days=3)
    sup.handle_escalation(notice.id, action="extend", new_due=new_due, note="部门调整")
    assert [r for r in _milestone_escalations(desk) if r[2] == "acknowledge" and r[4]] == []  # closed
    assert sup.project_lifecycle(number).milestones[0].summons[1].acknowledge_due == new_due
    confirm = next(e for e in sup.escalations(3) if e.is_milestone)
    assert sup.handle_escalation(confirm.id, action="confirm", note="已通报").handling == "confirm"
    # done: every open escalation of it closes, its clock stops
    world.responder("住建委").complete_milestone(m.id, note="审查通过")
    assert not any(r[4] for r in _milestone_escalations(desk))
    assert sup.project_lifecycle(number).milestones[0].level == 0
    assert desk.sweep(at=new_due + timedelta(days=30), dry_run=True).escalations == () or all(
        not e.is_milestone for e in desk.sweep(at=new_due + timedelta(days=30), dry_run=True).escalations)
    kinds = _events(desk, number)
    assert kinds.count("escalate") == 6 and kinds.count("handle_escalation") == 3
    assert desk.verify_audit().ok


# -- 4. progress and the log; 6. inspections ----------------------------------------------------------------------------
def test_progress_log_and_inspections(world, tmp_path):
    desk, sup, clerk = world.desk, world.supervisor, world.clerk
    number = _listed(world)
    _refused(desk, lambda: clerk.record_progress(number, percent=10), ConflictError)  # before 立项
    sup.advance_project(number, to="initiated")
    sup.advance_project(number, to="tendering")
    sup.advance_project(number, to="construction")
    today = world.clock.now().date()
    info = clerk.record_progress(number, percent=35, note="管道开挖", photos=[_photo(tmp_path, "形象进度.jpg")])
    assert info.percent == 35 and info.entries[0].kind == "progress" and info.entries[0].files[0].kind == "other"
    info = clerk.record_construction_log(number, note="今日完成 3 号楼立管更换", on=today - timedelta(days=1))
    assert info.entries[1].kind == "log" and info.entries[1].on == today - timedelta(days=1)
    for bad in (101, -1):
        _refused(desk, lambda: clerk.record_progress(number, percent=bad), ValidationError)
    _refused(desk, lambda: clerk.record_progress(number, percent=40, on=today + timedelta(days=1)), ValidationError)
    _refused(desk, lambda: clerk.record_construction_log(number, note=""), ValidationError)
    _refused(desk, lambda: world.responder().record_progress(number, percent=40), PermissionDenied)
    # an inspection by the 监理 with two findings: each a fix milestone with its deadline, summoned, escalating
    info = clerk.record_inspection(number, inspector_kind="supervisor_firm", inspector="监理公司 李工",
                                   note="周检", photos=[_photo(tmp_path, "隐患.jpg")], findings=[
                                       {"name": "沟槽未设围挡", "lead": "住建委", "within": "2wd"},
                                       {"name": "夜间施工扰民", "lead": "城管执法队", "due_on": date(2026, 11, 27)}])
    insp = next(e for e in info.entries if e.kind == "inspection")
    assert insp.inspector == "监理公司 李工" and len(insp.findings) == 2 and insp.files[0].kind == "before"
    fixes = [m for m in info.milestones if m.kind == "fix"]
    assert [m.name for m in fixes] == ["沟槽未设围挡", "夜间施工扰民"] and all(m.stage == "construction" for m in fixes)
    assert {m.entry_id for m in fixes} == {insp.id}
    for bad in ({"name": "x", "lead": "住建委"}, {"name": "x", "lead": "住建委", "within": "2wd", "who": 1},
                {"name": "x", "lead": "无此部门", "within": "2wd"}):
        _refused(desk, lambda: clerk.record_inspection(number, inspector_kind="staff", inspector="张伟",
                                                       findings=[bad]), ValidationError)
    _refused(desk, lambda: clerk.record_inspection(number, inspector_kind="neighbour", inspector="x", note="x"),
             ValidationError)
    # a 市民观察员's inspection without findings
    clerk.record_inspection(number, inspector_kind="citizen_observer", inspector="居民观察员 王阿姨", note="现场整洁")
    # an unfixed finding escalates like any milestone and holds the stage
    first = fixes[0]
    world.clock.set(first.due + timedelta(minutes=1))
    swept = [e for e in desk.sweep().escalations if e.is_milestone and e.step == "milestone"]
    assert {e.ticket_title for e in swept} == {"幸福里老旧供水管网改造：沟槽未设围挡"}
    _refused(desk, lambda: sup.advance_project(number, to="acceptance"), ConflictError, "沟槽未设围挡", "夜间施工扰民")
    kinds = _events(desk, number)
    assert kinds.count("project_inspection") == 2 and "project_progress" in kinds and "project_log" in kinds
    assert desk.verify_audit().ok


def test_the_export_holds_each_milestone(world):
    from desk.projects.export import export_projects

    number, m = _late_milestone(world)
    world.clock.set(m.due + timedelta(minutes=1))
    world.desk.sweep()
    row = next(r for r in export_projects(world.desk) if r["number"] == number)
    (ms,) = row["milestones"]
    # its own due reached 催办; the assisting 水务所's 报到, a working day late by then, 督办
    assert ms["name"] == "施工图审查" and ms["level"] == 2 and ms["done_at"] is None and ms["lead"] == "住建委"
    assert ms["planned_due"] == m.due.astimezone(world.desk.office_tz()).isoformat()
    assert row["percent_complete"] == 0
