"""The demo's lifecycle (issue 16 §2): the approved list's projects are taken through their stages as an office
would have done over the past months, one in each stage from 列入清单 to 运维, with their milestones (summoned,
reported in, done), progress entries, the 施工 log, inspections with findings, and a few late milestones that
the demo's first sweep escalates (their thresholds were crossed while nobody swept).

Everything goes through the lifecycle's own services (the same rules as the façade), at instants in the past.
"""
from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from desk.escalation.service import Ladder
from desk.projects.lifecycle import entries, milestones, stages
from models import Department, Project, User

#: Per stage: the milestones of a typical small works project (name, lead department, working days).
PLAN: dict[str, tuple[tuple[str, str, str], ...]] = {
    "initiated": (("可行性研究报告批复", "住建委", "15wd"), ("资金来源确认", "社区居委会", "10wd")),
    "tendering": (("招标文件编制", "住建委", "10wd"), ("公开招标与定标", "住建委", "15wd")),
    "construction": (("施工进场与围挡", "城管执法队", "5wd"), ("主体施工完成", "住建委", "30wd")),
    "acceptance": (("竣工验收", "住建委", "10wd"), ("居民满意度测评", "社区居委会", "10wd")),
    "operation": (("移交运维单位", "社区居委会", "10wd"),),
}
#: Days the demo spends in each stage it has left behind.
STAGE_DAYS = 24
#: Days since the project entered its current stage (by rank: 立项 1 … 运维 5): the 施工 one long enough for its
#: inspection's finding, never fixed, to have reached 通报.
CURRENT_DAYS = {1: 6, 2: 12, 3: 30, 4: 8, 5: 6}


class _Ctx:
    def __init__(self, session: Session, ladder: Ladder, clerk: User, supervisor: User, tz: Any,
                 responders: dict[str, User]) -> None:
        self.s, self.ladder, self.clerk, self.supervisor, self.tz = session, ladder, clerk, supervisor, tz
        self.responders = responders


def run(session: Session, *, projects: Sequence[Project], now: datetime, cal: Any, offsets: Any, clerk: User,
        supervisor: User, responder_of: dict[str, int], rng: random.Random) -> None:
    """Take ``projects`` (listed, in order) to 列入清单, 立项, 招标, 施工, 验收 and 运维, one each."""
    depts = {d.name: d for d in session.query(Department)}
    responders = {name: session.get(User, uid) for name, uid in responder_of.items() if name in depts}
    ctx = _Ctx(session, Ladder(cal, offsets), clerk, supervisor, cal.tzinfo, responders)
    targets = [s.value for s in stages.ORDER]
    for p, target in zip(projects, targets):
        _live(ctx, p, target, now, rng)


def _live(ctx: _Ctx, p: Project, target: str, now: datetime, rng: random.Random) -> None:
    steps = stages.rank(target)
    t = now - timedelta(days=STAGE_DAYS * max(steps - 1, 0) + CURRENT_DAYS.get(steps, 0))
    for stage in [s.value for s in stages.ORDER[1:steps + 1]]:
        stages.advance(ctx.s, project=p, to=stage, actor=ctx.supervisor, now=t, note="演示数据")
        current = stage == target
        made = [_milestone(ctx, p, stage, name, lead, within, t) for name, lead, within in PLAN[stage]]
        if stage in ("construction", "acceptance", "operation"):
            _progress(ctx, p, stage, t, current)
        if stage == "construction":
            _inspection(ctx, p, t + timedelta(days=2), late=current)
        for i, m in enumerate(made):
            if not current or (i == 0 and len(made) > 1):
                _done(ctx, p, m, min(m.due, t + timedelta(days=STAGE_DAYS - 3), now - timedelta(hours=1)))
        if not current:
            for m in _open(ctx, p, stage):  # findings fixed before the stage is left
                _done(ctx, p, m, t + timedelta(days=STAGE_DAYS - 2))
            t += timedelta(days=STAGE_DAYS)


def _milestone(ctx: _Ctx, p: Project, stage: str, name: str, lead: str, within: str, at: datetime):
    assist = ["社区居委会"] if lead != "社区居委会" else []
    due = milestones.due_instant(ctx.ladder.cal, at, due_on=None, within=within)
    m = milestones.add(ctx.s, project=p, name=name, stage=stage, lead=lead, assist=assist, due=due,
                       acknowledge_within=milestones.ACKNOWLEDGE_WITHIN, actor=ctx.clerk, now=at, ladder=ctx.ladder)
    for dept in [lead, *assist]:
        who = ctx.responders.get(dept)
        if who is not None and dept != "社区居委会":  # (the 居委会 reports in late: a 催办 the sweep records)
            milestones.acknowledge(ctx.s, milestone=m, department_id=who.department_id, actor=who,
                                   now=at + timedelta(hours=2), ladder=ctx.ladder)
    return m


def _done(ctx: _Ctx, p: Project, m: Any, at: datetime) -> None:
    milestones.complete(ctx.s, milestone=m, project=p, actor=ctx.clerk, now=at, note="演示数据：已按期完成")


def _open(ctx: _Ctx, p: Project, stage: str) -> list:
    return stages.open_milestones(ctx.s, p, stage)


def _progress(ctx: _Ctx, p: Project, stage: str, t: datetime, current: bool) -> None:
    percents = {"construction": (10, 35, 60), "acceptance": (90, 100), "operation": (100,)}[stage]
    for i, percent in enumerate(percents):
        at = t + timedelta(days=3 + 6 * i)
        day = at.astimezone(ctx.tz).date()
        entries.progress(ctx.s, project=p, on=day, today=day, percent=percent, note=f"形象进度 {percent}%",
                         actor=ctx.clerk, now=at)
        if stage == "construction":
            entries.log(ctx.s, project=p, on=day, today=day, note="管线开挖、立管更换，现场文明施工。", actor=ctx.clerk,
                        now=at + timedelta(hours=1))


def _inspection(ctx: _Ctx, p: Project, at: datetime, *, late: bool) -> None:
    day = at.astimezone(ctx.tz).date()
    e = entries.inspection(ctx.s, project=p, on=day, today=day, inspector_kind="supervisor_firm",
                           inspector="监理公司 李工", note="沟槽开挖阶段质量安全巡查", findings=[{}], actor=ctx.clerk,
                           now=at)
    due = milestones.due_instant(ctx.ladder.cal, at, due_on=None, within="3wd")
    milestones.add(ctx.s, project=p, name="沟槽边未设连续围挡", stage=p.stage, lead="城管执法队", assist=[], due=due,
                   acknowledge_within=milestones.ACKNOWLEDGE_WITHIN, actor=ctx.clerk, now=at, ladder=ctx.ladder,
                   kind="fix", entry_id=e.id)
    entries.inspection(ctx.s, project=p, on=day, today=day, inspector_kind="citizen_observer",
                       inspector="市民观察员 王阿姨", note="现场整洁，围挡完好。", findings=[], actor=ctx.clerk,
                       now=at + timedelta(hours=3))
