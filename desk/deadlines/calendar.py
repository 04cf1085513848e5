"""The office's working calendar and working-time arithmetic.

Pure Python: no Qt, no database. The database layer stores the settings and the
date overrides and builds a :class:`WorkCalendar` from them; this module only computes.

Model
=====
* **Time zone** — an IANA name (default ``Asia/Shanghai``), read with :mod:`zoneinfo`.
  Work periods are local wall-clock times; zones with daylight saving time work (the
  periods move with the wall clock, and a day on which the clock jumps has a
  correspondingly shorter or longer span of real time).
* **Week** — work periods per ISO weekday (1 = Monday … 7 = Sunday). Default: Monday to
  Friday ``09:00-12:00`` and ``13:30-17:30`` (7 hours), weekend no work.
* **Standard day** — the periods of a make-up working day; their total is the
  **working-day length** that ``N wd`` multiplies. Default: the periods most weekdays
  have (the Monday–Friday periods in the default week).
* **Overrides** — ``{date: Override(kind, name)}``:

  - :attr:`DayKind.HOLIDAY` — no work that day (国庆节, 春节, …);
  - :attr:`DayKind.WORKDAY` — a full standard working day, whatever the weekday
    (调休上班 on a Saturday or Sunday);
  - :attr:`DayKind.DEFAULT` — the weekly rule applies. An admin's "default" cancels a
    seeded override when layers are merged with :func:`merge_overrides`.

Working-time conventions
========================
Work periods are half-open, ``[start, end)``: 12:00 and 17:30 are not working moments.
Let ``W(a, b)`` be the working time inside ``[a, b)``.

* ``due(t, natural)`` is ``t + elapsed`` (a natural day is exactly 24 hours).
* ``due(t, working)`` is the **earliest** instant ``x ≥ t`` with ``W(t, x)`` equal to
  the working length. So counting that starts outside working time (lunch break,
  evening, weekend, holiday) starts at the next working moment, and a due instant that
  uses up a period exactly stays at that period's end: ``1wd`` from Monday 09:00 is
  Monday 17:30, not Tuesday 09:00; ``3wh`` from 09:00 is 12:00, not 13:30.
* A zero working duration gives ``t`` itself.
* Consequently ``due(due(t, a), b) == due(t, a + b)`` for working durations,
  ``working_time_between(t, due(t, d)) == working_length(d)``, ``due`` never returns
  an instant earlier than its start, and it is monotonic in the start.
* All arithmetic is exact to the microsecond (integers, no floats).
* Results are aware UTC datetimes; :meth:`WorkCalendar.local` converts for display.

A calendar is immutable. After an admin edits settings or overrides, build a new one
(cheap: the day index is built lazily on first use, a few milliseconds for 4 years).
Calendars are safe to share between threads.

Persistence hints for the database layer
========================================
* Time zone: the text of :attr:`WorkCalendar.timezone`.
* Week: per weekday the text of :func:`format_periods` (``"09:00-12:00,13:30-17:30"``,
  empty for no work); read it back with :func:`parse_periods`.
* Overrides: rows ``(date, kind, name)`` with ``kind`` the :class:`DayKind` value
  (``holiday``/``workday``/``default``). Seed rows come from :func:`seed_overrides`,
  CSV imports from :func:`parse_overrides_csv`; merge layers (seed first, admin edits
  last) with :func:`merge_overrides`.
"""
from __future__ import annotations

import csv
import io
import re
import threading
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from enum import Enum
from typing import NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from desk.deadlines.durations import Duration
from desk.errors import Term, ValidationError

__all__ = [
    "DEFAULT_PERIODS",
    "DEFAULT_TIMEZONE",
    "DEFAULT_WEEK",
    "DayInfo",
    "DayKind",
    "NO_WORK_HORIZON_DAYS",
    "Override",
    "Period",
    "WorkCalendar",
    "format_overrides_csv",
    "format_periods",
    "merge_overrides",
    "official_years",
    "parse_overrides_csv",
    "parse_periods",
    "seed_overrides",
]

DEFAULT_TIMEZONE = "Asia/Shanghai"
#: Counting that would cross this many consecutive days without any working time raises
#: ValidationError instead (a calendar where everything is a holiday).
NO_WORK_HORIZON_DAYS = 3 * 366

_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_US = timedelta(microseconds=1)
# Days the index may hold: a day short of each end of datetime's range, so that a
# local midnight always converts to UTC.
_MIN_ORDINAL = date(1, 1, 2).toordinal()
_MAX_ORDINAL = date(9999, 12, 30).toordinal()


class DayKind(str, Enum):
    """What an override makes of a date. The value is what the database stores."""

    HOLIDAY = "holiday"
    WORKDAY = "workday"
    DEFAULT = "default"


class Override(NamedTuple):
    """One date's override: its kind and a name such as ``国庆节`` or ``调休上班（春节）``."""

    kind: DayKind
    name: str = ""


@dataclass(frozen=True, slots=True, order=True)
class Period:
    """A work period of a day, ``[start, end)`` in minutes after local midnight.

    ``0 <= start < end <= 1440``; ``end == 1440`` means midnight at the end of the day.
    ``str(Period(540, 720)) == "09:00-12:00"``.
    """

    start: int
    end: int

    def __post_init__(self) -> None:
        if not (isinstance(self.start, int) and isinstance(self.end, int)):
            raise ValidationError("periods", "工作时段必须是整分钟")
        if not 0 <= self.start < self.end <= 1440:
            raise ValidationError("periods", "工作时段无效：{start}-{end}（开始须早于结束，且在同一天内）",
                                  start=_hhmm(self.start), end=_hhmm(self.end))

    @classmethod
    def of(cls, start: str | time, end: str | time) -> Period:
        """``Period.of("09:00", "12:00")`` or ``Period.of(time(9), time(12))``."""
        return cls(_minute_of(start), _minute_of(end, allow_24=True))

    @property
    def minutes(self) -> int:
        return self.end - self.start

    @property
    def start_time(self) -> time:
        return time(self.start // 60, self.start % 60)

    def __str__(self) -> str:
        return f"{_hhmm(self.start)}-{_hhmm(self.end)}"


DEFAULT_PERIODS: tuple[Period, ...] = (Period(9 * 60, 12 * 60), Period(13 * 60 + 30, 17 * 60 + 30))
#: ISO weekday → periods. Monday–Friday work, the weekend does not.
DEFAULT_WEEK: Mapping[int, tuple[Period, ...]] = {d: (DEFAULT_PERIODS if d <= 5 else ()) for d in range(1, 8)}


@dataclass(frozen=True, slots=True)
class DayInfo:
    """One date as the calendar sees it (a row of ``calendar show YYYY-MM``).

    ``kind`` is the override in force (:attr:`DayKind.DEFAULT` when there is none);
    ``name`` is the override's name (may be empty); ``periods`` are the local work
    periods actually in force; ``label`` says in Chinese what kind of day it is.
    """

    date: date
    kind: DayKind
    name: str
    working: bool
    periods: tuple[Period, ...]
    make_up: bool  # a working day only because of a WORKDAY override (调休上班)

    @property
    def weekday(self) -> int:
        """ISO weekday, 1 = Monday."""
        return self.date.isoweekday()

    @property
    def working_time(self) -> timedelta:
        """Nominal working time of the day (wall-clock; ignores a DST jump inside a period)."""
        return timedelta(minutes=sum(p.minutes for p in self.periods))

    @property
    def label(self) -> str:
        """``节假日``, ``调休上班``, ``工作日`` or ``休息日``."""
        if self.kind is DayKind.HOLIDAY:
            return "节假日"
        if self.make_up:
            return "调休上班"
        return "工作日" if self.working else "休息日"


class _Index:
    """Cumulative working time per day over the ordinals ``[lo, lo + len)``. Immutable.

    ``starts[i]``/``ends[i]`` are working microseconds at the start/end of day ``lo + i``
    counted from a fixed origin (the day the first index began with), so values from two
    indexes of the same calendar agree and may be mixed even while another thread grows
    the index backwards.
    """

    __slots__ = ("lo", "periods", "starts", "ends", "long_gaps", "last_work")

    def __init__(self, lo: int, periods: list[tuple[tuple[int, int], ...]], anchor: tuple[int, int]) -> None:
        self.lo = lo
        self.periods = periods
        totals = [sum(e - s for s, e in day) for day in periods]
        a = anchor[0] - lo  # index of the anchored day; its start is anchor[1]
        starts = [0] * len(periods)
        acc = anchor[1]
        for i in range(a, len(periods)):
            starts[i] = acc
            acc += totals[i]
        acc = anchor[1]
        for i in range(a - 1, -1, -1):
            acc -= totals[i]
            starts[i] = acc
        self.starts = starts
        self.ends = [st + tot for st, tot in zip(starts, totals)]
        # Runs of NO_WORK_HORIZON_DAYS or more days without work, as ordinals [first, end)
        # (end = the next working day), and the last day with work.
        gaps: list[tuple[int, int]] = []
        run_from: int | None = 0
        last_work: int | None = None
        for i, tot in enumerate(totals):
            if tot:
                if run_from is not None and i - run_from >= NO_WORK_HORIZON_DAYS:
                    gaps.append((lo + run_from, lo + i))
                run_from = None
                last_work = lo + i
            elif run_from is None:
                run_from = i
        self.long_gaps = gaps
        self.last_work = last_work

    @property
    def hi(self) -> int:
        return self.lo + len(self.periods)


class WorkCalendar:
    """Working-time arithmetic over one office's calendar. See the module docstring.

    ``WorkCalendar(timezone="Asia/Shanghai", week=None, overrides=None, standard_day=None)``

    * ``week``: ``{iso_weekday: periods}`` where periods is a sequence of
      :class:`Period` or a string for :func:`parse_periods`; weekdays left out have no
      work. ``None`` means :data:`DEFAULT_WEEK`.
    * ``overrides``: ``{date: Override | DayKind | "holiday" | (kind, name)}``.
    * ``standard_day``: periods of a make-up working day; ``None`` means the periods
      most weekdays have.

    Bad settings raise :class:`ValidationError` (fields ``timezone``, ``week``,
    ``periods``, ``overrides``).
    """

    def __init__(
        self,
        timezone: str = DEFAULT_TIMEZONE,
        week: Mapping[int, Sequence[Period] | str] | None = None,
        overrides: Mapping[date, Override | DayKind | str | tuple[str, str]] | None = None,
        standard_day: Sequence[Period] | str | None = None,
    ) -> None:
        if not isinstance(timezone, str) or not timezone.strip():
            raise ValidationError("timezone", "请填写时区，例如 Asia/Shanghai")
        try:
            self._tz = ZoneInfo(timezone.strip())
        except (ZoneInfoNotFoundError, ValueError, OSError):
            raise ValidationError("timezone", "未知的时区：{timezone}", timezone=timezone) from None
        self._tzname = timezone.strip()

        raw_week = DEFAULT_WEEK if week is None else week
        parsed_week: dict[int, tuple[Period, ...]] = {d: () for d in range(1, 8)}
        for wd, periods in raw_week.items():
            if isinstance(wd, bool) or not isinstance(wd, int) or not 1 <= wd <= 7:
                raise ValidationError("week", "星期必须是 1（周一）到 7（周日）：{value}", value=repr(wd))
            parsed_week[wd] = _check_periods(periods)
        self._week = parsed_week

        if standard_day is None:
            counts = Counter(p for p in parsed_week.values() if p)
            best = max(counts.values(), default=0)
            standard = next((p for d, p in sorted(parsed_week.items()) if p and counts[p] == best), ())
        else:
            standard = _check_periods(standard_day)
        self._standard = standard

        self._overrides: dict[date, Override] = {}
        for d, ov in (overrides or {}).items():
            if not isinstance(d, date) or isinstance(d, datetime):
                raise ValidationError("overrides", "覆盖日期必须是日期：{value}", value=repr(d))
            self._overrides[d] = _as_override(ov)

        self._day_length_us = sum(p.minutes for p in standard) * 60_000_000
        self._lock = threading.Lock()
        self._index: _Index | None = None

    def __repr__(self) -> str:
        return f"WorkCalendar({self._tzname!r}, day={format_periods(self._standard)!r}, overrides={len(self._overrides)})"

    # ---- settings ---------------------------------------------------------------
    @property
    def timezone(self) -> str:
        """The IANA name of the office time zone."""
        return self._tzname

    @property
    def tzinfo(self) -> ZoneInfo:
        return self._tz

    @property
    def week(self) -> Mapping[int, tuple[Period, ...]]:
        """ISO weekday → periods (a copy)."""
        return dict(self._week)

    @property
    def standard_day(self) -> tuple[Period, ...]:
        """The periods of a make-up working day."""
        return self._standard

    @property
    def overrides(self) -> Mapping[date, Override]:
        """The date overrides (a copy)."""
        return dict(self._overrides)

    @property
    def working_day_length(self) -> timedelta:
        """The length of a working day: what ``1wd`` means (7 hours by default)."""
        return timedelta(microseconds=self._day_length_us)

    def with_overrides(self, overrides: Mapping[date, Override | DayKind | str | tuple[str, str]]) -> WorkCalendar:
        """A new calendar with the same settings and ``overrides`` laid over this one's."""
        merged = merge_overrides(self._overrides, {d: _as_override(o) for d, o in overrides.items()})
        return WorkCalendar(self._tzname, self._week, merged, self._standard)

    # ---- days -------------------------------------------------------------------
    def _local_periods(self, d: date) -> tuple[Period, ...]:
        ov = self._overrides.get(d)
        if ov is not None:
            if ov.kind is DayKind.HOLIDAY:
                return ()
            if ov.kind is DayKind.WORKDAY:
                return self._standard
        return self._week[d.isoweekday()]

    def day_info(self, d: date) -> DayInfo:
        """Everything about one date: override kind and name, working or not, periods, label."""
        d = _as_date(d)
        ov = self._overrides.get(d, Override(DayKind.DEFAULT, ""))
        periods = self._local_periods(d)
        make_up = ov.kind is DayKind.WORKDAY and not self._week[d.isoweekday()]
        return DayInfo(d, ov.kind, ov.name, bool(periods), periods, make_up)

    def day_kind(self, d: date) -> Override:
        """``(kind, name)`` of a date: its override, or ``(DayKind.DEFAULT, "")``.

        For the effective meaning use :meth:`is_working_day` or :meth:`day_info`'s ``label``.
        """
        return self._overrides.get(_as_date(d), Override(DayKind.DEFAULT, ""))

    def is_working_day(self, d: date) -> bool:
        """True when the date has at least one work period."""
        return bool(self._local_periods(_as_date(d)))

    def periods_on(self, d: date) -> list[tuple[datetime, datetime]]:
        """The date's work periods as aware UTC ``(start, end)`` pairs (ends exclusive)."""
        return [(_from_us(s), _from_us(e)) for s, e in self._day_utc(_as_date(d).toordinal()) if e > s]

    def month_table(self, year: int, month: int) -> list[DayInfo]:
        """One :class:`DayInfo` per day of the month, for ``calendar show YYYY-MM``."""
        if not (isinstance(year, int) and isinstance(month, int) and 1 <= year <= 9999 and 1 <= month <= 12):
            raise ValidationError("month", "月份无效：{year}-{month}", year=year, month=month)
        first = date(year, month, 1)
        nxt = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
        return [self.day_info(date.fromordinal(o)) for o in range(first.toordinal(), nxt.toordinal())]

    def _day_utc(self, ordinal: int) -> tuple[tuple[int, int], ...]:
        """Work periods of a local day in UTC microseconds since the epoch, clamped monotonic."""
        d = date.fromordinal(ordinal)
        periods = self._local_periods(d)
        if not periods:
            return ()
        out = []
        last = None
        midnight = datetime(d.year, d.month, d.day)
        for p in periods:
            s = _wall_us(midnight, p.start, self._tz)
            e = _wall_us(midnight, p.end, self._tz)
            if last is not None and s < last:  # a DST jump made local times collide
                s = last
            if e < s:
                e = s
            out.append((s, e))
            last = e
        return tuple(out)

    # ---- the index ----------------------------------------------------------------
    def _covering(self, lo: int, hi: int) -> _Index:
        """An index covering the day ordinals ``[lo, hi)``, growing the cached one if needed."""
        idx = self._index
        if idx is not None and idx.lo <= lo and hi <= idx.hi:
            return idx
        with self._lock:
            idx = self._index
            if idx is not None and idx.lo <= lo and hi <= idx.hi:
                return idx
            if idx is None:
                new_lo, new_hi = lo - 366, max(hi, lo + 1) + NO_WORK_HORIZON_DAYS
            else:
                span = idx.hi - idx.lo
                new_lo = min(idx.lo, lo - max(span // 2, 366)) if lo < idx.lo else idx.lo
                new_hi = max(idx.hi, hi + max(span, NO_WORK_HORIZON_DAYS)) if hi > idx.hi else idx.hi
            new_lo = max(new_lo, _MIN_ORDINAL)
            new_hi = min(new_hi, _MAX_ORDINAL)
            if lo < new_lo or hi > new_hi:
                raise ValidationError("time", "时间超出日历可计算的范围")
            periods: list[tuple[tuple[int, int], ...]] = []
            for o in range(new_lo, new_hi):
                if idx is not None and idx.lo <= o < idx.hi:
                    periods.append(idx.periods[o - idx.lo])
                else:
                    periods.append(self._day_utc(o))
            anchor = (idx.lo, idx.starts[0]) if idx is not None else (new_lo, 0)
            idx = _Index(new_lo, periods, anchor)
            self._index = idx
            return idx

    def _point(self, t: datetime, field: str) -> tuple[int, int]:
        """(UTC microseconds, local day ordinal) of an aware datetime."""
        if not isinstance(t, datetime):
            raise ValidationError(field, "需要日期时间")
        if t.tzinfo is None or t.utcoffset() is None:
            raise ValidationError(field, "时间必须带时区（例如 2026-09-30T10:00+08:00）")
        try:
            return (t - _EPOCH) // _US, t.astimezone(self._tz).toordinal()
        except OverflowError:
            raise ValidationError(field, "时间超出日历可计算的范围") from None

    @staticmethod
    def _cum(idx: _Index, t_us: int, ordinal: int) -> int:
        """Working microseconds from the index origin up to the instant ``t_us`` on day ``ordinal``."""
        i = ordinal - idx.lo
        acc = idx.starts[i]
        for s, e in idx.periods[i]:
            if t_us <= s:
                break
            acc += (t_us if t_us < e else e) - s
        return acc

    def _first_day_after(self, idx: _Index, ordinal: int, c: int, *, strict: bool, what: Term) -> tuple[_Index, int]:
        """Smallest day index ``i >= ordinal`` whose cumulative end is ``> c`` (strict) or ``>= c``.

        Grows the index as needed. Raises :class:`ValidationError` when getting there
        crosses :data:`NO_WORK_HORIZON_DAYS` or more consecutive days without working time.
        """
        search = bisect_right if strict else bisect_left
        while True:
            i = search(idx.ends, c, ordinal - idx.lo)
            if i < len(idx.ends):
                found = idx.lo + i
                for first, end in idx.long_gaps:
                    if ordinal < end <= found and end - max(first, ordinal) >= NO_WORK_HORIZON_DAYS:
                        _no_work(max(first, ordinal), what)
                return idx, i
            empty_from = ordinal if idx.last_work is None else max(ordinal, idx.last_work + 1)
            if idx.hi - empty_from >= NO_WORK_HORIZON_DAYS:
                _no_work(empty_from, what)
            idx = self._covering(idx.lo, idx.hi + 1)

    # ---- instants -----------------------------------------------------------------
    def local(self, t: datetime) -> datetime:
        """``t`` in the office time zone (for display: ``cal.local(t).isoformat()``)."""
        self._point(t, "time")
        return t.astimezone(self._tz)

    def is_working_time(self, t: datetime) -> bool:
        """True when ``t`` lies inside a work period (starts included, ends excluded)."""
        t_us, o = self._point(t, "time")
        return any(s <= t_us < e for s, e in self._day_utc(o))

    def next_working_moment(self, t: datetime) -> datetime:
        """The earliest working moment at or after ``t`` (``t`` itself inside working time).

        At a period's end (12:00, 17:30) the answer is the next period's start.
        """
        t_us, o = self._point(t, "time")
        idx = self._covering(o, o + 1)
        c = self._cum(idx, t_us, o)
        idx, i = self._first_day_after(idx, o, c, strict=True, what=Term("找到下一个工作时间"))
        acc = idx.starts[i]
        for s, e in idx.periods[i]:
            if acc + (e - s) > c:
                return _from_us(s + (c - acc))
            acc += e - s
        raise AssertionError("unreachable")  # pragma: no cover

    def working_time_between(self, a: datetime, b: datetime) -> timedelta:
        """Working time inside ``[a, b)``; negative (``-W(b, a)``) when ``b`` is before ``a``.

        Uses: how late a step is in working time (``working_time_between(due, now)``),
        remaining working time (``working_time_between(now, due)``, negative = overdue),
        and how much working time a suspension took.
        """
        a_us, ao = self._point(a, "start")
        b_us, bo = self._point(b, "end")
        idx = self._covering(min(ao, bo), max(ao, bo) + 1)
        return timedelta(microseconds=self._cum(idx, b_us, bo) - self._cum(idx, a_us, ao))

    def add_working_time(self, t: datetime, amount: timedelta) -> datetime:
        """The earliest instant ``x >= t`` with ``working_time_between(t, x) == amount``.

        ``amount`` must not be negative; zero gives ``t`` (in UTC). Use it to push a due
        instant back after a suspension:
        ``cal.add_working_time(due, cal.working_time_between(suspended_at, resumed_at))``.
        """
        if not isinstance(amount, timedelta):
            raise ValidationError("amount", "工作时长必须是 timedelta")
        w = amount // _US
        if w < 0:
            raise ValidationError("amount", "工作时长不能为负数")
        t_us, o = self._point(t, "start")
        if w == 0:
            return _from_us(t_us)
        idx = self._covering(o, o + 1)
        target = self._cum(idx, t_us, o) + w
        idx, i = self._first_day_after(idx, o, target, strict=False, what=Term("计算期限"))
        acc = idx.starts[i]
        for s, e in idx.periods[i]:
            if acc + (e - s) >= target:
                return _from_us(s + (target - acc))
            acc += e - s
        raise AssertionError("unreachable")  # pragma: no cover

    def working_length(self, duration: Duration | str) -> timedelta:
        """How much working time a working duration is (``3wd`` → 3 × working-day length).

        For a natural duration: its elapsed time.
        """
        d = _as_duration(duration)
        if not d.is_working:
            return d.natural()
        length = d.working_length(self.working_day_length)
        if d.value and not length:
            raise ValidationError("calendar", "工作日长度为零（没有设置工作时段），无法按工作日计算")
        return length

    def due(self, start: datetime, duration: Duration | str) -> datetime:
        """The due instant (aware UTC) of ``duration`` counted from ``start``.

        ``duration`` is a :class:`Duration` or its text (``"3wd"``; zero allowed).
        Natural durations: ``start + elapsed``. Working durations:
        ``add_working_time(start, working_length(duration))`` — see the module
        docstring for the boundary conventions.
        """
        d = _as_duration(duration)
        if not d.is_working:
            t_us, _ = self._point(start, "start")
            try:
                return _from_us(t_us) + d.natural()
            except OverflowError:
                raise ValidationError("within", "期限超出日历可计算的范围") from None
        return self.add_working_time(start, self.working_length(d))


def _no_work(first: int, what: Term) -> None:
    start = date.fromordinal(first).isoformat()
    raise ValidationError(
        "calendar",
        "日历自 {start} 起连续三年以上没有任何工作时间，无法{what}；请检查工作时段和节假日设置",
        start=start,
        what=what,
    )


# ---- periods text ---------------------------------------------------------------------
_HHMM = re.compile(r"([01]?[0-9]|2[0-4])[:：]([0-5][0-9])")


def _hhmm(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


def _minute_of(v: str | time, *, allow_24: bool = False) -> int:
    if isinstance(v, time):
        return v.hour * 60 + v.minute
    m = _HHMM.fullmatch(str(v).strip())
    if m is None:
        raise ValidationError("periods", "时间格式不对：“{value}”，应为 HH:MM", value=v)
    minute = int(m.group(1)) * 60 + int(m.group(2))
    if minute > 1440 or (minute == 1440 and not allow_24):
        raise ValidationError("periods", "时间无效：“{value}”", value=v)
    return minute


def parse_periods(text: str, *, field: str = "periods") -> tuple[Period, ...]:
    """Parse ``"09:00-12:00,13:30-17:30"``; an empty or blank text means no work.

    Periods must be in order and must not overlap (touching is allowed); ``24:00`` may
    end the last one. Separators ``,``、``，``、``;`` and ``、`` are accepted.
    """
    if not isinstance(text, str):
        raise ValidationError(field, "工作时段必须是文本，例如 09:00-12:00,13:30-17:30")
    parts = [p.strip() for p in re.split(r"[,，;；、]", text) if p.strip()]
    periods = []
    for part in parts:
        bits = re.split(r"\s*[-–~～至]\s*", part)
        if len(bits) != 2:
            raise ValidationError(field, "工作时段格式不对：“{value}”，应为 09:00-12:00", value=part)
        try:
            periods.append(Period(_minute_of(bits[0]), _minute_of(bits[1], allow_24=True)))
        except ValidationError as e:
            raise ValidationError(field, e.template, **e.params) from None
    return _check_periods(periods, field=field)


def format_periods(periods: Iterable[Period]) -> str:
    """The text :func:`parse_periods` reads: ``"09:00-12:00,13:30-17:30"`` (``""`` = no work)."""
    return ",".join(str(p) for p in periods)


def _check_periods(periods: Sequence[Period] | str, *, field: str = "periods") -> tuple[Period, ...]:
    if isinstance(periods, str):
        return parse_periods(periods, field=field)
    out = tuple(periods)
    for p in out:
        if not isinstance(p, Period):
            raise ValidationError(field, "工作时段必须是 Period：{value}", value=repr(p))
    for a, b in zip(out, out[1:]):
        if b.start < a.end:
            raise ValidationError(field, "工作时段须按时间顺序且不重叠：{first} 与 {second}", first=a, second=b)
    return out


# ---- helpers ----------------------------------------------------------------------------
def _from_us(us: int) -> datetime:
    return _EPOCH + timedelta(microseconds=us)


def _wall_us(midnight: datetime, minute: int, tz: ZoneInfo) -> int:
    """UTC microseconds of local wall time ``midnight + minute`` (fold=0 in gaps and folds)."""
    wall = midnight + timedelta(minutes=minute)
    return (wall.replace(tzinfo=tz) - _EPOCH) // _US


def _as_date(d: date) -> date:
    if isinstance(d, datetime):
        raise ValidationError("date", "需要日期而不是日期时间")
    if not isinstance(d, date):
        raise ValidationError("date", "需要日期：{value}", value=repr(d))
    return d


def _as_duration(d: Duration | str) -> Duration:
    if isinstance(d, Duration):
        return d
    if isinstance(d, str):
        return Duration.parse(d, field="within", allow_zero=True)
    raise ValidationError("within", "需要时长：{value}", value=repr(d))


_KIND_WORDS = {
    "holiday": DayKind.HOLIDAY, "放假": DayKind.HOLIDAY, "休息": DayKind.HOLIDAY, "节假日": DayKind.HOLIDAY,
    "workday": DayKind.WORKDAY, "上班": DayKind.WORKDAY, "调休上班": DayKind.WORKDAY, "工作日": DayKind.WORKDAY,
    "default": DayKind.DEFAULT, "默认": DayKind.DEFAULT,
}


def _kind_of(v: object) -> DayKind | None:
    if isinstance(v, DayKind):
        return v
    if isinstance(v, str):
        return _KIND_WORDS.get(v.strip().lower())
    return None


def _as_override(v: object) -> Override:
    if isinstance(v, Override):
        kind, name = _kind_of(v.kind), v.name
    elif isinstance(v, (DayKind, str)):
        kind, name = _kind_of(v), ""
    elif isinstance(v, tuple) and len(v) == 2:
        kind, name = _kind_of(v[0]), v[1]
    else:
        raise ValidationError("overrides", "无法识别的日期覆盖：{value}", value=repr(v))
    if kind is None:
        raise ValidationError("overrides", "日期类型必须是 holiday、workday 或 default：{value}", value=repr(v))
    if not isinstance(name, str):
        raise ValidationError("overrides", "名称必须是文本：{value}", value=repr(name))
    return Override(kind, name.strip())


def merge_overrides(*layers: Mapping[date, Override]) -> dict[date, Override]:
    """Lay override maps over each other; later layers win date by date.

    A ``DEFAULT`` entry in a later layer hides an earlier holiday/workday (the weekly rule
    applies again). Typical order: seed, CSV import, the admin's one-off edits.
    """
    out: dict[date, Override] = {}
    for layer in layers:
        for d, ov in layer.items():
            out[d] = _as_override(ov)
    return out


# ---- CSV ----------------------------------------------------------------------------------
_CSV_DATE = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
MAX_NAME_LENGTH = 64


def parse_overrides_csv(text: str) -> dict[date, Override]:
    """Parse an import file of lines ``date,kind,name`` into ``{date: Override}``.

    * ``date``: ``2026-10-01`` (``2026/10/1`` as spreadsheets save it is accepted too);
    * ``kind``: ``holiday`` | ``workday`` | ``default`` (also 放假/休息/节假日,
      上班/调休上班/工作日, 默认);
    * ``name``: optional, at most 64 characters (quote it if it contains a comma).

    A header row (first cell ``date`` or ``日期``), blank lines and lines starting with
    ``#`` are skipped; a UTF-8 BOM is ignored. Any bad line, a date given twice or a file
    without dates raises :class:`ValidationError` with field ``"csv"`` and a message
    naming the line number (第 N 行). Nothing is returned partially.
    """
    if not isinstance(text, str):
        raise ValidationError("csv", "CSV 内容必须是文本")
    text = text.lstrip("\ufeff")
    out: dict[date, Override] = {}
    seen_at: dict[date, int] = {}
    reader = csv.reader(io.StringIO(text, newline=""))
    first = True
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as e:
            raise ValidationError("csv", "第 {line} 行：CSV 格式错误（{error}）", line=reader.line_num, error=str(e)) from None
        n = reader.line_num
        cells = [c.strip() for c in row]
        if not cells or not any(cells) or cells[0].startswith("#"):
            continue
        if first and cells[0].lstrip("\ufeff").lower() in ("date", "日期"):
            first = False
            continue
        first = False
        if len(cells) < 2:
            raise ValidationError("csv", "第 {line} 行：至少需要“日期,类型”两列", line=n)
        if len(cells) > 3:
            raise ValidationError("csv", "第 {line} 行：列数过多，应为“日期,类型,名称”（名称含逗号请加引号）", line=n)
        m = _CSV_DATE.fullmatch(cells[0])
        try:
            if m is None:
                raise ValueError
            d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            raise ValidationError("csv", "第 {line} 行：日期无效“{value}”，应为 YYYY-MM-DD", line=n, value=cells[0]) from None
        kind = _kind_of(cells[1])
        if kind is None:
            raise ValidationError("csv", "第 {line} 行：类型无效“{value}”，应为 holiday、workday 或 default",
                                  line=n, value=cells[1])
        name = cells[2] if len(cells) == 3 else ""
        if len(name) > MAX_NAME_LENGTH:
            raise ValidationError("csv", "第 {line} 行：名称过长（最多 {count} 个字）", line=n, count=MAX_NAME_LENGTH)
        if d in seen_at:
            raise ValidationError("csv", "第 {line} 行：日期 {date} 与第 {other} 行重复", line=n, date=d.isoformat(),
                                  other=seen_at[d])
        seen_at[d] = n
        out[d] = Override(kind, name)
    if not out:
        raise ValidationError("csv", "CSV 中没有任何日期")
    return out


def format_overrides_csv(overrides: Mapping[date, Override]) -> str:
    """The CSV :func:`parse_overrides_csv` reads, with a header, sorted by date."""
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["date", "kind", "name"])
    for d in sorted(overrides):
        ov = _as_override(overrides[d])
        w.writerow([d.isoformat(), ov.kind.value, ov.name])
    return buf.getvalue()


# ---- seeding from the holidays package -------------------------------------------------------
_SUBSTITUTE_PREFIX = "休息日"


def official_years() -> frozenset[int]:
    """Years for which the installed ``holidays`` package carries the State Council's
    调休 schedule (days moved and make-up working days).

    For other years :func:`seed_overrides` gives only the library's estimate of the
    holidays (with weekend holidays moved to the next weekdays) and no make-up working
    days: the admin must import the schedule once it is published.
    """
    try:
        from holidays.countries.china import ChinaStaticHolidays
    except ImportError:  # pragma: no cover - layout of another holidays version
        return frozenset()
    return frozenset(getattr(ChinaStaticHolidays, "special_public_holidays", {}))


def _festival(name: str) -> str:
    """The festival a holiday name belongs to: ``国庆节（补假）`` → ``国庆节``, ``农历除夕`` → ``春节``."""
    if name == "农历除夕":
        return "春节"
    for suffix in ("（补假）", "（补假，推定）", "（推定）"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def seed_overrides(years: Iterable[int], *, fill_weekends: bool = True) -> dict[date, Override]:
    """Public holidays and make-up working days of mainland China for ``years``.

    Taken from ``holidays.China`` (Chinese names):

    * every date it lists becomes ``Override(HOLIDAY, name)`` — ``国庆节``,
      ``国庆节（补假）``, ``休息日（由 2026-09-20 调休）``…;
    * every make-up working day (the package's ``weekend_workdays``) becomes
      ``Override(WORKDAY, "调休上班（<festival>）")``;
    * with ``fill_weekends`` the Saturdays and Sundays inside or next to a break also get
      ``Override(HOLIDAY, <festival>)``, so that ``calendar show`` names the whole break
      as the State Council notice does (e.g. 2026-02-15 … 02-23 all 春节). It changes
      no working time: those days are off anyway.

    Only dates inside ``years`` are returned. See :func:`official_years` for which
    years carry the official schedule rather than an estimate.
    """
    ys = sorted({int(y) for y in years})
    if not ys:
        return {}
    if ys[0] < 1950 or ys[-1] > 9998:
        raise ValidationError("years", "年份超出范围")
    import holidays  # lazy: only seeding needs the package

    # Next year's notice may name a working day at the end of this year.
    lib = holidays.China(years=[*ys, ys[-1] + 1], language="zh_CN")
    wanted = set(ys)
    out: dict[date, Override] = {}
    for d, name in sorted(lib.items()):
        if d.year in wanted:
            out[d] = Override(DayKind.HOLIDAY, str(name))

    for d in sorted(getattr(lib, "weekend_workdays", ())):
        if d.year not in wanted:
            continue
        festival = ""
        tag = d.isoformat()
        moved_to = next((h for h, n in lib.items() if tag in str(n)), None)
        if moved_to is not None:
            real = [(abs((h - moved_to).days), h) for h, n in lib.items()
                    if not str(n).startswith(_SUBSTITUTE_PREFIX) and abs((h - moved_to).days) <= 10]
            if real:
                festival = _festival(str(lib[min(real)[1]]))
        out[d] = Override(DayKind.WORKDAY, f"调休上班（{festival}）" if festival else "调休上班")

    if fill_weekends:
        _fill_break_weekends(out, wanted)
    return out


def _fill_break_weekends(out: dict[date, Override], wanted: set[int]) -> None:
    """Name the free weekend days that belong to a holiday break (mutates ``out``)."""
    holidays_ = sorted(d for d, ov in out.items() if ov.kind is DayKind.HOLIDAY)
    for h in holidays_:
        festival = _festival(out[h].name)
        if festival.startswith(_SUBSTITUTE_PREFIX):
            continue
        for step in (-1, 1):
            d = h + timedelta(days=step)
            # walk through the run of days off next to this festival day
            while d.year in wanted:
                ov = out.get(d)
                if ov is not None and ov.kind is DayKind.HOLIDAY:
                    d += timedelta(days=step)
                    continue
                if ov is None and d.isoweekday() >= 6:
                    out[d] = Override(DayKind.HOLIDAY, festival)
                    d += timedelta(days=step)
                    continue
                break
