"""Load benchmark: N desks at once on one PostgreSQL database, then invariant checks.

    /work/venv/bin/python tests/bench/bench_load.py [--clients 20] [--seconds 60] [--url ADMIN_URL]
        [--processes P] [--pace SECONDS] [--pgbench]

It creates a throwaway database on the server of ``--url`` (default ``$WHISTLE_TEST_PG`` or
postgres@127.0.0.1:5432/test), seeds departments and users, and starts N clients (desks), by default
one spawned process each (each opens its own Desk, as a PC would); ``--processes P`` runs them as threads
spread over P processes (300 desks do not fit in 300 processes, nor their connections in the server's
limit: each process's Desk opens at most 10, so keep 10 × P well under ``max_connections``, which the
server's other users share; ``--clients 300 --processes 4 --pace 30``), so that a run can also show how much of the latency is the clients' own Python (the GIL of a
process shared by several desks) rather than the server. ``--pace S``: each desk acts once every S
seconds (a realistic office: one action every 30 s), instead of as fast as it can.
About a third are clerks, who create tickets,
whistle, verify and read queues; the rest are responders spread over the departments, who
acknowledge, respond and resolve only their own department's dispatches and read their queues.
Responders of one department pick from the same queue, so they collide: a ConflictError (and a
refusal such as "already has a lead department" from two clerks whistling one ticket) is an
expected outcome, counted, not a failure. Clients stop at ``--seconds`` or ``--max-ops`` calls.

It prints throughput and p50/p95/p99 latency per operation, then checks, from the database:
  * every successful mutating call has its events (same actor and transaction instant), and
    every event belongs to a successful call or to the system account: nothing lost, nothing extra;
  * each dispatch's and ticket's chain of state changes replays legally by desk.workflow.TRANSITIONS
    (each step starts where the previous ended) and ends in the state stored: no lost update;
  * ticket numbers are unique and gapless, and match the tickets the clients created.
Each violation is printed; the exit status is 1 if there is any (or a client failed), else 0.
The database is dropped at the end (``--keep`` keeps it for a look).

Where the time goes is printed too: per operation, the share spent inside the database driver (statements
sent and answered: the server's work and waits, and the network) against the rest (the client's Python,
and waiting for a CPU); every 100 ms the server's sessions of the run are sampled from pg_stat_activity
(idle, idle in transaction: waiting for its client, active, waiting for a lock and which); and the CPU
seconds used by the clients and by their server backends. ``--pgbench`` then runs pgbench's simple-update
(``-N``) with as many clients for as long, on the same server: the server's own limit on this machine.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import queue as queue_mod
import random
import subprocess
import sys
import tempfile
import threading
import time
import traceback
import uuid
from collections import Counter, defaultdict
from datetime import datetime

PG_ADMIN_URL = os.environ.get("WHISTLE_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
PASSWORD = "load-test-pass"
DEPARTMENTS = ["城管执法队", "住建委", "交通支队", "水务所", "环保所"]
CATEGORIES = {"市容环境": "城管执法队", "房屋安全": "住建委", "道路交通": "交通支队", "供排水": "水务所",
              "环境污染": "环保所"}
MUTATING = ("create_ticket", "whistle", "acknowledge", "respond", "resolve", "verify")


def _cheap_hashes() -> None:
    """Logging in is not what is measured: cheap argon2 parameters for the load users."""
    from argon2 import PasswordHasher

    from desk.accounts import service as accounts

    accounts.use_hasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


# -- one client ---------------------------------------------------------------------------------
class Client:
    def __init__(self, desk, username: str, role: str, department: str | None, rng: random.Random) -> None:
        from desk.errors import ConflictError, DeskError

        self.user = desk.login(username, PASSWORD)
        self.role = role
        self.department = department
        self.rng = rng
        self.lat: dict[str, list[float]] = defaultdict(list)
        self.db: dict[str, list[float]] = defaultdict(list)  #: of each call: ms inside the driver
        self.chain: dict[str, list[float]] = defaultdict(list)  #: ... of which in the chain's lock statements
        self.outcomes: dict[str, Counter] = defaultdict(Counter)
        self.calls: list[dict] = []
        self.failures: list[str] = []
        self._conflict, self._desk_error = ConflictError, DeskError

    def timed(self, op: str, fn, *args, **kwargs):
        started, in_db = time.perf_counter(), _DB_TIME.spent()
        outcome, result = "ok", None
        try:
            result = fn(*args, **kwargs)
        except self._conflict:
            outcome = "conflict"
        except self._desk_error as exc:
            outcome = f"refused:{type(exc).__name__}"
            if type(exc).__name__ in ("DatabaseUnavailable", "SchemaTooNew"):
                self.failures.append(f"{op}: {exc.message}")
                outcome = "failed"
        except Exception as exc:  # noqa: BLE001 - a bug: reported as a failure
            outcome = "failed"
            self.failures.append(f"{op}: {type(exc).__name__}: {exc}\n{traceback.format_exc(limit=4)}")
        self.lat[op].append((time.perf_counter() - started) * 1000)
        db_now = _DB_TIME.spent()
        self.db[op].append((db_now[0] - in_db[0]) * 1000)
        self.chain[op].append((db_now[1] - in_db[1]) * 1000)
        self.outcomes[op][outcome] += 1
        return result

    def record(self, verb: str, *, ticket_id: int, at: datetime, dispatch_id: int | None = None,
               state: str | None = None, **extra) -> None:
        self.calls.append(dict(verb=verb, user=self.user.info.username, ticket_id=ticket_id, dispatch_id=dispatch_id,
                               at=at.isoformat(), state=state, **extra))

    # -- clerks --------------------------------------------------------------------------------
    def clerk_step(self) -> None:
        r = self.rng.random()
        u = self.user
        if r < 0.25:
            cat = self.rng.choice(list(CATEGORIES))
            t = self.timed("create_ticket", u.create_ticket, title=f"负载测试 {self.rng.randrange(10**6)}",
                           description="压力测试生成的工单。", category=cat,
                           urgency=self.rng.choice(["routine", "routine", "urgent", "emergency"]),
                           address="幸福路 1 号", community="幸福社区", source="12345",
                           reporter_name="王女士", reporter_phone="13812345678")
            if t is not None:
                self.record("create_ticket", ticket_id=t.id, at=t.created_at, state=t.state, number=t.number)
        elif r < 0.50:
            page = self.timed("list_queue", u.list_queue, "new", limit=10)
            rows = page.rows if page is not None else ()
            if rows:
                row = self.rng.choice(rows[:5])
                lead = self.rng.choice(DEPARTMENTS)
                assist = [self.rng.choice([d for d in DEPARTMENTS if d != lead])] if self.rng.random() < 0.3 else []
                t = self.timed("whistle", u.whistle, row.number, lead=lead, assist=assist, note="请尽快处理")
                if t is not None:
                    self.record("whistle", ticket_id=t.id, at=t.updated_at, state=t.state)
        elif r < 0.70:
            page = self.timed("list_queue", u.list_queue, "awaiting_verification", limit=10)
            if page is not None and page.rows:
                row = self.rng.choice(page.rows[:5])
                accepted = self.rng.random() < 0.85
                t = self.timed("verify", u.verify, row.number, accepted=accepted,
                               note="核实通过" if accepted else "现场仍有问题，重办")
                if t is not None:
                    self.record("verify", ticket_id=t.id, at=t.updated_at, state=t.state, accepted=accepted)
        elif r < 0.85:
            self.timed("list_queue", u.list_queue, self.rng.choice(u.queues()), limit=50)
        else:
            page = self.timed("list_queue", u.list_queue, "all", limit=20)
            if page is not None and page.rows:
                self.timed("ticket", u.ticket, self.rng.choice(page.rows).number)

    # -- responders ----------------------------------------------------------------------------
    def _mine(self, queue: str):
        """A ticket from one of my queues and my department's dispatch on it (as the GUI's detail pane)."""
        page = self.timed("list_queue", self.user.list_queue, queue, limit=10)
        if page is None or not page.rows:
            return None
        row = self.rng.choice(page.rows[:4])
        t = self.timed("ticket", self.user.ticket, row.id)
        if t is None:
            return None
        mine = [d for d in t.dispatches if d.department == self.department and d.round == t.round]
        return mine[-1] if mine else None

    def responder_step(self) -> None:
        before = len(self.calls)
        r = self.rng.random()
        u = self.user
        if r < 0.40:
            d = self._mine("dept_pending")
            if d is not None and d.state == "pending":
                res = self.timed("acknowledge", u.acknowledge, d.id)
                if res is not None:
                    self.record("acknowledge", ticket_id=0, dispatch_id=res.id, at=res.updated_at, state=res.state)
        elif r < 0.80:
            d = self._mine("dept_in_progress")
            if d is not None and d.state in ("acknowledged", "responded"):
                verb = "respond" if d.state == "acknowledged" else "resolve"
                res = self.timed(verb, getattr(u, verb), d.id, "已联系反映人" if verb == "respond" else "已处理完毕")
                if res is not None:
                    self.record(verb, ticket_id=0, dispatch_id=res.id, at=res.updated_at, state=res.state)
        else:
            self.timed("list_queue", u.list_queue, self.rng.choice(u.queues()), limit=50)
            return
        if len(self.calls) == before:
            time.sleep(0.02)  # nothing to do for me right now: a person would look again shortly


class _DbTime(threading.local):
    """Seconds this thread has spent inside the database driver (statements sent until answered), and of them
    in the audit chain's lock and anchor statements (the chain's lock wait: every writer queues there)."""

    #: Statements of the chain's lock: the advisory lock, or a lock on the anchor row (audit_head).
    CHAIN = ("pg_advisory_xact_lock", "audit_head")

    def __init__(self) -> None:
        self.total, self.chain, self.started = 0.0, 0.0, 0.0

    def spent(self) -> tuple[float, float]:
        return self.total, self.chain

    def install(self, engine) -> None:
        from sqlalchemy import event

        def before(*_args) -> None:
            self.started = time.perf_counter()

        def after(_conn, _cursor, statement: str, *_args) -> None:
            spent = time.perf_counter() - self.started
            self.total += spent
            if any(word in statement for word in self.CHAIN):
                self.chain += spent

        event.listen(engine, "before_cursor_execute", before)
        event.listen(engine, "after_cursor_execute", after)


_DB_TIME = _DbTime()


def run_client(desk, username: str, role: str, department: str | None, seconds: float, max_ops: int, pace: float,
               seed: int, barrier, out: dict) -> None:
    """One desk (a thread of a client process): logs in, waits for the start, works until the end."""
    try:
        rng = random.Random(seed)
        client = Client(desk, username, role, department, rng)
        barrier.wait()
        deadline = time.monotonic() + seconds
        step = client.clerk_step if role == "clerk" else client.responder_step
        ops = 0
        next_at = time.monotonic() + rng.uniform(0, pace)  # desks at a pace start at random moments
        while ops < max_ops:
            if pace:
                time.sleep(max(0.0, next_at - time.monotonic()))
                next_at += pace * rng.uniform(0.5, 1.5)
            if time.monotonic() >= deadline:
                break
            step()
            ops += 1
        out.update(lat=dict(client.lat), db=dict(client.db), chain=dict(client.chain), outcomes={k: dict(v) for k, v in client.outcomes.items()},
                   calls=client.calls, failures=client.failures, ops=ops)
    except BaseException as exc:  # noqa: BLE001 - reported by the parent
        out["failures"].append(f"client {username} crashed: {type(exc).__name__}: {exc}\n{traceback.format_exc()}")
        try:
            barrier.abort()
        except Exception:  # noqa: BLE001
            pass


def run_process(url: str, users: list, seconds: float, max_ops: int, pace: float, seeds: list[int], barrier,
                results) -> None:
    """A client process: one Desk (one engine, as a PC's), a thread per desk of ``users``."""
    outs = [{"user": u, "lat": {}, "db": {}, "chain": {}, "outcomes": {}, "calls": [], "failures": [], "ops": 0}
            for u, _, _ in users]
    desk = None
    cpu = 0.0
    try:
        _cheap_hashes()
        from desk import Desk

        desk = Desk.open(url, migrate=False)
        _DB_TIME.install(desk.engine)
        ready = threading.Barrier(len(users) + 1)  # every desk of this process logged in
        threads = [threading.Thread(target=run_client, args=(desk, u, role, dept, seconds, max_ops, pace, seed, ready,
                                                             out), daemon=True)
                   for (u, role, dept), seed, out in zip(users, seeds, outs)]
        for t in threads:
            t.start()
        ready.wait(300)
        barrier.wait(300)  # ... and every other process's
        started = os.times()
        for t in threads:
            t.join(seconds + 120)
        ended = os.times()
        cpu = (ended.user + ended.system) - (started.user + started.system)
    except BaseException as exc:  # noqa: BLE001 - reported by the parent
        outs[0]["failures"].append(f"process of {users[0][0]}… crashed: {type(exc).__name__}: {exc}\n"
                                   f"{traceback.format_exc()}")
        try:
            barrier.abort()
        except Exception:  # noqa: BLE001
            pass
    finally:
        if desk is not None:
            desk.close()
        outs[0]["cpu"] = cpu
        for out in outs:
            results.put(out)


# -- the server's side --------------------------------------------------------------------------
class ActivitySampler(threading.Thread):
    """Samples the run's sessions in pg_stat_activity every 100 ms, and their backends' CPU time."""

    def __init__(self, engine, database: str) -> None:
        super().__init__(daemon=True)
        self.engine, self.database = engine, database
        self.states: Counter = Counter()
        self.backends: dict[int, float] = {}  #: pid -> CPU seconds (at the last sample)
        self.stop = threading.Event()

    def run(self) -> None:
        from sqlalchemy import text

        ticks = os.sysconf("SC_CLK_TCK")
        with self.engine.connect() as conn:
            while not self.stop.wait(0.1):
                rows = conn.execute(text(
                    "SELECT pid, state, wait_event_type, wait_event FROM pg_stat_activity "
                    "WHERE datname = :d AND pid <> pg_backend_pid() AND backend_type = 'client backend'"),
                    {"d": self.database}).all()
                for pid, state, wtype, wevent in rows:
                    if state == "active" and wtype == "Lock":
                        state = f"waiting for a lock ({wevent})"
                    elif state == "active" and wtype and wtype not in ("Client", "Activity"):
                        state = f"active, waiting ({wtype}: {wevent})"
                    self.states[state or "?"] += 1
                    try:
                        with open(f"/proc/{pid}/stat") as f:
                            fields = f.read().rsplit(")", 1)[1].split()
                        self.backends[pid] = (int(fields[11]) + int(fields[12])) / ticks
                    except (OSError, IndexError, ValueError):  # gone, or a server on another machine
                        pass

    def report(self) -> None:
        total = sum(self.states.values())
        if total:
            print("server sessions, sampled every 100 ms: " + ", ".join(
                f"{k} {v / total:.0%}" for k, v in self.states.most_common()))


def machine_busy() -> tuple[float, float]:
    """(busy, total) CPU seconds of the whole machine since boot (all cores)."""
    with open("/proc/stat") as f:
        cpu = [int(x) for x in f.readline().split()[1:]]
    ticks = os.sysconf("SC_CLK_TCK")
    idle = cpu[3] + cpu[4]
    return (sum(cpu) - idle) / ticks, sum(cpu) / ticks


def run_pgbench(admin_url, clients: int, seconds: float) -> None:
    """pgbench's simple-update (-N) with ``clients`` clients on a throwaway database of the same server."""
    from sqlalchemy import create_engine, text

    name = f"wd_pgbench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    conn_args = ["-h", admin_url.host or "127.0.0.1", "-p", str(admin_url.port or 5432), "-U",
                 admin_url.username or "postgres"]
    env = {**os.environ, **({"PGPASSWORD": admin_url.password} if admin_url.password else {})}
    try:
        subprocess.run(["pgbench", "-i", "-q", *conn_args, name], check=True, env=env, capture_output=True)
        with tempfile.TemporaryDirectory() as tmp:
            run = subprocess.run(["pgbench", "-N", "-c", str(clients), "-j", "2", "-T", str(int(seconds)), "-l",
                                  "--log-prefix", os.path.join(tmp, "log"), *conn_args, name],
                                 check=True, env=env, capture_output=True, text=True)
            lat = []
            for log in os.listdir(tmp):
                with open(os.path.join(tmp, log)) as f:
                    lat += [int(line.split()[2]) / 1000 for line in f]
        tps = next((line for line in run.stdout.splitlines() if line.startswith("tps")), "tps ?")
        print(f"\npgbench -N, {clients} clients, {seconds:g} s, same server: {len(lat)} transactions, {tps}; "
              f"latency p50 {percentile(lat, 50):.1f} ms, p95 {percentile(lat, 95):.1f} ms, "
              f"p99 {percentile(lat, 99):.1f} ms")
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


# -- set-up ---------------------------------------------------------------------------------------
def plan_users(clients: int) -> list[tuple[str, str, str | None]]:
    """(username, role, department) per client: a third clerks (at least 1), the rest responders."""
    clerks = max(1, round(clients / 3))
    users = [(f"clerk{i + 1:02d}", "clerk", None) for i in range(clerks)]
    for i in range(clients - clerks):
        dept = DEPARTMENTS[i % len(DEPARTMENTS)]
        users.append((f"resp{i + 1:02d}", "responder", dept))
    return users


def seed_office(desk, users) -> None:
    for name in DEPARTMENTS:
        desk.add_department(name)
    for name, lead in CATEGORIES.items():
        desk.add_category(name, lead)
    desk.add_community("幸福社区")  # the 社区 the clients' tickets name (a pick-list since migration 0005)
    for username, role, dept in users:
        desk.add_user(username, PASSWORD, role, department=dept, display_name=username)


# -- statistics -----------------------------------------------------------------------------------
def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    k = (len(s) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def report(results: list[dict], wall: float) -> None:
    lat: dict[str, list[float]] = defaultdict(list)
    db: dict[str, list[float]] = defaultdict(list)
    chain: dict[str, list[float]] = defaultdict(list)
    outcomes: dict[str, Counter] = defaultdict(Counter)
    for r in results:
        for op, values in r["lat"].items():
            lat[op] += values
            db[op] += r["db"][op]
            chain[op] += r["chain"][op]
        for op, c in r["outcomes"].items():
            outcomes[op].update(c)
    total = sum(len(v) for v in lat.values())
    ok_total = sum(c["ok"] for c in outcomes.values())
    print(f"\n{len(results)} clients, {wall:.1f} s: {total} calls ({total / wall:.1f}/s), "
          f"{ok_total} succeeded ({ok_total / wall:.1f}/s)")
    print(f"{'operation':<15}{'calls':>8}{'ok':>8}{'conflict':>10}{'refused':>9}{'failed':>8}{'ok/s':>8}"
          f"{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'max ms':>9}{'in db':>7}{'db p95':>8}{'chain':>7}"
          f"{'ch p95':>8}")
    order = list(MUTATING) + sorted(op for op in lat if op not in MUTATING)
    for op in order:
        if op not in lat:
            continue
        c = outcomes[op]
        refused = sum(v for k, v in c.items() if k.startswith("refused:"))
        v = lat[op]
        print(f"{op:<15}{len(v):>8}{c['ok']:>8}{c['conflict']:>10}{refused:>9}{c['failed']:>8}{c['ok'] / wall:>8.1f}"
              f"{percentile(v, 50):>9.1f}{percentile(v, 95):>9.1f}{percentile(v, 99):>9.1f}{max(v):>9.1f}"
              f"{sum(db[op]) / sum(v):>7.0%}{percentile(db[op], 95):>8.1f}{sum(chain[op]) / sum(v):>7.0%}"
              f"{percentile(chain[op], 95):>8.1f}")
    print("(in db: the share of the time inside the database driver, statements sent until answered, commits "
          "not included; the rest is the client's own work and its wait for a CPU. chain: of it, the audit "
          "chain's lock and anchor statements, mostly the wait for the chain's lock)")
    refusals = Counter()
    for op, c in outcomes.items():
        for k, v in c.items():
            if k.startswith("refused:"):
                refusals[f"{op} {k[8:]}"] += v
    if refusals:
        print("refusals (lost races that the façade reports as such, expected): "
              + ", ".join(f"{k}: {v}" for k, v in sorted(refusals.items())))


# -- invariants -----------------------------------------------------------------------------------
def check_invariants(engine, results: list[dict]) -> list[str]:
    from sqlalchemy import text

    from desk.enums import TicketState as T
    from desk.workflow import TRANSITIONS

    violations: list[str] = []
    with engine.connect() as conn:
        users = {uid: name for uid, name in conn.execute(text("SELECT id, username FROM user_account"))}
        system_ids = {uid for uid, name in users.items() if name == "system"}
        # Ticket events only: logins and administration are recorded in the same trail without a ticket.
        events = conn.execute(text(
            "SELECT id, ticket_id, dispatch_id, actor_id, at, kind, changes FROM event "
            "WHERE ticket_id IS NOT NULL ORDER BY id")).all()
        tickets = {r.id: r for r in conn.execute(text("SELECT id, number, year, seq, state, round FROM ticket"))}
        dispatches = {r.id: r for r in conn.execute(text("SELECT id, ticket_id, state FROM dispatch"))}

    calls = [c for r in results for c in r["calls"]]
    # 1. every successful call has its events, and every event has its call ------------------------
    groups: dict[tuple[str, datetime], list] = defaultdict(list)
    for e in events:
        groups[(users[e.actor_id], e.at)].append(e)
    system_events = sum(len(g) for (user, _), g in groups.items() if user == "system")
    matched = 0
    by_key = {}
    for c in calls:
        key = (c["user"], datetime.fromisoformat(c["at"]))
        if key in by_key:
            violations.append(f"two successful calls share one transaction instant: {c} and {by_key[key]}")
        by_key[key] = c
    for key, c in by_key.items():
        group = groups.get(key)
        if not group:
            violations.append(f"lost: a successful {c['verb']} by {c['user']} at {c['at']} has no event")
            continue
        kinds = Counter(e.kind for e in group)
        matched += len(group)
        verb = c["verb"]
        if verb == "create_ticket":
            ok = kinds == Counter(create=1)
        elif verb == "whistle":
            ok = kinds["whistle"] >= 1 and kinds["state"] <= 1 and set(kinds) <= {"whistle", "state"}
        elif verb == "verify" and c.get("accepted"):
            ok = kinds == Counter(verify=1)
        elif verb == "verify":
            ok = kinds["verify_rejected"] == 1 and kinds["state"] == 1 and set(kinds) <= {
                "verify_rejected", "whistle", "state"}
        else:
            ok = kinds[verb] == 1 and kinds["state"] <= 1 and set(kinds) <= {verb, "state"}
            if ok and c["dispatch_id"] not in {e.dispatch_id for e in group if e.kind == verb}:
                ok = False
        if c["ticket_id"] and any(e.ticket_id != c["ticket_id"] for e in group):
            ok = False
        if not ok:
            violations.append(f"the events of {verb} by {c['user']} at {c['at']} do not match it: "
                              f"{sorted(kinds.items())}")
        for e in group:
            e_changes = json.loads(e.changes or "{}")
            if verb in ("acknowledge", "respond", "resolve") and e.kind == verb:
                if e_changes.get("state", [None, None])[1] != c["state"]:
                    violations.append(f"{verb} returned state {c['state']} but recorded {e_changes.get('state')}")
    unclaimed = [(key, g) for key, g in groups.items() if key not in by_key and key[0] != "system"]
    for key, g in unclaimed[:20]:
        violations.append(f"events without a successful call: {key[0]} at {key[1]}: {[e.kind for e in g]}")
    if len(events) != matched + system_events:
        violations.append(f"event count {len(events)} != events of successful calls {matched} "
                          f"+ system events {system_events}")

    # 2. state chains replay legally and end where the database is --------------------------------
    group_verb = {key: c["verb"] for key, c in by_key.items()}
    d_state: dict[int, str | None] = {}
    t_state: dict[int, str | None] = {}
    derived = {T.NEW, T.DISPATCHED, T.AWAITING_VERIFICATION}
    for e in events:
        changes = json.loads(e.changes or "{}")
        where = f"event {e.id} ({e.kind})"
        if e.dispatch_id is not None:
            if e.kind == "whistle":
                if e.dispatch_id in d_state:
                    violations.append(f"{where}: dispatch {e.dispatch_id} summoned twice")
                d_state[e.dispatch_id] = "pending"
                continue
            if "state" not in changes:
                continue
            before, after = changes["state"]
            rule = TRANSITIONS.get(e.kind)
            if d_state.get(e.dispatch_id) != before:
                violations.append(f"{where}: dispatch {e.dispatch_id} went from {before} but was "
                                  f"{d_state.get(e.dispatch_id)} (a lost update)")
            if rule is None or before not in rule.sources or (rule.dest is not None and after != rule.dest):
                violations.append(f"{where}: {before} -> {after} is not a legal {e.kind}")
            d_state[e.dispatch_id] = after
            continue
        if "state" not in changes:
            continue
        before, after = changes["state"]
        if t_state.get(e.ticket_id) != before:
            violations.append(f"{where}: ticket {e.ticket_id} went from {before} but was {t_state.get(e.ticket_id)}")
        verb = group_verb.get((users[e.actor_id], e.at))
        if e.kind == "create":
            legal = before is None and after == TRANSITIONS["create_ticket"].dest
        elif e.kind in TRANSITIONS:
            rule = TRANSITIONS[e.kind]
            legal = before in rule.sources and (rule.dest is None or after == rule.dest) and (
                e.kind != "verify" or after == T.AWAITING_CALLBACK)
        elif e.kind == "state" and verb in TRANSITIONS:
            rule = TRANSITIONS[verb]
            if rule.target.value == "ticket":  # whistle, or verify not accepted (a new round)
                legal = before in rule.sources and (after == rule.dest if rule.dest else after in derived)
            else:  # a dispatch verb settles its open ticket
                legal = before == T.DISPATCHED and after in derived
        else:
            legal = False
        if not legal or before == after:
            violations.append(f"{where}: ticket {e.ticket_id} {before} -> {after} is not legal "
                              f"(during {verb or 'an unknown call'})")
        t_state[e.ticket_id] = after
    for did, d in dispatches.items():
        if d_state.get(did) != d.state:
            violations.append(f"dispatch {did}: stored state {d.state}, events say {d_state.get(did)}")
    for tid, t in tickets.items():
        if t_state.get(tid) != t.state:
            violations.append(f"ticket {t.number}: stored state {t.state}, events say {t_state.get(tid)}")

    # 3. ticket numbers -----------------------------------------------------------------------------
    numbers = [t.number for t in tickets.values()]
    if len(numbers) != len(set(numbers)):
        violations.append(f"duplicate ticket numbers: {[n for n, k in Counter(numbers).items() if k > 1][:10]}")
    for year in {t.year for t in tickets.values()}:
        seqs = sorted(t.seq for t in tickets.values() if t.year == year)
        if seqs != list(range(1, len(seqs) + 1)):
            violations.append(f"ticket numbers of {year} are not 1..{len(seqs)} without gaps")
    created = [c["number"] for c in calls if c["verb"] == "create_ticket"]
    if sorted(created) != sorted(numbers):
        violations.append(f"clients created {len(created)} tickets, the database has {len(numbers)}")
    print(f"\nchecked {len(events)} events ({system_events} by the system account), {len(calls)} successful "
          f"mutating calls, {len(tickets)} tickets, {len(dispatches)} dispatches")
    return violations


def tamper(engine) -> None:
    """Damage the data the way a lost update would, to prove the checks catch it."""
    from sqlalchemy import text

    with engine.begin() as conn:
        # The trail is append-only (triggers): a tamperer drops them first (audit verify would see that).
        conn.execute(text("DROP TRIGGER IF EXISTS event_append_only ON event"))
        did = conn.execute(text("SELECT max(dispatch_id) FROM event WHERE kind = 'acknowledge'")).scalar()
        conn.execute(text("UPDATE dispatch SET state = 'pending' WHERE id = :d"), {"d": did})
        eid = conn.execute(text("SELECT max(id) FROM event WHERE kind = 'create'")).scalar()
        conn.execute(text("UPDATE event SET kind = 'update' WHERE id = :e"), {"e": eid})
        conn.execute(text("DELETE FROM event WHERE id = (SELECT max(id) FROM event WHERE kind = 'respond')"))
    print(f"tampered: dispatch {did} set back to pending, create event {eid} relabelled, a respond event deleted")


# -- main -----------------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--clients", type=int, default=20)
    p.add_argument("--seconds", type=float, default=60)
    p.add_argument("--max-ops", type=int, default=100_000, help="at most this many steps per client")
    p.add_argument("--url", default=PG_ADMIN_URL, help="a PostgreSQL URL on the server to use (its database "
                                                        "is only used to create and drop the throwaway one)")
    p.add_argument("--processes", type=int, default=0,
                   help="run the desks as threads of this many client processes (default: one process each)")
    p.add_argument("--pace", type=float, default=0,
                   help="each desk acts once every this many seconds (±50%%; default: as fast as it can)")
    p.add_argument("--pgbench", action="store_true",
                   help="then run pgbench -N with as many clients for as long on the same server")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--keep", action="store_true", help="do not drop the database at the end")
    p.add_argument("--tamper", action="store_true",
                   help="self-test of the checks: after the run, lose an update and an event behind the "
                        "façade's back; the checks must report it (exit status 1)")
    args = p.parse_args(argv)
    if args.clients < 2:
        p.error("--clients must be at least 2")

    from sqlalchemy import create_engine, text

    from desk import Desk, db, secrets

    _cheap_hashes()
    admin_url = secrets.resolve(db.normalise_url(args.url))
    name = f"wd_load_{uuid.uuid4().hex[:10]}"
    url = admin_url.set(database=name)
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    print(f"database {secrets.redact(url)}; {args.clients} clients for {args.seconds:g} s", flush=True)
    status = 1
    try:
        users = plan_users(args.clients)
        desk = Desk.open(url)
        seed_office(desk, users)
        desk.close()
        ctx = multiprocessing.get_context("spawn")
        nproc = min(args.processes or args.clients, args.clients)
        barrier, results_q = ctx.Barrier(nproc + 1), ctx.Queue()
        url_text = url.render_as_string(hide_password=False)
        seeds = [args.seed * 1000 + i for i in range(len(users))]
        procs = [ctx.Process(target=run_process, args=(url_text, users[i::nproc], args.seconds, args.max_ops,
                                                       args.pace, seeds[i::nproc], barrier, results_q), daemon=True)
                 for i in range(nproc)]
        for proc in procs:
            proc.start()
        try:
            barrier.wait(600)  # every client has opened its desk and logged in
        except Exception:  # noqa: BLE001 - a client failed to start; its report says why
            pass
        sampler = ActivitySampler(create_engine(admin_url), name)
        sampler.start()
        started, busy0 = time.monotonic(), machine_busy()
        results = []
        for _ in users:
            try:
                results.append(results_q.get(timeout=args.seconds + 300))
            except queue_mod.Empty:
                break
        wall, busy1 = time.monotonic() - started, machine_busy()
        sampler.stop.set()
        sampler.join()
        sampler.engine.dispose()
        for proc in procs:
            proc.join(30)
            if proc.is_alive():
                proc.kill()
        failures = [f for r in results for f in r["failures"]]
        if len(results) != len(users):
            failures.append(f"only {len(results)} of {len(users)} clients reported back")
        print(f"\n{len(users)} desks in {nproc} client processes"
              + (f", each acting once every {args.pace:g} s (±50%)" if args.pace else ", as fast as they can"))
        report(results, wall)
        sampler.report()
        cores = os.cpu_count() or 1
        client_cpu, server_cpu = sum(r.get("cpu", 0.0) for r in results), sum(sampler.backends.values())
        busy, total = busy1[0] - busy0[0], busy1[1] - busy0[1]
        print(f"CPU over the run: the machine's {cores} cores {busy / total:.0%} busy ({busy:.0f} of {total:.0f} "
              f"core-seconds, other work on the machine included); the clients {client_cpu:.1f} s, their server "
              f"backends {server_cpu:.1f} s")
        engine = db.create_db_engine(url)
        if args.tamper:
            tamper(engine)
        try:
            violations = check_invariants(engine, results)
        finally:
            engine.dispose()
        for f in failures[:20]:
            print(f"CLIENT FAILURE: {f}")
        for v in violations[:100]:
            print(f"VIOLATION: {v}")
        print(f"\n{len(violations)} invariant violations, {len(failures)} client failures")
        status = 0 if not violations and not failures else 1
        if args.pgbench:
            run_pgbench(admin_url, args.clients, args.seconds)
    finally:
        if not args.keep:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        else:
            print(f"kept database {name}")
        admin.dispose()
    return status


if __name__ == "__main__":
    sys.exit(main())
