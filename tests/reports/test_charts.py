"""The charts: nothing leaves a drawing, no drawing is taller than the page frame, every bar says its value,
and an axis that does not start at zero says so."""
from __future__ import annotations

import re

import pytest
from reportlab.graphics.shapes import Drawing

from reports import charts
from reports.fonts import find_cjk_font, register
from reports.style import DOC_H, DOC_W
from sample import sample_report


@pytest.fixture(scope="module")
def font() -> str:
    return register(find_cjk_font(None))


def composite_drawings(report, font: str) -> list[Drawing]:
    ranked = [report.department(n) for n in report.ranking]
    return charts.interval_bars(
        [d.name for d in ranked], [d.window.composite for d in ranked], font=font, width=DOC_W, max_height=DOC_H - 12,
        title="各部门综合得分（近 4 周，按名次）", lows=[d.window.composite_low for d in ranked],
        highs=[d.window.composite_high for d in ranked], marks=[d.mark for d in ranked],
        reference=report.office.window.composite, reference_label="全街道综合得分")


def assert_inside(d: Drawing) -> None:
    for s in charts.strings(d):
        x0, y0, x1, y1 = s.getBounds()
        assert x0 >= -0.01 and x1 <= d.width + 0.01, (s.text, x0, x1, d.width)
        assert y0 >= -0.01 and y1 <= d.height + 0.01, (s.text, y0, y1, d.height)


def test_sixty_long_names_split_into_drawings_that_fit(font):
    report = sample_report(departments=60, long_names=True, overdue=1000)
    assert len(report.ranking) == 60 and all(len(n) >= 30 for n in report.ranking)
    drawings = composite_drawings(report, font)
    assert len(drawings) >= 2  # one drawing of 60 rows would be taller than the frame (LayoutError)
    labels = []
    for d in drawings:
        assert d.height <= DOC_H and d.width <= DOC_W
        assert d.initialFontName == font
        assert_inside(d)
        assert all(s.fontName == font for s in charts.strings(d))
        labels += [s for s in charts.strings(d) if s.textAnchor == "end"]
    # Every bar has a value label; every department a name of at most two lines.
    values = [s for d in drawings for s in charts.strings(d) if re.fullmatch(r"\d+\.\d%", s.text)]
    assert len(values) == 60
    assert len(labels) <= 120
    assert "（续）" in charts.strings(drawings[1])[0].text


def test_names_too_long_for_two_lines_end_with_an_ellipsis(font):
    name = "朝阳区市场监督管理局太阳宫市场监督管理所第01综合执法分队（试点）城市管理综合行政执法监察大队联络组"
    drawings = charts.interval_bars([name, "住建委"], [0.9, 0.85], font=font, width=300, max_height=400,
                                    title="综合得分")
    (d,) = drawings
    assert_inside(d)
    lines = [s.text for s in charts.strings(d) if s.textAnchor == "end"]
    assert len(lines) == 3 and lines[1].endswith("…") and lines[2] == "住建委"
    assert "".join(lines[:2]).rstrip("…") in name


def test_axis_starts_near_the_data_and_says_so(font):
    assert charts.axis_start([0.85, 0.91, 0.98]) == pytest.approx(0.8)
    assert charts.axis_start([0.80]) == pytest.approx(0.7)
    assert charts.axis_start([0.05, 0.9]) == 0.0
    assert charts.axis_start([None]) == 0.0
    (d,) = charts.interval_bars(["甲", "乙", "丙"], [0.85, 0.91, 0.98], font=font, width=DOC_W, max_height=300,
                                title="响应率")
    texts = [s.text for s in charts.strings(d)]
    assert any("横轴自 80% 起" in t for t in texts)
    assert "80%" in texts and "100%" in texts and "0%" not in texts
    assert {"85.0%", "91.0%", "98.0%"} <= set(texts)
    # A department without data says so instead of drawing a bar.
    (d,) = charts.interval_bars(["甲", "乙"], [None, 0.1], font=font, width=DOC_W, max_height=300, title="满意率")
    assert "无数据" in [s.text for s in charts.strings(d)]
    assert not any("横轴自" in s.text for s in charts.strings(d))


def test_a_tiny_frame_still_gets_drawings_that_fit(font):
    names = [f"部门{i}" for i in range(25)]
    drawings = charts.interval_bars(names, [0.5 + i / 100 for i in range(25)], font=font, width=200, max_height=120,
                                    title="综合得分")
    assert sum(len([s for s in charts.strings(d) if s.textAnchor == "end"]) for d in drawings) == 25
    for d in drawings:
        assert d.height <= 120
        assert_inside(d)
