"""A small map on paper (issue 17: 一张图 in the printed documents), drawn with ReportLab's graphics from plain data
(:class:`desk.geo.dto.MapPicture`), without a screen and without Qt: the 社区 boundaries, and the projects'
points and lines coloured by stage (the same colours as the map page: desk.labels.PROJECT_STAGE_COLOUR), a red ring
around a project with late milestones (超期节点 at the bulletin's instant, as the map page's red outline).

The projection is the map page's: x = Δlon · cos(lat₀), y = Δlat around the centre of the boundaries' box, scaled to
fit the drawing.
"""
from __future__ import annotations

import math

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, PolyLine, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

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
