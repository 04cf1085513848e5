"""一张图 in the 通报 (issue 17): with 社区 boundaries imported, the period report carries the boundaries and each 社区's
tickets of the period (the map page's count, recounted here from the raw ticket rows), and the 通报 prints a small
map shaded by them beside its legend, note and definition; without boundaries there is no map and no error. The
demo week, with its map, still fits four pages (the PDF is rendered to PNG and a pixel inside a 社区 sampled)."""
from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
from collections import Counter
from datetime import datetime, timedelta, timezone

import pytest
from PIL import Image

from desk import Desk, demo
from desk.geo import shading
from desk.geo.demo import STREET, map_dir
from desk.geo.paper import period_map
from desk.stats import period_report
from desk.stats.definitions import MAP_TERM
from reports import BULLETIN_MAX_PAGES, render_bulletin_pdf
from reports.mapdraw import short_name
from sample import pdf_pages, save_pngs

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
WEEK = "2026-W47"  # the demo's last complete week at the test clock (as tests/reports/test_demo_documents.py)
FIGURE = "各社区受理工单数"


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def recount(desk: Desk, report, mapped: set[str]) -> tuple[dict[str, int], int]:
    """Tickets received in the report's period per 社区 with a boundary, from the raw rows: a merged repeat (one
    with a parent) is not counted (its parent is); and how many name a 社区 without one."""
    with desk.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT community, created_at, parent_id FROM ticket").all()

    def aware(t):  # SQLite gives text (UTC), PostgreSQL an aware instant
        t = datetime.fromisoformat(t) if isinstance(t, str) else t
        return t if t.tzinfo is not None else t.replace(tzinfo=timezone.utc)

    counts = Counter(c for c, at, parent in rows if parent is None and report.start <= aware(at) < report.end)
    return ({name: counts.get(name, 0) for name in mapped},
            sum(n for name, n in counts.items() if name not in mapped))


def colour_above(pdf, page: int, word: str, dpi: int = 150) -> str:
    """The commonest colour in a small box just above ``word`` (a map label) on ``page``, as #rrggbb."""
    out = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"], check=True,
                         capture_output=True, text=True).stdout
    found = [tuple(float(v) for v in m.groups()) for m in re.finditer(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">' + re.escape(word) + "</word>", out)]
    assert len(found) == 1, (word, found)
    x0, y0, x1, _ = found[0]
    png = pdf.with_suffix("")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-f", str(page), "-l", str(page), "-singlefile", str(pdf),
                    str(png)], check=True)
    image = Image.open(f"{png}.png").convert("RGB")
    k = dpi / 72
    cx, cy = (x0 + x1) / 2 * k, (y0 - 2.5) * k  # 2.5 pt above the name: inside its 社区
    box = [image.getpixel((int(cx) + dx, int(cy) + dy)) for dx in range(-2, 3) for dy in range(-1, 2)]
    r, g, b = Counter(box).most_common(1)[0][0]
    return f"#{r:02x}{g:02x}{b:02x}"


# -- the demo week ---------------------------------------------------------------------------------------------------
@pytest.fixture
def demo_desk(sqlite_url, clock):
    desk = Desk.open(sqlite_url, clock=clock)
    demo.generate(desk, tickets=2500, seed=5)  # imports the invented street's boundaries (desk.geo.demo)
    yield desk
    desk.close()


def test_the_demo_week_carries_its_map_and_stays_four_pages(demo_desk, tmp_path, artifacts):
    r = period_report(demo_desk, week=WEEK, place=period_map)
    assert r.map is not None
    counts = {x.community: x.count for x in r.map.summary.rows}
    expected, elsewhere = recount(demo_desk, r, set(counts))
    assert counts == expected and len(counts) == 15 and sum(counts.values()) > 200
    assert r.map.summary.elsewhere == elsewhere == 0 and r.map.summary.total == r.office.received
    # the same count as the report's own per-社区 受理
    assert counts == {g.name: g.received for g in r.office.communities}
    assert [d.term for d in r.definitions].count(MAP_TERM) == 1
    data = json.loads(r.to_json())
    assert {x["community"]: x["count"] for x in data["map"]["summary"]["rows"]} == counts
    assert "parts" not in json.dumps(data["map"])  # the figures, not the geometry

    pdf = tmp_path / "通报.pdf"
    assert render_bulletin_pdf(r, pdf) == BULLETIN_MAX_PAGES == 4
    pages = pdf_pages(pdf)
    assert len(pages) == 4
    save_pngs(pdf, artifacts / "reports", "demo-bulletin-map")
    text = flat("".join(pages))
    assert f"图：本周{FIGURE}" in text and "各社区均有边界，无未绘出的工单。" in text
    assert f"{MAP_TERM}：各社区统计期内受理的工单数" in text
    assert text.count(f"{MAP_TERM}：") == 1  # beside the map, not again in the 附
    page = next(i for i, p in enumerate(pages, start=1) if FIGURE in flat(p))

    # a pixel inside the busiest and the quietest 社区 has its class's colour (the map page's classes)
    breaks = shading.count_breaks(counts.values())
    busiest, quietest = max(counts, key=counts.get), min(counts, key=counts.get)
    assert shading.count_class(counts[busiest], breaks) == 5 and shading.count_class(counts[quietest], breaks) == 1
    for name in (busiest, quietest):
        colour = shading.COUNT_RAMP[shading.count_class(counts[name], breaks)]
        assert colour_above(pdf, page, short_name(name)) == colour, name
    # the legend's classes: 无, then the five bands of this week's counts
    legend = [shading.class_text(lo, hi) for _, lo, hi in shading.count_classes(breaks)]
    assert "无" + "".join(legend) in text

    # the demo's other weeks and its last month fit too, with their maps
    for period in ({"week": "2026-W44"}, {"week": "2026-W45"}, {"week": "2026-W46"}, {"month": "2026-10"}):
        other = period_report(demo_desk, place=period_map, **period)
        assert other.map is not None and render_bulletin_pdf(other, io.BytesIO()) <= BULLETIN_MAX_PAGES, period


# -- the world: both databases ------------------------------------------------------------------------------------
def test_the_map_counts_the_period_and_is_left_out_without_boundaries(world, tmp_path):
    sup, clerk = world.supervisor, world.clerk
    a = world.new_ticket(community="幸福社区").number
    b = world.new_ticket(community="幸福社区").number
    world.new_ticket(community="光明社区")
    world.new_ticket(community="文化社区")  # no boundary in the demo street: counted, not drawn
    world.new_ticket(community="长安社区")
    clerk.merge_repeat(b, into=a)  # a repeat: counted once, as its parent
    week = "2026-W48"  # the clock's week (Monday 10:00)

    # no boundaries: no map, no error, nothing printed for it
    r = sup.period_report(week=week)
    assert r.map is None and MAP_TERM not in {d.term for d in r.definitions}
    pdf = tmp_path / "none.pdf"
    assert render_bulletin_pdf(r, pdf) <= BULLETIN_MAX_PAGES
    assert FIGURE not in flat("".join(pdf_pages(pdf)))

    world.admin.import_map_layer(str(map_dir() / STREET), name_property="名称")
    world.clock.advance(timedelta(days=7))
    world.new_ticket(community="幸福社区")  # the next week: not in this one
    r = sup.period_report(week=week)
    counts = {x.community: x.count for x in r.map.summary.rows}
    assert set(counts) == {"幸福社区", "和平里社区", "光明社区", "建设社区"}  # the world's 社区 in the demo street
    expected, elsewhere = recount(world.desk, r, set(counts))
    assert counts == expected == {"幸福社区": 1, "和平里社区": 0, "光明社区": 1, "建设社区": 0}
    assert r.map.summary.elsewhere == elsewhere == 2
    assert period_report(world.desk, week=week).map is None  # only where a composition root hands the place in

    pdf = tmp_path / "map.pdf"
    render_bulletin_pdf(r, pdf)
    pages = pdf_pages(pdf)
    text = flat("".join(pages))
    assert f"图：本周{FIGURE}" in text and "所填社区未导入边界的2件工单未绘出。" in text
    assert "无1" in text  # the legend: 无 for 0, one class for the single count
    page = next(i for i, p in enumerate(pages, start=1) if FIGURE in flat(p))
    assert colour_above(pdf, page, "和平里") == shading.COUNT_RAMP[0]
    assert colour_above(pdf, page, "幸福") == shading.COUNT_RAMP[shading.count_class(1, shading.count_breaks([1, 1]))]


# -- the drawing itself ----------------------------------------------------------------------------------------------
def test_the_drawing_shades_by_class_and_labels_only_where_a_label_fits():
    from reportlab.graphics.shapes import Polygon, String
    from reportlab.lib import colors

    from desk.geo.dto import Boundary, CommunityFigures, MapLayers, MapPicture, MapQuery, MapSummary
    from desk.stats.data import Ratio
    from reports.fonts import find_font_set
    from reports.mapdraw import UNMATCHED, tickets_map

    def square(x, y, s):
        return (((x, y), (x + s, y), (x + s, y + s), (x, y + s), (x, y)),)

    big = {"幸福社区": (116.40, 39.90, 0, 0.01), "光明社区": (116.41, 39.90, 9, 0.01),
           "小社区": (116.42, 39.90, 3, 0.0004)}  # too narrow for its name on a small map
    bounds = [Boundary(n, n, (square(x, y, s),), (x, y, x + s, y + s)) for n, (x, y, _, s) in big.items()]
    bounds.append(Boundary("无名村", None, (square(116.40, 39.91, 0.01),), (116.40, 39.91, 116.41, 39.92)))
    rows = tuple(CommunityFigures(n, c, 0, Ratio.of(0, 0), Ratio.of(0, 0)) for n, (_, _, c, _) in big.items())
    picture = MapPicture(MapLayers(tuple(bounds), (), (116.40, 39.90, 116.43, 39.92)),
                         MapSummary(MapQuery(), None, rows, 0, 12), None, ())
    d = tickets_map(picture, 150, 100, font=find_font_set(None).body)
    assert d.width <= 150 and d.height <= 100
    shapes = d.contents[0].contents
    fills = [s.fillColor.hexval() for s in shapes if isinstance(s, Polygon)]
    breaks = shading.count_breaks([0, 9, 3])
    assert fills == [colors.HexColor(shading.COUNT_RAMP[shading.count_class(c, breaks)]).hexval()
                     for _, _, c, _ in big.values()] + [UNMATCHED.hexval()]
    texts = [s.text for s in shapes if isinstance(s, String)]
    assert {"幸福", "0", "光明", "9"} <= set(texts) and "小社区" not in texts and "无名村" not in texts
