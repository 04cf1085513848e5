"""The report's workbook (reports.workbook): sheets, headers, every row, values as numbers and office-local
date-times, frozen headers and autofilters, the empty period, file permissions and atomic writing.

The workbook is read back with python-calamine (values) and, for what calamine does not expose (panes,
autofilters, number formats), from the sheet XML inside the .xlsx zip.
"""
from __future__ import annotations

import ast
import dataclasses
import os
import re
import sys
import time
import zipfile
from datetime import datetime, timedelta
from pathlib import Path
from xml.etree import ElementTree
from zoneinfo import ZoneInfo

import pytest
from python_calamine import CalamineWorkbook
from sample import sample_report
from xlsxwriter.utility import xl_col_to_name

from desk import labels
from desk.stats.data import INDICATOR_LABELS, PeriodReport
from reports import workbook
from reports.workbook import SHEETS, write_workbook

ROOT = Path(__file__).resolve().parents[2]
SHANGHAI = ZoneInfo("Asia/Shanghai")
NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}

OVERDUE = ["工单编号", "紧急程度", "分类", "社区", "部门", "角色", "超期环节", "期限", "超期", "计时", "超期天数", "上期结转"]
ESCALATIONS = ["级别", "工单编号", "紧急程度", "部门", "角色", "环节", "期限", "到达时间", "超期", "处理情况", "期末状态"]
CASES = ["工单编号", "分类", "社区", "部门", "回访时间", "是否解决", "满意度", "已重办"]
REPEATS = ["工单编号", "前次工单", "分类", "社区", "相同", "间隔天数"]
GROUPS = ["受理", "响应率", "解决率", "满意率", "重复诉求"]
#: The list sheets and their headers (部门指标's are checked on their own).
HEADERS = {"超期清单": OVERDUE, "督办升级": ESCALATIONS, "通报清单": ESCALATIONS, "待重办": CASES, "重复诉求": REPEATS,
           "社区三率": ["社区", *GROUPS], "分类三率": ["分类", *GROUPS]}
LIST_SHEETS = ["部门指标", *HEADERS]


# -- reading back ------------------------------------------------------------------------------------
def read(path: Path) -> dict[str, list[list]]:
    book = CalamineWorkbook.from_path(str(path))
    return {name: book.get_sheet_by_name(name).to_python(skip_empty_area=False) for name in book.sheet_names}


def sheet_xml(path: Path) -> dict[str, str]:
    """Each sheet's XML by sheet name (through workbook.xml and its relationships)."""
    with zipfile.ZipFile(path) as z:
        book = ElementTree.fromstring(z.read("xl/workbook.xml"))
        rels = ElementTree.fromstring(z.read("xl/_rels/workbook.xml.rels"))
        target = {r.get("Id"): r.get("Target") for r in rels}
        out = {}
        for s in book.find("m:sheets", NS):
            rid = s.get(f"{{{NS['r']}}}id")
            out[s.get("name")] = z.read("xl/" + target[rid].removeprefix("/xl/")).decode("utf-8")
        return out


def number_format(path: Path, sheet: str, ref: str) -> str:
    """The number format code of one cell ("General" for none)."""
    with zipfile.ZipFile(path) as z:
        styles = ElementTree.fromstring(z.read("xl/styles.xml"))
    codes = {int(n.get("numFmtId")): n.get("formatCode") for n in styles.iterfind("m:numFmts/m:numFmt", NS)}
    codes.setdefault(0, "General")
    xfs = [int(x.get("numFmtId", 0)) for x in styles.iterfind("m:cellXfs/m:xf", NS)]
    m = re.search(rf'<c r="{ref}"(?: s="(\d+)")?', sheet_xml(path)[sheet])
    assert m, ref
    return codes.get(xfs[int(m.group(1) or 0)], f"builtin {xfs[int(m.group(1) or 0)]}")


def office_local(at: datetime) -> datetime:
    return at.astimezone(SHANGHAI).replace(tzinfo=None)


def same_minute_and_second(a: datetime, b: datetime) -> bool:
    return abs(a - b) < timedelta(seconds=1)


# -- fixtures ----------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def big() -> PeriodReport:
    return sample_report(departments=60, long_names=True, overdue=1000)


@pytest.fixture(scope="module")
def big_file(big, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("wb") / "2026-W48.xlsx"
    write_workbook(big, path)
    return path


@pytest.fixture(scope="module")
def big_rows(big_file) -> dict[str, list[list]]:
    return read(big_file)


@pytest.fixture(scope="module")
def empty_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("wb") / "empty.xlsx"
    write_workbook(sample_report(empty=True), str(path))
    return path


# -- sheets, headers, rows ---------------------------------------------------------------------------
def test_sheet_names(big_rows):
    assert list(big_rows) == list(SHEETS) == ["说明", "部门指标", "超期清单", "督办升级", "通报清单", "待重办", "重复诉求",
                                              "社区三率", "分类三率"]
    assert all(len(name) <= 31 for name in SHEETS)


def test_headers(big_rows):
    for name, header in HEADERS.items():
        assert big_rows[name][0] == header, name
    head = big_rows["部门指标"][0]
    assert head[:5] == ["排名", "部门", "红黑榜", "原因", "本周综合得分"]
    for span in ("本周", "近4周"):
        for label in INDICATOR_LABELS.values():
            i = head.index(f"{span}{label}")
            assert head[i + 1] == f"{span}{label}（分子/分母）"
        assert f"{span}有效回访" in head and f"{span}通报" in head
    assert len(head) == 4 + 2 * (1 + 2 * 8 + 2)


def test_row_counts_equal_the_report(big, big_rows):
    assert len(big.overdue) == 1000 and len(big.departments) == 60
    assert len(big_rows["部门指标"]) == 1 + 60 + 1  # and the street
    assert len(big_rows["超期清单"]) == 1 + len(big.overdue)
    assert len(big_rows["督办升级"]) == 1 + len(big.escalations)
    assert len(big_rows["通报清单"]) == 1 + len(big.notifications)
    assert len(big_rows["待重办"]) == 1 + len(big.cases)
    assert len(big_rows["重复诉求"]) == 1 + len(big.repeats)
    assert len(big_rows["社区三率"]) == 1 + len(big.office.communities)
    assert len(big_rows["分类三率"]) == 1 + len(big.office.categories)
    assert [r[0] for r in big_rows["超期清单"][1:]] == [x.ticket_number for x in big.overdue]
    assert [r[1] for r in big_rows["部门指标"][1:-1]] == [d.name for d in big.departments]


def test_department_figures_are_numbers(big, big_rows):
    rows = big_rows["部门指标"]
    head = rows[0]
    col = head.index
    for d, row in zip(big.departments, rows[1:-1]):
        assert row[col("排名")] == (d.rank if d.rank is not None else "")
        assert row[col("红黑榜")] == {"red": "红榜", "black": "黑榜", None: ""}[d.mark]
        assert row[col("原因")] == "；".join(d.reasons)
        for span, ind in (("本周", d.period), ("近4周", d.window)):
            for key, label in INDICATOR_LABELS.items():
                ratio = ind.get(key)
                assert row[col(f"{span}{label}")] == pytest.approx(ratio.value, abs=1e-12), (d.name, span, key)
                assert row[col(f"{span}{label}（分子/分母）")] == f"{ratio.part:g}/{ratio.whole}"
            assert row[col(f"{span}综合得分")] == pytest.approx(ind.composite)
            assert row[col(f"{span}有效回访")] == ind.valid_callbacks
            assert row[col(f"{span}通报")] == ind.notifications
    marks = {r[col("红黑榜")] for r in rows[1:-1]}
    assert {"红榜", "黑榜"} <= marks  # the sample has both
    street = rows[-1]
    assert street[:4] == ["", "全街道", "", ""]
    assert street[col("本周满意率")] == pytest.approx(big.office.period.satisfaction.value)
    assert street[col("近4周解决率")] == pytest.approx(big.office.window.resolution.value)
    assert street[col("近4周有效回访")] == big.office.window.valid_callbacks


def test_overdue_rows(big, big_rows):
    rows = big_rows["超期清单"]
    for x, row in list(zip(big.overdue, rows[1:]))[:200]:
        assert row[0] == x.ticket_number
        assert row[1] == labels.URGENCY[x.urgency]
        assert row[2:5] == [x.category, x.community, x.department]
        assert row[5] == {"lead": "主办", "assist": "协办"}[x.role]
        assert row[6] == {"acknowledge": "报到", "respond": "响应", "resolve": "办结"}[x.step]
        assert isinstance(row[7], datetime)
        # Shanghai is UTC+8 all year
        assert same_minute_and_second(row[7], x.due.replace(tzinfo=None) + timedelta(hours=8))
        assert row[8] == x.late_text
        assert row[9] == ("工作时间" if x.working else "自然时间")
        assert row[10] == pytest.approx(x.age_days, abs=0.05)
        assert row[11] == ("是" if x.carried_over else "否")
    assert {r[1] for r in rows[1:]} == {"一般", "紧急", "特急"}  # desk.labels.URGENCY, as the app shows it


def test_escalation_and_notification_rows(big, big_rows):
    for name, items in (("督办升级", big.escalations), ("通报清单", big.notifications)):
        rows = big_rows[name]
        assert items
        for x, row in zip(items, rows[1:]):
            assert row[0] == {1: "催办", 2: "督办", 3: "通报"}[x.level]
            assert row[1] == x.ticket_number
            assert row[2] == labels.URGENCY[x.urgency]
            assert row[3] == x.department
            assert same_minute_and_second(row[6], office_local(x.due))
            assert same_minute_and_second(row[7], office_local(x.reached_at))
            assert row[8] == x.late_text
            assert row[9] == ("已催办" if x.handling == "urge" else "未处理")
            assert row[10] == ("已完成" if x.closed else "未完成")
    assert {r[0] for r in big_rows["通报清单"][1:]} == {"通报"}
    assert {r[9] for r in big_rows["督办升级"][1:]} == {"已催办", "未处理"}


def test_cases_repeats_and_group_rows(big, big_rows):
    for x, row in zip(big.cases, big_rows["待重办"][1:]):
        assert row[:4] == [x.ticket_number, x.category, x.community, x.department]
        assert same_minute_and_second(row[4], office_local(x.at))
        assert row[5] == {True: "是", False: "否", None: "—"}[x.resolved]
        assert row[6] == {"dissatisfied": "不满意", "basically_satisfied": "基本满意", None: "—"}[x.satisfaction]
        assert row[7] == ("是" if x.reopened else "否")
    for x, row in zip(big.repeats, big_rows["重复诉求"][1:]):
        assert row == [x.ticket_number, x.earlier_number, x.category, x.community,
                       {"address": "地址", "phone": "电话"}[x.matched_by], pytest.approx(x.days_apart)]
    for name, groups in (("社区三率", big.office.communities), ("分类三率", big.office.categories)):
        for g, row in zip(groups, big_rows[name][1:]):
            assert row == [g.name, g.received, pytest.approx(g.response.value), pytest.approx(g.resolution.value),
                           pytest.approx(g.satisfaction.value), g.repeats]


def test_about_sheet(big, big_rows):
    about = {r[0]: r[1] for r in big_rows["说明"] if r and r[0]}
    assert big_rows["说明"][0][0] == "示例街道办事处2026年第48周（11月23日—11月29日）周报明细"
    assert about["办公室"] == "示例街道办事处"
    assert about["报告期"] == big.title
    assert about["期号"] == big.issue_label == "2026年第48期（总第60期）"
    # the sample's week: Monday 2026-11-23 00:00 Shanghai; generated 10 hours after its end (02:00 UTC)
    assert about["统计区间"].startswith("2026-11-23 00:00 至 2026-11-30 00:00")
    assert about["生成时间"] == "2026-11-30 10:00"
    assert about["综合得分"] == big.scheme.text()
    assert "30 次" in about["参与排名"]
    assert about["排名窗口"].startswith("2026-11-02 至 2026-11-29（近 4 周")
    assert about["超期清单"].endswith("（1000 行）")
    for d in big.definitions:
        assert about[d.term] == d.text
    text = "\n".join(str(c) for r in big_rows["说明"] for c in r)
    for tz_text in ("UTC", "Asia/Shanghai", "Shanghai", "+08", "GMT", "CST"):
        assert tz_text not in text


def test_month_and_an_unfinished_period(tmp_path):
    report = dataclasses.replace(sample_report(kind="month", overdue=3), complete=False,
                                 as_of=sample_report().start + timedelta(days=3, hours=1))
    write_workbook(report, tmp_path / "m.xlsx")
    rows = read(tmp_path / "m.xlsx")
    assert rows["说明"][0][0].startswith("示例街道办事处2026年11月月报")
    about = {r[0]: r[1] for r in rows["说明"] if r and r[0]}
    assert about["数据截至"] == "2026-11-26 01:00（本期尚未结束）"
    assert "本月响应率" in rows["部门指标"][0]


def test_no_personal_data(big_rows):
    cells = [str(c) for rows in big_rows.values() for r in rows for c in r]
    assert not [c for c in cells if re.search(r"(?<!\d)1[3-9]\d{9}(?!\d)", c)]  # no mobile numbers


# -- layout: frozen header, autofilter, formats, widths ----------------------------------------------
def test_frozen_header_and_autofilter(big, big_file):
    xml = sheet_xml(big_file)
    counts = {"部门指标": len(big.departments), "超期清单": len(big.overdue), "督办升级": len(big.escalations),
              "通报清单": len(big.notifications), "待重办": len(big.cases), "重复诉求": len(big.repeats),
              "社区三率": len(big.office.communities), "分类三率": len(big.office.categories)}
    for name in LIST_SHEETS:
        pane = re.search(r"<pane [^>]*>", xml[name])
        assert pane and 'ySplit="1"' in pane.group(0) and 'state="frozen"' in pane.group(0), name
        last = xl_col_to_name(len(HEADERS.get(name, [None] * 42)) - 1)
        # the street's row under 部门指标 is outside the filter: it stays last when sorting
        assert f'<autoFilter ref="A1:{last}{counts[name] + 1}"/>' in xml[name], name
    # 部门指标 also keeps the rank and the department in view when scrolling sideways
    assert 'xSplit="2"' in re.search(r"<pane [^>]*>", xml["部门指标"]).group(0)
    assert "<pane" not in xml["说明"]


def test_number_formats(big_file, big_rows):
    head = big_rows["部门指标"][0]
    pct = xl_col_to_name(head.index("本周响应率"))
    assert number_format(big_file, "部门指标", f"{pct}2") == "0.0%"
    assert number_format(big_file, "部门指标", f"{pct}62") == "0.0%"  # the street
    assert number_format(big_file, "超期清单", "H2") == "yyyy-mm-dd hh:mm"
    assert number_format(big_file, "超期清单", "K2") == "0.0"
    assert number_format(big_file, "督办升级", "G2") == "yyyy-mm-dd hh:mm"
    assert number_format(big_file, "督办升级", "H2") == "yyyy-mm-dd hh:mm"
    assert number_format(big_file, "待重办", "E2") == "yyyy-mm-dd hh:mm"
    assert number_format(big_file, "社区三率", "C2") == "0.0%"


def test_header_is_bold_and_columns_fit_cjk(big_file):
    xml = sheet_xml(big_file)["超期清单"]
    with zipfile.ZipFile(big_file) as z:
        styles = ElementTree.fromstring(z.read("xl/styles.xml"))
    fonts = list(styles.iterfind("m:fonts/m:font", NS))
    xfs = list(styles.iterfind("m:cellXfs/m:xf", NS))
    s = int(re.search(r'<c r="A1" s="(\d+)"', xml).group(1))
    assert fonts[int(xfs[s].get("fontId"))].find("m:b", NS) is not None
    widths = {i: float(c.get("width")) for c in ElementTree.fromstring(xml).iterfind("m:cols/m:col", NS)
              for i in range(int(c.get("min")), int(c.get("max")) + 1)}
    # 分类 "物业管理" is 4 CJK characters: at least 8 wide; 部门 (30+ CJK characters) capped at 60
    assert widths[3] >= 8
    assert 60 <= widths[5] < 62
    assert workbook.text_width("朝阳区（试点）2026-01") == 2 * 7 + 7


def test_empty_report(empty_file):
    rows = read(empty_file)
    assert list(rows) == list(SHEETS)
    for name in ("超期清单", "督办升级", "通报清单", "待重办", "重复诉求"):
        assert rows[name][0] == HEADERS[name]
        assert len(rows[name]) == 2, name
        assert rows[name][1][0] == "本期无"
        assert set(rows[name][1][1:]) == {""}
    dept = rows["部门指标"]
    assert len(dept) == 1 + 12 + 1
    col = dept[0].index
    assert dept[1][col("本周响应率")] == "—" and dept[1][col("本周响应率（分子/分母）")] == "0/0"
    assert dept[-1][col("近4周满意率")] == "—"
    assert rows["社区三率"][1][2] == "—"
    about = {r[0]: r[1] for r in rows["说明"] if r and r[0]}
    assert about["超期清单"].endswith("（本期无）")
    xml = sheet_xml(empty_file)
    assert '<autoFilter ref="A1:L2"/>' in xml["超期清单"]


def test_strings_are_never_formulas_or_links(big, tmp_path):
    x = dataclasses.replace(big.overdue[0], category='=HYPERLINK("http://example.com","点我")', community="+12345",
                            department="http://example.com/a", late_text="0012")
    write_workbook(dataclasses.replace(big, overdue=(x,)), tmp_path / "f.xlsx")
    row = read(tmp_path / "f.xlsx")["超期清单"][1]
    assert row[2:5] == ['=HYPERLINK("http://example.com","点我")', "+12345", "http://example.com/a"]
    assert row[8] == "0012"
    xml = sheet_xml(tmp_path / "f.xlsx")["超期清单"]
    assert "<f>" not in xml and "<hyperlink" not in xml


# -- the file: permissions, atomic replacement -------------------------------------------------------
@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_file_mode_follows_the_umask(big, tmp_path):
    old = os.umask(0o022)
    try:
        write_workbook(big, tmp_path / "a.xlsx")
        (tmp_path / "b.xlsx").write_bytes(b"old")
        os.chmod(tmp_path / "b.xlsx", 0o600)
        write_workbook(big, tmp_path / "b.xlsx")  # replaced by a new file: a new file's mode
    finally:
        os.umask(old)
    assert (tmp_path / "a.xlsx").stat().st_mode & 0o777 == 0o644
    assert (tmp_path / "b.xlsx").stat().st_mode & 0o777 == 0o644
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.xlsx", "b.xlsx"]


def test_replaces_an_existing_file(big, tmp_path):
    out = tmp_path / "r.xlsx"
    out.write_bytes(b"not a workbook")
    write_workbook(big, out)
    assert zipfile.is_zipfile(out)
    assert [p.name for p in tmp_path.iterdir()] == ["r.xlsx"]


class Boom(Exception):
    pass


@pytest.mark.parametrize("existing", [False, True])
def test_no_temporary_file_left_after_an_error(big, tmp_path, monkeypatch, existing):
    out = tmp_path / "report.xlsx"
    if existing:
        out.write_bytes(b"last week's")
    calls = 0
    real = workbook._excel_serial

    def failing(at):
        nonlocal calls
        calls += 1
        if calls == 300:  # mid-way through 超期清单
            raise Boom
        return real(at)

    monkeypatch.setattr(workbook, "_excel_serial", failing)
    with pytest.raises(Boom):
        write_workbook(big, out)
    assert calls == 300
    assert [p.name for p in tmp_path.iterdir()] == (["report.xlsx"] if existing else [])
    if existing:
        assert out.read_bytes() == b"last week's"


def test_no_temporary_file_left_when_the_target_is_locked(big, tmp_path, monkeypatch):
    """On Windows a workbook open in Excel cannot be replaced: the error goes to the caller, nothing is left."""
    out = tmp_path / "report.xlsx"
    out.write_bytes(b"open in Excel")

    def locked(src, dst):
        raise PermissionError(13, "拒绝访问", str(dst))

    monkeypatch.setattr(workbook.os, "replace", locked)
    with pytest.raises(PermissionError):
        write_workbook(big, out)
    assert [p.name for p in tmp_path.iterdir()] == ["report.xlsx"]
    assert out.read_bytes() == b"open in Excel"


def test_a_missing_folder_is_an_os_error(big, tmp_path):
    with pytest.raises(FileNotFoundError):
        write_workbook(big, tmp_path / "missing" / "r.xlsx")
    assert list(tmp_path.iterdir()) == []


# -- speed and packaging -----------------------------------------------------------------------------
def test_ten_thousand_overdue_rows_are_quick(tmp_path):
    report = sample_report(departments=60, long_names=True, overdue=10_000)
    t0 = time.perf_counter()
    write_workbook(report, tmp_path / "big.xlsx")
    seconds = time.perf_counter() - t0
    # about 0.7 s on a laptop; the bound only catches a pathological slowdown
    assert seconds < 5, f"{seconds:.2f} s for 10,000 overdue rows"
    book = CalamineWorkbook.from_path(str(tmp_path / "big.xlsx"))
    assert len(book.get_sheet_by_name("超期清单").to_python()) == 10_001


def _cells(path: Path) -> dict[str, dict[str, tuple]]:
    """Every cell of every sheet as (type, value, number format, bold, wrapped, aligned), by sheet and reference: what
    a reader of the file sees, whatever the order of the style and shared-string indices."""
    with zipfile.ZipFile(path) as z:
        styles = ElementTree.fromstring(z.read("xl/styles.xml"))
        strings = ["".join(t.text or "" for t in si.iter(f"{{{NS['m']}}}t"))
                   for si in ElementTree.fromstring(z.read("xl/sharedStrings.xml"))]
    codes = {int(n.get("numFmtId")): n.get("formatCode") for n in styles.iterfind("m:numFmts/m:numFmt", NS)}
    fonts = list(styles.iterfind("m:fonts/m:font", NS))
    looks = []
    for xf in styles.iterfind("m:cellXfs/m:xf", NS):
        align = xf.find("m:alignment", NS)
        looks.append((codes.get(int(xf.get("numFmtId", 0)), xf.get("numFmtId")),
                      fonts[int(xf.get("fontId", 0))].find("m:b", NS) is not None, xf.get("borderId"), xf.get("fillId"),
                      None if align is None else tuple(sorted(align.attrib.items()))))
    out = {}
    for name, xml in sheet_xml(path).items():
        cells = {}
        for c in ElementTree.fromstring(xml).iterfind("m:sheetData/m:row/m:c", NS):
            v = c.find("m:v", NS)
            value = None if v is None else strings[int(v.text)] if c.get("t") == "s" else v.text
            cells[c.get("r")] = (c.get("t"), value, looks[int(c.get("s", 0))])
        out[name] = cells
    return out


def test_list_rows_are_the_cells_xlsxwriter_writes(big, tmp_path, monkeypatch):
    """The list rows are rendered to XML a row at a time (``_ListSheet.add_rows``); a reader sees exactly the
    cells that xlsxwriter's own ``write_*`` calls give, cell by cell (values, types, formats)."""
    fast = tmp_path / "fast.xlsx"
    write_workbook(big, fast)

    def cell_by_cell(self, first, rows, kinds, fmts, no_value_fmt):
        for r, values in enumerate(rows, start=first):
            for i, value in enumerate(values):
                workbook._write_cell(self, r, i, kinds[i], value, fmts[i], no_value_fmt)

    monkeypatch.setattr(workbook._ListSheet, "add_rows", cell_by_cell)
    slow = tmp_path / "slow.xlsx"
    write_workbook(big, slow)
    a, b = _cells(fast), _cells(slow)
    assert list(a) == list(b)
    for name in a:
        differ = [ref for ref in a[name].keys() | b[name].keys() if a[name].get(ref) != b[name].get(ref)]
        assert not differ, (name, len(differ), [(ref, a[name].get(ref), b[name].get(ref)) for ref in differ[:3]])
    assert len(a["超期清单"]) == 12 * (len(big.overdue) + 1)
    for name, xml in sheet_xml(fast).items():  # the same sheet set-up around the rows
        slow_xml = sheet_xml(slow)[name]
        for tag in ("dimension", "autoFilter", "pane"):
            assert re.findall(rf"<{tag} [^>]*>", xml) == re.findall(rf"<{tag} [^>]*>", slow_xml), (name, tag)


def test_the_bundle_finds_xlsxwriter():
    """PyInstaller's analysis follows a module-level import; the spec also lists it as a hidden import."""
    tree = ast.parse((ROOT / "reports" / "workbook.py").read_text(encoding="utf-8"))
    top = {a.name for n in tree.body if isinstance(n, ast.Import) for a in n.names}
    assert "xlsxwriter" in top
    spec = ast.parse((ROOT / "installer" / "whistle-desk.spec").read_text(encoding="utf-8"))
    strings = {n.value for n in ast.walk(spec) if isinstance(n, ast.Constant) and isinstance(n.value, str)}
    assert "xlsxwriter" in strings
