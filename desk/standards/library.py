"""The standards library as an Excel workbook: export with xlsxwriter, import with python-calamine.

One row per node, in tree order. Columns: 大类, 小类, 细类 (the node is the deepest one filled, its parent the
one before), 主办部门, 协办部门 (、-separated), 立案条件, 结案条件, then 报到/响应/办结 time limits per urgency
(特急, 紧急, 一般) as duration texts (``2h``, ``3wd``), and 办结须附处置后照片 (是 / 否). An empty cell means
"inherited from the parent". A workbook without the last column (an older export) leaves that field as it is.

Import is all or nothing: every row is checked first (a level without its parent, an unknown or inactive
department, a bad duration, a name twice in the file, a name already used elsewhere in the tree …); if any row
is refused, the result lists every refused row with its number and reason and nothing is written. Otherwise
every row is written in one transaction: nodes are created or their standard replaced by the row's. Nodes of
the database that the file does not name are left as they are (an import never deletes); a node the file
puts under another parent is moved there with its subtree (a flat list of categories becomes a tree).
"""
from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desk.deadlines import Duration
from desk.errors import DeskError, Message, ValidationError
from desk.labels import URGENCY
from desk.setup import service as setup
from desk.standards import service
from desk.standards.dto import URGENCIES, RejectedRow, StandardsImport
from models import Category, CategoryAssist, Department, TimePolicy

LEVEL_COLUMNS = ("大类", "小类", "细类")
STEP_NAMES = ("报到", "响应", "办结")
#: (urgency, step index, header) for the limit columns.
LIMIT_COLUMNS = tuple((u, i, f"{URGENCY[u]}{step}时限") for u in URGENCIES for i, step in enumerate(STEP_NAMES))
PHOTO_COLUMN = "办结须附处置后照片"
YES_NO = {"是": True, "否": False, "yes": True, "no": False, "y": True, "n": False, "1": True, "0": False}
HEADERS = (*LEVEL_COLUMNS, "主办部门", "协办部门", "立案条件", "结案条件", *(h for _, _, h in LIMIT_COLUMNS),
           PHOTO_COLUMN)
SEPARATORS = ("、", ",", "，", ";", "；")
#: Rows beyond this are refused as a whole file (a library has hundreds of nodes, not millions).
MAX_ROWS = 20_000
SHEET = "立结案标准"


def export_xlsx(session: Session) -> bytes:
    """The whole library (active nodes) as an .xlsx workbook."""
    import xlsxwriter

    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf, {"in_memory": True})
    ws = wb.add_worksheet(SHEET)
    head = wb.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1})
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    ws.write_row(0, 0, HEADERS, head)
    ws.freeze_panes(1, 3)
    for col, width in enumerate((12, 12, 12, 14, 22, 36, 36)):
        ws.set_column(col, col, width)
    ws.set_column(len(LEVEL_COLUMNS) + 4, len(HEADERS) - 2, 11)
    ws.set_column(len(HEADERS) - 1, len(HEADERS) - 1, 18)
    r = 0
    for node in service.tree(session, include_inactive=False):
        r += 1
        levels = [*node.path, "", ""][:3]
        values: list[Any] = [*levels, node.lead or "", "、".join(node.assists), node.intake_condition,
                             node.close_condition]
        for u, i, _ in LIMIT_COLUMNS:
            own = node.limits.get(u)
            values.append(own.texts()[i] if own else "")
        values.append({True: "是", False: "否", None: ""}[node.after_photo])
        for c, v in enumerate(values):
            ws.write_string(r, c, v, wrap if c in (5, 6) else None)
    wb.close()
    return buf.getvalue()


@dataclass
class _Row:
    number: int
    name: str
    parent: str | None
    level: int
    lead: Department | None
    assists: list[Department]
    intake: str
    close: str
    limits: dict[str, tuple[str, str, str]]
    #: None: inherited; ``...``: the file has no such column (the node keeps its own).
    after_photo: Any = ...


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def read_rows(data: bytes) -> list[list[str]]:
    """The first sheet's rows as text (raises ValidationError when the file is not a workbook we can read)."""
    from python_calamine import CalamineWorkbook

    if not isinstance(data, bytes) or not data:
        raise ValidationError("data", "文件为空。")
    try:
        wb = CalamineWorkbook.from_filelike(io.BytesIO(data))
        names = wb.sheet_names
        if not names:
            raise ValidationError("data", "工作簿中没有工作表。")
        rows = wb.get_sheet_by_name(SHEET if SHEET in names else names[0]).to_python(skip_empty_area=False)
    except ValidationError:
        raise
    except Exception as exc:  # noqa: BLE001 - calamine raises its own error types for corrupt files
        raise ValidationError("data", "无法读取该文件（{error}）：请选择 .xlsx 或 .xls 工作簿。", error=str(exc)[:80]) from None
    return [[_cell(v) for v in row] for row in rows]


def _header(rows: list[list[str]]) -> tuple[int, dict[str, int]]:
    """The header row (the first row naming 大类) and the column of each header."""
    for i, row in enumerate(rows[:20]):
        if "大类" in row:
            cols = {name: row.index(name) for name in HEADERS if name in row}
            missing = [h for h in (*LEVEL_COLUMNS, "主办部门") if h not in cols]
            if missing:
                raise ValidationError("data", "缺少列：{columns}", columns="、".join(missing))
            return i, cols
    raise ValidationError("data", "找不到表头（应有“大类、小类、细类、主办部门……”各列）。")


def _split(text: str) -> list[str]:
    for sep in SEPARATORS[1:]:
        text = text.replace(sep, SEPARATORS[0])
    return [t.strip() for t in text.split(SEPARATORS[0]) if t.strip()]


def import_xlsx(*, session: Session, actor_id: int, now: datetime, data: bytes,
                dry_run: bool = False) -> StandardsImport:
    rows = read_rows(data)
    head, cols = _header(rows)
    body = [(head + 2 + i, r) for i, r in enumerate(rows[head + 1:])]
    if len(body) > MAX_ROWS:
        raise ValidationError("data", "行数过多（{count} 行，最多 {limit} 行）。", count=len(body), limit=MAX_ROWS)
    depts = {d.name: d for d in session.scalars(select(Department))}
    existing = {c.name: c for c in session.scalars(select(Category))}
    rejected: list[RejectedRow] = []
    parsed: list[_Row] = []
    seen: dict[str, int] = {}
    level_of: dict[str, int] = {}  # names the file defines -> their level

    def get(row: list[str], name: str) -> str:
        c = cols.get(name)
        return row[c] if c is not None and c < len(row) else ""

    for number, row in body:
        if not any(row):
            continue
        try:
            levels = [get(row, h) for h in LEVEL_COLUMNS]
            depth = max(i for i, v in enumerate(levels) if v) if any(levels) else -1
            if depth < 0:
                raise ValidationError("name", "大类、小类、细类都为空。")
            for i in range(depth):
                if not levels[i]:
                    raise ValidationError("parent", "{level}“{name}”缺少上级{parent}。", level=LEVEL_COLUMNS[depth],
                                          name=levels[depth], parent=LEVEL_COLUMNS[i])
            name = setup.name_field("name", levels[depth])
            parent = setup.name_field("parent", levels[depth - 1]) if depth else None
            if name in seen:
                raise ValidationError("name", "分类 {name} 在第 {row} 行已出现。", name=name, row=seen[name])
            if parent is not None and parent == name:
                raise ValidationError("name", "分类 {name} 不能是自己的上级。", name=name)
            old = existing.get(name)
            if old is not None and old.level != depth + 1 and depth + 1 + service._depth_below(session, old) > 3:
                # a node the file puts elsewhere is moved there (with its subtree), if the levels allow it
                raise ValidationError("name", "分类 {name} 已在“{path}”下且有下级分类，移到这里将超过三级。", name=name,
                                      path=" > ".join(service.path_of(session, old)))
            lead_name = get(row, "主办部门")
            lead = None
            if lead_name:
                lead = depts.get(lead_name)
                if lead is None or not lead.active:
                    raise ValidationError("lead", "未知或已停用的部门：{name}", name=lead_name[:64])
            assists: list[Department] = []
            for a in _split(get(row, "协办部门")):
                d = depts.get(a)
                if d is None or not d.active:
                    raise ValidationError("assists", "未知或已停用的部门：{name}", name=a[:64])
                if d in assists:
                    raise ValidationError("assists", "部门 {name} 重复选择。", name=a)
                if lead is not None and d.id == lead.id:
                    raise ValidationError("assists", "{name}已是主办部门，不能同时协办。", name=a)
                assists.append(d)
            intake = service.condition_field("intake_condition", get(row, "立案条件"))
            close = service.condition_field("close_condition", get(row, "结案条件"))
            limits: dict[str, tuple[str, str, str]] = {}
            for u in URGENCIES:
                texts = [get(row, h) for uu, _, h in LIMIT_COLUMNS if uu == u]
                if not any(texts):
                    continue
                if not all(texts):
                    raise ValidationError("limits", "{urgency}时限须报到、响应、办结三项都填，或都不填（沿用上级）。",
                                          urgency=URGENCY[u])
                out = []
                for t, (_, _, h) in zip(texts, [c for c in LIMIT_COLUMNS if c[0] == u]):
                    try:
                        out.append(str(Duration.parse(t, field=h)))
                    except ValidationError as exc:
                        raise ValidationError("limits", "{column}：{error}", column=h, error=exc.text) from None
                limits[u] = tuple(out)  # type: ignore[assignment]
            photo: Any = ...
            if PHOTO_COLUMN in cols:
                text = get(row, PHOTO_COLUMN)
                if text and text.lower() not in YES_NO:
                    raise ValidationError("after_photo", "{column}只能填“是”或“否”（留空沿用上级），而不是“{value}”。",
                                          column=PHOTO_COLUMN, value=text[:20])
                photo = YES_NO[text.lower()] if text else None
        except DeskError as exc:
            rejected.append(RejectedRow(number, exc.text))
            continue
        seen[name] = number
        level_of[name] = depth + 1
        parsed.append(_Row(number, name, parent, depth + 1, lead, assists, intake, close, limits, photo))

    # Parents: in the file at the level above, or already in the database at that level.
    for r in parsed:
        if r.parent is None:
            continue
        if r.parent in level_of:
            ok = level_of[r.parent] == r.level - 1
        elif r.parent in existing:
            ok = existing[r.parent].level == r.level - 1
            if ok and not existing[r.parent].active:
                rejected.append(RejectedRow(r.number, Message("上级分类 {name} 已停用。", name=r.parent)))
                continue
        else:
            rejected.append(RejectedRow(r.number, Message("上级分类 {name} 不存在（文件和数据库中都没有）。", name=r.parent)))
            continue
        if not ok:
            rejected.append(RejectedRow(r.number, Message("上级分类 {name} 不在{level}一级。", name=r.parent,
                                                          level=LEVEL_COLUMNS[r.level - 2])))
    rejected.sort(key=lambda x: x.row)
    total = sum(1 for _, row in body if any(row))
    if rejected or dry_run:
        return StandardsImport(total, 0, 0, 0, tuple(rejected), False)

    created, updated, unchanged = _write(session, actor_id, now, parsed, existing)
    result = StandardsImport(total, created, updated, unchanged, (), True)
    service._record(session, actor_id, now, "standards_import", "standards",
                    {"rows": (None, result.rows), "created": (None, created), "updated": (None, updated),
                     "unchanged": (None, unchanged)})
    return result



def _write(session: Session, actor_id: int, now: datetime, parsed: list[_Row],
           existing: dict[str, Category]) -> tuple[int, int, int]:
    """Write validated rows: new nodes level by level (one flush per level), then every row's standard compared
    in memory with what the database holds (read once). One event per node that changed."""
    own_assists = service._assists(session)
    own_limits = service._limits(session)  # also loads the time_policy rows into the session
    dept_names = {d.id: d.name for d in session.scalars(select(Department))}
    fresh: set[int] = set()
    moved: set[str] = set()
    for level in (1, 2, 3):
        for r in (r for r in parsed if r.level == level):
            c = existing.get(r.name)
            parent = existing[r.parent] if r.parent is not None else None
            if c is None:
                c = Category(name=r.name, parent_id=parent.id if parent else None, level=level, active=True,
                             intake_condition="", close_condition="")
                session.add(c)
                existing[r.name] = c
                fresh.add(id(c))
            elif c.parent_id != (parent.id if parent else None):
                service.move_node(session=session, actor_id=actor_id, now=now, name=r.name,
                                  parent=parent.name if parent else None)
                moved.add(r.name)
        session.flush()  # ids for the next level
    created = updated = unchanged = 0
    for r in parsed:
        c = existing[r.name]
        is_new = id(c) in fresh
        changes: dict[str, tuple] = {}
        if is_new:
            changes.update({"name": (None, c.name), "parent": (None, r.parent), "level": (None, c.level),
                            "active": (None, True)})
        old_lead = dept_names.get(c.default_lead_id) if c.default_lead_id else None
        new_lead = r.lead.name if r.lead else None
        if old_lead != new_lead:
            changes["default_lead"] = (old_lead, new_lead)
            c.default_lead_id = r.lead.id if r.lead else None
        old_ads = own_assists.get(c.id, [])
        if old_ads != [a.name for a in r.assists]:
            changes["assists"] = ("、".join(old_ads) or None, "、".join(a.name for a in r.assists))
            if old_ads:
                session.execute(delete(CategoryAssist).where(CategoryAssist.category_id == c.id))
            session.add_all(CategoryAssist(category_id=c.id, department_id=a.id, position=i)
                            for i, a in enumerate(r.assists))
        if c.intake_condition != r.intake:
            changes["intake_condition"] = (c.intake_condition, r.intake)
            c.intake_condition = r.intake
        if c.close_condition != r.close:
            changes["close_condition"] = (c.close_condition, r.close)
            c.close_condition = r.close
        if r.after_photo is not ... and c.after_photo != r.after_photo:
            changes["after_photo"] = (c.after_photo, r.after_photo)
            c.after_photo = r.after_photo
        have = own_limits.get(c.id, {})
        for u in URGENCIES:
            before = have[u].texts() if u in have else None
            after = r.limits.get(u)
            if before == after:
                continue
            changes[f"limits_{u}"] = ("/".join(before) if before else None, "/".join(after) if after else None)
            row = session.get(TimePolicy, (c.id, u))
            if after is None:
                session.delete(row)
            else:
                if row is None:
                    row = TimePolicy(category_id=c.id, urgency=u)
                    session.add(row)
                row.acknowledge_within, row.respond_within, row.resolve_within = after
        if is_new:
            created += 1
            service._record(session, actor_id, now, "category_add", f"category:{c.name}", changes)
        elif changes or r.name in moved:
            updated += 1
            if changes:
                service._record(session, actor_id, now, "category_standard", f"category:{c.name}", changes)
        else:
            unchanged += 1
    session.flush()
    return created, updated, unchanged
