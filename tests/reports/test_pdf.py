"""The weekly PDF: figures and labels in its text, the CJK font embedded, page numbers, no personal data.

The scenario is the hand-counted week of ``tests/core/test_stats.py``; the numbers below are
the same hand-worked answers, as the PDF prints them. Rendered pages are saved as PNG
into ``tests/artifacts`` for a person to look at.
"""
from __future__ import annotations

import json
import re
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import T0, World, seed
from core.test_stats import CG, JT, SW, ZJ, build_scenario
from desk import Desk, FakeClock
from desk.stats import weekly_report
from reports.fonts import FontChoice, FontNotFound, find_cjk_font
from reports.weekly import render_weekly_pdf
from reports.text import break_lines, units

WQY = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
# bash dev.sh test installs both; only a hand-made environment may lack them, and never CI.
_IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None and not _IN_CI,
                                   reason="poppler-utils not installed")
needs_wqy = pytest.mark.skipif(not Path(WQY).exists() and not _IN_CI, reason="fonts-wqy-microhei not installed")


@pytest.fixture
def sqlite_world(sqlite_url):
    clock = FakeClock(T0)
    desk = Desk.open(sqlite_url, clock=clock)
    seed(desk)
    yield World(desk, clock)
    desk.close()


@pytest.fixture
def scenario(sqlite_world):
    numbers = build_scenario(sqlite_world)
    return weekly_report(sqlite_world.desk), numbers


def pdftotext(path: Path, *, layout: bool = False) -> str:
    args = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else []) + [str(path), "-"]
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def pages_of(path: Path) -> list[str]:
    return pdftotext(path, layout=True).split("\f")[:-1]


def save_pngs(pdf: Path, artifacts: Path, stem: str) -> list[Path]:
    for old in artifacts.glob(f"{stem}-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(artifacts / stem)], check=True)
    return sorted(artifacts.glob(f"{stem}-*.png"))


@needs_poppler
def test_scenario_pdf(scenario, tmp_path, artifacts):
    report, num = scenario
    pdf = tmp_path / "report.pdf"
    seen: list[float] = []
    render_weekly_pdf(report, pdf, progress=seen.append)
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)
    assert pdf.read_bytes().startswith(b"%PDF")
    pngs = save_pngs(pdf, artifacts, "report-weekly")
    (artifacts / "report-weekly.pdf").write_bytes(pdf.read_bytes())
    (artifacts / "report-weekly.json").write_text(report.to_json(), encoding="utf-8")

    pages = pages_of(pdf)
    total = len(pages)
    assert len(pngs) == total
    # Cover, 一…六 (several pages), one slip per department, the appendix.
    assert total >= 1 + 3 + 4 + 1
    for i, page in enumerate(pages, start=1):
        assert re.search(rf"第\s*{i}\s*页\s*共\s*{total}\s*页", page), f"page {i} has no page number"
    text = "\n".join(pages)
    flat = re.sub(r"\s+", "", text)

    # Cover.
    assert "示例街道办事处" in pages[0] and "吹哨报到工作周报" in pages[0]
    assert "2026年第48周(11月23日–11月29日)" in re.sub(r"\s+", "", pages[0])
    assert "2026-11-3010:00" in re.sub(r"\s+", "", pages[0])  # generated Monday 11-30 10:00 Shanghai
    # Key figures (worked out by hand in test_stats): 18 received, 17 whistled, 19 dispatches, 12 closed.
    for label in ("受理工单", "派单工单", "派单数", "结案工单", "重办工单", "撤销工单", "周末超期派单"):
        assert label in text
    assert "按时报到率70.6%(12/17)" in flat  # the whole office
    assert "按时办结率81.3%(13/16)" in flat  # 81.25 rounds half up
    assert "4/4/4" in flat  # 催办 / 督办 / 通报
    assert "14/13" in flat  # callbacks / valid callbacks
    assert "84.6%/82.3%" in flat  # 解决率 / 满意率
    assert "85.2%" in flat  # the office composite
    # Ranking: 住建委 1st 100%, 城管执法队 2nd 81.2% on the 黑榜, 交通支队 3rd 80.7%; 水务所 not ranked.
    assert "1住建委33100.0%100.0%100.0%100.0%红榜" in flat
    assert "2城管执法队55100.0%80.0%78.0%81.2%" in flat
    assert "3交通支队43100.0%66.7%93.3%80.7%红榜" in flat
    assert "—水务所22100.0%100.0%50.0%80.0%不排名" in flat
    assert "黑榜（综合得分后三名、满意" in flat
    assert "红榜：住建委、交通支队。黑榜：城管执法队。" in flat
    # Timeliness per department (all dispatches).
    assert re.search(r"城管执法队\s*7\s*71\.4% \(5/7\)\s*57\.1% \(4/7\)\s*71\.4% \(5/7\)\s*0\.3\s*1", text)
    assert re.search(r"住建委\s*4\s*100\.0% \(3/3\)", text)
    # Charts are labelled.
    assert "各部门综合得分" in text and "各部门按时率" in text and "近 8 周受理与结案工单数" in text
    # The 通报 list and the overdue list.
    assert "五、本周通报" in text and "六、周末超期派单" in text
    assert flat.count(num["o1"]) >= 4 and num["o2"] in flat
    assert re.search(rf"{num['o1']}\s*市容环境\s*幸福社区\s*城管执法队\s*主办\s*报到\s*11-23 12:30\s*32\.0", text)
    assert re.search(rf"{num['o2']}\s*道路交通\s*光明社区\s*交通支队\s*主办\s*响应\s*11-25 12:00\s*18\.0", text)
    # One slip per department, each on its own page(s).
    for name in (CG, ZJ, JT, SW):
        slip = [p for p in pages if f"部门工作单：{name}" in p]
        assert len(slip) == 1, name
    cg_page = next(p for p in pages if f"部门工作单：{CG}" in p)
    assert "本周列入黑榜（综合得分后三名、满意率低于阈值）" in re.sub(r"\s+", "", cg_page)
    assert re.search(r"按时报到率\s*66\.7% \(4/6\)\s*71\.4% \(5/7\)", cg_page)
    sw_page = next(p for p in pages if f"部门工作单：{SW}" in p)
    assert "本周无周末超期派单" in sw_page and "本周无催办、督办或通报" in sw_page
    # The appendix defines the rates.
    assert "附录：指标定义" in text
    for term in ("响应率", "解决率", "满意率", "综合得分", "按时报到率", "周末超期", "退单率"):
        assert term in text
    assert "响应率即为100%" in flat  # the literal definition, said plainly
    # Never a resident's name, phone or address.
    assert "王女士" not in text and "13812345678" not in flat and "幸福路12号" not in flat
    # The JSON the CLI writes carries the same figures.
    data = json.loads(report.to_json())
    assert data["office"]["callbacks"]["valid"] == 13


@needs_poppler
@needs_wqy
def test_cjk_font_is_embedded(scenario, tmp_path):
    report, _ = scenario
    pdf = tmp_path / "r.pdf"
    render_weekly_pdf(report, pdf, font_path=WQY)
    out = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True).stdout
    rows = [line.split() for line in out.splitlines()[2:] if line.strip()]
    assert rows, out
    for row in rows:  # name type encoding emb sub uni id gen; every font is the CJK one, embedded
        assert "WenQuanYi" in row[0], out
        assert row[-5] == "yes", out


@needs_poppler
def test_empty_week_says_so(sqlite_world, tmp_path, artifacts):
    report = weekly_report(sqlite_world.desk, "2026-W40")
    pdf = tmp_path / "empty.pdf"
    render_weekly_pdf(report, pdf)
    save_pngs(pdf, artifacts, "report-empty")
    flat = re.sub(r"\s+", "", pdftotext(pdf))
    for line in ("本周无受理工单", "本周无参与排名的部门", "本周无应报到、应响应或应办结的派单", "本周无通报",
                 "本周无周末超期派单", "本周无催办、督办或通报"):
        assert line in flat, line
    assert re.search(r"第1页共\d+页", flat)


def test_long_chinese_lines_wrap_and_keep_numbers_whole():
    choice = find_cjk_font(None)
    from reports.fonts import register
    font = register(choice)
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


def test_render_fails_cleanly_without_a_font(sqlite_world, tmp_path):
    report = weekly_report(sqlite_world.desk, "2026-W40")
    bad = tmp_path / "x.ttf"
    bad.write_text("no font here")
    out = tmp_path / "never.pdf"
    with pytest.raises(FontNotFound):
        render_weekly_pdf(report, out, font_path=str(bad), search_fonts=False)
    assert not out.exists() and not list(tmp_path.glob("*.pdf")) and not list(tmp_path.glob(".report-*"))


def test_progress_can_cancel_without_leaving_a_file(sqlite_world, tmp_path):
    report = weekly_report(sqlite_world.desk, "2026-W40")

    class Cancelled(Exception):
        pass

    def progress(fraction: float) -> None:
        if fraction > 0.5:
            raise Cancelled

    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(Cancelled):
        render_weekly_pdf(report, folder / "cancelled.pdf", progress=progress)
    assert list(folder.iterdir()) == []
