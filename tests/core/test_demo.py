"""The demo-data generator: every state, the façade's rules, reproducible, usable right away."""
from __future__ import annotations

import hashlib
import json
import shutil
from collections import defaultdict
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session, selectinload

from desk import Desk, FakeClock, demo
from desk.enums import OPEN_DISPATCH_STATES, DispatchRole, DispatchState, TicketState
from desk.errors import ConflictError, ValidationError
from desk.tickets.service import derive_state
from desk.workflow import TRANSITIONS, Scope
from models import Base, Dispatch, Ticket
from models.textsearch import TEXT_COLUMNS

from conftest import T0

N = 300
#: Event kinds the façade writes.
FACADE_KINDS = {"create", "whistle", "state", "acknowledge", "respond", "resolve", "request_return",
                "decide_return", "withdraw", "verify", "verify_rejected", "callback", "close", "reopen", "cancel",
                "project_link"}  # (issue 16: a ticket made the evidence of a demo project)
#: Dispatch verbs and the states they lead to (decide_return: approved, else back).
DISPATCH_DEST = {"acknowledge": "acknowledged", "respond": "responded", "resolve": "resolved",
                 "request_return": "return_requested", "withdraw": "withdrawn"}


@pytest.fixture
def demo_desk(desk):
    result = demo.generate(desk, tickets=N, seed=1)
    return desk, result


def _rows(desk: Desk, sql: str) -> list[dict]:
    with desk.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(text(sql))]


def test_every_ticket_and_dispatch_state_is_present(demo_desk):
    desk, result = demo_desk
    tickets = {r["state"] for r in _rows(desk, "SELECT DISTINCT state FROM ticket")}
    dispatches = {r["state"] for r in _rows(desk, "SELECT DISTINCT state FROM dispatch")}
    assert tickets == {s.value for s in TicketState}
    assert dispatches == {s.value for s in DispatchState}
    assert result.tickets == N == desk.ticket_count()
    assert sum(result.ticket_states.values()) == N
    assert set(result.ticket_states) == tickets
    counts = _rows(desk, "SELECT (SELECT count(*) FROM dispatch) AS d, "
                         "(SELECT count(*) FROM event WHERE ticket_id IS NOT NULL) AS e, "
                         "(SELECT count(*) FROM callback) AS c")[0]
    assert (counts["d"], counts["e"], counts["c"]) == (result.dispatches, result.events, result.callbacks)
    # Mostly done work, as in a real office; 12345 the most common source; mostly routine.
    assert result.ticket_states[TicketState.CLOSED] > N / 2
    sources = {r["source"]: r["n"] for r in _rows(desk, "SELECT source, count(*) AS n FROM ticket GROUP BY source")}
    assert max(sources, key=sources.get) == "12345"
    urg = {r["urgency"]: r["n"] for r in _rows(desk, "SELECT urgency, count(*) AS n FROM ticket GROUP BY urgency")}
    assert max(urg, key=urg.get) == "routine"


def test_ticket_states_are_what_the_facade_would_derive(demo_desk):
    desk, _ = demo_desk
    now = desk.clock.now()
    with Session(desk.engine) as s:
        tickets = s.scalars(select(Ticket).options(selectinload(Ticket.dispatches))).all()
        assert len(tickets) == N
        for t in tickets:
            current = [d for d in t.dispatches if d.round == t.round]
            open_now = [d for d in t.dispatches if d.state in OPEN_DISPATCH_STATES]
            assert all(d.round == t.round for d in open_now), t.number
            assert now - timedelta(days=demo.SPAN_DAYS + 1) <= t.created_at <= t.updated_at <= now
            if t.state in (TicketState.NEW, TicketState.DISPATCHED, TicketState.AWAITING_VERIFICATION):
                assert derive_state(t) == t.state, t.number
                assert t.closed_at is None and t.verified_at is None
            elif t.state == TicketState.AWAITING_CALLBACK:
                assert derive_state(t) == TicketState.AWAITING_VERIFICATION and t.verified_at is not None
            elif t.state == TicketState.CLOSED:
                assert derive_state(t) == TicketState.AWAITING_VERIFICATION
                assert t.verified_at <= t.closed_at
            else:
                assert t.state == TicketState.CANCELLED and not open_now and t.closed_at is not None
            if t.state != TicketState.NEW or t.dispatches:
                assert t.first_whistled_at is not None or t.state == TicketState.CANCELLED
            for d in t.dispatches:
                stamps = [d.dispatched_at, d.acknowledged_at, d.responded_at, d.resolved_at]
                present = [x for x in stamps if x is not None]
                assert present == sorted(present) and present[-1] <= now, (t.number, d.id)
                assert (d.closed_at is not None) == (d.state in ("resolved", "returned", "withdrawn"))
                if d.state == DispatchState.RETURN_REQUESTED:
                    assert d.return_reason and d.state_before_return in ("pending", "acknowledged", "responded")
            assert sum(1 for d in current if d.role == DispatchRole.LEAD and d.state not in ("returned", "withdrawn")
                       ) <= 1


def test_the_timeline_replays_to_the_stored_states(demo_desk):
    """Walk every event in id order: each state change starts where the last one ended."""
    desk, _ = demo_desk
    tickets = {r["id"]: r for r in _rows(desk, "SELECT * FROM ticket")}
    dispatches = {r["id"]: r for r in _rows(desk, "SELECT * FROM dispatch")}
    callbacks = defaultdict(list)
    for c in _rows(desk, "SELECT * FROM callback ORDER BY id"):
        callbacks[c["ticket_id"]].append(c)
    users = {r["id"]: r for r in _rows(desk, "SELECT id, role, department_id FROM user_account")}
    t_state: dict[int, str | None] = {}
    d_state: dict[int, str] = {}
    last_at: dict[int, object] = {}
    n_callback_events = defaultdict(int)
    callback_changes = defaultdict(list)
    for e in _rows(desk, "SELECT * FROM event WHERE ticket_id IS NOT NULL ORDER BY id"):
        assert e["kind"] in FACADE_KINDS
        changes = json.loads(e["changes"])
        tid = e["ticket_id"]
        at = e["at"]
        assert tid not in last_at or last_at[tid] <= at, "a ticket's events are in time order"
        last_at[tid] = at
        if e["kind"] == "create":
            assert tid not in t_state and changes == {"state": [None, "new"]}
        elif e["kind"] == "whistle":
            d = dispatches[e["dispatch_id"]]
            assert e["dispatch_id"] not in d_state
            assert changes["role"] == [None, d["role"]] and e["note"] == d["note"]
            d_state[e["dispatch_id"]] = "pending"
        elif e["dispatch_id"] is not None:
            actor = users[e["actor_id"]]
            rule = TRANSITIONS[e["kind"]]
            assert actor["role"] in rule.roles, e
            if rule.scope is Scope.OWN_DEPARTMENT:
                assert actor["department_id"] == dispatches[e["dispatch_id"]]["department_id"], e
            old, new = changes["state"]
            assert d_state[e["dispatch_id"]] == old, e
            if e["kind"] == "decide_return":
                assert old == "return_requested" and ("approved" in changes)
                assert (new == "returned") == changes["approved"][1]
            else:
                assert DISPATCH_DEST[e["kind"]] == new
            d_state[e["dispatch_id"]] = new
        elif e["kind"] == "callback":
            n_callback_events[tid] += 1
            callback_changes[tid].append(changes)
        if e["dispatch_id"] is None and "state" in changes and e["kind"] != "create":
            old, new = changes["state"]
            assert t_state[tid] == old, e
            t_state[tid] = new
        elif e["kind"] == "create":
            t_state[tid] = "new"
    assert {i: t["state"] for i, t in tickets.items()} == t_state
    assert {i: d["state"] for i, d in dispatches.items()} == d_state
    assert all(tickets[i]["updated_at"] == at for i, at in last_at.items())
    assert {i: len(v) for i, v in callbacks.items()} == dict(n_callback_events)
    for tid, cbs in callbacks.items():
        t = tickets[tid]
        assert t["state"] in ("awaiting_callback", "closed") or t["round"] > 1
        for c, changes in zip(cbs, callback_changes[tid], strict=True):
            assert (c["satisfaction"] is None) == (not c["contacted"])
            assert c["contacted"] or c["department_contacted"] is None  # the façade refuses an answer then
            # the event records the answers as the façade writes them
            assert changes == {"contacted": [None, bool(c["contacted"])],
                               "resolved": [None, None if c["resolved"] is None else bool(c["resolved"])],
                               "satisfaction": [None, c["satisfaction"]],
                               "department_contacted": [None, None if c["department_contacted"] is None
                                                        else bool(c["department_contacted"])]}


def test_ticket_numbers_are_unique_and_the_counter_continues(demo_desk):
    desk, result = demo_desk
    rows = _rows(desk, "SELECT number, year, seq, created_at FROM ticket ORDER BY id")
    assert len({r["number"] for r in rows}) == N
    by_year = defaultdict(list)
    for r in rows:
        assert r["number"] == f"{r['year']}-{r['seq']:06d}"
        by_year[r["year"]].append(r)
    counter = {r["year"]: r["last_seq"] for r in _rows(desk, "SELECT year, last_seq FROM ticket_counter")}
    for year, rs in by_year.items():
        assert [r["seq"] for r in rs] == list(range(1, len(rs) + 1)), "numbered in order of creation"
        assert [r["created_at"] for r in rs] == sorted(r["created_at"] for r in rs)
        assert counter[year] == len(rs)
    # The façade carries on after the demo's numbers and ids.
    clerk = _login(desk, result, "zhang.wei")
    t = clerk.create_ticket(title="演示之后的新工单", description="检查编号不冲突", category="市容环境",
                            address="幸福路 1 号", community="幸福社区", source="12345", reporter_name="王女士",
                            reporter_phone="13812345678")
    year = desk.clock.now().year
    assert t.number == f"{year}-{counter.get(year, 0) + 1:06d}"
    t = clerk.whistle(t.number, lead="城管执法队", assist=["社区居委会"])
    assert t.state == TicketState.DISPATCHED and len(t.dispatches) == 2
    assert desk.ticket_count() == N + 1


def _login(desk: Desk, result: demo.DemoResult, username: str):
    password = next(u.password for u in result.users if u.username == username)
    return desk.login(username, password)


def test_printed_passwords_log_in_and_the_queues_can_be_worked(demo_desk):
    desk, result = demo_desk
    roles = {u.role for u in result.users}
    assert roles == {"clerk", "supervisor", "responder", "admin", "project_manager", "observer"}
    responders = [u for u in result.users if u.role == "responder"]
    assert {u.department for u in responders} == set(demo.DEPARTMENTS)
    assert all(len(u.password) >= 10 for u in result.users)
    assert all(u.password not in repr(u) for u in result.users), "repr never shows a password"
    clerk = _login(desk, result, "zhang.wei")
    assert clerk.list_queue("dispatched", limit=5).total == result.ticket_states["dispatched"]
    # A responder acknowledges one of the department's pending dispatches.
    pending = _rows(desk, "SELECT d.id, dep.name FROM dispatch d JOIN department dep ON dep.id = d.department_id "
                          "JOIN ticket t ON t.id = d.ticket_id WHERE d.state = 'pending' AND t.state = 'dispatched' "
                          "ORDER BY d.id")
    dispatch_id, dept = pending[0]["id"], pending[0]["name"]
    responder = _login(desk, result, demo.RESPONDERS[dept][0])
    assert any(r.id for r in responder.list_queue("dept_pending", limit=50).rows)
    info = responder.acknowledge(dispatch_id, "收到")
    assert info.state == DispatchState.ACKNOWLEDGED and info.version > 1
    # A supervisor decides a pending return request.
    req = _rows(desk, "SELECT d.id FROM dispatch d JOIN ticket t ON t.id = d.ticket_id "
                      "WHERE d.state = 'return_requested' AND t.state = 'dispatched' ORDER BY d.id")
    supervisor = _login(desk, result, "wang.qiang")
    assert supervisor.decide_return(req[0]["id"], approve=False, note="请继续办理").state != "return_requested"
    # The clerk closes a ticket that waits for its callback.
    number = clerk.list_queue("awaiting_callback", limit=1).rows[0].number
    clerk.record_callback(number, contacted=True, resolved=True, satisfaction="satisfied")
    assert clerk.close(number).state == TicketState.CLOSED


def test_demo_refuses_a_database_with_data(demo_desk):
    desk, _ = demo_desk
    before = desk.ticket_count(), desk.user_count()
    with pytest.raises(ConflictError):
        demo.generate(desk, tickets=5, seed=2)
    assert (desk.ticket_count(), desk.user_count()) == before
    assert not demo.database_is_empty(desk)


@pytest.mark.parametrize("bad", [-1, demo.MAX_TICKETS + 1, "10", True, 2.5])
def test_bad_ticket_count(desk, bad):
    with pytest.raises(ValidationError) as err:
        demo.generate(desk, tickets=bad, seed=1)
    assert err.value.field == "tickets"
    assert desk.ticket_count() == 0 and demo.database_is_empty(desk)


# -- reproducibility (SQLite only: two fresh databases, the same fake clock) ---------------------
TABLES = {
    "department": "SELECT * FROM department ORDER BY id",
    "category": "SELECT * FROM category ORDER BY id",
    # argon2 salts differ on every run: compare everything but the hash.
    "user_account": "SELECT id, username, display_name, role, department_id, active, created_at "
                    "FROM user_account ORDER BY id",
    "ticket_counter": "SELECT * FROM ticket_counter ORDER BY year",
    "ticket": "SELECT * FROM ticket ORDER BY id",
    "dispatch": "SELECT * FROM dispatch ORDER BY id",
    "event": "SELECT * FROM event ORDER BY id",
    "callback": "SELECT * FROM callback ORDER BY id",
}


def _fresh_sqlite(sqlite_template, directory, name) -> Desk:
    path = directory / name
    shutil.copy(sqlite_template, path)
    return Desk.open(f"sqlite:///{path}", clock=FakeClock(T0))


def _dump(desk: Desk) -> dict[str, list[tuple]]:
    with desk.engine.connect() as conn:
        return {t: [tuple(r) for r in conn.execute(text(sql))] for t, sql in TABLES.items()}


def _run(sqlite_template, tmp_path, name: str, seed: int, tickets: int = 150):
    d = _fresh_sqlite(sqlite_template, tmp_path, name)
    try:
        result = demo.generate(d, tickets=tickets, seed=seed)
        return _dump(d), result
    finally:
        d.close()


def test_same_seed_same_data(sqlite_template, tmp_path):
    a, ra = _run(sqlite_template, tmp_path, "a.db", seed=7)
    b, rb = _run(sqlite_template, tmp_path, "b.db", seed=7)
    assert len(a["ticket"]) == 150 and len(a["event"]) > 1000
    for table in TABLES:
        assert a[table] == b[table], table
    assert [(u.username, u.password) for u in ra.users] == [(u.username, u.password) for u in rb.users]
    c, rc = _run(sqlite_template, tmp_path, "c.db", seed=8)
    assert c["ticket"] != a["ticket"] and c["event"] != a["event"]
    assert [u.password for u in rc.users] != [u.password for u in ra.users]


@pytest.mark.parametrize("seed", [2, 3, 4, 5, 6])
def test_every_state_even_with_few_tickets(sqlite_template, tmp_path, seed):
    dump, result = _run(sqlite_template, tmp_path, f"few{seed}.db", seed=seed, tickets=len(demo._SHOWCASE))
    assert set(result.ticket_states) == {s.value for s in TicketState}
    assert set(result.dispatch_states) == {s.value for s in DispatchState}


@pytest.mark.parametrize("tickets", [0, 1, 5])
def test_tiny_demos(sqlite_template, tmp_path, tickets):
    dump, result = _run(sqlite_template, tmp_path, f"tiny{tickets}.db", seed=1, tickets=tickets)
    assert len(dump["ticket"]) == tickets == result.tickets
    assert len(dump["user_account"]) >= len(result.users)


def test_dispatches_carry_the_facades_time_limits_and_the_sweep_picks_up_overdue_work(demo_desk):
    desk, _ = demo_desk
    cal = desk.calendar()
    with desk.engine.connect() as conn:  # through the column types: aware datetimes on both databases
        rows = [dict(r._mapping) for r in conn.execute(select(Dispatch.__table__).order_by(Dispatch.id))]
    whistles = {e["dispatch_id"]: json.loads(e["changes"])
                for e in _rows(desk, "SELECT dispatch_id, changes FROM event WHERE kind = 'whistle'")}
    for d in rows:
        for step in ("acknowledge", "respond", "resolve"):
            within = d[f"{step}_within"]
            assert within, (d["id"], step)
            assert d[f"{step}_due"] == cal.due(d["dispatched_at"], within)
            assert whistles[d["id"]][f"{step}_due"] == [None, d[f"{step}_due"].isoformat()]
        if d["state"] not in OPEN_DISPATCH_STATES:
            assert d["next_escalation_at"] is None
    open_ids = {d["id"] for d in rows if d["state"] in OPEN_DISPATCH_STATES}
    assert any(d["next_escalation_at"] is not None for d in rows if d["id"] in open_ids)
    first = desk.sweep()
    assert first.escalations, "old stalled work is overdue"
    assert {e.dispatch_id for e in first.escalations if e.role != "office" and not e.is_milestone} <= open_ids
    # the office's own 核实 and 回访 climb too: only for tickets that still wait for the office
    waiting = {r["number"] for r in _rows(desk, "SELECT number FROM ticket WHERE state IN "
                                                "('awaiting_verification', 'awaiting_callback')")}
    office = [e for e in first.escalations if e.role == "office"]
    assert office and {e.ticket_number for e in office} <= waiting and {e.step for e in office} <= {"verify",
                                                                                                  "callback"}
    assert not desk.sweep().escalations, "one sweep catches up with everything"


# -- departments differ ---------------------------------------------------------------------------------------
#: At 300 tickets only 城管执法队 leads 100 dispatches: the comparison needs a bigger office.
N_PROFILES = 1500
#: Volume a department needs to be compared (lead dispatches due in the period; contacted callbacks).
MIN_VOLUME = 100

#: Lead dispatches whose 响应 was due within the demo's eight weeks, and how many responded by the due
#: (as the report counts: a dispatch returned or withdrawn before its due without a response does not count).
ON_TIME_SQL = """
SELECT dep.name AS dept, count(*) AS n,
       sum(CASE WHEN d.responded_at IS NOT NULL AND d.responded_at <= d.respond_due THEN 1 ELSE 0 END) AS on_time
FROM dispatch d JOIN department dep ON dep.id = d.department_id
WHERE d.role = 'lead' AND d.respond_due >= :first AND d.respond_due < :now
  AND NOT (d.state IN ('returned', 'withdrawn') AND d.responded_at IS NULL AND d.closed_at <= d.respond_due)
GROUP BY dep.name
"""
#: Contacted callbacks per lead department of the round they judge (its last lead dispatch resolved before the
#: callback): satisfaction (满意 1, 基本满意 0.8), and 承办部门是否联系过您 by whether that lead responded on time.
CALLBACK_SQL = """
SELECT dep.name AS dept, count(*) AS n,
       sum(CASE WHEN c.satisfaction = 'satisfied' THEN 1.0 WHEN c.satisfaction = 'basically_satisfied' THEN 0.8
           ELSE 0.0 END) AS satisfied,
       sum(CASE WHEN d.responded_at <= d.respond_due THEN 1 ELSE 0 END) AS lead_on_time,
       sum(CASE WHEN c.department_contacted IS NULL THEN 1 ELSE 0 END) AS not_asked,
       sum(CASE WHEN d.responded_at <= d.respond_due AND c.department_contacted IS NOT NULL THEN 1 ELSE 0 END)
           AS asked_on_time,
       sum(CASE WHEN d.responded_at <= d.respond_due AND c.department_contacted THEN 1 ELSE 0 END) AS yes_on_time,
       sum(CASE WHEN d.responded_at > d.respond_due AND c.department_contacted IS NOT NULL THEN 1 ELSE 0 END)
           AS asked_late,
       sum(CASE WHEN d.responded_at > d.respond_due AND c.department_contacted THEN 1 ELSE 0 END) AS yes_late
FROM callback c
JOIN dispatch d ON d.id = (SELECT max(x.id) FROM dispatch x WHERE x.ticket_id = c.ticket_id AND x.role = 'lead'
                           AND x.state = 'resolved' AND x.resolved_at <= c.at)
JOIN department dep ON dep.id = d.department_id
WHERE c.contacted
GROUP BY dep.name
"""


def test_departments_differ_in_how_well_they_work(desk):
    demo.generate(desk, tickets=N_PROFILES, seed=1)
    now = desk.clock.now()
    params = {"first": now - timedelta(days=demo.SPAN_DAYS), "now": now}
    with desk.engine.connect() as conn:
        respond = {r.dept: r for r in conn.execute(text(ON_TIME_SQL), params)}
        callbacks = {r.dept: r for r in conn.execute(text(CALLBACK_SQL))}
    on_time = {d: r.on_time / r.n for d, r in respond.items() if r.n >= MIN_VOLUME}
    satisfied = {d: float(r.satisfied) / r.n for d, r in callbacks.items() if r.n >= MIN_VOLUME}
    profile = {d: demo.PROFILES.get(d, demo.AVERAGE) for d in demo.DEPARTMENTS}
    # enough departments of each kind have the volume to be compared
    assert {profile[d] for d in on_time} >= {demo.GOOD, demo.AVERAGE, demo.POOR}, on_time
    assert {profile[d] for d in satisfied} >= {demo.GOOD, demo.POOR}, satisfied
    best, worst = max(on_time, key=on_time.get), min(on_time, key=on_time.get)
    assert on_time[best] - on_time[worst] >= 0.15, on_time
    assert profile[best] is demo.GOOD and profile[worst] is demo.POOR, on_time
    assert on_time[best] >= 0.95 and on_time[worst] <= 0.85, on_time
    # every good department responds on time more often than every average one, and every average one than
    # every poor one
    rank = {demo.GOOD: 2, demo.AVERAGE: 1, demo.POOR: 0}
    for a in on_time:
        for b in on_time:
            if rank[profile[a]] > rank[profile[b]]:
                assert on_time[a] > on_time[b], (a, b, on_time)
    # the residents notice: satisfaction differs too, in the same order
    assert max(satisfied.values()) - min(satisfied.values()) >= 0.1, satisfied
    good = [satisfied[d] for d in satisfied if profile[d] is demo.GOOD]
    poor = [satisfied[d] for d in satisfied if profile[d] is demo.POOR]
    assert min(good) > max(poor), satisfied
    # 承办部门是否联系过您: sometimes not asked; 是 far more often when the lead responded on time
    total = lambda key: sum(getattr(r, key) for r in callbacks.values())  # noqa: E731
    assert 0.05 < total("not_asked") / total("n") < 0.25
    assert total("asked_late") >= 30
    yes_on_time = total("yes_on_time") / total("asked_on_time")
    yes_late = total("yes_late") / total("asked_late")
    assert yes_on_time > 0.85 and yes_on_time - yes_late >= 0.2, (yes_on_time, yes_late)


# -- the same data as before the bulk rewrite (both databases) ----------------------------------
#: The columns the digest covers: every column these tables had when DIGEST was recorded (columns added later
#: are left out, so that a new column does not change it). The chain's own fields (``seq``, ``hash``) are left
#: to the audit chain's verification, which every demo passes (checked below).
DIGEST_COLUMNS = {
    "department": ("id", "name", "active"),
    "category": ("id", "name", "default_lead_id", "active"),
    "user_account": ("id", "username", "display_name", "role", "department_id", "active", "created_at"),
    "ticket_counter": ("year", "last_seq"),
    "ticket": ("id", "number", "year", "seq", "title", "description", "category_id", "urgency", "address",
               "community", "source", "reporter_name", "reporter_phone", "phone_digits", "appeal_type", "reply_by",
               "confidential", "hotline_number", "state", "round", "created_at", "created_by_id", "updated_at",
               "updated_by_id", "first_whistled_at", "verified_at", "closed_at", "revisit_due", "revisited_at",
               "next_due", "next_warn", "next_escalation_at", "version"),
    "dispatch": ("id", "ticket_id", "department_id", "role", "state", "round", "note", "return_reason",
                 "state_before_return", "dispatched_at", "dispatched_by_id", "acknowledged_at", "responded_at",
                 "resolved_at", "closed_at", "updated_at", "updated_by_id", "acknowledge_within", "respond_within",
                 "resolve_within", "acknowledge_due", "respond_due", "resolve_due", "suspended_at",
                 "next_escalation_at", "next_due", "next_warn", "version"),
    "event": ("id", "ticket_id", "dispatch_id", "actor_id", "at", "kind", "subject", "note", "changes"),
    "callback": ("id", "ticket_id", "at", "by_id", "contacted", "resolved", "satisfaction", "department_contacted",
                 "note"),
}
#: sha256 of demo.generate(tickets=200, seed=11) at T0, recorded with the row-by-row generator before the bulk
#: rewrite of issue 14: the faster generator writes the same data, on both databases.
#: Issue 15 §4 changed it deliberately (was b94c0af8802ea78197a0096fa52c5d4179e73def3bac4f5ab5b2f0f490da0169): the
#: demo's categories hang in a three-level tree (the 大类/小类 nodes are new ``category`` rows after the 14 ticket
#: categories, whose ids are unchanged) and a few nodes have their own time limits (燃气安全, 路灯, 生态环境), so
#: the dispatches of those categories get other dues. Checked: with the tree's limits left out and the new rows
#: removed, the old digest came out unchanged.
#: Issue 15 §1 changed it again (was f5d191d58b515d3f9a237d08be7caefe7afa371d3880676404a0f1e2913c3709): migration
#: 0011 creates the reserved category 待分类 (id 1) before the demo's categories, whose ids move up by one.
#: Checked: with 待分类 left out and the category ids moved back, the previous digest came out unchanged.
# (+ the demo projects' links; + issue 16 §3's two accounts, li.xm and chen.guan: without their two user_account rows
# the digest is the earlier 892e86e98c9b53fde86068ab3fad80a82648ff83527caa168909cd9bfe0554da, checked when they came)
DIGEST = "7c1da047df904d5609184a441f12dddbac8165d9dc6368a7a0bcf7891d42e5bf"


def _canonical(value) -> str:
    if isinstance(value, datetime):
        return value.astimezone(timezone.utc).isoformat()
    return repr(value)


def demo_digest(desk: Desk) -> str:
    """One hash over the demo's rows (typed reads, so that SQLite and PostgreSQL give the same text)."""
    tables = Base.metadata.tables
    h = hashlib.sha256()
    with desk.engine.connect() as conn:
        for name, cols in DIGEST_COLUMNS.items():
            table = tables[name]
            key = table.c.year if name == "ticket_counter" else table.c.id
            query = select(*(table.c[c] for c in cols)).order_by(key)
            first = 0
            if name == "user_account":  # the migrations' ``system`` account was made at the real time
                query = query.where(table.c.username != "system")
            elif name == "event":  # the tickets' events, numbered from the first (the template's own events differ)
                query = query.where(table.c.ticket_id.is_not(None))
                first = conn.scalar(select(func.min(table.c.id)).where(table.c.ticket_id.is_not(None))) or 0
            for row in conn.execute(query):
                if first:
                    row = (row[0] - first, *row[1:])
                h.update("\x1f".join(_canonical(v) for v in row).encode() + b"\n")
    return h.hexdigest()


def test_the_same_seed_gives_the_recorded_data(desk):
    demo.generate(desk, tickets=200, seed=11)
    assert demo_digest(desk) == DIGEST
    report = desk.verify_audit()
    assert report.ok and report.events == _rows(desk, "SELECT count(*) AS n FROM event")[0]["n"]


def test_the_bulk_writer_stores_instants_as_sqlalchemy_does(sqlite_url):
    """The demo's own SQLite conversion of an instant gives the text an ORM insert stores."""
    from sqlalchemy.dialects import sqlite

    from desk.demo import sqlite_converter

    column = Ticket.__table__.c.created_at
    dialect = sqlite.dialect()
    ours, theirs = sqlite_converter(column, dialect), column.type._cached_bind_processor(dialect)
    shanghai = timezone(timedelta(hours=8))
    for value in (T0, T0.replace(microsecond=7), datetime(2026, 1, 1, 23, 59, 59, 999999, tzinfo=shanghai), None):
        assert ours(value) == theirs(value)


def test_the_demo_makes_candidates_from_its_hotspots_and_approves_a_list(demo_desk):
    """issue 16: the largest hotspots become candidate projects with their tickets as evidence; the first three
    are voted on; the coming year's approved list holds five."""
    desk, result = demo_desk
    clerk = desk.login("zhang.wei", {u.username: u.password for u in result.users}["zhang.wei"])
    projects = [r for r in clerk.list_projects() if r.origin == "hotspot"]  # (§2 adds last year's finished one)
    assert len(projects) == demo.DEMO_PROJECTS
    for row in projects:
        p = clerk.project(row.number)
        assert p.origin == "hotspot" and p.tickets and row.name.startswith(p.community)
        for source in p.sources:  # the evidence is the hotspot's own tickets
            assert (source.community, source.category) == (p.community, p.category)
    year = projects[0].year
    approved = clerk.annual_list(year)
    assert approved.state == "approved" and len(approved.items) == demo.DEMO_LISTED
    assert {r.stage for r in projects} == {"listed", "initiated", "tendering", "construction", "acceptance",
                                           "operation", "candidate"}  # (§2: the listed ones live their lifecycle)
    assert sum(1 for r in projects if clerk.project(r.number).votes) == 3
    assert desk.verify_audit().ok


def test_the_demo_gives_projects_money_contractors_and_a_finished_project_with_a_revisit_due(demo_desk):
    """issue 16 §2: the approved list's projects have a budget; from 施工 on their firms, a contract and payments
    (within it); the 验收 one has its survey, the 运维 one passed its acceptance; last year's finished project was
    accepted with its survey about 11 months ago: its 回头看 is due."""
    desk, result = demo_desk
    clerk = desk.login("zhang.wei", {u.username: u.password for u in result.users}["zhang.wei"])
    by_stage = {r.stage: r.number for r in clerk.list_projects() if r.stage != "candidate" and r.origin == "hotspot"}
    records = {stage: clerk.project_record(n) for stage, n in by_stage.items()}
    assert all(r.budget_fen > 0 for r in records.values())
    for stage in ("construction", "acceptance", "operation"):
        r = records[stage]
        assert r.builder is not None and r.supervisor is not None and 0 < r.paid_fen <= r.contract_total_fen
    assert records["listed"].builder is None and records["listed"].contract_fen == 0
    assert [c.state for c in records["acceptance"].changes] == ["pending"]
    assert records["acceptance"].survey.responses and records["acceptance"].acceptance is None
    op = records["operation"]
    assert [c.state for c in op.changes] == ["approved"] and op.paid_fen == op.contract_total_fen
    assert op.acceptance == "passed" and op.survey.responses and op.revisits[0].done_at is None
    (done,) = [r for r in clerk.list_projects(stage="operation") if r.origin == "representative"]
    r = clerk.project_record(done.number)
    assert r.acceptance == "passed" and len(r.survey.responses) == demo.DEMO_RESPONDENTS
    assert r.paid_fen == r.contract_total_fen and r.survey.satisfaction is not None
    today = desk.now().astimezone(desk.office_tz()).date()
    due = clerk.project_revisits_due(by=today)
    assert [d.number for d in due] == [done.number] and due[0].builder == demo.DEMO_BUILDERS[0][0]
    assert {d.number for d in clerk.project_revisits_due()} == {done.number, by_stage["operation"]}
    board = clerk.contractor_board()
    assert board.rows[0].board == "red"
    bad = [why for m in board.rows for why in m.reasons if why.startswith("− ")]
    assert bad and all(why.endswith("质量安全巡查发现问题") for why in bad)  # the demo's inspections found problems
    assert desk.verify_audit().ok


def test_the_demos_projects_are_in_every_stage_with_milestones_some_late(demo_desk):
    """issue 16 §2: one listed project in each stage, milestones (earlier stages' done, their stage left), progress
    and inspections; the late ones escalate at the first sweep (the forecast says so first, writing nothing)."""
    desk, result = demo_desk
    sup = desk.login("wang.qiang", {u.username: u.password for u in result.users}["wang.qiang"])
    by_stage = {r.stage: r.number for r in sup.list_projects() if r.stage != "candidate" and r.origin == "hotspot"}
    assert set(by_stage) == {"listed", "initiated", "tendering", "construction", "acceptance", "operation"}
    for stage, number in by_stage.items():
        info = sup.project_lifecycle(number)
        for m in info.milestones:  # a stage left behind has every milestone done
            assert m.done or m.stage == stage, (number, m.name)
        assert bool(info.milestones) == (stage != "listed")
    construction = sup.project_lifecycle(by_stage["construction"])
    assert 0 < construction.percent < 100 and {e.kind for e in construction.entries} == {"progress", "log",
                                                                                         "inspection"}
    assert any(m.kind == "fix" and not m.done for m in construction.milestones)
    assert sup.project_lifecycle(by_stage["operation"]).percent == 100
    forecast = desk.sweep(dry_run=True)
    late = [e for e in forecast.escalations if e.is_milestone]
    assert {e.level for e in late} == {1, 2, 3} and {e.step for e in late} == {"acknowledge", "milestone"}
    assert len(desk.sweep().escalations) == len(forecast.escalations)
    levels = [m.level for n in by_stage.values() for m in sup.project_lifecycle(n).milestones]
    assert max(levels) == 3 and any(e.is_milestone for e in sup.escalations(3))
    assert desk.verify_audit().ok


def test_the_demo_has_a_project_manager_and_an_observer_watching_two_projects(demo_desk):
    """issue 16 §3: 李项目 (项目负责人) and 陈观 (市民观察员, assigned to the first two listed projects)."""
    desk, result = demo_desk
    pw = {u.username: u.password for u in result.users}
    pm, observer = desk.login("li.xm", pw["li.xm"]), desk.login("chen.guan", pw["chen.guan"])
    assert pm.role == "project_manager" and observer.role == "observer"
    mine = observer.my_projects()
    assert len(mine) == demo.OBSERVED_PROJECTS
    assert observer.observed_project(mine[0].number).number == mine[0].number
    assert pm.project_observers(mine[0].number).assigned[0].username == "chen.guan"


# -- issue 14 (the demo at speed): a fingerprint of the 300-ticket demo, recorded before the faster loader -----
def demo_fingerprint(desk: Desk) -> dict:
    """Counts per state and one hash over what a person sees of each ticket, dispatch, event and callback
    (numbers, titles, states, dues, times, notes), read through the column types (same text on both databases)."""
    t, d, e, c = (Base.metadata.tables[n] for n in ("ticket", "dispatch", "event", "callback"))
    h = hashlib.sha256()
    with desk.engine.connect() as conn:
        first_event = conn.scalar(select(func.min(e.c.id)).where(e.c.ticket_id.is_not(None))) or 0
        queries = (
            select(t.c.number, t.c.title, t.c.state, t.c.round, t.c.next_due, t.c.next_warn, t.c.next_escalation_at,
                   t.c.revisit_due, t.c.created_at, t.c.updated_at, t.c.closed_at).order_by(t.c.id),
            select(d.c.id, d.c.ticket_id, d.c.department_id, d.c.role, d.c.state, d.c.acknowledge_due,
                   d.c.respond_due, d.c.resolve_due, d.c.next_due, d.c.next_escalation_at, d.c.updated_at)
            .order_by(d.c.id),
            select(e.c.id - first_event, e.c.ticket_id, e.c.dispatch_id, e.c.actor_id, e.c.at, e.c.kind, e.c.note,
                   e.c.changes).where(e.c.ticket_id.is_not(None)).order_by(e.c.id),
            select(c.c.id, c.c.ticket_id, c.c.at, c.c.contacted, c.c.satisfaction, c.c.note).order_by(c.c.id),
        )
        for q in queries:
            for row in conn.execute(q):
                h.update("\x1f".join(_canonical(v) for v in row).encode() + b"\n")
        states = dict(conn.execute(select(t.c.state, func.count()).group_by(t.c.state)).all())
        dispatch_states = dict(conn.execute(select(d.c.state, func.count()).group_by(d.c.state)).all())
    return {"tickets": states, "dispatches": dispatch_states, "sha256": h.hexdigest()}


#: demo.generate(tickets=300, seed=1) at T0 (the demo_desk fixture), recorded with the loader before issue 14's
#: second speed-up (bulk load without the search triggers, the faster simulation): the same seed gives the same data.
FINGERPRINT_300 = {
    "tickets": {"awaiting_callback": 7, "awaiting_verification": 8, "cancelled": 2, "closed": 248, "dispatched": 33,
                "new": 2},
    "dispatches": {"acknowledged": 9, "pending": 11, "resolved": 454, "responded": 16, "return_requested": 1,
                   "returned": 17, "withdrawn": 6},
    "sha256": "b0155c687e2178a950cbb65a338a9b4ce47fca44be3c0e2be21c58c09dd7b55a",
}


def test_the_300_ticket_demo_has_the_recorded_fingerprint(demo_desk):
    desk, result = demo_desk
    got = demo_fingerprint(desk)
    assert got == FINGERPRINT_300
    assert got["tickets"] == result.ticket_states and got["dispatches"] == result.dispatch_states
    report = desk.verify_audit()
    assert report.ok and report.events == _rows(desk, "SELECT count(*) AS n FROM event")[0]["n"]


def test_the_writer_thread_writes_the_same_data(desk, monkeypatch):
    """In chunks of 40 tickets the rows are written by the writer's thread while the next chunk is simulated
    (one chunk alone is written in line): the same 300 tickets, the same fingerprint, a valid chain."""
    monkeypatch.setattr(demo, "CHUNK_TICKETS", 40)
    threads = []
    real = demo._Writer.__init__

    def spy(self, *args, **kwargs):
        threads.append(self)
        real(self, *args, **kwargs)

    monkeypatch.setattr(demo._Writer, "__init__", spy)
    result = demo.generate(desk, tickets=N, seed=1)
    assert len(threads) == 1
    got = demo_fingerprint(desk)
    assert got == FINGERPRINT_300 and got["tickets"] == result.ticket_states
    assert desk.verify_audit().ok


def test_a_failed_chunk_leaves_nothing_behind(desk, monkeypatch):
    """A failure in the writer's thread reaches generate(), and the one transaction is rolled back."""
    monkeypatch.setattr(demo, "CHUNK_TICKETS", 40)
    real = demo._write
    calls = []

    def failing(raw, table, cols, values):
        calls.append(table)
        if len(calls) == 6:
            raise RuntimeError("disk full")
        real(raw, table, cols, values)

    monkeypatch.setattr(demo, "_write", failing)
    counts = ("SELECT (SELECT count(*) FROM ticket) AS t, (SELECT count(*) FROM event) AS e, "
              "(SELECT count(*) FROM user_account) AS u, (SELECT count(*) FROM department) AS d")
    before = _rows(desk, counts)[0]
    with pytest.raises(RuntimeError, match="disk full"):
        demo.generate(desk, tickets=N, seed=1)
    assert len(calls) == 6 and before["t"] == 0
    assert _rows(desk, counts)[0] == before
    assert desk.verify_audit().ok
    monkeypatch.setattr(demo, "_write", real)  # and the database takes a demo afterwards
    assert demo.generate(desk, tickets=50, seed=1).tickets == 50 == desk.ticket_count()


def test_the_search_index_holds_the_demo_and_its_triggers_are_back(demo_desk):
    """The load goes without SQLite's row-by-row search trigger and fills the FTS5 index in one statement after it:
    the index then agrees with the tickets (FTS5's own integrity check), a title's substring finds its tickets on
    both databases (PostgreSQL: the trigram GIN index, dropped and built again), and a ticket created afterwards
    is found, so the trigger is back."""
    desk, result = demo_desk
    if desk.backend == "sqlite":
        with desk.engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO ticket_fts(ticket_fts, rank) VALUES ('integrity-check', 1)")
            assert conn.exec_driver_sql("SELECT count(*) FROM ticket_fts").scalar() == N
            triggers = set(conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'").scalars())
        assert {"ticket_fts_ai", "ticket_fts_ad", "ticket_fts_au", "event_no_replace"} <= triggers
    else:
        with desk.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM pg_indexes WHERE indexname = 'ix_ticket_text_trgm'"
                                        ).scalar() == 1
    clerk = desk.login("zhang.wei", {u.username: u.password for u in result.users}["zhang.wei"])
    number, title = _rows(desk, "SELECT number, title FROM ticket ORDER BY id DESC LIMIT 1")[0].values()
    part = title[1:5]
    anywhere = " OR ".join(f"coalesce({c}, '') LIKE '%{part}%'" for c in TEXT_COLUMNS)
    want = {r["number"] for r in _rows(desk, f"SELECT number FROM ticket WHERE {anywhere}")}
    found = {t.number for t in clerk.list_queue("all", search=part, limit=N).rows}
    assert number in found and found == want
    t = clerk.create_ticket(title="演示之后新建的工单：楼道飞线充电", description="有住户从楼上拉电线给电动车充电",
                            category="市容环境", urgency="routine", address="幸福路1号", community="幸福社区",
                            source="12345", reporter_name="王先生", reporter_phone="13800001111")
    assert [r.number for r in clerk.list_queue("all", search="飞线充电").rows] == [t.number]


def _schema(desk: Desk) -> list[tuple]:
    """The indexes, triggers and constraints as the database describes them."""
    if desk.backend == "sqlite":
        sql = "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') ORDER BY name"
    else:
        # (an index's predicate is compared without its text: PostgreSQL prints an IN list it parsed again as
        # ARRAY[('new'::varchar)::text, …] instead of (ARRAY['new'::varchar, …])::text[], the same condition)
        sql = ("SELECT 'index', indexname, regexp_replace(indexdef, ' WHERE .*', ''), "
               "(strpos(indexdef, ' WHERE ') > 0)::text FROM pg_indexes WHERE schemaname = current_schema() UNION ALL "
               "SELECT 'constraint', conrelid::regclass::text || '.' || conname, pg_get_constraintdef(oid), "
               "convalidated::text FROM pg_constraint WHERE connamespace = current_schema()::regnamespace UNION ALL "
               "SELECT 'trigger', tgname, tgrelid::regclass::text, tgenabled::text FROM pg_trigger "
               "WHERE NOT tgisinternal ORDER BY 1, 2")
    with desk.engine.connect() as conn:
        return [tuple(r) for r in conn.exec_driver_sql(sql)]


def test_the_load_leaves_the_schema_as_it_found_it(desk, monkeypatch):
    """What the bulk load drops (secondary indexes, SQLite's insert triggers, PostgreSQL's foreign keys) comes back
    exactly as the migrations made it, validated (written by the writer's thread: chunks of 40)."""
    monkeypatch.setattr(demo, "CHUNK_TICKETS", 40)
    before = _schema(desk)
    assert any(kind == "trigger" for kind, *_ in before)
    demo.generate(desk, tickets=120, seed=3)
    assert _schema(desk) == before
