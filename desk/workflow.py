"""The workflow's state machine: which verb may start from which state, and who may use it.

It is the transition part of the one permission matrix (desk.permissions.MATRIX): ``TRANSITIONS``
is the view of the matrix rows that have source states. The façade checks every verb against it,
and the UI enables its actions from it. A ticket verb names the ticket states it may start from;
a dispatch verb names the dispatch states (and, implicitly, requires the ticket to still be open).
"""
from __future__ import annotations

from desk.enums import Role
from desk.enums import TicketState as T
from desk.permissions import MATRIX, Permission, Scope, Target

__all__ = ["DISPATCH_VERBS", "Scope", "TICKET_VERBS", "TRANSITIONS", "Target", "Transition", "dispatch_allows",
           "role_may", "ticket_allows"]

#: A row of the matrix that is a transition (has ``sources``; ``verb`` is its name).
Transition = Permission

TRANSITIONS: dict[str, Transition] = {name: p for name, p in MATRIX.items() if p.is_transition}

TICKET_VERBS = tuple(v for v, t in TRANSITIONS.items() if t.target is Target.TICKET)
DISPATCH_VERBS = tuple(v for v, t in TRANSITIONS.items() if t.target is Target.DISPATCH)


def role_may(verb: str, role: Role | str) -> bool:
    """Whether ``role`` may use ``verb`` (any row of the matrix) at all."""
    return Role(role) in MATRIX[verb].roles


def ticket_allows(verb: str, role: Role | str, ticket_state: str) -> bool:
    """Whether ``role`` may apply ticket verb ``verb`` to a ticket in ``ticket_state``."""
    t = TRANSITIONS[verb]
    assert t.target is Target.TICKET, verb
    return Role(role) in t.roles and ticket_state in t.sources


def dispatch_allows(
    verb: str,
    role: Role | str,
    dispatch_state: str,
    *,
    ticket_state: str,
    own_department: bool,
) -> bool:
    """Whether ``role`` may apply dispatch verb ``verb`` to a dispatch in ``dispatch_state``."""
    t = TRANSITIONS[verb]
    assert t.target is Target.DISPATCH, verb
    if Role(role) not in t.roles or dispatch_state not in t.sources:
        return False
    if ticket_state != T.DISPATCHED:
        return False
    if Role(role) is Role.RESPONDER and not own_department:
        return False
    return True
