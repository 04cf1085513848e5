"""Many desks, one PostgreSQL database: races, migrations, the server's clock, and passwords.

Races run twice: in threads (each with its own Desk, as on separate PCs) and in separate processes
(spawned, each opening its own Desk on the same URL), released together by a barrier.
"""
from __future__ import annotations

import logging
import multiprocessing
import queue as queue_mod
import threading
import time
import uuid
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import text

from desk import Desk, FakeClock, ServerClock, db, secrets
from desk.errors import ConflictError, DatabaseUnavailable, DeskError, SchemaTooNew

from conftest import PASSWORD, RESPONDERS, _pg_url, new_db_url, seed

pytestmark = pytest.mark.postgres

#: Extra people, so that a conflict message can name who won: (username, role, department, display name).
EXTRA_USERS = [
    ("cg.zhou", "responder", "城管执法队", "周杰"),
    ("cg.wu", "responder", "城管执法队", "吴芳"),
    ("clerk3", "clerk", None, "钱多"),
]
DISPLAY = {"clerk": "张伟", "clerk2": "赵敏", "supervisor": "王强", "clerk3": "钱多", "cg.li": "城管执法队联络员",
           "cg.zhou": "周杰", "cg.wu": "吴芳"}
CG = ["cg.li", "cg.zhou", "cg.wu"]
OFFICE = ["clerk", "clerk2", "supervisor", "clerk3"]
TICKET = dict(title="幸福路早市占道经营", description="每天早上摊贩占用人行道。", category="市容环境",
              urgency="routine", address="幸福路 12 号", community="幸福社区", source="12345",
              reporter_name="王女士", reporter_phone="13812345678")
N_WORKERS = 10


# -- worker processes ---------------------------------------------------------------------
def _worker(index: int, inbox, outbox, barrier) -> None:
    """A desk on another PC: runs commands; every command waits at the shared barrier first."""
    from argon2 import PasswordHasher

    from desk.accounts import service as accounts

    accounts.use_hasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    runs: list[str] = []

    class Count(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if record.getMessage().startswith("Running upgrade"):
                runs.append(record.getMessage())

    mig_log = logging.getLogger("alembic.runtime.migration")
    mig_log.addHandler(Count())
    mig_log.setLevel(logging.INFO)
    desks: dict[str, Desk] = {}
    while True:
        cmd = inbox.get()
        if cmd is None:
            break
        kind, url, call = cmd
        try:
            if kind == "forget":
                d = desks.pop(url, None)
                if d is not None:
                    d.close()
                outbox.put((index, ("ok", None)))
                continue
            if kind == "open":  # the race is Desk.open itself
                runs.clear()
                barrier.wait(60)
                d = Desk.open(url)
                rev = db.current_revision(d.engine)
                d.close()
                outbox.put((index, ("ok", (rev, len(runs)))))
                continue
            user = None
            if call is not None:
                if url not in desks:
                    desks[url] = Desk.open(url, migrate=False)
                user = desks[url].login(call[0], PASSWORD)
            barrier.wait(60)
            if user is None:
                outbox.put((index, ("idle", None)))
                continue
            _, method, args, kwargs = call
            outbox.put((index, ("ok", _summary(getattr(user, method)(*args, **kwargs)))))
        except DeskError as exc:
            outbox.put((index, ("error", type(exc).__name__, exc.message)))
        except BaseException as exc:  # noqa: BLE001 - reported to the test
            outbox.put((index, ("crash", f"{type(exc).__name__}: {exc}")))
    for d in desks.values():
        d.close()


def _summary(result):
    """What a race reports back about a successful call (DTOs stay in their process)."""
    return getattr(result, "number", None) or getattr(result, "id", None)


class Workers:
    """N spawned processes sharing a barrier; each round gives every process one command."""

    def __init__(self, n: int) -> None:
        ctx = multiprocessing.get_context("spawn")
        self.n = n
        self.barrier = ctx.Barrier(n)
        self.outbox = ctx.Queue()
        self.inboxes = [ctx.Queue() for _ in range(n)]
        self.procs = [ctx.Process(target=_worker, args=(i, self.inboxes[i], self.outbox, self.barrier), daemon=True)
                      for i in range(n)]
        for p in self.procs:
            p.start()

    def round(self, commands: list) -> list:
        assert len(commands) == self.n
        for inbox, cmd in zip(self.inboxes, commands):
            inbox.put(cmd)
        results: list = [None] * self.n
        for _ in range(self.n):
            try:
                i, outcome = self.outbox.get(timeout=120)
            except queue_mod.Empty:  # pragma: no cover - a stuck worker
                self.barrier.reset()
                raise
            results[i] = outcome
        if any(r[0] == "crash" for r in results):
            self.barrier.reset()
        return results

    def forget(self, url: str) -> None:
        self.round([("forget", url, None)] * self.n)

    def close(self) -> None:
        for inbox in self.inboxes:
            inbox.put(None)
        for p in self.procs:
            p.join(10)
            if p.is_alive():  # pragma: no cover
                p.kill()


@pytest.fixture(scope="module")
def workers(pg_admin):
    w = Workers(N_WORKERS)
    yield w
    w.close()


# -- an office on a shared database ----------------------------------------------------------
class Office:
    def __init__(self, url: str, desk: Desk) -> None:
        self.url = url
        self.desk = desk

    def login(self, username: str):
        return self.desk.login(username, PASSWORD)

    def ticket(self, number):
        return self.login("clerk").ticket(number)

    def whistled(self):
        clerk = self.login("clerk")
        t = clerk.whistle(clerk.create_ticket(**TICKET).number, lead="城管执法队")
        return t.number, t.dispatches[0].id

    def resolved(self):
        number, did = self.whistled()
        li = self.login("cg.li")
        li.acknowledge(did)
        li.respond(did, "已联系反映人")
        li.resolve(did, "已处理完毕")
        return number, did

    def events(self, number, kind):
        return [e for e in self.ticket(number).events if e.kind == kind]


@pytest.fixture
def office(request, tmp_path, workers):
    url = new_db_url(request, "postgres", tmp_path)
    desk = Desk.open(url)  # no clock: in shared mode the server's clock
    seed(desk)
    for username, role, dept, name in EXTRA_USERS:
        desk.add_user(username, PASSWORD, role, department=dept, display_name=name)
    yield Office(url, desk)
    workers.forget(url)
    desk.close()


def race(mode: str, office: Office, workers: Workers, calls: list[tuple]) -> list[tuple]:
    """Run ``calls`` = [(username, method, args, kwargs)] at once; outcomes in the same order."""
    if mode == "processes":
        commands = [("call", office.url, c) for c in calls] + [("call", office.url, None)] * (workers.n - len(calls))
        return workers.round(commands)[: len(calls)]
    barrier = threading.Barrier(len(calls))
    out: list = [None] * len(calls)

    def run(i: int) -> None:
        username, method, args, kwargs = calls[i]
        d = Desk.open(office.url, migrate=False)
        try:
            user = d.login(username, PASSWORD)
            barrier.wait(60)
            out[i] = ("ok", _summary(getattr(user, method)(*args, **kwargs)))
        except DeskError as exc:
            out[i] = ("error", type(exc).__name__, exc.message)
        except Exception as exc:  # noqa: BLE001 - reported
            out[i] = ("crash", f"{type(exc).__name__}: {exc}")
        finally:
            d.close()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    return out


def one_winner(outcomes, calls) -> str:
    """Exactly one call succeeded; every other got a ConflictError naming the winner. Returns the winner."""
    assert all(o[0] in ("ok", "error") for o in outcomes), outcomes
    winners = [calls[i][0] for i, o in enumerate(outcomes) if o[0] == "ok"]
    assert len(winners) == 1, outcomes
    name = DISPLAY[winners[0]]
    for o in outcomes:
        if o[0] == "error":
            assert o[1] == "ConflictError", o
            assert name in o[2], f"the message should name {name}: {o[2]}"
    return winners[0]


MODES = ["threads", "processes"]


# -- races ------------------------------------------------------------------------------------
@pytest.mark.parametrize("mode", MODES)
def test_acknowledge_race_one_wins_and_losers_learn_who(office, workers, mode):
    number, did = office.whistled()
    calls = [(u, "acknowledge", (did,), {}) for u in CG]
    winner = one_winner(race(mode, office, workers, calls), calls)
    [ev] = office.events(number, "acknowledge")
    assert ev.actor == DISPLAY[winner]
    d = office.ticket(number).dispatches[0]
    assert d.state == "acknowledged" and d.updated_by == DISPLAY[winner]


@pytest.mark.parametrize("mode", MODES)
def test_resolve_race_one_wins(office, workers, mode):
    number, did = office.whistled()
    li = office.login("cg.li")
    li.acknowledge(did)
    li.respond(did, "已到现场")
    calls = [(u, "resolve", (did,), {"note": f"{u} 办结"}) for u in CG]
    winner = one_winner(race(mode, office, workers, calls), calls)
    [ev] = office.events(number, "resolve")
    assert ev.actor == DISPLAY[winner] and ev.note == f"{winner} 办结"
    assert office.ticket(number).state == "awaiting_verification"


@pytest.mark.parametrize("mode", MODES)
def test_verify_race_one_wins(office, workers, mode):
    number, _ = office.resolved()
    calls = [(u, "verify", (number,), {"accepted": True, "note": f"{u} 核实"}) for u in OFFICE]
    winner = one_winner(race(mode, office, workers, calls), calls)
    [ev] = office.events(number, "verify")
    assert ev.actor == DISPLAY[winner]
    assert office.ticket(number).state == "awaiting_callback"


@pytest.mark.parametrize("mode", MODES)
def test_edit_race_with_the_same_version_one_wins(office, workers, mode):
    number = office.login("clerk").create_ticket(**TICKET).number
    version = office.ticket(number).version
    calls = [(u, "update_ticket", (number,), {"expected_version": version, "title": f"{u} 改的标题"})
             for u in OFFICE]
    winner = one_winner(race(mode, office, workers, calls), calls)
    t = office.ticket(number)
    assert t.title == f"{winner} 改的标题" and t.version == version + 1
    assert len(office.events(number, "update")) == 1


@pytest.mark.parametrize(("mode", "creators", "each"), [("threads", 10, 5), ("processes", N_WORKERS, 3)])
def test_ticket_numbers_unique_under_concurrent_creation(office, workers, mode, creators, each):
    # each creator makes `each` tickets in one go; the first of them race at the barrier
    numbers: list[str] = []
    for _ in range(each):
        calls = [(OFFICE[i % len(OFFICE)], "create_ticket", (), dict(TICKET, title=f"并发 {i}"))
                 for i in range(creators)]
        outcomes = race(mode, office, workers, calls)
        assert all(o[0] == "ok" for o in outcomes), outcomes
        numbers += [o[1] for o in outcomes]
    assert len(numbers) == creators * each == len(set(numbers))
    year = numbers[0][:4]
    assert sorted(numbers) == [f"{year}-{i:06d}" for i in range(1, creators * each + 1)]
    assert office.desk.ticket_count() == creators * each


def test_stale_edit_is_refused_naming_who_and_nothing_is_lost(office):
    clerk, other = office.login("clerk"), office.login("clerk2")
    number = clerk.create_ticket(**TICKET).number
    seen = clerk.ticket(number)  # 张伟 opens the edit dialog
    other.update_ticket(number, expected_version=seen.version, address="幸福路 14 号")  # 赵敏 saves first
    with pytest.raises(ConflictError) as info:
        clerk.update_ticket(number, expected_version=seen.version, title="张伟改的标题")
    assert "赵敏" in info.value.message and number in info.value.message
    t = clerk.ticket(number)
    assert (t.title, t.address) == (TICKET["title"], "幸福路 14 号")  # 赵敏's edit kept, 张伟's not half-saved
    clerk.update_ticket(number, expected_version=t.version, title="张伟改的标题")  # reload, OK again: works
    t = clerk.ticket(number)
    assert (t.title, t.address) == ("张伟改的标题", "幸福路 14 号")
    assert [e.actor for e in t.events if e.kind == "update"] == ["赵敏", "张伟"]


# -- schema -------------------------------------------------------------------------------
def test_ten_desks_opening_a_new_database_migrate_once(pg_database, workers):
    outcomes = workers.round([("open", pg_database, None)] * N_WORKERS)
    assert all(o[0] == "ok" for o in outcomes), outcomes
    head = db.head_revision()
    assert {o[1][0] for o in outcomes} == {head}
    from alembic.script import ScriptDirectory

    revisions = len(list(ScriptDirectory.from_config(db.alembic_config()).walk_revisions()))
    assert sum(o[1][1] for o in outcomes) == revisions  # every migration ran once, in one process
    assert sorted(o[1][1] for o in outcomes)[-2:] == [0, revisions]
    engine = db.create_db_engine(pg_database)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all() == [head]
        assert conn.execute(text("SELECT count(*) FROM user_account WHERE username = 'system'")).scalar() == 1
        seeded = conn.execute(text("SELECT value FROM setting WHERE key = 'calendar_seeded_years'")).scalar()
        days = conn.execute(text("SELECT count(*), count(DISTINCT day) FROM calendar_day")).one()
    engine.dispose()
    assert seeded and days[0] == days[1] > 0
    workers.forget(pg_database)


def test_database_from_a_newer_version_is_refused(pg_database):
    Desk.open(pg_database).close()
    engine = db.create_db_engine(pg_database)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffffffffffff'"))
    with pytest.raises(SchemaTooNew) as info:
        Desk.open(pg_database)
    assert info.value.message == ("数据库已由更新版本的吹哨报到工作台升级（架构版本 ffffffffffff），"
                                  "本版本无法安全写入，请升级本程序。")
    assert "Traceback" not in info.value.message
    with engine.connect() as conn:  # refused before writing anything: the newer schema is untouched
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "ffffffffffff"
    engine.dispose()


# -- the server's clock ----------------------------------------------------------------------
SKEW = timedelta(hours=-7)  # the server's clock is 7 hours behind this PC's (or this PC is 7 hours fast)


def _skew_server_clock(admin, url: str, skew: timedelta) -> None:
    """Make ``now()`` on this database differ from the real time by ``skew``, for new sessions.

    The function ``skew.now()`` comes before ``pg_catalog`` in the search path: to every client the
    server's clock simply reads differently from its own, which is what a drifting office PC sees.
    """
    name = url.rsplit("/", 1)[1]
    engine = db.create_db_engine(url)
    with engine.begin() as conn:
        conn.execute(text("CREATE SCHEMA skew"))
        conn.execute(text(
            "CREATE FUNCTION skew.now() RETURNS timestamptz LANGUAGE sql STABLE "
            f"AS $$ SELECT pg_catalog.now() + interval '{int(skew.total_seconds())} seconds' $$"))
    engine.dispose()
    with admin.connect() as conn:
        conn.execute(text(f'ALTER DATABASE "{name}" SET search_path = skew, pg_catalog, public'))


def _server_now(desk: Desk) -> datetime:
    with desk.engine.connect() as conn:
        return conn.execute(text("SELECT now()")).scalar_one().astimezone(timezone.utc)


def test_shared_mode_records_and_computes_with_the_servers_clock(request, tmp_path, pg_admin):
    url = new_db_url(request, "postgres", tmp_path)
    _skew_server_clock(pg_admin, url, SKEW)
    desk = Desk.open(url)
    try:
        assert isinstance(desk.clock, ServerClock)  # shared mode and no clock given: the server's
        seed(desk)
        local = datetime.now(timezone.utc)  # this PC's clock (read, never patched)
        before = _server_now(desk)
        assert abs((before - local) - SKEW) < timedelta(seconds=5)  # the two clocks really disagree
        clerk = desk.login("clerk", PASSWORD)
        t = clerk.create_ticket(**TICKET)
        t = clerk.whistle(t.number, lead="城管执法队", assist=["住建委"])
        desk.login("cg.li", PASSWORD).acknowledge(t.dispatches[0].id)
        after = _server_now(desk)
        t = clerk.ticket(t.number)
        stamps = [t.created_at, t.updated_at] + [e.at for e in t.events]
        for d in t.dispatches:
            stamps += [d.dispatched_at, d.updated_at] + ([d.acknowledged_at] if d.acknowledged_at else [])
        for at in stamps:  # every instant is the server's, none is this PC's
            assert before - timedelta(seconds=1) <= at <= after + timedelta(seconds=1), (at, before, after)
            assert abs(at - local) > timedelta(hours=6)
        assert desk.now() - after < timedelta(seconds=5) and abs(desk.now() - local) > timedelta(hours=6)
        # deadlines are counted from the server's instant of the whistle, on the office calendar
        cal = desk.calendar()
        for d in t.dispatches:
            for step in ("acknowledge", "respond", "resolve"):
                within = getattr(d, f"{step}_within")
                assert getattr(d, f"{step}_due") == cal.due(d.dispatched_at, within), (step, d)
        # and one write's instants agree: the transaction's start time
        whistles = [e.at for e in t.events if e.kind == "whistle"]
        assert len(set(whistles)) == 1 and whistles[0] == t.dispatches[0].dispatched_at
    finally:
        desk.close()


def test_a_desk_given_a_wrong_clock_would_show_it(request, tmp_path, pg_admin):
    """The control for the test above: the check does notice a desk that uses another clock."""
    url = new_db_url(request, "postgres", tmp_path)
    wrong = FakeClock(datetime.now(timezone.utc) + timedelta(hours=5))  # a PC 5 hours fast
    desk = Desk.open(url, clock=wrong)  # a clock passed in explicitly is used (tests rely on this)
    try:
        seed(desk)
        t = desk.login("clerk", PASSWORD).create_ticket(**TICKET)
        assert t.created_at == wrong.now()
        assert abs(t.created_at - _server_now(desk)) > timedelta(hours=4)
    finally:
        desk.close()


# -- passwords in the keyring -----------------------------------------------------------------
SECRET = "Zq9-secret-Kx"


def test_keyring_store_resolve_delete(memory_keyring):
    url = "postgresql+psycopg://li.na@db.office.local:5433/whistle"
    assert secrets.key_for(url) == "li.na@db.office.local:5433/whistle"
    assert secrets.key_for("postgresql://li.na@DB.office.local/whistle") == "li.na@db.office.local:5432/whistle"
    assert secrets.resolve_url(url) == url  # nothing stored yet: unchanged
    secrets.store_password(url, SECRET)
    assert memory_keyring.store == {(secrets.SERVICE, "li.na@db.office.local:5433/whistle"): SECRET}
    assert secrets.resolve_url(url) == f"postgresql+psycopg://li.na:{SECRET}@db.office.local:5433/whistle"
    resolved = secrets.resolve(url)
    assert SECRET not in str(resolved) and SECRET not in repr(resolved)
    # a password written in the URL wins; SQLite URLs are left alone
    assert secrets.resolve_url("postgresql+psycopg://li.na:other@db.office.local:5433/whistle").count("other") == 1
    assert secrets.resolve_url("sqlite:///x.db") == "sqlite:///x.db"
    assert secrets.delete_password(url) is True
    assert secrets.delete_password(url) is False
    assert secrets.resolve_url(url) == url


def test_redact_hides_passwords_everywhere():
    assert secrets.redact(f"postgresql+psycopg://u:{SECRET}@h/db") == "postgresql+psycopg://u:***@h/db"
    assert SECRET not in secrets.redact(f"postgresql+psycopg://u@h/db?password={SECRET}&sslmode=require")
    assert "sslmode=require" in secrets.redact(f"postgresql+psycopg://u@h/db?password={SECRET}&sslmode=require")
    assert secrets.redact("::not a url::") == "（无法解析的地址）"
    assert secrets.scrub(f"bad dsn: host=h password={SECRET} x", None) == "bad dsn: host=h password=*** x"
    assert secrets.scrub(f"... {SECRET} ...", SECRET) == "... *** ..."


def test_engine_takes_the_password_from_the_keyring_and_never_shows_it(memory_keyring, caplog):
    caplog.set_level(logging.DEBUG)
    url = "postgresql://li.na@127.0.0.1:5999/whistle"  # nothing listens there
    secrets.store_password(url, SECRET)
    engine = db.create_db_engine(url)
    try:
        assert engine.url.password == SECRET  # in memory only, to connect
        assert engine.url.drivername == "postgresql+psycopg"
        for shown in (str(engine.url), repr(engine.url), repr(engine), db.alembic_config(engine).get_main_option(
                "sqlalchemy.url")):
            assert SECRET not in shown
        started = time.monotonic()
        with pytest.raises(DatabaseUnavailable) as info:
            Desk.open(url)
        assert time.monotonic() - started < 6
    finally:
        engine.dispose()
    message = info.value.message
    assert message.startswith("无法连接数据库服务器 127.0.0.1:5999/whistle：服务器拒绝连接")
    assert SECRET not in message and "Traceback" not in message
    assert SECRET not in caplog.text
    assert all(SECRET not in r.getMessage() for r in caplog.records)


@pytest.fixture(scope="module")
def password_server():
    """A throwaway server that checks passwords on TCP connections (scram-sha-256)."""
    import pgserver

    why = pgserver.available()
    if why:
        pytest.fail(f"cannot start a throwaway PostgreSQL server: {why}")
    srv = pgserver.PgServer(auth_host="scram-sha-256")
    try:
        srv.start()
        srv.execute(f"CREATE ROLE li_na LOGIN PASSWORD '{SECRET}'")
        srv.execute("CREATE DATABASE whistle OWNER li_na")
        yield srv
    finally:
        srv.cleanup()


def test_password_from_keyring_opens_a_password_protected_server(password_server, memory_keyring, caplog):
    caplog.set_level(logging.DEBUG)
    url = f"postgresql+psycopg://li_na@127.0.0.1:{password_server.port}/whistle"
    # no password anywhere: a plain message that says what to do
    with pytest.raises(DatabaseUnavailable) as info:
        Desk.open(url)
    assert "密钥环中没有保存" in info.value.message and "set-password" in info.value.message
    # a wrong password: said plainly, and the wrong password is not repeated either
    secrets.store_password(url, "wrong-" + SECRET)
    with pytest.raises(DatabaseUnavailable) as info:
        Desk.open(url)
    assert "密码不正确" in info.value.message and "wrong-" not in info.value.message
    # the right one, from the keyring
    secrets.store_password(url, SECRET)
    with Desk.open(url) as desk:
        assert desk.backend == "postgresql" and isinstance(desk.clock, ServerClock)
        seed(desk)
        assert desk.login("clerk", PASSWORD).create_ticket(**TICKET).number
        assert SECRET not in desk.location and SECRET not in repr(desk.engine)
        from desk import live

        states: list[tuple[bool, str]] = []
        listener = live.Listener.for_desk(desk, on_change=lambda ids: None, on_state=lambda c, m: states.append((c, m)))
        with listener:
            assert listener.wait_connected(5), listener.message
            assert SECRET not in repr(listener)
    assert states and states[0][0] is True
    for text_ in [caplog.text, *(r.getMessage() for r in caplog.records), *(m for _, m in states)]:
        assert SECRET not in text_


def test_unknown_database_is_reported_plainly(pg_admin):
    url = _pg_url(f"wd_missing_{uuid.uuid4().hex[:8]}")
    with pytest.raises(DatabaseUnavailable) as info:
        Desk.open(url)
    assert "服务器上没有这个数据库" in info.value.message


@pytest.mark.parametrize("bad", [f"postgresql://u:{SECRET}@h:notaport/db", f"postgresql+nosuchdriver://u:{SECRET}@h/db",
                                 f"not a url {SECRET}"])
def test_a_malformed_url_is_refused_without_showing_the_password(bad, caplog):
    caplog.set_level(logging.DEBUG)
    with pytest.raises(DatabaseUnavailable) as info:
        Desk.open(bad)
    assert info.value.message.startswith("数据库地址（URL）无效：")
    assert SECRET not in info.value.message and SECRET not in caplog.text
