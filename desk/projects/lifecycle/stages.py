"""A project's stages after the yearly list: 列入清单 → 立项 → 招标 → 施工 → 验收 → 运维, one step at a time.

Rules (:func:`advance`):

* Forward only, one stage at a time, from ``listed`` on: a candidate reaches ``listed`` only through an approved
  yearly list (desk.projects.service.approve_list), and ``operation`` is the last stage. The caller names the
  stage it wants (``to``): a second click on a stale screen is a conflict, not a second step.
* A stage is left only when its milestones are all done (plan milestones and inspection findings' fixes alike):
  the refusal names them. A stage without milestones may be left.
* A listed project must still be on its year's approved list to be initiated (立项).
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from desk.audit import service as audit
from desk.enums import ListState, ProjectStage
from desk.errors import ConflictError, ValidationError
from desk.labels import PROJECT_STAGE
from desk.errors import Term
from desk.projects import service as projects
from models import AnnualList, AnnualListItem, Milestone, Project, User

#: The lifecycle in order; advance() moves one step along it.
ORDER = (ProjectStage.LISTED, ProjectStage.INITIATED, ProjectStage.TENDERING, ProjectStage.CONSTRUCTION,
         ProjectStage.ACCEPTANCE, ProjectStage.OPERATION)
NEXT = {a.value: b.value for a, b in zip(ORDER, ORDER[1:])}
#: The stages that have milestones (models.project_lifecycle.LIFECYCLE_STAGES).
MILESTONE_STAGES = tuple(s.value for s in ORDER[1:])
#: How many names a refusal lists before "…".
NAMED = 5


def rank(stage: str) -> int:
    """The position of a lifecycle stage (listed 0 … operation 5); -1 for candidate and cancelled."""
    values = [s.value for s in ORDER]
    return values.index(stage) if stage in values else -1


def next_stage(stage: str) -> str | None:
    return NEXT.get(stage)


def open_milestones(session, project: Project, stage: str) -> list[Milestone]:
    return list(session.scalars(select(Milestone).where(Milestone.project_id == project.id, Milestone.stage == stage,
                                                        Milestone.done_at.is_(None)).order_by(Milestone.due,
                                                                                              Milestone.id)))


def check_advance(session, project: Project, to: str) -> None:
    """Raise unless ``project`` may move to ``to`` now (see the module doc)."""
    if to not in {s.value for s in ProjectStage}:
        raise ValidationError("to", "未知的项目阶段：{stage}。", stage=str(to)[:20])
    stage = project.stage
    if stage == ProjectStage.CANCELLED:
        raise ConflictError("项目 {number} 已取消，不能再推进。", number=project.number)
    following = NEXT.get(stage)
    if following is None:
        if stage == ProjectStage.OPERATION:
            raise ConflictError("项目 {number} 已在运维阶段，这是最后一个阶段。", number=project.number)
        raise ConflictError("项目 {number} 还是储备项目：须先列入批准的年度清单，才能立项。", number=project.number)
    if to != following:
        raise ConflictError("项目 {number} 现在处于{stage}阶段，只能推进到{next}（不能到{to}）。",
                            number=project.number, stage=Term(PROJECT_STAGE[stage]),
                            next=Term(PROJECT_STAGE[following]), to=Term(PROJECT_STAGE.get(to, to)))
    if stage == ProjectStage.LISTED and not _on_approved_list(session, project):
        raise ConflictError("项目 {number} 不在 {year} 年已批准的清单上，不能立项。", number=project.number,
                            year=project.year)
    left = open_milestones(session, project, stage) if stage in MILESTONE_STAGES else []
    if left:
        names = "、".join(f"“{m.name}”" for m in left[:NAMED]) + ("等" if len(left) > NAMED else "")
        raise ConflictError("{stage}阶段还有 {count} 个节点未完成：{names}。完成后才能进入{next}阶段。",
                            stage=Term(PROJECT_STAGE[stage]), count=len(left), names=names,
                            next=Term(PROJECT_STAGE[following]))


def _on_approved_list(session, project: Project) -> bool:
    return session.scalar(select(AnnualListItem.project_id).join(AnnualList, AnnualList.id == AnnualListItem.list_id)
                          .where(AnnualListItem.project_id == project.id,
                                 AnnualList.state == ListState.APPROVED.value).limit(1)) is not None


def advance(session, *, project: Project, to: str, actor: User, now: datetime, note: str) -> None:
    check_advance(session, project, to)
    audit.record(session=session, ticket_id=None, actor_id=actor.id, at=now, kind="project_stage",
                 subject=projects.subject(project.number), note=note, changes={"stage": (project.stage, to)})
    project.stage = to
    projects._touch(project, actor, now)
