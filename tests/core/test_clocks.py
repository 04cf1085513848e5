"""The clocks tickets and dispatches carry (next_due, next_warn): kept on every write, recomputed from the raw
rows here, and what the 时限 sort and the 超期/预警 filters read."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from desk import dto
from desk.deadlines import service as deadlines
from desk.enums import DispatchState, TicketState
from desk.errors import ValidationError
from helpers import snapshot
from models import Dispatch, Ticket


def _rows(desk):
    """Every ticket's and dispatch's stored clock, straight from the tables."""
    with desk.unit(write=False) as (s, _):
        tickets = {t.id: t for t in s.scalars(select(Ticket))}
        out_t = {t.id: (t.state, t.next_due, t.next_warn, t.verified_at, t.round) for t in tickets.values()}
        out_d = [(d.ticket_id, d.id, d.state, d.round, d.suspended_at, d.next_due, d.next_warn,
                  [(getattr(d, f"{x}_due"), getattr(d, deadlines.DONE_AT[x]), getattr(d, f"{x}_within"))
                   for x in deadlines.STEPS], d.dispatched_at, d.closed_at or d.resolved_at)
                 for d in s.scalars(select(Dispatch))]
    return out_t, out_d


def _expected(desk, share=0.8, verify="1wd", callback="2wd"):
    """The clocks as the rule says, computed here from the raw columns (not with desk.deadlines.clocks)."""
    cal = desk.calendar()
    tickets, dispatches = _rows(desk)
    want_d, per_ticket, done_at = {}, {}, {}
    for tid, did, state, rnd, suspended, _due, _warn, steps, dispatched_at, finished in dispatches:
        clock = None
        if state in ("pending", "acknowledged", "responded", "return_requested") and suspended is None:
            outstanding = [(due, within) for due, done, within in steps if due is not None and done is None]
            if outstanding:
                due, within = min(outstanding, key=lambda x: x[0])
                clock = (due, deadlines.warn_at(cal, dispatched_at, due, within, share))
        want_d[did] = clock or (None, None)
        if clock and (tid not in per_ticket or clock[0] < per_ticket[tid][0]):
            per_ticket[tid] = clock
        if state not in ("returned", "withdrawn") and finished is not None and rnd == tickets[tid][4]:
            done_at[tid] = max(done_at.get(tid, finished), finished)
    want_t = {}
    for tid, (state, _due, _warn, verified_at, _round) in tickets.items():
        if state == "dispatched":
            want_t[tid] = per_ticket.get(tid, (None, None))
        elif state in ("awaiting_verification", "awaiting_callback"):
            since, within = (done_at[tid], verify) if state == "awaiting_verification" else (verified_at, callback)
            due = cal.due(since, within)
            want_t[tid] = (due, deadlines.warn_at(cal, since, due, within, share))
        else:
            want_t[tid] = (None, None)
    return want_t, want_d


def _assert_clocks_right(desk, **rules):
    want_t, want_d = _expected(desk, **rules)
    tickets, dispatches = _rows(desk)
    assert {tid: (r[1], r[2]) for tid, r in tickets.items()} == want_t
    assert {r[1]: (r[5], r[6]) for r in dispatches} == want_d


def test_clocks_follow_every_step_of_a_ticket(world):
    clerk, clock = world.clerk, world.clock
    t = world.new_ticket()
    _assert_clocks_right(world.desk)
    t = clerk.whistle(t.number, lead="城管执法队", assist=["住建委"])
    lead, assist = t.dispatches
    assert _rows(world.desk)[0][t.id][1] == lead.acknowledge_due  # the earliest step of the two
    _assert_clocks_right(world.desk)
    cg, zj = world.responder("城管执法队"), world.responder("住建委")
    cg.acknowledge(lead.id)
    _assert_clocks_right(world.desk)
    cg.request_suspension(lead.id, reason="等居民回家")
    world.supervisor.decide_request(world.supervisor.approvals()[0].id, approve=True)
    _assert_clocks_right(world.desk)  # a suspended clock does not run: the assisting one counts
    clock.advance(hours=3)
    cg.resume(lead.id)
    _assert_clocks_right(world.desk)
    for who, d in ((cg, lead), (zj, assist)):
        if d is assist:
            who.acknowledge(d.id)
        who.respond(d.id, "已联系")
        who.resolve(d.id, "已处理")
    assert clerk.ticket(t.number).state == TicketState.AWAITING_VERIFICATION
    detail = clerk.ticket(t.number)
    assert detail.verify_due is not None and detail.callback_due is None
    _assert_clocks_right(world.desk)
    clerk.verify(t.number, accepted=True)
    detail = clerk.ticket(t.number)
    assert detail.callback_due is not None and detail.verify_due is None
    _assert_clocks_right(world.desk)
    clerk.record_callback(t.number, contacted=True, resolved=True, satisfaction="satisfied")
    clerk.close(t.number)
    _assert_clocks_right(world.desk)
    clerk.reopen(t.number, reason="问题反复")
    _assert_clocks_right(world.desk)


def test_changing_the_share_or_a_limit_recomputes_every_clock_in_the_same_step(world):
    t = world.clerk.whistle(world.new_ticket().number, lead="城管执法队")
    other = world.clerk.whistle(world.new_ticket(title="第二张").number, lead="住建委")
    zj = world.responder("住建委")
    zj.acknowledge(other.dispatches[0].id)
    zj.respond(other.dispatches[0].id, "好")
    zj.resolve(other.dispatches[0].id, "好")
    version = world.clerk.ticket(t.number).version
    world.admin.set_settings({"warning_share": "0.5", "verify_within": "3wd"})
    _assert_clocks_right(world.desk, share=0.5, verify="3wd")
    assert world.clerk.ticket(t.number).version == version  # nobody's edit is refused because of it


def test_a_calendar_change_recomputes_the_clocks(world):
    t = world.clerk.whistle(world.new_ticket().number, lead="城管执法队")
    before = _rows(world.desk)[0][t.id]
    world.admin.set_calendar_day(date(2026, 11, 23), "holiday", "临时休息")  # the day of T0
    _assert_clocks_right(world.desk)
    assert _rows(world.desk)[0][t.id][2] != before[2]  # the warning moved with the calendar


def test_clocks_are_computed_once_after_the_migration_that_added_them(world):
    world.clerk.whistle(world.new_ticket().number, lead="城管执法队")
    with world.desk.unit() as (s, _):  # as the migration leaves them: empty, and marked stale
        s.execute(Ticket.__table__.update().values(next_due=None, next_warn=None))
        s.execute(Dispatch.__table__.update().values(next_due=None, next_warn=None))
        from models import Setting
        s.add(Setting(key="clocks_stale", value="1"))
    from desk import Desk
    again = Desk.open(world.desk.location if world.desk.backend == "sqlite" else str(world.desk.engine.url
                                                                                     .render_as_string(False)),
                      clock=world.clock)
    try:
        _assert_clocks_right(again)
        assert "clocks_stale" not in {k for k in again.settings()}
        with again.unit(write=False) as (s, _):
            from models import Setting
            assert s.get(Setting, "clocks_stale") is None
    finally:
        again.close()


# -- the 时限 sort and the filters ------------------------------------------------------------------------
@pytest.fixture
def timed(world):
    """Tickets with clocks far apart: an overdue one, an amber one, a fresh one, one without a clock."""
    clerk, clock = world.clerk, world.clock
    old = clerk.whistle(world.new_ticket(title="超期").number, lead="城管执法队")
    clock.advance(timedelta(days=1, hours=6))  # Tuesday 16:00: the 1wd acknowledgement is overdue
    amber = clerk.whistle(world.new_ticket(title="预警", urgency="emergency").number, lead="住建委")  # 30m
    clock.advance(minutes=25)  # 25 of its 30 minutes gone: amber (80%)
    fresh = clerk.whistle(world.new_ticket(title="正常").number, lead="交通支队")
    none = world.new_ticket(title="未派")
    return old.number, amber.number, fresh.number, none.number


def _numbers(page):
    return [r.number for r in page.rows]


def test_sort_by_deadline_puts_overdue_first_and_tickets_without_a_clock_last(world, timed):
    old, amber, fresh, none = timed
    clerk = world.clerk
    assert _numbers(clerk.list_queue("all", sort="deadline", descending=False)) == [old, amber, fresh, none]
    assert _numbers(clerk.list_queue("all", sort="deadline", descending=True)) == [fresh, amber, old, none]


def test_filters_overdue_and_warning(world, timed):
    old, amber, fresh, none = timed
    clerk = world.clerk
    f = dto.QueueFilter
    assert _numbers(clerk.list_queue("all", filters=f(overdue=True))) == [old]
    assert _numbers(clerk.list_queue("all", filters=f(warning=True))) == [amber]
    assert set(_numbers(clerk.list_queue("all", filters=f(overdue=True, warning=True)))) == {old, amber}
    # a responder's filter looks at the department's own dispatch
    assert _numbers(world.responder("城管执法队").list_queue("all", filters=f(overdue=True))) == [old]
    assert _numbers(world.responder("交通支队").list_queue("all", filters=f(overdue=True))) == []


def test_filters_by_department_category_urgency_source_community_type_and_date(world, timed):
    old, amber, fresh, none = timed
    clerk, f = world.clerk, dto.QueueFilter
    assert _numbers(clerk.list_queue("all", filters=f(department="住建委"))) == [amber]
    assert _numbers(clerk.list_queue("all", filters=f(urgency="emergency"))) == [amber]
    assert set(_numbers(clerk.list_queue("all", filters=f(category="市容环境")))) == {old, amber, fresh, none}
    assert _numbers(clerk.list_queue("all", filters=f(source="walk_in"))) == []
    assert len(_numbers(clerk.list_queue("all", filters=f(community="幸福社区")))) == 4
    assert _numbers(clerk.list_queue("all", filters=f(community="光明社区"))) == []
    assert len(_numbers(clerk.list_queue("all", filters=f(appeal_type="complaint")))) == 4
    # created Monday 10:00 (old) and Tuesday 16:00/16:25 (the others), office time
    assert _numbers(clerk.list_queue("all", filters=f(created_from=date(2026, 11, 23), created_to=date(2026, 11, 23)
                                                       ))) == [old]
    assert set(_numbers(clerk.list_queue("all", filters=f(created_from=date(2026, 11, 24))))) == {amber, fresh, none}
    # filters, search and sort combine
    assert _numbers(clerk.list_queue("all", search="预警", sort="deadline", descending=False,
                                     filters=f(warning=True, department="住建委"))) == [amber]


@pytest.mark.parametrize("filters, field", [
    (dto.QueueFilter(department="不存在的部门"), "department"),
    (dto.QueueFilter(category="不存在"), "category"),
    (dto.QueueFilter(community="火星社区"), "community"),
    (dto.QueueFilter(urgency="very"), "urgency"),
    (dto.QueueFilter(source=5), "source"),
    (dto.QueueFilter(appeal_type="x"), "appeal_type"),
    (dto.QueueFilter(created_from=date(2026, 11, 30), created_to=date(2026, 11, 1)), "created_to"),
    (dto.QueueFilter(created_from="2026-11-01"), "created_from"),
    (dto.QueueFilter(created_to=datetime(2026, 11, 1)), "created_to"),
    (dto.QueueFilter(overdue="yes"), "overdue"),
    (dto.QueueFilter(department="x" * 10_000), "department"),
    ({"overdue": True}, "filters"),
])
def test_bad_filters_get_a_typed_error_and_change_nothing(world, timed, filters, field):
    before = snapshot(world.desk)
    with pytest.raises(ValidationError) as info:
        world.clerk.list_queue("all", filters=filters)
    assert info.value.field == field and info.value.message
    with pytest.raises(ValidationError):
        world.clerk.queue_size("all", filters=filters)
    assert snapshot(world.desk) == before


# -- search -----------------------------------------------------------------------------------------------
def test_search_by_phone_however_it_is_typed(world):
    t = world.new_ticket(reporter_phone="13912345678", hotline_number="20261123000777")
    landline = world.new_ticket(title="固话", reporter_phone="010-62345678")
    clerk = world.clerk
    for typed in ("13912345678", "139 1234 5678", "139-1234-5678", "5678", "1234 5678"):
        assert t.number in _numbers(clerk.list_queue("all", search=typed)), typed
    assert _numbers(clerk.list_queue("all", search="01062345678")) == [landline.number]
    assert _numbers(clerk.list_queue("all", search="20261123000777")) == [t.number]
    assert _numbers(clerk.list_queue("all", search="0777")) == [t.number]  # part of the 12345 number
    assert _numbers(clerk.list_queue("all", search="567")) == []  # three digits are not a phone search
    assert t.number in _numbers(clerk.list_queue("all", search="王女士"))
    assert len(_numbers(clerk.list_queue("all", search="幸福社区"))) == 2


def test_masked_phones_and_confidential_reporters_are_not_found_by_who_cannot_see_them(world):
    t = world.new_ticket(reporter_phone="13912345678", reporter_name="赵先生")
    t = world.clerk.whistle(t.number, lead="城管执法队", assist=["住建委"])
    secret = world.new_ticket(title="举报", reporter_phone="13787654321", reporter_name="钱女士", confidential=True,
                              appeal_type="report")
    world.clerk.whistle(secret.number, lead="城管执法队")
    cg, zj, admin = world.responder("城管执法队"), world.responder("住建委"), world.admin
    assert _numbers(cg.list_queue("all", search="5678")) == [t.number]  # the lead department sees the phone
    assert _numbers(zj.list_queue("all", search="5678")) == []  # an assisting one sees it masked
    assert zj.list_queue("all").rows[0].reporter_phone == "139****5678"
    assert _numbers(zj.list_queue("all", search="赵先生")) == [t.number]  # the name is not masked
    # 保密: only clerks and supervisors see (and find) the reporter
    for who in (cg, admin):
        assert _numbers(who.list_queue("all", search="钱女士")) == []
        assert _numbers(who.list_queue("all", search="4321")) == []
        d = who.ticket(secret.number)
        assert d.reporter_name == "（保密）" and d.reporter_phone == "（保密）"
        assert "钱女士" not in repr(d.events) and "13787654321" not in repr(d.events)
    for who in (world.clerk, world.supervisor):
        assert _numbers(who.list_queue("all", search="钱女士")) == [secret.number]
        assert who.ticket(secret.number).reporter_phone == "13787654321"


@pytest.mark.parametrize("search", ["长" * 10_000, 5, b"x", "a\x00b"])
def test_bad_search_gets_a_typed_error(world, search):
    world.new_ticket()
    before = snapshot(world.desk)
    with pytest.raises(ValidationError) as info:
        world.clerk.list_queue("all", search=search)
    assert info.value.field == "search"
    assert snapshot(world.desk) == before


# -- queues -----------------------------------------------------------------------------------------------
def test_a_departments_finished_queue_holds_only_finished_work(world):
    clerk, cg = world.clerk, world.responder("城管执法队")
    t = clerk.whistle(world.new_ticket().number, lead="城管执法队")
    d = t.dispatches[0]
    cg.acknowledge(d.id)
    cg.respond(d.id, "好")
    cg.resolve(d.id, "好")
    assert _numbers(cg.list_queue("dept_resolved")) == [t.number]
    clerk.verify(t.number, accepted=False, note="没有修好")  # a new round for the same department
    assert _numbers(cg.list_queue("dept_resolved")) == []
    assert _numbers(cg.list_queue("dept_pending")) == [t.number]
    new = clerk.ticket(t.number).dispatches[-1]
    cg.acknowledge(new.id)
    assert _numbers(cg.list_queue("dept_in_progress")) == [t.number]
    assert cg.queue_counts()["dept_resolved"] == 0


def test_pending_requests_show_on_the_row(world):
    clerk, cg, sup = world.clerk, world.responder("城管执法队"), world.supervisor
    t = clerk.whistle(world.new_ticket().number, lead="城管执法队")
    d = t.dispatches[0]
    cg.acknowledge(d.id)
    cg.request_extension(d.id, reason="材料未到", new_resolve_due=d.resolve_due + timedelta(days=3))
    row = clerk.list_queue("all").rows[0]
    assert row.pending_requests == {"extension"} and not row.suspended
    assert cg.list_queue("all").rows[0].pending_requests == {"extension"}
    sup.decide_request(sup.approvals()[0].id, approve=True)
    cg.request_return(d.id, "不属于本部门")
    assert clerk.list_queue("all").rows[0].pending_requests == {"return"}
    assert clerk.ticket(t.number).dispatches[0].state == DispatchState.RETURN_REQUESTED


# -- the office's own steps escalate like a department's ---------------------------------------------------
def _resolved(world):
    t = world.clerk.whistle(world.new_ticket().number, lead="城管执法队")
    cg = world.responder("城管执法队")
    d = t.dispatches[0]
    cg.acknowledge(d.id)
    cg.respond(d.id, "已联系")
    cg.resolve(d.id, "已处理")
    return world.clerk.ticket(t.number)


def test_the_office_steps_climb_the_ladder_and_stop_when_done(world):
    t = _resolved(world)  # 待核实 from Monday 10:00: 核实 due Tuesday 10:00 (1wd)
    assert t.state == TicketState.AWAITING_VERIFICATION and t.verify_due is not None
    sup, clock = world.supervisor, world.clock
    clock.advance(timedelta(days=1, hours=1))  # Tuesday 11:00
    swept = world.desk.sweep()
    office = [e for e in swept.escalations if e.role == "office"]
    assert [(e.ticket_number, e.step, e.level) for e in office] == [(t.number, "verify", 1)]
    assert office[0].department == "示例街道办事处" and office[0].late_by == timedelta(hours=1)
    assert not world.desk.sweep().escalations  # recorded once
    (e,) = [x for x in sup.escalations(1) if x.ticket_number == t.number]
    assert e.role == "office" and e.dispatch_id == 0 and e.due == t.verify_due
    # the office's own step: 催办 and 确认通报 only
    with pytest.raises(ValidationError) as info:
        sup.handle_escalation(e.id, action="extend", new_due=clock.now() + timedelta(days=1))
    assert info.value.field == "action"
    with pytest.raises(ValidationError):
        sup.handle_escalation(e.id, action="reassign", department="住建委", note="x")
    handled = sup.handle_escalation(e.id, action="urge", note="请尽快核实")
    assert handled.handling == "urge" and handled.role == "office"
    # 核实 done: its climb ends; 回访 starts its own clock
    world.clerk.verify(t.number, accepted=True)
    assert not [x for x in sup.escalations(1) if x.ticket_number == t.number]
    closed = [x for x in sup.escalations(1, include_closed=True) if x.ticket_number == t.number]
    assert closed and closed[0].closed_at == clock.now()
    callback_due = world.clerk.ticket(t.number).callback_due
    clock.set(callback_due + timedelta(minutes=5))
    office = [e for e in world.desk.sweep().escalations if e.role == "office"]
    assert [(e.step, e.level) for e in office] == [("callback", 1)]
    world.clerk.record_callback(t.number, contacted=True, resolved=True, satisfaction="satisfied")
    world.clerk.close(t.number)
    assert not [x for x in sup.escalations(1) if x.ticket_number == t.number]
    with world.desk.unit(write=False) as (s, _):
        assert s.get(Ticket, t.id).next_escalation_at is None


def test_office_escalations_do_not_count_against_a_department_in_the_weekly_report(world):
    t = _resolved(world)
    world.clock.advance(timedelta(days=10))  # 核实 due Tuesday 11-24, 通报 5 working days later: in week 49
    assert [e for e in world.desk.sweep().escalations if e.role == "office" and e.level == 3]
    report = world.supervisor.weekly_report("2026-W49")
    assert all(x.department != "示例街道办事处" for x in report.notifications)
    assert t.number not in {x.ticket_number for x in report.notifications}
    assert {d.name for d in report.departments} <= {"城管执法队", "住建委", "交通支队", "水务所"}
