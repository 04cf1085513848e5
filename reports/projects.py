"""项目进度通报 (issue 16 §4): the year's key livelihood works on A4, from :class:`desk.projects.bulletin.ProjectBulletin`.

    from reports.projects import render_project_bulletin_pdf
    pages = render_project_bulletin_pdf(bulletin, "项目进度通报.pdf")

Laid out like the weekly 通报 (the same styles: reports.bulletin's ``_Document``): a red masthead, the overview,
the list with stage, progress, milestones and money, the late milestones with their escalation level, the
contractors' 红黑榜 with its definition, and the definitions of the figures. No resident's personal data is in it.
"""
from __future__ import annotations

import os
from datetime import datetime
from typing import BinaryIO
from zoneinfo import ZoneInfo

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from desk.labels import ESCALATION_LEVEL, PROJECT_STAGE
from desk.projects.bulletin import ProjectBulletin
from reports.bulletin import _Document, _page_number, _render
from reports.fonts import FontSet
from reports.mapdraw import projects_map
from reports.style import DOC_W, cn_date

#: The late milestones printed (the rest are counted).
LATE_ROWS = 30
BOARD_LABELS = {"red": "红榜", "black": "黑榜", "none": ""}


def _wan(fen: int) -> str:
    """Fen as 万元 with two decimals: 1,234,567.00 元 → 123.46."""
    return f"{fen / 1_000_000:,.2f}"


def _pct(part: float, whole: float) -> str:
    return "—" if not whole else f"{part / whole * 100:.1f}%"


class _ProjectBulletin(_Document):
    def __init__(self, data: ProjectBulletin, fonts: FontSet) -> None:
        super().__init__(fonts, ZoneInfo(data.time_zone))
        self.d = data

    def local(self, t: datetime) -> datetime:
        return t.astimezone(self.tz)

    def story(self) -> list[Flowable]:
        d = self.d
        out: list[Flowable] = self.masthead()
        out.append(self.p(f"关于{d.year}年重点民生工程项目进展情况的通报", "title"))
        out.append(self.p("各有关部门、各社区居委会、各参建单位：", "to"))
        if d.list_version is None:
            out.append(self.p(f"{d.year}年重点民生工程清单尚未批准，本期无项目进展可通报。"))
            return out + self.sign_off()
        out += self.overview()
        out += self.listing()
        out += self.map()
        out += self.late_list()
        out += self.board()
        out += self.sign_off()
        out += self.definitions()
        return out

    # -- parts -----------------------------------------------------------------------------------------
    def masthead(self) -> list[Flowable]:
        d = self.d
        as_of = self.local(d.as_of)
        line = Table([[self.p(f"{d.year}年度 · 截至{cn_date(as_of.date())}{as_of:%H:%M}", "issue"),
                       self.p("签发人：__________", "issue_r")]], colWidths=[DOC_W * 0.6, DOC_W * 0.4], hAlign="LEFT")
        line.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                  ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
        head = self.p(f"{d.office_name}民生工程项目进度通报", "slip_title")
        return [Spacer(1, 4 * mm), head, Spacer(1, 6 * mm), line, self.red_rule()]

    def overview(self) -> list[Flowable]:
        d = self.d
        stages = "、".join(f"{PROJECT_STAGE.get(s, s)} {n} 项" for s, n in d.by_stage)
        done, due = d.on_time
        levels = {lvl: sum(1 for x in d.late if x.level == lvl) for lvl in (3, 2, 1)}
        late = (f"超期未完成的节点 {len(d.late)} 个（已通报 {levels[3]} 个、督办 {levels[2]} 个、催办 {levels[1]} 个）"
                if d.late else "无超期未完成的节点")
        contracted = [p for p in d.projects if p.contract_total_fen]
        money = (f"预算合计 {_wan(d.budget_fen)} 万元；已签合同 {len(contracted)} 项，合同金额（含已批准变更）"
                 f"{_wan(d.contract_total_fen)} 万元，已拨付 {_wan(d.paid_fen)} 万元，资金支付率 "
                 f"{_pct(d.paid_fen, d.contract_total_fen)}。")
        text = (f"{d.year}年重点民生工程清单（第 {d.list_version} 版）共 {len(d.projects)} 项，其中{stages}。"
                f"计划完成时间已到的节点 {due} 个，按期完成 {done} 个，节点按期完成率 {_pct(done, due)}；{late}。"
                + money)
        return [self.p("一、总体情况", "h1"), self.p(text)]

    def listing(self) -> list[Flowable]:
        rows = [[str(p.position), f"{p.name}（{p.number}）", p.community or "—", PROJECT_STAGE.get(p.stage, p.stage),
                 f"{p.percent}%", f"{p.milestones_done}/{p.milestones}", str(p.late) if p.late else "—",
                 _wan(p.budget_fen) if p.budget_fen else "—",
                 _wan(p.paid_fen) if p.contract_total_fen else "—", p.builder or "—"] for p in self.d.projects]
        table = self.table(["序号", "项目（编号）", "社区", "阶段", "进度", "节点完成", "超期节点", "预算（万元）",
                            "已拨付（万元）", "施工单位"], rows, (9, 38, 17, 12, 10, 12, 11, 16, 16, 19),
                           align=["c", "l", "l", "c", "r", "c", "c", "r", "r", "l"])
        return [self.p("二、项目进展一览", "h1"), table]

    def map(self) -> list[Flowable]:
        """一张图: the projects on the 社区 boundaries (when the office imported them), under the list."""
        m = self.d.map
        if m is None or not m.projects:
            return []
        return [Spacer(1, 3 * mm), projects_map(m, DOC_W, 95 * mm, font=self.f.body),
                self.p("图：项目位置（按阶段着色）", "note")]

    def late_list(self) -> list[Flowable]:
        d = self.d
        out: list[Flowable] = [self.p("三、超期节点", "h1")]
        if not d.late:
            return out + [self.p("截至本通报生成时，没有超期未完成的节点。")]
        out.append(self.p(f"截至本通报生成时超期未完成的节点 {len(d.late)} 个，按督办级别和超期时长排列。"
                          "请主办部门抓紧办理，并将进展报街道。"))
        rows = [[x.project_number, x.project_name, ("整改：" if x.kind == "fix" else "") + x.name,
                 PROJECT_STAGE.get(x.stage, x.stage), x.lead_department, self.local(x.due).strftime("%m-%d %H:%M"),
                 f"{x.late_days:.1f} 天", ESCALATION_LEVEL.get(x.level, "—")] for x in d.late[:LATE_ROWS]]
        out.append(self.list_table(["项目编号", "项目", "节点", "阶段", "主办部门", "计划完成", "超期", "督办级别"], rows,
                                   (22, 34, 34, 11, 22, 19, 14, 13), center=(3, 5, 6, 7)))
        if len(d.late) > LATE_ROWS:
            out.append(self.p(f"其余 {len(d.late) - LATE_ROWS} 个超期节点请在项目库中查看。", "note"))
        return out

    def board(self) -> list[Flowable]:
        b = self.d.builders
        out: list[Flowable] = [self.p("四、施工单位红黑榜", "h1")]
        if not b.rows:
            return out + [self.p("尚无施工单位的验收、测评或回头看记录。")]
        rows = [[r.name, str(r.projects), str(r.good), str(r.bad), f"{r.net:+d}", BOARD_LABELS.get(r.board, "")]
                for r in b.rows]
        out.append(self.table(["施工单位", "项目数", "好评", "差评", "净分", "榜单"], rows, (70, 18, 18, 18, 18, 18)))
        red = [r.name for r in b.rows if r.board == "red"]
        black = [r for r in b.rows if r.board == "black"]
        out.append(self.p(f"红榜：{'、'.join(red) or '无'}。"))
        if black:
            reasons = "；".join(f"{r.name}（{'，'.join(r.reasons)}）" for r in black)
            out.append(self.p(f"黑榜：{reasons}。"))
        else:
            out.append(self.p("黑榜：无。"))
        out.append(self.p(str(b.definition), "note"))
        return out

    def sign_off(self) -> list[Flowable]:
        day = cn_date(self.local(self.d.as_of).date())
        return [Spacer(1, 8 * mm), self.p(self.d.office_name, "sign"), self.p(day, "sign")]

    def definitions(self) -> list[Flowable]:
        out: list[Flowable] = [Spacer(1, 6 * mm), self.p("附：指标说明", "small_h")]
        out += [self.p(f"{term}：{text}", "small") for term, text in self.d.definitions]
        return out


def render_project_bulletin_pdf(data: ProjectBulletin, out: str | os.PathLike | BinaryIO, *,
                                font_path: str | None = None, progress=None, search_fonts: bool = True) -> int:
    """Render the 项目进度通报 as an A4 PDF at ``out`` (written atomically); returns its number of pages. Fonts and
    ``progress`` as :func:`reports.render_bulletin_pdf`."""
    def furniture(fonts: FontSet):
        number = _page_number(fonts.base)

        def draw(canv: Canvas, page: int, total: int, section: str, in_section: int, of: int) -> None:
            number(canv, page)
        return draw

    return _render(out, lambda fonts: _ProjectBulletin(data, fonts).story(), furniture=furniture,
                   meta=dict(title=f"关于{data.year}年重点民生工程项目进展情况的通报", author=data.office_name,
                             subject=f"{data.year}年重点民生工程项目进度通报"),
                   font_path=font_path, search_fonts=search_fonts, progress=progress)
