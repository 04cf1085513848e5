"""The façade's verbs for attachments, combined into ``desk.ActingUser`` (see desk/verbs.py).

    clerk.attach(number, data=jpeg_bytes, file_name="现场.jpg")                       # the ticket's own
    li.attach(number, path="D:/照片/after.heic", dispatch_id=d.id, step="resolve", kind="after")
    for a in user.attachments(number): a.thumbnail ...                               # metadata + thumbnails
    user.attachment_file(a.id).data                                                  # the stored file
    user.remove_attachment(a.id)

The file is checked and processed (Pillow: downscaled, thumbnail, HEIC to JPEG) before the write transaction
begins, so that the ticket is locked only for the insert. The rules are in ``service.py``.
"""
from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

from desk.intake.attachments import files
from desk.intake.attachments import service as attachments
from desk.intake.attachments.dto import AttachmentFile, AttachmentInfo
from desk.errors import NotFound, PermissionDenied, ValidationError
from desk.tickets import queries
from desk.tickets import service as tickets
from desk.verbs import permission
from models import Attachment, Dispatch


class AttachmentVerbs:
    """Verbs of attachments (a mixin of ``desk.ActingUser``)."""

    @permission("attach")
    def attach(self: Any, number: str, *, file_name: str = "", data: bytes | None = None, path: str | None = None,
               dispatch_id: int | None = None, step: str | None = None, kind: str = "other") -> AttachmentInfo:
        """Add a photo (JPEG, PNG, HEIC) or a PDF to ticket ``number``: its bytes (``data`` and ``file_name``) or
        the file at ``path`` (its size is checked before it is read). On a dispatch: ``dispatch_id`` and ``step``
        (``respond`` or ``resolve``); else ``step`` is None (the ticket's own) or ``intake`` (受理). ``kind``:
        before, after or other. Returns the stored attachment (with its thumbnail)."""
        if (data is None) == (path is None):
            raise ValidationError("file", "请提供文件内容或文件路径（二者选一）。")
        name = attachments.clean_name(file_name or (os.path.basename(path) if path else ""))
        step, kind = attachments.clean_place(step, kind, dispatch_id)
        files.type_of_name(name)  # an unsupported extension is refused before anything is read
        with self._unit(write=False) as (s, _):  # fail early (not one's dispatch, an invisible ticket); the limits
            if dispatch_id is not None and self._viewer.is_responder:
                d = s.get(Dispatch, dispatch_id)
                if d is None or d.department_id != self._department_id:  # (as the dispatch verbs say it)
                    raise PermissionDenied("派单 {id} 不属于您的部门，您只能在本部门的派单上添加附件。", id=dispatch_id)
            queries.find_ticket(s, self._viewer, number)
            limits = attachments.Limits(self.desk._settings(s))
        prepared = _prepare(limits, name, data, path)
        with self._unit() as (s, now):
            me = self._me(s)
            t = self._lock_ticket(s, number)
            d = s.get(Dispatch, dispatch_id) if dispatch_id is not None else None
            if dispatch_id is not None and (d is None or d.ticket_id != t.id):
                raise NotFound("工单 {number} 没有派单 {id}。", number=t.number, id=dispatch_id)
            attachments.check_may_add(ticket=t, dispatch=d, role=self.role, department_id=self._department_id)
            a = attachments.add(session=s, ticket=t, dispatch=d, actor=me, now=now, prepared=prepared,
                                file_name=name, step=step, kind=kind)
            s.flush()
            return attachments.info(a, t.number, prepared.thumbnail, d.department.name if d is not None else None,
                                    True, me.display_name)

    @permission("attachments")
    def attachments(self: Any, number_or_id: str | int) -> list[AttachmentInfo]:
        """The attachments of a ticket the caller may see, oldest first: metadata and thumbnails only. On a
        confidential (保密) ticket only the office's clerks and supervisors see the reporter's own (受理) files."""
        with self._unit(write=False) as (s, _):
            t = queries.find_ticket(s, self._viewer, number_or_id)
            return attachments.listing(s, t, self.info.id, residents=not queries.hides_reporter(self._viewer, t))

    @permission("attachment_file")
    def attachment_file(self: Any, attachment_id: int) -> AttachmentFile:
        """The stored file of one attachment (of a ticket the caller may see)."""
        with self._unit(write=False) as (s, _):
            a = self._attachment(s, attachment_id)
            return attachments.stored_file(s, a)

    @permission("remove_attachment")
    def remove_attachment(self: Any, attachment_id: int, *, reason: str = "") -> None:
        """Remove an attachment: only its uploader, only while the ticket is open, and not from a dispatch that
        is 办结. The removal is recorded (the event of its addition stays, with its hash)."""
        with self._unit() as (s, now):
            me = self._me(s)
            a = self._attachment(s, attachment_id)
            t = self._lock_ticket(s, a.ticket_id)
            reason = tickets.text_field("reason", reason, required=False)
            attachments.remove(session=s, attachment=a, ticket=t, actor=me, now=now, reason=reason)

    def _uploads(self: Any, paths: Sequence[str]) -> list[tuple[str, files.Prepared]]:
        """The files at ``paths`` read, checked and processed (outside any transaction), with their names."""
        if isinstance(paths, (str, bytes)) or not all(isinstance(p, str) and p for p in paths):
            raise ValidationError("photos", "照片须以文件路径的列表提供。")
        if not paths:
            return []
        if len(paths) > attachments.MAX_PER_TICKET:
            raise ValidationError("photos", "一次最多添加 {count} 个文件。", count=attachments.MAX_PER_TICKET)
        with self._unit(write=False) as (s, _):
            limits = attachments.Limits(self.desk._settings(s))
        out = []
        for path in paths:
            name = attachments.clean_name(os.path.basename(path))
            files.type_of_name(name)
            out.append((name, _prepare(limits, name, None, path)))
        return out

    def _attachment(self: Any, s: Any, attachment_id: int) -> Attachment:
        a = s.get(Attachment, attachment_id)
        if a is not None:
            try:
                t = queries.find_ticket(s, self._viewer, a.ticket_id)
            except NotFound:
                a = None  # not which ticket: the caller may not see it at all
            else:
                if a.step in attachments.RESIDENT_STEPS and queries.hides_reporter(self._viewer, t):
                    a = None  # a confidential reporter's own photo: as if it were not there
        if a is None:
            raise NotFound("找不到附件 {id}。", id=attachment_id)
        return a


def _prepare(limits: attachments.Limits, name: str, data: bytes | None, path: str | None) -> files.Prepared:
    if path is not None:
        data = files.read_path(path, limits.max_bytes)
    return files.prepare(data, name, max_bytes=limits.max_bytes, max_edge=limits.max_edge,
                         thumb_edge=limits.thumb_edge)
