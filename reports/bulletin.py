"""The period's printed documents, from :class:`desk.stats.data.PeriodReport`: the 通报 and the 部门工作单.

**The 通报** (:func:`render_bulletin_pdf`) is laid out like an official document (GB/T 9704-2012), two to
four A4 pages for a normal week:

* 版头: the office's name and 吹哨报到工作通报 in large red type, the 期号 and 签发人, a red rule;
* the title (关于……吹哨报到工作情况的通报) and 主送;
* 一、总体情况: the key figures against the previous period (and the same period a year ago);
* 二、部门排名: the ranking over the window with this period's figures beside, the 红榜 and 黑榜 (or why
  there are none), the departments not ranked and why, the scheme, a chart of the composite scores;
* 三、通报事项: at most :data:`NOTICE_ROWS` rows (the rest are in the workbook) and the deadline;
* 四、点评 (the supervisor's text or the draft); 五、其他情况 (社区, categories, the small map of the 社区 shaded by
  the period's tickets when boundaries were imported (issue 17, reports.mapdraw), repeats, the backlog);
* the office and 成文日期, a short 附 defining the indicators, and the 版记 (抄送, 印发) at the foot of
  the last page. Pages are numbered "— 2 —".

An empty period prints one page that says so.

**The 部门工作单** (:func:`render_department_slips_pdf`): one slip per department, each starting on a new
page and at most two pages long (its lists are cut to fit, "其余 N 件见附表"), ending with a receipt line.

Body type is 仿宋, headings 黑体, the masthead and titles 小标宋 when the system has them (see
:func:`reports.fonts.find_font_set`), else the shipped font. Files are written atomically.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, BinaryIO
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable
from reportlab.platypus.tables import CellStyle

from desk.labels import ESCALATION_LEVEL, PROJECT_STAGE
from desk.perf import gc_paused
from desk.stats.data import (
    HANDLING_LABELS,
    LEVEL_LABELS,
    MARK_LABELS,
    ROLE_LABELS,
    SATISFACTION_LABELS,
    STEP_LABELS,
    URGENCY_ORDER,
    CaseItem,
    DepartmentFigures,
    EscalationItem,
    GroupRates,
    Indicators,
    OverdueItem,
    PeriodReport,
    Ratio,
)
from desk.stats.definitions import MAP_TERM
from reports import charts, mapdraw
from reports.fonts import FontSet, find_font_set
from reports.style import (
    DOC_BOTTOM,
    DOC_GRID,
    DOC_H,
    DOC_INK,
    DOC_LEFT,
    DOC_RED,
    DOC_RIGHT,
    DOC_SHADE,
    DOC_TOP,
    DOC_W,
    PAGE_W,
    AtFoot,
    Mark,
    Progress,
    cn_date,
    count_change,
    deadline_text,
    numbered_canvas,
    pct,
    pp_change,
    ratio_text,
    short_time,
    write_atomically,
)
from reports.text import CJKParagraph

#: Rows of the 通报 list printed in the 通报 (the workbook has them all; each department's slip its own). Cut
#: 15 → 12 for the projects' paragraph and 12 → 8 for the small map (issue 17), so that the demo's weeks and month
#: still fit four pages.
NOTICE_ROWS = 8
#: The 通报 is meant to fit this many pages (the figures are laid out to; only a long 点评 can push it over).
BULLETIN_MAX_PAGES = 4
#: 社区 and categories printed in 五、其他情况 (largest first; the small map shows every 社区's count).
GROUP_ROWS = 6
#: The 通报's small map (issue 17): at most this wide and tall (the aspect of the boundaries kept).
MAP_W, MAP_H = 60 * mm, 34 * mm
URGENCY_LABELS = {"routine": "一般", "urgent": "紧急", "emergency": "特急"}
MATCHED_BY = {"address": "同一地址", "phone": "同一来电"}
#: The single-line rows of the slips' lists (fixed height, so that a slip's length can be planned).
LIST_SIZE = 8.5
LIST_ROW = 13.5
CELL_SIZE = 9
CELL_LEADING = 11.5
CELL_PAD = 2.5


def _urgency_key(item: Any) -> tuple:
    return URGENCY_ORDER.get(item.urgency, 9), item.due, item.ticket_number


@dataclass(frozen=True)
class _Words:
    """How this kind of period is spoken of."""

    this: str  # 本周 / 本月
    last: str  # 上周 / 上月
    at_end: str  # 截至周日24时 / 截至期末

    @classmethod
    def of(cls, report: PeriodReport) -> _Words:
        if report.kind == "month":
            return cls("本月", "上月", "截至期末")
        return cls("本周", "上周", "截至周日24时")


# -- the shared renderer ----------------------------------------------------------------------------
class _Document:
    """An official document's styles (GB/T 9704-like) and small builders: paragraphs, ruled tables, lists."""

    def __init__(self, fonts: FontSet, tz: ZoneInfo) -> None:
        self.f = fonts
        self.tz = tz
        body, head, title = fonts.body, fonts.heading, fonts.title
        ink = dict(textColor=DOC_INK)
        self.styles: dict[str, ParagraphStyle] = {
            "masthead": ParagraphStyle("masthead", fontName=title, fontSize=30, leading=38, alignment=TA_CENTER,
                                       textColor=DOC_RED),
            "issue": ParagraphStyle("issue", fontName=body, fontSize=12, leading=16, **ink),
            "issue_r": ParagraphStyle("issue_r", fontName=body, fontSize=12, leading=16, alignment=TA_RIGHT, **ink),
            "title": ParagraphStyle("title", fontName=title, fontSize=17, leading=25, alignment=TA_CENTER,
                                    spaceBefore=4, spaceAfter=6, **ink),
            "subtitle": ParagraphStyle("subtitle", fontName=body, fontSize=10.5, leading=15, alignment=TA_CENTER,
                                       spaceAfter=4, **ink),
            "to": ParagraphStyle("to", fontName=body, fontSize=12, leading=19, spaceBefore=6, spaceAfter=2, **ink),
            "body": ParagraphStyle("body", fontName=body, fontSize=12, leading=19, firstLineIndent=24,
                                   spaceAfter=1, **ink),
            "h1": ParagraphStyle("h1", fontName=head, fontSize=12, leading=19, firstLineIndent=24, spaceBefore=6,
                                 spaceAfter=2, keepWithNext=1, **ink),
            "h2": ParagraphStyle("h2", fontName=body, fontSize=12, leading=19, firstLineIndent=24, spaceBefore=2,
                                 keepWithNext=1, **ink),
            "note": ParagraphStyle("note", fontName=body, fontSize=10, leading=14.5, spaceBefore=2, spaceAfter=2,
                                   **ink),
            "note_r": ParagraphStyle("note_r", fontName=body, fontSize=10, leading=14.5, alignment=TA_RIGHT, **ink),
            "small": ParagraphStyle("small", fontName=body, fontSize=9, leading=13, **ink),
            "small_h": ParagraphStyle("small_h", fontName=head, fontSize=9.5, leading=13.5, spaceBefore=4, **ink),
            "sign": ParagraphStyle("sign", fontName=body, fontSize=12, leading=19, alignment=TA_RIGHT,
                                   rightIndent=24, **ink),
            "cell": ParagraphStyle("cell", fontName=body, fontSize=CELL_SIZE, leading=CELL_LEADING, **ink),
            "cell_c": ParagraphStyle("cell_c", fontName=body, fontSize=CELL_SIZE, leading=CELL_LEADING,
                                     alignment=TA_CENTER, **ink),
            "cell_r": ParagraphStyle("cell_r", fontName=body, fontSize=CELL_SIZE, leading=CELL_LEADING,
                                     alignment=TA_RIGHT, **ink),
            "cell_h": ParagraphStyle("cell_h", fontName=head, fontSize=CELL_SIZE, leading=CELL_LEADING,
                                     alignment=TA_CENTER, **ink),
            "slip_office": ParagraphStyle("slip_office", fontName=body, fontSize=11, leading=15,
                                          alignment=TA_CENTER, **ink),
            "slip_title": ParagraphStyle("slip_title", fontName=title, fontSize=20, leading=26, alignment=TA_CENTER,
                                         textColor=DOC_RED),
            "slip_dept": ParagraphStyle("slip_dept", fontName=head, fontSize=14, leading=19, alignment=TA_CENTER,
                                        spaceBefore=1, spaceAfter=1, **ink),
            "slip_h": ParagraphStyle("slip_h", fontName=head, fontSize=11, leading=15, spaceBefore=6, spaceAfter=3,
                                     **ink),
            "slip_body": ParagraphStyle("slip_body", fontName=body, fontSize=10.5, leading=15, **ink),
            "receipt": ParagraphStyle("receipt", fontName=body, fontSize=11.5, leading=17, alignment=TA_RIGHT,
                                      **ink),
        }
        self._fallback: dict[str, ParagraphStyle] = {}

    # -- small builders ----------------------------------------------------------------------
    def p(self, text: str, style: str = "body") -> CJKParagraph:
        """A paragraph; text the style's face cannot show is set in the base font instead."""
        st = self.styles[style]
        chars = self.f.charset(st.fontName)
        if st.fontName != self.f.base and any(ord(c) not in chars for c in text if not c.isspace()):
            if style not in self._fallback:
                self._fallback[style] = ParagraphStyle(f"{style}-base", parent=st, fontName=self.f.base)
            st = self._fallback[style]
            chars = self.f.charset(self.f.base)
        return CJKParagraph(text, st, charset=chars)

    def fit(self, text: str, width: float, size: float = LIST_SIZE) -> str:
        """``text`` on one line of ``width`` points, cut with "…" (list cells)."""
        font = self.f.body
        chars = self.f.charset(font)
        text = "".join(c if ord(c) in chars else "?" for c in str(text))
        if stringWidth(text, font, size) <= width:
            return text
        while text and stringWidth(text + "…", font, size) > width:
            text = text[:-1]
        return text + "…"

    def table(self, header: Sequence[str] | Sequence[Sequence[Any]], rows: Sequence[Sequence[Any]],
              widths_mm: Sequence[float], *, align: Sequence[str] | None = None, header_rows: int = 1,
              extra: Sequence[tuple] = (), shade_last: bool = False) -> Table:
        """A ruled table (black grid, shaded head) of wrapped cells; ``align`` per column: l, c or r."""
        cols = len(widths_mm)
        align = list(align or ["l"] + ["c"] * (cols - 1))
        heads = [header] if header_rows == 1 else list(header)
        data: list[list[Any]] = [[self.p(str(h), "cell_h") if h is not None else "" for h in row] for row in heads]
        for row in rows:
            data.append([v if isinstance(v, Flowable) else
                         self.p(str(v), {"l": "cell", "c": "cell_c", "r": "cell_r"}[align[i]])
                         for i, v in enumerate(row)])
        t = Table(data, colWidths=[w * mm for w in widths_mm], repeatRows=header_rows, hAlign="LEFT")
        style = [
            ("FONTNAME", (0, 0), (-1, -1), self.f.body),
            ("GRID", (0, 0), (-1, -1), 0.5, DOC_GRID),
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), DOC_SHADE),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
        ]
        if shade_last:
            style.append(("BACKGROUND", (0, -1), (-1, -1), DOC_SHADE))
        style += list(extra)
        t.setStyle(TableStyle(style))
        return t

    def list_table(self, header: Sequence[str], rows: Sequence[Sequence[str]], widths_mm: Sequence[float], *,
                   center: Sequence[int] = ()) -> Table:
        """A list of single-line rows of fixed height (cut with "…"): cheap to lay out and to plan.

        The cells' styles (font, size, colour, paddings, alignment) are given as a few shared ``CellStyle``s,
        not as table-style commands: ReportLab applies each command to each cell of its range, which cost more
        than drawing the slips' thousands of cells."""
        pad = 2.5
        widths = [w * mm for w in widths_mm]
        data: list[list[Any]] = [[self.p(h, "cell_h") for h in header]]
        for row in rows:
            data.append([self.fit(v, widths[i] - 2 * pad) for i, v in enumerate(row)])

        def cell_style(name: str, size: float | None, align: str) -> CellStyle:
            st = CellStyle(name)
            st.fontname, st.color, st.valign, st.alignment = self.f.body, colors.toColor(DOC_INK), "MIDDLE", align
            st.topPadding, st.bottomPadding, st.leftPadding, st.rightPadding = 2, 2.5, pad, pad
            if size is not None:
                st.fontsize = size
            return st

        head = cell_style("list-head", None, "LEFT")
        cells = [cell_style(f"list-{i}", LIST_SIZE, "CENTER" if i in center else "LEFT") for i in range(len(widths))]
        t = Table(data, colWidths=widths, rowHeights=[None] + [LIST_ROW] * len(rows), repeatRows=1, hAlign="LEFT",
                  cellStyles=[[head] * len(widths)] + [cells] * len(rows))
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, DOC_GRID), ("BACKGROUND", (0, 0), (-1, 0), DOC_SHADE)]))
        return t

    def red_rule(self, thickness: float = 1.6) -> HRFlowable:
        return HRFlowable(width="100%", thickness=thickness, color=DOC_RED, lineCap="butt", spaceBefore=3,
                          spaceAfter=6)


class _Renderer(_Document):
    """The period report's documents: the 通报 and the department slips."""

    def __init__(self, report: PeriodReport, fonts: FontSet) -> None:
        super().__init__(fonts, ZoneInfo(report.time_zone))
        self.r = report
        self.w = _Words.of(report)

    def issue_line(self) -> Table:
        """期号 on the left, 签发人 on the right."""
        signer = self.r.signer.strip() if self.r.signer else ""
        t = Table([[self.p(self.r.issue_label, "issue"), self.p(f"签发人：{signer or '__________'}", "issue_r")]],
                  colWidths=[DOC_W * 0.6, DOC_W * 0.4], hAlign="LEFT")
        t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                               ("FONTNAME", (0, 0), (-1, -1), self.f.body)]))
        return t

    def masthead(self) -> list[Flowable]:
        """版头: the office's name and 吹哨报到工作通报 in red, as large as fits on one line (or two)."""
        text = f"{self.r.office_name}吹哨报到工作通报"
        st = self.styles["masthead"]
        size = st.fontSize
        while size > 22 and stringWidth(text, st.fontName, size) > DOC_W:
            size -= 1
        if size != st.fontSize:
            self.styles["masthead"] = ParagraphStyle("masthead-fit", parent=st, fontSize=size, leading=size * 1.25)
        return [Spacer(1, 4 * mm), self.p(text, "masthead"), Spacer(1, 7 * mm), self.issue_line(), self.red_rule()]

    def local_date(self, t) -> str:
        return cn_date(t.astimezone(self.tz).date())

    def window_words(self) -> str:
        """"近 4 周（11月2日—11月29日）" or "本月（11月1日—11月30日）"."""
        r = self.r
        a, b = r.window_first_day, r.last_day
        span = f"{a.month}月{a.day}日—{b.month}月{b.day}日"
        if a < r.first_day and r.kind == "week":
            return f"近 {r.scheme.window_weeks} 周（{span}）"
        if a < r.first_day:
            return f"近 {(r.last_day - a).days // 7 + 1} 周（{span}）"
        return f"{self.w.this}（{span}）"

    def window_short(self) -> str:
        r = self.r
        if r.window_first_day < r.first_day:
            return f"近 {r.scheme.window_weeks} 周" if r.kind == "week" else f"近 {(r.last_day - r.window_first_day).days // 7 + 1} 周"
        return self.w.this

    def step_text(self, role: str, step: str) -> str:
        return f"{ROLE_LABELS.get(role, role)}·{STEP_LABELS.get(step, step)}"

    def escalation_state(self, e: EscalationItem) -> str:
        if e.closed:
            return "已完成"
        return HANDLING_LABELS.get(e.handling or "", "未处理")


# -- the 通报 ----------------------------------------------------------------------------------------
class _Bulletin(_Renderer):
    def __init__(self, report: PeriodReport, fonts: FontSet, comment: str | None) -> None:
        super().__init__(report, fonts)
        self.comment = comment

    def story(self) -> list[Flowable]:
        r = self.r
        s: list[Flowable] = [Mark("top", "版头")]
        s += self.masthead()
        title = f"关于{r.title}吹哨报到工作情况的通报"
        st = self.styles["title"]
        if stringWidth(title, st.fontName, st.fontSize) > DOC_W:  # two lines, broken where the sense breaks
            title = f"关于{r.title}\n吹哨报到工作情况的通报"
        s.append(self.p(title, "title"))
        if not r.complete:
            s.append(self.p(f"（{self.w.this}尚未结束，数据截至{self.local_date(r.as_of)}"
                            f"{r.as_of.astimezone(self.tz):%H:%M}）", "subtitle"))
        s.append(self.p(f"{r.recipients}：" if r.recipients else "各承办部门：", "to"))
        if r.empty:
            s.append(self.p(f"{r.title}，全街道无受理、派单、回访、超期或督办事项。{self.w.this}不作部门排名，"
                            "无通报事项。"))
            return self.closing(s)
        number = iter("一二三四五六七八九")
        s += self.overall(next(number))
        s += self.ranking(next(number))
        s += self.notices(next(number))
        text = (self.comment if self.comment is not None else r.comment_draft or "").strip()
        if text:
            s += [Mark("comment", "点评"), self.p(f"{next(number)}、点评", "h1")]
            s += [self.p(line.strip()) for line in text.splitlines() if line.strip()]
        s += self.others(next(number))
        return self.closing(s)

    # -- 一、总体情况 ---------------------------------------------------------------------------
    def overall(self, number: str) -> list[Flowable]:
        r, o, w = self.r, self.r.office, self.w
        s: list[Flowable] = [Mark("overall", "总体情况"), self.p(f"{number}、总体情况", "h1")]
        sources = "、".join(f"{x.label} {x.count} 件" for x in o.by_source if x.count)
        text = (f"{w.this}全街道共受理群众诉求 {o.received} 件" + (f"（{sources}）" if sources else "") +
                f"，吹哨派单 {o.dispatched} 件（派往部门 {o.dispatches} 次），结案 {o.closed} 件，重办 {o.reopened} 件，"
                f"撤销 {o.cancelled} 件。")
        prev = r.previous
        if prev is not None:
            text += (f"受理量较{w.last}{count_change(o.received, prev.received)}；响应率 {pct(o.period.response.value)}，"
                     f"较{w.last}{self._pp(o.period.response.value, prev.response.value)}；解决率 "
                     f"{pct(o.period.resolution.value)}，较{w.last}{self._pp(o.period.resolution.value, prev.resolution.value)}；"
                     f"满意率 {pct(o.period.satisfaction.value)}，较{w.last}"
                     f"{self._pp(o.period.satisfaction.value, prev.satisfaction.value)}。")
        else:
            text += (f"响应率 {pct(o.period.response.value)}，解决率 {pct(o.period.resolution.value)}，"
                     f"满意率 {pct(o.period.satisfaction.value)}。")
        s.append(self.p(text))
        s.append(Spacer(1, 1.5 * mm))
        s.append(self.key_figures())
        return s

    @staticmethod
    def _pp(now: float | None, before: float | None) -> str:
        change = pp_change(now, before)
        return "" if change == "—" else change

    def key_figures(self) -> Table:
        r, o, w = self.r, self.r.office, self.w
        prev, ago = r.previous, r.year_ago
        rows_def: list[tuple[str, Any, Callable[[Any], Any], str]] = [
            ("受理工单（件）", o.received, lambda h: h.received, "n"),
            ("派单（部门次）", o.dispatches, lambda h: h.dispatches, "n"),
            ("结案工单（件）", o.closed, lambda h: h.closed, "n"),
            ("响应率", o.period.response, lambda h: h.response, "r"),
            ("解决率", o.period.resolution, lambda h: h.resolution, "r"),
            ("满意率", o.period.satisfaction, lambda h: h.satisfaction, "r"),
            ("按时报到率", o.period.acknowledge_on_time, lambda h: h.acknowledge_on_time, "r"),
            ("按时办结率", o.period.resolve_on_time, lambda h: h.resolve_on_time, "r"),
            ("通报（件）", o.period.notifications, lambda h: h.notifications, "n"),
            (f"{w.at_end}超期派单（件）", o.dispatch.overdue_at_end, lambda h: h.overdue_at_end, "n"),
        ]
        header = ["指标", w.this, w.last, f"较{w.last}"]
        if ago is not None:
            header += ["去年同期", "较去年同期"]
        rows = []
        for label, now, get, kind in rows_def:
            row = [label, self._value(now, kind)]
            for h in (prev, ago) if ago is not None else (prev,):
                before = get(h) if h is not None else None
                row.append(self._value(before, kind))
                row.append(self._change(now, before, kind))
            rows.append(row)
        widths = [44, 24, 24, 36] if ago is None else [38, 20, 20, 30, 20, 30]
        scale = (DOC_W / mm) / sum(widths)
        return self.table(header, rows, [x * scale for x in widths])

    @staticmethod
    def _value(v: Any, kind: str) -> str:
        if v is None:
            return "—"
        return pct(v.value) if kind == "r" else str(v)

    @staticmethod
    def _change(now: Any, before: Any, kind: str) -> str:
        if before is None:
            return "—"
        if kind == "r":
            return pp_change(now.value, before.value)
        return count_change(now, before)

    # -- 二、部门排名 ----------------------------------------------------------------------------
    def ranking(self, number: str) -> list[Flowable]:
        r, w = self.r, self.w
        sc = r.scheme
        s: list[Flowable] = [Mark("ranking", "部门排名"), self.p(f"{number}、部门排名", "h1")]
        s.append(self.p(f"按{self.window_words()}数据计算各部门综合得分：综合得分 = {sc.text()}（满意率中“基本满意”按 "
                        f"{sc.basic_weight:g} 计）。有效回访不少于 {sc.min_callbacks} 次的部门参与排名，共 "
                        f"{len(r.ranking)} 个部门。"))
        by_name = {d.name: d for d in r.departments}
        ranked = [by_name[n] for n in r.ranking if n in by_name]
        if ranked:
            s.append(Spacer(1, 1.5 * mm))
            s.append(self.ranking_table(ranked))
            s.append(Spacer(1, 1.5 * mm))
        else:
            s.append(self.p(f"{w.this}无参与排名的部门（各部门有效回访均少于 {sc.min_callbacks} 次）。"))
        # 红榜 and 黑榜.
        if ranked and not r.separated:
            s.append(self.p("各部门差异在统计误差范围内，本期不列红黑榜。"))
        elif ranked:
            s.append(self.p(f"红榜：{'、'.join(r.red) if r.red else '无'}。"))
            if r.black:
                parts = []
                for name in r.black:
                    d = by_name.get(name)
                    why = "；".join(d.reasons) if d is not None and d.reasons else ""
                    parts.append(f"{name}（{why}）" if why else name)
                s.append(self.p(f"黑榜：{'；'.join(parts)}。"))
            else:
                s.append(self.p("黑榜：无。"))
        unranked = [d for d in r.departments if not d.ranked]
        if unranked:
            parts = [f"{d.name}（{'；'.join(d.reasons)}）" if d.reasons else d.name for d in unranked]
            s.append(self.p(f"未参与排名的部门 {len(unranked)} 个：{'；'.join(parts)}。"))
        if ranked:
            s.append(Spacer(1, 2 * mm))
            drawings = charts.interval_bars(
                [d.name for d in ranked], [d.window.composite for d in ranked], font=self.f.body, width=DOC_W,
                max_height=DOC_H - 12, title=f"各部门综合得分（{self.window_short()}，按名次）",
                lows=[d.window.composite_low for d in ranked], highs=[d.window.composite_high for d in ranked],
                marks=[d.mark if r.separated else None for d in ranked],
                reference=r.office.window.composite, reference_label="全街道综合得分",
                charset=self.f.charset(self.f.body))
            s += drawings
        return s

    def ranking_table(self, ranked: Sequence[DepartmentFigures]) -> Table:
        r = self.r
        win = self.window_short()
        head1 = ["名次", "部门", f"{win}", None, None, None, None, None, self.w.this, None, "榜单"]
        head2 = [None, None, "有效回访", "响应率", "解决率", "满意率", "综合得分", "95% 区间", "有效回访", "综合得分", None]
        rows = []
        for d in ranked:
            wi, pe = d.window, d.period
            mark = MARK_LABELS.get(d.mark or "", "") if r.separated else ""
            rows.append([str(d.rank or "—"), d.name, str(wi.valid_callbacks), pct(wi.response.value),
                         pct(wi.resolution.value), pct(wi.satisfaction.value), pct(wi.composite),
                         self._interval(wi), str(pe.valid_callbacks), pct(pe.composite), mark])
        ow, op = r.office.window, r.office.period
        rows.append(["", "全街道", str(ow.valid_callbacks), pct(ow.response.value), pct(ow.resolution.value),
                     pct(ow.satisfaction.value), pct(ow.composite), self._interval(ow), str(op.valid_callbacks),
                     pct(op.composite), ""])
        widths = [9, 31, 13, 13, 13, 13, 14, 21, 13, 14, 11]
        scale = (DOC_W / mm) / sum(widths)
        spans = [("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (7, 0)),
                 ("SPAN", (8, 0), (9, 0)), ("SPAN", (10, 0), (10, 1))]
        return self.table([head1, head2], rows, [x * scale for x in widths], header_rows=2,
                          align=["c", "l"] + ["c"] * 9, extra=spans, shade_last=True)

    @staticmethod
    def _interval(ind: Indicators) -> str:
        if ind.composite_low is None or ind.composite_high is None:
            return "—"
        return f"{pct(ind.composite_low)[:-1]}–{pct(ind.composite_high)}"

    # -- 三、通报事项 ----------------------------------------------------------------------------
    def notices(self, number: str) -> list[Flowable]:
        r, w = self.r, self.w
        s: list[Flowable] = [Mark("notices", "通报事项"), self.p(f"{number}、通报事项", "h1")]
        items = sorted(r.notifications, key=lambda e: (URGENCY_ORDER.get(e.urgency, 9),))  # stable: keeps order
        if not items:
            s.append(self.p(f"{w.this}无通报事项。"))
            return s
        still = [e for e in items if not e.closed]
        new = sum(1 for e in still if e.reached_at >= r.start)
        n_emergency = sum(1 for e in still if e.urgency == "emergency")
        text = f"{w.at_end}达到通报级别仍未完成的派单 {len(still)} 件（{w.this}新达到 {new} 件"
        text += f"，特急 {n_emergency} 件）" if n_emergency else "）"
        done = len(items) - len(still)
        text += f"；{w.this}达到通报级别后已完成 {done} 件。" if done else "。"
        if len(items) > NOTICE_ROWS:
            text += f"列出前 {NOTICE_ROWS} 件（特急在前）："
        else:
            text += "具体如下（特急在前）："
        s.append(self.p(text))
        rows = []
        for i, e in enumerate(items[:NOTICE_ROWS], start=1):
            rows.append([str(i), e.ticket_number, URGENCY_LABELS.get(e.urgency, e.urgency), e.department,
                         self.step_text(e.role, e.step), short_time(e.due, self.tz), e.late_text,
                         self.escalation_state(e)])
        widths = [10, 24, 10, 32, 17, 20, 30, 17]
        scale = (DOC_W / mm) / sum(widths)
        s.append(Spacer(1, 1 * mm))
        s.append(self.table(["序号", "工单编号", "缓急", "承办部门", "环节", "期限", "超期", "处理情况"], rows,
                            [x * scale for x in widths], align=["c", "c", "c", "l", "c", "c", "c", "c"]))
        if len(items) > NOTICE_ROWS:
            s.append(self.p(f"其余 {len(items) - NOTICE_ROWS} 件见附表（Excel 工作簿）。", "note"))
        if r.fix_by is not None:
            s.append(self.p(f"请以上事项的承办部门于{deadline_text(r.fix_by, self.tz)}前整改到位，并将整改情况书面反馈街道"
                            "吹哨报到工作办公室。"))
        return s

    # -- 五、其他情况 ----------------------------------------------------------------------------
    def others(self, number: str) -> list[Flowable]:
        r, o, w = self.r, self.r.office, self.w
        s: list[Flowable] = [Mark("others", "其他情况"), self.p(f"{number}、其他情况", "h1")]
        s.append(self.p("（一）分社区、分类别三率。下表按受理量列出前 "
                        f"{GROUP_ROWS} 个社区和类别。"
                        + self._more(len(o.communities), len(o.categories))))
        half = DOC_W / mm / 2 - 1.5
        left = self.group_table("社区", o.communities, half)
        right = self.group_table("类别", o.categories, half)
        pair = Table([[left, right]], colWidths=[DOC_W / 2, DOC_W / 2], hAlign="LEFT")
        pair.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("LEFTPADDING", (1, 0), (1, 0), 3 * mm),
                                  ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                                  ("FONTNAME", (0, 0), (-1, -1), self.f.body)]))
        s.append(pair)
        s += self.map_block()
        repeats = r.repeats
        if repeats:
            by = {k: sum(1 for x in repeats if x.matched_by == k) for k in MATCHED_BY}
            detail = "、".join(f"{MATCHED_BY[k]} {n} 件" for k, n in by.items() if n)
            s.append(self.p(f"（二）重复反映。{w.this}受理的诉求中，与 {r.scheme.repeat_days} 天内已反映的同类问题重复的 "
                            f"{len(repeats)} 件（{detail}），请相关社区和部门关注源头治理。"))
        else:
            s.append(self.p(f"（二）重复反映。{w.this}未发现 {r.scheme.repeat_days} 天内重复反映的同类问题。"))
        total = sum(b.count for b in o.backlog)
        if total:
            bands = "，".join(f"{b.label} {b.count} 件" + (f"（特急 {b.emergency} 件）" if b.emergency else "")
                             for b in o.backlog if b.count)
            s.append(self.p(f"（三）超期积压。{w.at_end}仍超期的派单 {total} 件，按超过期限的时长分："
                            f"{bands}。超过 7 天的请承办部门逐件说明原因。" if any(
                                b.count for b in o.backlog[3:]) else
                            f"（三）超期积压。{w.at_end}仍超期的派单 {total} 件，按超过期限的时长分：{bands}。"))
        else:
            s.append(self.p(f"（三）超期积压。{w.at_end}无超期派单。"))
        if r.projects is not None:
            s.append(self.p(self.projects_paragraph()))
        return s

    def map_block(self) -> list[Flowable]:
        """一张图 (issue 17): the 社区 shaded by the period's tickets, small, under the 社区 and category tables;
        beside it the legend, what is shaded (and how many tickets have no boundary to be drawn in) and the map's
        definition. Nothing when no boundaries were imported."""
        m = self.r.map
        if m is None or not m.layers.communities:
            return []
        gap = 4 * mm
        drawing = mapdraw.tickets_map(m, MAP_W, MAP_H, font=self.f.body)
        right_w = DOC_W - drawing.width - gap
        elsewhere = m.summary.elsewhere
        note = (f"按{self.w.this}受理的工单数着色，图中数字为件数；" +
                (f"所填社区未导入边界的 {elsewhere} 件工单未绘出。" if elsewhere else "各社区均有边界，无未绘出的工单。"))
        definition = next((x for x in self.r.definitions if x.term == MAP_TERM), None)
        cell: list[Flowable] = [self.p(f"图：{self.w.this}各社区受理工单数", "small_h"),
                                mapdraw.count_legend(m, right_w, font=self.f.body), self.p(note, "small")]
        if definition is not None:
            cell.append(self.p(f"{definition.term}：{definition.text}", "small"))
        block = Table([[drawing, cell]], colWidths=[drawing.width + gap, right_w], hAlign="LEFT")
        block.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
        return [Spacer(1, 1 * mm), block, Spacer(1, 1.2 * mm)]

    def projects_paragraph(self) -> str:
        """（四）重点民生工程: the latest approved list as of the period's end, in two lines (the 项目进度通报 has the
        detail)."""
        b = self.r.projects
        stages = "、".join(f"{PROJECT_STAGE.get(k, k)} {n}" for k, n in b.by_stage)
        done, due = b.on_time
        rate = f"节点按期完成率 {done / due * 100:.1f}%" if due else "尚无到期节点"
        levels = "、".join(f"{ESCALATION_LEVEL[lvl]} {n} 个" for lvl in (3, 2, 1)
                           if (n := sum(1 for x in b.late if x.level == lvl)))
        late = f"超期节点 {len(b.late)} 个" + (f"（{levels}）" if levels else "") if b.late else "无超期节点"
        return (f"（四）重点民生工程。{b.year}年清单 {len(b.projects)} 项（{stages}）；{rate}；{late}。"
                "详见项目进度通报。")

    @staticmethod
    def _more(communities: int, categories: int) -> str:
        parts = []
        if communities > GROUP_ROWS:
            parts.append(f"其余 {communities - GROUP_ROWS} 个社区")
        if categories > GROUP_ROWS:
            parts.append(f"其余 {categories - GROUP_ROWS} 个类别")
        return f"{'、'.join(parts)}见附表（Excel 工作簿）。" if parts else ""

    def group_table(self, title: str, groups: Sequence[GroupRates], width_mm: float) -> Table:
        top = sorted(groups, key=lambda g: -g.received)[:GROUP_ROWS]
        rows = [[g.name, str(g.received), pct(g.response.value), pct(g.resolution.value), pct(g.satisfaction.value)]
                for g in top]
        if not rows:
            rows = [["（无）", "—", "—", "—", "—"]]
        widths = [25, 11, 13, 13, 13]
        scale = width_mm / sum(widths)
        return self.table([title, "受理", "响应率", "解决率", "满意率"], rows, [x * scale for x in widths])

    # -- the end ---------------------------------------------------------------------------------
    def closing(self, body: list[Flowable]) -> list[Flowable]:
        """The office and 成文日期 kept with the last paragraph of the text; the 附 (definitions, small type)
        after them; the 版记 at the foot of the last page, kept with the last lines before it, so that
        neither the date nor the 版记 is ever alone on a page."""
        r = self.r
        date_text = self.local_date(r.generated_at)
        last = [body.pop()] if body else []
        signed = last + [Spacer(1, 8 * mm), self.p(r.office_name, "sign"), self.p(date_text, "sign")]
        record = [Spacer(1, 4 * mm), self.record(date_text)]
        if not r.definitions or r.empty:
            return body + [AtFoot(record, lead=signed)]
        printed = r.map is not None and bool(r.map.layers.communities)  # the map's own is printed beside it
        notes = [self.p("附：指标说明", "small_h")] + [self.p(f"{x.term}：{x.text}", "small") for x in r.definitions
                                                   if not (printed and x.term == MAP_TERM)]
        return (body + [KeepTogether(signed), Spacer(1, 4 * mm), CondPageBreak(48), Mark("definitions", "附：指标说明")]
                + notes[:-1] + [AtFoot(record, lead=notes[-1:])])

    def record(self, date_text: str) -> Table:
        """版记: 抄送 and 印发 between rules (GB/T 9704-2012 7.3)."""
        r = self.r
        rows = []
        if r.copies:
            rows.append([self.p(f"抄送：{r.copies}", "note"), ""])
        rows.append([self.p(r.office_name, "note"), self.p(f"{date_text}印发", "note_r")])
        t = Table(rows, colWidths=[DOC_W * 0.62, DOC_W * 0.38], hAlign="LEFT")
        style = [("FONTNAME", (0, 0), (-1, -1), self.f.body), ("LEFTPADDING", (0, 0), (-1, -1), 4),
                 ("RIGHTPADDING", (0, 0), (-1, -1), 4), ("TOPPADDING", (0, 0), (-1, -1), 3),
                 ("BOTTOMPADDING", (0, 0), (-1, -1), 4), ("LINEABOVE", (0, 0), (-1, 0), 0.9, DOC_INK),
                 ("LINEBELOW", (0, -1), (-1, -1), 0.9, DOC_INK), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
        if r.copies:
            style += [("SPAN", (0, 0), (1, 0)), ("LINEBELOW", (0, 0), (-1, 0), 0.5, DOC_INK)]
        t.setStyle(TableStyle(style))
        return t


# -- the 部门工作单 ------------------------------------------------------------------------------------
#: (label, the Indicators attribute or a callable, kind: "r" a rate, "n" a count)
SLIP_ROWS: tuple[tuple[str, str], ...] = (
    ("响应率", "response"), ("解决率", "resolution"), ("满意率", "satisfaction"),
    ("按时报到率", "acknowledge_on_time"), ("按时办结率", "resolve_on_time"), ("退单率", "return_rate"),
    ("重办率", "redo_rate"), ("回访确认联系率", "department_contacted"), ("综合得分", "composite"),
    ("有效回访（次）", "valid_callbacks"), ("通报（件）", "notifications"),
)
#: Room left unplanned on a slip's two pages: a table's head repeated on the second page, a heading moved
#: down with its list, rounding.
SLIP_SLACK = 110.0
#: Room a list's heading wants below it (the heading, the table's head and three rows), else a new page.
KEEP_WITH_LIST = 80.0


class _Slips(_Renderer):
    def __init__(self, report: PeriodReport, fonts: FontSet) -> None:
        super().__init__(report, fonts)
        self._heights: dict[tuple, float] = {}

    def measured(self, key: tuple, flowables: Callable[[], Sequence[Flowable]]) -> float:
        """The height of what every slip prints alike (a list's title, its header), measured once."""
        if key not in self._heights:
            self._heights[key] = _height(flowables())
        return self._heights[key]

    def story(self, names: Sequence[str]) -> list[Flowable]:
        if self.r.empty:
            return self.empty_page()
        s: list[Flowable] = []
        for i, name in enumerate(names):
            if i:
                s.append(PageBreak())
            s += self.slip(self.r.department(name), i)
        return s

    def header(self, name: str | None) -> list[Flowable]:
        r = self.r
        s: list[Flowable] = [self.p(r.office_name, "slip_office"), self.p("部门工作单", "slip_title")]
        if name is not None:
            s.append(self.p(name, "slip_dept"))
        s.append(self.p(f"{r.title} · {r.issue_label}", "subtitle"))
        s.append(self.red_rule(1.2))
        return s

    def empty_page(self) -> list[Flowable]:
        r = self.r
        s: list[Flowable] = [Mark("empty", "部门工作单", section=True)]
        s += self.header(None)
        s.append(self.p(f"{r.title}，全街道无受理、派单、回访、超期或督办事项，{self.w.this}无需印发部门工作单。",
                        "slip_body"))
        return s

    def figures(self, d: DepartmentFigures) -> Table:
        r, w = self.r, self.w
        win = self.window_short()
        header = ["指标", f"本部门{w.this}", f"本部门{win}", f"全街道{w.this}", f"较{w.last}"]
        rows = []
        for label, key in SLIP_ROWS:
            if key == "composite":
                cells = [pct(d.period.composite), pct(d.window.composite), pct(r.office.period.composite),
                         pp_change(d.period.composite, d.previous.composite if d.previous else None)]
            elif key in ("valid_callbacks", "notifications"):
                cells = [str(getattr(d.period, key)), str(getattr(d.window, key)),
                         str(getattr(r.office.period, key)),
                         count_change(getattr(d.period, key), getattr(d.previous, key) if d.previous else None,
                                      "次" if key == "valid_callbacks" else "件")]
            else:
                now: Ratio = d.period.get(key)
                before = d.previous.get(key) if d.previous is not None else None
                cells = [ratio_text(now), ratio_text(d.window.get(key)), pct(r.office.period.get(key).value),
                         pp_change(now.value, before.value if before is not None else None)]
            rows.append([label] + cells)
        widths = [30, 34, 34, 24, 30]
        scale = (DOC_W / mm) / sum(widths)
        return self.table(header, rows, [x * scale for x in widths])

    def standing(self, d: DepartmentFigures) -> list[Flowable]:
        r = self.r
        win = self.window_words()
        if d.ranked and d.rank is not None:
            text = (f"{win}综合得分 {pct(d.window.composite)}（95% 区间 {pct(d.window.composite_low)}—"
                    f"{pct(d.window.composite_high)}），在 {len(r.ranking)} 个参与排名的部门中列第 {d.rank} 名")
            if r.separated and d.mark:
                text += f"，列入{MARK_LABELS[d.mark]}。"
            elif not r.separated:
                text += "；各部门差异在统计误差范围内，本期不列红黑榜。"
            else:
                text += "，未列入红黑榜。"
        else:
            text = f"{self.w.this}不参与排名。"
        out = [self.p(text, "slip_body")]
        if d.reasons:
            label = "列入黑榜的原因" if d.mark == "black" else "说明"
            out.append(self.p(f"{label}：{'；'.join(d.reasons)}。", "slip_body"))
        return out

    # The lists: items in print order, and each item's row of strings; the planner decides how many are printed
    # (a department may owe a thousand items: only the rows printed are formatted).
    def overdue_items(self, d: DepartmentFigures) -> list[OverdueItem]:
        return sorted(d.overdue, key=_urgency_key)

    def overdue_row(self, x: OverdueItem) -> list[str]:
        return [x.ticket_number, URGENCY_LABELS.get(x.urgency, x.urgency), x.category, x.community,
                self.step_text(x.role, x.step), short_time(x.due, self.tz), x.late_text,
                "前期结转" if x.carried_over else ""]

    def escalation_items(self, d: DepartmentFigures) -> list[EscalationItem]:
        return sorted(d.escalations, key=lambda e: (URGENCY_ORDER.get(e.urgency, 9), -e.level, e.reached_at))

    def escalation_row(self, e: EscalationItem) -> list[str]:
        return [LEVEL_LABELS.get(e.level, str(e.level)), e.ticket_number, URGENCY_LABELS.get(e.urgency, e.urgency),
                self.step_text(e.role, e.step), short_time(e.due, self.tz), short_time(e.reached_at, self.tz),
                e.late_text, self.escalation_state(e)]

    def case_items(self, d: DepartmentFigures) -> list[CaseItem]:
        return sorted(d.cases, key=lambda c: c.at)

    def case_row(self, c: CaseItem) -> list[str]:
        return [c.ticket_number, c.category, c.community, short_time(c.at, self.tz),
                {True: "已解决", False: "未解决", None: "—"}[c.resolved],
                SATISFACTION_LABELS.get(c.satisfaction or "", "—"), "已重办" if c.reopened else "待处理"]

    LISTS = (
        ("overdue", ["工单编号", "缓急", "类别", "社区", "环节", "期限", "超期", "备注"],
         [22, 10, 18, 25, 17, 19, 28, 17], (1, 4, 5, 7)),
        ("escalations", ["级别", "工单编号", "缓急", "环节", "期限", "升级时间", "超期", "处理情况"],
         [10, 23, 10, 17, 19, 19, 28, 28], (0, 2, 3, 4, 5, 7)),
        ("cases", ["工单编号", "类别", "社区", "回访时间", "是否解决", "满意度", "状态"],
         [24, 22, 28, 22, 19, 20, 19], (3, 4, 5, 6)),
    )

    def list_titles(self) -> dict[str, str]:
        w = self.w
        return {"overdue": f"三、{w.at_end}超期派单", "escalations": f"四、{w.this}督办升级（催办、督办、通报）",
                "cases": f"五、{w.this}回访不满意或未解决（需重办）"}

    def slip(self, d: DepartmentFigures, index: int) -> list[Flowable]:
        r, w = self.r, self.w
        head: list[Flowable] = [Mark(f"dept-{index}", d.name, section=True)]
        head += self.header(d.name)
        head.append(self.p("一、主要指标", "slip_h"))
        head.append(self.figures(d))
        head.append(self.p("二、排名情况", "slip_h"))
        head += self.standing(d)
        lists = {"overdue": self.overdue_items(d), "escalations": self.escalation_items(d), "cases": self.case_items(d)}
        row_of = {"overdue": self.overdue_row, "escalations": self.escalation_row, "cases": self.case_row}
        titles = self.list_titles()
        owed = bool(lists["overdue"] or any(not e.closed for e in d.escalations) or
                    any(not c.reopened for c in d.cases))
        tail: list[Flowable] = []
        if owed and r.fix_by is not None:
            tail.append(Spacer(1, 2 * mm))
            tail.append(self.p(f"请于{deadline_text(r.fix_by, self.tz)}前将以上超期、督办和需重办事项的整改情况"
                               "反馈街道吹哨报到工作办公室。", "slip_body"))
        foot = AtFoot([Spacer(1, 6 * mm), self.p("签收人：__________　　日期：______年____月____日", "receipt")])

        # Plan the lists' rows so that the slip stays within two pages.
        empty = {"overdue": f"{w.at_end}无超期派单。", "escalations": f"{w.this}无催办、督办或通报。",
                 "cases": f"{w.this}无回访不满意或未解决的工单。"}
        fixed = _height(head) + _height(tail) + _height(foot.flowables)
        for key, header, widths, _center in self.LISTS:
            # the same for every department: measured once
            fixed += self.measured(("title", key), lambda: [self.p(titles[key], "slip_h")])
            if lists[key]:
                fixed += self.measured(("list", key), lambda: [self.list_table(header, [], widths), self.p(
                    "其余 999 件见附表（Excel 工作簿）。", "slip_body")])
            else:
                fixed += self.measured(("empty", key), lambda: [self.p(empty[key], "slip_body")])
        room = max(0, int((2 * DOC_H - SLIP_SLACK - fixed) // LIST_ROW))
        shown = _share(room, [len(lists[k]) for k, *_ in self.LISTS])

        body: list[Flowable] = list(head)
        for (key, header, widths, center), n in zip(self.LISTS, shown):
            rows = lists[key]
            # A heading never ends a page: it moves on with the list's first rows.
            body.append(CondPageBreak(KEEP_WITH_LIST))
            body.append(self.p(titles[key] + (f"（共 {len(rows)} 件）" if rows else ""), "slip_h"))
            if not rows:
                body.append(self.p(empty[key], "slip_body"))
                continue
            if n:
                body.append(self.list_table(header, [row_of[key](x) for x in rows[:n]], widths, center=center))
            if n < len(rows):
                body.append(self.p(f"其余 {len(rows) - n} 件见附表（Excel 工作簿）。", "slip_body"))
        body += tail
        body.append(foot)
        return body


def _height(fs: Sequence[Flowable]) -> float:
    """The height flowables take in the body frame, with their spaces before and after."""
    total = 0.0
    for f in fs:
        _, h = f.wrap(DOC_W, DOC_H)
        total += h + f.getSpaceBefore() + f.getSpaceAfter()
    return total


def _share(room: int, wants: Sequence[int]) -> list[int]:
    """Split ``room`` rows among lists wanting ``wants`` rows: equal shares, what one list leaves going to
    the others (water-filling)."""
    out = [0] * len(wants)
    left = room
    open_ = [i for i, w in enumerate(wants) if w > 0]
    while left > 0 and open_:
        share = max(1, left // len(open_))
        for i in list(open_):
            take = min(share, wants[i] - out[i], left)
            out[i] += take
            left -= take
            if out[i] >= wants[i]:
                open_.remove(i)
            if left <= 0:
                break
    return out


# -- the document machinery -------------------------------------------------------------------------
class _Doc(BaseDocTemplate):
    def __init__(self, target: Any, *, title: str, author: str, subject: str, font: str,
                 progress: Progress | None, total: int) -> None:
        super().__init__(target, pagesize=A4, leftMargin=DOC_LEFT, rightMargin=DOC_RIGHT, topMargin=DOC_TOP,
                         bottomMargin=DOC_BOTTOM, title=title, author=author, subject=subject,
                         creator="吹哨报到工作台 Whistle Desk", initialFontName=font)  # no unembedded Helvetica
        self._progress, self._total, self._done = progress, total, 0
        frame = Frame(DOC_LEFT, DOC_BOTTOM, DOC_W, DOC_H, id="body", leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0)
        self.addPageTemplates([PageTemplate("page", [frame])])

    def afterFlowable(self, flowable) -> None:  # noqa: N802 - ReportLab's name
        self._done += 1
        if self._progress is not None:
            self._progress(min(0.95, 0.1 + 0.85 * self._done / max(1, self._total)))


def _page_number(font: str) -> Callable[[Canvas, int], None]:
    def draw(canv: Canvas, number: int) -> None:
        canv.setFont(font, 11)
        canv.setFillColor(DOC_INK)
        canv.drawCentredString(PAGE_W / 2, 14 * mm, f"— {number} —")
    return draw


def _render(out: str | os.PathLike | BinaryIO, story_of: Callable[[FontSet], list[Flowable]], *,
            furniture: Callable[[FontSet], Callable], meta: dict[str, str], font_path: str | None,
            search_fonts: bool, progress: Progress | None) -> int:
    """Build the story into ``out``; returns the number of pages."""
    if progress is not None:
        progress(0.0)
    fonts = find_font_set(font_path, search=search_fonts)
    with gc_paused():
        story = story_of(fonts)
    if progress is not None:
        progress(0.1)
    pages = 0

    def write(target: Any) -> None:
        nonlocal pages
        doc = _Doc(target, font=fonts.base, progress=progress, total=len(story), **meta)
        with gc_paused():
            doc.build(list(story), canvasmaker=numbered_canvas(furniture(fonts)))
        pages = doc.page

    write_atomically(out, write)
    if progress is not None:
        progress(1.0)
    return pages


def render_bulletin_pdf(report: PeriodReport, out: str | os.PathLike | BinaryIO, *, comment: str | None = None,
                        font_path: str | None = None, progress: Progress | None = None,
                        search_fonts: bool = True) -> int:
    """Render the period's 通报 as an A4 PDF at ``out`` (a path, written atomically, or a binary file); returns its
    number of pages (it is meant to fit :data:`BULLETIN_MAX_PAGES`; a long 点评 can push it over).

    ``comment`` is the supervisor's 点评 (None: the report's draft). The font is looked up with
    :func:`reports.fonts.find_font_set` (``font_path`` first; ``search_fonts=False`` looks nowhere else and
    uses that one font throughout). Raises :class:`reports.fonts.FontNotFound` when no embeddable Chinese
    TrueType font is usable. ``progress`` gets fractions 0…1; it may raise to cancel, and then no file is
    left behind.
    """
    def furniture(fonts: FontSet):
        number = _page_number(fonts.base)

        def draw(canv: Canvas, page: int, total: int, section: str, in_section: int, of: int) -> None:
            number(canv, page)
        return draw

    return _render(out, lambda fonts: _Bulletin(report, fonts, comment).story(), furniture=furniture,
            meta=dict(title=f"关于{report.title}吹哨报到工作情况的通报", author=report.office_name,
                      subject=report.issue_label),
            font_path=font_path, search_fonts=search_fonts, progress=progress)


def render_department_slips_pdf(report: PeriodReport, out: str | os.PathLike | BinaryIO, *,
                                departments: Sequence[str] | None = None, font_path: str | None = None,
                                progress: Progress | None = None, search_fonts: bool = True) -> None:
    """Render one 部门工作单 per department (``departments``: names, in this order; None: all of the report's)
    as an A4 PDF at ``out``: each starts on a new page, is at most two pages long and numbers its own pages.

    Raises KeyError for a name the report does not have, and otherwise behaves as :func:`render_bulletin_pdf`.
    """
    names = [d.name for d in report.departments] if departments is None else list(departments)
    known = {d.name for d in report.departments}
    unknown = [n for n in names if n not in known]
    if unknown:
        raise KeyError(f"报表中没有这些部门：{'、'.join(unknown)}")

    def furniture(fonts: FontSet):
        number = _page_number(fonts.base)

        def draw(canv: Canvas, page: int, total: int, section: str, in_section: int, of: int) -> None:
            number(canv, in_section)
            if in_section > 1 and section:
                canv.setFont(fonts.base, 9)
                canv.setFillColor(colors.HexColor("#444444"))
                head = f"{report.office_name} · 部门工作单（续）· "
                room = DOC_W - stringWidth(head, fonts.base, 9)
                name = section
                if stringWidth(name, fonts.base, 9) > room:
                    while name and stringWidth(name + "…", fonts.base, 9) > room:
                        name = name[:-1]
                    name += "…"
                canv.drawString(DOC_LEFT, A4[1] - DOC_TOP + 8 * mm, head + name)
        return draw

    _render(out, lambda fonts: _Slips(report, fonts).story(names), furniture=furniture,
            meta=dict(title=f"{report.title}部门工作单", author=report.office_name, subject=report.issue_label),
            font_path=font_path, search_fonts=search_fonts, progress=progress)


__all__ = ["BULLETIN_MAX_PAGES", "NOTICE_ROWS", "render_bulletin_pdf", "render_department_slips_pdf"]
