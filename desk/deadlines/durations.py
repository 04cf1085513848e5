"""Durations of time limits: natural time (自然时) and working time (工作时).

A duration is written as a whole number followed by a unit, with no space::

    30m   4h   2d          natural time: plain elapsed time (a day is exactly 24 h)
    90wm  6wh  3wd         working time: counted only inside the office's work periods

``N wd`` (working days) means N × the calendar's working-day length, counted in
working time (see :class:`desk.deadlines.calendar.WorkCalendar`). Because that length
belongs to the calendar, a ``wd`` duration cannot be turned into minutes without one.

Parsing rules (decided, and pinned by tests/core/test_durations.py):

* Surrounding whitespace is ignored; the unit is case-insensitive (``3WD`` → ``3wd``);
  leading zeros are accepted and dropped (``07h`` → ``7h``).
* The amount is a whole number: fractions (``1.5wd``), signs (``-2h``, ``+2h``),
  spaces inside (``3 wd``), several parts (``1wd2wh``) and unknown units are refused.
  Write ``90m`` rather than ``1.5h``.
* Zero is refused unless the caller passes ``allow_zero=True`` (an escalation offset
  may be zero — "at the due instant" — but a time limit may not).
* At most 3650 days' worth: ``3650d``/``3650wd``, ``87600h``/``87600wh``,
  ``5256000m``/``5256000wm``.

Every refusal is a :class:`desk.errors.ValidationError` whose ``field`` is the name the
caller passed (default ``"duration"``) and whose message is in Chinese.

``str(d)`` gives the canonical text, and ``Duration.parse(str(d)) == d``.
Durations compare structurally: ``Duration(60, "m") != Duration(1, "h")`` although
both are one hour; use :meth:`Duration.natural` or :meth:`Duration.working_length`
to compare lengths.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta
from enum import Enum

from desk.errors import Term, ValidationError

__all__ = ["Duration", "Unit", "parse_duration", "MAX_DAYS"]

#: The longest duration accepted, in days (counting a day as 24 hours).
MAX_DAYS = 3650


class Unit(str, Enum):
    """The unit of a :class:`Duration`. The value is the suffix used in text."""

    MINUTES = "m"
    HOURS = "h"
    DAYS = "d"
    WORKING_MINUTES = "wm"
    WORKING_HOURS = "wh"
    WORKING_DAYS = "wd"

    @property
    def is_working(self) -> bool:
        return self.value.startswith("w")


# Minutes per unit; working days have no fixed length in minutes (it is the calendar's).
_MINUTES = {
    Unit.MINUTES: 1,
    Unit.HOURS: 60,
    Unit.DAYS: 1440,
    Unit.WORKING_MINUTES: 1,
    Unit.WORKING_HOURS: 60,
}
_MAX_VALUE = {
    Unit.MINUTES: MAX_DAYS * 1440,
    Unit.HOURS: MAX_DAYS * 24,
    Unit.DAYS: MAX_DAYS,
    Unit.WORKING_MINUTES: MAX_DAYS * 1440,
    Unit.WORKING_HOURS: MAX_DAYS * 24,
    Unit.WORKING_DAYS: MAX_DAYS,
}
_LABEL = {
    Unit.MINUTES: "{}分钟",
    Unit.HOURS: "{}小时",
    Unit.DAYS: "{}天",
    Unit.WORKING_MINUTES: "{}工作分钟",
    Unit.WORKING_HOURS: "{}工作小时",
    Unit.WORKING_DAYS: "{}个工作日",
}
_UNITS_HINT = Term("m（分钟）、h（小时）、d（天）、wm（工作分钟）、wh（工作小时）、wd（工作日）")
_PATTERN = re.compile(r"([0-9]+)([a-z]+)")


@dataclass(frozen=True, slots=True)
class Duration:
    """A whole number of a :class:`Unit`. Immutable and hashable.

    ``Duration(3, "wd")`` and ``Duration(3, Unit.WORKING_DAYS)`` are the same value.
    Construction validates like :meth:`parse` does (zero is allowed here; only
    :meth:`parse` refuses it by default).
    """

    value: int
    unit: Unit

    def __post_init__(self) -> None:
        try:
            unit = Unit(self.unit)
        except ValueError:
            raise ValidationError("duration", "未知的时长单位“{unit}”，可用：{units}", unit=self.unit,
                                  units=_UNITS_HINT) from None
        object.__setattr__(self, "unit", unit)
        if isinstance(self.value, bool) or not isinstance(self.value, int):
            raise ValidationError("duration", "时长必须是整数")
        if self.value < 0:
            raise ValidationError("duration", "时长不能为负数")
        if self.value > _MAX_VALUE[unit]:
            raise ValidationError("duration", "时长过长：最多 {most}（{days} 天）",
                                  most=f"{_MAX_VALUE[unit]}{unit.value}", days=MAX_DAYS)

    # ---- text -------------------------------------------------------------------
    @classmethod
    def parse(cls, text: str, *, field: str = "duration", allow_zero: bool = False) -> Duration:
        """Parse ``"30m"``, ``"4h"``, ``"2d"``, ``"90wm"``, ``"6wh"`` or ``"3wd"``.

        ``field`` is put on the :class:`ValidationError` so the UI can point at the
        offending input (for example ``"resolve_within"``).
        """
        if not isinstance(text, str):
            raise ValidationError(field, "时长必须是文本，例如 3wd")
        s = text.strip()
        if not s:
            raise ValidationError(field, "请填写时长，例如 30m、4h、2d、6wh、3wd")
        m = _PATTERN.fullmatch(s.lower())
        if m is None:
            raise _explain(field, s)
        digits, suffix = m.groups()
        try:
            unit = Unit(suffix)
        except ValueError:
            raise ValidationError(field, "未知的时长单位“{unit}”，可用：{units}", unit=suffix, units=_UNITS_HINT) from None
        if len(digits.lstrip("0")) > 9:
            raise ValidationError(field, "时长过长：最多 {most}（{days} 天）", most=f"{_MAX_VALUE[unit]}{unit.value}",
                                  days=MAX_DAYS)
        value = int(digits)
        if value == 0 and not allow_zero:
            raise ValidationError(field, "时长必须大于零")
        try:
            return cls(value, unit)
        except ValidationError as e:
            raise ValidationError(field, e.template, **e.params) from None

    def __str__(self) -> str:
        return f"{self.value}{self.unit.value}"

    @property
    def label(self) -> str:
        """Chinese text for display, e.g. ``3个工作日``, ``30分钟``."""
        return _LABEL[self.unit].format(self.value)

    # ---- kind -------------------------------------------------------------------
    @property
    def is_working(self) -> bool:
        """True for working time (``wm``, ``wh``, ``wd``), False for natural time."""
        return self.unit.is_working

    @property
    def is_zero(self) -> bool:
        return self.value == 0

    def natural(self) -> timedelta:
        """The elapsed time of a natural duration (``2d`` → 48 hours).

        Raises ``TypeError`` for working durations: their length depends on a calendar.
        """
        if self.is_working:
            raise TypeError(f"{self} is working time; use WorkCalendar.working_length()")
        return timedelta(minutes=self.value * _MINUTES[self.unit])

    def working_length(self, working_day: timedelta) -> timedelta:
        """The amount of working time of a working duration, given the working-day length.

        ``3wd`` → ``3 × working_day``; ``6wh`` → 6 hours; ``90wm`` → 90 minutes.
        Raises ``TypeError`` for natural durations.
        """
        if not self.is_working:
            raise TypeError(f"{self} is natural time, not working time")
        if self.unit is Unit.WORKING_DAYS:
            return self.value * working_day
        return timedelta(minutes=self.value * _MINUTES[self.unit])

    # ---- arithmetic ---------------------------------------------------------------
    def __add__(self, other: object) -> Duration:
        """Add two durations of the same kind.

        * Same unit: the unit is kept (``2wd + 3wd == 5wd``).
        * Natural + natural, or ``wm``/``wh`` + ``wm``/``wh``: the result is in the
          largest unit, no larger than the larger operand's, that holds the sum
          exactly (``1h + 30m == 90m``, ``1h + 60m == 2h``, ``1d + 1h == 25h``).
        * Natural + working, or ``wd`` + ``wh``/``wm``: ``TypeError`` (a working day
          has no fixed number of minutes without a calendar; natural and working time
          cannot be mixed at all).

        A sum beyond the maximum (3650 days' worth) raises ValidationError like any Duration.
        For working durations ``cal.due(cal.due(t, a), b) == cal.due(t, a + b)``.
        """
        if not isinstance(other, Duration):
            return NotImplemented
        if self.unit is other.unit:
            return Duration(self.value + other.value, self.unit)
        if self.is_working != other.is_working:
            raise TypeError(f"cannot add natural and working time: {self} + {other}")
        if Unit.WORKING_DAYS in (self.unit, other.unit):
            raise TypeError(f"cannot add working days and working hours/minutes: {self} + {other}")
        minutes = self.value * _MINUTES[self.unit] + other.value * _MINUTES[other.unit]
        ceiling = max(_MINUTES[self.unit], _MINUTES[other.unit])
        for unit in sorted(_MINUTES, key=_MINUTES.__getitem__, reverse=True):
            if unit.is_working == self.is_working and _MINUTES[unit] <= ceiling and minutes % _MINUTES[unit] == 0:
                return Duration(minutes // _MINUTES[unit], unit)
        raise AssertionError("unreachable: minutes always divide")  # pragma: no cover

    def __mul__(self, n: object) -> Duration:
        """``Duration(2, "wd") * 3 == Duration(6, "wd")`` (a non-negative whole factor)."""
        if isinstance(n, bool) or not isinstance(n, int):
            return NotImplemented
        return Duration(self.value * n, self.unit)

    __rmul__ = __mul__


def parse_duration(text: str, *, field: str = "duration", allow_zero: bool = False) -> Duration:
    """Same as :meth:`Duration.parse`."""
    return Duration.parse(text, field=field, allow_zero=allow_zero)


def _explain(field: str, s: str) -> ValidationError:
    """The error saying why ``s`` is not a duration."""
    low = s.lower()
    if low.startswith("-"):
        return ValidationError(field, "时长不能为负数")
    if low.startswith("+"):
        return ValidationError(field, "时长格式不对：“{text}”，请去掉加号，例如 3wd", text=s)
    if re.fullmatch(r"[0-9]*[.,．][0-9]*[a-z]*", low):
        return ValidationError(field, "时长必须是整数：“{text}”，例如用 90m 代替 1.5h", text=s)
    if re.search(r"\s", low):
        return ValidationError(field, "时长格式不对：“{text}”，数字和单位之间不要空格，例如 3wd", text=s)
    if re.fullmatch(r"[0-9]+", low):
        return ValidationError(field, "时长缺少单位：“{text}”，可用：{units}", text=s, units=_UNITS_HINT)
    if re.fullmatch(r"([0-9]+[a-z]+){2,}", low):
        return ValidationError(field, "时长只能有一个单位：“{text}”", text=s)
    if re.fullmatch(r"[a-z]+", low):
        return ValidationError(field, "时长缺少数字：“{text}”，例如 3wd", text=s)
    return ValidationError(field, "时长格式不对：“{text}”，应为整数加单位，例如 30m、4h、2d、6wh、3wd", text=s)


def split_span(amount: timedelta, day: timedelta) -> tuple[int, int, int]:
    """``amount`` as whole (days, hours, minutes), cut down, where a day is ``day`` long (24 hours for clock
    time, the calendar's working-day length for working time; a zero ``day`` counts hours only).

    The one rule for showing how late or how much is left: the badges, the escalation pages and the report.
    """
    minutes = max(0, int(amount.total_seconds() // 60))
    day_minutes = int(day.total_seconds() // 60)
    days, rest = divmod(minutes, day_minutes) if day_minutes > 0 else (0, minutes)
    hours, mins = divmod(rest, 60)
    return days, hours, mins
