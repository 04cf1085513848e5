"""tr()-wrapped Chinese names of the stored codes (mirrors desk/labels.py, so they can be translated).

Every string is a literal inside ``QCoreApplication.translate`` so that lupdate finds it.
"""
from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication

_C = "labels"


def _t(text: str) -> str:
    return QCoreApplication.translate(_C, text)


def ticket_states() -> dict[str, str]:
    return {
        "new": _t("待派"), "dispatched": _t("办理中"), "awaiting_verification": _t("待核实"),
        "awaiting_callback": _t("待回访"), "closed": _t("已结案"), "cancelled": _t("已撤销"),
    }


def dispatch_states() -> dict[str, str]:
    return {
        "pending": _t("待报到"), "acknowledged": _t("已报到"), "responded": _t("已响应"),
        "return_requested": _t("退单申请中"), "resolved": _t("已办结"), "returned": _t("已退回"),
        "withdrawn": _t("已撤回"),
    }


def verbs() -> dict[str, str]:
    return {
        "create_ticket": _t("受理"), "update_ticket": _t("修改"), "whistle": _t("吹哨派单"), "verify": _t("核实"),
        "record_callback": _t("回访"), "close": _t("结案"), "reopen": _t("重办"), "cancel": _t("撤销"),
        "acknowledge": _t("报到"), "respond": _t("响应"), "resolve": _t("办结"), "request_return": _t("申请退单"),
        "decide_return": _t("审核退单"), "withdraw": _t("撤回派单"), "request_extension": _t("申请延期"),
        "request_suspension": _t("申请挂起"), "decide_request": _t("审核申请"), "resume": _t("恢复计时"),
        "handle_escalation": _t("处理督办"), "record_revisit": _t("回头看"),
    }


def roles() -> dict[str, str]:
    return {"clerk": _t("受理员"), "supervisor": _t("督办员"), "responder": _t("部门联络员"), "admin": _t("管理员")}


def urgencies() -> dict[str, str]:
    return {"routine": _t("一般"), "urgent": _t("紧急"), "emergency": _t("特急")}


def sources() -> dict[str, str]:
    return {"12345": _t("12345热线"), "patrol": _t("巡查"), "walk_in": _t("来访"), "instruction": _t("交办"),
            "media": _t("媒体")}


def satisfactions() -> dict[str, str]:
    return {"satisfied": _t("满意"), "basically_satisfied": _t("基本满意"), "dissatisfied": _t("不满意")}


def dispatch_roles() -> dict[str, str]:
    return {"lead": _t("主办"), "assist": _t("协办")}


def queues() -> dict[str, str]:
    return {
        "new": _t("待派"), "dispatched": _t("办理中"), "awaiting_verification": _t("待核实"),
        "awaiting_callback": _t("待回访"), "all": _t("全部"), "dept_pending": _t("本部门待报到"),
        "dept_in_progress": _t("办理中"), "dept_resolved": _t("已办结"), "returns_pending": _t("退单待审"),
        "revisit_due": _t("待回头看"),
    }


def event_kinds() -> dict[str, str]:
    """Timeline kinds: the dispatch verbs plus the ticket's own events."""
    return {
        "create": _t("受理"), "update": _t("修改"), "whistle": _t("吹哨派单"), "state": _t("状态变更"),
        "verify": _t("核实通过"), "verify_rejected": _t("核实未通过"), "callback": _t("回访"), "close": _t("结案"),
        "reopen": _t("重办"), "cancel": _t("撤销"), "acknowledge": _t("报到"), "respond": _t("响应"),
        "resolve": _t("办结"), "request_return": _t("申请退单"), "decide_return": _t("审核退单"),
        "withdraw": _t("撤回派单"), "request_extension": _t("申请延期"), "request_suspension": _t("申请挂起"),
        "record_revisit": _t("回头看"), "resume": _t("恢复计时"),
    }


def field_names() -> dict[str, str]:
    return {
        "title": _t("标题"), "description": _t("问题描述"), "category": _t("分类"), "urgency": _t("紧急程度"),
        "address": _t("地址"), "community": _t("社区"), "source": _t("来源"), "reporter_name": _t("反映人"),
        "reporter_phone": _t("联系电话"), "state": _t("状态"), "round": _t("轮次"), "department": _t("部门"),
        "role": _t("角色"), "approved": _t("同意"), "contacted": _t("联系到"), "resolved": _t("已解决"),
        "satisfaction": _t("满意度"),
    }


def label(table: dict[str, str], code: str | None) -> str:
    """The label of ``code`` in ``table``, or the code itself when unknown (never empty for a code)."""
    if code is None:
        return ""
    return table.get(code, code)


def yes_no(value: bool | None) -> str:
    if value is None:
        return ""
    return _t("是") if value else _t("否")


def fmt_time(at: datetime | None, tz: tzinfo) -> str:
    """An instant in the office time zone as yyyy-MM-dd HH:mm."""
    if at is None:
        return ""
    return at.astimezone(tz).strftime("%Y-%m-%d %H:%M")
