"""Benchmark: how long ``desk.demo.generate`` takes for N tickets on a fresh database.

    /work/venv/bin/python tests/bench/bench_demo.py --tickets 100000 [--repeat 3] [--db sqlite|postgres]

Each run uses a new database: a temporary SQLite file, or a throwaway PostgreSQL database
created on the server of ``$WHISTLE_TEST_PG`` (default postgres@127.0.0.1:5432) and dropped
afterwards. The demo users are hashed with the production argon2 parameters, as in real use.
Target: 100,000 tickets in under 60 seconds.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, text

from desk import Desk, demo

PG_ADMIN_URL = os.environ.get("WHISTLE_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
TARGET_SECONDS = 60.0


@contextmanager
def fresh_database(kind: str):
    if kind == "sqlite":
        with tempfile.TemporaryDirectory(prefix="wd-bench-") as tmp:
            yield f"sqlite:///{Path(tmp) / 'bench.db'}"
        return
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    name = f"wd_bench_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield f"{PG_ADMIN_URL.rsplit('/', 1)[0]}/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def one_run(kind: str, tickets: int, seed: int) -> tuple[float, demo.DemoResult]:
    with fresh_database(kind) as url:
        desk = Desk.open(url)  # creating and migrating the schema is not timed
        try:
            started = time.perf_counter()
            result = demo.generate(desk, tickets=tickets, seed=seed)
            elapsed = time.perf_counter() - started
        finally:
            desk.close()
    return elapsed, result


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--tickets", type=int, default=100_000)
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--db", choices=("sqlite", "postgres"), default="sqlite")
    args = p.parse_args(argv)
    times = []
    for i in range(args.repeat):
        elapsed, r = one_run(args.db, args.tickets, args.seed)
        times.append(elapsed)
        print(f"run {i + 1}/{args.repeat}: {elapsed:6.2f} s  ({r.tickets} tickets, {r.dispatches} dispatches, "
              f"{r.events} events, {r.callbacks} callbacks; {args.tickets / elapsed:,.0f} tickets/s)", flush=True)
    median = statistics.median(times)
    verdict = "OK" if args.tickets < 100_000 or median < TARGET_SECONDS else "TOO SLOW"
    print(f"median of {len(times)} on {args.db}: {median:.2f} s for {args.tickets} tickets "
          f"(target < {TARGET_SECONDS:.0f} s at 100,000): {verdict}")
    return 0 if verdict == "OK" else 1


if __name__ == "__main__":
    sys.exit(main())
