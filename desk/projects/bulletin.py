"""项目进度通报 (issue 16 §4): the year's approved list of key livelihood works as a supervisor prints it, and the
short projects section of the weekly/monthly 通报. Plain data for ``reports.projects`` (no SQL there).

The figures, defined once (:data:`DEFINITIONS` is printed with them):

* **完成进度** (percent complete): the newest progress entry's percent (0 before the first);
* **超期节点** (late milestones): milestones and inspection fixes not done at the bulletin's instant whose planned
  due has passed; each with the escalation level it has reached (催办, 督办, 通报): the highest open one recorded,
  or the one the ladder gives at that instant if no sweep has recorded it yet;
* **资金支付率**: paid ÷ (contract amount + approved design changes), over the projects with a contract;
* **节点按期完成率**: milestones done by their due ÷ milestones that fell due (done or not) by the bulletin's instant;
* the contractors' 红黑榜 is desk.projects.records.board's, with its own definition.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desk.escalation import service as escalation
from desk.projects import service as projects
from desk.projects.lifecycle import milestones as lifecycle
from desk.projects.records import board as contractor_board
from desk.projects.records import dto as records_dto
from desk.projects.records.query import money_of
from models import (AnnualListItem, Community, Contractor, Department, Escalation, Milestone, Project,
                    ProjectEntry, ProjectRecord)

DEFINITIONS: tuple[tuple[str, str], ...] = (
    ("完成进度", "项目最近一次进度记录填报的完成百分比；尚未填报的计 0%。"),
    ("超期节点", "截至本通报生成时尚未完成、且已过计划完成时间的项目节点（含巡查发现问题的整改节点）；"
                "督办级别为该节点按升级规则截至此时已达到的级别（催办、督办、通报），不论是否已运行超时检查。"),
    ("节点按期完成率", "计划完成时间已到的节点中，在计划完成时间前完成的比例。"),
    ("资金支付率", "已拨付金额 ÷（合同金额 + 已批准的设计变更金额），只计已签合同的项目。"),
)


@dataclass(frozen=True)
class LateMilestone:
    project_number: str
    project_name: str
    name: str
    kind: str  # plan, fix
    stage: str
    lead_department: str
    due: datetime
    #: Natural days from the due to the bulletin's instant.
    late_days: float
    level: int


@dataclass(frozen=True)
class BulletinProject:
    position: int
    number: str
    name: str
    community: str | None
    stage: str
    percent: int
    milestones: int
    milestones_done: int
    late: int
    #: Milestones that fell due, and those of them done by their due (节点按期完成率).
    due_so_far: int
    done_on_time: int
    budget_fen: int
    contract_total_fen: int
    paid_fen: int
    builder: str | None


@dataclass(frozen=True)
class ProjectBulletin:
    office_name: str
    year: int
    list_version: int | None
    #: The instant it describes (UTC) and the office's zone to print it in.
    as_of: datetime
    time_zone: str
    projects: tuple[BulletinProject, ...]
    #: Late milestones, the highest level first, then the longest late.
    late: tuple[LateMilestone, ...]
    by_stage: tuple[tuple[str, int], ...]
    builders: records_dto.ContractorBoard
    definitions: tuple[tuple[str, str], ...] = DEFINITIONS
    #: The 社区 boundaries and the projects' places (desk.geo.dto.MapPicture) when the office imported boundaries
    #: (the verb and the command line add it: desk.geo may not be imported from here).
    map: Any = None

    @property
    def budget_fen(self) -> int:
        return sum(p.budget_fen for p in self.projects)

    @property
    def contract_total_fen(self) -> int:
        return sum(p.contract_total_fen for p in self.projects)

    @property
    def paid_fen(self) -> int:
        return sum(p.paid_fen for p in self.projects if p.contract_total_fen)

    @property
    def on_time(self) -> tuple[int, int]:
        """(done on time, fell due) over the list: 节点按期完成率."""
        return sum(p.done_on_time for p in self.projects), sum(p.due_so_far for p in self.projects)


def _done(m: Milestone, now: datetime) -> bool:
    """Done as it stood at ``now`` (a bulletin of a past instant does not see what was done later)."""
    return m.done_at is not None and m.done_at <= now


def _levels(session: Session, late: list[Milestone], ladder: escalation.Ladder, now: datetime) -> dict[int, int]:
    """The escalation level each late milestone had reached at ``now``: the highest recorded by then and not yet
    closed then, or the one the ladder says it reached (the sweep's rule), so that the bulletin does not depend on
    whether a sweep ran."""
    ids = [m.id for m in late]
    if not ids:
        return {}
    levels: dict[int, int] = {}
    for mid, level in session.execute(
            select(Escalation.milestone_id, Escalation.level)
            .where(Escalation.milestone_id.in_(ids), Escalation.reached_at <= now,
                   or_(Escalation.closed_at.is_(None), Escalation.closed_at > now))):
        levels[mid] = max(levels.get(mid, 0), level)
    summons, recorded = lifecycle.summons_of(session, ids), lifecycle.recorded_levels(session, ids)
    for m in late:
        crossed, _ = ladder.climb(lifecycle.dues(m, summons[m.id]), recorded[m.id], now)
        levels[m.id] = max([levels.get(m.id, 0)] + [level for _step, level, _at in crossed])
    return levels


def build(session: Session, *, year: Any, this_year: int, now: datetime, office_name: str, time_zone: str,
          ladder: escalation.Ladder) -> ProjectBulletin:
    year = projects.published_year(session, year, this_year)
    lst = projects.approved_list(session, year)
    rows = [] if lst is None else session.execute(
        select(AnnualListItem.position, Project).join(Project, Project.id == AnnualListItem.project_id)
        .where(AnnualListItem.list_id == lst.id).order_by(AnnualListItem.position)).all()
    items = [p for _, p in rows]
    ids = [p.id for p in items]
    communities = projects._names(session, Community, {p.community_id for p in items})
    money = money_of(session, ids)
    builders = dict(session.execute(select(ProjectRecord.project_id, Contractor.name)
                                    .join(Contractor, Contractor.id == ProjectRecord.builder_id)
                                    .where(ProjectRecord.project_id.in_(ids))).all()) if ids else {}
    percent = _percents(session, ids, now)
    ms = list(session.scalars(select(Milestone).where(Milestone.project_id.in_(ids)))) if ids else []
    levels = _levels(session, [m for m in ms if not _done(m, now) and m.due < now], ladder, now)
    depts = dict(session.execute(select(Department.id, Department.name)).all())
    by_project: dict[int, list[Milestone]] = {i: [] for i in ids}
    for m in ms:
        by_project[m.project_id].append(m)
    out, late = [], []
    for position, p in rows:
        mine = by_project[p.id]
        overdue = [m for m in mine if not _done(m, now) and m.due < now]
        fell_due = [m for m in mine if m.due <= now]
        budget, contract, paid = money.get(p.id, (0, 0, 0))
        out.append(BulletinProject(position, p.number, p.name, communities.get(p.community_id), p.stage,
                                   percent.get(p.id, 0), len(mine), sum(_done(m, now) for m in mine),
                                   len(overdue), len(fell_due),
                                   sum(_done(m, now) and m.done_at <= m.due for m in fell_due),
                                   budget, contract, paid, builders.get(p.id)))
        late += [LateMilestone(p.number, p.name, m.name, m.kind, m.stage, depts[m.lead_department_id], m.due,
                               (now - m.due).total_seconds() / 86400, levels.get(m.id, 0)) for m in overdue]
    late.sort(key=lambda x: (-x.level, -x.late_days, x.project_number))
    stages = Counter(p.stage for p in out)
    return ProjectBulletin(office_name, year, lst.version if lst else None, now, time_zone, tuple(out), tuple(late),
                           tuple(sorted(stages.items(), key=lambda kv: _STAGE_ORDER.get(kv[0], 99))),
                           contractor_board.board(session, kind="builder"))


_STAGE_ORDER = {s: i for i, s in enumerate(("listed", "initiated", "tendering", "construction", "acceptance",
                                            "operation", "cancelled"))}


def _percents(session: Session, ids: list[int], now: datetime) -> dict[int, int]:
    """The newest progress percent per project recorded by ``now`` (as lifecycle.entries.current_percent)."""
    if not ids:
        return {}
    out: dict[int, int] = {}
    for pid, pct in session.execute(
            select(ProjectEntry.project_id, ProjectEntry.percent)
            .where(ProjectEntry.project_id.in_(ids), ProjectEntry.kind == "progress", ProjectEntry.created_at <= now)
            .order_by(ProjectEntry.project_id, ProjectEntry.on_date.desc(), ProjectEntry.id.desc())):
        out.setdefault(pid, pct or 0)
    return out


def project_bulletin(desk: Any, year: int | None = None, *, place: Any = None) -> ProjectBulletin:
    """The bulletin of ``year``'s approved list (default: the latest approved), read in one transaction;
    ``place(session, now)`` gives its map (desk.geo.service.project_map; None: no map)."""
    with desk.unit(write=False) as (s, now):
        timing = desk._timing(s)
        cal = timing.cal
        b = build(s, year=year, this_year=cal.local(now).year, now=now,
                  office_name=desk._settings(s)["office_name"], time_zone=str(cal.tzinfo),
                  ladder=escalation.Ladder(cal, timing.offsets))
        if place is None or b.list_version is None or (picture := place(s, now)) is None:
            return b
        listed = {p.number for p in b.projects}  # the list's projects only, not the candidates beside them
        return replace(b, map=replace(picture, projects=tuple(m for m in picture.projects if m.number in listed)))
