"""SQLAlchemy ORM classes and Alembic migrations. Imports nothing of ours."""
from models.base import Base, UTCDateTime
from models.entities import (
    CalendarDay,
    DispatchRequest,
    Escalation,
    TimePolicy,
    Callback,
    Category,
    Department,
    Dispatch,
    Event,
    Setting,
    Ticket,
    TicketCounter,
    User,
)

__all__ = [
    "CalendarDay",
    "DispatchRequest",
    "Escalation",
    "TimePolicy",
    "Base",
    "UTCDateTime",
    "Callback",
    "Category",
    "Department",
    "Dispatch",
    "Event",
    "Setting",
    "Ticket",
    "TicketCounter",
    "User",
]
