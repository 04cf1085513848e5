"""The period report's full lists as an Excel workbook (.xlsx), written beside the 通报 PDF.

    from reports.workbook import write_workbook
    write_workbook(report, "2026-W48.xlsx")

The PDF prints the short lists; the workbook has every row, one sheet per list, for filtering and
sorting in Excel or WPS: 说明 (the period, the scheme, the definitions), 部门指标, 超期清单, 督办升级,
通报清单, 待重办, 重复诉求, 社区三率, 分类三率. Rates are number cells formatted 0.0% ("—" when
there is nothing to divide by); instants are date-time cells in office time. Residents' names and phone
numbers are not part of :class:`~desk.stats.data.PeriodReport`, so they cannot appear here.

The file is written atomically: to a temporary file in the same folder, then renamed over ``out``; on
any error nothing is left behind and an existing ``out`` is untouched. Pure Python (xlsxwriter), no Qt.
"""
from __future__ import annotations

import contextlib
import math
import os
import secrets
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import xlsxwriter
import xlsxwriter.worksheet
from xlsxwriter.utility import xl_col_to_name

from desk.labels import URGENCY
from desk.perf import gc_paused
from desk.stats.data import (
    HANDLING_LABELS,
    INDICATOR_LABELS,
    LEVEL_LABELS,
    MARK_LABELS,
    ROLE_LABELS,
    SATISFACTION_LABELS,
    STEP_LABELS,
    EscalationItem,
    GroupRates,
    Indicators,
    PeriodReport,
    Ratio,
)

__all__ = ["SHEETS", "write_workbook"]

#: The sheets, in order (Excel allows at most 31 characters in a sheet name).
SHEETS = ("说明", "部门指标", "超期清单", "督办升级", "通报清单", "待重办", "重复诉求", "社区三率", "分类三率")
#: What an empty list shows under its header.
NONE_ROW = "本期无"
#: A rate with nothing to divide by (as the 通报 prints it).
NO_VALUE = "—"
#: The indicators of 部门指标, in order.
DEPARTMENT_INDICATORS = ("response", "resolution", "satisfaction", "acknowledge_on_time", "resolve_on_time",
                         "return_rate", "redo_rate", "department_contacted")
MATCHED_BY = {"address": "地址", "phone": "电话"}
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
#: Column widths, in Excel's character units (a CJK character counts 2).
MIN_WIDTH = 6
MAX_WIDTH = 60
#: A header wider than its data (and than this) wraps onto two or three lines instead of widening the column.
WRAP_HEADER_OVER = 12
ROW_HEIGHT = 15.0
#: Sheets up to this total width (characters) print one page wide.
PRINT_FIT_WIDTH = 220


# -- cell kinds ------------------------------------------------------------------------------------
# text: a string (written as a string even when it looks like a formula, a number or a URL);
# int and days: numbers (days with one decimal);
# pct: a rate in [0, 1] (None shows "—"); time: a naive office-local datetime.
@dataclass(frozen=True)
class Column:
    header: str
    kind: str = "text"
    #: Wider values wrap onto more lines.
    max_width: int = MAX_WIDTH


def text_width(text: str) -> int:
    """Display width in Excel's character units: a CJK (wide or full-width) character counts 2."""
    if text.isascii():
        return len(text)
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


#: The width of a number column's values ("100.0%", "2026-11-23 10:00"); text columns are measured.
_FIXED_WIDTH = {"int": 7, "days": 7, "pct": 7, "time": 16}
#: Cell formats by kind ("wrap": a text column at its widest; "none": a rate with nothing to divide by).
_KIND_FORMATS: dict[str, dict[str, Any]] = {
    "text": {}, "wrap": {"text_wrap": True}, "int": {"num_format": "0"}, "days": {"num_format": "0.0"},
    "pct": {"num_format": "0.0%"}, "time": {"num_format": DATETIME_FORMAT},
    "none": {"align": "right"},  # "—", right-aligned like the numbers around it
}


class _Formats:
    def __init__(self, wb: xlsxwriter.Workbook) -> None:
        self.header = wb.add_format({"bold": True, "bg_color": "#E8EEF4", "bottom": 1, "text_wrap": True,
                                     "valign": "vcenter"})
        # top-aligned, so that a row with a wrapped cell still reads across
        self.cell = {k: wb.add_format({"valign": "top", **p}) for k, p in _KIND_FORMATS.items()}
        self.total = {k: wb.add_format({"valign": "top", "bold": True, "top": 1, **p})
                      for k, p in _KIND_FORMATS.items()}
        self.title = wb.add_format({"bold": True, "font_size": 14})
        self.section = wb.add_format({"bold": True, "bg_color": "#E8EEF4", "bottom": 1})
        self.label = wb.add_format({"bold": True, "valign": "top"})
        self.note = wb.add_format({"text_wrap": True, "valign": "top"})


def _write_cell(ws: Any, row: int, col: int, kind: str, value: Any, fmt: Any, no_value_fmt: Any) -> None:
    if value is None:
        if kind == "pct":
            ws.write_string(row, col, NO_VALUE, no_value_fmt)
        else:
            ws.write_blank(row, col, None, fmt)
        return
    if kind == "text":
        ws.write_string(row, col, value, fmt)
    elif kind == "time":
        ws.write_datetime(row, col, value, fmt)
    else:
        ws.write_number(row, col, value, fmt)


#: Excel's day 0 (the 1900 date system); days after 1900-02-28 count Excel's phantom 1900-02-29.
_EXCEL_EPOCH = datetime(1899, 12, 31)


def _excel_serial(at: datetime) -> float:
    """A naive date-time as Excel's serial number, exactly as ``Worksheet.write_datetime`` computes it."""
    delta = at - _EXCEL_EPOCH
    serial = delta.days + (float(delta.seconds) + float(delta.microseconds) / 1e6) / 86400
    return serial + 1 if serial > 59 else serial


class _ListSheet(xlsxwriter.worksheet.Worksheet):
    """A worksheet whose list rows are turned into XML one row at a time.

    Written cell by cell, xlsxwriter keeps an object per cell and writes it out through several calls: about
    10 µs a cell, and the workbook of a week of 10,000 tickets has some 200,000 cells. :meth:`add_rows` renders
    each row at once into the same XML xlsxwriter writes (shared strings, style indices, numbers as ``%.16G``),
    and :meth:`_write_rows` puts those rows between the ones written through the ordinary calls (the header,
    the total). This relies on internals of xlsxwriter 3 (``_write_rows``, ``_check_dimensions``, ``str_table``,
    ``Format._get_xf_index``); tests/reports/test_workbook.py reads the result back.
    """

    def __init__(self) -> None:
        super().__init__()
        self._block: tuple[int, list[str]] | None = None

    def add_rows(self, first: int, rows: Sequence[Sequence[Any]], kinds: Sequence[str], fmts: Sequence[Any],
                 no_value_fmt: Any) -> None:
        """Rows ``first``, ``first + 1``, … as :func:`_write_cell` would write them (only once per sheet)."""
        if not rows:
            return
        assert self._block is None
        sst = self.str_table._get_shared_string_index
        n = len(kinds)
        # per column: the cell's opening (up to the row number) and what follows the row number for a string, a
        # number or an empty cell
        opening = [f'<c r="{xl_col_to_name(i)}' for i in range(n)]
        text_mid = [f'" s="{f._get_xf_index()}" t="s"><v>' for f in fmts]
        number_mid = [f'" s="{f._get_xf_index()}"><v>' for f in fmts]
        blank = [f'" s="{f._get_xf_index()}"/>' for f in fmts]
        no_value = f'" s="{no_value_fmt._get_xf_index()}" t="s"><v>'
        columns = list(zip(kinds, opening, text_mid, number_mid, blank))
        strmax = self.xls_strmax
        out = []
        for r, values in enumerate(rows, start=first + 1):  # XML rows count from 1
            cells = [f'<row r="{r}">']
            add = cells.append
            for (kind, head, text_at, number_at, empty), value in zip(columns, values):
                if value is None:
                    add(f"{head}{r}{no_value}{sst(NO_VALUE)}</v></c>" if kind == "pct" else f"{head}{r}{empty}")
                elif kind == "text":
                    if not isinstance(value, str):
                        value = str(value)
                    if len(value) > strmax // 2 and len(value.encode("utf-16-le")) > 2 * strmax:  # Excel's limit
                        value = value.encode("utf-16-le")[:2 * strmax].decode("utf-16-le", "ignore")
                    add(f"{head}{r}{text_at}{sst(value)}</v></c>")
                elif kind == "time":
                    add(f"{head}{r}{number_at}{_excel_serial(value):.16G}</v></c>")
                else:
                    add(f"{head}{r}{number_at}{value:.16G}</v></c>")
            add("</row>")
            out.append("".join(cells))
        self._check_dimensions(first, 0)
        self._check_dimensions(first + len(rows) - 1, n - 1)
        self._block = (first, out)

    def _write_rows(self) -> None:
        if self._block is None:
            super()._write_rows()
            return
        first, xml = self._block
        last = first + len(xml) - 1
        lo, hi = self.dim_rowmin, self.dim_rowmax
        try:
            if lo < first:  # the header
                self.dim_rowmax = first - 1
                super()._write_rows()
            self.fh.write("".join(xml))
            if hi > last:  # the total
                self.dim_rowmin, self.dim_rowmax = last + 1, hi
                super()._write_rows()
        finally:
            self.dim_rowmin, self.dim_rowmax = lo, hi


def _table(wb: xlsxwriter.Workbook, f: _Formats, name: str, columns: Sequence[Column],
           rows: Sequence[Sequence[Any]], *, total: Sequence[Any] | None = None, frozen_columns: int = 0) -> None:
    """One list sheet: a bold frozen header, an autofilter over the rows, widths that fit (CJK counts 2).

    ``total`` is a last, bold row outside the autofilter (sorting and filtering leave it at the bottom).
    An empty ``rows`` gets one row "本期无". ``frozen_columns`` stay in view when scrolling sideways.
    """
    ws = wb.add_worksheet(name, worksheet_class=_ListSheet)
    n = len(columns)
    kinds = [c.kind for c in columns]
    # -- widths: the widest value of each column (each distinct string measured once)
    widths = []
    every = [*rows, total] if total is not None else rows
    for i, kind in enumerate(kinds):
        if kind in _FIXED_WIDTH:
            w = _FIXED_WIDTH[kind]
        else:
            w = max((text_width(v) for v in {r[i] for r in every} if isinstance(v, str)), default=0)
        widths.append(w)
    if not rows:
        widths[0] = max(widths[0], text_width(NONE_ROW))
    header_lines = 1
    for i, col in enumerate(columns):
        hw = text_width(col.header)
        w = widths[i]
        if hw > w and hw > WRAP_HEADER_OVER:
            w = max(w, WRAP_HEADER_OVER, math.ceil(hw / 2))
            header_lines = max(header_lines, min(3, math.ceil(hw / w)))
        else:
            w = max(w, hw)
        widths[i] = min(col.max_width, max(MIN_WIDTH, w + 2))
        ws.set_column(i, i, widths[i])
    # -- header
    ws.set_row(0, ROW_HEIGHT * header_lines + (2 if header_lines > 1 else 0))
    for i, col in enumerate(columns):
        ws.write_string(0, i, col.header, f.header)
    ws.freeze_panes(1, frozen_columns)
    # -- rows
    # a text column at its widest wraps (its longest values would be cut off otherwise)
    wraps = [k == "text" and widths[i] >= columns[i].max_width for i, k in enumerate(kinds)]
    cell_fmts = [f.cell["wrap"] if wraps[i] else f.cell[k] for i, k in enumerate(kinds)]
    no_value = f.cell["none"]
    ws.add_rows(1, rows, kinds, cell_fmts, no_value)
    r = len(rows)
    if not rows:
        r = 1
        ws.write_string(1, 0, NONE_ROW, f.cell["text"])
    ws.autofilter(0, 0, r, n - 1)
    if total is not None:
        r += 1
        for i, value in enumerate(total):
            _write_cell(ws, r, i, kinds[i], value, f.total["wrap" if wraps[i] else kinds[i]], f.total["none"])
    # -- printing: A4 landscape, the header (and the frozen columns) on every page, one page wide
    # unless that would make the print unreadably small
    ws.set_landscape()
    ws.set_paper(9)
    ws.repeat_rows(0)
    if frozen_columns:
        ws.repeat_columns(0, frozen_columns - 1)
    if sum(widths) <= PRINT_FIT_WIDTH:
        ws.fit_to_pages(1, 0)


# -- values ----------------------------------------------------------------------------------------
def _local(tz: tzinfo) -> Callable[[datetime | None], datetime | None]:
    def local(at: datetime | None) -> datetime | None:
        if at is None:
            return None
        if at.tzinfo is None:  # the contract says aware UTC; a naive instant is taken as UTC
            at = at.replace(tzinfo=timezone.utc)
        return at.astimezone(tz).replace(tzinfo=None, microsecond=0)
    return local


def _fmt_time(at: datetime) -> str:
    return at.strftime("%Y-%m-%d %H:%M")


def _num(x: float) -> str:
    """A count for 分子/分母: an integer, or a weighted count (满意率) with up to two decimals."""
    return f"{round(x, 2):g}"


def _fraction(ratio: Ratio) -> str:
    return f"{_num(ratio.part)}/{ratio.whole}"


def _yes_no(flag: bool | None) -> str | None:
    return None if flag is None else "是" if flag else "否"


def _urgency(code: str) -> str:
    return URGENCY.get(code, code)


def _span_columns(span: str) -> list[Column]:
    cols = [Column(f"{span}综合得分", "pct")]
    for key in DEPARTMENT_INDICATORS:
        label = INDICATOR_LABELS[key]
        cols += [Column(f"{span}{label}", "pct"), Column(f"{span}{label}（分子/分母）")]
    cols += [Column(f"{span}有效回访", "int"), Column(f"{span}通报", "int")]
    return cols


def _span_values(ind: Indicators) -> list[Any]:
    out: list[Any] = [ind.composite]
    for key in DEPARTMENT_INDICATORS:
        ratio = ind.get(key)
        out += [ratio.value, _fraction(ratio)]
    out += [ind.valid_callbacks, ind.notifications]
    return out


def _window_label(report: PeriodReport) -> str:
    if report.window_start < report.start:
        return f"近{report.scheme.window_weeks}周"
    return "排名窗口"


def _departments(wb: xlsxwriter.Workbook, f: _Formats, report: PeriodReport) -> None:
    span = "本周" if report.kind == "week" else "本月"
    window = _window_label(report)
    # 42 columns: the rank and the department stay in view when scrolling sideways
    columns = [Column("排名", "int"), Column("部门", max_width=30), Column("红黑榜"), Column("原因", max_width=40),
               *_span_columns(span), *_span_columns(window)]
    rows = [[d.rank, d.name, MARK_LABELS.get(d.mark or "", d.mark), "；".join(d.reasons) or None,
             *_span_values(d.period), *_span_values(d.window)] for d in report.departments]
    total = [None, "全街道", None, None, *_span_values(report.office.period), *_span_values(report.office.window)]
    _table(wb, f, "部门指标", columns, rows, total=total, frozen_columns=2)


def _overdue(wb: xlsxwriter.Workbook, f: _Formats, report: PeriodReport, local: Callable) -> None:
    columns = [Column("工单编号"), Column("紧急程度"), Column("分类"), Column("社区"), Column("部门"),
               Column("角色"), Column("超期环节"), Column("期限", "time"), Column("超期"), Column("计时"),
               Column("超期天数", "days"), Column("上期结转")]
    rows = [(x.ticket_number, _urgency(x.urgency), x.category, x.community, x.department,
             ROLE_LABELS.get(x.role, x.role), STEP_LABELS.get(x.step, x.step), local(x.due), x.late_text,
             "工作时间" if x.working else "自然时间", round(x.age_days, 1), "是" if x.carried_over else "否")
            for x in report.overdue]
    _table(wb, f, "超期清单", columns, rows)


def _escalations(wb: xlsxwriter.Workbook, f: _Formats, name: str, items: Iterable[EscalationItem],
                 local: Callable) -> None:
    columns = [Column("级别"), Column("工单编号"), Column("紧急程度"), Column("部门"), Column("角色"),
               Column("环节"), Column("期限", "time"), Column("到达时间", "time"), Column("超期"),
               Column("处理情况"), Column("期末状态")]
    rows = [(LEVEL_LABELS.get(x.level, str(x.level)), x.ticket_number, _urgency(x.urgency), x.department,
             ROLE_LABELS.get(x.role, x.role), STEP_LABELS.get(x.step, x.step), local(x.due), local(x.reached_at),
             x.late_text, HANDLING_LABELS.get(x.handling, x.handling) if x.handling else "未处理",
             "已完成" if x.closed else "未完成")
            for x in items]
    _table(wb, f, name, columns, rows)


def _cases(wb: xlsxwriter.Workbook, f: _Formats, report: PeriodReport, local: Callable) -> None:
    columns = [Column("工单编号"), Column("分类"), Column("社区"), Column("部门"), Column("回访时间", "time"),
               Column("是否解决"), Column("满意度"), Column("已重办")]
    rows = [(x.ticket_number, x.category, x.community, x.department, local(x.at), _yes_no(x.resolved) or NO_VALUE,
             SATISFACTION_LABELS.get(x.satisfaction, x.satisfaction) if x.satisfaction else NO_VALUE,
             "是" if x.reopened else "否")
            for x in report.cases]
    _table(wb, f, "待重办", columns, rows)


def _repeats(wb: xlsxwriter.Workbook, f: _Formats, report: PeriodReport) -> None:
    columns = [Column("工单编号"), Column("前次工单"), Column("分类"), Column("社区"), Column("相同"),
               Column("间隔天数", "days")]
    rows = [(x.ticket_number, x.earlier_number, x.category, x.community, MATCHED_BY.get(x.matched_by, x.matched_by),
             x.days_apart) for x in report.repeats]
    _table(wb, f, "重复诉求", columns, rows)


def _groups(wb: xlsxwriter.Workbook, f: _Formats, name: str, what: str, items: Iterable[GroupRates]) -> None:
    columns = [Column(what), Column("受理", "int"), Column("响应率", "pct"), Column("解决率", "pct"),
               Column("满意率", "pct"), Column("重复诉求", "int")]
    rows = [(g.name, g.received, g.response.value, g.resolution.value, g.satisfaction.value, g.repeats)
            for g in items]
    _table(wb, f, name, columns, rows)


def _about(wb: xlsxwriter.Workbook, f: _Formats, report: PeriodReport, local: Callable) -> None:
    ws = wb.add_worksheet("说明")
    ws.set_column(0, 0, 22)
    ws.set_column(1, 1, 80)
    kind = "周报" if report.kind == "week" else "月报"
    ws.set_row(0, 24)
    ws.write_string(0, 0, f"{report.office_name}{report.title}{kind}明细", f.title)
    s = report.scheme
    lines: list[tuple[str, str]] = [
        ("办公室", report.office_name),
        ("报告期", report.title),
        ("期号", report.issue_label),
        ("统计区间", f"{_fmt_time(local(report.start))} 至 {_fmt_time(local(report.end))}（含起点，不含终点）"),
    ]
    if not report.complete:
        lines.append(("数据截至", f"{_fmt_time(local(report.as_of))}（本期尚未结束）"))
    lines += [
        ("排名窗口", f"{report.window_first_day:%Y-%m-%d} 至 {report.last_day:%Y-%m-%d}"
                     + (f"（近 {s.window_weeks} 周，含本期）" if report.window_start < report.start
                        else "（即报告期本身）")),
        ("生成时间", _fmt_time(local(report.generated_at))),
        ("时间", "本工作簿中的时间均为办公室当地时间。"),
        ("综合得分", s.text()),
        ("基本满意折算", f"满意率计算时，基本满意按 {s.basic_weight:g} 个满意计。"),
        ("参与排名", f"排名窗口内有效回访不少于 {s.min_callbacks} 次的部门参与排名。"),
        ("黑榜线", f"满意率低于 {s.black_threshold * 100:g}%。"),
        ("重复诉求判定", f"{s.repeat_days} 天内同一分类、同一地址或同一电话的再次诉求。"),
    ]
    if not report.separated:
        lines.append(("差异", "参与排名的部门与全街道的差异均在统计误差范围内（差异不显著）。"))
    lines.append(("隐私", "本工作簿只列工单编号、分类、社区和部门，不含反映人的姓名和电话。"))
    row = 2
    for label, text in lines:
        ws.write_string(row, 0, label, f.label)
        ws.write_string(row, 1, text, f.note)
        row += 1
    counts = {
        "部门指标": (len(report.departments), "每个部门一行：排名、红黑榜及原因，报告期和排名窗口的各项指标；"
                                           "百分比后一列为分子/分母；最后一行为全街道。"),
        "超期清单": (len(report.overdue), "期末仍超期的派单，每件派单一行（所欠的第一个已超期环节）。"),
        "督办升级": (len(report.escalations), "报告期内到达的催办、督办、通报。"),
        "通报清单": (len(report.notifications), "期末处于通报级别或报告期内到达通报的派单。"),
        "待重办": (len(report.cases), "报告期内回访为未解决或不满意的工单。"),
        "重复诉求": (len(report.repeats), "报告期内受理、与此前工单重复的诉求。"),
        "社区三率": (len(report.office.communities), "各社区的受理数和三率。"),
        "分类三率": (len(report.office.categories), "各分类的受理数和三率。"),
    }
    row += 1
    ws.write_string(row, 0, "工作表", f.section)
    ws.write_string(row, 1, "内容", f.section)
    row += 1
    for name in SHEETS[1:]:
        n, text = counts[name]
        ws.write_string(row, 0, name, f.label)
        ws.write_string(row, 1, f"{text}（{n} 行）" if n else f"{text}（本期无）", f.note)
        row += 1
    row += 1
    ws.write_string(row, 0, "指标定义", f.section)
    ws.write_string(row, 1, "", f.section)
    row += 1
    for d in report.definitions:
        ws.write_string(row, 0, d.term, f.label)
        ws.write_string(row, 1, d.text, f.note)
        row += 1
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)


def _build(wb: xlsxwriter.Workbook, report: PeriodReport) -> None:
    f = _Formats(wb)
    local = _local(ZoneInfo(report.time_zone))
    kind = "周报" if report.kind == "week" else "月报"
    wb.set_properties({
        "title": f"{report.office_name}{report.title}{kind}明细",
        "subject": report.issue_label,
        "company": report.office_name,
        # the file's own creation date (stored as UTC by Excel's convention): the report's, not the clock's
        "created": (report.generated_at if report.generated_at.tzinfo is None
                    else report.generated_at.astimezone(timezone.utc).replace(tzinfo=None)),
    })
    _about(wb, f, report, local)
    _departments(wb, f, report)
    _overdue(wb, f, report, local)
    _escalations(wb, f, "督办升级", report.escalations, local)
    _escalations(wb, f, "通报清单", report.notifications, local)
    _cases(wb, f, report, local)
    _repeats(wb, f, report)
    _groups(wb, f, "社区三率", "社区", report.office.communities)
    _groups(wb, f, "分类三率", "分类", report.office.categories)


def write_workbook(report: PeriodReport, out: str | os.PathLike) -> None:
    """Write ``report``'s full lists as an .xlsx workbook at ``out``, atomically.

    The temporary file is created beside ``out`` with the permissions of any new file (0o666 less the
    umask) and renamed over ``out`` when complete; on an exception it is removed and ``out`` is left as
    it was. Raises OSError when the folder is not writable or ``out`` is locked (open in Excel on Windows).
    """
    target = Path(out)
    tmp = target.with_name(f".{target.stem}.{secrets.token_hex(4)}.tmp.xlsx")
    # "x": a new file of ours (O_EXCL), with mode 0o666 & ~umask like any file the user saves.
    fh = open(tmp, "xb")  # noqa: SIM115 - closed below, before the rename
    try:
        with fh:
            # in_memory: the parts are assembled in memory and zipped into fh (nothing in the system's temp
            # folder); strings stay strings (never turned into formulas, links or numbers).
            wb = xlsxwriter.Workbook(fh, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False,
                                          "strings_to_numbers": False})
            with gc_paused():
                _build(wb, report)
                wb.close()
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
