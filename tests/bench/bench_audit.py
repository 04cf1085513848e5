"""Benchmark: the audit trail at office scale — ``verify_audit`` (the whole hash chain) and the first page of
the administrator's audit log, on a database filled by ``desk.demo`` with N tickets.

    .venv/bin/python tests/bench/bench_audit.py --tickets 100000 [--repeat 3] [--db sqlite|postgres]

The database is filled once (not timed), then each measurement is repeated and the median printed.
"""
from __future__ import annotations

import argparse
import statistics
import time

from bench_demo import fresh_database  # noqa: I001 - a sibling script, run from this folder's parent or here

from desk import Desk, demo


def timed(fn, repeat: int) -> tuple[float, object]:
    runs, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        runs.append(time.perf_counter() - started)
    return statistics.median(runs), result


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--tickets", type=int, default=100_000)
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--db", choices=("sqlite", "postgres"), default="sqlite")
    args = p.parse_args(argv)
    with fresh_database(args.db) as url:
        desk = Desk.open(url)
        try:
            result = demo.generate(desk, tickets=args.tickets, seed=7)
            admin_user = next(u for u in result.users if u.role == "admin")
            admin = desk.login(admin_user.username, admin_user.password)
            verify_s, report = timed(desk.verify_audit, args.repeat)
            assert report.ok, report.first
            page_s, page = timed(lambda: admin.audit_log(limit=200), max(args.repeat, 5))
            older_s, older = timed(lambda: admin.audit_log(limit=200, before_seq=report.head_seq // 2),
                                   max(args.repeat, 5))
        finally:
            desk.close()
    print(f"database        {args.db}, {result.tickets:,} tickets, {report.events:,} events in the chain")
    print(f"verify_audit    median {verify_s:.2f} s of {args.repeat} "
          f"({report.events / verify_s:,.0f} events/s), chain intact: {report.ok}")
    # the log lists administration and login events only (ticket events are in each ticket's timeline)
    print(f"audit_log page  median {page_s * 1000:.1f} ms for the newest page ({len(page)} rows), "
          f"{older_s * 1000:.1f} ms for a page before the middle of the chain ({len(older)} rows)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
