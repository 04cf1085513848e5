"""Dispatches: summoning departments and moving a dispatch through its states."""
from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.audit import service as audit
from desk.enums import GONE_DISPATCH_STATES, OPEN_DISPATCH_STATES, DispatchRole, DispatchState
from desk.errors import ValidationError
from models import Department, Dispatch, Ticket, User


def department_by_name(session: Session, name: str, *, field: str) -> Department:
    if not isinstance(name, str) or not name.strip():
        raise ValidationError(field, "请选择部门。")
    dept = session.scalar(select(Department).where(Department.name == name.strip()))
    if dept is None or not dept.active:
        raise ValidationError(field, f"未知部门：{name.strip()[:64]}")
    return dept


def current_dispatches(ticket: Ticket) -> list[Dispatch]:
    """This round's dispatches that still take part (not returned or withdrawn)."""
    return [d for d in ticket.dispatches if d.round == ticket.round and d.state not in GONE_DISPATCH_STATES]


def summon(
    *,
    session: Session,
    ticket: Ticket,
    actor: User,
    now: datetime,
    lead: str | None,
    assist: Iterable[str],
    note: str,
) -> list[Dispatch]:
    """Create one dispatch per department; validates the whole request before writing."""
    if isinstance(assist, str):
        assist = [assist]
    assist = list(assist or [])
    current = current_dispatches(ticket)
    has_lead = any(d.role == DispatchRole.LEAD for d in current)
    wanted: list[tuple[Department, str]] = []
    if lead:
        if has_lead:
            raise ValidationError("lead", "该工单已有主办部门；如需更换，请先撤回原主办派单。")
        wanted.append((department_by_name(session, lead, field="lead"), DispatchRole.LEAD))
    elif not has_lead:
        raise ValidationError("lead", "请指定主办部门。")
    for name in assist:
        wanted.append((department_by_name(session, name, field="assist"), DispatchRole.ASSIST))
    if not wanted:
        raise ValidationError("assist", "请至少选择一个部门。")
    seen: set[int] = set()
    busy = {d.department_id for d in current if d.state in OPEN_DISPATCH_STATES}
    for dept, role in wanted:
        field = "lead" if role == DispatchRole.LEAD else "assist"
        if dept.id in seen:
            raise ValidationError(field, f"部门 {dept.name} 重复选择。")
        if dept.id in busy:
            raise ValidationError(field, f"部门 {dept.name} 正在办理该工单。")
        seen.add(dept.id)
    created = []
    for dept, role in wanted:
        d = Dispatch(
            ticket=ticket, department=dept, role=role, state=DispatchState.PENDING, round=ticket.round,
            note=note, dispatched_at=now, dispatched_by_id=actor.id, updated_at=now, updated_by=actor,
        )
        session.add(d)
        created.append(d)
    session.flush()
    for d in created:
        audit.record(session=session, ticket_id=ticket.id, dispatch_id=d.id, actor_id=actor.id, at=now,
                     kind="whistle", note=note, changes={"department": (None, dept_name(d)), "role": (None, d.role)})
    return created


def dept_name(d: Dispatch) -> str:
    return d.department.name


def move(
    *,
    session: Session,
    dispatch: Dispatch,
    actor: User,
    now: datetime,
    verb: str,
    dest: str,
    note: str,
    extra: dict | None = None,
) -> None:
    """Set a dispatch's state, stamp who and when, and record the event."""
    before = dispatch.state
    dispatch.state = dest
    dispatch.updated_at = now
    dispatch.updated_by = actor
    stamp = {
        DispatchState.ACKNOWLEDGED: "acknowledged_at",
        DispatchState.RESPONDED: "responded_at",
        DispatchState.RESOLVED: "resolved_at",
    }.get(DispatchState(dest))
    if stamp and getattr(dispatch, stamp) is None:
        setattr(dispatch, stamp, now)
    if dest in GONE_DISPATCH_STATES or dest == DispatchState.RESOLVED:
        dispatch.closed_at = now
    changes = {"state": (before, dest)}
    changes.update(extra or {})
    audit.record(session=session, ticket_id=dispatch.ticket_id, dispatch_id=dispatch.id, actor_id=actor.id,
                 at=now, kind=verb, note=note, changes=changes)
