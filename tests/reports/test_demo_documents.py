"""A week of the demo office, end to end: the figures find the departments that work worse, the 通报 fits on four
pages, each department's slip on two, and the workbook holds every list in full."""
from __future__ import annotations

import re

import pytest
from python_calamine import CalamineWorkbook

from desk import Desk, demo
from desk.geo.paper import period_map
from desk.stats import period_report
from reports import render_bulletin_pdf, render_department_slips_pdf, write_workbook
from sample import pdf_pages, save_pngs

WEEK = "2026-W47"  # the last complete week of the demo at the test clock (Monday 2026-11-23 10:00)
GOOD, POOR = {"交通支队", "供电公司"}, {"住建委", "园林绿化队"}  # desk.demo.PROFILES


@pytest.fixture
def demo_desk(sqlite_url, clock):
    """The embedded database only: the documents do not depend on the database (the figures are tested on both)."""
    desk = Desk.open(sqlite_url, clock=clock)
    demo.generate(desk, tickets=2500, seed=5)
    yield desk
    desk.close()


def test_a_demo_week_is_ranked_by_real_differences_and_fits_on_paper(demo_desk, tmp_path, artifacts):
    r = period_report(demo_desk, week=WEEK, place=period_map)  # as the façade's verb and the CLI: with its map

    # 响应率 differs between departments, and the ranking finds the ones that work worse
    rates = {d.name: d.window.response.value for d in r.departments if d.window.response.whole >= 30}
    assert max(rates.values()) - min(rates.values()) > 0.15
    order = list(r.ranking)
    ranked_good = [order.index(n) for n in GOOD if n in order]
    ranked_poor = [order.index(n) for n in POOR if n in order]
    assert ranked_good and ranked_poor and max(ranked_good) < min(ranked_poor)
    assert r.separated and set(r.black) <= POOR and r.black  # only poor departments, with reasons
    assert all(r.department(n).reasons for n in r.black)
    assert not set(r.red) & POOR

    bulletin, slips, book = tmp_path / "通报.pdf", tmp_path / "部门工作单.pdf", tmp_path / "附表.xlsx"
    render_bulletin_pdf(r, bulletin)
    render_department_slips_pdf(r, slips)
    write_workbook(r, book)

    pages = pdf_pages(bulletin)
    assert r.map is not None and 2 <= len(pages) <= 4
    slip_pages = pdf_pages(slips)
    # page numbers restart with each slip: "— 1 —", "— 2 —", "— 1 —" …
    numbers = [int(m.group(1)) for text in slip_pages for m in [re.search(r"—\s*(\d+)\s*—\s*$", text.strip())] if m]
    assert len(numbers) == len(slip_pages) and numbers.count(1) == len(r.departments) and max(numbers) <= 2
    save_pngs(bulletin, artifacts / "reports", "demo-bulletin")
    save_pngs(slips, artifacts / "reports", "demo-slips", first=1, last=4)

    wb = CalamineWorkbook.from_path(str(book))
    overdue = wb.get_sheet_by_name("超期清单").to_python()
    assert len(overdue) - 1 == len(r.overdue) > 0  # every overdue dispatch, not only the printed ones
    assert {row[0] for row in overdue[1:]} == {x.ticket_number for x in r.overdue}
    notices = wb.get_sheet_by_name("通报清单").to_python()
    assert len(notices) - 1 == len(r.notifications)
