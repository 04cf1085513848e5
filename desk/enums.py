"""Domain vocabulary. Values are the stored codes; labels live in the UI (tr())."""
from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    CLERK = "clerk"
    SUPERVISOR = "supervisor"
    RESPONDER = "responder"
    ADMIN = "admin"
    #: 项目负责人 (issue 16 §3): runs key livelihood works; no tickets, no administration.
    PROJECT_MANAGER = "project_manager"
    #: 市民观察员 (issue 16 §3): sees the projects assigned to them (no residents' data), records inspections
    #: and comments on them; nothing else.
    OBSERVER = "observer"


class TicketState(StrEnum):
    NEW = "new"  # 待派
    DISPATCHED = "dispatched"  # 办理中
    AWAITING_VERIFICATION = "awaiting_verification"  # 待核实
    AWAITING_CALLBACK = "awaiting_callback"  # 待回访 (verified, resident not yet called back)
    CLOSED = "closed"  # 已结案
    CANCELLED = "cancelled"  # 已撤销


class DispatchState(StrEnum):
    PENDING = "pending"  # 待报到
    ACKNOWLEDGED = "acknowledged"  # 已报到
    RESPONDED = "responded"  # 已响应
    RETURN_REQUESTED = "return_requested"  # 退单申请
    RESOLVED = "resolved"  # 已办结
    RETURNED = "returned"  # 已退回
    WITHDRAWN = "withdrawn"  # 已撤回


#: Dispatch states in which the department still owes work.
OPEN_DISPATCH_STATES = frozenset(
    {DispatchState.PENDING, DispatchState.ACKNOWLEDGED, DispatchState.RESPONDED, DispatchState.RETURN_REQUESTED}
)
#: Dispatch states that no longer take part in the ticket.
GONE_DISPATCH_STATES = frozenset({DispatchState.RETURNED, DispatchState.WITHDRAWN})


class DispatchRole(StrEnum):
    LEAD = "lead"  # 主办
    ASSIST = "assist"  # 协办


class Urgency(StrEnum):
    ROUTINE = "routine"  # 一般
    URGENT = "urgent"  # 紧急
    EMERGENCY = "emergency"  # 特急


class Source(StrEnum):
    HOTLINE = "12345"  # 12345 热线
    PATROL = "patrol"  # 巡查
    WALK_IN = "walk_in"  # 来访
    INSTRUCTION = "instruction"  # 交办
    MEDIA = "media"  # 媒体


class AppealType(StrEnum):
    """诉求类型: what the resident wants."""

    CONSULT = "consult"  # 咨询
    HELP = "help"  # 求助
    COMPLAINT = "complaint"  # 投诉
    REPORT = "report"  # 举报
    SUGGEST = "suggest"  # 建议


class ReplyBy(StrEnum):
    """回复方式: how the resident wants to hear back."""

    PHONE = "phone"  # 电话
    SMS = "sms"  # 短信
    NONE = "none"  # 不需回复


class Satisfaction(StrEnum):
    SATISFIED = "satisfied"  # 满意
    BASICALLY_SATISFIED = "basically_satisfied"  # 基本满意
    DISSATISFIED = "dissatisfied"  # 不满意


# === issue 16: key livelihood works (重点民生工程) ===
class ProjectStage(StrEnum):
    CANDIDATE = "candidate"  # 储备
    LISTED = "listed"  # 列入年度清单
    INITIATED = "initiated"  # 立项
    TENDERING = "tendering"  # 招标
    CONSTRUCTION = "construction"  # 施工
    ACCEPTANCE = "acceptance"  # 验收
    OPERATION = "operation"  # 运维
    CANCELLED = "cancelled"  # 已取消


class ProjectOrigin(StrEnum):
    TICKETS = "tickets"  # 来自工单
    HOTSPOT = "hotspot"  # 来自问题清单
    RESIDENT_IDEA = "resident_idea"  # 居民金点子
    REPRESENTATIVE = "representative"  # 代表建议
    DEPARTMENT_PLAN = "department_plan"  # 部门计划


class VoteChoice(StrEnum):
    FOR = "for"  # 赞成
    AGAINST = "against"  # 反对
    ABSTAIN = "abstain"  # 弃权


class ListState(StrEnum):
    DRAFT = "draft"  # 草稿
    APPROVED = "approved"  # 已批准
    SUPERSEDED = "superseded"  # 已被新版本取代
