"""The whole ticket lifecycle through the façade, on both databases."""
from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta, timezone

import pytest

from desk.errors import ValidationError

from desk.enums import DispatchState as D
from desk.enums import TicketState as T


def _finish(user, dispatch_id):
    user.acknowledge(dispatch_id, "收到")
    user.respond(dispatch_id, "已联系居民")
    return user.resolve(dispatch_id, "已处理")


def test_create_returns_frozen_detail_with_event(world):
    t = world.new_ticket()
    assert t.number == "2026-000001"
    assert t.state == T.NEW
    assert t.created_by == "张伟"
    assert t.created_at == world.clock.now()
    assert [e.kind for e in t.events] == ["create"]
    with pytest.raises(dataclasses.FrozenInstanceError):
        t.title = "x"  # type: ignore[misc]


def test_numbers_count_per_year_in_office_time(world):
    assert world.new_ticket().number == "2026-000001"
    assert world.new_ticket().number == "2026-000002"
    world.clock.set(datetime(2026, 12, 31, 15, 30, tzinfo=timezone.utc))  # 23:30 in Shanghai
    assert world.new_ticket().number == "2026-000003"
    # 2026-12-31 16:30 UTC is already 2027-01-01 00:30 in Shanghai.
    world.clock.set(datetime(2026, 12, 31, 16, 30, tzinfo=timezone.utc))
    assert world.new_ticket().number == "2027-000001"


def test_whistle_records_departments_and_times(world):
    t = world.new_ticket()
    world.clock.advance(minutes=5)
    t = world.clerk.whistle(t.number, lead="城管执法队", assist=["住建委", "交通支队"], note="联合执法")
    assert t.state == T.DISPATCHED
    assert t.first_whistled_at == world.clock.now()
    assert [(d.department, d.role, d.state) for d in t.dispatches] == [
        ("城管执法队", "lead", D.PENDING), ("住建委", "assist", D.PENDING), ("交通支队", "assist", D.PENDING)]
    # Adding a department to an open ticket.
    t = world.clerk.whistle(t.number, assist=["水务所"], note="增派")
    assert len(t.dispatches) == 4 and t.state == T.DISPATCHED
    with pytest.raises(ValidationError):
        world.clerk.whistle(t.number, assist=["水务所"])  # already working on it


def test_timestamps_follow_the_clock(world):
    t = world.clerk.whistle(world.new_ticket().number, lead="城管执法队")
    li = world.responder()
    did = t.dispatches[0].id
    world.clock.advance(hours=1)
    a = li.acknowledge(did)
    world.clock.advance(hours=2)
    r = li.respond(did, "已联系")
    world.clock.advance(hours=3)
    z = li.resolve(did, "已处理")
    assert z.acknowledged_at == a.acknowledged_at == datetime(2026, 11, 23, 3, 0, tzinfo=timezone.utc)
    assert r.responded_at == datetime(2026, 11, 23, 5, 0, tzinfo=timezone.utc)
    assert z.resolved_at == datetime(2026, 11, 23, 8, 0, tzinfo=timezone.utc)
    assert z.resolved_at.tzinfo is not None


def test_waits_for_every_dispatch_before_verification(world):
    t = world.clerk.whistle(world.new_ticket().number, lead="城管执法队", assist=["住建委"])
    lead, assist = t.dispatches
    _finish(world.responder("城管执法队"), lead.id)
    assert world.clerk.ticket(t.number).state == T.DISPATCHED
    _finish(world.responder("住建委"), assist.id)
    assert world.clerk.ticket(t.number).state == T.AWAITING_VERIFICATION


def test_return_approved_and_redispatch(world):
    t = world.clerk.whistle(world.new_ticket().number, lead="住建委")
    wang = world.responder("住建委")
    d = wang.request_return(t.dispatches[0].id, "属于城管职责")
    assert d.state == D.RETURN_REQUESTED and d.return_reason == "属于城管职责"
    assert [x.number for x in world.supervisor.list_queue("returns_pending").rows] == [t.number]
    d = world.supervisor.decide_return(d.id, approve=True, note="同意退回")
    assert d.state == D.RETURNED
    t = world.clerk.ticket(t.number)
    assert t.state == T.NEW  # nobody is working on it: back to 待派 for re-dispatch
    t = world.clerk.whistle(t.number, lead="城管执法队", note="改派")
    assert t.state == T.DISPATCHED
    assert [(x.department, x.state) for x in t.dispatches] == [("住建委", D.RETURNED), ("城管执法队", D.PENDING)]


def test_return_rejected_goes_back_to_where_it_was(world):
    t = world.clerk.whistle(world.new_ticket().number, lead="住建委")
    wang = world.responder("住建委")
    did = t.dispatches[0].id
    wang.acknowledge(did)
    wang.respond(did, "已到场")
    wang.request_return(did, "不归我们管")
    d = world.supervisor.decide_return(did, approve=False, note="属于你部门职责")
    assert d.state == D.RESPONDED
    events = world.clerk.ticket(t.number).events
    assert events[-1].kind == "decide_return" and events[-1].changes["approved"] == [None, False]
    wang.request_return(did, "还是不归我们管")
    with pytest.raises(ValidationError):
        world.supervisor.decide_return(did, approve=False, note="")  # a rejection needs a reason


def test_lead_returned_while_assist_works(world):
    t = world.clerk.whistle(world.new_ticket().number, lead="住建委", assist=["水务所"])
    lead, assist = t.dispatches
    world.responder("住建委").request_return(lead.id, "非本部门")
    world.supervisor.decide_return(lead.id, approve=True)
    _finish(world.responder("水务所"), assist.id)
    # No lead has resolved it: it waits for a new lead, not for verification.
    assert world.clerk.ticket(t.number).state == T.NEW
    t = world.clerk.whistle(t.number, lead="城管执法队")
    new_lead = t.dispatches[-1]
    _finish(world.responder("城管执法队"), new_lead.id)
    assert world.clerk.ticket(t.number).state == T.AWAITING_VERIFICATION


def test_withdraw(world):
    t = world.clerk.whistle(world.new_ticket().number, lead="城管执法队", assist=["住建委"])
    d = world.clerk.withdraw(t.dispatches[1].id, "派错")
    assert d.state == D.WITHDRAWN and d.closed_at == world.clock.now()
    _finish(world.responder("城管执法队"), t.dispatches[0].id)
    assert world.clerk.ticket(t.number).state == T.AWAITING_VERIFICATION


def test_verify_rejected_summons_the_same_departments_again(world):
    t = world.clerk.whistle(world.new_ticket().number, lead="城管执法队", assist=["住建委"])
    _finish(world.responder("城管执法队"), t.dispatches[0].id)
    _finish(world.responder("住建委"), t.dispatches[1].id)
    with pytest.raises(ValidationError):
        world.clerk.verify(t.number, accepted=False, note="")  # a reason is needed
    t = world.clerk.verify(t.number, accepted=False, note="现场仍有摊贩")
    assert t.state == T.DISPATCHED and t.round == 2
    second = [d for d in t.dispatches if d.round == 2]
    assert [(d.department, d.role, d.state) for d in second] == [
        ("城管执法队", "lead", D.PENDING), ("住建委", "assist", D.PENDING)]


def test_callback_close_reopen(world):
    t = world.clerk.whistle(world.new_ticket().number, lead="城管执法队")
    _finish(world.responder(), t.dispatches[0].id)
    t = world.clerk.verify(t.number, accepted=True, note="已核实")
    assert t.state == T.AWAITING_CALLBACK and t.verified_at == world.clock.now()
    assert [x.number for x in world.clerk.list_queue("awaiting_callback").rows] == [t.number]
    t = world.clerk.record_callback(t.number, contacted=True, resolved=False, satisfaction="dissatisfied",
                                    note="居民说问题反弹")
    assert t.callbacks[0].satisfaction == "dissatisfied" and t.callbacks[0].resolved is False
    t = world.clerk.close(t.number, note="结案")
    assert t.state == T.CLOSED and t.closed_at == world.clock.now()
    t = world.clerk.reopen(t.number, reason="居民再次反映")
    assert t.state == T.DISPATCHED and t.round == 2 and t.closed_at is None
    assert t.dispatches[-1].department == "城管执法队" and t.dispatches[-1].state == D.PENDING


def test_cancel_withdraws_open_dispatches(world):
    t = world.clerk.whistle(world.new_ticket().number, lead="城管执法队", assist=["住建委"])
    world.responder("城管执法队").acknowledge(t.dispatches[0].id)
    t = world.clerk.cancel(t.number, reason="居民撤诉")
    assert t.state == T.CANCELLED
    assert {d.state for d in t.dispatches} == {D.WITHDRAWN}


def test_update_ticket_records_changes_and_checks_version(world):
    t = world.new_ticket()
    world.clock.advance(minutes=1)
    t2 = world.clerk.update_ticket(t.number, expected_version=t.version, title="新标题", urgency="urgent")
    assert t2.title == "新标题" and t2.urgency == "urgent" and t2.version == t.version + 1
    ev = t2.events[-1]
    assert ev.kind == "update" and ev.changes == {"title": [t.title, "新标题"], "urgency": ["routine", "urgent"]}
    from desk.errors import ConflictError

    with pytest.raises(ConflictError) as info:
        world.login("clerk2").update_ticket(t.number, expected_version=t.version, title="另一个标题")
    assert "张伟" in info.value.message
    assert world.clerk.ticket(t.number).title == "新标题"


def test_timeline_names_actors_and_departments(world):
    t = world.clerk.whistle(world.new_ticket().number, lead="城管执法队", note="请处理")
    world.responder().acknowledge(t.dispatches[0].id, "收到")
    events = world.clerk.ticket(t.number).events
    assert [(e.kind, e.actor, e.department) for e in events] == [
        ("create", "张伟", None), ("whistle", "张伟", "城管执法队"), ("state", "张伟", None),
        ("acknowledge", "城管执法队联络员", "城管执法队")]
    assert [e.at for e in events] == sorted(e.at for e in events)


def test_disabled_account_cannot_act(world):
    clerk = world.clerk
    from sqlalchemy import text

    with world.desk.engine.begin() as conn:
        conn.execute(text("UPDATE user_account SET active = false WHERE username = 'clerk'"))
    from desk.errors import AuthError

    with pytest.raises(AuthError):
        clerk.create_ticket(title="x", description="y", category="市容环境", urgency="routine", address="a",
                            community="幸福社区", source="patrol")
    with pytest.raises(AuthError):
        world.desk.login("clerk", "pass-word-1")


def test_allowed_actions_follow_the_table(world):
    t = world.clerk.whistle(world.new_ticket().number, lead="城管执法队", assist=["住建委"])
    lead, assist = t.dispatches
    li = world.responder("城管执法队")
    acts = li.allowed(li.ticket(t.number))
    assert acts.ticket == frozenset()
    assert acts.dispatches[lead.id] == {"acknowledge", "request_return", "request_extension", "request_suspension"}
    assert acts.dispatches[assist.id] == frozenset()
    acts = world.clerk.allowed(t)
    assert acts.ticket == {"update_ticket", "whistle", "cancel"}
    assert acts.dispatches[lead.id] == {"withdraw"}
    acts = world.supervisor.allowed(world.clerk.ticket(t.number))
    assert "decide_return" not in acts.dispatches[lead.id]


def test_time_passes_between_steps_is_kept(world):
    t = world.new_ticket()
    world.clock.advance(timedelta(days=1))
    t = world.clerk.whistle(t.number, lead="城管执法队")
    assert t.first_whistled_at - t.created_at == timedelta(days=1)
