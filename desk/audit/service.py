"""The audit trail: one event per change, with who, when, a note and the before/after of changed fields.

Ticket events make a ticket's timeline; events without a ticket record administration (users,
departments, categories, settings, policies, the calendar) and logins. Every event joins one hash
chain (desk.audit.chain). Services call :func:`record`; the rows are written, chained, when the unit
of work flushes the trail (:func:`flush`, called by ``Desk.unit`` before commit, and by the façade
before it reads a timeline back). Nothing else writes to the ``event`` table.
"""
from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import event as sa_event
from sqlalchemy import select
from sqlalchemy.orm import Session

from desk import dto, notes
from desk.audit import chain
from desk.errors import ValidationError
from models import Event, User

#: session.info key: event rows recorded in this transaction and not yet written.
PENDING = "audit_pending"

#: Event kinds without a ticket.
LOGIN_KINDS = frozenset({"login", "login_failed", "account_locked", "unlock", "unlock_failed", "password_change",
                         "password_change_failed"})
ADMIN_KINDS = frozenset({
    "first_admin", "user_create", "password_reset", "user_disable", "user_enable", "user_unlock", "user_role",
    "department_add", "department_rename", "department_disable", "department_enable",
    "category_add", "category_rename", "category_lead", "category_disable", "category_enable",
    "category_move", "category_standard", "standards_import",  # issue 15 §4
    "community_add", "community_rename", "community_disable", "community_enable",
    "setting", "policy", "calendar_day", "calendar_import", "calendar_seed", "clock_accept",
    "import_batch", "import_alias", "import_mapping", "category_map",  # issue 15: 12345 import
})


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def changes_text(changes: dict[str, tuple[Any, Any]] | None) -> str:
    """The stored ``changes``: ``{"field": [before, after]}`` with sorted keys."""
    payload = {k: [_plain(a), _plain(b)] for k, (a, b) in (changes or {}).items()}
    return json.dumps(payload, ensure_ascii=False, sort_keys=True)


def changes_of(text: str | None) -> dict:
    """A stored ``changes`` read back (:func:`changes_text`'s inverse)."""
    return json.loads(text or "{}")


def record(
    *,
    session: Session,
    ticket_id: int | None,
    actor_id: int,
    at: datetime,
    kind: str,
    note: str = "",
    dispatch_id: int | None = None,
    changes: dict[str, tuple[Any, Any]] | None = None,
    subject: str | None = None,
) -> None:
    """Record an event in this transaction (written and chained when the trail is flushed)."""
    session.info.setdefault(PENDING, []).append({
        "ticket_id": ticket_id, "dispatch_id": dispatch_id, "actor_id": actor_id, "at": at, "kind": kind,
        "subject": subject, "note": note or "", "changes": changes_text(changes),
    })
    if ticket_id is not None:
        mark_changed(session, ticket_id)


def record_rows(session: Session, rows: list[dict[str, Any]]) -> None:
    """Record ready-made event rows (keys as in :func:`record`, ``changes`` already text)."""
    pending = session.info.setdefault(PENDING, [])
    for r in rows:
        pending.append({"ticket_id": r["ticket_id"], "dispatch_id": r.get("dispatch_id"), "actor_id": r["actor_id"],
                        "at": r["at"], "kind": r["kind"], "subject": r.get("subject"), "note": r.get("note") or "",
                        "changes": r["changes"]})
    mark_changed(session, *(r["ticket_id"] for r in rows if r["ticket_id"] is not None))


def flush(session: Session) -> int:
    """Write the events recorded so far, chained. Returns how many."""
    rows = session.info.pop(PENDING, None)
    if not rows:
        chain.write_head(session)
        return 0
    session.flush()  # the rows the events refer to
    chain.append(session, rows)
    chain.write_head(session)
    return len(rows)


def mark_changed(session: Session, *ticket_ids: int) -> None:
    """Remember which tickets this transaction changed (other desks are told after commit)."""
    session.info.setdefault("changed_tickets", set()).update(ticket_ids)


#: The trail's views: every event without a ticket, the administration's, the logins'.
TRAIL_KINDS = {"all": None, "admin": ADMIN_KINDS, "login": LOGIN_KINDS}


def check_trail(*, kind: str, limit: int, before_seq: int | None) -> None:
    """Raise ValidationError unless :func:`trail` can be asked this."""
    if kind not in TRAIL_KINDS:
        raise ValidationError("kind", "可选：all（全部）、admin（管理操作）、login（登录）。")
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= 1000:
        raise ValidationError("limit", "条数须在 1 到 1000 之间。")
    if before_seq is not None and (isinstance(before_seq, bool) or not isinstance(before_seq, int)):
        raise ValidationError("before_seq", "分页位置无效。")


def trail(session: Session, *, kind: str, limit: int, before_seq: int | None) -> list[dto.AuditEntry]:
    """The events without a ticket of a :data:`TRAIL_KINDS` view, newest first: ``limit`` of them, before
    ``before_seq`` (the last ``seq`` of the previous page). See :func:`check_trail`."""
    stmt = (select(Event, User.display_name, User.username).join(User, User.id == Event.actor_id)
            .where(Event.ticket_id.is_(None)))
    if TRAIL_KINDS[kind] is not None:
        stmt = stmt.where(Event.kind.in_(sorted(TRAIL_KINDS[kind])))
    if before_seq is not None:
        stmt = stmt.where(Event.seq < before_seq)
    rows = session.execute(stmt.order_by(Event.seq.desc()).limit(limit)).all()
    return [dto.AuditEntry(e.id, e.seq, e.at, name, username, e.kind, e.subject, notes.text(e.note),
                           changes_of(e.changes)) for e, name, username in rows]


# The session hooks of the trail (here, where the events are recorded and flushed; desk.audit.chain only chains).
@sa_event.listens_for(Session, "before_commit")
def _flush_left_overs(session: Session) -> None:
    """A safety net: events recorded by a session that was not flushed by the unit of work."""
    if session.info.get(PENDING) or (session.info.get(chain.STATE) or {}).get("dirty"):
        flush(session)


@sa_event.listens_for(Session, "after_transaction_end")
def _forget(session: Session, transaction) -> None:
    if transaction.parent is None:
        session.info.pop(chain.STATE, None)
        session.info.pop(PENDING, None)
