"""Benchmark: import, re-import and export of a 1,110-node standards library (10 大类 × 10 小类 × 10 细类).

Run: ``/work/main/.venv/bin/python tests/bench/bench_standards.py URL`` on an EMPTY database (a SQLite file that
does not exist yet, or an empty PostgreSQL database). Not collected by pytest (``tests/bench`` is ignored).
Prints the seconds of each step and how long ``category_tree`` and ``standard_for`` take afterwards.
"""
from __future__ import annotations

import io
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import xlsxwriter  # noqa: E402

from conftest import PASSWORD, T0, seed  # noqa: E402
from desk import Desk, FakeClock  # noqa: E402
from desk.standards.library import HEADERS  # noqa: E402


def library() -> bytes:
    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf, {"in_memory": True})
    ws = wb.add_worksheet()
    ws.write_row(0, 0, HEADERS)
    r = 0
    for i in range(10):
        r += 1
        ws.write_row(r, 0, [f"大类{i}", "", "", "住建委", "交通支队", "立案条件" * 5, "结案条件" * 5])
        for j in range(10):
            r += 1
            ws.write_row(r, 0, [f"大类{i}", f"小类{i}-{j}", "", ""])
            for k in range(10):
                r += 1
                ws.write_row(r, 0, [f"大类{i}", f"小类{i}-{j}", f"细类{i}-{j}-{k}", "水务所", "城管执法队", "", "",
                                    "", "", "", "", "", "", "1wd", "2wd", "4wd"])
    wb.close()
    return buf.getvalue()


def main() -> None:
    url = sys.argv[1]
    d = Desk.open(url, clock=FakeClock(T0))
    try:
        seed(d)
        admin = d.login("admin", PASSWORD)
        data = library()
        t = time.perf_counter()
        first = admin.import_standards(data)
        t_import = time.perf_counter() - t
        t = time.perf_counter()
        again = admin.import_standards(data)
        t_again = time.perf_counter() - t
        t = time.perf_counter()
        admin.export_standards()
        t_export = time.perf_counter() - t
        t = time.perf_counter()
        admin.category_tree()
        t_tree = time.perf_counter() - t
        t = time.perf_counter()
        admin.standard_for("细类5-5-5")
        t_std = time.perf_counter() - t
        print(f"{d.backend}: rows={first.rows} created={first.created} import={t_import:.2f}s "
              f"re-import(unchanged={again.unchanged})={t_again:.2f}s export={t_export:.2f}s "
              f"category_tree={t_tree * 1000:.0f}ms standard_for={t_std * 1000:.1f}ms")
    finally:
        d.close()


if __name__ == "__main__":
    main()
