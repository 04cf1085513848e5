"""Due instants, the escalation sweep, extensions, suspensions and the approval queue."""
from __future__ import annotations

import multiprocessing
import threading
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text

from desk import Desk, FakeClock
from desk.errors import ConflictError, PermissionDenied, ValidationError

SH = ZoneInfo("Asia/Shanghai")


def sh(*args) -> datetime:
    """An instant given in Shanghai wall-clock time."""
    return datetime(*args, tzinfo=SH).astimezone(timezone.utc)


def _whistled(world, **fields):
    t = world.new_ticket(**fields)
    return world.clerk.whistle(t.number, lead="城管执法队", note="请处理")


def test_routine_dues_count_working_time(world):
    # Monday 2026-11-23 10:00: 1wd = 7 working hours -> Tuesday 10:00; 2wd -> Wednesday 10:00; 5wd -> next Monday.
    d = _whistled(world).dispatches[0]
    assert (d.acknowledge_within, d.respond_within, d.resolve_within) == ("1wd", "2wd", "5wd")
    assert d.acknowledge_due == sh(2026, 11, 24, 10, 0)
    assert d.respond_due == sh(2026, 11, 25, 10, 0)
    assert d.resolve_due == sh(2026, 11, 30, 10, 0)


def test_emergency_dues_are_natural_time(world):
    d = _whistled(world, urgency="emergency").dispatches[0]
    assert d.acknowledge_due == sh(2026, 11, 23, 10, 30)
    assert d.respond_due == sh(2026, 11, 23, 12, 0)
    assert d.resolve_due == sh(2026, 11, 24, 10, 0)


@pytest.mark.clock_starts(sh(2026, 9, 30, 16, 30))
def test_whistle_before_national_day_skips_the_holiday(world):
    d = _whistled(world).dispatches[0]
    # 1 h on Sep 30, the break Oct 1-7, then 6 h on Thursday Oct 8 (09:00-12:00, 13:30-16:30).
    assert d.acknowledge_due == sh(2026, 10, 8, 16, 30)


def test_policy_per_category_and_urgency(world):
    admin = world.admin
    admin.set_policy("市容环境", "routine", acknowledge="2h", respond="1wd", resolve="3wd")
    d = _whistled(world).dispatches[0]
    assert d.acknowledge_due == sh(2026, 11, 23, 12, 0)
    assert {(p.category, p.urgency): p.is_default for p in admin.policies()}[("市容环境", "routine")] is False
    with pytest.raises(ValidationError) as info:
        admin.set_policy("市容环境", "routine", acknowledge="2x", respond="1wd", resolve="3wd")
    assert info.value.field == "acknowledge"
    with pytest.raises(PermissionDenied):
        world.clerk.set_policy("市容环境", "routine", acknowledge="2h", respond="1wd", resolve="3wd")


def test_sweep_climbs_the_ladder_with_threshold_instants(world):
    d = _whistled(world).dispatches[0]
    desk = world.desk
    assert desk.sweep().escalations == ()
    world.clock.set(sh(2026, 11, 24, 10, 5))  # 5 minutes past the acknowledge due
    first = desk.sweep().escalations
    assert [(e.step, e.level, e.reached_at) for e in first] == [("acknowledge", 1, sh(2026, 11, 24, 10, 0))]
    assert desk.sweep().escalations == ()  # idempotent
    world.clock.set(sh(2026, 11, 25, 11, 0))
    got = {(e.step, e.level, e.reached_at) for e in desk.sweep().escalations}
    assert got == {("acknowledge", 2, sh(2026, 11, 25, 10, 0)), ("respond", 1, sh(2026, 11, 25, 10, 0))}
    sup = world.supervisor
    assert [e.dispatch_id for e in sup.escalations(1)] == [d.id, d.id]
    assert [e.step for e in sup.escalations(2)] == ["acknowledge"]
    assert sup.escalations(2)[0].late_by == timedelta(hours=8)  # Tue 10:00 -> Wed 11:00 in working time
    # Doing the late step stops the climb and closes its escalations.
    world.responder().acknowledge(d.id, "迟到报到")
    assert [e.step for e in sup.escalations(1)] == ["respond"]
    assert sup.escalations(2) == []
    world.clock.set(sh(2026, 12, 31, 17, 0))
    late = {(e.step, e.level) for e in desk.sweep().escalations}
    assert ("acknowledge", 3) not in late
    assert {("respond", 2), ("respond", 3), ("resolve", 1), ("resolve", 2), ("resolve", 3)} == late
    timeline = world.clerk.ticket(d.ticket_number).events
    assert sum(1 for e in timeline if e.kind == "escalate") == 8
    with pytest.raises(PermissionDenied):
        world.responder().escalations(1)


def test_dry_run_forecasts_without_writing(world):
    _whistled(world)
    desk = world.desk
    marker = desk.change_marker()
    forecast = desk.sweep(at=sh(2026, 11, 27, 17, 30), dry_run=True)
    assert {(e.step, e.level) for e in forecast.escalations} == {
        ("acknowledge", 1), ("acknowledge", 2), ("respond", 1), ("respond", 2)}
    assert desk.change_marker() == marker
    assert world.supervisor.escalations(1) == []
    with pytest.raises(ValidationError):
        desk.sweep(at=sh(2026, 11, 27, 17, 30))  # only a dry run may look ahead


def test_amber_then_red_badge(world):
    d = _whistled(world).dispatches[0]
    dl = d.deadline
    assert dl.step == "acknowledge" and dl.due == sh(2026, 11, 24, 10, 0)
    # 80 % of 7 working hours = 5 h 36 m after Monday 10:00 -> Monday 17:06.
    assert dl.warn_at == sh(2026, 11, 23, 17, 6)
    assert dl.level(sh(2026, 11, 23, 17, 0)) == "green"
    assert dl.level(sh(2026, 11, 23, 17, 6)) == "amber"
    assert dl.level(sh(2026, 11, 24, 10, 0)) == "red"
    row = world.clerk.list_queue("dispatched").rows[0]
    assert row.deadline == dl


def test_extension_request_and_approval(world):
    d = _whistled(world).dispatches[0]
    li = world.responder()
    li.acknowledge(d.id)
    new_due = sh(2026, 12, 4, 17, 30)
    with pytest.raises(ValidationError):
        li.request_extension(d.id, reason="需要协调", new_resolve_due=sh(2026, 11, 25, 9, 0))
    info = li.request_extension(d.id, reason="需要协调产权单位", new_resolve_due=new_due)
    assert info.pending_requests == {"extension"}
    with pytest.raises(ConflictError):
        li.request_extension(d.id, reason="再次申请", new_resolve_due=new_due)
    sup = world.supervisor
    queue = sup.approvals()
    assert [(r.kind, r.department, r.new_resolve_due) for r in queue] == [("extension", "城管执法队", new_due)]
    with pytest.raises(PermissionDenied):
        world.clerk.decide_request(queue[0].id, approve=True)
    info = sup.decide_request(queue[0].id, approve=True, note="同意")
    assert info.resolve_due == new_due and info.pending_requests == frozenset()
    with pytest.raises(ConflictError):
        sup.decide_request(queue[0].id, approve=False, note="晚了")
    assert sup.approvals() == []
    kinds = [e.kind for e in world.clerk.ticket(d.ticket_number).events]
    assert kinds[-2:] == ["request_extension", "decide_request"]


@pytest.mark.parametrize("how", ["resolve", "withdraw", "return"])
def test_pending_requests_close_with_their_dispatch(world, how):
    d = _whistled(world).dispatches[0]
    li = world.responder()
    li.acknowledge(d.id)
    li.request_extension(d.id, reason="需要协调", new_resolve_due=sh(2026, 12, 4, 17, 30))
    li.request_suspension(d.id, reason="等待居民回家")
    sup = world.supervisor
    [extension, suspension] = sorted(sup.approvals(), key=lambda r: r.kind)
    if how == "resolve":
        li.respond(d.id, "已联系")
        li.resolve(d.id, "已处理")
    elif how == "withdraw":
        world.clerk.withdraw(d.id, reason="派错了部门")
    else:
        li.request_return(d.id, reason="不属于本部门职责")
        sup.decide_return(d.id, approve=True, note="同意退回")
    assert sup.approvals() == []  # nothing left to decide
    with pytest.raises(ConflictError) as info:
        sup.decide_request(extension.id, approve=True)
    assert "随派单" in info.value.message and "而关闭" in info.value.message
    events = [e for e in world.clerk.ticket(d.ticket_number).events if e.kind == "request_closed"]
    assert sorted(e.changes["request"][1] for e in events) == ["extension", "suspension"]
    assert all(e.changes["state"] == ["pending", "ended"] and "随之关闭" in e.note for e in events)
    assert world.desk.verify_audit().ok


def test_rejected_extension_keeps_the_due(world):
    d = _whistled(world).dispatches[0]
    world.responder().request_extension(d.id, reason="忙", new_resolve_due=sh(2026, 12, 30, 9, 0))
    req = world.supervisor.approvals()[0]
    with pytest.raises(ValidationError):
        world.supervisor.decide_request(req.id, approve=False)  # a rejection needs a reason
    info = world.supervisor.decide_request(req.id, approve=False, note="理由不足")
    assert info.resolve_due == d.resolve_due


def test_suspension_stops_the_clock_and_resume_adds_working_time(world):
    d = _whistled(world).dispatches[0]
    li = world.responder()
    li.request_suspension(d.id, reason="等待居民回家")
    sup = world.supervisor
    req = sup.approvals()[0]
    assert req.kind == "suspension"
    world.clock.set(sh(2026, 11, 23, 11, 0))
    info = sup.decide_request(req.id, approve=True)
    assert info.suspended_at == world.clock.now() and info.deadline.suspended
    # Suspended past every due: the sweep records nothing.
    world.clock.set(sh(2026, 11, 26, 11, 0))
    assert world.desk.sweep().escalations == ()
    info = li.resume(d.id, "居民已回家")
    # Mon 11:00 -> Thu 11:00 is 3 working days = 21 h of working time, added to each outstanding due.
    assert info.suspended_at is None
    assert info.acknowledge_due == sh(2026, 11, 27, 10, 0)
    assert info.resolve_due == sh(2026, 12, 3, 10, 0)
    with pytest.raises(ConflictError):
        li.resume(d.id)


def test_acting_on_a_suspended_dispatch_ends_its_approved_suspension(world):
    d = _whistled(world).dispatches[0]
    li = world.responder()
    li.request_suspension(d.id, reason="等待居民回家")
    world.supervisor.decide_request(world.supervisor.approvals()[0].id, approve=True)
    world.clock.set(sh(2026, 11, 24, 11, 0))
    assert li.acknowledge(d.id).suspended_at is None
    with world.desk.engine.connect() as conn:
        states = conn.execute(text("SELECT kind, state FROM dispatch_request WHERE dispatch_id = :d"),
                              {"d": d.id}).all()
    assert [tuple(r) for r in states] == [("suspension", "ended")]  # not still "approved"
    assert world.desk.verify_audit().ok


def test_over_long_suspension_is_ended_by_the_sweep(world):
    world.desk.set_setting("max_suspension", "2wd")
    d = _whistled(world).dispatches[0]
    world.responder().request_suspension(d.id, reason="天气")
    world.supervisor.decide_request(world.supervisor.approvals()[0].id, approve=True)
    world.clock.set(sh(2026, 11, 30, 10, 0))
    result = world.desk.sweep()
    assert result.resumed == 1
    info = world.clerk.ticket(d.ticket_number).dispatches[0]
    assert info.suspended_at is None
    # Paused for at most 2wd (14 h): the acknowledge due moves from Tue 10:00 to Thu 10:00.
    assert info.acknowledge_due == sh(2026, 11, 26, 10, 0)
    assert {(e.step, e.level) for e in result.escalations} >= {("acknowledge", 1)}


def test_handle_escalation_actions(world):
    d = _whistled(world).dispatches[0]
    world.clock.set(sh(2026, 11, 25, 11, 0))
    world.desk.sweep()
    sup = world.supervisor
    esc = {(e.step, e.level): e for e in sup.escalations(1)}
    urged = sup.handle_escalation(esc[("acknowledge", 1)].id, action="urge", note="电话催办")
    assert urged.handled_by == "王强" and urged.handling == "urge" and urged.closed_at is None
    with pytest.raises(ValidationError):
        sup.handle_escalation(esc[("respond", 1)].id, action="confirm")  # only a 通报 is confirmed
    ext = sup.handle_escalation(esc[("respond", 1)].id, action="extend", note="给一天",
                                new_due=sh(2026, 11, 26, 17, 30))
    assert ext.closed_at is not None
    assert world.clerk.ticket(d.ticket_number).dispatches[0].respond_due == sh(2026, 11, 26, 17, 30)
    moved = sup.handle_escalation(esc[("acknowledge", 1)].id, action="reassign", note="改派", department="住建委")
    assert moved.closed_at is not None
    t = world.clerk.ticket(d.ticket_number)
    assert [(x.department, x.state) for x in t.dispatches] == [("城管执法队", "withdrawn"), ("住建委", "pending")]
    with pytest.raises(ConflictError):
        sup.handle_escalation(esc[("acknowledge", 1)].id, action="urge", note="再催")
    with pytest.raises(PermissionDenied):
        world.clerk.handle_escalation(esc[("acknowledge", 1)].id, action="urge", note="x")


def test_revisit_queue(world):
    world.desk.set_setting("revisit_categories", "市容环境")
    d = _whistled(world).dispatches[0]
    li = world.responder()
    li.acknowledge(d.id)
    li.respond(d.id, "已联系")
    li.resolve(d.id, "已处理")
    clerk = world.clerk
    clerk.verify(d.ticket_number, accepted=True)
    clerk.record_callback(d.ticket_number, contacted=True, resolved=True, satisfaction="satisfied")
    t = clerk.close(d.ticket_number)
    assert clerk.list_queue("revisit_due").total == 0
    world.clock.advance(days=366)
    assert [r.number for r in clerk.list_queue("revisit_due").rows] == [t.number]
    clerk.record_revisit(t.number, note="问题未反弹")
    assert clerk.list_queue("revisit_due").total == 0


def test_concurrent_sweeps_never_duplicate(world):
    for _ in range(30):
        _whistled(world)
    world.clock.set(sh(2026, 12, 15, 10, 0))
    desks = [Desk.open(world.desk.engine.url.render_as_string(hide_password=False), clock=world.clock)
             for _ in range(4)]
    barrier = threading.Barrier(4)
    results, errors = [], []

    def run(d):
        barrier.wait()
        try:
            results.append(len(d.sweep().escalations))
        except Exception as exc:  # noqa: BLE001 - asserted on below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(d,)) for d in desks]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    for d in desks:
        d.close()
    assert errors == []
    with world.desk.engine.connect() as conn:
        total, distinct = conn.execute(text(
            "SELECT count(*), count(DISTINCT dispatch_id || step || level) FROM escalation")).one()
    assert total == distinct == 30 * 9 == sum(results)


def _sweep_in_process(url: str, at_iso: str, barrier, queue) -> None:
    desk = Desk.open(url, clock=FakeClock(datetime.fromisoformat(at_iso)))
    barrier.wait()
    queue.put(len(desk.sweep().escalations))
    desk.close()


def test_concurrent_sweeps_in_processes_on_sqlite(sqlite_url, clock):
    from conftest import World, seed

    desk = Desk.open(sqlite_url, clock=clock)
    seed(desk)
    world = World(desk, clock)
    for _ in range(20):
        _whistled(world)
    ctx = multiprocessing.get_context("spawn")
    barrier, queue = ctx.Barrier(3), ctx.Queue()
    at = sh(2026, 12, 15, 10, 0).isoformat()
    procs = [ctx.Process(target=_sweep_in_process, args=(sqlite_url, at, barrier, queue)) for _ in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
    assert [p.exitcode for p in procs] == [0, 0, 0]
    counts = [queue.get(timeout=5) for _ in procs]
    assert sum(counts) == 20 * 9
    with desk.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM escalation")).scalar() == 180
    desk.close()
