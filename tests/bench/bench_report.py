"""Benchmark: the weekly report for a week of ~10,000 tickets: building the figures, rendering the PDF.

    /work/venv/bin/python tests/bench/bench_report.py [--tickets 80000] [--repeat 3] [--db PATH] [--out PATH]

Builds a SQLite database with ``desk.demo.generate`` (eight weeks of demo data ending at
Monday 2026-11-30 08:00 Shanghai, so 80,000 tickets put about 10,000 in the complete week
2026-W48). The demo writes no due instants, so the benchmark gives every dispatch the
default time limits of its urgency and sweeps the escalations, as the running app would
have done; that makes the on-time rates, the overdue list and the escalation lists real.
None of that set-up is timed. Then it times ``desk.stats.weekly_report`` and
``reports.render_weekly_pdf`` (median of ``--repeat`` runs each).

``--db PATH`` keeps the database at PATH and reuses it on the next run.
Target: figures + PDF under 10 seconds for the week.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path
from types import SimpleNamespace
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import bindparam, func, select, update  # noqa: E402

from desk import Desk, FakeClock, demo  # noqa: E402
from desk.deadlines.service import DEFAULT_POLICY, STEPS  # noqa: E402
from desk.escalation import service as escalation  # noqa: E402
from desk.stats import weekly_report  # noqa: E402
from models import Dispatch, Escalation, Ticket  # noqa: E402
from reports.weekly import render_weekly_pdf  # noqa: E402

SH = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 30, 8, 0, tzinfo=SH).astimezone(timezone.utc)
WEEK = "2026-W48"
TARGET_SECONDS = 10.0


def give_dues(desk: Desk) -> int:
    """Due instants by urgency (the default policy) and the next escalation instant, for every dispatch."""
    with desk.unit() as (s, _):
        timing = desk._timing(s)
        cal, offsets = timing.cal, timing.offsets
        rows = s.execute(select(Dispatch.id, Dispatch.state, Dispatch.dispatched_at, Dispatch.acknowledged_at,
                                Dispatch.responded_at, Dispatch.resolved_at, Dispatch.suspended_at, Ticket.urgency)
                         .join(Ticket, Ticket.id == Dispatch.ticket_id)).all()
        updates = []
        for r in rows:
            policy = DEFAULT_POLICY[r.urgency]
            d = SimpleNamespace(state=r.state, suspended_at=r.suspended_at, acknowledged_at=r.acknowledged_at,
                                responded_at=r.responded_at, resolved_at=r.resolved_at)
            values = {"b_id": r.id}
            for step, within in zip(STEPS, policy):
                due = cal.due(r.dispatched_at, within)
                setattr(d, f"{step}_due", due)
                values[f"{step}_within"] = within
                values[f"{step}_due"] = due
            values["next_escalation_at"] = escalation.next_instant(d, cal, offsets, set())
            updates.append(values)
        table = Dispatch.__table__
        s.connection().execute(
            update(table).where(table.c.id == bindparam("b_id")).values(
                **{k: bindparam(k) for k in updates[0] if k != "b_id"}), updates)
        return len(updates)


def sweep_all(desk: Desk) -> int:
    total = 0
    for _ in range(1000):
        got = len(desk.sweep().escalations)
        total += got
        if not got:
            break
    return total


def prepare(path: Path, tickets: int, seed: int) -> Desk:
    fresh = not path.exists()
    desk = Desk.open(f"sqlite:///{path}", clock=FakeClock(NOW))
    if fresh:
        t0 = time.perf_counter()
        result = demo.generate(desk, tickets=tickets, seed=seed)
        t1 = time.perf_counter()
        n = give_dues(desk)
        t2 = time.perf_counter()
        escalations = sweep_all(desk)
        t3 = time.perf_counter()
        print(f"set-up (not timed): demo {result.tickets:,} tickets, {result.dispatches:,} dispatches, "
              f"{result.events:,} events in {t1 - t0:.1f} s; due instants for {n:,} dispatches in {t2 - t1:.1f} s; "
              f"{escalations:,} escalations swept in {t3 - t2:.1f} s", flush=True)
    else:
        print(f"reusing {path}", flush=True)
    with desk.unit(write=False) as (s, _):
        print(f"database: {s.scalar(select(func.count(Ticket.id))):,} tickets, "
              f"{s.scalar(select(func.count(Dispatch.id))):,} dispatches, "
              f"{s.scalar(select(func.count(Escalation.id))):,} escalations", flush=True)
    return desk


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--tickets", type=int, default=80_000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--db", type=Path, help="keep (or reuse) the database here")
    p.add_argument("--out", type=Path, help="keep the PDF here")
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="wd-bench-report-") as tmp:
        db = args.db or Path(tmp) / "bench.db"
        out = args.out or Path(tmp) / "report.pdf"
        desk = prepare(db, args.tickets, args.seed)
        try:
            stats_times, pdf_times = [], []
            report = None
            for i in range(args.repeat):
                t0 = time.perf_counter()
                report = weekly_report(desk, WEEK)
                stats_times.append(time.perf_counter() - t0)
                print(f"figures run {i + 1}: {stats_times[-1]:.2f} s", flush=True)
            assert report is not None
            for i in range(args.repeat):
                t0 = time.perf_counter()
                render_weekly_pdf(report, out)
                pdf_times.append(time.perf_counter() - t0)
                print(f"PDF run {i + 1}: {pdf_times[-1]:.2f} s", flush=True)
        finally:
            desk.close()
        o = report.office
        pages = out.read_bytes().count(b"/Type /Page\n")
        print(f"week {report.week}: {o.received:,} tickets received, {o.dispatches:,} dispatches, "
              f"{o.callbacks.total:,} callbacks, {len(report.overdue):,} overdue at the week's end, "
              f"{o.dispatch.escalations.total:,} escalations ({len(report.notifications):,} 通报); "
              f"PDF {out.stat().st_size / 1024:.0f} KiB, {pages} pages")
        s_med, p_med = statistics.median(stats_times), statistics.median(pdf_times)
        total = s_med + p_med
        verdict = "OK" if total < TARGET_SECONDS else "TOO SLOW"
        print(f"median of {args.repeat}: figures {s_med:.2f} s + PDF {p_med:.2f} s = {total:.2f} s "
              f"(target < {TARGET_SECONDS:.0f} s): {verdict}")
        return 0 if verdict == "OK" else 1


if __name__ == "__main__":
    sys.exit(main())
