"""The office's own set-up: departments, categories (with their default lead department) and
office settings. Every change is validated and recorded in the audit trail (an event without a
ticket, with the before and after of what changed)."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desk import dto
from desk import settings as office_settings
from desk.audit import service as audit
from desk.deadlines import clocks
from desk.errors import NotFound, ValidationError
from models import Callback, Category, Community, Department, Setting, Ticket

NAME_LIMIT = 64
#: Settings that change the calendar (cached per Desk).
CALENDAR_SETTINGS = {"time_zone", "work_week"}
#: Settings the ticket clocks depend on besides the calendar (desk.deadlines.clocks).
CLOCK_SETTINGS = {"warning_share", "verify_within", "callback_within"}


def name_field(field: str, value: Any) -> str:
    if not isinstance(value, str):
        raise ValidationError(field, "名称必须是文字。")
    value = value.strip()
    if not value:
        raise ValidationError(field, "名称不能为空。")
    if len(value) > NAME_LIMIT:
        raise ValidationError(field, "名称过长（最多 {count} 个字符）。", count=NAME_LIMIT)
    if any(ch < " " for ch in value):
        raise ValidationError(field, "名称含有非法字符。")
    return value


def bool_field(field: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValidationError(field, "请选择是或否。")
    return value


def bump_calendar(s: Session) -> None:
    """Mark the calendar as changed so that every desk rebuilds its cached copy (and the clocks follow)."""
    row = s.get(Setting, "calendar_revision")
    office_settings.store(s, "calendar_revision", str(int(row.value) + 1 if row else 1))
    clocks.mark_stale(s)


def _record(s: Session, actor_id: int, now: datetime, kind: str, subject: str, changes: dict, note: str = "") -> None:
    audit.record(session=s, ticket_id=None, actor_id=actor_id, at=now, kind=kind, subject=subject, note=note,
                 changes=changes)


# -- departments ------------------------------------------------------------------------------
def departments(session: Session, *, include_inactive: bool = False) -> list[Department]:
    stmt = select(Department).order_by(Department.id)
    if not include_inactive:
        stmt = stmt.where(Department.active)
    return list(session.scalars(stmt))


def department_info(d: Department) -> dto.DepartmentInfo:
    return dto.DepartmentInfo(d.id, d.name, d.active)


def find_department(s: Session, name: Any, field: str = "department") -> Department:
    name = name_field(field, name)
    dept = s.scalar(select(Department).where(Department.name == name))
    if dept is None:
        raise NotFound("找不到部门 {name}。", name=name)
    return dept


def add_department(*, session: Session, actor_id: int, now: datetime, name: Any, note: str = "") -> Department:
    name = name_field("department", name)
    if session.scalar(select(Department.id).where(Department.name == name)) is not None:
        raise ValidationError("department", "部门 {name} 已存在。", name=name)
    d = Department(name=name, active=True)
    session.add(d)
    session.flush()
    _record(session, actor_id, now, "department_add", f"department:{name}",
            {"name": (None, name), "active": (None, True)}, note)
    return d


def rename_department(*, session: Session, actor_id: int, now: datetime, name: Any, new_name: Any) -> Department:
    d = find_department(session, name)
    new_name = name_field("new_name", new_name)
    if new_name == d.name:
        raise ValidationError("new_name", "新名称与原名称相同。")
    if session.scalar(select(Department.id).where(Department.name == new_name)) is not None:
        raise ValidationError("new_name", "部门 {name} 已存在。", name=new_name)
    old = d.name
    d.name = new_name
    _record(session, actor_id, now, "department_rename", f"department:{new_name}", {"name": (old, new_name)})
    return d


def set_department_active(*, session: Session, actor_id: int, now: datetime, name: Any, active: Any) -> Department:
    d = find_department(session, name)
    active = bool_field("active", active)
    if d.active == active:
        return d
    if not active:
        leads = list(session.scalars(select(Category.name).where(Category.default_lead_id == d.id,
                                                                 Category.active)))
        if leads:
            raise ValidationError("department", "{department}是分类“{categories}”的默认主办部门，请先为这些分类另选默认主办部门。",
                                  department=d.name, categories="、".join(leads))
    d.active = active
    _record(session, actor_id, now, "department_enable" if active else "department_disable", f"department:{d.name}",
            {"active": (not active, active)})
    return d


# -- communities (社区) --------------------------------------------------------------------------
def communities(session: Session, *, include_inactive: bool = False) -> list[Community]:
    """The 社区 in name order."""
    stmt = select(Community).order_by(Community.name)
    if not include_inactive:
        stmt = stmt.where(Community.active)
    return list(session.scalars(stmt))


def community_info(c: Community) -> dto.CommunityInfo:
    return dto.CommunityInfo(c.id, c.name, c.active)


def find_community(s: Session, name: Any, field: str = "community") -> Community:
    name = name_field(field, name)
    c = s.scalar(select(Community).where(Community.name == name))
    if c is None:
        raise NotFound("找不到社区 {name}。", name=name)
    return c


def add_community(*, session: Session, actor_id: int, now: datetime, name: Any, note: str = "") -> Community:
    name = name_field("community", name)
    if session.scalar(select(Community.id).where(Community.name == name)) is not None:
        raise ValidationError("community", "社区 {name} 已存在。", name=name)
    c = Community(name=name, active=True)
    session.add(c)
    session.flush()
    _record(session, actor_id, now, "community_add", f"community:{name}", {"name": (None, name), "active": (None, True)},
            note)
    return c


def rename_community(*, session: Session, actor_id: int, now: datetime, name: Any, new_name: Any) -> Community:
    """Rename a 社区; the tickets that name it follow (one administration event, not one per ticket)."""
    c = find_community(session, name)
    new_name = name_field("new_name", new_name)
    if new_name == c.name:
        raise ValidationError("new_name", "新名称与原名称相同。")
    if session.scalar(select(Community.id).where(Community.name == new_name)) is not None:
        raise ValidationError("new_name", "社区 {name} 已存在。", name=new_name)
    old = c.name
    c.name = new_name
    moved = session.execute(update(Ticket).where(Ticket.community == old).values(community=new_name)
                            .execution_options(synchronize_session=False)).rowcount
    # the map's copies on the callbacks (models.entities.Callback.community) follow their tickets
    session.execute(update(Callback.__table__).where(Callback.__table__.c.community == old).values(community=new_name))
    _record(session, actor_id, now, "community_rename", f"community:{new_name}",
            {"name": (old, new_name), "tickets": (None, moved)})
    return c


def set_community_active(*, session: Session, actor_id: int, now: datetime, name: Any, active: Any) -> Community:
    """An inactive 社区 is no longer offered for new tickets; tickets that name it keep it."""
    c = find_community(session, name)
    active = bool_field("active", active)
    if c.active != active:
        c.active = active
        _record(session, actor_id, now, "community_enable" if active else "community_disable",
                f"community:{c.name}", {"active": (not active, active)})
    return c


# -- categories -------------------------------------------------------------------------------
#: 待分类 (issue 15) receives the imported rows whose 12345 category maps to nothing (desk.intake.imports); its
#: tickets are not whistled before they get a category.
UNCLASSIFIED = "待分类"
#: Categories the system reserves: an administrator cannot rename, activate, deactivate or move them, and they are
#: not on the pick-list nor in the standards library.
RESERVED_CATEGORIES = frozenset({UNCLASSIFIED})


def category_info(c: Category) -> dto.CategoryInfo:
    return dto.CategoryInfo(c.id, c.name, c.default_lead.name if c.default_lead else None, c.active)


def refuse_reserved(c: Category) -> None:
    """The reserved categories (待分类) are not renamed, activated, deactivated or moved."""
    if c.name in RESERVED_CATEGORIES:
        raise ValidationError(
            "category", "“{name}”是系统保留的分类（导入的 12345 工单在选定分类前暂存于此），不能改名、启用、停用或移动。",
            name=c.name)


def find_category(s: Session, name: Any, field: str = "category") -> Category:
    name = name_field(field, name)
    c = s.scalar(select(Category).where(Category.name == name))
    if c is None:
        raise NotFound("找不到分类 {name}。", name=name)
    return c


def _lead(session: Session, lead: Any, field: str) -> Department | None:
    if lead is None or lead == "":
        return None
    d = session.scalar(select(Department).where(Department.name == name_field(field, lead)))
    if d is None or not d.active:
        raise ValidationError(field, "未知或已停用的部门：{name}", name=str(lead).strip()[:64])
    return d


def add_category(*, session: Session, actor_id: int, now: datetime, name: Any, default_lead: Any = None,
                 note: str = "") -> Category:
    name = name_field("category", name)
    if session.scalar(select(Category.id).where(Category.name == name)) is not None:
        raise ValidationError("category", "分类 {name} 已存在。", name=name)
    lead = _lead(session, default_lead, "default_lead")
    c = Category(name=name, default_lead=lead, active=True)
    session.add(c)
    session.flush()
    _record(session, actor_id, now, "category_add", f"category:{name}",
            {"name": (None, name), "default_lead": (None, lead.name if lead else None), "active": (None, True)}, note)
    return c


def rename_category(*, session: Session, actor_id: int, now: datetime, name: Any, new_name: Any) -> Category:
    c = find_category(session, name)
    refuse_reserved(c)  # issue 15 §1
    new_name = name_field("new_name", new_name)
    if new_name == c.name:
        raise ValidationError("new_name", "新名称与原名称相同。")
    if session.scalar(select(Category.id).where(Category.name == new_name)) is not None:
        raise ValidationError("new_name", "分类 {name} 已存在。", name=new_name)
    old = c.name
    c.name = new_name
    _record(session, actor_id, now, "category_rename", f"category:{new_name}", {"name": (old, new_name)})
    return c


def set_category_lead(*, session: Session, actor_id: int, now: datetime, name: Any, lead: Any) -> Category:
    c = find_category(session, name)
    new = _lead(session, lead, "lead")
    old = c.default_lead.name if c.default_lead else None
    if (new.name if new else None) != old:
        c.default_lead = new
        _record(session, actor_id, now, "category_lead", f"category:{c.name}",
                {"default_lead": (old, new.name if new else None)})
    return c


def set_category_active(*, session: Session, actor_id: int, now: datetime, name: Any, active: Any) -> Category:
    c = find_category(session, name)
    refuse_reserved(c)  # issue 15 §1
    active = bool_field("active", active)
    if c.active != active:
        # issue 15 §4: a node of the category tree is active only under an active parent; deactivating a node
        # deactivates its subtree (each recorded).
        parent = session.get(Category, c.parent_id) if c.parent_id is not None else None
        if active and parent is not None and not parent.active:
            raise ValidationError("category", "上级分类 {name} 已停用，请先启用它。", name=parent.name)
        if not active:
            for child in session.scalars(select(Category).where(Category.parent_id == c.id, Category.active)):
                set_category_active(session=session, actor_id=actor_id, now=now, name=child.name, active=False)
        if active and c.default_lead is not None and not c.default_lead.active:
            raise ValidationError("category", "分类 {name} 的默认主办部门 {department} 已停用，请先另选。", name=c.name,
                                  department=c.default_lead.name)
        c.active = active
        _record(session, actor_id, now, "category_enable" if active else "category_disable", f"category:{c.name}",
                {"active": (not active, active)})
    return c


# -- settings ---------------------------------------------------------------------------------
def set_setting(*, session: Session, actor_id: int, now: datetime, key: Any, value: Any) -> str:
    """Validate and store an office setting; returns its canonical text."""
    if not isinstance(key, str):
        raise ValidationError("key", "未知设置。")
    value = office_settings.validate(key, value)
    row = session.get(Setting, key)
    before = row.value if row is not None else office_settings.DEFAULTS[key]
    if before == value and row is not None:
        return value
    office_settings.store(session, key, value)
    if key in CALENDAR_SETTINGS:
        bump_calendar(session)
    elif key in CLOCK_SETTINGS:
        clocks.mark_stale(session)
    _record(session, actor_id, now, "setting", f"setting:{key}", {key: (before, value)})
    return value
