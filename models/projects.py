"""Key livelihood works (重点民生工程, issue 16): candidate projects, their source tickets and votes, and the
yearly list."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Boolean, CheckConstraint, Date, ForeignKey, Index, Integer, String, Text, \
    UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UTCDateTime

#: The stored codes (desk.enums.ProjectStage, ProjectOrigin, VoteChoice, ListState): the check constraints.
PROJECT_STAGES = ("candidate", "listed", "initiated", "tendering", "construction", "acceptance", "operation",
                  "cancelled")
PROJECT_ORIGINS = ("tickets", "hotspot", "resident_idea", "representative", "department_plan")


def _among(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({','.join(repr(v) for v in values)})"


class ProjectCounter(Base):
    """The last project sequence number handed out per year (row-locked on increment): XM2026-0001."""

    __tablename__ = "project_counter"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)


class Project(Base):
    """A project: a candidate (储备) until a supervisor approves a yearly list that holds it, then its lifecycle."""

    __tablename__ = "project"
    __table_args__ = (
        CheckConstraint(_among("stage", PROJECT_STAGES), name="stage"),
        CheckConstraint(_among("origin", PROJECT_ORIGINS), name="origin"),
        CheckConstraint("people_affected >= 0", name="people_affected"),
        CheckConstraint("estimated_cost_fen >= 0", name="estimated_cost_fen"),
        Index("ix_project_year_stage", "year", "stage"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    #: The year the project is planned for (a yearly list takes only its own year's projects).
    year: Mapped[int] = mapped_column(Integer)
    stage: Mapped[str] = mapped_column(String(16))
    origin: Mapped[str] = mapped_column(String(16))
    community_id: Mapped[int | None] = mapped_column(ForeignKey("community.id"))
    category_id: Mapped[int | None] = mapped_column(ForeignKey("category.id"))
    #: 安全底线: a yes ranks the project above every no.
    safety_bottom_line: Mapped[bool] = mapped_column(Boolean, default=False)
    people_affected: Mapped[int] = mapped_column(Integer, default=0)
    #: Estimated cost in fen (分): money is never a float. 0: not estimated yet.
    estimated_cost_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    version: Mapped[int] = mapped_column(Integer)

    __mapper_args__ = {"version_id_col": version}


class ProjectTicket(Base):
    """A source ticket of a project: linked, not copied (its residents and complaints are the evidence)."""

    __tablename__ = "project_ticket"

    project_id: Mapped[int] = mapped_column(ForeignKey("project.id"), primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("ticket.id"), primary_key=True, index=True)
    linked_at: Mapped[datetime] = mapped_column(UTCDateTime())
    linked_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))


class ProjectObserver(Base):
    """A 市民观察员 assigned to a project (issue 16 §3): they see it (without residents' data), inspect and comment."""

    __tablename__ = "project_observer"

    project_id: Mapped[int] = mapped_column(ForeignKey("project.id"), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"), primary_key=True, index=True)
    assigned_at: Mapped[datetime] = mapped_column(UTCDateTime())
    assigned_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))


class ProjectVote(Base):
    """One vote of a meeting (票决 of a residents' or representatives' meeting) on a project."""

    __tablename__ = "project_vote"
    __table_args__ = (
        UniqueConstraint("project_id", "meeting", "voter"),
        CheckConstraint("choice IN ('for','against','abstain')", name="choice"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id"))
    meeting: Mapped[str] = mapped_column(String(100))
    held_on: Mapped[date] = mapped_column(Date)
    #: Who voted, as the meeting's record names them (a representative, "3号楼居民代表").
    voter: Mapped[str] = mapped_column(String(64))
    choice: Mapped[str] = mapped_column(String(8))
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime())


class AnnualList(Base):
    """One version of a year's list (年度重点民生工程清单): drafted, approved by a supervisor, and superseded by
    the next approved version (which keeps the history)."""

    __tablename__ = "annual_list"
    __table_args__ = (
        UniqueConstraint("year", "version"),
        CheckConstraint("state IN ('draft','approved','superseded')", name="state"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    superseded_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class AnnualListItem(Base):
    """A project on one version of a year's list, at its position (1, 2, 3 …)."""

    __tablename__ = "annual_list_item"
    __table_args__ = (UniqueConstraint("list_id", "position"),)

    list_id: Mapped[int] = mapped_column(ForeignKey("annual_list.id"), primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id"), primary_key=True, index=True)
    position: Mapped[int] = mapped_column(Integer)
