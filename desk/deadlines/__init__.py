"""Deadlines: durations and the working calendar (pure: no Qt, no database).

Quick use::

    from desk.deadlines import WorkCalendar, Duration, seed_overrides
    cal = WorkCalendar("Asia/Shanghai", overrides=seed_overrides([2026, 2027]))
    due = cal.due(start, "3wd")                     # aware UTC
    late = cal.working_time_between(due, now)       # > 0: late by that much working time
    cal.local(due).isoformat()                      # display with the office's offset

See :mod:`desk.deadlines.calendar` for the conventions (period boundaries, make-up days).
"""
from desk.deadlines.calendar import (
    DEFAULT_PERIODS,
    DEFAULT_TIMEZONE,
    DEFAULT_WEEK,
    NO_WORK_HORIZON_DAYS,
    DayInfo,
    DayKind,
    Override,
    Period,
    WorkCalendar,
    format_overrides_csv,
    format_periods,
    merge_overrides,
    official_years,
    parse_overrides_csv,
    parse_periods,
    seed_overrides,
)
from desk.deadlines.durations import MAX_DAYS, Duration, Unit, parse_duration, split_span

__all__ = [
    "DEFAULT_PERIODS",
    "DEFAULT_TIMEZONE",
    "DEFAULT_WEEK",
    "MAX_DAYS",
    "NO_WORK_HORIZON_DAYS",
    "DayInfo",
    "DayKind",
    "Duration",
    "Override",
    "Period",
    "Unit",
    "WorkCalendar",
    "format_overrides_csv",
    "format_periods",
    "merge_overrides",
    "official_years",
    "parse_duration",
    "split_span",
    "parse_overrides_csv",
    "parse_periods",
    "seed_overrides",
]
