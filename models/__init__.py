"""SQLAlchemy ORM classes and Alembic migrations. Imports nothing of ours."""
from models.base import Base, UTCDateTime
from models.entities import (
    AuditHead,
    CalendarDay,
    DispatchRequest,
    Escalation,
    TimePolicy,
    Callback,
    Category,
    Community,
    Department,
    Dispatch,
    Event,
    Setting,
    Ticket,
    TicketCounter,
    User,
)

__all__ = [
    "AuditHead",
    "CalendarDay",
    "DispatchRequest",
    "Escalation",
    "TimePolicy",
    "Base",
    "UTCDateTime",
    "Callback",
    "Category",
    "Community",
    "Department",
    "Dispatch",
    "Event",
    "Setting",
    "Ticket",
    "TicketCounter",
    "User",
]
