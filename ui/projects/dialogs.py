"""The projects' dialogs (issue 16 §1): a new candidate (储备项目) from tickets, a hotspot or by hand, its edit, its
source tickets, a meeting's vote, cancelling it, and drafting and approving a year's list.

Each is an :class:`~ui.common.opdialog.OpDialog`: one façade call on OK, run off the GUI thread; a
``ValidationError`` from the core appears under the field it names. Tests fill the public widgets and click OK;
nothing here needs ``exec()``.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk import ActingUser
from desk.projects.dto import AnnualListInfo, ProjectInfo, ProjectRow
from ui.common import labels
from ui.common.opdialog import OpDialog
from ui.common.ops import Op, describe_error
from ui.common.widgets import HINT_STYLE, PickList
from ui.projects.models import score_text, wan

translate = QCoreApplication.translate
#: A project is planned for a year from last year to this many years ahead (desk/projects/service.py).
YEARS_AHEAD = 5
#: Origins a project made by hand has (the others come with their tickets).
BY_HAND = ("resident_idea", "representative", "department_plan")
#: What separates names typed in one field: spaces, commas and semicolons (also the full-width ，、；).
FULL_WIDTH = {"comma": chr(0xFF0C), "enumeration": chr(0x3001), "semicolon": chr(0xFF1B)}
_SEPARATORS = re.compile(r"[\s,;" + "".join(FULL_WIDTH.values()) + "]+")
FEN_PER_WAN = Decimal(1_000_000)


def split_names(text: str) -> list[str]:
    """``GD1, GD2、GD3`` or one per line -> the names in order, each once."""
    return list(dict.fromkeys(p for p in _SEPARATORS.split(text) if p))


def _text_edit(parent: QWidget, placeholder: str = "", height: int = 80) -> QPlainTextEdit:
    w = QPlainTextEdit(parent)
    w.setTabChangesFocus(True)
    w.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    w.setPlaceholderText(placeholder)
    w.setFixedHeight(height)
    return w


def project_header(p: ProjectInfo) -> str:
    return translate("projects", "项目 %1：%2").replace("%1", p.number).replace("%2", p.name)


# -- a candidate: new or edited --------------------------------------------------------------------------------
class _ProjectForm(OpDialog):
    """The fields of a project (both dialogs): name, origin, year, community, category, the safety bottom line,
    people affected, estimated cost (万元, exact to the fen) and description. The pick-lists and this year are read
    in the background when the caller does not give them."""

    def __init__(self, parent: QWidget | None, title: str, user: ActingUser, *,
                 communities: Sequence[str] | None, categories: Sequence[str] | None, this_year: int | None) -> None:
        super().__init__(parent, title)
        self.setMinimumWidth(580)
        self._user = user
        self.this_year = this_year
        self.name = self.add_field(self.tr("项目名称"), QLineEdit(self), "name")
        self.name.setMaxLength(200)
        self.name.setPlaceholderText(self.tr("如：幸福里老旧供水管网改造"))
        self.origin = self.add_field(self.tr("来源"), QComboBox(self), "origin")
        for code, text in labels.project_origins().items():
            self.origin.addItem(text, code)
        self._after_origin()
        self.year = self.add_field(self.tr("计划年度"), QSpinBox(self), "year")
        self.year.setRange(1900, 9000)
        self.year.setEnabled(False)  # until this year is known
        self.community = self.add_field(self.tr("社区"), PickList(self, communities or ()), "community")
        self.community.lineEdit().setPlaceholderText(self.tr("可不填；输入可筛选"))
        self.community.setText("")
        self.category = self.add_field(self.tr("分类"), PickList(self, categories or ()), "category")
        self.category.lineEdit().setPlaceholderText(self.tr("可不填；输入可筛选"))
        self.category.setText("")
        self.safety = self.add_field(
            self.tr("安全底线"), QCheckBox(self.tr("涉及安全底线（燃气、消防、房屋安全等）：排在所有项目之前"), self),
            "safety_bottom_line")
        self.people = self.add_field(self.tr("受益人数"), QSpinBox(self), "people_affected")
        self.people.setRange(0, 100_000_000)
        self.people.setGroupSeparatorShown(True)
        self.people.setSuffix(self.tr(" 人"))
        self.cost = self.add_field(self.tr("估算费用（万元）"), QLineEdit(self), "estimated_cost_fen")
        self.cost.setPlaceholderText(self.tr("可不填，如 120 或 85.5"))
        self.description = self.add_field(self.tr("项目说明"), _text_edit(self, self.tr("要解决的问题、建设内容、范围")),
                                          "description")
        self._set_year_range(this_year)
        if communities is None or categories is None or this_year is None:
            self._load_lists()

    def _after_origin(self) -> None:
        """Rows a dialog adds right after the origin (the new candidate's source tickets)."""

    def _load_lists(self) -> None:
        u = self._user

        def fetch() -> tuple[list[str], list[str], int]:
            today = u.desk.now().astimezone(u.desk.office_tz()).date()
            return [c.name for c in u.communities()], [c.name for c in u.categories()], today.year

        Op(self, fetch).success(self._lists_arrived).failure(lambda exc: self.show_error(describe_error(exc))).run()

    def _lists_arrived(self, lists: tuple[list[str], list[str], int]) -> None:
        communities, categories, year = lists
        if not self.community.names():
            self.community.set_names(communities)
        if not self.category.names():
            self.category.set_names(categories)
        if self.this_year is None:
            self._set_year_range(year)

    def _set_year_range(self, this_year: int | None) -> None:
        if this_year is None:
            return
        self.this_year = this_year
        value = self.year.value() if self.year.isEnabled() else this_year  # (an edited project's year stays)
        self.year.setRange(min(this_year - 1, value), max(this_year + YEARS_AHEAD, value))
        self.year.setValue(value)
        self.year.setEnabled(True)

    def set_origin(self, code: str) -> None:
        i = self.origin.findData(code)
        if i >= 0:
            self.origin.setCurrentIndex(i)

    def cost_fen(self) -> int | None:
        """The estimated cost in fen, or None after showing why the text is not an amount."""
        text = self.cost.text().strip().replace(",", "").replace(FULL_WIDTH["comma"], "")
        if not text:
            return 0
        try:
            fen = Decimal(text) * FEN_PER_WAN
        except InvalidOperation:
            self.show_field_error("estimated_cost_fen", self.tr("请填写数字（单位万元），如 120 或 85.5。"))
            return None
        if not fen.is_finite() or fen != fen.to_integral_value():
            self.show_field_error("estimated_cost_fen", self.tr("估算费用最多精确到分（万元后六位小数）。"))
            return None
        return int(fen)

    def form_values(self) -> dict[str, Any] | None:
        """The form as façade keywords (None after a local error)."""
        fen = self.cost_fen()
        if fen is None:
            return None
        return {"name": self.name.text(), "description": self.description.toPlainText(),
                "origin": self.origin.currentData(), "year": self.year.value() if self.year.isEnabled() else None,
                "community": self.community.text().strip() or None, "category": self.category.text().strip() or None,
                "safety_bottom_line": self.safety.isChecked(), "people_affected": self.people.value(),
                "estimated_cost_fen": fen}


class CreateProjectDialog(_ProjectForm):
    """新建储备项目: by hand (a resident's 金点子, a 代表建议, a department's plan), or pre-filled from tickets (the
    queue's selection) or a hotspot (its tickets, community and category).

    ``origin``: default ``hotspot`` when tickets come with a community and a category (a 问题清单 hotspot is a
    社区 × 分类 group), ``tickets`` when tickets come alone, else ``resident_idea``."""

    def __init__(self, parent: QWidget | None, user: ActingUser, *, tickets: Sequence[str] = (),
                 community: str | None = None, category: str | None = None, origin: str | None = None,
                 communities: Sequence[str] | None = None, categories: Sequence[str] | None = None,
                 this_year: int | None = None) -> None:
        super().__init__(parent, self.tr("新建储备项目"), user, communities=communities, categories=categories,
                         this_year=this_year)
        tickets = list(dict.fromkeys(tickets))
        self.tickets.setPlainText("\n".join(tickets))
        if origin is None:
            origin = ("hotspot" if community and category else "tickets") if tickets else "resident_idea"
        self.set_origin(origin)
        if community:
            self.community.setText(community)
        if category:
            self.category.setText(category)
        if tickets:
            where = translate("projects", " · ").join(x for x in (community, category) if x)
            text = self.tr("由 %1 张工单生成储备项目").replace("%1", str(len(tickets)))
            self.set_header(text + (self.tr("（%1）").replace("%1", where) if where else "")
                            + "\n" + self.tr("工单只关联，不复制：其反映人和诉求就是项目的依据。"))
        self.ok_button.setText(self.tr("新建"))

    def _after_origin(self) -> None:
        self.tickets = self.add_field(
            self.tr("来源工单"), _text_edit(self, self.tr("工单编号，每行一个或用逗号分隔；金点子、代表建议、部门计划可不填"), 70),
            "tickets")

    def ticket_numbers(self) -> list[str]:
        return split_names(self.tickets.toPlainText())

    def make_call(self) -> Callable[[], Any] | None:
        values = self.form_values()
        if values is None:
            return None
        values["tickets"] = self.ticket_numbers()
        u = self._user
        return lambda: u.create_project(**values)


class EditProjectDialog(_ProjectForm):
    """编辑项目: the fields changed are saved against the version read (someone else's change first: a conflict)."""

    FIELDS = ("name", "description", "origin", "year", "community", "category", "safety_bottom_line",
              "people_affected", "estimated_cost_fen")

    def __init__(self, parent: QWidget | None, user: ActingUser, project: ProjectInfo, *,
                 communities: Sequence[str] | None = None, categories: Sequence[str] | None = None,
                 this_year: int | None = None) -> None:
        super().__init__(parent, self.tr("编辑项目"), user, communities=communities, categories=categories,
                         this_year=this_year)
        self.project = project
        self.set_header(project_header(project))
        self.year.setRange(min(self.year.minimum(), project.year), max(self.year.maximum(), project.year))
        self.note = self.add_field(self.tr("修改说明"), _text_edit(self, self.tr("可不填；记入项目历史"), 54), "note")
        self._fill(project)
        self.ok_button.setText(self.tr("保存"))

    def _fill(self, p: ProjectInfo, only: Sequence[str] | None = None) -> None:
        want = set(self.FIELDS if only is None else only)
        if "name" in want:
            self.name.setText(p.name)
        if "description" in want:
            self.description.setPlainText(p.description)
        if "origin" in want:
            self.set_origin(p.origin)
        if "year" in want:
            self.year.setRange(min(self.year.minimum(), p.year), max(self.year.maximum(), p.year))
            self.year.setValue(p.year)
            self.year.setEnabled(True)
        if "community" in want:
            self.community.setText(p.community or "")
        if "category" in want:
            self.category.setText(p.category or "")
        if "safety_bottom_line" in want:
            self.safety.setChecked(p.safety_bottom_line)
        if "people_affected" in want:
            self.people.setValue(p.people_affected)
        if "estimated_cost_fen" in want:
            self.cost.setText(wan(p.estimated_cost_fen) if p.estimated_cost_fen else "")

    @staticmethod
    def _of(p: ProjectInfo) -> dict[str, Any]:
        return {k: getattr(p, k) for k in EditProjectDialog.FIELDS}

    def changes(self) -> dict[str, Any] | None:
        """The fields that differ from the version read (None after a local error)."""
        values = self.form_values()
        if values is None:
            return None
        old = self._of(self.project)
        values["name"], values["description"] = values["name"].strip(), values["description"].strip()
        return {k: v for k, v in values.items() if v != old[k]}

    def make_call(self) -> Callable[[], Any] | None:
        changed = self.changes()
        if changed is None:
            return None
        if not changed:
            self.show_error(self.tr("没有修改任何内容。"))
            return None
        u, number, version, note = self._user, self.project.number, self.project.version, self.note.toPlainText()
        return lambda: u.update_project(number, expected_version=version, note=note, **changed)

    def item_reloaded(self, detail: Any) -> None:
        """Someone else saved first: take their values where this user changed nothing, keep this user's edits, and
        save against the new version on the next OK."""
        if not isinstance(detail, ProjectInfo) or detail.number != self.project.number:
            return
        mine = self.changes() or {}
        theirs = {k: v for k, v in self._of(detail).items() if v != self._of(self.project)[k]}
        both = [k for k in mine if k in theirs and mine[k] != theirs[k]]
        self.project = detail
        self._fill(detail, only=[k for k in self.FIELDS if k not in mine])
        text = self.error_text() + "\n" + self.tr("已载入 %1 的修改；您改动过的内容仍保留。").replace("%1", detail.updated_by)
        if both:
            names = labels.project_fields()
            text += self.tr("以下内容对方也改过，请核对：%1。").replace(
                "%1", self.tr("、").join(names.get(k, k) for k in both))
        self.show_error(text + self.tr("核对后可再次保存。"))


# -- source tickets -----------------------------------------------------------------------------------------
class LinkTicketsDialog(OpDialog):
    """关联工单: more source tickets (by number; pre-filled with the queue's selection)."""

    def __init__(self, parent: QWidget | None, user: ActingUser, project: ProjectInfo,
                 numbers: Sequence[str] = ()) -> None:
        super().__init__(parent, self.tr("关联工单"))
        self._user = user
        self.project = project
        self.set_header(project_header(project) + "\n"
                        + self.tr("已关联 %1 张工单。").replace("%1", str(len(project.tickets))))
        self.tickets = self.add_field(self.tr("工单编号"), _text_edit(self, self.tr("每行一个，或用逗号分隔"), 90),
                                      "tickets")
        self.tickets.setPlainText("\n".join(n for n in numbers if n not in project.tickets))
        self.ok_button.setText(self.tr("关联"))

    def make_call(self) -> Callable[[], Any] | None:
        numbers = split_names(self.tickets.toPlainText())
        if not numbers:
            self.show_field_error("tickets", self.tr("请填写要关联的工单编号。"))
            return None
        u, number = self._user, self.project.number
        return lambda: u.add_project_tickets(number, numbers)


class RemoveTicketsDialog(OpDialog):
    """移除工单: unlink the chosen source tickets (the tickets themselves stay as they are)."""

    confirm_discard = False

    def __init__(self, parent: QWidget | None, user: ActingUser, project: ProjectInfo, numbers: Sequence[str]) -> None:
        super().__init__(parent, self.tr("移除工单"))
        self._user = user
        self.project = project
        self.numbers = list(numbers)
        self.set_header(project_header(project) + "\n" + self.tr("从项目中移除以下 %1 张工单（工单本身不受影响）：")
                        .replace("%1", str(len(self.numbers))) + "\n" + self.tr("、").join(self.numbers))
        self.ok_button.setText(self.tr("移除"))

    def make_call(self) -> Callable[[], Any] | None:
        u, number, numbers = self._user, self.project.number, self.numbers
        return lambda: u.remove_project_tickets(number, numbers)


# -- a meeting's vote -----------------------------------------------------------------------------------------
class VoteDialog(OpDialog):
    """记录票决: who voted for, against or abstained at one meeting (a residents' or representatives' meeting)."""

    def __init__(self, parent: QWidget | None, user: ActingUser, project: ProjectInfo, today: date) -> None:
        super().__init__(parent, self.tr("记录票决"))
        self.setMinimumWidth(560)
        self._user = user
        self.project = project
        self.set_header(project_header(project))
        self.meeting = self.add_field(self.tr("会议名称"), QLineEdit(self), "meeting")
        self.meeting.setMaxLength(100)
        self.meeting.setPlaceholderText(self.tr("如：幸福社区居民议事会"))
        self.held_on = QDateEdit(self)
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat("yyyy-MM-dd")
        self.held_on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.held_on.setDate(QDate(today.year, today.month, today.day))
        self.add_field(self.tr("会议日期"), self.held_on, "held_on")
        box = QWidget(self)
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.voters: dict[str, QLineEdit] = {}
        hint = self.tr("投票人（姓名或身份，如“3号楼代表”），用顿号或逗号分隔")
        for row, (code, text) in enumerate(labels.vote_choices().items()):
            grid.addWidget(QLabel(text, box), row, 0)
            edit = QLineEdit(box)
            edit.setPlaceholderText(hint)
            edit.textChanged.connect(self._count)
            grid.addWidget(edit, row, 1)
            self.voters[code] = edit
        self.add_field(self.tr("投票"), box, "votes", "voter")
        self.tally = QLabel(self)
        self.tally.setStyleSheet(HINT_STYLE)
        self.form.addRow("", self.tally)
        self._count()
        self.ok_button.setText(self.tr("记录"))

    def votes(self) -> list[tuple[str, str]]:
        return [(name, code) for code, edit in self.voters.items() for name in split_names(edit.text())]

    def _count(self, *_args: Any) -> None:
        self.clear_field_error("votes")
        n = {code: len(split_names(edit.text())) for code, edit in self.voters.items()}
        choices = labels.vote_choices()
        self.tally.setText(self.tr("共 %1 票：").replace("%1", str(sum(n.values()))) + translate("projects", " · ").join(
            f"{choices[c]} {k}" for c, k in n.items()))

    def make_call(self) -> Callable[[], Any] | None:
        votes = self.votes()
        if not votes:
            self.show_field_error("votes", self.tr("请至少录入一票。"))
            return None
        d = self.held_on.date()
        u, number, meeting = self._user, self.project.number, self.meeting.text()
        held_on = date(d.year(), d.month(), d.day())
        return lambda: u.record_project_vote(number, meeting=meeting, held_on=held_on, votes=votes)


# -- cancelling ------------------------------------------------------------------------------------------------
class CancelProjectDialog(OpDialog):
    """取消项目: a candidate that will not be pursued stays on record, with the reason, and can no longer change."""

    def __init__(self, parent: QWidget | None, user: ActingUser, project: ProjectInfo) -> None:
        super().__init__(parent, self.tr("取消项目"))
        self._user = user
        self.project = project
        self.set_header(project_header(project) + "\n" + self.tr("取消后项目保留在项目库中，不能再修改或列入清单。"))
        self.reason = self.add_field(self.tr("取消原因"), _text_edit(self, self.tr("如：已纳入区级改造计划")), "reason")
        self.ok_button.setText(self.tr("取消项目"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("返回"))

    def make_call(self) -> Callable[[], Any] | None:
        reason = self.require("reason", self.reason, self.tr("请填写取消原因。"))
        if reason is None:
            return None
        u, number = self._user, self.project.number
        return lambda: u.cancel_project(number, reason=reason)


# -- the year's list --------------------------------------------------------------------------------------------
_NUMBER = Qt.ItemDataRole.UserRole


class DraftListDialog(OpDialog):
    """起草年度清单: a new version (a draft) of the year's list: the projects checked, in the order shown (move them
    with 上移/下移). The projects chosen on the page come first, then the year's others by priority."""

    def __init__(self, parent: QWidget | None, user: ActingUser, year: int, projects: Sequence[ProjectRow],
                 chosen: Sequence[str] = ()) -> None:
        super().__init__(parent, self.tr("起草年度清单"))
        self.setMinimumWidth(600)
        self._user = user
        self.year = year
        self.set_header(self.tr("%1 年重点民生工程清单：勾选列入清单的项目，并按顺序排列。起草后由督办员批准。")
                        .replace("%1", str(year)))
        box = QWidget(self)
        lay = QHBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget(box)
        self.list.setMinimumHeight(220)
        lay.addWidget(self.list, 1)
        side = QVBoxLayout()
        self.up_button = QPushButton(self.tr("上移"), box)
        self.down_button = QPushButton(self.tr("下移"), box)
        for b, step in ((self.up_button, -1), (self.down_button, 1)):
            b.clicked.connect(lambda _checked=False, s=step: self.move(s))
            side.addWidget(b)
        side.addStretch(1)
        lay.addLayout(side)
        self.add_field(self.tr("项目"), box, "numbers")
        self._field_widgets["numbers"] = self.list  # (errors focus the list)
        candidates = [p for p in projects if p.year == year and p.stage != "cancelled"]
        by_number = {p.number: p for p in candidates}
        first = [by_number[n] for n in dict.fromkeys(chosen) if n in by_number]
        for p in first + [p for p in candidates if p not in first]:
            item = QListWidgetItem(self._text(p), self.list)
            item.setData(_NUMBER, p.number)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if p in first else Qt.CheckState.Unchecked)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.list.itemChanged.connect(lambda _item: self._count())
        self.count_label = QLabel(self)
        self.count_label.setStyleSheet(HINT_STYLE)
        self.form.addRow("", self.count_label)
        self.note = self.add_field(self.tr("说明"), _text_edit(self, self.tr("可不填，如：增补井盖加固"), 54), "note")
        self._count()
        self.ok_button.setText(self.tr("起草"))

    def _text(self, p: ProjectRow) -> str:
        return self.tr("%1  %2（%3 · 优先级 %4）").replace("%1", p.number).replace("%2", p.name) \
            .replace("%3", labels.label(labels.project_stages(), p.stage)) \
            .replace("%4", score_text(p.safety_bottom_line, p.score))

    def _count(self) -> None:
        self.count_label.setText(self.tr("已选 %1 个项目").replace("%1", str(len(self.numbers()))))

    def numbers(self) -> list[str]:
        """The checked projects, in the list's order."""
        return [self.list.item(i).data(_NUMBER) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def set_checked(self, number: str, checked: bool = True) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(_NUMBER) == number:
                self.list.item(i).setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                return
        raise ValueError(number)

    def move(self, step: int) -> None:
        """Move the current project up (-1) or down (1)."""
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def make_call(self) -> Callable[[], Any] | None:
        numbers = self.numbers()
        if not numbers:
            self.show_field_error("numbers", self.tr("请至少勾选一个项目。"))
            return None
        u, year, note = self._user, self.year, self.note.toPlainText()
        return lambda: u.draft_annual_list(year, numbers, note=note)


class ApproveListDialog(OpDialog):
    """批准年度清单: the draft's projects are listed; the version approved before is superseded (and kept)."""

    def __init__(self, parent: QWidget | None, user: ActingUser, info: AnnualListInfo) -> None:
        super().__init__(parent, self.tr("批准年度清单"))
        self._user = user
        self.info = info
        lines = [self.tr("%1 年重点民生工程清单 第 %2 版（%3 个项目）").replace("%1", str(info.year))
                 .replace("%2", str(info.version)).replace("%3", str(len(info.items)))]
        lines += [self.tr("%1. %2 %3").replace("%1", str(i.position)).replace("%2", i.number).replace("%3", i.name)
                  for i in info.items]
        approved = next((v for v in info.history if v.state == "approved"), None)
        if approved is not None:
            lines.append(self.tr("批准后，已批准的第 %1 版将被取代（保留在版本历史中）。").replace("%1", str(approved.version)))
        self.set_header("\n".join(lines))
        self.note = self.add_field(self.tr("批准意见"), _text_edit(self, self.tr("可不填"), 54), "note")
        self.ok_button.setText(self.tr("批准"))

    def make_call(self) -> Callable[[], Any] | None:
        u, year, version, note = self._user, self.info.year, self.info.version, self.note.toPlainText()
        return lambda: u.approve_annual_list(year, version, note=note)


__all__ = ["ApproveListDialog", "CancelProjectDialog", "CreateProjectDialog", "DraftListDialog", "EditProjectDialog",
           "LinkTicketsDialog", "RemoveTicketsDialog", "VoteDialog", "split_names"]
