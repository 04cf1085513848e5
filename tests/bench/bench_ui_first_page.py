"""Benchmark: how fast the main window shows its first page of tickets, and that scrolling to the end
does not load the whole table.

    QT_QPA_PLATFORM=offscreen python tests/bench/bench_ui_first_page.py [--tickets 100000] [--repeat 5]

The database is built once (with ``desk.demo`` when it exists, otherwise with bulk inserts of
consistent ticket, dispatch and event rows) and reused while it has the requested number of tickets
(``--fresh`` rebuilds it). For each run a new main window is built for the clerk with the 全部 queue
selected (the biggest one); the clock runs from constructing the window until the rows visible in the
table have their data. Never run by the test suite (pytest ignores tests/bench).
"""
from __future__ import annotations

import argparse
import importlib
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QSettings, qInstallMessageHandler  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desk import Desk  # noqa: E402
from ui.app import make_application  # noqa: E402
from ui.common.ops import task_manager  # noqa: E402
from ui.mainwindow import build_main_window  # noqa: E402

SEED = 2026
FALLBACK_PASSWORD = "bench-pass-1"


# -- building the database -------------------------------------------------------------------------
def build_with_demo(desk: Desk, tickets: int) -> tuple[str, str]:
    demo = importlib.import_module("desk.demo")
    result = demo.generate(desk, tickets=tickets, seed=SEED)
    clerk = next(u for u in result.users if u.role == "clerk")
    return clerk.username, clerk.password


def build_raw(desk: Desk, tickets: int) -> tuple[str, str]:
    """Bulk inserts (no façade per ticket): tickets in 待派 and 办理中 with their dispatch and events."""
    from sqlalchemy import insert
    from sqlalchemy.orm import Session

    from desk.audit import chain
    from models import Dispatch, Ticket, TicketCounter

    depts = ["城管执法队", "住建委", "交通支队", "水务所", "环保所"]
    cats = {"市容环境": "城管执法队", "房屋安全": "住建委", "道路交通": "交通支队", "供排水": "水务所", "环境污染": "环保所"}
    for d in depts:
        desk.add_department(d)
    cat_ids = {c.name: c.id for c in (desk.add_category(n, lead) for n, lead in cats.items())}
    clerk = desk.add_user("bench.clerk", FALLBACK_PASSWORD, "clerk", display_name="基准受理员")
    dept_ids = {d.name: d.id for d in desk.login("bench.clerk", FALLBACK_PASSWORD).departments()}
    rng = random.Random(SEED)
    now = datetime.now(timezone.utc)
    year = now.astimezone(desk.office_tz()).year
    streets = ["幸福路", "建设路", "和平里", "光明街", "文化路", "新源街", "樱花西街", "花园村"]
    problems = ["占道经营", "井盖缺失", "路灯不亮", "垃圾堆放", "噪声扰民", "违建", "积水", "外墙脱落"]
    t_rows: list[dict] = []
    d_rows: list[dict] = []
    e_rows: list[dict] = []
    dispatch_id = 0
    with Session(desk.engine) as conn, conn.begin():  # the events sealed into the audit chain
        for i in range(1, tickets + 1):
            created = now - timedelta(minutes=(tickets - i) * 56 * 24 * 60 // tickets, seconds=rng.randrange(600))
            cat = rng.choice(list(cats))
            street = rng.choice(streets)
            state = "dispatched" if rng.random() < 0.6 else "new"
            t_rows.append(dict(
                id=i, number=f"{year}-{i:06d}", year=year, seq=i, title=f"{street}{rng.choice(problems)}",
                description="基准测试数据。", category_id=cat_ids[cat],
                urgency=rng.choice(["routine"] * 8 + ["urgent", "emergency"]),
                address=f"{street} {rng.randrange(1, 200)} 号", community=f"{street[:2]}社区", source="12345",
                reporter_name="王女士", reporter_phone="13812345678", state=state, round=1, created_at=created,
                created_by_id=clerk.id, updated_at=created, updated_by_id=clerk.id, version=1,
                first_whistled_at=created if state == "dispatched" else None))
            e_rows.append(dict(ticket_id=i, dispatch_id=None, actor_id=clerk.id, at=created, kind="create", note="",
                               changes='{"state": [null, "new"]}'))
            if state == "dispatched":
                dispatch_id += 1
                d_rows.append(dict(id=dispatch_id, ticket_id=i, department_id=dept_ids[cats[cat]], role="lead",
                                   state="pending", round=1, note="", dispatched_at=created,
                                   dispatched_by_id=clerk.id, updated_at=created, updated_by_id=clerk.id, version=1))
                e_rows.append(dict(ticket_id=i, dispatch_id=dispatch_id, actor_id=clerk.id, at=created,
                                   kind="whistle", note="", changes='{"role": [null, "lead"]}'))
            if len(t_rows) >= 5000 or i == tickets:
                conn.execute(insert(Ticket.__table__), t_rows)
                if d_rows:
                    conn.execute(insert(Dispatch.__table__), d_rows)
                chain.append(conn, e_rows)
                t_rows, d_rows, e_rows = [], [], []
        conn.execute(insert(TicketCounter.__table__), [dict(year=year, last_seq=tickets)])
        chain.write_head(conn)
    return "bench.clerk", FALLBACK_PASSWORD


def open_database(path: Path, tickets: int, fresh: bool, raw: bool) -> tuple[Desk, str, str]:
    url = f"sqlite:///{path}"
    marker = path.with_suffix(".login")
    if path.exists() and not fresh and marker.exists():
        desk = Desk.open(url)
        if desk.ticket_count() == tickets:
            username, password = marker.read_text().split("\n")[:2]
            print(f"reusing {path} ({tickets:,} tickets)")
            return desk, username, password
        desk.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    desk = Desk.open(url)
    started = time.perf_counter()
    try:
        if raw:
            raise ImportError("--raw")
        importlib.import_module("desk.demo")
        how = "desk.demo.generate"
        username, password = build_with_demo(desk, tickets)
    except ImportError:
        how = "bulk inserts"
        username, password = build_raw(desk, tickets)
    print(f"built {path} with {tickets:,} tickets via {how} in {time.perf_counter() - started:.1f} s")
    marker.write_text(f"{username}\n{password}\n")
    return desk, username, password


# -- measuring ----------------------------------------------------------------------------------------
def visible_rows(w) -> tuple[int, int]:
    view = w.view
    first = view.rowAt(0)
    last = view.rowAt(view.viewport().height() - 1)
    if last < 0:
        last = w.model.rowCount() - 1
    return first, last


def pump_until(app: QApplication, cond, timeout: float = 60.0) -> None:
    deadline = time.perf_counter() + timeout
    while not cond():
        if time.perf_counter() > deadline:
            raise TimeoutError("gave up waiting")
        app.processEvents()
        time.sleep(0.0005)


def first_page_loaded(w) -> bool:
    if not w.model.ids_loaded_once or w.model.rowCount() == 0:
        return False
    first, last = visible_rows(w)
    return first >= 0 and w.model.rows_loaded(first, last)


def one_run(app, desk, user, settings_dir: Path, queue: str) -> tuple[float, object]:
    settings = QSettings(str(settings_dir / f"s-{time.monotonic_ns()}.ini"), QSettings.Format.IniFormat)
    settings.setValue(f"main/queue/{user.info.username}", queue)
    started = time.perf_counter()
    w = build_main_window(desk, user, settings)
    w.resize(1440, 860)
    w.show()
    pump_until(app, lambda: first_page_loaded(w))
    elapsed = time.perf_counter() - started
    w.poll_timer.stop()
    return elapsed, w


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--tickets", type=int, default=100_000)
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--queue", default="all", help="queue to open the window on (default: all)")
    p.add_argument("--db", type=Path, help="SQLite file (default: in the temp folder, reused between runs)")
    p.add_argument("--fresh", action="store_true", help="rebuild the database")
    p.add_argument("--raw", action="store_true", help="bulk-insert rows instead of using desk.demo")
    p.add_argument("--user", help="log in as this demo user instead of the first clerk (e.g. cg.li, a responder)")
    args = p.parse_args(argv)

    app = make_application([sys.argv[0]])
    # the offscreen platform's harmless "does not support propagateSizeHints()" would clutter the output
    qInstallMessageHandler(lambda kind, ctx, msg: None if "propagateSizeHints" in msg else print(msg, file=sys.stderr))
    path = args.db or Path(tempfile.gettempdir()) / f"whistle-bench-{args.tickets}{'-raw' if args.raw else ''}.db"
    desk, username, password = open_database(path, args.tickets, args.fresh, args.raw)
    if args.user:
        users = {u.username: u.password for u in importlib.import_module("desk.demo").demo_users(SEED)}
        username, password = args.user, users[args.user]
    user = desk.login(username, password)
    print(f"user {username} ({user.role}), queue {args.queue!r}, backend {desk.backend}")

    # the core calls the window makes, timed on their own
    t = time.perf_counter()
    size = user.queue_size(args.queue)
    t_size = time.perf_counter() - t
    t = time.perf_counter()
    user.list_queue(args.queue, limit=100, with_total=False)
    t_rows = time.perf_counter() - t
    t = time.perf_counter()
    user.queue_counts()
    t_counts = time.perf_counter() - t
    print(f"core: queue_size {size:,} {t_size * 1000:.0f} ms · list_queue(100) {t_rows * 1000:.0f} ms · "
          f"queue_counts {t_counts * 1000:.0f} ms")

    times = []
    with tempfile.TemporaryDirectory() as tmp:
        last_window = None
        for i in range(args.repeat):
            elapsed, w = one_run(app, desk, user, Path(tmp), args.queue)
            times.append(elapsed)
            first, last = visible_rows(w)
            print(f"run {i + 1}: first page (rows {first}-{last} of {w.model.rowCount():,}) shown after "
                  f"{elapsed * 1000:.0f} ms; rows fetched so far {w.model.rows_fetched}")
            if last_window is not None:
                last_window.close()
                last_window.deleteLater()
            last_window = w
        median = statistics.median(times)
        print(f"first page: median {median * 1000:.0f} ms over {len(times)} runs "
              f"(min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f}); target < 2000 ms: "
              f"{'OK' if median < 2 else 'MISSED'}")

        w = last_window
        task_manager().wait_idle()
        pump_until(app, lambda: task_manager().idle())
        t = time.perf_counter()
        w.view.scrollToBottom()
        pump_until(app, lambda: first_page_loaded(w) and visible_rows(w)[1] == w.model.rowCount() - 1)
        t_scroll = time.perf_counter() - t
        total = w.model.rowCount()
        print(f"scrolled to the end in {t_scroll * 1000:.0f} ms: {w.model.rows_fetched:,} of {total:,} rows fetched "
              f"({w.model.pages_fetched} pages of {w.model.page_size}; {100 * w.model.rows_fetched / max(1, total):.2f} %)")
        ok = w.model.rows_fetched < total or total <= 2 * w.model.page_size
        print("scrolling to the end did " + ("NOT load the whole table: OK" if ok else "load the whole table: FAIL"))
        w.close()
        task_manager().wait_idle()
    desk.close()
    return 0 if median < 2 and ok else 1


if __name__ == "__main__":
    sys.exit(main())
