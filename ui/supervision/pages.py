"""Supervisor pages shown in the main window's centre: the escalation queues (催办 / 督办 / 通报) and the
approval queue (审批). Each loads through an op, acts through a dialog, and says ``changed`` afterwards so
that the window refreshes everything."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from desk import ActingUser
from desk.dto import DepartmentInfo, EscalationInfo, RequestInfo
from ui.common import labels
from ui.common.opdialog import OpDialog
from ui.common.ops import Op, describe_error
from ui.common.widgets import TITLE_SCALE, bold_label, row_table
from ui.tickets.badges import DeadlineClock
from ui.tickets.dialogs import DecideRequestDialog, EscalationDialog
from ui.tickets.models import EscalationModel, RequestModel, _ListModel

translate = QCoreApplication.translate


def _table(parent: QWidget, model: _ListModel, widths: Sequence[int]) -> QTableView:
    v = row_table(parent, model, widths=widths)
    v.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the core's order until clicked
    v.setSortingEnabled(True)
    return v


class _Page(QWidget):
    """Heading, a row of buttons, a table; actions through dialogs.

    The buttons and the detail pane follow the **selection**, whatever made it: a click, the keyboard, a
    refresh. When a refresh takes the selected row away (it was handled), the row now in its place is
    selected; with nothing selected, no button acts."""

    #: The selected row's ticket number and dispatch id, or ("", 0) when nothing is selected (the window
    #: shows it in the detail pane).
    ticket_selected = Signal(str, int)
    #: An action went through: everything should refresh. The argument is a status message.
    changed = Signal(str)
    #: Rows arrived.
    loaded = Signal()
    #: A message for the status bar (load errors).
    status = Signal(str)

    def __init__(self, title: str, explanation: str, model: _ListModel, widths: Sequence[int],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.dialog: OpDialog | None = None
        self._gen = 0
        self.loading = False
        self._last_row: int | None = None
        #: The highlighted item was just handled here: the next list highlights the row in its place (the next
        #: one to handle), even if the handled item is still listed further down.
        self._advance = False
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.heading = bold_label(QLabel(title, self), TITLE_SCALE)
        lay.addWidget(self.heading)
        self.explanation = QLabel(explanation, self)
        self.explanation.setWordWrap(True)
        self.explanation.setStyleSheet("color: #666;")
        lay.addWidget(self.explanation)
        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(0, 2, 0, 2)
        lay.addLayout(self.buttons)
        self.view = _table(self, model, widths)
        lay.addWidget(self.view)
        self.empty = QLabel(self)
        self.empty.setStyleSheet("color: #888;")
        self.empty.hide()
        lay.addWidget(self.empty)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())

    def add_button(self, text: str, tip: str, slot: Callable[[], Any]) -> QPushButton:
        b = QPushButton(text, self)
        b.setToolTip(tip)
        b.clicked.connect(lambda _checked=False: slot())
        self.buttons.addWidget(b)
        return b

    # -- loading --------------------------------------------------------------------------------
    def fetch(self) -> Callable[[], list[Any]]:
        raise NotImplementedError

    def key(self, item: Any) -> Any:
        return item.id

    def empty_text(self) -> str:
        return ""

    def reload(self) -> None:
        self._gen += 1
        gen = self._gen
        self.loading = True
        Op(self, self.fetch()).success(lambda items: self._arrived(gen, items)) \
            .failure(lambda exc: self._failed(gen, exc)).run()

    def _arrived(self, gen: int, items: list[Any]) -> None:
        if gen != self._gen:
            return
        self.loading = False
        keep = self.current()
        keep_key = self.key(keep) if keep is not None else None
        keep_row = self._last_row if keep is not None else None
        advance, self._advance = self._advance, False
        self.model.set_items(items)  # (a reset clears the selection without a signal)
        self.empty.setText(self.empty_text())
        self.empty.setVisible(not items)
        row = None
        if keep_key is not None:
            row = None if advance else next((r for r, it in enumerate(self.model.items())
                                             if self.key(it) == keep_key), None)
            if row is None and items:  # it was handled (and left, or moved down): the row now in its place
                row = min(keep_row if keep_row is not None else 0, len(items) - 1)
        if row is not None:
            self.select_row(row)
        else:
            self._selection_changed()
        self.loaded.emit()

    def _failed(self, gen: int, exc: BaseException) -> None:
        if gen != self._gen:
            return
        self.loading = False
        self.status.emit(describe_error(exc))

    # -- selection ------------------------------------------------------------------------------
    def current_row(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def current(self) -> Any:
        """The selected (highlighted) item, or None."""
        row = self.current_row()
        return self.model.item(row) if row is not None else None

    def select_row(self, row: int) -> None:
        sm = self.view.selectionModel()
        index = self.model.index(row, 0)
        sm.setCurrentIndex(index, sm.SelectionFlag.ClearAndSelect | sm.SelectionFlag.Rows)
        self.view.scrollTo(index)

    def _selection_changed(self) -> None:
        row = self.current_row()
        if row is not None:
            self._last_row = row
        item = self.current()
        self.update_buttons()
        ticket = item is not None and not getattr(item, "is_milestone", False)  # (a project milestone: no ticket)
        self.ticket_selected.emit(item.ticket_number if ticket else "", item.dispatch_id if ticket else 0)

    def update_buttons(self) -> None:
        raise NotImplementedError

    def _handled(self, message: str) -> None:
        self._advance = True
        self.changed.emit(message)

    def _open(self, dlg: OpDialog, message: Callable[[Any], str]) -> OpDialog:
        dlg.succeeded.connect(lambda result: self._handled(message(result)))
        # someone else handled it first: the dialog shows the core's message; the queue and the detail reload
        dlg.conflict.connect(lambda text: self.changed.emit(text))
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dlg
        dlg.open()
        return dlg


class EscalationPage(_Page):
    """One level of the escalation ladder: 催办 (1), 督办 (2) or 通报 (3)."""

    def __init__(self, user: ActingUser, level: int, tz: tzinfo, parent: QWidget | None = None, *,
                 departments: Callable[[], list[DepartmentInfo]] = list, clock: DeadlineClock | None = None) -> None:
        name = labels.label(labels.escalation_levels(), level)
        explanations = {
            1: translate("EscalationPage", "已到期仍未完成的环节。可以催办、延期或改派；部门完成该环节后自动关闭。"),
            2: translate("EscalationPage", "到期超过督办时限仍未完成的环节，需要督办员跟进。"),
            3: translate("EscalationPage", "到期超过通报时限仍未完成的环节；确认后列入周报的通报名单。"),
        }
        super().__init__(translate("EscalationPage", "%1队列").replace("%1", name), explanations[level],
                         EscalationModel(tz, clock=clock),
                         (100, 130, 84, 60, 76, 124, 180, 124, 40, 60, 124), parent)
        self.model.setParent(self)
        self.user = user
        self.level = level
        self.tz = tz
        self._departments = departments
        self._clock = clock
        self.urge_button = self.add_button(self.tr("催办"), self.tr("登记催办（须填写说明）"), lambda: self.start("urge"))
        self.extend_button = self.add_button(self.tr("延期"), self.tr("给超时环节一个新的期限"), lambda: self.start("extend"))
        self.reassign_button = self.add_button(self.tr("改派"), self.tr("撤回原部门的派单，改派给另一个部门"),
                                               lambda: self.start("reassign"))
        self.confirm_button = self.add_button(self.tr("确认通报"), self.tr("确认列入通报"), lambda: self.start("confirm"))
        self.confirm_button.setVisible(level == 3)
        self.buttons.addStretch(1)
        self.include_closed = QCheckBox(self.tr("显示已关闭的"), self)
        self.include_closed.toggled.connect(lambda _on: self.reload())
        self.buttons.addWidget(self.include_closed)
        self.refresh_button = self.add_button(self.tr("刷新"), self.tr("重新读取该队列"), self.reload)
        self.update_buttons()

    def fetch(self) -> Callable[[], list[EscalationInfo]]:
        u, level, closed = self.user, self.level, self.include_closed.isChecked()
        return lambda: u.escalations(level, include_closed=closed)

    def empty_text(self) -> str:
        return self.tr("当前没有%1事项。").replace("%1", labels.label(labels.escalation_levels(), self.level))

    def update_buttons(self) -> None:
        e: EscalationInfo | None = self.current()
        open_ = e is not None and e.closed_at is None
        departments = open_ and bool(e.dispatch_id)  # the office's own 核实/回访 is urged, not extended or reassigned
        milestone = open_ and e.is_milestone  # issue 16: a project milestone's step is extended, never reassigned
        self.urge_button.setEnabled(open_)
        self.extend_button.setEnabled(departments or milestone)
        self.reassign_button.setEnabled(departments)
        self.confirm_button.setEnabled(open_ and self.level == 3 and e is not None and e.handling != "confirm")

    def start(self, action: str) -> EscalationDialog | None:
        e: EscalationInfo | None = self.current()
        if e is None or e.closed_at is not None:
            return None
        if action == "confirm" and self.level != 3 or action == "reassign" and not e.dispatch_id \
                or action == "extend" and not (e.dispatch_id or e.is_milestone):
            return None
        depts = self._departments() if action == "reassign" else []
        now = self._clock.now if self._clock is not None else None
        dlg = EscalationDialog(self, self.user, e, action, self.tz, depts, now=now,
                               cal=self._clock.cal if self._clock is not None else None)
        messages = {
            "urge": self.tr("工单 %1：已催办%2"), "extend": self.tr("工单 %1：已为%2延期"),
            "reassign": self.tr("工单 %1：已将%2的派单改派"), "confirm": self.tr("工单 %1：已确认通报%2"),
        }
        msg = messages[action].replace("%1", e.ticket_number).replace("%2", e.department)
        self._open(dlg, lambda _result: msg)
        return dlg


class ApprovalPage(_Page):
    """The supervisor's approval queue: extensions, suspensions and returns waiting for a decision."""

    def __init__(self, user: ActingUser, tz: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(translate("ApprovalPage", "审批队列"),
                         translate("ApprovalPage", "部门提交的延期、挂起和退单申请。同意或驳回（驳回须说明理由）。"),
                         RequestModel(tz), (48, 100, 84, 180, 124, 124, 124, 110, 150), parent)
        self.model.setParent(self)
        self.user = user
        self.tz = tz
        self.approve_button = self.add_button(self.tr("同意"), self.tr("同意所选申请"), lambda: self.start(True))
        self.reject_button = self.add_button(self.tr("驳回"), self.tr("驳回所选申请（须说明理由）"),
                                             lambda: self.start(False))
        self.buttons.addStretch(1)
        self.refresh_button = self.add_button(self.tr("刷新"), self.tr("重新读取审批队列"), self.reload)
        self.update_buttons()

    def fetch(self) -> Callable[[], list[RequestInfo]]:
        return self.user.approvals

    def key(self, item: Any) -> Any:
        return (item.kind, item.id)

    def empty_text(self) -> str:
        return self.tr("当前没有待审批的申请。")

    def update_buttons(self) -> None:
        ok = self.current() is not None
        self.approve_button.setEnabled(ok)
        self.reject_button.setEnabled(ok)

    def start(self, approve: bool) -> DecideRequestDialog | None:
        r: RequestInfo | None = self.current()
        if r is None:
            return None
        dlg = DecideRequestDialog(self, self.user, r, self.tz, approve=approve)
        kind = labels.label(labels.request_kinds(), r.kind)

        def message(_result: Any) -> str:
            text = self.tr("工单 %1：已同意%2的%3申请") if dlg.approve.isChecked() else self.tr("工单 %1：已驳回%2的%3申请")
            return text.replace("%1", r.ticket_number).replace("%2", r.department).replace("%3", kind)

        self._open(dlg, message)
        return dlg
