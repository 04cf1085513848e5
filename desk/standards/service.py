"""The category tree and its standards (立结案标准): keyword-only services taking ``session=``; they never commit.

The tree lives on ``category`` (``parent_id``, ``level`` 1 大类 / 2 小类 / 3 细类). Names stay unique over the
whole tree (a ticket, a picker and the 12345 category mapping name a category by its name alone).

Inheritance, field by field, from the node up to its 大类 (the first node that sets it wins):

* 主办部门: ``default_lead_id`` (None: inherited);
* 协办部门: the node's ``category_assist`` rows (none: inherited);
* 立案条件 / 结案条件: the node's text ("": inherited);
* 办结须附处置后照片: ``after_photo`` (None: inherited; nobody says: no);
* time limits: per urgency, the node's ``time_policy`` row (none: inherited; above the 大类 the urgency's
  defaults, ``desk.deadlines.service.DEFAULT_POLICY``). Dispatches use the same resolution
  (``desk.deadlines.service.policy_for``).
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desk.audit import service as audit
from desk.dto import CategoryInfo
from desk.deadlines import Duration
from desk.deadlines import service as deadlines
from desk.errors import ValidationError
from desk.setup import service as setup
from desk.standards.dto import URGENCIES, CategoryNode, CategoryStandard, Limits
from models import Category, CategoryAssist, Department, TimePolicy

MAX_LEVEL = 3
CONDITION_LIMIT = 2000
STEPS = deadlines.STEPS


def _record(s: Session, actor_id: int, now: datetime, kind: str, subject: str, changes: dict) -> None:
    audit.record(session=s, ticket_id=None, actor_id=actor_id, at=now, kind=kind, subject=subject, note="",
                 changes=changes)


# -- reading ------------------------------------------------------------------------------------
def ancestors(session: Session, c: Category) -> list[Category]:
    """``c`` and its parents up to the 大类 (nearest first)."""
    out = [c]
    while out[-1].parent_id is not None and len(out) <= MAX_LEVEL:
        out.append(session.get(Category, out[-1].parent_id))
    return out


def after_photo(session: Session, c: Category) -> bool:
    """Whether 办结 of a ticket of ``c`` needs an "after" photo (the nearest node that says so decides)."""
    return next((n.after_photo for n in ancestors(session, c) if n.after_photo is not None), False)


def path_of(session: Session, c: Category) -> tuple[str, ...]:
    return tuple(n.name for n in reversed(ancestors(session, c)))


def _assists(session: Session) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    rows = session.execute(select(CategoryAssist.category_id, Department.name)
                           .join(Department, Department.id == CategoryAssist.department_id)
                           .order_by(CategoryAssist.category_id, CategoryAssist.position, Department.id))
    for cid, name in rows:
        out.setdefault(cid, []).append(name)
    return out


def _limits(session: Session) -> dict[int, dict[str, Limits]]:
    out: dict[int, dict[str, Limits]] = {}
    for r in session.scalars(select(TimePolicy)):
        out.setdefault(r.category_id, {})[r.urgency] = Limits(r.acknowledge_within, r.respond_within,
                                                              r.resolve_within)
    return out


def tree(session: Session, *, include_inactive: bool = True) -> list[CategoryNode]:
    """Every node, depth first (大类, its 小类 and their 细类), siblings in the order they were added. The reserved
    待分类 (imported tickets waiting for a category) is a holding place, not part of the library."""
    cats = list(session.scalars(select(Category).where(Category.name.not_in(setup.RESERVED_CATEGORIES))
                                .order_by(Category.id)))
    leads = {d.id: d.name for d in session.scalars(select(Department))}
    assists = _assists(session)
    limits = _limits(session)
    children: dict[int | None, list[Category]] = {}
    for c in cats:
        children.setdefault(c.parent_id, []).append(c)
    out: list[CategoryNode] = []

    def walk(parent: int | None, path: tuple[str, ...]) -> None:
        for c in children.get(parent, []):
            if not include_inactive and not c.active:
                continue
            p = (*path, c.name)
            out.append(CategoryNode(
                c.id, c.name, c.parent_id, c.level, c.active, p, leads.get(c.default_lead_id),
                tuple(assists.get(c.id, ())), c.intake_condition, c.close_condition, dict(limits.get(c.id, {})),
                bool(children.get(c.id)), c.after_photo))
            walk(c.id, p)

    walk(None, ())
    return out


def category_infos(session: Session, *, include_inactive: bool = False) -> list[CategoryInfo]:
    """The pick-list of categories (by id), each with the lead and assisting departments its standard proposes.
    The reserved 待分类 is never on it (nobody picks it; a ticket's own shows in its detail)."""
    cats = {c.id: c for c in session.scalars(select(Category).where(Category.name.not_in(setup.RESERVED_CATEGORIES))
                                             .order_by(Category.id))}
    leads = {d.id: d.name for d in session.scalars(select(Department))}
    assists = _assists(session)

    def up(c: Category, get: Any) -> Any:
        for _ in range(MAX_LEVEL + 1):
            v = get(c)
            if v or c.parent_id is None:
                return v
            c = cats[c.parent_id]
        return None

    return [CategoryInfo(c.id, c.name, leads.get(c.default_lead_id), c.active, c.parent_id, c.level,
                         up(c, lambda n: leads.get(n.default_lead_id)), tuple(up(c, lambda n: assists.get(n.id)) or ()))
            for c in cats.values() if include_inactive or c.active]


def resolve(session: Session, c: Category) -> CategoryStandard:
    """The standard of ``c``, each field taken from the nearest node that sets it."""
    chain = ancestors(session, c)
    ids = [n.id for n in chain]
    assists: dict[int, list[str]] = {}
    for cid, name in session.execute(
            select(CategoryAssist.category_id, Department.name).join(Department,
                                                                     Department.id == CategoryAssist.department_id)
            .where(CategoryAssist.category_id.in_(ids)).order_by(CategoryAssist.position, Department.id)):
        assists.setdefault(cid, []).append(name)
    policies = {(r.category_id, r.urgency): r for r in
                session.scalars(select(TimePolicy).where(TimePolicy.category_id.in_(ids)))}

    def first(get: Any) -> tuple[Any, str | None]:
        for n in chain:
            v = get(n)
            if v:
                return v, n.name
        return None, None

    lead, lead_from = first(lambda n: n.default_lead.name if n.default_lead else None)
    ass, ass_from = first(lambda n: tuple(assists.get(n.id, ())))
    intake, intake_from = first(lambda n: n.intake_condition)
    close, close_from = first(lambda n: n.close_condition)
    photo, photo_from = next(((n.after_photo, n.name) for n in chain if n.after_photo is not None), (False, None))
    limits: dict[str, Limits] = {}
    limits_from: dict[str, str | None] = {}
    for u in URGENCIES:
        row, src = first(lambda n, u=u: policies.get((n.id, u)))
        if row is not None:
            limits[u] = Limits(row.acknowledge_within, row.respond_within, row.resolve_within)
        else:
            limits[u] = Limits(*deadlines.DEFAULT_POLICY[u])
        limits_from[u] = src
    return CategoryStandard(c.name, tuple(n.name for n in reversed(chain)), c.level, lead, lead_from,
                            tuple(ass or ()), ass_from, intake or "", intake_from, close or "", close_from, limits,
                            limits_from, photo, photo_from)


# -- validating ---------------------------------------------------------------------------------
def condition_field(field: str, value: Any) -> str:
    if not isinstance(value, str):
        raise ValidationError(field, "条件必须是文字。")
    value = value.strip()
    if len(value) > CONDITION_LIMIT:
        raise ValidationError(field, "条件过长（最多 {count} 个字符）。", count=CONDITION_LIMIT)
    return value


def department(session: Session, name: Any, field: str) -> Department:
    d = session.scalar(select(Department).where(Department.name == setup.name_field(field, name)))
    if d is None or not d.active:
        raise ValidationError(field, "未知或已停用的部门：{name}", name=str(name).strip()[:64])
    return d


def limits_field(value: Any) -> dict[str, tuple[str, str, str]]:
    """urgency -> (报到, 响应, 办结) duration texts, canonical."""
    if not isinstance(value, Mapping):
        raise ValidationError("limits", "时限须按紧急程度给出。")
    out = {}
    for u, texts in value.items():
        if u not in URGENCIES:
            raise ValidationError("limits", "未知紧急程度：{urgency}", urgency=str(u)[:16])
        if isinstance(texts, Limits):
            texts = texts.texts()
        if isinstance(texts, str) or not isinstance(texts, Sequence) or len(texts) != 3:
            raise ValidationError("limits", "每个紧急程度须有报到、响应、办结三项时限。")
        out[u] = tuple(str(Duration.parse(t, field=step)) for t, step in zip(texts, STEPS))
    return out


def _parent(session: Session, parent: Any) -> Category | None:
    if parent is None or parent == "":
        return None
    p = setup.find_category(session, parent, "parent")
    if p.level >= MAX_LEVEL:
        raise ValidationError("parent", "{name}是细类，不能再有下级分类。", name=p.name)
    if not p.active:
        raise ValidationError("parent", "上级分类 {name} 已停用。", name=p.name)
    return p


def _depth_below(session: Session, c: Category) -> int:
    """How many levels below ``c`` its subtree reaches (0: no children)."""
    kids = list(session.scalars(select(Category).where(Category.parent_id == c.id)))
    return 1 + max(_depth_below(session, k) for k in kids) if kids else 0


def _relevel(session: Session, c: Category, level: int) -> None:
    c.level = level
    for k in session.scalars(select(Category).where(Category.parent_id == c.id)):
        _relevel(session, k, level + 1)


# -- changing -----------------------------------------------------------------------------------
def add_node(*, session: Session, actor_id: int, now: datetime, name: Any, parent: Any = None,
             lead: Any = None) -> Category:
    """A new 大类 (no parent), 小类 or 细类 under ``parent``."""
    p = _parent(session, parent)
    name = setup.name_field("name", name)
    if session.scalar(select(Category.id).where(Category.name == name)) is not None:
        raise ValidationError("name", "分类 {name} 已存在。", name=name)
    d = department(session, lead, "lead") if lead not in (None, "") else None
    c = Category(name=name, default_lead=d, active=True, parent_id=p.id if p else None,
                 level=p.level + 1 if p else 1, intake_condition="", close_condition="")
    session.add(c)
    session.flush()
    _record(session, actor_id, now, "category_add", f"category:{name}",
            {"name": (None, name), "parent": (None, p.name if p else None), "level": (None, c.level),
             "default_lead": (None, d.name if d else None), "active": (None, True)})
    return c


def move_node(*, session: Session, actor_id: int, now: datetime, name: Any, parent: Any) -> Category:
    """Move ``name`` (with its subtree) under ``parent`` (None: make it a 大类)."""
    c = setup.find_category(session, name, "name")
    setup.refuse_reserved(c)  # issue 15 §1: 待分类 stays where the migration put it
    p = _parent(session, parent)
    if p is not None and any(a.id == c.id for a in ancestors(session, p)):
        raise ValidationError("parent", "不能把分类移到它自己或它的下级之下。")
    level = p.level + 1 if p else 1
    if level + _depth_below(session, c) > MAX_LEVEL:
        raise ValidationError("parent", "移动后超过三级（大类、小类、细类）。")
    before = session.get(Category, c.parent_id).name if c.parent_id else None
    if (p.id if p else None) == c.parent_id:
        return c
    c.parent_id = p.id if p else None
    _relevel(session, c, level)
    session.flush()
    _record(session, actor_id, now, "category_move", f"category:{c.name}",
            {"parent": (before, p.name if p else None)})
    return c


def set_standard(*, session: Session, actor_id: int, now: datetime, name: Any, lead: Any,
                 assists: Sequence[str], intake_condition: Any, close_condition: Any,
                 limits: Mapping[str, Sequence[str]], after_photo: Any = None) -> Category:
    """Set the node's own standard: every field given replaces the node's own value ("" / None / empty: inherit
    from the parent). ``limits`` holds the urgencies the node sets itself; the others are inherited."""
    c = setup.find_category(session, name, "name")
    d = department(session, lead, "lead") if lead not in (None, "") else None
    if isinstance(assists, str) or not isinstance(assists, Sequence):
        raise ValidationError("assists", "协办部门须为部门名称的列表。")
    ads: list[Department] = []
    for a in assists:
        dep = department(session, a, "assists")
        if dep in ads:
            raise ValidationError("assists", "部门 {name} 重复选择。", name=dep.name)
        if d is not None and dep.id == d.id:
            raise ValidationError("assists", "{name}已是主办部门，不能同时协办。", name=dep.name)
        ads.append(dep)
    intake = condition_field("intake_condition", intake_condition)
    close = condition_field("close_condition", close_condition)
    lim = limits_field(limits)
    photo = after_photo_field(after_photo)
    _apply(session, actor_id, now, c, d, ads, intake, close, lim, photo)
    return c


def after_photo_field(value: Any) -> bool | None:
    if value is not None and not isinstance(value, bool):
        raise ValidationError("after_photo", "“办结须附处置后照片”只能是：是、否或沿用上级。")
    return value


def _apply(session: Session, actor_id: int, now: datetime, c: Category, d: Department | None,
           ads: list[Department], intake: str, close: str, lim: Mapping[str, tuple[str, str, str]],
           after_photo: bool | None) -> bool:
    """Write a validated standard; one ``category_standard`` event with what changed (nothing: no event).
    Returns whether anything changed."""
    changes: dict[str, tuple] = {}
    old_lead = c.default_lead.name if c.default_lead else None
    if old_lead != (d.name if d else None):
        changes["default_lead"] = (old_lead, d.name if d else None)
        c.default_lead = d
    old_ads = [n for _, n in session.execute(
        select(CategoryAssist.position, Department.name).join(Department, Department.id == CategoryAssist.department_id)
        .where(CategoryAssist.category_id == c.id).order_by(CategoryAssist.position, Department.id))]
    if old_ads != [a.name for a in ads]:
        changes["assists"] = ("、".join(old_ads), "、".join(a.name for a in ads))
        session.execute(delete(CategoryAssist).where(CategoryAssist.category_id == c.id))
        session.add_all(CategoryAssist(category_id=c.id, department_id=a.id, position=i) for i, a in enumerate(ads))
    if c.intake_condition != intake:
        changes["intake_condition"] = (c.intake_condition, intake)
        c.intake_condition = intake
    if c.close_condition != close:
        changes["close_condition"] = (c.close_condition, close)
        c.close_condition = close
    if c.after_photo != after_photo:
        changes["after_photo"] = (c.after_photo, after_photo)
        c.after_photo = after_photo
    own = {r.urgency: r for r in session.scalars(select(TimePolicy).where(TimePolicy.category_id == c.id))}
    for u in URGENCIES:
        row = own.get(u)
        before = (row.acknowledge_within, row.respond_within, row.resolve_within) if row else None
        after = lim.get(u)
        if before == after:
            continue
        changes[f"limits_{u}"] = ("/".join(before) if before else None, "/".join(after) if after else None)
        if after is None:
            session.delete(row)
        else:
            if row is None:
                row = TimePolicy(category_id=c.id, urgency=u)
                session.add(row)
            row.acknowledge_within, row.respond_within, row.resolve_within = after
    session.flush()
    if changes:
        _record(session, actor_id, now, "category_standard", f"category:{c.name}", changes)
    return bool(changes)


def is_leaf(session: Session, c: Category) -> bool:
    return session.scalar(select(Category.id).where(Category.parent_id == c.id).limit(1)) is None
