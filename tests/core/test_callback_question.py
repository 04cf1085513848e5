"""回访 asks 承办部门（工作人员）是否联系过您: the answer is stored, shown, recorded in the event, and bad input
is refused with the database left as it was."""
from __future__ import annotations

import pytest
from sqlalchemy import text

from desk.errors import ValidationError

from core.helpers import Office, snapshot


def _stored(world, number: str) -> list[tuple]:
    with world.desk.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(
            "SELECT c.contacted, c.resolved, c.satisfaction, c.department_contacted FROM callback c "
            "JOIN ticket t ON t.id = c.ticket_id WHERE t.number = :n ORDER BY c.id"), {"n": number})]


def _verified(world) -> str:
    """A ticket verified and waiting for its callback (none recorded yet)."""
    office = Office(world)
    number = office.ticket_in("awaiting_verification")
    world.clerk.verify(number, accepted=True, note="核实通过")
    return number


@pytest.mark.parametrize("answer", [True, False, None])
def test_the_answer_is_stored_shown_and_recorded_in_the_event(world, answer):
    number = _verified(world)
    t = world.clerk.record_callback(number, contacted=True, resolved=True, satisfaction="satisfied",
                                    department_contacted=answer, note="已回访")
    assert _stored(world, number) == [(True, True, "satisfied", answer)]
    assert [(c.contacted, c.department_contacted) for c in t.callbacks] == [(True, answer)]
    event = t.events[-1]
    assert event.kind == "callback"
    assert event.changes == {"contacted": [None, True], "resolved": [None, True], "satisfaction": [None, "satisfied"],
                             "department_contacted": [None, answer]}
    # read again (another desk, a later call): the same answer
    assert world.clerk.ticket(number).callbacks[-1].department_contacted is answer


def test_not_asked_is_the_default_and_a_resident_not_reached_has_no_answer(world):
    number = _verified(world)
    t = world.clerk.record_callback(number, contacted=False, note="电话无人接听")
    assert t.callbacks[-1].department_contacted is None
    assert t.events[-1].changes["department_contacted"] == [None, None]
    t = world.clerk.record_callback(number, contacted=True, resolved=False, satisfaction="dissatisfied")
    assert [c.department_contacted for c in t.callbacks] == [None, None]
    assert _stored(world, number) == [(False, None, None, None), (True, False, "dissatisfied", None)]


@pytest.mark.parametrize("bad", ["yes", "是", 1, 0, "", [], {"a": 1}])
def test_a_non_boolean_answer_is_refused_and_nothing_changes(world, bad):
    number = _verified(world)
    before = snapshot(world.desk)
    with pytest.raises(ValidationError) as info:
        world.clerk.record_callback(number, contacted=True, resolved=True, satisfaction="satisfied",
                                    department_contacted=bad)
    assert info.value.field == "department_contacted"
    assert "承办部门是否联系过您" in info.value.message
    assert snapshot(world.desk) == before


@pytest.mark.parametrize("answer", [True, False])
def test_an_answer_when_the_resident_was_not_reached_is_refused(world, answer):
    number = _verified(world)
    before = snapshot(world.desk)
    with pytest.raises(ValidationError) as info:
        world.clerk.record_callback(number, contacted=False, department_contacted=answer)
    assert info.value.field == "department_contacted"
    assert info.value.message == "未联系到反映人时不能填写“承办部门是否联系过您”。"
    assert snapshot(world.desk) == before
