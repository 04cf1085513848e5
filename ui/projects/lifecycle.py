"""A project's lifecycle in the projects page's detail (issue 16 §2): its stage and percent complete, the
milestones (planned against actual, lead department, escalation level) and the latest entries, with the actions:
推进阶段, 安排节点, 报到 (a summoned department's responder), 完成节点, 记录进度, 质量安全巡查. Each action follows
the role (desk.permissions) and the selection: a milestone selected, not done, of a stage the project reached."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, tzinfo
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QObject, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk import ActingUser
from desk.permissions import role_may
from desk.projects.lifecycle.dto import LifecycleInfo, MilestoneInfo
from ui.common import labels
from ui.common.opdialog import OpDialog
from ui.common.ops import Op, describe_error
from ui.common.widgets import HINT_STYLE, row_table
from ui.projects.timeline import MilestoneTimeline
from ui.tickets.models import _ListModel

translate = QCoreApplication.translate
#: The lifecycle's stages in order (desk.projects.lifecycle.stages.ORDER).
ORDER = ("listed", "initiated", "tendering", "construction", "acceptance", "operation")
LEVEL_COLOURS = {1: QColor(200, 120, 0), 2: QColor(210, 60, 0), 3: QColor(190, 20, 20)}
LATE = QColor(190, 20, 20)


def _SEP() -> str:  # noqa: N802 - a list's separator, translated
    return translate("projects", "、")


def rank(stage: str) -> int:
    return ORDER.index(stage) if stage in ORDER else -1


class MilestoneModel(_ListModel):
    """Milestones: name, stage, lead department, planned due, done, escalation level."""

    def __init__(self, tz: tzinfo, parent: QObject | None = None) -> None:
        super().__init__(tz, parent)
        self._stages, self._levels = labels.project_stages(), labels.escalation_levels()
        self.now: datetime | None = None

    def headers(self) -> list[str]:
        return [translate("projects", "节点"), translate("projects", "阶段"), translate("projects", "主办部门"),
                translate("projects", "计划完成"), translate("projects", "实际完成"), translate("projects", "督办")]

    def cell(self, m: MilestoneInfo, column: int) -> str:
        if column == 0:
            return (translate("projects", "整改：%1").replace("%1", m.name)) if m.kind == "fix" else m.name
        if column == 1:
            return labels.label(self._stages, m.stage)
        if column == 2:
            waiting = [s.department for s in m.summons if s.acknowledged_at is None]
            return m.lead_department + (translate("projects", "（待报到：%1）").replace("%1", _SEP().join(waiting))
                                        if waiting and m.done_at is None else "")
        if column == 3:
            return labels.fmt_time(m.due, self._tz)
        if column == 4:
            if m.done_at is not None:
                return labels.fmt_time(m.done_at, self._tz)
            return translate("projects", "已超期") if self.now is not None and m.late_at(self.now) else ""
        return self._levels.get(m.level, "") if m.level else ""

    def foreground(self, m: MilestoneInfo, column: int) -> QColor | None:
        if column == 5 and m.level:
            return LEVEL_COLOURS[m.level]
        if column == 4 and m.done_at is None and self.now is not None and m.late_at(self.now):
            return LATE
        return None


def _text(parent: QWidget, placeholder: str = "", height: int = 70) -> QPlainTextEdit:
    w = QPlainTextEdit(parent)
    w.setTabChangesFocus(True)
    w.setPlaceholderText(placeholder)
    w.setFixedHeight(height)
    return w


class _PhotosRow(QWidget):
    """添加照片…: the files chosen (paths), listed by name."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.paths: list[str] = []
        self.button = QPushButton(translate("projects", "添加照片或文件…"), self)
        self.button.setObjectName("addPhotos")
        self.button.clicked.connect(lambda _c=False: self.choose())
        self.label = QLabel(translate("projects", "（无）"), self)
        self.label.setStyleSheet(HINT_STYLE)
        lay.addWidget(self.button)
        lay.addWidget(self.label, 1)

    def choose(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, translate("projects", "选择照片或文件"), "",
                                                translate("projects", "照片或 PDF (*.jpg *.jpeg *.png *.heic *.pdf)"))
        if paths:
            self.paths += [p for p in paths if p not in self.paths]
            self.label.setText(_SEP().join(p.replace("\\", "/").rsplit("/", 1)[-1] for p in self.paths))


def _header(info: LifecycleInfo) -> str:
    return translate("projects", "项目 %1：%2").replace("%1", info.number).replace("%2", info.name)


class AdvanceStageDialog(OpDialog):
    """推进到下一阶段: names the stage it leads to; a note (批复文号 …) is optional."""

    def __init__(self, parent: QWidget | None, user: ActingUser, info: LifecycleInfo) -> None:
        stage = labels.label(labels.project_stages(), info.next_stage or "")
        super().__init__(parent, self.tr("推进到%1阶段").replace("%1", stage))
        self._user, self.info = user, info
        self.set_header(_header(info) + "\n" + self.tr("从%1阶段推进到%2阶段。")
                        .replace("%1", labels.label(labels.project_stages(), info.stage)).replace("%2", stage))
        self.note = self.add_field(self.tr("说明"), _text(self, self.tr("如：立项批复文号")), "note")
        self.ok_button.setText(self.tr("推进"))

    def make_call(self) -> Callable[[], Any] | None:
        u, number, to, note = self._user, self.info.number, self.info.next_stage, self.note.toPlainText()
        return lambda: u.advance_project(number, to=to, note=note)


class AddMilestoneDialog(OpDialog):
    """安排节点: name, stage (the current or a later one), lead department, assisting departments, planned date."""

    def __init__(self, parent: QWidget | None, user: ActingUser, info: LifecycleInfo, departments: Sequence[str],
                 today: date) -> None:
        super().__init__(parent, self.tr("安排项目节点"))
        self._user, self.info = user, info
        self.set_header(_header(info) + "\n" + self.tr("主办、协办部门将被召集（须在 1 个工作日内报到）；"
                                                       "计划完成日期须是工作日，到期未完成将逐级督办。"))
        self.name = self.add_field(self.tr("节点名称"), QLineEdit(self), "name")
        self.stage = QComboBox(self)
        for code in ORDER[1:]:
            if rank(code) >= max(rank(info.stage), 1):
                self.stage.addItem(labels.label(labels.project_stages(), code), code)
        self.add_field(self.tr("所属阶段"), self.stage, "stage")
        self.lead = QComboBox(self)
        self.lead.addItems(list(departments))
        self.add_field(self.tr("主办部门"), self.lead, "lead")
        self.assist = QListWidget(self)
        self.assist.setFixedHeight(90)
        for d in departments:
            item = QListWidgetItem(d, self.assist)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.add_field(self.tr("协办部门"), self.assist, "assist")
        self.due_on = QDateEdit(self)
        self.due_on.setCalendarPopup(True)
        self.due_on.setDisplayFormat("yyyy-MM-dd")
        self.due_on.setDate(QDate(today.year, today.month, today.day).addDays(30))
        self.add_field(self.tr("计划完成日期"), self.due_on, "due_on")
        self.ok_button.setText(self.tr("安排"))

    def make_call(self) -> Callable[[], Any] | None:
        name = self.require("name", self.name, self.tr("请填写节点名称。"))
        if name is None:
            return None
        assist = [self.assist.item(i).text() for i in range(self.assist.count())
                  if self.assist.item(i).checkState() == Qt.CheckState.Checked]
        q = self.due_on.date()
        u, number, stage, lead = self._user, self.info.number, self.stage.currentData(), self.lead.currentText()
        due_on = date(q.year(), q.month(), q.day())
        return lambda: u.add_milestone(number, name=name, lead=lead, assist=assist, stage=stage, due_on=due_on)


class CompleteMilestoneDialog(OpDialog):
    """完成节点: a note and the evidence (photos, documents)."""

    def __init__(self, parent: QWidget | None, user: ActingUser, m: MilestoneInfo) -> None:
        super().__init__(parent, self.tr("完成项目节点"))
        self._user, self.milestone = user, m
        self.set_header(self.tr("节点：%1（%2）").replace("%1", m.name).replace("%2", m.project_number))
        self.note = self.add_field(self.tr("完成情况"), _text(self, self.tr("如：施工图已通过审查")), "note")
        self.photos = self.add_field(self.tr("佐证材料"), _PhotosRow(self), "photos")
        self.ok_button.setText(self.tr("标记完成"))

    def make_call(self) -> Callable[[], Any] | None:
        note = self.require("note", self.note, self.tr("请填写完成情况。"))
        if note is None:
            return None
        u, mid, photos = self._user, self.milestone.id, list(self.photos.paths)
        return lambda: u.complete_milestone(mid, note=note, photos=photos)


class ProgressDialog(OpDialog):
    """记录进度: percent complete, a note, 形象进度 photos."""

    def __init__(self, parent: QWidget | None, user: ActingUser, info: LifecycleInfo) -> None:
        super().__init__(parent, self.tr("记录项目进度"))
        self._user, self.info = user, info
        self.set_header(_header(info))
        self.percent = QSpinBox(self)
        self.percent.setRange(0, 100)
        self.percent.setSuffix(" %")
        self.percent.setValue(info.percent)
        self.add_field(self.tr("完成百分比"), self.percent, "percent")
        self.note = self.add_field(self.tr("说明"), _text(self), "note")
        self.photos = self.add_field(self.tr("形象进度照片"), _PhotosRow(self), "photos")
        self.ok_button.setText(self.tr("记录"))

    def make_call(self) -> Callable[[], Any] | None:
        u, number, percent, note = self._user, self.info.number, self.percent.value(), self.note.toPlainText()
        photos = list(self.photos.paths)
        return lambda: u.record_progress(number, percent=percent, note=note, photos=photos)


class InspectionDialog(OpDialog):
    """质量安全巡查: who inspected, what was seen, photos, and a finding with its lead department and deadline."""

    def __init__(self, parent: QWidget | None, user: ActingUser, info: LifecycleInfo,
                 departments: Sequence[str]) -> None:
        super().__init__(parent, self.tr("质量安全巡查"))
        self._user, self.info = user, info
        self.set_header(_header(info) + "\n" + self.tr("发现的问题将作为整改节点：主办部门被召集，逾期未整改逐级督办。"))
        self.kind = QComboBox(self)
        for code, text in (("supervisor_firm", self.tr("监理")), ("staff", self.tr("街道工作人员")),
                           ("citizen_observer", self.tr("市民观察员"))):
            self.kind.addItem(text, code)
        self.add_field(self.tr("巡查人类别"), self.kind, "inspector_kind")
        self.inspector = self.add_field(self.tr("巡查人"), QLineEdit(self), "inspector")
        self.note = self.add_field(self.tr("巡查情况"), _text(self), "note")
        self.finding = self.add_field(self.tr("发现问题"), QLineEdit(self), "findings")
        self.finding.setPlaceholderText(self.tr("无问题则不填"))
        self.lead = QComboBox(self)
        self.lead.addItems(list(departments))
        self.add_field(self.tr("整改主办部门"), self.lead)
        self.days = QSpinBox(self)
        self.days.setRange(1, 60)
        self.days.setValue(3)
        self.days.setSuffix(self.tr(" 个工作日"))
        self.add_field(self.tr("整改期限"), self.days)
        self.photos = self.add_field(self.tr("现场照片"), _PhotosRow(self), "photos")
        self.ok_button.setText(self.tr("记录巡查"))

    def make_call(self) -> Callable[[], Any] | None:
        inspector = self.require("inspector", self.inspector, self.tr("请填写巡查人。"))
        if inspector is None:
            return None
        finding = self.finding.text().strip()
        findings = [{"name": finding, "lead": self.lead.currentText(), "within": f"{self.days.value()}wd"}] \
            if finding else []
        u, number, kind, note = self._user, self.info.number, self.kind.currentData(), self.note.toPlainText()
        photos = list(self.photos.paths)
        return lambda: u.record_inspection(number, inspector_kind=kind, inspector=inspector, note=note,
                                           findings=findings, photos=photos)


class LifecyclePanel(QGroupBox):
    """项目进展: the selected project's lifecycle and its actions (see the module doc)."""

    #: Something changed (a message for the status bar); the page reloads the project.
    changed = Signal(str)
    #: The lifecycle arrived (a LifecycleInfo, or None).
    loaded = Signal(object)

    def __init__(self, user: ActingUser, tz: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("项目进展"), parent)
        self.setObjectName("lifecycle")
        self.user, self.tz = user, tz
        self.info: LifecycleInfo | None = None
        self.dialog: OpDialog | None = None
        self._gen = 0
        self._departments: list[str] = []
        lay = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        row1, row2 = QHBoxLayout(), QHBoxLayout()
        self.advance_button = self._button(self.tr("推进阶段…"), self.start_advance, "advanceStage", "advance_project", row1)
        self.add_button = self._button(self.tr("安排节点…"), self.start_add, "addMilestone", "add_milestone", row1)
        self.ack_button = self._button(self.tr("报到"), self.acknowledge, "acknowledgeMilestone",
                                       "acknowledge_milestone", row1)
        self.done_button = self._button(self.tr("完成节点…"), self.start_complete, "completeMilestone",
                                        "complete_milestone", row1)
        self.progress_button = self._button(self.tr("记录进度…"), self.start_progress, "recordProgress",
                                            "record_progress", row2)
        self.inspect_button = self._button(self.tr("质量安全巡查…"), self.start_inspection, "recordInspection",
                                           "record_inspection", row2)
        row1.addStretch(1)
        row2.addStretch(1)
        lay.addLayout(row1)
        lay.addLayout(row2)
        self.model = MilestoneModel(tz, self)
        self.view = row_table(self, self.model, widths=(118, 40, 84, 92, 92))
        self.view.setMinimumHeight(150)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        # issue 16 §4: the milestones as a list, or as a timeline (planned against actual; ui/projects/timeline.py)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("milestoneTabs")
        self.tabs.addTab(self.view, self.tr("列表"))
        self.timeline = MilestoneTimeline(tz, self)
        self.tabs.addTab(self.timeline, self.tr("时间轴"))
        lay.addWidget(self.tabs)
        self.timeline.picked.connect(self._pick)
        self.view.selectionModel().selectionChanged.connect(
            lambda *_: self.timeline.set_selected(m.id if (m := self.selected()) is not None else None))
        self.entries = QLabel(self)
        self.entries.setWordWrap(True)
        self.entries.setStyleSheet(HINT_STYLE)
        lay.addWidget(self.entries)
        self.set_info(None)

    def _button(self, text: str, slot: Callable[[], Any], name: str, verb: str, row: QHBoxLayout) -> QPushButton:
        b = QPushButton(text, self)
        b.setObjectName(name)
        b.clicked.connect(lambda _c=False: slot())
        b.setVisible(role_may(verb, self.user.role))
        row.addWidget(b)
        return b

    # -- loading ------------------------------------------------------------------------------------------
    def load(self, number: str | None) -> None:
        self._gen += 1
        gen = self._gen
        if number is None:
            self.set_info(None)
            return
        u = self.user

        def fetch() -> tuple[LifecycleInfo, list[str], datetime]:
            depts = self._departments or [d.name for d in u.departments() if d.active]
            return u.project_lifecycle(number), depts, u.desk.now()

        Op(self, fetch).success(lambda r: self._arrived(gen, *r)) \
            .failure(lambda exc: self.summary.setText(describe_error(exc)) if gen == self._gen else None).run()

    def _arrived(self, gen: int, info: LifecycleInfo, departments: list[str], now: datetime) -> None:
        if gen != self._gen:
            return
        self._departments = departments
        self.model.now = now
        self.set_info(info)

    def set_info(self, info: LifecycleInfo | None) -> None:
        keep = self.selected().id if self.selected() is not None else None
        self.info = info
        self.setVisible(info is not None and rank(info.stage) >= 0)
        self.model.set_items(info.milestones if info is not None else ())
        self.timeline.set_milestones(info.milestones if info is not None else (), self.model.now)
        if info is None:
            self.update_buttons()
            self.loaded.emit(None)
            return
        stage = labels.label(labels.project_stages(), info.stage)
        text = self.tr("当前阶段：%1 · 完成 %2%").replace("%1", stage).replace("%2", str(info.percent))
        if info.blocking:
            text += "\n" + self.tr("本阶段还有 %1 个节点未完成，完成后才能推进。").replace("%1", str(len(info.blocking)))
        self.summary.setText(text)
        self.entries.setText(self._entries_text(info))
        if keep is not None:
            row = next((r for r, m in enumerate(info.milestones) if m.id == keep), None)
            if row is not None:
                self.view.selectRow(row)
        self.update_buttons()
        self.loaded.emit(info)

    def _entries_text(self, info: LifecycleInfo) -> str:
        kinds = {"progress": self.tr("进度"), "log": self.tr("施工日志"), "inspection": self.tr("巡查")}
        lines = []
        for e in info.entries[:5]:
            what = kinds[e.kind] + (f" {e.percent}%" if e.percent is not None else "")
            if e.inspector:
                what = self.tr("%1（%2）").replace("%1", what).replace("%2", e.inspector)
            files = self.tr("，照片 %1 张").replace("%1", str(len(e.files))) if e.files else ""
            lines.append(self.tr("%1 %2：%3%4").replace("%1", e.on.isoformat()).replace("%2", what)
                         .replace("%3", e.note).replace("%4", files))
        return "\n".join(lines) or self.tr("尚无进度、日志或巡查记录。")

    def _pick(self, milestone_id: int) -> None:
        """A row of the timeline was clicked: select its milestone (the buttons follow)."""
        row = next((r for r in range(self.model.rowCount()) if self.model.item(r).id == milestone_id), None)
        if row is not None:
            self.view.selectRow(row)

    def selected(self) -> MilestoneInfo | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return self.model.item(rows[0].row()) if rows else None

    # -- enabled state ----------------------------------------------------------------------------------------
    def update_buttons(self) -> None:
        info, m = self.info, self.selected()
        live = info is not None and rank(info.stage) >= 0
        self.advance_button.setEnabled(live and info.next_stage is not None and not info.blocking)
        if live and info.next_stage:
            self.advance_button.setText(self.tr("推进到%1…").replace(
                "%1", labels.label(labels.project_stages(), info.next_stage)))
            self.advance_button.setToolTip(self.tr("本阶段的节点全部完成后才能推进") if info.blocking else "")
        self.add_button.setEnabled(live)
        self.progress_button.setEnabled(live and rank(info.stage) >= 1)
        self.inspect_button.setEnabled(live and rank(info.stage) >= 1)
        open_m = live and m is not None and m.done_at is None
        mine = self.user.info.department
        self.ack_button.setEnabled(open_m and any(s.department == mine and s.acknowledged_at is None
                                                  for s in m.summons))
        may_done = open_m and rank(m.stage) <= rank(info.stage)
        if self.user.role == "responder":
            may_done = may_done and m.lead_department == mine
        self.done_button.setEnabled(bool(may_done))

    # -- acting --------------------------------------------------------------------------------------------------
    def _open(self, dlg: OpDialog, message: str) -> OpDialog:
        dlg.succeeded.connect(lambda _r: self._done(message))
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dlg
        dlg.open()
        return dlg

    def _done(self, message: str) -> None:
        self.changed.emit(message.replace("%1", self.info.number if self.info else ""))
        self.load(self.info.number if self.info else None)

    def start_advance(self) -> OpDialog | None:
        if self.info is None or not self.advance_button.isEnabled():
            return None
        return self._open(AdvanceStageDialog(self, self.user, self.info), self.tr("项目 %1 已推进到下一阶段"))

    def start_add(self) -> OpDialog | None:
        if self.info is None:
            return None
        today = self.model.now.astimezone(self.tz).date() if self.model.now else date.today()
        return self._open(AddMilestoneDialog(self, self.user, self.info, self._departments, today),
                          self.tr("已为项目 %1 安排节点"))

    def start_complete(self) -> OpDialog | None:
        m = self.selected()
        if m is None or not self.done_button.isEnabled():
            return None
        return self._open(CompleteMilestoneDialog(self, self.user, m), self.tr("项目 %1 的节点已完成"))

    def start_progress(self) -> OpDialog | None:
        if self.info is None:
            return None
        return self._open(ProgressDialog(self, self.user, self.info), self.tr("已记录项目 %1 的进度"))

    def start_inspection(self) -> OpDialog | None:
        if self.info is None:
            return None
        return self._open(InspectionDialog(self, self.user, self.info, self._departments),
                          self.tr("已记录项目 %1 的质量安全巡查"))

    def acknowledge(self) -> None:
        m = self.selected()
        if m is None or not self.ack_button.isEnabled():
            return
        u, mid = self.user, m.id
        Op(self, lambda: u.acknowledge_milestone(mid)).success(lambda _m: self._done(self.tr("已为节点报到"))) \
            .failure(lambda exc: self.changed.emit(describe_error(exc))).run()


__all__ = ["AddMilestoneDialog", "AdvanceStageDialog", "CompleteMilestoneDialog", "InspectionDialog",
           "LifecyclePanel", "MilestoneModel", "ProgressDialog"]
