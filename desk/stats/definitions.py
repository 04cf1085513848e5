"""The exact meaning of every figure of the period report, in Chinese, for its appendix; and a draft 点评."""
from __future__ import annotations

from typing import TYPE_CHECKING

from desk.stats.data import INDICATOR_LABELS, Definition, Scheme, percent, round1

if TYPE_CHECKING:
    from desk.stats.data import PeriodReport, Ratio


def _pct(x: float) -> str:
    return f"{x * 100:g}%"


def definitions(scheme: Scheme, *, kind: str, window_periods: int, supervise_after: str, report_after: str,
                fix_within: str, working_day_hours: float) -> tuple[Definition, ...]:
    unit = "周" if kind == "week" else "月"
    n = scheme.min_callbacks
    basic = f"{scheme.basic_weight:g}"
    window = f"最近 {window_periods} {'周' if kind == 'week' else '个月'}（含本期）"
    items = [
        ("统计期",
         "周报统计周一 0 时至周日 24 时，月报统计当月 1 日 0 时至月末 24 时（本街道所在地时间）。"
         f"“期末”指统计期结束的时刻；为尚未结束的{unit}生成报告时，指生成报告的时刻，报告注明“截至”时间。"),
        ("响应率",
         "主办部门在响应时限内联系反映人或到场（在系统中完成“响应”）的派单数 ÷ 响应期限落在统计期内的主办派单数。"
         "期限取期末时的期限（含获批延期、挂起顺延）；期限前已被退回或撤回、或期末仍挂起的不计入。"),
        ("回访确认联系率",
         "回访时询问“承办部门（工作人员）是否联系过您”，回答“是”的次数 ÷ 询问了此问题的有效回访次数。"
         "它是反映人对响应的印证，与响应率并列，不计入综合得分。"),
        ("解决率", "反映人表示问题已解决的有效回访数 ÷ 有效回访数。有效回访：联系到反映人的回访。"),
        ("满意率", f"（满意数 + {basic} × 基本满意数）÷ 有效回访数；不满意计 0。"),
        ("按时报到率、按时办结率",
         "该环节期限落在统计期内的派单（主办和协办）中，在期限当时或之前完成该环节的比例；期限的取法同响应率。"),
        ("退单率", "统计期内批准的退单数 ÷ 统计期内接收的派单数。"),
        ("重办率",
         "统计期内有结案或重办结论的工单轮次中，被重办的比例；计入该轮次的主办部门。"),
        ("部门归属", "回访、结案和重办计入该工单被核实那一轮的主办部门（结论前最近一次办结的主办派单所属部门）。"),
        ("催办、督办、通报",
         f"按督办升级规则从期限推算：环节期限到达未完成为催办，期限后 {supervise_after}为督办，"
         f"期限后 {report_after}为通报（按工作时间计）；统计期内到达的次数按派单所属部门统计，"
         "与是否已运行督办检查无关。通报清单每件派单列一行（所欠的最早到期环节）：期末时已达通报级别且仍未完成的全部派单，以及本期到达通报级别后已完成的派单。"
         f"通报事项请于成文日期后 {fix_within}内整改并反馈。"),
        ("截至期末超期",
         "期末时仍在办理（未办结、未退回、未撤回）、未挂起，且有环节已过期限的派单；每件派单列一行，为所欠的第一个已过期环节。"
         f"超期时长按时限本身的计时方式：按自然时间计的时限（如特急件）以天、小时、分钟计，按工作时间计的时限以工作日和"
         f"工作小时计（一个工作日 = {working_day_hours:g} 工作小时，节假日和非工作时段不计）。特急件列在前面。"),
        ("积压账龄", "期末超期派单按期限至期末经过的自然天数分档。“上期结转”指上期期末时已超期。"),
        ("综合得分",
         f"综合得分 = {scheme.text()}（权重合计为 1 时即加权和），满分 100%。其 95% 置信区间由各项指标的 Wilson 区间合成。"),
        ("排名与红黑榜",
         f"按{window}的数据排名，本期数据并列显示。窗口期内有效回访不少于 {n} 次、且各项计分指标均有数据的部门参与排名，"
         "按综合得分从高到低排列。红榜：综合得分的置信区间整体高于全街道、且窗口期内无通报的部门，最多三个。"
         "黑榜：综合得分的置信区间整体低于全街道的部门，逐项列明低于全街道的指标及差距；满意率的置信区间整体低于 "
         f"{_pct(scheme.black_threshold)} 的部门也列入黑榜。差异在统计误差范围内的部门不列入红黑榜。"),
        ("环比、同比",
         "与上一统计期和上年同期比较。上一统计期的数字按本期期末时的期限计算（其后获批的延期可使其与上期报告略有出入）；"
         "上年同期只比较受理、派单、结案和各项比率，不比较通报和超期。没有数据的显示“—”。"),
        ("重复件（合并）",
         "多位居民反映同一问题时，后来的工单作为重复件并入主工单。受理数按问题计（主工单计 1 件，重复件不另计），"
         "并列出涉及的居民人数（主工单与重复件的反映人数之和）。重复件没有自己的派单，跟随主工单办理，"
         "因此响应率、按时报到率、按时办结率、退单率只按主工单的派单计算一次；结案数和重办率也只计主工单。"
         "每位居民都单独回访：重复件的每次有效回访与主工单的回访一样，各计为解决率、满意率的一项，"
         "计入主工单那一轮的主办部门——任何一位居民不满意都计为一项不满意，不会被同一问题的其他回访掩盖。"),
        ("重复诉求",
         f"统计期内受理、与此前 {scheme.repeat_days} 天内的工单分类相同，且地址相同（忽略空格和标点）或来电号码相同的工单。"),
        ("隐私", "报告和附表只列工单编号、分类和社区，不含反映人的姓名、电话和地址。"),
    ]
    return tuple(Definition(term, text) for term, text in items)


#: The term of the 通报's small map (issue 17): printed beside the map, not again in the 附.
MAP_TERM = "社区工单分布图"


def map_definition() -> Definition:
    """What the 通报's small map shades (desk.geo.paper.period_map reads it; desk.geo.shading classes it)."""
    return Definition(MAP_TERM, (
        "各社区统计期内受理的工单数，按问题计（重复件并入主工单只计 1 件），按工单所填社区计入，与是否标注位置无关，"
        "与分社区表的“受理”和“一张图”页面的工单数相同。0 件为“无”；其余按各社区件数的最大值至最小值（不计 0）"
        "等距分为五档，颜色越深件数越多。只绘出已导入边界的社区。"))


def _pp(a: Ratio, b: Ratio | None) -> str:
    if b is None or a.value is None or b.value is None:
        return ""
    d = (a.value - b.value) * 100
    if abs(d) < 0.05:
        return "，与上期持平"
    return f"，较上期{'上升' if d > 0 else '下降'} {round1(abs(d))} 个百分点"


def comment_draft(r: PeriodReport) -> str:
    """A first draft of the 点评, from the figures: the supervisor edits it before printing."""
    o = r.office
    p = r.previous
    unit = "本周" if r.kind == "week" else "本月"
    if r.empty:
        return f"{unit}无受理、派单和回访记录。"
    parts = [f"{unit}共受理群众诉求 {o.received} 件，结案 {o.closed} 件"]
    if p is not None:
        delta = o.received - p.received
        parts[0] += f"，受理量较上期{'增加' if delta > 0 else '减少'} {abs(delta)} 件" if delta else "，受理量与上期持平"
    sentences = ["。".join(parts) + "。"]
    rates = []
    for key, get in (("response", lambda h: h.response), ("resolution", lambda h: h.resolution),
                     ("satisfaction", lambda h: h.satisfaction)):
        value = o.period.get(key)
        if value.value is not None:
            rates.append(f"{INDICATOR_LABELS[key]} {percent(value.value)}{_pp(value, get(p) if p else None)}")
    if rates:
        sentences.append("全街道" + "；".join(rates) + "。")
    if r.red:
        sentences.append(f"{'、'.join(r.red)}表现突出，予以表扬。")
    if r.black:
        sentences.append(f"{'、'.join(r.black)}明显低于全街道水平，请分析原因、限期整改。")
    if r.ranking and not r.separated:
        sentences.append("各部门得分差异在统计误差范围内，本期不列红黑榜。")
    open_notes = [n for n in r.notifications if not n.closed]
    if open_notes:
        emergency = sum(1 for n in open_notes if n.urgency == "emergency")
        text = f"截至期末仍有 {len(open_notes)} 件派单达到通报级别未完成"
        if emergency:
            text += f"，其中特急件 {emergency} 件，请立即处置"
        sentences.append(text + "。")
    if r.cases:
        sentences.append(f"回访不满意或未解决的 {len(r.cases)} 件，请承办部门逐件重办、回访。")
    return "".join(sentences)
