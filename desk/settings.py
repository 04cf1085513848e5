"""Office-wide settings stored in the database, with their defaults and validation."""
from __future__ import annotations

import json
from collections.abc import Callable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.deadlines import DEFAULT_TIMEZONE, DEFAULT_WEEK, Duration, format_periods, parse_periods
from desk.errors import ValidationError
from desk.projects import priority as project_priority
from desk.stats.scheme import parse_scheme  # (desk.settings.parse_scheme as before)
from models import Setting


def _zone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError("time_zone", "未知时区：{value}", value=value) from None
    return value


def _week(value: str) -> str:
    try:
        raw = json.loads(value)
    except json.JSONDecodeError:
        raise ValidationError("work_week", "工作时段设置格式错误。") from None
    if not isinstance(raw, dict):
        raise ValidationError("work_week", "工作时段设置格式错误。")
    out = {}
    for day, text in raw.items():
        if str(day) not in {str(i) for i in range(1, 8)}:
            raise ValidationError("work_week", "星期必须是 1–7：{day}", day=day)
        out[str(day)] = format_periods(parse_periods(text or "", field="work_week"))
    return json.dumps(out, sort_keys=True)


def _share(value: str) -> str:
    try:
        v = float(value)
    except ValueError:
        raise ValidationError("warning_share", "预警比例必须是 0 到 1 之间的数。") from None
    if not 0 < v < 1:
        raise ValidationError("warning_share", "预警比例必须大于 0 且小于 1。")
    return str(v)


def _duration(field: str, allow_zero: bool = False) -> Callable[[str], str]:
    def check(value: str) -> str:
        return str(Duration.parse(value, field=field, allow_zero=allow_zero))

    return check


def _text(field: str, limit: int, *, empty_ok: bool = False) -> Callable[[str], str]:
    def check(value: str) -> str:
        value = (value or "").strip()
        if not value and not empty_ok:
            raise ValidationError(field, "不能为空。")
        if len(value) > limit:
            raise ValidationError(field, "过长（最多 {count} 个字符）。", count=limit)
        return value

    return check


def _names(value: str) -> str:
    names = [n.strip() for n in (value or "").replace("，", ",").split(",") if n.strip()]
    return ",".join(dict.fromkeys(names))


DEFAULT_WEEK_JSON = json.dumps({str(d): format_periods(p) for d, p in DEFAULT_WEEK.items()}, sort_keys=True)

def _weights(value: str) -> str:
    return ",".join(f"{k}:{w:g}" for k, w in parse_scheme(value))


def _fraction(field: str) -> Callable[[str], str]:
    def check(value: str) -> str:
        try:
            v = float(value)
        except ValueError:
            raise ValidationError(field, "须为 0 到 1 之间的数。") from None
        if not 0 <= v <= 1:
            raise ValidationError(field, "须为 0 到 1 之间的数。")
        return f"{v:g}"

    return check


def _count(field: str) -> Callable[[str], str]:
    def check(value: str) -> str:
        if not value.strip().isdigit() or int(value) > 10_000:
            raise ValidationError(field, "须为 0 到 10000 之间的整数。")
        return str(int(value))

    return check


def _whole(field: str, low: int, high: int) -> Callable[[str], str]:
    def check(value: str) -> str:
        text = (value or "").strip()
        if not text.isdigit() or not low <= int(text) <= high:
            raise ValidationError(field, "须为 {low} 到 {high} 之间的整数。", low=low, high=high)
        return str(int(text))

    return check


#: key -> (default, validator returning the canonical text)
SETTINGS: dict[str, tuple[str, Callable[[str], str]]] = {
    "office_name": ("示例街道办事处", _text("office_name", 64)),
    "time_zone": (DEFAULT_TIMEZONE, _zone),
    "work_week": (DEFAULT_WEEK_JSON, _week),
    "warning_share": ("0.8", _share),
    "escalate_supervise_after": ("1wd", _duration("escalate_supervise_after", allow_zero=True)),
    "escalate_report_after": ("5wd", _duration("escalate_report_after", allow_zero=True)),
    "max_suspension": ("10wd", _duration("max_suspension")),
    # The office's own steps: 核实 after the departments finished, 回访 after the verification.
    "verify_within": ("1wd", _duration("verify_within")),
    "callback_within": ("2wd", _duration("callback_within")),
    "revisit_categories": ("", _names),
    "revisit_after": ("365d", _duration("revisit_after")),
    # The period report (desk.stats): the scoring scheme (indicators and weights of the composite score), the
    # weight of 基本满意 in 满意率, the valid callbacks a department needs in the window to be ranked, the 满意率
    # floor of the 黑榜, the ranking window in weeks, the days within which a complaint counts as a repeat,
    # the time allowed to correct what a 通报 lists, and the 通报's 主送, 抄送 and 签发人.
    "report_weights": ("response:0.3,resolution:0.35,satisfaction:0.35", _weights),
    "report_basic_weight": ("0.9", _fraction("report_basic_weight")),
    "report_min_callbacks": ("30", _count("report_min_callbacks")),
    "report_black_threshold": ("0.8", _fraction("report_black_threshold")),
    "report_window_weeks": ("4", _whole("report_window_weeks", 1, 26)),
    "report_repeat_days": ("30", _whole("report_repeat_days", 0, 365)),
    # Repeat complaints (issue 15): the days after closing within which a ticket is still proposed as a repeat.
    "repeat_window_days": ("30", _whole("repeat_window_days", 1, 365)),
    "report_fix_within": ("3wd", _duration("report_fix_within")),
    "report_recipients": ("各承办部门、各社区居委会", _text("report_recipients", 200)),
    "report_copies": ("", _text("report_copies", 200, empty_ok=True)),
    "report_signer": ("", _text("report_signer", 32, empty_ok=True)),
    # Accounts: after lockout_threshold failed logins in a row an account is locked for lockout_minutes;
    # after idle_lock_minutes without input the window locks and asks for the password (the GUI does that).
    "lockout_threshold": ("5", _whole("lockout_threshold", 1, 100)),
    "lockout_minutes": ("15", _whole("lockout_minutes", 1, 1440)),
    "idle_lock_minutes": ("30", _whole("idle_lock_minutes", 1, 1440)),
    # Embedded mode (this PC's clock): how far ahead of the last recorded instant the clock may be, in working
    # time, before writes wait for a person to confirm it (a clock set 20 days ahead would escalate everything).
    "clock_max_ahead": ("1wd", _duration("clock_max_ahead")),
    # === issue 15: attachments === the largest file accepted (MB), the longer side a photo is stored at (larger
    # ones are downscaled), the thumbnails' longer side, and the categories whose 办结 needs an "after" photo.
    "attachment_max_mb": ("10", _whole("attachment_max_mb", 1, 100)),
    "attachment_max_edge": ("2560", _whole("attachment_max_edge", 640, 10000)),
    "attachment_thumb_edge": ("256", _whole("attachment_thumb_edge", 64, 1024)),
    # === issue 16: key livelihood works === the weights of a candidate project's priority score (the terms and
    # their defaults are described in desk/projects/priority.py).
    "project_weights": (project_priority.DEFAULT_TEXT, project_priority.canonical),
    # === issue 16 §2: a project's records === the months after a passed acceptance when its 回头看 is due.
    "project_revisit_months": ("11", _whole("project_revisit_months", 1, 12)),
}
DEFAULTS = {k: v[0] for k, v in SETTINGS.items()}


#: session.info key: the settings as this transaction has read them. A verb needs them three to five times
#: (the calendar, the office's limits, the clocks' rules): read once per transaction, read again after a write.
_READ = "office_settings"


def read(session: Session) -> dict[str, str]:
    """Every setting (defaults for those never set; stored extras such as ``calendar_revision`` too)."""
    cached = session.info.get(_READ)
    if cached is None:
        with session.no_autoflush:  # (a flush computes clocks, which read the settings: they would be read twice)
            stored = dict(session.execute(select(Setting.key, Setting.value)).all())
        cached = session.info[_READ] = {**DEFAULTS, **stored}
    return dict(cached)


def store(session: Session, key: str, value: str) -> None:
    """Write a stored setting (already validated) in this transaction."""
    session.merge(Setting(key=key, value=value))
    session.flush()  # (read does not flush)
    forget(session)


def forget(session: Session) -> None:
    """A stored setting changed in this transaction: the next :func:`read` reads them again."""
    session.info.pop(_READ, None)


def validate(key: str, value: str) -> str:
    if key not in SETTINGS:
        raise ValidationError(key, "未知设置：{key}", key=key)
    if not isinstance(value, str):
        raise ValidationError(key, "设置值必须是文字。")
    return SETTINGS[key][1](value)


def week_of(settings: dict[str, str]) -> dict[int, str]:
    return {int(k): v for k, v in json.loads(settings["work_week"]).items()}
