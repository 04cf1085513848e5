"""市民观察员 (citizen observers) on projects (issue 16 §3): who is assigned to which project, the comments, and the
view of an assigned project an observer gets.

An observer sees only the projects assigned to them (:func:`check_assigned`: any other project is NotFound, as if
it did not exist) and, of those, nothing about residents: no source tickets, no residents' count or callbacks, no
phones, and no free text the office typed (the description, log lines, notes); only what observers wrote and the
comments. Every assignment, removal and comment is an event in the project's history (the audit chain).
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.audit import service as audit
from desk.enums import Role
from desk.errors import ConflictError, NotFound, ValidationError
from desk.projects import dto
from desk.projects import service as projects
from desk.projects.lifecycle import entries, milestones
from models import Category, Community, Event, Project, ProjectEntry, ProjectObserver, User

#: The event kinds of the comments on a project's history.
COMMENT = "project_comment"


def is_assigned(session: Session, project: Project, user_id: int) -> bool:
    return session.get(ProjectObserver, (project.id, user_id)) is not None


def check_assigned(session: Session, project: Project, user_id: int) -> None:
    """An observer's project must be assigned to them; any other is not found (its existence is not told)."""
    if not is_assigned(session, project, user_id):
        raise NotFound("找不到项目 {number}。", number=project.number[:40])


def find_for(session: Session, number: str, *, observer_id: int | None, for_update: bool = False) -> Project:
    """The project ``number``; for an observer (``observer_id``) only if it is assigned to them."""
    p = projects.find(session, number, for_update=for_update)
    if observer_id is not None:
        check_assigned(session, p, observer_id)
    return p


def _observer(session: Session, username: Any) -> User:
    if not isinstance(username, str) or not username.strip():
        raise ValidationError("observer", "请选择市民观察员账户。")
    u = session.scalar(select(User).where(User.username == username.strip().lower()))
    if u is None or u.role != Role.OBSERVER.value:
        raise ValidationError("observer", "{name} 不是市民观察员账户。", name=username.strip()[:64])
    if not u.active:
        raise ValidationError("observer", "账户 {name} 已停用。", name=u.username)
    return u


def assign(session: Session, *, project: Project, username: Any, actor: User, now) -> None:
    projects._refuse_cancelled(project)
    u = _observer(session, username)
    if is_assigned(session, project, u.id):
        raise ConflictError("{name} 已是项目 {number} 的市民观察员。", name=u.display_name, number=project.number)
    session.add(ProjectObserver(project_id=project.id, user_id=u.id, assigned_at=now, assigned_by_id=actor.id))
    audit.record(session=session, ticket_id=None, actor_id=actor.id, at=now, kind="project_observer",
                 subject=projects.subject(project.number), changes={"observer": (None, u.username)})


def unassign(session: Session, *, project: Project, username: Any, actor: User, now) -> None:
    if not isinstance(username, str) or not username.strip():
        raise ValidationError("observer", "请选择市民观察员账户。")
    u = session.scalar(select(User).where(User.username == username.strip().lower()))
    row = session.get(ProjectObserver, (project.id, u.id)) if u is not None else None
    if row is None:
        raise NotFound("{name} 不是项目 {number} 的市民观察员。", name=username.strip()[:64], number=project.number)
    session.delete(row)
    audit.record(session=session, ticket_id=None, actor_id=actor.id, at=now, kind="project_observer_remove",
                 subject=projects.subject(project.number), changes={"observer": (u.username, None)})


def observers(session: Session, project: Project) -> dto.ProjectObservers:
    assigned = tuple(dto.ObserverAccount(*r) for r in session.execute(
        select(User.username, User.display_name).join(ProjectObserver, ProjectObserver.user_id == User.id)
        .where(ProjectObserver.project_id == project.id).order_by(User.username)))
    available = tuple(dto.ObserverAccount(*r) for r in session.execute(
        select(User.username, User.display_name).where(User.role == Role.OBSERVER.value, User.active.is_(True))
        .order_by(User.username)))
    return dto.ProjectObservers(project.number, assigned, available)


def comment(session: Session, *, project: Project, text: Any, actor: User, now) -> None:
    """A comment: an event in the project's history (nothing else changes)."""
    text = projects.text_field("text", text)  # (at most 2,000 characters)
    audit.record(session=session, ticket_id=None, actor_id=actor.id, at=now, kind=COMMENT,
                 subject=projects.subject(project.number), note=text)


def my_projects(session: Session, observer_id: int) -> list[dto.ProjectRow]:
    """The observer's assigned projects by number (a row without residents: ticket and resident counts are 0)."""
    rows = session.execute(
        select(Project, Community.name, Category.name)
        .join(ProjectObserver, ProjectObserver.project_id == Project.id)
        .outerjoin(Community, Community.id == Project.community_id)
        .outerjoin(Category, Category.id == Project.category_id)
        .where(ProjectObserver.user_id == observer_id).order_by(Project.number)).all()
    return [dto.ProjectRow(p.number, p.name, p.year, p.stage, p.origin, community, category,
                           bool(p.safety_bottom_line), 0, 0, 0.0) for p, community, category in rows]


def observed(session: Session, project: Project) -> dto.ObservedProject:
    p = project
    ms = tuple(dto.ObservedMilestone(m.name, m.stage, m.kind, m.lead_department, m.due, m.done_at, m.level)
               for m in milestones.infos(session, p, {}))
    rows = session.scalars(select(ProjectEntry).where(ProjectEntry.project_id == p.id,
                                                      ProjectEntry.kind.in_(("progress", "inspection")))
                           .order_by(ProjectEntry.on_date.desc(), ProjectEntry.id.desc()))
    es = tuple(dto.ObservedEntry(e.kind, e.on_date, e.percent, e.inspector_kind,
                                 e.inspector if e.inspector_kind == "citizen_observer" else None,
                                 e.note if e.inspector_kind == "citizen_observer" else "") for e in rows)
    comments = tuple(dto.ProjectComment(name, e.at, e.note) for e, name in session.execute(
        select(Event, User.display_name).join(User, User.id == Event.actor_id)
        .where(Event.subject == projects.subject(p.number), Event.kind == COMMENT).order_by(Event.seq)))
    names = {Community: p.community_id, Category: p.category_id}
    community, category = (session.scalar(select(t.name).where(t.id == i)) if i is not None else None
                           for t, i in names.items())
    return dto.ObservedProject(p.number, p.name, p.year, p.stage, community, category,
                               entries.current_percent(session, p), ms, es, comments)
