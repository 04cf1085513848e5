"""The PDF files themselves: written atomically with the user's permissions and the real creation date, the
CJK font embedded (and nothing else), no file left behind on failure or cancel; the font search; Chinese
line breaking; and one smoke test on a real database."""
from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import pytest

from conftest import T0, World, seed
from desk import Desk, FakeClock
from reports import render_bulletin_pdf, render_department_slips_pdf
from reports.fonts import FontChoice, FontNotFound, find_cjk_font, find_font_set, register
from reports.style import count_change, deadline_text, pct, pp_change, ratio_text
from reports.text import break_lines, units
from desk.stats.data import Ratio
from sample import pdf_pages, pdfinfo, sample_report

WQY = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
# bash dev.sh test installs both; only a hand-made environment may lack them, and never CI.
_IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None and not _IN_CI,
                                   reason="poppler-utils not installed")
needs_wqy = pytest.mark.skipif(not Path(WQY).exists() and not _IN_CI, reason="fonts-wqy-microhei not installed")
RENDERERS = [render_bulletin_pdf, render_department_slips_pdf]


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.mark.parametrize("render", RENDERERS, ids=["bulletin", "slips"])
@needs_poppler
def test_file_mode_and_creation_date(render, tmp_path, umask_022):
    pdf = tmp_path / "out.pdf"
    render(sample_report(), pdf)
    assert pdf.stat().st_mode & 0o777 == 0o644  # not mkstemp's 0600
    created = pdfinfo(pdf)["CreationDate"]
    assert not created.startswith("2000") and created.startswith(str(datetime.now().year)), created
    assert not list(tmp_path.glob(".report-*"))
    # Replacing a file keeps its permissions.
    pdf.chmod(0o640)
    render(sample_report(), pdf)
    assert pdf.stat().st_mode & 0o777 == 0o640


@pytest.mark.parametrize("render", RENDERERS, ids=["bulletin", "slips"])
@needs_poppler
@needs_wqy
def test_only_the_cjk_font_and_it_is_embedded(render, tmp_path):
    pdf = tmp_path / "r.pdf"
    render(sample_report(), pdf, font_path=WQY)
    out = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True).stdout
    rows = [line.split() for line in out.splitlines()[2:] if line.strip()]
    assert rows, out
    for row in rows:  # name type encoding emb sub uni object-id gen
        assert "WenQuanYi" in row[0] and "Helvetica" not in row[0], out
        assert row[-5] == "yes", out


@needs_poppler
def test_writes_to_a_binary_file(tmp_path):
    buf = io.BytesIO()
    render_bulletin_pdf(sample_report(empty=True), buf)
    assert buf.getvalue().startswith(b"%PDF")


def test_render_fails_cleanly_without_a_font(tmp_path):
    bad = tmp_path / "x.ttf"
    bad.write_text("no font here")
    for render in RENDERERS:
        with pytest.raises(FontNotFound):
            render(sample_report(), tmp_path / "never.pdf", font_path=str(bad), search_fonts=False)
    assert not list(tmp_path.glob("*.pdf")) and not list(tmp_path.glob(".report-*"))


@pytest.mark.parametrize("render", RENDERERS, ids=["bulletin", "slips"])
def test_progress_can_cancel_without_leaving_a_file(render, tmp_path):
    class Cancelled(Exception):
        pass

    def progress(fraction: float) -> None:
        if fraction > 0.5:
            raise Cancelled

    folder = tmp_path / "out"
    folder.mkdir()
    old = folder / "kept.pdf"
    old.write_bytes(b"%PDF-old")
    with pytest.raises(Cancelled):
        render(sample_report(), folder / "cancelled.pdf", progress=progress)
    with pytest.raises(Cancelled):
        render(sample_report(), old, progress=progress)
    assert list(folder.iterdir()) == [old] and old.read_bytes() == b"%PDF-old"


# -- numbers as printed ------------------------------------------------------------------------------
def test_numbers_round_half_up_and_changes_read_plainly():
    assert pct(0.8125) == "81.3%" and pct(0.8124) == "81.2%" and pct(1.0) == "100.0%" and pct(None) == "—"
    assert ratio_text(Ratio.of(13, 16)) == "81.3%（13/16）" and ratio_text(Ratio.of(0, 0)) == "—"
    assert pp_change(0.861, 0.840) == "↑2.1 个百分点"
    assert pp_change(0.80, 0.8205) == "↓2.1 个百分点"  # -2.05 rounds to -2.1: half away from zero
    assert pp_change(0.8, 0.8) == "持平" and pp_change(None, 0.8) == "—"
    assert count_change(476, 436) == "增加 40 件" and count_change(3, 7) == "减少 4 件" and count_change(2, 2) == "持平"


def test_deadlines_in_office_time():
    from datetime import timezone
    from zoneinfo import ZoneInfo

    tz = ZoneInfo("Asia/Shanghai")
    assert deadline_text(datetime(2026, 12, 2, 16, 0, tzinfo=timezone.utc), tz) == "2026年12月2日"  # 12-03 00:00
    assert deadline_text(datetime(2026, 12, 2, 10, 0, tzinfo=timezone.utc), tz) == "2026年12月2日18时"
    assert deadline_text(datetime(2026, 12, 2, 10, 30, tzinfo=timezone.utc), tz) == "2026年12月2日18时30分"


# -- fonts and text ----------------------------------------------------------------------------------
def test_long_chinese_lines_wrap_and_keep_numbers_whole():
    font = register(find_cjk_font(None))
    text = ("本周内受理（创建）的工单数，工单编号 2026-000123 与电话 13812345678、比率 83.3% 都不应被拆开，"
            "长句应当在汉字之间折行。")
    lines = break_lines(text, font, 9, 90)
    assert len(lines) > 3
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    assert any("2026-000123" in line for line in lines)
    assert any("13812345678" in line for line in lines)
    assert any("83.3%" in line for line in lines)
    assert not any(line.startswith(("，", "。", "、", "）")) for line in lines)
    assert not any(line.endswith("（") for line in lines)
    assert units("满意率 83.3%。") == ["满", "意", "率", " ", "83.3%。"]
    # A first-line indent: the first line is narrower, the others use the full width.
    indented = break_lines("汉" * 40, font, 10, 105, first_width=85)
    assert len(indented[0]) == 8 and len(indented[1]) == 10


@needs_wqy
def test_font_search_order_and_failures(tmp_path):
    assert find_cjk_font(WQY) == FontChoice(WQY, 0, "WenQuanYiMicroHei", "configured")
    found = find_cjk_font(None)
    assert found.source in ("shipped", "system")
    not_a_font = tmp_path / "font.ttf"
    not_a_font.write_bytes(b"this is not a font" * 100)
    # A bad configured path falls through to the next candidates, and says why.
    fallback = find_cjk_font(str(not_a_font))
    assert fallback.path != str(not_a_font) and fallback.skipped[0][0] == str(not_a_font)
    with pytest.raises(FontNotFound) as info:
        find_cjk_font(str(not_a_font), shipped=False, system=False)
    assert str(not_a_font) in str(info.value)
    assert "中文" in str(info.value) and "TrueType" in str(info.value)
    import reportlab
    latin = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"  # TrueType, but no Chinese glyphs
    with pytest.raises(FontNotFound, match="lacks glyphs"):
        find_cjk_font(str(latin), shipped=False, system=False)
    with pytest.raises(FontNotFound, match="no such file"):
        find_cjk_font(str(tmp_path / "missing.ttc"), shipped=False, system=False)


@needs_wqy
def test_font_roles_fall_back_to_the_base_font():
    only = find_font_set(WQY, search=False)  # nothing searched: one font throughout
    assert only.body == only.heading == only.title == only.base
    found = find_font_set(None)
    for role, choice in found.choices:  # a 仿宋/黑体/小标宋 face where the system has one, else the base font
        assert getattr(found, role) == (register(choice) if choice else found.base)


# -- one smoke test on a real database -----------------------------------------------------------------
@needs_poppler
def test_renders_a_period_report_from_the_database(sqlite_url, tmp_path):
    from desk.stats import period_report

    desk = Desk.open(sqlite_url, clock=FakeClock(T0))
    try:
        seed(desk)
        world = World(desk, desk.clock)
        report = period_report(world.desk)
    finally:
        desk.close()
    pdf, slips = tmp_path / "b.pdf", tmp_path / "s.pdf"
    render_bulletin_pdf(report, pdf)
    render_department_slips_pdf(report, slips)
    assert len(pdf_pages(pdf)) <= 4
    assert re.sub(r"\s+", "", "".join(pdf_pages(pdf))).startswith(f"{report.office_name}吹哨报到工作通报")
