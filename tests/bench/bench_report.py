"""Benchmark: the 通报, the department slips and the workbook of one week of ~10,000 tickets, and whether their cost
grows with the size of the database.

    .venv/bin/python tests/bench/bench_report.py [--sizes 100000,1000000] [--week-tickets 10000] [--repeat 5]
                                                 [--db-dir DIR] [--grow]

For each size a SQLite database is filled by ``desk.demo.generate`` with that many tickets spread evenly over
``size / week-tickets`` weeks ending at Monday 2026-11-30 08:00 Shanghai, so the complete week 2026-W48 holds
about ``--week-tickets`` tickets whatever the size (the set-up is not timed; ``--db-dir`` keeps the databases
and reuses them). The demo's full-text index makes a million tickets take hours to load: ``--grow`` makes each
larger database from the smallest instead, adding older copies of its finished tickets (closed or cancelled, with
their dispatches, events and callbacks), each ten weeks further back, so that the week and its window are the
smallest database's, row for row, and only the history grows (the copies are not in the full-text index, which
the report never reads). Then, in interleaved pairs (``--repeat`` of each), in-process:

* **ours**: ``desk.stats.period_report`` for the week, then ``render_bulletin_pdf``,
  ``render_department_slips_pdf`` and ``write_workbook``;
* **baseline**, what a database engineer would write for the same week's headline figures: two GROUP BY
  queries (on-time 响应 of lead dispatches whose due fell in the week; 解决/满意 of the week's callbacks by the
  lead department of the verified round), no lists, no documents.

It prints medians of wall-clock and CPU time (``time.process_time``: what the machine's other work does not
inflate as much), the ratio of ours to the baseline, and the growth of each from the smallest size to the
largest. Target: ours under 3 s at every size, and no growth with the size of the database.
"""
from __future__ import annotations

import argparse
import math
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import func, select, text  # noqa: E402

from desk import Desk, FakeClock, demo  # noqa: E402
from desk.stats import period_report  # noqa: E402
from models import Callback, Dispatch, Event, Ticket  # noqa: E402
from reports import render_bulletin_pdf, render_department_slips_pdf, write_workbook  # noqa: E402

SH = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 30, 8, 0, tzinfo=SH).astimezone(timezone.utc)
WEEK = "2026-W48"
START = datetime(2026, 11, 22, 16, 0, tzinfo=timezone.utc)
END = datetime(2026, 11, 29, 16, 0, tzinfo=timezone.utc)
TARGET_SECONDS = 3.0

BASELINE_RESPONSE = """
    SELECT department_id, count(*), sum(CASE WHEN responded_at IS NOT NULL AND responded_at < :end
                                                  AND responded_at <= respond_due THEN 1 ELSE 0 END)
    FROM dispatch WHERE role = 'lead' AND respond_due >= :start AND respond_due < :end GROUP BY department_id
"""
BASELINE_CALLBACKS = """
    SELECT (SELECT d.department_id FROM dispatch d WHERE d.ticket_id = callback.ticket_id AND d.role = 'lead'
              AND d.state = 'resolved' AND d.resolved_at <= callback.at
            ORDER BY d.round DESC, d.resolved_at DESC, d.id DESC LIMIT 1) AS dept,
           count(*), sum(CASE WHEN resolved THEN 1 ELSE 0 END),
           sum(CASE WHEN satisfaction = 'satisfied' THEN 1 ELSE 0 END)
    FROM callback WHERE at >= :start AND at < :end AND contacted GROUP BY dept
"""


def prepare(path: Path, tickets: int, weeks: int, seed: int) -> Desk:
    fresh = not path.exists()
    desk = Desk.open(f"sqlite:///{path}", clock=FakeClock(NOW))
    if fresh:
        t0 = time.perf_counter()
        result = demo.generate(desk, tickets=tickets, seed=seed, weeks=weeks)
        print(f"  set-up (not timed): {result.tickets:,} tickets over {weeks} weeks, {result.dispatches:,} "
              f"dispatches, {result.events:,} events in {time.perf_counter() - t0:.0f} s", flush=True)
        with desk.engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
    with desk.unit(write=False) as (s, _):
        print(f"  database: {s.scalar(select(func.count(Ticket.id))):,} tickets, "
              f"{s.scalar(select(func.count(Dispatch.id))):,} dispatches, "
              f"{s.scalar(select(func.count(Event.id))):,} events, "
              f"{s.scalar(select(func.count(Callback.id))):,} callbacks; the week: "
              f"{s.scalar(select(func.count(Ticket.id)).where(Ticket.created_at >= START, Ticket.created_at < END)):,}"
              " tickets", flush=True)
    return desk


def grow(small: Path, path: Path, tickets: int) -> None:
    """``path``: ``small`` (at the current schema) and as many older copies of its finished tickets as make about
    ``tickets`` tickets, copy k shifted back by k × 10 weeks (with new ids, numbers and event places)."""
    from models import Base, UTCDateTime  # the bench reads the models' columns to shift every instant

    t0 = time.perf_counter()
    with sqlite3.connect(small) as src, sqlite3.connect(path) as dst:
        src.backup(dst)
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA synchronous=OFF")
    con.execute("PRAGMA cache_size=-1000000")
    names = ("ticket", "dispatch", "event", "callback")
    top = {t: con.execute(f"SELECT max(id) FROM {t}").fetchone()[0] for t in names}
    final = con.execute("SELECT count(*) FROM ticket WHERE state IN ('closed', 'cancelled')").fetchone()[0]
    copies = max(0, math.ceil((tickets - top["ticket"]) / max(1, final)))
    con.execute("BEGIN")
    # the secondary indexes are made again after the load (faster), the full-text triggers put back as they were
    triggers = con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'ticket_fts_%'"
                           ).fetchall()
    indexes = con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name "
                          "IN ('ticket', 'dispatch', 'event', 'callback')").fetchall()
    for kind, items in (("TRIGGER", triggers), ("INDEX", indexes)):
        for name, _ in items:
            con.execute(f'DROP {kind} "{name}"')
    finished = "(SELECT id FROM ticket WHERE state IN ('closed', 'cancelled') AND id <= :top)"
    for k in range(1, copies + 1):
        def value(table, col: str) -> str:
            if isinstance(table.c[col].type, UTCDateTime):  # the stored text, shifted: same format to the microsecond
                shifted = f"datetime({col}, '-{70 * k} days') || substr({col}, 20)"
                return f"CASE WHEN {col} IS NULL THEN NULL ELSE {shifted} END"
            moved = {"id": top[table.name], "ticket_id": top["ticket"], "parent_id": top["ticket"],
                     "dispatch_id": top["dispatch"], "seq": top["event"] if table.name == "event" else None}
            if moved.get(col):
                return f"{col} + {k * moved[col]}"
            if table.name == "ticket" and col in ("year", "number"):  # unique (year, seq) and number
                return f"year - {3 * k}" if col == "year" else f"printf('%d-%06d', year - {3 * k}, seq)"
            return f'"{col}"'
        for name in names:
            table = Base.metadata.tables[name]
            cols = [c.name for c in table.c]
            rows = "id" if name == "ticket" else "ticket_id"
            con.execute(f'INSERT INTO "{name}" ({", ".join(chr(34) + c + chr(34) for c in cols)}) '
                        f'SELECT {", ".join(value(table, c) for c in cols)} FROM "{name}" WHERE {rows} IN {finished}',
                        {"top": top["ticket"]})
    for _, ddl in indexes + triggers:
        con.execute(ddl)
    con.execute("COMMIT")
    con.execute("PRAGMA analysis_limit=100000")  # as desk.db.analyze
    con.execute("ANALYZE")
    con.close()
    print(f"  set-up (not timed): {copies} older copies of {small.name}'s {final:,} finished tickets in "
          f"{time.perf_counter() - t0:.0f} s", flush=True)


def ours(desk: Desk, out: Path) -> tuple[float, dict]:
    c0, t0 = time.process_time(), time.perf_counter()
    report = period_report(desk, week=WEEK)
    t1 = time.perf_counter()
    render_bulletin_pdf(report, out / "通报.pdf")
    t2 = time.perf_counter()
    render_department_slips_pdf(report, out / "部门工作单.pdf")
    t3 = time.perf_counter()
    write_workbook(report, out / "附表.xlsx")
    t4, c4 = time.perf_counter(), time.process_time()
    return t4 - t0, {"figures": t1 - t0, "bulletin": t2 - t1, "slips": t3 - t2, "workbook": t4 - t3,
                     "cpu": c4 - c0, "overdue": len(report.overdue), "received": report.office.received}


def baseline(desk: Desk) -> tuple[float, float]:
    """(wall, CPU) seconds."""
    c0, t0 = time.process_time(), time.perf_counter()
    with desk.engine.connect() as conn:
        conn.execute(text(BASELINE_RESPONSE), {"start": START, "end": END}).all()
        conn.execute(text(BASELINE_CALLBACKS), {"start": START, "end": END}).all()
    return time.perf_counter() - t0, time.process_time() - c0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--sizes", default="100000,1000000", help="total tickets per database, comma-separated")
    p.add_argument("--week-tickets", type=int, default=10_000)
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--db-dir", type=Path, help="keep (or reuse) the databases here")
    p.add_argument("--grow", action="store_true",
                   help="make the larger databases from the smallest (older copies of its finished tickets)")
    args = p.parse_args(argv)
    sizes = [int(x) for x in args.sizes.split(",")]
    results = {}
    with tempfile.TemporaryDirectory(prefix="wd-bench-report-") as tmp:
        folder = args.db_dir or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for size in sorted(sizes):
            weeks = max(1, round(size / args.week_tickets))
            print(f"{size:,} tickets:", flush=True)
            path = folder / f"report-{size}.db"
            if args.grow and size > min(sizes) and not path.exists():
                grow(folder / f"report-{min(sizes)}.db", path, size)
            desk = prepare(path, size, weeks, args.seed)
            out = Path(tmp) / f"out-{size}"
            out.mkdir()
            try:
                ours(desk, out)  # warm the caches once (the page cache, the calendar), as a desk in use has them
                mine, base, mine_cpu, base_cpu, parts = [], [], [], [], []
                for i in range(args.repeat):  # interleaved pairs
                    wall, cpu = baseline(desk)
                    base.append(wall)
                    base_cpu.append(cpu)
                    seconds, detail = ours(desk, out)
                    mine.append(seconds)
                    mine_cpu.append(detail["cpu"])
                    parts.append(detail)
                    print(f"  pair {i + 1}: baseline {base[-1] * 1000:.0f} ms (CPU {cpu * 1000:.0f} ms), ours "
                          f"{seconds:.2f} s (CPU {detail['cpu']:.2f} s; figures {detail['figures']:.2f} + 通报 "
                          f"{detail['bulletin']:.2f} + slips {detail['slips']:.2f} + workbook "
                          f"{detail['workbook']:.2f})", flush=True)
            finally:
                desk.close()
            results[size] = (statistics.median(mine), statistics.median(base), parts[-1])
            m, b, d = results[size]
            mc, bc = statistics.median(mine_cpu), statistics.median(base_cpu)
            parts_median = {k: statistics.median(p[k] for p in parts)
                            for k in ("figures", "bulletin", "slips", "workbook")}
            print(f"  median: ours {m:.2f} s (CPU {mc:.2f} s), baseline {b * 1000:.0f} ms (CPU {bc * 1000:.0f} ms), "
                  f"ratio {m / b:.0f}× (CPU {mc / bc:.0f}×); parts: "
                  + ", ".join(f"{k} {v:.2f} s" for k, v in parts_median.items())
                  + f"; the week: {d['received']:,} tickets received, {d['overdue']:,} overdue at its end", flush=True)
    small, large = min(sizes), max(sizes)
    ok = all(m < TARGET_SECONDS for m, _, _ in results.values())
    if small != large:
        grow_ours = results[large][0] / results[small][0]
        grow_base = results[large][1] / results[small][1]
        print(f"growth {small:,} -> {large:,} tickets: ours {grow_ours:.2f}×, baseline {grow_base:.2f}×")
    print(f"target: under {TARGET_SECONDS:.0f} s at every size: {'OK' if ok else 'TOO SLOW'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
