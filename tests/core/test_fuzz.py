"""Random verbs with random arguments by random roles, on both databases: only the core's typed errors
escape, a refused call changes nothing, the invariants hold and the audit chain stays whole."""
from __future__ import annotations

import inspect
from collections import Counter
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from desk import ActingUser
from desk.errors import DeskError
from desk.permissions import MATRIX
from helpers import Office, snapshot
from models import Ticket

#: Verbs left out: they read or write what the run needs to keep (its own password, the session).
SKIP = {"change_password", "verify_password", "queues", "allowed"}
VERBS = sorted(n for n in MATRIX if hasattr(ActingUser, n) and n not in SKIP)
ROLES = ["clerk", "supervisor", "admin", "responder", "responder_lead"]

nasty_text = st.one_of(
    st.text(max_size=40),
    st.text(st.characters(codec=None, categories=("Cs", "Cc", "Cf", "Zs")), max_size=10),  # surrogates, NUL, ZWSP
    st.sampled_from(["", " ", "\u200b\ufeff", "a\x00b", "\ud800", "长" * 5000, "2026-000001", "城管执法队",
                     "幸福社区", "市容环境", "all", "new", "created_at", "routine", "12345"]),
)
nasty = st.one_of(
    nasty_text, st.integers(min_value=-2**70, max_value=2**70), st.sampled_from([0, 1, 2, 3, -1, 2**31, 2**63]),
    st.booleans(), st.none(), st.binary(max_size=8), st.floats(allow_nan=True),
    st.lists(st.one_of(st.integers(), st.text(max_size=5)), max_size=3),
    st.dictionaries(st.text(max_size=5), st.text(max_size=5), max_size=2),
    st.sampled_from([datetime(2026, 11, 25, 10, 0), datetime(2026, 11, 25, 2, 0, tzinfo=timezone.utc),
                     datetime(1, 1, 1, tzinfo=timezone.utc), datetime(9999, 12, 31, tzinfo=timezone.utc)]),
)


def _args(verb: str, draw) -> tuple[list, dict]:
    """Arguments for ``verb``: a nasty value for each parameter, or now and then none at all."""
    sig = inspect.signature(getattr(ActingUser, verb))
    args, kwargs = [], {}
    for p in list(sig.parameters.values())[1:]:
        if p.kind is inspect.Parameter.VAR_KEYWORD:
            for key in draw(st.lists(st.sampled_from(["title", "description", "category", "urgency", "address",
                                                      "community", "source", "reporter_phone", "appeal_type",
                                                      "confidential", "hotline_number", "colour"]), max_size=4)):
                kwargs[key] = draw(nasty)
            continue
        if p.default is not inspect.Parameter.empty and draw(st.booleans()):
            continue
        value = draw(nasty)
        if p.kind is inspect.Parameter.KEYWORD_ONLY:
            kwargs[p.name] = value
        else:
            args.append(value)
    return args, kwargs


def _invariants(desk) -> None:
    """What no call may break: a ticket's state agrees with its dispatches, every clock is where the rule puts
    it, and the audit chain is whole."""
    with desk.engine.connect() as conn:
        bad = conn.execute(text(
            "SELECT t.number FROM ticket t WHERE t.state = 'dispatched' AND NOT EXISTS (SELECT 1 FROM dispatch d "
            "WHERE d.ticket_id = t.id AND d.round = t.round AND d.state IN "
            "('pending','acknowledged','responded','return_requested'))")).all()
        assert not bad, f"dispatched tickets without an open dispatch: {bad}"
        bad = conn.execute(text("SELECT number FROM ticket WHERE state IN ('new','closed','cancelled') "
                                "AND next_due IS NOT NULL")).all()
        assert not bad, f"a clock runs on a ticket that has none: {bad}"
    report = desk.verify_audit()
    assert report.ok, report.problems


@pytest.fixture
def office(world):
    o = Office(world)
    for state in ("new", "dispatched", "awaiting_verification", "awaiting_callback", "closed", "cancelled"):
        o.ticket_in(state)
    return o


def _good(desk) -> list:
    """Values that name real things (tickets, dispatches, requests), so that calls get past the first check."""
    with desk.engine.connect() as conn:
        numbers = [r[0] for r in conn.execute(text("SELECT number FROM ticket"))]
        ids = [r[0] for r in conn.execute(text("SELECT id FROM dispatch UNION SELECT id FROM ticket"))]
    return numbers + ids + ["住建委", "城管执法队", "已处理", "zj.wang", "clerk"]


def test_random_calls_raise_only_typed_errors_and_refusals_change_nothing(office):
    desk = office.world.desk
    outcomes: Counter = Counter()
    values = st.one_of(st.sampled_from(_good(desk)), nasty)

    @settings(max_examples=500, deadline=None, derandomize=True, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(data=st.data())
    def one_call(data):
        role = data.draw(st.sampled_from(ROLES), label="role")
        verb = data.draw(st.sampled_from(VERBS), label="verb")
        args, kwargs = _args(verb, lambda strategy: data.draw(values if strategy is nasty else strategy))
        before = snapshot(desk)
        try:
            result = getattr(office[role], verb)(*args, **kwargs)
            if inspect.isgenerator(result):
                list(result)
        except DeskError as exc:
            outcomes[type(exc).__name__] += 1
            assert exc.message.strip()
            assert len(exc.message) < 2000, "a message quotes at most a short piece of the bad value"
            assert snapshot(desk) == before, f"{role}.{verb}(*{args!r}, **{kwargs!r}) was refused but changed data"
        else:
            outcomes["ok"] += 1
        _invariants(desk)

    one_call()
    print(f"fuzz ({desk.backend}): {sum(outcomes.values())} calls, {dict(sorted(outcomes.items()))}")
    assert outcomes["ok"] > 10 and outcomes["ValidationError"] > 10 and outcomes["PermissionDenied"] > 10, outcomes
