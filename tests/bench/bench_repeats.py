"""Benchmark: the duplicate proposal (重复件, issue 15 §2) at 1,000,000 tickets, through the façade.

    python tests/bench/bench_repeats.py --tickets 1000000 [--pg] [--probes 20]

The database is built once and reused: SQLite under /work/benchdb/repeats-<n>.db, PostgreSQL in a database
named repeats_bench_<n>. bench_queue's builder (every ticket open with a dispatch, the search index's
triggers firing on every row) took over 10 minutes for a million tickets here, so this one is lean: tickets
only (the proposal reads no dispatch), bulk Core inserts of 5,000 rows with the ticket table's indexes and
the search index's triggers dropped first and the indexes created again afterwards (the bench database's
substring search index is therefore left without these rows: do not run the search benchmark on it). The
tickets span two years (about 1,400 a day: the 30-day window holds some 41,000), 3% still open, the rest
closed; 8 streets, 8 社区, 5 categories, 6 problems told in several ways, 50,000 different phones.

Then ``--probes`` proposals are asked as the new-ticket dialog asks them (``ActingUser.repeat_candidates``
with a title, a description, a category, a 社区, an address and a phone; every other probe with a phone that
has earlier tickets), each with another text; the median, the 90th percentile and the worst are printed.
Never run by the test suite (pytest ignores tests/bench).
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from sqlalchemy import insert, text  # noqa: E402

import bench_queue  # noqa: E402
from desk import Desk  # noqa: E402

STREETS = ["幸福路", "建设路", "和平里", "光明街", "文化路", "新源街", "樱花西街", "花园村"]
PROBLEMS = {
    "占道经营": ["门口的摊贩把人行道占了，走路都得绕到机动车道上", "早市摊贩占用人行道，行人无法通行", "水果摊占道经营，晚上很晚才收"],
    "井盖缺失": ["路口的井盖不见了，晚上很危险", "井盖丢失，有行人差点掉下去", "井盖破损塌陷，车辆经过很响"],
    "路灯不亮": ["楼前的路灯好几天都不亮了，晚上黑漆漆的", "路灯连续三天晚上不亮，老人出门不方便", "一排路灯都坏了"],
    "垃圾堆放": ["垃圾堆了好几天没人清理，味道很大", "楼道口堆满装修垃圾", "垃圾桶满了没人收"],
    "噪声扰民": ["晚上有人施工，噪音很大，影响休息", "广场舞音响声音太大", "饭馆排风扇噪音扰民"],
    "积水": ["下雨后路面积水很深，车辆经过溅人一身", "雨水井堵塞，路口积水", "地下通道积水无法通行"],
}
CATEGORIES = {"市容环境": "城管执法队", "房屋安全": "住建委", "道路交通": "交通支队", "供排水": "水务所", "环境污染": "环保所"}
OPEN_STATES = ["new", "dispatched", "awaiting_verification", "awaiting_callback"]


def _indexes(conn) -> list[tuple[str, str]]:
    """The ticket table's secondary indexes (and, on SQLite, the search index's triggers): (name, DDL)."""
    if conn.dialect.name == "sqlite":
        return [(n, sql) for n, sql in conn.execute(text(
            "SELECT name, sql FROM sqlite_master WHERE tbl_name = 'ticket' AND type IN ('index', 'trigger') "
            "AND sql IS NOT NULL"))]
    return [(n, sql) for n, sql in conn.execute(text(
        "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.tablename = 'ticket' AND i.indexname NOT IN "
        "(SELECT conname FROM pg_constraint WHERE conrelid = 'ticket'::regclass)"))]


def build(desk: Desk, tickets: int) -> None:
    for d in CATEGORIES.values():
        desk.add_department(d)
    cat_ids = [desk.add_category(n, lead).id for n, lead in CATEGORIES.items()]
    clerk = desk.add_user(bench_queue.CLERK, bench_queue.FALLBACK_PASSWORD, "clerk", display_name="基准受理员")
    rng = random.Random(2026)
    now = datetime.now(timezone.utc)
    year = now.astimezone(desk.office_tz()).year
    span = timedelta(days=730)
    phones = [f"13{rng.randrange(10**8, 10**9)}" for _ in range(50_000)]
    problems = list(PROBLEMS.items())
    with desk.engine.begin() as conn:
        kept = _indexes(conn)
        for name, ddl in kept:
            kind = "TRIGGER" if ddl.upper().startswith("CREATE TRIGGER") else "INDEX"
            conn.execute(text(f'DROP {kind} IF EXISTS "{name}"'))
        rows: list[dict] = []
        for i in range(1, tickets + 1):
            created = now - span + span * i / tickets - timedelta(seconds=rng.randrange(600))
            street = rng.choice(STREETS)
            problem, texts = rng.choice(problems)
            phone = rng.choice(phones)
            closed = created + timedelta(days=rng.uniform(1, 10))
            state = "closed" if rng.random() > 0.03 and closed < now else rng.choice(OPEN_STATES)
            rows.append(dict(
                id=i, number=f"{year}-{i:07d}", year=year, seq=i, title=f"{street}{problem}",
                description=f"{street}{rng.randrange(1, 200)}号{rng.choice(texts)}。",
                category_id=rng.choice(cat_ids), urgency="routine",
                address=f"{street} {rng.randrange(1, 200)} 号", community=f"{street[:2]}社区", source="12345",
                reporter_name="王女士", reporter_phone=phone, phone_digits=phone, phone_last4=phone[-4:], state=state,
                round=1, created_at=created, created_by_id=clerk.id, updated_at=created, updated_by_id=clerk.id,
                version=1, closed_at=closed if state == "closed" else None))
            if len(rows) >= 5000 or i == tickets:
                conn.execute(insert(_ticket_table()), rows)
                rows = []
        conn.execute(text("INSERT INTO ticket_counter (year, last_seq) VALUES (:y, :n)"), {"y": year, "n": tickets})
        for name, ddl in kept:
            if "gin" in ddl.lower() and "trgm" in ddl.lower():
                continue  # the substring search index: not what this measures (minutes to build)
            conn.execute(text(ddl))


def _ticket_table():
    from models import Ticket

    return Ticket.__table__


def open_database(tickets: int, pg: bool) -> Desk:
    url = bench_queue.database_url(tickets, pg).replace("queue", "repeats")
    if pg:
        fresh = bench_queue._create_pg_database(f"repeats_bench_{tickets}")
    else:
        bench_queue.BENCH_DIR.mkdir(exist_ok=True)
        fresh = not (bench_queue.BENCH_DIR / f"repeats-{tickets}.db").exists()
    desk = Desk.open(url)
    if fresh or desk.ticket_count() != tickets:
        started = time.perf_counter()
        build(desk, tickets)
        desk.analyze()
        print(f"built {url} with {tickets:,} tickets in {time.perf_counter() - started:.1f} s", flush=True)
    return desk


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tickets", type=int, default=1_000_000)
    ap.add_argument("--pg", action="store_true")
    ap.add_argument("--probes", type=int, default=20)
    args = ap.parse_args()
    desk = open_database(args.tickets, args.pg)
    clerk = desk.login(bench_queue.CLERK, bench_queue.FALLBACK_PASSWORD)
    rng = random.Random(15)
    with desk.engine.connect() as conn:  # phones that have tickets, the last of them in the window
        phones = [p for (p,) in conn.execute(text(
            "SELECT phone_digits FROM ticket ORDER BY created_at DESC LIMIT :n"), {"n": args.probes})]
    clerk.repeat_candidates(title="预热", category="市容环境", community="幸福社区")  # connections, caches
    times, shown = [], []
    for i in range(args.probes):
        street, (problem, texts) = rng.choice(STREETS), rng.choice(list(PROBLEMS.items()))
        probe = dict(title=f"{street}{problem}", description=f"{street}{rng.randrange(1, 200)}号{rng.choice(texts)}",
                     category=rng.choice(list(CATEGORIES)), community=f"{street[:2]}社区",
                     address=f"{street}{rng.randrange(1, 200)}号", phone=phones[i] if i % 2 else f"139{i:08d}")
        started = time.perf_counter()
        found = clerk.repeat_candidates(**probe)
        times.append((time.perf_counter() - started) * 1000)
        shown.append(len(found))
    times.sort()
    print(f"{desk.backend}, {args.tickets:,} tickets, {args.probes} proposals: median {statistics.median(times):.0f} ms,"
          f" p90 {times[int(len(times) * 0.9) - 1]:.0f} ms, worst {times[-1]:.0f} ms;"
          f" candidates shown per proposal: {min(shown)}–{max(shown)}", flush=True)
    desk.close()


if __name__ == "__main__":
    main()
