"""The ticket and dispatch dialogs (and the supervisor's escalation and request decisions). Each is an
:class:`~ui.common.opdialog.OpDialog`: it submits through an op, closes only on success and shows errors inside
itself.

Tests fill the public widgets, call :meth:`OpDialog.submit` and wait for ``succeeded`` (or read the
error labels); nothing here needs ``exec()``.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta, timezone, tzinfo
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from desk import ActingUser
from desk.deadlines import WorkCalendar
from desk.dto import (
    CategoryInfo,
    DepartmentInfo,
    DispatchInfo,
    EscalationInfo,
    RequestInfo,
    TicketDetail,
    WhistleForecast,
)
from desk.enums import GONE_DISPATCH_STATES, DispatchRole
from desk.errors import DeskError, ValidationError
from desk.privacy import CONFIDENTIAL
from ui.common import labels
from ui.common.opdialog import OpDialog
from ui.common.ops import Op
from ui.common.widgets import HINT_STYLE, PickList, error_line
from ui.map.picker import PointPicker  # issue 17
from ui.standards import panel as standards_panel  # issue 15 §4
from ui.standards import proposal as standards_proposal  # issue 15 §4
from ui.tickets.badges import late_text

translate = QCoreApplication.translate


def _choice_pair(parent: QWidget, yes_text: str, no_text: str, *, group_owner: QWidget
                 ) -> tuple[QWidget, QRadioButton, QRadioButton, QButtonGroup]:
    """Two exclusive radio buttons in a row (the first checked): approve/reject, accepted/not."""
    row = QWidget(parent)
    lay = QHBoxLayout(row)
    lay.setContentsMargins(0, 0, 0, 0)
    yes, no = QRadioButton(yes_text, row), QRadioButton(no_text, row)
    yes.setChecked(True)
    group = QButtonGroup(group_owner)
    for b in (yes, no):
        group.addButton(b)
        lay.addWidget(b)
    lay.addStretch(1)
    return row, yes, no, group


def _note_edit(parent: QWidget, placeholder: str = "") -> QPlainTextEdit:
    w = QPlainTextEdit(parent)
    w.setTabChangesFocus(True)
    w.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    w.setPlaceholderText(placeholder)
    w.setFixedHeight(90)
    return w


def ticket_header(parent: QWidget, ticket: TicketDetail, dispatch: DispatchInfo | None = None) -> str:
    text = translate("dialogs", "工单 %1：%2").replace("%1", ticket.number).replace("%2", ticket.title)
    if dispatch is not None:
        text += "\n" + translate("dialogs", "派单：%1（%2），当前%3").replace("%1", dispatch.department) \
            .replace("%2", labels.label(labels.dispatch_roles(), dispatch.role)) \
            .replace("%3", labels.label(labels.dispatch_states(), dispatch.state))
    return text


# -- new / edit ticket ------------------------------------------------------------------------
class TicketDialog(OpDialog):
    """New ticket (``ticket`` None) or edit an existing one."""

    FIELDS = ("title", "description", "category", "urgency", "appeal_type", "source", "hotline_number", "address",
              "community", "reporter_name", "reporter_phone", "reply_by", "confidential")

    def __init__(self, parent: QWidget | None, user: ActingUser, categories: Sequence[CategoryInfo],
                 ticket: TicketDetail | None = None, communities: Sequence[str] = ()) -> None:
        super().__init__(parent, self.tr("新建工单") if ticket is None else self.tr("编辑工单"))
        self.setMinimumWidth(560)
        self._user = user
        self.ticket = ticket
        if ticket is not None:
            self.set_header(self.tr("工单 %1").replace("%1", ticket.number))
        self.title = self.add_field(self.tr("标题"), QLineEdit(self), "title")
        self.title.setMaxLength(200)
        self.description = self.add_field(self.tr("问题描述"), QPlainTextEdit(self), "description")
        self.description.setTabChangesFocus(True)
        self.description.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.description.setMinimumHeight(90)
        self.category = self.add_field(self.tr("分类"), QComboBox(self), "category")
        for c in categories:
            self.category.addItem(c.name, c.name)
        self.urgency = self.add_field(self.tr("紧急程度"), QComboBox(self), "urgency")
        for code, text in labels.urgencies().items():
            self.urgency.addItem(text, code)
        self.appeal_type = self.add_field(self.tr("诉求类型"), QComboBox(self), "appeal_type")
        for code, text in labels.appeal_types().items():
            self.appeal_type.addItem(text, code)
        self.appeal_type.setCurrentIndex(self.appeal_type.findData("complaint"))
        self.source = self.add_field(self.tr("来源"), QComboBox(self), "source")
        for code, text in labels.sources().items():
            self.source.addItem(text, code)
        self.hotline_number = self.add_field(self.tr("12345工单号"), QLineEdit(self), "hotline_number")
        self.hotline_number.setMaxLength(32)
        self.hotline_number.setPlaceholderText(self.tr("来自 12345 热线的工单填写其编号，可不填"))
        self.address = self.add_field(self.tr("地址"), QLineEdit(self), "address")
        self.community = self.add_field(self.tr("社区"), PickList(self, communities), "community")
        self.community.lineEdit().setPlaceholderText(self.tr("输入可筛选，从列表中选择"))
        if ticket is None:
            self.community.setText("")
        # === issue 17: where the problem is, set on the map (ui/map/picker.py), sent with the ticket ===
        self.point: tuple[float, float] | None = None  # as the dialog will send it
        self._stored_point: tuple[float, float] | None = None  # as the ticket has it (None: none, or a new ticket)
        self.picker: PointPicker | None = None
        self.location = self.add_field(self.tr("位置"), self._location_row(), "point")
        self.reporter_name = self.add_field(self.tr("反映人"), QLineEdit(self), "reporter_name")
        self.reporter_phone = self.add_field(self.tr("联系电话"), QLineEdit(self), "reporter_phone")
        self.reporter_phone.setPlaceholderText(self.tr("手机号或固定电话，可不填"))
        self.reply_by = self.add_field(self.tr("回复方式"), QComboBox(self), "reply_by")
        for code, text in labels.reply_methods().items():
            self.reply_by.addItem(text, code)
        self.confidential = self.add_field(
            self.tr("保密"), QCheckBox(self.tr("反映人要求保密（姓名和电话只有受理员、督办员能看到）"), self), "confidential")
        self.ok_button.setText(self.tr("受理") if ticket is None else self.tr("保存"))
        if ticket is not None:
            self._fill(ticket)
            Op(self, lambda: user.ticket_point(ticket.number)).success(self._point_arrived).run()
        # === issue 15: repeat complaints: likely repeats as the clerk types (ui/intake/repeats.py) ===
        self.repeats = None
        if ticket is None:
            from ui.intake.repeats import RepeatHints

            self.repeats = RepeatHints(self, user)
            self._layout.insertWidget(self._layout.indexOf(self.error_label), self.repeats)

    # -- the point (issue 17) ----------------------------------------------------------------------------------
    def _location_row(self) -> QWidget:
        row = QWidget(self)
        lay = QHBoxLayout(row)
        lay.setContentsMargins(0, 0, 0, 0)
        self.location_text = QLabel(row)
        self.location_text.setObjectName("ticket_location")
        self.locate_button = QPushButton(self.tr("在地图上标注…"), row)
        self.locate_button.setObjectName("ticket_locate")
        self.locate_button.setToolTip(self.tr("在社区地图上单击问题所在的位置，或输入坐标；没有位置的工单只计入社区"))
        self.unlocate_button = QPushButton(self.tr("清除位置"), row)
        self.unlocate_button.setObjectName("ticket_unlocate")
        lay.addWidget(self.location_text, 1)
        lay.addWidget(self.locate_button)
        lay.addWidget(self.unlocate_button)
        self.locate_button.clicked.connect(self.open_picker)
        self.unlocate_button.clicked.connect(lambda: self.set_point(None))
        self._show_point()
        return row

    def _point_arrived(self, info: Any) -> None:
        if info.lon is None or self.point is not None:
            return
        self._stored_point = self.point = (info.lon, info.lat)
        self._show_point()

    def set_point(self, point: tuple[float, float] | None) -> None:
        self.point = tuple(point) if point is not None else None
        self._show_point()

    def _show_point(self) -> None:
        if self.point is None:
            self.location_text.setText(self.tr("未标注（只计入社区）"))
        else:
            self.location_text.setText(self.tr("经度 %1，纬度 %2").replace("%1", f"{self.point[0]:.6f}")
                                       .replace("%2", f"{self.point[1]:.6f}"))
        self.unlocate_button.setEnabled(self.point is not None)

    def open_picker(self) -> PointPicker:
        """在地图上标注…: the map of the 社区 (non-blocking, window-modal); its 确定 puts the point here."""
        if self.picker is not None:
            self.picker.deleteLater()
        title = self.tr("工单“%1”的位置").replace("%1", self.title.text().strip() or self.tr("新工单"))
        self.picker = PointPicker(self, self._user, self.point, title=title)
        self.picker.picked.connect(self.set_point)
        self.picker.open()
        return self.picker

    def _fill(self, t: TicketDetail, only: Sequence[str] | None = None) -> None:
        want = set(self.FIELDS if only is None else only)
        if "title" in want:
            self.title.setText(t.title)
        if "description" in want:
            self.description.setPlainText(t.description)
        for key, combo in (("category", self.category), ("urgency", self.urgency), ("source", self.source),
                           ("appeal_type", self.appeal_type), ("reply_by", self.reply_by)):
            if key not in want:
                continue
            value = getattr(t, key)
            i = combo.findData(value)
            if i < 0:
                combo.addItem(value, value)
                i = combo.count() - 1
            combo.setCurrentIndex(i)
        for key in ("address", "community", "reporter_name", "reporter_phone", "hotline_number"):
            if key in want:
                getattr(self, key).setText(getattr(t, key))
        if "confidential" in want:
            self.confidential.setChecked(t.confidential)
        hidden = t.reporter_name == CONFIDENTIAL  # a confidential reporter this user may not see
        for w in (self.reporter_name, self.reporter_phone, self.confidential):
            w.setEnabled(not hidden)
            w.setToolTip(self.tr("保密工单的反映人信息只有受理员、督办员能看到和修改") if hidden else "")

    def values(self) -> dict[str, Any]:
        """The form as façade keywords."""
        return {
            "title": self.title.text(), "description": self.description.toPlainText(),
            "category": self.category.currentData(), "urgency": self.urgency.currentData(),
            "appeal_type": self.appeal_type.currentData(), "source": self.source.currentData(),
            "hotline_number": self.hotline_number.text(), "address": self.address.text(),
            "community": self.community.text(), "reporter_name": self.reporter_name.text(),
            "reporter_phone": self.reporter_phone.text(), "reply_by": self.reply_by.currentData(),
            "confidential": self.confidential.isChecked(),
        }

    def item_reloaded(self, detail: Any) -> None:
        """Someone else saved the ticket first: take their values for the fields this user did not touch, keep
        this user's own edits, and save against the new version on the next OK."""
        if self.ticket is None or not isinstance(detail, TicketDetail) or detail.id != self.ticket.id:
            return
        original, mine = self._ticket_values(self.ticket), self.values()
        theirs = self._ticket_values(detail)
        both = [k for k in self.FIELDS if mine[k] != original[k] and theirs[k] != original[k] and mine[k] != theirs[k]]
        self.ticket = detail
        self._fill(detail, only=[k for k in self.FIELDS if mine[k] == original[k]])
        self.set_header(self.tr("工单 %1（已载入 %2 的修改）").replace("%1", detail.number)
                        .replace("%2", detail.updated_by))
        text = self.error_text() + "\n" + self.tr("已载入最新内容；您改动过的内容仍保留。")
        if both:
            names = labels.field_names()
            text += self.tr("以下内容对方也改过，请核对：%1。").replace(
                "%1", self.tr("、").join(names.get(k, k) for k in both))
        text += self.tr("核对后可再次保存。")
        self.show_error(text)

    @staticmethod
    def _ticket_values(t: TicketDetail) -> dict[str, Any]:
        return {k: getattr(t, k) for k in TicketDialog.FIELDS}

    def make_call(self) -> Callable[[], Any] | None:
        values = self.values()
        if not self.reporter_name.isEnabled():  # hidden from this user: left as it is
            for key in ("reporter_name", "reporter_phone", "confidential"):
                values.pop(key)
        user = self._user
        if self.ticket is None:
            if self.point is not None:
                values["point"] = self.point
            return self.repeats.wrap(lambda: user.create_ticket(**values))  # then merges or keeps proposals
        if self.point != self._stored_point:
            values["point"] = self.point or ()  # () removes it
        number, version = self.ticket.number, self.ticket.version
        return lambda: user.update_ticket(number, expected_version=version, **values)


# -- whistle ----------------------------------------------------------------------------------------
class WhistleDialog(OpDialog):
    """吹哨派单: one lead department (suggested by the category) and any assisting departments."""

    def __init__(self, parent: QWidget | None, user: ActingUser, ticket: TicketDetail,
                 departments: Sequence[DepartmentInfo], categories: Sequence[CategoryInfo], *,
                 tz: tzinfo = timezone.utc) -> None:
        super().__init__(parent, self.tr("吹哨派单"))
        self._user = user
        self._tz = tz
        self.ticket = ticket
        self.set_header(ticket_header(self, ticket))
        current = [d for d in ticket.dispatches if d.round == ticket.round and d.state not in GONE_DISPATCH_STATES]
        self.current_lead = next((d.department for d in current if d.role == DispatchRole.LEAD), None)
        busy = {d.department for d in current}
        self.lead = self.add_field(self.tr("主办部门"), QComboBox(self), "lead")
        if self.current_lead is not None:
            self.lead.addItem(self.tr("不更换（现主办：%1）").replace("%1", self.current_lead), None)
            self.lead.setEnabled(False)
        else:
            self.lead.addItem(self.tr("请选择主办部门"), None)
            for d in departments:
                self.lead.addItem(d.name, d.name)
            suggested = standards_proposal.proposal(categories, ticket.category)[0]  # issue 15 §4: the standard
            if suggested:
                i = self.lead.findData(suggested)
                if i >= 0:
                    self.lead.setCurrentIndex(i)
        self.assist = self.add_field(self.tr("协办部门"), QListWidget(self), "assist")
        self.assist.setMaximumHeight(150)
        for d in departments:
            item = QListWidgetItem(d.name, self.assist)
            item.setData(Qt.ItemDataRole.UserRole, d.name)
            if d.name in busy:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setText(self.tr("%1（正在办理）").replace("%1", d.name))
            else:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.note = self.add_field(self.tr("派单说明"), _note_edit(self, self.tr("可写明处置要求，各部门都能看到")), "note")
        self.ok_button.setText(self.tr("派单"))
        self._busy = busy
        self.lead.currentIndexChanged.connect(self._lead_changed)
        self._lead_changed()
        standards_proposal.propose(self, categories, ticket.category)  # issue 15 §4: the standard's assists
        # issue 15: an imported ticket's 12345 deadline beside the 办结 due this dispatch would get (asked off the
        # GUI thread); in red when the dispatch would be due after it: never dispatched without a warning
        self.forecast: WhistleForecast | None = None
        self.platform_line = QLabel(self)
        self.platform_line.setObjectName("platform_due_line")
        self.platform_line.setWordWrap(True)
        if ticket.platform_due is not None:
            self.platform_line.setText(self.tr("12345 承诺完成时间 %1").replace(
                "%1", labels.fmt_time(ticket.platform_due, tz)))
            self.form.insertRow(0, self.platform_line)
            number = ticket.number
            Op(self, lambda: user.whistle_forecast(number), background=True).success(self._forecast_arrived).run()
        else:
            self.platform_line.hide()

    def _forecast_arrived(self, forecast: WhistleForecast) -> None:
        self.forecast = forecast
        if forecast.platform_due is None:
            return
        due = labels.fmt_time(forecast.resolve_due, self._tz)
        promised = labels.fmt_time(forecast.platform_due, self._tz)
        if forecast.late_for_platform:
            self.platform_line.setText(self.tr(
                "注意：按分类“%1”的办结时限，本次派单将于 %2 到期，晚于 12345 承诺完成时间 %3。"
                "请在派单说明中写明须在承诺时间前办结，或与部门商定。").replace("%1", self.ticket.category)
                .replace("%2", due).replace("%3", promised))
            self.platform_line.setStyleSheet("color: #b42318; font-weight: bold;")
        else:
            self.platform_line.setText(self.tr("12345 承诺完成时间 %1；本次派单将于 %2 到期，在承诺时间之前。")
                                       .replace("%1", promised).replace("%2", due))
            self.platform_line.setStyleSheet(HINT_STYLE)

    def _lead_changed(self, _index: int = 0) -> None:
        """The chosen lead department is not offered as an assisting one."""
        lead = self.lead.currentData()
        for i in range(self.assist.count()):
            item = self.assist.item(i)
            name = item.data(Qt.ItemDataRole.UserRole)
            if name in self._busy:
                continue
            if name == lead:
                item.setCheckState(Qt.CheckState.Unchecked)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            else:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEnabled)

    @staticmethod
    def _who(ticket: TicketDetail) -> tuple[str, int, str | None, frozenset[str]]:
        """What the dialog's choices depend on: state, round, the current lead and the departments at work."""
        current = [d for d in ticket.dispatches if d.round == ticket.round and d.state not in GONE_DISPATCH_STATES]
        lead = next((d.department for d in current if d.role == DispatchRole.LEAD), None)
        return ticket.state, ticket.round, lead, frozenset(d.department for d in current)

    def item_reloaded(self, detail: Any) -> None:
        """After a conflict: if the change does not touch whom to summon, take the new version; else ask to reopen."""
        if not isinstance(detail, TicketDetail) or detail.id != self.ticket.id:
            return
        if self._who(detail) == self._who(self.ticket):
            self.ticket = detail
            self.show_error(self.error_text() + "\n" + self.tr("已载入最新内容；派单对象没有变化，可以再次派单。"))
        else:
            self.ok_button.setEnabled(False)
            self.show_error(self.error_text() + "\n" + self.tr("该工单的派单情况已有变化，请关闭本窗口，查看详情后重新派单。"))

    def set_assist(self, names: Sequence[str]) -> None:
        """Check exactly ``names`` (as a user would: disabled items stay unchecked)."""
        for i in range(self.assist.count()):
            item = self.assist.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in names and bool(item.flags() & Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def assist_names(self) -> list[str]:
        return [self.assist.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.assist.count())
                if self.assist.item(i).checkState() == Qt.CheckState.Checked]

    def set_lead(self, name: str) -> None:
        i = self.lead.findData(name)
        if i < 0:
            raise ValueError(name)
        self.lead.setCurrentIndex(i)

    def make_call(self) -> Callable[[], Any] | None:
        lead = self.lead.currentData()
        if self.current_lead is None and not lead:
            self.show_field_error("lead", self.tr("请指定主办部门。"))
            return None
        assist = self.assist_names()
        if self.current_lead is not None and not assist:
            self.show_field_error("assist", self.tr("该工单已有主办部门，请至少选择一个协办部门。"))
            return None
        note = self.note.toPlainText()
        number, user, version = self.ticket.number, self._user, self.ticket.version
        return lambda: user.whistle(number, lead=lead, assist=assist, note=note, expected_version=version)


# -- one note: dispatch verbs, close, reopen, cancel -----------------------------------------------
class NoteDialog(OpDialog):
    """A verb that takes one note or reason: 报到 / 响应 / 办结 / 申请退单 / 撤回派单 / 结案 / 重办 / 撤销."""

    #: verb -> (façade keyword of the note, required)
    SPECS = {
        "acknowledge": ("note", False), "respond": ("note", True), "resolve": ("note", True),
        "request_return": ("reason", True), "withdraw": ("reason", True), "close": ("note", False),
        "reopen": ("reason", True), "cancel": ("reason", True), "request_suspension": ("reason", True),
        "resume": ("note", False),
    }

    def __init__(self, parent: QWidget | None, user: ActingUser, verb: str, ticket: TicketDetail,
                 dispatch: DispatchInfo | None = None) -> None:
        if verb not in self.SPECS:
            raise ValueError(verb)
        super().__init__(parent, labels.label(labels.verbs(), verb))
        self._user = user
        self.verb = verb
        self.ticket = ticket
        self.dispatch = dispatch
        if verb in ("acknowledge", "respond", "resolve", "request_return", "withdraw", "request_suspension",
                    "resume") and dispatch is None:
            raise ValueError(f"{verb} needs a dispatch")
        self.set_header(ticket_header(self, ticket, dispatch))
        self.field_name, self.required = self.SPECS[verb]
        captions = {
            "acknowledge": self.tr("报到说明"), "respond": self.tr("响应情况"), "resolve": self.tr("办结情况"),
            "request_return": self.tr("退单理由"), "withdraw": self.tr("撤回理由"), "close": self.tr("结案说明"),
            "reopen": self.tr("重办理由"), "cancel": self.tr("撤销理由"), "request_suspension": self.tr("挂起理由"),
            "resume": self.tr("恢复说明"),
        }
        hints = {
            "acknowledge": self.tr("可不填"), "respond": self.tr("如：已电话联系反映人，约定明日到场"),
            "resolve": self.tr("如：已现场处置完毕，附处置结果"), "request_return": self.tr("说明不属于本部门职责的依据"),
            "withdraw": self.tr("说明为何撤回"), "close": self.tr("可不填"),
            "reopen": self.tr("说明为何重办；将再次派给上一轮办结的部门"), "cancel": self.tr("说明为何撤销该工单"),
            "request_suspension": self.tr("如：等待居民回家后入户查看；批准后暂停计时"),
            "resume": self.tr("可不填；挂起期间的工作时间将顺延到各项期限"),
        }
        caption = captions[verb] + ("" if self.required else self.tr("（选填）"))
        self.note = self.add_field(caption, _note_edit(self, hints[verb]), self.field_name)
        if verb == "resolve":  # issue 15: 附照片… chooses "after" photos that go with the 办结
            from ui.intake.attachments import connect_resolve_dialog

            self.photos = connect_resolve_dialog(self, user, ticket, dispatch, lambda label, w: self.add_field(
                label, w, "attachment", "file", "photos"))
        self.ok_button.setText(labels.label(labels.verbs(), verb))

    def make_call(self) -> Callable[[], Any] | None:
        note = self.note.toPlainText()
        if self.required and not note.strip():
            self.show_field_error(self.field_name, self.tr("请填写%1。").replace("%1", self.form.labelForField(
                self.note.parentWidget()).text()))
            return None
        u, number = self._user, self.ticket.number
        did = self.dispatch.id if self.dispatch is not None else 0
        calls: dict[str, Callable[[], Any]] = {
            "acknowledge": lambda: u.acknowledge(did, note),
            "respond": lambda: u.respond(did, note),
            "resolve": lambda: u.resolve(did, note, photos=list(self.photos.paths)),
            "request_return": lambda: u.request_return(did, note),
            "withdraw": lambda: u.withdraw(did, note),
            "close": lambda: u.close(number, note=note),
            "reopen": lambda: u.reopen(number, reason=note),
            "cancel": lambda: u.cancel(number, reason=note),
            "request_suspension": lambda: u.request_suspension(did, reason=note),
            "resume": lambda: u.resume(did, note),
        }
        return calls[self.verb]


# -- return decision -----------------------------------------------------------------------------------
class DecideReturnDialog(OpDialog):
    """审核退单: approve or reject a department's return request; a note is required to reject."""

    def __init__(self, parent: QWidget | None, user: ActingUser, ticket: TicketDetail,
                 dispatch: DispatchInfo) -> None:
        super().__init__(parent, self.tr("审核退单"))
        self._user = user
        self.ticket = ticket
        self.dispatch = dispatch
        self.set_header(ticket_header(self, ticket, dispatch) + "\n" + self.tr("退单理由：%1").replace(
            "%1", dispatch.return_reason or self.tr("（未填写）")))
        box, self.approve, self.reject_radio, self._group = _choice_pair(
            self, self.tr("同意退单"), self.tr("驳回，继续办理"), group_owner=self)
        self.add_field(self.tr("审核意见"), box, "approve")
        self.note = self.add_field(self.tr("说明"), _note_edit(self, self.tr("驳回时必须说明理由")), "note")
        self.ok_button.setText(self.tr("提交"))
        self.standard = standards_panel.attach(self, user, ticket.category)  # issue 15 §4: the yardstick

    def set_approve(self, approve: bool) -> None:
        (self.approve if approve else self.reject_radio).setChecked(True)

    def make_call(self) -> Callable[[], Any] | None:
        approve = self.approve.isChecked()
        note = self.note.toPlainText()
        if not approve and not note.strip():
            self.show_field_error("note", self.tr("驳回退单时请说明理由。"))
            return None
        u, did = self._user, self.dispatch.id
        return lambda: u.decide_return(did, approve=approve, note=note)


# -- verify with callback ------------------------------------------------------------------------------
class VerifyDialog(OpDialog):
    """核实 the departments' result and, if accepted, record the 回访 (callback) in the same step.

    If the ticket is already verified (待回访 or 已结案) only the callback section is shown.
    """

    def __init__(self, parent: QWidget | None, user: ActingUser, ticket: TicketDetail) -> None:
        super().__init__(parent, self.tr("核实 / 回访"))
        self.setMinimumWidth(520)
        self._user = user
        self.ticket = ticket
        self.set_header(ticket_header(self, ticket))
        self.verify_needed = ticket.state == "awaiting_verification"
        #: Set when verification succeeded but the callback did not: a retry records only the callback.
        self.verified = False
        # -- verification
        self.verify_box = QGroupBox(self.tr("核实"), self)
        vform = QFormLayout(self.verify_box)
        row, self.accepted_yes, self.accepted_no, self._vgroup = _choice_pair(
            self.verify_box, self.tr("办理到位，核实通过"), self.tr("未办理到位，退回重办"), group_owner=self)
        vform.addRow(self.tr("核实结果"), row)
        self.verify_note = _note_edit(self.verify_box, self.tr("未通过时必须说明理由"))
        vform.addRow(self.tr("核实说明"), self.verify_note)
        self.verify_note_error = error_line(self.verify_box)
        vform.addRow("", self.verify_note_error)
        self._layout.insertWidget(2, self.verify_box)
        self.verify_box.setVisible(self.verify_needed)
        # -- callback
        self.callback_box = QGroupBox(self.tr("同时登记回访结果") if self.verify_needed else self.tr("回访"), self)
        self.callback_box.setCheckable(self.verify_needed)
        self.callback_box.setChecked(True)
        cform = QFormLayout(self.callback_box)
        self.contacted = QCheckBox(self.tr("已联系到反映人"), self.callback_box)
        self.contacted.setChecked(True)
        cform.addRow(self.tr("联系情况"), self.contacted)
        self.resolved = QComboBox(self.callback_box)
        self.resolved.addItem(self.tr("问题已解决"), True)
        self.resolved.addItem(self.tr("问题未解决"), False)
        cform.addRow(self.tr("解决情况"), self.resolved)
        self.satisfaction = QComboBox(self.callback_box)
        for code, text in labels.satisfactions().items():
            self.satisfaction.addItem(text, code)
        cform.addRow(self.tr("满意度"), self.satisfaction)
        # 承办部门（工作人员）是否联系过您: the resident's answer, or 未询问 (the default: nothing is assumed)
        row = QWidget(self.callback_box)
        lay = QHBoxLayout(row)
        lay.setContentsMargins(0, 0, 0, 0)
        self.dept_contacted_yes = QRadioButton(self.tr("是"), row)
        self.dept_contacted_no = QRadioButton(self.tr("否"), row)
        self.dept_contacted_unasked = QRadioButton(self.tr("未询问"), row)
        self.dept_contacted_unasked.setChecked(True)
        self._dept_group = QButtonGroup(self)
        for b in (self.dept_contacted_yes, self.dept_contacted_no, self.dept_contacted_unasked):
            self._dept_group.addButton(b)
            lay.addWidget(b)
        lay.addStretch(1)
        self.dept_contacted = row
        row.setToolTip(self.tr("问反映人：承办部门（工作人员）是否联系过您？"))
        cform.addRow(self.tr("承办部门联系过您吗"), row)
        self.callback_note = _note_edit(self.callback_box, self.tr("可不填"))
        cform.addRow(self.tr("回访记录"), self.callback_note)
        #: 结案 in the same step (a ticket whose callback is recorded does not linger as 待回访); offered while
        #: the ticket waits for verification or a callback, checked when the resident was reached.
        self.close_after = QCheckBox(self.tr("回访后即结案"), self.callback_box)
        self.close_after.setToolTip(self.tr("不满意需重办的，取消勾选，回访后再选择“重办”"))
        self.close_after.setChecked(True)
        self.close_after.setVisible(ticket.state in ("awaiting_verification", "awaiting_callback"))
        cform.addRow(self.tr("结案"), self.close_after)
        #: Set by the call: whether 结案 went through, or why not (the callback was recorded all the same).
        self.closed = False
        self.close_error = ""
        self.callback_error = error_line(self.callback_box)
        cform.addRow("", self.callback_error)
        self._layout.insertWidget(3, self.callback_box)
        # errors for these façade fields go next to their widgets
        self._field_widgets.update({"note": self.verify_note, "accepted": self.accepted_yes,
                                    "contacted": self.contacted, "resolved": self.resolved,
                                    "satisfaction": self.satisfaction,
                                    "department_contacted": self.dept_contacted_unasked})
        self._field_errors.update({"note": self.verify_note_error, "accepted": self.verify_note_error,
                                   "contacted": self.callback_error, "resolved": self.callback_error,
                                   "satisfaction": self.callback_error, "department_contacted": self.callback_error})
        self.accepted_yes.toggled.connect(self._sync)
        self.contacted.toggled.connect(self._sync)
        self.contacted.toggled.connect(self.close_after.setChecked)  # reached: close; not reached: call again
        self._sync()
        self.ok_button.setText(self.tr("提交"))

    def _sync(self) -> None:
        if self.verify_needed and not self.verified:
            self.callback_box.setEnabled(self.accepted_yes.isChecked())
        contacted = self.contacted.isChecked()
        self.resolved.setEnabled(contacted)
        self.satisfaction.setEnabled(contacted)
        self.dept_contacted.setEnabled(contacted)
        self.close_after.setEnabled(self.callback_box.isEnabled())

    def set_accepted(self, accepted: bool) -> None:
        (self.accepted_yes if accepted else self.accepted_no).setChecked(True)

    def department_contacted(self) -> bool | None:
        """The answer chosen for 承办部门是否联系过您: True (是), False (否) or None (未询问)."""
        if self.dept_contacted_yes.isChecked():
            return True
        if self.dept_contacted_no.isChecked():
            return False
        return None

    def make_call(self) -> Callable[[], Any] | None:
        u, number = self._user, self.ticket.number
        do_verify = self.verify_needed and not self.verified
        accepted = self.accepted_yes.isChecked()
        vnote = self.verify_note.toPlainText()
        if do_verify and not accepted and not vnote.strip():
            self.show_field_error("note", self.tr("核实未通过时请说明理由。"))
            return None
        do_callback = (not do_verify or accepted) and (not self.callback_box.isCheckable()
                                                       or self.callback_box.isChecked())
        contacted = self.contacted.isChecked()
        cb = dict(contacted=contacted, resolved=self.resolved.currentData() if contacted else None,
                  satisfaction=self.satisfaction.currentData() if contacted else None,
                  department_contacted=self.department_contacted() if contacted else None,
                  note=self.callback_note.toPlainText())
        do_close = do_callback and self.close_after.isVisible() and self.close_after.isChecked()
        self.closed, self.close_error = False, ""

        def call() -> Any:
            result = None
            if do_verify:
                result = u.verify(number, accepted=accepted, note=vnote)
            if do_callback:
                try:
                    result = u.record_callback(number, **cb)
                except Exception as exc:
                    if do_verify:
                        exc.verified_detail = result  # type: ignore[attr-defined]
                    raise
            if do_close:
                try:
                    result = u.close(number)
                    self.closed = True
                except DeskError as exc:  # recorded all the same; the window says why it is not closed
                    self.close_error = exc.message
            return result

        return call

    def _on_failure(self, exc: BaseException) -> None:
        detail = getattr(exc, "verified_detail", None)
        if detail is not None:
            # verification went through; the callback did not: keep the dialog for the callback only
            self.verified = True
            self.verify_box.setEnabled(False)
            self.verify_box.setTitle(self.tr("核实（已通过）"))
            self.callback_box.setCheckable(False)
            self.callback_box.setEnabled(True)
            self.result_value = detail
            self.changed.emit()
        if isinstance(exc, ValidationError) and exc.field in ("note", "reason") and (
                detail is not None or not self.verify_needed):
            self.callback_error.setText(exc.message)
            self.callback_error.show()
            return
        super()._on_failure(exc)


# -- office time in a QDateTimeEdit ----------------------------------------------------------------------
def to_qdatetime(at: datetime, tz: tzinfo) -> QDateTime:
    """``at`` as the office's wall-clock time (independent of the PC's own time zone)."""
    local = at.astimezone(tz)
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


def from_qdatetime(value: QDateTime, tz: tzinfo) -> datetime:
    """The office wall-clock time in ``value`` as an aware UTC instant."""
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=tz).astimezone(timezone.utc)


def datetime_edit(parent: QWidget, at: datetime, tz: tzinfo) -> QDateTimeEdit:
    w = QDateTimeEdit(parent)
    w.setCalendarPopup(True)
    w.setDisplayFormat("yyyy-MM-dd HH:mm")
    w.setDateTime(to_qdatetime(at, tz))
    return w


def proposed_due(current: datetime | None, now: datetime | None, cal: WorkCalendar | None,
                 within: str = "1wd") -> datetime:
    """What an extension dialog proposes: ``within`` of working time after the current due (or after now, if
    that is later), so never in the past and always inside working time on a working day."""
    base = max(x for x in (current, now, None if current or now else datetime.now(timezone.utc)) if x is not None)
    if cal is None:
        return base + timedelta(days=1)
    return cal.due(base, within)


def _office_time(dialog: OpDialog, tz: tzinfo) -> QLabel:
    hint = QLabel(translate("dialogs", "按办公室时间（%1）填写").replace("%1", str(tz)), dialog)
    hint.setStyleSheet("color: #666;")
    return hint


# -- extension request -------------------------------------------------------------------------------
class ExtensionDialog(OpDialog):
    """申请延期: a reason and a new resolve due (office time), later than the current one."""

    def __init__(self, parent: QWidget | None, user: ActingUser, ticket: TicketDetail, dispatch: DispatchInfo,
                 tz: tzinfo, now: datetime | None = None, cal: WorkCalendar | None = None) -> None:
        super().__init__(parent, self.tr("申请延期"))
        self._user = user
        self.ticket = ticket
        self.dispatch = dispatch
        self._tz = tz
        header = ticket_header(self, ticket, dispatch)
        if dispatch.resolve_due is not None:
            header += "\n" + self.tr("现办结期限：%1").replace("%1", labels.fmt_time(dispatch.resolve_due, tz))
        self.set_header(header)
        self.reason = self.add_field(self.tr("延期理由"), _note_edit(self, self.tr("说明为何不能按期办结")), "reason")
        self.new_due = self.add_field(self.tr("新办结期限"),
                                      datetime_edit(self, proposed_due(dispatch.resolve_due, now, cal, "2wd"), tz),
                                      "new_resolve_due")
        self.form.addRow("", _office_time(self, tz))
        # issue 15: a new due after the 12345 platform's deadline is never asked for without a warning
        self.platform_line = error_line(self)
        self.platform_line.setObjectName("platform_due_line")
        self.form.addRow(self.platform_line)
        self.new_due.dateTimeChanged.connect(lambda _at: self._check_platform())
        self._check_platform()
        self.ok_button.setText(self.tr("提交申请"))

    def _check_platform(self) -> None:
        promised = self.ticket.platform_due
        late = promised is not None and self.new_due_value() > promised
        self.platform_line.setText(self.tr("注意：新办结期限晚于 12345 承诺完成时间 %1。").replace(
            "%1", labels.fmt_time(promised, self._tz)) if late else "")
        self.platform_line.setVisible(late)

    def set_new_due(self, at: datetime) -> None:
        self.new_due.setDateTime(to_qdatetime(at, self._tz))

    def new_due_value(self) -> datetime:
        return from_qdatetime(self.new_due.dateTime(), self._tz)

    def make_call(self) -> Callable[[], Any] | None:
        reason = self.require("reason", self.reason, self.tr("请填写延期理由。"))
        if reason is None:
            return None
        u, did, due = self._user, self.dispatch.id, self.new_due_value()
        return lambda: u.request_extension(did, reason=reason, new_resolve_due=due)


# -- 回头看 -----------------------------------------------------------------------------------------------
class RevisitDialog(OpDialog):
    """回头看: the follow-up visit of a closed ticket, and whether the problem came back."""

    def __init__(self, parent: QWidget | None, user: ActingUser, ticket: TicketDetail) -> None:
        super().__init__(parent, self.tr("回头看"))
        self._user = user
        self.ticket = ticket
        self.set_header(ticket_header(self, ticket))
        self.note = self.add_field(self.tr("回头看情况"), _note_edit(self, self.tr("如：现场查看，摊点未再出现")), "note")
        self.recurred = self.add_field(self.tr("问题是否反弹"), QCheckBox(self.tr("问题出现反弹"), self),
                                       "problem_recurred")
        self.ok_button.setText(self.tr("登记"))

    def make_call(self) -> Callable[[], Any] | None:
        note = self.require("note", self.note, self.tr("请填写回头看情况。"))
        if note is None:
            return None
        u, number, recurred = self._user, self.ticket.number, self.recurred.isChecked()
        return lambda: u.record_revisit(number, note=note, problem_recurred=recurred)


# -- escalation handling ----------------------------------------------------------------------------------
class EscalationDialog(OpDialog):
    """处理督办: 催办 (a note), 延期 (a new due for the late step), 改派 (another department) or 确认通报."""

    ACTIONS = ("urge", "extend", "reassign", "confirm")

    def __init__(self, parent: QWidget | None, user: ActingUser, escalation: EscalationInfo, action: str,
                 tz: tzinfo, departments: Sequence[DepartmentInfo] = (), now: datetime | None = None,
                 cal: WorkCalendar | None = None) -> None:
        if action not in self.ACTIONS:
            raise ValueError(action)
        title = {"urge": self.tr("催办"), "extend": self.tr("延期"), "reassign": self.tr("改派"),
                 "confirm": self.tr("确认通报")}[action]
        super().__init__(parent, title)
        self.setMinimumWidth(560)
        self._user = user
        self.escalation = escalation
        self.action = action
        self._tz = tz
        e = escalation
        step = labels.label(labels.steps(), e.step)
        self.set_header(
            self.tr("工单 %1：%2").replace("%1", e.ticket_number).replace("%2", e.ticket_title) + "\n"
            + self.tr("%1（%2）%3超时，已%4；期限 %5，已超时 %6").replace("%1", e.department)
            .replace("%2", labels.label(labels.dispatch_roles(), e.role)).replace("%3", step)
            .replace("%4", labels.label(labels.escalation_levels(), e.level))
            .replace("%5", labels.fmt_time(e.due, tz)).replace("%6", late_text(e.late_by, e.late_working, cal)))
        self.new_due: QDateTimeEdit | None = None
        self.department: QComboBox | None = None
        if action == "extend":
            self.new_due = self.add_field(self.tr("新的%1期限").replace("%1", step),
                                          datetime_edit(self, proposed_due(e.due, now, cal), tz), "new_due")
            self.form.addRow("", _office_time(self, tz))
        if action == "reassign":
            self.department = self.add_field(self.tr("改派给"), QComboBox(self), "department")
            self.department.addItem(self.tr("请选择部门"), None)
            for d in departments:
                if d.name != e.department:
                    self.department.addItem(d.name, d.name)
        required = action in ("urge", "reassign")
        hints = {"urge": self.tr("如：已电话督促，要求今日内报到"), "extend": self.tr("可不填，如：已与部门商定"),
                 "reassign": self.tr("说明改派原因；原部门的派单将被撤回"), "confirm": self.tr("可不填；将列入周报通报")}
        caption = self.tr("催办说明") if action == "urge" else self.tr("说明")
        self.note = self.add_field(caption + ("" if required else self.tr("（选填）")),
                                   _note_edit(self, hints[action]), "note")
        self.required = required
        self.ok_button.setText(title)

    def set_department(self, name: str) -> None:
        assert self.department is not None
        i = self.department.findData(name)
        if i < 0:
            raise ValueError(name)
        self.department.setCurrentIndex(i)

    def set_new_due(self, at: datetime) -> None:
        assert self.new_due is not None
        self.new_due.setDateTime(to_qdatetime(at, self._tz))

    def make_call(self) -> Callable[[], Any] | None:
        note = self.note.toPlainText()
        if self.required and not note.strip():
            self.show_field_error("note", self.tr("请填写%1。").replace(
                "%1", self.tr("催办说明") if self.action == "urge" else self.tr("改派原因")))
            return None
        kwargs: dict[str, Any] = {"action": self.action, "note": note}
        if self.new_due is not None:
            kwargs["new_due"] = from_qdatetime(self.new_due.dateTime(), self._tz)
        if self.department is not None:
            dept = self.department.currentData()
            if not dept:
                self.show_field_error("department", self.tr("请选择改派的部门。"))
                return None
            kwargs["department"] = dept
        u, eid = self._user, self.escalation.id
        return lambda: u.handle_escalation(eid, **kwargs)


# -- approval of a request ----------------------------------------------------------------------------------
class DecideRequestDialog(OpDialog):
    """审批: approve or reject an extension, suspension or return request (a reason is required to reject)."""

    def __init__(self, parent: QWidget | None, user: ActingUser, request: RequestInfo, tz: tzinfo,
                 approve: bool = True) -> None:
        kind = labels.label(labels.request_kinds(), request.kind)
        super().__init__(parent, self.tr("审批%1申请").replace("%1", kind))
        self._user = user
        self.request = request
        r = request
        lines = [self.tr("工单 %1：%2").replace("%1", r.ticket_number).replace("%2", r.ticket_title),
                 self.tr("%1申请%2（%3，%4）").replace("%1", r.department).replace("%2", kind)
                 .replace("%3", r.requested_by).replace("%4", labels.fmt_time(r.requested_at, tz)),
                 self.tr("理由：%1").replace("%1", r.reason or self.tr("（未填写）"))]
        if r.kind == "extension":
            lines.append(self.tr("办结期限：%1 → %2").replace("%1", labels.fmt_time(r.current_resolve_due, tz))
                         .replace("%2", labels.fmt_time(r.new_resolve_due, tz)))
        self.set_header("\n".join(lines))
        # issue 15: approving an extension past the 12345 platform's deadline is never done without a warning
        self.platform_line = error_line(self)
        self.platform_line.setObjectName("platform_due_line")
        late = r.kind == "extension" and None not in (r.platform_due, r.new_resolve_due) \
            and r.new_resolve_due > r.platform_due
        self.platform_line.setText(self.tr("注意：新办结期限晚于 12345 承诺完成时间 %1。").replace(
            "%1", labels.fmt_time(r.platform_due, tz)) if late else "")
        self.platform_line.setVisible(late)
        self.form.addRow(self.platform_line)
        box, self.approve, self.reject_radio, self._group = _choice_pair(
            self, self.tr("同意"), self.tr("驳回"), group_owner=self)
        self.add_field(self.tr("审批意见"), box, "approve")
        self.note = self.add_field(self.tr("说明"), _note_edit(self, self.tr("驳回时必须说明理由")), "note")
        self.set_approve(approve)
        self.ok_button.setText(self.tr("提交"))

    def set_approve(self, approve: bool) -> None:
        (self.approve if approve else self.reject_radio).setChecked(True)

    def make_call(self) -> Callable[[], Any] | None:
        approve = self.approve.isChecked()
        note = self.note.toPlainText()
        if not approve and not note.strip():
            self.show_field_error("note", self.tr("驳回申请时请说明理由。"))
            return None
        u, r = self._user, self.request
        if r.kind == "return":
            return lambda: u.decide_return(r.dispatch_id, approve=approve, note=note)
        return lambda: u.decide_request(r.id, approve=approve, note=note)
