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
    # everything else the permission matrix names (desk.permissions.MATRIX)
    "queues": "查看队列", "queue_counts": "查看队列数量", "queue_size": "查看队列数量", "queue_position": "查看队列", "ticket_rows": "查看工单列表",
    "list_queue": "查看队列", "ticket": "查看工单", "allowed": "查看可用操作", "whistle_forecast": "查看派单时限", "departments": "查看部门",
    "categories": "查看分类", "policies": "查看时限标准", "calendar_month": "查看工作日历",
    "export_dispatches": "导出派单", "escalations": "查看督办队列", "escalation_counts": "查看督办数量",
    "approvals": "查看审批队列", "weekly_report": "查看周报", "period_report": "查看周报或月报", "disclosure": "发布阳光工程",
    "period_rate_items": "查看比率明细", "users": "查看用户", "audit_log": "查看审计日志",
    "verify_audit": "校验审计链", "verify_password": "验证密码", "change_password": "修改密码",
    "set_policy": "修改时限标准", "set_setting": "修改办公室设置", "set_settings": "保存办公室设置",
    "set_calendar_day": "修改工作日历",
    "import_calendar_csv": "导入工作日历", "create_user": "新建用户", "reset_password": "重置密码",
    "set_user_active": "停用或启用用户", "unlock_user": "解除账户锁定", "change_user_role": "修改用户角色和部门",
    "add_department": "新增部门", "rename_department": "部门改名", "set_department_active": "停用或启用部门",
    "add_category": "新增分类", "rename_category": "分类改名", "set_category_lead": "设置默认主办部门",
    "set_category_active": "停用或启用分类", "communities": "查看社区", "add_community": "新增社区",
    "rename_community": "社区改名", "set_community_active": "停用或启用社区",
    # issue 15: repeat complaints
    "repeat_candidates": "查找重复件", "repeat_links": "查看重复件", "propose_repeats": "查找重复件",
    "merge_repeat": "合并重复件", "split_repeat": "拆分重复件", "dismiss_repeat": "忽略重复件建议",
    # issue 15: attachments
    "attach": "添加附件", "attachments": "查看附件", "attachment_file": "查看附件", "remove_attachment": "删除附件",
    # === issue 15: category standards ===
    "category_tree": "查看分类树", "standard_for": "查看立结案标准", "add_category_node": "新增分类节点",
    "move_category": "移动分类", "set_category_standard": "修改立结案标准", "export_standards": "导出立结案标准",
    "import_standards": "导入立结案标准",
    # issue 15: 12345 import
    "preview_import": "预览导入", "import_hotline": "导入 12345 工单", "import_batches": "查看导入记录",
    "import_fields": "查看导入字段", "set_import_aliases": "修改导入列名", "import_mappings": "查看列映射",
    "save_import_mapping": "保存列映射", "delete_import_mapping": "删除列映射", "category_mappings": "查看分类映射",
    "set_category_mapping": "设置分类映射", "delete_category_mapping": "删除分类映射", "platform_info": "查看平台信息",
    "reclassify_unclassified": "重新分类待分类工单",
    # issue 16: key livelihood works
    "create_project": "新建储备项目", "add_project_tickets": "关联项目工单", "remove_project_tickets": "取消关联项目工单",
    "update_project": "修改项目", "record_project_vote": "录入项目票决", "project_priority": "查看项目优先级",
    "list_projects": "查看项目列表", "project": "查看项目", "draft_annual_list": "编制年度清单",
    "approve_annual_list": "批准年度清单", "annual_list": "查看年度清单", "cancel_project": "取消项目",
    "project_bulletin": "查看项目进度通报",
    "advance_project": "推进项目阶段", "add_milestone": "安排项目节点", "acknowledge_milestone": "节点报到",
    "complete_milestone": "完成项目节点", "record_progress": "记录项目进度", "record_construction_log": "记录施工日志",
    "record_inspection": "记录质量安全巡查", "project_lifecycle": "查看项目进展", "my_milestones": "查看本部门项目节点",
    "project_file": "查看项目文件",
    "hotspots": "查看问题清单", "hotspot_tickets": "查看问题清单的工单",
    # issue 16 §2: a project's records
    "project_record": "查看项目资金与验收", "set_project_money": "登记预算和合同金额", "add_project_payment": "登记拨付",
    "request_project_change": "登记设计变更", "decide_project_change": "审批设计变更",
    "set_project_parties": "登记参建单位", "contractors": "查看参建单位", "set_survey_questions": "设置测评题目",
    "record_survey_response": "录入测评答卷", "record_acceptance": "登记验收结果", "project_callbacks": "查看项目回访名单",
    "record_project_callback": "项目验收回访", "record_project_revisit": "登记项目回头看",
    "project_revisits_due": "查看待回头看项目", "contractor_board": "查看参建单位红黑榜",
    # issue 16 §3: the project manager and the citizen observer
    "assign_observer": "指派市民观察员", "unassign_observer": "取消指派市民观察员",
    "project_observers": "查看项目的市民观察员", "comment_project": "评论项目", "my_projects": "查看我的项目",
    "observed_project": "查看观察的项目",
    # issue 17: the map
    "preview_map_import": "预览地图边界", "import_map_layer": "导入地图边界", "map_layers": "查看地图",
    "map_summary": "查看地图", "map_pins": "查看地图", "map_picture": "查看地图", "map_community_tickets": "查看社区工单",
    "map_projects": "查看地图", "ticket_point": "查看工单位置", "set_ticket_point": "标注工单位置",
    "clear_ticket_point": "清除工单位置", "set_project_place": "标注项目位置",
}
#: Event kinds (the ticket timeline and the administration and login trail).
EVENT_KIND = {
    "create": "受理", "update": "修改", "whistle": "吹哨派单", "state": "状态变更", "verify": "核实通过",
    "verify_rejected": "核实未通过", "callback": "回访", "close": "结案", "reopen": "重办", "cancel": "撤销",
    "acknowledge": "报到", "respond": "响应", "resolve": "办结", "request_return": "申请退单",
    "decide_return": "审核退单", "withdraw": "撤回派单", "request_extension": "申请延期",
    "request_suspension": "申请挂起", "decide_request": "审核申请", "request_closed": "申请关闭", "resume": "恢复计时",
    "handle_escalation": "处理督办", "revisit": "回头看", "escalate": "超期升级",
    "login": "登录", "login_failed": "登录失败", "account_locked": "账户锁定", "unlock": "解锁屏幕",
    "unlock_failed": "解锁失败", "password_change": "修改密码", "password_change_failed": "修改密码失败",
    "first_admin": "创建首个管理员", "user_create": "新建用户", "password_reset": "重置密码",
    "user_disable": "停用用户", "user_enable": "启用用户", "user_unlock": "解除锁定", "user_role": "修改角色和部门",
    "department_add": "新增部门", "department_rename": "部门改名", "department_disable": "停用部门",
    "department_enable": "启用部门", "category_add": "新增分类", "category_rename": "分类改名",
    "category_lead": "设置默认主办部门", "category_disable": "停用分类", "category_enable": "启用分类",
    "setting": "修改设置", "policy": "修改时限标准", "calendar_day": "修改日历", "calendar_import": "导入日历",
    "calendar_seed": "载入法定节假日", "clock_accept": "确认本机时间", "community_add": "新增社区", "community_rename": "社区改名",
    "community_disable": "停用社区", "community_enable": "启用社区",
    "repeat_merge": "合并重复件", "repeat_split": "拆分重复件", "repeat_dismiss": "忽略重复件建议",
    # issue 15: attachments
    "attachment": "添加附件", "attachment_remove": "删除附件",
    # issue 15 §4: category standards
    "category_move": "移动分类", "category_standard": "修改立结案标准", "standards_import": "导入立结案标准",
    # issue 15: 12345 import
    "import": "12345 导入", "platform_update": "12345 平台更新", "import_batch": "导入 12345 工单",
    "import_alias": "修改导入列名", "import_mapping": "修改列映射", "category_map": "修改分类映射",
    # issue 16: key livelihood works
    "project_create": "新建储备项目", "project_update": "修改项目", "project_tickets": "修改项目关联工单",
    "project_vote": "项目票决", "project_stage": "项目阶段变更", "annual_list_draft": "编制年度清单",
    "annual_list_approve": "批准年度清单", "project_cancel": "取消项目", "project_link": "列为项目来源",
    "project_unlink": "移出项目来源",
    # issue 16 §2: a project's records
    "project_money": "登记预算和合同金额", "project_payment": "登记拨付", "project_change": "登记设计变更",
    "project_change_decide": "审批设计变更", "project_parties": "登记参建单位", "project_survey": "设置测评题目",
    "project_survey_response": "录入测评答卷", "project_acceptance": "登记验收结果", "project_callback": "项目验收回访",
    "project_revisit": "项目回头看",
    "milestone_add": "安排项目节点", "milestone_acknowledge": "节点报到", "milestone_done": "项目节点完成",
    "project_progress": "项目进度", "project_log": "施工日志", "project_inspection": "质量安全巡查",
    "project_file": "项目文件",
    # issue 16 §3: the citizen observers
    "project_comment": "项目评论", "project_observer": "指派市民观察员", "project_observer_remove": "取消指派市民观察员",
    # issue 17: the map
    "map_import": "导入地图边界", "locate": "标注位置", "map_place": "标注项目位置",
}
#: Project stages and origins, vote choices, list states and the priority score's terms (issue 16).
PROJECT_STAGE = {
    "candidate": "储备", "listed": "已列入清单", "initiated": "立项", "tendering": "招标", "construction": "施工",
    "acceptance": "验收", "operation": "运维", "cancelled": "已取消",
}
PROJECT_ORIGIN = {"tickets": "来自工单", "hotspot": "来自问题清单", "resident_idea": "居民金点子",
                  "representative": "代表建议", "department_plan": "部门计划"}
#: A project's colour by stage, on the map and on paper (ui.map.scene, reports.mapdraw).
#: Each stage its own colour: a legend that names 立项 and 招标 must tell them apart.
PROJECT_STAGE_COLOUR = {"candidate": "#9e9e9e", "listed": "#3f51b5", "initiated": "#7b1fa2", "tendering": "#00838f",
                        "construction": "#ef6c00", "acceptance": "#2e7d32", "operation": "#6d4c41",
                        "cancelled": "#cfcfcf"}
VOTE_CHOICE = {"for": "赞成", "against": "反对", "abstain": "弃权"}
LIST_STATE = {"draft": "草稿", "approved": "已批准", "superseded": "已被取代"}
PRIORITY_TERM = {"tickets": "工单数", "residents": "反映居民数", "urgency": "紧急程度", "people": "受益人数（每百人）",
                 "cost": "人均估算费用（千元，越低越好）", "votes": "票决（赞成减反对）"}
STEP = {"acknowledge": "报到", "respond": "响应", "resolve": "办结", "verify": "核实", "callback": "回访",
        "milestone": "节点完成"}  # (issue 16: a project milestone's own due)
ESCALATION_LEVEL = {1: "催办", 2: "督办", 3: "通报"}
ROLE = {"clerk": "受理员", "supervisor": "督办员", "responder": "部门联络员", "admin": "管理员",
        "project_manager": "项目负责人", "observer": "市民观察员"}
URGENCY = {"routine": "一般", "urgent": "紧急", "emergency": "特急"}
SOURCE = {"12345": "12345热线", "patrol": "巡查", "walk_in": "来访", "instruction": "交办", "media": "媒体"}
APPEAL_TYPE = {"consult": "咨询", "help": "求助", "complaint": "投诉", "report": "举报", "suggest": "建议"}
REPLY_BY = {"phone": "电话", "sms": "短信", "none": "不需回复"}
#: Requests on a dispatch that wait for the office.
PENDING_REQUEST = {"extension": "延期申请中", "suspension": "挂起申请中", "return": "退单申请中"}
SATISFACTION = {"satisfied": "满意", "basically_satisfied": "基本满意", "dissatisfied": "不满意"}
DISPATCH_ROLE = {"lead": "主办", "assist": "协办", "office": "街道"}
QUEUE = {
    "new": "待派", "dispatched": "办理中", "awaiting_verification": "待核实", "awaiting_callback": "待回访",
    "revisit_due": "待回头看", "all": "全部", "dept_pending": "本部门待报到", "dept_in_progress": "办理中",
    "dept_resolved": "已办结", "returns_pending": "退单待审",
}
