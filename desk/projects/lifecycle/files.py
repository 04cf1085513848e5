"""Photos and documents of a project: a milestone's evidence, 形象进度 photos of a progress entry, an inspection's
photos. The same checks and processing as a ticket's attachments (desk.intake.attachments.files: type, size,
decoding, downscaling, thumbnails, metadata removed) and the same record: each file is an event (about the
project) carrying its name, size and both SHA-256. Files are evidence: they are never removed."""
from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk import notes
from desk.audit import service as audit
from desk.errors import ConflictError, Message, NotFound, ValidationError
from desk.projects import service as projects
from desk.projects.lifecycle import dto
from models import Milestone, Project, ProjectEntry, ProjectFile, ProjectFileContent, User

#: As a ticket's attachments' (desk.intake.attachments.service.KINDS).
KINDS = {"before": "处置前", "after": "处置后", "other": "其他"}
#: At most this many files on one milestone or entry.
MAX_PER_PLACE = 50


def store(session: Session, *, project: Project, milestone: Milestone | None, entry: ProjectEntry | None,
          prepared: Any, file_name: str, kind: str, actor: User, now: datetime) -> ProjectFile:
    """Store a checked file (desk.intake.attachments.files.prepare: the verbs prepare it) on a milestone or an entry of ``project`` and record its event."""
    if kind not in KINDS:
        raise ValidationError("kind", "类别只能是处置前、处置后或其他。")
    place = ProjectFile.milestone_id == milestone.id if milestone is not None else ProjectFile.entry_id == entry.id
    if session.scalar(select(ProjectFile.id).where(place).offset(MAX_PER_PLACE - 1).limit(1)) is not None:
        raise ConflictError("这里已有 {count} 个文件，不能再添加。", count=MAX_PER_PLACE)
    stored_name = file_name
    if prepared.mime != prepared.original_mime:  # HEIC converted: the stored file is a JPEG
        stored_name = os.path.splitext(file_name)[0] + ".jpg"
    f = ProjectFile(project_id=project.id, milestone_id=milestone.id if milestone is not None else None,
                    entry_id=entry.id if entry is not None else None, kind=kind, file_name=stored_name,
                    mime=prepared.mime, original_mime=prepared.original_mime, size=prepared.size,
                    sha256=prepared.sha256, stored_size=len(prepared.data), stored_sha256=prepared.stored_sha256,
                    width=prepared.width, height=prepared.height, created_at=now, created_by_id=actor.id)
    session.add(f)
    session.flush()
    session.add(ProjectFileContent(file_id=f.id, thumbnail=prepared.thumbnail, data=prepared.data))
    audit.record(session=session, ticket_id=None, actor_id=actor.id, at=now, kind="project_file",
                 subject=projects.subject(project.number),
                 note=notes.program(Message("添加文件：{name}", name=file_name)), changes={
                     "file": (None, f.id), "file_name": (None, file_name), "kind": (None, kind),
                     "milestone": (None, f.milestone_id), "entry": (None, f.entry_id),
                     "size": (None, prepared.size), "sha256": (None, prepared.sha256),
                     "stored_size": (None, len(prepared.data)), "stored_sha256": (None, prepared.stored_sha256)})
    return f


def store_all(session: Session, *, project: Project, milestone: Milestone | None = None,
              entry: ProjectEntry | None = None, uploads: Sequence[tuple[str, Any]], kind: str,
              actor: User, now: datetime) -> int:
    for name, prepared in uploads:
        store(session, project=project, milestone=milestone, entry=entry, prepared=prepared, file_name=name,
              kind=kind, actor=actor, now=now)
    return len(uploads)


def listing(session: Session, project: Project) -> list[dto.FileInfo]:
    """The project's files, oldest first, with their thumbnails (not the files)."""
    rows = session.execute(select(ProjectFile, ProjectFileContent.thumbnail, User.display_name)
                           .join(ProjectFileContent, ProjectFileContent.file_id == ProjectFile.id)
                           .join(User, User.id == ProjectFile.created_by_id)
                           .where(ProjectFile.project_id == project.id).order_by(ProjectFile.id)).all()
    return [dto.FileInfo(f.id, f.milestone_id, f.entry_id, f.kind, f.file_name, f.mime, f.size, f.stored_sha256,
                         f.created_at, by, thumb) for f, thumb, by in rows]


def stored_file(session: Session, file_id: int) -> dto.StoredFile:
    f = session.get(ProjectFile, file_id) if isinstance(file_id, int) else None
    data = session.scalar(select(ProjectFileContent.data).where(ProjectFileContent.file_id == f.id)) if f else None
    if f is None or data is None:
        raise NotFound("找不到文件 {id}。", id=str(file_id)[:20])
    return dto.StoredFile(f.id, f.file_name, f.mime, bytes(data), f.stored_sha256)
