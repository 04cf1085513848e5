"""The dialogs of a project's records (issue 16 §2): 预算与合同, 拨付, 设计变更 and its approval, 参建单位, a survey
response (测评答卷), the acceptance result, 回头看. Each runs one façade call (ui/common/opdialog.py). Amounts are
typed in 万元 and sent in fen (exact: never through a float)."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from desk import ActingUser
from desk.projects.records.dto import DEFAULT_QUESTIONS, CallbackTodo, ChangeInfo, ProjectRecordInfo
from ui.common.opdialog import OpDialog
from ui.projects.models import wan

translate = QCoreApplication.translate
FEN_PER_WAN = Decimal(1_000_000)


def money(fen: int) -> str:
    """An amount as the records show it: ``12.5 万元`` (``0 万元`` too: a figure, not a blank)."""
    return translate("projects", "%1 万元").replace("%1", wan(fen))


def answer_labels() -> dict[str, dict[str, str]]:
    """The answers of each kind of survey question, in the order offered."""
    return {"satisfaction": {"satisfied": translate("projects", "满意"),
                             "basically_satisfied": translate("projects", "基本满意"),
                             "dissatisfied": translate("projects", "不满意")},
            "yes_no": {"yes": translate("projects", "是"), "no": translate("projects", "否")}}


def _header(r: ProjectRecordInfo) -> str:
    return translate("projects", "%1  %2").replace("%1", r.number).replace("%2", r.name)


def _text_edit(parent: QWidget, placeholder: str, height: int = 70) -> QPlainTextEdit:
    w = QPlainTextEdit(parent)
    w.setPlaceholderText(placeholder)
    w.setTabChangesFocus(True)
    w.setFixedHeight(height)
    return w


def _date_edit(parent: QWidget, today: date) -> QDateEdit:
    w = QDateEdit(parent)
    w.setCalendarPopup(True)
    w.setDisplayFormat("yyyy-MM-dd")
    w.setMaximumDate(QDate(today.year, today.month, today.day))
    w.setDate(QDate(today.year, today.month, today.day))
    return w


def _date_of(w: QDateEdit) -> date:
    d = w.date()
    return date(d.year(), d.month(), d.day())


class _MoneyDialog(OpDialog):
    def fen_of(self, field: str, edit: QLineEdit, *, signed: bool = False, required: bool = True) -> int | None:
        """The amount typed in 万元 as fen, or None after showing why it is not one (``required``: empty is an
        error; else it is None too, and ``self.empty`` says so)."""
        text = edit.text().strip().replace(",", "").replace(chr(0xFF0C), "")  # (a full-width comma too)
        self.empty = not text
        if not text:
            if required:
                self.show_field_error(field, self.tr("请填写金额（单位万元），如 120 或 85.5。"))
            return None
        try:
            fen = Decimal(text) * FEN_PER_WAN
        except InvalidOperation:
            self.show_field_error(field, self.tr("请填写数字（单位万元），如 120 或 85.5。"))
            return None
        if not fen.is_finite() or fen != fen.to_integral_value():
            self.show_field_error(field, self.tr("金额最多精确到分（万元后六位小数）。"))
            return None
        if fen < 0 and not signed:
            self.show_field_error(field, self.tr("金额不能为负数。"))
            return None
        return int(fen)


class MoneyDialog(_MoneyDialog):
    """预算与合同: the budget and the signed contract's amount."""

    def __init__(self, parent: QWidget | None, user: ActingUser, record: ProjectRecordInfo) -> None:
        super().__init__(parent, self.tr("登记预算与合同金额"))
        self._user, self.record = user, record
        self.set_header(_header(record))
        self.budget = self.add_field(self.tr("预算（万元）"), QLineEdit(wan(record.budget_fen) if record.budget_fen
                                                                       else "", self), "budget_fen")
        self.contract = self.add_field(self.tr("合同金额（万元）"), QLineEdit(wan(record.contract_fen)
                                                                         if record.contract_fen else "", self),
                                       "contract_fen")
        self.contract.setPlaceholderText(self.tr("签订合同后填写"))
        self.note = self.add_field(self.tr("说明"), _text_edit(self, self.tr("可不填，如：预算批复文号、合同编号")),
                                   "note")
        self.ok_button.setText(self.tr("保存"))

    def make_call(self) -> Callable[[], Any] | None:
        budget = self.fen_of("budget_fen", self.budget, required=False)
        if budget is None and not self.empty:
            return None
        contract = self.fen_of("contract_fen", self.contract, required=False)
        if contract is None and not self.empty:
            return None
        u, number, note = self._user, self.record.number, self.note.toPlainText()
        return lambda: u.set_project_money(number, budget_fen=budget, contract_fen=contract, note=note)


class PaymentDialog(_MoneyDialog):
    """登记拨付: a payment's date and amount (up to the contract total)."""

    def __init__(self, parent: QWidget | None, user: ActingUser, record: ProjectRecordInfo, today: date) -> None:
        super().__init__(parent, self.tr("登记拨付"))
        self._user, self.record = user, record
        left = record.contract_total_fen - record.paid_fen
        self.set_header(_header(record) + "\n" + self.tr("合同总额 %1，已拨付 %2，尚可拨付 %3。")
                        .replace("%1", money(record.contract_total_fen)).replace("%2", money(record.paid_fen))
                        .replace("%3", money(left)))
        self.amount = self.add_field(self.tr("拨付金额（万元）"), QLineEdit(self), "amount_fen")
        self.paid_on = self.add_field(self.tr("拨付日期"), _date_edit(self, today), "paid_on")
        self.note = self.add_field(self.tr("说明"), _text_edit(self, self.tr("可不填，如：进度款第 2 期")), "note")
        self.ok_button.setText(self.tr("登记"))

    def make_call(self) -> Callable[[], Any] | None:
        amount = self.fen_of("amount_fen", self.amount)
        if amount is None:
            return None
        u, number, on, note = self._user, self.record.number, _date_of(self.paid_on), self.note.toPlainText()
        return lambda: u.add_project_payment(number, amount_fen=amount, paid_on=on, note=note)


class ChangeDialog(_MoneyDialog):
    """登记设计变更: the amount it adds (negative: it lowers the contract) and its reason; a supervisor approves."""

    def __init__(self, parent: QWidget | None, user: ActingUser, record: ProjectRecordInfo) -> None:
        super().__init__(parent, self.tr("登记设计变更"))
        self._user, self.record = user, record
        self.set_header(_header(record) + "\n" + self.tr("设计变更经督办员批准后才计入合同总额。"))
        self.amount = self.add_field(self.tr("变更金额（万元）"), QLineEdit(self), "amount_fen")
        self.amount.setPlaceholderText(self.tr("增加为正数，核减为负数，如 8 或 -2.5"))
        self.reason = self.add_field(self.tr("变更理由"), _text_edit(self, self.tr("如：增加 2 号楼立管更换")), "reason")
        self.ok_button.setText(self.tr("提交审批"))

    def make_call(self) -> Callable[[], Any] | None:
        amount = self.fen_of("amount_fen", self.amount, signed=True)
        if amount is None:
            return None
        reason = self.require("reason", self.reason, self.tr("请填写变更理由。"))
        if reason is None:
            return None
        u, number = self._user, self.record.number
        return lambda: u.request_project_change(number, amount_fen=amount, reason=reason)


class DecideChangeDialog(OpDialog):
    """审批设计变更: approve (it joins the contract total) or reject it with a reason."""

    def __init__(self, parent: QWidget | None, user: ActingUser, record: ProjectRecordInfo, change: ChangeInfo) -> None:
        super().__init__(parent, self.tr("审批设计变更"))
        self._user, self.record, self.change = user, record, change
        self.set_header(_header(record) + "\n" + self.tr("变更金额 %1（%2 提出）：%3")
                        .replace("%1", money(change.amount_fen)).replace("%2", change.requested_by)
                        .replace("%3", change.reason))
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.approve = QRadioButton(self.tr("批准"), box)
        self.reject_choice = QRadioButton(self.tr("不批准"), box)
        self.approve.setChecked(True)
        group = QButtonGroup(box)
        group.addButton(self.approve)
        group.addButton(self.reject_choice)
        row.addWidget(self.approve)
        row.addWidget(self.reject_choice)
        row.addStretch(1)
        self.add_field(self.tr("审批意见"), box, "approve")
        self.note = self.add_field(self.tr("说明"), _text_edit(self, self.tr("不批准时须写明理由")), "note")
        self.ok_button.setText(self.tr("提交"))

    def make_call(self) -> Callable[[], Any] | None:
        u, cid, approve, note = self._user, self.change.id, self.approve.isChecked(), self.note.toPlainText()
        return lambda: u.decide_project_change(cid, approve=approve, note=note)


class PartiesDialog(OpDialog):
    """参建单位: the contractor (施工单位) and the supervisor (监理), by name (the firms already known are offered),
    and the people to contact on this project."""

    def __init__(self, parent: QWidget | None, user: ActingUser, record: ProjectRecordInfo,
                 firms: Sequence[tuple[str, str]] = ()) -> None:
        super().__init__(parent, self.tr("登记参建单位"))
        self.setMinimumWidth(520)
        self._user, self.record = user, record
        self.set_header(_header(record))
        self.edits: dict[str, tuple[QLineEdit, QLineEdit, QLineEdit]] = {}
        for kind, caption in (("builder", self.tr("施工单位")), ("supervisor", self.tr("监理单位"))):
            party = getattr(record, kind)
            name = self.add_field(caption, QLineEdit(party.name if party else "", self), kind)
            names = sorted(n for k, n in firms if k == kind)
            if names:
                name.setCompleter(QCompleter(names, name))
            contact = self.add_field(self.tr("联系人"), QLineEdit(party.contact if party else "", self),
                                     f"{kind}_contact")
            phone = self.add_field(self.tr("联系电话"), QLineEdit(party.phone if party else "", self), f"{kind}_phone")
            self.edits[kind] = (name, contact, phone)
        self.ok_button.setText(self.tr("保存"))

    def make_call(self) -> Callable[[], Any] | None:
        values = {}
        for kind, (name, contact, phone) in self.edits.items():
            values[kind], values[f"{kind}_contact"], values[f"{kind}_phone"] = name.text(), contact.text(), phone.text()
        u, number = self._user, self.record.number
        return lambda: u.set_project_parties(number, **values)


class SurveyResponseDialog(OpDialog):
    """录入测评答卷: one respondent's answer to each question of the acceptance survey (the default questions when the
    office set none)."""

    def __init__(self, parent: QWidget | None, user: ActingUser, record: ProjectRecordInfo) -> None:
        super().__init__(parent, self.tr("录入测评答卷"))
        self.setMinimumWidth(560)
        self._user, self.record = user, record
        self.set_header(_header(record) + "\n" + self.tr("居民满意度测评：每份答卷须回答全部题目。"))
        self.respondent = self.add_field(self.tr("受访人"), QLineEdit(self), "respondent")
        self.respondent.setPlaceholderText(self.tr("如：3号楼住户、居民代表"))
        questions = [(q.text, q.kind) for q in record.survey.questions] or list(DEFAULT_QUESTIONS)
        kinds = answer_labels()
        self.answers: list[QComboBox] = []
        for i, (text, kind) in enumerate(questions, 1):
            combo = QComboBox(self)
            combo.addItem(self.tr("（请选择）"), None)
            for code, label in kinds[kind].items():
                combo.addItem(label, code)
            self.add_field(self.tr("%1. %2").replace("%1", str(i)).replace("%2", text), combo, f"answer{i}")
            self.answers.append(combo)
        self._field_widgets["answers"] = self.answers[0]
        self._field_errors["answers"] = self._field_errors["answer1"]
        self.ok_button.setText(self.tr("录入"))

    def make_call(self) -> Callable[[], Any] | None:
        respondent = self.require("respondent", self.respondent, self.tr("请填写受访人。"))
        if respondent is None:
            return None
        answers = [c.currentData() for c in self.answers]
        for i, a in enumerate(answers, 1):
            if a is None:
                self.show_field_error(f"answer{i}", self.tr("请选择答案。"))
                return None
        u, number = self._user, self.record.number
        return lambda: u.record_survey_response(number, respondent=respondent, answers=answers)


class AcceptanceDialog(OpDialog):
    """登记验收结果: passed, or failed with the reason; the acceptance date."""

    def __init__(self, parent: QWidget | None, user: ActingUser, record: ProjectRecordInfo, today: date) -> None:
        super().__init__(parent, self.tr("登记验收结果"))
        self._user, self.record = user, record
        n = len(record.survey.responses)
        self.set_header(_header(record) + "\n" + self.tr("已录入测评答卷 %1 份。验收合格后将安排回访来源工单的居民，"
                                                         "并安排回头看。").replace("%1", str(n)))
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.passed = QRadioButton(self.tr("合格"), box)
        self.failed = QRadioButton(self.tr("不合格"), box)
        self.passed.setChecked(True)
        group = QButtonGroup(box)
        group.addButton(self.passed)
        group.addButton(self.failed)
        row.addWidget(self.passed)
        row.addWidget(self.failed)
        row.addStretch(1)
        self.add_field(self.tr("验收结果"), box, "passed", "survey")
        self.on = self.add_field(self.tr("验收日期"), _date_edit(self, today), "on")
        self.reason = self.add_field(self.tr("说明"), _text_edit(self, self.tr("不合格时须写明原因")), "reason")
        self.ok_button.setText(self.tr("登记"))

    def make_call(self) -> Callable[[], Any] | None:
        u, number, passed = self._user, self.record.number, self.passed.isChecked()
        on, reason = _date_of(self.on), self.reason.toPlainText()
        return lambda: u.record_acceptance(number, passed=passed, reason=reason, on=on)


class RevisitDialog(OpDialog):
    """登记回头看: what the revisit found, and whether it reopens the fix (整改中: the project is due again)."""

    def __init__(self, parent: QWidget | None, user: ActingUser, record: ProjectRecordInfo) -> None:
        super().__init__(parent, self.tr("登记回头看"))
        self._user, self.record = user, record
        self.set_header(_header(record))
        self.findings = self.add_field(self.tr("发现的问题"), _text_edit(self, self.tr("如：2号楼立管接口无渗漏，水质正常")),
                                       "findings")
        self.reopen = QCheckBox(self.tr("问题反弹，需要重新整改（项目重新列为待回头看）"), self)
        self.add_field("", self.reopen, "reopen")
        self.ok_button.setText(self.tr("登记"))

    def make_call(self) -> Callable[[], Any] | None:
        findings = self.require("findings", self.findings, self.tr("请填写回头看发现的情况。"))
        if findings is None:
            return None
        u, number, reopen = self._user, self.record.number, self.reopen.isChecked()
        return lambda: u.record_project_revisit(number, findings=findings, reopen=reopen)


class ProjectCallbackDialog(OpDialog):
    """回访居民: a resident of the project's source tickets is called back ("the problem you reported has been fixed
    by project X"); recorded on their ticket as its 回访."""

    def __init__(self, parent: QWidget | None, user: ActingUser, record: ProjectRecordInfo,
                 todo: Sequence[CallbackTodo]) -> None:
        super().__init__(parent, self.tr("回访居民"))
        self.setMinimumWidth(560)
        self._user, self.record = user, record
        self.set_header(_header(record) + "\n" + self.tr("请告知居民：您反映的问题已由项目“%1”解决，并询问是否解决、是否满意。")
                        .replace("%1", record.name))
        self.resident = self.add_field(self.tr("居民"), QComboBox(self), "ticket")
        for t in todo:
            if t.callback_at is None:
                self.resident.addItem(self.tr("%1 · %2 · %3").replace("%1", t.ticket)
                                      .replace("%2", t.reporter_name or self.tr("（未留姓名）"))
                                      .replace("%3", t.reporter_phone or self.tr("（无电话）")), t.ticket)
        self.contacted = QCheckBox(self.tr("已联系到居民"), self)
        self.contacted.setChecked(True)
        self.add_field("", self.contacted, "contacted")
        self.resolved = self.add_field(self.tr("问题是否解决"), QComboBox(self), "resolved")
        self.resolved.addItem(self.tr("已解决"), True)
        self.resolved.addItem(self.tr("未解决"), False)
        self.satisfaction = self.add_field(self.tr("满意度"), QComboBox(self), "satisfaction")
        for code, label in answer_labels()["satisfaction"].items():
            self.satisfaction.addItem(label, code)
        self.contacted.toggled.connect(self._contacted)
        self.note = self.add_field(self.tr("说明"), _text_edit(self, self.tr("可不填")), "note")
        self.ok_button.setText(self.tr("登记回访"))

    def _contacted(self, on: bool) -> None:
        self.resolved.setEnabled(on)
        self.satisfaction.setEnabled(on)

    def make_call(self) -> Callable[[], Any] | None:
        ticket = self.resident.currentData()
        if ticket is None:
            self.show_field_error("ticket", self.tr("所有居民都已回访。"))
            return None
        reached = self.contacted.isChecked()
        resolved = self.resolved.currentData() if reached else None
        satisfaction = self.satisfaction.currentData() if reached else None
        u, number, note = self._user, self.record.number, self.note.toPlainText()
        return lambda: u.record_project_callback(number, ticket, contacted=reached, resolved=resolved,
                                                 satisfaction=satisfaction, note=note)


__all__ = ["AcceptanceDialog", "ChangeDialog", "DecideChangeDialog", "MoneyDialog", "PartiesDialog", "PaymentDialog",
           "ProjectCallbackDialog", "RevisitDialog", "SurveyResponseDialog", "answer_labels", "money"]
