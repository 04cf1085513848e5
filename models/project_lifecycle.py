"""The project lifecycle (重点民生工程, issue 16 §2): milestones of each stage with the departments summoned to them,
progress and 施工 log entries, inspections (质量安全巡查) whose findings are fixed as milestones, and the files
(photos, documents) that are their evidence.

A milestone's late steps climb the same escalation ladder as a ticket's (``escalation`` rows with a
``milestone_id``, see models.entities.Escalation).
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UTCDateTime

#: The stages that have milestones (the lifecycle after the yearly list).
LIFECYCLE_STAGES = ("initiated", "tendering", "construction", "acceptance", "operation")
ENTRY_KINDS = ("progress", "log", "inspection")
INSPECTORS = ("supervisor_firm", "staff", "citizen_observer")


def _among(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({','.join(repr(v) for v in values)})"


class Milestone(Base):
    """A milestone of one stage of a project (``kind`` plan), or the fix of an inspection's finding (``kind`` fix,
    with its ``entry_id``): a lead department, a planned due instant on the working calendar, and done (with the
    note and the files that are its evidence)."""

    __tablename__ = "project_milestone"
    __table_args__ = (
        CheckConstraint(_among("stage", LIFECYCLE_STAGES), name="stage"),
        CheckConstraint("kind IN ('plan','fix')", name="kind"),
        CheckConstraint("(kind = 'fix') = (entry_id IS NOT NULL)", name="fix_entry"),
        Index("ix_project_milestone_project", "project_id", "stage"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id"))
    stage: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(8))
    #: The inspection whose finding this milestone fixes (kind fix).
    entry_id: Mapped[int | None] = mapped_column(ForeignKey("project_entry.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    lead_department_id: Mapped[int] = mapped_column(ForeignKey("department.id"))
    #: The planned due instant (the end of the planned date's working day, or a working-time limit from creation).
    due: Mapped[datetime] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    done_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    done_note: Mapped[str | None] = mapped_column(Text)
    #: The next escalation threshold any of its open steps (报到 of a summons, its own due) will cross.
    next_escalation_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), index=True)
    version: Mapped[int] = mapped_column(Integer)

    __mapper_args__ = {"version_id_col": version}


class MilestoneSummons(Base):
    """A department summoned to a milestone (吹哨): the lead (主办) or an assisting one (协办). It reports in
    (报到) by ``acknowledge_due``; then the milestone's own due counts."""

    __tablename__ = "milestone_summons"
    __table_args__ = (
        UniqueConstraint("milestone_id", "department_id"),
        CheckConstraint("role IN ('lead','assist')", name="role"),
        Index("ix_milestone_summons_department", "department_id", "acknowledged_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    milestone_id: Mapped[int] = mapped_column(ForeignKey("project_milestone.id"))
    department_id: Mapped[int] = mapped_column(ForeignKey("department.id"))
    role: Mapped[str] = mapped_column(String(8))
    summoned_at: Mapped[datetime] = mapped_column(UTCDateTime())
    acknowledge_within: Mapped[str] = mapped_column(String(16))
    acknowledge_due: Mapped[datetime] = mapped_column(UTCDateTime())
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    acknowledged_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))


class ProjectEntry(Base):
    """A dated entry of a project: progress (``percent`` complete, 形象进度 photos), a 施工 log line, or an
    inspection (质量安全巡查: who inspected, what was found; each finding is a fix milestone)."""

    __tablename__ = "project_entry"
    __table_args__ = (
        CheckConstraint(_among("kind", ENTRY_KINDS), name="kind"),
        CheckConstraint("percent IS NULL OR (percent >= 0 AND percent <= 100)", name="percent"),
        CheckConstraint("(kind = 'progress') = (percent IS NOT NULL)", name="progress_percent"),
        CheckConstraint(f"(kind = 'inspection') = (inspector_kind IS NOT NULL) AND "
                        f"(inspector_kind IS NULL OR {_among('inspector_kind', INSPECTORS)})", name="inspector"),
        Index("ix_project_entry_project", "project_id", "kind", "on_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id"))
    kind: Mapped[str] = mapped_column(String(16))
    on_date: Mapped[date] = mapped_column(Date)
    percent: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    #: Inspections: 监理 (supervisor_firm), staff, 市民观察员 (citizen_observer), and the inspector's name.
    inspector_kind: Mapped[str | None] = mapped_column(String(16))
    inspector: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))


class ProjectFile(Base):
    """A photo or document of a project: a milestone's evidence (``milestone_id``) or an entry's photos
    (``entry_id``: 形象进度, an inspection). Metadata only, as models.entities.Attachment (the same processing,
    desk.intake.attachments.files); the bytes in :class:`ProjectFileContent`.

    Not a row of ``attachment``: that table's ``ticket_id`` is NOT NULL, and making it nullable on SQLite recreates
    the table, whose drop would cascade to every attachment's bytes."""

    __tablename__ = "project_file"
    __table_args__ = (
        CheckConstraint("kind IN ('before','after','other')", name="kind"),
        CheckConstraint("(milestone_id IS NULL) <> (entry_id IS NULL)", name="place"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id"), index=True)
    milestone_id: Mapped[int | None] = mapped_column(ForeignKey("project_milestone.id"), index=True)
    entry_id: Mapped[int | None] = mapped_column(ForeignKey("project_entry.id"), index=True)
    kind: Mapped[str] = mapped_column(String(8))
    file_name: Mapped[str] = mapped_column(String(255))
    mime: Mapped[str] = mapped_column(String(64))
    original_mime: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    stored_size: Mapped[int] = mapped_column(Integer)
    stored_sha256: Mapped[str] = mapped_column(String(64))
    width: Mapped[int | None] = mapped_column(Integer)
    height: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))


class ProjectFileContent(Base):
    """The bytes of a project file (its thumbnail first, as AttachmentContent)."""

    __tablename__ = "project_file_content"

    file_id: Mapped[int] = mapped_column(ForeignKey("project_file.id", ondelete="CASCADE"), primary_key=True,
                                         autoincrement=False)
    thumbnail: Mapped[bytes | None] = mapped_column(LargeBinary)
    data: Mapped[bytes] = mapped_column(LargeBinary)
