"""资金与验收: a project's records beside its detail (issue 16 §2), one tab of the project detail.

* 资金: budget, contract amount, approved design changes, the contract total and what was paid (with the share),
  the payments and the design changes; 登记预算与合同…, 登记拨付…, 登记设计变更… and 审批变更… (supervisors, on the
  pending change selected);
* 参建单位: the contractor and the supervisor with their contacts; 登记参建单位…;
* 验收: the survey's questions with their tallies and satisfaction, the answers recorded, the result, the residents
  called back; 录入测评答卷…, 登记验收结果… (while the project is in the acceptance stage);
* 回头看: the revisits due and done, the fix's state; 登记回头看….

Everything is read and written through ops, never on the GUI thread.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date, tzinfo
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk import ActingUser
from desk.permissions import role_may
from desk.projects.dto import ProjectInfo
from desk.projects.records.dto import ChangeInfo, ContractorBoard, PaymentInfo, ProjectRecordInfo, QuestionTally, RevisitInfo
from ui.common import labels
from ui.common.opdialog import OpDialog
from ui.common.ops import Op, describe_error
from ui.common.widgets import HINT_STYLE, row_table
from ui.projects.detail import fit_rows
from ui.projects.models import _Model
from ui.projects.records_dialogs import (
    AcceptanceDialog,
    ChangeDialog,
    DecideChangeDialog,
    MoneyDialog,
    PartiesDialog,
    PaymentDialog,
    ProjectCallbackDialog,
    RevisitDialog,
    SurveyResponseDialog,
    answer_labels,
    money,
)

translate = QCoreApplication.translate
#: The stages whose project keeps records (on a yearly list, not cancelled): desk.projects.records.service.RECORDED.
RECORDED = frozenset({"listed", "initiated", "tendering", "construction", "acceptance", "operation"})
_GREEN, _RED, _GREY = QColor(23, 97, 43), QColor(192, 57, 43), QColor(130, 130, 130)


def change_states() -> dict[str, str]:
    return {"pending": translate("projects", "待审批"), "approved": translate("projects", "已批准"),
            "rejected": translate("projects", "未批准")}


def fix_states() -> dict[str, str]:
    return {"none": translate("projects", "无需整改"), "reopened": translate("projects", "整改中（回头看发现问题）"),
            "fixed": translate("projects", "已整改")}


# -- tables ---------------------------------------------------------------------------------------------------
class PaymentModel(_Model):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(None, parent)  # type: ignore[arg-type]

    def headers(self) -> list[str]:
        return [translate("projects", "拨付日期"), translate("projects", "金额"), translate("projects", "说明"),
                translate("projects", "登记人")]

    def key(self, item: PaymentInfo) -> int:
        return item.id

    def cell(self, p: PaymentInfo, column: int) -> str:
        return (p.paid_on.isoformat(), money(p.amount_fen), p.note, p.recorded_by)[column]


class ChangeModel(_Model):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(None, parent)  # type: ignore[arg-type]
        self._states = change_states()

    def headers(self) -> list[str]:
        return [translate("projects", "变更金额"), translate("projects", "理由"), translate("projects", "状态"),
                translate("projects", "提出人"), translate("projects", "审批人")]

    def key(self, item: ChangeInfo) -> int:
        return item.id

    def cell(self, c: ChangeInfo, column: int) -> str:
        return (money(c.amount_fen), c.reason, labels.label(self._states, c.state), c.requested_by,
                c.decided_by or "")[column]

    def foreground(self, c: ChangeInfo, column: int) -> QColor | None:
        if column == 2:
            return {"approved": _GREEN, "rejected": _GREY}.get(c.state)
        return None


class TallyModel(_Model):
    """The survey's questions and how many gave each answer."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(None, parent)  # type: ignore[arg-type]
        self._answers = answer_labels()

    def headers(self) -> list[str]:
        return [translate("projects", "题目"), translate("projects", "答案统计")]

    def key(self, item: QuestionTally) -> int:
        return item.position

    def cell(self, q: QuestionTally, column: int) -> str:
        if column == 0:
            return translate("projects", "%1. %2").replace("%1", str(q.position)).replace("%2", q.text)
        names = self._answers.get(q.kind, {})
        return translate("projects", " · ").join(f"{names.get(k, k)} {n}" for k, n in q.counts.items())


class RevisitModel(_Model):
    def __init__(self, tz: tzinfo, parent: QObject | None = None) -> None:
        super().__init__(None, parent)  # type: ignore[arg-type]
        self._tz = tz

    def headers(self) -> list[str]:
        return [translate("projects", "应回头看"), translate("projects", "完成"), translate("projects", "发现的问题"),
                translate("projects", "需重新整改")]

    def key(self, item: RevisitInfo) -> int:
        return item.id

    def cell(self, r: RevisitInfo, column: int) -> str:
        done = (labels.fmt_time(r.done_at, self._tz) + (f" {r.done_by}" if r.done_by else "")) if r.done_at else \
            translate("projects", "待进行")
        reopened = labels.yes_no(r.reopened) if r.done_at else ""
        return (r.due_on.isoformat(), done, r.findings, reopened)[column]

    def foreground(self, r: RevisitInfo, column: int) -> QColor | None:
        if column == 3 and r.reopened:
            return _RED
        return None


# -- the panel -----------------------------------------------------------------------------------------------------
class ProjectRecordsPanel(QScrollArea):
    """The records of the project the detail shows (:meth:`show_project`), and the buttons that add to them."""

    #: A dialog went through: the message for the status bar (the project changed: its detail is read again).
    changed = Signal(str)
    #: The record arrived (a ProjectRecordInfo, or None).
    loaded = Signal(object)

    def __init__(self, user: ActingUser, tz: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("projectRecords")
        self.user = user
        self.tz = tz
        self.record: ProjectRecordInfo | None = None
        self.board: ContractorBoard | None = None
        self.number: str | None = None
        self.today: date | None = None
        self.dialog: OpDialog | None = None
        self.loading = False
        self._gen = 0
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self)
        self.setWidget(body)
        lay = QVBoxLayout(body)
        lay.setContentsMargins(8, 6, 8, 6)
        self.hint = QLabel(body)
        self.hint.setStyleSheet(HINT_STYLE)
        self.hint.setWordWrap(True)
        lay.addWidget(self.hint)

        # 资金
        self.money_box = QGroupBox(self.tr("资金"), body)
        m = QVBoxLayout(self.money_box)
        form = QFormLayout()
        self.figures: dict[str, QLabel] = {}
        for key, caption in (("budget", self.tr("预算")), ("contract", self.tr("合同金额")),
                             ("changes", self.tr("已批准设计变更")), ("total", self.tr("合同总额")),
                             ("paid", self.tr("已拨付"))):
            value = QLabel(self.money_box)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(caption, value)
            self.figures[key] = value
        m.addLayout(form)
        self.money_button = self._button(self.tr("登记预算与合同…"), self.start_money, "recordMoney")
        self.pay_button = self._button(self.tr("登记拨付…"), self.start_payment, "recordPayment")
        self.change_button = self._button(self.tr("登记设计变更…"), self.start_change, "recordChange")
        self.decide_button = self._button(self.tr("审批变更…"), self.start_decide, "decideChange")
        self.decide_button.setVisible(role_may("decide_project_change", user.role))
        m.addLayout(self._row(self.money_button, self.pay_button, self.change_button, self.decide_button))
        self.payments_heading = self._caption(self.tr("拨付记录"), m)
        self.payment_model = PaymentModel(self)
        self.payments = self._table(self.payment_model, 2, m)
        self.changes_heading = self._caption(self.tr("设计变更（选中待审批的一项后可审批）"), m)
        self.change_model = ChangeModel(self)
        self.changes = self._table(self.change_model, 1, m, select=True)
        self.changes.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        lay.addWidget(self.money_box)

        # 参建单位
        self.parties_box = QGroupBox(self.tr("参建单位"), body)
        p = QVBoxLayout(self.parties_box)
        pform = QFormLayout()
        self.builder = QLabel(self.parties_box)
        self.supervisor = QLabel(self.parties_box)
        for w in (self.builder, self.supervisor):
            w.setWordWrap(True)
            w.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        pform.addRow(self.tr("施工单位"), self.builder)
        pform.addRow(self.tr("监理单位"), self.supervisor)
        #: The contractor's line of the 红黑榜 (desk/projects/records/board.py), its definition as the tooltip.
        self.marks = QLabel(self.parties_box)
        self.marks.setWordWrap(True)
        self.marks.setObjectName("contractorMarks")
        pform.addRow(self.tr("红黑榜"), self.marks)
        self._parties_form = pform
        p.addLayout(pform)
        self.parties_button = self._button(self.tr("登记参建单位…"), self.start_parties, "recordParties")
        p.addLayout(self._row(self.parties_button))
        lay.addWidget(self.parties_box)

        # 验收
        self.acceptance_box = QGroupBox(self.tr("验收"), body)
        a = QVBoxLayout(self.acceptance_box)
        self.result = QLabel(self.acceptance_box)
        self.result.setWordWrap(True)
        f = self.result.font()
        f.setBold(True)
        self.result.setFont(f)
        a.addWidget(self.result)
        self.survey_summary = QLabel(self.acceptance_box)
        self.survey_summary.setWordWrap(True)
        a.addWidget(self.survey_summary)
        self.tally_model = TallyModel(self)
        self.tallies = self._table(self.tally_model, 0, a)
        self.callbacks = QLabel(self.acceptance_box)
        self.callbacks.setWordWrap(True)
        a.addWidget(self.callbacks)
        self.survey_button = self._button(self.tr("录入测评答卷…"), self.start_survey, "recordSurvey")
        self.accept_button = self._button(self.tr("登记验收结果…"), self.start_acceptance, "recordAcceptance")
        self.callback_button = self._button(self.tr("回访居民…"), self.start_callback, "recordCallback")
        a.addLayout(self._row(self.survey_button, self.accept_button, self.callback_button))
        lay.addWidget(self.acceptance_box)

        # 回头看
        self.revisit_box = QGroupBox(self.tr("回头看"), body)
        r = QVBoxLayout(self.revisit_box)
        self.fix = QLabel(self.revisit_box)
        self.fix.setWordWrap(True)
        r.addWidget(self.fix)
        self.revisit_model = RevisitModel(tz, self)
        self.revisits = self._table(self.revisit_model, 2, r)
        self.revisit_button = self._button(self.tr("登记回头看…"), self.start_revisit, "recordRevisit")
        r.addLayout(self._row(self.revisit_button))
        lay.addWidget(self.revisit_box)
        lay.addStretch(1)
        self._show(None)

    # -- building -------------------------------------------------------------------------------------------
    def _button(self, text: str, slot: Callable[[], Any], name: str) -> QPushButton:
        b = QPushButton(text, self)
        b.setObjectName(name)
        b.clicked.connect(lambda _checked=False: slot())
        return b

    def _row(self, *buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        for b in buttons:
            row.addWidget(b)
        row.addStretch(1)
        return row

    def _caption(self, text: str, lay: QVBoxLayout) -> QLabel:
        label = QLabel(text, self)
        label.setStyleSheet(HINT_STYLE)
        lay.addWidget(label)
        return label

    def _table(self, model: Any, stretch: int, lay: QVBoxLayout, *, select: bool = False) -> QTableView:
        v = row_table(self, model, stretch_last=False)
        v.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if not select:
            v.setSelectionMode(QTableView.SelectionMode.NoSelection)
            v.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = v.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        lay.addWidget(v)
        return v

    # -- loading ------------------------------------------------------------------------------------------------
    def show_project(self, p: ProjectInfo | None) -> None:
        """The detail shows ``p`` (None: none): read its records."""
        self.number = p.number if p is not None else None
        self.reload()

    def reload(self) -> None:
        self._gen += 1
        gen, number, u = self._gen, self.number, self.user
        if number is None:
            self.loading = False
            self._show(None)
            return
        self.loading = True

        def fetch() -> tuple[ProjectRecordInfo, date, ContractorBoard | None]:
            record = u.project_record(number)
            board = u.contractor_board() if record.builder is not None else None
            return record, u.desk.now().astimezone(self.tz).date(), board

        Op(self, fetch).success(lambda r: self._arrived(gen, *r)).failure(lambda exc: self._failed(gen, exc)).run()

    def _arrived(self, gen: int, record: ProjectRecordInfo, today: date, board: ContractorBoard | None) -> None:
        if gen != self._gen:
            return
        self.loading = False
        self.today = today
        self.board = board
        self._show(record)
        self.loaded.emit(record)

    def _failed(self, gen: int, exc: BaseException) -> None:
        if gen == self._gen:
            self.loading = False
            self.hint.setText(describe_error(exc))
            self.hint.show()

    def _show(self, r: ProjectRecordInfo | None) -> None:
        self.record = r
        for box in (self.money_box, self.parties_box, self.acceptance_box, self.revisit_box):
            box.setVisible(r is not None and r.stage in RECORDED)
        if r is None:
            self.hint.setText(self.tr("请在左侧列表中选择一个项目"))
            self.hint.show()
            self.update_buttons()
            return
        if r.stage not in RECORDED:
            self.hint.setText(self.tr("储备项目列入年度清单后，才能登记资金、参建单位、验收和回头看。")
                              if r.stage == "candidate" else self.tr("项目已取消。"))
            self.hint.show()
            self.update_buttons()
            return
        self.hint.hide()
        self.figures["budget"].setText(money(r.budget_fen) if r.budget_fen else self.tr("未登记"))
        self.figures["contract"].setText(money(r.contract_fen) if r.contract_fen else self.tr("未签订"))
        pending = sum(1 for c in r.changes if c.state == "pending")
        self.figures["changes"].setText(money(r.approved_changes_fen) + (
            self.tr("（另有 %1 项待审批）").replace("%1", str(pending)) if pending else ""))
        self.figures["total"].setText(money(r.contract_total_fen))
        share = f"{r.paid_fen / r.contract_total_fen:.0%}" if r.contract_total_fen else "—"
        self.figures["paid"].setText(self.tr("%1（占合同总额 %2）").replace("%1", money(r.paid_fen))
                                     .replace("%2", share))
        self.payment_model.set_items(r.payments)
        self.payments.setVisible(bool(r.payments))
        self.payments_heading.setVisible(bool(r.payments))
        fit_rows(self.payments, len(r.payments), at_most=8)
        self.change_model.set_items(r.changes)
        self.changes.setVisible(bool(r.changes))
        self.changes_heading.setVisible(bool(r.changes))
        fit_rows(self.changes, len(r.changes), at_most=6)

        def party(x: Any) -> str:
            if x is None:
                return self.tr("未登记")
            extra = self.tr(" · ").join(v for v in (x.contact, x.phone) if v)
            return x.name + (self.tr("（%1）").replace("%1", extra) if extra else "")

        self.builder.setText(party(r.builder))
        self.supervisor.setText(party(r.supervisor))
        self._show_marks(r)

        results = {"passed": self.tr("验收合格（%1）"), "failed": self.tr("验收不合格（%1）：%2")}
        if r.acceptance is None:
            self.result.setText(self.tr("尚未验收") if r.stage != "acceptance" else self.tr("验收中：尚未登记验收结果"))
            self.result.setStyleSheet("")
        else:
            day = r.accepted_on.isoformat() if r.accepted_on else ""
            self.result.setText(results[r.acceptance].replace("%1", day).replace("%2", r.acceptance_reason))
            self.result.setStyleSheet(f"color: {(_GREEN if r.acceptance == 'passed' else _RED).name()};")
        s = r.survey
        if s.responses:
            sat = f"{s.satisfaction:.0%}" if s.satisfaction is not None else "—"
            self.survey_summary.setText(self.tr("居民满意度测评：%1 份答卷，满意度 %2（满意与基本满意之和）")
                                        .replace("%1", str(len(s.responses))).replace("%2", sat))
        else:
            self.survey_summary.setText(self.tr("居民满意度测评：尚无答卷。"))
        self.tally_model.set_items(s.questions)
        self.tallies.setVisible(bool(s.questions))
        fit_rows(self.tallies, len(s.questions), at_most=8)
        self.callbacks.setText(self.tr("回访来源工单的居民：已回访 %1 / %2 人").replace("%1", str(r.callbacks_done))
                               .replace("%2", str(r.callbacks_total)) if r.acceptance == "passed" else "")
        self.callbacks.setVisible(r.acceptance == "passed")

        self.fix.setText(self.tr("整改情况：%1").replace("%1", labels.label(fix_states(), r.fix_state))
                         if r.revisits else self.tr("验收合格后安排回头看。"))
        self.revisit_model.set_items(r.revisits)
        self.revisits.setVisible(bool(r.revisits))
        fit_rows(self.revisits, len(r.revisits), at_most=6)
        self.update_buttons()

    def _show_marks(self, r: ProjectRecordInfo) -> None:
        """The contractor's 红黑榜 line: its good and bad marks over all its projects, and the list it is on."""
        board = self.board
        line = next((m for m in board.rows if r.builder is not None and m.name == r.builder.name), None) \
            if board is not None else None
        self._parties_form.setRowVisible(self.marks, line is not None)
        if line is None:
            self.marks.setText("")
            return
        where = {"red": self.tr("红榜"), "black": self.tr("黑榜"), "none": self.tr("未上榜")}[line.board]
        self.marks.setText(self.tr("%1：好评 %2，差评 %3，净分 %4（%5 个项目）").replace("%1", where)
                           .replace("%2", str(line.good)).replace("%3", str(line.bad))
                           .replace("%4", f"{line.net:+d}").replace("%5", str(line.projects)))
        self.marks.setStyleSheet(f"color: {_RED.name()};" if line.board == "red" else
                                 "color: #222; font-weight: bold;" if line.board == "black" else "")
        self.marks.setToolTip(board.definition.message + "\n" + "\n".join(line.reasons))  # type: ignore[union-attr]

    def selected_change(self) -> ChangeInfo | None:
        rows = self.changes.selectionModel().selectedRows()
        return self.change_model.item(rows[0].row()) if rows else None

    def update_buttons(self) -> None:
        r = self.record
        open_ = r is not None and r.stage in RECORDED and not self.loading
        may = lambda verb: role_may(verb, self.user.role)  # noqa: E731
        self.money_button.setEnabled(open_ and may("set_project_money"))
        self.pay_button.setEnabled(open_ and r.contract_total_fen > 0 and may("add_project_payment"))  # type: ignore[union-attr]
        self.change_button.setEnabled(open_ and may("request_project_change"))
        change = self.selected_change()
        self.decide_button.setEnabled(open_ and change is not None and change.state == "pending"
                                      and may("decide_project_change"))
        self.parties_button.setEnabled(open_ and may("set_project_parties"))
        in_acceptance = open_ and r.stage == "acceptance" and r.acceptance != "passed"  # type: ignore[union-attr]
        self.survey_button.setEnabled(in_acceptance and may("record_survey_response"))
        self.accept_button.setEnabled(in_acceptance and may("record_acceptance"))
        to_call = open_ and r.acceptance == "passed" and r.callbacks_done < r.callbacks_total  # type: ignore[union-attr]
        self.callback_button.setEnabled(to_call and may("record_project_callback"))
        pending = open_ and any(v.done_at is None for v in r.revisits)  # type: ignore[union-attr]
        self.revisit_button.setEnabled(pending and may("record_project_revisit"))
        self.accept_button.setToolTip("" if r is None or r.stage == "acceptance"
                                      else self.tr("项目进入验收阶段后才能登记测评和验收结果"))

    # -- acting --------------------------------------------------------------------------------------------------
    def _open(self, dlg: OpDialog, message: str) -> OpDialog:
        def done(result: Any) -> None:
            if isinstance(result, ProjectRecordInfo) and result.number == self.number:
                self._show(result)
            self.changed.emit(message.replace("%1", getattr(result, "number", "")))

        dlg.succeeded.connect(done)
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dlg
        dlg.open()
        return dlg

    def _ready(self) -> ProjectRecordInfo | None:
        return self.record if self.record is not None and self.record.number == self.number else None

    def start_money(self) -> OpDialog | None:
        r = self._ready()
        return self._open(MoneyDialog(self.window(), self.user, r), self.tr("项目 %1：已登记预算与合同金额")) if r else None

    def start_payment(self) -> OpDialog | None:
        r = self._ready()
        if r is None or self.today is None:
            return None
        return self._open(PaymentDialog(self.window(), self.user, r, self.today), self.tr("项目 %1：已登记拨付"))

    def start_change(self) -> OpDialog | None:
        r = self._ready()
        return self._open(ChangeDialog(self.window(), self.user, r), self.tr("项目 %1：已登记设计变更，等待审批")) \
            if r else None

    def start_decide(self) -> OpDialog | None:
        r, c = self._ready(), self.selected_change()
        if r is None or c is None:
            return None
        return self._open(DecideChangeDialog(self.window(), self.user, r, c), self.tr("项目 %1：已审批设计变更"))

    def start_parties(self) -> OpDialog | None:
        r = self._ready()
        if r is None:
            return None
        dlg = PartiesDialog(self.window(), self.user, r)
        u = self.user
        Op(self, lambda: [(c.kind, c.name) for c in u.contractors()]).success(
            lambda firms: self._complete(dlg, firms)).run()
        return self._open(dlg, self.tr("项目 %1：已登记参建单位"))

    @staticmethod
    def _complete(dlg: PartiesDialog, firms: list[tuple[str, str]]) -> None:
        """The firms already known, offered as one types a name."""
        import shiboken6
        from PySide6.QtWidgets import QCompleter

        if not shiboken6.isValid(dlg):
            return
        for kind, (name, _contact, _phone) in dlg.edits.items():
            names = sorted(n for k, n in firms if k == kind)
            if names:
                name.setCompleter(QCompleter(names, name))

    def start_survey(self) -> OpDialog | None:
        r = self._ready()
        return self._open(SurveyResponseDialog(self.window(), self.user, r), self.tr("项目 %1：已录入测评答卷")) \
            if r else None

    def start_acceptance(self) -> OpDialog | None:
        r = self._ready()
        if r is None or self.today is None:
            return None
        return self._open(AcceptanceDialog(self.window(), self.user, r, self.today), self.tr("项目 %1：已登记验收结果"))

    def start_callback(self) -> None:
        """回访居民…: the residents still to call are read first (with the name and phone to call)."""
        r = self._ready()
        if r is None:
            return
        u, number = self.user, r.number
        Op(self, lambda: u.project_callbacks(number)).success(lambda todo: self._open_callback(r, todo)) \
            .failure(lambda exc: self.changed.emit(describe_error(exc))).run()

    def _open_callback(self, r: ProjectRecordInfo, todo: list) -> None:
        if r.number == self.number:
            self._open(ProjectCallbackDialog(self.window(), self.user, r, todo), self.tr("项目 %1：已登记居民回访"))

    def start_revisit(self) -> OpDialog | None:
        r = self._ready()
        return self._open(RevisitDialog(self.window(), self.user, r), self.tr("项目 %1：已登记回头看")) if r else None


__all__ = ["ProjectRecordsPanel", "change_states", "fix_states"]
