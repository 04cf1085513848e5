"""tr()-wrapped Chinese names of the stored codes (mirrors desk/labels.py, so they can be translated).

Every string is a literal inside ``QCoreApplication.translate`` so that lupdate finds it.
"""
from __future__ import annotations

from datetime import datetime, timedelta, tzinfo

from PySide6.QtCore import QCoreApplication

#: lupdate finds translate("context", "literal") calls through this name.
translate = QCoreApplication.translate


def ticket_states() -> dict[str, str]:
    return {
        "new": translate("labels", "待派"), "dispatched": translate("labels", "办理中"), "awaiting_verification": translate("labels", "待核实"),
        "awaiting_callback": translate("labels", "待回访"), "closed": translate("labels", "已结案"), "cancelled": translate("labels", "已撤销"),
    }


def ticket_state(state: str, called_back: bool = False) -> str:
    """A ticket's state for the user: 待回访 once the resident was reached reads 已回访待结案."""
    if called_back and state == "awaiting_callback":
        return translate("labels", "已回访待结案")
    return label(ticket_states(), state)


def dispatch_states() -> dict[str, str]:
    return {
        "pending": translate("labels", "待报到"), "acknowledged": translate("labels", "已报到"), "responded": translate("labels", "已响应"),
        "return_requested": translate("labels", "退单申请中"), "resolved": translate("labels", "已办结"), "returned": translate("labels", "已退回"),
        "withdrawn": translate("labels", "已撤回"),
    }


def verbs() -> dict[str, str]:
    return {
        "create_ticket": translate("labels", "受理"), "update_ticket": translate("labels", "修改"), "whistle": translate("labels", "吹哨派单"), "verify": translate("labels", "核实"),
        "record_callback": translate("labels", "回访"), "close": translate("labels", "结案"), "reopen": translate("labels", "重办"), "cancel": translate("labels", "撤销"),
        "acknowledge": translate("labels", "报到"), "respond": translate("labels", "响应"), "resolve": translate("labels", "办结"), "request_return": translate("labels", "申请退单"),
        "decide_return": translate("labels", "审核退单"), "withdraw": translate("labels", "撤回派单"), "request_extension": translate("labels", "申请延期"),
        "request_suspension": translate("labels", "申请挂起"), "decide_request": translate("labels", "审核申请"), "resume": translate("labels", "恢复计时"),
        "handle_escalation": translate("labels", "处理督办"), "record_revisit": translate("labels", "回头看"),
    }


def roles() -> dict[str, str]:
    return {"clerk": translate("labels", "受理员"), "supervisor": translate("labels", "督办员"), "responder": translate("labels", "部门联络员"), "admin": translate("labels", "管理员"), "project_manager": translate("labels", "项目负责人"), "observer": translate("labels", "市民观察员")}


def urgencies() -> dict[str, str]:
    return {"routine": translate("labels", "一般"), "urgent": translate("labels", "紧急"), "emergency": translate("labels", "特急")}


def sources() -> dict[str, str]:
    return {"12345": translate("labels", "12345热线"), "patrol": translate("labels", "巡查"), "walk_in": translate("labels", "来访"), "instruction": translate("labels", "交办"),
            "media": translate("labels", "媒体")}


def appeal_types() -> dict[str, str]:
    """诉求类型."""
    return {"consult": translate("labels", "咨询"), "help": translate("labels", "求助"),
            "complaint": translate("labels", "投诉"), "report": translate("labels", "举报"),
            "suggest": translate("labels", "建议")}


def reply_methods() -> dict[str, str]:
    """回复方式."""
    return {"phone": translate("labels", "电话"), "sms": translate("labels", "短信"),
            "none": translate("labels", "不需回复")}


def pending_states() -> dict[str, str]:
    """What waits for the office on a dispatch (shown after its state)."""
    return {"extension": translate("labels", "延期申请中"), "suspension": translate("labels", "挂起申请中"),
            "return": translate("labels", "退单申请中"), "suspended": translate("labels", "已挂起")}


def with_pending(state_text: str, pending: frozenset[str] | set[str], suspended: bool = False) -> str:
    """``已响应 · 延期申请中``: a state followed by the requests waiting for the office (and a stopped clock)."""
    names = pending_states()
    extra = [names[k] for k in ("extension", "suspension", "return") if k in pending
             and names[k] != state_text]
    if suspended:
        extra.append(names["suspended"])
    return translate("labels", " · ").join([state_text, *extra]) if extra else state_text


def merged_state(state_text: str, parent_number: str) -> str:
    """``办理中 · 并入 2026-000123``: a merged child's state and the ticket it follows (重复件, issue 15)."""
    return translate("labels", "%1 · 并入 %2").replace("%1", state_text).replace("%2", parent_number)


def merged_note(parent_number: str) -> str:
    """Why a merged child takes no whistle of its own (its row's and the toolbar's tooltip)."""
    return translate("labels", "已作为重复件并入 %1：跟随主工单的派单和状态办理，请在主工单上派单（或先拆分）；"
                     "回访和结案仍单独进行。").replace("%1", parent_number)


def return_clock_note() -> str:
    """The rule for a dispatch whose 退单 request waits for a decision (the badges' tooltip says it)."""
    return translate("labels", "退单申请审批期间计时继续：同意退单前，本部门仍按原时限办理。")


def satisfactions() -> dict[str, str]:
    return {"satisfied": translate("labels", "满意"), "basically_satisfied": translate("labels", "基本满意"), "dissatisfied": translate("labels", "不满意")}


def dispatch_roles() -> dict[str, str]:
    """主办, 协办; and 街道, whom an escalation of the office's own 核实 or 回访 names."""
    return {"lead": translate("labels", "主办"), "assist": translate("labels", "协办"),
            "office": translate("labels", "街道")}


def queues() -> dict[str, str]:
    return {
        "new": translate("labels", "待派"), "dispatched": translate("labels", "办理中"), "awaiting_verification": translate("labels", "待核实"),
        "awaiting_callback": translate("labels", "待回访"), "all": translate("labels", "全部"), "dept_pending": translate("labels", "本部门待报到"),
        "dept_in_progress": translate("labels", "办理中"), "dept_resolved": translate("labels", "已办结"), "returns_pending": translate("labels", "退单待审"),
        "revisit_due": translate("labels", "待回头看"),
    }


def event_kinds() -> dict[str, str]:
    """Timeline kinds: the dispatch verbs plus the ticket's own events."""
    return {
        "create": translate("labels", "受理"), "update": translate("labels", "修改"), "whistle": translate("labels", "吹哨派单"), "state": translate("labels", "状态变更"),
        "verify": translate("labels", "核实通过"), "verify_rejected": translate("labels", "核实未通过"), "callback": translate("labels", "回访"), "close": translate("labels", "结案"),
        "reopen": translate("labels", "重办"), "cancel": translate("labels", "撤销"), "acknowledge": translate("labels", "报到"), "respond": translate("labels", "响应"),
        "resolve": translate("labels", "办结"), "request_return": translate("labels", "申请退单"), "decide_return": translate("labels", "审核退单"),
        "withdraw": translate("labels", "撤回派单"), "request_extension": translate("labels", "申请延期"), "request_suspension": translate("labels", "申请挂起"),
        "record_revisit": translate("labels", "回头看"), "revisit": translate("labels", "回头看"),
        "resume": translate("labels", "恢复计时"), "decide_request": translate("labels", "审核申请"),
        "request_closed": translate("labels", "申请关闭"), "escalate": translate("labels", "超时升级"), "handle_escalation": translate("labels", "处理督办"),
        # issue 15: repeat complaints
        "repeat_merge": translate("labels", "合并重复件"), "repeat_split": translate("labels", "拆分重复件"),
        "repeat_dismiss": translate("labels", "不是重复件"),
        # issue 15: attachments
        "attachment": translate("labels", "添加附件"), "attachment_remove": translate("labels", "删除附件"),
        # issue 15: 12345 import
        "import": translate("labels", "12345 导入"), "platform_update": translate("labels", "12345 平台更新"),
        # issue 17: the map
        "locate": translate("labels", "标注位置"), "map_place": translate("labels", "标注项目位置"),
        # issue 16: key livelihood works (the audit log names them too)
        **project_event_kinds(),
    }


def steps() -> dict[str, str]:
    """The three timed steps of a dispatch, and the office's own two (核实, 回访)."""
    return {"acknowledge": translate("labels", "报到"), "respond": translate("labels", "响应"),
            "resolve": translate("labels", "办结"), "verify": translate("labels", "核实"),
            "callback": translate("labels", "回访"), "milestone": translate("labels", "节点完成")}  # (issue 16: a project's)


def escalation_levels() -> dict[int, str]:
    return {1: translate("labels", "催办"), 2: translate("labels", "督办"), 3: translate("labels", "通报")}


def escalation_actions() -> dict[str, str]:
    """How a supervisor handled an escalation."""
    return {"urge": translate("labels", "催办"), "extend": translate("labels", "延期"),
            "reassign": translate("labels", "改派"), "confirm": translate("labels", "确认通报")}


def request_kinds() -> dict[str, str]:
    return {"extension": translate("labels", "延期"), "suspension": translate("labels", "挂起"),
            "return": translate("labels", "退单")}


def day_kinds() -> dict[str, str]:
    """Calendar overrides an admin sets."""
    return {"holiday": translate("labels", "节假日"), "workday": translate("labels", "调休上班"),
            "default": translate("labels", "默认")}


def field_names() -> dict[str, str]:
    return {
        "title": translate("labels", "标题"), "description": translate("labels", "问题描述"), "category": translate("labels", "分类"), "urgency": translate("labels", "紧急程度"),
        "address": translate("labels", "地址"), "community": translate("labels", "社区"), "source": translate("labels", "来源"), "reporter_name": translate("labels", "反映人"),
        "reporter_phone": translate("labels", "联系电话"), "state": translate("labels", "状态"), "round": translate("labels", "轮次"), "department": translate("labels", "部门"),
        "role": translate("labels", "角色"), "approved": translate("labels", "同意"), "contacted": translate("labels", "联系到"), "resolved": translate("labels", "已解决"),
        "satisfaction": translate("labels", "满意度"), "department_contacted": translate("labels", "承办部门联系过"),
        "resolve_due": translate("labels", "办结期限"),
        "acknowledge_due": translate("labels", "报到期限"), "respond_due": translate("labels", "响应期限"),
        "suspended_at": translate("labels", "挂起时间"), "new_resolve_due": translate("labels", "新办结期限"),
        "problem_recurred": translate("labels", "问题反弹"), "request": translate("labels", "申请"),
        "action": translate("labels", "处理方式"), "level": translate("labels", "级别"),
        "step": translate("labels", "环节"),
    }


def setting_names() -> dict[str, str]:
    """The office settings (desk.settings.SETTINGS) by name: the 办公室设置 captions and the audit log's."""
    return {
        "office_name": translate("labels", "办公室名称"), "time_zone": translate("labels", "时区"),
        "work_week": translate("labels", "工作时段"), "warning_share": translate("labels", "预警比例"),
        "escalate_supervise_after": translate("labels", "升级督办"),
        "escalate_report_after": translate("labels", "升级通报"), "max_suspension": translate("labels", "挂起上限"),
        "verify_within": translate("labels", "核实时限"), "callback_within": translate("labels", "回访时限"),
        "revisit_categories": translate("labels", "回头看分类"), "revisit_after": translate("labels", "回头看间隔"),
        "report_weights": translate("labels", "计分方案"), "report_basic_weight": translate("labels", "基本满意权重"),
        "report_min_callbacks": translate("labels", "排名最少回访数"),
        "report_window_weeks": translate("labels", "排名窗口（周）"),
        "report_black_threshold": translate("labels", "黑榜满意率"),
        "report_repeat_days": translate("labels", "重复诉求天数"),
        "repeat_window_days": translate("labels", "重复件提示天数"),
        "report_fix_within": translate("labels", "通报整改期限"),
        "report_recipients": translate("labels", "主送"), "report_copies": translate("labels", "抄送"),
        "report_signer": translate("labels", "签发人"),
        "lockout_threshold": translate("labels", "锁定前可输错次数"),
        "lockout_minutes": translate("labels", "锁定时长（分钟）"),
        "idle_lock_minutes": translate("labels", "无操作锁屏（分钟）"),
        "clock_max_ahead": translate("labels", "本机时间超前上限"),
        # issue 15: attachments
        "attachment_max_mb": translate("labels", "附件大小上限（MB）"),
        "attachment_max_edge": translate("labels", "照片保存长边（像素）"),
        "attachment_thumb_edge": translate("labels", "缩略图长边（像素）"),
        # issue 16: key livelihood works
        "project_weights": translate("labels", "项目评分权重"),
        "project_revisit_months": translate("labels", "项目回头看（验收后月数）"),
    }


# -- issue 16: key livelihood works ------------------------------------------------------------------------
def project_stages() -> dict[str, str]:
    return {"candidate": translate("labels", "储备"), "listed": translate("labels", "已列入清单"),
            "initiated": translate("labels", "立项"), "tendering": translate("labels", "招标"),
            "construction": translate("labels", "施工"), "acceptance": translate("labels", "验收"),
            "operation": translate("labels", "运维"), "cancelled": translate("labels", "已取消")}


def project_origins() -> dict[str, str]:
    return {"tickets": translate("labels", "来自工单"), "hotspot": translate("labels", "来自问题清单"),
            "resident_idea": translate("labels", "居民金点子"), "representative": translate("labels", "代表建议"),
            "department_plan": translate("labels", "部门计划")}


def vote_choices() -> dict[str, str]:
    return {"for": translate("labels", "赞成"), "against": translate("labels", "反对"),
            "abstain": translate("labels", "弃权")}


def list_states() -> dict[str, str]:
    """The states of a version of a year's list."""
    return {"draft": translate("labels", "草稿"), "approved": translate("labels", "已批准"),
            "superseded": translate("labels", "已被取代")}


def priority_terms() -> dict[str, str]:
    """The priority score's terms (desk/projects/priority.py)."""
    return {"tickets": translate("labels", "工单数"), "residents": translate("labels", "反映居民数"),
            "urgency": translate("labels", "紧急程度"), "people": translate("labels", "受益人数（每百人）"),
            "cost": translate("labels", "人均估算费用（千元，越低越好）"), "votes": translate("labels", "票决（赞成减反对）")}


def project_event_kinds() -> dict[str, str]:
    return {"project_create": translate("labels", "新建储备项目"), "project_update": translate("labels", "修改项目"),
            "project_tickets": translate("labels", "修改项目关联工单"), "project_vote": translate("labels", "项目票决"),
            "project_stage": translate("labels", "项目阶段变更"), "project_cancel": translate("labels", "取消项目"),
            "project_link": translate("labels", "列为项目来源"), "project_unlink": translate("labels", "移出项目来源"),
            "annual_list_draft": translate("labels", "编制年度清单"),
            "annual_list_approve": translate("labels", "批准年度清单"),
            # §2: the lifecycle and the records
            "project_money": translate("labels", "登记预算和合同金额"), "project_payment": translate("labels", "登记拨付"),
            "project_change": translate("labels", "登记设计变更"),
            "project_change_decide": translate("labels", "审批设计变更"),
            "project_parties": translate("labels", "登记参建单位"), "project_survey": translate("labels", "设置测评题目"),
            "project_survey_response": translate("labels", "录入测评答卷"),
            "project_acceptance": translate("labels", "登记验收结果"),
            "project_callback": translate("labels", "项目验收回访"), "project_revisit": translate("labels", "项目回头看"),
            "project_progress": translate("labels", "项目进度"), "project_log": translate("labels", "施工日志"),
            "project_inspection": translate("labels", "质量安全巡查"), "project_file": translate("labels", "项目文件"),
            # §3: the citizen observers
            "project_comment": translate("labels", "项目评论"),
            "project_observer": translate("labels", "指派市民观察员"),
            "project_observer_remove": translate("labels", "取消指派市民观察员")}


def project_fields() -> dict[str, str]:
    """The fields a project's history names, in the order it names them."""
    return {"name": translate("labels", "项目名称"), "description": translate("labels", "项目说明"),
            "year": translate("labels", "年度"), "origin": translate("labels", "来源"),
            "community": translate("labels", "社区"), "category": translate("labels", "分类"),
            "safety_bottom_line": translate("labels", "安全底线"), "people_affected": translate("labels", "受益人数"),
            "estimated_cost_fen": translate("labels", "估算费用"), "tickets": translate("labels", "来源工单"),
            "meeting": translate("labels", "会议"), "held_on": translate("labels", "会议日期"),
            "tally": translate("labels", "票数"), "votes": translate("labels", "投票"),
            "stage": translate("labels", "阶段"), "annual_list": translate("labels", "年度清单")}


def label(table: dict[str, str], code: str | None) -> str:
    """The label of ``code`` in ``table``, or the code itself when unknown (never empty for a code)."""
    if code is None:
        return ""
    return table.get(code, code)


def yes_no(value: bool | None) -> str:
    if value is None:
        return ""
    return translate("labels", "是") if value else translate("labels", "否")


def fmt_hours(amount: timedelta) -> str:
    """A span of (working) time in hours: ``3.5``, ``8``, ``0.3`` (one decimal, no trailing .0)."""
    hours = abs(amount.total_seconds()) / 3600
    text = f"{hours:.1f}"
    return text[:-2] if text.endswith(".0") else text


def fmt_time(at: datetime | None, tz: tzinfo) -> str:
    """An instant in the office time zone as yyyy-MM-dd HH:mm."""
    if at is None:
        return ""
    return at.astimezone(tz).strftime("%Y-%m-%d %H:%M")


def fmt_short(at: datetime | None, tz: tzinfo) -> str:
    """An instant in the office time zone as MM-dd HH:mm (where the year is clear from the context)."""
    if at is None:
        return ""
    return at.astimezone(tz).strftime("%m-%d %H:%M")
