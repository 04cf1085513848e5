"""Key livelihood works (重点民生工程, issue 16 §1): candidate projects, their source tickets and votes, the priority
score's facts, and the versioned yearly list.

Keyword-only service functions taking the session; the façade's verbs (desk/projects/verbs.py) own the
transaction. Every change records an event on the audit chain about ``project:XM2026-0001`` or
``annual_list:2027`` (events without a ticket: ``subject``).

The yearly list (年度重点民生工程清单): :func:`draft_list` makes a new version (a draft) of a year's list from
projects of that year, in order; :func:`approve_list` (a supervisor) approves a draft: the projects on it become
``listed`` (列入清单), the previously approved version is superseded and its projects no longer on the new one go
back to ``candidate``; earlier drafts are superseded too. Versions are never deleted: the history keeps them.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, or_, select, union
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.attributes import flag_modified

from desk import notes
from desk.audit import service as audit
from desk.enums import ListState, ProjectOrigin, ProjectStage, VoteChoice
from desk.errors import ConflictError, Message, NotFound, Term, ValidationError
from desk.projects import dto
from desk.projects.priority import URGENCY_LEVEL, Facts, rank_key, values
from models import (
    AnnualList,
    AnnualListItem,
    Category,
    Community,
    Event,
    Milestone,
    Project,
    ProjectCounter,
    ProjectTicket,
    ProjectVote,
    Ticket,
    User,
)

_LABELS = {"name": "项目名称", "description": "项目说明", "meeting": "会议名称", "voter": "投票人", "note": "说明",
           "reason": "取消原因", "inspector": "巡查人", "text": "评论"}
LIMITS = {"name": 200, "description": 4000, "meeting": 100, "voter": 64, "note": 2000, "reason": 2000,
          "inspector": 64}
#: The fields update() changes (and the event records, before and after).
EDITABLE = ("name", "description", "year", "origin", "community", "category", "safety_bottom_line",
            "people_affected", "estimated_cost_fen")
#: A project's estimated cost stops here (1 万亿元 in fen): more is a typing mistake.
MAX_COST_FEN = 10**14
MAX_PEOPLE = 100_000_000
#: A project is planned for a year from last year to this many years ahead.
YEARS_AHEAD = 5
#: Stages whose project may still be put on a yearly list (a cancelled one may not).
LISTABLE = frozenset(s for s in ProjectStage if s is not ProjectStage.CANCELLED)


def subject(number: str) -> str:
    return f"project:{number}"


# -- checking input ------------------------------------------------------------------------------------------
def text_field(field: str, value: Any, *, required: bool = True) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(field, "{label}必须是文字。", label=Term(_LABELS.get(field, field)))
    value = value.strip()
    if required and not value:
        raise ValidationError(field, "{label}不能为空。", label=Term(_LABELS.get(field, field)))
    limit = LIMITS.get(field, 2000)
    if len(value) > limit:
        raise ValidationError(field, "{label}过长：{length} 个字符，最多 {count} 个。",
                              label=Term(_LABELS.get(field, field)), length=len(value), count=limit)
    return value


def year_field(value: Any, *, this_year: int, field: str = "year") -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field, "年份须为整数。")
    low, high = this_year - 1, this_year + YEARS_AHEAD
    if not low <= value <= high:
        raise ValidationError(field, "年份须在 {low} 到 {high} 之间（收到 {value}）。", low=low, high=high, value=value)
    return value


def whole_field(field: str, value: Any, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field, "须为整数。")
    if not 0 <= value <= high:
        raise ValidationError(field, "须在 0 到 {high} 之间（收到 {value}）。", high=high, value=value)
    return value


def origin_field(value: Any) -> str:
    try:
        return ProjectOrigin(value).value
    except ValueError:
        raise ValidationError("origin", "未知的项目来源：{value}。", value=str(value)[:40]) from None


def _community_id(session: Session, name: Any) -> int | None:
    if name is None or name == "":
        return None
    name = text_field("community", name)
    found = session.scalar(select(Community.id).where(Community.name == name))
    if found is None:
        raise ValidationError("community", "未知社区：{name}（请从社区列表中选择；新社区由管理员添加）", name=name[:64])
    return found


def _category_id(session: Session, name: Any) -> int | None:
    if name is None or name == "":
        return None
    name = text_field("category", name)
    found = session.scalar(select(Category.id).where(Category.name == name))
    if found is None:
        raise ValidationError("category", "未知分类：{name}。", name=name[:64])
    return found


def _tickets(session: Session, numbers: Sequence[str]) -> list[Ticket]:
    """The tickets of ``numbers`` in the order given (duplicates once); NotFound names the first unknown one."""
    wanted = list(dict.fromkeys(n.strip() for n in numbers if n and n.strip()))
    found = {t.number: t for t in session.scalars(select(Ticket).where(Ticket.number.in_(wanted)))} if wanted else {}
    for n in wanted:
        if n not in found:
            raise NotFound("找不到工单 {number}。", number=n[:40])
    return [found[n] for n in wanted]


# -- reading ----------------------------------------------------------------------------------------------------
def find(session: Session, number: str, *, for_update: bool = False) -> Project:
    stmt = select(Project).where(Project.number == (number or "").strip())
    if for_update:
        stmt = stmt.with_for_update()
    project = session.scalar(stmt)
    if project is None:
        raise NotFound("找不到项目 {number}。", number=(number or "")[:40])
    return project


def facts(session: Session, projects: Sequence[Project]) -> dict[int, Facts]:
    """The score's facts of each project, in two statements (the tickets' and the votes')."""
    ids = [p.id for p in projects]
    if not ids:
        return {}
    level = case(*((Ticket.urgency == k, v) for k, v in URGENCY_LEVEL.items()), else_=0)
    ticket_rows = {r[0]: r[1:] for r in session.execute(
        select(ProjectTicket.project_id, func.count(), func.sum(level))
        .join(Ticket, Ticket.id == ProjectTicket.ticket_id)
        .where(ProjectTicket.project_id.in_(ids)).group_by(ProjectTicket.project_id))}
    resident_rows = {r[0]: r[1:] for r in session.execute(_residents(ids))}
    vote_rows = {r[0]: r[1:] for r in session.execute(
        select(ProjectVote.project_id, func.sum(case((ProjectVote.choice == VoteChoice.FOR.value, 1), else_=0)),
               func.sum(case((ProjectVote.choice == VoteChoice.AGAINST.value, 1), else_=0)))
        .where(ProjectVote.project_id.in_(ids)).group_by(ProjectVote.project_id))}
    out = {}
    for p in projects:
        count, urgency = ticket_rows.get(p.id, (0, 0))
        phones, no_phone = resident_rows.get(p.id, (0, 0))
        votes_for, votes_against = vote_rows.get(p.id, (0, 0))
        out[p.id] = Facts(bool(p.safety_bottom_line), int(count or 0), int(phones or 0) + int(no_phone or 0),
                          int(urgency or 0), p.people_affected, p.estimated_cost_fen, int(votes_for or 0),
                          int(votes_against or 0))
    return out


def _residents(ids: Sequence[int]) -> Any:
    """Per project: the distinct phones, and the tickets without a (usable) phone, of its source tickets and the
    repeat complaints merged into them (a merged child's resident raised the same problem; counted once even when
    the child is linked too). Each ticket without a phone counts as one resident."""
    linked = select(ProjectTicket.project_id, ProjectTicket.ticket_id).where(ProjectTicket.project_id.in_(ids))
    child = aliased(Ticket)
    merged = select(ProjectTicket.project_id, child.id).join(child, child.parent_id == ProjectTicket.ticket_id) \
        .where(ProjectTicket.project_id.in_(ids))
    members = union(linked, merged).subquery()
    project_id, ticket_id = members.c
    return (select(project_id, func.count(func.distinct(func.nullif(Ticket.phone_digits, ""))),
                   func.sum(case((Ticket.phone_digits == "", 1), else_=0)))
            .join(Ticket, Ticket.id == ticket_id).group_by(project_id))


def priority(number: str, f: Facts, weights: dict[str, float]) -> dto.Priority:
    terms = tuple(dto.PriorityTerm(k, round(v, 4), weights[k], round(v * weights[k], 4))
                  for k, v in values(f).items())
    return dto.Priority(number, f.safety_bottom_line, round(sum(t.points for t in terms), 4), terms)


def _names(session: Session, table: Any, ids: set[int | None]) -> dict[int, str]:
    ids.discard(None)
    if not ids:
        return {}
    return dict(session.execute(select(table.id, table.name).where(table.id.in_(sorted(ids)))).all())  # type: ignore[arg-type]


def late_where(now: datetime) -> ColumnElement[bool]:
    """超期 (late) in SQL: a milestone (or an inspection's fix) not done at ``now`` whose planned due has passed:
    :meth:`dto.MilestoneInfo.late_at`, the 项目库's 有超期节点, the map's late projects and the bulletin's 超期节点,
    as it stood at ``now`` (one done later than ``now`` was still open then)."""
    return and_(or_(Milestone.done_at.is_(None), Milestone.done_at > now), Milestone.due < now)


def rows(session: Session, *, weights: dict[str, float], year: int | None = None, stage: str | None = None,
         community: str | None = None, late_at: datetime | None = None) -> list[dto.ProjectRow]:
    """The projects (of a year, in a stage, of a community, with a milestone late at ``late_at``), the safety bottom
    line first, then by score. A late milestone (or an inspection's fix) is one not done whose planned due has passed
    (the bulletin's 超期节点): one EXISTS in the same statement, not a read per project."""
    stmt = select(Project)
    if year is not None:
        stmt = stmt.where(Project.year == year)
    if stage is not None:
        stmt = stmt.where(Project.stage == stage)
    if community is not None:
        stmt = stmt.where(Project.community_id == _community_id(session, community))
    if late_at is not None:
        stmt = stmt.where(select(Milestone.id).where(Milestone.project_id == Project.id, late_where(late_at)).exists())
    projects = list(session.scalars(stmt))
    f = facts(session, projects)
    communities = _names(session, Community, {p.community_id for p in projects})
    categories = _names(session, Category, {p.category_id for p in projects})
    out = []
    for p in projects:
        score = priority(p.number, f[p.id], weights).score
        out.append(dto.ProjectRow(p.number, p.name, p.year, p.stage, p.origin, communities.get(p.community_id),
                                  categories.get(p.category_id), bool(p.safety_bottom_line), f[p.id].tickets,
                                  f[p.id].residents, score))
    out.sort(key=lambda r: (*(-x for x in rank_key(r.safety_bottom_line, r.score)), r.number))
    return out


def info(session: Session, project: Project, *, weights: dict[str, float]) -> dto.ProjectInfo:
    p = project
    f = facts(session, [p])[p.id]
    users = dict(session.execute(select(User.id, User.display_name)
                                 .where(User.id.in_({p.created_by_id, p.updated_by_id}))).all())
    sources = tuple(dto.SourceTicket(*r) for r in session.execute(
        select(Ticket.number, Ticket.title, Ticket.community, Category.name, Ticket.state, Ticket.urgency)
        .join(ProjectTicket, ProjectTicket.ticket_id == Ticket.id).join(Category, Category.id == Ticket.category_id)
        .where(ProjectTicket.project_id == p.id).order_by(Ticket.number)))
    numbers = tuple(t.number for t in sources)
    votes = tuple(dto.VoteInfo(v.meeting, v.held_on, v.voter, v.choice, name, v.at) for v, name in session.execute(
        select(ProjectVote, User.display_name).join(User, User.id == ProjectVote.recorded_by_id)
        .where(ProjectVote.project_id == p.id).order_by(ProjectVote.held_on, ProjectVote.id)))
    history = tuple(dto.ProjectHistoryEntry(e.kind, name, e.at, e.note, audit.changes_of(e.changes))
                    for e, name in session.execute(
                        select(Event, User.display_name).join(User, User.id == Event.actor_id)
                        .where(Event.subject == subject(p.number)).order_by(Event.seq)))
    return dto.ProjectInfo(
        p.number, p.name, p.description, p.year, p.stage, p.origin,
        _names(session, Community, {p.community_id}).get(p.community_id),
        _names(session, Category, {p.category_id}).get(p.category_id), bool(p.safety_bottom_line),
        p.people_affected, p.estimated_cost_fen, p.version, p.created_at, users[p.created_by_id], p.updated_at,
        users[p.updated_by_id], numbers, f.residents, votes, priority(p.number, f, weights), history, sources)


# -- changing ---------------------------------------------------------------------------------------------------
def _next_number(session: Session, year: int) -> str:
    counter = session.scalar(select(ProjectCounter).where(ProjectCounter.year == year).with_for_update())
    if counter is None:
        counter = ProjectCounter(year=year, last_seq=0)
        session.add(counter)
    counter.last_seq += 1
    return f"XM{year}-{counter.last_seq:04d}"


def _touch(project: Project, actor: User, now: datetime) -> None:
    """Every change of a project (its tickets and votes too) is a new version of it, even within one instant."""
    project.updated_at, project.updated_by_id = now, actor.id
    flag_modified(project, "updated_at")  # (an unchanged value would otherwise write nothing: no new version)


def create(session: Session, *, actor: User, now: datetime, this_year: int, name: Any, description: Any,
           origin: Any, year: Any, tickets: Sequence[str], community: Any, category: Any,
           safety_bottom_line: bool, people_affected: Any, estimated_cost_fen: Any) -> Project:
    name = text_field("name", name)
    description = text_field("description", description, required=False)
    origin = origin_field(origin)
    year = year_field(this_year if year is None else year, this_year=this_year)
    people = whole_field("people_affected", people_affected, MAX_PEOPLE)
    cost = whole_field("estimated_cost_fen", estimated_cost_fen, MAX_COST_FEN)
    community_id, category_id = _community_id(session, community), _category_id(session, category)
    linked = _tickets(session, tickets)
    if origin in (ProjectOrigin.TICKETS, ProjectOrigin.HOTSPOT) and not linked:
        raise ValidationError("tickets", "来自工单或问题清单的项目须关联至少一张工单。")
    number = _next_number(session, this_year)
    p = Project(number=number, name=name, description=description, year=year, stage=ProjectStage.CANDIDATE.value,
                origin=origin, community_id=community_id, category_id=category_id,
                safety_bottom_line=safety_bottom_line, people_affected=people, estimated_cost_fen=cost,
                created_at=now, created_by_id=actor.id, updated_at=now, updated_by_id=actor.id)
    session.add(p)
    session.flush()
    for t in linked:
        session.add(ProjectTicket(project_id=p.id, ticket_id=t.id, linked_at=now, linked_by_id=actor.id))
    _on_tickets(session, p, linked, actor, now, linked=True)
    audit.record(session=session, ticket_id=None, actor_id=actor.id, at=now, kind="project_create",
                 subject=subject(number), changes={
                     "name": (None, name), "year": (None, year), "origin": (None, origin),
                     "community": (None, community or None), "category": (None, category or None),
                     "safety_bottom_line": (None, safety_bottom_line), "people_affected": (None, people),
                     "estimated_cost_fen": (None, cost), "tickets": (None, [t.number for t in linked])})
    return p


def _linked_numbers(session: Session, project: Project) -> list[str]:
    return list(session.scalars(select(Ticket.number).join(ProjectTicket, ProjectTicket.ticket_id == Ticket.id)
                                .where(ProjectTicket.project_id == project.id).order_by(Ticket.number)))


def _on_tickets(session: Session, project: Project, tickets: Sequence[Ticket], actor: User, now: datetime, *,
                linked: bool) -> None:
    """A line on each ticket's own timeline: it became (or stopped being) evidence of the project."""
    if linked:
        note = Message("列为项目 {number}“{name}”的来源工单", number=project.number, name=project.name)
    else:
        note = Message("不再是项目 {number}“{name}”的来源工单", number=project.number, name=project.name)
    for t in tickets:
        audit.record(session=session, ticket_id=t.id, actor_id=actor.id, at=now,
                     kind="project_link" if linked else "project_unlink",
                     changes={"project": (None, project.number) if linked else (project.number, None)},
                     note=notes.program(note))
        t.updated_at, t.updated_by = now, actor  # (its timeline grew: other desks re-read it)


def _refuse_cancelled(project: Project) -> None:
    if project.stage == ProjectStage.CANCELLED:
        raise ConflictError("项目 {number} 已取消，不能再修改。", number=project.number)


def link(session: Session, *, project: Project, actor: User, now: datetime, numbers: Sequence[str]) -> None:
    _refuse_cancelled(project)
    wanted = _tickets(session, numbers)
    if not wanted:
        raise ValidationError("tickets", "请至少选择一张工单。")
    before = _linked_numbers(session, project)
    for t in wanted:
        if t.number in before:
            raise ValidationError("tickets", "工单 {number} 已关联到本项目。", number=t.number)
        session.add(ProjectTicket(project_id=project.id, ticket_id=t.id, linked_at=now, linked_by_id=actor.id))
    _on_tickets(session, project, wanted, actor, now, linked=True)
    _touch(project, actor, now)
    audit.record(session=session, ticket_id=None, actor_id=actor.id, at=now, kind="project_tickets",
                 subject=subject(project.number),
                 changes={"tickets": (before, sorted(before + [t.number for t in wanted]))})


def unlink(session: Session, *, project: Project, actor: User, now: datetime, numbers: Sequence[str]) -> None:
    _refuse_cancelled(project)
    wanted = _tickets(session, numbers)
    if not wanted:
        raise ValidationError("tickets", "请至少选择一张工单。")
    before = _linked_numbers(session, project)
    for t in wanted:
        if t.number not in before:
            raise ValidationError("tickets", "工单 {number} 没有关联到本项目。", number=t.number)
    after = sorted(set(before) - {t.number for t in wanted})
    if not after and project.origin in (ProjectOrigin.TICKETS, ProjectOrigin.HOTSPOT):
        raise ValidationError("tickets", "来自工单或问题清单的项目须关联至少一张工单。")
    for t in wanted:
        session.delete(session.get(ProjectTicket, (project.id, t.id)))
    _on_tickets(session, project, wanted, actor, now, linked=False)
    _touch(project, actor, now)
    audit.record(session=session, ticket_id=None, actor_id=actor.id, at=now, kind="project_tickets",
                 subject=subject(project.number), changes={"tickets": (before, after)})


def update(session: Session, *, project: Project, actor: User, now: datetime, this_year: int,
           fields: dict[str, Any], note: str = "") -> None:
    _refuse_cancelled(project)
    unknown = sorted(set(fields) - set(EDITABLE))
    if unknown:
        raise ValidationError(unknown[0], "不能修改的字段：{field}。", field=unknown[0])
    p = project
    has_tickets = bool(_linked_numbers(session, p))  # (read before any change: a query would flush it early)
    names = {"community": _names(session, Community, {p.community_id}).get(p.community_id),
             "category": _names(session, Category, {p.category_id}).get(p.category_id)}
    changes: dict[str, tuple[Any, Any]] = {}
    with session.no_autoflush:  # one UPDATE, one new version (a name lookup would flush the first fields)
        for key, value in fields.items():
            if key in ("name", "description"):
                new = text_field(key, value, required=key == "name")
            elif key == "year":
                new = year_field(value, this_year=this_year)
            elif key == "origin":
                new = origin_field(value)
            elif key == "safety_bottom_line":
                if not isinstance(value, bool):
                    raise ValidationError(key, "安全底线须为是或否。")
                new = value
            elif key == "people_affected":
                new = whole_field(key, value, MAX_PEOPLE)
            elif key == "estimated_cost_fen":
                new = whole_field(key, value, MAX_COST_FEN)
            else:  # community, category: by name
                ident = (_community_id if key == "community" else _category_id)(session, value)
                new = value.strip() if ident is not None else None
                if new != names[key]:
                    changes[key] = (names[key], new)
                    setattr(p, f"{key}_id", ident)
                continue
            old = getattr(p, key)
            if new != old:
                changes[key] = (old, new)
                setattr(p, key, new)
    if not changes:
        return
    if p.origin in (ProjectOrigin.TICKETS, ProjectOrigin.HOTSPOT) and not has_tickets:
        raise ValidationError("origin", "来自工单或问题清单的项目须关联至少一张工单。")
    _touch(p, actor, now)
    audit.record(session=session, ticket_id=None, actor_id=actor.id, at=now, kind="project_update",
                 subject=subject(p.number), changes=changes, note=note)


def record_votes(session: Session, *, project: Project, actor: User, now: datetime, today: date, meeting: Any,
                 held_on: date, votes: Sequence[Sequence[str]]) -> None:
    _refuse_cancelled(project)
    meeting = text_field("meeting", meeting)
    if held_on > today:
        raise ValidationError("held_on", "会议日期不能晚于今天（{today}）。", today=today.isoformat())
    if not votes:
        raise ValidationError("votes", "请至少录入一票。")
    seen: set[str] = set()
    cast = []
    for pair in votes:
        if len(pair) != 2:
            raise ValidationError("votes", "每一票须写明投票人和意见。")
        voter, choice = text_field("voter", pair[0]), pair[1]
        if choice not in {c.value for c in VoteChoice}:
            raise ValidationError("votes", "未知的投票意见：{choice}（可选：for 赞成、against 反对、abstain 弃权）。",
                                  choice=str(choice)[:20])
        if voter in seen:
            raise ValidationError("votes", "{voter} 在本次会议中投了两次。", voter=voter)
        seen.add(voter)
        cast.append((voter, choice))
    already = set(session.scalars(select(ProjectVote.voter).where(
        ProjectVote.project_id == project.id, ProjectVote.meeting == meeting, ProjectVote.voter.in_(seen))))
    if already:
        raise ConflictError("{voter} 在会议“{meeting}”中的投票已经录入。", voter=sorted(already)[0], meeting=meeting)
    for voter, choice in cast:
        session.add(ProjectVote(project_id=project.id, meeting=meeting, held_on=held_on, voter=voter, choice=choice,
                                recorded_by_id=actor.id, at=now))
    _touch(project, actor, now)
    tally = {c.value: sum(1 for _, x in cast if x == c.value) for c in VoteChoice}
    audit.record(session=session, ticket_id=None, actor_id=actor.id, at=now, kind="project_vote",
                 subject=subject(project.number), changes={
                     "meeting": (None, meeting), "held_on": (None, held_on.isoformat()),
                     "votes": (None, [list(v) for v in cast]), "tally": (None, tally)})


def cancel(session: Session, *, project: Project, actor: User, now: datetime, reason: Any) -> None:
    """A candidate (储备) that will not be pursued: ``cancelled``, with the reason on record. A project on the
    approved yearly list leaves it first (a new version without it, approved); later stages are the lifecycle's."""
    _refuse_cancelled(project)
    reason = text_field("reason", reason)
    if project.stage == ProjectStage.LISTED:
        raise ConflictError("项目 {number} 已列入年度清单：请先编制不含该项目的新版清单并批准，再取消。",
                            number=project.number)
    if project.stage != ProjectStage.CANDIDATE:
        raise ConflictError("项目 {number} 已进入实施阶段，不能在项目库中取消。", number=project.number)
    audit.record(session=session, ticket_id=None, actor_id=actor.id, at=now, kind="project_cancel",
                 subject=subject(project.number), note=reason,
                 changes={"stage": (project.stage, ProjectStage.CANCELLED.value)})
    project.stage = ProjectStage.CANCELLED.value
    _touch(project, actor, now)


# -- the yearly list ---------------------------------------------------------------------------------------------
def published_year(session: Session, value: Any, this_year: int) -> int:
    """The year of the list a bulletin or the disclosure shows: ``value`` (2000 to next year), or by default the
    latest year with an approved list (this year when none is approved)."""
    if value is None:
        latest = session.scalar(select(func.max(AnnualList.year)).where(AnnualList.state == ListState.APPROVED.value))
        return latest or this_year
    if isinstance(value, bool) or not isinstance(value, int) or not 2000 <= value <= this_year + 1:
        raise ValidationError("year", "年份应为 2000 到 {high} 之间的整数。", high=this_year + 1)
    return value


def approved_list(session: Session, year: int) -> AnnualList | None:
    """The approved version of ``year``'s list (None while none is), as the bulletin and the disclosure show it."""
    return session.scalars(select(AnnualList).where(AnnualList.year == year,
                                                    AnnualList.state == ListState.APPROVED.value)).first()


def list_subject(year: int) -> str:
    return f"annual_list:{year}"


def draft_list(session: Session, *, actor: User, now: datetime, this_year: int, year: Any,
               numbers: Sequence[str], note: Any = "") -> AnnualList:
    year = year_field(year, this_year=this_year)
    note = text_field("note", note, required=False)
    wanted = [(n or "").strip() for n in numbers]
    if not wanted:
        raise ValidationError("numbers", "清单至少要有一个项目。")
    seen: set[str] = set()
    for n in wanted:
        if n in seen:
            raise ValidationError("numbers", "项目 {number} 在清单中出现了两次。", number=n)
        seen.add(n)
    projects = [find(session, n) for n in wanted]
    for p in projects:
        if p.year != year:
            raise ValidationError("numbers", "项目 {number} 属于 {project_year} 年，不能列入 {year} 年清单。",
                                  number=p.number, project_year=p.year, year=year)
        if p.stage not in LISTABLE:
            raise ConflictError("项目 {number} 已取消，不能列入清单。", number=p.number)
    version = (session.scalar(select(func.max(AnnualList.version)).where(AnnualList.year == year)) or 0) + 1
    lst = AnnualList(year=year, version=version, state=ListState.DRAFT.value, note=note, created_at=now,
                     created_by_id=actor.id)
    session.add(lst)
    session.flush()
    for i, p in enumerate(projects, 1):
        session.add(AnnualListItem(list_id=lst.id, project_id=p.id, position=i))
    audit.record(session=session, ticket_id=None, actor_id=actor.id, at=now, kind="annual_list_draft",
                 subject=list_subject(year), note=note,
                 changes={"version": (None, version), "projects": (None, wanted)})
    return lst


def _find_list(session: Session, year: int, version: int | None, *, for_update: bool = False) -> AnnualList:
    stmt = select(AnnualList).where(AnnualList.year == year)
    if version is None:  # the approved version, else the newest
        stmt = stmt.order_by((AnnualList.state == ListState.APPROVED.value).desc(), AnnualList.version.desc())
    else:
        stmt = stmt.where(AnnualList.version == version)
    if for_update:
        stmt = stmt.with_for_update()
    found = session.scalars(stmt.limit(1)).first()
    if found is None:
        if version is None:
            raise NotFound("{year} 年还没有重点民生工程清单。", year=year)
        raise NotFound("找不到 {year} 年清单的第 {version} 版。", year=year, version=version)
    return found


def _items(session: Session, lst: AnnualList) -> list[Project]:
    return list(session.scalars(select(Project).join(AnnualListItem, AnnualListItem.project_id == Project.id)
                                .where(AnnualListItem.list_id == lst.id).order_by(AnnualListItem.position)))


def approve_list(session: Session, *, actor: User, now: datetime, year: int, version: int, note: str = ""
                 ) -> AnnualList:
    # Every version of the year, locked: two supervisors approving at once are serialised.
    versions = list(session.scalars(select(AnnualList).where(AnnualList.year == year)
                                    .order_by(AnnualList.version).with_for_update()))
    lst = next((v for v in versions if v.version == version), None)
    if lst is None:
        raise NotFound("找不到 {year} 年清单的第 {version} 版。", year=year, version=version)
    if lst.state == ListState.APPROVED:
        raise ConflictError("{year} 年清单第 {version} 版已经批准。", year=year, version=version)
    if lst.state == ListState.SUPERSEDED:
        raise ConflictError("{year} 年清单第 {version} 版已被新版本取代，不能再批准。", year=year, version=version)
    current = next((v for v in versions if v.state == ListState.APPROVED), None)
    if current is not None and current.version > version:
        raise ConflictError("{year} 年清单已批准了更新的第 {current} 版，不能再批准第 {version} 版。", year=year,
                            current=current.version, version=version)
    projects = _items(session, lst)
    for p in projects:
        if p.stage not in LISTABLE:
            raise ConflictError("项目 {number} 已取消，不能列入清单。", number=p.number)
    before = _items(session, current) if current is not None else []
    for v in versions:
        if v is not lst and v.state != ListState.SUPERSEDED and v.version < version:
            v.state, v.superseded_at = ListState.SUPERSEDED.value, now
    lst.state, lst.approved_at, lst.approved_by_id = ListState.APPROVED.value, now, actor.id
    on = {p.id for p in projects}
    for p in projects:
        if p.stage == ProjectStage.CANDIDATE:
            _stage(session, p, ProjectStage.LISTED, actor=actor, now=now, year=year, version=version)
    for p in before:
        if p.id not in on and p.stage == ProjectStage.LISTED:
            _stage(session, p, ProjectStage.CANDIDATE, actor=actor, now=now, year=year, version=version)
    audit.record(session=session, ticket_id=None, actor_id=actor.id, at=now, kind="annual_list_approve",
                 subject=list_subject(year), note=note, changes={
                     "version": (current.version if current is not None else None, version),
                     "projects": ([p.number for p in before], [p.number for p in projects])})
    return lst


def _stage(session: Session, p: Project, stage: ProjectStage, *, actor: User, now: datetime, year: int,
           version: int) -> None:
    audit.record(session=session, ticket_id=None, actor_id=actor.id, at=now, kind="project_stage",
                 subject=subject(p.number), changes={"stage": (p.stage, stage.value),
                                                     "annual_list": (None, f"{year}-v{version}")})
    p.stage = stage.value
    _touch(p, actor, now)


def list_info(session: Session, *, year: int, version: int | None) -> dto.AnnualListInfo:
    lst = _find_list(session, year, version)
    items = tuple(dto.AnnualListItemInfo(i, p.number, p.name, p.stage) for i, p in enumerate(_items(session, lst), 1))
    counts = dict(session.execute(select(AnnualListItem.list_id, func.count()).join(
        AnnualList, AnnualList.id == AnnualListItem.list_id).where(AnnualList.year == year)
        .group_by(AnnualListItem.list_id)).all())
    versions = list(session.scalars(select(AnnualList).where(AnnualList.year == year).order_by(AnnualList.version)))
    users = dict(session.execute(select(User.id, User.display_name).where(User.id.in_(
        {v.created_by_id for v in versions} | {v.approved_by_id for v in versions if v.approved_by_id}))).all())
    history = tuple(dto.AnnualListVersion(v.version, v.state, v.created_at, users[v.created_by_id], v.approved_at,
                                          users.get(v.approved_by_id) if v.approved_by_id else None,
                                          v.superseded_at, counts.get(v.id, 0)) for v in versions)
    return dto.AnnualListInfo(lst.year, lst.version, lst.state, lst.note, items, history)
