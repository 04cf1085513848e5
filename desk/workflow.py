"""The one table of allowed transitions and who may make each.

The façade checks every verb against it, and the UI enables its actions from it.
A ticket verb names the ticket states it may start from; a dispatch verb names the
dispatch states (and, implicitly, requires the ticket to still be open).
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desk.enums import DispatchState as D
from desk.enums import Role
from desk.enums import TicketState as T


class Target(StrEnum):
    TICKET = "ticket"
    DISPATCH = "dispatch"


class Scope(StrEnum):
    ANY = "any"  # every ticket or dispatch
    OWN_DEPARTMENT = "own_department"  # only dispatches of the user's own department


@dataclass(frozen=True)
class Transition:
    verb: str
    target: Target
    sources: frozenset[str]
    #: The state it leads to; None where the result is computed (see the note).
    dest: str | None
    roles: frozenset[Role]
    scope: Scope = Scope.ANY
    note: str = ""


_OFFICE = frozenset({Role.CLERK, Role.SUPERVISOR, Role.ADMIN})
_SUPERVISORS = frozenset({Role.SUPERVISOR, Role.ADMIN})
_RESPONDERS = frozenset({Role.RESPONDER})
_OPEN_TICKET = frozenset({T.NEW, T.DISPATCHED, T.AWAITING_VERIFICATION})

TRANSITIONS: dict[str, Transition] = {
    t.verb: t
    for t in [
        # --- ticket verbs -------------------------------------------------
        Transition("create_ticket", Target.TICKET, frozenset(), T.NEW, _OFFICE,
                   note="creates a ticket in 待派"),
        Transition("update_ticket", Target.TICKET, frozenset({T.NEW, T.DISPATCHED, T.AWAITING_VERIFICATION}),
                   None, _OFFICE, note="edits fields; the state does not change"),
        Transition("whistle", Target.TICKET, frozenset({T.NEW, T.DISPATCHED}), T.DISPATCHED, _OFFICE,
                   note="summons departments; also adds departments to an open ticket"),
        Transition("verify", Target.TICKET, frozenset({T.AWAITING_VERIFICATION}), None, _OFFICE,
                   note="accepted -> 待回访; not accepted -> 办理中 with the resolved departments summoned again"),
        Transition("record_callback", Target.TICKET, frozenset({T.AWAITING_CALLBACK, T.CLOSED}), None, _OFFICE,
                   note="records a 回访; the state does not change"),
        Transition("close", Target.TICKET, frozenset({T.AWAITING_CALLBACK}), T.CLOSED, _OFFICE,
                   note="needs at least one recorded callback"),
        Transition("reopen", Target.TICKET, frozenset({T.AWAITING_CALLBACK, T.CLOSED}), T.DISPATCHED, _OFFICE,
                   note="重办: a new round of dispatches"),
        Transition("cancel", Target.TICKET, _OPEN_TICKET, T.CANCELLED, _OFFICE,
                   note="withdraws every open dispatch"),
        # --- dispatch verbs -----------------------------------------------
        Transition("acknowledge", Target.DISPATCH, frozenset({D.PENDING}), D.ACKNOWLEDGED, _RESPONDERS,
                   Scope.OWN_DEPARTMENT),
        Transition("respond", Target.DISPATCH, frozenset({D.ACKNOWLEDGED}), D.RESPONDED, _RESPONDERS,
                   Scope.OWN_DEPARTMENT),
        Transition("resolve", Target.DISPATCH, frozenset({D.RESPONDED}), D.RESOLVED, _RESPONDERS,
                   Scope.OWN_DEPARTMENT),
        Transition("request_return", Target.DISPATCH, frozenset({D.PENDING, D.ACKNOWLEDGED, D.RESPONDED}),
                   D.RETURN_REQUESTED, _RESPONDERS, Scope.OWN_DEPARTMENT, note="a reason is required"),
        Transition("decide_return", Target.DISPATCH, frozenset({D.RETURN_REQUESTED}), None, _SUPERVISORS,
                   note="approved -> 已退回; rejected -> back to the state before the request"),
        Transition("withdraw", Target.DISPATCH,
                   frozenset({D.PENDING, D.ACKNOWLEDGED, D.RESPONDED, D.RETURN_REQUESTED}),
                   D.WITHDRAWN, _OFFICE),
    ]
}

TICKET_VERBS = tuple(v for v, t in TRANSITIONS.items() if t.target is Target.TICKET)
DISPATCH_VERBS = tuple(v for v, t in TRANSITIONS.items() if t.target is Target.DISPATCH)


def role_may(verb: str, role: Role | str) -> bool:
    return Role(role) in TRANSITIONS[verb].roles


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
    if t.scope is Scope.OWN_DEPARTMENT and not own_department:
        return False
    return True
