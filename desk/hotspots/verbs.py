"""The façade's verbs of the problem hotspots (问题清单, issue 16 §1), combined into ``desk.ActingUser`` (see
desk/verbs.py)."""
from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from desk.hotspots import dto, service
from desk.verbs import permission


class HotspotVerbs:
    """Verbs of the problem hotspots (a mixin of ``desk.ActingUser``)."""

    def _hotspot_window(self, s: Session, now, start: date, end: date) -> service.Window:
        return service.window(start, end, tz=self.desk._office_zone(self.desk._settings(s)), now=now)

    @permission("hotspots")
    def hotspots(self, *, start: date, end: date, group_by: str = "community_category", community: str | None = None,
                 category: str | None = None, sort: str = "count", limit: int = 500) -> dto.HotspotReport:
        """The problem hotspots of the office's local dates ``start``–``end`` (both included): tickets grouped by
        社区 × category (``group_by="community_category"``) or by 社区 × category × 小区点位 (``"place"``), with
        their problems, residents, repeats, dissatisfied and unresolved shares and the change against the previous
        period of equal length (desk.hotspots.service says exactly how each is counted). Sorted by ``sort``
        (count, residents, repeats, dissatisfied, unresolved, trend; descending), the first ``limit`` rows.
        ``community``/``category`` narrow to one 社区 / one category and the categories below it."""
        service.check_choices(group_by, sort, limit)  # before opening a transaction
        with self._unit(write=False) as (s, now):
            return service.hotspots(s, w=self._hotspot_window(s, now, start, end), group_by=group_by,
                                    community=community, category=category, sort=sort, limit=limit)

    @permission("hotspot_tickets")
    def hotspot_tickets(self, community: str, category: str, place: str | None, start: date, end: date, *,
                        limit: int = service.MAX_TICKETS) -> dto.HotspotTickets:
        """The tickets of one hotspot of :meth:`hotspots` (its 社区, category and place; ``place=None`` for a
        社区 × category hotspot) in the same period: the problems and their merged repeats, newest first, at most
        ``limit`` (500) with the total."""
        with self._unit(write=False) as (s, now):
            return service.tickets(s, w=self._hotspot_window(s, now, start, end), community=community,
                                   category=category, place=place, limit=limit)
