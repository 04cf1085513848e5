"""The records of the whistle loop."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, UTCDateTime


class Department(Base):
    __tablename__ = "department"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Category(Base):
    __tablename__ = "category"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    default_lead_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    default_lead: Mapped[Department | None] = relationship()


class User(Base):
    __tablename__ = "user_account"
    __table_args__ = (
        CheckConstraint("role IN ('clerk','supervisor','responder','admin')", name="role"),
        CheckConstraint("role <> 'responder' OR department_id IS NOT NULL", name="responder_department"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(16))
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"))
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())

    department: Mapped[Department | None] = relationship()


class TicketCounter(Base):
    """The last ticket sequence number handed out per year (row-locked on increment)."""

    __tablename__ = "ticket_counter"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)


class Ticket(Base):
    __tablename__ = "ticket"
    __table_args__ = (
        UniqueConstraint("year", "seq"),
        Index("ix_ticket_state_created", "state", "created_at"),
        Index("ix_ticket_created", "created_at"),
        Index("ix_ticket_updated", "updated_at"),
        CheckConstraint(
            "state IN ('new','dispatched','awaiting_verification','awaiting_callback','closed','cancelled')",
            name="state",
        ),
        CheckConstraint("urgency IN ('routine','urgent','emergency')", name="urgency"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(16), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text)
    category_id: Mapped[int] = mapped_column(ForeignKey("category.id"))
    urgency: Mapped[str] = mapped_column(String(16))
    address: Mapped[str] = mapped_column(String(200))
    community: Mapped[str] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(String(16))
    reporter_name: Mapped[str] = mapped_column(String(64))
    reporter_phone: Mapped[str] = mapped_column(String(32))
    state: Mapped[str] = mapped_column(String(32))
    round: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    first_whistled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    verified_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    version: Mapped[int] = mapped_column(Integer)

    category: Mapped[Category] = relationship()
    created_by: Mapped[User] = relationship(foreign_keys=[created_by_id])
    updated_by: Mapped[User] = relationship(foreign_keys=[updated_by_id])
    dispatches: Mapped[list[Dispatch]] = relationship(
        back_populates="ticket", order_by="Dispatch.id"
    )

    __mapper_args__ = {"version_id_col": version}


class Dispatch(Base):
    __tablename__ = "dispatch"
    __table_args__ = (
        Index("ix_dispatch_department_state", "department_id", "state"),
        Index("ix_dispatch_state", "state"),
        CheckConstraint("role IN ('lead','assist')", name="role"),
        CheckConstraint(
            "state IN ('pending','acknowledged','responded','return_requested',"
            "'resolved','returned','withdrawn')",
            name="state",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("ticket.id"), index=True)
    department_id: Mapped[int] = mapped_column(ForeignKey("department.id"))
    role: Mapped[str] = mapped_column(String(8))
    state: Mapped[str] = mapped_column(String(24))
    round: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    return_reason: Mapped[str | None] = mapped_column(Text)
    state_before_return: Mapped[str | None] = mapped_column(String(24))
    dispatched_at: Mapped[datetime] = mapped_column(UTCDateTime())
    dispatched_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    responded_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    version: Mapped[int] = mapped_column(Integer)

    ticket: Mapped[Ticket] = relationship(back_populates="dispatches")
    department: Mapped[Department] = relationship()
    updated_by: Mapped[User] = relationship(foreign_keys=[updated_by_id])

    __mapper_args__ = {"version_id_col": version}


class Event(Base):
    """One line of a ticket's timeline. Append-only."""

    __tablename__ = "event"
    __table_args__ = (Index("ix_event_ticket_at", "ticket_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("ticket.id"))
    dispatch_id: Mapped[int | None] = mapped_column(ForeignKey("dispatch.id"))
    actor_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    kind: Mapped[str] = mapped_column(String(32))
    note: Mapped[str] = mapped_column(Text, default="")
    changes: Mapped[str] = mapped_column(Text, default="{}")

    actor: Mapped[User] = relationship()


class Callback(Base):
    """回访: the office calls the resident back."""

    __tablename__ = "callback"
    __table_args__ = (
        CheckConstraint(
            "satisfaction IS NULL OR satisfaction IN ('satisfied','basically_satisfied','dissatisfied')",
            name="satisfaction",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("ticket.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    contacted: Mapped[bool] = mapped_column(Boolean)
    resolved: Mapped[bool | None] = mapped_column(Boolean)
    satisfaction: Mapped[str | None] = mapped_column(String(24))
    note: Mapped[str] = mapped_column(Text, default="")

    by: Mapped[User] = relationship()


class Setting(Base):
    """Office-wide settings shared by every desk (name, time zone, …)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
