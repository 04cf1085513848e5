"""The sweep's ladder computes 督办 and 通报 only when they can matter: it must record exactly what computing
every threshold of every open step (the rule before issue 14) records, and move the dispatch to the same
next instant."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from desk.deadlines import WorkCalendar
from desk.deadlines.service import STEPS
from desk.escalation.service import LEVELS, Ladder, Offsets, next_instant, open_dues

CAL = WorkCalendar("Asia/Shanghai", overrides={date(2026, 12, 1): "holiday", date(2026, 12, 5): "workday"})
START = datetime(2026, 11, 20, tzinfo=timezone.utc)
OFFSETS = st.sampled_from(["0wd", "1wd", "5wd", "3wh", "90wm", "0h", "2d", "30m"])


def every_threshold(dues, have, at, offsets: Offsets):
    """The rule before issue 14: all three levels of every open step, then filter."""
    marks = [(step, level, due if offsets.of(level) is None else CAL.due(due, offsets.of(level)))
             for step, due in dues for level in LEVELS]
    reached = [m for m in marks if m[2] <= at and m[:2] not in have]
    pending = [m[2] for m in marks if m[:2] not in have and m not in reached]
    return reached, min(pending) if pending else None


instants = st.integers(0, 20 * 24 * 60).map(lambda m: START + timedelta(minutes=m))


@settings(max_examples=300, deadline=None)
@given(dues=st.lists(st.tuples(st.sampled_from(STEPS), instants), max_size=3, unique_by=lambda x: x[0]),
       have=st.sets(st.tuples(st.sampled_from(STEPS), st.sampled_from(LEVELS)), max_size=6),
       at=instants, supervise=OFFSETS, report=OFFSETS)
def test_the_ladder_records_what_every_threshold_would(dues, have, at, supervise, report):
    offsets = Offsets(supervise, report)  # 通报 may even come before 督办: nothing assumes their order
    assert Ladder(CAL, offsets).climb(dues, set(have), at) == every_threshold(dues, have, at, offsets)


@settings(max_examples=100, deadline=None)
@given(ack=st.none() | instants, respond=st.none() | instants, acknowledged=st.booleans(),
       have=st.sets(st.tuples(st.sampled_from(STEPS), st.sampled_from(LEVELS)), max_size=6),
       supervise=OFFSETS, report=OFFSETS)
def test_next_instant_is_the_earliest_pending_threshold(ack, respond, acknowledged, have, supervise, report):
    d = SimpleNamespace(state="pending", suspended_at=None, acknowledged_at=START if acknowledged else None,
                        responded_at=None, resolved_at=None, acknowledge_due=ack, respond_due=respond,
                        resolve_due=None)
    offsets = Offsets(supervise, report)
    far = START + timedelta(days=-1)  # nothing is crossed before every due instant
    assert next_instant(d, CAL, offsets, set(have)) == every_threshold(open_dues(d), have, far, offsets)[1]


def test_an_escalation_event_records_its_change_as_json():
    import json

    from desk.escalation.service import Reached, _changes

    for step, level in (("acknowledge", 1), ("verify", 3)):
        x = Reached(1, 2, step, level, datetime(2026, 11, 23, 2, 0, 0, 5, tzinfo=timezone.utc))
        assert _changes(x) == json.dumps({"level": [None, level], "step": [None, step],
                                          "reached_at": [None, x.reached_at.isoformat()]}, sort_keys=True)
