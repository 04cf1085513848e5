"""The 12345 import: a file's rows become tickets (new) or update the platform's side of tickets already imported.

One pass over the file, in chunks of :data:`CHUNK` rows, memory bounded (the rows are streamed; what is kept for
the whole file is the set of numbers seen and at most :data:`KEEP_REJECTED` rejected rows):

* each row is checked and mapped (dates in the office's zone, the category path through ``category_map`` by the
  longest mapped prefix, else a local category of that name, else 待分类);
* the chunk's numbers are looked up in ``hotline_order`` (upsert key: source system + 12345 number);
* new rows: numbers taken for the whole chunk in one step, tickets, their platform rows and their events
  inserted in bulk (desk.intake.bulk: COPY on PostgreSQL, multi-row INSERT on SQLite), each then checked for
  repeats (desk.intake.repeats, which keeps what it needs of the earlier chunks: :class:`repeats.BulkState`);
* known rows: only the platform's own fields are compared; each change is one event; the ticket (what the street
  did: title, category, dispatches, state) is never touched.

``write=False`` is the preview: the same pass, nothing written. The caller's unit of work is the one transaction:
a cancel (checked between chunks) or a rejected row (unless allowed) raises and nothing is left behind.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import bindparam, func, insert, select, text, update
from sqlalchemy.orm import Session

from desk.audit import chain
from desk.audit import service as audit
from desk.errors import ConflictError, DeskError, NotFound, ValidationError
from desk.intake import bulk
from desk.intake.imports import reader
from desk.intake.imports.dto import (
    CategoryMapping,
    ImportBatchInfo,
    ImportField,
    ImportReport,
    PlatformInfo,
    RejectedRow,
    SavedMapping,
)
from desk.geo import service as geo
from desk.intake.repeats import service as repeats
from desk.privacy import phone_digits, phone_last4
from desk.setup import service as setup
from desk.tickets import service as tickets
from models import (
    Callback,
    Category,
    CategoryMap,
    Community,
    Event,
    HotlineOrder,
    ImportAlias,
    ImportBatch,
    ImportMapping,
    Ticket,
    User,
)

#: The reserved category of imported rows whose platform category maps to nothing (made by migration 0011).
UNCLASSIFIED = setup.UNCLASSIFIED
DEFAULT_SOURCE = "12345"
CHUNK = 1000
#: SQLite's page cache during an import (KiB; the connection's own size comes back afterwards).
SQLITE_IMPORT_CACHE_KIB = 128 * 1024
#: Rejected rows kept with their cells (for the list and the .xlsx to fix); more are counted only.
KEEP_REJECTED = 5000
#: The platform's fields a later export may update (each change is an event); an empty cell changes nothing.
PLATFORM_FIELDS = ("platform_status", "platform_due", "platform_unit", "platform_closed_at", "platform_result",
                   "platform_reply", "platform_resolved", "platform_satisfied")
APPEAL = {"咨询": "consult", "求助": "help", "投诉": "complaint", "举报": "report", "建议": "suggest"}
_LIMITS = {"platform_status": 32, "platform_unit": 100, "platform_resolved": 16, "platform_satisfied": 16,
           "platform_nature": 16, "platform_category": 200}


class ImportCancelled(DeskError):
    """The user cancelled a running import: nothing was written."""


class RowsRejected(ValidationError):
    """Some rows cannot be imported and the caller did not allow importing the others without them."""


@dataclass
class Counts:
    total: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicates: int = 0
    rejected: int = 0
    unclassified: int = 0


# -- aliases, mappings -------------------------------------------------------------------------------------
def aliases(session: Session) -> dict[str, list[str]]:
    out = {k: list(v) for k, v in reader.DEFAULT_ALIASES.items()}
    for field, alias in session.execute(select(ImportAlias.field, ImportAlias.alias).order_by(ImportAlias.alias)):
        if field in out and alias not in out[field]:
            out[field].append(alias)
    return out


def fields(*, session: Session) -> list[ImportField]:
    custom: dict[str, list[str]] = {}
    for field, alias in session.execute(select(ImportAlias.field, ImportAlias.alias).order_by(ImportAlias.alias)):
        custom.setdefault(field, []).append(alias)
    required = {k for group in reader.REQUIRED_GROUPS for k in group}
    return [ImportField(f.key, f.label, f.aliases + tuple(custom.get(f.key, ())), tuple(custom.get(f.key, ())),
                       f.key in required) for f in reader.FIELDS]


def _field_key(field: str) -> str:
    if field not in reader.FIELD:
        raise ValidationError("field", "未知的导入字段：{field}", field=field[:40])
    return field


def set_aliases(*, session: Session, field: str, names: Sequence[str], actor_id: int, now: datetime) -> ImportField:
    """The administrator's extra column names for ``field`` (replacing the previous ones)."""
    _field_key(field)
    clean = []
    for name in names:
        name = tickets.text_field("name", name)
        if len(name) > 64:
            raise ValidationError("names", "列名过长：{name}", name=name[:40])
        if name not in clean:
            clean.append(name)
    index = reader.alias_index({k: v for k, v in aliases(session).items() if k != field})
    for name in clean:
        other = index.get(reader.norm(name))
        if other is not None:
            raise ValidationError("names", "列名“{name}”已经是字段“{other}”的别名。", name=name, other=reader.FIELD[other].label)
    old = sorted(session.scalars(select(ImportAlias.alias).where(ImportAlias.field == field)))
    session.query(ImportAlias).filter(ImportAlias.field == field).delete()
    for name in clean:
        session.add(ImportAlias(field=field, alias=name))
    if old != sorted(clean):
        audit.record(session=session, ticket_id=None, actor_id=actor_id, at=now, kind="import_alias",
                     subject=f"import_field:{field}", changes={"aliases": (old, sorted(clean))})
    session.flush()
    return next(f for f in fields(session=session) if f.key == field)


def _source(value: str) -> str:
    value = tickets.text_field("source_system", value)
    if len(value) > 32:
        raise ValidationError("source_system", "来源系统名称过长（最多 32 个字符）。")
    return value


def saved_mappings(*, session: Session) -> list[SavedMapping]:
    return [SavedMapping(m.name, m.source_system, tuple(json.loads(m.columns).items()))
            for m in session.scalars(select(ImportMapping).order_by(ImportMapping.name))]


def load_mapping(session: Session, name: str) -> ImportMapping:
    m = session.get(ImportMapping, name)
    if m is None:
        raise NotFound("没有名为“{name}”的列映射。", name=name[:64])
    return m


def save_mapping(*, session: Session, name: str, source_system: str, columns: Mapping[str, str], actor_id: int,
                 now: datetime) -> SavedMapping:
    name = tickets.text_field("name", name)
    if len(name) > 64:
        raise ValidationError("name", "名称过长（最多 64 个字符）。")
    source_system = _source(source_system)
    clean = {}
    for key, header in columns.items():
        clean[_field_key(key)] = tickets.text_field("columns", header, required=False)
    m = session.get(ImportMapping, name)
    payload = json.dumps(clean, ensure_ascii=False, sort_keys=True)
    before = None if m is None else json.loads(m.columns)
    if m is None:
        session.add(ImportMapping(name=name, source_system=source_system, columns=payload))
    else:
        m.source_system, m.columns = source_system, payload
    audit.record(session=session, ticket_id=None, actor_id=actor_id, at=now, kind="import_mapping",
                 subject=f"import_mapping:{name}", changes={"columns": (before, clean)})
    session.flush()
    return SavedMapping(name, source_system, tuple(sorted(clean.items())))


def delete_mapping(*, session: Session, name: str, actor_id: int, now: datetime) -> None:
    m = load_mapping(session, name)
    audit.record(session=session, ticket_id=None, actor_id=actor_id, at=now, kind="import_mapping",
                 subject=f"import_mapping:{name}", changes={"columns": (json.loads(m.columns), None)})
    session.delete(m)


def category_mappings(*, session: Session, source_system: str | None = None) -> list[CategoryMapping]:
    stmt = (select(CategoryMap.source_system, CategoryMap.path, Category.name).join(Category)
            .order_by(CategoryMap.source_system, CategoryMap.path))
    if source_system is not None:
        stmt = stmt.where(CategoryMap.source_system == source_system)
    return [CategoryMapping(*row) for row in session.execute(stmt)]


def set_category_mapping(*, session: Session, source_system: str, path: str, category: str, actor_id: int,
                         now: datetime) -> CategoryMapping:
    source_system = _source(source_system)
    norm = reader.category_path([tickets.text_field("path", path)])
    if not norm or len(norm) > 200:
        raise ValidationError("path", "平台分类路径无效：{path}", path=path[:60])
    cat = tickets.category_field(session, category)
    if cat.name == UNCLASSIFIED:
        raise ValidationError("category", "不能映射到“待分类”：请选择一个真正的分类。")
    row = session.scalar(select(CategoryMap).where(CategoryMap.source_system == source_system, CategoryMap.path == norm))
    before = None
    if row is None:
        session.add(CategoryMap(source_system=source_system, path=norm, category_id=cat.id))
    else:
        before = row.category.name
        row.category_id = cat.id
    audit.record(session=session, ticket_id=None, actor_id=actor_id, at=now, kind="category_map",
                 subject=f"category_map:{source_system}:{norm}"[:160], changes={"category": (before, cat.name)})
    session.flush()
    return CategoryMapping(source_system, norm, cat.name)


def delete_category_mapping(*, session: Session, source_system: str, path: str, actor_id: int, now: datetime) -> None:
    norm = reader.category_path([path])
    row = session.scalar(select(CategoryMap).where(CategoryMap.source_system == source_system, CategoryMap.path == norm))
    if row is None:
        raise NotFound("没有平台分类“{path}”的映射。", path=norm[:60])
    audit.record(session=session, ticket_id=None, actor_id=actor_id, at=now, kind="category_map",
                 subject=f"category_map:{source_system}:{norm}"[:160], changes={"category": (row.category.name, None)})
    session.delete(row)


def unclassified_id(session: Session) -> int | None:
    return session.scalar(select(Category.id).where(Category.name == UNCLASSIFIED))


def refuse_unclassified(ticket: Ticket, unclassified: int | None) -> None:
    """The whistle's check: an imported ticket still in 待分类 (category id ``unclassified``, see
    ``Desk._unclassified_id``) must get a category first."""
    if ticket.category_id == unclassified:
        raise ValidationError("category", "工单 {number} 还是“待分类”（12345 平台的分类没有对应的本地分类）：请先修改工单、选择分类，再吹哨派单。",
                              number=ticket.number)


def reclassify(*, session: Session, source_system: str, actor_id: int, now: datetime) -> int:
    """The tickets of ``source_system`` still in 待分类 whose platform category now maps (through the mapping table,
    by the longest mapped prefix, else a local category named on the path, as the import does) get that category.
    Each is one ``update`` event, as if a clerk had edited it. Returns how many were re-classified."""
    source_system = _source(source_system)
    reserved = unclassified_id(session)
    if reserved is None:
        return 0
    categories = _Categories(session, source_system)
    stmt = (select(Ticket, HotlineOrder.platform_category).join(HotlineOrder, HotlineOrder.ticket_id == Ticket.id)
            .where(Ticket.category_id == reserved, HotlineOrder.source_system == source_system)
            .order_by(Ticket.id).with_for_update(of=Ticket))
    names = dict(session.execute(select(Category.id, Category.name)).all())
    count = 0
    moved = []
    for ticket, path in session.execute(stmt).all():
        cat = categories(path)
        if cat is None:
            continue
        ticket.category_id = cat
        moved.append({"b_ticket": ticket.id, "b_category": cat})
        ticket.updated_at = now
        ticket.updated_by_id = actor_id
        audit.record(session=session, ticket_id=ticket.id, actor_id=actor_id, at=now, kind="update",
                     changes={"category": (UNCLASSIFIED, names[cat])})
        count += 1
    session.flush()
    if moved:  # the map's copies on their callbacks (models.entities.Callback.category_id) follow
        c = Callback.__table__.c
        session.execute(update(Callback.__table__).where(c.ticket_id == bindparam("b_ticket"))
                        .values(category_id=bindparam("b_category")), moved)
    return count


def platform_info(session: Session, ticket: Ticket) -> PlatformInfo | None:
    h = session.scalar(select(HotlineOrder).where(HotlineOrder.ticket_id == ticket.id))
    if h is None:
        return None
    return PlatformInfo(h.source_system, h.hotline_number, h.batch_id, h.platform_category, h.received_at,
                        h.platform_due, h.platform_status, h.platform_unit, h.platform_closed_at, h.platform_result,
                        h.platform_reply, h.platform_resolved, h.platform_satisfied,
                        ticket.category_id == unclassified_id(session))


def batches(*, session: Session, limit: int = 50) -> list[ImportBatchInfo]:
    stmt = (select(ImportBatch, User.display_name).join(User, ImportBatch.by_id == User.id)
            .order_by(ImportBatch.id.desc()).limit(limit))
    return [ImportBatchInfo(b.id, b.at, name, b.source_system, b.file_name, b.sha256, b.mapping_name, b.rows_total,
                            b.new, b.updated, b.unchanged, b.duplicates, b.rejected, b.unclassified)
            for b, name in session.execute(stmt)]


# -- the import ------------------------------------------------------------------------------------------
def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


class _Categories:
    """Platform path -> local category id (longest mapped prefix, else a local name on the path, else None)."""

    def __init__(self, session: Session, source_system: str) -> None:
        self.mapped = dict(session.execute(select(CategoryMap.path, CategoryMap.category_id)
                                           .where(CategoryMap.source_system == source_system)).all())
        self.local = dict(session.execute(select(Category.name, Category.id).where(Category.active)).all())
        self.cache: dict[str, int | None] = {}
        #: No row of this source system was imported before (read before this import writes any).
        self.first_import = session.scalar(select(HotlineOrder.id).where(HotlineOrder.source_system == source_system)
                                           .limit(1)) is None

    def __call__(self, path: str) -> int | None:
        if path in self.cache:
            return self.cache[path]
        found = None
        if path:
            for prefix in reader.path_prefixes(path):
                if prefix in self.mapped:
                    found = self.mapped[prefix]
                    break
            if found is None:
                for part in reversed(path.split("/")):
                    if part in self.local and part != UNCLASSIFIED:
                        found = self.local[part]
                        break
        self.cache[path] = found
        return found


def _to_utc(value: datetime | None, tz: ZoneInfo) -> datetime | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=tz)
    return value.astimezone(timezone.utc)


def _plan(columns: Mapping[str, int]) -> list[tuple[str, int, str | None]]:
    """(field, column, date label or None) of every mapped field but the number, in the fields' order."""
    return [(f.key, columns[f.key], f.label if f.kind == "date" else None) for f in reader.FIELDS
            if f.key != "number" and f.key in columns]


def _parse(cells: list[Any], columns: Mapping[str, int], tz: ZoneInfo,
           plan: list[tuple[str, int, str | None]] | None = None) -> dict[str, Any]:
    """A data row as the import's fields; raises reader.BadValue (the row's reason) when it cannot be used."""
    width = len(cells)
    col = columns["number"]
    number = reader.cell_text(cells[col] if col < width else None)
    if not number:
        raise reader.BadValue("没有工单编号")
    if not tickets.HOTLINE_RE.match(number):
        raise reader.BadValue(f"工单编号“{number[:40]}”格式不对（字母、数字和 - _ /，最多 32 个字符）")
    out: dict[str, Any] = {"number": number}
    for key, col, date_label in plan if plan is not None else _plan(columns):
        value = cells[col] if col < width else None
        if date_label is not None:
            out[key] = _to_utc(reader.parse_local_datetime(value, date_label), tz)
        else:
            out[key] = value.strip() if type(value) is str else reader.cell_text(value)
    if "category" in columns:
        out["category_path"] = reader.category_path([out.get("category", "")])
    else:
        out["category_path"] = reader.category_path([out.get(k, "") for k in ("category_1", "category_2", "category_3")
                                                     if out.get(k)])
    title, desc = out.get("title", ""), out.get("description", "")
    if not title and not desc:
        raise reader.BadValue("标题和主要内容都是空的")
    if not title:
        title = desc.splitlines()[0][:40]
    if not desc:
        desc = title
    if len(title) > tickets.LIMITS["title"]:
        raise reader.BadValue(f"标题过长（{len(title)} 个字符，最多 {tickets.LIMITS['title']} 个）")
    if len(desc) > tickets.LIMITS["description"]:
        raise reader.BadValue(f"主要内容过长（{len(desc)} 个字符，最多 {tickets.LIMITS['description']} 个）")
    out["title"], out["description"] = title, desc
    for key, limit in _LIMITS.items():
        if key in out and isinstance(out[key], str):
            out[key] = out[key][:limit]
    if len(out["category_path"]) > 200:
        out["category_path"] = out["category_path"][:200]
    return out


def _ticket_values(p: dict[str, Any], communities: Mapping[str, int]) -> dict[str, Any]:
    raw_phone = p.get("reporter_phone", "")
    try:
        phone = tickets.phone_field(raw_phone)
    except ValidationError:  # a masked (138****1234) or foreign number: kept as the platform wrote it
        phone = raw_phone[:32]
    digits = phone_digits(phone)
    community = (p.get("community") or "")[:64]
    address = p.get("address") or ""
    if not address:
        address = "".join(x for x in (p.get("street", ""), community) if x)
    appeal = next((code for word, code in APPEAL.items() if word in (p.get("appeal_type") or "")), "complaint")
    return {"title": p["title"], "description": p["description"], "address": address[:200], "community": community,
            "reporter_name": (p.get("reporter_name") or "")[:64], "reporter_phone": phone, "phone_digits": digits,
            "phone_last4": phone_last4(phone), "appeal_type": appeal, "community_id": communities.get(community)}


def take_numbers(*, session: Session, now: datetime, tz: ZoneInfo, count: int) -> tuple[int, int]:
    """``count`` ticket numbers in one step: (year, first seq). The counter row stays locked until commit."""
    year = now.astimezone(tz).year
    last = session.execute(
        text("INSERT INTO ticket_counter (year, last_seq) VALUES (:y, :n) "
             "ON CONFLICT (year) DO UPDATE SET last_seq = ticket_counter.last_seq + :n RETURNING last_seq"),
        {"y": year, "n": count},
    ).scalar_one()
    return year, last - count + 1


def _chunks(rows: Iterator[tuple[int, list[Any]]], size: int) -> Iterator[list[tuple[int, list[Any]]]]:
    chunk: list[tuple[int, list[Any]]] = []
    for item in rows:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def run(*, session: Session, path: Path, source_system: str = DEFAULT_SOURCE, mapping_name: str | None = None,
        columns: Mapping[str, str] | None = None, actor_id: int, now: datetime, tz: ZoneInfo, write: bool,
        allow_rejected: bool = False, cancel: Callable[[], bool] | None = None,
        progress: Callable[[int, int], None] | None = None, file_name: str | None = None) -> ImportReport:
    source_system = _source(source_system)
    kind = reader.sniff(path)
    total_rows, rows = reader.open_rows(path, kind)
    if total_rows is not None and total_rows > reader.MAX_ROWS + reader.HEADER_SCAN + 1:
        raise reader.TooManyRows("file", "文件有约 {count} 行，一次最多导入 {limit} 行：请在平台上按时间分批导出后分别导入。",
                                 count=f"{total_rows:,}", limit=f"{reader.MAX_ROWS:,}")
    explicit: dict[str, str] = {}
    if mapping_name:
        m = load_mapping(session, mapping_name)
        explicit.update(json.loads(m.columns))
        source_system = m.source_system
    explicit.update(columns or {})
    known = aliases(session)
    for key, header in explicit.items():  # the headers a mapping names count for finding the header row
        if key in known and header:
            known[key] = [*known[key], header]
    header_row, headers, _ = reader.find_header(rows, known)
    cols = reader.map_columns(headers, known, explicit)
    reader.check_required(cols)
    sha = sha256_of(path)
    if write and session.get_bind().dialect.name == "sqlite":
        # A transaction of 50,000 tickets and their indexes overflows SQLite's default 2 MB page cache: it would spill
        # to the WAL again and again (minutes instead of seconds). A bounded bigger cache for this connection, as
        # the demo's bulk load does; the previous size comes back when the import ends.
        conn = session.connection()
        previous_cache = conn.exec_driver_sql("PRAGMA cache_size").scalar()
        conn.exec_driver_sql(f"PRAGMA cache_size = {-SQLITE_IMPORT_CACHE_KIB}")
        try:
            return _run(session=session, path=path, source_system=source_system, mapping_name=mapping_name,
                        actor_id=actor_id, now=now, tz=tz, write=write, allow_rejected=allow_rejected, cancel=cancel,
                        progress=progress, file_name=file_name, sha=sha, header_row=header_row, headers=headers,
                        cols=cols, rows=rows, total_rows=total_rows)
        finally:
            conn.exec_driver_sql(f"PRAGMA cache_size = {previous_cache}")
    if session.get_bind().dialect.name == "postgresql":
        # The chunks look their numbers up in hotline_order while this transaction fills it, when the planner's
        # statistics may still say "a few rows" (a first import): a scan of the whole table per chunk would make
        # the import quadratic. Every statement here is an indexed lookup or an insert. (A precaution: the
        # plans seen in the benchmark were index scans either way.)
        session.execute(text("SET LOCAL enable_seqscan = off"))
    return _run(session=session, path=path, source_system=source_system, mapping_name=mapping_name,
                actor_id=actor_id, now=now, tz=tz, write=write, allow_rejected=allow_rejected, cancel=cancel,
                progress=progress, file_name=file_name, sha=sha, header_row=header_row, headers=headers, cols=cols,
                rows=rows, total_rows=total_rows)


def _run(*, session: Session, path: Path, source_system: str, mapping_name: str | None, actor_id: int,
         now: datetime, tz: ZoneInfo, write: bool, allow_rejected: bool, cancel: Callable[[], bool] | None,
         progress: Callable[[int, int], None] | None, file_name: str | None, sha: str, header_row: int,
         headers: list[str], cols: dict[str, int], rows: Iterator[list[Any]], total_rows: int | None) -> ImportReport:
    categories = _Categories(session, source_system)
    communities = dict(session.execute(select(Community.name, Community.id)).all())
    reserved = unclassified_id(session)
    if reserved is None:
        raise ConflictError("数据库中缺少保留分类“待分类”，请先升级数据库（whistle-desk db upgrade）。")
    counts = Counts()
    plan = _plan(cols)
    rejected: list[RejectedRow] = []
    seen: dict[str, int] = {}  # number -> row
    repeat_state = repeats.BulkState()  # the repeat check's memory of the earlier chunks
    batch_id = None
    if write:
        batch_id = session.execute(insert(ImportBatch.__table__).returning(ImportBatch.__table__.c.id), {
            "at": now, "by_id": actor_id, "source_system": source_system, "file_name": (file_name or path.name)[:255],
            "sha256": sha, "mapping_name": mapping_name, "rows_total": 0, "new": 0, "updated": 0, "unchanged": 0,
            "duplicates": 0, "rejected": 0, "unclassified": 0}).scalar_one()

    def reject(row_no: int, number: str, reason: str, cells: list[Any]) -> None:
        counts.rejected += 1
        if len(rejected) < KEEP_REJECTED:
            rejected.append(RejectedRow(row_no, number, reason, tuple(reader.cell_text(c) for c in cells)))

    numbered = ((n, cells) for n, cells in enumerate(rows, start=header_row + 1)
                if any(c not in (None, "") for c in cells))
    estimate = max((total_rows or 0) - header_row, 0)
    for chunk in _chunks(numbered, CHUNK):
        if cancel is not None and cancel():
            raise ImportCancelled("导入已取消，没有写入任何数据。")
        good: list[tuple[int, dict[str, Any]]] = []
        for row_no, cells in chunk:
            counts.total += 1
            if counts.total > reader.MAX_ROWS:
                raise reader.TooManyRows("file", "文件超过 {limit} 行，一次最多导入 {limit} 行：请在平台上按时间分批导出后分别导入。",
                                         limit=f"{reader.MAX_ROWS:,}")
            try:
                p = _parse(cells, cols, tz, plan)
            except reader.BadValue as exc:
                reject(row_no, reader.cell_text(cells[cols["number"]]) if cols["number"] < len(cells) else "",
                       str(exc), cells)
                continue
            first = seen.get(p["number"])
            if first is not None:
                reject(row_no, p["number"], f"工单编号 {p['number']} 在文件中重复（第 {first} 行已有）", cells)
                continue
            seen[p["number"]] = row_no
            good.append((row_no, p))
        _apply(session, good, source_system=source_system, cols=cols, categories=categories, communities=communities,
               reserved=reserved, counts=counts, actor_id=actor_id, now=now, tz=tz, batch_id=batch_id,
               repeat_state=repeat_state)
        if progress is not None:
            progress(counts.total, max(estimate, counts.total))
    if cancel is not None and cancel():
        raise ImportCancelled("导入已取消，没有写入任何数据。")
    if counts.total == 0 and counts.rejected == 0:
        raise reader.MissingColumn("file", "文件在表头（第 {row} 行）之后没有数据行。", row=header_row)
    if write and counts.rejected and not allow_rejected:
        first = rejected[0]
        raise RowsRejected("file", "有 {count} 行不能导入（例如第 {row} 行：{reason}），本次没有导入任何数据。请修正后重新导入，或选择跳过这些行。",
                           count=counts.rejected, row=first.row, reason=first.reason)
    if write:
        session.execute(update(ImportBatch.__table__).where(ImportBatch.__table__.c.id == batch_id).values(
            rows_total=counts.total, new=counts.new, updated=counts.updated, unchanged=counts.unchanged,
            duplicates=counts.duplicates, rejected=counts.rejected, unclassified=counts.unclassified))
        audit.record(session=session, ticket_id=None, actor_id=actor_id, at=now, kind="import_batch",
                     subject=f"import_batch:{batch_id}", note=(file_name or path.name)[:200],
                     changes={"sha256": (None, sha), **{k: (None, v) for k, v in vars(counts).items()}})
    return ImportReport(
        file_name=(file_name or path.name), sha256=sha, source_system=source_system, mapping_name=mapping_name,
        header_row=header_row, headers=tuple(headers),
        columns=tuple((k, headers[i]) for k, i in sorted(cols.items(), key=lambda kv: kv[1])),
        total=counts.total, new=counts.new, updated=counts.updated, unchanged=counts.unchanged,
        duplicates=counts.duplicates, rejected=counts.rejected, unclassified=counts.unclassified,
        rejected_rows=tuple(rejected), batch_id=batch_id)


def _apply(session: Session, good: list[tuple[int, dict[str, Any]]], *, source_system: str, cols: Mapping[str, int],
           categories: _Categories, communities: Mapping[str, int], reserved: int, counts: Counts, actor_id: int,
           now: datetime, tz: ZoneInfo, batch_id: int | None, repeat_state: repeats.BulkState) -> None:
    if not good:
        return
    h = HotlineOrder.__table__
    numbers = [p["number"] for _, p in good]
    # Only rows from before this import can be known (a number twice in the file is rejected before): none at all
    # on a first import, and then the lookup is skipped (on PostgreSQL, looking up the rows this transaction is
    # inserting grew with every chunk: 51 s of a 50,000-row first import)
    known = {} if categories.first_import else {r.hotline_number: r for r in _known(session, source_system, numbers)}
    fresh = [(n, p) for n, p in good if p["number"] not in known]
    # -- known: the platform's fields that changed --------------------------------------------------------
    updates: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    for _, p in good:
        old = known.get(p["number"])
        if old is None:
            continue
        changes = {}
        for key in PLATFORM_FIELDS:
            if key not in cols:
                continue
            value = p.get(key)
            if value in (None, ""):  # an empty cell tells nothing: what the platform said before stays
                continue
            if getattr(old, key) != value:
                changes[key] = (getattr(old, key), value)
        if not changes:
            counts.unchanged += 1
            continue
        counts.updated += 1
        if batch_id is None:
            continue
        values = {k: getattr(old, k) for k in PLATFORM_FIELDS}
        values.update({k: v for k, (_, v) in changes.items()})
        updates.append({"_id": old.id, "updated_batch_id": batch_id, **values})
        for key, change in changes.items():  # one event per change
            events.append({"ticket_id": old.ticket_id, "actor_id": actor_id, "at": now, "kind": "platform_update",
                           "note": "", "subject": None, "changes": audit.changes_text({key: change})})
    if updates:
        session.execute(update(h).where(h.c.id == bindparam("_id")).values(
            {k: bindparam(k) for k in ("updated_batch_id", *PLATFORM_FIELDS)}), updates)
    # -- new tickets -----------------------------------------------------------------------------------------
    probes: list[repeats.Probe] = []
    own: list[tuple] | None = None  # the new tickets as the repeat check reads them (repeats._COLUMNS)
    if fresh:
        values = []
        for _, p in fresh:
            v = _ticket_values(p, communities)
            cat = categories(p["category_path"])
            if cat is None:
                counts.unclassified += 1
            v["category_id"] = cat if cat is not None else reserved
            v["mapped"] = cat is not None
            values.append(v)
        counts.new += len(fresh)
        if batch_id is None:  # the preview: the repeat check on what is there already
            probes = [_probe(v, None) for v in values]
        else:
            year, first = take_numbers(session=session, now=now, tz=tz, count=len(fresh))
            t = Ticket.__table__
            bulk.insert(session, t, TICKET_COLUMNS, [
                (f"{year}-{first + i:06d}", year, first + i, v["title"], v["description"], v["category_id"],
                 "routine", v["address"], v["community"], "12345", v["reporter_name"], v["reporter_phone"],
                 v["phone_digits"], v["phone_last4"], v["appeal_type"], "phone", False, p["number"], "new", 1, now,
                 actor_id, now, actor_id, 1)
                for i, ((_, p), v) in enumerate(zip(fresh, values))])
            # the ids by the numbers, which this transaction holds (COPY and a multi-row INSERT return none)
            ids = session.scalars(select(t.c.id).where(t.c.year == year, t.c.seq.between(first, first + len(fresh) - 1))
                                  .order_by(t.c.seq)).all()
            assert len(ids) == len(fresh)
            bulk.insert(session, h, HOTLINE_COLUMNS, [
                (tid, source_system, p["number"], batch_id, None, p["category_path"], p.get("received_at"),
                 p.get("platform_due"), p.get("platform_status", ""), p.get("platform_unit", ""),
                 p.get("platform_nature", ""), p.get("platform_closed_at"), p.get("platform_result", ""),
                 p.get("platform_reply", ""), p.get("platform_resolved", ""), p.get("platform_satisfied", ""))
                for tid, (_, p) in zip(ids, fresh)])
            if "longitude" in cols and "latitude" in cols:  # issue 17: the platform's coordinates are the point
                points = geo.imported_points([(tid, p.get("longitude"), p.get("latitude"))
                                              for tid, (_, p) in zip(ids, fresh)])
                if points:
                    geo.add_points(session, [{**pt, "set_at": now, "set_by_id": actor_id} for pt in points])
            for tid, (_, p), v in zip(ids, fresh, values):
                change = {"state": (None, "new"), "hotline_number": (None, p["number"]), "batch": (None, batch_id)}
                if not v["mapped"]:
                    change["category"] = (None, UNCLASSIFIED)
                events.append({"ticket_id": tid, "actor_id": actor_id, "at": now, "kind": "import", "note": "",
                               "subject": None, "changes": audit.changes_text(change)})
            probes = [_probe(v, tid) for tid, v in zip(ids, values)]
            own = [(tid, f"{year}-{first + i:06d}", v["title"], v["description"][:repeats.TEXT_CHARS],
                    v["phone_digits"], v["address"], v["community"], v["category_id"], "new", None, None, now)
                   for i, (tid, v) in enumerate(zip(ids, values))]
    if events:
        # Chained now (the trail of a 50,000-row file is not held in memory), as desk.audit.chain.append does, but
        # written in bulk; the anchor moves when the unit of work flushes the trail.
        audit.flush(session)  # anything recorded before, first (the order of the chain)
        for r in events:
            r.setdefault("dispatch_id", None)
        chain.seal(session, events)
        bulk.insert(session, Event.__table__, EVENT_COLUMNS, [tuple(r[k] for k in EVENT_COLUMNS) for r in events])
        audit.mark_changed(session, *(r["ticket_id"] for r in events))
    # -- the repeat check: every new row ------------------------------------------------------------------
    if probes:
        found = repeats.find_candidates_many(session, probes, now=now, rows=own, state=repeat_state)
        counts.duplicates += sum(1 for f in found if f)
        repeats.remember_new(session, [(p.ticket_id, f) for p, f in zip(probes, found)
                                       if f and p.ticket_id is not None], actor_id=actor_id, now=now)


#: The columns the import writes (the others take their defaults), in the order of its rows.
TICKET_COLUMNS = ("number", "year", "seq", "title", "description", "category_id", "urgency", "address", "community",
                  "source", "reporter_name", "reporter_phone", "phone_digits", "phone_last4", "appeal_type",
                  "reply_by", "confidential", "hotline_number", "state", "round", "created_at", "created_by_id",
                  "updated_at", "updated_by_id", "version")
HOTLINE_COLUMNS = ("ticket_id", "source_system", "hotline_number", "batch_id", "updated_batch_id", "platform_category",
                   "received_at", "platform_due", "platform_status", "platform_unit", "platform_nature",
                   "platform_closed_at", "platform_result", "platform_reply", "platform_resolved",
                   "platform_satisfied")
EVENT_COLUMNS = ("id", "seq", "ticket_id", "dispatch_id", "actor_id", "at", "kind", "subject", "note", "changes",
                 "hash")


def _known(session: Session, source_system: str, numbers: list[str]) -> Any:
    """The platform rows of ``numbers`` already imported from ``source_system``: one statement.

    On PostgreSQL one index lookup per number (a lateral join): with ``IN (…)`` the planner, whose statistics
    still count the rows before this import (or none), searched the unique index by the source system alone and
    filtered every row of it, for every chunk (a second 12,000-row import: 5 of its 15 s)."""
    h = HotlineOrder.__table__
    if session.get_bind().dialect.name != "postgresql":
        return session.execute(select(h).where(h.c.source_system == source_system, h.c.hotline_number.in_(numbers)))
    names = ", ".join(f"h.{c.name}" for c in h.c)  # in the order of the columns given below (matched by position)
    return session.execute(text(
        f"SELECT {names} FROM unnest(CAST(:numbers AS text[])) AS n(number) CROSS JOIN LATERAL "
        "(SELECT * FROM hotline_order WHERE source_system = :source AND hotline_number = n.number) AS h")
        .columns(*h.c), {"numbers": numbers, "source": source_system})


def _probe(v: Mapping[str, Any], ticket_id: int | None) -> repeats.Probe:
    return repeats.Probe(text=f"{v['title']}\n{v['description']}", phone=v["phone_digits"],
                         community_id=v["community_id"], category_id=v["category_id"] if v["mapped"] else None,
                         address=v["address"], ticket_id=ticket_id, community=v["community"])


def count_tickets(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Ticket)) or 0
