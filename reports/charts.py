"""Charts of the weekly report (reportlab.graphics), all labelled in the CJK font."""
from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

RED = colors.HexColor("#c0392b")
BLACK = colors.HexColor("#2b2b2b")
BLUE = colors.HexColor("#2e6da4")
SERIES = [colors.HexColor("#2e6da4"), colors.HexColor("#e08e0b"), colors.HexColor("#4a9c59")]
GRID = colors.HexColor("#d0d0d0")


def _title(d: Drawing, text: str, font: str, width: float, height: float) -> None:
    d.initialFontName = font  # the renderer's starting font: no unembedded Helvetica in the PDF
    d.add(String(width / 2, height - 12, text, fontName=font, fontSize=10, textAnchor="middle"))


def _nice_max(value: float) -> float:
    if value <= 5:
        return 5
    for step in (10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000, 20000, 50000):
        if value <= step * 5:
            return step * (int(value / step) + 1)
    return value * 1.2


def composite_bars(names: Sequence[str], values: Sequence[float], marks: Sequence[str | None], *, font: str,
                   width: float, title: str) -> Drawing:
    """Horizontal bars of the composite score (%) per ranked department, best at the top."""
    n = len(names)
    bar_h = 16
    height = 40 + n * bar_h + 24
    d = Drawing(width, height)
    _title(d, title, font, width, height)
    c = HorizontalBarChart()
    c.x, c.y = 80, 28
    c.width, c.height = width - 130, n * bar_h
    # The first category is drawn at the bottom: reverse so that rank 1 is on top.
    c.data = [[v * 100 for v in reversed(values)]]
    c.categoryAxis.categoryNames = list(reversed(names))
    c.categoryAxis.labels.fontName = font
    c.categoryAxis.labels.fontSize = 8
    c.categoryAxis.labels.dx = -4
    c.categoryAxis.labels.boxAnchor = "e"
    c.valueAxis.valueMin, c.valueAxis.valueMax, c.valueAxis.valueStep = 0, 100, 20
    c.valueAxis.labels.fontName = font
    c.valueAxis.labels.fontSize = 7
    c.valueAxis.labelTextFormat = "%d%%"
    c.valueAxis.visibleGrid = True
    c.valueAxis.gridStrokeColor = GRID
    c.barLabelFormat = "%.1f%%"
    c.barLabels.fontName = font
    c.barLabels.fontSize = 7
    c.barLabels.boxAnchor = "w"
    c.barLabels.dx = 3
    c.bars[0].fillColor = BLUE
    c.bars[0].strokeColor = None
    for i, mark in enumerate(reversed(marks)):
        c.bars[(0, i)].fillColor = RED if mark == "red" else BLACK if mark == "black" else BLUE
    c.barWidth = bar_h * 0.6
    d.add(c)
    legend = Legend()
    legend.x, legend.y = 80, 12
    legend.fontName = font
    legend.fontSize = 7
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 60
    legend.colorNamePairs = [(RED, "红榜"), (BLACK, "黑榜"), (BLUE, "其他")]
    d.add(legend)
    return d


def grouped_bars(categories: Sequence[str], series: Sequence[Sequence[float | None]], series_names: Sequence[str], *,
                 font: str, width: float, title: str, percent: bool = True, height: float = 220) -> Drawing:
    """Vertical grouped bars, one group per category (department), one bar per series."""
    d = Drawing(width, height)
    _title(d, title, font, width, height)
    c = VerticalBarChart()
    c.x, c.y = 36, 62
    c.width, c.height = width - 50, height - 62 - 40
    c.data = [[(v * 100 if percent else v) if v is not None else None for v in s] for s in series]
    c.categoryAxis.categoryNames = list(categories)
    c.categoryAxis.labels.fontName = font
    c.categoryAxis.labels.fontSize = 7
    c.categoryAxis.labels.angle = 35
    c.categoryAxis.labels.boxAnchor = "ne"
    c.categoryAxis.labels.dy = -2
    if percent:
        c.valueAxis.valueMin, c.valueAxis.valueMax, c.valueAxis.valueStep = 0, 100, 20
        c.valueAxis.labelTextFormat = "%d%%"
    else:
        top = _nice_max(max((v or 0) for s in series for v in s) if series and series[0] else 0)
        c.valueAxis.valueMin, c.valueAxis.valueMax, c.valueAxis.valueStep = 0, top, top / 5
    c.valueAxis.labels.fontName = font
    c.valueAxis.labels.fontSize = 7
    c.valueAxis.visibleGrid = True
    c.valueAxis.gridStrokeColor = GRID
    for i in range(len(series)):
        c.bars[i].fillColor = SERIES[i % len(SERIES)]
        c.bars[i].strokeColor = None
    c.groupSpacing = 6
    c.barSpacing = 1
    d.add(c)
    legend = Legend()
    legend.x, legend.y = width / 2 - 90, height - 28
    legend.fontName = font
    legend.fontSize = 7
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 65
    legend.colorNamePairs = [(SERIES[i % len(SERIES)], name) for i, name in enumerate(series_names)]
    d.add(legend)
    return d


def trend_lines(weeks: Sequence[str], series: Sequence[Sequence[float]], series_names: Sequence[str], *, font: str,
                width: float, title: str, height: float = 200) -> Drawing:
    """A line chart of counts per week (oldest first)."""
    d = Drawing(width, height)
    _title(d, title, font, width, height)
    c = HorizontalLineChart()
    c.x, c.y = 40, 30
    c.width, c.height = width - 60, height - 30 - 44
    c.data = [list(s) for s in series]
    c.categoryAxis.categoryNames = list(weeks)
    c.categoryAxis.labels.fontName = font
    c.categoryAxis.labels.fontSize = 7
    c.categoryAxis.labels.dy = -2
    top = _nice_max(max((v for s in series for v in s), default=0))
    c.valueAxis.valueMin, c.valueAxis.valueMax, c.valueAxis.valueStep = 0, top, top / 5
    c.valueAxis.labels.fontName = font
    c.valueAxis.labels.fontSize = 7
    c.valueAxis.visibleGrid = True
    c.valueAxis.gridStrokeColor = GRID
    c.joinedLines = 1
    for i in range(len(series)):
        c.lines[i].strokeColor = SERIES[i % len(SERIES)]
        c.lines[i].strokeWidth = 1.6
        c.lines[i].symbol = makeMarker("FilledCircle", size=3.5, fillColor=SERIES[i % len(SERIES)])
    d.add(c)
    legend = Legend()
    legend.x, legend.y = width / 2 - 60, height - 28
    legend.fontName = font
    legend.fontSize = 7
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 70
    legend.colorNamePairs = [(SERIES[i % len(SERIES)], name) for i, name in enumerate(series_names)]
    d.add(legend)
    return d
