"""Benchmark: a live update across two desks on PostgreSQL (issue 14: < 200 ms at 1,000,000 tickets).

    QT_QPA_PLATFORM=offscreen python tests/bench/bench_live.py [--tickets 1000000] [--pairs 7]

Desk B is the real main window (its LISTEN thread, the coalescing of notices, the table model) on the bench
database of bench_queue.py (``queue_bench_<n>``, reused, never rebuilt here). Desk A is a second ``Desk`` (its
own engine and connections, as another PC) that changes the title of the ticket in B's first row. Each sample is
the time from A's call to the moment B's model holds the new title; A's own call (its commit) is printed too.
Next to it, in interleaved pairs, the floor: a raw LISTEN/NOTIFY round trip on two psycopg connections plus
B's re-read of that one row (``ticket_rows``). Medians are printed with their ratio. Never run by the suite.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_queue import CLERK, FALLBACK_PASSWORD, database_url, pump  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--tickets", type=int, default=1_000_000)
    p.add_argument("--pairs", type=int, default=7)
    args = p.parse_args(argv)

    import psycopg
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desk import Desk
    from ui.common.ops import task_manager
    from ui.live import CHANGE_COALESCE_MS
    from ui.mainwindow import build_main_window

    app = QApplication([sys.argv[0]])  # noqa: F841 - Qt needs it
    url = database_url(args.tickets, pg=True)
    desk_b, desk_a = Desk.open(url), Desk.open(url)  # two PCs: separate engines and connections
    if desk_b.ticket_count() != args.tickets:
        raise SystemExit(f"{url} does not hold {args.tickets:,} tickets: build it with bench_queue.py --pg")
    print(f"{url}: {desk_b.ticket_count():,} tickets", flush=True)
    user_b, user_a = desk_b.login(CLERK, FALLBACK_PASSWORD), desk_a.login(CLERK, FALLBACK_PASSWORD)
    settings = QSettings(str(Path(tempfile.mkdtemp(prefix="queue2-bench-")) / "s.ini"), QSettings.Format.IniFormat)
    w = build_main_window(desk_b, user_b, settings, poll_interval_ms=3_600_000, sweep_interval_ms=3_600_000)
    w.resize(1440, 860)
    w.show()
    pump(lambda: w.model.ids_loaded_once and w.live is not None and w.live.connected and w.model.rows_loaded(0, 20),
         timeout=120)
    pump(task_manager().idle, timeout=120)
    m = w.model
    print(f"desk B shows queue {m.queue!r}: {m.rowCount():,} rows", flush=True)
    row = 0
    tid = m.ticket_id(row)
    number = m.summary(row).number

    raw_url = url.replace("postgresql+psycopg://", "postgresql://")
    listen = psycopg.connect(raw_url, autocommit=True)
    notify = psycopg.connect(raw_url, autocommit=True)
    listen.execute("LISTEN queue2_bench")

    def floor() -> float:
        started = time.perf_counter()
        notify.execute("SELECT pg_notify('queue2_bench', %s)", (str(tid),))
        next(listen.notifies(timeout=5, stop_after=1))
        user_b.ticket_rows([tid])
        return (time.perf_counter() - started) * 1000

    ours, commits, floors = [], [], []
    for i in range(args.pairs):
        title = f"基准实时更新 {i} {time.time():.0f}"
        pump(task_manager().idle, timeout=120)  # (B's counts of the previous sample are done)
        started = time.perf_counter()
        user_a.update_ticket(number, title=title)
        commits.append((time.perf_counter() - started) * 1000)
        pump(lambda t=title: m.summary(row) is not None and m.summary(row).title == t, timeout=30)
        ours.append((time.perf_counter() - started) * 1000)
        floors.append(floor())
        print(f"  pair {i + 1}: commit on A -> row on B {ours[-1]:7.1f} ms (A's call {commits[-1]:6.1f} ms)   "
              f"LISTEN/NOTIFY + re-read {floors[-1]:6.1f} ms", flush=True)
    a, b = statistics.median(ours), statistics.median(floors)
    after = statistics.median(x - c for x, c in zip(ours, commits))
    print(f"median: A's call -> row changed in B's model {a:.1f} ms (A's call itself {statistics.median(commits):.1f} ms;"
          f" from its return {after:.1f} ms, of which B's coalescing of notices waits {CHANGE_COALESCE_MS} ms);"
          f" LISTEN/NOTIFY round trip + re-read of the row {b:.1f} ms; ratio {a / b:.1f}x; goal < 200 ms", flush=True)
    listen.close()
    notify.close()
    w.close()
    pump(task_manager().idle, timeout=120)
    desk_a.close()
    desk_b.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
