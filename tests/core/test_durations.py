"""Durations: parsing, refusals, round trip and addition."""
from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk.deadlines import MAX_DAYS, Duration, Unit, parse_duration
from desk.errors import ValidationError


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("30m", 30, Unit.MINUTES),
        ("4h", 4, Unit.HOURS),
        ("2d", 2, Unit.DAYS),
        ("90wm", 90, Unit.WORKING_MINUTES),
        ("6wh", 6, Unit.WORKING_HOURS),
        ("3wd", 3, Unit.WORKING_DAYS),
        ("  3wd ", 3, Unit.WORKING_DAYS),
        ("3WD", 3, Unit.WORKING_DAYS),
        ("07h", 7, Unit.HOURS),
        ("3650d", 3650, Unit.DAYS),
        ("3650wd", 3650, Unit.WORKING_DAYS),
        ("87600h", 87600, Unit.HOURS),
    ],
)
def test_parse(text, value, unit):
    d = Duration.parse(text)
    assert (d.value, d.unit) == (value, unit)
    assert parse_duration(text) == d


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "请填写"),
        ("   ", "请填写"),
        ("-2h", "负数"),
        ("+2h", "加号"),
        ("1.5wd", "整数"),
        ("1,5h", "整数"),
        (".5h", "整数"),
        ("3 wd", "空格"),
        ("3", "缺少单位"),
        ("wd", "缺少数字"),
        ("3x", "未知"),
        ("3wk", "未知"),
        ("3天", "格式"),
        ("1wd2wh", "一个单位"),
        ("0wd", "大于零"),
        ("0m", "大于零"),
        ("3651d", "过长"),
        ("3651wd", "过长"),
        ("87601wh", "过长"),
        ("99999999999999999999h", "过长"),
        ("٣h", "格式"),  # Arabic-Indic digit: not ASCII
    ],
)
def test_refusals_are_typed_and_chinese(text, fragment):
    with pytest.raises(ValidationError) as e:
        Duration.parse(text, field="resolve_within")
    assert e.value.field == "resolve_within"
    assert fragment in e.value.message


def test_non_string_is_refused():
    with pytest.raises(ValidationError):
        Duration.parse(3)  # type: ignore[arg-type]


def test_zero_only_when_allowed():
    assert Duration.parse("0wd", allow_zero=True) == Duration(0, "wd")
    assert Duration.parse("0h", allow_zero=True).is_zero


def test_constructor_validates():
    assert Duration(3, "wd") == Duration(3, Unit.WORKING_DAYS)
    for bad in [(-1, "h"), (1, "y"), (1.5, "h"), (True, "h"), (MAX_DAYS + 1, "d")]:
        with pytest.raises(ValidationError):
            Duration(*bad)  # type: ignore[arg-type]


def test_kinds_and_lengths():
    assert not Duration.parse("2d").is_working
    assert Duration.parse("2d").natural() == timedelta(hours=48)
    assert Duration.parse("30m").natural() == timedelta(minutes=30)
    assert Duration.parse("3wd").is_working
    assert Duration.parse("3wd").working_length(timedelta(hours=7)) == timedelta(hours=21)
    assert Duration.parse("6wh").working_length(timedelta(hours=7)) == timedelta(hours=6)
    assert Duration.parse("90wm").working_length(timedelta(hours=7)) == timedelta(minutes=90)
    with pytest.raises(TypeError):
        Duration.parse("3wd").natural()
    with pytest.raises(TypeError):
        Duration.parse("3h").working_length(timedelta(hours=7))


def test_labels():
    assert Duration.parse("3wd").label == "3个工作日"
    assert Duration.parse("30m").label == "30分钟"
    assert Duration.parse("6wh").label == "6工作小时"


def test_addition():
    assert Duration.parse("2wd") + Duration.parse("3wd") == Duration(5, "wd")
    assert Duration.parse("1h") + Duration.parse("30m") == Duration(90, "m")
    assert Duration.parse("1h") + Duration.parse("60m") == Duration(2, "h")
    assert Duration.parse("1d") + Duration.parse("1h") == Duration(25, "h")
    assert Duration.parse("1wh") + Duration.parse("30wm") == Duration(90, "wm")
    assert Duration.parse("2wd") * 3 == Duration(6, "wd") == 3 * Duration.parse("2wd")
    for a, b in [("1h", "1wh"), ("1wd", "1wh"), ("1wm", "1wd"), ("1d", "1wd")]:
        with pytest.raises(TypeError):
            Duration.parse(a) + Duration.parse(b)


def test_hashable_and_frozen():
    d = Duration.parse("3wd")
    assert {d: 1}[Duration(3, "wd")] == 1
    with pytest.raises(AttributeError):
        d.value = 4  # type: ignore[misc]


durations = st.builds(
    Duration,
    st.integers(min_value=0, max_value=MAX_DAYS),
    st.sampled_from(list(Unit)),
)


@settings(max_examples=200, deadline=None)
@given(durations)
def test_round_trip(d):
    assert Duration.parse(str(d), allow_zero=True) == d
    assert str(Duration.parse(str(d), allow_zero=True)) == str(d)


natural = st.builds(
    Duration, st.integers(min_value=0, max_value=MAX_DAYS // 2), st.sampled_from([Unit.MINUTES, Unit.HOURS, Unit.DAYS])
)


@settings(max_examples=200, deadline=None)
@given(natural, natural)
def test_natural_addition_adds_elapsed_time(a, b):
    assert (a + b).natural() == a.natural() + b.natural()
    assert (a + b) == (b + a)


def test_sum_beyond_the_maximum_is_refused():
    with pytest.raises(ValidationError):
        Duration.parse("3650d") + Duration.parse("1m")
