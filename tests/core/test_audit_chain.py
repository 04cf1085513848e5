"""The audit trail: every change is an event; events are append-only and hash-chained; tampering is caught.

The tamper tests work behind the application's back, as someone with direct database access would,
on both databases: first they drop the append-only triggers, then they edit, delete or insert
events, and ``whistle-desk audit verify`` must exit non-zero and name the first broken link.
"""
from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from desk import Desk, FakeClock, cli, db, demo
from models import chain
from models.base import UTCDateTime

from conftest import PASSWORD, T0


def _busy(world) -> str:
    """A ticket through its whole life, a sweep, administration and logins: events of every sort."""
    clerk, admin = world.clerk, world.admin
    t = world.new_ticket()
    t = clerk.whistle(t.number, lead="城管执法队", assist=["住建委"], note="请处理")
    world.clock.advance(timedelta(days=2))
    world.desk.sweep()
    for d in t.dispatches:
        who = world.responder(d.department)
        who.acknowledge(d.id)
        who.respond(d.id, "已联系")
        who.resolve(d.id, "已处理")
    clerk.verify(t.number, accepted=True)
    clerk.record_callback(t.number, contacted=True, resolved=True, satisfaction="satisfied")
    clerk.close(t.number)
    admin.set_setting("office_name", "幸福街道办事处")
    admin.add_department("园林绿化队")
    admin.create_user("new.clerk", PASSWORD, "clerk")
    with pytest.raises(Exception):
        world.desk.login("clerk", "wrong password")
    return t.number


def _sql(desk: Desk, *statements: str, params: dict | None = None) -> None:
    with desk.engine.begin() as conn:
        for st in statements:
            conn.execute(text(st), params or {})


def _drop_triggers(desk: Desk) -> None:
    if desk.backend == "postgresql":
        _sql(desk, "DROP TRIGGER event_append_only ON event", "DROP TRIGGER event_no_truncate ON event")
    else:
        _sql(desk, "DROP TRIGGER event_append_only_update", "DROP TRIGGER event_append_only_delete",
             "DROP TRIGGER event_no_replace")


def _scalar(desk: Desk, sql: str):
    with desk.engine.connect() as conn:
        return conn.execute(text(sql)).scalar()


def _verify_cli(desk: Desk, capsys) -> tuple[int, str, str]:
    url = desk.engine.url.render_as_string(hide_password=False)
    code = cli.main(["--db", url, "audit", "verify"])
    out, err = capsys.readouterr()
    return code, out, err


# -- the canonical form -----------------------------------------------------------------------
AWKWARD_TEXTS = ["", "受理", 'quote " and \\ backslash', "tab\tnew\nline\x00\x1f", "emoji 😀 and \u2028",
                 '{"title": ["旧", "新"]}', "\ud800 lone surrogate", "a" * 10_000, None]


@pytest.mark.parametrize("value", AWKWARD_TEXTS, ids=range(len(AWKWARD_TEXTS)))
def test_canonical_text_is_exactly_the_json_array(value):
    """The field-by-field canonical text must equal the JSON array the chain was first defined with, byte for
    byte: every stored hash depends on it."""
    import json
    from datetime import datetime, timezone, timedelta as td

    reference = json.JSONEncoder(ensure_ascii=True, separators=(",", ":")).encode
    at = datetime(2026, 11, 23, 10, 0, 0, 123, tzinfo=timezone(td(hours=8)))
    for ints in [(1, 2, None, None, 3), (2**63, 0, 7, 9, -1)]:
        row = dict(zip(("seq", "id", "ticket_id", "dispatch_id", "actor_id"), ints), at=at, kind=value or "create",
                   subject=value, note=value, changes=value if value is not None else "{}")
        expected = reference([chain.VERSION, *ints, "2026-11-23T02:00:00.000123Z", row["kind"], row["subject"],
                              row["note"] or "", row["changes"]])
        assert chain.canonical(row) == expected
        assert chain.link("0" * 64, row) == chain.link_values("0" * 64, *(row[f] for f in chain.FIELDS))


@pytest.mark.parametrize("value", AWKWARD_TEXTS, ids=range(len(AWKWARD_TEXTS)))
def test_the_v2_canonical_text_keeps_every_field_apart(value):
    """wd-event-2 joins the fields with U+001F: a text holding that separator, or moved into its neighbour,
    or absent instead of empty, must still make another event."""
    row = dict(seq=1, id=2, ticket_id=None, dispatch_id=None, actor_id=3, at=T0, kind="create", subject=value,
               note=value, changes=value if value is not None else "{}")
    h = chain.link2(chain.GENESIS, row)
    assert len(h) == 64 and chain.link2(chain.GENESIS, dict(row)) == h
    for other in ({"subject": "" if value is None else None}, {"ticket_id": 0}, {"at": T0 + timedelta(microseconds=1)}):
        assert chain.link2(chain.GENESIS, {**row, **other}) != h
    split = dict(row, note="a\x1f3:xyz", changes="")
    assert chain.link2(chain.GENESIS, split) != chain.link2(chain.GENESIS, dict(row, note="a", changes="xyz"))


def _append(desk: Desk, texts: list, **fixed) -> None:
    """Events with ``texts`` in every text column (cut to the column's size), the way the application appends them."""
    from desk.audit import chain as audit_chain

    actor = _scalar(desk, "SELECT min(id) FROM user_account")
    rows = [dict(ticket_id=None, dispatch_id=None, actor_id=actor, at=T0 - timedelta(seconds=1, microseconds=i * 12_347),
                 kind=(v or "setting")[:32], subject=None if v is None else v[:160], note=v or "", changes=v or "{}")
            | fixed for i, v in enumerate(texts)]
    with desk.unit() as (s, _now):
        audit_chain.append(s, rows)


#: What both databases can store (PostgreSQL no NUL, neither a lone surrogate).
STORABLE_TEXTS = [v for v in AWKWARD_TEXTS if v is None or "\x00" not in v and "\ud800" not in v] + ["sep\x1f3:x\x1f"]


@pytest.mark.parametrize("value", STORABLE_TEXTS, ids=range(len(STORABLE_TEXTS)))
def test_the_database_builds_the_same_v2_text(world, value):
    """verify reads each event's wd-event-2 text as the database builds it (chain.canonical2_sql), and only
    where it differs from the text built here does it build it here: they must agree byte for byte."""
    world.clerk.whistle(world.new_ticket().number, lead="城管执法队")  # events with a ticket and a dispatch
    _append(world.desk, [value, value])
    _append(world.desk, [value], dispatch_id=None, at=datetime(2026, 11, 20, 1, 0, 0, 999_999, tzinfo=timezone.utc))
    sql = chain.canonical2_sql(world.desk.backend)
    with world.desk.engine.connect() as conn:
        built = [bytes(b) for b in conn.exec_driver_sql(f"SELECT {sql} FROM event ORDER BY seq").scalars()]
        rows = conn.execute(text("SELECT seq, id, ticket_id, dispatch_id, actor_id, at, kind, subject, note, changes "
                                 "FROM event ORDER BY seq").columns(at=UTCDateTime())).all()
    assert len(built) == len(rows) > 3
    assert built == [chain.canonical2_values(*r).encode("utf-8") for r in rows]
    assert world.desk.verify_audit().ok


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_text_with_nul_is_verified_and_so_is_the_rest(world):
    """SQLite's length() stops at a NUL: the database's text of such an event is not the real one, so verify
    checks that event with the text built here, then goes on, and still names an edit after it."""
    world.clerk
    _append(world.desk, ["前\x00后", "a", "b"])
    last = _scalar(world.desk, "SELECT max(seq) FROM event")
    assert world.desk.verify_audit().ok
    _drop_triggers(world.desk)
    _sql(world.desk, f"UPDATE event SET note = 'c' WHERE seq = {last}")
    report = world.desk.verify_audit()
    assert (report.first.kind, report.first.seq) == ("edited", last)


# -- every change is recorded --------------------------------------------------------------
def test_the_whole_trail_verifies(world, capsys):
    _busy(world)
    report = world.desk.verify_audit()
    assert report.ok, report.problems
    assert report.triggers
    n = _scalar(world.desk, "SELECT count(*) FROM event")
    assert report.events == n == report.head_seq
    assert _scalar(world.desk, "SELECT max(seq) FROM event") == n  # 1 … n without gaps
    code, out, _ = _verify_cli(world.desk, capsys)
    assert code == 0 and "完好" in out and report.head_hash in out


def test_administration_is_recorded_with_actor_server_time_and_before_after(world):
    admin = world.admin
    world.clock.advance(timedelta(minutes=5))
    admin.set_setting("office_name", "幸福街道办事处")
    admin.rename_department("水务所", "水务管理所")
    admin.set_category_lead("供排水", "住建委")
    admin.create_user("zhao.lei", PASSWORD, "responder", department="住建委", display_name="赵磊")
    admin.change_user_role("zhao.lei", "clerk")
    admin.set_policy("市容环境", "urgent", acknowledge="1h", respond="1wd", resolve="3wd")
    admin.set_user_active("zhao.lei", False)
    mine = [e for e in admin.audit_log(kind="admin") if e.actor_username == "admin"]
    assert len(mine) == 7 and all(e.actor == "管理员" and e.at == world.clock.now() for e in mine)
    entries = {e.kind: e for e in mine}
    assert entries["setting"].changes == {"office_name": ["示例街道办事处", "幸福街道办事处"]}
    assert entries["setting"].subject == "setting:office_name"
    assert entries["department_rename"].changes == {"name": ["水务所", "水务管理所"]}
    assert entries["category_lead"].changes == {"default_lead": ["水务管理所", "住建委"]}
    assert entries["user_create"].changes["role"] == [None, "responder"]
    assert entries["user_role"].changes == {"role": ["responder", "clerk"], "department": ["住建委", None]}
    assert entries["policy"].changes == {"acknowledge_within": ["2h", "1h"]}
    assert entries["user_disable"].changes == {"active": [True, False]}
    assert PASSWORD not in str([e.changes for e in mine]) + str([e.note for e in mine])


def test_logins_are_recorded(world):
    world.clerk
    with pytest.raises(Exception):
        world.desk.login("clerk", "not the password")
    with pytest.raises(Exception):
        world.desk.login("nobody", "whatever-pass")
    log = world.admin.audit_log(kind="login")
    kinds = [(e.kind, e.subject, e.changes.get("reason", [None, None])[1]) for e in log]
    assert ("login_failed", "user:（未知用户名）", "unknown_user") in kinds  # the name tried may be a password
    assert ("login_failed", "user:clerk", "wrong_password") in kinds
    assert ("login", "user:clerk", None) in kinds
    assert ("login", "user:admin", None) in kinds  # the admin who reads the log logged in too
    # The ticket timeline and the change marker are not about logins.
    marker = world.desk.change_marker()
    world.clerk
    assert world.desk.change_marker() == marker


def test_a_password_typed_as_a_username_is_not_recorded(world):
    with pytest.raises(Exception):
        world.desk.login("secret-pass-42", "x")
    subjects = [e.subject for e in world.admin.audit_log(kind="login")]
    assert "user:（未知用户名）" in subjects
    assert not any("secret" in (s or "") for s in subjects)


def test_the_escalation_sweep_writes_a_valid_chain(world):
    _busy(world)
    world.clerk.whistle(world.new_ticket().number, lead="住建委", assist=["水务所", "交通支队"])
    world.clock.advance(timedelta(days=30))
    assert len(world.desk.sweep().escalations) >= 9
    assert world.desk.verify_audit().ok


def test_the_demo_writes_a_valid_chain(db_url, clock):
    d = Desk.open(db_url, clock=clock)
    try:
        result = demo.generate(d, tickets=120, seed=5)
        report = d.verify_audit()
        assert report.ok, report.problems
        assert report.events >= result.events + len(result.users)
        d.sweep()
        assert d.verify_audit().ok
    finally:
        d.close()


def test_concurrent_writers_keep_one_chain(world):
    """Desks writing at once (threads, each its own Desk as on separate PCs): one gapless chain."""
    url = world.desk.engine.url.render_as_string(hide_password=False)
    desks = [Desk.open(url, clock=world.clock) for _ in range(4)]
    errors = []
    barrier = threading.Barrier(len(desks))

    def work(i, d):
        try:
            barrier.wait(30)
            clerk = d.login("clerk" if i % 2 else "clerk2", PASSWORD)
            for _ in range(4):
                t = clerk.create_ticket(title=f"并发{i}", description="d", category="市容环境", urgency="routine",
                                        address="a", community="幸福社区", source="patrol")
                clerk.whistle(t.number, lead="城管执法队")
            d.sweep()
        except Exception as exc:  # noqa: BLE001 - collected and asserted on
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i, d)) for i, d in enumerate(desks)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    for d in desks:
        d.close()
    assert errors == []
    report = world.desk.verify_audit()
    assert report.ok, report.problems
    with world.desk.engine.connect() as conn:
        ids = [r[0] for r in conn.execute(text("SELECT id FROM event ORDER BY seq"))]
    assert ids == sorted(ids)


# -- append-only -------------------------------------------------------------------------------
@pytest.mark.parametrize("statement", ["UPDATE event SET note = 'x' WHERE seq = 1", "DELETE FROM event WHERE seq = 1",
                                       "DELETE FROM event"])
def test_triggers_refuse_update_and_delete(world, statement):
    _busy(world)
    with pytest.raises(DBAPIError) as info:
        _sql(world.desk, statement)
    assert "append-only" in str(info.value)
    assert world.desk.verify_audit().ok


@pytest.mark.postgres
def test_truncate_is_refused_on_postgres(pg_database):
    d = Desk.open(pg_database)
    try:
        with pytest.raises(DBAPIError) as info:
            _sql(d, "TRUNCATE event CASCADE")
        assert "append-only" in str(info.value)
    finally:
        d.close()


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_insert_or_replace_is_refused_on_sqlite(world):
    _busy(world)
    columns = "id, ticket_id, dispatch_id, actor_id, at, kind, subject, changes, seq, hash"
    for where in ("seq = 1", "seq = (SELECT max(seq) FROM event)"):
        with pytest.raises(DBAPIError) as info:  # the same id and place, another note
            _sql(world.desk, f"INSERT OR REPLACE INTO event ({columns}, note) SELECT {columns}, 'replaced' "
                             f"FROM event WHERE {where}")
        assert "cannot be replaced" in str(info.value)
    assert _scalar(world.desk, "SELECT count(*) FROM event WHERE note = 'replaced'") == 0
    assert world.desk.verify_audit().ok


@pytest.mark.postgres
@pytest.mark.parametrize("how", ["DISABLE TRIGGER event_append_only", "DISABLE TRIGGER ALL",
                                 "ENABLE REPLICA TRIGGER event_no_truncate"])
def test_disabling_the_triggers_is_reported_on_postgres(pg_database, capsys, how):
    d = Desk.open(pg_database)
    try:
        assert d.verify_audit().triggers
        _sql(d, f"ALTER TABLE event {how}")
        report = d.verify_audit()
        assert not report.ok and not report.triggers and report.first.kind == "triggers"
        code, _, err = _verify_cli(d, capsys)
        assert code == 1 and "已被删除或停用" in err
    finally:
        d.close()


# -- tampering, behind the application's back, triggers dropped first -------------------------------
def _middle(desk: Desk) -> int:
    return _scalar(desk, "SELECT max(seq) FROM event") // 2


def test_dropping_the_triggers_is_reported(world, capsys):
    _busy(world)
    _drop_triggers(world.desk)
    report = world.desk.verify_audit()
    assert not report.ok and not report.triggers and report.first.kind == "triggers"
    code, _, err = _verify_cli(world.desk, capsys)
    assert code == 1 and "触发器" in err


def test_an_edited_event_is_named(world, capsys):
    _busy(world)
    _drop_triggers(world.desk)
    k = _middle(world.desk)
    eid = _scalar(world.desk, f"SELECT id FROM event WHERE seq = {k}")
    _sql(world.desk, f"UPDATE event SET note = '已按时办结' WHERE seq = {k}")
    report = world.desk.verify_audit()
    assert not report.ok
    assert (report.first.kind, report.first.seq, report.first.event_id) == ("edited", k, eid)
    assert [p.kind for p in report.problems] == ["edited", "triggers"]  # the rest of the chain still holds
    code, _, err = _verify_cli(world.desk, capsys)
    assert code == 1 and f"第 {k} 条事件（id {eid}）" in err and "修改" in err


@pytest.mark.parametrize("column", ["at", "actor_id", "changes", "id"])
def test_any_edited_field_is_caught(world, column):
    _busy(world)
    _drop_triggers(world.desk)
    k = _middle(world.desk)
    change = {"at": "at = at + INTERVAL '1 hour'" if world.desk.backend == "postgresql"
              else "at = datetime(at, '+1 hour')",
              "actor_id": "actor_id = (SELECT min(id) FROM user_account)",
              "changes": "changes = '{\"edited\": true}'", "id": "id = id + 100000"}[column]
    _sql(world.desk, f"UPDATE event SET {change} WHERE seq = {k}")
    report = world.desk.verify_audit()
    assert (report.first.kind, report.first.seq) == ("edited", k)


def test_a_deleted_event_is_named(world, capsys):
    _busy(world)
    _drop_triggers(world.desk)
    k = _middle(world.desk)
    _sql(world.desk, f"DELETE FROM event WHERE seq = {k}")
    report = world.desk.verify_audit()
    assert (report.first.kind, report.first.seq) == ("deleted", k)
    code, _, err = _verify_cli(world.desk, capsys)
    assert code == 1 and f"第 {k} 条事件缺失" in err


def test_deleting_the_newest_events_is_caught_by_the_anchor(world, capsys):
    _busy(world)
    _drop_triggers(world.desk)
    last = _scalar(world.desk, "SELECT max(seq) FROM event")
    _sql(world.desk, f"DELETE FROM event WHERE seq >= {last - 1}")
    report = world.desk.verify_audit()
    assert (report.first.kind, report.first.seq) == ("deleted", last - 1)
    code, _, err = _verify_cli(world.desk, capsys)
    assert code == 1 and "最新的" in err


def _forge(desk: Desk, *, seq: int | None, rechain: bool) -> int:
    with desk.engine.begin() as conn:
        end = conn.execute(text("SELECT seq, hash FROM event ORDER BY seq DESC LIMIT 1")).one()
        new_id = conn.execute(text("SELECT max(id) + 1 FROM event")).scalar()
        ticket = conn.execute(text("SELECT min(id) FROM ticket")).scalar()
        actor = conn.execute(text("SELECT id FROM user_account WHERE username = 'clerk'")).scalar()
        row = dict(id=new_id, seq=seq, ticket_id=ticket, dispatch_id=None, actor_id=actor, at=T0, kind="close",
                   subject=None, note="已结案", changes="{}")
        row["hash"] = chain.link(end.hash, row) if rechain else "f" * 64
        at = T0.replace(tzinfo=None) if desk.backend == "sqlite" else T0
        conn.execute(text("INSERT INTO event (id, seq, ticket_id, dispatch_id, actor_id, at, kind, subject, note, "
                          "changes, hash) VALUES (:id, :seq, :ticket_id, :dispatch_id, :actor_id, :at, :kind, "
                          ":subject, :note, :changes, :hash)"), {**row, "at": at})
    return new_id


@pytest.mark.parametrize("rechain", [False, True], ids=["forged-hash", "correctly-chained"])
def test_an_inserted_event_is_named(world, capsys, rechain):
    """Inserting needs no trigger to be dropped. Even an event whose hash was computed the way the
    application does it is caught: the chain's anchor says where the chain ended."""
    _busy(world)
    last = _scalar(world.desk, "SELECT max(seq) FROM event")
    eid = _forge(world.desk, seq=last + 1, rechain=rechain)
    report = world.desk.verify_audit()
    assert (report.first.kind, report.first.seq, report.first.event_id) == ("inserted", last + 1, eid)
    code, _, err = _verify_cli(world.desk, capsys)
    assert code == 1 and f"id {eid}" in err and "插入" in err


@pytest.mark.postgres
@pytest.mark.parametrize("how", ["duplicate-place", "no-place"])
def test_an_event_inserted_after_dropping_constraints_is_named(pg_database, how):
    d = Desk.open(pg_database, clock=FakeClock(T0))
    try:
        from conftest import seed

        seed(d)
        d.login("clerk", PASSWORD).create_ticket(title="t", description="d", category="市容环境",
                                                 urgency="routine", address="a", community="幸福社区", source="patrol")
        if how == "duplicate-place":
            _sql(d, "ALTER TABLE event DROP CONSTRAINT uq_event_seq")
            eid = _forge(d, seq=3, rechain=False)
            expected = ("inserted", 3, eid)
        else:
            _sql(d, "ALTER TABLE event ALTER COLUMN seq DROP NOT NULL")
            eid = _forge(d, seq=None, rechain=False)
            expected = ("inserted", None, eid)
        report = d.verify_audit()
        assert (report.first.kind, report.first.seq, report.first.event_id) == expected
    finally:
        d.close()


# -- the migration chains existing events ---------------------------------------------------------
def _old_database(tmp_path) -> str:
    """A database from before the chain (0002) with three events, which migration 0003 chains (wd-event-1)."""
    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = db.create_db_engine(url)
    db.upgrade(engine, "0002")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO category (id, name, active) VALUES (1, '市容环境', 1)"))
        conn.execute(text("INSERT INTO user_account (id, username, display_name, role, password_hash, active, "
                          "created_at) VALUES (7, 'clerk', '张伟', 'clerk', 'x', 1, '2026-11-20 01:00:00.000000')"))
        conn.execute(text("INSERT INTO ticket (id, number, year, seq, title, description, category_id, urgency, "
                          "address, community, source, reporter_name, reporter_phone, state, round, created_at, "
                          "created_by_id, updated_at, updated_by_id, version) VALUES (1, '2026-000001', 2026, 1, "
                          "'t', 'd', 1, 'routine', 'a', 'c', 'patrol', '', '', 'new', 1, "
                          "'2026-11-20 01:00:00.000000', 7, '2026-11-20 01:00:00.000000', 7, 1)"))
        for i in (3, 5, 9):  # ids with gaps, as rolled-back transactions leave them
            conn.execute(text(f"INSERT INTO event (id, ticket_id, actor_id, at, kind, note, changes) VALUES "
                              f"({i}, 1, 7, '2026-11-20 01:0{i}:00.000000', 'update', '第{i}', '{{}}')"))
    db.upgrade(engine)
    engine.dispose()
    return url


def test_upgrading_chains_the_events_already_there(tmp_path):
    url = _old_database(tmp_path)
    d = Desk.open(url, migrate=False)
    try:
        report = d.verify_audit()
        assert report.ok and report.events == 3 and report.head_seq == 3
        with d.engine.connect() as conn:
            assert [tuple(r) for r in conn.execute(text("SELECT id, seq FROM event ORDER BY seq"))] == \
                [(3, 1), (5, 2), (9, 3)]
    finally:
        d.close()
    # And back, with the data (SQLite's foreign keys stay on).
    engine = db.create_db_engine(url)
    db.downgrade(engine, "0002")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM event")).scalar() == 3
        assert conn.execute(text("SELECT username FROM user_account WHERE id = 7")).scalar() == "clerk"
    db.upgrade(engine)
    engine.dispose()


@pytest.mark.parametrize("seq", [2, 5], ids=["wd-event-1", "wd-event-2"])
def test_an_edited_event_of_either_canonical_version_is_named(tmp_path, capsys, seq):
    """Events hashed before issue 14 keep their JSON canonical form (wd-event-1); new ones get the cheaper
    wd-event-2. One chain holds both, and an edit of either is named as the first broken link."""
    from datetime import datetime, timezone

    d = Desk.open(_old_database(tmp_path), clock=FakeClock(datetime(2026, 11, 20, 2, 0, tzinfo=timezone.utc)))
    try:
        d.set_setting("office_name", "幸福街道办事处")
        with d.engine.connect() as conn:
            rows = [dict(r._mapping) for r in conn.execute(text(
                "SELECT seq, id, ticket_id, dispatch_id, actor_id, at, kind, subject, note, changes, hash "
                "FROM event WHERE seq <= 5 ORDER BY seq"))]
        prev = chain.GENESIS
        for r in rows:
            r["at"] = datetime.fromisoformat(r["at"]).replace(tzinfo=timezone.utc)  # SQLite's text
            assert r["hash"] == (chain.link if r["seq"] <= 3 else chain.link2)(prev, r)
            prev = r["hash"]
        assert d.verify_audit().ok
        eid = _scalar(d, f"SELECT id FROM event WHERE seq = {seq}")
        _drop_triggers(d)
        _sql(d, f"UPDATE event SET note = '已按时办结' WHERE seq = {seq}")
        report = d.verify_audit()
        assert (report.first.kind, report.first.seq, report.first.event_id) == ("edited", seq, eid)
        code, _, err = _verify_cli(d, capsys)
        assert code == 1 and f"第 {seq} 条事件（id {eid}）" in err
    finally:
        d.close()
