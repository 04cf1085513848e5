"""The contractors' record (红黑榜, issue 16 §2): good and bad marks of each firm, from the raw records of the
projects it worked on. The figure is defined once, here (:data:`DEFINITION`, shown with the board):

Per project of the firm (as its contractor 施工单位, or as its supervisor 监理 for the supervisors' board):

* 验收合格 (the project's acceptance passed): one good mark;
* each failed acceptance (验收不合格): one bad mark;
* the acceptance survey's satisfaction (满意 + 基本满意 over the answers to its 满意度 questions), once answered:
  at least :data:`GOOD_SATISFACTION` one good mark, below :data:`BAD_SATISFACTION` one bad mark;
* each 回头看 whose findings reopened the fix: one bad mark;
* each finding of a 质量安全巡查 (a fix milestone of the project): one bad mark;
* each 施工-stage milestone done after its planned due (a delay): one bad mark.

net = good − bad; 红榜 (red) when net > 0, 黑榜 (black) when net < 0, neither at 0. Sorted by net (highest first),
then by name.
"""
from __future__ import annotations

from collections import defaultdict

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.errors import Message, ValidationError
from desk.projects.records import dto
from desk.projects.records.acceptance import satisfaction_of, survey_counts
from desk.projects.records.service import PARTY_KINDS
from models import Contractor, Milestone, Project, ProjectRecord, ProjectRevisit

GOOD_SATISFACTION = 0.9
BAD_SATISFACTION = 0.6
DEFINITION = Message("红黑榜计分（按各项目的原始记录）：验收合格 +1 好评；每次验收不合格 +1 差评；居民测评满意度"
                     "（满意与基本满意占满意度题答案的比例）不低于 90% +1 好评、低于 60% +1 差评；回头看发现问题需重新整改，"
                     "每次 +1 差评；质量安全巡查每发现一个问题 +1 差评；施工阶段节点每逾期完成一个 +1 差评。"
                     "净分 = 好评 − 差评：净分大于 0 列入红榜，小于 0 列入黑榜。")


def board(session: Session, *, kind: str = "builder") -> dto.ContractorBoard:
    if kind not in PARTY_KINDS:
        raise ValidationError("kind", "未知的单位类别：{kind}（可选：builder 施工单位、supervisor 监理单位）。",
                              kind=str(kind)[:20])
    column = ProjectRecord.builder_id if kind == "builder" else ProjectRecord.supervisor_id
    rows = session.execute(select(Contractor.id, Contractor.name, Project.id, Project.number, ProjectRecord.acceptance,
                                  ProjectRecord.failed_acceptances)
                           .select_from(Contractor).outerjoin(ProjectRecord, column == Contractor.id)
                           .outerjoin(Project, Project.id == ProjectRecord.project_id)
                           .where(Contractor.kind == kind).order_by(Contractor.name, Project.number)).all()
    pids = [r[2] for r in rows if r[2] is not None]
    surveys = survey_counts(session, pids)
    reopened = dict(session.execute(select(ProjectRevisit.project_id, func.count())
                                    .where(ProjectRevisit.project_id.in_(pids), ProjectRevisit.reopened)
                                    .group_by(ProjectRevisit.project_id)).all()) if pids else {}
    findings = dict(session.execute(select(Milestone.project_id, func.count())
                                    .where(Milestone.project_id.in_(pids), Milestone.kind == "fix")
                                    .group_by(Milestone.project_id)).all()) if pids else {}
    delays = dict(session.execute(select(Milestone.project_id, func.count())
                                  .where(Milestone.project_id.in_(pids), Milestone.kind == "plan",
                                         Milestone.stage == "construction", Milestone.done_at > Milestone.due)
                                  .group_by(Milestone.project_id)).all()) if pids else {}
    firms: dict[int, dict] = {}
    for cid, name, pid, number, acceptance, failed in rows:
        f = firms.setdefault(cid, {"name": name, "projects": 0, "good": 0, "bad": 0, "reasons": []})
        if pid is None:
            continue
        f["projects"] += 1
        marks: list[tuple[int, str]] = []
        if acceptance == "passed":
            marks.append((+1, f"{number} 验收合格"))
        for _ in range(failed or 0):
            marks.append((-1, f"{number} 验收不合格"))
        share = satisfaction_of(surveys.get(pid, {}))
        if share is not None and share >= GOOD_SATISFACTION:
            marks.append((+1, f"{number} 测评满意度 {share:.0%}"))
        elif share is not None and share < BAD_SATISFACTION:
            marks.append((-1, f"{number} 测评满意度 {share:.0%}"))
        for _ in range(reopened.get(pid, 0)):
            marks.append((-1, f"{number} 回头看需重新整改"))
        for _ in range(findings.get(pid, 0)):
            marks.append((-1, f"{number} 质量安全巡查发现问题"))
        for _ in range(delays.get(pid, 0)):
            marks.append((-1, f"{number} 施工节点逾期完成"))
        for sign, why in marks:
            f["good" if sign > 0 else "bad"] += 1
            f["reasons"].append(("+ " if sign > 0 else "− ") + why)
    out = []
    for f in firms.values():
        net = f["good"] - f["bad"]
        out.append(dto.ContractorMarks(f["name"], kind, f["projects"], f["good"], f["bad"], net,
                                       "red" if net > 0 else "black" if net < 0 else "none", tuple(f["reasons"])))
    out.sort(key=lambda m: (-m.net, m.name))
    return dto.ContractorBoard(DEFINITION, tuple(out))
