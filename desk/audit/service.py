"""The ticket timeline: one event per change, with who, when, a note and the changed fields."""
from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from models import Event


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def record(
    *,
    session: Session,
    ticket_id: int,
    actor_id: int,
    at: datetime,
    kind: str,
    note: str = "",
    dispatch_id: int | None = None,
    changes: dict[str, tuple[Any, Any]] | None = None,
) -> Event:
    payload = {k: [_plain(a), _plain(b)] for k, (a, b) in (changes or {}).items()}
    ev = Event(
        ticket_id=ticket_id,
        dispatch_id=dispatch_id,
        actor_id=actor_id,
        at=at,
        kind=kind,
        note=note,
        changes=json.dumps(payload, ensure_ascii=False, sort_keys=True),
    )
    session.add(ev)
    mark_changed(session, ticket_id)
    return ev


def mark_changed(session: Session, *ticket_ids: int) -> None:
    """Remember which tickets this transaction changed (other desks are told after commit)."""
    session.info.setdefault("changed_tickets", set()).update(ticket_ids)
