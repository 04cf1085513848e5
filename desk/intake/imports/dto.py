"""What the 12345 import answers with (plain frozen dataclasses, never ORM objects)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class RejectedRow:
    row: int  # the row's number in the file (1-based, as a spreadsheet shows it)
    number: str  # its 工单编号 ("" if it had none)
    reason: str
    values: tuple[str, ...]  # the row's cells as text, in the file's column order


@dataclass(frozen=True)
class ImportReport:
    """A preview (``batch_id`` None: nothing written) or a committed import."""

    file_name: str
    sha256: str
    source_system: str
    mapping_name: str | None
    header_row: int
    headers: tuple[str, ...]
    #: (field key, header text) for every field the file provides
    columns: tuple[tuple[str, str], ...]
    total: int
    new: int
    updated: int
    unchanged: int
    duplicates: int  # 疑似重复: rows for which the repeat check proposed candidates
    rejected: int
    unclassified: int  # new tickets in 待分类 (their category path maps to nothing)
    rejected_rows: tuple[RejectedRow, ...]
    batch_id: int | None = None

    @property
    def committed(self) -> bool:
        return self.batch_id is not None

    def counts(self) -> dict[str, int]:
        return {"total": self.total, "new": self.new, "updated": self.updated, "unchanged": self.unchanged,
                "duplicates": self.duplicates, "rejected": self.rejected, "unclassified": self.unclassified}


@dataclass(frozen=True)
class ImportBatchInfo:
    id: int
    at: datetime
    by: str
    source_system: str
    file_name: str
    sha256: str
    mapping_name: str | None
    total: int
    new: int
    updated: int
    unchanged: int
    duplicates: int
    rejected: int
    unclassified: int


@dataclass(frozen=True)
class ImportField:
    key: str
    label: str
    aliases: tuple[str, ...]  # built-in first, then the administrator's
    custom_aliases: tuple[str, ...]
    required: bool  # one of its group is required (工单编号; 问题分类 or 事项大类; 主要内容 or 标题)


@dataclass(frozen=True)
class SavedMapping:
    name: str
    source_system: str
    columns: tuple[tuple[str, str], ...]  # (field key, header text; "" : not imported)


@dataclass(frozen=True)
class CategoryMapping:
    source_system: str
    path: str
    category: str


@dataclass(frozen=True)
class PlatformInfo:
    """The platform's side of an imported ticket (for the detail pane)."""

    source_system: str
    hotline_number: str
    batch_id: int
    platform_category: str
    received_at: datetime | None
    platform_due: datetime | None
    platform_status: str
    platform_unit: str
    platform_closed_at: datetime | None
    platform_result: str
    platform_reply: str
    platform_resolved: str
    platform_satisfied: str
    unclassified: bool
