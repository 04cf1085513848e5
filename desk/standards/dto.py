"""What the category-standard verbs return (frozen dataclasses, never ORM objects)."""
from __future__ import annotations

from dataclasses import dataclass

from desk.errors import Message

#: The urgencies in the order the library shows them (特急, 紧急, 一般).
URGENCIES = ("emergency", "urgent", "routine")
LEVEL_NAMES = {1: "大类", 2: "小类", 3: "细类"}


@dataclass(frozen=True)
class Limits:
    """报到 / 响应 / 办结 time limits of one urgency, as duration texts (``2h``, ``3wd``)."""

    acknowledge: str
    respond: str
    resolve: str

    def texts(self) -> tuple[str, str, str]:
        return self.acknowledge, self.respond, self.resolve


@dataclass(frozen=True)
class CategoryNode:
    """One node of the category tree with its OWN standard ("" / None / () / {}: inherited)."""

    id: int
    name: str
    parent_id: int | None
    level: int
    active: bool
    #: Names from the 大类 down to this node.
    path: tuple[str, ...]
    lead: str | None
    assists: tuple[str, ...]
    intake_condition: str
    close_condition: str
    #: urgency -> own limits (urgencies without their own row are inherited).
    limits: dict[str, Limits]
    has_children: bool
    #: 办结 needs an "after" photo (None: inherited).
    after_photo: bool | None = None

    def __hash__(self) -> int:
        return hash((self.id, self.name))


@dataclass(frozen=True)
class Resolved:
    """One resolved field of a standard and the node it comes from (None: the office's defaults / nothing)."""

    value: object
    source: str | None


@dataclass(frozen=True)
class CategoryStandard:
    """The standard a ticket of ``category`` is handled by, each field resolved up the tree."""

    category: str
    path: tuple[str, ...]
    level: int
    lead: str | None
    lead_from: str | None
    assists: tuple[str, ...]
    assists_from: str | None
    intake_condition: str
    intake_from: str | None
    close_condition: str
    close_from: str | None
    #: urgency -> limits; ``limits_from[urgency]`` the node they come from (None: the urgency's defaults).
    limits: dict[str, Limits]
    limits_from: dict[str, str | None]
    #: 办结 needs an "after" (处置后) photo; ``after_photo_from`` the node that says so (None: nobody: no).
    after_photo: bool = False
    after_photo_from: str | None = None

    def __hash__(self) -> int:
        return hash((self.category, self.path))


@dataclass(frozen=True)
class RejectedRow:
    """A row of an imported library that was refused: its number in the sheet (1 = the header) and why."""

    row: int
    reason: Message


@dataclass(frozen=True)
class StandardsImport:
    """The outcome of importing a library. ``written`` is False when any row was rejected (nothing written)."""

    rows: int
    created: int
    updated: int
    unchanged: int
    rejected: tuple[RejectedRow, ...]
    written: bool
