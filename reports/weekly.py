"""The weekly summary as an A4 portrait PDF (ReportLab platypus), from :class:`desk.stats.data.WeeklyReport`.

Layout: a cover; 一 key figures; 二 the ranking (三率, 红黑榜) with a bar chart; 三 the
departments' timeliness with a bar chart; 四 the 8-week trend with a line chart; 五 the
通报 list; 六 the overdue list; then one slip per department, each starting on a new page;
and an appendix defining every figure. Every page says "第 N 页 共 M 页".
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
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
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from desk.stats.data import (
    BLACK_REASON_LABELS,
    HANDLING_LABELS,
    LEVEL_LABELS,
    ROLE_LABELS,
    STEP_LABELS,
    DepartmentFigures,
    DispatchFigures,
    EscalationItem,
    OverdueItem,
    Ratio,
    WeeklyReport,
)
from reports import charts
from reports.fonts import charset, find_cjk_font, register
from reports.text import CJKParagraph

PAGE_W, PAGE_H = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm
BODY_W = PAGE_W - 2 * MARGIN_X

INK = colors.HexColor("#222222")
MUTED = colors.HexColor("#666666")
HEAD = colors.HexColor("#1f3a5f")
HEAD_BG = colors.HexColor("#e8eef5")
RULE = colors.HexColor("#b8c4d2")
RED = colors.HexColor("#c0392b")
RED_BG = colors.HexColor("#fbe3e0")
BLACK_BG = colors.HexColor("#2b2b2b")
ZEBRA = colors.HexColor("#f7f9fb")
TOTAL_BG = colors.HexColor("#eef2f6")

LIST_FONT_SIZE = 8
LIST_ROW_HEIGHT = 14

Progress = Callable[[float], None]


# -- formatting ---------------------------------------------------------------------------------
def _round1(x: float) -> str:
    """One decimal, rounding halves up (四舍五入) as readers expect: 81.25 -> 81.3."""
    return str(Decimal(f"{x:.9f}").quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def pct(v: float | None) -> str:
    return "—" if v is None else f"{_round1(v * 100)}%"


def ratio(r: Ratio) -> str:
    return "—" if not r.whole else f"{pct(r.value)} ({r.part}/{r.whole})"


def hours(h: float | None) -> str:
    return "—" if h is None else _round1(h)


# -- the page furniture ---------------------------------------------------------------------------
def _numbered_canvas(font: str) -> type[Canvas]:
    """A canvas that holds its pages back until the end, so each can say how many there are."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            self._held.append(dict(self.__dict__))
            # Bookmarks name their page "Page<n>" by this counter: keep it moving while pages are held.
            self._doc.pageCounter += 1
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            self._doc.pageCounter -= total
            for state in self._held:
                self.__dict__.update(state)
                self.saveState()
                self.setFont(font, 8.5)
                self.setFillColor(MUTED)
                self.drawCentredString(PAGE_W / 2, 11 * mm, f"第 {self._pageNumber} 页 共 {total} 页")
                self.restoreState()
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


class _Anchor(Flowable):
    """An invisible mark: a PDF bookmark (outline entry) for the page it lands on."""

    def __init__(self, key: str, title: str, level: int = 0) -> None:
        super().__init__()
        self.key, self.title, self.level = key, title, level
        self.width = self.height = 0

    def wrap(self, availWidth, availHeight):  # noqa: N803
        return 0, 0

    def draw(self) -> None:
        self.canv.bookmarkPage(self.key)
        self.canv.addOutlineEntry(self.title, self.key, level=self.level, closed=True)


class _Doc(BaseDocTemplate):
    def __init__(self, target, report: WeeklyReport, font: str, progress: Progress | None, total: int) -> None:
        super().__init__(target, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
                         bottomMargin=MARGIN_BOTTOM, title=f"{report.office_name} 吹哨报到工作周报 {report.week}",
                         author=report.office_name, subject=report.title, creator="Whistle Desk 吹哨报到工作台",
                         invariant=1, initialFontName=font)  # no unembedded Helvetica anywhere
        self._report, self._font, self._progress, self._total, self._done = report, font, progress, total, 0
        frame = Frame(MARGIN_X, MARGIN_BOTTOM, BODY_W, PAGE_H - MARGIN_TOP - MARGIN_BOTTOM, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("cover", [frame]), PageTemplate("body", [frame], onPage=self._header)])

    def _header(self, canv: Canvas, doc) -> None:
        canv.saveState()
        canv.setFont(self._font, 8.5)
        canv.setFillColor(MUTED)
        y = PAGE_H - 13 * mm
        canv.drawString(MARGIN_X, y, f"{self._report.office_name} · 吹哨报到工作周报")
        canv.drawRightString(PAGE_W - MARGIN_X, y, self._report.title)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.6)
        canv.line(MARGIN_X, y - 2.5 * mm, PAGE_W - MARGIN_X, y - 2.5 * mm)
        canv.restoreState()

    def afterFlowable(self, flowable) -> None:  # noqa: N802
        self._done += 1
        if self._progress is not None:
            self._progress(min(0.95, 0.1 + 0.85 * self._done / max(1, self._total)))


# -- the renderer -------------------------------------------------------------------------------
class _Renderer:
    def __init__(self, report: WeeklyReport, font: str, chars: frozenset[int]) -> None:
        self.r = report
        self.font = font
        self.chars = chars
        self.tz = ZoneInfo(report.time_zone)
        base = dict(fontName=font, textColor=INK, wordWrap=None)
        self.styles = {
            "body": ParagraphStyle("body", fontSize=9.5, leading=14, spaceAfter=4, **base),
            "small": ParagraphStyle("small", fontSize=8, leading=11, textColor=MUTED, fontName=font),
            "note": ParagraphStyle("note", fontSize=8.5, leading=12, textColor=MUTED, spaceBefore=2, spaceAfter=6,
                                   fontName=font),
            "empty": ParagraphStyle("empty", fontSize=9.5, leading=14, textColor=MUTED, spaceBefore=2,
                                    spaceAfter=8, leftIndent=4 * mm, fontName=font),
            "h1": ParagraphStyle("h1", fontSize=15, leading=20, textColor=HEAD, spaceBefore=6, spaceAfter=8,
                                 fontName=font),
            "h2": ParagraphStyle("h2", fontSize=11.5, leading=16, textColor=HEAD, spaceBefore=10, spaceAfter=5,
                                 fontName=font),
            "cell": ParagraphStyle("cell", fontSize=8, leading=10.5, fontName=font, textColor=INK),
            "cellnum": ParagraphStyle("cellnum", fontSize=8, leading=10.5, fontName=font, textColor=INK,
                                      alignment=TA_RIGHT),
            "cellhead": ParagraphStyle("cellhead", fontSize=8, leading=10.5, fontName=font, textColor=HEAD,
                                       alignment=TA_CENTER),
            "cellred": ParagraphStyle("cellred", fontSize=8, leading=10.5, fontName=font, textColor=RED),
            "cellblack": ParagraphStyle("cellblack", fontSize=8, leading=10.5, fontName=font,
                                        textColor=colors.white),
            "cellmuted": ParagraphStyle("cellmuted", fontSize=8, leading=10.5, fontName=font, textColor=MUTED),
            "kpi": ParagraphStyle("kpi", fontSize=17, leading=21, fontName=font, textColor=HEAD,
                                  alignment=TA_CENTER),
            "kpilabel": ParagraphStyle("kpilabel", fontSize=8, leading=10.5, fontName=font, textColor=MUTED,
                                       alignment=TA_CENTER),
            "cover_office": ParagraphStyle("cover_office", fontSize=20, leading=28, fontName=font,
                                           textColor=INK, alignment=TA_CENTER),
            "cover_title": ParagraphStyle("cover_title", fontSize=30, leading=40, fontName=font,
                                          textColor=HEAD, alignment=TA_CENTER, spaceBefore=8, spaceAfter=10),
            "cover_week": ParagraphStyle("cover_week", fontSize=16, leading=22, fontName=font, textColor=INK,
                                         alignment=TA_CENTER),
        }

    # -- small builders ---------------------------------------------------------------------
    def p(self, text: str, style: str = "body") -> CJKParagraph:
        return CJKParagraph(text, self.styles[style], charset=self.chars)

    def tstyle(self, commands: Sequence[tuple]) -> TableStyle:
        """A table style whose cells' own font is ours (ReportLab's default would pull in Helvetica)."""
        return TableStyle([("FONTNAME", (0, 0), (-1, -1), self.font)] + list(commands))

    def local(self, t: datetime | None, fmt: str = "%m-%d %H:%M") -> str:
        return "—" if t is None else t.astimezone(self.tz).strftime(fmt)

    def cell(self, value: Any) -> Flowable:
        if isinstance(value, Flowable):
            return value
        if isinstance(value, tuple):
            text, style = value
            return self.p(text, style)
        if isinstance(value, (int, float)):
            return self.p(str(value), "cellnum")
        return self.p(str(value), "cell")

    def table(self, header: Sequence[str], rows: Sequence[Sequence[Any]], widths_mm: Sequence[float], *,
              extra: Sequence[tuple] = (), total_rows: int = 0, numeric_from: int = 1) -> Table:
        """A table with a repeated header, zebra rows, numbers right-aligned from column ``numeric_from``."""
        data = [[self.p(h, "cellhead") for h in header]]
        for row in rows:
            out = []
            for i, v in enumerate(row):
                if isinstance(v, str) and i >= numeric_from and _numberish(v):
                    v = (v, "cellnum")
                out.append(self.cell(v))
            data.append(out)
        t = Table(data, colWidths=[w * mm for w in widths_mm], repeatRows=1, hAlign="LEFT")
        style = [
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, HEAD),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
        for i in range(1, len(data)):
            if i % 2 == 0:
                style.append(("BACKGROUND", (0, i), (-1, i), ZEBRA))
        if total_rows:
            style.append(("BACKGROUND", (0, len(data) - total_rows), (-1, -1), TOTAL_BG))
            style.append(("LINEABOVE", (0, len(data) - total_rows), (-1, len(data) - total_rows), 0.8, HEAD))
        style.extend(extra)
        t.setStyle(self.tstyle(style))
        return t

    def fit(self, text: str, width_pt: float, size: float = LIST_FONT_SIZE) -> str:
        """``text`` shortened with "…" to fit ``width_pt`` (list cells are single lines)."""
        text = "".join(c if ord(c) in self.chars else "?" for c in str(text))
        if stringWidth(text, self.font, size) <= width_pt:
            return text
        while text and stringWidth(text + "…", self.font, size) > width_pt:
            text = text[:-1]
        return text + "…"

    def list_table(self, header: Sequence[str], rows: Sequence[Sequence[str]], widths_mm: Sequence[float], *,
                   right: Sequence[int] = ()) -> Table:
        """A long list: one line per row, plain strings and fixed row heights.

        Thousands of rows stay fast: ReportLab need not wrap a paragraph per cell, and with
        known row heights splitting the table across pages is cheap.
        """
        pad = 3
        widths = [w * mm for w in widths_mm]
        data = [[self.p(h, "cellhead") for h in header]]
        for row in rows:
            data.append([self.fit(v, widths[i] - 2 * pad) for i, v in enumerate(row)])
        t = Table(data, colWidths=widths, rowHeights=[None] + [LIST_ROW_HEIGHT] * len(rows), repeatRows=1,
                  hAlign="LEFT")
        style = [
            ("FONTSIZE", (0, 1), (-1, -1), LIST_FONT_SIZE),
            ("TEXTCOLOR", (0, 1), (-1, -1), INK),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, HEAD),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("LEFTPADDING", (0, 0), (-1, -1), pad),
            ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
        ]
        style += [("ALIGN", (i, 1), (i, -1), "RIGHT") for i in right]
        t.setStyle(self.tstyle(style))
        return t

    def kpi(self, value: str) -> CJKParagraph:
        """A key figure in big type, smaller when it would not fit its quarter of the page on one line."""
        st = self.styles["kpi"]
        room = BODY_W / 4 - 16
        size = st.fontSize
        while size > 9 and stringWidth(value, self.font, size) > room:
            size -= 1
        if size != st.fontSize:
            st = ParagraphStyle(f"kpi{size}", parent=st, fontSize=size, leading=st.leading)
        return CJKParagraph(value, st, charset=self.chars)

    def empty(self, text: str) -> CJKParagraph:
        return self.p(text, "empty")

    def heading(self, text: str, key: str, level: int = 0, style: str = "h1") -> list[Flowable]:
        return [_Anchor(key, text, level), self.p(text, style)]

    # -- the document ------------------------------------------------------------------------
    def story(self) -> list[Flowable]:
        s: list[Flowable] = []
        s += self.cover()
        s += [NextPageTemplate("body"), PageBreak()]
        s += self.summary()
        s += self.ranking()
        s += self.timeliness()
        s += self.trend()
        s += self.notifications()
        s += self.overdue()
        s.append(_Anchor("departments", "部门工作单", 0))
        for i, d in enumerate(self.r.departments):
            s.append(PageBreak())
            s += self.department_page(d, i)
        s.append(PageBreak())
        s += self.appendix()
        return s

    def cover(self) -> list[Flowable]:
        r = self.r
        rows = [
            ("统计周期", f"{r.first_day:%Y-%m-%d}（周一）00:00 至 {r.last_day:%Y-%m-%d}（周日）24:00"),
            ("时区", r.time_zone),
            ("生成时间", self.local(r.generated_at, "%Y-%m-%d %H:%M")),
        ]
        if not r.complete:
            rows.append(("数据截至", f"{self.local(r.as_of, '%Y-%m-%d %H:%M')}（本周尚未结束，“周末”数据取此时刻）"))
        rows.append(("内容", "本周概况 · 部门排名与红黑榜 · 办理时效 · 近 8 周趋势 · 通报清单 · 超期清单 · "
                            "部门工作单 · 指标定义"))
        info = Table([[self.p(k, "cellhead"), self.p(v, "body")] for k, v in rows],
                     colWidths=[28 * mm, 110 * mm], hAlign="CENTER")
        info.setStyle(self.tstyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                  ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
        return [
            _Anchor("cover", "封面", 0),
            Spacer(1, 45 * mm),
            self.p(r.office_name, "cover_office"),
            self.p("吹哨报到工作周报", "cover_title"),
            self.p(r.title, "cover_week"),
            Spacer(1, 25 * mm),
            info,
            Spacer(1, 30 * mm),
            self.p("本报告只列工单编号、分类和社区，不含反映人的姓名和电话。各项指标的确切定义见附录。", "note"),
        ]

    def summary(self) -> list[Flowable]:
        o = self.r.office
        dsp = o.dispatch
        cb = o.callbacks
        s = self.heading("一、本周概况", "summary")
        kpis = [
            (str(o.received), "受理工单"), (str(o.dispatched), "派单工单"), (str(o.dispatches), "派单数"),
            (str(o.closed), "结案工单"),
            (str(o.reopened), "重办工单"), (str(o.cancelled), "撤销工单"),
            (f"{hours(o.whistle_median_hours)} 小时" if o.whistle_median_hours is not None else "—",
             "受理至派单中位时长"),
            (str(dsp.overdue_at_end), "周末超期派单"),
            (f"{dsp.escalations.level1} / {dsp.escalations.level2} / {dsp.escalations.level3}", "催办 / 督办 / 通报"),
            (f"{cb.total} / {cb.valid}", "回访 / 有效回访"),
            (f"{pct(cb.resolution_rate)} / {pct(cb.satisfaction_rate)}", "解决率 / 满意率"),
            (pct(cb.composite), "全街道综合得分"),
        ]
        grid = []
        for i in range(0, len(kpis), 4):
            grid.append([[self.kpi(v), self.p(label, "kpilabel")] for v, label in kpis[i:i + 4]])
        t = Table(grid, colWidths=[BODY_W / 4] * 4)
        t.setStyle(self.tstyle([("BOX", (0, 0), (-1, -1), 0.6, RULE), ("INNERGRID", (0, 0), (-1, -1), 0.4, RULE),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 6),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 6), ("BACKGROUND", (0, 0), (-1, -1), ZEBRA)]))
        s.append(t)
        s.append(Spacer(1, 3 * mm))
        s.append(self.p(
            f"全部派单：按时报到率 {ratio(dsp.acknowledge_on_time)}，按时响应率 {ratio(dsp.respond_on_time)}，"
            f"按时办结率 {ratio(dsp.resolve_on_time)}；报到中位时长 {hours(dsp.ack_median_hours)} 工作小时"
            f"（{dsp.acknowledged} 件）。退单申请 {dsp.returns_requested} 件，批准 {dsp.returns_approved} 件，"
            f"退单率 {pct(dsp.return_rate.value)}；延期申请 {dsp.extensions_requested} 件，批准 "
            f"{dsp.extensions_approved} 件。回访 {cb.total} 次，其中未联系上 {cb.not_contacted} 次；"
            f"响应率 {pct(cb.response_rate)}。", "body"))

        s.append(self.p("受理来源、诉求类型、分类和社区分布", "h2"))
        if not o.received:
            s.append(self.empty("本周无受理工单。"))
            return s

        def small(title: str, shares, w_name: float) -> Table:
            rows = [[sh.label, str(sh.count)] for sh in shares]
            return self.table([title, "件数"], rows, [w_name, 14])

        gap = 8 / 3
        col = (BODY_W / mm - 3 * gap) / 4
        outer = Table([[small("来源", o.by_source, col - 14), small("诉求类型", o.by_appeal_type, col - 14),
                        small("分类", o.by_category, col - 14), small("社区（前 10）", o.top_communities, col - 14)]],
                      colWidths=[(col + gap) * mm] * 4, hAlign="LEFT")
        outer.setStyle(self.tstyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), gap * mm)]))
        s.append(outer)
        return s

    def ranking(self) -> list[Flowable]:
        r = self.r
        rs = r.settings
        s = [CondPageBreak(90 * mm)] + self.heading("二、部门排名（三率与红黑榜）", "ranking")
        s.append(self.p(
            f"综合得分 = {rs.weights[0]:g}×响应率 + {rs.weights[1]:g}×解决率 + {rs.weights[2]:g}×满意率；"
            f"满意率中基本满意按 {rs.basic_weight:g} 计。有效回访不少于 {rs.min_callbacks} 次的部门参与排名；"
            f"满意率低于 {rs.black_threshold * 100:g}% 的部门列入黑榜。", "note"))
        by_name = {d.name: d for d in r.departments}
        rows, extra = [], []
        ordered = [by_name[n] for n in r.ranking] + [d for d in r.departments if not d.ranked]
        for i, d in enumerate(ordered, start=1):
            cb = d.callbacks
            if d.mark == "red":
                mark = ("红榜", "cellred")
                extra.append(("BACKGROUND", (8, i), (8, i), RED_BG))
            elif d.mark == "black":
                why = "、".join(BLACK_REASON_LABELS[x] for x in d.black_reasons)
                mark = (f"黑榜（{why}）", "cellblack")
                extra.append(("BACKGROUND", (8, i), (8, i), BLACK_BG))
            elif d.ranked:
                mark = ""
            else:
                mark = (f"不排名（有效回访少于 {rs.min_callbacks} 次）", "cellmuted")
            rows.append([str(d.rank) if d.rank else "—", d.name, str(cb.total), str(cb.valid),
                         pct(cb.response_rate), pct(cb.resolution_rate), pct(cb.satisfaction_rate),
                         pct(cb.composite), mark])
        o = r.office.callbacks
        rows.append(["", "全街道", str(o.total), str(o.valid), pct(o.response_rate), pct(o.resolution_rate),
                     pct(o.satisfaction_rate), pct(o.composite), ""])
        s.append(self.table(["名次", "部门", "回访", "有效回访", "响应率", "解决率", "满意率", "综合得分", "榜单"], rows,
                            [11, 27, 12, 15, 17, 17, 17, 18, 40], extra=extra, total_rows=1, numeric_from=2))
        s.append(Spacer(1, 2 * mm))
        red = "、".join(r.red) or "无"
        black = "、".join(r.black) or "无"
        s.append(self.p(f"红榜：{red}。黑榜：{black}。", "body"))
        if not r.ranking:
            s.append(self.empty(f"本周无参与排名的部门（各部门有效回访均少于 {rs.min_callbacks} 次），不绘制排名图。"))
            return s
        ranked = [by_name[n] for n in r.ranking]
        s.append(KeepTogether([charts.composite_bars(
            [d.name for d in ranked], [d.callbacks.composite or 0 for d in ranked], [d.mark for d in ranked],
            font=self.font, width=BODY_W, title="各部门综合得分（参与排名的部门）")]))
        return s

    def timeliness(self) -> list[Flowable]:
        r = self.r
        s = [PageBreak()] + self.heading("三、部门办理时效", "timeliness")
        s.append(self.p("以下为全部派单口径（主办 + 协办）；主办口径见各部门工作单。比率后括号内为 按时数/应完成数。",
                        "note"))
        rows = []
        for d in r.departments:
            a = d.all
            rows.append([d.name, str(a.received), ratio(a.acknowledge_on_time), ratio(a.respond_on_time),
                         ratio(a.resolve_on_time), hours(a.ack_median_hours), str(a.overdue_at_end)])
        o = r.office.dispatch
        rows.append(["全街道", str(o.received), ratio(o.acknowledge_on_time), ratio(o.respond_on_time),
                     ratio(o.resolve_on_time), hours(o.ack_median_hours), str(o.overdue_at_end)])
        s.append(self.table(["部门", "接收派单", "按时报到率", "按时响应率", "按时办结率", "报到中位时长（工作小时）",
                             "周末超期"], rows, [26, 15, 31, 31, 31, 22, 18], total_rows=1))
        s.append(Spacer(1, 4 * mm))
        rows = []
        for d in r.departments:
            a = d.all
            rows.append(self._escalation_cells(d.name, a))
        rows.append(self._escalation_cells("全街道", o))
        s.append(self.table(["部门", "催办", "督办", "通报", "退单申请", "退单批准", "退单率", "延期申请", "延期批准"],
                            rows, [28, 16, 16, 16, 19, 19, 22, 19, 19], total_rows=1))
        owed = any(d.all.on_time(step).whole for d in r.departments for step in ("acknowledge", "respond", "resolve"))
        if not owed:
            s.append(self.empty("本周无应报到、应响应或应办结的派单，不绘制按时率图。"))
        else:
            s.append(Spacer(1, 4 * mm))
            s.append(KeepTogether([charts.grouped_bars(
                [d.name for d in r.departments],
                [[d.all.acknowledge_on_time.value for d in r.departments],
                 [d.all.respond_on_time.value for d in r.departments],
                 [d.all.resolve_on_time.value for d in r.departments]],
                ["按时报到率", "按时响应率", "按时办结率"], font=self.font, width=BODY_W,
                title="各部门按时率（全部派单；无应完成派单的不画柱）")]))
        return s

    @staticmethod
    def _escalation_cells(name: str, a: DispatchFigures) -> list[str]:
        return [name, str(a.escalations.level1), str(a.escalations.level2), str(a.escalations.level3),
                str(a.returns_requested), str(a.returns_approved), pct(a.return_rate.value),
                str(a.extensions_requested), str(a.extensions_approved)]

    def trend(self) -> list[Flowable]:
        r = self.r
        s = [CondPageBreak(120 * mm)] + self.heading("四、近 8 周趋势", "trend")
        labels = [f"第{t.week[-2:].lstrip('0')}周\n{t.first_day:%m-%d}" for t in r.trend]
        short = [f"W{t.week[-2:]}" for t in r.trend]
        s.append(KeepTogether([charts.trend_lines(
            short, [[t.received for t in r.trend], [t.closed for t in r.trend]], ["受理工单", "结案工单"],
            font=self.font, width=BODY_W, title="近 8 周受理与结案工单数")]))
        s.append(Spacer(1, 3 * mm))
        rows = [["受理工单"] + [str(t.received) for t in r.trend], ["结案工单"] + [str(t.closed) for t in r.trend],
                ["全街道综合得分"] + [pct(t.composite) for t in r.trend]]
        for d in r.departments:
            rows.append([d.name] + [pct(v) for v in d.trend])
        s.append(self.p("下表前两行为工单数，其后为全街道和各部门每周的综合得分（该周无有效回访显示“—”）。", "note"))
        s.append(self.table(["指标 / 部门"] + labels, rows, [30] + [18] * len(r.trend)))
        return s

    def _escalation_table(self, items: Sequence[EscalationItem], *, with_department: bool) -> Table:
        rows = []
        for e in items:
            state = "环节已完成或已关闭" if e.closed else HANDLING_LABELS.get(e.handling or "", "未处理")
            row = [LEVEL_LABELS[e.level], e.ticket_number]
            if with_department:
                row.append(e.department)
            row += [ROLE_LABELS.get(e.role, e.role), STEP_LABELS.get(e.step, e.step), self.local(e.due),
                    self.local(e.reached_at), state]
            rows.append(row)
        if with_department:
            return self.list_table(["级别", "工单编号", "部门", "角色", "环节", "期限", "到达时间", "周末状态"], rows,
                                   [12, 24, 26, 12, 12, 22, 22, 44])
        return self.list_table(["级别", "工单编号", "角色", "环节", "期限", "到达时间", "周末状态"], rows,
                               [12, 26, 12, 12, 26, 26, 60])

    def notifications(self) -> list[Flowable]:
        s = [CondPageBreak(60 * mm)] + self.heading("五、本周通报", "notifications")
        if not self.r.notifications:
            s.append(self.empty("本周无通报。"))
            return s
        s.append(self.p(f"本周到达通报级别的督办事项共 {len(self.r.notifications)} 件（按到达时间排序）。", "note"))
        s.append(self._escalation_table(self.r.notifications, with_department=True))
        return s

    def _overdue_table(self, items: Sequence[OverdueItem], *, with_department: bool) -> Table:
        rows = []
        for x in items:
            row = [x.ticket_number, x.category, x.community]
            if with_department:
                row.append(x.department)
            row += [ROLE_LABELS.get(x.role, x.role), STEP_LABELS.get(x.step, x.step), self.local(x.due),
                    hours(x.late_hours)]
            rows.append(row)
        if with_department:
            return self.list_table(["工单编号", "分类", "社区", "部门", "角色", "超期环节", "期限", "超期（工作小时）"],
                                   rows, [24, 20, 24, 26, 12, 16, 24, 28], right=[7])
        return self.list_table(["工单编号", "分类", "社区", "角色", "超期环节", "期限", "超期（工作小时）"], rows,
                               [28, 24, 30, 14, 18, 30, 30], right=[6])

    def overdue(self) -> list[Flowable]:
        s = [CondPageBreak(60 * mm)] + self.heading("六、周末超期派单", "overdue")
        if not self.r.overdue:
            s.append(self.empty("本周无周末超期派单。"))
            return s
        s.append(self.p(f"周末时仍超期的派单共 {len(self.r.overdue)} 件，按超期时长从长到短排列；"
                        "超期时长为从该环节期限到周末经过的工作时间。", "note"))
        s.append(self._overdue_table(self.r.overdue, with_department=True))
        return s

    def department_page(self, d: DepartmentFigures, index: int) -> list[Flowable]:
        r = self.r
        rs = r.settings
        s = self.heading(f"部门工作单：{d.name}", f"dept-{index}", 1)
        s.append(self.p(f"{r.title} · {r.office_name}", "small"))
        s.append(Spacer(1, 3 * mm))
        cb = d.callbacks
        s.append(self.p("三率与排名", "h2"))
        s.append(self.table(["回访", "有效回访", "未联系上", "响应率", "解决率", "满意率", "综合得分", "名次"],
                            [[str(cb.total), str(cb.valid), str(cb.not_contacted), pct(cb.response_rate),
                              pct(cb.resolution_rate), pct(cb.satisfaction_rate), pct(cb.composite),
                              f"{d.rank} / {len(r.ranking)}" if d.rank else "不排名"]],
                            [20, 22, 22, 22, 22, 22, 22, 22], numeric_from=0))
        if d.mark == "red":
            s.append(self.p("本周列入红榜。", "cellred"))
        elif d.mark == "black":
            why = "、".join(BLACK_REASON_LABELS[x] for x in d.black_reasons)
            s.append(self.p(f"本周列入黑榜（{why}）。", "cellred"))
        elif not d.ranked:
            s.append(self.p(f"本周有效回访 {cb.valid} 次，少于 {rs.min_callbacks} 次，不参与排名。", "note"))
        else:
            s.append(self.p("本周参与排名，未列入红黑榜。", "note"))

        s.append(self.p("办理情况", "h2"))
        rows = []
        for label, get in (
            ("接收派单", lambda a: str(a.received)),
            ("按时报到率", lambda a: ratio(a.acknowledge_on_time)),
            ("按时响应率", lambda a: ratio(a.respond_on_time)),
            ("按时办结率", lambda a: ratio(a.resolve_on_time)),
            ("报到中位时长（工作小时）", lambda a: f"{hours(a.ack_median_hours)}（{a.acknowledged} 件报到）"),
            ("周末超期派单", lambda a: str(a.overdue_at_end)),
            ("催办 / 督办 / 通报", lambda a: f"{a.escalations.level1} / {a.escalations.level2} / "
                                          f"{a.escalations.level3}"),
            ("退单申请 / 批准", lambda a: f"{a.returns_requested} / {a.returns_approved}"),
            ("退单率", lambda a: pct(a.return_rate.value)),
            ("延期申请 / 批准", lambda a: f"{a.extensions_requested} / {a.extensions_approved}"),
        ):
            rows.append([label, get(d.lead), get(d.all)])
        s.append(self.table(["指标", "主办派单", "全部派单（主办 + 协办）"], rows, [64, 52, 58]))

        s.append(self.p("近 8 周综合得分", "h2"))
        s.append(self.table([f"W{t.week[-2:]}" for t in r.trend], [[pct(v) for v in d.trend]],
                            [BODY_W / mm / len(r.trend)] * len(r.trend), numeric_from=0))

        s.append(self.p("周末超期派单", "h2"))
        if d.overdue:
            s.append(self._overdue_table(d.overdue, with_department=False))
        else:
            s.append(self.empty("本周无周末超期派单。"))
        s.append(self.p("本周督办升级（催办、督办、通报）", "h2"))
        if d.escalations:
            s.append(self._escalation_table(d.escalations, with_department=False))
        else:
            s.append(self.empty("本周无催办、督办或通报。"))
        return s

    def appendix(self) -> list[Flowable]:
        s = self.heading("附录：指标定义", "appendix")
        rows = [[(x.term, "cellhead"), x.text] for x in self.r.definitions]
        s.append(self.table(["指标", "定义"], rows, [34, BODY_W / mm - 34], numeric_from=99))
        return s


def _numberish(text: str) -> bool:
    return bool(text) and (text[0].isdigit() or text in ("—",) or text.startswith("-")) and len(text) < 24


def render_weekly_pdf(report: WeeklyReport, out_path: str | os.PathLike | BinaryIO, *, font_path: str | None = None,
                      progress: Progress | None = None, search_fonts: bool = True) -> None:
    """Render ``report`` as an A4 PDF at ``out_path`` (a path, written atomically, or a binary file).

    The font is looked up with :func:`reports.fonts.find_cjk_font` (``font_path`` first;
    ``search_fonts=False`` looks nowhere else). Raises :class:`reports.fonts.FontNotFound`
    when no embeddable Chinese TrueType font is usable. ``progress`` gets fractions 0…1 (from the
    rendering thread); it may raise to cancel, and then no file is left behind at ``out_path``.
    """
    if progress is not None:
        progress(0.0)
    choice = find_cjk_font(font_path, shipped=search_fonts, system=search_fonts)
    font = register(choice)
    renderer = _Renderer(report, font, charset(choice))
    story = renderer.story()
    if progress is not None:
        progress(0.1)
    if hasattr(out_path, "write"):
        _Doc(out_path, report, font, progress, len(story)).build(story, canvasmaker=_numbered_canvas(font))
    else:
        target = Path(out_path)
        fd, tmp = tempfile.mkstemp(prefix=".report-", suffix=".pdf", dir=str(target.parent or "."))
        os.close(fd)
        try:
            _Doc(tmp, report, font, progress, len(story)).build(story, canvasmaker=_numbered_canvas(font))
            os.replace(tmp, target)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise
    if progress is not None:
        progress(1.0)
