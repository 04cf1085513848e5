"""Benchmark: search at scale (issue 14: phone < 100 ms, substring < 300 ms at 1,000,000 tickets).

    python tests/bench/bench_search.py [--tickets 1000000] [--backend sqlite|postgres|both] [--repeat 5]

The databases are built once with bulk inserts (realistic Chinese titles, addresses, descriptions and
phones) and reused: SQLite in /work/benchdb/search-<n>.db, PostgreSQL in the database search_bench_<n>
(``--fresh`` rebuilds). For each query three things are timed, interleaved (A, B, C, then C, B, A, ...):

* ``facade``: ``list_queue("all", search=q, limit=50)`` as the clerk: the page and its count, through
  whatever paging the façade has;
* ``page``: ``list_queue("all", search=q, limit=50, with_total=False)``: the first page alone, which is what the
  queue's table model asks for first (it asks ``queue_size`` for the count separately and shows the rows
  without waiting for it; the scrollbar adjusts when the count arrives);
* ``filter``: the search filter alone, under a page: ``SELECT id … WHERE <search_filter> ORDER BY created_at
  DESC, id DESC LIMIT 50`` plus ``count(*)`` (what any paging pays for the search);
* ``raw``: what a database engineer would write by hand for the same page and count, on the same index.

Medians of the runs and the ratios to ``raw``. Never run by the test suite (pytest ignores tests/bench).
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import create_engine, func, insert, select, text  # noqa: E402

from desk import Desk, demo  # noqa: E402
from desk.tickets.queries import Viewer, search_filter  # noqa: E402
from models import Ticket, TicketCounter  # noqa: E402
from models.textsearch import FTS_TABLE, TRGM_INDEX  # noqa: E402

SEED = 2026
PASSWORD = "bench-pass-1"
BENCH_DIR = Path("/work/benchdb")
PG_ADMIN = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"

DISTRICTS = ["朝阳", "海淀", "丰台", "东城", "西城", "通州", "昌平", "大兴"]
STREETS = ["幸福路", "建设路", "和平里", "光明街", "文化路", "新源街", "樱花西街", "花园村", "安贞里", "劲松南路",
           "望京西园", "团结湖北路", "双井东街", "潘家园路", "十里堡", "八里庄", "甜水园街", "石佛营", "酒仙桥路",
           "将台路", "麦子店街", "亮马桥路", "三里屯北街", "左家庄", "芍药居", "惠新西街", "育慧里", "小关北里",
           "大屯路", "北苑家园", "来广营", "孙河乡", "崔各庄", "金盏路", "管庄路", "常营南街", "高碑店",
           "垡头西里", "南磨房", "小红门路"]
PROBLEMS = ["占道经营", "井盖缺失", "路灯不亮", "垃圾堆放", "噪声扰民", "违章建筑", "道路积水", "外墙脱落", "油烟扰民",
            "共享单车乱停", "下水道堵塞", "树木倒伏", "施工扰民", "楼道堆物", "电梯故障", "停车难", "暖气不热",
            "小广告", "废品收购站", "飞线充电", "渣土车遗撒", "绿地被占", "流浪犬", "屋顶漏雨"]
DETAILS = ["居民反映已持续一周，影响出行。", "夜间尤为严重，老人孩子无法休息。", "多次反映未果，要求尽快处理。",
           "存在安全隐患，请相关部门核实。", "附近商户较多，早晚高峰拥堵。", "雨天更加明显，路面湿滑。",
           "物业称不归其管理，请街道协调。", "希望尽快派人到现场查看。"]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎"


def phone(rng: random.Random) -> str:
    if rng.random() < 0.1:
        return f"010-{rng.randrange(6000_0000, 8999_9999)}"
    return f"1{rng.choice('3456789')}{rng.randrange(10**9):09d}"


def ticket_rows(n: int, clerk_id: int, cat_id: int, year: int):
    rng = random.Random(SEED)
    now = datetime.now(timezone.utc)
    for i in range(1, n + 1):
        created = now - timedelta(minutes=(n - i) * 3 * 365 * 24 * 60 // n, seconds=rng.randrange(600))
        street, problem = rng.choice(STREETS), rng.choice(PROBLEMS)
        district = rng.choice(DISTRICTS)
        tel = phone(rng)
        digits = "".join(c for c in tel if c.isdigit())
        hotline = rng.random() < 0.6
        yield dict(
            id=i, number=f"{year}-{i:06d}", year=year, seq=i, title=f"{street}{problem}",
            description=f"{district}区{street}{rng.randrange(1, 300)}号附近{problem}。{rng.choice(DETAILS)}",
            category_id=cat_id, urgency="routine", address=f"{district}区{street} {rng.randrange(1, 300)} 号",
            community=f"{street[:2]}社区", source="12345" if hotline else "phone",
            hotline_number=f"{created:%Y%m%d}{i:06d}" if hotline else None,
            reporter_name=rng.choice(SURNAMES) + rng.choice(["先生", "女士"]), reporter_phone=tel,
            phone_digits=digits, phone_last4=digits[-4:], confidential=rng.random() < 0.02,
            state="new", round=1, created_at=created, created_by_id=clerk_id, updated_at=created,
            updated_by_id=clerk_id, version=1)


def build(desk: Desk, n: int) -> None:
    desk.add_department("城管执法队")
    cat = desk.add_category("市容环境", "城管执法队")
    clerk = desk.add_user("bench.clerk", PASSWORD, "clerk", display_name="基准受理员")
    year = datetime.now(timezone.utc).year
    pg = desk.backend == "postgresql"
    started = time.perf_counter()
    with desk.engine.begin() as conn:
        if pg:  # fill the index once, after the rows
            conn.execute(text(f"DROP INDEX IF EXISTS {TRGM_INDEX}"))
        # SQLite: the FTS5 index filled in one statement after the rows, as the demo loads (row by row, its
        # trigger took over 40 minutes for a million tickets)
        triggers = demo._drop_insert_triggers(conn)
        batch = []
        for row in ticket_rows(n, clerk.id, cat.id, year):
            batch.append(row)
            if len(batch) == 10_000:
                conn.execute(insert(Ticket.__table__), batch)
                batch = []
        if batch:
            conn.execute(insert(Ticket.__table__), batch)
        conn.execute(insert(TicketCounter.__table__), [dict(year=year, last_seq=n)])
        demo._restore_insert_triggers(conn, triggers, 1)
        if pg:
            conn.execute(text("SET maintenance_work_mem = '512MB'"))
            ops = ", ".join(f"{c} gin_trgm_ops" for c in ("title", "address", "description", "community", "number",
                                                          "hotline_number", "reporter_name"))
            conn.execute(text(f"CREATE INDEX {TRGM_INDEX} ON ticket USING gin ({ops})"))
    with desk.engine.connect() as conn:
        conn.execute(text("ANALYZE"))
        conn.commit()
    print(f"  built {n:,} tickets in {time.perf_counter() - started:.0f} s")


def open_bench(backend: str, n: int, fresh: bool) -> Desk:
    if backend == "sqlite":
        path = BENCH_DIR / f"search-{n}.db"
        if fresh:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        url = f"sqlite:///{path}"
    else:
        name = f"search_bench_{n}"
        admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            exists = conn.scalar(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name})
            if exists and fresh:
                conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
                exists = False
            if not exists:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
        admin.dispose()
        url = f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    desk = Desk.open(url)
    if desk.ticket_count() != n:
        if desk.ticket_count():
            raise SystemExit(f"{url} holds {desk.ticket_count():,} tickets, not {n:,}: use --fresh")
        print(f"building {url}")
        build(desk, n)
    return desk


def index_size(desk: Desk) -> str:
    with desk.engine.connect() as conn:
        if desk.backend == "sqlite":
            pages = conn.scalar(text("SELECT sum(pgsize) FROM dbstat WHERE name LIKE :p"), {"p": f"{FTS_TABLE}%"})
            total = conn.scalar(text("SELECT page_count * page_size FROM pragma_page_count, pragma_page_size"))
        else:
            pages = conn.scalar(text(f"SELECT pg_relation_size('{TRGM_INDEX}')"))
            total = conn.scalar(text("SELECT pg_database_size(current_database())"))
    return f"substring index {pages / 2**20:,.0f} MiB of {total / 2**20:,.0f} MiB"


def raw_sql(backend: str, kind: str) -> tuple[str, str]:
    """The hand-written page and count for a query of ``kind`` (parameter :q, :lo/:hi for ranges)."""
    cols = "id, number, title, address, state, created_at"
    order = "ORDER BY created_at DESC, id DESC LIMIT 50"
    if kind == "phone":
        where = "phone_digits BETWEEN :lo AND :hi"
    elif kind == "last4":
        where = "phone_last4 = :q"
    elif kind == "number":
        where = "number = :q"
    elif kind == "short":
        where = " OR ".join(f"{c} LIKE :q" for c in ("title", "address", "description"))
    elif backend == "sqlite":
        where = f"id IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :q)"
    else:
        where = " OR ".join(f"{c} ILIKE :q" for c in ("title", "address", "description"))
    return f"SELECT {cols} FROM ticket WHERE {where} {order}", f"SELECT count(*) FROM ticket WHERE {where}"


def raw_params(backend: str, kind: str, q: str) -> dict:
    if kind == "phone":
        return {"lo": q, "hi": q + "9" * (32 - len(q))}
    if kind in ("short",) or (kind == "text" and backend != "sqlite"):
        return {"q": f"%{q}%"}
    if kind == "text":
        return {"q": f'"{q}"'}
    return {"q": q}


def queries(desk: Desk, n: int) -> list[tuple[str, str, str]]:
    """(label, kind, text): a phone and a ticket of the middle of the table, and substrings."""
    with desk.engine.connect() as conn:
        number, tel = conn.execute(select(Ticket.number, Ticket.reporter_phone).where(Ticket.id == n // 2)).one()
    return [
        ("phone, full", "phone", tel), ("phone, last 4", "last4", tel[-4:]), ("ticket number", "number", number),
        ("2 chars 井盖", "short", "井盖"), ("3+ chars 樱花西街", "text", "樱花西街"),
        ("3+ chars 飞线充电", "text", "飞线充电"), ("3+ chars 甜水园街 12", "text", "甜水园街 12"),
    ]


def run(backend: str, n: int, repeat: int, fresh: bool) -> None:
    desk = open_bench(backend, n, fresh)
    print(f"\n== {backend}, {n:,} tickets ({index_size(desk)})")
    clerk = desk.login("bench.clerk", PASSWORD)
    viewer = Viewer(clerk.info.id, "clerk", None)
    print(f"{'query':24} {'matches':>8} {'facade':>9} {'page':>9} {'filter':>9} {'raw':>9} {'facade/raw':>10} "
          f"{'filter/raw':>10}")
    for label, kind, q in queries(desk, n):
        page_sql, count_sql = raw_sql(backend, kind)
        params = raw_params(backend, kind, "".join(c for c in q if c.isdigit()) if kind == "phone" else q)
        cond = search_filter(q, viewer)
        filt_page = select(Ticket.id).where(cond).order_by(Ticket.created_at.desc(), Ticket.id.desc()).limit(50)
        filt_count = select(func.count()).select_from(Ticket).where(cond)

        def facade():
            return clerk.list_queue("all", search=q, limit=50).total

        def page():
            return len(clerk.list_queue("all", search=q, limit=50, with_total=False).rows)

        def filtered():
            with desk.engine.connect() as conn:
                conn.execute(filt_page).all()
                return conn.scalar(filt_count)

        def raw():
            with desk.engine.connect() as conn:
                conn.execute(text(page_sql), params).all()
                return conn.scalar(text(count_sql), params)

        fns = {"facade": facade, "page": page, "filter": filtered, "raw": raw}
        counts = {k: f() for k, f in fns.items()}  # warm-up, and the answers
        times: dict[str, list[float]] = {k: [] for k in fns}
        for i in range(repeat):
            for k in (list(fns) if i % 2 == 0 else list(reversed(fns))):
                t0 = time.perf_counter()
                fns[k]()
                times[k].append((time.perf_counter() - t0) * 1000)
        med = {k: statistics.median(v) for k, v in times.items()}
        note = "" if counts["facade"] == counts["raw"] else f"  (raw finds {counts['raw']}: other columns too)"
        print(f"{label:24} {counts['facade']:>8,} {med['facade']:>7.1f}ms {med['page']:>7.1f}ms {med['filter']:>7.1f}ms "
              f"{med['raw']:>7.1f}ms "
              f"{med['facade'] / med['raw']:>9.1f}x {med['filter'] / med['raw']:>9.1f}x{note}")
    desk.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--tickets", type=int, nargs="+", default=[100_000, 1_000_000])
    ap.add_argument("--backend", choices=("sqlite", "postgres", "both"), default="both")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--fresh", action="store_true")
    args = ap.parse_args(argv)
    backends = ("sqlite", "postgres") if args.backend == "both" else (args.backend,)
    for n in args.tickets:
        for backend in backends:
            run(backend, n, args.repeat, args.fresh)
    return 0


if __name__ == "__main__":
    sys.exit(main())
