"""Tickets: validation, numbering and the derived ticket state."""
from __future__ import annotations

import re
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desk.enums import (
    GONE_DISPATCH_STATES,
    AppealType,
    ReplyBy,
    OPEN_DISPATCH_STATES,
    DispatchRole,
    DispatchState,
    Source,
    TicketState,
    Urgency,
)
from desk.errors import Term, ValidationError
from models import Category, Community, Ticket

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


def phone_digits(phone: str) -> str:
    return "".join(c for c in phone if c.isdigit())


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
            out["phone_last4"] = out["phone_digits"][-4:]
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
