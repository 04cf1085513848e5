"""The ticket in hand: the detail pane and the toolbar's ticket and dispatch verbs.

Whatever the page on screen highlights (a queue row, a supervision page's row, the report's drill-down) is the
*wanted* ticket: it is read, shown in the detail pane, and the verbs act on it, never on anything else. While
its detail is on its way (or nothing is highlighted), only 新建工单 is possible.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone, tzinfo
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar, QWidget

from desk import ActingUser
from desk.dto import DispatchInfo, TicketDetail
from desk.enums import OPEN_DISPATCH_STATES
from desk.errors import NotFound
from desk.permissions import role_may
from desk.workflow import DISPATCH_VERBS, TICKET_VERBS
from ui.common import labels
from ui.common.icons import icon
from ui.common.lists import OfficeLists
from ui.common.opdialog import OpDialog
from ui.common.ops import Op, describe_error
from ui.intake.repeats import RepeatPanel
from ui.tickets.badges import DeadlineClock
from ui.tickets.detail import DetailPane
from ui.tickets.dialogs import (
    DecideReturnDialog,
    ExtensionDialog,
    NoteDialog,
    RevisitDialog,
    TicketDialog,
    VerifyDialog,
    WhistleDialog,
)
from ui.tickets.slip import SlipPrinter

#: The actions, in toolbar order. "verify" covers 核实 and 回访 (verify / record_callback).
ACTION_VERBS = ("create_ticket", "update_ticket", "whistle", "acknowledge", "respond", "resolve", "request_return",
                "request_extension", "request_suspension", "resume", "decide_return", "withdraw", "verify", "close",
                "reopen", "cancel", "record_revisit")
#: Actions that apply to the dispatch selected in the detail pane (resume acts on a suspended dispatch).
DISPATCH_ACTIONS = frozenset(DISPATCH_VERBS) | {"resume"}
SHORTCUTS = {
    "create_ticket": "Ctrl+N", "update_ticket": "Ctrl+E", "whistle": "Ctrl+D", "acknowledge": "Ctrl+K",
    "respond": "Ctrl+R", "resolve": "Ctrl+J", "request_return": "Ctrl+T", "decide_return": "Ctrl+Shift+T",
    "withdraw": "Ctrl+Shift+W", "verify": "Ctrl+Y", "close": "Ctrl+Shift+J", "reopen": "Ctrl+Shift+R",
    "cancel": "Ctrl+Shift+X", "request_extension": "Ctrl+Shift+E", "request_suspension": "Ctrl+Shift+P",
    "resume": "Ctrl+Shift+G", "record_revisit": "Ctrl+Shift+H",
}
#: The toolbar's groups (a separator between two).
_GROUPS = ({"create_ticket"}, {"update_ticket", "whistle"}, set(DISPATCH_ACTIONS),
           {"verify", "close", "reopen", "cancel", "record_revisit"})


class TicketActions(QObject):
    """The detail pane (with its repeats section, attachment strip and 打印派单单 button), the verbs' actions
    and their enabled state, their dialogs, and the ticket they act on."""

    #: Detail of the wanted ticket arrived (or None).
    detail_loaded = Signal(object)
    #: A message for the status bar.
    status = Signal(str)
    #: Something changed (an action went through, a repeat was linked, an attachment added): views refresh.
    changed = Signal()
    #: A new ticket was accepted: the queue highlights it (in 待派 if not in the queue on screen).
    created = Signal(int)
    #: Someone else changed this ticket first: the queue reads it again and stays with it.
    conflicted = Signal(int)

    def __init__(self, window: QWidget, user: ActingUser, tz: tzinfo, clock: DeadlineClock, lists: OfficeLists,
                 settings: QSettings, *, locked: Callable[[], bool], office_name: Callable[[], str]) -> None:
        super().__init__(window)
        self.window = window  # the dialogs' parent
        self.user = user
        self.tz = tz
        self.clock = clock
        self.lists = lists
        self._locked = locked
        self._office_name = office_name
        self.detail: TicketDetail | None = None
        #: The id of the ticket the detail pane and the toolbar are about, once known (None: no ticket).
        self.selected_id: int | None = None
        #: What the page on screen has highlighted: a ticket id (the table), a number (a supervision page's
        #: row) or None. The detail pane shows it and the toolbar acts on it, never on anything else.
        self.wanted: int | str | None = None
        self._wanted_dispatch = 0
        self._detail_gen = 0
        self.dialog: OpDialog | None = None

        self.detail_pane = DetailPane(tz, window, clock=clock)
        # === issue 15: repeat complaints: the detail pane's repeats section (ui/intake/repeats.py) ===
        self.repeat_panel = RepeatPanel(user, self.detail_pane)
        self.detail_pane.add_section(self.repeat_panel)
        self.detail_pane.detail_shown.connect(self.repeat_panel.show_ticket)
        self.repeat_panel.changed.connect(lambda _number: self.changed.emit())
        # issue 15: the attachment strip acts as this user; an attachment added or removed reloads the ticket
        self.detail_pane.attachments.set_user(user)
        self.detail_pane.attachments.changed.connect(lambda _tid: self.changed.emit())
        self.detail_pane.attachments.status.connect(self.status.emit)
        self.slips = SlipPrinter(window, tz=tz, font_path=lambda: settings.value("reports/font_path", "", str))
        self.slips.status.connect(self.status.emit)
        self._build_actions()
        self.detail_pane.print_button.setDefaultAction(self.print_action)
        self.detail_pane.dispatch_selected.connect(lambda _id: self.update_actions())

    def _build_actions(self) -> None:
        texts = {
            "create_ticket": self.tr("新建工单"), "update_ticket": self.tr("编辑"), "whistle": self.tr("吹哨派单"),
            "acknowledge": self.tr("报到"), "respond": self.tr("响应"), "resolve": self.tr("办结"),
            "request_return": self.tr("申请退单"), "decide_return": self.tr("审核退单"),
            "withdraw": self.tr("撤回派单"), "verify": self.tr("核实/回访"), "close": self.tr("结案"),
            "reopen": self.tr("重办"), "cancel": self.tr("撤销"), "request_extension": self.tr("申请延期"),
            "request_suspension": self.tr("申请挂起"), "resume": self.tr("恢复计时"), "record_revisit": self.tr("回头看"),
        }
        tips = {
            "create_ticket": self.tr("受理一张新工单"), "update_ticket": self.tr("修改所选工单的内容"),
            "whistle": self.tr("召集主办和协办部门"), "acknowledge": self.tr("本部门报到，表示已接单"),
            "respond": self.tr("登记响应情况（联系反映人或到场）"), "resolve": self.tr("登记办结情况"),
            "request_return": self.tr("不属于本部门职责时申请退单"), "decide_return": self.tr("同意或驳回退单申请"),
            "withdraw": self.tr("撤回所选派单"), "verify": self.tr("核实办理结果并登记回访"),
            "close": self.tr("回访后结案"), "reopen": self.tr("结果不满意时重新办理"), "cancel": self.tr("撤销工单"),
            "request_extension": self.tr("不能按期办结时申请延长办结期限"),
            "request_suspension": self.tr("等待居民或天气等原因申请暂停计时"),
            "resume": self.tr("结束挂起，恢复计时"), "record_revisit": self.tr("登记结案后的回头看情况"),
        }
        self.verb_actions: dict[str, QAction] = {}
        #: Each action's tooltip and status tip when nothing is in the way (a merged child's say why not).
        self._usual_tips: dict[str, tuple[str, str]] = {}
        role = self.user.role
        for verb in ACTION_VERBS:
            a = QAction(icon(verb), texts[verb], self)
            a.setObjectName(f"action_{verb}")
            a.setShortcut(QKeySequence(SHORTCUTS[verb]))
            a.setToolTip(self.tr("%1（%2）").replace("%1", tips[verb])
                         .replace("%2", a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)))
            a.setStatusTip(tips[verb])
            a.triggered.connect(lambda _checked=False, v=verb: self.start_action(v))
            a.setVisible(role_may(verb, role) or (verb == "verify" and role_may("record_callback", role)))
            a.setEnabled(False)
            self._usual_tips[verb] = (a.toolTip(), tips[verb])
            self.verb_actions[verb] = a
        #: 打印派单单 of the ticket shown (every role: a department signs for its slip).
        self.print_action = QAction(icon("print"), self.tr("打印派单单…"), self)
        self.print_action.setObjectName("action_print_slip")
        self.print_action.setShortcut(QKeySequence("Ctrl+P"))
        self.print_action.setToolTip(self.tr("打印所选工单的派单单（一页 A4，含各部门时限和签收栏）（Ctrl+P）"))
        self.print_action.setStatusTip(self.tr("打印所选工单的派单单"))
        self.print_action.setEnabled(False)
        self.print_action.triggered.connect(lambda _checked=False: self.print_slip())

    def fill(self, menu_ticket: QMenu, menu_dispatch: QMenu, toolbar: QToolBar) -> None:
        """Put the verbs into the 工单 and 派单 menus and those the role may use on the toolbar, in groups."""
        group_of = {v: i for i, g in enumerate(_GROUPS) for v in g}
        last_group = None
        for verb, a in self.verb_actions.items():
            (menu_dispatch if verb in DISPATCH_ACTIONS else menu_ticket).addAction(a)
            if a.isVisible():
                if last_group is not None and group_of[verb] != last_group:
                    toolbar.addSeparator()
                last_group = group_of[verb]
                toolbar.addAction(a)
        menu_ticket.addSeparator()
        menu_ticket.addAction(self.print_action)

    # -- the verbs -----------------------------------------------------------------------------------
    def target_dispatch(self) -> DispatchInfo | None:
        """The dispatch that dispatch actions apply to: the one selected in the detail pane."""
        return self.detail_pane.current_dispatch()

    def update_actions(self) -> None:
        """Enable exactly what the transition table allows for the highlighted ticket and dispatch. While the
        highlighted ticket's detail is on its way (or nothing is highlighted), only 新建工单 is possible."""
        locked = self._locked()
        acts = self.user.allowed(self.detail) if self.showing_wanted() else None
        disp = self.target_dispatch()
        for verb, a in self.verb_actions.items():
            if verb == "create_ticket":
                ok = role_may("create_ticket", self.user.role)
            elif acts is None:
                ok = False
            elif verb == "verify":
                ok = "verify" in acts.ticket or "record_callback" in acts.ticket
            elif verb in TICKET_VERBS:
                ok = verb in acts.ticket
            else:
                ok = disp is not None and verb in acts.dispatches.get(disp.id, frozenset())
            a.setEnabled(bool(ok) and a.isVisible() and not locked)
            # held back (a merged child's verbs, a 待分类 ticket's whistle): the tooltip and status tip say why
            tip, status_tip = self._usual_tips[verb]
            why = acts.blocked.get(verb) if not ok and acts is not None and self.detail is not None else None
            if why == "merged":
                tip = status_tip = labels.merged_note(self.detail.parent_number)
            elif why == "unclassified":
                tip = status_tip = self.tr("待分类：请先编辑工单、选定分类，再吹哨派单")
            a.setToolTip(tip)
            a.setStatusTip(status_tip)
        self.print_action.setEnabled(acts is not None and not locked)

    def start_action(self, verb: str) -> OpDialog | None:
        """Open the dialog of ``verb`` (non-blocking, window-modal) and return it."""
        if self._locked() or verb not in self.verb_actions or not self.verb_actions[verb].isEnabled():
            return None
        t = self.detail
        d = self.target_dispatch()
        u, w, lists = self.user, self.window, self.lists
        if verb == "create_ticket":
            dlg: OpDialog = TicketDialog(w, u, lists.need_categories(), communities=lists.need_communities())
        elif t is None:
            return None
        elif verb == "update_ticket":
            dlg = TicketDialog(w, u, lists.need_categories(), t, communities=lists.need_communities())
        elif verb == "whistle":
            dlg = WhistleDialog(w, u, t, lists.need_departments(), lists.need_categories(), tz=self.tz)
        elif verb == "verify":
            dlg = VerifyDialog(w, u, t)
        elif verb == "record_revisit":
            dlg = RevisitDialog(w, u, t)
        elif verb in DISPATCH_ACTIONS and d is None:
            return None
        elif verb == "decide_return":
            dlg = DecideReturnDialog(w, u, t, d)
        elif verb == "request_extension":
            dlg = ExtensionDialog(w, u, t, d, self.tz, now=self.clock.now, cal=self.clock.cal)
        else:
            dlg = NoteDialog(w, u, verb, t, d if verb in DISPATCH_ACTIONS else None)
        dlg.succeeded.connect(lambda result, v=verb, dlg=dlg: self._after_change(v, result, dlg))
        dlg.changed.connect(self.changed.emit)
        dlg.conflict.connect(lambda message, dlg=dlg: self._conflict(dlg, message))
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dlg
        dlg.open()
        return dlg

    def _after_change(self, verb: str, result: Any, dlg: OpDialog) -> None:
        number = getattr(result, "number", None) or getattr(result, "ticket_number", None) or ""
        dept = getattr(dlg, "dispatch", None)
        dept_name = dept.department if dept is not None else ""
        msgs = {
            "create_ticket": self.tr("已受理新工单 %1"), "update_ticket": self.tr("工单 %1 已保存"),
            "whistle": self.tr("工单 %1 已派单"), "acknowledge": self.tr("工单 %1：%2已报到"),
            "respond": self.tr("工单 %1：%2已响应"), "resolve": self.tr("工单 %1：%2已办结"),
            "request_return": self.tr("工单 %1：%2已申请退单"), "decide_return": self.tr("工单 %1：%2的退单申请已审核"),
            "withdraw": self.tr("工单 %1：已撤回%2的派单"), "verify": self.tr("工单 %1 已核实/回访"),
            "close": self.tr("工单 %1 已结案"), "reopen": self.tr("工单 %1 已重办"), "cancel": self.tr("工单 %1 已撤销"),
            "request_extension": self.tr("工单 %1：%2已申请延期，等待审批"),
            "request_suspension": self.tr("工单 %1：%2已申请挂起，等待审批"),
            "resume": self.tr("工单 %1：%2已恢复计时"), "record_revisit": self.tr("工单 %1 已登记回头看"),
        }
        if verb == "verify" and isinstance(dlg, VerifyDialog) and dlg.closed:
            msg = self.tr("工单 %1 已回访并结案")
        elif verb == "verify" and isinstance(dlg, VerifyDialog) and dlg.close_error:
            msg = self.tr("工单 %1 已登记回访，但未能结案：%2").replace("%2", dlg.close_error)
        elif verb == "verify" and isinstance(dlg, VerifyDialog) and dlg.verify_needed and not dlg.verified:
            msg = self.tr("工单 %1 已核实") if dlg.accepted_yes.isChecked() else self.tr("工单 %1 核实未通过，已退回重办")
        elif verb == "decide_return" and isinstance(dlg, DecideReturnDialog):
            msg = self.tr("工单 %1：已同意%2退单") if dlg.approve.isChecked() else self.tr("工单 %1：已驳回%2的退单申请")
        else:
            msg = msgs[verb]
        msg = msg.replace("%1", number).replace("%2", dept_name)
        if isinstance(result, TicketDetail) and result.late_for_platform:  # issue 15: never without a warning
            msg = self.tr("%1。注意：%2 的办结时限晚于 12345 承诺完成时间 %3").replace("%1", msg).replace(
                "%2", self.tr("、").join(d.department for d in result.late_for_platform)).replace(
                "%3", labels.fmt_time(result.platform_due, self.tz))
        self.status.emit(msg)
        if verb == "create_ticket" and isinstance(result, TicketDetail):
            self.created.emit(result.id)  # highlighted and shown, in 待派 if not in this queue
        elif isinstance(result, TicketDetail) and self.is_wanted(result):
            self.set_detail(result)
        self.changed.emit()

    def print_slip(self) -> bool:
        """打印派单单 of the ticket shown: rendered in the background, then the print preview."""
        if not self.showing_wanted() or self._locked() or self.detail is None:
            return False
        now = self.clock.now or datetime.now(timezone.utc)
        started = self.slips.print_ticket(self.detail, office_name=self._office_name(), now=now,
                                          printed_by=self.user.info.display_name)
        if started:
            self.status.emit(self.tr("正在生成工单 %1 的派单单…").replace("%1", self.detail.number))
        return started

    def _conflict(self, dlg: OpDialog, message: str) -> None:
        """Someone else changed the item first: say so, reload it (detail pane, table) and hand it to the dialog."""
        self.status.emit(message)
        ticket = getattr(dlg, "ticket", None)
        tid = ticket.id if ticket is not None else self.selected_id
        if tid is None:
            self.changed.emit()
            return
        self._detail_gen += 1
        gen = self._detail_gen
        u = self.user

        def arrived(detail: TicketDetail) -> None:
            if gen == self._detail_gen and self.is_wanted(detail):
                self.set_detail(detail)
            if shiboken6.isValid(dlg) and dlg.isVisible():
                dlg.item_reloaded(detail)

        Op(self, lambda: u.ticket(tid)).success(arrived).failure(lambda exc: self._detail_failed(gen, exc)).run()
        self.conflicted.emit(tid)

    # -- one ticket at a time: what is highlighted is what is shown and acted on ---------------------
    def is_wanted(self, detail: TicketDetail) -> bool:
        return self.wanted is not None and self.wanted in (detail.id, detail.number)

    def showing_wanted(self) -> bool:
        """Whether the detail pane shows the highlighted ticket (and the toolbar may act on it)."""
        return self.detail is not None and self.is_wanted(self.detail)

    def want(self, key: int | str | None, dispatch_id: int = 0) -> None:
        """Show ticket ``key`` (an id, a number, or None for none) in the detail pane; the toolbar follows."""
        self._wanted_dispatch = dispatch_id
        if key == self.wanted:
            if key is not None and self.showing_wanted() and dispatch_id:
                self.detail_pane.select_dispatch(dispatch_id)
            return
        self.wanted = key
        self.selected_id = key if isinstance(key, int) else None
        self.update_actions()  # nothing acts on the previous ticket meanwhile
        self.load_detail()

    def load_detail(self) -> None:
        """Read the wanted ticket's detail again (None: show the placeholder)."""
        key = self.wanted
        self._detail_gen += 1
        gen = self._detail_gen
        if key is None:
            self.set_detail(None)
            return
        Op(self, lambda: self.user.ticket(key)).success(lambda d: self._detail_arrived(gen, d)) \
            .failure(lambda exc: self._detail_failed(gen, exc)).run()

    def reload_if_changed(self, ids: set[int]) -> None:
        """Other desks changed tickets ``ids``: read the wanted one again if it is among them (or not yet known)."""
        if self.selected_id in ids or (self.wanted is not None and self.selected_id is None):
            self.load_detail()

    def _detail_arrived(self, gen: int, detail: TicketDetail) -> None:
        if gen != self._detail_gen or not self.is_wanted(detail):
            return
        new = self.detail is None or self.detail.id != detail.id
        self.set_detail(detail)
        if new and self._wanted_dispatch:
            self.detail_pane.select_dispatch(self._wanted_dispatch)

    def _detail_failed(self, gen: int, exc: BaseException) -> None:
        if gen != self._detail_gen:
            return
        if isinstance(exc, NotFound):  # no longer visible to this user
            self.set_detail(None)
        self.status.emit(describe_error(exc))

    def set_detail(self, detail: TicketDetail | None) -> None:
        same = detail is not None and self.detail is not None and detail.id == self.detail.id
        self.detail = detail
        if detail is not None:
            self.selected_id = detail.id
        self.detail_pane.set_detail(detail, None if same else self._default_dispatch(detail))
        self.update_actions()
        self.detail_loaded.emit(detail)

    def _default_dispatch(self, detail: TicketDetail | None) -> int:
        """Responders act on their own department's (open) dispatch; supervisors on a pending return, a
        pending request or a suspended clock."""
        if detail is None:
            return 0
        acts = self.user.allowed(detail)
        newest_first = sorted(detail.dispatches, key=lambda d: -d.id)
        mine = self.user.info.department
        if mine:
            own = [d for d in newest_first if d.department == mine]
            for d in own:
                if acts.dispatches.get(d.id) or d.state in OPEN_DISPATCH_STATES:
                    return d.id
            return own[0].id if own else 0
        for wanted in ("decide_return", "decide_request", "resume"):  # what waits for the office
            for d in newest_first:
                if wanted in acts.dispatches.get(d.id, ()):
                    return d.id
        return 0

    def cleanup(self) -> None:
        self.slips.cleanup()


__all__ = ["ACTION_VERBS", "DISPATCH_ACTIONS", "SHORTCUTS", "TicketActions"]
