"""项目节点: a department's responder sees the project milestones their department is summoned to, reports in
(报到) and marks done the ones it leads (issue 16 §2). The office works milestones in 项目库's 项目进展 panel; a
responder does not see 项目库 (no residents' data, no candidates), so this page is their door.

The page reads ``ActingUser.my_milestones()`` (open ones, or all with 显示已完成) and acts through the same
verbs and dialog as the panel: ``acknowledge_milestone`` and :class:`~ui.projects.lifecycle.CompleteMilestoneDialog`.
"""
from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk import ActingUser
from desk.projects.lifecycle.dto import MilestoneInfo
from ui.common.ops import Op, describe_error
from ui.common.widgets import HINT_STYLE, TITLE_SCALE, bold_label, row_table
from ui.projects.lifecycle import CompleteMilestoneDialog, MilestoneModel

translate = QCoreApplication.translate


class SummonsModel(MilestoneModel):
    """The milestones with their project first: 项目, then the panel's columns."""

    def __init__(self, tz: tzinfo, parent: QObject | None = None) -> None:
        super().__init__(tz, parent)
        self.department = ""

    def headers(self) -> list[str]:
        return [translate("projects", "项目")] + super().headers()

    def cell(self, m: MilestoneInfo, column: int) -> str:
        if column == 0:
            return f"{m.project_number} {m.project_name}"
        return super().cell(m, column - 1)

    def foreground(self, m: MilestoneInfo, column: int):
        return super().foreground(m, column - 1) if column else None

    def waiting(self, m: MilestoneInfo) -> bool:
        """The department still owes its 报到."""
        return m.done_at is None and any(s.department == self.department and s.acknowledged_at is None
                                         for s in m.summons)


class SummonsPage(QWidget):
    """The responder's 项目节点 page (see the module doc)."""

    status = Signal(str)

    def __init__(self, user: ActingUser, tz: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summonsPage")
        self.user, self.tz = user, tz
        self.loading = False
        self.dialog: CompleteMilestoneDialog | None = None
        self._gen = 0
        lay = QVBoxLayout(self)
        lay.addWidget(bold_label(QLabel(self.tr("项目节点"), self), TITLE_SCALE))
        self.hint = QLabel(self.tr("本部门被召集参加的民生工程项目节点：先报到，再按计划完成。主办节点完成时可附照片或文件。"), self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        lay.addWidget(self.hint)
        row = QHBoxLayout()
        self.ack_button = QPushButton(self.tr("报到"), self)
        self.ack_button.setObjectName("acknowledgeMilestone")
        self.ack_button.clicked.connect(lambda _c=False: self.acknowledge())
        self.done_button = QPushButton(self.tr("完成节点…"), self)
        self.done_button.setObjectName("completeMilestone")
        self.done_button.clicked.connect(lambda _c=False: self.start_complete())
        self.show_done = QCheckBox(self.tr("显示已完成"), self)
        self.show_done.toggled.connect(lambda _on: self.reload())
        for w in (self.ack_button, self.done_button, self.show_done):
            row.addWidget(w)
        row.addStretch(1)
        lay.addLayout(row)
        self.model = SummonsModel(tz, self)
        self.model.department = user.info.department or ""
        self.view = row_table(self, self.model, widths=(300, 170, 50, 220, 130, 130))
        self.view.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        self.view.doubleClicked.connect(lambda _i: self.start_complete())
        lay.addWidget(self.view, 1)
        self.empty = QLabel(self.tr("本部门暂无待办的项目节点。"), self)
        self.empty.setStyleSheet(HINT_STYLE)
        lay.addWidget(self.empty)
        self.empty.hide()
        self.update_buttons()

    # -- loading ------------------------------------------------------------------------------------------
    def reload(self) -> None:
        self._gen += 1
        gen, u, all_ = self._gen, self.user, self.show_done.isChecked()
        self.loading = True

        def fetch() -> tuple[list[MilestoneInfo], datetime]:
            return u.my_milestones(include_done=all_), u.desk.now()

        def failed(exc: BaseException) -> None:
            if gen == self._gen:
                self.loading = False
                self.status.emit(describe_error(exc))

        Op(self, fetch).success(lambda r: self._arrived(gen, *r)).failure(failed).run()

    def _arrived(self, gen: int, items: list[MilestoneInfo], now: datetime) -> None:
        if gen != self._gen:
            return
        keep = self.selected().id if self.selected() is not None else None
        self.model.now = now
        self.model.set_items(sorted(items, key=lambda m: (m.done_at is not None, m.due)))
        self.empty.setVisible(not items)
        row = next((r for r, m in enumerate(self.model.items()) if m.id == keep), None)
        if row is not None:
            self.view.selectRow(row)
        self.loading = False
        self.update_buttons()

    def selected(self) -> MilestoneInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.item(rows[0].row()) if rows else None

    def update_buttons(self) -> None:
        m = self.selected()
        self.ack_button.setEnabled(m is not None and self.model.waiting(m))
        lead = m is not None and m.done_at is None and m.lead_department == self.model.department
        self.done_button.setEnabled(lead)
        self.done_button.setToolTip(self.tr("只有主办部门可以完成节点")
                                    if m is not None and not lead and m.done_at is None else "")

    # -- acting -----------------------------------------------------------------------------------------
    def _done(self, message: str) -> None:
        self.status.emit(message)
        self.reload()

    def acknowledge(self) -> None:
        m = self.selected()
        if m is None or not self.ack_button.isEnabled():
            return
        u, mid, name = self.user, m.id, m.name
        self.ack_button.setEnabled(False)
        Op(self, lambda: u.acknowledge_milestone(mid)) \
            .success(lambda _m: self._done(self.tr("已为节点“%1”报到").replace("%1", name))) \
            .failure(lambda exc: (self.status.emit(describe_error(exc)), self.update_buttons())).run()

    def start_complete(self) -> CompleteMilestoneDialog | None:
        m = self.selected()
        if m is None or not self.done_button.isEnabled():
            return None
        dlg = CompleteMilestoneDialog(self, self.user, m)
        dlg.succeeded.connect(lambda _r, name=m.name: self._done(self.tr("节点“%1”已完成").replace("%1", name)))
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dlg
        dlg.open()
        return dlg
