"""A small map on paper (issue 17: 一张图 in the printed documents), drawn with ReportLab's graphics from plain data
(:class:`desk.geo.dto.MapPicture`), without a screen and without Qt: the 社区 boundaries, and the projects'
points and lines coloured by stage (the same colours as the map page: desk.labels.PROJECT_STAGE_COLOUR) and a red
ring around a project with late milestones (超期节点 at the bulletin's instant, as on the map page) for the
项目进度通报; the 社区 shaded by the period's tickets (the map page's classes: desk.geo.shading) for the 通报.

The projection is the map page's: x = Δlon · cos(lat₀), y = Δlat around the centre of the boundaries' box, scaled to
fit the drawing.
"""
from __future__ import annotations

import math

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, PolyLine, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from desk.geo import shading
from desk.geo.dto import MapPicture
from desk.labels import PROJECT_STAGE, PROJECT_STAGE_COLOUR

FILL = colors.HexColor("#f3f0e8")
EDGE = colors.HexColor("#8a8a8a")
ROAD = colors.HexColor("#c8c8c8")
LABEL = colors.HexColor("#555555")
LEGEND_H = 16.0
#: The ring around a project with late milestones (the map page's LATE_COLOUR).
LATE = colors.HexColor("#d62728")
LATE_NOTE = "红圈：有超期节点的项目"


class _Fit:
    """WGS84 → drawing points, keeping the aspect, within ``width`` × ``height``."""

    def __init__(self, bbox: tuple[float, float, float, float], width: float, height: float) -> None:
        x0, y0, x1, y1 = bbox
        self.lon0, self.lat0 = (x0 + x1) / 2, (y0 + y1) / 2
        self.k = math.cos(math.radians(self.lat0))
        span_x, span_y = max((x1 - x0) * self.k, 1e-9), max(y1 - y0, 1e-9)
        self.scale = min(width / span_x, height / span_y)
        self.cx, self.cy = width / 2, height / 2

    def __call__(self, lon: float, lat: float) -> tuple[float, float]:
        return self.cx + (lon - self.lon0) * self.k * self.scale, self.cy + (lat - self.lat0) * self.scale


def projects_map(picture: MapPicture, width: float, height: float, *, font: str) -> Drawing:
    """The boundaries with each project's number at its place, coloured by stage (ringed in red when it has late
    milestones), and a legend of the stages shown (and of the ring, when one is drawn) below (``height`` includes
    it)."""
    d = Drawing(width, height)
    fit = _Fit(picture.layers.bbox, width, height - LEGEND_H - 4)
    lift = LEGEND_H + 4
    g = Group()
    g.translate(0, lift)
    for road in picture.layers.roads:
        for part in road.parts:
            pts = [c for lon, lat in part for c in fit(lon, lat)]
            g.add(PolyLine(pts, strokeColor=ROAD, strokeWidth=0.6))
    for b in picture.layers.communities:
        for polygon in b.parts:
            outer = polygon[0]
            g.add(Polygon([c for lon, lat in outer for c in fit(lon, lat)], fillColor=FILL, strokeColor=EDGE,
                          strokeWidth=0.5))
        x0, y0, x1, y1 = b.bbox
        cx, cy = fit((x0 + x1) / 2, (y0 + y1) / 2)
        g.add(String(cx, cy, b.name, fontName=font, fontSize=6, fillColor=LABEL, textAnchor="middle"))
    for m in picture.projects:
        colour = colors.HexColor(PROJECT_STAGE_COLOUR.get(m.stage, "#666666"))
        if m.kind == "line" and m.path:
            g.add(PolyLine([c for lon, lat in m.path for c in fit(lon, lat)], strokeColor=colour, strokeWidth=2.2))
        x, y = fit(m.lon, m.lat)
        if m.late:
            g.add(Circle(x, y, 5.6, fillColor=None, strokeColor=LATE, strokeWidth=1.4))
        g.add(Circle(x, y, 3.2, fillColor=colour, strokeColor=colors.white, strokeWidth=0.6))
        g.add(String(x + 4.5, y - 2, m.number[-4:], fontName=font, fontSize=6.5, fillColor=colors.black))
    d.add(g)
    x = 0.0
    for stage in dict.fromkeys(m.stage for m in picture.projects):
        name = PROJECT_STAGE.get(stage, stage)
        d.add(Rect(x, 5, 8, 8, fillColor=colors.HexColor(PROJECT_STAGE_COLOUR.get(stage, "#666666")),
                   strokeColor=None))
        d.add(String(x + 11, 6, name, fontName=font, fontSize=7.5, fillColor=colors.black))
        x += 11 + stringWidth(name, font, 7.5) + 10
    if any(m.late for m in picture.projects):
        d.add(Circle(x + 4, 9, 3.6, fillColor=None, strokeColor=LATE, strokeWidth=1.2))
        d.add(String(x + 11, 6, LATE_NOTE, fontName=font, fontSize=7.5, fillColor=colors.black))
    d.add(String(width, 6, "图中数字为项目编号后四位", fontName=font, fontSize=7, fillColor=LABEL, textAnchor="end"))
    d.add(Line(0, LEGEND_H, width, LEGEND_H, strokeColor=colors.HexColor("#dddddd"), strokeWidth=0.4))
    return d


# -- the 通报's map: the 社区 shaded by the period's tickets (issue 17) ---------------------------------------------------
UNMATCHED = colors.HexColor("#f4f4f4")
DARK_TEXT = colors.HexColor("#222222")


def _ring_centre(ring) -> tuple[float, float, float]:
    """The area centroid of a ring (lon, lat) and its area (degrees², unsigned): where its label goes."""
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(a) < 1e-18:
        xs, ys = [p[0] for p in ring], [p[1] for p in ring]
        return sum(xs) / len(xs), sum(ys) / len(ys), 0.0
    return cx / (3 * a), cy / (3 * a), abs(a) / 2


def short_name(name: str) -> str:
    """A 社区's name on the small map: without the word 社区 (幸福社区 → 幸福)."""
    return name[:-2] if name.endswith("社区") and len(name) > 3 else name


def tickets_map(picture: MapPicture, width: float, height: float, *, font: str) -> Drawing:
    """The 社区 boundaries, each shaded by its count in ``picture.summary`` (desk.geo.shading's classes, as the map
    page), with its name and count; the roads faint. The drawing is as large as the map within ``width`` ×
    ``height`` (the aspect kept), so that what stands beside it gets the rest."""
    layers = picture.layers
    boxes = [b.bbox for b in layers.communities]
    bbox = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
    fit = _Fit(bbox, width, height)
    x0, y0 = fit(bbox[0], bbox[1])
    x1, y1 = fit(bbox[2], bbox[3])
    d = Drawing(x1 - x0, y1 - y0)
    g = Group()
    g.translate(-x0, -y0)
    counts = {r.community: r.count for r in picture.summary.rows}
    breaks = shading.count_breaks(counts.values())
    labels: dict[str, tuple[float, float, float, float]] = {}  # 社区 -> lon, lat, area, drawn width of its largest part
    for b in layers.communities:
        count = counts.get(b.community) if b.community else None
        fill = UNMATCHED if count is None else colors.HexColor(shading.COUNT_RAMP[shading.count_class(count, breaks)])
        for polygon in b.parts:
            outer = polygon[0]
            g.add(Polygon([c for lon, lat in outer for c in fit(lon, lat)], fillColor=fill, strokeColor=EDGE,
                          strokeWidth=0.4))
            if b.community:
                cx, cy, area = _ring_centre(list(outer))
                if area >= labels.get(b.community, (0, 0, -1, 0))[2]:
                    xs = [fit(lon, lat)[0] for lon, lat in outer]
                    labels[b.community] = (cx, cy, area, max(xs) - min(xs))
    for road in layers.roads:
        for part in road.parts:
            g.add(PolyLine([c for lon, lat in part for c in fit(lon, lat)], strokeColor=colors.white,
                           strokeWidth=0.5, strokeOpacity=0.7))
    for name, (lon, lat, _, room) in labels.items():  # a label only where it fits (many small 社区: counts only)
        count = counts.get(name, 0)
        ink = colors.white if shading.count_class(count, breaks) >= 4 else DARK_TEXT
        x, y = fit(lon, lat)
        label = short_name(name)
        if stringWidth(label, font, 5.5) + 2 <= room:
            g.add(String(x, y + 0.8, label, fontName=font, fontSize=5.5, fillColor=ink, textAnchor="middle"))
            y -= 5.8
        else:
            y -= 2.5
        if stringWidth(str(count), font, 6) + 1 <= room:
            g.add(String(x, y, str(count), fontName=font, fontSize=6, fillColor=ink, textAnchor="middle"))
    d.add(g)
    return d


def count_legend(picture: MapPicture, width: float, *, font: str, size: float = 7.5) -> Drawing:
    """The classes of :func:`tickets_map` in a row (wrapped to ``width``): a swatch and its counts, 无 for 0."""
    breaks = shading.count_breaks(r.count for r in picture.summary.rows)
    items = [(shading.COUNT_RAMP[0], "无")] + [(shading.COUNT_RAMP[k], shading.class_text(lo, hi))
                                              for k, lo, hi in shading.count_classes(breaks)]
    row_h = size + 5
    placed, x, row = [], 0.0, 0
    for colour, text in items:
        w = 9 + 3 + stringWidth(text, font, size) + 8
        if x and x + w > width:
            x, row = 0.0, row + 1
        placed.append((x, row, colour, text))
        x += w
    rows = row + 1
    d = Drawing(width, rows * row_h)
    for x, row, colour, text in placed:
        y = (rows - 1 - row) * row_h + 2
        d.add(Rect(x, y, 9, size, fillColor=colors.HexColor(colour), strokeColor=EDGE, strokeWidth=0.3))
        d.add(String(x + 12, y + 1, text, fontName=font, fontSize=size, fillColor=colors.black))
    return d
