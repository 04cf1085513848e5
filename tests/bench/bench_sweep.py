"""Escalation sweep cost: it must grow with the newly due items, not with the database.

Builds N dispatches (default 1,000,000 and 100,000), of which D (default 1,000) have an
escalation threshold in the past, then times ``Desk.sweep()`` (the public path every desk runs
each minute). Each run is undone afterwards so that the next run sweeps the same work.

    .venv/bin/python tests/bench/bench_sweep.py [--sizes 1000000 100000] [--due 1000] [--repeat 5]
                                                [--db sqlite|postgres]

Prints per-size medians and the ratio between the largest and the smallest size.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import create_engine, insert, text

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from desk import Desk, FakeClock  # noqa: E402
from models import Dispatch, Ticket  # noqa: E402

NOW = datetime(2026, 11, 23, 2, 0, tzinfo=timezone.utc)  # Monday 10:00 in Shanghai
PG_ADMIN = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def build(desk: Desk, n: int, due: int) -> list[int]:
    desk.add_department("城管执法队")
    desk.add_category("市容环境", "城管执法队")
    desk.add_user("clerk", "bench-password", "clerk")
    with desk.engine.begin() as conn:
        user_id = conn.execute(text("SELECT id FROM user_account WHERE username='clerk'")).scalar()
        dept_id = conn.execute(text("SELECT id FROM department")).scalar()
        cat_id = conn.execute(text("SELECT id FROM category")).scalar()
    step = max(1, n // due)
    due_ids = []
    chunk = 50_000
    for start in range(0, n, chunk):
        stop = min(n, start + chunk)
        tickets, dispatches = [], []
        for i in range(start, stop):
            created = NOW - timedelta(days=30, minutes=i % 40_000)
            tickets.append(dict(id=i + 1, number=f"2026-{i + 1:07d}", year=2026, seq=i + 1, title="占道经营",
                                description="d", category_id=cat_id, urgency="routine", address="幸福路",
                                community="幸福社区", source="12345", reporter_name="", reporter_phone="",
                                state="dispatched", round=1, created_at=created, created_by_id=user_id,
                                updated_at=created, updated_by_id=user_id, version=1))
            is_due = i % step == 0 and len(due_ids) < due
            # Due rows crossed a threshold an hour ago; the others are still far from theirs.
            ack_due = NOW - timedelta(hours=1) if is_due else NOW + timedelta(days=3 + i % 20)
            dispatches.append(dict(id=i + 1, ticket_id=i + 1, department_id=dept_id, role="lead",
                                   state="pending", round=1, note="", dispatched_at=created,
                                   dispatched_by_id=user_id, updated_at=created, updated_by_id=user_id,
                                   acknowledge_within="1wd", respond_within="2wd", resolve_within="5wd",
                                   acknowledge_due=ack_due, respond_due=ack_due + timedelta(days=1),
                                   resolve_due=ack_due + timedelta(days=5), next_escalation_at=ack_due,
                                   version=1))
            if is_due:
                due_ids.append(i + 1)
        with desk.engine.begin() as conn:
            conn.execute(insert(Ticket), tickets)
            conn.execute(insert(Dispatch), dispatches)
    with desk.engine.begin() as conn:
        conn.execute(text("ANALYZE"))
    return due_ids


def undo(desk: Desk, due_ids: list[int]) -> None:
    with desk.engine.begin() as conn:
        # A throwaway database: the previous run's events go behind the append-only trail's back.
        if desk.backend == "postgresql":
            conn.execute(text("DROP TRIGGER IF EXISTS event_append_only ON event"))
        else:
            conn.execute(text("DROP TRIGGER IF EXISTS event_append_only_delete"))
        conn.execute(text("DELETE FROM escalation"))
        conn.execute(text("DELETE FROM event WHERE kind = 'escalate'"))
        conn.execute(text("UPDATE dispatch SET next_escalation_at = acknowledge_due WHERE id IN (%s)"
                          % ",".join(map(str, due_ids))))


def run(size: int, due: int, repeat: int, kind: str) -> float:
    tmp = tempfile.mkdtemp()
    admin = None
    if kind == "sqlite":
        url = f"sqlite:///{tmp}/bench.db"
    else:
        name = f"wd_bench_{uuid.uuid4().hex[:8]}"
        admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        url = PG_ADMIN.rsplit("/", 1)[0] + "/" + name
    desk = Desk.open(url, clock=FakeClock(NOW))
    try:
        t0 = time.perf_counter()
        due_ids = build(desk, size, due)
        print(f"  built {size:,} dispatches ({len(due_ids):,} due) in {time.perf_counter() - t0:.1f} s", flush=True)
        times = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            result = desk.sweep()
            times.append(time.perf_counter() - t0)
            assert len(result.escalations) == len(due_ids), (len(result.escalations), len(due_ids))
            undo(desk, due_ids)
        med = statistics.median(times)
        print(f"  {size:>9,} dispatches: sweep median {med * 1000:.0f} ms  "
              f"(runs: {', '.join(f'{t * 1000:.0f}' for t in times)} ms)", flush=True)
        return med
    finally:
        desk.close()
        if admin is not None:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1_000_000, 100_000])
    ap.add_argument("--due", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    args = ap.parse_args()
    print(f"escalation sweep benchmark on {args.db}: {args.due} due items, {args.repeat} runs per size")
    medians = {size: run(size, args.due, args.repeat, args.db) for size in args.sizes}
    big, small = max(medians), min(medians)
    print(f"ratio {big:,} / {small:,}: {medians[big] / medians[small]:.2f}x")


if __name__ == "__main__":
    main()
