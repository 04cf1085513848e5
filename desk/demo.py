"""Demo data: a realistic street office with N tickets in every state, fast and reproducible.

Departments, categories and users are created through the account and ticket services
(so passwords are hashed exactly as in real use). The tickets are *simulated*: each one
lives through the same steps the façade would take (create, whistle, acknowledge, respond,
resolve, return requests, verification, callbacks, close, reopen, cancel), stamped with
plausible times over the past eight weeks and cut off at ``desk.clock.now()``. The rows
the simulation produces (tickets, dispatches, events, callbacks) are written in chunks inside
one transaction (a failure leaves nothing behind), as a bulk load: COPY on PostgreSQL, the
driver's executemany on SQLite, by a writer thread while the next chunk is simulated (_Writer);
the secondary indexes (PostgreSQL's trigram GIN index among them) are dropped before and built
once after the load, SQLite's row-by-row insert triggers (the FTS5 search index's, the event
table's guard) are dropped for the load, the search index filled in one statement after it and
the triggers made again (_drop_insert_triggers); ANALYZE at the end (Desk.analyze). Rows travel
as tuples in column order, instants converted inline (_driver_values), events hashed and
converted in one pass (_seal).

The simulation mirrors the façade closely: the ticket state is always the one
``desk.tickets.service.derive_state`` computes, every step is checked against the
transition table in ``desk.workflow``, every event carries the same ``kind``, ``note``
and ``changes`` the façade would have written, and every dispatch gets its time limits
and due instants from the office's policies and working calendar (``desk.deadlines``).
No escalation rows are written: each open dispatch's ``next_escalation_at`` is set, so
the first sweep records whatever overdue work the demo left behind.

The events join the audit trail's hash chain (desk.audit.chain) like any others: their places
and hashes are computed here, in Python, as the rows are built, and the chain's anchor is moved
at the end. The office's departments, categories and accounts are recorded as administration
events of the system account.

Departments differ (:data:`PROFILES`): two work well, two poorly, the rest are average. A profile
changes how fast a department acknowledges, responds and resolves, how often it lets the 报到 or
响应 limit pass, how often its work stalls, and what residents say at the callback (resolved?
satisfied?). The callback also asks 承办部门是否联系过您: mostly 是 when the lead department
responded on time, less often when it was late, and now and then the question is not asked.
So the weekly 红黑榜 ranks the departments, not chance.

Not simulated (yet): extension and suspension requests, escalation handling, revisits
and ticket edits.

The same seed and the same clock give the same data.
"""
from __future__ import annotations

import hashlib
import heapq
import json
import math
import queue
import random
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from operator import itemgetter
from types import SimpleNamespace
from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy import bindparam, func, insert, select, text, update
from sqlalchemy.engine import Connection

from desk import notes
from desk.accounts import service as accounts
from desk.audit import chain
from desk.audit import service as audit
from desk.deadlines import clocks
from desk.deadlines import service as deadlines
from desk.deadlines.durations import Duration
from desk.enums import (
    OPEN_DISPATCH_STATES,
    AppealType,
    ReplyBy,
    DispatchRole,
    DispatchState,
    ProjectStage,
    Role,
    Satisfaction,
    Source,
    TicketState,
    Urgency,
)
from desk.errors import ConflictError, Message, ValidationError
from desk.escalation import service as escalation
from desk.setup import service as setup
from desk.tickets.service import derive_state
from desk.workflow import TRANSITIONS
from models import (
    Callback, Category, Community, Department, Dispatch, Event, Project, Ticket, TicketCounter, User, UTCDateTime,
)
from models.chain import canonical2_values
from models.textsearch import FTS_TABLE, TEXT_COLUMNS

MAX_TICKETS = 1_000_000
#: The password hash of a demo account while its real one is being made (one starting with "!" logs nobody in).
HASH_PENDING = "!hashing"
#: The note of what the demo sets up (a program note: shown in the reader's language).
DEMO_NOTE = notes.program(Message("演示数据"))
#: Tickets simulated and written per batch (bounded memory for 100,000 tickets and more).
CHUNK_TICKETS = 5_000
#: SQLite's page cache while the demo loads and indexes its rows (KiB; the connection's default is 2 MiB).
BULK_CACHE_KIB = 256 * 1024
#: PostgreSQL's memory for building the indexes after the load (the server's default is 64 MB).
BULK_INDEX_MEMORY_MB = 256
#: How far back the demo's tickets reach by default (``generate(weeks=…)``), and at most.
SPAN_DAYS = 56
MAX_WEEKS = 520

# -- the office ------------------------------------------------------------------------------
DEPARTMENTS = (
    "城管执法队", "住建委", "交通支队", "水务所", "环保所", "园林绿化队", "供电公司", "燃气公司",
    "社区居委会", "市场监管所", "卫健办", "派出所",
)
#: Category -> default lead department, and how often the category comes up.
CATEGORIES: dict[str, tuple[str, int]] = {
    "市容环境": ("城管执法队", 22),
    "违法建设": ("城管执法队", 8),
    "房屋安全": ("住建委", 6),
    "物业管理": ("住建委", 9),
    "道路交通": ("交通支队", 10),
    "供排水": ("水务所", 8),
    "环境污染": ("环保所", 6),
    "噪声扰民": ("派出所", 7),
    "绿化养护": ("园林绿化队", 5),
    "供电故障": ("供电公司", 4),
    "燃气安全": ("燃气公司", 3),
    "邻里纠纷": ("社区居委会", 6),
    "食品安全": ("市场监管所", 4),
    "公共卫生": ("卫健办", 2),
}
#: Departments that are often asked to assist on a category.
ASSISTS: dict[str, tuple[str, ...]] = {
    "市容环境": ("社区居委会", "环保所"),
    "违法建设": ("住建委", "社区居委会"),
    "房屋安全": ("社区居委会", "城管执法队"),
    "物业管理": ("社区居委会",),
    "道路交通": ("城管执法队", "社区居委会"),
    "供排水": ("住建委", "社区居委会"),
    "环境污染": ("城管执法队", "市场监管所"),
    "噪声扰民": ("城管执法队", "社区居委会", "环保所"),
    "绿化养护": ("社区居委会", "城管执法队"),
    "供电故障": ("社区居委会", "住建委"),
    "燃气安全": ("住建委", "社区居委会"),
    "邻里纠纷": ("派出所",),
    "食品安全": ("卫健办", "城管执法队"),
    "公共卫生": ("社区居委会", "环保所"),
}

#: username, display name, role, department (responders).
OFFICE_USERS: tuple[tuple[str, str, str, str | None], ...] = (
    ("zhang.wei", "张伟", Role.CLERK, None),
    ("zhao.min", "赵敏", Role.CLERK, None),
    ("liu.yang", "刘洋", Role.CLERK, None),
    ("wang.qiang", "王强", Role.SUPERVISOR, None),
    ("admin", "系统管理员", Role.ADMIN, None),
)
#: issue 16 §3: a 项目负责人 and a 市民观察员 (created after the others: the others' passwords and ids stay as they were).
PROJECT_USERS: tuple[tuple[str, str, str, str | None], ...] = (
    ("li.xm", "李项目", Role.PROJECT_MANAGER, None),
    ("chen.guan", "陈观", Role.OBSERVER, None),
)
#: How many of the listed projects the demo's observer is assigned to (the first ones).
OBSERVED_PROJECTS = 2
RESPONDERS: dict[str, tuple[str, str]] = {
    "城管执法队": ("cg.li", "李娜"),
    "住建委": ("zj.wang", "王磊"),
    "交通支队": ("jt.zhao", "赵刚"),
    "水务所": ("sw.sun", "孙丽"),
    "环保所": ("hb.zhou", "周洁"),
    "园林绿化队": ("yl.wu", "吴斌"),
    "供电公司": ("gd.zheng", "郑凯"),
    "燃气公司": ("rq.feng", "冯涛"),
    "社区居委会": ("jw.chen", "陈芳"),
    "市场监管所": ("sj.yang", "杨帆"),
    "卫健办": ("wj.he", "何静"),
    "派出所": ("pcs.gao", "高峰"),
}
#: How often residents consult, ask for help, complain, report or suggest; how they want the answer.
APPEAL_TYPES = {AppealType.COMPLAINT: 45, AppealType.HELP: 25, AppealType.CONSULT: 15, AppealType.REPORT: 10,
                AppealType.SUGGEST: 5}
REPLY_BY = {ReplyBy.PHONE: 80, ReplyBy.SMS: 15, ReplyBy.NONE: 5}
PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyzACDEFGHJKLMNPQRSTUVWXYZ23456789"
PASSWORD_LENGTH = 12

# -- where and who ------------------------------------------------------------------------
#: 社区 -> (roads, residential compounds).
COMMUNITIES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "幸福社区": (("幸福路", "幸福北街"), ("幸福家园", "幸福里小区")),
    "和平里社区": (("和平里东街", "和平里中街"), ("和平里七区", "和平里九区")),
    "光明社区": (("光明路", "光明西街"), ("光明小区",)),
    "安华里社区": (("安华路", "安华西里一街"), ("安华里二区", "安华里五区")),
    "新源里社区": (("新源南路", "新源街"), ("新源里小区", "新源西里")),
    "胜利社区": (("胜利路", "胜利东街"), ("胜利花园",)),
    "花园村社区": (("花园路", "花园村东街"), ("花园村小区", "花园村二区")),
    "东湖社区": (("东湖路", "望湖街"), ("东湖湾", "东湖别墅")),
    "西坝河社区": (("西坝河路", "西坝河南路"), ("西坝河东里", "西坝河西里")),
    "樱花园社区": (("樱花园东街", "樱花西街"), ("樱花园小区",)),
    "惠新苑社区": (("惠新东街", "惠新西街"), ("惠新苑", "惠新里")),
    "芍药居社区": (("芍药居路", "北土城东路"), ("芍药居北里", "芍药居南里")),
    "太阳宫社区": (("太阳宫中路", "太阳宫北街"), ("太阳宫南小区", "夏都家园")),
    "建设社区": (("建设大街", "建设东路"), ("建设里小区",)),
    "南湖社区": (("南湖中园路", "南湖西路"), ("南湖东园", "南湖中园")),
}
COMMUNITY_NAMES = tuple(COMMUNITIES)
SURNAMES = (
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高",
    "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁",
    "潘", "于", "蒋", "蔡",
)
GIVEN_NAMES = ("磊", "静", "敏", "军", "洋", "艳", "勇", "杰", "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚")
MOBILE_PREFIXES = (
    "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155", "156", "157",
    "158", "159", "166", "176", "177", "178", "180", "185", "186", "187", "188", "189", "199",
)
SOURCES = ((Source.HOTLINE, 62), (Source.PATROL, 20), (Source.WALK_IN, 8), (Source.INSTRUCTION, 5),
           (Source.MEDIA, 5))
URGENCIES = ((Urgency.ROUTINE, 84), (Urgency.URGENT, 13), (Urgency.EMERGENCY, 3))
#: Categories where danger makes urgent and emergency tickets more likely.
HAZARDOUS = frozenset({"燃气安全", "供电故障", "房屋安全", "供排水"})
URGENCY_PACE = {Urgency.ROUTINE: 1.0, Urgency.URGENT: 0.35, Urgency.EMERGENCY: 0.1}

#: Per category: (title, what the resident says). Slots: {road} {place} {addr} {community} {n}.
TEMPLATES: dict[str, tuple[tuple[str, str], ...]] = {
    "市容环境": (
        ("{road}早市占道经营", "{road}每天早上6点到9点摊贩占用人行道，行人只能走机动车道"),
        ("{place}门口垃圾堆放未清运", "{place}门口垃圾桶满溢，垃圾堆在路边好几天没人清运，气味很大"),
        ("{road}沿街商铺店外经营", "{road}多家商铺把货架摆到门外，人行道被堵"),
        ("{road}建筑垃圾随意倾倒", "夜间有车辆在{road}路边倾倒建筑垃圾，已堆了一大片"),
        ("{place}小广告乱贴乱画", "{place}楼道和单元门上贴满小广告，清理后又被贴上"),
        ("{road}共享单车乱停放", "{road}地铁口共享单车堆成一片，挡住了盲道和出入口"),
    ),
    "违法建设": (
        ("{place}一层住户私搭乱建", "{place}一层住户在院子里搭建彩钢板房，占用公共绿地"),
        ("{place}顶楼违建阳光房", "{place}顶楼住户正在施工加建阳光房，担心影响楼体安全"),
        ("{road}商户私自扩建门脸", "{road}有商户私自拆墙扩建门脸，施工没有任何手续"),
    ),
    "房屋安全": (
        ("{place}外墙皮脱落", "{place}外墙墙皮大面积脱落，楼下就是小区主路，很危险"),
        ("{place}楼道墙体开裂", "{place}楼道墙体出现多条裂缝，近期还在变宽，居民担心房屋安全"),
        ("{place}阳台护栏锈蚀松动", "{place}公共阳台护栏严重锈蚀、有松动，孩子经常在附近玩耍"),
    ),
    "物业管理": (
        ("{place}电梯频繁故障", "{place}电梯一个月坏了好几次，老人上下楼很困难，物业推诿不修"),
        ("{place}物业不清扫楼道", "{place}物业长期不清扫楼道，楼道里堆满杂物"),
        ("{place}地下车库漏水", "{place}地下车库顶板漏水，车辆被泡，物业一直不处理"),
        ("{place}门禁损坏无人维修", "{place}单元门禁坏了一个多月，外来人员随意进出"),
    ),
    "道路交通": (
        ("{road}路口信号灯故障", "{road}路口信号灯不亮，早晚高峰车辆和行人抢行，非常危险"),
        ("{road}机动车违章停车", "{road}两侧机动车长期违停，消防通道被堵，公交车都过不去"),
        ("{road}路面坑洼积水", "{road}路面有多处坑洼，下雨后积水，电动车已经摔倒过"),
        ("{road}井盖破损", "{road}{n}号门前井盖破损下陷，夜里看不清，容易出事"),
    ),
    "供排水": (
        ("{place}自来水水压低", "{place}高层住户自来水水压低，早晚用水高峰基本没水"),
        ("{road}雨水篦子堵塞", "{road}雨水篦子被树叶淤泥堵住，一下雨路面就积水"),
        ("{place}污水管道返水", "{place}一楼卫生间污水返水，家里被淹，味道很大"),
        ("{road}自来水管破裂", "{road}{n}号附近自来水管破裂，大量跑水，路面结冰"),
    ),
    "环境污染": (
        ("{road}餐馆油烟扰民", "{road}{n}号餐馆油烟直排，楼上住户不敢开窗"),
        ("{road}工地扬尘严重", "{road}施工工地没有覆盖苫网，刮风时尘土飞扬"),
        ("{road}有人焚烧垃圾", "{road}附近经常有人焚烧垃圾和树叶，烟雾很大"),
    ),
    "噪声扰民": (
        ("{road}夜间施工噪声", "{road}工地晚上11点以后还在施工，噪声很大，无法休息"),
        ("{place}楼上住户深夜噪声", "{place}楼上住户经常半夜拖动家具、大声喧哗，多次沟通无果"),
        ("{road}广场舞音响扰民", "{road}街心公园广场舞音响声音太大，持续到晚上10点"),
        ("{road}商户高音喇叭招揽", "{road}沿街商户用高音喇叭循环播放促销广告"),
    ),
    "绿化养护": (
        ("{place}树木遮挡采光", "{place}楼前树木过高，遮挡低层住户采光，希望修剪"),
        ("{road}行道树倾斜", "{road}行道树被风刮得严重倾斜，随时可能倒伏"),
        ("{place}绿地被毁种菜", "{place}有居民把公共绿地开垦种菜，还堆放粪肥"),
    ),
    "供电故障": (
        ("{place}楼道照明损坏", "{place}楼道灯坏了很久，晚上上下楼一片漆黑"),
        ("{place}频繁停电", "{place}最近一周频繁停电，冰箱里的东西都坏了"),
        ("{road}路灯不亮", "{road}一段路灯连续多晚不亮，夜间出行不安全"),
    ),
    "燃气安全": (
        ("{place}楼道有燃气味", "{place}楼道里能闻到明显的燃气味，担心泄漏"),
        ("{road}餐馆违规使用液化气", "{road}{n}号餐馆在室内存放多个液化气罐"),
        ("{place}燃气管道锈蚀", "{place}外墙燃气管道锈蚀严重，担心安全"),
    ),
    "邻里纠纷": (
        ("{place}楼上漏水纠纷", "{place}楼上住户家漏水，导致楼下天花板发霉，双方协商不成"),
        ("{place}楼道堆物纠纷", "{place}邻居在楼道长期堆放杂物，沟通后发生争执"),
        ("{place}宠物扰民纠纷", "{place}邻居养的狗夜里经常叫，还随地便溺，多次沟通无果"),
    ),
    "食品安全": (
        ("{road}无证流动摊贩售卖熟食", "{road}有无证摊贩售卖熟食，卫生条件很差"),
        ("{road}超市出售过期食品", "在{road}{n}号超市买到过期食品，商家拒绝退换"),
        ("{road}餐馆后厨卫生差", "{road}{n}号餐馆后厨卫生条件差，有老鼠出没"),
    ),
    "公共卫生": (
        ("{place}蚊蝇滋生", "{place}垃圾站附近蚊蝇滋生，希望进行消杀"),
        ("{place}发现老鼠", "{place}近期老鼠很多，已经咬坏了电线"),
    ),
}
DURATIONS = ("", "，已经持续一周了", "，已有半个多月", "，最近几天尤其严重", "，最近一个月反复出现")
WISHES = ("希望尽快处理。", "请相关部门尽快派人查看。", "希望街道协调解决。", "多次反映未果，请督促解决。",
          "请尽快处理并回复。")

WHISTLE_NOTES = ("", "", "请尽快到场处置。", "请于时限内报到并联系反映人。", "涉及多个部门，请主办部门牵头处置。",
                 "居民多次反映，请重点关注。")
ACK_NOTES = ("", "", "", "已收到，马上安排人员。", "已报到。")
RESPOND_NOTES = ("已电话联系反映人，约定今日到现场查看。", "已派人员到现场核实情况。", "已与反映人沟通，说明处理流程和时限。",
                 "已到现场勘查，正在制定处置方案。", "已联系责任单位到场。")
#: Per category what a department typically did; the generic RESOLVE_NOTES fill in.
RESOLVE_BY_CATEGORY: dict[str, tuple[str, ...]] = {
    "市容环境": ("已清理完毕，并纳入日常巡查。", "已劝离占道摊贩，设置提示牌。"),
    "违法建设": ("已下达限期拆除通知书，当事人已自行拆除。", "已依法拆除违建部分，现场恢复原状。"),
    "房屋安全": ("已组织房屋安全鉴定并设置警示围挡，完成修缮。", "已督促产权单位完成外墙修缮。"),
    "物业管理": ("已约谈物业公司，设备已维修恢复。", "已督促物业限期整改，现已整改到位。"),
    "道路交通": ("已设置临时交通标志，违停车辆已清理。", "已联系养护单位完成路面修补。"),
    "供排水": ("已疏通管道，恢复正常排水。", "已抢修管道，恢复供水。"),
    "环境污染": ("已责令加装油烟净化设施，复查达标。", "已责令工地覆盖裸土并洒水降尘。"),
    "噪声扰民": ("已上门调解并予以警告，噪声已停止。", "已责令停止夜间施工，后续加强巡查。"),
    "绿化养护": ("已完成树木修剪。", "已恢复绿地并清理杂物。"),
    "供电故障": ("已更换故障设备，恢复供电。", "已维修照明线路，灯具恢复正常。"),
    "燃气安全": ("已到场检测，排除泄漏隐患。", "已责令商户清除违规液化气罐。"),
    "邻里纠纷": ("已组织双方调解，达成一致意见。", "已上门沟通，双方同意各自整改。"),
    "食品安全": ("已立案调查，责令下架问题食品。", "已取缔无证摊贩，加强巡查。"),
    "公共卫生": ("已完成消杀作业。", "已投放鼠药并清理孳生地。"),
}
RESOLVE_NOTES = ("已现场处置完毕，拍照留存。", "问题已整改到位，已向反映人反馈。", "已协调责任单位完成处置。",
                 "已依法责令当事人整改，复查合格。", "已清理完毕并安排日常巡查。")
RETURN_REASONS = ("该问题属于{dept}职责范围，建议改派{dept}。", "经现场核实，该事项应由{dept}主办。",
                  "本部门无执法权限，建议改派{dept}。")
DECIDE_APPROVE_NOTES = ("", "同意退单。", "同意，另行派单。")
DECIDE_REJECT_NOTES = ("经研究，该事项属本部门职责，请继续办理。", "退单理由不充分，请按时办结。",
                       "请先到现场核实后再申请退单。")
WITHDRAW_REASONS = ("误派，该事项无需本部门协办。", "派单部门选择有误，撤回。")
VERIFY_NOTES = ("", "现场核实，问题已解决。", "已电话核实，处理到位。")
VERIFY_REJECT_NOTES = ("现场复查问题仍存在，请重新办理。", "处理结果与反映问题不符，请重新办理。")
CALLBACK_NOTES = {
    Satisfaction.SATISFIED: ("居民表示满意。", "反映人对处理结果满意，感谢街道。", ""),
    Satisfaction.BASICALLY_SATISFIED: ("居民表示基本满意，希望加强日常管理。", "基本满意，处理速度有待提高。"),
    Satisfaction.DISSATISFIED: ("居民表示不满意，认为问题没有根本解决。", "不满意，反映人称问题仍反复出现。"),
}
NOT_CONTACTED_NOTES = ("电话无人接听。", "电话关机，稍后再联系。", "号码停机，无法联系。")
CLOSE_NOTES = ("", "", "已回访，结案。")
REOPEN_REASONS = ("回访不满意，反映人称问题未解决，重新办理。", "问题反弹，居民再次来电，重办。")
CANCEL_EARLY_REASONS = ("重复工单，已合并处理。", "反映人撤回诉求。", "非本街道辖区事项，已告知反映人。")
CANCEL_LATE_REASONS = ("反映人表示问题已自行解决，撤销工单。", "经核实为重复反映，撤销。")

# -- how a ticket's life goes (probabilities and delays in hours) -------------------------
P_CANCEL_EARLY = 0.012
P_CANCEL_LATE = 0.006
P_NO_WHISTLE = 0.004  # forgotten in 待派
#: Stalled work is done after this many days (uniform), or never if that is after now.
STALL_DAYS = (14.0, 56.0)
P_STALL = {"acknowledge": 0.012, "respond": 0.01, "resolve": 0.015, "decide_return": 0.01, "verify": 0.005}
P_RETURN = (0.05, 0.02)  # first round, later rounds
P_RETURN_APPROVED = 0.6
P_WITHDRAW_ASSIST = 0.03
P_VERIFY_OK = 0.93
P_CONTACTED = 0.88
P_REOPEN_BEFORE_CLOSE = 0.45
P_REOPEN_AFTER_CLOSE = 0.2
MAX_ROUNDS = 3
#: 承办部门是否联系过您: how often the clerk does not ask, and how often the resident says 是 when the lead
#: department responded on time / late.
P_DEPT_QUESTION_SKIPPED = 0.12
P_DEPT_CONTACTED = (0.95, 0.45)


@dataclass(frozen=True)
class Profile:
    """How well a department works: the demo's departments differ, so that the 红黑榜 ranks them.

    ``speed`` scales the usual delays of its 报到, 响应 and 办结 (below 1: faster). ``late_acknowledge`` and
    ``late_respond`` are the chances that it lets the step's limit pass: the step then comes after the due,
    by 5%–100% of the limit. ``stall`` scales the chance that a dispatch lies untouched. At the callback
    about its work: ``resolved`` is the chance the resident says the problem is solved; of those, ``satisfied``
    say 满意 and up to ``basically`` 基本满意 (the rest 不满意); ``unresolved_satisfied`` and
    ``unresolved_basically`` are the same for a problem not solved.
    """

    speed: float
    late_acknowledge: float
    late_respond: float
    stall: float
    resolved: float
    satisfied: float
    basically: float
    unresolved_satisfied: float = 0.05
    unresolved_basically: float = 0.3


GOOD = Profile(speed=0.6, late_acknowledge=0.0, late_respond=0.0, stall=0.5, resolved=0.95, satisfied=0.9,
               basically=0.985)
AVERAGE = Profile(speed=1.0, late_acknowledge=0.02, late_respond=0.04, stall=1.0, resolved=0.9, satisfied=0.8,
                  basically=0.96)
POOR = Profile(speed=1.5, late_acknowledge=0.1, late_respond=0.16, stall=2.0, resolved=0.78, satisfied=0.6,
               basically=0.88, unresolved_satisfied=0.02, unresolved_basically=0.2)
#: Each department's profile (a department not named here is average).
PROFILES: dict[str, Profile] = {
    "交通支队": GOOD, "供电公司": GOOD,
    "住建委": POOR, "园林绿化队": POOR,
}
#: A late step comes after its due by this share of the limit (log-uniform).
LATE_SHARE = (0.05, 1.0)
DELAY_HOURS = {
    "whistle": (0.08, 2.0),
    "acknowledge": (0.15, 8.0),
    "respond": (0.5, 24.0),
    "resolve": (2.0, 120.0),
    "request_return": (0.5, 12.0),
    "decide_return": (1.0, 10.0),
    "rewhistle": (0.5, 4.0),
    "withdraw": (0.15, 4.0),
    "verify": (1.0, 48.0),
    "callback": (2.0, 72.0),
    "callback_retry": (4.0, 24.0),
    "close": (0.15, 12.0),
    "reopen": (1.0, 24.0),
    "reopen_closed": (24.0, 96.0),
    "cancel_early": (0.08, 1.5),
    "cancel_late": (24.0, 120.0),
}

_T = TicketState
_D = DispatchState
#: The states' and roles' values as plain strings: what the simulation stores (an enum member's ``.value`` is a
#: Python-level property, read some 700,000 times per 20,000 tickets).
_TS = SimpleNamespace(**{m.name: m.value for m in TicketState})
_DS = SimpleNamespace(**{m.name: m.value for m in DispatchState})
_TICKET_STATE = {m: m.value for m in TicketState}
_LEAD, _ASSIST = DispatchRole.LEAD.value, DispatchRole.ASSIST.value
_RUNNING = frozenset(s.value for s in clocks.RUNNING_STATES)
#: What a department does next with a dispatch in a state.
_NEXT_VERB = {_DS.PENDING: "acknowledge", _DS.ACKNOWLEDGED: "respond", _DS.RESPONDED: "resolve",
              _DS.RETURN_REQUESTED: "decide_return"}


# -- results -----------------------------------------------------------------------------
@dataclass(frozen=True)
class DemoUser:
    username: str
    display_name: str
    role: str
    department: str | None
    #: The freshly generated demo password: shown once, never stored in clear.
    password: str = field(repr=False)


@dataclass(frozen=True)
class DemoResult:
    users: tuple[DemoUser, ...]
    departments: int
    categories: int
    tickets: int
    dispatches: int
    events: int
    callbacks: int
    ticket_states: dict[str, int]
    dispatch_states: dict[str, int]
    seconds: float


# -- the simulated records --------------------------------------------------------------
class _SimDispatch:
    """A dispatch being simulated; shaped like models.Dispatch for derive_state."""

    __slots__ = (
        "id", "department_id", "role", "state", "round", "note", "return_reason", "state_before_return",
        "dispatched_at", "dispatched_by_id", "acknowledged_at", "responded_at", "resolved_at", "closed_at",
        "updated_at", "updated_by_id", "version", "return_stage", "return_approved", "return_to",
        "acknowledge_within", "respond_within", "resolve_within", "acknowledge_due", "respond_due", "resolve_due",
        "suspended_at",
    )

    def __init__(self, id_: int, department_id: int, role: str, round_: int, note: str, at: datetime,
                 actor: int) -> None:
        self.id = id_
        self.department_id = department_id
        self.role = role
        self.state = _DS.PENDING
        self.round = round_
        self.note = note
        self.return_reason: str | None = None
        self.state_before_return: str | None = None
        self.dispatched_at = at
        self.dispatched_by_id = actor
        self.acknowledged_at: datetime | None = None
        self.responded_at: datetime | None = None
        self.resolved_at: datetime | None = None
        self.closed_at: datetime | None = None
        self.updated_at = at
        self.updated_by_id = actor
        self.version = 1
        self.return_stage: str | None = None
        self.return_approved = False
        self.return_to: int | None = None
        self.suspended_at: datetime | None = None  # the demo never suspends


class _SimTicket:
    """A ticket being simulated; shaped like models.Ticket for derive_state."""

    __slots__ = (
        "id", "round", "state", "dispatches", "category", "urgency", "pace", "clerk", "created_at", "updated_at",
        "updated_by_id", "first_whistled_at", "verified_at", "closed_at", "version", "last_callback_at",
        "callback_attempts", "unhappy", "force", "fields", "revisit_due", "callbacks_reached",
        "callbacks_dissatisfied",
    )

    def __init__(self) -> None:
        self.dispatches: list[_SimDispatch] = []
        self.round = 1
        self.state = _TS.NEW
        self.first_whistled_at: datetime | None = None
        self.verified_at: datetime | None = None
        self.closed_at: datetime | None = None
        self.last_callback_at: datetime | None = None
        self.revisit_due: datetime | None = None
        self.callback_attempts = 0
        self.callbacks_reached = self.callbacks_dissatisfied = 0  # as record_callback keeps them (issue 16)
        self.unhappy = False
        self.version = 1


@dataclass
class _Office:
    """Ids of what the tickets refer to."""

    departments: dict[str, int]
    categories: dict[str, int]
    clerks: list[int]
    supervisors: list[int]
    responder_of: dict[int, int]  # department id -> responder user id
    dept_name: dict[int, str]
    #: Deadline arithmetic, as the façade's ``Desk._timing`` gives it.
    cal: Any = None
    offsets: Any = None
    #: (category id, urgency) -> the 报到/响应/办结 time limits, each as its text and parsed once.
    policies: dict[tuple[int, str], tuple[tuple[str, Duration], ...]] = field(default_factory=dict)
    revisit_categories: frozenset[str] = frozenset()
    #: How the tickets' and dispatches' clocks are computed (desk.deadlines.clocks).
    clock_rules: Any = None
    revisit_after: str = ""
    #: username -> user id
    accounts: dict[str, int] = field(default_factory=dict)


#: How far a showcase ticket's story is lived through to find when it must start (see _showcase_start).
SHOWCASE_HORIZONS = (timedelta(days=7), timedelta(days=365))
# Showcase targets: a few of the newest tickets are stopped in each state, so that every
# ticket state and dispatch state is present even with a handful of tickets.
_SHOWCASE: tuple[tuple[str, str, dict[str, Any]], ...] = (
    ("ticket", _T.NEW, {}),
    ("dispatch", _D.PENDING, {}),
    ("dispatch", _D.ACKNOWLEDGED, {}),
    ("dispatch", _D.RESPONDED, {}),
    ("dispatch", _D.RETURN_REQUESTED, {"return": False}),
    ("ticket", _T.AWAITING_VERIFICATION, {}),
    ("dispatch", _D.RETURNED, {"return": True}),
    ("dispatch", _D.WITHDRAWN, {"withdraw": True}),
    ("ticket", _T.AWAITING_CALLBACK, {}),
    ("ticket", _T.CANCELLED, {"cancel": True}),
    ("ticket", _T.CLOSED, {}),
    ("dispatch", _D.RESOLVED, {}),
    ("ticket", _T.DISPATCHED, {}),
)


#: DELAY_HOURS on a log scale (the same numbers _hours computed on every call).
_LOG_DELAY = {key: (math.log(lo), math.log(hi)) for key, (lo, hi) in DELAY_HOURS.items()}


def _hours(rng: random.Random, key: str, pace: float = 1.0) -> timedelta:
    """A log-uniform delay between the bounds of ``key``, at least one minute."""
    lo, hi = _LOG_DELAY[key]
    h = math.exp(rng.uniform(lo, hi)) * pace
    return timedelta(seconds=max(60, int(h * 3600)))


class _Simulator:
    """Lives through tickets step by step and collects the rows the façade would have written."""

    def __init__(self, office: _Office, tz_offset: timedelta = timedelta(0)) -> None:
        self.office = office
        #: The office's offset from UTC (now), for office hours.
        self.tz_offset = tz_offset
        self.next_dispatch_id = 1
        self.next_event_id = 1
        self.next_callback_id = 1
        #: (id, ticket_id, dispatch_id, actor_id, at, kind, note, changes): see _EVENT_COLUMNS.
        self.events: list[tuple] = []
        self.callbacks: list[dict[str, Any]] = []
        #: tuples in the order of _DISPATCH_COLUMNS
        self.dispatch_rows: list[tuple] = []
        self._changes_cache: dict[tuple, str] = {}
        self._whistle_parts: dict[tuple[int, str], tuple[str, str]] = {}
        self._lengths: dict[tuple[int, str], tuple[tuple[bool, timedelta], ...]] = {}
        self._ladder: escalation.Ladder | None = None
        self._dept_ids = list(office.dept_name)
        self._cat_names = list(CATEGORIES)
        self._cat_cum = _cumulative(w for _, w in CATEGORIES.values())
        self._src = [s.value for s, _ in SOURCES]
        self._src_cum = _cumulative(w for _, w in SOURCES)
        self._urg = [u.value for u, _ in URGENCIES]
        self._urg_cum = _cumulative(w for _, w in URGENCIES)
        self._urg_hazard_cum = _cumulative((60, 30, 10))
        #: Each department's way of working (PROFILES), by id.
        self._profile = {i: PROFILES.get(name, AVERAGE) for i, name in office.dept_name.items()}
        self._late_log = (math.log(LATE_SHARE[0]), math.log(LATE_SHARE[1]))
        self.trace: list[tuple[datetime, str, frozenset[str]]] | None = None
        self._handlers: dict[str, Callable[[random.Random, _SimTicket, datetime, Any], bool]] = {
            "whistle": self._whistle,
            "acknowledge": self._acknowledge,
            "respond": self._respond,
            "resolve": self._resolve,
            "request_return": self._request_return,
            "decide_return": self._decide_return,
            "withdraw": self._withdraw,
            "verify": self._verify,
            "callback": self._callback,
            "close": self._close,
            "reopen": self._reopen,
            "cancel": self._cancel,
        }

    # -- output helpers ---------------------------------------------------------------
    def _changes(self, items: tuple, cache: bool = True) -> str:
        """The ``changes`` text exactly as desk.audit.service.record writes it."""
        s = self._changes_cache.get(items) if cache else None
        if s is None:
            s = json.dumps({k: [_plain(a), _plain(b)] for k, a, b in items}, ensure_ascii=False, sort_keys=True)
            if cache:
                self._changes_cache[items] = s
        return s

    def _event(self, t: _SimTicket, dispatch_id: int | None, actor: int, at: datetime, kind: str, note: str,
               changes: tuple = (), cache: bool = True) -> None:
        self.events.append((self.next_event_id, t.id, dispatch_id, actor, at, kind, note,
                            self._changes(changes, cache)))
        self.next_event_id += 1

    def _event_text(self, t: _SimTicket, dispatch_id: int | None, actor: int, at: datetime, kind: str, note: str,
                    changes: str) -> None:
        """An event whose ``changes`` text is made already."""
        self.events.append((self.next_event_id, t.id, dispatch_id, actor, at, kind, note, changes))
        self.next_event_id += 1

    def _length(self, d: Duration) -> tuple[bool, timedelta]:
        """What calendar.due adds for ``d``: (working time?, how much)."""
        return (True, self.office.cal.working_length(d)) if d.is_working else (False, d.natural())

    def _due_after(self, at: datetime, working: bool, length: timedelta) -> datetime:
        """calendar.due(at, d) for an aware UTC ``at``, given ``_length(d)`` (without parsing or asking again)."""
        return self.office.cal.add_working_time(at, length) if working else at + length

    def _whistle_changes(self, d: _SimDispatch, dues_text: tuple[str, str, str]) -> str:
        """``_changes((("department", None, name), ("role", None, role), ("acknowledge_due", None, due), …))``:
        the same text, with the JSON of the department and the role kept and the dues' JSON given."""
        key = (d.department_id, d.role)
        parts = self._whistle_parts.get(key)
        if parts is None:
            parts = self._whistle_parts[key] = (json.dumps(self.office.dept_name[d.department_id], ensure_ascii=False),
                                                json.dumps(d.role, ensure_ascii=False))
        ack, res, resp = dues_text
        return (f'{{"acknowledge_due": [null, {ack}], "department": [null, {parts[0]}], "resolve_due": [null, {res}], '
                f'"respond_due": [null, {resp}], "role": [null, {parts[1]}]}}')

    @staticmethod
    def _touch(t: _SimTicket, actor: int, at: datetime) -> None:
        """End of one transaction that changed the ticket."""
        t.updated_at = at
        t.updated_by_id = actor
        t.version += 1

    # -- one ticket -------------------------------------------------------------------------
    def content(self, rng: random.Random) -> tuple[str, dict[str, Any]]:
        """The ticket's fields as a clerk would have typed them."""
        category = self._cat_names[_pick(rng, self._cat_cum)]
        community = rng.choice(COMMUNITY_NAMES)
        roads, places = COMMUNITIES[community]
        road = rng.choice(roads)
        place = rng.choice(places)
        n = rng.randint(1, 120)
        title_t, detail_t = rng.choice(TEMPLATES[category])
        # The address is where the title says: in the compound, or on the road.
        kind = rng.random()
        if "{place}" in title_t:
            address = f"{place}{rng.randint(1, 24)}号楼{rng.randint(1, 6)}单元" if kind < 0.8 else f"{place}南门"
        elif kind < 0.85 or "{n}" in detail_t:
            address = f"{road}{n}号"
        else:
            cross = [r for r in roads if r != road] + ["东三环北路", "北四环辅路", "京承高速辅路"]
            address = f"{road}与{rng.choice(cross)}交叉口"
        slots = {"road": road, "place": place, "addr": address, "community": community, "n": n}
        source = self._src[_pick(rng, self._src_cum)]
        surname = rng.choice(SURNAMES)
        phone = rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(10 ** 8):08d}"
        if source == Source.PATROL:
            reporter = f"网格员{surname}{rng.choice(GIVEN_NAMES)}"
            opening = f"网格员巡查发现：{detail_t.format(**slots)}"
        elif source == Source.INSTRUCTION:
            reporter = "区政府办公室"
            phone = f"010-{rng.randint(6000, 8999)}{rng.randrange(10 ** 4):04d}"
            opening = f"区领导批示交办：{detail_t.format(**slots)}"
        elif source == Source.MEDIA:
            reporter = f"{surname}记者"
            opening = f"媒体报道：{detail_t.format(**slots)}"
        else:
            reporter = surname + rng.choice(("先生", "女士"))
            verb = "来电反映" if source == Source.HOTLINE else "来访反映"
            opening = f"{reporter}{verb}：{detail_t.format(**slots)}"
        description = f"{opening}{rng.choice(DURATIONS)}。{rng.choice(WISHES)}"
        cum = self._urg_hazard_cum if category in HAZARDOUS else self._urg_cum
        urgency = self._urg[_pick(rng, cum)]
        return category, {
            "title": title_t.format(**slots), "description": description, "urgency": urgency,
            "address": address, "community": community, "source": source, "reporter_name": reporter,
            "reporter_phone": phone,
        }

    def simulate(self, rng: random.Random, created_at: datetime, horizon: datetime, ticket_id: int,
                 force: dict[str, Any] | None = None) -> _SimTicket:
        """Live through one ticket from its creation up to ``horizon``."""
        t = _SimTicket()
        t.id = ticket_id
        t.force = force
        t.category, t.fields = self.content(rng)
        t.urgency = t.fields["urgency"]
        t.pace = URGENCY_PACE[Urgency(t.urgency)]
        t.clerk = rng.choice(self.office.clerks)
        t.created_at = t.updated_at = created_at
        t.updated_by_id = t.clerk
        heap: list[tuple[datetime, int, str, Any]] = []
        self._heap = heap
        self._seq = 0
        # Showcase tickets keep their delays exactly (their start is computed from them).
        self._daytime = force is None and t.urgency == Urgency.ROUTINE
        # create_ticket
        self._event(t, None, t.clerk, created_at, "create", "", (("state", None, _TS.NEW),))
        self._record(t, created_at)
        forced = force is not None
        if (forced and force.get("cancel")) or (not forced and rng.random() < P_CANCEL_LATE):
            self._push(created_at + _hours(rng, "cancel_late", t.pace if not forced else 0.05), "cancel",
                       rng.choice(CANCEL_LATE_REASONS))
        if not forced and rng.random() < P_CANCEL_EARLY:
            self._push(created_at + _hours(rng, "cancel_early", t.pace), "cancel", rng.choice(CANCEL_EARLY_REASONS))
        if forced or rng.random() >= P_NO_WHISTLE:
            self._push(created_at + _hours(rng, "whistle", t.pace), "whistle", None)
        while heap and heap[0][0] <= horizon:
            at, _, verb, arg = heapq.heappop(heap)
            if self._handlers[verb](rng, t, at, arg):
                self._record(t, at)
        return t

    def _record(self, t: _SimTicket, at: datetime) -> None:
        if self.trace is not None:
            self.trace.append((at, t.state, frozenset(d.state for d in t.dispatches)))

    def _push(self, at: datetime, verb: str, arg: Any) -> None:
        if self._daytime:
            at = self._office_hours(at)
        self._seq += 1
        heapq.heappush(self._heap, (at, self._seq, verb, arg))

    def _office_hours(self, at: datetime) -> datetime:
        """Routine work waits for the morning: move a night-time step to 8:00–9:30 local time."""
        local = at + self.tz_offset
        if 8 <= local.hour < 20:
            return at
        morning = local.replace(hour=8, minute=0, second=0, microsecond=0)
        if local.hour >= 20:
            morning += timedelta(days=1)
        jitter = timedelta(seconds=(at.second * 61 + at.minute * 97) % 5400)
        return morning - self.tz_offset + jitter

    def _stalls(self, rng: random.Random, t: _SimTicket, verb: str, factor: float = 1.0) -> bool:
        return t.force is None and rng.random() < P_STALL.get(verb, 0.0) * factor

    @staticmethod
    def _stall(rng: random.Random) -> timedelta:
        """How long stalled work lies untouched before someone finally does it (two to eight weeks): within the
        eight weeks before now some is still open; in a longer history the backlog is worked off, as in an office."""
        return timedelta(days=rng.uniform(*STALL_DAYS))

    # -- ticket verbs ------------------------------------------------------------------------
    def _ticket_ok(self, verb: str, t: _SimTicket) -> bool:
        return t.state in TRANSITIONS[verb].sources

    def _current(self, t: _SimTicket) -> list[_SimDispatch]:
        return [d for d in t.dispatches if d.round == t.round and d.state not in (_D.RETURNED, _D.WITHDRAWN)]

    def _whistle(self, rng: random.Random, t: _SimTicket, at: datetime, arg: Any) -> bool:
        """First whistle (arg None) or a new lead after an approved return (arg: department id)."""
        if not self._ticket_ok("whistle", t):
            return False
        current = self._current(t)
        if any(d.role == DispatchRole.LEAD for d in current):
            return False
        taken = {d.department_id for d in current}
        if arg is None:
            lead = self.office.departments[CATEGORIES[t.category][0]]
            if rng.random() < 0.1:
                lead = rng.choice(self._dept_ids)
            assists: list[int] = []
            r = rng.random()
            k = 0 if r < 0.6 else 1 if r < 0.92 else 2
            if t.force is not None and t.force.get("withdraw"):
                k = max(k, 1)
            likely = [self.office.departments[n] for n in ASSISTS[t.category]]
            for _ in range(k):
                pool = likely if rng.random() < 0.75 else self._dept_ids
                cand = [x for x in pool if x != lead and x not in assists] or \
                    [x for x in self._dept_ids if x != lead and x not in assists]
                assists.append(rng.choice(cand))
            note = rng.choice(WHISTLE_NOTES)
        else:
            lead = arg
            if lead in taken:
                lead = rng.choice([x for x in self._dept_ids if x not in taken])
            assists = []
            note = f"原主办部门退单，改派{self.office.dept_name[lead]}主办。"
        self._summon(rng, t, at, lead, assists, note)
        if t.first_whistled_at is None:
            t.first_whistled_at = at
        self._settle(rng, t, t.clerk, at, "")
        return True

    def _summon(self, rng: random.Random, t: _SimTicket, at: datetime, lead: int | None, assists: list[int],
                note: str) -> list[_SimDispatch]:
        wanted = ([(lead, _LEAD)] if lead is not None else []) + [(a, _ASSIST) for a in assists]
        created = []
        for dept, role in wanted:
            d = _SimDispatch(self.next_dispatch_id, dept, role, t.round, note, at, t.clerk)
            self.next_dispatch_id += 1
            t.dispatches.append(d)
            created.append(d)
        forced = t.force is not None
        # deadlines.assign_dues (deadlines.STEPS: 报到, 响应, 办结), the limits parsed once, the dues computed once
        # for all the dispatches of this whistle (same instant, same policy)
        key = (self.office.categories[t.category], t.urgency)
        (ack_w, ack), (resp_w, resp), (res_w, res) = policy = self.office.policies[key]
        if at.tzinfo is timezone.utc:
            lengths = self._lengths.get(key)
            if lengths is None:
                lengths = self._lengths[key] = tuple(self._length(d) for _, d in policy)
            ack_due, resp_due, res_due = (self._due_after(at, *length) for length in lengths)
        else:
            due = self.office.cal.due
            ack_due, resp_due, res_due = due(at, ack), due(at, resp), due(at, res)
        # The whistle event's changes (department, role and the three dues) as _changes writes them
        # (json.dumps with sorted keys), the dues' part once.
        dues_text = (json.dumps(ack_due.isoformat()), json.dumps(res_due.isoformat()),
                     json.dumps(resp_due.isoformat()))
        for d in created:
            d.acknowledge_within, d.respond_within, d.resolve_within = ack_w, resp_w, res_w
            d.acknowledge_due, d.respond_due, d.resolve_due = ack_due, resp_due, res_due
            self._event_text(t, d.id, t.clerk, at, "whistle", note, self._whistle_changes(d, dues_text))
            # What will happen to it: a return request at some stage, or a withdrawal.
            p_return = P_RETURN[0] if t.round == 1 else P_RETURN[1]
            want_return = forced and "return" in t.force and d.role == DispatchRole.LEAD and t.round == 1
            if want_return or (not forced and rng.random() < p_return):
                d.return_stage = _DS.PENDING if forced else rng.choice(
                    (_DS.PENDING,) * 5 + (_DS.ACKNOWLEDGED,) * 3 + (_DS.RESPONDED,) * 2)
                d.return_approved = t.force["return"] if want_return else rng.random() < P_RETURN_APPROVED
                d.return_to = rng.choice([x for x in self._dept_ids if x != d.department_id])
            withdraw = d.role == DispatchRole.ASSIST and (
                (forced and t.force.get("withdraw")) or (not forced and rng.random() < P_WITHDRAW_ASSIST))
            if withdraw:
                # A forced one comes within minutes, before the department can finish the work.
                delay = timedelta(minutes=rng.randint(1, 5)) if forced else _hours(rng, "withdraw")
                self._push(at + delay, "withdraw", d)
            self._next_step(rng, t, d, at)
        return created

    def _settle(self, rng: random.Random, t: _SimTicket, actor: int, at: datetime, note: str) -> None:
        new = _TICKET_STATE[derive_state(t)]  # type: ignore[arg-type]
        if new != t.state:
            self._event(t, None, actor, at, "state", note, (("state", t.state, new),))
            t.state = new
            if new == _T.AWAITING_VERIFICATION:
                later = self._stall(rng) if self._stalls(rng, t, "verify") else timedelta(0)
                self._push(at + later + _hours(rng, "verify", t.pace), "verify", t.round)
        self._touch(t, actor, at)

    def _verify(self, rng: random.Random, t: _SimTicket, at: datetime, round_: int) -> bool:
        if not self._ticket_ok("verify", t) or t.round != round_:
            return False
        forced = t.force is not None
        if forced or rng.random() < P_VERIFY_OK or t.round >= MAX_ROUNDS:
            self._event(t, None, t.clerk, at, "verify", rng.choice(VERIFY_NOTES),
                        (("state", t.state, _TS.AWAITING_CALLBACK),))
            t.state = _TS.AWAITING_CALLBACK
            t.verified_at = at
            self._touch(t, t.clerk, at)
            t.callback_attempts = 0
            self._push(at + _hours(rng, "callback"), "callback", t.round)
        else:
            note = rng.choice(VERIFY_REJECT_NOTES)
            self._event(t, None, t.clerk, at, "verify_rejected", note)
            self._new_round(rng, t, at, note)
        return True

    def _new_round(self, rng: random.Random, t: _SimTicket, at: datetime, note: str) -> None:
        previous = [d for d in t.dispatches if d.round == t.round and d.state == _D.RESOLVED]
        lead = next((d.department_id for d in previous if d.role == DispatchRole.LEAD), None)
        assists = [d.department_id for d in previous if d.role == DispatchRole.ASSIST]
        old_state = t.state
        t.round += 1
        t.verified_at = None
        t.closed_at = None
        self._summon(rng, t, at, lead, assists, note)
        t.state = _TICKET_STATE[derive_state(t)]  # type: ignore[arg-type]
        self._event(t, None, t.clerk, at, "state", note,
                    (("round", t.round - 1, t.round), ("state", old_state, t.state)))
        self._touch(t, t.clerk, at)

    def _callback(self, rng: random.Random, t: _SimTicket, at: datetime, round_: int) -> bool:
        if not self._ticket_ok("record_callback", t) or t.round != round_:
            return False
        t.callback_attempts += 1
        forced = t.force is not None
        contacted = forced or rng.random() < P_CONTACTED
        dept_v: bool | None = None
        if contacted:
            # the resident judges the lead department of the round being verified
            lead = self._verified_lead(t)
            profile = self._profile[lead.department_id] if lead is not None else AVERAGE
            resolved = forced or rng.random() < profile.resolved
            r = rng.random()
            if resolved:
                sat = Satisfaction.SATISFIED if r < profile.satisfied or forced else (
                    Satisfaction.BASICALLY_SATISFIED if r < profile.basically else Satisfaction.DISSATISFIED)
            else:
                sat = Satisfaction.SATISFIED if r < profile.unresolved_satisfied else (
                    Satisfaction.BASICALLY_SATISFIED if r < profile.unresolved_basically
                    else Satisfaction.DISSATISFIED)
            note = rng.choice(CALLBACK_NOTES[sat])
            sat_v: str | None = sat.value
            resolved_v: bool | None = resolved
            t.unhappy = (not resolved) or sat is Satisfaction.DISSATISFIED
            # 承办部门是否联系过您 (two draws always: a showcase ticket's story does not depend on the answer)
            skipped, yes = rng.random(), rng.random()
            if skipped >= P_DEPT_QUESTION_SKIPPED:
                on_time = lead is not None and lead.responded_at is not None and lead.responded_at <= lead.respond_due
                dept_v = yes < P_DEPT_CONTACTED[0 if on_time else 1]
        else:
            note = rng.choice(NOT_CONTACTED_NOTES)
            sat_v = None
            resolved_v = None
        self.callbacks.append({"id": self.next_callback_id, "ticket_id": t.id, "at": at, "by_id": t.clerk,
                               "contacted": contacted, "resolved": resolved_v, "satisfaction": sat_v,
                               "department_contacted": dept_v, "note": note,
                               "community": t.fields["community"], "category_id": self.office.categories[t.category]})
        self.next_callback_id += 1
        t.callbacks_reached += contacted
        t.callbacks_dissatisfied += sat_v == Satisfaction.DISSATISFIED
        self._event(t, None, t.clerk, at, "callback", note,
                    (("contacted", None, contacted), ("resolved", None, resolved_v),
                     ("satisfaction", None, sat_v), ("department_contacted", None, dept_v)))
        t.last_callback_at = at
        self._touch(t, t.clerk, at)
        if t.state != _T.AWAITING_CALLBACK:
            return True
        if not contacted and t.callback_attempts < 3:
            self._push(at + _hours(rng, "callback_retry"), "callback", t.round)
        elif contacted and t.unhappy and t.round < MAX_ROUNDS and rng.random() < P_REOPEN_BEFORE_CLOSE:
            self._push(at + _hours(rng, "reopen"), "reopen", t.round)
        else:
            self._push(at + _hours(rng, "close"), "close", t.round)
        return True

    @staticmethod
    def _verified_lead(t: _SimTicket) -> _SimDispatch | None:
        """The lead dispatch whose work the callback judges: the last one resolved in the ticket's round."""
        for d in reversed(t.dispatches):
            if d.round == t.round and d.role == DispatchRole.LEAD and d.state == _D.RESOLVED:
                return d
        return None

    def _close(self, rng: random.Random, t: _SimTicket, at: datetime, round_: int) -> bool:
        if not self._ticket_ok("close", t) or t.round != round_:
            return False
        if t.last_callback_at is None or t.verified_at is None or t.last_callback_at < t.verified_at:
            return False
        self._event(t, None, t.clerk, at, "close", rng.choice(CLOSE_NOTES), (("state", t.state, _TS.CLOSED),))
        t.state = _TS.CLOSED
        t.closed_at = at
        if t.category in self.office.revisit_categories:
            t.revisit_due = self.office.cal.due(at, self.office.revisit_after)
        self._touch(t, t.clerk, at)
        if t.unhappy and t.force is None and t.round < MAX_ROUNDS and rng.random() < P_REOPEN_AFTER_CLOSE:
            self._push(at + _hours(rng, "reopen_closed"), "reopen", t.round)
        return True

    def _reopen(self, rng: random.Random, t: _SimTicket, at: datetime, round_: int) -> bool:
        if not self._ticket_ok("reopen", t) or t.round != round_:
            return False
        reason = rng.choice(REOPEN_REASONS)
        self._event(t, None, t.clerk, at, "reopen", reason)
        t.unhappy = False
        self._new_round(rng, t, at, reason)
        return True

    def _cancel(self, rng: random.Random, t: _SimTicket, at: datetime, reason: str) -> bool:
        if not self._ticket_ok("cancel", t):
            return False
        for d in t.dispatches:
            if d.state in OPEN_DISPATCH_STATES:
                self._move(t, d, t.clerk, at, "withdraw", _DS.WITHDRAWN, reason)
        self._event(t, None, t.clerk, at, "cancel", reason, (("state", t.state, _TS.CANCELLED),))
        t.state = _TS.CANCELLED
        t.closed_at = at
        self._touch(t, t.clerk, at)
        return True

    # -- dispatch verbs ------------------------------------------------------------------------
    def _next_step(self, rng: random.Random, t: _SimTicket, d: _SimDispatch, at: datetime) -> None:
        """Schedule what the department does next with this dispatch."""
        state = d.state
        if d.return_stage == state:
            self._push(at + _hours(rng, "request_return", t.pace), "request_return", d)
            return
        verb = _NEXT_VERB.get(state)
        if verb is None:
            return
        if verb == "decide_return":  # the office's supervisors decide: no department's profile
            later = self._stall(rng) if self._stalls(rng, t, verb) else timedelta(0)
            self._push(at + later + _hours(rng, verb), verb, d)
            return
        if t.force is not None:  # showcase tickets keep their delays exactly (see _showcase_start)
            self._push(at + _hours(rng, verb, t.pace), verb, d)
            return
        profile = self._profile[d.department_id]
        if self._stalls(rng, t, verb, profile.stall):
            self._push(at + self._stall(rng) + _hours(rng, verb, t.pace * profile.speed), verb, d)
            return
        late = profile.late_acknowledge if verb == "acknowledge" else profile.late_respond if verb == "respond" \
            else 0.0
        if late and rng.random() < late:
            # the department lets the limit pass: the step comes after its due, by a share of the limit
            due = d.acknowledge_due if verb == "acknowledge" else d.respond_due
            when = due + (due - d.dispatched_at) * math.exp(rng.uniform(*self._late_log))
            if when > at:
                self._push(when, verb, d)
                return
        self._push(at + _hours(rng, verb, t.pace * profile.speed), verb, d)

    def _dispatch_ok(self, verb: str, t: _SimTicket, d: _SimDispatch) -> bool:
        return t.state == _T.DISPATCHED and d.state in TRANSITIONS[verb].sources

    def _move(self, t: _SimTicket, d: _SimDispatch, actor: int, at: datetime, verb: str, dest: str, note: str,
              extra: tuple = ()) -> None:
        """dispatch.service.move: set the state, stamp who and when, record the event."""
        before = d.state
        d.state = dest
        d.updated_at = at
        d.updated_by_id = actor
        d.version += 1
        if dest == _D.ACKNOWLEDGED and d.acknowledged_at is None:
            d.acknowledged_at = at
        elif dest == _D.RESPONDED and d.responded_at is None:
            d.responded_at = at
        elif dest == _D.RESOLVED and d.resolved_at is None:
            d.resolved_at = at
        if dest in (_D.RETURNED, _D.WITHDRAWN, _D.RESOLVED):
            d.closed_at = at
        self._event(t, d.id, actor, at, verb, note, (("state", before, dest),) + extra)

    def _dispatch_verb(self, rng: random.Random, t: _SimTicket, d: _SimDispatch, at: datetime, verb: str,
                       dest: str, note: str, actor: int, extra: tuple = ()) -> bool:
        if not self._dispatch_ok(verb, t, d):
            return False
        self._move(t, d, actor, at, verb, dest, note, extra)
        self._settle(rng, t, actor, at, note)
        return True

    def _acknowledge(self, rng: random.Random, t: _SimTicket, at: datetime, d: _SimDispatch) -> bool:
        ok = self._dispatch_verb(rng, t, d, at, "acknowledge", _DS.ACKNOWLEDGED, rng.choice(ACK_NOTES),
                                 self.office.responder_of[d.department_id])
        if ok:
            self._next_step(rng, t, d, at)
        return ok

    def _respond(self, rng: random.Random, t: _SimTicket, at: datetime, d: _SimDispatch) -> bool:
        ok = self._dispatch_verb(rng, t, d, at, "respond", _DS.RESPONDED, rng.choice(RESPOND_NOTES),
                                 self.office.responder_of[d.department_id])
        if ok:
            self._next_step(rng, t, d, at)
        return ok

    def _resolve(self, rng: random.Random, t: _SimTicket, at: datetime, d: _SimDispatch) -> bool:
        notes = RESOLVE_BY_CATEGORY[t.category] if rng.random() < 0.7 else RESOLVE_NOTES
        return self._dispatch_verb(rng, t, d, at, "resolve", _DS.RESOLVED, rng.choice(notes),
                                   self.office.responder_of[d.department_id])

    def _request_return(self, rng: random.Random, t: _SimTicket, at: datetime, d: _SimDispatch) -> bool:
        if not self._dispatch_ok("request_return", t, d):
            return False
        reason = rng.choice(RETURN_REASONS).format(dept=self.office.dept_name[d.return_to])
        d.state_before_return = d.state
        d.return_reason = reason
        actor = self.office.responder_of[d.department_id]
        self._move(t, d, actor, at, "request_return", _DS.RETURN_REQUESTED, reason)
        self._settle(rng, t, actor, at, reason)
        self._next_step(rng, t, d, at)
        return True

    def _decide_return(self, rng: random.Random, t: _SimTicket, at: datetime, d: _SimDispatch) -> bool:
        actor = rng.choice(self.office.supervisors)
        if d.return_approved:
            ok = self._dispatch_verb(rng, t, d, at, "decide_return", _DS.RETURNED,
                                     rng.choice(DECIDE_APPROVE_NOTES), actor, (("approved", None, True),))
            if ok and d.role == DispatchRole.LEAD:
                self._push(at + _hours(rng, "rewhistle", t.pace), "whistle", d.return_to)
            return ok
        dest = d.state_before_return or _DS.PENDING
        ok = self._dispatch_verb(rng, t, d, at, "decide_return", dest, rng.choice(DECIDE_REJECT_NOTES), actor,
                                 (("approved", None, False),))
        if ok:
            d.return_stage = None
            self._next_step(rng, t, d, at)
        return ok

    def _withdraw(self, rng: random.Random, t: _SimTicket, at: datetime, d: _SimDispatch) -> bool:
        return self._dispatch_verb(rng, t, d, at, "withdraw", _DS.WITHDRAWN, rng.choice(WITHDRAW_REASONS),
                                   t.clerk)

    # -- rows -------------------------------------------------------------------------------
    def ticket_row(self, t: _SimTicket, number: tuple[int, int, str]) -> dict[str, Any]:
        year, seq, num = number
        if self._ladder is None:  # (escalation.next_instant, its offsets parsed once)
            self._ladder = escalation.Ladder(self.office.cal, self.office.offsets)
        climb, none = self._ladder.climb, set()
        # The clocks (desk.deadlines.clocks) as refresh_all would set them after the load: no escalation recorded.
        rules = self.office.clock_rules
        # (refresh_all looks at the tickets whose clock can run; the others keep none)
        best, of_dispatch = clocks.compute(t, rules) if t.state in _RUNNING else (None, {})  # type: ignore[arg-type]
        for d in t.dispatches:  # in the order of _DISPATCH_COLUMNS
            clock = of_dispatch.get(d)
            self.dispatch_rows.append((
                d.id, t.id, d.department_id, d.role, d.state, d.round, d.note, d.return_reason,
                d.state_before_return, d.dispatched_at, d.dispatched_by_id, d.acknowledged_at, d.responded_at,
                d.resolved_at, d.closed_at, d.updated_at, d.updated_by_id, d.version, d.acknowledge_within,
                d.respond_within, d.resolve_within, d.acknowledge_due, d.respond_due, d.resolve_due,
                # No escalation is recorded yet: the next sweep records every threshold already crossed.
                climb(escalation.open_dues(d), none, None)[1],
                None if clock is None else clock.due, None if clock is None else clock.warn,
            ))
        return {
            "id": t.id, "number": num, "year": year, "seq": seq, **t.fields, **_intake_fields(t),
            "category_id": self.office.categories[t.category], "state": t.state, "round": t.round,
            "created_at": t.created_at, "created_by_id": t.clerk, "updated_at": t.updated_at,
            "updated_by_id": t.updated_by_id, "first_whistled_at": t.first_whistled_at,
            "verified_at": t.verified_at, "closed_at": t.closed_at, "revisit_due": t.revisit_due,
            "version": t.version, "callbacks_reached": t.callbacks_reached,
            "callbacks_dissatisfied": t.callbacks_dissatisfied,
            "next_due": None if best is None else best.due, "next_warn": None if best is None else best.warn,
            "next_escalation_at": clocks.office_next_escalation(t, best, none, rules),  # type: ignore[arg-type]
        }


def _intake_fields(t: _SimTicket) -> dict[str, Any]:
    """诉求类型, 回复方式, 保密 and the 12345 number, drawn from the ticket's own id: the rest of the data (and
    everything a seed gave before these fields existed) stays the same."""
    rng = random.Random(f"intake:{t.id}")
    hotline = t.fields["source"] == Source.HOTLINE
    appeal = _pick_weighted(rng, APPEAL_TYPES)
    digits = "".join(c for c in t.fields["reporter_phone"] if c.isdigit())
    return {
        "appeal_type": appeal, "reply_by": _pick_weighted(rng, REPLY_BY),
        "confidential": appeal in (AppealType.REPORT, AppealType.COMPLAINT) and rng.random() < 0.04,
        "hotline_number": f"{t.created_at:%Y%m%d}{t.id:06d}" if hotline else None,
        "phone_digits": digits, "phone_last4": digits[-4:],
    }


def _pick_weighted(rng: random.Random, weights: dict[str, float]) -> str:
    x = rng.random() * sum(weights.values())
    for value, w in weights.items():
        x -= w
        if x < 0:
            return value
    return value


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value


def _cumulative(weights) -> list[float]:
    out, total = [], 0.0
    for w in weights:
        total += w
        out.append(total)
    return out


def _pick(rng: random.Random, cum: list[float]) -> int:
    x = rng.random() * cum[-1]
    for i, c in enumerate(cum):
        if x < c:
            return i
    return len(cum) - 1


#: issue 15 §4: the category tree (大类 → 小类 → 细类) the ticket categories above hang in, with the standards
#: the office keeps: a node's lead, assists, 立案/结案条件 and limits (urgency -> 报到/响应/办结); a leaf that sets
#: nothing inherits. The ticket categories keep their leads (CATEGORIES) and assists (ASSISTS) as their own.
#: A node is (its standard, its children); a child that is a name only is a leaf.
Node = tuple[dict[str, Any], dict[str, Any]]
CATEGORY_TREE: dict[str, Node] = {
    "城市管理": ({"lead": "城管执法队", "assists": ("社区居委会",),
                  "intake": "街道辖区内的市容、设施、违建等城市管理问题，有明确地点或点位。",
                  "close": "现场已处置并附处置前后照片；需长期整改的，已明确整改期限并告知反映人。"}, {
        "市容市貌": ({}, {"市容环境": None, "垃圾清运": None, "占道经营": None}),
        "违章建筑": ({"close": "违建已拆除或已立案查处，附现场照片。"}, {"违法建设": None}),
        "市政设施": ({"lead": "住建委", "assists": ("城管执法队", "社区居委会")}, {
            "道路破损": None,
            "路灯": ({"lead": "供电公司", "limits": {"routine": ("1wd", "2wd", "3wd")}}, {}),
            "供排水": None, "供电故障": None,
            "燃气安全": ({"intake": "闻到燃气味、管线破损等涉及燃气的安全隐患，一律立即立案。",
                          "limits": {"emergency": ("15m", "1h", "8h"), "urgent": ("1h", "4h", "2wd")}}, {}),
        }),
        "园林绿化": ({}, {"绿化养护": None}),
    }),
    "住房": ({"lead": "住建委", "assists": ("社区居委会",), "intake": "辖区内房屋安全、小区物业服务问题。",
              "close": "问题已整改，或已明确责任主体（物业、产权单位）并告知反映人。"}, {
        "房屋安全": None, "物业管理": None,
    }),
    "交通出行": ({"lead": "交通支队", "intake": "道路通行、停车秩序等交通问题。"}, {"道路交通": None}),
    "生态环境": ({"lead": "环保所", "intake": "可感知的污染或噪声，有明确来源或时段。",
                  "close": "污染源已查明并处置，或已监测达标。", "limits": {"routine": ("1wd", "3wd", "7wd")}}, {
        "环境污染": None, "噪声扰民": None,
    }),
    "社会治理": ({"lead": "社区居委会", "close": "当事各方已调解或已告知解决途径。"}, {"邻里纠纷": None}),
    "市场与卫生": ({"lead": "市场监管所", "intake": "食品、卫生等与居民健康相关的问题。"}, {
        "食品安全": None, "公共卫生": None,
    }),
}


def _setup_tree(session, system: int, now: datetime) -> None:
    """Hang the ticket categories in :data:`CATEGORY_TREE` with their standards (once: a database whose
    categories already form a tree is left alone)."""
    from desk.standards import service as standards

    if session.scalar(select(Category.id).where(Category.parent_id.is_not(None)).limit(1)) is not None:
        return

    def build(name: str, node: Node | None, parent: str | None) -> None:
        spec, children = node or ({}, {})
        if name in CATEGORIES:  # a ticket category: it exists; hang it in the tree with its own lead and assists
            standards.move_node(session=session, actor_id=system, now=now, name=name, parent=parent)
            spec = {"lead": CATEGORIES[name][0], "assists": ASSISTS[name], **spec}
        else:
            standards.add_node(session=session, actor_id=system, now=now, name=name, parent=parent)
        lead = spec.get("lead")
        standards.set_standard(session=session, actor_id=system, now=now, name=name, lead=lead,
                               assists=[a for a in spec.get("assists", ()) if a != lead],
                               intake_condition=spec.get("intake", ""), close_condition=spec.get("close", ""),
                               limits=spec.get("limits", {}))
        for child, sub in children.items():
            build(child, sub, name)

    for name, node in CATEGORY_TREE.items():
        build(name, node, None)


# -- set-up: departments, categories, users --------------------------------------------------
def demo_users(seed: int) -> list[DemoUser]:
    """The demo's accounts with passwords drawn from the seed (independent of the ticket count)."""
    rng = random.Random(f"whistle-desk-demo-users:{seed}")
    users = [DemoUser(u, name, str(role), dept, "") for u, name, role, dept in OFFICE_USERS]
    users += [DemoUser(u, name, Role.RESPONDER.value, dept, "") for dept, (u, name) in RESPONDERS.items()]
    users += [DemoUser(u, name, str(role), dept, "") for u, name, role, dept in PROJECT_USERS]
    out = []
    for u in users:
        pw = "".join(rng.choice(PASSWORD_ALPHABET) for _ in range(PASSWORD_LENGTH))
        out.append(DemoUser(u.username, u.display_name, u.role, u.department, pw))
    return out


def _setup_office(session, users: list[DemoUser], now: datetime, span_days: int = SPAN_DAYS) -> _Office:
    """Departments, categories and accounts, each recorded in the audit trail as the system account."""
    system = accounts.system_user_id(session)
    depts: dict[str, int] = {d.name: d.id for d in session.scalars(select(Department))}
    for name in DEPARTMENTS:
        if name not in depts:
            depts[name] = setup.add_department(session=session, actor_id=system, now=now, name=name, note=DEMO_NOTE).id
    have = set(session.scalars(select(Community.name)))
    for name in COMMUNITY_NAMES:
        if name not in have:
            setup.add_community(session=session, actor_id=system, now=now, name=name, note=DEMO_NOTE)
    cats: dict[str, int] = {c.name: c.id for c in session.scalars(select(Category))}
    for name, (lead, _) in CATEGORIES.items():
        if name not in cats:
            cats[name] = setup.add_category(session=session, actor_id=system, now=now, name=name, default_lead=lead,
                                            note=DEMO_NOTE).id
    _setup_tree(session, system, now)  # issue 15 §4
    # Accounts exist from before the first demo ticket.
    joined = now - timedelta(days=span_days + 7)
    ids: dict[str, int] = {}
    for u in users:
        row = accounts.add_user(session=session, actor_id=system, now=joined, username=u.username,
                                password=u.password, role=u.role, department=u.department,
                                display_name=u.display_name, note=DEMO_NOTE, password_hash=HASH_PENDING)
        ids[u.username] = row.id
    by_role = lambda role: [ids[u.username] for u in users if u.role == role]  # noqa: E731
    return _Office(
        departments={n: depts[n] for n in DEPARTMENTS},
        categories={n: cats[n] for n in CATEGORIES},
        clerks=by_role(Role.CLERK),
        supervisors=by_role(Role.SUPERVISOR),
        responder_of={depts[u.department]: ids[u.username] for u in users if u.role == Role.RESPONDER},
        dept_name={depts[n]: n for n in DEPARTMENTS},
        accounts=ids,
    )


def _add_timing(desk, session, office: _Office) -> None:
    """The calendar, escalation offsets, time-limit policies and revisit rule the façade would use."""
    timing = desk._timing(session)
    settings = desk._settings(session)
    office.cal = timing.cal
    office.offsets = timing.offsets
    office.policies = {(cid, u.value): tuple((w, Duration.parse(w, allow_zero=True))
                                             for w in deadlines.policy_for(session, cid, u.value))
                       for cid in office.categories.values() for u in Urgency}
    office.revisit_categories = frozenset(c for c in settings.get("revisit_categories", "").split(",") if c)
    office.revisit_after = settings.get("revisit_after", "")
    office.clock_rules = desk._clock_rules(session)


# -- when tickets come in -----------------------------------------------------------------
def _arrival_times(rng: random.Random, count: int, now: datetime, tz, span_days: int = SPAN_DAYS) -> list[datetime]:
    """Creation instants over the past ``span_days`` days: mostly working days and office hours."""
    local_now = now.astimezone(tz)
    midnight = local_now.replace(hour=0, minute=0, second=0, microsecond=0)
    days = []
    weights = []
    for back in range(span_days):
        day = (midnight - timedelta(days=back)).astimezone(tz)
        days.append(day.replace(hour=0, minute=0, second=0, microsecond=0))
        weights.append(1.0 if day.weekday() < 5 else 0.4)
    cum = _cumulative(weights)
    out = []
    for _ in range(count):
        day = days[_pick(rng, cum)]
        if rng.random() < 0.85:
            secs = rng.randrange(8 * 3600, 18 * 3600)
        else:
            secs = rng.randrange(24 * 3600)
        at = (day + timedelta(seconds=secs)).astimezone(timezone.utc)
        if at > now:
            at = now - timedelta(seconds=rng.randrange(max(1, int((now - midnight).total_seconds()))))
        out.append(at)
    return out


# -- the whole run --------------------------------------------------------------------------
#: Accounts nobody can log in to (a password hash starting with "!", such as the built-in
#: ``system`` account the migrations create) do not count as data.
_LOGIN_ACCOUNT = ~User.password_hash.startswith("!")


def _has_data(session) -> bool:
    return bool(session.scalar(select(func.count(Ticket.id)))
                or session.scalar(select(func.count(User.id)).where(_LOGIN_ACCOUNT)))


def database_is_empty(desk) -> bool:
    """No tickets and no accounts one can log in to: the only kind of database the demo writes into."""
    with desk.unit(write=False) as (s, _):
        return not _has_data(s)


def generate(desk, *, tickets: int, seed: int, weeks: int = SPAN_DAYS // 7,
             progress: Callable[[int, int], None] | None = None, projects: bool = True) -> DemoResult:
    """Fill an empty database with an office and ``tickets`` tickets spread over the past ``weeks`` weeks
    (eight by default; a longer history keeps the same load per week at a larger size); one transaction.
    ``projects``: also candidate projects from the largest hotspots and an approved yearly list (issue 16).

    Raises ConflictError if the database already has users or tickets, and
    ValidationError for a bad ticket count.
    """
    if isinstance(tickets, bool) or not isinstance(tickets, int) or not 0 <= tickets <= MAX_TICKETS:
        raise ValidationError("tickets", "工单数量须在 0 到 {most} 之间。", most=MAX_TICKETS)
    if isinstance(seed, bool) or not isinstance(seed, int):
        raise ValidationError("seed", "随机种子须为整数。")
    if isinstance(weeks, bool) or not isinstance(weeks, int) or not 1 <= weeks <= MAX_WEEKS:
        raise ValidationError("weeks", "演示数据的周数须在 1 到 {most} 之间。", most=MAX_WEEKS)
    started = time.perf_counter()
    tz = desk.office_tz()
    users = demo_users(seed)
    # The accounts' argon2 hashes (about 0.2 s each, in C without the GIL) are made in a background thread while
    # the tickets are simulated, and set at the end of the same transaction: nobody sees the placeholder.
    with ThreadPoolExecutor(max_workers=1) as hasher, desk.unit() as (s, now):
        conn: Connection = s.connection()
        if conn.dialect.name == "postgresql":
            # Ticket numbers and ids are handed out here; keep other desks from creating tickets meanwhile.
            conn.execute(text("LOCK TABLE ticket_counter, ticket IN EXCLUSIVE MODE"))
        if _has_data(s):
            raise ConflictError("数据库中已有用户或工单：演示数据只能写入空数据库。")
        hashes = [hasher.submit(accounts.hash_password, u.password) for u in users]
        office = _setup_office(s, users, now, weeks * 7)
        audit.flush(s)  # the set-up's events first: the tickets' events continue the chain
        _add_timing(desk, s, office)
        counts = _write_tickets(s, conn, office, tickets, seed, now, tz, progress, weeks * 7)
        linked = _add_projects(s, office, random.Random(seed), now, tz, weeks * 7) if projects else 0  # issue 16
        if projects:  # issue 16 §2: money, contractors, a finished project with its 测评 and a 回头看 due
            _add_project_records(s, office, random.Random(seed + 16), now, tz)
        from desk.geo.demo import add_map  # issue 17: the invented street's map, some tickets' points, projects' places

        add_map(s, actor_id=accounts.system_user_id(s), now=now, rng=random.Random(seed))
        conn.execute(update(User.__table__).where(User.id == bindparam("uid")).values(password_hash=bindparam("h")),
                     [{"uid": office.accounts[u.username], "h": h.result()} for u, h in zip(users, hashes)])
    # The planner's statistics for what was just loaded (SQLite: ANALYZE with a bounded sample, a full one took
    # 18 s at a million tickets; PostgreSQL: VACUUM (ANALYZE), so that index-only scans can skip the heap).
    desk.analyze()
    ticket_states, dispatch_states, n_disp, n_ev, n_cb = counts
    n_ev += linked  # each project's source tickets got a line on their timelines
    return DemoResult(
        users=tuple(users), departments=len(office.departments), categories=len(office.categories),
        tickets=tickets, dispatches=n_disp, events=n_ev, callbacks=n_cb, ticket_states=dict(ticket_states),
        dispatch_states=dict(dispatch_states), seconds=time.perf_counter() - started,
    )


# === issue 16: candidate projects from the demo's own hotspots =================================================
#: What a street office makes of a category's hotspot (a project's name after its 社区).
PROJECT_THEMES = {
    "市容环境": "背街小巷环境整治", "违法建设": "违建拆除与空间整治", "房屋安全": "老旧楼房安全加固",
    "物业管理": "老旧小区物业服务提升", "道路交通": "停车秩序综合治理", "供排水": "老旧供水管网改造",
    "环境污染": "餐饮油烟治理", "噪声扰民": "夜间施工噪声治理", "绿化养护": "口袋公园建设", "供电故障": "老旧小区电网改造",
    "燃气安全": "燃气管线隐患整治", "邻里纠纷": "社区议事厅建设", "食品安全": "农贸市场规范提升", "公共卫生": "公共卫生间改造",
}
#: A project of these categories touches the safety bottom line (安全底线).
SAFETY_CATEGORIES = frozenset({"房屋安全", "燃气安全"})
#: Candidates the demo makes (the largest hotspots), and how many of them the approved yearly list holds.
DEMO_PROJECTS, DEMO_LISTED = 8, 6  # (the listed ones: one in each stage from 列入清单 to 运维, §2)


def _add_projects(session, office: _Office, rng: random.Random, now: datetime, tz, span_days: int) -> int:
    """The largest hotspots of the demo's period become candidate projects (储备项目) with their tickets as evidence;
    a residents' meeting votes on the first three; the coming year's list holds the first five and is approved.
    Returns how many tickets were linked (each got an event on its timeline)."""
    from desk.hotspots import service as hotspots
    from desk.projects import service as projects

    today = now.astimezone(tz).date()
    w = hotspots.window(today - timedelta(days=span_days - 1), today, tz=tz, now=now)
    found = [h for h in hotspots.hotspots(session, w=w, sort="count", limit=DEMO_PROJECTS * 3).rows if h.count >= 3]
    if not found:
        return 0
    clerk, supervisor = session.get(User, office.clerks[0]), session.get(User, office.supervisors[0])
    year = today.year + 1 if today.month >= 10 else today.year  # autumn: next year's list is being made
    made: list = []
    linked_numbers: list[list[str]] = []
    per_category: Counter[str] = Counter()
    for h in found:
        if len(made) == DEMO_PROJECTS:
            break
        if per_category[h.category] == 2:  # a varied list: at most two of a kind
            continue
        per_category[h.category] += 1
        numbers = hotspots.tickets(session, w=w, community=h.community, category=h.category,
                                   limit=min(h.residents, 200)).numbers
        linked_numbers.append(numbers)
        theme = PROJECT_THEMES.get(h.category, f"{h.category}综合治理")
        made.append(projects.create(
            session=session, actor=clerk, now=now, this_year=today.year, name=f"{h.community}{theme}",
            description=f"近期{h.community}{h.category}类诉求集中（{h.count} 件，涉及 {h.residents} 位居民），拟立项综合治理。",
            origin="hotspot", year=year, tickets=numbers, community=h.community, category=h.category,
            safety_bottom_line=h.category in SAFETY_CATEGORIES, people_affected=rng.randrange(200, 3000, 50),
            estimated_cost_fen=rng.randrange(20, 400) * 10_000 * 100))
    for p in made[:3]:
        votes = [(f"{i + 1}号居民代表", "for" if rng.random() < 0.8 else rng.choice(("against", "abstain")))
                 for i in range(9)]
        projects.record_votes(session=session, project=p, actor=clerk, now=now, today=today,
                              meeting=f"{p.name[:8]}居民议事会", held_on=today - timedelta(days=7), votes=votes)
    listed = projects.draft_list(session=session, actor=clerk, now=now, this_year=today.year, year=year,
                                 numbers=[p.number for p in made[:DEMO_LISTED]], note="演示数据：问题清单前六项")
    projects.approve_list(session=session, actor=supervisor, now=now, year=year, version=listed.version, note="演示数据")
    _add_lifecycle(session, office, rng, now, made[:DEMO_LISTED], clerk, supervisor)
    return sum(len(p_numbers) for p_numbers in linked_numbers)


# === issue 16 §2: a project's records ===================================================================

#: The demo's firms: contractors (施工单位) and supervisors (监理), each with the person the office calls.
DEMO_BUILDERS = (("城建市政工程有限公司", "刘建国", "13601010101"), ("京华建设集团", "孙海涛", "13601010202"),
                 ("安居房屋修缮有限公司", "周明", "13601010303"))
DEMO_SUPERVISORS = (("正信工程监理有限公司", "陈立", "13701020101"), ("华北建设监理公司", "吴静", "13701020202"))
#: The finished project (last year's list): accepted this many months and days ago (its 回头看 falls due about
#: now, with the default 11 months) and its 测评's respondents.
DEMO_ACCEPTED_MONTHS_AGO, DEMO_ACCEPTED_DAYS_EARLIER, DEMO_RESPONDENTS = 11, 3, 12


def _add_project_records(session, office: _Office, rng: random.Random, now: datetime, tz) -> None:
    """The approved list's projects get a budget; from 施工 on a contractor and a supervisor, a signed contract and
    payments (the 运维 one paid in full, with an approved design change; the 验收 one with a change waiting for a
    supervisor). And last year's list holds a finished project (运维): a residents' 代表建议 built by the first
    contractor, accepted with its survey (测评) about 11 months ago, so that its 回头看 is due now. Through the
    records' and the lifecycle's services, every change an event."""
    from desk import settings as office_settings
    from desk.projects import service as projects
    from desk.projects.lifecycle import stages
    from desk.projects.records import acceptance, service as records

    clerk, supervisor = session.get(User, office.clerks[0]), session.get(User, office.supervisors[0])
    today = now.astimezone(tz).date()
    listed = sorted(session.scalars(select(Project).where(Project.origin == "hotspot",
                                                          Project.stage.in_([s.value for s in stages.ORDER]))),
                    key=lambda p: (stages.rank(p.stage), p.number))
    for i, p in enumerate(listed):
        budget = max(p.estimated_cost_fen, 500_000_00) // 100_00 * 100_00
        signed = stages.rank(p.stage) >= stages.rank(ProjectStage.CONSTRUCTION)
        contract = budget * rng.randrange(85, 98) // 100 if signed else None
        records.set_money(session, project=p, actor=clerk, now=now, budget_fen=budget, contract_fen=contract,
                          note="演示数据")
        if not signed:
            continue
        builder, supervising = DEMO_BUILDERS[i % len(DEMO_BUILDERS)], DEMO_SUPERVISORS[i % len(DEMO_SUPERVISORS)]
        records.set_parties(session, project=p, actor=clerk, now=now, builder=builder[0], builder_contact=builder[1],
                            builder_phone=builder[2], supervisor=supervising[0], supervisor_contact=supervising[1],
                            supervisor_phone=supervising[2])
        records.add_payment(session, project=p, actor=clerk, now=now, today=today, amount_fen=contract * 3 // 10,
                            paid_on=today - timedelta(days=60), note="预付款 30%")
        if p.stage == ProjectStage.CONSTRUCTION:
            continue
        change = records.request_change(session, project=p, actor=clerk, now=now, amount_fen=contract // 20,
                                        reason="现场勘察发现需增加一处管线改迁")
        if p.stage == ProjectStage.ACCEPTANCE:
            records.add_payment(session, project=p, actor=clerk, now=now, today=today, amount_fen=contract * 4 // 10,
                                paid_on=today - timedelta(days=20), note="进度款")
            continue  # (its change waits for a supervisor)
        records.decide_change(session, change=change, project=p, actor=supervisor, now=now, approve=True,
                              note="同意，按实结算")
        records.add_payment(session, project=p, actor=clerk, now=now, today=today,
                            amount_fen=records.record_of(session, p).contract_fen + contract // 20 - contract * 3 // 10,
                            paid_on=today - timedelta(days=5), note="竣工结算")
    # The finished project: last year's list, accepted about 11 months ago.
    accepted_on = acceptance.add_months(today, -DEMO_ACCEPTED_MONTHS_AGO) - timedelta(days=DEMO_ACCEPTED_DAYS_EARLIER)
    year = accepted_on.year
    done = projects.create(
        session=session, actor=clerk, now=now, this_year=today.year, name="幸福社区背街小巷路面及照明改造",
        description="居民代表建议：幸福社区 3 条背街小巷路面破损、夜间无照明，统一翻修路面、增设路灯。",
        origin="representative", year=year, tickets=(), community=None, category=None, safety_bottom_line=False,
        people_affected=1200, estimated_cost_fen=180_000_000)
    lst = projects.draft_list(session=session, actor=clerk, now=now, this_year=today.year, year=year,
                              numbers=[done.number], note="演示数据")
    projects.approve_list(session=session, actor=supervisor, now=now, year=year, version=lst.version, note="演示数据")
    for stage in stages.ORDER[1:5]:  # 立项 … 验收 (this one's milestones were not kept)
        stages.advance(session, project=done, to=stage.value, actor=supervisor, now=now, note="演示数据")
    builder, supervising = DEMO_BUILDERS[0], DEMO_SUPERVISORS[0]
    records.set_money(session, project=done, actor=clerk, now=now, budget_fen=180_000_000, contract_fen=168_000_000,
                      note="演示数据")
    records.set_parties(session, project=done, actor=clerk, now=now, builder=builder[0], builder_contact=builder[1],
                        builder_phone=builder[2], supervisor=supervising[0], supervisor_contact=supervising[1],
                        supervisor_phone=supervising[2])
    for share, days in ((3, 120), (5, 60), (2, 0)):
        records.add_payment(session, project=done, actor=clerk, now=now, today=today,
                            amount_fen=168_000_000 * share // 10, paid_on=accepted_on - timedelta(days=days),
                            note="演示数据")
    for n in range(DEMO_RESPONDENTS):
        pick = rng.random()
        quality = "satisfied" if pick < 0.7 else "basically_satisfied" if pick < 0.9 else "dissatisfied"
        acceptance.record_response(session, project=done, actor=clerk, now=now,
                                   respondent=f"{n % 6 + 1}号楼住户{n // 6 + 1}", answers=[
                                       quality, rng.choice(("satisfied", "basically_satisfied")),
                                       "yes" if quality != "dissatisfied" else "no"])
    months = int(office_settings.read(session)["project_revisit_months"])
    acceptance.record_acceptance(session, project=done, actor=clerk, now=now, today=today, passed=True, reason="",
                                 on=accepted_on, revisit_months=months, cal=office.cal)
    stages.advance(session, project=done, to=ProjectStage.OPERATION.value, actor=supervisor, now=now,
                   note="演示数据")


def _add_lifecycle(session, office: _Office, rng: random.Random, now: datetime, listed: list, clerk: User,
                   supervisor: User) -> None:
    """§2: the listed projects in every stage, with milestones, progress and inspections (desk.projects.lifecycle
    .demo_data); the late ones escalate at the first sweep."""
    from desk.projects.lifecycle import demo_data

    from desk import settings as office_settings

    demo_data.run(session, projects=listed, now=now, cal=office.cal, offsets=office.offsets, clerk=clerk,
                  supervisor=supervisor, rng=rng,
                  responder_of={office.dept_name[d]: uid for d, uid in office.responder_of.items()},
                  revisit_months=int(office_settings.read(session)["project_revisit_months"]))
    # §3: the demo's 市民观察员 watches the first listed projects (no random draw: the rest stays as it was)
    from desk.projects.observers import service as observers

    observer = next((u for u, _n, role, _d in PROJECT_USERS if role == Role.OBSERVER), None)
    if observer is not None and observer in office.accounts:
        for p in listed[:OBSERVED_PROJECTS]:
            observers.assign(session, project=p, username=observer, actor=clerk, now=now)


#: The columns of the dispatch rows (_Simulator.ticket_row), in their order.
_DISPATCH_COLUMNS = (
    "id", "ticket_id", "department_id", "role", "state", "round", "note", "return_reason", "state_before_return",
    "dispatched_at", "dispatched_by_id", "acknowledged_at", "responded_at", "resolved_at", "closed_at", "updated_at",
    "updated_by_id", "version", "acknowledge_within", "respond_within", "resolve_within", "acknowledge_due",
    "respond_due", "resolve_due", "next_escalation_at", "next_due", "next_warn",
)


def _bulk_insert(conn: Connection, table, rows: list[dict[str, Any]], writer: _Writer | None = None) -> None:
    """Insert many rows (all with the same keys, in the same order) in this transaction (see _insert_rows)."""
    if not rows:
        return
    cols = tuple(rows[0])
    get = itemgetter(*cols)
    _insert_rows(conn, table, cols, _driver_values(conn, table, cols, [get(r) for r in rows]), writer)


def _driver_values(conn: Connection, table, cols: tuple[str, ...], rows: list[tuple]) -> list:
    """``rows`` (in the order of ``cols``) as the driver is to get them: as they are for psycopg; for SQLite the
    values SQLAlchemy's bind processors make of them (so the stored text is exactly what an ORM insert stores),
    an aware UTC instant, the most common value, converted inline (see sqlite_converter)."""
    if conn.dialect.name != "sqlite":
        return rows
    instants, others = [], []
    for i, c in enumerate(cols):
        p = table.c[c].type._cached_bind_processor(conn.dialect)
        if isinstance(table.c[c].type, UTCDateTime):
            instants.append((i, p))
        elif p is not None:
            others.append((i, p))
    if not instants and not others:
        return rows
    utc = timezone.utc
    values = []
    for r in rows:
        v = list(r)
        for i, p in instants:
            x = v[i]
            if x is not None:
                v[i] = x.isoformat(" ", "microseconds")[:-6] if x.tzinfo is utc else p(x)
        for i, p in others:
            v[i] = p(v[i])
        values.append(v)
    return values


def _insert_rows(conn: Connection, table, cols: tuple[str, ...], values: list,
                 writer: _Writer | None = None) -> None:
    """Insert ``values`` (sequences in the order of ``cols``, already the driver's values on SQLite) in this
    transaction: COPY on PostgreSQL with psycopg 3; on SQLite the driver's own executemany, without SQLAlchemy's
    per-row statement work, which costs more than the insert itself. With a ``writer``: in its thread, later."""
    if not _direct(conn):  # pragma: no cover - only the two supported databases
        conn.execute(insert(table), [dict(zip(cols, v)) for v in values])
        return
    if writer is not None:
        writer.put(table.name, cols, values)
        return
    _write(conn.connection.driver_connection, table.name, cols, values)


def _direct(conn: Connection) -> bool:
    """Whether the rows go to the driver directly (_write): SQLite, or PostgreSQL through psycopg 3."""
    return conn.dialect.name == "sqlite" or (conn.dialect.name == "postgresql" and conn.dialect.driver == "psycopg")


def _write(raw, table: str, cols: tuple[str, ...], values: list) -> None:
    """The driver's own bulk insert on its connection ``raw``: executemany (sqlite3) or COPY (psycopg 3)."""
    names = ", ".join(f'"{c}"' for c in cols)
    if isinstance(raw, sqlite3.Connection):
        raw.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(cols))})', values)
        return
    with raw.cursor() as cur, cur.copy(f'COPY "{table}" ({names}) FROM STDIN') as copy:
        for v in values:
            copy.write_row(v)


class _Writer:
    """Writes the chunks in a thread of its own while the next chunk is simulated, in the order they come.

    The database's own work (SQLite's B-tree inserts, a COPY's network round trips) runs without the GIL, so it
    overlaps the simulation; the connection is used by this thread only until :meth:`close`, which waits for the
    last chunk and raises what went wrong (a failure also stops the next :meth:`put`). At most ``depth`` chunks
    wait, so memory stays bounded.
    """

    def __init__(self, raw, depth: int = 2) -> None:
        self._raw = raw
        self._queue: queue.Queue = queue.Queue(maxsize=depth * 4)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="demo-writer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            if self._error is None:
                try:
                    _write(self._raw, *item)
                except BaseException as exc:  # noqa: BLE001 - handed to the simulating thread
                    self._error = exc

    def _check(self) -> None:
        if self._error is not None:
            raise self._error

    def put(self, table: str, cols: tuple[str, ...], values: list) -> None:
        self._check()
        self._queue.put((table, cols, values))

    def close(self) -> None:
        """Wait until every chunk is written; raise the first failure."""
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join()
        self._check()


#: The columns of the event rows _seal makes, in their order.
_EVENT_COLUMNS = ("id", "seq", "ticket_id", "dispatch_id", "actor_id", "at", "kind", "note", "changes", "hash")


def _seal(session, events: list[tuple], at_text: Callable[[datetime], str] | None) -> list[tuple]:
    """The rows of ``events`` (the simulator's tuples, in the order they happened) as the chain has them: each
    with its place and its wd-event-2 hash (models.chain, as desk.audit.chain.seal gives them), ``at`` as the
    stored text where ``at_text`` makes it (SQLite: sqlite_converter). The chain's end moves past them
    (chain.extend; the anchor is written at the end of the unit)."""
    next_id, seq, prev = chain.tail(session)
    canonical, sha256, utc = canonical2_values, hashlib.sha256, timezone.utc
    last_at = last_text = None
    out = []
    for eid, tid, did, actor, at, kind, note, changes in events:
        if eid < next_id:
            raise ValueError(f"event id {eid} is not after the end of the chain ({next_id - 1})")
        if at.tzinfo is None:
            raise ValueError("an event's instant must be timezone-aware")
        prev = sha256((prev + canonical(seq, eid, tid, did, actor, at, kind, None, note, changes))
                      .encode("utf-8", "surrogatepass")).hexdigest()
        if at_text is not None:
            if at is last_at:  # (a step's events share their instant: a quarter of them)
                at = last_text
            else:
                last_at = at
                at = last_text = at.isoformat(" ", "microseconds")[:-6] if at.tzinfo is utc else at_text(at)
        out.append((eid, seq, tid, did, actor, at, kind, note, changes, prev))
        next_id, seq = eid + 1, seq + 1
    chain.extend(session, next_id, seq, prev, events[-1][4])
    return out


def sqlite_converter(column, dialect) -> Callable[[Any], Any] | None:
    """What SQLAlchemy makes of a value of ``column`` for SQLite (None: the value as it is). An instant is the
    most common value of the demo; for aware UTC instants the same text comes from one C call."""
    process = column.type._cached_bind_processor(dialect)
    if not isinstance(column.type, UTCDateTime):
        return process

    def instant(value):
        if value is not None and value.tzinfo is timezone.utc:
            return value.isoformat(" ", "microseconds")[:-6]  # "2026-11-23 02:00:00.000000" (without "+00:00")
        return process(value)

    return instant


#: The tables the demo fills in bulk.
_LOADED = ("ticket", "dispatch", "event", "callback")


def _drop_indexes(conn: Connection) -> list[str]:
    """Drop the secondary indexes of the loaded tables and return the DDL that makes them again.

    Filling each index once after the load (a sort) is much faster than keeping it up to date row by row.
    Indexes that back a primary key or a unique constraint stay (they also guard the load). The DDL is the
    database's own, so what comes back is exactly what the migrations made (including partial indexes).
    """
    tables = ", ".join(f"'{t}'" for t in _LOADED)
    if conn.dialect.name == "sqlite":
        found = conn.execute(text(f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                                  f"AND tbl_name IN ({tables})")).all()
    else:
        found = conn.execute(text(
            f"SELECT ix.indexrelid::regclass::text, pg_get_indexdef(ix.indexrelid) FROM pg_index ix "
            f"JOIN pg_class t ON t.oid = ix.indrelid AND t.relnamespace = current_schema()::regnamespace "
            f"WHERE t.relname IN ({tables}) "
            f"AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = ix.indexrelid)")).all()
    for name, _ in found:
        conn.execute(text(f'DROP INDEX "{name}"' if conn.dialect.name == "sqlite" else f"DROP INDEX {name}"))
    return [ddl for _, ddl in found]


#: Triggers that fire on every row the demo inserts, dropped for the load and made again after it (SQLite), with
#: what stands in for them: the FTS5 search index is filled in one statement after the load (row by row, its
#: trigger wrote and merged a segment per ticket: a 1,000,000-ticket demo was stopped after 80 minutes), and the
#: event table's guard against INSERT OR REPLACE has nothing to guard (plain inserts of new ids and places, whose
#: unique indexes stay). Other insert triggers, unknown here, stay in place.
_LOAD_TRIGGERS = {f"{FTS_TABLE}_ai": "fill the search index", "event_no_replace": "a check only"}


def _drop_foreign_keys(conn: Connection) -> list[tuple[str, str, str]]:
    """PostgreSQL: drop the foreign keys of the loaded tables; return (table, name, definition) of each.

    Each row COPY writes is otherwise checked by the foreign key's trigger, a lookup per key and row (three per
    event); adding the constraint again after the load checks every row in one join, as pg_restore does. The
    definitions are the database's own (pg_get_constraintdef), so what comes back is what the migrations made.
    SQLite checks a key with one B-tree lookup in the same process, and cannot turn the checks off inside a
    transaction: its keys stay.
    """
    if conn.dialect.name != "postgresql":
        return []
    tables = ", ".join(f"'{t}'" for t in _LOADED)
    found = [tuple(r) for r in conn.execute(text(
        f"SELECT t.relname, c.conname, pg_get_constraintdef(c.oid) FROM pg_constraint c "
        f"JOIN pg_class t ON t.oid = c.conrelid AND t.relnamespace = current_schema()::regnamespace "
        f"WHERE c.contype = 'f' AND t.relname IN ({tables}) ORDER BY t.relname, c.conname"))]
    for table, name, _ in found:
        conn.execute(text(f'ALTER TABLE "{table}" DROP CONSTRAINT "{name}"'))
    return found


def _add_foreign_keys(conn: Connection, dropped: list[tuple[str, str, str]]) -> None:
    """Add the foreign keys _drop_foreign_keys dropped (each checks every row once)."""
    for table, name, definition in dropped:
        conn.execute(text(f'ALTER TABLE "{table}" ADD CONSTRAINT "{name}" {definition}'))


def _drop_insert_triggers(conn: Connection) -> list[tuple[str, str]]:
    """Drop the triggers of :data:`_LOAD_TRIGGERS` that exist; return their names and the DDL that makes them."""
    if conn.dialect.name != "sqlite":  # PostgreSQL: the search index is a GIN index (_drop_indexes)
        return []
    names = ", ".join(f"'{n}'" for n in _LOAD_TRIGGERS)
    found = conn.execute(text(f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({names})"))
    found = [(name, ddl) for name, ddl in found]
    for name, _ in found:
        conn.execute(text(f'DROP TRIGGER "{name}"'))
    return found


def _restore_insert_triggers(conn: Connection, dropped: list[tuple[str, str]], first_ticket_id: int) -> None:
    """Do once what the dropped triggers did row by row, then make them again (same transaction)."""
    for name, ddl in dropped:
        if name == f"{FTS_TABLE}_ai":
            cols = ", ".join(TEXT_COLUMNS)
            conn.execute(text(f"INSERT INTO {FTS_TABLE}(rowid, {cols}) SELECT id, {cols} FROM ticket "
                              f"WHERE id >= :first ORDER BY id"), {"first": first_ticket_id})
        conn.execute(text(ddl))


def _next_id(conn: Connection, table) -> int:
    return (conn.scalar(select(func.max(table.c.id))) or 0) + 1


def _showcase_start(sim: _Simulator, rng_seed: int, target: tuple[str, str, dict], now: datetime) -> datetime:
    """When a showcase ticket must be created so that it stands in its target state now.

    Its story is lived through for a week first, and for a year only if the week does not show the target state
    and the step after it (a story up to a horizon is the start of the same story up to a later one, so the
    answer is the same; some stories, such as a return approved again and again, run on for thousands of steps).
    """
    kind, state, force = target
    base = now - timedelta(days=30)
    for horizon in SHOWCASE_HORIZONS:
        sim.trace = []
        saved = (sim.next_dispatch_id, sim.next_event_id, sim.next_callback_id, len(sim.events), len(sim.callbacks))
        sim.simulate(random.Random(rng_seed), base, base + horizon, 0, force)
        trace, sim.trace = sim.trace, None
        sim.next_dispatch_id, sim.next_event_id, sim.next_callback_id = saved[:3]
        del sim.events[saved[3]:]
        del sim.callbacks[saved[4]:]
        for i, (at, t_state, d_states) in enumerate(trace):
            if (kind == "ticket" and t_state == state) or (kind == "dispatch" and state in d_states):
                if i + 1 == len(trace) and horizon != SHOWCASE_HORIZONS[-1]:
                    break  # the step after it may lie beyond this horizon
                gap = (trace[i + 1][0] - at) if i + 1 < len(trace) else timedelta(days=3)
                margin = min(gap / 2, timedelta(minutes=20 + 37 * i))
                return now - margin - (at - base)
    raise AssertionError(f"showcase target {target} not reached")  # pragma: no cover - a bug in the story


def _write_tickets(session, conn: Connection, office: _Office, count: int, seed: int, now: datetime, tz,
                   progress: Callable[[int, int], None] | None, span_days: int = SPAN_DAYS):
    rng = random.Random(seed)
    sim = _Simulator(office, now.astimezone(tz).utcoffset() or timedelta(0))
    seeds = [rng.getrandbits(64) for _ in range(count)]
    n_show = min(count, len(_SHOWCASE))
    starts = [_showcase_start(sim, seeds[i], _SHOWCASE[i], now) for i in range(n_show)]
    starts += _arrival_times(rng, count - n_show, now, tz, span_days)
    order = sorted(range(count), key=lambda i: (starts[i], i))

    t_tab, d_tab, e_tab, c_tab = Ticket.__table__, Dispatch.__table__, Event.__table__, Callback.__table__
    ticket_id = _next_id(conn, t_tab)
    sim.next_dispatch_id = _next_id(conn, d_tab)
    sim.next_event_id = _next_id(conn, e_tab)
    sim.next_callback_id = _next_id(conn, c_tab)
    counters = {y: n for y, n in conn.execute(select(TicketCounter.year, TicketCounter.last_seq))}
    existing_years = set(counters)

    ticket_states: Counter[str] = Counter()
    dispatch_states: Counter[str] = Counter()
    n_disp = n_ev = n_cb = 0
    first_ticket_id = ticket_id
    at_text = sqlite_converter(e_tab.c.at, conn.dialect) if conn.dialect.name == "sqlite" else None
    indexes = _drop_indexes(conn)
    triggers = _drop_insert_triggers(conn)
    foreign_keys = _drop_foreign_keys(conn)
    if conn.dialect.name == "sqlite":  # a bigger page cache for the load and the index builds (this connection)
        cache_size = conn.exec_driver_sql("PRAGMA cache_size").scalar()
        conn.exec_driver_sql(f"PRAGMA cache_size = {-BULK_CACHE_KIB}")
    chain.tail(session)  # (the chain's end is read now: the writer's thread has the connection from here on)
    writer = _Writer(conn.connection.driver_connection) if _direct(conn) and count > CHUNK_TICKETS else None
    try:
        for chunk_start in range(0, count, CHUNK_TICKETS):
            rows = []
            for i in order[chunk_start: chunk_start + CHUNK_TICKETS]:
                force = _SHOWCASE[i][2] if i < n_show else None
                t = sim.simulate(random.Random(seeds[i]), starts[i], now, ticket_id, force)
                year = t.created_at.astimezone(tz).year
                seq = counters.get(year, 0) + 1
                counters[year] = seq
                rows.append(sim.ticket_row(t, (year, seq, f"{year}-{seq:06d}")))
                ticket_states[t.state] += 1
                ticket_id += 1
            dispatch_states.update(d[4] for d in sim.dispatch_rows)  # (_DISPATCH_COLUMNS: "state")
            _bulk_insert(conn, t_tab, rows, writer)
            if sim.dispatch_rows:
                _insert_rows(conn, d_tab, _DISPATCH_COLUMNS, _driver_values(conn, d_tab, _DISPATCH_COLUMNS,
                                                                            sim.dispatch_rows), writer)
            if sim.events:  # places and hashes, in the order the events were simulated
                _insert_rows(conn, e_tab, _EVENT_COLUMNS, _seal(session, sim.events, at_text), writer)
            if sim.callbacks:
                _bulk_insert(conn, c_tab, sim.callbacks, writer)
            n_disp += len(sim.dispatch_rows)
            n_ev += len(sim.events)
            n_cb += len(sim.callbacks)
            sim.dispatch_rows, sim.events, sim.callbacks = [], [], []
            if progress is not None:
                progress(min(count, chunk_start + CHUNK_TICKETS), count)
    finally:
        if writer is not None:
            writer.close()  # every chunk written (or the first failure raised) before the connection is used again

    if conn.dialect.name == "postgresql":  # memory for the index builds (sorts, the GIN index), this transaction
        conn.execute(text(f"SET LOCAL maintenance_work_mem = '{BULK_INDEX_MEMORY_MB}MB'"))
    for ddl in indexes:
        conn.execute(text(ddl))
    _restore_insert_triggers(conn, triggers, first_ticket_id)
    _add_foreign_keys(conn, foreign_keys)
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"PRAGMA cache_size = {cache_size}")
    for year, last in sorted(counters.items()):
        if year in existing_years:
            conn.execute(update(TicketCounter.__table__).where(TicketCounter.year == year).values(last_seq=last))
        else:
            conn.execute(insert(TicketCounter.__table__).values(year=year, last_seq=last))
    if conn.dialect.name == "postgresql":
        # Ids were given explicitly: move each serial sequence past them.
        for table in ("ticket", "dispatch", "event", "callback"):
            conn.execute(text(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), m) "
                f"FROM (SELECT max(id) AS m FROM {table}) AS x WHERE m IS NOT NULL"))
    return ticket_states, dispatch_states, n_disp, n_ev, n_cb
