"""The working calendar: properties, the real 2026 schedule, boundaries, CSV import."""
from __future__ import annotations

import threading
import time as _time
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from desk.deadlines import (
    DayKind,
    Duration,
    Override,
    Period,
    Unit,
    WorkCalendar,
    format_overrides_csv,
    format_periods,
    merge_overrides,
    official_years,
    parse_overrides_csv,
    parse_periods,
    seed_overrides,
)
from desk.errors import ValidationError

SH = ZoneInfo("Asia/Shanghai")
BERLIN = ZoneInfo("Europe/Berlin")
UTC = timezone.utc
SEED = seed_overrides([2025, 2026, 2027])
CAL = WorkCalendar("Asia/Shanghai", overrides=SEED)
PROPS = settings(max_examples=200, deadline=None)


def sh(y: int, m: int, d: int, hh: int = 0, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=SH)


def local(t: datetime) -> datetime:
    return t.astimezone(SH)


# ---- an independent, slow oracle built only on periods_on() -----------------------------------
def oracle_add(cal: WorkCalendar, t: datetime, amount: timedelta) -> datetime:
    if not amount:
        return t.astimezone(UTC)
    remaining = amount
    d = cal.local(t).date()
    for _ in range(4000):
        for s, e in cal.periods_on(d):
            if e <= t:
                continue
            s = max(s, t)
            if e - s >= remaining:
                return s + remaining
            remaining -= e - s
        d += timedelta(days=1)
    raise AssertionError("oracle ran off")


def oracle_between(cal: WorkCalendar, a: datetime, b: datetime) -> timedelta:
    if b < a:
        return -oracle_between(cal, b, a)
    total = timedelta()
    d = cal.local(a).date() - timedelta(days=1)
    while d <= cal.local(b).date() + timedelta(days=1):
        for s, e in cal.periods_on(d):
            lo, hi = max(s, a), min(e, b)
            if hi > lo:
                total += hi - lo
        d += timedelta(days=1)
    return total


# ---- strategies -------------------------------------------------------------------------------
def instants(tz: ZoneInfo, lo: date = date(2025, 9, 1), hi: date = date(2027, 3, 1)):
    """Any instant, or one on a half-hour grid so that period boundaries come up often."""
    anywhere = st.datetimes(
        min_value=datetime.combine(lo, time()), max_value=datetime.combine(hi, time()),
        timezones=st.just(tz), allow_imaginary=False,
    )
    aligned = st.builds(
        lambda d, slot: datetime.combine(d, time(slot // 2, 30 * (slot % 2)), tzinfo=tz),
        st.dates(lo, hi), st.integers(0, 47),
    )
    return st.one_of(anywhere, aligned)


working = st.one_of(
    st.builds(Duration, st.integers(0, 3000), st.just(Unit.WORKING_MINUTES)),
    st.builds(Duration, st.integers(0, 60), st.just(Unit.WORKING_HOURS)),
    st.builds(Duration, st.integers(0, 30), st.just(Unit.WORKING_DAYS)),
)
natural = st.one_of(
    st.builds(Duration, st.integers(0, 5000), st.just(Unit.MINUTES)),
    st.builds(Duration, st.integers(0, 200), st.just(Unit.HOURS)),
    st.builds(Duration, st.integers(0, 60), st.just(Unit.DAYS)),
)


def same_family_pair():
    """Two working durations that may be added (wd with wd; wh/wm with wh/wm)."""
    days = st.builds(Duration, st.integers(0, 20), st.just(Unit.WORKING_DAYS))
    clock = st.one_of(
        st.builds(Duration, st.integers(0, 2000), st.just(Unit.WORKING_MINUTES)),
        st.builds(Duration, st.integers(0, 40), st.just(Unit.WORKING_HOURS)),
    )
    return st.one_of(st.tuples(days, days), st.tuples(clock, clock))


# ---- properties -------------------------------------------------------------------------------
@PROPS
@given(instants(SH), st.one_of(working, natural))
def test_due_is_never_before_start_and_is_utc(t, d):
    due = CAL.due(t, d)
    assert due >= t
    assert due.utcoffset() == timedelta(0)


@PROPS
@given(instants(SH), same_family_pair())
def test_working_durations_add_up(t, pair):
    a, b = pair
    assert CAL.due(CAL.due(t, a), b) == CAL.due(t, a + b)


@PROPS
@given(instants(SH), working)
def test_working_time_to_the_due_instant_is_the_duration(t, d):
    assert CAL.working_time_between(t, CAL.due(t, d)) == CAL.working_length(d)


@PROPS
@given(instants(SH), instants(SH), st.one_of(working, natural))
def test_due_is_monotonic_in_start(t1, t2, d):
    t1, t2 = sorted((t1, t2))
    assert CAL.due(t1, d) <= CAL.due(t2, d)


@PROPS
@given(instants(SH), natural)
def test_natural_durations_are_plain_addition(t, d):
    assert CAL.due(t, d) == t + d.natural()


@PROPS
@given(instants(SH), working)
def test_due_matches_a_slow_oracle(t, d):
    assert CAL.due(t, d) == oracle_add(CAL, t, CAL.working_length(d))


@PROPS
@given(instants(SH), instants(SH), instants(SH))
def test_working_time_between_is_additive_and_antisymmetric(a, b, c):
    assert CAL.working_time_between(a, c) == CAL.working_time_between(a, b) + CAL.working_time_between(b, c)
    assert CAL.working_time_between(a, b) == -CAL.working_time_between(b, a)
    assert CAL.working_time_between(a, b) == oracle_between(CAL, a, b)


@PROPS
@given(instants(SH), working)
def test_due_is_the_earliest_instant(t, d):
    due = CAL.due(t, d)
    assume(due > t)
    assert CAL.working_time_between(t, due - timedelta(microseconds=1)) < CAL.working_length(d)


@PROPS
@given(instants(SH))
def test_next_working_moment(t):
    n = CAL.next_working_moment(t)
    assert n >= t
    assert CAL.is_working_time(n)
    assert CAL.working_time_between(t, n) == timedelta(0)
    if CAL.is_working_time(t):
        assert n == t


# ---- the real 2026 schedule --------------------------------------------------------------------
def test_seed_2026_spring_festival():
    assert date(2026, 2, 14).isoweekday() == 6 and date(2026, 2, 28).isoweekday() == 6
    assert CAL.is_working_day(date(2026, 2, 14))
    assert CAL.is_working_day(date(2026, 2, 28))
    assert CAL.day_info(date(2026, 2, 14)).label == "调休上班"
    assert CAL.day_kind(date(2026, 2, 14)).kind is DayKind.WORKDAY
    for day in range(15, 24):
        assert not CAL.is_working_day(date(2026, 2, day)), day
        assert CAL.day_info(date(2026, 2, day)).label == "节假日"
    assert CAL.is_working_day(date(2026, 2, 13)) and CAL.is_working_day(date(2026, 2, 24))
    assert CAL.day_kind(date(2026, 2, 17)) == Override(DayKind.HOLIDAY, "春节")
    assert CAL.day_kind(date(2026, 2, 15)).name == "春节"  # the Sunday that opens the break


def test_seed_2026_national_day():
    for day in range(1, 8):
        assert not CAL.is_working_day(date(2026, 10, day)), day
    assert CAL.day_kind(date(2026, 10, 1)) == Override(DayKind.HOLIDAY, "国庆节")
    assert CAL.is_working_day(date(2026, 9, 30)) and CAL.is_working_day(date(2026, 10, 8))
    # The make-up days. Note: 2026-09-20 is a SUNDAY (the issue calls it "Sat Sep 20");
    # the State Council notice and the holidays package both say 9月20日（周日）上班.
    assert date(2026, 9, 20).isoweekday() == 7
    assert date(2026, 10, 10).isoweekday() == 6
    for d in (date(2026, 9, 20), date(2026, 10, 10)):
        assert CAL.is_working_day(d)
        assert CAL.day_info(d).label == "调休上班"
        assert CAL.day_info(d).periods == CAL.standard_day
    assert not CAL.is_working_day(date(2026, 9, 19))  # the Saturday before stays off
    assert not CAL.is_working_day(date(2026, 10, 11))


def test_seed_2026_other_breaks():
    off = [date(2026, 1, 1), date(2026, 1, 2), date(2026, 4, 6), date(2026, 5, 4), date(2026, 5, 5),
           date(2026, 6, 19), date(2026, 9, 25)]
    for d in off:
        assert not CAL.is_working_day(d), d
    for d in (date(2026, 1, 4), date(2026, 5, 9)):
        assert CAL.day_info(d).label == "调休上班", d


def test_one_working_day_across_national_day():
    assert local(CAL.due(sh(2026, 9, 30, 10), "1wd")) == sh(2026, 10, 8, 10)
    assert local(CAL.due(sh(2026, 9, 30, 10), "7wh")) == sh(2026, 10, 8, 10)
    assert local(CAL.due(sh(2026, 9, 30, 10), "6wh")) == sh(2026, 9, 30, 17, 30)


def test_three_working_days_spanning_oct_1_to_7_work_on_saturday_oct_10():
    # Sep 30: 6h; Oct 8: 7h; Oct 9: 7h; Sat Oct 10 (调休上班): the last hour.
    assert local(CAL.due(sh(2026, 9, 30, 10), "3wd")) == sh(2026, 10, 10, 10)
    assert local(CAL.due(sh(2026, 9, 30, 10), "4wd")) == sh(2026, 10, 12, 10)


def test_start_on_a_holiday():
    assert local(CAL.due(sh(2026, 10, 3, 11), "1wd")) == sh(2026, 10, 8, 17, 30)
    assert local(CAL.next_working_moment(sh(2026, 10, 1, 9))) == sh(2026, 10, 8, 9)


def test_sunday_make_up_day_before_national_day():
    # Fri Sep 18 16:00 has 1.5h left; Sat 19 is off; Sun 20 is a working day.
    assert local(CAL.due(sh(2026, 9, 18, 16), "1wd")) == sh(2026, 9, 20, 16)
    assert local(CAL.next_working_moment(sh(2026, 9, 19, 12))) == sh(2026, 9, 20, 9)


def test_spring_festival_break():
    start = sh(2026, 2, 13, 14)  # Friday; 3.5h left that day
    assert local(CAL.due(start, "1wd")) == sh(2026, 2, 14, 14)  # Saturday make-up day
    assert local(CAL.due(start, "2wd")) == sh(2026, 2, 24, 14)  # after Feb 15–23
    assert local(CAL.due(sh(2026, 2, 27, 9), "2wd")) == sh(2026, 2, 28, 17, 30)
    assert CAL.working_time_between(sh(2026, 2, 14, 17, 30), sh(2026, 2, 24, 9)) == timedelta(0)
    assert CAL.working_time_between(sh(2026, 2, 13, 9), sh(2026, 2, 24, 17, 30)) == timedelta(hours=21)


def test_emergency_limits_are_natural_time_even_on_holidays():
    assert local(CAL.due(sh(2026, 10, 1, 23, 50), "30m")) == sh(2026, 10, 2, 0, 20)
    assert local(CAL.due(sh(2026, 10, 1, 10), "24h")) == sh(2026, 10, 2, 10)


def test_official_years_cover_2026():
    assert 2026 in official_years()


def test_month_table():
    rows = CAL.month_table(2026, 10)
    assert [r.date.day for r in rows] == list(range(1, 32))
    by_day = {r.date.day: r for r in rows}
    assert by_day[1].label == "节假日" and by_day[1].name == "国庆节"
    assert by_day[4].label == "节假日"  # the Sunday inside the break
    assert by_day[8].label == "工作日" and format_periods(by_day[8].periods) == "09:00-12:00,13:30-17:30"
    assert by_day[10].label == "调休上班" and by_day[10].working_time == timedelta(hours=7)
    assert by_day[11].label == "休息日" and not by_day[11].working
    assert len(CAL.month_table(2026, 2)) == 28 and len(CAL.month_table(2028, 2)) == 29
    with pytest.raises(ValidationError):
        CAL.month_table(2026, 13)


# ---- boundaries and starts outside working time ---------------------------------------------------
PLAIN = WorkCalendar()  # default week, no holidays: 2026-11-23 is a Monday


def test_default_settings():
    assert PLAIN.timezone == "Asia/Shanghai"
    assert PLAIN.working_day_length == timedelta(hours=7)
    assert format_periods(PLAIN.standard_day) == "09:00-12:00,13:30-17:30"
    assert PLAIN.periods_on(date(2026, 11, 23)) == [
        (datetime(2026, 11, 23, 1, tzinfo=UTC), datetime(2026, 11, 23, 4, tzinfo=UTC)),
        (datetime(2026, 11, 23, 5, 30, tzinfo=UTC), datetime(2026, 11, 23, 9, 30, tzinfo=UTC)),
    ]
    assert PLAIN.periods_on(date(2026, 11, 28)) == []


@pytest.mark.parametrize(
    ("start", "within", "expected"),
    [
        (sh(2026, 11, 23, 9), "1wd", sh(2026, 11, 23, 17, 30)),  # a day's end stays at 17:30
        (sh(2026, 11, 23, 9), "3wh", sh(2026, 11, 23, 12)),  # a morning's end stays at 12:00
        (sh(2026, 11, 23, 9), "2wd", sh(2026, 11, 24, 17, 30)),
        (sh(2026, 11, 23, 12), "1wh", sh(2026, 11, 23, 14, 30)),  # start at the lunch break
        (sh(2026, 11, 23, 12, 30), "1wh", sh(2026, 11, 23, 14, 30)),  # inside the lunch break
        (sh(2026, 11, 23, 17, 30), "1wh", sh(2026, 11, 24, 10)),  # at the end of the day
        (sh(2026, 11, 23, 20), "1wh", sh(2026, 11, 24, 10)),  # evening
        (sh(2026, 11, 24, 3), "1wh", sh(2026, 11, 24, 10)),  # before dawn
        (sh(2026, 11, 28, 10), "1wd", sh(2026, 11, 30, 17, 30)),  # Saturday
        (sh(2026, 11, 27, 17), "1wh", sh(2026, 11, 30, 9, 30)),  # Friday evening over the weekend
        (sh(2026, 11, 23, 11, 59), "1wm", sh(2026, 11, 23, 12)),
        (sh(2026, 11, 23, 11, 59), "2wm", sh(2026, 11, 23, 13, 31)),
        (sh(2026, 11, 28, 10), "0wd", sh(2026, 11, 28, 10)),  # zero: the start itself
        (sh(2026, 11, 23, 9), "5wd", sh(2026, 11, 27, 17, 30)),
    ],
)
def test_boundaries(start, within, expected):
    assert local(PLAIN.due(start, within)) == expected


def test_sub_minute_start_is_exact():
    t = datetime(2026, 11, 23, 10, 0, 7, 123456, tzinfo=SH)
    assert local(PLAIN.due(t, "1wh")) == datetime(2026, 11, 23, 11, 0, 7, 123456, tzinfo=SH)


def test_next_working_moment_and_is_working_time():
    assert local(PLAIN.next_working_moment(sh(2026, 11, 23, 9))) == sh(2026, 11, 23, 9)
    assert local(PLAIN.next_working_moment(sh(2026, 11, 23, 12))) == sh(2026, 11, 23, 13, 30)
    assert local(PLAIN.next_working_moment(sh(2026, 11, 23, 17, 30))) == sh(2026, 11, 24, 9)
    assert local(PLAIN.next_working_moment(sh(2026, 11, 27, 18))) == sh(2026, 11, 30, 9)
    assert PLAIN.is_working_time(sh(2026, 11, 23, 9))
    assert not PLAIN.is_working_time(sh(2026, 11, 23, 12))
    assert not PLAIN.is_working_time(sh(2026, 11, 23, 17, 30))
    assert not PLAIN.is_working_time(sh(2026, 11, 28, 10))


def test_working_time_between_and_suspension_extension():
    assert PLAIN.working_time_between(sh(2026, 11, 23, 9), sh(2026, 11, 24, 9)) == timedelta(hours=7)
    assert PLAIN.working_time_between(sh(2026, 11, 24, 9), sh(2026, 11, 23, 9)) == -timedelta(hours=7)
    assert PLAIN.working_time_between(sh(2026, 11, 27, 17), sh(2026, 11, 30, 10)) == timedelta(hours=1, minutes=30)
    # A suspension from Wed 10:00 to Thu 15:00: Wed 10:00→17:30 is 6h, Thu 09:00→15:00 is 4.5h.
    paused = PLAIN.working_time_between(sh(2026, 11, 25, 10), sh(2026, 11, 26, 15))
    assert paused == timedelta(hours=10, minutes=30)
    # Pushing a Friday 17:30 due back by it: Monday's 7h, then 3.5h on Tuesday.
    old_due = sh(2026, 11, 27, 17, 30)
    assert local(PLAIN.add_working_time(old_due, paused)) == sh(2026, 12, 1, 14)
    assert PLAIN.add_working_time(old_due, timedelta(0)) == old_due
    with pytest.raises(ValidationError):
        PLAIN.add_working_time(old_due, -timedelta(minutes=1))


def test_bad_inputs_are_typed():
    with pytest.raises(ValidationError) as e:
        PLAIN.due(datetime(2026, 11, 23, 9), "1wd")  # naive
    assert e.value.field == "start"
    with pytest.raises(ValidationError) as e:
        PLAIN.due(sh(2026, 11, 23, 9), "1.5wd")
    assert e.value.field == "within"
    with pytest.raises(ValidationError):
        PLAIN.is_working_day(datetime(2026, 11, 23, 9))  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as e:
        WorkCalendar("Asia/Nowhere")
    assert e.value.field == "timezone"
    with pytest.raises(ValidationError):
        WorkCalendar(week={8: "09:00-12:00"})
    with pytest.raises(ValidationError):
        WorkCalendar(overrides={date(2026, 1, 1): "maybe"})


# ---- settings: week, standard day, overrides ----------------------------------------------------
def test_parse_periods():
    assert parse_periods("09:00-12:00,13:30-17:30") == (Period(540, 720), Period(810, 1050))
    assert parse_periods("9:00-12:00") == (Period(540, 720),)
    assert parse_periods("09:00-12:00，13:30-17:30") == parse_periods("09:00-12:00,13:30-17:30")
    assert parse_periods("") == ()
    assert parse_periods("00:00-24:00") == (Period(0, 1440),)
    assert format_periods(parse_periods("08:30-12:00,14:00-18:00")) == "08:30-12:00,14:00-18:00"
    for bad in ["09:00-08:00", "09:00-12:00,11:00-13:00", "13:00-14:00,09:00-10:00", "9-12", "25:00-26:00", "09:00"]:
        with pytest.raises(ValidationError):
            parse_periods(bad)


def test_make_up_day_uses_the_standard_day_and_short_fridays_do_not_change_1wd():
    week = {1: "09:00-12:00,13:30-17:30", 2: "09:00-12:00,13:30-17:30", 3: "09:00-12:00,13:30-17:30",
            4: "09:00-12:00,13:30-17:30", 5: "09:00-12:00"}
    cal = WorkCalendar(week=week, overrides={date(2026, 11, 28): Override(DayKind.WORKDAY, "调休上班")})
    assert cal.working_day_length == timedelta(hours=7)
    assert cal.day_info(date(2026, 11, 27)).working_time == timedelta(hours=3)
    assert cal.day_info(date(2026, 11, 28)).working_time == timedelta(hours=7)
    # Thu 09:00 + 2wd: Thu 7h, Fri 3h, Sat (make-up) 4h → Sat 14:30... 09:00-12:00 + 13:30-14:30
    assert local(cal.due(sh(2026, 11, 26, 9), "2wd")) == sh(2026, 11, 28, 14, 30)


def test_overrides_layers_and_default_cancels():
    seed = {date(2026, 11, 23): Override(DayKind.HOLIDAY, "测试假日")}
    admin = {date(2026, 11, 23): Override(DayKind.DEFAULT, "")}
    assert not WorkCalendar(overrides=seed).is_working_day(date(2026, 11, 23))
    merged = merge_overrides(seed, admin)
    assert WorkCalendar(overrides=merged).is_working_day(date(2026, 11, 23))
    cal = WorkCalendar(overrides=seed).with_overrides({date(2026, 11, 23): "default", date(2026, 11, 24): "holiday"})
    assert cal.is_working_day(date(2026, 11, 23)) and not cal.is_working_day(date(2026, 11, 24))
    assert cal.day_kind(date(2026, 11, 23)).kind is DayKind.DEFAULT
    tuple_form = WorkCalendar(overrides={date(2026, 11, 28): ("workday", "调休上班")})
    assert tuple_form.day_kind(date(2026, 11, 28)) == Override(DayKind.WORKDAY, "调休上班")


# ---- calendars that never work -------------------------------------------------------------------
def test_all_holiday_calendar_raises_instead_of_hanging():
    began = _time.perf_counter()
    cal = WorkCalendar(week={})
    with pytest.raises(ValidationError) as e:
        cal.due(sh(2026, 11, 23, 9), "1wh")
    assert e.value.field == "calendar" and "三年" in e.value.message
    with pytest.raises(ValidationError):
        cal.next_working_moment(sh(2026, 11, 23, 9))
    with pytest.raises(ValidationError):
        cal.due(sh(2026, 11, 23, 9), "1wd")  # a working day of zero length
    assert cal.due(sh(2026, 11, 23, 9), "24h") == sh(2026, 11, 24, 9)  # natural time still works
    # Six years of holidays, then work again: the gap is too long to cross…
    every_day_off = {date(2026, 1, 1) + timedelta(days=i): Override(DayKind.HOLIDAY, "") for i in range(6 * 366)}
    six_years_off = WorkCalendar(overrides=every_day_off)
    with pytest.raises(ValidationError):
        six_years_off.due(sh(2026, 3, 1, 9), "1wh")
    with pytest.raises(ValidationError):
        six_years_off.due(sh(2025, 12, 31, 9), "2wd")
    # …but counting that ends before it, or starts after it, is fine.
    assert local(six_years_off.due(sh(2025, 12, 31, 9), "1wd")) == sh(2025, 12, 31, 17, 30)
    assert six_years_off.working_time_between(sh(2025, 12, 31, 9), sh(2033, 1, 1)) > timedelta(0)
    assert _time.perf_counter() - began < 5


def test_a_single_working_day_two_years_ahead_is_found():
    cal = WorkCalendar(week={}, standard_day="09:00-17:00",
                       overrides={date(2028, 6, 1): Override(DayKind.WORKDAY, "唯一的工作日")})
    assert local(cal.due(sh(2026, 6, 1, 9), "1wh")) == sh(2028, 6, 1, 10)
    assert cal.working_time_between(sh(2026, 6, 1), sh(2030, 1, 1)) == timedelta(hours=8)


# ---- time zones with daylight saving time ---------------------------------------------------------
ALWAYS = {d: "00:00-24:00" for d in range(1, 8)}
ROUND_THE_CLOCK_BERLIN = WorkCalendar("Europe/Berlin", week=ALWAYS)


@PROPS
@given(instants(BERLIN, date(2026, 3, 20), date(2026, 11, 5)), st.integers(0, 6000))
def test_round_the_clock_berlin_calendar_equals_real_time_across_dst(t, minutes):
    cal = ROUND_THE_CLOCK_BERLIN
    later = t.astimezone(UTC) + timedelta(minutes=minutes)  # real elapsed time, not wall clock
    assert cal.due(t, Duration(minutes, "wm")) == later
    assert cal.working_time_between(t, later) == timedelta(minutes=minutes)


def test_berlin_office_hours_move_with_the_wall_clock():
    cal = WorkCalendar("Europe/Berlin")
    b = lambda *a: datetime(*a, tzinfo=BERLIN)  # noqa: E731
    # Clocks go forward on Sun 2026-03-29: 09:00 is 08:00 UTC on Friday and 07:00 UTC on Monday.
    assert cal.periods_on(date(2026, 3, 27))[0][0] == datetime(2026, 3, 27, 8, tzinfo=UTC)
    assert cal.periods_on(date(2026, 3, 30))[0][0] == datetime(2026, 3, 30, 7, tzinfo=UTC)
    assert cal.due(b(2026, 3, 27, 9), "2wd") == b(2026, 3, 30, 17, 30)
    assert cal.working_time_between(b(2026, 3, 27, 9), b(2026, 3, 30, 17, 30)) == timedelta(hours=14)
    # Clocks go back on Sun 2026-10-25.
    assert cal.due(b(2026, 10, 23, 13, 30), "2wd") == b(2026, 10, 27, 12)
    assert cal.local(cal.due(b(2026, 10, 23, 13, 30), "2wd")).isoformat() == "2026-10-27T12:00:00+01:00"
    assert cal.day_info(date(2026, 3, 29)).label == "休息日"


def test_round_the_clock_day_lengths_on_switch_days():
    cal = WorkCalendar("Europe/Berlin", week=ALWAYS)
    b = lambda *a: datetime(*a, tzinfo=BERLIN)  # noqa: E731
    assert cal.working_time_between(b(2026, 3, 29), b(2026, 3, 30)) == timedelta(hours=23)
    assert cal.working_time_between(b(2026, 10, 25), b(2026, 10, 26)) == timedelta(hours=25)


# ---- speed and threads ------------------------------------------------------------------------------
def test_due_is_fast_and_long_durations_terminate():
    began = _time.perf_counter()
    t = sh(2026, 3, 2, 9, 17)
    for i in range(5000):
        CAL.due(t + timedelta(minutes=37 * i), "5wd")
    assert _time.perf_counter() - began < 2.5
    far = CAL.due(t, "3650wd")
    assert CAL.working_time_between(t, far) == timedelta(hours=7 * 3650)
    assert local(CAL.due(t, "3650d")) == t + timedelta(days=3650)


def test_concurrent_use_of_a_fresh_calendar():
    starts = [sh(2020, 1, 1) + timedelta(hours=7 * i) for i in range(400)]
    expected = [CAL.due(s, "3wd") for s in starts]
    fresh = WorkCalendar(overrides=SEED)
    results: dict[int, list[datetime]] = {}

    def run(k: int) -> None:
        order = starts if k % 2 == 0 else list(reversed(starts))
        got = [fresh.due(s, "3wd") for s in order]
        results[k] = got if k % 2 == 0 else list(reversed(got))

    threads = [threading.Thread(target=run, args=(k,)) for k in range(6)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert all(r == expected for r in results.values())


# ---- CSV import -------------------------------------------------------------------------------------
GOOD_CSV = """\ufeffdate,kind,name
# 2027 年安排（示例）
2027-10-01,holiday,国庆节
2027/10/9,workday,调休上班

2027-10-08,默认,
2027-02-08,holiday,"春节,初二"
2027-03-01,上班
"""


def test_csv_import():
    got = parse_overrides_csv(GOOD_CSV)
    assert got == {
        date(2027, 10, 1): Override(DayKind.HOLIDAY, "国庆节"),
        date(2027, 10, 9): Override(DayKind.WORKDAY, "调休上班"),
        date(2027, 10, 8): Override(DayKind.DEFAULT, ""),
        date(2027, 2, 8): Override(DayKind.HOLIDAY, "春节,初二"),
        date(2027, 3, 1): Override(DayKind.WORKDAY, ""),
    }
    assert parse_overrides_csv(format_overrides_csv(got)) == got
    assert parse_overrides_csv("2027-10-01,holiday") == {date(2027, 10, 1): Override(DayKind.HOLIDAY, "")}
    assert parse_overrides_csv("日期,类型,名称\r\n2027-10-09,调休上班,国庆节调休\r\n") == {
        date(2027, 10, 9): Override(DayKind.WORKDAY, "国庆节调休")
    }


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("date,kind,name\n2027-10-01,holiday,国庆节\n2027-13-01,holiday,x\n", "第 3 行"),
        ("2027-10-01,holiday,国庆节\n2027-02-30,holiday,x\n", "第 2 行：日期无效"),
        ("2027-10-01,vacation,国庆节\n", "第 1 行：类型无效"),
        ("date,kind,name\n2027-10-01\n", "第 2 行：至少需要"),
        ("2027-10-01,holiday,国庆节,多余\n", "第 1 行：列数过多"),
        ("2027-10-01,holiday,a\n\n2027-10-01,workday,b\n", "第 3 行：日期 2027-10-01 与第 1 行重复"),
        ("", "没有任何日期"),
        ("date,kind,name\n", "没有任何日期"),
        ("20271001,holiday,x\n", "日期无效"),
        ("2027-10-01,holiday," + "长" * 65 + "\n", "名称过长"),
    ],
)
def test_csv_errors_name_the_line(text, fragment):
    with pytest.raises(ValidationError) as e:
        parse_overrides_csv(text)
    assert e.value.field == "csv"
    assert fragment in e.value.message


def test_seed_is_limited_to_the_years_asked_for():
    seed = seed_overrides([2026])
    assert seed and {d.year for d in seed} == {2026}
    assert seed_overrides([]) == {}
    assert seed_overrides([2026], fill_weekends=False).get(date(2026, 10, 4)) is None
