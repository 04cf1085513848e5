"""Attachments: photos and documents on a ticket and on its dispatches' steps, their bytes in the database.

Rules (the façade's verbs in ``verbs.py`` load the records and call these):

* **Where:** the ticket itself (``step`` None) or its 受理 (``intake``: the resident's photo) have no dispatch; a
  dispatch's 响应 (``respond``: on site) and 办结 (``resolve``: before and after) name the dispatch.
* **Who adds:** the office (clerks, supervisors, administrators) anywhere on an open ticket; a responder only on
  their own department's dispatch, while it is still being worked on (after 办结 its evidence is fixed).
* **Who removes:** only the person who added it, only while the ticket is open, and not a photo of a dispatch
  that is already 办结 (it is what the 办结 rested on). The removal is an event; the event of the addition stays.
* **Who sees:** whoever sees the ticket (a responder of an assisting department too), except that the files of
  the 受理 step (the reporter's own photos) of a confidential (保密) ticket are seen only by those who see a
  confidential reporter (clerks and supervisors): a photo taken from a window can say who took it. The
  timeline shows such a file's events without its name.
* **The record:** each addition and removal is an event on the ticket whose changes carry the original's and
  the stored file's SHA-256, the name, the size and the step: the audit hash chain covers them.
* **办结 needs an "after" photo** where the category's standard says so (``after_photo``, inherited down the
  category tree: desk.standards).
"""
from __future__ import annotations

import os
from datetime import datetime

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from desk import notes
from desk.audit import service as audit
from desk.enums import OPEN_DISPATCH_STATES, DispatchState, Role, TicketState
from desk.errors import ConflictError, Message, NotFound, PermissionDenied, Term, ValidationError
from desk.intake.attachments import files
from desk.intake.attachments.dto import AttachmentFile, AttachmentInfo
from desk.standards import service as standards
from models import Attachment, AttachmentContent, Department, Dispatch, Ticket, User

STEPS = {"intake": "受理", "respond": "响应", "resolve": "办结"}
KINDS = {"before": "处置前", "after": "处置后", "other": "其他"}
#: Steps whose files come from the reporter (hidden with a confidential reporter).
RESIDENT_STEPS = frozenset({"intake"})
#: Steps that belong to a dispatch.
DISPATCH_STEPS = frozenset({"respond", "resolve"})
CLOSED_TICKET = {TicketState.CLOSED: "已结案", TicketState.CANCELLED: "已撤销"}
#: Dispatches that no longer take part: nothing is added to them.
GONE = frozenset({DispatchState.WITHDRAWN, DispatchState.RETURNED})
MAX_NAME = 255
#: At most this many attachments on one ticket.
MAX_PER_TICKET = 100


class Limits:
    """The office's limits (settings ``attachment_max_mb``, ``attachment_max_edge``, ``attachment_thumb_edge``)."""

    def __init__(self, settings: dict[str, str]) -> None:
        self.max_bytes = int(settings["attachment_max_mb"]) * files.MB
        self.max_edge = int(settings["attachment_max_edge"])
        self.thumb_edge = int(settings["attachment_thumb_edge"])


def clean_name(file_name: str) -> str:
    name = os.path.basename((file_name or "").replace("\\", "/")).strip()
    if not name:
        raise ValidationError("file_name", "请提供文件名（含扩展名，如 现场.jpg）。")
    if any(ord(c) < 32 for c in name):
        raise ValidationError("file_name", "文件名含有非法字符。")
    if len(name) > MAX_NAME:
        stem, ext = os.path.splitext(name)
        name = stem[:MAX_NAME - len(ext)] + ext
    return name


def clean_place(step: str | None, kind: str, dispatch_id: int | None) -> tuple[str | None, str]:
    if step is not None and step not in STEPS:
        raise ValidationError("step", "环节只能是受理、响应或办结（或不填：工单本身的附件）。")
    if kind not in KINDS:
        raise ValidationError("kind", "类别只能是处置前、处置后或其他。")
    if dispatch_id is None and step in DISPATCH_STEPS:
        raise ValidationError("dispatch_id", "{step}环节的附件须指明派单。", step=Term(STEPS[step]))
    if dispatch_id is not None and step not in DISPATCH_STEPS:
        raise ValidationError("step", "派单上的附件须注明环节：响应或办结。")
    return step, kind


def check_may_add(*, ticket: Ticket, dispatch: Dispatch | None, role: Role, department_id: int | None) -> None:
    """Whether ``role`` (of ``department_id``) may add an attachment here now (see the module doc)."""
    if ticket.state in CLOSED_TICKET:
        raise ConflictError("工单 {number} {state}，不能再添加附件。", number=ticket.number,
                            state=Term(CLOSED_TICKET[TicketState(ticket.state)]))
    if dispatch is None:
        if role is Role.RESPONDER:
            raise PermissionDenied("部门联络员只能在本部门派单的响应、办结环节添加附件。")
        return
    if dispatch.ticket_id != ticket.id:
        raise ValidationError("dispatch_id", "派单 {id} 不属于工单 {number}。", id=dispatch.id, number=ticket.number)
    if role is Role.RESPONDER:
        if dispatch.department_id != department_id:
            raise PermissionDenied("派单 {id} 不属于您的部门，您只能在本部门的派单上添加附件。", id=dispatch.id)
        if dispatch.state not in OPEN_DISPATCH_STATES:
            raise ConflictError("派单已{state}，不能再添加附件。", state=Term(_DISPATCH_STATE[dispatch.state]))
    elif dispatch.state in GONE:
        raise ConflictError("派单已{state}，不能再添加附件。", state=Term(_DISPATCH_STATE[dispatch.state]))


_DISPATCH_STATE = {"pending": "待报到", "acknowledged": "已报到", "responded": "已响应",
                   "return_requested": "退单申请中", "resolved": "办结", "returned": "退回", "withdrawn": "撤回"}


def add(*, session: Session, ticket: Ticket, dispatch: Dispatch | None, actor: User, now: datetime,
        prepared: files.Prepared, file_name: str, step: str | None, kind: str) -> Attachment:
    """Store a checked file (``files.prepare``) and record its event. The caller checked the rules."""
    count = session.scalar(select(Attachment.id).where(Attachment.ticket_id == ticket.id)
                           .order_by(Attachment.id.desc()).offset(MAX_PER_TICKET - 1).limit(1))
    if count is not None:
        raise ConflictError("工单 {number} 已有 {count} 个附件，不能再添加。", number=ticket.number, count=MAX_PER_TICKET)
    stored_name = file_name
    if prepared.mime != prepared.original_mime:  # HEIC converted: the stored file is a JPEG
        stored_name = os.path.splitext(file_name)[0] + ".jpg"
    a = Attachment(ticket_id=ticket.id, dispatch_id=dispatch.id if dispatch is not None else None, step=step,
                   kind=kind, file_name=stored_name, mime=prepared.mime, original_mime=prepared.original_mime,
                   size=prepared.size, sha256=prepared.sha256, stored_size=len(prepared.data),
                   stored_sha256=prepared.stored_sha256, width=prepared.width, height=prepared.height,
                   created_at=now, created_by_id=actor.id)
    session.add(a)
    session.flush()
    session.add(AttachmentContent(attachment_id=a.id, thumbnail=prepared.thumbnail, data=prepared.data))
    changes: dict[str, tuple[object, object]] = {
        "attachment": (None, a.id), "file_name": (None, file_name), "mime": (None, prepared.original_mime),
        "size": (None, prepared.size), "sha256": (None, prepared.sha256), "stored_mime": (None, prepared.mime),
        "stored_size": (None, len(prepared.data)), "stored_sha256": (None, prepared.stored_sha256),
        "step": (None, step), "kind": (None, kind),
    }
    if prepared.original_px is not None:
        changes["original_px"] = (None, "%d×%d" % prepared.original_px)
        changes["stored_px"] = (None, f"{prepared.width}×{prepared.height}")
    if prepared.changed:
        changes["processing"] = (None, ",".join(prepared.changed))
    audit.record(session=session, ticket_id=ticket.id, actor_id=actor.id, at=now, kind="attachment",
                 dispatch_id=a.dispatch_id, changes=changes,
                 note=notes.program(Message("添加附件：{name}", name=file_name)))
    ticket.updated_at = now
    ticket.updated_by = actor
    return a


def removable(a: Attachment, ticket_state: str, dispatch_state: str | None, user_id: int) -> bool:
    return (a.created_by_id == user_id and ticket_state not in CLOSED_TICKET
            and dispatch_state != DispatchState.RESOLVED)


def remove(*, session: Session, attachment: Attachment, ticket: Ticket, actor: User, now: datetime,
           reason: str) -> None:
    a = attachment
    if a.created_by_id != actor.id:
        raise PermissionDenied("只有添加附件的人才能删除它（{name}）。", name=a.file_name)
    if ticket.state in CLOSED_TICKET:
        raise ConflictError("工单 {number} {state}，附件不能再删除。", number=ticket.number,
                            state=Term(CLOSED_TICKET[TicketState(ticket.state)]))
    if a.dispatch_id is not None:
        d = session.get(Dispatch, a.dispatch_id)
        if d is not None and d.state == DispatchState.RESOLVED:
            raise ConflictError("该派单已办结，它的附件是办结的依据，不能删除。")
    audit.record(session=session, ticket_id=ticket.id, actor_id=actor.id, at=now, kind="attachment_remove",
                 dispatch_id=a.dispatch_id, note=reason or notes.program(Message("删除附件：{name}", name=a.file_name)),
                 changes={"attachment": (a.id, None), "file_name": (a.file_name, None), "size": (a.size, None),
                          "sha256": (a.sha256, None), "stored_sha256": (a.stored_sha256, None),
                          "step": (a.step, None), "kind": (a.kind, None)})
    content = session.get(AttachmentContent, a.id)
    if content is not None:
        session.delete(content)
    session.delete(a)
    ticket.updated_at = now
    ticket.updated_by = actor


def listing(session: Session, ticket: Ticket, user_id: int, *, residents: bool = True) -> list[AttachmentInfo]:
    """The ticket's attachments, oldest first, with their thumbnails (the stored files are not read).
    ``residents`` False: without the reporter's own files (see the module doc)."""
    hide = [] if residents else [Attachment.step.is_(None) | Attachment.step.not_in(RESIDENT_STEPS)]
    rows = session.execute(
        select(Attachment, AttachmentContent.thumbnail, Department.name, Dispatch.state, User.display_name)
        .join(AttachmentContent, AttachmentContent.attachment_id == Attachment.id)
        .join(User, User.id == Attachment.created_by_id)
        .outerjoin(Dispatch, Dispatch.id == Attachment.dispatch_id)
        .outerjoin(Department, Department.id == Dispatch.department_id)
        .where(Attachment.ticket_id == ticket.id, *hide).order_by(Attachment.id)).all()
    return [info(a, ticket.number, thumb, dept, removable(a, ticket.state, dstate, user_id), by)
            for a, thumb, dept, dstate, by in rows]


def info(a: Attachment, number: str, thumbnail: bytes | None, department: str | None, may_remove: bool,
         by: str) -> AttachmentInfo:
    return AttachmentInfo(a.id, a.ticket_id, number, a.dispatch_id, department, a.step, a.kind, a.file_name, a.mime,
                          a.original_mime, a.size, a.sha256, a.stored_size, a.stored_sha256, a.width, a.height,
                          a.created_at, by, thumbnail, may_remove)


def stored_file(session: Session, a: Attachment) -> AttachmentFile:
    data = session.scalar(select(AttachmentContent.data).where(AttachmentContent.attachment_id == a.id))
    if data is None:
        raise NotFound("找不到附件 {id}。", id=a.id)
    return AttachmentFile(a.id, a.file_name, a.mime, bytes(data), a.stored_sha256)


def require_after_photo(*, session: Session, ticket: Ticket, dispatch: Dispatch) -> None:
    """办结 of a dispatch whose ticket's category standard asks for it needs an "after" photo on that dispatch."""
    if not standards.after_photo(session, ticket.category):
        return
    has = session.scalar(select(exists().where(Attachment.dispatch_id == dispatch.id, Attachment.kind == "after",
                                               Attachment.mime.like("image/%"))))
    if not has:
        raise ValidationError("attachment", "“{category}”类工单办结时须附处置后照片：请先在办结环节添加一张“处置后”照片。",
                              category=ticket.category.name)
