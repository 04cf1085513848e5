"""Benchmark: the problem hotspots (问题清单, issue 16 §1) over a year of 1,000,000 tickets, through the façade, next to
the raw GROUP BY SQL a database engineer would write for the same figures.

    python tests/bench/bench_hotspots.py [--per-year 1000000] [--pg] [--pairs 5]

The database is built once and reused: SQLite under /work/benchdb/hotspots-<n>.db, PostgreSQL in a database named
hotspots_bench_<n>. It holds two years of tickets, ``--per-year`` in each (the page compares a year with the one
before it, so both are read), built lean like bench_repeats: bulk Core inserts of 5,000 rows with the ticket and
callback tables' secondary indexes (and the search index's triggers) dropped first and created again afterwards.
15 社区 of unequal size, a category tree of 10 大类 and 60 小类, addresses in compounds and on roads; 6% of the
tickets are merged repeats of an earlier ticket of the same 社区 and category, 1% are still flagged as likely
repeats, 93% are closed (1% of those cancelled), and each closed ticket has a callback (88% reached; 8% of those
不满意).

Cases, each in ``--pairs`` interleaved pairs (the order alternating), medians and the ratio ours / baseline:

* **by 社区 × category**: ``ActingUser.hotspots`` for the last 365 days of the data (the default page), against
  the baseline: the same figures written as plain SQL (the tickets of both periods grouped by community and
  category in one pass with SUM(CASE …), the callback counts the ticket keeps; the undecided repeat proposals
  joined to their tickets) on the driver's cursor, no ORM, no Python work on the rows;
* **by place**: ``group_by="place"``, against the same SQL grouped by the address as well;
* **one hotspot's tickets**: ``hotspot_tickets`` of the largest hotspot, against its plain SELECT … LIMIT 500.

Target (issue 16): the hotspot page answers in under 1 s. Never run by the test suite (pytest ignores tests/bench).

Measured 2026-12-04 (2 cores shared with three other agents' work, load average 3–4; 2,000,000 tickets, 1,000,000 in
the year asked; 5 pairs; PostgreSQL 15 with its default settings, shared_buffers 128 MB):

==========================  =====================  =====================
case                        SQLite ours / base     PostgreSQL ours / base
==========================  =====================  =====================
by 社区 × category (page)     669 / 2353 ms (0.28)     769 / 978 ms (0.79)
by place                    5261 / 6214 ms (0.85)   6353 / 4329 ms (1.47)
one hotspot's tickets         19 / 5 ms               155 / 295 ms
==========================  =====================  =====================

The first version (the period's callbacks joined to their tickets, no covering index) took 10.0 s on SQLite for the
page. The baseline's single pass over both years with SUM(CASE …) is slower than ours on SQLite because it cannot
skip through ix_ticket_hotspot to each period (ours reads the year, then the previous year's part, each in group
order). Grouping by place stays over the target at this volume: it groups some 350,000 addresses per period in the
database (a sort) and merges them into places here.
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

TARGET_SECONDS = 1.0
COMMUNITIES = {  # 社区 -> (compounds, roads)
    "幸福社区": (("幸福家园", "幸福里小区"), ("幸福路", "幸福北街")),
    "和平里社区": (("和平里七区", "和平里九区"), ("和平里东街", "和平里中街")),
    "光明社区": (("光明小区",), ("光明路", "光明西街")),
    "安华里社区": (("安华里二区", "安华里五区"), ("安华路",)),
    "新源里社区": (("新源里小区", "新源西里"), ("新源南路", "新源街")),
    "胜利社区": (("胜利花园",), ("胜利路", "胜利东街")),
    "花园村社区": (("花园村小区", "花园村二区"), ("花园路",)),
    "东湖社区": (("东湖湾", "东湖别墅"), ("东湖路", "望湖街")),
    "西坝河社区": (("西坝河东里", "西坝河西里"), ("西坝河路",)),
    "樱花园社区": (("樱花园小区",), ("樱花园东街", "樱花西街")),
    "惠新苑社区": (("惠新苑", "惠新里"), ("惠新东街",)),
    "芍药居社区": (("芍药居北里", "芍药居南里"), ("芍药居路",)),
    "太阳宫社区": (("太阳宫南小区", "夏都家园"), ("太阳宫中路",)),
    "建设社区": (("建设里小区",), ("建设大街", "建设东路")),
    "南湖社区": (("南湖东园", "南湖中园"), ("南湖西路",)),
}
MAJORS = ("市容环境", "违法建设", "房屋安全", "物业管理", "道路交通", "供排水", "环境污染", "园林绿化", "供暖供气", "社区服务")
OPEN_STATES = ("new", "dispatched", "awaiting_verification", "awaiting_callback")


def _indexes(conn, table: str) -> list[tuple[str, str]]:
    """``table``'s secondary indexes (and, on SQLite, the search index's triggers): (name, DDL)."""
    if conn.dialect.name == "sqlite":
        return [(n, sql) for n, sql in conn.execute(text(
            "SELECT name, sql FROM sqlite_master WHERE tbl_name = :t AND type IN ('index', 'trigger') "
            "AND sql IS NOT NULL"), {"t": table})]
    return [(n, sql) for n, sql in conn.execute(text(
        "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.tablename = :t AND i.indexname NOT IN "
        "(SELECT conname FROM pg_constraint WHERE conrelid = CAST(:t AS regclass))"), {"t": table})]


def build(desk: Desk, per_year: int) -> None:
    from models import Callback, Category, RepeatProposal, Ticket, TicketCounter

    desk.add_department("城管执法队")
    for name in COMMUNITIES:
        desk.add_community(name)
    clerk = desk.add_user(bench_queue.CLERK, bench_queue.FALLBACK_PASSWORD, "clerk", display_name="基准受理员")
    rng = random.Random(2026)
    now = datetime.now(timezone.utc)
    tickets = 2 * per_year
    span = timedelta(days=730)
    with desk.engine.begin() as conn:
        first = conn.scalar(text("SELECT coalesce(max(id), 0) FROM category")) + 1
        cats, leaves = [], []
        for i, major in enumerate(MAJORS):
            cats.append(dict(id=first + i, name=major, level=1, parent_id=None, active=True))
        for j in range(60):
            major = j % len(MAJORS)
            cats.append(dict(id=first + len(MAJORS) + j, name=f"{MAJORS[major]}-小类{j + 1:02d}", level=2,
                             parent_id=first + major, active=True))
            leaves.append(first + len(MAJORS) + j)
        conn.execute(insert(Category.__table__), cats)
        kept = {t: _indexes(conn, t) for t in ("ticket", "callback")}
        for table, items in kept.items():
            for name, ddl in items:
                kind = "TRIGGER" if ddl.upper().startswith("CREATE TRIGGER") else "INDEX"
                conn.execute(text(f'DROP {kind} IF EXISTS "{name}"'))
        names = list(COMMUNITIES)
        community_weights = [1 / (k + 1) ** 0.6 for k in range(len(names))]
        leaf_weights = [1 / (k + 1) ** 0.8 for k in range(len(leaves))]
        last: dict[tuple[str, int], int] = {}
        t_rows: list[dict] = []
        c_rows: list[dict] = []
        p_rows: list[dict] = []
        counters: dict[int, int] = {}
        for i in range(1, tickets + 1):
            created = now - span + span * (i / tickets) - timedelta(seconds=rng.randrange(600))
            year = created.year
            counters[year] = counters.get(year, 0) + 1
            community = rng.choices(names, community_weights)[0]
            category = rng.choices(leaves, leaf_weights)[0]
            compounds, roads = COMMUNITIES[community]
            if rng.random() < 0.6:
                address = f"{rng.choice(compounds)}{rng.randint(1, 24)}号楼{rng.randint(1, 6)}单元"
            else:
                address = f"{rng.choice(roads)}{rng.randint(1, 120)}号"
            key = (community, category)
            parent = last.get(key) if rng.random() < 0.06 else None
            closed = created + timedelta(days=rng.uniform(0.5, 15))
            if closed < now and rng.random() < 0.93:
                state = "cancelled" if rng.random() < 0.01 else "closed"
            else:
                state, closed = rng.choice(OPEN_STATES), None
            phone = f"13{rng.randrange(10**8, 10**9)}"
            t_rows.append(dict(
                id=i, number=f"{year}-{counters[year]:07d}", year=year, seq=counters[year], title=f"{address}问题",
                description="基准测试数据。", category_id=category, urgency="routine", address=address,
                community=community, source="12345", reporter_name="王女士", reporter_phone=phone, phone_digits=phone,
                phone_last4=phone[-4:], state=state, round=1, created_at=created, created_by_id=clerk.id,
                updated_at=closed or created, updated_by_id=clerk.id, version=1, closed_at=closed, parent_id=parent,
                callbacks_reached=0, callbacks_dissatisfied=0))
            if parent is None:
                last[key] = i
                if i > 10 and rng.random() < 0.03:
                    p_rows.append(dict(ticket_id=i, candidate_id=rng.randrange(1, i), score=70, reasons="address,text",
                                       state="proposed" if rng.random() < 0.35 else "dismissed", proposed_at=created,
                                       proposed_by_id=clerk.id))
            if state == "closed":
                contacted = rng.random() < 0.88
                satisfaction = rng.choices(("satisfied", "basically_satisfied", "dissatisfied"), (75, 17, 8))[0]
                c_rows.append(dict(ticket_id=i, at=closed - timedelta(hours=1), by_id=clerk.id, contacted=contacted,
                                   resolved=contacted and satisfaction != "dissatisfied",
                                   satisfaction=satisfaction if contacted else None, note=""))
                t_rows[-1].update(callbacks_reached=int(contacted),  # as record_callback keeps them
                                  callbacks_dissatisfied=int(contacted and satisfaction == "dissatisfied"))
            if len(t_rows) >= 5000 or i == tickets:
                conn.execute(insert(Ticket.__table__), t_rows)
                if c_rows:
                    conn.execute(insert(Callback.__table__), c_rows)
                if p_rows:
                    conn.execute(insert(RepeatProposal.__table__), p_rows)
                t_rows, c_rows, p_rows = [], [], []
        conn.execute(insert(TicketCounter.__table__), [dict(year=y, last_seq=n) for y, n in counters.items()])
        for items in kept.values():
            for name, ddl in items:
                if "gin" in ddl.lower() and "trgm" in ddl.lower():
                    continue  # the substring search index: not what this measures (minutes to build)
                conn.execute(text(ddl))


def open_database(per_year: int, pg: bool) -> Desk:
    if pg:
        name = f"hotspots_bench_{per_year}"
        fresh = bench_queue._create_pg_database(name)
        url = f"{bench_queue.PG_BASE}/{name}"
    else:
        bench_queue.BENCH_DIR.mkdir(exist_ok=True)
        path = bench_queue.BENCH_DIR / f"hotspots-{per_year}.db"
        fresh = not path.exists()
        url = f"sqlite:///{path}"
    desk = Desk.open(url)
    if fresh or desk.ticket_count() != 2 * per_year:
        started = time.perf_counter()
        build(desk, per_year)
        desk.analyze()
        print(f"built {url} with {2 * per_year:,} tickets in {time.perf_counter() - started:.1f} s", flush=True)
    return desk


# -- the baseline: what a database engineer would write ------------------------------------------------------------
def _baseline_sql(by_place: bool) -> list[str]:
    """One pass over both periods' tickets with SUM(CASE …) (the portable way), the callback counts the ticket
    keeps, and the undecided proposals joined to their tickets."""
    keys = "t.community, t.category_id" + (", t.address" if by_place else "")
    return [
        f"""SELECT {keys},
               SUM(CASE WHEN t.created_at >= :since THEN 1 ELSE 0 END),
               SUM(CASE WHEN t.created_at >= :since AND t.parent_id IS NULL THEN 1 ELSE 0 END),
               SUM(CASE WHEN t.created_at >= :since AND t.parent_id IS NULL
                         AND (t.closed_at IS NULL OR t.closed_at >= :until) THEN 1 ELSE 0 END),
               SUM(CASE WHEN t.created_at >= :since THEN t.callbacks_reached ELSE 0 END),
               SUM(CASE WHEN t.created_at >= :since THEN t.callbacks_dissatisfied ELSE 0 END),
               SUM(CASE WHEN t.created_at < :previous_cut AND t.parent_id IS NULL THEN 1 ELSE 0 END)
            FROM ticket t WHERE t.created_at >= :previous_since AND t.created_at < :until GROUP BY {keys}""",
        f"""SELECT {keys}, count(DISTINCT p.ticket_id) FROM repeat_proposal p JOIN ticket t ON t.id = p.ticket_id
            WHERE p.state = 'proposed' AND t.created_at >= :since AND t.created_at < :until AND t.parent_id IS NULL
            GROUP BY {keys}""",
    ]


def _params(desk: Desk, w) -> dict:
    def instant(t: datetime):
        return t.astimezone(timezone.utc).replace(tzinfo=None).isoformat(" ", "microseconds") \
            if desk.backend == "sqlite" else t

    return {k: instant(getattr(w, k)) for k in ("since", "until", "previous_since", "previous_cut")}


def _driver_sql(sql: str, backend: str) -> str:
    """``:name`` parameters in the driver's own style."""
    import re

    return re.sub(r":(\w+)", r"%(\1)s", sql) if backend == "postgresql" else sql


def run_baseline(raw, statements: list[str], params: dict) -> int:
    cur = raw.cursor()
    rows = 0
    try:
        for sql in statements:
            cur.execute(sql, params)
            rows += len(cur.fetchall())
    finally:
        cur.close()
    raw.rollback()
    return rows


def main() -> None:
    from desk.hotspots import service

    ap = argparse.ArgumentParser()
    ap.add_argument("--per-year", type=int, default=1_000_000)
    ap.add_argument("--pg", action="store_true")
    ap.add_argument("--pairs", type=int, default=5)
    args = ap.parse_args()
    desk = open_database(args.per_year, args.pg)
    clerk = desk.login(bench_queue.CLERK, bench_queue.FALLBACK_PASSWORD)
    tz = desk.office_tz()
    with desk.engine.connect() as conn:
        newest = conn.execute(text("SELECT max(created_at) FROM ticket")).scalar()
    if isinstance(newest, str):
        newest = datetime.fromisoformat(newest).replace(tzinfo=timezone.utc)
    end = newest.astimezone(tz).date()
    start = end - timedelta(days=364)
    w = service.window(start, end, tz=tz, now=datetime.now(timezone.utc))
    with desk.engine.connect() as conn:
        in_year = conn.execute(text("SELECT count(*) FROM ticket WHERE created_at >= :since AND created_at < :until"),
                               _params(desk, w)).scalar()
    print(f"{desk.backend}: {in_year:,} tickets from {start} to {end} (and the year before); {args.pairs} pairs",
          flush=True)
    top = clerk.hotspots(start=start, end=end, limit=1).rows[0]  # warm-up, and the largest hotspot
    raw = desk.engine.raw_connection()
    params = _params(desk, w)
    tickets_sql = _driver_sql("""SELECT t.number, t.title, t.created_at, t.state, t.address, t.closed_at, t.parent_id
        FROM ticket t JOIN category c ON c.id = t.category_id WHERE t.community = :community AND c.name = :category
        AND t.created_at >= :since AND t.created_at < :until ORDER BY t.created_at DESC, t.id DESC LIMIT 500""",
                              desk.backend)
    cases = [
        ("by 社区 × category", lambda: len(clerk.hotspots(start=start, end=end).rows),
         lambda: run_baseline(raw, [_driver_sql(s, desk.backend) for s in _baseline_sql(False)], params)),
        ("by place", lambda: len(clerk.hotspots(start=start, end=end, group_by="place").rows),
         lambda: run_baseline(raw, [_driver_sql(s, desk.backend) for s in _baseline_sql(True)], params)),
        ("one hotspot's tickets",
         lambda: len(clerk.hotspot_tickets(top.community, top.category, None, start, end).items),
         lambda: run_baseline(raw, [tickets_sql], {**params, "community": top.community, "category": top.category})),
    ]
    for name, ours, baseline in cases:
        runs: dict[str, list[float]] = {"ours": [], "baseline": []}
        shown = {}
        for i in range(args.pairs):
            for which in (("ours", "baseline") if i % 2 == 0 else ("baseline", "ours")):
                fn = ours if which == "ours" else baseline
                started = time.perf_counter()
                shown[which] = fn()
                runs[which].append(time.perf_counter() - started)
        mo, mb = statistics.median(runs["ours"]), statistics.median(runs["baseline"])
        verdict = "under" if mo < TARGET_SECONDS else "OVER"
        print(f"  {name}: ours median {mo * 1000:.0f} ms ({shown['ours']} rows; {verdict} the 1 s target), baseline "
              f"median {mb * 1000:.0f} ms ({shown['baseline']} rows); ratio {mo / mb:.2f}", flush=True)
    raw.close()
    desk.close()


if __name__ == "__main__":
    main()
