"""Every verb × role × state, generated from the transition table in desk.workflow.

An allowed combination must succeed and land in the table's destination state; a forbidden one
must raise the right typed error and leave the database exactly as it was.
"""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from desk.enums import DispatchState, Role, TicketState
from desk.errors import ConflictError, NotFound, PermissionDenied
from desk.workflow import DISPATCH_VERBS, TICKET_VERBS, TRANSITIONS, Scope

from conftest import BACKENDS, World, new_db_url, seed
from core.helpers import Office, snapshot

ACTORS = ["clerk", "supervisor", "admin", "responder", "responder_other"]
ROLE_OF = {"clerk": Role.CLERK, "supervisor": Role.SUPERVISOR, "admin": Role.ADMIN,
           "responder": Role.RESPONDER, "responder_other": Role.RESPONDER}


@pytest.fixture(scope="module", params=BACKENDS)
def office(request, tmp_path_factory):
    from desk import Desk, FakeClock
    from conftest import T0

    clock = FakeClock(T0)
    desk = Desk.open(new_db_url(request, request.param, tmp_path_factory.mktemp("matrix")), clock=clock)
    seed(desk)
    office = Office(World(desk, clock))
    office.spares = {}  # (kind, state) -> a ticket or dispatch that refused calls left exactly as it was
    yield office
    desk.close()


def _take(office, kind: str, state: str, build):
    """A ticket or dispatch in ``state``: one that the refused calls before left unchanged (the snapshot
    check proved it), or a new one. Most combinations are refused, so most tests need not build one."""
    return office.spares.pop((kind, state), None) or build(state)


def _ticket_call(verb: str, user, number: str, state: str):
    if verb == "update_ticket":
        return user.update_ticket(number, title="标题已修改")
    if verb == "whistle":
        if state == TicketState.NEW:
            return user.whistle(number, lead="交通支队", note="派单")
        return user.whistle(number, assist=["交通支队"], note="增派")
    if verb == "verify":
        return user.verify(number, accepted=True, note="核实")
    if verb == "record_callback":
        return user.record_callback(number, contacted=False, note="无人接听")
    if verb == "close":
        return user.close(number, note="结案")
    if verb == "reopen":
        return user.reopen(number, reason="居民再次反映")
    if verb == "cancel":
        return user.cancel(number, reason="重复")
    if verb == "record_revisit":
        return user.record_revisit(number, note="回头看：问题未反弹")
    raise AssertionError(verb)


def _dispatch_call(verb: str, user, dispatch_id: int):
    return {
        "acknowledge": lambda: user.acknowledge(dispatch_id),
        "respond": lambda: user.respond(dispatch_id, "已联系居民"),
        "resolve": lambda: user.resolve(dispatch_id, "已处理完毕"),
        "request_return": lambda: user.request_return(dispatch_id, "不属于本部门"),
        "decide_return": lambda: user.decide_return(dispatch_id, approve=True, note="同意"),
        "withdraw": lambda: user.withdraw(dispatch_id, "派错"),
        "request_extension": lambda: user.request_extension(dispatch_id, reason="需要协调",
                                                            new_resolve_due=FAR_FUTURE),
        "request_suspension": lambda: user.request_suspension(dispatch_id, reason="等待居民"),
    }[verb]()


FAR_FUTURE = datetime(2027, 6, 30, 9, 0, tzinfo=timezone.utc)


TICKET_CASES = [(v, a, s) for v in TICKET_VERBS if v != "create_ticket" for a in ACTORS for s in TicketState]
DISPATCH_CASES = [(v, a, s) for v in DISPATCH_VERBS for a in ACTORS for s in DispatchState]


@pytest.mark.parametrize(("verb", "actor", "state"), TICKET_CASES, ids=lambda x: str(x))
def test_ticket_verb(office, verb, actor, state):
    rule = TRANSITIONS[verb]
    number = _take(office, "ticket", state, office.ticket_in)
    user = office[actor]
    allowed = ROLE_OF[actor] in rule.roles and state in rule.sources
    before = snapshot(office.world.desk)
    if allowed:
        result = _ticket_call(verb, user, number, state)
        if rule.dest is not None:
            assert result.state == rule.dest
        assert snapshot(office.world.desk) != before
        return
    expected = PermissionDenied if ROLE_OF[actor] not in rule.roles else ConflictError
    if actor == "responder_other" or (actor == "responder" and state in (TicketState.NEW, TicketState.CANCELLED)):
        expected = (PermissionDenied, NotFound)  # a responder may not even see the ticket
    with pytest.raises(expected) as info:
        _ticket_call(verb, user, number, state)
    assert info.value.message
    assert snapshot(office.world.desk) == before
    office.spares[("ticket", state)] = number


@pytest.mark.parametrize(("verb", "actor", "state"), DISPATCH_CASES, ids=lambda x: str(x))
def test_dispatch_verb(office, verb, actor, state):
    rule = TRANSITIONS[verb]
    ticket_and_dispatch = _take(office, "dispatch", state, office.dispatch_in)
    dispatch_id = ticket_and_dispatch[1]
    user = office[actor]
    role_ok = ROLE_OF[actor] in rule.roles
    scope_ok = rule.scope is Scope.ANY or actor == "responder"
    if ROLE_OF[actor] is Role.RESPONDER and actor != "responder":
        scope_ok = False
    allowed = role_ok and scope_ok and state in rule.sources
    before = snapshot(office.world.desk)
    if allowed:
        result = _dispatch_call(verb, user, dispatch_id)
        if rule.dest is not None:
            assert result.state == rule.dest
        elif verb == "decide_return":
            assert result.state == DispatchState.RETURNED  # approved
        else:  # a request: the state stays, a request waits for a supervisor
            assert result.state == state and verb.removeprefix("request_") in result.pending_requests
        return
    expected = PermissionDenied if not (role_ok and scope_ok) else ConflictError
    with pytest.raises(expected) as info:
        _dispatch_call(verb, user, dispatch_id)
    assert info.value.message
    assert snapshot(office.world.desk) == before
    office.spares[("dispatch", state)] = ticket_and_dispatch


def test_matrix_covers_every_ticket_and_dispatch_verb():
    covered = {c[0] for c in TICKET_CASES} | {c[0] for c in DISPATCH_CASES} | {"create_ticket"}
    # Requests and escalations have no dispatch state of their own: tests/core/test_deadlines.py covers them.
    assert covered | {"decide_request", "resume", "handle_escalation"} == set(TRANSITIONS)


@pytest.mark.parametrize("actor", ACTORS)
def test_create_ticket_roles(office, actor):
    allowed = ROLE_OF[actor] in TRANSITIONS["create_ticket"].roles
    fields = dict(title="路灯不亮", description="晚上路灯不亮", category="市容环境", urgency="routine",
                  address="长安路 3 号", community="长安社区", source="patrol", reporter_name="",
                  reporter_phone="")
    if allowed:
        assert office[actor].create_ticket(**fields).state == TicketState.NEW
    else:
        before = snapshot(office.world.desk)
        with pytest.raises(PermissionDenied):
            office[actor].create_ticket(**fields)
        assert snapshot(office.world.desk) == before
