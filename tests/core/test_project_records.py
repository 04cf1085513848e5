"""Key livelihood works, §2 (issue 16): a project's records (money, parties, acceptance with its survey and the
residents' callbacks, 回头看, the contractors' 红黑榜); both databases, through the façade. The stages are moved on by the lifecycle's transitions
(desk/projects/lifecycle), which let a project into 运维 only after its acceptance passed."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import text

from desk.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from desk.projects.records.acceptance import DEFAULT_QUESTIONS, add_months
from desk.projects.records.board import DEFINITION
from helpers import snapshot

PIPES = dict(title="幸福里3号楼自来水发黄", description="水管老化，自来水发黄有锈味。", category="供排水", address="幸福路 3 号",
             community="幸福社区")
TODAY = date(2026, 11, 23)  # the fake clock's day (Shanghai)


def _listed(world, name: str = "幸福里供水管网改造", tickets: list[str] | None = None) -> str:
    """A project on the approved list of 2026."""
    clerk = world.clerk
    tickets = tickets if tickets is not None else [world.new_ticket(**PIPES).number]
    p = clerk.create_project(name=name, tickets=tickets)
    lst = clerk.draft_annual_list(2026, [r.number for r in clerk.list_projects(stage="listed")] + [p.number])
    world.supervisor.approve_annual_list(2026, lst.version)
    return p.number


def _at_stage(world, number: str, stage: str) -> None:
    """Through the lifecycle's own transitions (a supervisor's; no milestones planned, so each stage may be left)."""
    order = ["listed", "initiated", "tendering", "construction", "acceptance", "operation"]
    here = world.clerk.project(number).stage
    for to in order[order.index(here) + 1:order.index(stage) + 1]:
        world.supervisor.advance_project(number, to=to)


def _events(desk, subject: str) -> list[str]:
    with desk.engine.connect() as conn:
        return [r[0] for r in conn.execute(text("SELECT kind FROM event WHERE subject = :s ORDER BY seq"),
                                           {"s": subject})]


def _refused(world, cases) -> None:
    before = snapshot(world.desk)
    for i, (error, field, call) in enumerate(cases):
        with pytest.raises(error) as info:
            call()
        assert info.value.message, i
        if field is not None:
            assert getattr(info.value, "field", None) == field, (i, info.value.message)
        assert snapshot(world.desk) == before, (i, info.value.message)


def test_money_budget_contract_payments_and_design_changes(world):
    clerk, sup = world.clerk, world.supervisor
    n = _listed(world)
    r = clerk.project_record(n)
    assert (r.budget_fen, r.contract_fen, r.contract_total_fen, r.paid_fen, r.payments, r.changes) == (0, 0, 0, 0, (), ())
    version = clerk.project(n).version
    r = clerk.set_project_money(n, budget_fen=150_000_000, contract_fen=120_000_000, note="招标结果")
    assert (r.budget_fen, r.contract_fen, r.contract_total_fen) == (150_000_000, 120_000_000, 120_000_000)
    assert clerk.project(n).version == version + 1  # a change of the project: a new version
    r = clerk.add_project_payment(n, amount_fen=36_000_000, paid_on=date(2026, 11, 20), note="预付款 30%")
    r = clerk.add_project_payment(n, amount_fen=60_000_000, paid_on=TODAY)
    assert r.paid_fen == 96_000_000 and [p.amount_fen for p in r.payments] == [36_000_000, 60_000_000]
    assert r.payments[0].paid_on == date(2026, 11, 20) and r.payments[0].recorded_by == "张伟"
    # A design change counts only once a supervisor approved it.
    r = clerk.request_project_change(n, amount_fen=10_000_000, reason="增加 2 号楼立管")
    change = r.changes[0]
    assert (change.state, change.amount_fen, r.contract_total_fen) == ("pending", 10_000_000, 120_000_000)
    over = lambda: clerk.add_project_payment(n, amount_fen=30_000_000, paid_on=TODAY)  # noqa: E731 - 126 万 > 120 万
    _refused(world, [
        (ConflictError, None, over),
        (PermissionDenied, None, lambda: clerk.decide_project_change(change.id, approve=True)),
        (ValidationError, "note", lambda: sup.decide_project_change(change.id, approve=False)),  # a reason to reject
    ])
    r = sup.decide_project_change(change.id, approve=True, note="同意")
    assert (r.changes[0].state, r.changes[0].decided_by, r.approved_changes_fen, r.contract_total_fen) == \
        ("approved", "王强", 10_000_000, 130_000_000)
    r = over()
    assert r.paid_fen == 126_000_000
    # Up to the total exactly; one fen more is refused; so are a lower contract and a negative change below it.
    r = clerk.add_project_payment(n, amount_fen=4_000_000, paid_on=TODAY)
    assert r.paid_fen == r.contract_total_fen == 130_000_000
    cut = clerk.request_project_change(n, amount_fen=-5_000_000, reason="取消绿化恢复").changes[-1]
    _refused(world, [
        (ConflictError, None, lambda: clerk.add_project_payment(n, amount_fen=1, paid_on=TODAY)),
        (ConflictError, None, lambda: clerk.set_project_money(n, contract_fen=119_999_999)),
        (ConflictError, None, lambda: sup.decide_project_change(cut.id, approve=True)),
        (ConflictError, None, lambda: sup.decide_project_change(change.id, approve=True)),  # decided already
    ])
    r = sup.decide_project_change(cut.id, approve=False, note="绿化须恢复")
    assert r.changes[-1].state == "rejected" and r.contract_total_fen == 130_000_000
    # Every change is an event on the chain, about the project.
    kinds = _events(world.desk, f"project:{n}")
    assert kinds[kinds.index("project_money"):] == [
        "project_money", "project_payment", "project_payment", "project_change", "project_change_decide",
        "project_payment", "project_payment", "project_change", "project_change_decide"]
    assert [h.kind for h in clerk.project(n).history][-1] == "project_change_decide"
    assert world.admin.verify_audit().ok


def test_money_refusals_change_nothing(world):
    clerk, sup = world.clerk, world.supervisor
    candidate = clerk.create_project(name="光明街井盖加固", origin="resident_idea").number
    n = _listed(world)
    _refused(world, [
        (ConflictError, None, lambda: clerk.set_project_money(candidate, budget_fen=100)),  # not on a list
        (ConflictError, None, lambda: clerk.add_project_payment(n, amount_fen=100, paid_on=TODAY)),  # no contract
        (ValidationError, "budget_fen", lambda: clerk.set_project_money(n, budget_fen=1.5)),  # never a float
        (ValidationError, "budget_fen", lambda: clerk.set_project_money(n, budget_fen=-1)),
        (ValidationError, "contract_fen", lambda: clerk.set_project_money(n, contract_fen=10**15)),
        (ValidationError, "budget_fen", lambda: clerk.set_project_money(n)),  # nothing changes
        (NotFound, None, lambda: clerk.set_project_money("XM2026-9999", budget_fen=1)),
        (PermissionDenied, None, lambda: world.responder().set_project_money(n, budget_fen=100)),
        (PermissionDenied, None, lambda: world.responder().project_record(n)),
    ])
    clerk.set_project_money(n, contract_fen=1_000_000)
    _refused(world, [
        (ValidationError, "amount_fen", lambda: clerk.add_project_payment(n, amount_fen=0, paid_on=TODAY)),
        (ValidationError, "amount_fen", lambda: clerk.add_project_payment(n, amount_fen=-5, paid_on=TODAY)),
        (ValidationError, "amount_fen", lambda: clerk.add_project_payment(n, amount_fen=99.5, paid_on=TODAY)),
        (ValidationError, "paid_on", lambda: clerk.add_project_payment(n, amount_fen=100,
                                                                       paid_on=TODAY + timedelta(days=1))),
        (ValidationError, "paid_on", lambda: clerk.add_project_payment(n, amount_fen=100, paid_on="2026-11-20")),
        (ValidationError, "reason", lambda: clerk.request_project_change(n, amount_fen=100, reason=" ")),
        (NotFound, None, lambda: sup.decide_project_change(999_999, approve=True)),
    ])


def test_parties_are_firms_reused_across_projects(world):
    clerk = world.clerk
    a, b = _listed(world, "幸福里供水管网改造"), _listed(world, "光明街路灯改造")
    r = clerk.set_project_parties(a, builder="北京市政建设集团", builder_contact="刘工", builder_phone="010-6688 1234",
                                  supervisor="京诚监理", supervisor_contact="陈总监", supervisor_phone="13700001111")
    assert (r.builder.name, r.builder.contact, r.builder.phone) == ("北京市政建设集团", "刘工", "010-6688 1234")
    assert (r.supervisor.kind, r.supervisor.name, r.supervisor.contact) == ("supervisor", "京诚监理", "陈总监")
    r = clerk.set_project_parties(b, builder=" 北京市政建设集团 ", builder_contact="孙工")
    assert r.builder.contact == "孙工" and r.supervisor is None
    firms = {(c.kind, c.name): c.projects for c in clerk.contractors()}
    assert firms == {("builder", "北京市政建设集团"): 2, ("supervisor", "京诚监理"): 1}
    assert [c.name for c in clerk.contractors("supervisor")] == ["京诚监理"]
    _refused(world, [
        (ValidationError, "builder", lambda: clerk.set_project_parties(b, builder="", builder_contact="孙工")),
        (ValidationError, "builder_phone", lambda: clerk.set_project_parties(b, builder="甲公司",
                                                                             builder_phone="call me")),
        (ValidationError, "builder", lambda: clerk.set_project_parties(b, builder="北京市政建设集团",
                                                                       builder_contact="孙工")),  # no change
        (ValidationError, "kind", lambda: clerk.contractors("architect")),
    ])
    assert _events(world.desk, f"project:{a}")[-1] == "project_parties"


def _residents_world(world):
    """Source tickets: two residents with phones (one of them twice, once as a merged repeat), one without a phone,
    and a repeat merged into a source ticket (its own resident)."""
    clerk = world.clerk
    parent = world.new_ticket(**PIPES, reporter_name="李大爷", reporter_phone="13900001111")
    again = world.new_ticket(**PIPES, reporter_name="李大爷", reporter_phone="139 0000 1111")
    other = world.new_ticket(**PIPES, reporter_name="钱女士", reporter_phone="13700002222")
    child = world.new_ticket(**PIPES, reporter_name="赵先生", reporter_phone="13600003333")
    nophone = world.new_ticket(**PIPES, reporter_name="匿名", reporter_phone="")
    clerk.merge_repeat(child.number, parent.number)
    n = _listed(world, tickets=[parent.number, again.number, other.number, nophone.number])
    return n, {"13900001111": again.number, "13700002222": other.number, "13600003333": child.number,
               "none": nophone.number}


def test_acceptance_with_survey_result_callbacks_and_revisit_due(world):
    clerk = world.clerk
    n, latest = _residents_world(world)
    clerk.set_project_parties(n, builder="北京市政建设集团")
    _refused(world, [  # not in the acceptance stage yet
        (ConflictError, None, lambda: clerk.record_survey_response(n, respondent="1号楼住户",
                                                                   answers=["satisfied", "satisfied", "yes"])),
        (ConflictError, None, lambda: clerk.record_acceptance(n, passed=True)),
    ])
    _at_stage(world, n, "acceptance")
    r = clerk.set_survey_questions(n, [("您对工程质量是否满意？", "satisfaction"), ("水质是否已经变清？", "yes_no")])
    assert [(q.position, q.text, q.kind) for q in r.survey.questions] == [
        (1, "您对工程质量是否满意？", "satisfaction"), (2, "水质是否已经变清？", "yes_no")]
    _refused(world, [
        (ValidationError, "survey", lambda: clerk.record_acceptance(n, passed=True)),  # no response yet
        (ValidationError, "answers", lambda: clerk.record_survey_response(n, respondent="1号楼住户",
                                                                         answers=["satisfied"])),
        (ValidationError, "answers", lambda: clerk.record_survey_response(n, respondent="1号楼住户",
                                                                         answers=["yes", "yes"])),
        (ValidationError, "respondent", lambda: clerk.record_survey_response(n, respondent=" ",
                                                                            answers=["satisfied", "yes"])),
        (ValidationError, "questions", lambda: clerk.set_survey_questions(n, [("题目", "stars")])),
        (ValidationError, "questions", lambda: clerk.set_survey_questions(n, [])),
        (ValidationError, "reason", lambda: clerk.record_acceptance(n, passed=False)),  # failed: why?
        (ValidationError, "on", lambda: clerk.record_acceptance(n, passed=False, reason="x",
                                                                on=TODAY + timedelta(days=1))),
    ])
    for who, answers in (("1号楼住户", ["satisfied", "yes"]), ("2号楼住户", ["basically_satisfied", "yes"]),
                         ("3号楼住户", ["dissatisfied", "no"]), ("4号楼住户", ["satisfied", "yes"])):
        r = clerk.record_survey_response(n, respondent=who, answers=answers)
    q1, q2 = r.survey.questions
    assert q1.counts == {"satisfied": 2, "basically_satisfied": 1, "dissatisfied": 1}
    assert q2.counts == {"yes": 3, "no": 1} and r.survey.satisfaction == pytest.approx(0.75)
    assert [x.answers for x in r.survey.responses][2] == ("dissatisfied", "no")
    _refused(world, [(ConflictError, None, lambda: clerk.set_survey_questions(n, [("新题", "yes_no")]))])
    # A failed acceptance first (on record: a bad mark), then a passed one.
    r = clerk.record_acceptance(n, passed=False, reason="3号楼立管渗漏", on=date(2026, 11, 20))
    assert (r.acceptance, r.acceptance_reason, r.callbacks_total, r.revisits) == ("failed", "3号楼立管渗漏", 0, ())
    _refused(world, [(ConflictError, None, lambda: world.supervisor.advance_project(n, to="operation"))])  # failed
    r = clerk.record_acceptance(n, passed=True, on=TODAY)
    assert (r.acceptance, r.accepted_on) == ("passed", TODAY)
    assert world.supervisor.advance_project(n, to="operation").stage == "operation"  # passed: 运维 may begin
    # 回头看: 11 months later (the setting's default), on a working day.
    cal = world.desk.calendar()
    due = add_months(TODAY, 11)
    while not cal.is_working_day(due):
        due += timedelta(days=1)
    assert [(v.due_on, v.done_at) for v in r.revisits] == [(due, None)] and due >= date(2027, 10, 23)
    assert [(d.number, d.due_on, d.builder) for d in clerk.project_revisits_due()] == [(n, due, "北京市政建设集团")]
    assert clerk.project_revisits_due(by=due - timedelta(days=1)) == []
    # The residents to call back: one per phone (the merged repeat's resident too), each ticket without a phone;
    # each on the resident's latest ticket.
    todo = clerk.project_callbacks(n)
    assert sorted(t.ticket for t in todo) == sorted(latest.values()) and r.callbacks_total == 4
    assert {t.reporter_phone for t in todo} == {"13900001111", "13700002222", "13600003333", ""}
    assert all(t.callback_at is None for t in todo)
    # A callback is the ticket's own 回访: a Callback row and a ``callback`` event on that ticket.
    r = clerk.record_project_callback(n, latest["13700002222"], contacted=True, resolved=True,
                                      satisfaction="satisfied", note="水质已正常")
    assert (r.callbacks_total, r.callbacks_done) == (4, 1)
    detail = clerk.ticket(latest["13700002222"])
    assert detail.callbacks[-1].satisfaction == "satisfied" and n in detail.callbacks[-1].note
    assert detail.callbacks[-1].note.endswith("水质已正常") and detail.events[-1].kind == "callback"
    r = clerk.record_project_callback(n, latest["none"], contacted=False)
    assert r.callbacks_done == 2
    done = {t.ticket: (t.contacted, t.satisfaction) for t in clerk.project_callbacks(n) if t.callback_at}
    assert done == {latest["13700002222"]: (True, "satisfied"), latest["none"]: (False, None)}
    other_ticket = world.new_ticket(**PIPES).number
    _refused(world, [
        (ConflictError, None, lambda: clerk.record_project_callback(n, latest["13700002222"], contacted=False)),
        (NotFound, None, lambda: clerk.record_project_callback(n, other_ticket, contacted=False)),
        (ValidationError, "resolved", lambda: clerk.record_project_callback(n, latest["13600003333"],
                                                                            contacted=True)),
        (ConflictError, None, lambda: clerk.record_acceptance(n, passed=True)),  # passed: final
        (ConflictError, None, lambda: clerk.record_survey_response(n, respondent="5号楼住户",
                                                                   answers=["satisfied", "yes"])),
        (PermissionDenied, None, lambda: world.responder().project_callbacks(n)),
    ])
    kinds = _events(world.desk, f"project:{n}")
    assert kinds[kinds.index("project_survey"):] == ["project_survey"] + ["project_survey_response"] * 4 + [
        "project_acceptance", "project_acceptance", "project_stage", "project_callback", "project_callback"]
    assert world.admin.verify_audit().ok
    # The revisit's months are a setting.
    world.admin.set_setting("project_revisit_months", "6")
    m = _listed(world, "光明街路灯改造")
    _at_stage(world, m, "acceptance")
    clerk.record_survey_response(m, respondent="居民代表", answers=["satisfied", "satisfied", "yes"])  # the defaults
    r = clerk.record_acceptance(m, passed=True)
    assert [q.text for q in r.survey.questions] == [q for q, _ in DEFAULT_QUESTIONS]
    assert r.revisits[0].due_on >= date(2027, 5, 23) and r.revisits[0].due_on < date(2027, 6, 10)
    assert r.callbacks_total == 1
    with pytest.raises(ValidationError):
        world.admin.set_setting("project_revisit_months", "13")


def test_a_revisit_finding_reopens_the_fix_and_it_is_due_again(world):
    clerk = world.clerk
    n = _listed(world)
    _refused(world, [(ConflictError, None, lambda: clerk.record_project_revisit(n, findings="无"))])  # none due
    _at_stage(world, n, "acceptance")
    clerk.record_survey_response(n, respondent="居民代表", answers=["satisfied", "satisfied", "yes"])
    clerk.record_acceptance(n, passed=True)
    _at_stage(world, n, "operation")
    _refused(world, [(ValidationError, "findings", lambda: clerk.record_project_revisit(n, findings=" ")),
                     (ValidationError, "reopen", lambda: clerk.record_project_revisit(n, findings="x", reopen="yes"))])
    r = clerk.record_project_revisit(n, findings="2号楼立管接口又渗水", reopen=True)
    assert r.fix_state == "reopened"
    first, again = r.revisits
    assert first.done_at is not None and first.reopened and first.done_by == "张伟"
    assert (again.due_on, again.done_at) == (TODAY, None)  # due again at once
    assert [(d.number, d.due_on, d.reopened) for d in clerk.project_revisits_due(by=TODAY)] == [(n, TODAY, True)]
    r = clerk.record_project_revisit(n, findings="已更换接口，复查无渗漏")
    assert r.fix_state == "fixed" and clerk.project_revisits_due() == []
    _refused(world, [(ConflictError, None, lambda: clerk.record_project_revisit(n, findings="再看一次"))])
    assert _events(world.desk, f"project:{n}")[-2:] == ["project_revisit", "project_revisit"]


def _raw_board(desk) -> dict[str, tuple[int, int]]:
    """The 红黑榜 recomputed from the raw rows, by the definition (desk/projects/records/board.py)."""
    out: dict[str, list[int]] = {}
    with desk.engine.connect() as conn:
        firms = conn.execute(text("SELECT c.name, r.project_id, r.acceptance, r.failed_acceptances FROM contractor c "
                                  "LEFT JOIN project_record r ON r.builder_id = c.id WHERE c.kind = 'builder'")).all()
        for name, pid, acceptance, failed in firms:
            marks = out.setdefault(name, [0, 0])
            if pid is None:
                continue
            marks[0] += acceptance == "passed"
            marks[1] += failed
            answers = [a for (a,) in conn.execute(text(
                "SELECT a.answer FROM survey_answer a JOIN survey_question q ON q.id = a.question_id "
                "WHERE q.project_id = :p AND q.kind = 'satisfaction'"), {"p": pid})]
            if answers:
                share = sum(a in ("satisfied", "basically_satisfied") for a in answers) / len(answers)
                marks[0] += share >= 0.9
                marks[1] += share < 0.6
            marks[1] += conn.execute(text("SELECT count(*) FROM project_revisit WHERE project_id = :p AND reopened"),
                                     {"p": pid}).scalar()
            marks[1] += conn.execute(text("SELECT count(*) FROM project_milestone WHERE project_id = :p AND "
                                          "kind = 'fix'"), {"p": pid}).scalar()
            marks[1] += conn.execute(text("SELECT count(*) FROM project_milestone WHERE project_id = :p AND kind = "
                                          "'plan' AND stage = 'construction' AND done_at > due"), {"p": pid}).scalar()
    return {k: (g, b) for k, (g, b) in out.items()}


def test_the_contractors_board_is_its_definition_recomputed_from_the_rows(world):
    clerk = world.clerk
    good, bad, idle = _listed(world, "甲项目"), _listed(world, "乙项目"), _listed(world, "丙项目")
    clerk.set_project_parties(good, builder="红星建设")
    clerk.set_project_parties(bad, builder="黑石工程")
    clerk.set_project_parties(idle, builder="红星建设")
    for n in (good, bad):
        _at_stage(world, n, "acceptance")
    clerk.record_survey_response(good, respondent="甲", answers=["satisfied", "basically_satisfied", "yes"])
    clerk.record_acceptance(good, passed=True)
    clerk.record_acceptance(bad, passed=False, reason="路面开裂")
    clerk.record_acceptance(bad, passed=False, reason="仍有开裂")
    clerk.record_survey_response(bad, respondent="乙", answers=["dissatisfied", "dissatisfied", "no"])
    clerk.record_survey_response(bad, respondent="丙", answers=["basically_satisfied", "dissatisfied", "no"])
    clerk.record_survey_response(bad, respondent="丁", answers=["satisfied", "satisfied", "yes"])
    clerk.record_acceptance(bad, passed=True)
    clerk.record_project_revisit(bad, findings="又开裂", reopen=True)
    b = clerk.contractor_board()
    assert b.definition == DEFINITION and "净分" in str(b.definition)
    print(b.definition)  # (the figure's definition, as the 红黑榜's tooltip shows it)
    rows = {m.name: m for m in b.rows}
    assert {k: (m.good, m.bad) for k, m in rows.items()} == _raw_board(world.desk)
    red, black = rows["红星建设"], rows["黑石工程"]
    assert (red.projects, red.good, red.bad, red.net, red.board) == (2, 2, 0, 2, "red")
    assert red.reasons == (f"+ {good} 验收合格", f"+ {good} 测评满意度 100%")
    # 黑石: passed (+1), two failures, satisfaction 3/6 = 50% (< 60%), one reopened revisit
    assert (black.good, black.bad, black.net, black.board) == (1, 4, -3, "black")
    assert [m.name for m in b.rows] == ["红星建设", "黑石工程"]
    assert clerk.contractor_board("supervisor").rows == ()


def test_the_projects_export_has_budget_contract_and_paid(world, capsys):
    """whistle-desk export --what projects: budget, the contract (with the approved changes) and the paid amount."""
    import json

    from desk.cli import main

    clerk = world.clerk
    n = _listed(world)
    other = clerk.create_project(name="光明街井盖加固", origin="resident_idea").number
    clerk.set_project_money(n, budget_fen=150_000_000, contract_fen=120_000_012)
    clerk.add_project_payment(n, amount_fen=36_000_005, paid_on=TODAY)
    change = clerk.request_project_change(n, amount_fen=1_000_000, reason="增项").changes[0]
    clerk.request_project_change(n, amount_fen=5_000_000, reason="待审批")  # (pending: not counted)
    world.supervisor.decide_project_change(change.id, approve=True)
    url = world.desk.engine.url.render_as_string(hide_password=False)
    assert main(["--db", url, "export", "--what", "projects", "--format", "jsonl"]) == 0
    rows = {r["number"]: r for r in map(json.loads, capsys.readouterr().out.splitlines())}
    assert (rows[n]["budget_yuan"], rows[n]["contract_yuan"], rows[n]["paid_yuan"]) == \
        ("1500000", "1210000.12", "360000.05")
    assert (rows[other]["budget_yuan"], rows[other]["contract_yuan"], rows[other]["paid_yuan"]) == ("0", "0", "0")
