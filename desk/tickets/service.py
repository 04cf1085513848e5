"""Tickets: validation, numbering, the derived ticket state, and a ticket's own steps (受理, 吹哨, 核实, 回访,
结案, 重办, 作废, 回头看)."""
from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select, text
from sqlalchemy import update as sql_update
from sqlalchemy.orm import Session

from desk.audit import service as audit
from desk.deadlines import WorkCalendar
from desk.dispatch import service as dispatching

from desk.enums import (
    GONE_DISPATCH_STATES,
    AppealType,
    ReplyBy,
    OPEN_DISPATCH_STATES,
    DispatchRole,
    DispatchState,
    Satisfaction,
    Source,
    TicketState,
    Urgency,
)
from desk.errors import Term, ValidationError
from desk.privacy import phone_digits, phone_last4
from models import Callback, Category, Community, Ticket, User

LIMITS = {
    "title": 200,
    "description": 5000,
    "address": 200,
    "community": 64,
    "reporter_name": 64,
    "note": 2000,
}
#: Mainland mobile, or a landline with area code and optional extension, or an 8-digit local number.
PHONE_RE = re.compile(r"^(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(?:-\d{1,6})?|[2-8]\d{7})$")
FIELDS = (
    "title",
    "description",
    "category",
    "urgency",
    "address",
    "community",
    "source",
    "reporter_name",
    "reporter_phone",
    "appeal_type",
    "reply_by",
    "confidential",
    "hotline_number",
)
#: A 12345 work order's number: letters, digits and - _ / (the platforms' exports differ).
HOTLINE_RE = re.compile(r"^[0-9A-Za-z][0-9A-Za-z_/-]{0,31}$")
_LABELS = {
    "title": "标题",
    "description": "问题描述",
    "address": "地址",
    "community": "社区",
    "reporter_name": "反映人",
    "note": "说明",
    "reason": "理由",
    "name": "名称",
    "category": "分类",
    "urgency": "紧急程度",
    "source": "来源",
    "satisfaction": "满意度",
    "appeal_type": "诉求类型",
    "reply_by": "回复方式",
    "hotline_number": "12345工单号",
    "confidential": "保密",
}


def text_field(field: str, value: Any, *, required: bool = True) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(field, "{label}必须是文字。", label=Term(_LABELS.get(field, field)))
    value = value.strip()
    if required and not value:
        raise ValidationError(field, "{label}不能为空。", label=Term(_LABELS.get(field, field)))
    limit = LIMITS.get(field, 2000)
    if len(value) > limit:
        raise ValidationError(field, "{label}过长：{length} 个字符，最多 {count} 个。", label=Term(_LABELS.get(field, field)),
                              length=len(value), count=limit)
    if "\x00" in value:
        raise ValidationError(field, "{label}含有非法字符。", label=Term(_LABELS.get(field, field)))
    return value


def phone_field(value: Any) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError("reporter_phone", "联系电话必须是文字。")
    compact = re.sub(r"[\s()（）]", "", value.strip())
    if compact.startswith("+86"):
        compact = compact[3:]
    if compact and not PHONE_RE.match(compact):
        raise ValidationError("reporter_phone", "联系电话“{phone}”不是有效的手机号或固定电话。", phone=value.strip()[:40])
    return compact


def enum_field(field: str, value: Any, enum: type) -> str:
    try:
        return enum(value).value
    except ValueError:
        allowed = "、".join(e.value for e in enum)
        raise ValidationError(field, "未知{label}：{value}（可选：{allowed}）。", label=Term(_LABELS.get(field, field)),
                              value=repr(value), allowed=allowed) from None


def community_field(session: Session, value: Any, current: str | None = None) -> str:
    """A 社区 from the administrator's list (an inactive one only if the ticket already names it)."""
    name = text_field("community", value)
    row = session.scalar(select(Community).where(Community.name == name))
    if row is None or (not row.active and name != current):
        raise ValidationError("community", "未知社区：{name}（请从社区列表中选择；新社区由管理员添加）", name=name[:64])
    return name


def hotline_field(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValidationError("hotline_number", "12345工单号必须是文字。")
    value = value.strip()
    if value and not HOTLINE_RE.match(value):
        raise ValidationError("hotline_number", "12345工单号“{value}”格式不对（字母、数字和 - _ /，最多 32 个字符）。",
                              value=value[:40])
    return value or None


def bool_field(field: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValidationError(field, "{label}须为是或否。", label=Term(_LABELS.get(field, field)))
    return value


def category_field(session: Session, value: Any, current: Category | None = None) -> Category:
    """An active category; or the ticket's ``current`` one kept as it is, even if inactive (an edit that leaves the
    category alone, e.g. of an imported ticket still in 待分类, or of a category deactivated since)."""
    name = text_field("category", value) if not isinstance(value, Category) else value.name
    if current is not None and current.name == name:
        return current
    cat = session.scalar(select(Category).where(Category.name == name))
    if cat is None or not cat.active:
        raise ValidationError("category", "未知分类：{name}", name=name)
    return cat


def clean_fields(session: Session, raw: dict[str, Any], *, partial: bool, current: Ticket | None = None
                 ) -> dict[str, Any]:
    """Validate ticket fields. With ``partial`` only the given keys are checked (``current``: the ticket being
    edited). The phone's digits (``phone_digits`` and ``phone_last4``, what search looks in) come with the phone."""
    unknown = set(raw) - set(FIELDS)
    if unknown:
        raise ValidationError(sorted(unknown)[0], "未知字段：{fields}", fields=", ".join(sorted(unknown)))
    out: dict[str, Any] = {}
    for key in FIELDS:
        if partial and key not in raw:
            continue
        value = raw.get(key)
        if key == "category":
            out["category"] = category_field(session, value, current.category if current is not None else None)
        elif key == "urgency":
            out[key] = enum_field(key, value if value is not None else Urgency.ROUTINE, Urgency)
        elif key == "source":
            out[key] = enum_field(key, value, Source)
        elif key == "reporter_phone":
            out[key] = phone_field(value)
            out["phone_digits"] = phone_digits(out[key])
            out["phone_last4"] = phone_last4(out[key])
        elif key == "reporter_name":
            out[key] = text_field(key, value, required=False)
        elif key == "community":
            out[key] = community_field(session, value, current.community if current is not None else None)
        elif key == "appeal_type":
            out[key] = enum_field(key, value if value is not None else AppealType.COMPLAINT, AppealType)
        elif key == "reply_by":
            out[key] = enum_field(key, value if value is not None else ReplyBy.PHONE, ReplyBy)
        elif key == "confidential":
            out[key] = bool_field(key, value if value is not None else False)
        elif key == "hotline_number":
            out[key] = hotline_field(value)
        else:
            out[key] = text_field(key, value)
    return out


def next_number(*, session: Session, now: datetime, tz: ZoneInfo) -> tuple[int, int, str]:
    """Hand out the next per-year number; the upsert locks the counter row until commit."""
    year = now.astimezone(tz).year
    seq = session.execute(
        text(
            "INSERT INTO ticket_counter (year, last_seq) VALUES (:y, 1) "
            "ON CONFLICT (year) DO UPDATE SET last_seq = ticket_counter.last_seq + 1 "
            "RETURNING last_seq"
        ),
        {"y": year},
    ).scalar_one()
    return year, seq, f"{year}-{seq:06d}"


def derive_state(ticket: Ticket) -> str:
    """The state an open ticket is in, given its current round of dispatches."""
    current = [d for d in ticket.dispatches if d.round == ticket.round and d.state not in GONE_DISPATCH_STATES]
    if any(d.state in OPEN_DISPATCH_STATES for d in current):
        return TicketState.DISPATCHED
    if any(d.role == DispatchRole.LEAD and d.state == DispatchState.RESOLVED for d in current):
        return TicketState.AWAITING_VERIFICATION
    return TicketState.NEW


# -- a ticket's own steps ---------------------------------------------------------------------------------------
# The façade's verbs (desk/tickets/verbs.py) lock the ticket and check the transition first; these change it and
# record its events. None commits.
def touch(ticket: Ticket, actor: User, now: datetime) -> None:
    ticket.updated_at = now
    ticket.updated_by = actor


def settle(*, session: Session, ticket: Ticket, actor: User, now: datetime, note: str = "") -> None:
    """The ticket's state as its dispatches now make it (loaded after its lock, changed in memory), recorded."""
    new_state = derive_state(ticket)
    if new_state != ticket.state:
        audit.record(session=session, ticket_id=ticket.id, actor_id=actor.id, at=now, kind="state", note=note,
                     changes={"state": (ticket.state, new_state)})
        ticket.state = new_state
    touch(ticket, actor, now)


def create(*, session: Session, actor: User, now: datetime, tz: ZoneInfo, fields: dict[str, Any]) -> Ticket:
    """受理: a new ticket from ``fields``.

    Everything is read and checked before the number is taken: the year's counter row stays locked from its
    upsert to the commit, and in between come only the ticket's insert, the append of its event to the chain
    and the commit."""
    clean = clean_fields(session, fields, partial=False)
    year, seq, number = next_number(session=session, now=now, tz=tz)
    t = Ticket(number=number, year=year, seq=seq, state=TicketState.NEW, round=1, created_at=now,
               created_by=actor, updated_at=now, updated_by=actor, **clean)
    session.add(t)
    session.flush()
    audit.record(session=session, ticket_id=t.id, actor_id=actor.id, at=now, kind="create",
                 changes={"state": (None, TicketState.NEW)})
    return t


def update(*, session: Session, ticket: Ticket, actor: User, now: datetime, fields: dict[str, Any]) -> None:
    """Change the fields given (validated as a whole); the event lists what really changed."""
    clean = clean_fields(session, fields, partial=True, current=ticket)
    changes = {}
    for key, value in clean.items():
        old = getattr(ticket, key)
        if key in ("phone_digits", "phone_last4"):  # derived from the phone: no change of its own
            setattr(ticket, key, value)
            continue
        if key == "category":
            if old.id != value.id:
                changes[key] = (old.name, value.name)
        elif old != value:
            changes[key] = (old, value)
        setattr(ticket, key, value)
    if changes:
        audit.record(session=session, ticket_id=ticket.id, actor_id=actor.id, at=now, kind="update", changes=changes)
        touch(ticket, actor, now)
    if "community" in changes or "category" in changes:  # the map's copies on its callbacks follow
        session.execute(sql_update(Callback.__table__).where(Callback.__table__.c.ticket_id == ticket.id)
                        .values(community=ticket.community, category_id=ticket.category.id))


def whistle(*, session: Session, ticket: Ticket, actor: User, now: datetime, lead: str | None,
            assist: Iterable[str], note: str, timing: dispatching.Timing) -> None:
    """吹哨: summon the lead department and the assisting ones."""
    note = text_field("note", note, required=False)
    dispatching.summon(session=session, ticket=ticket, actor=actor, now=now, lead=lead, assist=assist, note=note,
                       timing=timing)
    if ticket.first_whistled_at is None:
        ticket.first_whistled_at = now
    settle(session=session, ticket=ticket, actor=actor, now=now)


def verify(*, session: Session, ticket: Ticket, actor: User, now: datetime, accepted: bool, note: str,
           timing: dispatching.Timing) -> None:
    """核实: accepted, the ticket waits for the call back; rejected (a note is needed), the departments work on it
    again (:func:`new_round`)."""
    note = text_field("note", note, required=not accepted)
    if accepted:
        audit.record(session=session, ticket_id=ticket.id, actor_id=actor.id, at=now, kind="verify", note=note,
                     changes={"state": (ticket.state, TicketState.AWAITING_CALLBACK)})
        ticket.state = TicketState.AWAITING_CALLBACK
        ticket.verified_at = now
        touch(ticket, actor, now)
    else:
        audit.record(session=session, ticket_id=ticket.id, actor_id=actor.id, at=now, kind="verify_rejected",
                     note=note)
        new_round(session=session, ticket=ticket, actor=actor, now=now, note=note, lead=None, assist=None,
                  timing=timing)


def record_callback(*, session: Session, ticket: Ticket, actor: User, now: datetime, contacted: Any,
                    resolved: Any, satisfaction: Any, department_contacted: Any, note: str) -> Callback:
    """回访: whether the resident was reached and, if so, their answers (see ActingUser.record_callback)."""
    note = text_field("note", note, required=False)
    if not isinstance(contacted, bool):
        raise ValidationError("contacted", "请说明是否联系到反映人。")
    if department_contacted is not None and not isinstance(department_contacted, bool):
        raise ValidationError("department_contacted",
                              "“承办部门是否联系过您”只能填是、否或未询问。")
    if contacted:
        if not isinstance(resolved, bool):
            raise ValidationError("resolved", "请说明问题是否解决。")
        satisfaction = enum_field("satisfaction", satisfaction, Satisfaction)
    else:
        if resolved is not None or satisfaction is not None:
            raise ValidationError("contacted", "未联系到反映人时不能填写解决情况和满意度。")
        if department_contacted is not None:
            raise ValidationError("department_contacted",
                                  "未联系到反映人时不能填写“承办部门是否联系过您”。")
    cb = Callback(ticket_id=ticket.id, at=now, by=actor, contacted=contacted, resolved=resolved,
                  satisfaction=satisfaction, department_contacted=department_contacted, note=note,
                  community=ticket.community, category_id=ticket.category_id)  # the map's copies
    session.add(cb)
    audit.record(session=session, ticket_id=ticket.id, actor_id=actor.id, at=now, kind="callback", note=note,
                 changes={"contacted": (None, contacted), "resolved": (None, resolved),
                          "satisfaction": (None, satisfaction),
                          "department_contacted": (None, department_contacted)})
    touch(ticket, actor, now)
    # the hotspots' counts (desk.hotspots), written with the ticket's own change
    ticket.callbacks_reached = (ticket.callbacks_reached or 0) + int(contacted)
    ticket.callbacks_dissatisfied = ((ticket.callbacks_dissatisfied or 0)
                                     + int(satisfaction == Satisfaction.DISSATISFIED))
    return cb


def close(*, session: Session, ticket: Ticket, actor: User, now: datetime, note: str, cal: WorkCalendar,
          settings: dict[str, str]) -> None:
    """结案, once a call back was recorded after the verification. A ticket of a ``revisit_categories`` category
    is due for 回头看 ``revisit_after`` later."""
    note = text_field("note", note, required=False)
    has_callback = session.scalar(select(func.count(Callback.id)).where(
        Callback.ticket_id == ticket.id, Callback.at >= ticket.verified_at))
    if not has_callback:
        raise ValidationError("callback", "结案前须先登记回访结果（联系不上也要登记）。")
    audit.record(session=session, ticket_id=ticket.id, actor_id=actor.id, at=now, kind="close", note=note,
                 changes={"state": (ticket.state, TicketState.CLOSED)})
    ticket.state = TicketState.CLOSED
    ticket.closed_at = now
    if ticket.category.name in settings["revisit_categories"].split(","):
        ticket.revisit_due = cal.due(now, settings["revisit_after"])
        ticket.revisited_at = None
    touch(ticket, actor, now)


def reopen(*, session: Session, ticket: Ticket, actor: User, now: datetime, reason: str, lead: str | None,
           assist: Iterable[str] | None, timing: dispatching.Timing) -> None:
    """重办 a closed ticket (:func:`new_round`)."""
    reason = text_field("reason", reason)
    audit.record(session=session, ticket_id=ticket.id, actor_id=actor.id, at=now, kind="reopen", note=reason)
    new_round(session=session, ticket=ticket, actor=actor, now=now, note=reason, lead=lead, assist=assist,
              timing=timing)


def cancel(*, session: Session, ticket: Ticket, actor: User, now: datetime, reason: str,
           timing: dispatching.Timing) -> None:
    """作废: the open dispatches are withdrawn and the ticket ends."""
    reason = text_field("reason", reason)
    for d in ticket.dispatches:
        if d.state in OPEN_DISPATCH_STATES:
            dispatching.move(session=session, dispatch=d, actor=actor, now=now, verb="withdraw",
                             dest=DispatchState.WITHDRAWN, note=reason, timing=timing)
    audit.record(session=session, ticket_id=ticket.id, actor_id=actor.id, at=now, kind="cancel", note=reason,
                 changes={"state": (ticket.state, TicketState.CANCELLED)})
    ticket.state = TicketState.CANCELLED
    ticket.closed_at = now
    touch(ticket, actor, now)


def new_round(*, session: Session, ticket: Ticket, actor: User, now: datetime, note: str, lead: str | None,
              assist: Iterable[str] | None, timing: dispatching.Timing) -> None:
    """Summon departments again (重办). By default the previous round's resolved ones, same roles."""
    t = ticket
    previous = [d for d in t.dispatches if d.round == t.round and d.state == DispatchState.RESOLVED]
    if lead is None and assist is None:
        lead = next((d.department.name for d in previous if d.role == DispatchRole.LEAD), None)
        assist = [d.department.name for d in previous if d.role == DispatchRole.ASSIST]
    old_state = t.state
    t.round += 1
    t.verified_at = None
    t.closed_at = None
    session.flush()
    dispatching.summon(session=session, ticket=t, actor=actor, now=now, lead=lead, assist=assist or [], note=note,
                       timing=timing)
    session.flush()
    session.refresh(t, ["dispatches"])
    t.state = derive_state(t)
    audit.record(session=session, ticket_id=t.id, actor_id=actor.id, at=now, kind="state", note=note,
                 changes={"state": (old_state, t.state), "round": (t.round - 1, t.round)})
    touch(t, actor, now)


def record_revisit(*, session: Session, ticket: Ticket, actor: User, now: datetime, note: str,
                   problem_recurred: Any) -> None:
    """回头看: the follow-up revisit of a closed ticket."""
    note = text_field("note", note)
    if not isinstance(problem_recurred, bool):
        raise ValidationError("problem_recurred", "请说明问题是否反弹。")
    audit.record(session=session, ticket_id=ticket.id, actor_id=actor.id, at=now, kind="revisit", note=note,
                 changes={"problem_recurred": (None, problem_recurred), "revisit_due": (ticket.revisit_due, None)})
    ticket.revisited_at = now
    touch(ticket, actor, now)
