"""The main window: queues, the ticket table, the detail pane and the actions."""
from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

import shiboken6
from PySide6.QtCore import QByteArray, QItemSelectionModel, QModelIndex, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desk import ActingUser, Desk
from desk.dto import CategoryInfo, CommunityInfo, DepartmentInfo, DispatchInfo, QueueFilter, SweepResult, TicketDetail
from desk.enums import OPEN_DISPATCH_STATES
from desk.errors import NotFound
from desk.permissions import role_may
from desk.workflow import DISPATCH_VERBS, TICKET_VERBS
from ui.common import labels
from ui.common.about import help_menu
from ui.admin.accounts import ChangePasswordDialog, IdleWatcher, LockPage, UsersWindow
from ui.admin.admin import CalendarWindow, PolicyWindow, SettingsDialog
from ui.admin.auditlog import AuditLogWindow
from ui.tickets.badges import BADGE_INTERVAL_MS, BadgeDelegate, DeadlineClock, legend, longest_badge
from ui.setup.connection import ConnectionDialog, describe
from ui.tickets.detail import DetailPane
from ui.intake.repeats import RepeatPanel
from ui.tickets.dialogs import (
    DecideReturnDialog,
    ExtensionDialog,
    NoteDialog,
    RevisitDialog,
    TicketDialog,
    VerifyDialog,
    WhistleDialog,
)
from ui.common.i18n import language_menu
from ui.common.opdialog import OpDialog
from ui.intake.import_dialog import open_import  # issue 15
from ui.common.icons import icon
from ui.live import RETRY_INTERVAL_MS, ConnectionBanner, ConnectionWatch, LiveUpdates
from ui.tickets.models import FIRST_ORDER, TicketTableModel
from ui.common.notify import SWEEP_INTERVAL_MS, Notifier, Sweeper, app_icon
from ui.common.ops import Op, describe_error, task_manager
from ui.admin.orgadmin import CategoriesWindow, CommunitiesWindow, DepartmentsWindow, NamedItemsWindow
from ui.supervision.pages import ApprovalPage, EscalationPage, _Page
from ui.reports.page import CHECK_INTERVAL_MS, ReportsPage
from ui.tickets.filters import FilterBar
from ui.tickets.slip import SlipPrinter
from ui.common.widgets import HINT_STYLE, row_table

log = logging.getLogger(__name__)

POLL_INTERVAL_MS = 5000
#: A search slower than this (seconds) on a database without the substring index says why in the status bar.
SLOW_SEARCH_S = 1.0
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
#: Pages after the ticket queues (supervisors and admins): nav key -> escalation level (0: approvals).
PAGE_KEYS = {"escalations:1": 1, "escalations:2": 2, "escalations:3": 3, "approvals": 0}
#: The weekly report page's nav key (clerks, supervisors and admins).
REPORTS_KEY = "reports"
#: Live changes arriving within this many ms are applied together.
CHANGE_COALESCE_MS = 40
#: Minutes without input before the window locks, when the office setting cannot be read.
DEFAULT_IDLE_LOCK_MINUTES = 30
#: How often a desk looks whether the office settings or the calendar changed (on another desk, say).
SETTINGS_CHECK_MS = 60_000
_DEFAULT_WIDTHS = {
    "number": 108, "title": 230, "category": 80, "urgency": 70, "state": 110, "deadline": 108,
    "my_dispatch_state": 150, "lead_department": 96, "community": 90, "address": 170, "appeal_type": 70,
    "source": 80, "created_at": 128,
}


@dataclass(frozen=True)
class AdminEntry:
    """One window of the 管理 menu: shown to the roles the permission matrix allows ``verb``."""

    verb: str
    title: str
    tip: str
    #: Builds the window (a non-modal window, or an OpDialog that is built afresh each time).
    factory: Callable[[], QWidget]


class MainWindow(QMainWindow):
    """One logged-in user's desk. Build it with :func:`ui.app.build_main_window`."""

    #: The user chose 退出登录: the application shows the login dialog again.
    logout_requested = Signal()
    #: Another language was chosen in 查看 → 语言 (already installed): the application rebuilds the window.
    language_changed = Signal(str)
    #: Something changed (our own action, or another desk's): views refresh.
    refreshed = Signal()
    #: Detail of the selected ticket arrived (or None).
    detail_loaded = Signal(object)
    #: Queue counts arrived.
    counts_loaded = Signal(dict)

    #: Escalation and approval counts arrived (supervisors and admins): {nav key: unhandled count}.
    office_counts_loaded = Signal(dict)
    #: The user saved another database connection and wants to log in there now (its URL, no password).
    reconnect_requested = Signal(str)
    #: Changes of these ticket ids (another desk's, heard live or by polling) are being applied.
    changes_applied = Signal(object)

    def __init__(self, desk: Desk, user: ActingUser, settings: QSettings | None = None, *,
                 poll_interval_ms: int = POLL_INTERVAL_MS, page_size: int = 100,
                 badge_interval_ms: int = BADGE_INTERVAL_MS, sweep_interval_ms: int = SWEEP_INTERVAL_MS,
                 sweep_at_start: bool = True, live: bool | None = None, live_options: dict[str, Any] | None = None,
                 retry_ms: int = RETRY_INTERVAL_MS, report_check_ms: int = CHECK_INTERVAL_MS,
                 idle_lock_ms: int | None = None, settings_check_ms: int = SETTINGS_CHECK_MS) -> None:
        super().__init__()
        self.desk = desk
        self.user = user
        self.settings = settings if settings is not None else QSettings()
        self.tz = desk.office_tz()
        self.logged_out = False
        #: Why the session ended (shown by the login dialog), '' when the user chose 退出登录.
        self.logout_reason = ""
        self.locked = False
        self._hidden_windows: list[QWidget] = []
        self._disabled_actions: list[QAction] = []
        self._focus_before: QWidget | None = None
        self.detail: TicketDetail | None = None
        #: The id of the ticket the detail pane and the toolbar are about, once known (None: no ticket).
        self.selected_id: int | None = None
        #: What the page on screen has highlighted: a ticket id (the table), a number (a supervision page's
        #: row) or None. The detail pane shows it and the toolbar acts on it, never on anything else.
        self._wanted: int | str | None = None
        self._wanted_dispatch = 0
        #: A ticket to highlight as soon as the table's new id list has it (select_ticket, a new ticket).
        self._pending_select: int | None = None
        #: Where to look for the pending ticket when the list on screen does not hold it (then 全部).
        self._pending_queue = "all"
        #: The table row highlighted last, and what a new id list does to the highlight: "neighbour" (a
        #: refresh: the same ticket, or the row now in its place), "keep" (a new sort or search: the same
        #: ticket if it is still listed) or "clear" (another queue).
        self._selected_row: int | None = None
        self._on_new_list = "neighbour"
        self.counts: dict[str, int] = {}
        self.categories: list[CategoryInfo] = []
        self.departments: list[DepartmentInfo] = []
        self.communities: list[CommunityInfo] = []
        self.marker: int | None = None
        self.dialog: QWidget | None = None
        self._detail_gen = 0
        self._polling = False
        self._keep_scroll: int | None = None
        #: When the current search text was applied (its list not yet shown): a slow one says why.
        self._search_started: float | None = None
        self._queue_labels = labels.queues()
        self.office_counts: dict[str, int] = {}
        #: Newest escalation id seen, for "something escalated" notices (None until the first load).
        self._escalation_seen: int | None = None
        self._pending_seen: int | None = None
        self.admin_windows: dict[str, QWidget] = {}
        self._pending_changes: set[int] = set()
        self.connection_dialog: ConnectionDialog | None = None
        self.setWindowIcon(app_icon())
        self.office_name = ""
        self._set_title()

        # -- model and widgets
        self.deadline_clock = DeadlineClock(desk, self, interval_ms=badge_interval_ms)
        queues = user.queues()
        self.has_pages = role_may("handle_escalation", user.role)
        self.has_reports = role_may("weekly_report", user.role)
        keys = list(queues) + (list(PAGE_KEYS) if self.has_pages else []) + ([REPORTS_KEY] if self.has_reports else [])
        last = self.settings.value(self._queue_key(), "", str)
        start_key = last if last in keys else queues[0]
        self.model = TicketTableModel(user, self.tz, self, page_size=page_size,
                                      queue=start_key if start_key in queues else queues[0], clock=self.deadline_clock)
        self.model.visible_rows = self._visible_rows
        self.nav = QListWidget(self)
        self.nav.setObjectName("queues")
        for q in queues:
            item = QListWidgetItem(self._queue_labels.get(q, q), self.nav)
            item.setData(Qt.ItemDataRole.UserRole, q)
        self._page_labels = {"escalations:1": self.tr("催办"), "escalations:2": self.tr("督办"),
                             "escalations:3": self.tr("通报"), "approvals": self.tr("审批")}
        if self.has_pages:
            self._nav_section(self.tr("督办与审批"))
            for key in PAGE_KEYS:
                item = QListWidgetItem(self._page_labels[key], self.nav)
                item.setData(Qt.ItemDataRole.UserRole, key)
        if self.has_reports:
            self._nav_section(self.tr("统计"))
            item = QListWidgetItem(self.tr("周报"), self.nav)
            item.setData(Qt.ItemDataRole.UserRole, REPORTS_KEY)
        self.nav.setCurrentRow(self._nav_row(start_key))
        self._fit_nav()
        # section headings (督办与审批, 统计) are captions, not entries: small grey text, no hover, not selectable
        self.nav.setStyleSheet("QListWidget::item { padding: 5px 6px; }"
                               "QListWidget::item:disabled { color: #6b7280; padding: 12px 2px 2px 2px;"
                               " font-size: 8pt; border-bottom: 1px solid #d1d5db; }")

        self.stack = QStackedWidget(self)
        centre = QWidget(self.stack)
        self.stack.addWidget(centre)
        self.ticket_page = centre
        cl = QVBoxLayout(centre)
        cl.setContentsMargins(0, 0, 0, 0)
        #: Search box, where it searches, the filters (one set per queue, remembered) and the row count.
        self.filter_bar = FilterBar(centre)
        self.search = self.filter_bar.search
        cl.addWidget(self.filter_bar)
        self._filters_queue = self.model.queue
        self.model.filters = self.filter_bar.restore(self._saved_filters(self.model.queue))
        self.view = row_table(centre, self.model, stretch_last=False)
        header = self.view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        for i, c in enumerate(self.model.columns):
            header.resizeSection(i, max(_DEFAULT_WIDTHS.get(c.key, 100), self._header_width(i)))
        header.resizeSection(self.model.column_of("deadline"), self._badge_width())
        self.view.setItemDelegateForColumn(self.model.column_of("deadline"), BadgeDelegate(self.view))
        cl.addWidget(self.view)
        #: Shown over the empty table: nothing matched, or the queue is empty.
        self.empty_label = QLabel(self.view.viewport())
        self.empty_label.setObjectName("emptyTable")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: #777; font-size: 11pt;")
        self.empty_label.hide()
        self.legend = QLabel(centre)
        self.legend.setObjectName("deadlineLegend")
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet(HINT_STYLE)
        cl.addWidget(self.legend)

        #: nav key -> page (supervisors and admins)
        self.pages: dict[str, _Page] = {}
        if self.has_pages:
            for key, level in PAGE_KEYS.items():
                page: _Page = EscalationPage(user, level, self.tz, self.stack, departments=self._need_departments,
                                             clock=self.deadline_clock) if level else ApprovalPage(user, self.tz,
                                                                                                   self.stack)
                page.setObjectName(key.replace(":", "_"))
                page.ticket_selected.connect(lambda number, did, p=page: self._page_selected(p, number, did))
                page.changed.connect(self._page_changed)
                page.status.connect(self.show_status)
                self.stack.addWidget(page)
                self.pages[key] = page

        #: The 周报 page (clerks, supervisors and admins), else None.
        self.reports_page: ReportsPage | None = None
        if self.has_reports:
            self.reports_page = ReportsPage(desk, user, self.settings, self.stack, check_interval_ms=report_check_ms,
                                            notify=lambda title, text: self.notify(title, text), tz=self.tz)
            self.reports_page.setObjectName("reports")
            self.reports_page.status.connect(self.show_status)
            # the drill-down from a department's figures to its tickets shows the ticket in the detail pane
            self.reports_page.ticket_selected.connect(lambda number, _d: self._report_ticket(number))
            # in a scroll area, so that the page's row of buttons never makes the window wider
            self.reports_scroll = QScrollArea(self.stack)
            self.reports_scroll.setWidgetResizable(True)
            self.reports_scroll.setFrameShape(QFrame.Shape.NoFrame)
            self.reports_scroll.setWidget(self.reports_page)
            self.stack.addWidget(self.reports_scroll)

        self.detail_pane = DetailPane(self.tz, self, clock=self.deadline_clock)
        # === issue 15: repeat complaints: the detail pane's repeats section (ui/intake/repeats.py) ===
        self.repeat_panel = RepeatPanel(user, self.detail_pane)
        self.detail_pane.add_section(self.repeat_panel)
        self.detail_pane.detail_shown.connect(self.repeat_panel.show_ticket)
        self.repeat_panel.changed.connect(lambda _number: self.refresh_all())
        # issue 15: the attachment strip acts as this user; an attachment added or removed reloads the ticket
        self.detail_pane.attachments.set_user(user)
        self.detail_pane.attachments.changed.connect(lambda _tid: self.refresh_all())
        self.detail_pane.attachments.status.connect(lambda text: self.show_status(text))
        self.slips = SlipPrinter(self, tz=self.tz, font_path=lambda: self.settings.value("reports/font_path", "", str))
        self.slips.status.connect(self.show_status)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.detail_pane)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([150, 730, 560])
        self.splitter.setChildrenCollapsible(False)
        central = QWidget(self)
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        self.banner = ConnectionBanner(central)
        central_layout.addWidget(self.banner)
        central_layout.addWidget(self.splitter, 1)
        self.content = central
        # the lock page covers everything the window shows (tickets, residents' names and phones)
        self.central_stack = QStackedWidget(self)
        self.central_stack.addWidget(central)
        self.lock_page = LockPage(user, self.central_stack)
        self.central_stack.addWidget(self.lock_page)
        self.setCentralWidget(self.central_stack)

        self.status_user = QLabel(self)
        who = self.tr("%1（%2）").replace("%1", user.info.display_name) \
            .replace("%2", labels.label(labels.roles(), user.role))
        if user.info.department:
            who = self.tr("%1 · %2").replace("%1", who).replace("%2", user.info.department)
        self.status_user.setText(who)
        self.status_busy = QLabel(self)
        self.statusBar().addPermanentWidget(self.status_busy)
        self.statusBar().addPermanentWidget(self.status_user)
        task_manager().busy_changed.connect(self._busy_changed)

        self._build_actions()
        self.detail_pane.print_button.setDefaultAction(self.print_action)
        self._restore_settings()

        # -- wiring
        self.nav.currentItemChanged.connect(self._queue_changed)
        header.sortIndicatorChanged.connect(self._sort_changed)
        # the selection, not the current index: a click selects after moving the current row, and focusing the
        # table moves the current row without highlighting anything
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._table_selection_changed())
        self.model.loaded.connect(self._ids_loaded)
        self.model.located.connect(self._located)
        self.model.page_arrived.connect(self._highlighted_row_arrived)
        self.model.error.connect(self.show_status)
        self.detail_pane.dispatch_selected.connect(lambda _id: self.update_actions())
        self.filter_bar.search_changed.connect(self._apply_search)
        self.filter_bar.filters_changed.connect(self._apply_filters)
        self.model.loaded.connect(self._show_row_count)
        self.model.loaded.connect(self._search_speed_hint)
        self.deadline_clock.ticked.connect(
            lambda: self.filter_bar.set_today(self.deadline_clock.now.astimezone(self.tz).date()))
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(poll_interval_ms)
        self.poll_timer.timeout.connect(self.poll)
        self.notifier = Notifier(self, status=self.show_status)
        self.sweeper = Sweeper(desk, self, interval_ms=sweep_interval_ms)
        self.sweeper.swept.connect(self._swept)
        self._changes_timer = QTimer(self)
        self._changes_timer.setSingleShot(True)
        self._changes_timer.setInterval(CHANGE_COALESCE_MS)
        self._changes_timer.timeout.connect(self._apply_changes)
        self._refresh_timer = QTimer(self)  # one full refresh however many reasons arrive together
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(CHANGE_COALESCE_MS)
        self._refresh_timer.timeout.connect(lambda: self.refresh_all())

        # -- the idle lock: idle_lock_minutes (office setting) without input in the application
        self.lock_page.unlocked.connect(self._unlock)
        self.lock_page.logout_requested.connect(self.logout)
        self.lock_page.session_ended.connect(self.logout)
        self.idle_watch = IdleWatcher(self, (idle_lock_ms if idle_lock_ms is not None
                                             else DEFAULT_IDLE_LOCK_MINUTES * 60_000))
        self.idle_watch.idle.connect(self.lock_now)
        self.idle_watch.start()
        self._fixed_idle = idle_lock_ms is not None
        self._office_revision: str | None = None
        self.settings_timer = QTimer(self)
        self.settings_timer.setInterval(settings_check_ms)
        self.settings_timer.timeout.connect(self.check_office_settings)
        self.check_office_settings()
        self.settings_timer.start()

        # -- faults: the banner while the database is away
        self.watch = ConnectionWatch(desk, self, retry_ms=retry_ms)
        self.watch.lost.connect(self._connection_lost)
        self.watch.recovered.connect(self._connection_back)
        self.banner.retry_requested.connect(self.watch.retry_now)

        # -- live updates (PostgreSQL), started before the first load so that no change falls in between
        want_live = LiveUpdates.supported(desk) if live is None else live
        self.live: LiveUpdates | None = LiveUpdates(desk, self, **(live_options or {})) if want_live else None
        if self.live is not None:
            self.live.changed.connect(self.apply_changes)
            self.live.connection.connect(self._live_state)
            self.live.full_refresh.connect(self._refresh_timer.start)
            self.live.start()

        # -- first load: the clock, then ids (the table is what people wait for), then the rest
        self.deadline_clock.start()
        self.model.reload()
        self._load_marker()
        self.load_counts()
        self._load_lists()
        self._show_page(start_key)
        self.update_actions()
        if self.live is None:  # SQLite: ask every few seconds what changed
            self.poll_timer.start()
        if sweep_at_start:
            self.sweeper.sweep_now()
        self.sweeper.start()

    def _fit_nav(self) -> None:
        """The navigation is as wide as its longest entry with its count (no entry is cut off, in any language)."""
        fm = self.nav.fontMetrics()
        widest = max((fm.horizontalAdvance(self.nav.item(i).text()) for i in range(self.nav.count())), default=0)
        self.nav.setMinimumWidth(max(130, widest + 36))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def _nav_section(self, text: str) -> QListWidgetItem:
        """A heading in the navigation: a caption over the entries below it, which cannot be selected."""
        section = QListWidgetItem(text, self.nav)
        section.setFlags(Qt.ItemFlag.NoItemFlags)
        f = QFont(section.font())
        f.setBold(True)
        section.setFont(f)
        section.setForeground(QColor("#6b7280"))
        section.setToolTip(self.tr("分组标题"))
        return section

    # -- actions ---------------------------------------------------------------------------------
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
        role = self.user.role
        toolbar = QToolBar(self.tr("操作"), self)
        toolbar.setObjectName("actions")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setIconSize(QSize(20, 20))
        toolbar.setMovable(False)
        self.addToolBar(toolbar)
        self.toolbar = toolbar
        menu_file = self.menuBar().addMenu(self.tr("文件(&F)"))
        menu_ticket = self.menuBar().addMenu(self.tr("工单(&T)"))
        menu_dispatch = self.menuBar().addMenu(self.tr("派单(&D)"))
        menu_view = self.menuBar().addMenu(self.tr("查看(&V)"))
        groups = ({"create_ticket"}, {"update_ticket", "whistle"}, set(DISPATCH_ACTIONS),
                  {"verify", "close", "reopen", "cancel", "record_revisit"})
        group_of = {v: i for i, g in enumerate(groups) for v in g}
        last_group = None
        for verb in ACTION_VERBS:
            a = QAction(texts[verb], self)
            a.setObjectName(f"action_{verb}")
            a.setShortcut(QKeySequence(SHORTCUTS[verb]))
            a.setToolTip(self.tr("%1（%2）").replace("%1", tips[verb])
                         .replace("%2", a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)))
            a.setStatusTip(tips[verb])
            a.triggered.connect(lambda _checked=False, v=verb: self.start_action(v))
            possible = role_may(verb, role) or (verb == "verify" and role_may("record_callback", role))
            a.setVisible(possible)
            a.setEnabled(False)
            self.verb_actions[verb] = a
            (menu_dispatch if verb in DISPATCH_ACTIONS else menu_ticket).addAction(a)
            if possible:
                if last_group is not None and group_of[verb] != last_group:
                    toolbar.addSeparator()
                last_group = group_of[verb]
                toolbar.addAction(a)
        #: 打印派单单 of the ticket shown (every role: a department signs for its slip).
        self.print_action = QAction(self.tr("打印派单单…"), self)
        self.print_action.setObjectName("action_print_slip")
        self.print_action.setShortcut(QKeySequence("Ctrl+P"))
        self.print_action.setToolTip(self.tr("打印所选工单的派单单（一页 A4，含各部门时限和签收栏）（Ctrl+P）"))
        self.print_action.setStatusTip(self.tr("打印所选工单的派单单"))
        self.print_action.setEnabled(False)
        self.print_action.triggered.connect(lambda _checked=False: self.print_slip())
        menu_ticket.addSeparator()
        menu_ticket.addAction(self.print_action)
        # === issue 15: 工单 → 导入 12345 工单… (ui/intake/import_dialog.py) ===
        self.import_action = QAction(self.tr("导入 12345 工单…"), self)
        self.import_action.setObjectName("action_import_hotline")
        self.import_action.setStatusTip(self.tr("从 12345 平台导出的 Excel 或 CSV 文件导入工单"))
        self.import_action.setVisible(role_may("import_hotline", self.user.role))
        self.import_action.triggered.connect(lambda _checked=False: open_import(self))
        self.import_dialog = None
        menu_ticket.addAction(self.import_action)
        # === end issue 15 ===
        self.refresh_action = QAction(self.tr("刷新"), self)
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_action.triggered.connect(lambda: self.refresh_all())
        self.find_action = QAction(self.tr("搜索"), self)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.triggered.connect(self.focus_search)
        menu_view.addAction(self.find_action)
        menu_view.addAction(self.refresh_action)
        toolbar.addSeparator()
        toolbar.addAction(self.refresh_action)
        self.logout_action = QAction(self.tr("退出登录"), self)
        self.logout_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.logout_action.triggered.connect(lambda _checked=False: self.logout())
        self.quit_action = QAction(self.tr("退出"), self)
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        if self.quit_action.shortcut().isEmpty():
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        self.connection_action = QAction(self.tr("数据库连接…"), self)
        self.connection_action.setObjectName("action_connection")
        self.connection_action.setStatusTip(self.tr("选择本机数据库或共享服务器；更改后重新登录"))
        self.connection_action.triggered.connect(lambda _checked=False: self.open_connection_settings())
        self.change_password_action = QAction(self.tr("修改密码…"), self)
        self.change_password_action.setObjectName("action_change_password")
        self.change_password_action.setStatusTip(self.tr("修改您自己的登录密码"))
        self.change_password_action.triggered.connect(lambda _checked=False: self.open_change_password())
        self.lock_action = QAction(self.tr("锁定工作台"), self)
        self.lock_action.setObjectName("action_lock")
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setStatusTip(self.tr("离开座位时锁定，回来后输入密码继续"))
        self.lock_action.triggered.connect(lambda _checked=False: self.lock_now())
        menu_file.addAction(self.connection_action)
        menu_file.addAction(self.change_password_action)
        menu_file.addSeparator()
        menu_file.addAction(self.lock_action)
        menu_file.addAction(self.logout_action)
        menu_file.addSeparator()
        menu_file.addAction(self.quit_action)
        self.sweep_action = QAction(self.tr("立即检查超时"), self)
        self.sweep_action.setStatusTip(self.tr("立即检查到期未办的派单并记录催办、督办、通报"))
        self.sweep_action.triggered.connect(self.sweeper_sweep_now)
        menu_view.addAction(self.sweep_action)
        menu_view.addSeparator()
        menu_view.addMenu(language_menu(self, self.language_changed.emit, settings=self.settings))
        #: key -> 管理 menu entry; each is built for the roles the permission matrix allows its verb.
        self.admin_entries = self._admin_entries()
        self.admin_actions: dict[str, QAction] = {}
        allowed = {k: e for k, e in self.admin_entries.items() if role_may(e.verb, role)}
        if allowed:
            menu_admin = self.menuBar().addMenu(self.tr("管理(&A)"))
            for key, entry in allowed.items():
                a = QAction(entry.title, self)
                a.setObjectName(f"admin_{key}")
                a.setStatusTip(entry.tip)
                a.triggered.connect(lambda _checked=False, k=key: self.open_admin(k))
                menu_admin.addAction(a)
                self.admin_actions[key] = a
        self.menuBar().addMenu(help_menu(self, self.desk))
        for key, a in (*self.verb_actions.items(), *self.admin_actions.items(), ("print", self.print_action),
                       ("refresh", self.refresh_action), ("find", self.find_action), ("logout", self.logout_action),
                       ("quit", self.quit_action), ("connection", self.connection_action),
                       ("change_password", self.change_password_action), ("lock", self.lock_action),
                       ("sweep", self.sweep_action)):
            a.setIcon(icon(key))

    def target_dispatch(self) -> DispatchInfo | None:
        """The dispatch that dispatch actions apply to: the one selected in the detail pane."""
        return self.detail_pane.current_dispatch()

    def update_actions(self) -> None:
        """Enable exactly what the transition table allows for the highlighted ticket and dispatch. While the
        highlighted ticket's detail is on its way (or nothing is highlighted), only 新建工单 is possible."""
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
            a.setEnabled(bool(ok) and a.isVisible() and not self.locked)
        self.print_action.setEnabled(acts is not None and not self.locked)

    def start_action(self, verb: str) -> OpDialog | None:
        """Open the dialog of ``verb`` (non-blocking, window-modal) and return it."""
        if self.locked or verb not in self.verb_actions or not self.verb_actions[verb].isEnabled():
            return None
        t = self.detail
        d = self.target_dispatch()
        u = self.user
        if verb == "create_ticket":
            dlg: OpDialog = TicketDialog(self, u, self._need_categories(), communities=self._need_communities())
        elif t is None:
            return None
        elif verb == "update_ticket":
            dlg = TicketDialog(self, u, self._need_categories(), t, communities=self._need_communities())
        elif verb == "whistle":
            dlg = WhistleDialog(self, u, t, self._need_departments(), self._need_categories())
        elif verb == "verify":
            dlg = VerifyDialog(self, u, t)
        elif verb == "record_revisit":
            dlg = RevisitDialog(self, u, t)
        elif verb in DISPATCH_ACTIONS and d is None:
            return None
        elif verb == "decide_return":
            dlg = DecideReturnDialog(self, u, t, d)
        elif verb == "request_extension":
            dlg = ExtensionDialog(self, u, t, d, self.tz, now=self.deadline_clock.now, cal=self.deadline_clock.cal)
        else:
            dlg = NoteDialog(self, u, verb, t, d if verb in DISPATCH_ACTIONS else None)
        dlg.succeeded.connect(lambda result, v=verb, dlg=dlg: self._after_change(v, result, dlg))
        dlg.changed.connect(lambda: self.refresh_all())
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
        self.show_status(msg)
        if verb == "create_ticket" and isinstance(result, TicketDetail):
            self.select_ticket(result.id, queue="new")  # highlighted and shown, in 待派 if not in this queue
        elif isinstance(result, TicketDetail) and self._is_wanted(result):
            self.set_detail(result)
        self.refresh_all()

    def print_slip(self) -> bool:
        """打印派单单 of the ticket shown: rendered in the background, then the print preview."""
        if not self.showing_wanted() or self.locked or self.detail is None:
            return False
        now = self.deadline_clock.now or datetime.now(timezone.utc)
        started = self.slips.print_ticket(self.detail, office_name=self.office_name, now=now,
                                          printed_by=self.user.info.display_name)
        if started:
            self.show_status(self.tr("正在生成工单 %1 的派单单…").replace("%1", self.detail.number))
        return started

    def _conflict(self, dlg: OpDialog, message: str) -> None:
        """Someone else changed the item first: say so, reload it (detail pane, table) and hand it to the dialog."""
        self.show_status(message)
        ticket = getattr(dlg, "ticket", None)
        tid = ticket.id if ticket is not None else self.selected_id
        if tid is None:
            self.refresh_all()
            return
        self._detail_gen += 1
        gen = self._detail_gen
        u = self.user

        def arrived(detail: TicketDetail) -> None:
            if gen == self._detail_gen and self._is_wanted(detail):
                self.set_detail(detail)
            if shiboken6.isValid(dlg) and dlg.isVisible():
                dlg.item_reloaded(detail)

        Op(self, lambda: u.ticket(tid)).success(arrived).failure(lambda exc: self._detail_failed(gen, exc)).run()
        # stay with it (in 全部 if the change took it out of this queue): read the list again now, so that no
        # list read before the change can take the place of the new one
        self._pending_select = tid
        self._pending_changes.add(tid)
        self._apply_changes()

    # -- loading -----------------------------------------------------------------------------------
    def refresh_all(self, *, fetch_marker: bool = True) -> None:
        """Reload the table (keeping the selection, or moving it to the row in its place), the counts and the
        detail."""
        if fetch_marker:
            self._load_marker()
        self._keep_scroll = self.view.verticalScrollBar().value()
        self._reload_table("neighbour")
        self.load_counts()
        page = self.current_page()
        if page is not None:
            page.reload()
        self.load_detail()
        self.refreshed.emit()

    def _load_marker(self) -> None:
        Op(self, self.desk.change_marker, background=True).success(self._set_marker) \
            .failure(self._background_failed).run()

    def _set_marker(self, marker: int) -> None:
        self.marker = marker

    def poll(self) -> None:
        """Ask what changed since the last poll (other desks, SQLite); refresh just those tickets."""
        if self._polling:
            return
        self._polling = True
        since = self.marker
        if since is None:
            Op(self, self.desk.change_marker, background=True).success(self._set_marker) \
                .failure(self._background_failed).finally_(self._poll_done).run()
            return

        def done(result: tuple[int, frozenset]) -> None:
            marker, ids = result
            if self.marker != since or marker == since:
                return  # nothing new (or a full refresh moved the marker meanwhile)
            self.marker = marker
            self.deadline_clock.refresh_calendar()
            changed = {i for i in ids if i is not None}
            if changed and None not in ids:
                self.apply_changes(changed)
            else:
                self.refresh_all(fetch_marker=False)

        Op(self, lambda: self.desk.changes_since(since), background=True).success(done) \
            .failure(self._background_failed).finally_(self._poll_done).run()

    # -- other desks' changes ---------------------------------------------------------------------------
    def apply_changes(self, ids: set[int]) -> None:
        """Tickets ``ids`` changed (live notification or poll): refresh their rows, the counts and the detail."""
        self._pending_changes |= set(ids)
        if not self._changes_timer.isActive():
            self._changes_timer.start()

    def _apply_changes(self) -> None:
        ids, self._pending_changes = self._pending_changes, set()
        if not ids:
            return
        self._keep_scroll = self.view.verticalScrollBar().value()
        self._on_new_list = "neighbour"
        self.model.reload(changed=ids)
        self.load_counts()  # also the responder's 新派单 notice and the office's escalation notices
        page = self.current_page()
        if page is not None:
            page.reload()
        if self.selected_id in ids or (self._wanted is not None and self.selected_id is None):
            self.load_detail()
        self.changes_applied.emit(ids)

    def _live_state(self, connected: bool, message: str) -> None:
        self.watch.listener_state(connected, message)
        if connected and self.live is not None and self.live.connections == 1:
            self.poll()  # the first LISTEN: catch up on anything committed while it was being set up

    def _connection_lost(self, message: str) -> None:
        self.banner.show_lost(message)
        self.show_status(self.tr("与数据库的连接已断开，正在重试…"), 0)

    def _connection_back(self) -> None:
        self.banner.hide()
        self.show_status(self.tr("已重新连接数据库，数据已刷新"))
        self.deadline_clock.refresh_calendar()
        self._refresh_timer.start()

    def _poll_done(self) -> None:
        self._polling = False

    def load_counts(self) -> None:
        Op(self, self.user.queue_counts, background=True).success(self._counts_arrived) \
            .failure(self._background_failed).run()
        if self.has_pages:
            self.load_office_counts()

    def _counts_arrived(self, counts: dict[str, int]) -> None:
        self.counts = counts
        for i in range(self.nav.count()):
            item = self.nav.item(i)
            q = item.data(Qt.ItemDataRole.UserRole)
            if q is None or q in PAGE_KEYS or q == REPORTS_KEY:
                continue
            name = self._queue_labels.get(q, q)
            item.setText(self.tr("%1  (%2)").replace("%1", name).replace("%2", str(counts[q])) if q in counts else name)
        self._check_arrivals(counts)
        self._fit_nav()
        self.counts_loaded.emit(counts)

    def _check_arrivals(self, counts: dict[str, int]) -> None:
        """A responder: new dispatches for the department (本部门待报到 grew) -> a notice."""
        pending = counts.get("dept_pending")
        if pending is None:
            return
        before, self._pending_seen = self._pending_seen, pending
        if before is not None and pending > before:
            self.notify(self.tr("新派单"), self.tr("本部门有 %1 张新派单待报到（共 %2 张）")
                                 .replace("%1", str(pending - before)).replace("%2", str(pending)))

    def load_office_counts(self) -> None:
        """Unhandled escalations per level and pending approvals (the nav's second section)."""
        u = self.user

        def fetch() -> tuple[dict[int, list], int]:
            return {level: u.escalations(level) for level in (1, 2, 3)}, len(u.approvals())

        Op(self, fetch, background=True).success(self._office_counts_arrived).failure(self._background_failed).run()

    def _office_counts_arrived(self, result: tuple[dict[int, list], int]) -> None:
        lists, approvals = result
        counts = {f"escalations:{level}": sum(1 for e in items if e.handled_at is None)
                  for level, items in lists.items()}
        counts["approvals"] = approvals
        self.office_counts = counts
        for i in range(self.nav.count()):
            item = self.nav.item(i)
            key = item.data(Qt.ItemDataRole.UserRole)
            if key in counts:
                item.setText(self.tr("%1  (%2)").replace("%1", self._page_labels[key]).replace("%2", str(counts[key])))
                total = len(lists[PAGE_KEYS[key]]) if PAGE_KEYS[key] else counts[key]
                item.setToolTip(self.tr("待处理 %1 项，共 %2 项").replace("%1", str(counts[key]))
                                .replace("%2", str(total)))
        self._fit_nav()
        # notices: escalations newer than any seen before (whichever desk's sweep recorded them)
        every = [e for items in lists.values() for e in items]
        newest = max((e.id for e in every), default=0)
        seen, self._escalation_seen = self._escalation_seen, max(newest, self._escalation_seen or 0)
        if seen is not None:
            fresh = [e for e in every if e.id > seen]
            if fresh:
                self.notify_escalations(fresh)
        self.office_counts_loaded.emit(counts)

    def notify_escalations(self, items: list) -> None:
        levels = labels.escalation_levels()
        by_level = {lv: sum(1 for e in items if e.level == lv) for lv in (1, 2, 3)}
        summary = self.tr("、").join(self.tr("%1 %2 项").replace("%1", levels[lv]).replace("%2", str(n))
                                    for lv, n in by_level.items() if n)
        first = min(items, key=lambda e: (-e.level, e.reached_at))
        detail = self.tr("%1（%2）%3超时").replace("%1", first.ticket_number).replace("%2", first.department) \
            .replace("%3", labels.label(labels.steps(), first.step))
        self.notify(self.tr("超时升级"), self.tr("新增%1，如 %2").replace("%1", summary).replace("%2", detail))

    # -- the minute sweep ---------------------------------------------------------------------------
    def sweeper_sweep_now(self) -> None:
        self.sweeper.sweep_now()

    def _swept(self, result: SweepResult) -> None:
        if not result.escalations and not result.resumed:
            return
        mine = self.user.info.department
        if mine and not self.has_pages:
            own = [e for e in result.escalations if e.department == mine]
            if own:
                self.notify_escalations(own)
        # office users hear about escalations from the refreshed counts (any desk may have swept first)
        self.deadline_clock.tick()
        self.refresh_all()

    def _load_lists(self) -> None:
        u = self.user
        Op(self, lambda: (u.categories(), u.departments(), u.communities(include_inactive=True))) \
            .success(self._lists_arrived).failure(self._background_failed).run()

    def _lists_arrived(self, lists: tuple[list[CategoryInfo], list[DepartmentInfo], list[CommunityInfo]]) -> None:
        self.categories, self.departments, every_community = lists
        self.communities = [c for c in every_community if c.active]
        self.filter_bar.set_lists(self.departments, self.categories, every_community)
        self.filter_bar.restore(self.filter_bar.state())  # a 社区 saved before the list arrived is shown now

    def _need_categories(self) -> list[CategoryInfo]:
        if not self.categories:  # rare: the dialog was opened before the background load finished
            self.categories = self.user.categories()
        return self.categories

    def _need_communities(self) -> list[str]:
        if not self.communities:
            self.communities = self.user.communities()
        return [c.name for c in self.communities]

    def _need_departments(self) -> list[DepartmentInfo]:
        if not self.departments:
            self.departments = self.user.departments()
        return self.departments

    def load_detail(self) -> None:
        """Read the wanted ticket's detail again (None: show the placeholder)."""
        key = self._wanted
        self._detail_gen += 1
        gen = self._detail_gen
        if key is None:
            self.set_detail(None)
            return
        Op(self, lambda: self.user.ticket(key)).success(lambda d: self._detail_arrived(gen, d)) \
            .failure(lambda exc: self._detail_failed(gen, exc)).run()

    def _detail_arrived(self, gen: int, detail: TicketDetail) -> None:
        if gen != self._detail_gen or not self._is_wanted(detail):
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
        self.show_status(describe_error(exc))

    def set_detail(self, detail: TicketDetail | None) -> None:
        same = detail is not None and self.detail is not None and detail.id == self.detail.id
        self.detail = detail
        if detail is not None:
            self.selected_id = detail.id
        self.detail_pane.set_detail(detail, None if same else self._default_dispatch(detail))
        self.update_actions()
        self.detail_loaded.emit(detail)

    # -- one ticket at a time: what is highlighted is what is shown and acted on ---------------------
    def _is_wanted(self, detail: TicketDetail) -> bool:
        return self._wanted is not None and self._wanted in (detail.id, detail.number)

    def showing_wanted(self) -> bool:
        """Whether the detail pane shows the highlighted ticket (and the toolbar may act on it)."""
        return self.detail is not None and self._is_wanted(self.detail)

    def _want(self, key: int | str | None, dispatch_id: int = 0) -> None:
        """Show ticket ``key`` (an id, a number, or None for none) in the detail pane; the toolbar follows."""
        self._wanted_dispatch = dispatch_id
        if key == self._wanted:
            if key is not None and self.showing_wanted() and dispatch_id:
                self.detail_pane.select_dispatch(dispatch_id)
            return
        self._wanted = key
        self.selected_id = key if isinstance(key, int) else None
        self.update_actions()  # nothing acts on the previous ticket meanwhile
        self.load_detail()

    def _table_ticket(self) -> tuple[int | None, int | None]:
        """The highlighted row of the ticket table and its ticket id."""
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None, None
        row = rows[0].row()
        return row, self.model.ticket_id(row)

    def _table_selection_changed(self) -> None:
        if self.stack.currentWidget() is not self.ticket_page:
            return
        row, tid = self._table_ticket()
        if row is not None:
            self._selected_row = row
        self._want(tid)

    def _highlighted_row_arrived(self) -> None:
        """A row highlighted before its page was read (Ctrl+End at once): now its ticket is known, show it."""
        if self._wanted is None and self.stack.currentWidget() is self.ticket_page:
            row, tid = self._table_ticket()
            if tid is not None:
                self._want(tid)

    def _report_ticket(self, number: str) -> None:
        """A ticket chosen in the report's drill-down: the detail pane (hidden on that page) shows it."""
        if self.stack.currentWidget() is self.reports_scroll and number:
            self.detail_pane.show()
            self._want(number)

    def _page_selected(self, page: _Page, number: str, dispatch_id: int) -> None:
        if self.current_page() is page:
            self._want(number or None, dispatch_id)

    def _reload_table(self, on_new_list: str) -> None:
        self._on_new_list = on_new_list
        self.model.reload()

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

    def _background_failed(self, exc: BaseException) -> None:
        self.show_status(describe_error(exc))

    # -- table -------------------------------------------------------------------------------------
    def _ids_loaded(self) -> None:
        """A new list is in place: highlight the same ticket, or (after a refresh that took it away) the row now in
        its place, or nothing; the detail pane and the toolbar follow the highlight. A ticket outside the pages
        read is located first (the model reads the page that holds it)."""
        target = self._place_target()
        row = self.model.row_of(target) if target is not None else None
        if row is None and target is not None:
            self.model.locate(target)  # -> _located
            return
        self._place(row)

    def _place_target(self) -> int | None:
        """The ticket a new list highlights: the one asked for (select_ticket), else the one shown unless the
        list is another queue's."""
        if self._pending_select is not None:
            return self._pending_select
        return self._wanted if isinstance(self._wanted, int) and self._on_new_list != "clear" else None

    def _located(self, ticket_id: int, row: int) -> None:
        if ticket_id == self._place_target():  # (else the user has moved on meanwhile)
            self._place(row if row >= 0 else None)

    def _place(self, row: int | None) -> None:
        """Highlight ``row``, the target's row in the new list (None: the list does not hold it)."""
        keep_scroll, self._keep_scroll = self._keep_scroll, None
        mode, self._on_new_list = self._on_new_list, "neighbour"
        pending, self._pending_select = self._pending_select, None
        if pending is not None and row is None and self.model.narrowed():
            # the ticket to show is hidden by this queue's filters or search: clear them and look again
            self.filter_bar.clear_search()
            self.model.search = ""
            self.model.filters = self.filter_bar.restore({})
            self.settings.setValue(self._filters_key(self.model.queue), "{}")
            self._pending_select = pending
            self._reload_table("keep")
            return
        if pending is not None and row is None and self.model.queue != "all":
            # not in this queue (any more): go and find it in the queue select_ticket named, else in 全部
            queue, self._pending_queue = self._pending_queue, "all"
            self._pending_select = pending
            self.set_queue(queue if queue != self.model.queue else "all")
            return
        sm = self.view.selectionModel()
        target = pending if pending is not None else (self._wanted if isinstance(self._wanted, int) else None)
        if row is None and mode == "neighbour" and target is not None and self._selected_row is not None \
                and self.model.rowCount():
            row = min(self._selected_row, self.model.rowCount() - 1)
        if row is None:
            if sm.hasSelection():
                sm.clearSelection()
            sm.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
            if self.stack.currentWidget() is self.ticket_page:
                self._want(None)
            return
        if not (sm.currentIndex().row() == row and sm.isRowSelected(row)):
            self.select_row(row)
        if keep_scroll is not None and pending is None:  # a refresh: stay where the user was looking
            self.view.verticalScrollBar().setValue(keep_scroll)
        else:
            self.view.scrollTo(self.model.index(row, 0))
        if self.stack.currentWidget() is self.ticket_page:
            self._want(self.model.ticket_id(row))

    def select_row(self, row: int) -> None:
        idx = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            idx, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def select_ticket(self, ticket_id: int, *, queue: str = "all") -> None:
        """Highlight ``ticket_id`` in the table (and so show it): in this queue if it is listed, else in ``queue``
        (without search text), as a person would go and find it."""
        self._pending_select = ticket_id
        self._pending_queue = queue if queue in self.user.queues() else "all"
        if self.stack.currentWidget() is not self.ticket_page:
            self.set_queue(self._pending_queue)  # reloads, then highlights the pending ticket
        elif not self.model.loading:  # (else the list on its way highlights it)
            self._on_new_list = "keep"
            self._ids_loaded()  # located in this list, read or not; else in ``queue`` (see _place)

    def _visible_rows(self) -> tuple[int, int]:
        """The table rows on screen (what the badge timer re-evaluates)."""
        n = self.model.rowCount()
        first = self.view.rowAt(0)
        if first < 0:
            return (0, min(n, 50) - 1)
        last = self.view.rowAt(self.view.viewport().height() - 1)
        return first, (last if last >= 0 else n - 1)

    def current_queue(self) -> str:
        """The nav key shown: a ticket queue, or a page key such as ``escalations:1`` / ``approvals``."""
        item = self.nav.currentItem()
        key = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return key or self.user.queues()[0]

    def _nav_row(self, key: str) -> int:
        for i in range(self.nav.count()):
            if self.nav.item(i).data(Qt.ItemDataRole.UserRole) == key:
                return i
        raise ValueError(key)

    def set_queue(self, queue: str) -> None:
        """Show a ticket queue or a page (``escalations:1..3``, ``approvals``)."""
        self.nav.setCurrentRow(self._nav_row(queue))

    def current_page(self) -> _Page | None:
        w = self.stack.currentWidget()
        return w if isinstance(w, _Page) else None

    def page(self, key: str) -> _Page:
        return self.pages[key]

    def _show_page(self, key: str) -> None:
        self.detail_pane.setVisible(key != REPORTS_KEY)  # the report preview gets the room
        if key == REPORTS_KEY and self.reports_page is not None:
            self.stack.setCurrentWidget(self.reports_scroll)
            self._want(None)  # no ticket on this page: no ticket actions
            return
        page = self.pages.get(key)
        if page is None:
            self.stack.setCurrentWidget(self.ticket_page)
            self._want(self._table_ticket()[1])
            return
        self.stack.setCurrentWidget(page)
        item = page.current()
        self._want(item.ticket_number if item is not None else None, item.dispatch_id if item is not None else 0)
        page.reload()

    def _queue_changed(self, current: QListWidgetItem | None, _previous: Any) -> None:
        if current is None:
            return
        key = current.data(Qt.ItemDataRole.UserRole)
        if key is None:
            return
        if key in self.pages or key == REPORTS_KEY:
            self._show_page(key)
            return
        self.stack.setCurrentWidget(self.ticket_page)
        self.detail_pane.show()
        self._keep_scroll = None
        self._selected_row = None
        if self._pending_select is None:
            self._want(None)  # another queue: nothing is highlighted until the user picks a row
        self._on_new_list = "clear"
        if key != self._filters_queue:  # each queue keeps its own filters
            self.model.filters = self.filter_bar.restore(self._saved_filters(key))
            self._filters_queue = key
        self.model.set_queue(key)

    def _page_changed(self, message: str) -> None:
        self.show_status(message)
        self.refresh_all()

    # -- admin -------------------------------------------------------------------------------------------
    def _admin_entries(self) -> dict[str, AdminEntry]:
        """The 管理 menu, in order: key -> (verb, title, tip, factory)."""
        return {
            "users": AdminEntry("users", self.tr("用户管理…"), self.tr("开设账户、重置密码、停用、解锁、更改角色"),
                                self._make_users_window),
            "departments": AdminEntry("add_department", self.tr("部门管理…"),
                                      self.tr("新增、改名、停用可召集的部门"),
                                      lambda: self._connect_lists(DepartmentsWindow(self.user, self))),
            "communities": AdminEntry("add_community", self.tr("社区管理…"),
                                      self.tr("新增、改名、停用新建工单时可选的社区"),
                                      lambda: self._connect_lists(CommunitiesWindow(self.user, self))),
            "categories": AdminEntry("add_category", self.tr("分类管理…"),
                                     self.tr("新增、改名、停用工单分类，设置默认主办部门"),
                                     lambda: self._connect_lists(CategoriesWindow(self.user, self))),
            # === issue 15: category standards ===
            "standards": AdminEntry("set_category_standard", self.tr("立结案标准…"),
                                    self.tr("三级分类及其主办、协办部门、立案结案条件和时限，可导入导出 Excel"),
                                    self._make_standards_window),
            # === issue 15: 12345 import settings (ui/intake/import_admin.py) ===
            "import_settings": AdminEntry("set_category_mapping", self.tr("12345 导入设置…"),
                                          self.tr("12345 分类对照、列名别名、已存的列映射和导入记录"),
                                          self._make_import_admin_window),
            # === end issue 15: 12345 import settings ===
            "policies": AdminEntry("set_policy", self.tr("时限标准…"),
                                   self.tr("按分类和紧急程度设置报到、响应、办结时限"),
                                   lambda: PolicyWindow(self.user, self)),
            "calendar": AdminEntry("set_calendar_day", self.tr("工作日历…"),
                                   self.tr("设置节假日和调休上班日，导入放假安排"), self._make_calendar_window),
            "settings": AdminEntry("set_setting", self.tr("办公室设置…"),
                                   self.tr("预警比例、升级时限、挂起上限、回头看"), self._make_settings_dialog),
            "audit": AdminEntry("audit_log", self.tr("审计日志…"),
                                self.tr("管理操作和登录记录，校验审计链是否完整"),
                                lambda: AuditLogWindow(self.user, self, tz=self.tz)),
        }

    def _connect_lists(self, w: NamedItemsWindow) -> NamedItemsWindow:
        """Departments and categories changed: reload the lists the dialogs offer."""
        w.changed.connect(self._load_lists)
        return w

    def open_admin(self, key: str) -> QWidget:
        """Open (or raise) the admin window ``key`` of :meth:`_admin_entries` (``users``, ``calendar``, …).
        A dialog (OpDialog) is built afresh each time; a window is raised again."""
        if key not in self.admin_actions:
            raise ValueError(key)
        w = self.admin_windows.get(key)
        if w is not None and shiboken6.isValid(w) and not isinstance(w, OpDialog):
            w.show()
            w.raise_()
            w.activateWindow()
            return w
        if w is not None and shiboken6.isValid(w):
            w.deleteLater()
        w = self.admin_entries[key].factory()
        self.admin_windows[key] = w
        if isinstance(w, OpDialog):
            w.open()
        else:
            w.show()
        return w

    def _make_standards_window(self) -> QWidget:  # issue 15 §4
        from ui.standards.window import StandardsWindow
        w = StandardsWindow(self.user, self)
        w.changed.connect(self._load_lists)  # the whistle dialog proposes from the fresh standards
        return w

    def _make_import_admin_window(self) -> QWidget:  # issue 15 §1: 12345 import settings
        from ui.intake.import_admin import ImportAdminWindow
        w = ImportAdminWindow(self.user, self, tz=self.tz)
        w.changed.connect(self.refresh_all)  # a re-classification moves tickets out of 待分类
        return w

    def _make_users_window(self) -> UsersWindow:
        w = UsersWindow(self.user, self)
        w.changed.connect(self.show_status)
        return w

    def _make_calendar_window(self) -> CalendarWindow:
        now = self.deadline_clock.now
        local = now.astimezone(self.tz) if now is not None else None
        cal = CalendarWindow(self.user, self, year=local.year if local else None, month=local.month if local else None)
        cal.calendar_changed.connect(self._calendar_changed)
        return cal

    def _make_settings_dialog(self) -> SettingsDialog:
        dlg = SettingsDialog(self, self.user, self.desk, self.categories)
        dlg.succeeded.connect(self._settings_saved)
        return dlg

    def _settings_saved(self, changed: dict[str, str]) -> None:
        """办公室设置 saved (``changed``: the values written). This desk applies them at once; other desks
        within a minute (:meth:`check_office_settings`)."""
        self.show_status(self.tr("办公室设置已保存"))
        if "idle_lock_minutes" in changed:
            self._idle_setting(changed)
        self._office_settings(changed)
        self.refresh_all()

    # -- own account and the idle lock -------------------------------------------------------------------
    def open_change_password(self) -> ChangePasswordDialog:
        """文件 → 修改密码… (every role)."""
        if self.dialog is not None:
            self.dialog.deleteLater()
        dlg = ChangePasswordDialog(self.user, self)
        dlg.succeeded.connect(lambda _r: self.show_status(self.tr("密码已修改")))
        self.dialog = dlg
        dlg.open()
        return dlg

    def set_idle_interval(self, ms: int) -> None:
        """How long without keyboard or mouse input until the window locks (tests use a short one)."""
        self.idle_watch.set_interval_ms(ms)

    def check_office_settings(self) -> None:
        """Read the office settings if they (or the calendar) changed since the last look, on any desk: the
        idle lock takes the new time and the deadline badges the new calendar."""
        desk = self.desk

        def arrived(result: tuple[str, dict[str, str]]) -> None:
            revision, values = result
            if revision == self._office_revision:
                return
            if self._office_revision is not None:
                self.deadline_clock.refresh_calendar()
            self._office_revision = revision
            if not self._fixed_idle:
                self._idle_setting(values)
            self._office_settings(values)

        Op(self, lambda: (desk.calendar_revision(), desk.settings())).success(arrived) \
            .failure(self._background_failed).run()

    def _set_title(self) -> None:
        """吹哨报到工作台 — the office (办公室设置) — the user (role)."""
        who = self.tr("%1（%2）").replace("%1", self.user.info.display_name) \
            .replace("%2", labels.label(labels.roles(), self.user.role))
        parts = [self.tr("吹哨报到工作台"), self.office_name, who]
        self.setWindowTitle(self.tr(" — ").join(p for p in parts if p))

    def _idle_setting(self, values: dict[str, str]) -> None:
        try:
            minutes = int(values.get("idle_lock_minutes", DEFAULT_IDLE_LOCK_MINUTES))
        except ValueError:
            minutes = DEFAULT_IDLE_LOCK_MINUTES
        self.set_idle_interval(max(1, minutes) * 60_000)

    def _office_settings(self, values: dict[str, str]) -> None:
        """The office's name (the window title) and the warning share (the colours' legend)."""
        if "office_name" in values:
            self.office_name = values["office_name"]
            self._set_title()
        if "warning_share" in values:
            try:
                self.legend.setText(legend(float(values["warning_share"])))
            except ValueError:
                pass

    def _owns(self, w: QWidget) -> bool:
        """Whether top-level ``w`` belongs to this window (not to another main window)."""
        if isinstance(w, MainWindow):
            return False
        p = w.parentWidget()
        while p is not None:
            if p is self:
                return True
            if isinstance(p, MainWindow):
                return False
            p = p.parentWidget()
        return True

    def _own_actions(self) -> list[QAction]:
        """The actions of this window's menus and toolbar (not those of its admin windows and dialogs)."""
        out = []
        for a in self.findChildren(QAction):
            p = a.parent()
            while p is not None and p is not self:
                if isinstance(p, QWidget) and p.isWindow() and not isinstance(p, QMenu):
                    break
                p = p.parent()
            else:
                out.append(a)
        return out

    def lock_now(self) -> None:
        """Lock: the lock page covers the window, menus and toolbar are off, the app's other windows hide."""
        if self.locked:
            return
        self.locked = True
        self.idle_watch.stop()
        self._focus_before = QApplication.focusWidget()
        self._hidden_windows = []
        for w in QApplication.topLevelWidgets():
            if w is self or not w.isVisible() or not self._owns(w):
                continue
            if w.windowType() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip):
                w.hide()  # an open menu or tooltip: not brought back
                continue
            self._hidden_windows.append(w)
            w.hide()
        self._disabled_actions = [a for a in self._own_actions() if a.isEnabled()]
        for a in self._disabled_actions:
            a.setEnabled(False)
        self.menuBar().setEnabled(False)
        self.toolbar.setEnabled(False)
        self.statusBar().hide()
        self.central_stack.setCurrentWidget(self.lock_page)
        self.lock_page.reset()
        self.activateWindow()

    def _unlock(self) -> None:
        if not self.locked:
            return
        self.locked = False
        self.central_stack.setCurrentWidget(self.content)
        self.menuBar().setEnabled(True)
        self.toolbar.setEnabled(True)
        self.statusBar().show()
        for a in self._disabled_actions:
            if shiboken6.isValid(a):
                a.setEnabled(True)
        self._disabled_actions = []
        self.update_actions()
        hidden, self._hidden_windows = self._hidden_windows, []
        for w in hidden:
            if shiboken6.isValid(w):
                w.show()
        focus, self._focus_before = self._focus_before, None
        if focus is not None and shiboken6.isValid(focus) and focus.isVisible():
            focus.activateWindow()
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self.idle_watch.start()
        self.show_status(self.tr("已解锁"))

    def notify(self, title: str, text: str) -> None:
        """A tray notice; while locked without ticket details (anyone may be looking at the screen)."""
        if self.locked:
            text = self.tr("有新的待办事项，解锁后查看。")
        self.notifier.notify(title, text)

    # -- the database connection ---------------------------------------------------------------------
    def open_connection_settings(self) -> ConnectionDialog:
        """文件 → 数据库连接…: on save, offer to log in again on the new database."""
        if self.connection_dialog is not None:
            self.connection_dialog.deleteLater()
        current = self.desk.location
        dlg = ConnectionDialog(self, self.settings, None)
        dlg.succeeded.connect(lambda url: self._connection_saved(url, current))
        self.connection_dialog = dlg
        dlg.open()
        return dlg

    def _connection_saved(self, url: str, current: str) -> None:
        if describe(url) == describe(current):
            self.show_status(self.tr("数据库连接已保存"))
            return
        answer = QMessageBox.question(
            self, self.tr("数据库连接已更改"),
            self.tr("新的数据库连接（%1）需要重新登录后才能使用。现在退出登录并连接新的数据库吗？\n"
                    "选择“否”则在下次启动程序时生效。").replace("%1", describe(url)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            self.reconnect_requested.emit(url)
        else:
            self.show_status(self.tr("数据库连接已保存，下次启动时生效"))

    def _calendar_changed(self) -> None:
        self.deadline_clock.refresh_calendar()
        self.refresh_all()

    def _sort_changed(self, section: int, order: Qt.SortOrder) -> None:
        col = self.model.columns[section] if 0 <= section < len(self.model.columns) else None
        if col is None or col.sort_key is None:
            # not sortable: put the indicator back where the model's order is
            self._show_sort_indicator()
            self.show_status(self.tr("该列不能排序"))
            return
        if col.sort_key != self.model.sort_key:  # a new column: its natural order first (时限: overdue first)
            order = FIRST_ORDER.get(col.sort_key, Qt.SortOrder.AscendingOrder)
            header = self.view.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(section, order)
            header.blockSignals(False)
        self._keep_scroll = None
        self._on_new_list = "keep"
        self.model.sort(section, order)

    def _show_sort_indicator(self) -> None:
        header = self.view.horizontalHeader()
        col = next(i for i, c in enumerate(self.model.columns) if c.sort_key == self.model.sort_key)
        order = Qt.SortOrder.DescendingOrder if self.model.descending else Qt.SortOrder.AscendingOrder
        header.blockSignals(True)
        header.setSortIndicator(col, order)
        header.blockSignals(False)

    def _apply_search(self, text: str, everywhere: bool) -> None:
        if (text, everywhere) != (self.model.search, self.model.search_everywhere):
            self._keep_scroll = None
            self._on_new_list = "keep"
            self._search_started = time.monotonic() if text.strip() else None
            self.model.set_search(text, everywhere=everywhere)

    def _search_speed_hint(self) -> None:
        """A slow search on a database without the substring index says why in the status bar."""
        started, self._search_started = self._search_started, None
        if started is None or time.monotonic() - started < SLOW_SEARCH_S:
            return
        missing = self.desk.search_index_missing()
        if missing is not None:
            self.show_status(self.tr("搜索较慢：数据库没有搜索索引（%1），每次搜索都要逐条查找。请联系管理员。")
                             .replace("%1", missing), 30_000)

    def _apply_filters(self, filters: QueueFilter) -> None:
        self._keep_scroll = None
        self._on_new_list = "keep"
        self.settings.setValue(self._filters_key(self.model.queue), json.dumps(self.filter_bar.state()))
        self.model.set_filters(filters)

    def _filters_key(self, queue: str) -> str:
        return f"main/filters/{self.user.info.username}/{queue}"

    def _saved_filters(self, queue: str) -> dict[str, Any]:
        try:
            state = json.loads(self.settings.value(self._filters_key(queue), "{}", str) or "{}")
        except ValueError:
            return {}
        return state if isinstance(state, dict) else {}

    def _show_row_count(self) -> None:
        """The count next to the search box, and what an empty table says (and where the search looked)."""
        m = self.model
        n = m.rowCount()
        self.filter_bar.set_count(n, m.narrowed())
        if n:
            self.empty_label.hide()
            return
        if m.narrowed():
            where = self.tr("（已在全部工单中搜索）") if m.search and m.search_everywhere else \
                self.tr("（只在本队列中搜索；可改为“在全部工单中搜索”）") if m.search else ""
            text = self.tr("没有找到匹配的工单") + where
        else:
            text = self.tr("该队列中没有工单")
        self.empty_label.setText(text)
        self.empty_label.resize(self.view.viewport().size())
        self.empty_label.show()

    def _header_width(self, section: int) -> int:
        """Room for a header's text (in either language) with its sort arrow."""
        text = str(self.model.headerData(section, Qt.Orientation.Horizontal) or "")
        return self.view.horizontalHeader().fontMetrics().horizontalAdvance(text) + 34

    def _badge_width(self) -> int:
        """Room for the longest badge the rule writes (超期 999 个工作日 23 小时) in the interface language."""
        fm = self.view.fontMetrics()
        longest = max((longest_badge(True), longest_badge(False)), key=fm.horizontalAdvance)
        return fm.horizontalAdvance(longest) + 2 * BadgeDelegate.PAD_X + 16

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        self.empty_label.resize(self.view.viewport().size())

    # -- status --------------------------------------------------------------------------------------
    def show_status(self, message: str, timeout_ms: int = 10_000) -> None:
        self.statusBar().showMessage(message, timeout_ms)

    def _busy_changed(self, busy: bool) -> None:
        self.status_busy.setText(self.tr("正在读取数据…") if busy else "")

    # -- settings -------------------------------------------------------------------------------------
    def _header_key(self) -> str:
        return f"main/header3/{self.user.role}"  # 3: 时限 after the title, 诉求类型

    def _queue_key(self) -> str:
        return f"main/queue/{self.user.info.username}"

    def _restore_settings(self) -> None:
        s = self.settings
        geometry = s.value("main/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1440, 860)
        for key, widget in (("main/splitter", self.splitter), ("main/detailSplitter", self.detail_pane.splitter)):
            state = s.value(key)
            if isinstance(state, QByteArray) and not state.isEmpty():
                widget.restoreState(state)
        state = s.value(self._header_key())
        header = self.view.horizontalHeader()
        if isinstance(state, QByteArray) and not state.isEmpty() and header.restoreState(state):
            col = header.sortIndicatorSection()
            if 0 <= col < len(self.model.columns) and self.model.columns[col].sort_key:
                self.model.sort_key = self.model.columns[col].sort_key
                self.model.descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        self._show_sort_indicator()

    def save_settings(self) -> None:
        s = self.settings
        s.setValue("main/geometry", self.saveGeometry())
        hidden = self.detail_pane.isHidden()  # (on the 周报 page) its width is remembered all the same
        if hidden:
            self.detail_pane.show()
        s.setValue("main/splitter", self.splitter.saveState())
        if hidden:
            self.detail_pane.hide()
        s.setValue("main/detailSplitter", self.detail_pane.splitter.saveState())
        s.setValue(self._header_key(), self.view.horizontalHeader().saveState())
        s.setValue(self._queue_key(), self.current_queue())
        s.sync()

    # -- leaving --------------------------------------------------------------------------------------
    def logout(self, reason: str = "") -> None:
        """退出登录; ``reason`` (e.g. the account was locked on the lock page) is shown at the next login."""
        self.logged_out = True
        self.logout_reason = reason
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt name
        self.idle_watch.stop()
        self.settings_timer.stop()
        self.poll_timer.stop()
        self._changes_timer.stop()
        self._refresh_timer.stop()
        if self.live is not None:
            self.live.stop()
        self.watch.stop()
        if self.reports_page is not None:
            self.reports_page.cleanup()
        self.slips.cleanup()
        self.sweeper.stop()
        self.deadline_clock.stop()
        self.notifier.close()
        for w in self.admin_windows.values():
            w.close()
        self.save_settings()
        super().closeEvent(event)
        if self.logged_out:
            self.logout_requested.emit()


def build_main_window(desk: Desk, user: ActingUser, settings: QSettings | None = None, **kwargs: Any
                      ) -> MainWindow:
    """The main window for an already-open desk and a logged-in user (the app and the tests use this)."""
    return MainWindow(desk, user, settings, **kwargs)


__all__ = ["MainWindow", "build_main_window"]
