"""What the façade answers about a project's lifecycle (frozen dataclasses, never ORM objects)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class SummonsInfo:
    """A department summoned to a milestone and its 报到."""

    id: int
    department: str
    role: str  # lead, assist
    summoned_at: datetime
    acknowledge_due: datetime
    acknowledged_at: datetime | None
    acknowledged_by: str | None


@dataclass(frozen=True)
class FileInfo:
    """A project file as a list shows it: its metadata and thumbnail (never the file itself)."""

    id: int
    milestone_id: int | None
    entry_id: int | None
    kind: str  # before, after, other
    file_name: str
    mime: str
    size: int
    stored_sha256: str
    created_at: datetime
    created_by: str
    thumbnail: bytes | None

    @property
    def is_image(self) -> bool:
        return self.mime.startswith("image/")


@dataclass(frozen=True)
class StoredFile:
    """The stored file of a project (as desk.intake.attachments.dto.AttachmentFile of a ticket)."""

    id: int
    file_name: str
    mime: str
    data: bytes
    stored_sha256: str


@dataclass(frozen=True)
class MilestoneInfo:
    """A milestone (kind plan) or a finding's fix (kind fix): planned against actual, and how far it escalated."""

    id: int
    project_number: str
    project_name: str
    stage: str
    kind: str  # plan, fix
    name: str
    lead_department: str
    assist_departments: tuple[str, ...]
    due: datetime
    created_at: datetime
    done_at: datetime | None
    done_by: str | None
    done_note: str | None
    #: The highest escalation level reached by any of its steps and still open (0: none).
    level: int
    summons: tuple[SummonsInfo, ...]
    files: tuple[FileInfo, ...] = ()
    #: The inspection whose finding it fixes (kind fix).
    entry_id: int | None = None
    version: int = 0

    @property
    def done(self) -> bool:
        return self.done_at is not None

    def late_at(self, now: datetime) -> bool:
        return self.done_at is None and now > self.due


@dataclass(frozen=True)
class EntryInfo:
    """A dated entry: progress (percent), a 施工 log line, or an inspection (with its findings' fix milestones)."""

    id: int
    kind: str  # progress, log, inspection
    on: date
    percent: int | None
    note: str
    inspector_kind: str | None
    inspector: str | None
    created_at: datetime
    created_by: str
    files: tuple[FileInfo, ...] = ()
    findings: tuple[int, ...] = ()  # milestone ids


@dataclass(frozen=True)
class LifecycleInfo:
    """A project's lifecycle: its stage, what the next stage is and what holds it back, milestones, entries."""

    number: str
    name: str
    stage: str
    #: The stage advance_project would lead to (None: a final stage, or not on the approved list yet).
    next_stage: str | None
    #: The milestones of the current stage not done yet (they hold the stage).
    blocking: tuple[int, ...]
    percent: int
    milestones: tuple[MilestoneInfo, ...]
    entries: tuple[EntryInfo, ...]
