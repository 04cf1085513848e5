"""What the façade answers about repeat complaints (frozen dataclasses, never ORM objects)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class RepeatCandidate:
    """A likely repeat of what the clerk types (or of a ticket): an earlier ticket, its score (0–100) and why."""

    number: str
    title: str
    state: str
    community: str
    category: str
    created_at: datetime
    score: float
    #: Codes: phone, address, community, category, text (desk.intake.repeats.service.REASON_LABELS).
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class RepeatProposalInfo:
    """A proposal kept for a ticket: ``candidate`` probably raises the same problem."""

    id: int
    candidate: str
    candidate_title: str
    candidate_state: str
    score: int
    reasons: tuple[str, ...]
    state: str  # proposed, dismissed, merged
    proposed_at: datetime


@dataclass(frozen=True)
class LinkedTicket:
    """A parent or a child, as the detail pane lists it (the phone masked)."""

    number: str
    title: str
    state: str
    created_at: datetime
    reporter_name: str
    reporter_phone: str
    #: The latest callback's answer (satisfied, basically_satisfied, dissatisfied), or '' when none.
    satisfaction: str = ""


@dataclass(frozen=True)
class FollowedDispatch:
    """One of the parent's dispatches, shown on a child (which has none of its own while merged)."""

    department: str
    role: str
    state: str


@dataclass(frozen=True)
class RepeatLinks:
    """A ticket's place among repeats: its parent (when it is a child) or its children (when it is a parent),
    how many residents raised the problem, and the open proposals."""

    number: str
    parent: LinkedTicket | None
    children: tuple[LinkedTicket, ...]
    #: Residents who raised the problem: the parent's reporter and one per child.
    residents: int
    proposals: tuple[RepeatProposalInfo, ...]
    #: On a child: the parent's dispatches it follows.
    followed: tuple[FollowedDispatch, ...] = ()
