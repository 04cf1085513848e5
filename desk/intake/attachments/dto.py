"""What the attachment verbs return (frozen dataclasses, never ORM objects)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class AttachmentInfo:
    """One attachment as a list shows it: its metadata and its thumbnail (never the file itself)."""

    id: int
    ticket_id: int
    ticket_number: str
    #: The dispatch whose step it belongs to (None: the ticket's own, or 受理) and that dispatch's department.
    dispatch_id: int | None
    department: str | None
    #: intake (受理), respond (响应), resolve (办结), or None (the ticket's own)
    step: str | None
    #: before, after or other
    kind: str
    file_name: str
    #: What is stored (image/jpeg, image/png, application/pdf) and what was uploaded (image/heic …).
    mime: str
    original_mime: str
    size: int
    sha256: str
    stored_size: int
    stored_sha256: str
    width: int | None
    height: int | None
    created_at: datetime
    created_by: str
    #: JPEG bytes (None for a PDF).
    thumbnail: bytes | None
    #: Whether the caller may remove it now (the uploader, while the ticket is open …).
    removable: bool

    @property
    def is_image(self) -> bool:
        return self.mime.startswith("image/")


@dataclass(frozen=True)
class AttachmentFile:
    """The stored file of one attachment (a downscaled photo, a PDF as uploaded)."""

    id: int
    file_name: str
    mime: str
    data: bytes
    stored_sha256: str
