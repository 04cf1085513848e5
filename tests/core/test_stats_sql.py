"""Every indicator of the period report, recomputed from the raw rows with plain SQL, on both databases.

A demo office (eight weeks of simulated work ending at Monday 2026-11-23 10:00) is reported for week
2026-W47. The queries below are written from the printed definitions (desk/stats/definitions.py), not from
the code under test: each department's and the street's 响应率, 按时报到率, 按时办结率, 解决率, 满意率,
回访确认联系率, 退单率, 重办率 and 通报 count must match the report exactly. The demo simulates no extension
or suspension, so the due instants stored now are the ones that stood at the week's end.

The same week is reported before and after a sweep: the escalation figures do not depend on it.
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from datetime import datetime, timezone

import pytest
from sqlalchemy import text

from desk import demo
from desk.errors import ValidationError
from desk.stats import period_report, rate_items

WEEK = "2026-W47"
START = datetime(2026, 11, 15, 16, 0, tzinfo=timezone.utc)  # Monday 11-16 00:00 in Shanghai
END = datetime(2026, 11, 22, 16, 0, tzinfo=timezone.utc)
TICKETS = 2500


def _rows(desk, sql: str, **params) -> list:
    with desk.engine.connect() as conn:
        return conn.execute(text(sql), params).all()


def _utc(value) -> datetime | None:
    """A timestamp as the driver returns it (SQLite: naive UTC text or datetime), aware UTC."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


@pytest.fixture
def demo_week(desk):
    demo.generate(desk, tickets=TICKETS, seed=5)
    return desk


def owed_by_department(desk, step: str, roles: tuple[str, ...]) -> dict[str, list[tuple[str, bool]]]:
    """(ticket number, on time) per department for each step whose due fell in the week (the printed definition)."""
    done = {"acknowledge": "acknowledged_at", "respond": "responded_at", "resolve": "resolved_at"}[step]
    out: dict[str, list[tuple[str, bool]]] = defaultdict(list)
    for dept, number, due, done_at, state, closed_at in _rows(desk, f"""
            SELECT department.name, ticket.number, dispatch.{step}_due, dispatch.{done}, dispatch.state,
                   dispatch.closed_at
            FROM dispatch JOIN department ON department.id = dispatch.department_id
            JOIN ticket ON ticket.id = dispatch.ticket_id
            WHERE dispatch.role IN ({", ".join(f"'{r}'" for r in roles)})"""):
        due, done_at, closed_at = _utc(due), _utc(done_at), _utc(closed_at)
        if due is None or not START <= due < END:
            continue
        if done_at is not None and done_at >= END:
            done_at = None  # done after the week: not done as it stood then
        if done_at is None and state in ("returned", "withdrawn") and closed_at <= due:
            continue  # returned or withdrawn before the step fell due
        out[dept].append((number, done_at is not None and done_at <= due))
    return out


def on_time_by_department(desk, step: str, roles: tuple[str, ...]) -> dict[str, tuple[int, int]]:
    """(on time, owed) per department for a step whose due fell in the week."""
    return {k: (sum(ok for _, ok in v), len(v)) for k, v in owed_by_department(desk, step, roles).items()}


CALLBACK_LEAD = """
    SELECT department.name AS dept, callback.contacted, callback.resolved, callback.satisfaction,
           callback.department_contacted
    FROM callback
    LEFT JOIN department ON department.id = (
        SELECT d.department_id FROM dispatch d
        WHERE d.ticket_id = callback.ticket_id AND d.role = 'lead' AND d.state = 'resolved' AND d.resolved_at <= callback.at
        ORDER BY d.round DESC, d.resolved_at DESC, d.id DESC LIMIT 1)
    WHERE callback.at >= :start AND callback.at < :end
"""


def test_every_indicator_recomputed_from_raw_rows(demo_week):
    desk = demo_week
    before = period_report(desk, week=WEEK)  # no sweep has run: the demo writes no escalation rows
    assert _rows(desk, "SELECT count(*) FROM escalation")[0][0] == 0
    assert (before.start, before.end) == (START, END)
    depts = {d.name: d for d in before.departments}

    # -- 响应率 (lead), 按时报到率 and 按时办结率 (lead and assist) -------------------------------------------
    response = on_time_by_department(desk, "respond", ("lead",))
    acknowledge = on_time_by_department(desk, "acknowledge", ("lead", "assist"))
    resolve = on_time_by_department(desk, "resolve", ("lead", "assist"))
    assert sum(w for _, w in response.values()) > 200  # a real week, not an empty comparison
    for name, d in depts.items():
        for mine, raw in ((d.period.response, response), (d.period.acknowledge_on_time, acknowledge),
                          (d.period.resolve_on_time, resolve)):
            assert (mine.part, mine.whole) == raw.get(name, (0, 0)), name
    street = before.office.period
    assert (street.response.part, street.response.whole) == tuple(map(sum, zip(*response.values())))

    # -- 解决率, 满意率, 回访确认联系率: callbacks of the week, to the lead department of the verified round -------
    cb: dict[str | None, Counter] = defaultdict(Counter)
    for dept, contacted, resolved, satisfaction, said in _rows(desk, CALLBACK_LEAD, start=START, end=END):
        for key in (dept, "__street__"):
            c = cb[key]
            c["total"] += 1
            if contacted:
                c["valid"] += 1
                c["resolved"] += bool(resolved)
                c["satisfied"] += satisfaction == "satisfied"
                c["basic"] += satisfaction == "basically_satisfied"
                if said is not None:
                    c["asked"] += 1
                    c["said"] += bool(said)
    basic = before.scheme.basic_weight
    assert cb["__street__"]["valid"] > 100
    for name, d in list(depts.items()) + [("__street__", None)]:
        ind = street if d is None else d.period
        c = cb.get(name, Counter())
        assert ind.valid_callbacks == c["valid"], name
        assert (ind.resolution.part, ind.resolution.whole) == (c["resolved"], c["valid"]), name
        if c["valid"]:
            assert ind.satisfaction.value == pytest.approx((c["satisfied"] + basic * c["basic"]) / c["valid"])
        assert (ind.department_contacted.part, ind.department_contacted.whole) == (c["said"], c["asked"]), name

    # -- 退单率: approved returns of the week ÷ dispatches received in the week -----------------------------------
    received = Counter(dict(_rows(desk, """
        SELECT department.name, count(*) FROM dispatch JOIN department ON department.id = dispatch.department_id
        WHERE dispatch.dispatched_at >= :start AND dispatch.dispatched_at < :end GROUP BY department.name""",
                                  start=START, end=END)))
    approved: Counter = Counter()
    for name, changes in _rows(desk, """
            SELECT department.name, event.changes FROM event JOIN dispatch ON dispatch.id = event.dispatch_id
            JOIN department ON department.id = dispatch.department_id
            WHERE event.kind = 'decide_return' AND event.at >= :start AND event.at < :end""", start=START, end=END):
        value = json.loads(changes).get("approved")
        approved[name] += bool(value[1] if isinstance(value, list) else value)
    for name, d in depts.items():
        assert (d.period.return_rate.part, d.period.return_rate.whole) == (approved[name], received[name]), name

    # -- 重办率: rounds decided (结案 or 重办) in the week, to the round's lead -------------------------------------
    decided: Counter = Counter()
    redone: Counter = Counter()
    for kind, name in _rows(desk, """
            SELECT event.kind, department.name FROM event LEFT JOIN department ON department.id = (
                SELECT d.department_id FROM dispatch d
                WHERE d.ticket_id = event.ticket_id AND d.role = 'lead' AND d.state = 'resolved'
                  AND d.resolved_at <= event.at
                ORDER BY d.round DESC, d.resolved_at DESC, d.id DESC LIMIT 1)
            WHERE event.kind IN ('close', 'reopen') AND event.at >= :start AND event.at < :end""",
                            start=START, end=END):
        decided[name] += 1
        redone[name] += kind == "reopen"
    assert sum(redone.values()) > 0
    for name, d in depts.items():
        assert (d.period.redo_rate.part, d.period.redo_rate.whole) == (redone[name], decided[name]), name

    # -- 催办, 督办, 通报: steps whose threshold (the due; due + escalate_supervise_after; due + escalate_report_after,
    # working time) fell in the week while owed ---------------------------------------------------------------------
    desk_cal = desk.calendar()
    settings = desk.settings()
    offsets = {1: None, 2: settings["escalate_supervise_after"], 3: settings["escalate_report_after"]}
    reached: dict[int, Counter] = {level: Counter() for level in offsets}
    for name, state, closed_at, *steps in _rows(desk, """
            SELECT department.name, dispatch.state, dispatch.closed_at,
                   dispatch.acknowledge_due, dispatch.acknowledged_at, dispatch.respond_due, dispatch.responded_at,
                   dispatch.resolve_due, dispatch.resolved_at
            FROM dispatch JOIN department ON department.id = dispatch.department_id"""):
        gone = _utc(closed_at) if state in ("returned", "withdrawn") else None
        for due, done in zip(steps[0::2], steps[1::2]):
            due, done = _utc(due), _utc(done)
            if due is None:
                continue
            for level, after in offsets.items():
                at = due if after is None else desk_cal.due(due, after)
                if START <= at < END and (done is None or done > at) and (gone is None or gone > at):
                    reached[level][name] += 1
    assert all(sum(counts.values()) > 0 for counts in reached.values())
    for name, d in depts.items():
        assert d.period.notifications == reached[3][name], name
        assert (d.all.escalations.level1, d.all.escalations.level2, d.all.escalations.level3) == tuple(
            reached[level][name] for level in (1, 2, 3)), name

    # -- the same figures after a sweep has recorded the escalations ------------------------------------------
    desk.sweep()
    assert _rows(desk, "SELECT count(*) FROM escalation")[0][0] > 0
    again = period_report(desk, week=WEEK)
    for d in again.departments:
        b = before.department(d.name)
        assert (d.period, d.window, d.all.escalations, d.lead.escalations) == (b.period, b.window,
                                                                               b.all.escalations, b.lead.escalations)
    strip = lambda items: [(e.ticket_number, e.department, e.step, e.level, e.reached_at, e.closed) for e in items]  # noqa
    assert strip(again.notifications) == strip(before.notifications)
    assert strip(again.escalations) == strip(before.escalations)


def test_a_rates_tickets_are_the_ones_it_counted(demo_week):
    """The drill-down from a department's rate to its tickets lists exactly the dispatches or callbacks the raw
    rows say that rate counts (ticket numbers and outcomes), so the numerator and denominator add up."""
    desk = demo_week
    report = period_report(desk, week=WEEK)
    steps = {"response": ("respond", ("lead",)), "acknowledge_on_time": ("acknowledge", ("lead", "assist")),
             "resolve_on_time": ("resolve", ("lead", "assist"))}
    basic = report.scheme.basic_weight
    callbacks: dict[str, list[tuple]] = defaultdict(list)
    for number, dept, contacted, resolved, satisfaction, said in _rows(desk, CALLBACK_LEAD.replace(
            "SELECT department.name AS dept", "SELECT (SELECT number FROM ticket WHERE ticket.id = callback.ticket_id),"
            " department.name AS dept"), start=START, end=END):
        if contacted:
            callbacks[dept].append((number, resolved, satisfaction, said))
    checked = 0
    for indicator, (step, roles) in steps.items():
        raw = owed_by_department(desk, step, roles)
        for d in report.departments:
            items = rate_items(desk, d.name, indicator, week=WEEK)
            assert sorted((x.ticket_number, x.part == 1) for x in items) == sorted(raw.get(d.name, [])), indicator
            assert {x.kind for x in items} <= {step}
            ratio = d.period.get(indicator)
            assert (sum(x.part for x in items), len(items)) == (ratio.part, ratio.whole)
            missed = [x.part < 1 for x in items]
            assert missed == sorted(missed, reverse=True)  # what counts against the rate comes first
            checked += len(items)
    for d in report.departments:
        rows = callbacks.get(d.name, [])
        resolution = rate_items(desk, d.name, "resolution", week=WEEK)
        assert sorted((x.ticket_number, x.part) for x in resolution) == sorted((n, float(bool(r))) for n, r, _, _ in rows)
        satisfaction = rate_items(desk, d.name, "satisfaction", week=WEEK)
        weight = {"satisfied": 1.0, "basically_satisfied": basic}
        assert sorted((x.ticket_number, x.part) for x in satisfaction) == sorted(
            (n, weight.get(s, 0.0)) for n, _, s, _ in rows)
        asked = rate_items(desk, d.name, "department_contacted", week=WEEK)
        assert sorted((x.ticket_number, x.part) for x in asked) == sorted(
            (n, float(bool(said))) for n, _, _, said in rows if said is not None)
        checked += len(resolution)
    assert checked > 500  # a real week, not an empty comparison

    # bad input: a readable, typed error
    with pytest.raises(ValidationError) as err:
        rate_items(desk, report.departments[0].name, "composite", week=WEEK)
    assert err.value.field == "indicator" and "composite" in str(err.value)
    with pytest.raises(ValidationError) as err:
        rate_items(desk, "没有这个部门", "response", week=WEEK)
    assert err.value.field == "department" and "没有这个部门" in str(err.value)
    with pytest.raises(ValidationError) as err:
        rate_items(desk, report.departments[0].name, "response", week="2026-W99")
    assert err.value.field == "week"
