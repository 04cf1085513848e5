"""Benchmark: the queue's first page at scale (issue 14), through the façade and the UI model, each next to
``QSqlQueryModel`` running the same SQL in the same process.

    QT_QPA_PLATFORM=offscreen python tests/bench/bench_queue.py --tickets 1000000 [--pg] [--pairs 5]

The databases are built once with bulk inserts (``build_raw`` of bench_ui_first_page, plus a running clock on
the dispatched tickets so that the 时限 sort has values) and reused: SQLite under /work/benchdb/queue-<n>.db,
PostgreSQL in a database named queue_bench_<n>. Cases: the first page sorted by the default (受理时间, newest
first), by title, by 时限, and the page after a jump to the middle and to the end. Each case runs in >= 5
interleaved pairs (ours, then QSqlQueryModel on the same SQL); medians and ratios are printed. The action queues
(待派, 办理中), which leave merged children out (1 in 100 of the 待派 tickets is one), are timed against the same
call without that condition. The UI part
opens a TicketTableModel in a QTableView, times its first visible page, then scrolls to the end twice and
prints the resident memory. Never run by the test suite (pytest ignores tests/bench).
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from sqlalchemy import text  # noqa: E402

from desk import Desk  # noqa: E402

BENCH_DIR = Path("/work/benchdb")
PG_BASE = "postgresql+psycopg://postgres@127.0.0.1:5432"
CLERK = "bench.clerk"
FALLBACK_PASSWORD = "bench-pass-1"


def build(desk: Desk, tickets: int) -> None:
    """Bulk inserts of tickets in 待派 and 办理中 with their lead dispatch (no events: the queue never reads
    them), a running clock (next_due) on the dispatched ones, and a few equal titles and instants (ties)."""
    import random
    from datetime import datetime, timedelta, timezone

    from sqlalchemy import insert

    from models import Dispatch, Ticket, TicketCounter

    cats = {"市容环境": "城管执法队", "房屋安全": "住建委", "道路交通": "交通支队", "供排水": "水务所", "环境污染": "环保所"}
    for d in cats.values():
        desk.add_department(d)
    cat_ids = {c.name: c.id for c in (desk.add_category(n, lead) for n, lead in cats.items())}
    clerk = desk.add_user(CLERK, FALLBACK_PASSWORD, "clerk", display_name="基准受理员")
    dept_ids = {d.name: d.id for d in desk.login(CLERK, FALLBACK_PASSWORD).departments()}
    rng = random.Random(2026)
    now = datetime.now(timezone.utc)
    year = now.astimezone(desk.office_tz()).year
    streets = ["幸福路", "建设路", "和平里", "光明街", "文化路", "新源街", "樱花西街", "花园村"]
    problems = ["占道经营", "井盖缺失", "路灯不亮", "垃圾堆放", "噪声扰民", "违建", "积水", "外墙脱落"]
    t_rows: list[dict] = []
    d_rows: list[dict] = []
    dispatch_id = 0

    with desk.engine.begin() as conn:
        for i in range(1, tickets + 1):
            created = now - timedelta(minutes=(tickets - i) * 56 * 24 * 60 // tickets, seconds=rng.randrange(600))
            cat = rng.choice(list(cats))
            street = rng.choice(streets)
            state = "dispatched" if rng.random() < 0.6 else "new"
            t_rows.append(dict(
                id=i, number=f"{year}-{i:07d}", year=year, seq=i, title=f"{street}{rng.choice(problems)}",
                description="基准测试数据。", category_id=cat_ids[cat],
                urgency=rng.choice(["routine"] * 8 + ["urgent", "emergency"]),
                address=f"{street} {rng.randrange(1, 200)} 号", community=f"{street[:2]}社区", source="12345",
                reporter_name="王女士", reporter_phone="13812345678", phone_digits="13812345678", state=state,
                round=1, created_at=created, created_by_id=clerk.id, updated_at=created, updated_by_id=clerk.id,
                version=1, first_whistled_at=created if state == "dispatched" else None,
                next_due=created + timedelta(days=3) if state == "dispatched" else None,
                next_warn=created + timedelta(days=2) if state == "dispatched" else None))
            if state == "dispatched":
                dispatch_id += 1
                d_rows.append(dict(id=dispatch_id, ticket_id=i, department_id=dept_ids[cats[cat]],
                                   role="lead", state="pending", round=1, note="", dispatched_at=created,
                                   dispatched_by_id=clerk.id, updated_at=created, updated_by_id=clerk.id, version=1,
                                   acknowledge_within="2h", respond_within="1wd", resolve_within="5wd",
                                           acknowledge_due=created + timedelta(hours=2),
                                   respond_due=created + timedelta(days=1), resolve_due=created + timedelta(days=3),
                                   next_due=created + timedelta(days=3)))
            if len(t_rows) >= 5000 or i == tickets:
                conn.execute(insert(Ticket.__table__), t_rows)
                if d_rows:
                    conn.execute(insert(Dispatch.__table__), d_rows)
                t_rows, d_rows = [], []
        conn.execute(insert(TicketCounter.__table__), [dict(year=year, last_seq=tickets)])
        merge_repeats(conn)


def merge_repeats(conn) -> None:
    """About 1 in 100 of the 待派 tickets (ids ending in 07) is a repeat merged into the 待派 ticket before it
    (issue 15): the 待派 queue leaves it out."""
    conn.execute(text(
        "UPDATE ticket SET parent_id = (SELECT max(p.id) FROM ticket p WHERE p.state = 'new' AND p.id < ticket.id"
        " AND p.id % 100 <> 7) WHERE state = 'new' AND id % 100 = 7 AND id > 100"))
    conn.execute(text(
        "UPDATE ticket SET repeat_count = (SELECT count(*) FROM ticket c WHERE c.parent_id = ticket.id)"
        " WHERE id IN (SELECT parent_id FROM ticket WHERE parent_id IS NOT NULL)"))


def database_url(tickets: int, pg: bool) -> str:
    if pg:
        return f"{PG_BASE}/queue_bench_{tickets}"
    return f"sqlite:///{BENCH_DIR / f'queue-{tickets}.db'}"


def _create_pg_database(name: str) -> bool:
    """Create database ``name`` unless it exists; whether it was created."""
    from sqlalchemy import create_engine

    admin = create_engine(f"{PG_BASE}/test", isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            if conn.scalar(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}):
                return False
            conn.execute(text(f'CREATE DATABASE "{name}"'))
            return True
    finally:
        admin.dispose()


def open_database(tickets: int, pg: bool) -> Desk:
    """The bench database with ``tickets`` tickets, built on first use."""
    url = database_url(tickets, pg)
    if pg:
        fresh = _create_pg_database(f"queue_bench_{tickets}")
    else:
        BENCH_DIR.mkdir(exist_ok=True)
        fresh = not (BENCH_DIR / f"queue-{tickets}.db").exists()
    desk = Desk.open(url)
    if fresh or desk.ticket_count() != tickets:
        started = time.perf_counter()
        build(desk, tickets)
        analyze = getattr(desk, "analyze", None)
        if analyze is not None:
            analyze()
        print(f"built {url} with {tickets:,} tickets in {time.perf_counter() - started:.1f} s", flush=True)
    return desk


# -- measuring -------------------------------------------------------------------------------------------
_COLUMNS = ("t.id, t.number, t.title, c.name, t.urgency, t.state, t.source, t.community, t.address, t.created_at, "
            "t.updated_at, t.next_due")


def cases(total: int) -> list[tuple[str, dict, str]]:
    """(name, list_queue arguments, the same page as one SQL statement for QSqlQueryModel)."""
    base = f"SELECT {_COLUMNS} FROM ticket t JOIN category c ON c.id = t.category_id"
    newest = " ORDER BY t.created_at DESC, t.id DESC LIMIT 100"
    return [
        ("first page, 受理时间 (default)", {}, base + newest),
        ("first page, by title", {"sort": "title", "descending": False},
         base + " ORDER BY t.title, t.id LIMIT 100"),
        ("first page, by 时限", {"sort": "deadline", "descending": False},
         base + " WHERE t.next_due IS NOT NULL ORDER BY t.next_due, t.id LIMIT 100"),
        ("jump to the middle", {"offset": total // 2}, base + newest + f" OFFSET {total // 2}"),
        ("jump to the end (ours: from_end)", {"offset": 0, "from_end": True}, base + newest + f" OFFSET {total - 100}"),
    ]


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def qsql_database(url: str):
    from PySide6.QtSql import QSqlDatabase

    if url.startswith("sqlite"):
        db = QSqlDatabase.addDatabase("QSQLITE", "bench")
        db.setDatabaseName(url.split("///", 1)[1])
    else:
        db = QSqlDatabase.addDatabase("QPSQL", "bench")
        db.setHostName("127.0.0.1")
        db.setUserName("postgres")
        db.setDatabaseName(url.rsplit("/", 1)[1])
    if not db.open():
        raise SystemExit(f"QSqlDatabase: {db.lastError().text()}")
    return db


def qsql_page(db, sql: str, view=None) -> int:
    """QSqlQueryModel on ``sql``: the rows read and every cell's data taken (what a view showing them does)."""
    from PySide6.QtSql import QSqlQueryModel

    m = QSqlQueryModel()
    m.setQuery(sql, db)
    if view is not None:
        view.setModel(m)
        pump(lambda: True)
    n = m.rowCount()
    for r in range(n):
        for c in range(m.columnCount()):
            m.data(m.index(r, c))
    if m.lastError().isValid():
        raise SystemExit(m.lastError().text())
    return n


def pump(cond, timeout: float = 60.0) -> None:
    from PySide6.QtWidgets import QApplication

    deadline = time.perf_counter() + timeout
    QApplication.processEvents()
    while not cond():
        if time.perf_counter() > deadline:
            raise TimeoutError("gave up waiting")
        QApplication.processEvents()
        time.sleep(0.0005)


def timed(fn) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def report(name: str, ours: list[float], theirs: list[float]) -> tuple[float, float]:
    a, b = statistics.median(ours), statistics.median(theirs)
    print(f"  {name:<34} ours {a:8.1f} ms   QSqlQueryModel {b:7.1f} ms   ratio {a / b:6.1f}x", flush=True)
    return a, b


def bench_facade(user, db, total: int, pairs: int) -> dict[str, float]:
    print("façade list_queue(limit=100, with_total=False) vs QSqlQueryModel on the same page:")
    out = {}
    for name, kw, sql in cases(total):
        ours, theirs = [], []
        for _ in range(pairs):  # interleaved pairs
            ours.append(timed(lambda: user.list_queue("all", limit=100, with_total=False, **kw)))
            theirs.append(timed(lambda: qsql_page(db, sql)))
        out[name] = report(name, ours, theirs)[0]
    ours = [timed(lambda: user.queue_size("all")) for _ in range(3)]
    print(f"  {'queue_size (the count, on its own)':<34} ours {statistics.median(ours):8.1f} ms")
    return out


def bench_action_queues(user, pairs: int) -> None:
    """The queues that leave merged children out (待派, 办理中: issue 15, ``parent_id IS NULL``): their first page
    and their count, in interleaved pairs against the same call without that condition (the code before it)."""
    from desk.tickets import queries

    kept = queries.PARENT_HANDLED_QUEUES

    def without(fn):
        queries.PARENT_HANDLED_QUEUES = frozenset()
        try:
            return timed(fn)
        finally:
            queries.PARENT_HANDLED_QUEUES = kept

    print("action queues (merged children left out) vs the same call without that condition:")
    for queue in ("new", "dispatched"):
        for name, fn in ((f"{queue}: first page", lambda q=queue: user.list_queue(q, limit=100, with_total=False)),
                         (f"{queue}: first page by 时限", lambda q=queue: user.list_queue(
                             q, limit=100, with_total=False, sort="deadline", descending=False)),
                         (f"{queue}: count", lambda q=queue: user.queue_size(q))):
            ours, theirs = [], []
            for _ in range(pairs):
                ours.append(timed(fn))
                theirs.append(without(fn))
            a, b = statistics.median(ours), statistics.median(theirs)
            print(f"  {name:<34} ours {a:8.1f} ms   without {b:8.1f} ms   ratio {a / b:6.2f}x", flush=True)
    ours = [timed(user.queue_counts) for _ in range(pairs)]
    theirs = [without(user.queue_counts) for _ in range(pairs)]
    a, b = statistics.median(ours), statistics.median(theirs)
    print(f"  {'queue_counts (the navigation)':<34} ours {a:8.1f} ms   without {b:8.1f} ms   ratio {a / b:6.2f}x")


def visible(view) -> tuple[int, int]:
    first = view.rowAt(0)
    last = view.rowAt(view.viewport().height() - 1)
    return first, (last if last >= 0 else view.model().rowCount() - 1)


def bench_ui(user, db, total: int, pairs: int) -> dict[str, float]:
    from zoneinfo import ZoneInfo

    from PySide6.QtWidgets import QTableView

    from ui.common.ops import task_manager
    from ui.tickets.models import TicketTableModel

    def ours_first_page(kw: dict) -> float:
        started = time.perf_counter()
        view = QTableView()
        view.resize(1440, 860)
        m = TicketTableModel(user, ZoneInfo("Asia/Shanghai"), queue="all")
        m.sort_key = kw.get("sort", "created_at")
        m.descending = kw.get("descending", True)
        view.setModel(m)
        view.show()
        m.reload()
        pump(lambda: m.rowCount() > 0 and m.rows_loaded(*visible(view)))
        elapsed = (time.perf_counter() - started) * 1000
        task_manager().wait_idle()  # (the count comes after the page: drained here, not timed)
        pump(task_manager().idle)
        view.close()
        return elapsed

    def theirs_first_page(sql: str) -> None:
        view = QTableView()
        view.resize(1440, 860)
        view.show()
        qsql_page(db, sql, view)
        view.close()

    print("UI: a table model's first visible page in a shown QTableView vs QSqlQueryModel in one:")
    out = {}
    for name, kw, sql in cases(total)[:3]:
        ours, theirs = [], []
        for _ in range(pairs):
            ours.append(ours_first_page(kw))
            theirs.append(timed(lambda: theirs_first_page(sql)))
        out[name] = report(name, ours, theirs)[0]

    view = QTableView()
    view.resize(1440, 860)
    m = TicketTableModel(user, ZoneInfo("Asia/Shanghai"), queue="all")
    view.setModel(m)
    view.show()
    m.reload()
    pump(lambda: m.ids_loaded_once and m.rows_loaded(*visible(view)))
    pump(task_manager().idle)
    bar = view.verticalScrollBar()
    for name, where in (("scroll: jump to the middle", lambda: bar.setValue(bar.maximum() // 2)),
                        ("scroll: jump to the end", view.scrollToBottom)):
        t = timed(lambda: (where(), pump(lambda: m.rows_loaded(*visible(view)))))
        print(f"  {name:<34} ours {t:8.1f} ms (rows {visible(view)})")
    print(f"  RSS after the first page: {rss_mb():.0f} MB")
    live = []
    for _ in range(pairs):  # a live notice about a ticket on screen: until its fresh row is in the model
        tid = m.ticket_id(visible(view)[0])
        got: list = []
        m.rows_refreshed.connect(got.append)
        live.append(timed(lambda: (m.reload(changed={tid}), pump(lambda: bool(got)))))
        m.rows_refreshed.disconnect(got.append)
        pump(task_manager().idle)
    print(f"  {'live notice: the changed row shown':<34} ours {statistics.median(live):8.1f} ms "
          f"(then the count: {m.rowCount():,} rows)")
    for sweep in (1, 2):  # top to end in 60 jumps and 60 steps of a screen (pages read), twice: memory must not grow
        for step in range(61):
            bar.setValue(bar.maximum() * step // 60)
            pump(lambda: m.rows_loaded(*visible(view)))
            bar.setValue(bar.value() + bar.pageStep())
            pump(lambda: m.rows_loaded(*visible(view)))
        print(f"  RSS after scrolling top to end #{sweep}: {rss_mb():.0f} MB "
              f"({m.pages_fetched} pages read, {len(m._pages)} in memory)", flush=True)
    view.close()
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--tickets", type=int, default=1_000_000)
    p.add_argument("--pg", action="store_true", help="PostgreSQL (default: SQLite)")
    p.add_argument("--build-only", action="store_true")
    p.add_argument("--pairs", type=int, default=5)
    p.add_argument("--no-ui", action="store_true")
    args = p.parse_args(argv)
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])  # noqa: F841 - Qt needs it
    desk = open_database(args.tickets, args.pg)
    if args.build_only:
        return 0
    url = database_url(args.tickets, args.pg)
    print(f"{url}: {desk.ticket_count():,} tickets, backend {desk.backend}", flush=True)
    user = desk.login(CLERK, FALLBACK_PASSWORD)
    db = qsql_database(url)
    bench_facade(user, db, args.tickets, args.pairs)
    bench_action_queues(user, args.pairs)
    if not args.no_ui:
        bench_ui(user, db, args.tickets, args.pairs)
    desk.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
