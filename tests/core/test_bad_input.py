"""Bad input gets a typed error naming the field, and leaves the database exactly as it was."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk.errors import AuthError, ConflictError, NotFound, PermissionDenied, ValidationError

from conftest import PASSWORD
from core.helpers import snapshot

GOOD = dict(title="幸福路早市占道经营", description="摊贩占道。", category="市容环境", urgency="routine",
            address="幸福路 12 号", community="幸福社区", source="12345", reporter_name="王女士",
            reporter_phone="13812345678")


def _rejects(world, exc_type, call, field=None):
    before = snapshot(world.desk)
    with pytest.raises(exc_type) as info:
        call()
    assert info.value.message.strip()
    if field is not None:
        assert info.value.field == field
    assert snapshot(world.desk) == before
    return info.value


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("title", ""),
        ("title", "   "),
        ("title", "长" * 201),
        ("description", "x" * 100 * 1024),
        ("description", ""),
        ("reporter_phone", "abc"),
        ("reporter_phone", "123"),
        ("reporter_phone", "1381234567"),  # one digit short
        ("reporter_phone", "23812345678"),
        ("category", "不存在的分类"),
        ("urgency", "very"),
        ("source", "twitter"),
        ("address", ""),
        ("community", "社" * 65),
        ("title", "a\x00b"),
        ("title", 12345),
    ],
)
def test_create_ticket_rejects(world, field, value):
    clerk = world.clerk
    err = _rejects(world, ValidationError, lambda: clerk.create_ticket(**{**GOOD, field: value}), field)
    assert isinstance(err, ValidationError)


def test_unknown_field_is_rejected(world):
    _rejects(world, ValidationError, lambda: world.clerk.create_ticket(**GOOD, colour="red"), "colour")


@pytest.mark.parametrize("phone", ["13812345678", "+86 138 1234 5678", "010-65123456", "0755-12345678-123",
                                   "65123456", ""])
def test_valid_phone_numbers(world, phone):
    assert world.clerk.create_ticket(**{**GOOD, "reporter_phone": phone}).number


def test_update_ticket_bad_input_keeps_ticket(world):
    t = world.new_ticket()
    _rejects(world, ValidationError, lambda: world.clerk.update_ticket(t.number, title=""), "title")
    _rejects(world, ValidationError, lambda: world.clerk.update_ticket(t.number, reporter_phone="12"),
             "reporter_phone")


def test_unknown_department(world):
    t = world.new_ticket()
    _rejects(world, ValidationError, lambda: world.clerk.whistle(t.number, lead="不存在部门"), "lead")
    _rejects(world, ValidationError,
             lambda: world.clerk.whistle(t.number, lead="城管执法队", assist=["住建委", "火星办"]), "assist")
    _rejects(world, ValidationError,
             lambda: world.clerk.whistle(t.number, lead="城管执法队", assist=["城管执法队"]), "assist")
    _rejects(world, ValidationError, lambda: world.clerk.whistle(t.number, assist=["住建委"]), "lead")


def test_whistling_a_closed_ticket(world):
    from core.helpers import Office

    number = Office(world).ticket_in("closed")
    err = _rejects(world, ConflictError, lambda: world.clerk.whistle(number, lead="交通支队"))
    assert "已结案" in err.message


def test_acknowledging_twice_names_who(world):
    t = world.new_ticket()
    t = world.clerk.whistle(t.number, lead="城管执法队")
    li = world.responder("城管执法队")
    li.acknowledge(t.dispatches[0].id)
    err = _rejects(world, ConflictError, lambda: li.acknowledge(t.dispatches[0].id))
    assert "城管执法队联络员" in err.message and "已报到" in err.message


def test_responder_of_another_department(world):
    t = world.clerk.whistle(world.new_ticket().number, lead="城管执法队")
    other = world.responder("水务所")
    _rejects(world, PermissionDenied, lambda: other.acknowledge(t.dispatches[0].id))
    _rejects(world, NotFound, lambda: other.ticket(t.number))
    assert other.list_queue("all").total == 0


def test_unknown_dispatch_and_ticket(world):
    _rejects(world, NotFound, lambda: world.responder().acknowledge(999_999))
    _rejects(world, NotFound, lambda: world.clerk.whistle("2026-999999", lead="城管执法队"))


@pytest.mark.parametrize(("username", "password"), [("clerk", "wrong"), ("clerk", ""), ("nobody", PASSWORD),
                                                    ("", "")])
def test_wrong_password(world, username, password):
    err = _rejects(world, AuthError, lambda: world.desk.login(username, password))
    assert err.message == "用户名或密码不正确。"


def test_required_notes(world):
    t = world.clerk.whistle(world.new_ticket().number, lead="城管执法队")
    li = world.responder()
    did = t.dispatches[0].id
    _rejects(world, ValidationError, lambda: li.request_return(did, "  "), "reason")
    li.acknowledge(did)
    _rejects(world, ValidationError, lambda: li.respond(did, ""), "note")
    li.respond(did, "已联系")
    _rejects(world, ValidationError, lambda: li.resolve(did, ""), "note")
    _rejects(world, ValidationError, lambda: world.clerk.cancel(t.number, reason=""), "reason")


def test_callback_validation(world):
    from core.helpers import Office

    number = Office(world).ticket_in("awaiting_callback")
    clerk = world.clerk
    _rejects(world, ValidationError, lambda: clerk.record_callback(number, contacted=True, resolved=True),
             "satisfaction")
    _rejects(world, ValidationError, lambda: clerk.record_callback(number, contacted=True, satisfaction="satisfied"),
             "resolved")
    _rejects(world, ValidationError,
             lambda: clerk.record_callback(number, contacted=False, satisfaction="satisfied"), "contacted")
    _rejects(world, ValidationError,
             lambda: clerk.record_callback(number, contacted=True, resolved=True, satisfaction="happy"),
             "satisfaction")


def test_close_needs_a_callback(world):
    t = world.clerk.whistle(world.new_ticket().number, lead="城管执法队")
    li = world.responder()
    did = t.dispatches[0].id
    li.acknowledge(did)
    li.respond(did, "已联系")
    li.resolve(did, "已处理")
    world.clerk.verify(t.number, accepted=True)
    _rejects(world, ValidationError, lambda: world.clerk.close(t.number), "callback")


def test_search_and_paging_input(world):
    with pytest.raises(ValidationError):
        world.clerk.list_queue("all", search="x" * 101)
    with pytest.raises(ValidationError):
        world.clerk.list_queue("all", limit=0)
    with pytest.raises(ValidationError):
        world.clerk.list_queue("dept_pending")  # a responder's queue
    with pytest.raises(ValidationError):
        world.clerk.list_queue("all", sort="password_hash")
    for key in ((9, 1), ("0", 1), (0, "x", 1, 2), "0", (0,)):  # a page key the queue never handed out
        with pytest.raises(ValidationError):
            world.clerk.list_queue("all", after=key)
    with pytest.raises(ValidationError):
        world.clerk.list_queue("all", offset=5, after=(0, world.clock.now(), 1))


texts = st.one_of(st.text(max_size=300), st.integers(), st.none(), st.binary(max_size=20))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(field=st.sampled_from(sorted(GOOD)), value=texts)
def test_any_field_value_either_works_or_is_a_validation_error(world, field, value):
    before = snapshot(world.desk)
    try:
        t = world.clerk.create_ticket(**{**GOOD, field: value})
    except ValidationError as exc:
        assert exc.field == field
        assert snapshot(world.desk) == before
    else:
        assert t.number
