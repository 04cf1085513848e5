"""Chinese names of the stored codes, for the core's own messages and the CLI.

The GUI has its own tr()-wrapped copies so that they can be translated.
"""
from __future__ import annotations

TICKET_STATE = {
    "new": "待派", "dispatched": "办理中", "awaiting_verification": "待核实",
    "awaiting_callback": "待回访", "closed": "已结案", "cancelled": "已撤销",
}
DISPATCH_STATE = {
    "pending": "待报到", "acknowledged": "已报到", "responded": "已响应", "return_requested": "退单申请中",
    "resolved": "已办结", "returned": "已退回", "withdrawn": "已撤回",
}
VERB = {
    "create_ticket": "受理", "update_ticket": "修改", "whistle": "吹哨派单", "verify": "核实",
    "record_callback": "回访", "close": "结案", "reopen": "重办", "cancel": "撤销",
    "acknowledge": "报到", "respond": "响应", "resolve": "办结", "request_return": "申请退单",
    "decide_return": "审核退单", "withdraw": "撤回派单", "request_extension": "申请延期",
    "request_suspension": "申请挂起", "decide_request": "审核申请", "resume": "恢复计时",
    "handle_escalation": "处理督办", "record_revisit": "回头看",
}
STEP = {"acknowledge": "报到", "respond": "响应", "resolve": "办结"}
ESCALATION_LEVEL = {1: "催办", 2: "督办", 3: "通报"}
ROLE = {"clerk": "受理员", "supervisor": "督办员", "responder": "部门联络员", "admin": "管理员"}
URGENCY = {"routine": "一般", "urgent": "紧急", "emergency": "特急"}
SOURCE = {"12345": "12345热线", "patrol": "巡查", "walk_in": "来访", "instruction": "交办", "media": "媒体"}
SATISFACTION = {"satisfied": "满意", "basically_satisfied": "基本满意", "dissatisfied": "不满意"}
DISPATCH_ROLE = {"lead": "主办", "assist": "协办"}
QUEUE = {
    "new": "待派", "dispatched": "办理中", "awaiting_verification": "待核实", "awaiting_callback": "待回访",
    "revisit_due": "待回头看", "all": "全部", "dept_pending": "本部门待报到", "dept_in_progress": "办理中",
    "dept_resolved": "已办结", "returns_pending": "退单待审",
}
