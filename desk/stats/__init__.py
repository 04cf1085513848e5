"""Statistics for the weekly summary (三率, 红黑榜, overdue and escalated work, trends).

    from desk.stats import weekly_report
    report = weekly_report(desk, "2026-W47")      # or None: the last complete week
    report.to_json()                               # the figures the PDF shows

No Qt and no ReportLab here; ``reports`` renders the plain data of :mod:`desk.stats.data`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from desk.stats.data import (
    CallbackFigures,
    Definition,
    DepartmentFigures,
    DispatchFigures,
    EscalationItem,
    LevelCounts,
    OfficeFigures,
    OverdueItem,
    Ratio,
    ReportSettings,
    Share,
    TrendWeek,
    WeeklyReport,
)

if TYPE_CHECKING:
    from desk.facade import Desk


def weekly_report(desk: Desk, week: str | None = None) -> WeeklyReport:
    """The figures of one ISO week (``"2026-W47"``), Monday 00:00 to Sunday 24:00 in the office zone.

    ``week=None`` takes the last complete week before ``desk.clock.now()``. Raises
    ``desk.errors.ValidationError("week", …)`` for a malformed or not yet started week.
    """
    from desk.stats import service

    if week is not None:
        service.parse_week(week)  # fail before opening a transaction
    with desk.unit(write=False) as (s, now):
        return service.build(session=s, cal=desk._timing(s).cal, settings=desk._settings(s), now=now, week=week)


__all__ = [
    "CallbackFigures",
    "Definition",
    "DepartmentFigures",
    "DispatchFigures",
    "EscalationItem",
    "LevelCounts",
    "OfficeFigures",
    "OverdueItem",
    "Ratio",
    "ReportSettings",
    "Share",
    "TrendWeek",
    "WeeklyReport",
    "weekly_report",
]
