"""Statistics for the office's periodic report (周报, 月报): indicators, fair ranking, overdue and escalated work.

    from desk.stats import period_report
    report = period_report(desk, week="2026-W47")     # or month="2026-11"; neither: the last complete week
    report.to_json()                                  # every figure the 通报, the slips and the workbook show

No Qt and no ReportLab here; ``reports`` renders the plain data of :mod:`desk.stats.data`.
"""
from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

from desk.stats.data import (
    AgeBand,
    CallbackFigures,
    CaseItem,
    Definition,
    DepartmentFigures,
    DispatchFigures,
    EscalationItem,
    GroupRates,
    Headline,
    Indicators,
    LevelCounts,
    OfficeFigures,
    OverdueItem,
    RATE_SOURCES,
    PeriodReport,
    RateItem,
    Ratio,
    RepeatItem,
    Scheme,
    Share,
    TrendPoint,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


class Source(Protocol):
    """What the report reads from: a ``desk.Desk``. Named by its shape, so that the statistics need not import
    the façade (which imports them)."""

    def unit(self, *, write: bool = True) -> AbstractContextManager[tuple[Session, datetime]]: ...

    def _timing(self, s: Session) -> Any: ...

    def _settings(self, s: Session) -> dict[str, str]: ...


def period_report(desk: Source, week: str | None = None, month: str | None = None, *,
                  place: Callable[[Session, PeriodReport], Any] | None = None) -> PeriodReport:
    """The figures of one ISO week (``"2026-W47"``: Monday 00:00 to Sunday 24:00 in the office zone) or one
    month (``"2026-11"``). Neither: the last complete week before ``desk.clock.now()``.

    ``place(session, report)`` gives the 通报's small map (desk.geo.paper.period_map, handed in by the façade's verb
    and the CLI: desk.geo uses the report's figures, so this module cannot import it); None, or no boundaries: no
    map. With a map the report's definitions gain its own (desk.stats.definitions.map_definition).

    Raises ``desk.errors.ValidationError("week" or "month", …)`` for a malformed or not yet started period.
    """
    from desk.stats import service

    import dataclasses

    from desk.escalation.service import Ladder
    from desk.projects import bulletin
    from desk.stats.definitions import map_definition

    service.parse_period(week=week, month=month)  # fail before opening a transaction
    with desk.unit(write=False) as (s, now):
        timing, settings = desk._timing(s), desk._settings(s)
        report = service.build(session=s, cal=timing.cal, settings=settings, now=now, week=week, month=month)
        works = bulletin.build(s, year=None, this_year=report.year, now=report.as_of, office_name=report.office_name,
                               time_zone=report.time_zone, ladder=Ladder(timing.cal, timing.offsets))
        report = dataclasses.replace(report, projects=works if works.list_version is not None else None)
        picture = place(s, report) if place is not None and not report.empty else None
        if picture is None:
            return report
        return dataclasses.replace(report, map=picture, definitions=report.definitions + (map_definition(),))


def rate_items(desk: Source, department: str, indicator: str, week: str | None = None, month: str | None = None
               ) -> list[RateItem]:
    """The tickets behind ``department``'s ``indicator`` (a key of :data:`RATE_SOURCES`) in the period of
    :func:`period_report`: one :class:`RateItem` per dispatch step or callback the rate counted.

    Raises ``desk.errors.ValidationError`` for an unknown indicator or department, or a bad period."""
    from desk.stats import service

    service.parse_period(week=week, month=month)
    with desk.unit(write=False) as (s, now):
        return service.rate_items(session=s, cal=desk._timing(s).cal, settings=desk._settings(s), now=now,
                                  department=department, indicator=indicator, week=week, month=month)


def weekly_report(desk: Source, week: str | None = None) -> PeriodReport:
    """:func:`period_report` of one week."""
    return period_report(desk, week=week)


__all__ = [
    "AgeBand",
    "CallbackFigures",
    "CaseItem",
    "Definition",
    "DepartmentFigures",
    "DispatchFigures",
    "EscalationItem",
    "GroupRates",
    "Headline",
    "Indicators",
    "LevelCounts",
    "OfficeFigures",
    "OverdueItem",
    "PeriodReport",
    "RATE_SOURCES",
    "RateItem",
    "Ratio",
    "RepeatItem",
    "Scheme",
    "Share",
    "Source",
    "TrendPoint",
    "period_report",
    "rate_items",
    "weekly_report",
]
