"""Key livelihood works, §1 (issue 16): from problems to candidates, their priority, and the yearly list; both
databases, through the façade."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from desk.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from desk.projects.priority import DEFAULT_WEIGHTS
from helpers import snapshot

PIPES = dict(title="幸福里3号楼自来水发黄", description="水管老化，自来水发黄有锈味。", category="供排水", address="幸福路 3 号",
             community="幸福社区")


def _raw_priority(desk, number: str, weights: dict[str, float]) -> tuple[bool, float]:
    """The score recomputed by hand from the raw rows (the formula of desk/projects/priority.py's doc)."""
    with desk.engine.connect() as conn:
        pid, safety, people, cost = conn.execute(text(
            "SELECT id, safety_bottom_line, people_affected, estimated_cost_fen FROM project WHERE number = :n"),
            {"n": number}).one()
        tickets = conn.execute(text("SELECT t.urgency, t.phone_digits FROM project_ticket pt JOIN ticket t "
                                    "ON t.id = pt.ticket_id WHERE pt.project_id = :p"), {"p": pid}).all()
        # the residents: of the source tickets and of the repeat complaints merged into them
        members = conn.execute(text("SELECT t.phone_digits FROM ticket t WHERE t.id IN (SELECT ticket_id FROM "
                                    "project_ticket WHERE project_id = :p) OR t.parent_id IN (SELECT ticket_id FROM "
                                    "project_ticket WHERE project_id = :p)"), {"p": pid}).all()
        votes = [r[0] for r in conn.execute(text("SELECT choice FROM project_vote WHERE project_id = :p"), {"p": pid})]
    level = {"routine": 1, "urgent": 2, "emergency": 3}
    phones = {p for (p,) in members if p}
    value = {
        "tickets": len(tickets),
        "residents": len(phones) + sum(1 for (p,) in members if not p),
        "urgency": sum(level[u] for u, _ in tickets) / len(tickets) if tickets else 0,
        "people": people / 100,
        "cost": -(cost / 100 / 1000) / max(people, 1) if cost else 0,
        "votes": votes.count("for") - votes.count("against"),
    }
    return bool(safety), sum(value[k] * weights[k] for k in value)


def _events(desk, subject: str) -> list[str]:
    with desk.engine.connect() as conn:
        return [r[0] for r in conn.execute(text("SELECT kind FROM event WHERE subject = :s ORDER BY seq"),
                                           {"s": subject})]


def _snap(desk):
    out = snapshot(desk)
    assert "project" in out and "annual_list_item" in out  # (helpers.TABLES holds the projects' tables)
    return out


def test_from_tickets_to_an_approved_list(world):
    clerk, sup = world.clerk, world.supervisor
    pipes = [world.new_ticket(**PIPES, reporter_phone=phone, urgency=u).number
             for phone, u in (("13900000001", "routine"), ("13900000002", "urgent"), ("139 0000 0001", "emergency"))]
    lights = world.new_ticket(title="路灯不亮", reporter_phone="").number
    p = clerk.create_project(name="幸福里老旧供水管网改造", description="更换 3 栋楼的供水立管。", tickets=pipes,
                             community="幸福社区", category="供排水", people_affected=450,
                             estimated_cost_fen=120_000_000)
    assert p.number == "XM2026-0001" and p.stage == "candidate" and p.year == 2026 and p.version == 1
    assert p.tickets == tuple(sorted(pipes)) and p.residents == 2  # two phones (one written with spaces)
    assert [h.kind for h in p.history] == ["project_create"]
    # By hand (a resident's idea), a safety bottom line: ranks above every no, whatever the score.
    idea = clerk.create_project(name="光明街井盖加固", origin="resident_idea", safety_bottom_line=True,
                                community="光明社区", people_affected=50)
    assert idea.number == "XM2026-0002" and idea.tickets == () and idea.residents == 0
    p = clerk.add_project_tickets(p.number, [lights])
    assert p.residents == 3 and p.version == 2
    p = clerk.record_project_vote(p.number, meeting="幸福社区居民议事会", held_on=date(2026, 11, 20),
                                  votes=[("1号楼代表", "for"), ("2号楼代表", "for"), ("3号楼代表", "against"),
                                         ("物业代表", "abstain")])
    assert [v.choice for v in p.votes] == ["for", "for", "against", "abstain"] and p.version == 3
    # The score, explained, equals the one computed by hand from the rows.
    pr = clerk.project_priority(p.number)
    assert {t.key for t in pr.terms} == set(DEFAULT_WEIGHTS)
    for t in pr.terms:
        assert t.weight == DEFAULT_WEIGHTS[t.key] and t.points == pytest.approx(t.value * t.weight, abs=1e-3)
    assert (pr.safety_bottom_line, pr.score) == (False, pytest.approx(_raw_priority(world.desk, p.number,
                                                                                     DEFAULT_WEIGHTS)[1], abs=1e-3))
    assert next(t for t in pr.terms if t.key == "votes").value == 1
    # The weights are a setting: the score follows them.
    world.admin.set_setting("project_weights", "tickets:0,residents:0,urgency:0,people:0,cost:0,votes:10")
    assert clerk.project_priority(p.number).score == pytest.approx(10)
    weights = dict.fromkeys(DEFAULT_WEIGHTS, 0.0) | {"votes": 10.0}
    assert clerk.project_priority(p.number).score == pytest.approx(_raw_priority(world.desk, p.number, weights)[1])
    world.admin.set_setting("project_weights", "tickets:1,residents:2,urgency:3,people:1,cost:1,votes:2")
    rows = clerk.list_projects(year=2026)
    assert [r.number for r in rows] == [idea.number, p.number]  # the safety bottom line first
    assert rows[1].ticket_count == 4 and rows[1].residents == 3
    assert clerk.project(p.number).priority == clerk.project_priority(p.number)
    # The yearly list: a draft, approved by a supervisor; a revised version supersedes it and keeps its history.
    v1 = clerk.draft_annual_list(2026, [p.number])
    assert (v1.version, v1.state, [i.number for i in v1.items]) == (1, "draft", [p.number])
    with pytest.raises(PermissionDenied):
        clerk.approve_annual_list(2026, 1)
    v1 = sup.approve_annual_list(2026, 1)
    assert v1.state == "approved" and clerk.project(p.number).stage == "listed"
    v2 = clerk.draft_annual_list(2026, [idea.number, p.number], note="增补井盖加固")
    assert clerk.annual_list(2026).version == 1  # the approved version until the new one is approved
    v2 = sup.approve_annual_list(2026, v2.version)
    assert [i.number for i in v2.items] == [idea.number, p.number] and [i.position for i in v2.items] == [1, 2]
    assert [(h.version, h.state, h.count) for h in v2.history] == [(1, "superseded", 1), (2, "approved", 2)]
    assert v2.history[0].approved_by == "王强" and v2.history[0].superseded_at is not None
    assert [i.number for i in clerk.annual_list(2026, 1).items] == [p.number]  # the old version is kept
    assert {r.stage for r in clerk.list_projects(stage="listed")} == {"listed"}
    assert len(clerk.list_projects(stage="listed")) == 2
    # v3 drops the idea: it goes back to the reserve when v3 is approved.
    sup.approve_annual_list(2026, clerk.draft_annual_list(2026, [p.number]).version)
    assert clerk.project(idea.number).stage == "candidate" and clerk.project(p.number).stage == "listed"
    assert _events(world.desk, f"project:{idea.number}") == ["project_create", "project_stage", "project_stage"]
    assert _events(world.desk, f"project:{p.number}") == ["project_create", "project_tickets", "project_vote",
                                                          "project_stage"]
    assert _events(world.desk, "annual_list:2026") == ["annual_list_draft", "annual_list_approve"] * 3
    assert world.admin.verify_audit().ok
    # Unlinking leaves the tickets alone.
    p = clerk.remove_project_tickets(p.number, [lights])
    assert lights not in p.tickets and clerk.ticket(lights).state == "new"


def test_refusals_leave_nothing_behind(world):
    clerk, sup = world.clerk, world.supervisor
    t = world.new_ticket(**PIPES).number
    p = clerk.create_project(name="供水管网改造", tickets=[t])
    other = clerk.create_project(name="2027 年项目", origin="department_plan", year=2027)
    lst = clerk.draft_annual_list(2026, [p.number])
    sup.approve_annual_list(2026, lst.version)
    clerk.draft_annual_list(2026, [p.number])  # v2, a draft
    sup.approve_annual_list(2026, 2)  # v1 superseded
    bad = [
        (ValidationError, "name", lambda: clerk.create_project(name="  ", tickets=[t])),
        (NotFound, None, lambda: clerk.create_project(name="x", tickets=[t, "GD2026-999999"])),
        (ValidationError, "tickets", lambda: clerk.create_project(name="x", origin="tickets")),
        (ValidationError, "estimated_cost_fen", lambda: clerk.create_project(name="x", tickets=[t],
                                                                             estimated_cost_fen=-1)),
        (ValidationError, "estimated_cost_fen", lambda: clerk.create_project(name="x", tickets=[t],
                                                                             estimated_cost_fen=1.5)),
        (ValidationError, "people_affected", lambda: clerk.create_project(name="x", tickets=[t], people_affected=-3)),
        (ValidationError, "year", lambda: clerk.create_project(name="x", tickets=[t], year=1999)),
        (ValidationError, "origin", lambda: clerk.create_project(name="x", origin="magic")),
        (ValidationError, "community", lambda: clerk.create_project(name="x", tickets=[t], community="无此社区")),
        (ValidationError, "tickets", lambda: clerk.add_project_tickets(p.number, [t])),
        (ValidationError, "tickets", lambda: clerk.remove_project_tickets(p.number, [t])),  # the last one
        (NotFound, None, lambda: clerk.add_project_tickets("XM2026-9999", [t])),
        (ValidationError, "name", lambda: clerk.update_project(p.number, expected_version=p.version, name="")),
        (ConflictError, None, lambda: clerk.update_project(p.number, expected_version=stale, name="新名称")),
        (ValidationError, "stage", lambda: clerk.update_project(p.number, expected_version=p.version,
                                                                 stage="construction")),
        (ValidationError, "held_on", lambda: clerk.record_project_vote(p.number, meeting="会", held_on=date(2027, 1, 1),
                                                                        votes=[("甲", "for")])),
        (ValidationError, "votes", lambda: clerk.record_project_vote(p.number, meeting="会", held_on=date(2026, 11, 1),
                                                                      votes=[("甲", "for"), ("甲", "against")])),
        (ValidationError, "votes", lambda: clerk.record_project_vote(p.number, meeting="会", held_on=date(2026, 11, 1),
                                                                      votes=[("甲", "maybe")])),
        (ValidationError, "numbers", lambda: clerk.draft_annual_list(2026, [p.number, p.number])),
        (ValidationError, "numbers", lambda: clerk.draft_annual_list(2026, [other.number])),  # a 2027 project
        (ValidationError, "numbers", lambda: clerk.draft_annual_list(2026, [])),
        (ValidationError, "year", lambda: clerk.draft_annual_list(1990, [p.number])),
        (NotFound, None, lambda: clerk.draft_annual_list(2026, ["XM2026-9999"])),
        (ConflictError, None, lambda: sup.approve_annual_list(2026, 1)),  # superseded
        (ConflictError, None, lambda: sup.approve_annual_list(2026, 2)),  # already approved
        (NotFound, None, lambda: sup.approve_annual_list(2026, 9)),
        (NotFound, None, lambda: clerk.annual_list(2028)),
        (ValidationError, "project_weights", lambda: world.admin.set_setting("project_weights", "speed:1")),
        (PermissionDenied, None, lambda: world.responder().list_projects()),
        (PermissionDenied, None, lambda: world.responder().create_project(name="x", tickets=[t])),
    ]
    stale = clerk.project(p.number).version
    p = clerk.update_project(p.number, expected_version=stale, name="供水管网改造（一期）")  # now ``stale`` is stale
    before = _snap(world.desk)
    for i, (error, field, call) in enumerate(bad):
        with pytest.raises(error) as info:
            call()
        assert info.value.message, i
        if field is not None:
            assert info.value.field == field, (i, info.value.field, info.value.message)
        assert _snap(world.desk) == before, i


def test_a_stale_version_is_a_conflict_and_the_later_change_is_kept(world):
    t = world.new_ticket(**PIPES).number
    p = world.clerk.create_project(name="供水管网改造", tickets=[t])
    a, b = world.clerk, world.login("clerk2")
    seen_a, seen_b = a.project(p.number), b.project(p.number)
    done = a.update_project(p.number, expected_version=seen_a.version, estimated_cost_fen=3_000_000_000_000,
                            people_affected=1200, safety_bottom_line=True)
    assert done.version == seen_a.version + 1 and done.estimated_cost_fen == 3_000_000_000_000  # over 2**31 fen
    with pytest.raises(ConflictError):
        b.update_project(p.number, expected_version=seen_b.version, name="别的名称")
    now = b.project(p.number)
    assert now.name == "供水管网改造" and now.safety_bottom_line and now.updated_by == "张伟"
    assert now.history[-1].kind == "project_update" and now.history[-1].changes["people_affected"] == [0, 1200]
    moved = b.update_project(p.number, expected_version=now.version, community="和平里社区", description="一期")
    assert moved.version == now.version + 1 and moved.community == "和平里社区"  # one change, one version
    # Linking a ticket is a change of the project too: an editor holding the older version is refused.
    b.add_project_tickets(p.number, [world.new_ticket(**PIPES).number])
    with pytest.raises(ConflictError):
        a.update_project(p.number, expected_version=done.version, name="又一个名称")


def test_the_source_tickets_and_cancelling_a_candidate(world):
    clerk, sup = world.clerk, world.supervisor
    pipes = world.new_ticket(**PIPES, reporter_name="李大爷", reporter_phone="13900000009", urgency="urgent").number
    lights = world.new_ticket(title="路灯不亮", category="道路交通", community="光明社区").number
    p = clerk.create_project(name="幸福里供水管网改造", tickets=[lights, pipes])
    # The detail shows each source ticket's number, title, community, category, state and urgency, never the
    # resident's name or phone.
    assert [(s.number, s.title, s.community, s.category, s.state, s.urgency) for s in p.sources] == sorted(
        [(pipes, "幸福里3号楼自来水发黄", "幸福社区", "供排水", "new", "urgent"),
         (lights, "路灯不亮", "光明社区", "道路交通", "new", "routine")])
    assert p.tickets == tuple(s.number for s in p.sources)
    assert "李大爷" not in repr(p) and "13900000009" not in repr(p)
    # Cancelling: a reason is required; a listed project leaves the approved list first; a cancelled one stays on
    # record and refuses every change.
    listed = clerk.create_project(name="光明街井盖加固", origin="resident_idea")
    sup.approve_annual_list(2026, clerk.draft_annual_list(2026, [listed.number]).version)
    before = _snap(world.desk)
    for error, field, call in [
        (ValidationError, "reason", lambda: clerk.cancel_project(p.number, reason="  ")),
        (ConflictError, None, lambda: clerk.cancel_project(listed.number, reason="不做了")),
        (NotFound, None, lambda: clerk.cancel_project("XM2026-9999", reason="不做了")),
        (PermissionDenied, None, lambda: world.responder().cancel_project(p.number, reason="不做了")),
    ]:
        with pytest.raises(error) as info:
            call()
        assert info.value.message and (field is None or info.value.field == field)
        assert _snap(world.desk) == before
    done = clerk.cancel_project(p.number, reason="已纳入区级管网改造计划")
    assert done.stage == "cancelled" and done.version == p.version + 1
    assert (done.history[-1].kind, done.history[-1].note) == ("project_cancel", "已纳入区级管网改造计划")
    assert done.history[-1].changes["stage"] == ["candidate", "cancelled"]
    assert [r.number for r in clerk.list_projects(stage="cancelled")] == [p.number]
    before = _snap(world.desk)
    for call in (lambda: clerk.cancel_project(p.number, reason="再取消一次"),
                 lambda: clerk.update_project(p.number, expected_version=done.version, name="新名称"),
                 lambda: clerk.add_project_tickets(p.number, [world.new_ticket(**PIPES).number]),
                 lambda: clerk.draft_annual_list(2026, [p.number])):
        with pytest.raises(ConflictError):
            call()
    assert _snap(world.desk) != before  # (the ticket made for the third call)
    assert _events(world.desk, f"project:{p.number}") == ["project_create", "project_cancel"]
    assert world.admin.verify_audit().ok


def test_merged_repeats_count_as_residents_and_the_tickets_timeline_says_so(world):
    """A source ticket's merged repeat complaints are residents of the project too (each once), and linking or
    unlinking a ticket is a line on that ticket's own timeline."""
    clerk = world.clerk
    parent = world.new_ticket(**PIPES, reporter_phone="13900001111")
    same = world.new_ticket(**PIPES, reporter_phone="13900001111")  # the same resident again
    other = world.new_ticket(**PIPES, reporter_phone="13700002222")
    nophone = world.new_ticket(**PIPES, reporter_phone="")
    extra = world.new_ticket(title="幸福路路灯不亮", description="路灯坏了", category="市容环境", community="幸福社区")
    p = clerk.create_project(name="幸福里供水管网改造", tickets=[parent.number])
    assert p.residents == 1
    for child in (same, other, nophone):
        clerk.merge_repeat(child.number, parent.number)
    p = clerk.add_project_tickets(p.number, [other.number, extra.number])  # a child linked too: counted once
    assert p.residents == 4  # 13900001111, 13700002222, one without a phone, extra's reporter
    assert p.priority.terms[1].key == "residents" and p.priority.terms[1].value == 4
    assert _raw_priority(world.desk, p.number, DEFAULT_WEIGHTS) == (False, pytest.approx(p.priority.score))
    timeline = [(e.kind, e.note) for e in clerk.ticket(extra.number).events if e.kind.startswith("project")]
    assert timeline == [("project_link", f"列为项目 {p.number}“幸福里供水管网改造”的来源工单")]
    clerk.remove_project_tickets(p.number, [extra.number])
    kinds = [e.kind for e in clerk.ticket(extra.number).events]
    assert kinds[-2:] == ["project_link", "project_unlink"]
    assert [e.kind for e in clerk.ticket(parent.number).events].count("project_link") == 1
    assert world.desk.verify_audit().ok


def test_the_projects_export_lists_every_project_in_rank_order_without_personal_data(world, tmp_path, capsys):
    """whistle-desk export --what projects: one row per project, in the list's order, the figures the page shows,
    and no resident's name or phone."""
    import csv
    import json

    from desk.cli import main

    clerk = world.clerk
    pipes = world.new_ticket(**PIPES, reporter_name="钱女士", reporter_phone="13912345678")
    a = clerk.create_project(name="幸福里供水管网改造", tickets=[pipes.number], people_affected=800,
                             estimated_cost_fen=123_456_78)
    b = clerk.create_project(name="背街小巷路灯", origin="resident_idea", safety_bottom_line=True)
    clerk.draft_annual_list(a.year, [a.number])
    world.supervisor.approve_annual_list(a.year, 1)
    url = world.desk.engine.url.render_as_string(hide_password=False)
    assert main(["--db", url, "export", "--what", "projects", "--format", "jsonl"]) == 0
    out = capsys.readouterr().out
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["number"] for r in rows] == [b.number, a.number]  # the safety bottom line first
    first = rows[1]
    assert (first["name"], first["stage"], first["source_tickets"], first["residents"], first["people_affected"],
            first["estimated_cost_yuan"], first["on_approved_list"]) == \
        ("幸福里供水管网改造", "listed", 1, 1, 800, "123456.78", True)
    assert first["priority_score"] == round(clerk.project(a.number).priority.score, 2)
    assert rows[0]["on_approved_list"] is False and rows[0]["safety_bottom_line"] is True
    assert "13912345678" not in out and "钱女士" not in out and "5678" not in out
    path = tmp_path / "projects.csv"
    assert main(["--db", url, "export", "--what", "projects", "--format", "csv", "--out", str(path)]) == 0
    assert "已导出 2 个项目" in capsys.readouterr().out
    with open(path, encoding="utf-8") as f:
        assert [r["number"] for r in csv.DictReader(f)] == [b.number, a.number]
