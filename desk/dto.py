"""Frozen dataclasses the façade returns. Never ORM objects."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class DepartmentInfo:
    id: int
    name: str
    active: bool


@dataclass(frozen=True)
class CategoryInfo:
    id: int
    name: str
    default_lead: str | None
    active: bool


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    display_name: str
    role: str
    department: str | None
    active: bool


@dataclass(frozen=True)
class TicketSummary:
    """One row of a queue."""

    id: int
    number: str
    title: str
    category: str
    urgency: str
    state: str
    source: str
    community: str
    address: str
    created_at: datetime
    updated_at: datetime
    lead_department: str | None
    #: For responders: the state of their own department's newest dispatch on this ticket.
    my_dispatch_state: str | None = None


@dataclass(frozen=True)
class DispatchInfo:
    id: int
    ticket_number: str
    department: str
    role: str
    state: str
    round: int
    note: str
    return_reason: str | None
    dispatched_at: datetime
    acknowledged_at: datetime | None
    responded_at: datetime | None
    resolved_at: datetime | None
    closed_at: datetime | None
    updated_at: datetime
    updated_by: str
    version: int


@dataclass(frozen=True)
class EventInfo:
    id: int
    at: datetime
    actor: str
    kind: str
    note: str
    department: str | None
    changes: dict = field(default_factory=dict)


@dataclass(frozen=True)
class CallbackInfo:
    id: int
    at: datetime
    by: str
    contacted: bool
    resolved: bool | None
    satisfaction: str | None
    note: str


@dataclass(frozen=True)
class TicketDetail:
    id: int
    number: str
    title: str
    description: str
    category: str
    urgency: str
    address: str
    community: str
    source: str
    reporter_name: str
    reporter_phone: str
    state: str
    round: int
    created_at: datetime
    created_by: str
    updated_at: datetime
    updated_by: str
    first_whistled_at: datetime | None
    verified_at: datetime | None
    closed_at: datetime | None
    version: int
    dispatches: tuple[DispatchInfo, ...]
    events: tuple[EventInfo, ...]
    callbacks: tuple[CallbackInfo, ...]


@dataclass(frozen=True)
class Page:
    """A slice of a queue: ``rows`` from ``offset``, of ``total`` in all."""

    rows: tuple[TicketSummary, ...]
    offset: int
    total: int


@dataclass(frozen=True)
class QueueInfo:
    key: str
    count: int
