"""Dated entries of a project's lifecycle: progress (percent complete, with 形象进度 photos), the 施工 log, and
inspections (质量安全巡查) by the 监理, the office's staff or a 市民观察员.

An inspection's findings are each a milestone of kind ``fix`` (desk.projects.lifecycle.milestones): the lead
department summoned to fix it, the deadline to fix it as its due. An unfixed finding therefore escalates on the
same ladder, in the same sweep, and holds its stage like any milestone.

Entries are records: they are never edited or removed (a correction is a new entry). Each is an event about the
project.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.audit import service as audit
from desk.errors import ConflictError, NotFound, Term, ValidationError
from desk.labels import PROJECT_STAGE
from desk.projects import service as projects
from desk.projects.lifecycle import dto, stages
from models import Milestone, Project, ProjectEntry, User

INSPECTORS = {"supervisor_firm": "监理", "staff": "街道工作人员", "citizen_observer": "市民观察员"}
#: An entry may be dated this far back (a log written up after a holiday), never ahead.
MAX_AGE = timedelta(days=60)
MAX_FINDINGS = 20


def _check(project: Project, on: Any, today: date) -> date:
    projects._refuse_cancelled(project)
    if stages.rank(project.stage) < 1:
        raise ConflictError("项目 {number} 处于{stage}阶段：立项后才能记录进度、日志和巡查。", number=project.number,
                            stage=Term(PROJECT_STAGE[project.stage]))
    if not isinstance(on, date) or isinstance(on, datetime):
        raise ValidationError("on", "日期须是日期。")
    if on > today:
        raise ValidationError("on", "日期不能晚于今天（{today}）。", today=today.isoformat())
    if on < today - MAX_AGE:
        raise ValidationError("on", "日期太早：最多补记 {days} 天以内的记录。", days=MAX_AGE.days)
    return on


def _entry(session: Session, project: Project, actor: User, now: datetime, **fields: Any) -> ProjectEntry:
    e = ProjectEntry(project_id=project.id, created_at=now, created_by_id=actor.id, **fields)
    session.add(e)
    session.flush()
    projects._touch(project, actor, now)
    return e


def _event(session: Session, project: Project, e: ProjectEntry, actor: User, now: datetime, **extra: Any) -> None:
    changes = {"entry": (None, e.id), "kind": (None, e.kind), "on": (None, e.on_date.isoformat())}
    changes |= {k: (None, v) for k, v in extra.items()}
    audit.record(session=session, ticket_id=None, actor_id=actor.id, at=now, kind=f"project_{e.kind}",
                 subject=projects.subject(project.number), note=e.note, changes=changes)


def progress(session: Session, *, project: Project, on: Any, today: date, percent: Any, note: Any, actor: User,
             now: datetime) -> ProjectEntry:
    on = _check(project, on, today)
    if isinstance(percent, bool) or not isinstance(percent, int) or not 0 <= percent <= 100:
        raise ValidationError("percent", "完成百分比须是 0 到 100 的整数。")
    note = projects.text_field("note", note, required=False)
    before = current_percent(session, project)
    e = _entry(session, project, actor, now, kind="progress", on_date=on, percent=percent, note=note)
    _event(session, project, e, actor, now, percent=percent, percent_before=before)
    return e


def log(session: Session, *, project: Project, on: Any, today: date, note: Any, actor: User, now: datetime
        ) -> ProjectEntry:
    on = _check(project, on, today)
    note = projects.text_field("note", note)
    e = _entry(session, project, actor, now, kind="log", on_date=on, note=note)
    _event(session, project, e, actor, now)
    return e


def inspection(session: Session, *, project: Project, on: Any, today: date, inspector_kind: Any, inspector: Any,
               note: Any, findings: Sequence[Mapping[str, Any]], actor: User, now: datetime) -> ProjectEntry:
    """The inspection's entry; its ``findings`` ({name, lead, due_on | within, assist}) are made fix milestones by
    the caller (desk.projects.lifecycle.milestones.add, kind ``fix``), once their dues are known."""
    on = _check(project, on, today)
    if inspector_kind not in INSPECTORS:
        raise ValidationError("inspector_kind", "巡查人须是监理、街道工作人员或市民观察员。")
    inspector = projects.text_field("inspector", inspector)
    note = projects.text_field("note", note, required=not findings)
    if isinstance(findings, (str, bytes)) or len(findings) > MAX_FINDINGS:
        raise ValidationError("findings", "问题须为列表（最多 {count} 条）。", count=MAX_FINDINGS)
    if stages.rank(project.stage) < 1 or project.stage not in stages.MILESTONE_STAGES:
        raise ConflictError("项目 {number} 还没有立项。", number=project.number)
    e = _entry(session, project, actor, now, kind="inspection", on_date=on, note=note, inspector_kind=inspector_kind,
               inspector=inspector)
    _event(session, project, e, actor, now, inspector_kind=inspector_kind, inspector=inspector,
           findings=len(findings))
    return e


def current_percent(session: Session, project: Project) -> int:
    """The newest progress entry's percent (0: none yet)."""
    return session.scalar(select(ProjectEntry.percent).where(ProjectEntry.project_id == project.id,
                                                             ProjectEntry.kind == "progress")
                          .order_by(ProjectEntry.on_date.desc(), ProjectEntry.id.desc()).limit(1)) or 0


def infos(session: Session, project: Project, files: dict[int, tuple[dto.FileInfo, ...]]) -> list[dto.EntryInfo]:
    """The project's entries, newest first."""
    findings: dict[int, list[int]] = {}
    for mid, eid in session.execute(select(Milestone.id, Milestone.entry_id).where(
            Milestone.project_id == project.id, Milestone.entry_id.is_not(None)).order_by(Milestone.id)):
        findings.setdefault(eid, []).append(mid)
    rows = session.execute(select(ProjectEntry, User.display_name).join(User, User.id == ProjectEntry.created_by_id)
                           .where(ProjectEntry.project_id == project.id)
                           .order_by(ProjectEntry.on_date.desc(), ProjectEntry.id.desc())).all()
    return [dto.EntryInfo(e.id, e.kind, e.on_date, e.percent, e.note, e.inspector_kind, e.inspector, e.created_at,
                          by, files.get(e.id, ()), tuple(findings.get(e.id, ()))) for e, by in rows]


def find(session: Session, entry_id: Any, project: Project | None = None) -> ProjectEntry:
    e = session.get(ProjectEntry, entry_id) if isinstance(entry_id, int) and not isinstance(entry_id, bool) else None
    if e is None or (project is not None and e.project_id != project.id):
        raise NotFound("找不到记录 {id}。", id=str(entry_id)[:20])
    return e
