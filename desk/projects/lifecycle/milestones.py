"""Milestones (节点) of a project's stages, the departments summoned to them, and their escalation.

The same whistle as a ticket's: a milestone summons one lead department (主办) and any assisting ones (协办). Each
summoned department reports in (报到) within ``acknowledge_within`` (working time, default one working day); the
milestone has its own planned due (the end of its planned date's working day, or a working-time limit). Its late
steps climb the same ladder (desk.escalation.service.Ladder: 催办 at the due instant, 督办 and 通报 after the
office's offsets) in the same sweep (:func:`sweep`, run by ``Desk.sweep``) and the same forecast, as ``escalation``
rows with a ``milestone_id`` (and the ``summons_id`` of a late 报到; step ``acknowledge`` or ``milestone``).

An inspection's finding (desk.projects.lifecycle.entries) is a milestone of kind ``fix``: its deadline to fix is
its due, and it escalates and holds its stage like any other.

Events are about the project (``subject`` ``project:XM2026-0001``): its history shows them.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session, aliased

from desk import dto as desk_dto
from desk import notes
from desk.audit import service as audit
from desk.deadlines import Duration, WorkCalendar
from desk.errors import ConflictError, Message, NotFound, PermissionDenied, Term, ValidationError
from desk.escalation import service as escalation
from desk.labels import PROJECT_STAGE
from desk.projects import service as projects
from desk.projects.lifecycle import dto
from desk.projects.lifecycle import stages
from models import Department, Escalation, Milestone, MilestoneSummons, Project, ProjectFile, User

#: 报到 within this working time unless the caller says otherwise.
ACKNOWLEDGE_WITHIN = "1wd"
#: The longest limit a milestone may be given (a lifecycle is counted in months, not years).
MAX_WITHIN_DAYS = 3 * 365
MAX_ASSISTS = 10
#: The step of a milestone's own due (a summons' 报到 is ``acknowledge``).
OWN = "milestone"


def late_count(project_id: Any, now: datetime) -> Any:
    """How many milestones of the project ``project_id`` (a column) are late at ``now``: a correlated scalar
    subquery, so that a list of projects reads it in its own statement."""
    return select(func.count(Milestone.id)).where(Milestone.project_id == project_id, projects.late_where(now)) \
        .correlate_except(Milestone).scalar_subquery()


def _subject(session: Session, m: Milestone) -> str:
    return projects.subject(session.scalar(select(Project.number).where(Project.id == m.project_id)))


# -- reading and checking input ----------------------------------------------------------------------------------
def find(session: Session, milestone_id: Any, *, for_update: bool = False) -> Milestone:
    m = None
    if isinstance(milestone_id, int) and not isinstance(milestone_id, bool):
        stmt = select(Milestone).where(Milestone.id == milestone_id)
        m = session.scalar(stmt.with_for_update() if for_update else stmt)
    if m is None:
        raise NotFound("找不到项目节点 {id}。", id=str(milestone_id)[:20])
    return m


def department(session: Session, name: Any, field: str) -> Department:
    if not isinstance(name, str) or not name.strip():
        raise ValidationError(field, "请选择部门。")
    d = session.scalar(select(Department).where(Department.name == name.strip()))
    if d is None or not d.active:
        raise ValidationError(field, "未知或已停用的部门：{name}。", name=name.strip()[:64])
    return d


def due_instant(cal: WorkCalendar, now: datetime, *, due_on: date | None, within: str | None) -> datetime:
    """The planned due instant: the end of ``due_on``'s last work period, or ``within`` (working time) from now.
    Exactly one of the two."""
    if (due_on is None) == (within is None):
        raise ValidationError("due_on", "请给出计划完成日期或期限（二者选一）。")
    if within is not None:
        due = cal.due(now, Duration.parse(within, field="within"))
        if (due - now).days > MAX_WITHIN_DAYS:
            raise ValidationError("within", "期限过长：最多 {days} 天。", days=MAX_WITHIN_DAYS)
        return due
    if not isinstance(due_on, date) or isinstance(due_on, datetime):
        raise ValidationError("due_on", "计划完成日期须是日期。")
    periods = cal.periods_on(due_on)
    if not periods:
        raise ValidationError("due_on", "{day} 不是工作日：请选择一个工作日作为计划完成日期。", day=due_on.isoformat())
    end = periods[-1][1]
    if end <= now:
        raise ValidationError("due_on", "计划完成日期 {day} 已经过去。", day=due_on.isoformat())
    if (end - now).days > MAX_WITHIN_DAYS:
        raise ValidationError("due_on", "计划完成日期太远：最多 {days} 天以后。", days=MAX_WITHIN_DAYS)
    return end


def _stage_field(project: Project, stage: Any) -> str:
    if stages.rank(project.stage) < 0:
        raise ConflictError("项目 {number} 处于{stage}阶段：列入批准的年度清单后才能安排节点。", number=project.number,
                            stage=Term(PROJECT_STAGE[project.stage]))
    if stage is None:  # the current stage (a listed project's: 立项, planned ahead)
        stage = project.stage if project.stage in stages.MILESTONE_STAGES else stages.MILESTONE_STAGES[0]
    if stage not in stages.MILESTONE_STAGES:
        raise ValidationError("stage", "节点只能属于立项、招标、施工、验收或运维阶段。")
    if stages.rank(stage) < stages.rank(project.stage):
        raise ConflictError("项目 {number} 已经过了{stage}阶段，不能再为它安排节点。", number=project.number,
                            stage=Term(PROJECT_STAGE[stage]))
    return stage


# -- changing -------------------------------------------------------------------------------------------------------
def add(session: Session, *, project: Project, name: Any, stage: Any, lead: Any, assist: Sequence[str],
        due: datetime, acknowledge_within: str, actor: User, now: datetime, ladder: escalation.Ladder,
        kind: str = "plan", entry_id: int | None = None) -> Milestone:
    """A milestone of ``stage`` (default: the project's own) with its summons; ``due`` from :func:`due_instant`."""
    projects._refuse_cancelled(project)
    stage = _stage_field(project, stage)
    name = projects.text_field("name", name)
    lead_d = department(session, lead, "lead")
    if isinstance(assist, str) or len(assist) > MAX_ASSISTS:
        raise ValidationError("assist", "协办部门须为部门名称的列表（最多 {count} 个）。", count=MAX_ASSISTS)
    assists = [department(session, a, "assist") for a in dict.fromkeys(assist)]
    if any(a.id == lead_d.id for a in assists):
        raise ValidationError("assist", "{name} 已是主办部门，不能同时协办。", name=lead_d.name)
    Duration.parse(acknowledge_within, field="acknowledge_within")
    m = Milestone(project_id=project.id, stage=stage, kind=kind, entry_id=entry_id, name=name,
                  lead_department_id=lead_d.id, due=due, created_at=now, created_by_id=actor.id)
    session.add(m)
    session.flush()
    for role, d in [("lead", lead_d)] + [("assist", a) for a in assists]:
        session.add(MilestoneSummons(milestone_id=m.id, department_id=d.id, role=role, summoned_at=now,
                                     acknowledge_within=acknowledge_within,
                                     acknowledge_due=ladder.cal.due(now, acknowledge_within)))
    session.flush()
    reschedule(session, m, ladder)
    projects._touch(project, actor, now)
    audit.record(session=session, ticket_id=None, actor_id=actor.id, at=now, kind="milestone_add",
                 subject=projects.subject(project.number), changes={
                     "milestone": (None, m.id), "name": (None, name), "stage": (None, stage), "kind": (None, kind),
                     "lead": (None, lead_d.name), "assist": (None, [a.name for a in assists]), "due": (None, due)})
    return m


def acknowledge(session: Session, *, milestone: Milestone, department_id: int | None, actor: User, now: datetime,
                ladder: escalation.Ladder, note: str = "") -> MilestoneSummons:
    """报到 of the caller's department (a responder's) on a milestone it was summoned to."""
    s = session.scalar(select(MilestoneSummons).where(MilestoneSummons.milestone_id == milestone.id,
                                                      MilestoneSummons.department_id == department_id))
    if s is None:
        raise PermissionDenied("您的部门没有被召集到这个节点：只能为本部门报到。")
    if s.acknowledged_at is not None:
        raise ConflictError("本部门已于 {at} 报到。", at=s.acknowledged_at.astimezone(ladder.cal.tzinfo)
                            .strftime("%Y-%m-%d %H:%M"))
    if milestone.done_at is not None:
        raise ConflictError("节点“{name}”已完成，无需再报到。", name=milestone.name)
    s.acknowledged_at, s.acknowledged_by_id = now, actor.id
    _close(session, milestone, summons_id=s.id, now=now, note=notes.program(Message("已报到")))
    reschedule(session, milestone, ladder)
    audit.record(session=session, ticket_id=None, actor_id=actor.id, at=now, kind="milestone_acknowledge",
                 subject=_subject(session, milestone), note=note,
                 changes={"milestone": (None, milestone.id), "name": (None, milestone.name),
                          "department": (None, session.get(Department, s.department_id).name),
                          "late": (None, now > s.acknowledge_due)})
    return s


def check_may_complete(session: Session, milestone: Milestone, project: Project, *, responder_department: int | None
                       ) -> None:
    if responder_department is not None and milestone.lead_department_id != responder_department:
        raise PermissionDenied("只有节点的主办部门才能标记完成：这不是本部门主办的节点。")
    if milestone.done_at is not None:
        raise ConflictError("节点“{name}”已经完成。", name=milestone.name)
    projects._refuse_cancelled(project)
    if stages.rank(milestone.stage) > stages.rank(project.stage):
        raise ConflictError("节点“{name}”属于{stage}阶段，项目进入该阶段后才能完成。", name=milestone.name,
                            stage=Term(PROJECT_STAGE[milestone.stage]))


def complete(session: Session, *, milestone: Milestone, project: Project, actor: User, now: datetime, note: Any,
             files: int = 0) -> None:
    """Mark done with its evidence: a note, and the files already stored on it (``files``: how many this call
    added). Its open escalations close; its clock stops."""
    note = projects.text_field("note", note)
    m = milestone
    m.done_at, m.done_by_id, m.done_note, m.next_escalation_at = now, actor.id, note, None
    _close(session, m, summons_id=None, now=now, note=notes.program(Message("节点已完成")), every=True)
    projects._touch(project, actor, now)
    evidence = session.scalar(select(func.count(ProjectFile.id)).where(ProjectFile.milestone_id == m.id)) or 0
    audit.record(session=session, ticket_id=None, actor_id=actor.id, at=now, kind="milestone_done",
                 subject=projects.subject(project.number), note=note,
                 changes={"milestone": (None, m.id), "name": (None, m.name), "done_at": (None, now),
                          "late": (None, now > m.due), "files": (None, evidence)})


def extend(session: Session, *, esc: Escalation, milestone: Milestone, new_due: datetime | None, now: datetime,
           note: str, ladder: escalation.Ladder) -> dict:
    """督办延期 of a milestone's late step: its new due; its open escalations close, the ladder starts again."""
    if not isinstance(new_due, datetime) or new_due.tzinfo is None or new_due <= now:
        raise ValidationError("new_due", "新的期限必须是晚于现在的时间。")
    closing = notes.program(Message("督办延期：{note}", note=note))
    if esc.summons_id is not None:
        s = session.get(MilestoneSummons, esc.summons_id)
        old, s.acknowledge_due = s.acknowledge_due, new_due
        _close(session, milestone, summons_id=s.id, now=now, note=closing)
        field = "acknowledge_due"
    else:
        old, milestone.due = milestone.due, new_due
        _close(session, milestone, summons_id=None, now=now, note=closing)
        field = "due"
    reschedule(session, milestone, ladder)
    return {field: (old, new_due), "milestone": (None, milestone.id)}


def _close(session: Session, m: Milestone, *, summons_id: int | None, now: datetime, note: str,
           every: bool = False) -> None:
    """Close the open escalations of one step (a summons' 报到, or the milestone's own due), or ``every`` one."""
    stmt = update(Escalation).where(Escalation.milestone_id == m.id, Escalation.closed_at.is_(None))
    if not every:
        stmt = stmt.where(Escalation.summons_id == summons_id if summons_id is not None
                          else Escalation.summons_id.is_(None))
    session.execute(stmt.values(closed_at=now, closed_note=note))


# -- the ladder -------------------------------------------------------------------------------------------------------
def _key(summons_id: int | None) -> str:
    return OWN if summons_id is None else f"s{summons_id}"


def dues(m: Any, summons: Sequence[Any]) -> list[tuple[str, datetime]]:
    """(step key, due instant) of the steps a milestone still owes: its summons' 报到 and its own due."""
    if m.done_at is not None:
        return []
    return [(_key(s.id), s.acknowledge_due) for s in summons if s.acknowledged_at is None] + [(OWN, m.due)]


def recorded_levels(session: Session, ids: Sequence[int]) -> dict[int, set[tuple[str, int]]]:
    """The escalation levels recorded per milestone: {(step key, level)} (the ladder's ``recorded``)."""
    out: dict[int, set[tuple[str, int]]] = {i: set() for i in ids}
    for mid, sid, level in session.execute(select(Escalation.milestone_id, Escalation.summons_id, Escalation.level)
                                           .where(Escalation.milestone_id.in_(ids))):
        out[mid].add((_key(sid), level))
    return out


def summons_of(session: Session, ids: Sequence[int]) -> dict[int, list[Any]]:
    """Each milestone's summons (id, acknowledge due, acknowledged at), as :func:`dues` takes them."""
    out: dict[int, list[Any]] = {i: [] for i in ids}
    for r in session.execute(select(MilestoneSummons.id, MilestoneSummons.milestone_id,
                                    MilestoneSummons.acknowledge_due, MilestoneSummons.acknowledged_at)
                             .where(MilestoneSummons.milestone_id.in_(ids))):
        out[r.milestone_id].append(r)
    return out


def reschedule(session: Session, m: Milestone, ladder: escalation.Ladder) -> None:
    """Recompute a milestone's next escalation instant after its dues or summons changed."""
    session.flush()
    m.next_escalation_at = ladder.climb(dues(m, summons_of(session, [m.id])[m.id]),
                                        recorded_levels(session, [m.id])[m.id], None)[1]


@dataclass(frozen=True)
class Reached:
    """A threshold a milestone's step crossed (``summons_id`` None: its own due)."""

    milestone_id: int
    summons_id: int | None
    level: int
    reached_at: datetime

    @property
    def step(self) -> str:
        return OWN if self.summons_id is None else "acknowledge"


def sweep(*, session: Session, now: datetime, at: datetime, ladder: escalation.Ladder, system_user_id: int,
          dry_run: bool = False, limit: int = 5000) -> list[Reached]:
    """Record every milestone escalation reached by ``at`` (as desk.escalation.service.sweep does for tickets:
    only the milestones whose next threshold has come are read). ``dry_run``: nothing is written."""
    cols = (Milestone.id, Milestone.project_id, Milestone.due, Milestone.done_at)
    stmt = select(*cols).where(Milestone.next_escalation_at <= at).order_by(Milestone.next_escalation_at).limit(limit)
    if not dry_run:
        stmt = stmt.with_for_update(skip_locked=True, key_share=True)
    rows = session.execute(stmt).all()
    if not rows:
        return []
    ids = [r.id for r in rows]
    summons, recorded = summons_of(session, ids), recorded_levels(session, ids)
    reached: list[Reached] = []
    moves = []
    for r in rows:
        crossed, pending = ladder.climb(dues(r, summons[r.id]), recorded[r.id], at)
        reached += [Reached(r.id, None if key == OWN else int(key[1:]), level, inst) for key, level, inst in crossed]
        moves.append({"b_id": r.id, "b_next": pending})
    if dry_run:
        return reached
    t = Milestone.__table__  # (Core: the version counter is left alone, as a sweep must not conflict with an edit)
    session.execute(update(t).where(t.c.id == bindparam("b_id")).values(next_escalation_at=bindparam("b_next")), moves)
    return _record(session, reached, {r.id: r.project_id for r in rows}, now, system_user_id)


def _record(session: Session, reached: list[Reached], project_of: dict[int, int], now: datetime,
            system_user_id: int) -> list[Reached]:
    if not reached:
        return reached
    rows = [dict(ticket_id=None, dispatch_id=None, milestone_id=x.milestone_id, summons_id=x.summons_id,
                 step=x.step, level=x.level, reached_at=x.reached_at, recorded_at=now) for x in reached]
    fresh = set()
    for own in (True, False):  # the two partial unique indexes: one INSERT each
        part = [r for r in rows if (r["summons_id"] is None) == own]
        if not part:
            continue
        c = Escalation.__table__.c
        conflict = dict(index_elements=["milestone_id", "step", "level"],
                        index_where=c.milestone_id.is_not(None) & c.summons_id.is_(None)) if own else \
            dict(index_elements=["summons_id", "step", "level"],
                 index_where=Escalation.__table__.c.summons_id.is_not(None))
        for _, mid, sid, level in escalation.insert_ignoring_duplicates(
                session, part, conflict=conflict,
                returning=(Escalation.__table__.c.milestone_id, Escalation.__table__.c.summons_id,
                           Escalation.__table__.c.level)):
            fresh.add((mid, sid, level))
    reached = [x for x in reached if (x.milestone_id, x.summons_id, x.level) in fresh]
    numbers = dict(session.execute(select(Project.id, Project.number)
                                   .where(Project.id.in_(set(project_of.values())))).all())
    audit.record_rows(session, [dict(
        ticket_id=None, actor_id=system_user_id, at=now, kind="escalate", note="",
        subject=projects.subject(numbers[project_of[x.milestone_id]]),
        changes=audit.changes_text({"milestone": (None, x.milestone_id), "summons": (None, x.summons_id),
                                    "step": (None, x.step), "level": (None, x.level),
                                    "reached_at": (None, x.reached_at)})) for x in reached])
    return reached


# -- what the queues and the sweep show -------------------------------------------------------------------------------
def _query():
    handler = aliased(User)
    s_dept = aliased(Department)
    return (select(Escalation, Milestone, Project.number, Project.name, Department.name, s_dept.name,
                   MilestoneSummons.role, MilestoneSummons.acknowledge_due, MilestoneSummons.acknowledge_within,
                   handler.display_name)
            .join(Milestone, Milestone.id == Escalation.milestone_id)
            .join(Project, Project.id == Milestone.project_id)
            .join(Department, Department.id == Milestone.lead_department_id)
            .outerjoin(MilestoneSummons, MilestoneSummons.id == Escalation.summons_id)
            .outerjoin(s_dept, s_dept.id == MilestoneSummons.department_id)
            .outerjoin(handler, handler.id == Escalation.handled_by_id))


def _info(row: Any, cal: WorkCalendar, now: datetime) -> desk_dto.EscalationInfo:
    e, m, number, pname, lead, sdept, role, ack_due, ack_within, handler = row
    due = ack_due if e.summons_id is not None else m.due
    late = cal.working_time_between(due, now) if now > due else timedelta(0)
    return desk_dto.EscalationInfo(
        id=e.id, dispatch_id=0, ticket_number=number, ticket_title=f"{pname}：{m.name}",
        department=sdept if e.summons_id is not None else lead, role=role if e.summons_id is not None else "lead",
        step=e.step, level=e.level, due=due, reached_at=e.reached_at, late_by=late, handled_at=e.handled_at,
        handled_by=handler, handling=e.handling, handling_note=e.handling_note, closed_at=e.closed_at,
        late_working=True, milestone_id=m.id)


def queue(session: Session, *, level: int, cal: WorkCalendar, now: datetime, include_closed: bool = False,
          limit: int = 500) -> list[desk_dto.EscalationInfo]:
    """The milestone escalations of one level, as the ticket queue orders its own (unhandled first, oldest first)."""
    stmt = _query().where(Escalation.level == level)
    if not include_closed:
        stmt = stmt.where(Escalation.closed_at.is_(None))
    stmt = stmt.order_by(Escalation.handled_at.is_not(None), Escalation.reached_at, Escalation.id).limit(limit)
    return [_info(r, cal, now) for r in session.execute(stmt)]


def escalation_info(session: Session, escalation_id: int, cal: WorkCalendar, now: datetime) -> desk_dto.EscalationInfo:
    return _info(session.execute(_query().where(Escalation.id == escalation_id)).one(), cal, now)


def sweep_infos(session: Session, reached: list[Reached], cal: WorkCalendar, at: datetime
                ) -> list[desk_dto.EscalationInfo]:
    """What a sweep (or its forecast) shows of the milestones' reached thresholds."""
    if not reached:
        return []
    ids = {x.milestone_id for x in reached}
    ms = {r[0].id: r for r in session.execute(
        select(Milestone, Project.number, Project.name, Department.name)
        .join(Project, Project.id == Milestone.project_id).join(Department, Department.id == Milestone.lead_department_id)
        .where(Milestone.id.in_(ids)))}
    ss = {r[0].id: r for r in session.execute(
        select(MilestoneSummons, Department.name).join(Department, Department.id == MilestoneSummons.department_id)
        .where(MilestoneSummons.milestone_id.in_(ids)))}
    out = []
    for x in reached:
        m, number, pname, lead = ms[x.milestone_id]
        s, dept = ss[x.summons_id] if x.summons_id is not None else (None, lead)
        due = s.acknowledge_due if s is not None else m.due
        out.append(desk_dto.EscalationInfo(
            id=0, dispatch_id=0, ticket_number=number, ticket_title=f"{pname}：{m.name}", department=dept,
            role=s.role if s is not None else "lead", step=x.step, level=x.level, due=due, reached_at=x.reached_at,
            late_by=cal.working_time_between(due, at) if at > due else timedelta(0), handled_at=None, handled_by=None,
            handling=None, handling_note=None, closed_at=None, milestone_id=m.id))
    return out


def open_levels(session: Session, ids: Sequence[int]) -> dict[int, int]:
    """The highest open escalation level per milestone (absent: none)."""
    if not ids:
        return {}
    return dict(session.execute(select(Escalation.milestone_id, func.max(Escalation.level))
                                .where(Escalation.milestone_id.in_(ids), Escalation.closed_at.is_(None))
                                .group_by(Escalation.milestone_id)).all())


def infos(session: Session, project: Project, files: dict[int, tuple[dto.FileInfo, ...]] | None = None
          ) -> list[dto.MilestoneInfo]:
    """The project's milestones, by stage then due."""
    ms = list(session.scalars(select(Milestone).where(Milestone.project_id == project.id)
                              .order_by(Milestone.due, Milestone.id)))
    ids = [m.id for m in ms]
    order = {s: i for i, s in enumerate(stages.MILESTONE_STAGES)}
    ms.sort(key=lambda m: (order[m.stage], m.due, m.id))
    return [_milestone_info(m, project, rows, levels, users, files or {}) for m, rows, levels, users in
            _related(session, ms, ids)]


def _related(session: Session, ms: list[Milestone], ids: list[int]):
    summons: dict[int, list[dto.SummonsInfo]] = {i: [] for i in ids}
    acker = aliased(User)
    depts = dict(session.execute(select(Department.id, Department.name)).all())
    if ids:
        for s, who in session.execute(select(MilestoneSummons, acker.display_name)
                                      .outerjoin(acker, acker.id == MilestoneSummons.acknowledged_by_id)
                                      .where(MilestoneSummons.milestone_id.in_(ids)).order_by(MilestoneSummons.id)):
            summons[s.milestone_id].append(dto.SummonsInfo(s.id, depts[s.department_id], s.role, s.summoned_at,
                                                           s.acknowledge_due, s.acknowledged_at, who))
    levels = open_levels(session, ids)
    user_ids = {m.done_by_id for m in ms if m.done_by_id}
    users = dict(session.execute(select(User.id, User.display_name).where(User.id.in_(user_ids))).all()) \
        if user_ids else {}
    for m in ms:
        yield m, (summons[m.id], depts), levels, users


def _milestone_info(m: Milestone, project: Project, rows, levels: dict[int, int], users: dict[int, str],
                    files: dict[int, tuple[dto.FileInfo, ...]]) -> dto.MilestoneInfo:
    summons, depts = rows
    return dto.MilestoneInfo(
        m.id, project.number, project.name, m.stage, m.kind, m.name, depts[m.lead_department_id],
        tuple(s.department for s in summons if s.role == "assist"), m.due, m.created_at, m.done_at,
        users.get(m.done_by_id) if m.done_by_id else None, m.done_note, levels.get(m.id, 0), tuple(summons),
        files.get(m.id, ()), m.entry_id, m.version)


def summoned(session: Session, *, department_id: int, open_only: bool = True) -> list[tuple[Milestone, Project]]:
    """The milestones a department is summoned to (for its responders), the open ones by default."""
    stmt = (select(Milestone, Project).join(MilestoneSummons, MilestoneSummons.milestone_id == Milestone.id)
            .join(Project, Project.id == Milestone.project_id)
            .where(MilestoneSummons.department_id == department_id))
    if open_only:
        stmt = stmt.where(Milestone.done_at.is_(None))
    return [(m, p) for m, p in session.execute(stmt.order_by(Milestone.due, Milestone.id))]


# -- a supervisor works a milestone's escalation (desk.escalation.verbs.handle_escalation) --------------------------
def handle(session: Session, *, esc: Escalation, action: str, note: str, new_due: datetime | None, actor: User,
           now: datetime, ladder: escalation.Ladder) -> None:
    """催办 (a note), 延期 (a new due for the late step) or 确认通报 on a milestone's escalation; 改派 is a ticket's."""
    if action == "reassign":
        raise ValidationError("action", "项目节点的督办事项不能改派：请催办、延期或确认通报。")
    escalation.check_action(esc, esc, action)  # (closed; 确认 only a 通报; the milestone stands in for a dispatch)
    m = find(session, esc.milestone_id, for_update=True)
    changes: dict = {"action": (None, action), "level": (None, esc.level), "step": (None, esc.step),
                     "milestone": (None, m.id), "name": (None, m.name)}
    if action == "extend":
        changes |= extend(session, esc=esc, milestone=m, new_due=new_due, now=now, note=note, ladder=ladder)
    esc.handled_at, esc.handled_by_id, esc.handling, esc.handling_note = now, actor.id, action, note
    audit.record(session=session, ticket_id=None, actor_id=actor.id, at=now, kind="handle_escalation",
                 subject=_subject(session, m), note=note, changes=changes)
