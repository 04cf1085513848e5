"""Reading 12345 exports: .xlsx / .xls (python-calamine) and .csv (UTF-8 with or without BOM, GB18030), streamed.

* The kind of a file is decided by its first bytes (a zip is .xlsx, an OLE2 compound file is .xls, text is
  .csv), never by its name: a photo renamed ``.xlsx`` is :class:`WrongFileType`.
* The header row is found by itself: exports often start with a title row (“2026年11月12345工单明细”). It is the
  first of the first :data:`HEADER_SCAN` rows where at least three cells are known column names.
* Columns are mapped to the import's fields through an alias table (:data:`DEFAULT_ALIASES`, extended by the
  administrator) and, before that, through an explicit mapping (a saved mapping or the user's correction).

Nothing here touches the database.
"""
from __future__ import annotations

import csv
import codecs
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from desk.errors import ValidationError

#: Rows looked at for the header.
HEADER_SCAN = 20
#: Cells of a row that must be known column names for it to be the header.
HEADER_MIN = 3
#: The most data rows one import takes (a larger export is imported in parts).
MAX_ROWS = 50_000

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


# -- errors ------------------------------------------------------------------------------------------------
class ImportFileError(ValidationError):
    """The file as a whole cannot be imported (nothing is written)."""


class UnreadableFile(ImportFileError):
    pass


class WrongFileType(ImportFileError):
    pass


class MissingColumn(ImportFileError):
    pass


class TooManyRows(ImportFileError):
    pass


# -- the fields ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class FieldDef:
    key: str
    label: str  # the Chinese name shown in the mapping
    aliases: tuple[str, ...]
    kind: str = "text"  # text | date


FIELDS: tuple[FieldDef, ...] = (
    FieldDef("number", "工单编号", ("工单编号", "工单号", "办件编号", "市级编号", "受理编号", "诉求编号", "编号")),
    FieldDef("appeal_type", "工单类型", ("工单类型", "诉求类型", "来电类型", "办件类型")),
    FieldDef("category", "问题分类", ("问题分类", "诉求分类", "事项分类", "分类", "问题类别")),
    FieldDef("category_1", "事项大类", ("事项大类", "一级分类", "大类")),
    FieldDef("category_2", "事项小类", ("事项小类", "二级分类", "小类")),
    FieldDef("category_3", "事项细类", ("事项细类", "三级分类", "细类")),
    FieldDef("title", "标题", ("标题", "工单标题", "诉求标题")),
    FieldDef("description", "主要内容", ("主要内容", "诉求内容", "来电内容", "问题描述", "反映内容", "具体内容")),
    FieldDef("platform_status", "工单状态", ("工单状态", "办理状态", "办件状态", "状态")),
    FieldDef("reporter_name", "来电人", ("来电人", "诉求人", "来电人姓名", "反映人", "联系人")),
    FieldDef("reporter_phone", "来电人电话", ("来电人电话/账号", "来电人电话", "来电号码", "联系电话", "诉求人电话",
                                            "联系方式")),
    FieldDef("district", "被反映区", ("被反映区", "所属区", "区县", "行政区")),
    FieldDef("street", "被反映街乡镇", ("被反映街乡镇", "街乡镇", "所属街道", "街道")),
    FieldDef("community", "村/社区", ("村/社区", "社区", "村居", "所属社区", "村社区")),
    FieldDef("address", "小区点位", ("小区点位", "详细地址", "事发地址", "问题地址", "地址", "点位")),
    FieldDef("platform_unit", "主办单位", ("主办单位", "承办单位", "办理单位", "责任单位")),
    FieldDef("received_at", "来电时间", ("来电时间", "受理时间", "登记时间", "诉求时间", "派单时间"), "date"),
    FieldDef("platform_closed_at", "办结时间", ("办结时间", "结案时间", "完成时间"), "date"),
    FieldDef("platform_due", "承诺完成时间", ("承诺完成时间", "办理时限", "截止时间", "办结时限", "要求办结时间"), "date"),
    FieldDef("platform_result", "办理结果", ("办理结果", "处理结果", "办理情况")),
    FieldDef("platform_reply", "回复内容", ("回复内容", "答复内容", "回复意见")),
    FieldDef("platform_resolved", "是否解决", ("是否解决", "解决情况")),
    FieldDef("platform_satisfied", "是否满意", ("是否满意", "满意度", "满意情况")),
    FieldDef("platform_nature", "工单性质", ("工单性质", "办理性质")),
    # issue 17: where the problem is, when the platform gives it (WGS84 degrees; kept as the ticket's point)
    FieldDef("longitude", "经度", ("经度", "事发地经度", "坐标经度", "X坐标", "lng", "lon", "longitude")),
    FieldDef("latitude", "纬度", ("纬度", "事发地纬度", "坐标纬度", "Y坐标", "lat", "latitude")),
)
FIELD = {f.key: f for f in FIELDS}
DEFAULT_ALIASES: dict[str, tuple[str, ...]] = {f.key: f.aliases for f in FIELDS}
#: Required: a number, a category (a path or its 大类), and what the problem is (a title or the content).
REQUIRED_GROUPS: tuple[tuple[str, ...], ...] = (("number",), ("category", "category_1"), ("description", "title"))

_SPACE = re.compile(r"[\s\u3000:：*＊]+")


def norm(header: Any) -> str:
    """A header cell as compared with the aliases: no spaces, colons or asterisks (required marks), half-width."""
    text = "" if header is None else str(header)
    text = text.replace("（", "(").replace("）", ")").replace("／", "/")
    return _SPACE.sub("", text).strip()


# -- reading rows ---------------------------------------------------------------------------------------
def sniff(path: Path) -> str:
    """``xlsx``, ``xls`` or ``csv`` from the first bytes; :class:`WrongFileType` for anything else."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(4096)
    except FileNotFoundError:
        raise UnreadableFile("file", "找不到文件：{name}", name=path.name[:80]) from None
    except OSError as exc:
        raise UnreadableFile("file", "无法读取文件 {name}：{error}", name=path.name[:80], error=str(exc)[:120]) from None
    if not head:
        raise UnreadableFile("file", "文件 {name} 是空的（0 字节）。", name=path.name[:80])
    if head.startswith(ZIP_MAGIC):
        return "xlsx"
    if head.startswith(OLE_MAGIC):
        return "xls"
    if b"\x00" not in head and _decodes(head):
        return "csv"
    raise WrongFileType("file", "{name} 不是 Excel 或 CSV 文件（文件内容与扩展名不符）。请选择从 12345 平台导出的 .xlsx、.xls 或 .csv 文件。",
                        name=path.name[:80])


def _decodes(head: bytes) -> bool:
    for enc in ("utf-8-sig", "gb18030"):
        try:
            # the 4 KiB may cut a character in two: an incremental decoder ignores the unfinished tail
            codecs.getincrementaldecoder(enc)().decode(head, final=False)
            return True
        except UnicodeDecodeError:
            continue
    return False


def _csv_encoding(path: Path) -> str:
    """UTF-8 (with or without BOM) if the whole file decodes as UTF-8, else GB18030 (checked while reading)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    with open(path, "rb") as fh:
        try:
            while chunk := fh.read(1 << 20):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
            return "utf-8-sig"
        except UnicodeDecodeError:
            return "gb18030"


def _cell(value: Any) -> Any:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))  # a number typed as a number (工单编号 2026112300001, a phone)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return value  # datetime, date, time, bool, None


def open_rows(path: Path, kind: str) -> tuple[int | None, Iterator[list[Any]]]:
    """(how many rows the file has, or None if unknown; its rows, cells cleaned, streamed). The count comes
    before any row is parsed, so that the row limit is checked first. A workbook's sheet is loaded once."""
    if kind == "csv":
        with open(path, "rb") as fh:
            count = sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b""))
        return count, _iter_csv(path)
    try:
        from python_calamine import CalamineWorkbook

        wb = CalamineWorkbook.from_path(str(path))
        if not wb.sheet_names:
            raise UnreadableFile("file", "文件 {name} 中没有工作表。", name=path.name[:80])
        sheet = wb.get_sheet_by_index(0)
        count = getattr(sheet, "total_height", None)
        if count is None:
            count = sheet.height
    except ImportFileError:
        raise
    except Exception as exc:  # calamine raises its own errors for a damaged zip or workbook
        raise UnreadableFile("file", "文件 {name} 已损坏或无法读取（{error}）。", name=path.name[:80],
                             error=str(exc)[:120]) from None
    return count, _iter_sheet(sheet, path)


def _iter_sheet(sheet: Any, path: Path) -> Iterator[list[Any]]:
    try:
        rows = sheet.iter_rows() if hasattr(sheet, "iter_rows") else iter(sheet.to_python())
        for row in rows:
            yield [v.strip() if type(v) is str else _cell(v) for v in row]
    except Exception as exc:
        raise UnreadableFile("file", "文件 {name} 已损坏或无法读取（{error}）。", name=path.name[:80],
                             error=str(exc)[:120]) from None


def iter_rows(path: Path, kind: str) -> Iterator[list[Any]]:
    """The rows of the file's first sheet (or the CSV), cells cleaned, streamed."""
    yield from open_rows(path, kind)[1]


def _iter_csv(path: Path) -> Iterator[list[Any]]:
    encoding = _csv_encoding(path)
    try:
        with open(path, encoding=encoding, newline="") as fh:
            sample = fh.read(8192)
            fh.seek(0)
            try:
                dialect = csv.Sniffer().sniff(sample, delimiters=",\t;")
            except csv.Error:
                dialect = csv.excel
            for row in csv.reader(fh, dialect):
                yield [v.strip() for v in row]
    except (UnicodeDecodeError, csv.Error) as exc:
        raise UnreadableFile("file", "文件 {name} 无法按文本读取（{error}）。", name=path.name[:80],
                             error=str(exc)[:120]) from None


# -- the header and the mapping -------------------------------------------------------------------------
@dataclass(frozen=True)
class Layout:
    """Where the header is and which column holds which field."""

    header_row: int  # 1-based row number in the file
    headers: tuple[str, ...]
    columns: dict[str, int] = field(default_factory=dict)  # field key -> column index


def alias_index(aliases: Mapping[str, Sequence[str]]) -> dict[str, str]:
    """normalised alias -> field key (an earlier field wins a name two fields share)."""
    out: dict[str, str] = {}
    for key, names in aliases.items():
        for name in names:
            out.setdefault(norm(name), key)
    return out


def find_header(rows: Iterator[list[Any]], aliases: Mapping[str, Sequence[str]]
                ) -> tuple[int, list[str], list[list[Any]]]:
    """The header row (1-based), its cells, and the rows read before it (title rows: not data)."""
    index = alias_index(aliases)
    seen: list[list[Any]] = []
    for n, row in enumerate(rows, start=1):
        cells = ["" if v is None else str(v).strip() for v in row]
        if sum(1 for c in cells if norm(c) in index) >= HEADER_MIN:
            return n, cells, seen
        seen.append(row)
        if n >= HEADER_SCAN:
            break
    raise MissingColumn("file", "在文件前 {count} 行中没有找到表头（至少要有 {min} 个认识的列名，例如 工单编号、问题分类、主要内容）。",
                        count=HEADER_SCAN, min=HEADER_MIN)


def map_columns(headers: Sequence[str], aliases: Mapping[str, Sequence[str]],
                explicit: Mapping[str, str] | None = None) -> dict[str, int]:
    """field key -> column index. ``explicit`` (field -> header text, "" for none) comes first."""
    normed = [norm(h) for h in headers]
    out: dict[str, int] = {}
    taken: set[int] = set()
    for key, header in (explicit or {}).items():
        if key not in FIELD:
            continue
        if not header:
            out[key] = -1  # explicitly not imported
            continue
        if norm(header) in normed:
            out[key] = normed.index(norm(header))
            taken.add(out[key])
    index = alias_index(aliases)
    for col, name in enumerate(normed):
        key = index.get(name)
        if key is not None and key not in out and col not in taken:
            out[key] = col
            taken.add(col)
    return {k: v for k, v in out.items() if v >= 0}


def check_required(columns: Mapping[str, int]) -> None:
    for group in REQUIRED_GROUPS:
        if not any(k in columns for k in group):
            names = " 或 ".join(FIELD[k].label for k in group)
            raise MissingColumn(group[0], "文件缺少必需的列：{column}。请检查表头，或在导入时指定这一列对应的表头。",
                                column=names)


# -- cell values ----------------------------------------------------------------------------------------
_DATE_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M", "%Y-%m-%d",
                 "%Y/%m/%d", "%Y年%m月%d日 %H:%M:%S", "%Y年%m月%d日 %H:%M", "%Y年%m月%d日 %H时%M分", "%Y年%m月%d日",
                 "%Y%m%d%H%M%S", "%Y-%m-%dT%H:%M:%S", "%Y.%m.%d %H:%M", "%Y.%m.%d")


class BadValue(ValueError):
    """A cell that is not what its column needs (the row is rejected with this reason)."""


def parse_local_datetime(value: Any, label: str) -> datetime | None:
    """A naive local datetime from a cell (a real date cell, or text in the usual formats); None if empty."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.replace(tzinfo=None) if value.tzinfo is None else value
    if isinstance(value, date):
        return datetime.combine(value, time())
    if isinstance(value, timedelta):  # calamine's duration cells
        raise BadValue(f"{label}“{value}”不是日期")
    text = str(value).strip().replace("　", " ")
    text = re.sub(r"\s+", " ", text)
    if "." in text and re.fullmatch(r".*\d{2}:\d{2}:\d{2}\.\d+", text):
        text = text.split(".")[0]
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    raise BadValue(f"{label}“{text[:30]}”不是日期")


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "是" if value else "否"
    return str(value).strip()


_PATH_SPLIT = re.compile(r"\s*(?:->|－>|—>|→|＞|>|/|／|\\)\s*")


def category_path(values: Sequence[str]) -> str:
    """The platform's category path, normalised: levels joined by “/” (from 城管->市政->道路 or three columns)."""
    parts: list[str] = []
    for v in values:
        parts.extend(p for p in _PATH_SPLIT.split(v.strip()) if p)
    return "/".join(parts)


def path_prefixes(path: str) -> list[str]:
    """The path and its prefixes, longest first."""
    parts = path.split("/")
    return ["/".join(parts[:i]) for i in range(len(parts), 0, -1)]


__all__ = [
    "BadValue", "DEFAULT_ALIASES", "FIELD", "FIELDS", "FieldDef", "ImportFileError", "Layout", "MAX_ROWS",
    "MissingColumn", "REQUIRED_GROUPS", "TooManyRows", "UnreadableFile", "WrongFileType", "alias_index",
    "category_path", "cell_text", "check_required", "open_rows", "find_header", "iter_rows", "map_columns", "norm",
    "parse_local_datetime", "path_prefixes", "sniff",
]
