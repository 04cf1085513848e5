"""SQLAlchemy ORM classes and Alembic migrations. Imports nothing of ours."""
from models.base import Base, UTCDateTime
from models.entities import (
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
