"""The façade's input boundary: one mechanism checks every argument of every verb and query.

A verb's signature says what it takes (``dispatch_id: int``, ``note: str``, ``accepted: bool``,
``assist: Iterable[str]``, ``new_resolve_due: datetime``, ``filters: dto.QueueFilter | None`` …).
:func:`checked` reads the signature once and, on each call, before anything touches the database:

* **text** must be a ``str`` of valid Unicode (no lone surrogates, no NUL); zero-width characters and the
  BOM are removed (so that "required" sees an empty title as empty). Passwords are checked, never changed.
* **integers** must be real ``int`` (never ``bool``) that fit the database's integer columns; ids
  (``…_id``, ``ids``, an ``int`` ``number_or_id``) are positive.
* **booleans** must be real ``bool`` (``"no"`` is not ``False``); **instants** aware ``datetime``; **dates**
  ``date``; lists and mappings hold what their annotation says; a dataclass parameter is an instance of it.

A wrong value is a :class:`ValidationError` naming the parameter and quoting at most
:data:`QUOTE` characters of the value. What the boundary cannot know (a known category, a phone's format)
the verb's own services check after it.
"""
from __future__ import annotations

import functools
import inspect
import types
import typing
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime, timezone
from typing import Any

from desk.errors import Term, ValidationError

#: The largest value an integer column holds (PostgreSQL ``integer``).
INT_MAX = 2**31 - 1
#: At most this many characters of a bad value are quoted in a message.
QUOTE = 50
#: Instants outside these years are typing mistakes (0001-01-01) that date arithmetic cannot even hold.
EARLIEST = datetime(1900, 1, 1, tzinfo=timezone.utc)
LATEST = datetime(9000, 1, 1, tzinfo=timezone.utc)
#: Zero-width characters and the byte-order mark: invisible, removed from text.
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)
#: Parameters whose text is a secret: checked, never changed, never quoted.
SECRETS = frozenset({"password", "old_password", "new_password"})
#: The names messages give the parameters (a parameter not listed is named as it is).
LABELS = {
    "dispatch_id": "派单", "request_id": "申请", "escalation_id": "督办事项", "number": "工单编号",
    "number_or_id": "工单", "ids": "工单", "search": "搜索内容", "note": "说明", "reason": "理由",
    "queue": "队列", "sort": "排序", "descending": "排序方向", "offset": "分页位置", "limit": "条数",
    "accepted": "核实结果", "contacted": "联系情况", "resolved": "解决情况",
    "department_contacted": "“承办部门是否联系过您”", "approve": "审批意见",
    "lead": "主办部门", "assist": "协办部门", "department": "部门", "username": "用户名", "password": "密码",
    "new_password": "新密码", "old_password": "原密码", "name": "名称", "new_name": "新名称", "active": "启用",
    "level": "督办级别", "new_due": "新的期限", "new_resolve_due": "新办结期限", "include_closed": "显示已关闭",
    "include_inactive": "包含已停用", "mask_phones": "电话打码", "expected_version": "版本", "filters": "筛选条件",
    "week": "周次", "at": "时间", "year": "年份", "month": "月份", "marker": "变更标记", "before_seq": "分页位置",
    # issue 15: attachments
    "file_name": "文件名", "data": "文件内容", "path": "文件路径", "attachment_id": "附件", "step": "环节", "kind": "类别",
    # issue 16: the problem hotspots
    "start": "开始日期", "end": "结束日期", "group_by": "分组方式", "community": "社区", "category": "分类", "place": "地点",
    # issue 16 §2: a project's records
    "paid_on": "拨付日期", "change_id": "设计变更", "passed": "验收结果", "on": "验收日期", "respondent": "受访人",
    "answers": "测评答案", "questions": "测评题目", "findings": "回头看发现的问题", "reopen": "是否重新整改",
    "ticket": "工单编号", "by": "截止日期",
}


def quote(value: object) -> str:
    """A bad value for a message: its repr, cut to :data:`QUOTE` characters."""
    text = repr(value)
    return text if len(text) <= QUOTE else text[:QUOTE - 1] + "…"


def _label(name: str) -> Term:
    return Term(LABELS.get(name, name))


def is_text(value: object) -> bool:
    """Whether ``value`` is a str the database and the hasher can take (valid Unicode, no NUL)."""
    if not isinstance(value, str) or "\x00" in value:
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def clean_text(name: str, value: object) -> str:
    """``value`` as text: a str of valid Unicode without NUL, invisible characters removed (secrets kept)."""
    if not isinstance(value, str):
        raise ValidationError(name, "{label}必须是文字（收到 {value}）。", label=_label(name), value=quote(value))
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError(name, "{label}含有无法识别的字符。", label=_label(name)) from None
    if "\x00" in value:
        raise ValidationError(name, "{label}含有非法字符。", label=_label(name))
    return value if name in SECRETS else value.translate(INVISIBLE)


def clean_int(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(name, "{label}必须是整数（收到 {value}）。", label=_label(name), value=quote(value))
    low = 1 if name == "ids" or name.endswith("_id") or name == "number_or_id" else -INT_MAX - 1
    if not low <= value <= INT_MAX:
        raise ValidationError(name, "{label}超出范围（{value}）。", label=_label(name), value=quote(value))
    return value


def clean_instant(name: str, value: object) -> datetime:
    """An aware ``datetime`` between :data:`EARLIEST` and :data:`LATEST`."""
    if not isinstance(value, datetime) or value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError(name, "{label}须为带时区的时间（收到 {value}）。", label=_label(name),
                              value=quote(value))
    try:
        inside = EARLIEST <= value <= LATEST
    except OverflowError:  # 0001-01-01 at UTC+8 lies before the first instant Python can hold in UTC
        inside = False
    if not inside:
        raise ValidationError(name, "{label}超出范围：{value}（应在 1900 年到 9000 年之间）。", label=_label(name),
                              value=value.isoformat()[:QUOTE])
    return value


def _convert(name: str, hint: Any, value: object) -> object:
    """``value`` checked (and cleaned) against ``hint``; a ValidationError naming ``name`` otherwise."""
    if hint is Any or hint is object:
        return clean_text(name, value) if isinstance(value, str) else value
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(hint)
        if value is None and type(None) in options:
            return None
        for option in options:  # the first that fits (a number_or_id's int, else its str)
            if option is not type(None) and _fits(option, value):
                return _convert(name, option, value)
        raise ValidationError(name, "{label}的值无效：{value}。", label=_label(name), value=quote(value))
    if hint is bool:
        if not isinstance(value, bool):
            raise ValidationError(name, "{label}须为是或否（收到 {value}）。", label=_label(name), value=quote(value))
        return value
    if hint is int:
        return clean_int(name, value)
    if hint is str:
        return clean_text(name, value)
    if hint is datetime:
        return clean_instant(name, value)
    if hint is date:
        if not isinstance(value, date) or isinstance(value, datetime):
            raise ValidationError(name, "{label}须为日期（收到 {value}）。", label=_label(name), value=quote(value))
        return value
    if origin in (Iterable, Sequence, list, tuple, frozenset, set, typing.Collection):
        (item,) = typing.get_args(hint)[:1] or (Any,)
        if item is str and isinstance(value, str):  # one name for a list of names
            return clean_text(name, value)
        if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Iterable):
            raise ValidationError(name, "{label}须为列表（收到 {value}）。", label=_label(name), value=quote(value))
        items = list(value)
        if len(items) > 10_000:
            raise ValidationError(name, "{label}过多：{count} 项。", label=_label(name), count=len(items))
        return [_convert(name, item, v) for v in items]
    if origin in (Mapping, dict):
        key, val = typing.get_args(hint) or (Any, Any)
        if not isinstance(value, Mapping):
            raise ValidationError(name, "{label}须为键值表（收到 {value}）。", label=_label(name), value=quote(value))
        return {_convert(name, key, k): _convert(name, val, v) for k, v in value.items()}
    if isinstance(hint, type):
        if not isinstance(value, hint):
            raise ValidationError(name, "{label}的值无效：{value}。", label=_label(name), value=quote(value))
        return value
    return value  # an annotation the boundary does not know: the verb checks it


def _fits(hint: Any, value: object) -> bool:
    if hint is bool:
        return isinstance(value, bool)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if hint is str:
        return isinstance(value, str)
    origin = typing.get_origin(hint)
    if isinstance(hint, type) and origin is None:
        return isinstance(value, hint)
    return True


def checked(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap ``fn`` (a method) so that its arguments are checked and cleaned against its signature first."""
    signature = inspect.signature(fn)
    hints: dict[str, Any] | None = None

    @functools.wraps(fn)
    def call(self: Any, *args: Any, **kwargs: Any) -> Any:
        nonlocal hints
        if hints is None:  # resolved on first use: the annotations name classes defined after the method
            hints = typing.get_type_hints(fn, globalns=fn.__globals__)
        try:
            bound = signature.bind(self, *args, **kwargs)
        except TypeError as exc:
            raise ValidationError("arguments", "参数不正确：{error}", error=str(exc)[:200]) from None
        for name, value in list(bound.arguments.items())[1:]:
            param = signature.parameters[name]
            hint = hints.get(name)
            if param.kind is inspect.Parameter.VAR_KEYWORD:
                bound.arguments[name] = {k: _convert(k, Any, v) for k, v in value.items()}
            elif param.kind is inspect.Parameter.VAR_POSITIONAL:
                continue
            elif hint is not None and not (value is param.default and value is None):
                bound.arguments[name] = _convert(name, hint, value)
        return fn(*bound.args, **bound.kwargs)

    return call


__all__ = ["EARLIEST", "INT_MAX", "INVISIBLE", "LATEST", "QUOTE", "checked", "clean_instant", "clean_int", "clean_text",
           "is_text", "quote"]
