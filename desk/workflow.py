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
    REQUEST = "request"  # an extension or suspension request, or an approved suspension
    ESCALATION = "escalation"


class Scope(StrEnum):
    ANY = "any"  # every ticket or dispatch
    #: A responder acts only on their own department's dispatches (other roles are not limited).
    OWN_DEPARTMENT = "own_department"


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
_WORKING = frozenset({D.PENDING, D.ACKNOWLEDGED, D.RESPONDED})

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
        Transition("record_revisit", Target.TICKET, frozenset({T.CLOSED}), None, _OFFICE,
                   note="回头看: records a follow-up revisit of a closed ticket"),
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
        Transition("request_extension", Target.DISPATCH, _WORKING, None, _RESPONDERS, Scope.OWN_DEPARTMENT,
                   note="延期: a reason and a new resolve due; a supervisor decides"),
        Transition("request_suspension", Target.DISPATCH, _WORKING, None, _RESPONDERS, Scope.OWN_DEPARTMENT,
                   note="挂起: a reason; a supervisor decides; the clock stops while suspended"),
        # --- requests and escalations -------------------------------------
        Transition("decide_request", Target.REQUEST, frozenset({"pending"}), None, _SUPERVISORS,
                   note="approve or reject a pending extension or suspension"),
        Transition("resume", Target.REQUEST, frozenset({"suspended"}), None, _RESPONDERS | _SUPERVISORS,
                   Scope.OWN_DEPARTMENT, note="ends a suspension; the working time it took is added to the dues"),
        Transition("handle_escalation", Target.ESCALATION, frozenset({"open"}), None, _SUPERVISORS,
                   note="催办 note, extend, reassign or confirm a 通报"),
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
    if Role(role) is Role.RESPONDER and not own_department:
        return False
    return True
