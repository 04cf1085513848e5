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


# === issue 16 §3: the citizen observers ==========================================================================
@dataclass(frozen=True)
class ObserverAccount:
    """A 市民观察员 account as the office picks it (names only)."""

    username: str
    display_name: str


@dataclass(frozen=True)
class ProjectObservers:
    """The observers assigned to a project, and every active observer account (to pick from)."""

    number: str
    assigned: tuple[ObserverAccount, ...]
    available: tuple[ObserverAccount, ...]


@dataclass(frozen=True)
class ObservedMilestone:
    name: str
    stage: str
    kind: str  # plan, fix
    lead_department: str
    due: datetime
    done_at: datetime | None
    level: int


@dataclass(frozen=True)
class ObservedEntry:
    """An inspection or progress entry as an observer sees it: a note only when a 市民观察员 wrote it."""

    kind: str  # progress, inspection (the 施工 log is the office's)
    on: date
    percent: int | None
    inspector_kind: str | None
    inspector: str | None
    note: str


@dataclass(frozen=True)
class ProjectComment:
    author: str
    at: datetime
    text: str


@dataclass(frozen=True)
class ObservedProject:
    """An assigned project as a 市民观察员 sees it: no source tickets, no residents, no callbacks, no phones, no
    description or notes typed by the office (only what observers wrote, and the comments)."""

    number: str
    name: str
    year: int
    stage: str
    community: str | None
    category: str | None
    percent: int
    milestones: tuple[ObservedMilestone, ...]
    entries: tuple[ObservedEntry, ...]
    comments: tuple[ProjectComment, ...]
