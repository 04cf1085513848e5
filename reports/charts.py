"""Charts of the printed reports (reportlab.graphics), drawn by hand so that nothing leaves the drawing.

:func:`interval_bars` draws one horizontal bar per department (a rate or the composite score), its 95%
interval as a whisker, a value label on every bar and the street's value as a dashed reference line.

* The value axis starts near the data (at 80% when the values lie between 85% and 98%) and the note
  under the chart says so ("横轴自 80% 起").
* Department names are wrapped to at most two lines and cut with "…" beyond that; the table beside
  the chart carries the full names.
* Many rows are split into several drawings, each no taller than ``max_height`` (the page frame):
  ReportLab cannot split a drawing, and one taller than the frame raises a LayoutError.
* Every String names its font and each drawing sets ``initialFontName``: no unembedded Helvetica.
"""
from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from reports.style import round1
from reports.text import break_lines

RED_BAR = colors.HexColor("#c0392b")
BLACK_BAR = colors.HexColor("#2b2b2b")
PLAIN_BAR = colors.HexColor("#8da5bf")
GRID = colors.HexColor("#d6d6d6")
INK = colors.black
MUTED = colors.HexColor("#555555")

LABEL_SIZE = 7.5
VALUE_SIZE = 7
TITLE_SIZE = 9.5
NOTE_SIZE = 7
#: Rows of one-line and two-line labels.
ROW_1, ROW_2 = 13.0, 20.0
TITLE_H = 18.0
#: Tick labels, the note and the legend under the plot.
BOTTOM_H = 40.0
VALUE_ROOM = 30.0


def axis_start(values: Iterable[float | None]) -> float:
    """Where a rate axis starts: a multiple of 10% at least 2 points below the smallest value (0 for none)."""
    known = [v for v in values if v is not None]
    if not known:
        return 0.0
    start = math.floor((min(known) * 100 - 2) / 10) * 10
    return max(0, min(start, 90)) / 100


def _tick_step(span: float) -> float:
    return 0.05 if span <= 0.3 + 1e-9 else 0.1 if span <= 0.6 + 1e-9 else 0.2


def _clean(text: str, charset: frozenset[int] | None) -> str:
    if charset is None:
        return text
    return "".join(c if ord(c) in charset or c == " " else "?" for c in text)


def fit_label(text: str, font: str, size: float, width: float, *, lines: int = 2) -> list[str]:
    """``text`` broken into at most ``lines`` lines of ``width`` points, the last cut with "…" if need be."""
    out = break_lines(text, font, size, width)
    if len(out) <= lines:
        return out
    last = "".join(out[lines - 1:])
    while last and stringWidth(last + "…", font, size) > width:
        last = last[:-1]
    return out[:lines - 1] + [last + "…"]


def _percent(v: float) -> str:
    return f"{round1(v * 100)}%"


def _tick_label(v: float) -> str:
    return f"{int(round(v * 100))}%"


def interval_bars(labels: Sequence[str], values: Sequence[float | None], *, font: str, width: float,
                  max_height: float, title: str, lows: Sequence[float | None] | None = None,
                  highs: Sequence[float | None] | None = None, marks: Sequence[str | None] | None = None,
                  reference: float | None = None, reference_label: str = "全街道",
                  charset: frozenset[int] | None = None, label_width: float | None = None) -> list[Drawing]:
    """Horizontal bars of rates in [0, 1], first row on top, split into drawings no taller than ``max_height``.

    ``lows``/``highs`` draw each value's interval as a whisker; ``marks`` ("red", "black", None) colour the
    bars; ``reference`` is drawn as a dashed vertical line (the street's value).
    """
    n = len(labels)
    lows = list(lows) if lows is not None else [None] * n
    highs = list(highs) if highs is not None else [None] * n
    marks = list(marks) if marks is not None else [None] * n
    if label_width is None:
        longest = max((stringWidth(_clean(str(t), charset), font, LABEL_SIZE) for t in labels), default=0.0)
        label_width = min(0.3 * width, 150.0, max(40.0, longest + 2))
    label_w = label_width
    wrapped = [fit_label(_clean(str(t), charset), font, LABEL_SIZE, label_w) for t in labels]
    row_h = ROW_2 if any(len(w) > 1 for w in wrapped) else ROW_1
    start = axis_start(list(values) + list(lows) + ([reference] if reference is not None else []))
    per = max(1, int((max_height - TITLE_H - BOTTOM_H - 6) // row_h))
    parts = max(1, math.ceil(n / per))
    per = max(1, math.ceil(n / parts)) if n else 1
    drawings = []
    for part in range(parts):
        rows = range(part * per, min(n, (part + 1) * per))
        heading = title if part == 0 else f"{title}（续）"
        drawings.append(_draw(heading, [wrapped[i] for i in rows], [values[i] for i in rows],
                              [lows[i] for i in rows], [highs[i] for i in rows], [marks[i] for i in rows],
                              reference=reference, reference_label=reference_label, start=start, font=font,
                              width=width, label_w=label_w, row_h=row_h, charset=charset,
                              legend=any(m for m in marks), whiskers=any(v is not None for v in highs)))
    return drawings


def _draw(title: str, labels: list[list[str]], values: list[float | None], lows: list[float | None],
          highs: list[float | None], marks: list[str | None], *, reference: float | None, reference_label: str,
          start: float, font: str, width: float, label_w: float, row_h: float, charset: frozenset[int] | None,
          legend: bool, whiskers: bool) -> Drawing:
    n = len(labels)
    plot_h = n * row_h + 6
    height = TITLE_H + plot_h + BOTTOM_H
    d = Drawing(width, height)
    d.initialFontName = font  # the renderer's starting font: no unembedded Helvetica in the PDF
    x0, x1 = label_w + 8, width - VALUE_ROOM
    y_bottom = BOTTOM_H
    y_top = y_bottom + plot_h

    def x(v: float) -> float:
        return x0 + (x1 - x0) * (min(1.0, max(start, v)) - start) / (1 - start)

    def text(xx: float, yy: float, s: str, size: float, anchor: str = "start", color=INK) -> None:
        d.add(String(xx, yy, _clean(s, charset), fontName=font, fontSize=size, textAnchor=anchor, fillColor=color))

    text(width / 2, height - TITLE_H + 5, title, TITLE_SIZE, "middle")
    # Grid and ticks.
    step = _tick_step(1 - start)
    ticks = []
    v = start
    while v <= 1 + 1e-9:
        ticks.append(v)
        v = round(v + step, 6)
    for t in ticks:
        d.add(Line(x(t), y_bottom, x(t), y_top, strokeColor=GRID, strokeWidth=0.4))
        text(x(t), y_bottom - 9, _tick_label(t), NOTE_SIZE, "middle", MUTED)
    d.add(Line(x0, y_bottom, x1, y_bottom, strokeColor=MUTED, strokeWidth=0.6))
    d.add(Line(x0, y_bottom, x0, y_top, strokeColor=MUTED, strokeWidth=0.6))
    # Rows.
    bar_h = min(8.0, row_h * 0.5)
    for i in range(n):
        yc = y_top - 3 - (i + 0.5) * row_h
        lines = labels[i]
        lead = LABEL_SIZE + 1.5
        first = yc + (len(lines) - 1) * lead / 2 - LABEL_SIZE * 0.35
        for k, line in enumerate(lines):
            text(label_w, first - k * lead, line, LABEL_SIZE, "end")
        value = values[i]
        if value is None:
            text(x0 + 3, yc - 2.5, "无数据", VALUE_SIZE, "start", MUTED)
            continue
        color = RED_BAR if marks[i] == "red" else BLACK_BAR if marks[i] == "black" else PLAIN_BAR
        d.add(Rect(x0, yc - bar_h / 2, max(0.0, x(value) - x0), bar_h, fillColor=color, strokeColor=None))
        end = x(value)
        lo, hi = lows[i], highs[i]
        if lo is not None and hi is not None:
            g = Group(Line(x(lo), yc, x(hi), yc, strokeColor=INK, strokeWidth=0.6),
                      Line(x(lo), yc - 2.5, x(lo), yc + 2.5, strokeColor=INK, strokeWidth=0.6),
                      Line(x(hi), yc - 2.5, x(hi), yc + 2.5, strokeColor=INK, strokeWidth=0.6))
            d.add(g)
            end = max(end, x(hi))
        text(end + 3, yc - 2.5, _percent(value), VALUE_SIZE)
    if reference is not None:
        d.add(Line(x(reference), y_bottom, x(reference), y_top, strokeColor=RED_BAR, strokeWidth=0.8,
                   strokeDashArray=[3, 2]))
    # Note and legend.
    note = []
    if start > 0:
        note.append(f"横轴自 {_tick_label(start)} 起")
    if whiskers:
        note.append("细横线为 95% 置信区间")
    if reference is not None:
        note.append(f"红色虚线为{reference_label}（{_percent(reference)}）")
    if note:
        line = _clean("；".join(note), charset)
        at = x0 if stringWidth(line, font, NOTE_SIZE) <= width - x0 else 0.0
        text(at, y_bottom - 21, fit_label(line, font, NOTE_SIZE, width - at, lines=1)[0], NOTE_SIZE, "start", MUTED)
    if legend:
        xx = x0 if x0 + 120 <= width else 0.0
        for color, name in ((RED_BAR, "红榜"), (BLACK_BAR, "黑榜"), (PLAIN_BAR, "其他")):
            d.add(Rect(xx, y_bottom - 34, 7, 6, fillColor=color, strokeColor=None))
            text(xx + 9, y_bottom - 33.5, name, NOTE_SIZE, "start", MUTED)
            xx += 9 + stringWidth(name, font, NOTE_SIZE) + 12
    return d


def strings(drawing: Drawing) -> list[String]:
    """Every String of a drawing, groups included (tests check that each lies within the drawing)."""
    out: list[String] = []

    def walk(node) -> None:
        for child in getattr(node, "contents", []):
            if isinstance(child, String):
                out.append(child)
            else:
                walk(child)

    walk(drawing)
    return out
