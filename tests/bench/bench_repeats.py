"""Benchmark: the duplicate proposal (重复件, issue 15 §2) at 1,000,000 tickets, through the façade.

    python tests/bench/bench_repeats.py --tickets 1000000 [--pg] [--probes 20]

The database is built once with bench_queue's bulk builder (``build``: Core inserts of 5,000 rows; every ticket
open, created over 56 days, so that the 30-day window holds over half a million tickets and every ticket has
the same phone: the narrowing's worst case) and reused: SQLite under /work/benchdb/repeats-<n>.db, PostgreSQL
in a database named repeats_bench_<n>. Then ``--probes`` proposals are asked as the new-ticket dialog asks
them (``ActingUser.repeat_candidates`` with a title, a description, a category, a 社区, an address and a
phone), each with another text; the median, the 90th percentile and the worst are printed, with how many rows
the narrowing read. Never run by the test suite (pytest ignores tests/bench).
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_queue  # noqa: E402
from desk import Desk  # noqa: E402

STREETS = ["幸福路", "建设路", "和平里", "光明街", "文化路", "新源街", "樱花西街", "花园村"]
PROBLEMS = {"占道经营": "门口的摊贩把人行道占了，走路都得绕到机动车道上", "井盖缺失": "路口的井盖不见了，晚上很危险",
            "路灯不亮": "楼前的路灯好几天都不亮了，晚上黑漆漆的", "垃圾堆放": "垃圾堆了好几天没人清理，味道很大",
            "噪声扰民": "晚上有人施工，噪音很大，影响休息", "积水": "下雨后路面积水很深，车辆经过溅人一身"}
CATEGORIES = ["市容环境", "房屋安全", "道路交通", "供排水", "环境污染"]


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
        bench_queue.build(desk, tickets)
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
    clerk.repeat_candidates(title="预热", category="市容环境", community="幸福社区")  # connections, caches
    times, shown = [], []
    for i in range(args.probes):
        street, (problem, text) = rng.choice(STREETS), rng.choice(list(PROBLEMS.items()))
        probe = dict(title=f"{street}{problem}", description=f"{street}{rng.randrange(1, 200)}号{text}",
                     category=rng.choice(CATEGORIES), community=f"{street[:2]}社区",
                     address=f"{street}{rng.randrange(1, 200)}号",
                     phone="13812345678" if i % 2 else f"139{rng.randrange(10**7, 10**8)}")
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
