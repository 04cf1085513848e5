"""What the hotspot queries answer (frozen dataclasses, never ORM objects)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from desk.stats.data import Ratio


@dataclass(frozen=True)
class Hotspot:
    """One hotspot: the tickets of a 社区 and a category (and a place, when grouped by place) received in the
    period. The figures' exact meaning is in :mod:`desk.hotspots.service`."""

    community: str
    #: The ticket's category (a leaf of the tree, usually) and its path from the 大类 down to it.
    category: str
    category_path: tuple[str, ...]
    #: The 小区点位 or road (desk.hotspots.service.place_of); "" when grouped by 社区 × category, or no address.
    place: str
    #: Problems: tickets received in the period, a merged repeat (重复件) not counted apart from its parent.
    count: int
    #: Residents concerned: every ticket received in the period, merged repeats included.
    residents: int
    #: Merged repeats received in the period plus problems still flagged as likely repeats (a proposal not decided).
    repeats: int
    #: 不满意 among the 有效回访 recorded in the period on the group's tickets (each resident's callback counts).
    dissatisfied: Ratio
    #: Problems not closed (结案) or cancelled (作废) before the period's end (while it runs: not now), of ``count``.
    unresolved: Ratio
    #: Problems in the previous period of equal length; ``change`` = count - previous; ``change_ratio`` =
    #: change / previous (None when the previous period had none).
    previous: int
    change: int
    change_ratio: float | None


@dataclass(frozen=True)
class HotspotReport:
    """The hotspots of a period: ``rows`` sorted as asked, at most ``limit`` of ``groups``."""

    group_by: str
    sort: str
    #: The period as chosen: the office's local dates, both included.
    start: date
    end: date
    #: The same as UTC instants: ``[since, until)``; ``cut`` = min(until, now): the figures are as of then.
    since: datetime
    until: datetime
    cut: datetime
    #: The previous period of equal length (local dates, both included), compared up to ``previous_cut``.
    previous_start: date
    previous_end: date
    previous_cut: datetime
    rows: tuple[Hotspot, ...]
    #: How many groups there are in all (``rows`` holds the first ``limit`` of them).
    groups: int
    #: Problems and residents of every group (not only those in ``rows``).
    problems: int
    residents: int


@dataclass(frozen=True)
class HotspotTicket:
    """One ticket of a hotspot (no resident's name or phone)."""

    number: str
    title: str
    created_at: datetime
    state: str
    address: str
    closed_at: datetime | None
    #: The parent's number when this ticket is a merged repeat (重复件), else None.
    parent_number: str | None


@dataclass(frozen=True)
class HotspotTickets:
    """The tickets of one hotspot, newest first: at most the limit asked, of ``total``."""

    total: int
    items: tuple[HotspotTicket, ...]

    @property
    def numbers(self) -> list[str]:
        return [t.number for t in self.items]
