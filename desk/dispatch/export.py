"""The dispatch export (``whistle-desk export``, ActingUser.export_dispatches): one row per dispatch, read in
batches by id, with its due instants, step times and the escalation level each step reached."""
from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.deadlines.service import DONE_AT, STEPS
from desk.enums import GONE_DISPATCH_STATES, DispatchRole
from desk.privacy import mask_phone
from models import Department, Dispatch, Escalation, Ticket


def batch(session: Session, *, after: int, limit: int, department_id: int | None, mask_phones: bool,
          tz: tzinfo) -> tuple[list[dict[str, Any]], int]:
    """The rows of the next ``limit`` dispatches with an id above ``after`` (of one department if given), and
    the last id read (``after`` when none is left).

    Times are ISO 8601 with the office's UTC offset (``tz``). The reporter's phone is masked (138****1234)
    unless ``mask_phones`` is False; for one department's export, a dispatch where it only assists (or no
    longer takes part) is masked always."""

    def iso(t: datetime | None) -> str | None:
        return t.astimezone(tz).isoformat() if t is not None else None

    stmt = (select(Dispatch, Ticket.number, Department.name, Ticket.reporter_phone)
            .join(Ticket, Ticket.id == Dispatch.ticket_id)
            .join(Department, Department.id == Dispatch.department_id)
            .where(Dispatch.id > after).order_by(Dispatch.id).limit(limit))
    if department_id is not None:
        stmt = stmt.where(Dispatch.department_id == department_id)
    found = session.execute(stmt).all()
    if not found:
        return [], after
    levels: dict[tuple[int, str], int] = {}
    for did, step, level in session.execute(
            select(Escalation.dispatch_id, Escalation.step, func.max(Escalation.level))
            .where(Escalation.dispatch_id.in_([d.id for d, *_ in found]))
            .group_by(Escalation.dispatch_id, Escalation.step)):
        levels[(did, step)] = level
    rows = []
    for d, number, dept, phone in found:
        row = {"ticket_number": number, "dispatch_id": d.id, "department": dept, "role": d.role,
               "state": d.state, "round": d.round, "dispatched_at": iso(d.dispatched_at)}
        for step in STEPS:
            row[f"{step}_within"] = getattr(d, f"{step}_within")
            row[f"{step}_due"] = iso(getattr(d, f"{step}_due"))
        for step in STEPS:
            row[DONE_AT[step]] = iso(getattr(d, DONE_AT[step]))
        for step in STEPS:
            row[f"{step}_escalation"] = levels.get((d.id, step), 0)
        row["suspended_at"] = iso(d.suspended_at)
        own_lead = d.role == DispatchRole.LEAD and d.state not in GONE_DISPATCH_STATES
        full = not mask_phones and (department_id is None or own_lead)
        row["reporter_phone"] = phone if full else mask_phone(phone)
        rows.append(row)
    return rows, found[-1][0].id
