"""What the façade answers about projects (frozen dataclasses, never ORM objects)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class PriorityTerm:
    """One term of the score: ``value`` × ``weight`` = ``points`` (desk.projects.priority)."""

    key: str  # tickets, residents, urgency, people, cost, votes
    value: float
    weight: float
    points: float


@dataclass(frozen=True)
class Priority:
    """A project's priority: the safety bottom line ranks first, then ``score`` (the sum of the terms' points)."""

    number: str
    safety_bottom_line: bool
    score: float
    terms: tuple[PriorityTerm, ...]


@dataclass(frozen=True)
class VoteInfo:
    meeting: str
    held_on: date
    voter: str
    choice: str  # for, against, abstain
    recorded_by: str
    at: datetime


@dataclass(frozen=True)
class ProjectRow:
    """A line of the projects list."""

    number: str
    name: str
    year: int
    stage: str
    origin: str
    community: str | None
    category: str | None
    safety_bottom_line: bool
    ticket_count: int
    residents: int
    score: float


@dataclass(frozen=True)
class ProjectHistoryEntry:
    kind: str
    actor: str
    at: datetime
    note: str
    changes: dict


@dataclass(frozen=True)
class SourceTicket:
    """A source ticket as the project shows it (no resident's name or phone)."""

    number: str
    title: str
    community: str
    category: str
    state: str
    urgency: str


@dataclass(frozen=True)
class ProjectInfo:
    """A project with its evidence: its source tickets (numbers), their residents, the votes and the score."""

    number: str
    name: str
    description: str
    year: int
    stage: str
    origin: str
    community: str | None
    category: str | None
    safety_bottom_line: bool
    people_affected: int
    estimated_cost_fen: int
    version: int
    created_at: datetime
    created_by: str
    updated_at: datetime
    updated_by: str
    tickets: tuple[str, ...]
    residents: int
    votes: tuple[VoteInfo, ...]
    priority: Priority
    history: tuple[ProjectHistoryEntry, ...]
    #: The source tickets (``tickets``' numbers, in that order) with what the detail shows of them.
    sources: tuple[SourceTicket, ...] = ()


@dataclass(frozen=True)
class AnnualListItemInfo:
    position: int
    number: str
    name: str
    stage: str


@dataclass(frozen=True)
class AnnualListVersion:
    """One version of a year's list, as its history shows it."""

    version: int
    state: str  # draft, approved, superseded
    created_at: datetime
    created_by: str
    approved_at: datetime | None
    approved_by: str | None
    superseded_at: datetime | None
    count: int


@dataclass(frozen=True)
class AnnualListInfo:
    """One version of a year's list with its items, and every version of that year (oldest first)."""

    year: int
    version: int
    state: str
    note: str
    items: tuple[AnnualListItemInfo, ...]
    history: tuple[AnnualListVersion, ...]
