"""The 阳光工程 site (issue 16 §4): a static, self-contained public website written from
:class:`desk.disclosure.Disclosure`.

    from reports.disclosure import write_site
    pages = write_site(data, "阳光工程")      # the folder: index.html, figures.html, p/<number>.html, style.css

Plain HTML and one CSS file: no JavaScript, no font, image or script from elsewhere, so it reads the same from a
USB stick, an intranet share or a public web server. It prints what ``data`` holds and nothing else; ``data`` holds
no personal data (see desk.disclosure).

The folder is written whole or not at all: into a new folder beside it, then swapped in. An existing folder is
replaced only when an earlier run wrote it (it holds the marker file); any other non-empty folder is refused.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from decimal import Decimal
from html import escape
from pathlib import Path

from desk.disclosure import MARKER, Disclosure, MonthFigures, PublicProject, check_site_folder
from desk.labels import PROJECT_ORIGIN, PROJECT_STAGE
from desk.stats import Ratio

CSS = """\
body { font-family: "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif;
       margin: 0 auto; max-width: 1100px; padding: 0 16px 48px; color: #1b1b1b; line-height: 1.6; }
header { border-bottom: 3px solid #b71c1c; margin-bottom: 16px; }
header h1 { color: #b71c1c; margin: 16px 0 4px; font-size: 26px; }
header p { margin: 0 0 8px; color: #555; }
nav a { margin-right: 16px; }
h2 { font-size: 20px; border-left: 4px solid #b71c1c; padding-left: 8px; margin-top: 28px; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 14px; }
th, td { border: 1px solid #bbb; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f3f3f3; }
td.num, th.num { text-align: right; white-space: nowrap; }
td small { color: #777; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; }
dt { color: #555; } dd { margin: 0; }
.note { color: #555; font-size: 13px; }
footer { margin-top: 32px; border-top: 1px solid #ccc; padding-top: 8px; color: #555; font-size: 13px; }
@media print { nav { display: none; } }
"""


def _e(value: object) -> str:
    return escape("" if value is None else str(value))


def _yuan(fen: int) -> str:
    """Fen as yuan with thousands separators: 1,500,000.00 元; 0: not estimated."""
    return "未估算" if not fen else f"{Decimal(fen) / 100:,.2f} 元"


def _rate(r: Ratio) -> str:
    """83.3% with its base (n = how many dispatches or callbacks it counts): a rate of 3 says little."""
    return "—" if r.value is None else f"{r.value * 100:.1f}% <small>(n={r.whole})</small>"


def _page(title: str, heading: str, data: Disclosure, body: str, *, root: str = "") -> str:
    generated = data.generated_at.strftime("%Y年%m月%d日 %H:%M")
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(title)}</title>
<link rel="stylesheet" href="{root}style.css">
</head>
<body>
<header>
<h1>{_e(heading)}</h1>
<p>{_e(data.office_name)} · 阳光工程公开</p>
<nav><a href="{root}index.html">{data.year}年重点民生工程</a><a href="{root}figures.html">接诉即办情况</a></nav>
</header>
<main>
{body}
</main>
<footer>{_e(data.office_name)}发布 · 生成于 {_e(generated)} · 本网站不含反映人的姓名、电话和地址。</footer>
</body>
</html>
"""


def _index(data: Disclosure) -> str:
    if data.list_version is None:
        body = f"<p>{data.year}年重点民生工程清单尚未批准。</p>"
    else:
        rows = "\n".join(
            f"<tr><td class=num>{p.position}</td><td><a href=\"p/{_e(p.number)}.html\">{_e(p.number)}</a></td>"
            f"<td><a href=\"p/{_e(p.number)}.html\">{_e(p.name)}</a></td><td>{_e(p.community or '—')}</td>"
            f"<td>{_e(PROJECT_STAGE.get(p.stage, p.stage))}</td><td class=num>{p.percent}%</td>"
            f"<td class=num>{p.source_tickets}</td>"
            f"<td class=num>{_e(_yuan(p.budget_fen) if p.budget_fen else _yuan(p.estimated_cost_fen))}</td>"
            f"<td class=num>{_e(_yuan(p.paid_fen) if p.contract_total_fen else '—')}</td></tr>" for p in data.projects)
        approved = data.list_approved_on.strftime("%Y年%m月%d日") if data.list_approved_on else "—"
        body = (f"<p>{data.year}年重点民生工程清单（第 {data.list_version} 版，{_e(approved)}批准），共 "
                f"{len(data.projects)} 项。项目来自居民反映集中的问题、居民金点子、代表建议和部门计划。</p>\n"
                "<table><thead><tr><th class=num>序号</th><th>项目编号</th><th>项目名称</th><th>社区</th><th>阶段</th>"
                "<th class=num>完成进度</th><th class=num>来源诉求（件）</th><th class=num>预算（未登记时为估算）</th>"
                "<th class=num>已拨付</th></tr></thead>\n"
                f"<tbody>\n{rows}\n</tbody></table>\n"
                '<h2 id="definitions">指标说明</h2>\n<dl>\n'
                + "\n".join(f"<dt>{_e(d.term)}</dt><dd>{_e(d.text)}</dd>" for d in data.project_definitions)
                + "\n</dl>")
    return _page(f"{data.office_name}{data.year}年重点民生工程", f"{data.year}年重点民生工程", data, body)


def _dl(fields) -> str:
    return "<dl>\n" + "\n".join(f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>" for k, v in fields) + "\n</dl>"


def _share(part: float, whole: float) -> str:
    return "—" if not whole else f"{part / whole * 100:.1f}%"


def _project(data: Disclosure, p: PublicProject) -> str:
    basics = (("项目编号", p.number), ("年度", f"{p.year}年"), ("清单序号", p.position),
              ("阶段", PROJECT_STAGE.get(p.stage, p.stage)), ("社区", p.community or "—"), ("类别", p.category or "—"),
              ("项目来源", PROJECT_ORIGIN.get(p.origin, p.origin)), ("来源诉求", f"{p.source_tickets} 件"),
              ("反映居民", f"{p.residents} 人"), ("受益人数", f"{p.people_affected} 人"),
              ("估算投资", _yuan(p.estimated_cost_fen)))
    progress = (("完成进度", f"{p.percent}%"), ("项目节点", f"共 {p.milestones} 个，已完成 {p.milestones_done} 个"),
                ("超期节点", f"{p.late_milestones} 个" if p.late_milestones else "无"))
    money = (("预算", _yuan(p.budget_fen) if p.budget_fen else "未登记"),
             ("合同金额（含已批准的设计变更）", _yuan(p.contract_total_fen) if p.contract_total_fen else "尚未签订合同"),
             ("已拨付", f"{_yuan(p.paid_fen)}（{_share(p.paid_fen, p.contract_total_fen)}）" if p.contract_total_fen
              else "—"))
    payments = "".join(f"<tr><td>{_e(d.strftime('%Y年%m月%d日'))}</td><td class=num>{_e(_yuan(a))}</td></tr>"
                       for d, a in p.payments)
    record = p.builder_record
    board = {"red": "红榜", "black": "黑榜"}.get(record[3], "未上榜") if record else "尚无记录"
    parties = (("施工单位", p.builder or "尚未确定"), ("监理单位", p.supervisor or "尚未确定"),
               ("施工单位红黑榜", f"{board}（好评 {record[0]}，差评 {record[1]}，净分 {record[2]:+d}）" if record else board))
    if p.acceptance is None:
        accept = (("验收结果", "尚未验收"),)
    else:
        result = "验收合格" if p.acceptance == "passed" else "验收不合格"
        when = p.accepted_on.strftime("%Y年%m月%d日") if p.accepted_on else "—"
        satisfied = "—" if p.survey_satisfaction is None else f"{p.survey_satisfaction * 100:.1f}%"
        accept = (("验收结果", f"{result}（{when}）"),
                  ("居民满意度测评", f"{p.survey_responses} 份答卷，满意度 {satisfied}（满意与基本满意之和）"))
    body = ("<h2>基本情况</h2>\n" + _dl(basics) + "\n<h2>进度</h2>\n" + _dl(progress)
            + "\n<h2>资金</h2>\n" + _dl(money)
            + ("\n<table><thead><tr><th>拨付日期</th><th class=num>金额</th></tr></thead>\n<tbody>\n"
               + payments + "\n</tbody></table>" if payments else "")
            + "\n<h2>参建单位</h2>\n" + _dl(parties) + "\n<h2>验收</h2>\n" + _dl(accept)
            + '\n<p class="note">指标说明见<a href="../index.html#definitions">项目清单页</a>。</p>')
    return _page(f"{p.name} - {data.office_name}", p.name, data, body, root="../")


def _rate_table(title: str, key: str, months: tuple[MonthFigures, ...]) -> str:
    names: list[str] = []
    for m in months:
        names += [d.name for d in m.departments if d.name not in names]
    head = "".join(f"<th class=num>{_e(m.month)}{'' if m.complete else '（截至目前）'}</th>" for m in months)

    def cells(name: str) -> str:
        out = []
        for m in months:
            row = m.office if name == "" else next((d for d in m.departments if d.name == name), None)
            out.append(f"<td class=num>{_rate(getattr(row, key)) if row else '—'}</td>")
        return "".join(out)

    rows = [f"<tr><th>全街道</th>{cells('')}</tr>"] + [f"<tr><td>{_e(n)}</td>{cells(n)}</tr>" for n in names]
    return (f"<h2>{_e(title)}</h2>\n<table><thead><tr><th>部门</th>{head}</tr></thead>\n<tbody>\n"
            + "\n".join(rows) + "\n</tbody></table>")


def _figures(data: Disclosure) -> str:
    if not data.months:
        body = "<p>近十二个月没有接诉即办数据。</p>"
    else:
        body = (f"<p>近十二个月（{_e(data.months[0].month)} 至 {_e(data.months[-1].month)}）按月统计的响应率、"
                "解决率、满意率，按承办部门列出；括号内 n 为计算该比率的派单数或有效回访数，n 较小时比率波动大。"
                "“—”表示该月没有可计算的数据。</p>\n"
                + "\n".join(_rate_table(t, k, data.months) for t, k in
                            (("响应率", "response"), ("解决率", "resolution"), ("满意率", "satisfaction")))
                + "\n<h2>指标说明</h2>\n<dl>\n"
                + "\n".join(f"<dt>{_e(d.term)}</dt><dd>{_e(d.text)}</dd>" for d in data.definitions) + "\n</dl>")
    return _page(f"接诉即办情况 - {data.office_name}", "接诉即办情况", data, body)


def write_site(data: Disclosure, out: str | os.PathLike[str]) -> int:
    """Write the site into the folder ``out`` (see the module doc); returns the number of HTML pages."""
    out = Path(out)
    check_site_folder(out)
    pages = {"index.html": _index(data), "figures.html": _figures(data)}
    pages.update({f"p/{p.number}.html": _project(data, p) for p in data.projects})
    tmp = Path(tempfile.mkdtemp(prefix=".disclosure-", dir=out.absolute().parent))
    try:
        (tmp / "p").mkdir()
        (tmp / "style.css").write_text(CSS, encoding="utf-8")
        (tmp / MARKER).write_text("whistle-desk disclose\n", encoding="utf-8")
        for name, html in pages.items():
            (tmp / name).write_text(html, encoding="utf-8")
        os.chmod(tmp, 0o755)  # mkdtemp makes it private; a published site is read by others
        if out.exists():
            old = out.with_name(f".{out.name}.old")
            shutil.rmtree(old, ignore_errors=True)
            out.rename(old)
            tmp.rename(out)
            shutil.rmtree(old, ignore_errors=True)
        else:
            tmp.rename(out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return len(pages)
