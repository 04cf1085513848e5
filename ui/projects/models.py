"""The projects page's tables: the projects, a project's source tickets, its score's terms, its votes and history,
and the year's list with its versions. Thin adapters over the façade's plain data (desk/projects/dto.py)."""
from __future__ import annotations

from datetime import tzinfo
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from desk.projects.dto import (
    AnnualListItemInfo,
    AnnualListVersion,
    PriorityTerm,
    ProjectHistoryEntry,
    ProjectRow,
    SourceTicket,
    VoteInfo,
)
from ui.common import labels
from ui.tickets.models import _ListModel

translate = QCoreApplication.translate
_Index = QModelIndex | QPersistentModelIndex
#: The safety bottom line's colour (it ranks a project above every other).
SAFETY_COLOUR = QColor(190, 30, 30)


def fmt_number(value: float) -> str:
    """1, 2.5, -0.27: at most two decimals, no trailing zeros."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def wan(fen: int) -> str:
    """An amount in fen as a number of 万元, exact (up to six decimals, no trailing zeros): 1200000 -> ``1.2``."""
    text = format(Decimal(fen) / Decimal(1_000_000), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def fmt_cost(fen: int) -> str:
    """An amount in fen as ``1.2 万元``; '' while not estimated."""
    return translate("projects", "%1 万元").replace("%1", wan(fen)) if fen else ""


def score_text(safety: bool, score: float) -> str:
    """The priority as the list shows it: ``安全底线 · 12.5`` or ``12.5``."""
    if safety:
        return translate("projects", "安全底线 · %1").replace("%1", fmt_number(score))
    return fmt_number(score)


class _Model(_ListModel):
    """A list model whose rows are keyed by ``key`` (UserRole), sortable by clicking a header."""

    sortable = True

    def key(self, item: Any) -> Any:
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.UserRole:
            item = self.item(index.row()) if index.isValid() else None
            return self.key(item) if item is not None else None
        return super().data(index, role)

    def row_of(self, key: Any) -> int | None:
        return next((r for r, it in enumerate(self._items) if self.key(it) == key), None)


class ProjectModel(_Model):
    """The projects: number, name, year, stage, community, category, priority, tickets, residents."""

    COLUMNS = ("number", "name", "year", "stage", "community", "category", "priority", "tickets", "residents")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(None, parent)  # type: ignore[arg-type] - (no instants in this table)
        self._stages = labels.project_stages()

    def headers(self) -> list[str]:
        return [translate("projects", "编号"), translate("projects", "项目名称"), translate("projects", "年度"),
                translate("projects", "阶段"), translate("projects", "社区"), translate("projects", "分类"),
                translate("projects", "优先级"), translate("projects", "工单"), translate("projects", "居民")]

    def key(self, item: ProjectRow) -> str:
        return item.number

    def cell(self, r: ProjectRow, column: int) -> str:
        key = self.COLUMNS[column]
        if key == "stage":
            return labels.label(self._stages, r.stage)
        if key == "priority":
            return score_text(r.safety_bottom_line, r.score)
        if key == "tickets":
            return str(r.ticket_count)
        if key in ("year", "residents"):
            return str(getattr(r, key))
        return getattr(r, key) or ""

    def sort_value(self, r: ProjectRow, column: int) -> Any:
        key = self.COLUMNS[column]
        if key == "priority":  # the safety bottom line first, whatever the score
            return (r.safety_bottom_line, r.score)
        if key == "tickets":
            return r.ticket_count
        if key in ("year", "residents"):
            return getattr(r, key)
        if key == "stage":
            return list(self._stages).index(r.stage) if r.stage in self._stages else len(self._stages)
        return getattr(r, key) or None

    def tooltip(self, r: ProjectRow, column: int) -> str | None:
        if self.COLUMNS[column] == "priority" and r.safety_bottom_line:
            return translate("projects", "触及安全底线：排在所有未触及安全底线的项目之前，不论评分")
        return super().tooltip(r, column)

    def foreground(self, r: ProjectRow, column: int) -> QColor | None:
        if self.COLUMNS[column] == "priority" and r.safety_bottom_line:
            return SAFETY_COLOUR
        if r.stage == "cancelled":
            return QColor(130, 130, 130)
        return None


class SourceTicketModel(_Model):
    """A project's source tickets: number, title, community, category, state."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(None, parent)  # type: ignore[arg-type]
        self._states, self._urgencies = labels.ticket_states(), labels.urgencies()

    def headers(self) -> list[str]:
        return [translate("projects", "工单编号"), translate("projects", "标题"), translate("projects", "社区"),
                translate("projects", "分类"), translate("projects", "状态")]

    def key(self, item: SourceTicket) -> str:
        return item.number

    def cell(self, t: SourceTicket, column: int) -> str:
        return (t.number, t.title, t.community, t.category, labels.label(self._states, t.state))[column]


class TermModel(_Model):
    """The score explained: each term's value × weight = points, and the total."""

    sortable = False

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(None, parent)  # type: ignore[arg-type]
        self._names = labels.priority_terms()

    def headers(self) -> list[str]:
        return [translate("projects", "评分项"), translate("projects", "数值"), translate("projects", "权重"),
                translate("projects", "得分")]

    def key(self, item: PriorityTerm) -> str:
        return item.key

    def cell(self, t: PriorityTerm, column: int) -> str:
        if t.key == "":  # the total line
            return (translate("projects", "合计"), "", "", fmt_number(t.points))[column]
        return (labels.label(self._names, t.key), fmt_number(t.value), fmt_number(t.weight),
                fmt_number(t.points))[column]

    def tooltip(self, t: PriorityTerm, column: int) -> str | None:
        return term_explanations().get(t.key)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item(index.row()) if index.isValid() else None
        if role == Qt.ItemDataRole.FontRole and item is not None and item.key == "":
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)


def term_explanations() -> dict[str, str]:
    """How each term's value is read from the record (desk/projects/priority.py)."""
    return {
        "tickets": translate("projects", "关联的来源工单数"),
        "residents": translate("projects", "来源工单中不同的反映人（按电话号码；无电话的工单各算一人）"),
        "urgency": translate("projects", "来源工单的平均紧急程度：一般 1、紧急 2、特急 3"),
        "people": translate("projects", "受益人数除以 100"),
        "cost": translate("projects", "负的人均估算费用（千元）：人均越省得分越高；未估算时为 0"),
        "votes": translate("projects", "各次票决的赞成票减反对票"),
    }


class VoteModel(_Model):
    """A project's votes: meeting, date, voter, choice."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(None, parent)  # type: ignore[arg-type]
        self._choices = labels.vote_choices()

    def headers(self) -> list[str]:
        return [translate("projects", "会议"), translate("projects", "日期"), translate("projects", "投票人"),
                translate("projects", "意见")]

    def key(self, item: VoteInfo) -> tuple[str, str]:
        return (item.meeting, item.voter)

    def cell(self, v: VoteInfo, column: int) -> str:
        return (v.meeting, v.held_on.isoformat(), v.voter, labels.label(self._choices, v.choice))[column]

    def foreground(self, v: VoteInfo, column: int) -> QColor | None:
        if column == 3:
            return {"for": QColor(23, 97, 43), "against": QColor(192, 57, 43)}.get(v.choice)
        return None


def _value(field: str, value: Any) -> str:
    if value is None or value == "" or value == []:
        return translate("projects", "（无）")
    if isinstance(value, bool):
        return labels.yes_no(value)
    if field == "estimated_cost_fen" and isinstance(value, int):
        return fmt_cost(value) or "0"
    if field == "origin":
        return labels.label(labels.project_origins(), value)
    if field == "stage":
        return labels.label(labels.project_stages(), value)
    if field == "votes" and isinstance(value, list):
        choices = labels.vote_choices()
        return translate("projects", "、").join(
            f"{v[0]}{labels.label(choices, v[1])}" for v in value if isinstance(v, list) and len(v) == 2)
    if field == "tally" and isinstance(value, dict):
        choices = labels.vote_choices()
        return translate("projects", " · ").join(f"{labels.label(choices, k)} {n}" for k, n in value.items())
    if isinstance(value, list):
        return translate("projects", "、").join(str(v) for v in value)
    return str(value)


def history_text(e: ProjectHistoryEntry) -> str:
    """What a history entry changed, in one line: ``阶段：储备 → 已列入清单；年度清单：2026-v1``."""
    names = labels.project_fields()
    parts = []
    order = {k: i for i, k in enumerate(names)}
    for field, change in sorted(e.changes.items(), key=lambda kv: order.get(kv[0], len(order))):
        old, new = (change[0], change[1]) if isinstance(change, (list, tuple)) and len(change) == 2 else (None, change)
        if e.kind == "project_create" and (new is None or new == "" or new == [] or new is False or new == 0):
            continue  # a new project: only what was filled in
        name = labels.label(names, field)
        if field == "tickets" and isinstance(old, list) and isinstance(new, list):
            added, removed = [n for n in new if n not in old], [n for n in old if n not in new]
            if added:
                parts.append(translate("projects", "关联 %1").replace("%1", _value(field, added)))
            if removed:
                parts.append(translate("projects", "移除 %1").replace("%1", _value(field, removed)))
            continue
        if old is None or e.kind in ("project_create", "project_vote"):
            parts.append(translate("projects", "%1：%2").replace("%1", name).replace("%2", _value(field, new)))
        else:
            parts.append(translate("projects", "%1：%2 → %3").replace("%1", name).replace("%2", _value(field, old))
                         .replace("%3", _value(field, new)))
    text = translate("projects", "；").join(parts)
    if e.note:
        text = translate("projects", "%1（说明：%2）").replace("%1", text).replace("%2", e.note) if text else e.note
    return text


class HistoryModel(_Model):
    """A project's history: when, what, who, and what changed."""

    sortable = False

    def __init__(self, tz: tzinfo, parent: QObject | None = None) -> None:
        super().__init__(tz, parent)
        self._kinds = labels.project_event_kinds()

    def headers(self) -> list[str]:
        return [translate("projects", "时间"), translate("projects", "操作"), translate("projects", "操作人"),
                translate("projects", "内容")]

    def cell(self, e: ProjectHistoryEntry, column: int) -> str:
        if column == 0:
            return labels.fmt_time(e.at, self._tz)
        if column == 1:
            return labels.label(self._kinds, e.kind)
        if column == 2:
            return e.actor
        return history_text(e)


class ListItemModel(_Model):
    """The projects of a version of a year's list, in order."""

    sortable = False

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(None, parent)  # type: ignore[arg-type]
        self._stages = labels.project_stages()

    def headers(self) -> list[str]:
        return [translate("projects", "序号"), translate("projects", "编号"), translate("projects", "项目名称"),
                translate("projects", "阶段")]

    def key(self, item: AnnualListItemInfo) -> str:
        return item.number

    def cell(self, i: AnnualListItemInfo, column: int) -> str:
        return (str(i.position), i.number, i.name, labels.label(self._stages, i.stage))[column]


class VersionModel(_Model):
    """Every version of a year's list: version, state, count, drafted, approved."""

    sortable = False

    def __init__(self, tz: tzinfo, parent: QObject | None = None) -> None:
        super().__init__(tz, parent)
        self._states = labels.list_states()

    def headers(self) -> list[str]:
        return [translate("projects", "版本"), translate("projects", "状态"), translate("projects", "项目数"),
                translate("projects", "编制"), translate("projects", "批准")]

    def key(self, item: AnnualListVersion) -> int:
        return item.version

    def cell(self, v: AnnualListVersion, column: int) -> str:
        if column == 0:
            return translate("projects", "第 %1 版").replace("%1", str(v.version))
        if column == 1:
            return labels.label(self._states, v.state)
        if column == 2:
            return str(v.count)
        if column == 3:
            return translate("projects", "%1 %2").replace("%1", v.created_by) \
                .replace("%2", labels.fmt_short(v.created_at, self._tz))
        if v.approved_at is None:
            return ""
        return translate("projects", "%1 %2").replace("%1", v.approved_by or "") \
            .replace("%2", labels.fmt_short(v.approved_at, self._tz))

    def foreground(self, v: AnnualListVersion, column: int) -> QColor | None:
        if v.state == "superseded":
            return QColor(130, 130, 130)
        if column == 1 and v.state == "approved":
            return QColor(23, 97, 43)
        return None
