"""The 通报 and the 部门工作单, rendered from the synthetic report of ``sample.py``: what they say, how long
they are, and that many departments with long names lay out. Pages are saved as PNG into
``tests/artifacts/reports`` for a person to look at."""
from __future__ import annotations

import dataclasses
import re
import shutil
from pathlib import Path

import pytest

from reports import render_bulletin_pdf, render_department_slips_pdf
from reports.bulletin import NOTICE_ROWS
from sample import pdf_pages, save_pngs, sample_report

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
FORBIDDEN = ("UTC", "Asia/Shanghai", "时区", "周末超期")


@pytest.fixture(scope="module")
def shots(artifacts) -> Path:
    folder = artifacts / "reports"
    folder.mkdir(exist_ok=True)
    return folder


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def page_number(page: str) -> int:
    """The "— n —" at the foot of a page."""
    found = re.findall(r"—\s*(\d+)\s*—", page)
    assert found, page[-200:]
    return int(found[-1])


def slips_of(pages: list[str]) -> list[list[str]]:
    """Pages grouped per slip: each slip numbers its pages from 1."""
    out: list[list[str]] = []
    for page in pages:
        if page_number(page) == 1:
            out.append([])
        out[-1].append(page)
    return out


# -- the 通报 ---------------------------------------------------------------------------------------
def test_bulletin_of_a_normal_week(tmp_path, shots):
    report = sample_report(unranked=2, year_ago=True, signer="李明", escalations=80, real_definitions=True)
    assert len(report.notifications) > NOTICE_ROWS
    pdf = tmp_path / "bulletin.pdf"
    seen: list[float] = []
    render_bulletin_pdf(report, pdf, progress=seen.append)
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)
    pngs = save_pngs(pdf, shots, "bulletin-week")
    pages = pdf_pages(pdf, layout=False)  # cells' wrapped lines in order
    assert 2 <= len(pages) <= 4 and len(pngs) == len(pages)
    assert [page_number(p) for p in pages] == list(range(1, len(pages) + 1))
    text = "\n".join(pages)
    f = flat(text)
    for word in FORBIDDEN:
        assert word not in text, word

    # 版头, title, 主送.
    first = flat(pages[0])
    assert first.startswith("示例街道办事处吹哨报到工作通报")
    assert "2026年第48期（总第60期）" in first and "签发人：李明" in first
    assert "关于2026年第48周（11月23日—11月29日）吹哨报到工作情况的通报" in first
    assert "各承办部门、各社区居委会：" in first
    # 一、总体情况: the figures against last week and a year ago.
    assert "一、总体情况" in f
    assert "受理量较上周增加40件" in f
    o = report.office
    assert f"吹哨派单{o.dispatched}件（派往部门{o.dispatches}次），结案{o.closed}件" in f
    for label in ("响应率", "解决率", "满意率", "按时报到率", "按时办结率", "通报（件）", "截至周日24时超期派单（件）"):
        assert label in f
    assert "去年同期" in f and "较去年同期" in f
    assert re.search(r"[↑↓]\d+\.\d个百分点", f)
    assert re.search(r"响应率\d+\.\d%，较上周([↑↓]\d+\.\d个百分点|持平)", f)
    # 二、部门排名: the scheme, the table, the marks with reasons, the unranked with theirs, the chart.
    assert "二、部门排名" in f
    assert "综合得分=响应率×0.3+解决率×0.35+满意率×0.35" in f
    assert "有效回访不少于30次的部门参与排名，共10个部门" in f
    assert f"红榜：{'、'.join(report.red)}。" in f
    black = report.department(report.black[0])
    assert f"黑榜：{black.name}（{flat(black.reasons[0])}）" in f
    unranked = [d for d in report.departments if not d.ranked]
    assert len(unranked) == 2 and "未参与排名的部门2个" in f
    for d in unranked:
        assert f"{d.name}（{flat(d.reasons[0])}）" in f
    assert "各部门综合得分（近4周，按名次）" in f and "横轴自" in f
    # 三、通报事项: at most NOTICE_ROWS rows, the rest in the workbook, the deadline in office time.
    assert "三、通报事项" in f
    listed = set(re.findall(r"2026-2\d{5}", f))
    assert len(listed) == NOTICE_ROWS
    emergencies = [e.ticket_number for e in report.notifications if e.urgency == "emergency"]
    assert set(emergencies[:NOTICE_ROWS]) <= listed  # emergencies first
    assert f"其余{len(report.notifications) - NOTICE_ROWS}件见附表（Excel工作簿）。" in f
    assert "于2026年12月2日前整改到位" in f  # fix_by is 12-03 00:00 in the office: the end of 12-02
    # 四、点评 (the draft), 五、其他情况.
    assert "四、点评" in f and flat(report.comment_draft) in f
    assert "五、其他情况" in f and "幸福社区" in f and "市容环境" in f
    assert f"重复的{len(report.repeats)}件" in f
    assert f"截至周日24时仍超期的派单{len(report.overdue)}件" in f
    # The end: the office and the date, the definitions, the 版记 at the foot of the last page.
    assert "示例街道办事处2026年11月30日" in f
    body = re.sub(r"—\d+—", "", f)  # a definition may run on over a page's foot
    assert "附：指标说明" in f and all(flat(f"{x.term}：{x.text}") in body for x in report.definitions)
    last = pdf_pages(pdf)[-1]
    assert "隐私：" in last  # the last definition, kept with the 版记
    lines = [line.strip() for line in last.splitlines() if line.strip()]
    assert lines[-3].startswith("抄送：区12345热线办公室")
    assert re.fullmatch(r"示例街道办事处\s+2026年11月30日印发", lines[-2])


def test_the_default_sample_is_at_most_four_pages_and_a_comment_replaces_the_draft(tmp_path):
    pdf = tmp_path / "b.pdf"
    report = sample_report(real_definitions=True)
    render_bulletin_pdf(report, pdf, comment="第一段点评。\n第二段：请城管执法队加强巡查。")
    pages = pdf_pages(pdf)
    assert len(pages) <= 4
    f = flat("".join(pages))
    assert "第一段点评。" in f and "第二段：请城管执法队加强巡查。" in f
    assert flat(report.comment_draft) not in f
    assert "签发人：__________" in f  # no signer set: a line to sign on
    assert "去年同期" not in f


def test_a_month_speaks_of_the_month(tmp_path):
    pdf = tmp_path / "m.pdf"
    render_bulletin_pdf(sample_report(kind="month"), pdf)
    f = flat("".join(pdf_pages(pdf))).split("附：指标说明")[0]  # the definitions speak of both kinds
    assert "关于2026年11月吹哨报到工作情况的通报" in f and "2026年第11期（总第60期）" in f
    assert "本月全街道共受理" in f and "较上月" in f and "截至期末超期派单" in f
    assert "本周" not in f and "周日24时" not in f


def test_no_marks_when_the_departments_do_not_differ(tmp_path):
    report = dataclasses.replace(sample_report(), separated=False)
    pdf = tmp_path / "n.pdf"
    render_bulletin_pdf(report, pdf)
    f = flat("".join(pdf_pages(pdf))).split("附：指标说明")[0]
    assert "各部门差异在统计误差范围内，本期不列红黑榜。" in f
    assert "红榜：" not in f and "黑榜：" not in f


def test_an_empty_period_is_one_page(tmp_path, shots):
    report = sample_report(empty=True)
    assert report.empty
    pdf = tmp_path / "e.pdf"
    render_bulletin_pdf(report, pdf)
    save_pngs(pdf, shots, "bulletin-empty")
    pages = pdf_pages(pdf)
    assert len(pages) == 1
    f = flat(pages[0])
    assert f.startswith("示例街道办事处吹哨报到工作通报") and "2026年第48期（总第60期）" in f
    assert "全街道无受理、派单、回访、超期或督办事项" in f and "抄送：" in f
    slips = tmp_path / "es.pdf"
    render_department_slips_pdf(report, slips)
    save_pngs(slips, shots, "slips-empty")
    pages = pdf_pages(slips)
    assert len(pages) == 1 and "无需印发部门工作单" in flat(pages[0])


def test_sixty_departments_with_long_names(tmp_path, shots):
    report = sample_report(departments=60, long_names=True, overdue=1000)
    pdf = tmp_path / "b60.pdf"
    render_bulletin_pdf(report, pdf)  # the chart is split: no LayoutError
    save_pngs(pdf, shots, "bulletin-60")
    pages = pdf_pages(pdf)
    text = "".join(pages)
    assert "各部门综合得分（近 4 周，按名次）（续）" in text
    slips = tmp_path / "s60.pdf"
    render_department_slips_pdf(report, slips)
    save_pngs(slips, shots, "slips-60", last=2)
    pages = pdf_pages(slips, layout=False)
    grouped = slips_of(pages)
    assert len(grouped) == 60
    assert max(len(g) for g in grouped) <= 2
    for d, slip in zip(report.departments, grouped):
        assert len(d.name) >= 30
        assert d.name in flat(slip[0]), d.name  # the full name, wrapped if need be
        assert "签收人：" in slip[-1]


# -- the 部门工作单 ----------------------------------------------------------------------------------
def test_slips_of_a_normal_week(tmp_path, shots):
    report = sample_report(unranked=2)
    pdf = tmp_path / "slips.pdf"
    seen: list[float] = []
    render_department_slips_pdf(report, pdf, progress=seen.append)
    assert seen[0] == 0.0 and seen[-1] == 1.0
    pages = pdf_pages(pdf)
    grouped = slips_of(pages)
    assert len(grouped) == len(report.departments)
    save_pngs(pdf, shots, "slips-week", last=len(grouped[0]) + len(grouped[1]))  # two slips
    text = "\n".join(pages)
    for word in FORBIDDEN:
        assert word not in text, word
    for d, slip in zip(report.departments, grouped):
        assert 1 <= len(slip) <= 2, d.name
        head = flat(slip[0])
        assert f"示例街道办事处部门工作单{d.name}2026年第48周（11月23日—11月29日）·2026年第48期（总第60期）" in head
        for label in ("响应率", "解决率", "满意率", "按时报到率", "按时办结率", "退单率", "重办率", "回访确认联系率",
                      "通报（件）", "本部门本周", "本部门近4周", "全街道本周", "较上周"):
            assert label in head, label
        whole = flat("".join(slip))
        assert f"共{len(d.overdue)}件" in whole if d.overdue else "截至周日24时无超期派单" in whole
        for x in d.overdue:
            assert x.ticket_number in whole
        if d.mark == "black":
            assert "列入黑榜" in whole and flat(d.reasons[0]) in whole
        if not d.ranked:
            assert "不参与排名" in whole and flat(d.reasons[0]) in whole
        assert "签收人：" in slip[-1] and re.search(r"日期：_+年_+月_+日", slip[-1])
    # Emergencies first in a slip's overdue list.
    d = max(report.departments, key=lambda d: len(d.overdue))
    slip = flat("".join(grouped[report.departments.index(d)]))
    positions = {x.urgency: [] for x in d.overdue}
    for x in d.overdue:
        positions[x.urgency].append(slip.index(x.ticket_number))
    if "emergency" in positions and "routine" in positions:
        assert max(positions["emergency"]) < min(positions["routine"])


def test_long_lists_are_cut_to_keep_a_slip_within_two_pages(tmp_path):
    report = sample_report(departments=3, overdue=600, escalations=200, cases=150)
    pdf = tmp_path / "long.pdf"
    render_department_slips_pdf(report, pdf)
    grouped = slips_of(pdf_pages(pdf))
    assert len(grouped) == 3
    for d, slip in zip(report.departments, grouped):
        assert len(slip) == 2
        whole = flat("".join(slip))
        for items in (d.overdue, d.escalations, d.cases):
            assert f"（共{len(items)}件）" in whole
        rest = [int(n) for n in re.findall(r"其余(\d+)件见附表（Excel工作簿）", whole)]
        assert rest, whole[-300:]
        shown = len(set(re.findall(r"2026-[123]\d{5}", whole)))
        assert shown + sum(rest) == len(d.overdue) + len(d.escalations) + len(d.cases)


def test_chosen_departments_in_their_order(tmp_path):
    report = sample_report()
    pdf = tmp_path / "two.pdf"
    render_department_slips_pdf(report, pdf, departments=["住建委", "城管执法队"])
    grouped = slips_of(pdf_pages(pdf))
    assert len(grouped) == 2
    assert "部门工作单住建委" in flat(grouped[0][0]) and "部门工作单城管执法队" in flat(grouped[1][0])
    with pytest.raises(KeyError, match="不存在的部门"):
        render_department_slips_pdf(report, tmp_path / "x.pdf", departments=["不存在的部门"])
    assert not (tmp_path / "x.pdf").exists()


def test_content_pinned_to_the_foot_that_is_taller_than_a_page_still_lays_out(tmp_path):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import SimpleDocTemplate

    from reports.fonts import find_cjk_font, register
    from reports.style import AtFoot
    from reports.text import CJKParagraph

    font = register(find_cjk_font(None))
    st = ParagraphStyle("p", fontName=font, fontSize=12, leading=18)
    long = CJKParagraph("很长的一段文字。" * 600, st)
    pdf = tmp_path / "foot.pdf"
    SimpleDocTemplate(str(pdf), initialFontName=font).build(
        [CJKParagraph("正文。", st), AtFoot([CJKParagraph("版记", st)], lead=[long])])
    pages = pdf_pages(pdf)
    assert len(pages) >= 3 and "版记" in pages[-1]
