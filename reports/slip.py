"""The 派单单 (dispatch slip): one A4 page for one ticket, handed to the summoned departments on paper.

Top to bottom: the office and the title; the ticket number (and the 12345 work order's number) and
who printed it when; a grid of the ticket's fields ending with the description (问题描述); the
current round's dispatches with their three deadlines in office time; and, fixed at the foot of
the page, lines to sign on (受理人签字, 承办部门签收, 日期).

It is always exactly one page. A long description is cut with "…（全文见系统）"; a long list of
dispatches is set in smaller type down to a floor, then cut with "另有 N 个派单未列出". The page is
placed by hand (no frames, no page breaks), so ReportLab never raises a LayoutError.

    from reports.slip import render_dispatch_slip
    render_dispatch_slip(ticket, "slip.pdf", office_name="示例街道办事处", tz=ZoneInfo("Asia/Shanghai"),
                         printed_at=now, printed_by="张伟")

Raises :class:`reports.fonts.FontNotFound` when no embeddable Chinese TrueType font is found.
"""
from __future__ import annotations

import os
from datetime import datetime, tzinfo
from typing import BinaryIO

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Table, TableStyle

from desk import labels
from desk.deadlines.durations import Duration
from desk.dto import DispatchInfo, TicketDetail
from desk.enums import GONE_DISPATCH_STATES
from desk.errors import ValidationError
from desk.labels import APPEAL_TYPE, PENDING_REQUEST, REPLY_BY
from desk.privacy import CONFIDENTIAL
from desk.privacy import mask_phone as masked
from reports.fonts import charset, find_cjk_font, register
from reports.text import CJKParagraph, break_lines
from reports.style import BODY_W, HEAD, HEAD_BG, INK, MARGIN_X, MUTED, PAGE_H, PAGE_W, RED, RULE, write_atomically

MORE = "…（全文见系统）"
MARGIN_TOP = 14 * mm
MARGIN_BOTTOM = 13 * mm

FIELD_SIZE, FIELD_LEADING = 9.5, 13.5
LABEL_W = 22 * mm
VALUE_W = (BODY_W - 2 * LABEL_W) / 2
PAD = 3
#: The dispatch table's type sizes, tried in turn before rows are left out.
TABLE_SIZES = (8.5, 8, 7.5, 7, 6.5)
DISPATCH_COLS_MM = (32, 17, 22, 21)  # 部门, 主办/协办, 状态, 派单时间; the three deadlines share the rest
#: The description keeps at least this many lines (when it has them) before the table gets room.
DESC_MIN_LINES = 6
#: More of a description than this could never be shown on one page anyway.
DESC_MAX_CHARS = 8000


class _Signatures(Flowable):
    """Two lines to sign on, each with a date, and a short note under them."""

    ROW = 14 * mm

    def __init__(self, font: str, width: float) -> None:
        super().__init__()
        self.font, self.width, self.height = font, width, 2 * self.ROW + 10 * mm

    def wrap(self, availWidth, availHeight):  # noqa: N803 - ReportLab's names
        return self.width, self.height

    def draw(self) -> None:
        c, f = self.canv, self.font
        c.setStrokeColor(RULE)
        c.setLineWidth(0.6)
        c.line(0, self.height, self.width, self.height)
        c.setStrokeColor(INK)
        c.setFillColor(INK)
        split = self.width * 0.62
        for i, caption in enumerate(("受理人签字：", "承办部门签收（签字）：")):
            y = self.height - (i + 1) * self.ROW + 2 * mm
            c.setFont(f, 10.5)
            c.drawString(0, y, caption)
            c.line(stringWidth(caption, f, 10.5) + 2, y - 2, split - 8 * mm, y - 2)
            x = split
            c.drawString(x, y, "日期：")
            x += stringWidth("日期：", f, 10.5) + 2
            for unit, blank in (("年", 17 * mm), ("月", 10 * mm), ("日", 10 * mm)):
                c.line(x, y - 2, x + blank, y - 2)
                x += blank + 1.5
                c.drawString(x, y, unit)
                x += stringWidth(unit, f, 10.5) + 1.5
        c.setFont(f, 8)
        c.setFillColor(MUTED)
        c.drawString(0, 1.5 * mm, "说明：各项期限以系统记录为准；承办部门请在系统中报到、响应和办结。")


class _Slip:
    def __init__(self, ticket: TicketDetail, font: str, chars: frozenset[int], *, office_name: str, tz: tzinfo,
                 printed_at: datetime, printed_by: str, mask_phone: bool) -> None:
        self.t, self.font, self.chars, self.tz = ticket, font, chars, tz
        self.office_name, self.printed_at, self.printed_by, self.mask_phone = (office_name, printed_at, printed_by,
                                                                               mask_phone)
        self._styles: dict[tuple, ParagraphStyle] = {}

    # -- small builders ---------------------------------------------------------------------
    def safe(self, text: object) -> str:
        """``text`` with what the font cannot show replaced by "?" (never an empty box)."""
        return "".join(c if ord(c) in self.chars or c in "\n\t " else "?" for c in str(text or ""))

    def p(self, text: str, size: float = FIELD_SIZE, color=INK, align: int = TA_LEFT,
          leading: float | None = None) -> CJKParagraph:
        key = (size, color, align, leading)
        if key not in self._styles:
            self._styles[key] = ParagraphStyle(f"slip{len(self._styles)}", fontName=self.font, fontSize=size,
                                               leading=leading or round(size * 1.3, 1), textColor=color,
                                               alignment=align, wordWrap=None)
        return CJKParagraph(self.safe(text), self._styles[key])

    def lines(self, text: str, size: float, width: float) -> list[str]:
        out: list[str] = []
        for para in self.safe(text).split("\n"):
            out += break_lines(para, self.font, size, width)
        return out

    def clip(self, text: str, size: float, width: float, max_lines: int, more: str = "…", *,
             cut: bool = False) -> str:
        """``text`` in at most ``max_lines`` lines of ``width``, ending with ``more`` when shortened
        (or when ``cut`` says the caller already shortened it)."""
        most = max(1, max_lines) * (int(width / (size * 0.15)) + 2)  # no glyph is narrower than 0.15 em
        if len(text) > most:
            text, cut = text[:most], True
        lines = self.lines(text, size, width)
        if len(lines) <= max_lines and not cut:
            return "\n".join(lines)
        keep = lines[:max(1, max_lines)]
        last, more = keep[-1], self.safe(more)
        while last and stringWidth(last + more, self.font, size) > width - 1:
            last = last[:-1]
        keep[-1] = last.rstrip() + more
        return "\n".join(keep)

    def local(self, t: datetime | None, fmt: str = "%m-%d %H:%M") -> str:
        return "—" if t is None else t.astimezone(self.tz).strftime(fmt)

    def table(self, data: list, widths: list[float], commands: list[tuple]) -> Table:
        t = Table(data, colWidths=widths, hAlign="LEFT")
        t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), self.font), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD)]
                              + commands))
        return t

    # -- the parts ---------------------------------------------------------------------------
    def header(self) -> list[tuple[Flowable, float]]:
        t = self.t
        number = f"工单编号：{t.number}" + (f" ｜ 12345工单编号：{t.hotline_number}" if t.hotline_number else "")
        printed = f"打印：{self.local(self.printed_at, '%Y-%m-%d %H:%M')} {self.printed_by}"
        widths = [BODY_W * 0.64, BODY_W * 0.36]
        row = self.table([[self.p(self.clip(number, 10.5, widths[0] - PAD, 2), 10.5),
                           self.p(self.clip(printed, 9, widths[1] - PAD, 2), 9, MUTED, TA_RIGHT)]], widths,
                         [("LEFTPADDING", (0, 0), (0, 0), 0), ("RIGHTPADDING", (-1, 0), (-1, 0), 0),
                          ("LINEBELOW", (0, 0), (-1, 0), 1, HEAD), ("BOTTOMPADDING", (0, 0), (-1, 0), 4)])
        office = self.clip(self.office_name, 12, BODY_W - 50 * mm, 1)  # clear of the 保密 stamp
        return [(self.p(office, 12, INK, TA_CENTER), 2),
                (self.p("派单单", 24, HEAD, TA_CENTER, leading=30), 4 * mm), (row, 3 * mm)]

    def reporter(self) -> tuple[str, str]:
        t = self.t
        if t.confidential:
            return CONFIDENTIAL, CONFIDENTIAL
        phone = masked(t.reporter_phone) if self.mask_phone else t.reporter_phone
        return t.reporter_name or "—", phone or "—"

    def fields(self, description: str) -> Table:
        t = self.t
        wide = BODY_W - LABEL_W - 2 * PAD
        narrow = VALUE_W - 2 * PAD

        def label(text: str) -> CJKParagraph:
            return self.p(text, FIELD_SIZE, HEAD, leading=FIELD_LEADING)

        def value(text: str, width: float = narrow, max_lines: int = 2, color=INK) -> CJKParagraph:
            return self.p(self.clip(text or "—", FIELD_SIZE, width, max_lines), FIELD_SIZE, color,
                          leading=FIELD_LEADING)

        name, phone = self.reporter()
        rows = [
            [label("标题"), value(t.title, wide), "", ""],
            [label("分类"), value(t.category), label("紧急程度"),
             value(labels.URGENCY.get(t.urgency, t.urgency), color=INK if t.urgency == "routine" else RED)],
            [label("诉求类型"), value(APPEAL_TYPE.get(t.appeal_type, t.appeal_type)), label("来源"),
             value(labels.SOURCE.get(t.source, t.source))],
            [label("社区"), value(t.community), label("回复方式"), value(REPLY_BY.get(t.reply_by, t.reply_by))],
            [label("地址"), value(t.address, wide), "", ""],
            [label("反映人"), value(name), label("联系电话"), value(phone)],
            [label("受理人"), value(t.created_by), label("受理时间"), value(self.local(t.created_at, "%Y-%m-%d %H:%M"))],
            [label("状态"), value(labels.TICKET_STATE.get(t.state, t.state)), label("轮次"), value(f"第 {t.round} 轮")],
            [label("问题描述"), self.p(description or "—", FIELD_SIZE, INK, leading=FIELD_LEADING), "", ""],
        ]
        spans = [0, 4, len(rows) - 1]
        return self.table(rows, [LABEL_W, VALUE_W, LABEL_W, VALUE_W], [
            ("GRID", (0, 0), (-1, -1), 0.5, RULE),
            ("BACKGROUND", (0, 0), (0, -1), HEAD_BG),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("VALIGN", (0, len(rows) - 1), (-1, len(rows) - 1), "TOP"),
        ] + [("SPAN", (1, r), (3, r)) if r in spans else ("BACKGROUND", (2, r), (2, r), HEAD_BG)
             for r in range(len(rows))])

    def dispatches(self) -> list[DispatchInfo]:
        """The current round's dispatches: the lead first, returned and withdrawn ones last."""
        current = [d for d in self.t.dispatches if d.round == self.t.round]
        return sorted(current, key=lambda d: (d.state in GONE_DISPATCH_STATES, d.role != "lead", d.dispatched_at,
                                              d.id))

    def due(self, at: datetime | None, within: str | None) -> str:
        if at is None:
            return "—"
        if not within:
            return self.local(at)
        try:
            limit = Duration.parse(within).label
        except ValidationError:
            limit = within
        return f"{self.local(at)}\n（{limit}）"

    def dispatch_table(self, items: list[DispatchInfo], size: float, left_out: int = 0) -> Table:
        widths = [w * mm for w in DISPATCH_COLS_MM]
        widths += [(BODY_W - sum(widths)) / 3] * 3
        lead = round(size * 1.25, 2)

        def cell(text: str, i: int, color=INK, max_lines: int = 2) -> CJKParagraph:
            return self.p(self.clip(text, size, widths[i] - 2 * PAD, max_lines), size, color, leading=lead)

        head = ["部门", "主办/协办", "状态", "派单时间", "报到期限", "响应期限", "办结期限"]
        data = [[self.p(h, size, HEAD, leading=lead) for h in head]]
        cmds: list[tuple] = [("BACKGROUND", (0, 0), (-1, 0), HEAD_BG), ("LINEBELOW", (0, 0), (-1, 0), 0.8, HEAD),
                             ("BOX", (0, 0), (-1, -1), 0.5, RULE), ("VALIGN", (0, 1), (-1, -1), "TOP"),
                             # The empty cells under a spanned note count too: keep them as small as the rest.
                             ("FONTSIZE", (0, 0), (-1, -1), size), ("LEADING", (0, 0), (-1, -1), lead),
                             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
        for d in items:
            state = labels.DISPATCH_STATE.get(d.state, d.state)
            extra = [PENDING_REQUEST.get(r, r) for r in sorted(d.pending_requests)]
            if d.suspended_at is not None:
                extra.append("已挂起")
            gone = d.state in GONE_DISPATCH_STATES
            data.append([cell(d.department, 0), cell(labels.DISPATCH_ROLE.get(d.role, d.role), 1),
                         cell("\n".join([state] + extra), 2, MUTED if gone else INK, 3),
                         cell(self.local(d.dispatched_at), 3),
                         cell(self.due(d.acknowledge_due, d.acknowledge_within), 4),
                         cell(self.due(d.respond_due, d.respond_within), 5),
                         cell(self.due(d.resolve_due, d.resolve_within), 6)])
            if (d.note or "").strip():
                note = self.clip("备注：" + " ".join(d.note.split()), size, BODY_W - 2 * PAD - 4 * mm, 1)
                data.append([self.p(note, size, MUTED, leading=lead), "", "", "", "", "", ""])
                r = len(data) - 1
                cmds += [("SPAN", (0, r), (-1, r)), ("LEFTPADDING", (0, r), (-1, r), PAD + 4 * mm),
                         ("TOPPADDING", (0, r), (-1, r), 0)]
            cmds.append(("LINEBELOW", (0, len(data) - 1), (-1, len(data) - 1), 0.3, RULE))
        if left_out or not items:
            text = f"另有 {left_out} 个派单未列出（见系统）" if left_out else "本轮尚未派单"
            data.append([self.p(text, size, MUTED, TA_CENTER, leading=lead), "", "", "", "", "", ""])
            cmds.append(("SPAN", (0, len(data) - 1), (-1, len(data) - 1)))
        return self.table(data, widths, cmds)

    # -- fitting it all on one page ----------------------------------------------------------
    def layout(self, avail: float) -> list[tuple[Flowable, float]]:
        """The body's flowables (and the gap after each), shrunk until they fit ``avail`` points."""
        t = self.t
        heading = (self.p(f"派单部门（第 {t.round} 轮）", 11, HEAD, leading=15), 1.5 * mm)

        def items(description: str, table: Table | None) -> list[tuple[Flowable, float]]:
            out = self.header() + [(self.fields(description), 5 * mm), heading]
            return out + ([(table, 0)] if table is not None else [])

        fixed = _height(items("", None))
        room = avail - fixed  # for the dispatch table and the description's lines after its first
        text = (t.description or "").strip()
        cut = len(text) > DESC_MAX_CHARS
        text = text[:DESC_MAX_CHARS]
        desc_w = BODY_W - LABEL_W - 2 * PAD
        wanted = len(self.lines(text, FIELD_SIZE, desc_w)) + (1 if cut else 0)

        # The table first, leaving the description its first lines; then the description takes the rest.
        budget = room - (min(wanted, DESC_MIN_LINES) - 1) * FIELD_LEADING
        rows = self.dispatches()
        table = None
        for size in TABLE_SIZES:
            table = self.dispatch_table(rows, size)
            if _height([(table, 0)]) <= budget:
                break
        else:  # the most rows that fit (a bisection: fewer rows never make the table taller)
            fits, over = 0, len(rows)
            while over - fits > 1:
                mid = (fits + over) // 2
                if _height([(self.dispatch_table(rows[:mid], TABLE_SIZES[-1], len(rows) - mid), 0)]) <= budget:
                    fits = mid
                else:
                    over = mid
            table = self.dispatch_table(rows[:fits], TABLE_SIZES[-1], len(rows) - fits)
        n = max(1, min(wanted, 1 + int((room - _height([(table, 0)])) // FIELD_LEADING)))
        while True:
            description = self.clip(text, FIELD_SIZE, desc_w, n, MORE, cut=cut)
            out = items(description, table)
            if _height(out) <= avail or n == 1:
                return out
            n -= 1


def _height(items: list[tuple[Flowable, float]]) -> float:
    return sum(f.wrap(BODY_W, PAGE_H)[1] + gap for f, gap in items)


def _draw(canv: Canvas, slip: _Slip) -> None:
    signatures = _Signatures(slip.font, BODY_W)
    sig_top = MARGIN_BOTTOM + signatures.height
    y = PAGE_H - MARGIN_TOP
    for flowable, gap in slip.layout(y - sig_top - 6 * mm):
        _, h = flowable.wrap(BODY_W, PAGE_H)
        flowable.drawOn(canv, MARGIN_X, y - h)
        y -= h + gap
    signatures.drawOn(canv, MARGIN_X, MARGIN_BOTTOM)
    if slip.t.confidential:  # a red stamp beside the title
        canv.saveState()
        canv.setStrokeColor(RED)
        canv.setFillColor(RED)
        canv.setLineWidth(1.2)
        x, top = PAGE_W - MARGIN_X - 20 * mm, PAGE_H - MARGIN_TOP - 8 * mm
        canv.roundRect(x, top - 9 * mm, 20 * mm, 9 * mm, 1.5 * mm)
        canv.setFont(slip.font, 14)
        canv.drawCentredString(x + 10 * mm, top - 6.3 * mm, "保密")
        canv.restoreState()
    canv.showPage()


def render_dispatch_slip(ticket: TicketDetail, out: str | os.PathLike | BinaryIO, *, office_name: str, tz: tzinfo,
                         printed_at: datetime, printed_by: str, mask_phone: bool = True,
                         font_path: str | None = None) -> int:
    """Render the 派单单 of ``ticket`` as one A4 page at ``out`` (a path, written atomically, or a
    binary file); returns the number of pages written (always 1).

    Instants are shown in ``tz``. The reporter's phone is masked (138****1234) unless ``mask_phone``
    is false; a confidential ticket shows neither name nor phone. The font is looked up with
    :func:`reports.fonts.find_cjk_font` (``font_path`` first); :class:`reports.fonts.FontNotFound`
    propagates when none is usable.
    """
    choice = find_cjk_font(font_path)
    font = register(choice)
    slip = _Slip(ticket, font, charset(choice), office_name=office_name, tz=tz, printed_at=printed_at,
                 printed_by=printed_by, mask_phone=mask_phone)

    def write(target) -> None:
        canv = Canvas(target, pagesize=(PAGE_W, PAGE_H), initialFontName=font)  # the real creation date
        canv.setTitle(f"{office_name} 派单单 {ticket.number}")
        canv.setAuthor(office_name)
        canv.setCreator("Whistle Desk 吹哨报到工作台")
        _draw(canv, slip)
        canv.save()

    write_atomically(out, write, prefix=".slip-")  # the user's usual permissions, never a half-written file
    return 1
