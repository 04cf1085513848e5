"""Benchmark: ``audit verify`` (the whole hash chain) against hashlib over the same canonical bytes.

Builds a chain of N events (default 1,000,000 and 100,000) the way the application appends them
(``desk.audit.chain.append``: places, ids, wd-event-2 hashes), with realistic texts, then times in
interleaved pairs:

* ``Desk.verify_audit()``: read every event's canonical text (built by the database), hash it, compare,
  in one snapshot;
* the baseline the issue names: SHA-256 chained over the same canonical bytes, already in memory
  (``sha256(previous hash + bytes).hexdigest()`` per event), i.e. the hashing alone.

The databases are kept and reused: ``/work/benchdb/sweep-audit-<N>.db`` (SQLite) and ``sweep_audit_<N>``
(PostgreSQL, on ``$WHISTLE_TEST_PG``); ``--rebuild`` makes them again.

    .venv/bin/python tests/bench/bench_audit.py [--sizes 1000000 100000] [--pairs 5] [--db sqlite|postgres]

Goal (issue 14): verify <= 3x hashlib over the same canonical bytes.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import create_engine, select, text

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from desk import Desk, FakeClock  # noqa: E402
from desk.audit import chain  # noqa: E402
from models import Event  # noqa: E402
from models.chain import FIELDS, GENESIS, canonical2_values  # noqa: E402

NOW = datetime(2026, 11, 23, 2, 0, tzinfo=timezone.utc)
PG_ADMIN = os.environ.get("WHISTLE_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
SQLITE_DIR = Path("/work/benchdb")
KINDS = [("create", "", '{"title": [null, "占道经营"]}'), ("whistle", "请尽快处理", '{"department": [null, "城管执法队"]}'),
         ("acknowledge", "", '{"state": ["pending", "acknowledged"]}'),
         ("respond", "已联系居民，约定明天上午到现场查看", '{"state": ["acknowledged", "responded"]}'),
         ("resolve", "已清理占道摊点，恢复通行", '{"state": ["responded", "resolved"]}'),
         ("escalate", "", '{"level": [null, 1], "reached_at": [null, "2026-11-20T02:00:00+00:00"], '
                          '"step": [null, "acknowledge"]}')]


def build(desk: Desk, n: int) -> None:
    desk.add_department("城管执法队")
    desk.add_category("市容环境", "城管执法队")
    desk.add_community("幸福社区")
    desk.add_user("clerk", "bench-password", "clerk")
    clerk = desk.login("clerk", "bench-password")
    ticket = clerk.create_ticket(title="占道经营", description="d", category="市容环境", urgency="routine",
                                 address="幸福路", community="幸福社区", source="12345")
    with desk.engine.connect() as conn:
        tid = conn.execute(text("SELECT id FROM ticket WHERE number = :n"), {"n": ticket.number}).scalar()
        actor = conn.execute(text("SELECT id FROM user_account WHERE username = 'clerk'")).scalar()
        have = conn.execute(text("SELECT count(*) FROM event")).scalar()
    chunk = 50_000
    for first in range(have, n, chunk):
        rows = []
        for i in range(first, min(n, first + chunk)):
            kind, note, changes = KINDS[i % len(KINDS)]
            at = NOW - timedelta(milliseconds=20 * (n - i))  # ending now: the clock guard accepts the next write
            rows.append(dict(ticket_id=tid, dispatch_id=None, actor_id=actor, at=at, kind=kind, subject=None,
                             note=note, changes=changes))
        with desk.unit() as (s, _now):
            chain.append(s, rows)


def open_database(kind: str, size: int, rebuild: bool) -> Desk:
    if kind == "sqlite":
        path = SQLITE_DIR / f"sweep-audit-{size}.db"
        if rebuild:
            for p in path.parent.glob(path.name + "*"):
                p.unlink()
        fresh = not path.exists()
        url = f"sqlite:///{path}"
    else:
        name = f"sweep_audit_{size}"
        admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            if rebuild:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            fresh = not conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}).scalar()
            if fresh:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
        admin.dispose()
        url = PG_ADMIN.rsplit("/", 1)[0] + "/" + name
    desk = Desk.open(url, clock=FakeClock(NOW))
    if fresh:
        t0 = time.perf_counter()
        build(desk, size)
        print(f"  built {size:,} events in {time.perf_counter() - t0:.1f} s", flush=True)
    return desk


def canonical_bytes(desk: Desk) -> list[bytes]:
    """Every event's wd-event-2 text as bytes, in chain order (read once, not timed)."""
    t = Event.__table__
    with desk.engine.connect() as conn:
        return [canonical2_values(*r).encode("utf-8", "surrogatepass")
                for r in conn.execute(select(*(t.c[f] for f in FIELDS)).order_by(t.c.seq))]


def hash_only(canon: list[bytes]) -> bytes:
    sha256, prev = hashlib.sha256, GENESIS.encode("ascii")
    for b in canon:
        prev = sha256(prev + b).hexdigest().encode("ascii")
    return prev


def run(kind: str, size: int, pairs: int, rebuild: bool) -> tuple[float, float]:
    desk = open_database(kind, size, rebuild)
    try:
        canon = canonical_bytes(desk)
        report = desk.verify_audit()
        assert report.ok, report.problems
        assert hash_only(canon).decode() == report.head_hash  # the same bytes the chain was made of
        verifies, hashes = [], []
        for i in range(pairs):
            for which in ((0, 1) if i % 2 == 0 else (1, 0)):  # interleaved, alternating the order
                t0 = time.perf_counter()
                if which == 0:
                    hash_only(canon)
                    hashes.append(time.perf_counter() - t0)
                else:
                    assert desk.verify_audit().ok
                    verifies.append(time.perf_counter() - t0)
        v, h = statistics.median(verifies), statistics.median(hashes)
        mb = sum(map(len, canon)) / 1e6
        print(f"  {report.events:>9,} events ({mb:,.0f} MB canonical): verify median {v:.2f} s "
              f"(runs {', '.join(f'{x:.2f}' for x in verifies)}), hashlib over the same bytes {h:.2f} s: "
              f"{v / h:.2f}x", flush=True)
        return v, h
    finally:
        desk.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1_000_000, 100_000])
    ap.add_argument("--pairs", type=int, default=5)
    ap.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    ap.add_argument("--rebuild", action="store_true")
    args = ap.parse_args()
    print(f"audit verify benchmark on {args.db}: {args.pairs} interleaved pairs per size")
    for size in args.sizes:
        v, h = run(args.db, size, args.pairs, args.rebuild)
        print(f"  goal verify <= 3x hashlib: {'met' if v <= 3 * h else 'missed'} at {size:,} ({v / h:.2f}x)")


if __name__ == "__main__":
    main()
