"""Benchmark: 100,000 ``WorkCalendar.due()`` calls with mixed durations.

Run: ``/work/venv/bin/python tests/bench/bench_calendar.py [calls] [runs]``.
Not collected by pytest (``tests/bench`` is ignored in pyproject). Prints the median of
the runs, in total seconds and microseconds per call, plus the same for
``working_time_between``.
"""
from __future__ import annotations

import random
import statistics
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from desk.deadlines import Duration, WorkCalendar, seed_overrides  # noqa: E402

MIX = ["30m", "2h", "24h", "1wd", "2wd", "3wd", "5wd", "6wh", "90wm"]


def main() -> None:
    calls = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    cal = WorkCalendar("Asia/Shanghai", overrides=seed_overrides([2025, 2026, 2027]))
    rng = random.Random(2026)
    origin = datetime(2025, 6, 1, tzinfo=timezone.utc)
    starts = [origin + timedelta(seconds=rng.randrange(0, 2 * 365 * 86400)) for _ in range(calls)]
    durations = [Duration.parse(rng.choice(MIX)) for _ in range(calls)]
    pairs = list(zip(starts, durations))
    cal.due(starts[0], durations[0])  # build the day index once, as a long-lived app does

    due_times = []
    for _ in range(runs):
        began = time.perf_counter()
        for t, d in pairs:
            cal.due(t, d)
        due_times.append(time.perf_counter() - began)

    ends = [cal.due(t, d) for t, d in pairs]
    between_times = []
    for _ in range(runs):
        began = time.perf_counter()
        for t, e in zip(starts, ends):
            cal.working_time_between(t, e)
        between_times.append(time.perf_counter() - began)

    began = time.perf_counter()
    WorkCalendar("Asia/Shanghai", overrides=cal.overrides).due(starts[0], "5wd")
    cold = time.perf_counter() - began

    for name, times in (("due()", due_times), ("working_time_between()", between_times)):
        med = statistics.median(times)
        print(f"{name:<24} {calls:,} calls, median of {runs}: {med:.3f} s = {med / calls * 1e6:.2f} µs/call"
              f"  (runs: {', '.join(f'{x:.3f}' for x in times)})")
    print(f"first due() on a fresh calendar (builds the day index): {cold * 1e3:.1f} ms")


if __name__ == "__main__":
    main()
