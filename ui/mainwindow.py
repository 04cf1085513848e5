"""The main window: a shell that hosts pages.

The shell keeps the window, the menu bar and toolbar (each part brings its actions), the status bar, the
navigation and page switching, and the session: refreshes, other desks' changes, the sweep, the idle lock,
logging out. The pages own their tables, actions and enabled states:

* :class:`~ui.tickets.queue.QueuePage`: the ticket queues (search, filters, the table);
* :class:`~ui.supervision.office.SupervisionPages`: 催办, 督办, 通报 and 审批 (supervisors and admins);
* :class:`~ui.reports.page.ReportsPage`: 周报 (clerks, supervisors and admins);
* the hosted pages (:attr:`MainWindow.hosted`): 问题清单, 项目库 and a responder's 项目节点 (:mod:`ui.projects`),
  地图 (:mod:`ui.map`);
* :class:`~ui.tickets.actions.TicketActions`: the ticket the page on screen highlights, in the detail pane,
  and the toolbar's verbs that act on it;
* :class:`~ui.admin.menu.AdminMenu`: the 管理 menu's windows.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (QLabel, QListWidgetItem, QMainWindow, QSplitter, QStackedWidget, QToolBar, QVBoxLayout,
                               QWidget)

from desk import ActingUser, Desk
from desk.dto import SweepResult
from desk.permissions import role_may
from ui.admin.accounts import ChangePasswordDialog
from ui.admin.menu import AdminMenu
from ui.admin.session import DEFAULT_IDLE_LOCK_MINUTES, OfficeSettingsWatch, SessionLock
from ui.common import labels
from ui.common.about import help_menu
from ui.common.i18n import language_menu
from ui.common.lists import OfficeLists
from ui.common.nav import NavList
from ui.common.notify import SWEEP_INTERVAL_MS, Notifier, Sweeper, app_icon
from ui.common.ops import describe_error, task_manager
from ui.common.widgets import in_scroll_area, make_action
from ui.intake.import_dialog import open_import  # issue 15
from ui.live import POLL_INTERVAL_MS, RETRY_INTERVAL_MS, ChangeFeed, ConnectionBanner
from ui.projects.disclose import Disclose  # issue 16 §4
from ui.map.import_dialog import open_map_import  # issue 17
from ui.map.page import MapPage  # issue 17
from ui.projects.hotspots import HotspotsPage  # issue 16
from ui.projects.page import CandidateFromQueue, ProjectsPage  # issue 16
from ui.projects.summons import SummonsPage  # issue 16 §2
from ui.projects.shell import ProjectDeskWindow  # issue 16 §3
from ui.reports.page import CHECK_INTERVAL_MS, ReportsPage
from ui.setup.connection import ConnectionDialog, change_connection
from ui.supervision.office import SupervisionPages, escalation_notice
from ui.tickets.actions import TicketActions
from ui.tickets.badges import BADGE_INTERVAL_MS, DeadlineClock
from ui.tickets.queue import QueuePage

#: The weekly report page's nav key (clerks, supervisors and admins).
REPORTS_KEY = "reports"
#: 民生工程 → 问题清单 and 项目库 (issue 16; clerks, supervisors and admins).
HOTSPOTS_KEY = "hotspots"
PROJECTS_KEY = "projects"
SUMMONS_KEY = "summons"
#: 一张图 → 地图 (issue 17; clerks, supervisors and admins).
MAP_KEY = "map"
#: How often a desk looks whether the office settings or the calendar changed (on another desk, say).
SETTINGS_CHECK_MS = 60_000


def _part(part: str, name: str) -> property:
    """``window.<name>`` is ``window.<part>.<name>`` (the app and the tests reach the pages through the window)."""
    return property(lambda self: getattr(getattr(self, part), name))


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

    # the queue page
    model, view, search, filter_bar, empty_label = (_part("queue", n) for n in (
        "model", "view", "search", "filter_bar", "empty_label"))
    select_row, select_ticket = _part("queue", "select_row"), _part("queue", "select_ticket")
    ticket_page = property(lambda self: self.queue)
    # the ticket in hand
    detail, selected_id, dialog, set_detail = (_part("tickets", n) for n in (
        "detail", "selected_id", "dialog", "set_detail"))
    detail_pane, repeat_panel, slips = (_part("tickets", n) for n in ("detail_pane", "repeat_panel", "slips"))
    verb_actions, print_action = _part("tickets", "verb_actions"), _part("tickets", "print_action")
    target_dispatch, start_action = _part("tickets", "target_dispatch"), _part("tickets", "start_action")
    # the 管理 menu, the pick-lists, other desks' changes, the session
    admin_entries, admin_actions = _part("admin", "entries"), _part("admin", "actions")
    admin_windows, open_admin = _part("admin", "windows"), _part("admin", "open")
    categories, departments, communities = (_part("lists", n) for n in ("categories", "departments", "communities"))
    marker, poll_timer, poll = (_part("feed", n) for n in ("marker", "poll_timer", "poll"))
    live, watch = _part("feed", "live"), _part("feed", "watch")
    locked, lock_page, idle_watch = (_part("session", n) for n in ("locked", "page", "idle"))
    settings_timer, _office_revision = _part("office", "timer"), _part("office", "revision")

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
        self.counts: dict[str, int] = {}
        self.connection_dialog: ConnectionDialog | None = None
        self.password_dialog: ChangePasswordDialog | None = None
        self.import_dialog = None
        self.office_name = ""
        self.setWindowIcon(app_icon())
        self._set_title()

        # -- the pages, in the navigation's order
        self.deadline_clock = DeadlineClock(desk, self, interval_ms=badge_interval_ms)
        self.lists = OfficeLists(user, self)
        self.lists.status.connect(self.show_status)
        self.queues = user.queues()
        self.nav = NavList(self)
        self.stack = QStackedWidget(self)
        last = self.settings.value(self._queue_key(), "", str)
        start_key = last if last in self.queues else self.queues[0]
        self.queue = QueuePage(desk, user, self.lists, self.settings, self.stack, queue=start_key, tz=self.tz,
                               clock=self.deadline_clock, page_size=page_size, go_to=self.set_queue,
                               want=lambda key: self.tickets.want(key), wanted=lambda: self.tickets.wanted)
        self.queue.status.connect(self.show_status)
        self.queue.counts_loaded.connect(self._counts_arrived)
        self.queue.notice.connect(self.notify)
        self.stack.addWidget(self.queue)
        for q in self.queues:
            self.nav.add_entry(q, labels.queues().get(q, q))
        #: The 督办与审批 pages (supervisors and admins), else None.
        self.supervision: SupervisionPages | None = None
        if role_may("handle_escalation", user.role):
            self.supervision = SupervisionPages(user, self.tz, self.stack, departments=self.lists.need_departments,
                                                clock=self.deadline_clock)
            self.supervision.status.connect(self.show_status)
            self.supervision.ticket_selected.connect(self._page_selected)
            self.supervision.changed.connect(self._page_changed)
            self.supervision.counts_loaded.connect(self._office_counts_arrived)
            self.supervision.escalated.connect(lambda items: self.notify(*escalation_notice(items)))
            self.nav.add_section(self.tr("督办与审批"))
            for key, page in self.pages.items():
                self.nav.add_entry(key, self.supervision.labels[key])
                self.stack.addWidget(page)
        self.has_pages = self.supervision is not None
        #: The 周报 page (clerks, supervisors and admins), else None.
        self.reports_page: ReportsPage | None = None
        self.has_reports = role_may("weekly_report", user.role)
        if self.has_reports:
            self.reports_page = ReportsPage(desk, user, self.settings, self.stack, check_interval_ms=report_check_ms,
                                            notify=lambda title, text: self.notify(title, text), tz=self.tz)
            self.reports_page.setObjectName("reports")
            self.reports_page.status.connect(self.show_status)
            # the drill-down from a department's figures to its tickets shows the ticket in the detail pane
            self.reports_page.ticket_selected.connect(lambda number, _d: self._report_ticket(number))
            self.reports_scroll = self.reports_page.in_scroll_area(self.stack)
            self.stack.addWidget(self.reports_scroll)
            self.nav.add_section(self.tr("统计"))
            self.nav.add_entry(REPORTS_KEY, self.tr("周报"))
        # === issue 16: 民生工程 (ui/projects): 问题清单 and 项目库 ===
        #: Pages with no ticket of their own (nav key -> the widget the stack shows, what to do when it comes on
        #: screen, what F5 does): the ticket pane hides there and comes back with a ticket they open.
        self.hosted: dict[str, tuple[QWidget, Callable[[], Any], Callable[[], Any]]] = {}
        self.hotspots_page: HotspotsPage | None = None
        self.projects_page: ProjectsPage | None = None
        if role_may("hotspots", user.role):
            self.hotspots_page = HotspotsPage(user, self.tz, self.stack, now=lambda: self.deadline_clock.now)
            self.hotspots_page.status.connect(self.show_status)
            self.hotspots_page.open_ticket.connect(self._hosted_ticket)
            self.hosted[HOTSPOTS_KEY] = (self.hotspots_page, self.hotspots_page.shown, self.hotspots_page.reload)
        if role_may("list_projects", user.role):
            self.projects_page = ProjectsPage(user, self.tz, self.stack, lists=self.lists, queue_numbers=lambda: [
                t.number for t in self.queue.selected_summaries()[0]])
            self.projects_page.status.connect(self.show_status)
            self.projects_page.open_ticket.connect(self._hosted_ticket)
            self.hosted[PROJECTS_KEY] = (in_scroll_area(self.projects_page, self.stack), self.projects_page.reload,
                                         self.projects_page.reload)
        self.summons_page: SummonsPage | None = None
        if role_may("my_milestones", user.role):  # a responder's door to the milestones their department is summoned to
            self.summons_page = SummonsPage(user, self.tz, self.stack)
            self.summons_page.status.connect(self.show_status)
            self.hosted[SUMMONS_KEY] = (self.summons_page, self.summons_page.reload, self.summons_page.reload)
        if self.hosted:
            self.nav.add_section(self.tr("民生工程"))
        for key, text in ((HOTSPOTS_KEY, self.tr("问题清单")), (PROJECTS_KEY, self.tr("项目库")),
                          (SUMMONS_KEY, self.tr("项目节点"))):
            if key in self.hosted:
                self.stack.addWidget(self.hosted[key][0])
                self.nav.add_entry(key, text)
        # === issue 17: 一张图 (ui/map): the map page, hosted like the 民生工程 pages ===
        self.map_page: MapPage | None = None
        if role_may("map_picture", user.role):
            self.map_page = MapPage(user, self.tz, self.stack, now=lambda: self.deadline_clock.now,
                                    categories=lambda: self.lists.categories,
                                    import_boundaries=(lambda: open_map_import(self, self.map_page))
                                    if role_may("import_map_layer", user.role) else None)
            self.map_page.status.connect(self.show_status)
            self.map_page.open_ticket.connect(self._hosted_ticket)
            self.map_page.open_project.connect(self._map_project)
            # (in a scroll area, like 项目库: its filter bar would otherwise widen the whole window)
            self.hosted[MAP_KEY] = (in_scroll_area(self.map_page, self.stack), self.map_page.shown,
                                    self.map_page.reload)
            self.nav.add_section(self.tr("一张图"))
            self.stack.addWidget(self.hosted[MAP_KEY][0])
            self.nav.add_entry(MAP_KEY, self.tr("地图"))
            m = self.map_page  # the hotspots ⇄ the map; a project's place set on the map (filters first, then show)
            if self.hotspots_page is not None:
                self.hotspots_page.show_on_map.connect(lambda *a: (m.show_hotspot(*a), self.set_queue(MAP_KEY)))
                m.open_hotspots.connect(lambda *a: (self.hotspots_page.focus_community(*a),
                                                    self.set_queue(HOTSPOTS_KEY)))
            if self.projects_page is not None:
                self.projects_page.place_on_map.connect(lambda n, name: (self.set_queue(MAP_KEY),
                                                                         m.start_placing_project(n, name)))
                m.project_placed.connect(lambda _n: self.projects_page.reload())
        # === end issue 17 ===
        self.refreshed.connect(lambda: [reload() for view, _shown, reload in self.hosted.values()
                                        if self.stack.currentWidget() is view])
        # === end issue 16 ===
        if last in self.nav.keys():
            start_key = last
        self.nav.setCurrentRow(self.nav.row_of(start_key))
        self.nav.fit()

        self.tickets = TicketActions(self, user, self.tz, self.deadline_clock, self.lists, self.settings,
                                     locked=lambda: self.session.locked, office_name=lambda: self.office_name)
        self.tickets.status.connect(self.show_status)
        self.tickets.changed.connect(lambda: self.refresh_all())
        self.tickets.created.connect(lambda tid: self.select_ticket(tid, queue="new"))
        self.tickets.conflicted.connect(self._conflicted)
        self.tickets.detail_loaded.connect(self.detail_loaded)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        for i, (w, stretch) in enumerate(((self.nav, 0), (self.stack, 3), (self.detail_pane, 2))):
            self.splitter.addWidget(w)
            self.splitter.setStretchFactor(i, stretch)
        self.splitter.setSizes([150, 730, 560])
        self.splitter.setChildrenCollapsible(False)
        self.content = QWidget(self)
        central_layout = QVBoxLayout(self.content)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        self.banner = ConnectionBanner(self.content)
        central_layout.addWidget(self.banner)
        central_layout.addWidget(self.splitter, 1)
        # the lock page covers everything the window shows (tickets, residents' names and phones)
        self.central_stack = QStackedWidget(self)
        self.central_stack.addWidget(self.content)
        self.session = SessionLock(self, user, self.central_stack, self.content, idle_ms=(
            idle_lock_ms if idle_lock_ms is not None else DEFAULT_IDLE_LOCK_MINUTES * 60_000))
        self.setCentralWidget(self.central_stack)

        who = self._who()
        if user.info.department:
            who = self.tr("%1 · %2").replace("%1", who).replace("%2", user.info.department)
        self.status_user = QLabel(who, self)
        self.status_busy = QLabel(self)
        self.statusBar().addPermanentWidget(self.status_busy)
        self.statusBar().addPermanentWidget(self.status_user)
        task_manager().busy_changed.connect(self._busy_changed)

        self.admin = AdminMenu(self, desk, user, self.tz, now=lambda: self.deadline_clock.now,
                               categories=lambda: self.lists.categories)
        self.admin.lists_changed.connect(self.lists.load)
        self.admin.tickets_changed.connect(lambda: self.refresh_all())
        self.admin.calendar_changed.connect(self._calendar_changed)
        self.admin.settings_saved.connect(self._settings_saved)
        self.admin.status.connect(self.show_status)
        self._build_menus()
        self._restore_settings()

        # -- wiring
        self.nav.currentItemChanged.connect(self._nav_changed)
        self.notifier = Notifier(self, status=self.show_status)
        self.sweeper = Sweeper(desk, self, interval_ms=sweep_interval_ms)
        self.sweeper.swept.connect(self._swept)
        # the idle lock: idle_lock_minutes (office setting) without input in the application
        self.session.unlocked.connect(self._unlocked)
        self.lock_page.logout_requested.connect(self.logout)
        self.lock_page.session_ended.connect(self.logout)
        self.idle_watch.start()
        self.office = OfficeSettingsWatch(desk, self, interval_ms=settings_check_ms,
                                          fixed_idle=idle_lock_ms is not None)
        self.office.office_name.connect(self._set_title)
        self.office.warning_share.connect(self.queue.set_warning_share)
        self.office.idle_minutes.connect(lambda minutes: self.set_idle_interval(minutes * 60_000))
        self.office.calendar_changed.connect(self.deadline_clock.refresh_calendar)
        self.office.status.connect(self.show_status)
        self.office.check()
        self.office.timer.start()
        # other desks' changes, live (PostgreSQL: listening before the first load, so that no change falls in
        # between) or polled; the banner while the database is away
        self.feed = ChangeFeed(desk, self, poll_interval_ms=poll_interval_ms, live=live, live_options=live_options,
                               retry_ms=retry_ms)
        self.feed.changed.connect(self._changes_arrived)
        self.feed.refresh.connect(lambda fetch: self.refresh_all(fetch_marker=fetch))
        self.feed.moved.connect(self.deadline_clock.refresh_calendar)
        self.feed.status.connect(self.show_status)
        self.watch.lost.connect(self._connection_lost)
        self.watch.recovered.connect(self._connection_back)
        self.banner.retry_requested.connect(self.watch.retry_now)
        self.feed.listen()

        # -- first load: the clock, then ids (the table is what people wait for), then the rest
        self.deadline_clock.start()
        self.model.reload()
        self.feed.load_marker()
        self.load_counts()
        self.lists.load()
        self._show_page(start_key)
        self.tickets.update_actions()
        self.feed.start()  # SQLite: ask every few seconds what changed
        if sweep_at_start:
            self.sweeper.sweep_now()
        self.sweeper.start()

    # -- menus and toolbar ---------------------------------------------------------------------------
    def _build_menus(self) -> None:
        """文件, 工单, 派单, 查看, 管理 and 帮助, and the toolbar: the verbs, then 刷新."""
        toolbar = QToolBar(self.tr("操作"), self)
        toolbar.setObjectName("actions")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setIconSize(QSize(20, 20))
        toolbar.setMovable(False)
        self.addToolBar(toolbar)
        self.toolbar = toolbar
        bar = self.menuBar()
        menu_file, menu_ticket, menu_dispatch, menu_view = (bar.addMenu(t) for t in (
            self.tr("文件(&F)"), self.tr("工单(&T)"), self.tr("派单(&D)"), self.tr("查看(&V)")))
        self.tickets.fill(menu_ticket, menu_dispatch, toolbar)
        # === issue 15: 工单 → 导入 12345 工单… (ui/intake/import_dialog.py) ===
        self.import_action = make_action(self, self.tr("导入 12345 工单…"), lambda: open_import(self),
                                         name="action_import_hotline",
                                         tip=self.tr("从 12345 平台导出的 Excel 或 CSV 文件导入工单"))
        self.import_action.setVisible(role_may("import_hotline", self.user.role))
        menu_ticket.addAction(self.import_action)
        # === end issue 15 ===
        # === issue 16: 工单 → 生成储备项目… (and the queue's context menu) on the tickets selected in the queue ===
        self.from_tickets = CandidateFromQueue(self, self.user, self.queue, lists=self.lists, this_year=lambda: (
            self.projects_page.today.year if self.projects_page is not None and self.projects_page.today else None))
        self.from_tickets.status.connect(self.show_status)
        self.from_tickets.created.connect(lambda _p: self.projects_page.reload() if self.projects_page else None)
        if self.hotspots_page is not None:  # 问题清单 → 生成储备项目…: the same dialog, from a hotspot's tickets
            self.hotspots_page.create_candidate.connect(lambda numbers, community, category: self.from_tickets.open_for(
                list(numbers), origin="hotspot", community=community or None, category=category or None))
        menu_ticket.addAction(self.from_tickets.action)
        # 文件 → 发布阳光工程网站… (ui/projects/disclose.py)
        self.disclose = Disclose(self, self.user)
        self.disclose.status.connect(self.show_status)
        menu_file.addAction(self.disclose.action)
        menu_file.addSeparator()
        # === end issue 16 ===
        self.refresh_action = make_action(self, self.tr("刷新"), lambda: self.refresh_all(), icon_key="refresh",
                                          shortcut=QKeySequence.StandardKey.Refresh)
        self.find_action = make_action(self, self.tr("搜索"), self.queue.focus_search, icon_key="find",
                                       shortcut=QKeySequence.StandardKey.Find)
        menu_view.addActions([self.find_action, self.refresh_action])
        toolbar.addSeparator()
        toolbar.addAction(self.refresh_action)
        self.logout_action = make_action(self, self.tr("退出登录"), self.logout, icon_key="logout",
                                         shortcut="Ctrl+Shift+L")
        self.quit_action = make_action(self, self.tr("退出"), self.close, icon_key="quit",
                                       shortcut=QKeySequence.StandardKey.Quit)
        if self.quit_action.shortcut().isEmpty():
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.connection_action = make_action(self, self.tr("数据库连接…"), self.open_connection_settings,
                                             icon_key="connection", name="action_connection",
                                             tip=self.tr("选择本机数据库或共享服务器；更改后重新登录"))
        self.change_password_action = make_action(self, self.tr("修改密码…"), self.open_change_password,
                                                  icon_key="change_password", name="action_change_password",
                                                  tip=self.tr("修改您自己的登录密码"))
        self.lock_action = make_action(self, self.tr("锁定工作台"), lambda: self.lock_now(), icon_key="lock",
                                       shortcut="Ctrl+L", name="action_lock", tip=self.tr("离开座位时锁定，回来后输入密码继续"))
        for a in (self.connection_action, self.change_password_action, None, self.lock_action, self.logout_action,
                  None, self.quit_action):
            menu_file.addAction(a) if a is not None else menu_file.addSeparator()
        self.sweep_action = make_action(self, self.tr("立即检查超时"), lambda: self.sweeper.sweep_now(), icon_key="sweep",
                                        tip=self.tr("立即检查到期未办的派单并记录催办、督办、通报"))
        menu_view.addAction(self.sweep_action)
        menu_view.addSeparator()
        menu_view.addMenu(language_menu(self, self.language_changed.emit, settings=self.settings))
        self.admin.fill(bar)
        bar.addMenu(help_menu(self, self.desk))

    # -- pages ---------------------------------------------------------------------------------------------
    @property
    def pages(self) -> dict[str, QWidget]:
        """nav key -> supervision page (supervisors and admins; else none)."""
        return self.supervision.pages if self.supervision is not None else {}

    @property
    def office_counts(self) -> dict[str, int]:
        return self.supervision.counts if self.supervision is not None else {}

    def page(self, key: str) -> QWidget:
        return self.pages[key]

    def current_page(self) -> QWidget | None:
        """The supervision page on screen (None: the queues or the report)."""
        w = self.stack.currentWidget()
        return w if w in self.pages.values() else None

    def current_queue(self) -> str:
        """The nav key shown: a ticket queue, or a page key such as ``escalations:1`` / ``approvals``."""
        return self.nav.current_key() or self.queues[0]

    def set_queue(self, queue: str) -> None:
        """Show a ticket queue or a page (``escalations:1..3``, ``approvals``, ``reports``)."""
        self.nav.setCurrentRow(self.nav.row_of(queue))

    def _nav_changed(self, current: QListWidgetItem | None, _previous: Any) -> None:
        key = self.nav.key_of(current)
        if key is None:
            return
        if key in self.pages or key == REPORTS_KEY or key in self.hosted:
            self._show_page(key)
            return
        self.stack.setCurrentWidget(self.queue)
        self.detail_pane.show()
        self.queue.show_queue(key)

    def _show_page(self, key: str) -> None:
        self.detail_pane.setVisible(key != REPORTS_KEY)  # the report preview gets the room
        if key == REPORTS_KEY and self.reports_page is not None:
            self.stack.setCurrentWidget(self.reports_scroll)
            self.tickets.want(None)  # no ticket on this page: no ticket actions
            return
        if key in self.hosted:  # issue 16: the table gets the room until the page opens a ticket
            view, shown, _reload = self.hosted[key]
            self.detail_pane.hide()
            self.stack.setCurrentWidget(view)
            self.tickets.want(None)
            shown()
            return
        page = self.pages.get(key)
        if page is None:
            self.stack.setCurrentWidget(self.queue)
            self.tickets.want(self.queue.highlighted()[1])
            return
        self.stack.setCurrentWidget(page)
        item = page.current()
        self.tickets.want(item.ticket_number if item is not None else None,
                          item.dispatch_id if item is not None else 0)
        page.reload()

    def _page_selected(self, page: QWidget, number: str, dispatch_id: int) -> None:
        if self.current_page() is page:
            self.tickets.want(number or None, dispatch_id)

    def _page_changed(self, message: str) -> None:
        self.show_status(message)
        self.refresh_all()

    def _hosted_ticket(self, number: str) -> None:
        """A ticket opened on a 民生工程 page: the detail pane (hidden on those pages) shows it."""
        if number and any(self.stack.currentWidget() is view for view, *_ in self.hosted.values()):
            self.detail_pane.show()
            self.tickets.want(number)

    def _map_project(self, number: str) -> None:
        """A project's marker clicked on the map: the project page shows it (issue 17)."""
        if self.projects_page is not None and number:
            self.set_queue(PROJECTS_KEY)
            self.projects_page.load_detail(number)

    def _report_ticket(self, number: str) -> None:
        """A ticket chosen in the report's drill-down: the detail pane (hidden on that page) shows it."""
        if self.stack.currentWidget() is self.reports_scroll and number:
            self.detail_pane.show()
            self.tickets.want(number)

    # -- refreshing -------------------------------------------------------------------------------------
    def refresh_all(self, *, fetch_marker: bool = True) -> None:
        """Reload the table (keeping the selection, or moving it to the row in its place), the counts and the
        detail."""
        if fetch_marker:
            self.feed.load_marker()
        self.queue.refresh()
        self.load_counts()
        page = self.current_page()
        if page is not None:
            page.reload()
        self.tickets.load_detail()
        self.refreshed.emit()

    def apply_changes(self, ids: set[int]) -> None:
        """Tickets ``ids`` changed (live notification or poll): refresh their rows, the counts and the detail."""
        self.feed.add(ids)

    def _changes_arrived(self, ids: set[int]) -> None:
        self.queue.apply_changes(ids)
        self.load_counts()
        page = self.current_page()
        if page is not None:
            page.reload()
        self.tickets.reload_if_changed(ids)
        self.changes_applied.emit(ids)

    def _conflicted(self, ticket_id: int) -> None:
        """Someone else changed the ticket first: stay with it (in 全部 if the change took it out of this queue),
        and read the list again now, so that no list read before the change can take the place of the new one."""
        self.queue.follow(ticket_id)
        self.feed.add({ticket_id})
        self.feed.flush()

    def _connection_lost(self, message: str) -> None:
        self.banner.show_lost(message)
        self.show_status(self.tr("与数据库的连接已断开，正在重试…"), 0)

    def _connection_back(self) -> None:
        self.banner.hide()
        self.show_status(self.tr("已重新连接数据库，数据已刷新"))
        self.deadline_clock.refresh_calendar()
        self.feed.request_refresh()

    def load_counts(self) -> None:
        self.queue.load_counts()  # (also the responder's 新派单 notice)
        if self.supervision is not None:
            self.supervision.load_counts()  # (also the office's escalation notices)

    def _counts_arrived(self, counts: dict[str, int]) -> None:
        self.counts = counts
        self.nav.set_counts({q: counts.get(q) for q in self.queues})
        self.counts_loaded.emit(counts)

    def _office_counts_arrived(self, counts: dict[str, int], tips: dict[str, str]) -> None:
        self.nav.set_counts(counts, tips)
        self.office_counts_loaded.emit(counts)

    def _swept(self, result: SweepResult) -> None:
        if not result.escalations and not result.resumed:
            return
        mine = self.user.info.department
        if mine and not self.has_pages:
            own = [e for e in result.escalations if e.department == mine]
            if own:
                self.notify(*escalation_notice(own))
        # office users hear about escalations from the refreshed counts (any desk may have swept first)
        self.deadline_clock.tick()
        self.refresh_all()

    def _background_failed(self, exc: BaseException) -> None:
        self.show_status(describe_error(exc))

    # -- office settings ---------------------------------------------------------------------------------
    def check_office_settings(self) -> None:
        """Read the office settings if they (or the calendar) changed since the last look, on any desk: the
        idle lock takes the new time and the deadline badges the new calendar."""
        self.office.check()

    def _settings_saved(self, changed: dict[str, str]) -> None:
        """办公室设置 saved (``changed``: the values written). This desk applies them at once; other desks
        within a minute (:meth:`check_office_settings`)."""
        self.show_status(self.tr("办公室设置已保存"))
        self.office.apply(changed, idle="idle_lock_minutes" in changed)
        self.refresh_all()

    def _calendar_changed(self) -> None:
        self.deadline_clock.refresh_calendar()
        self.refresh_all()

    def _who(self) -> str:
        return self.tr("%1（%2）").replace("%1", self.user.info.display_name) \
            .replace("%2", labels.label(labels.roles(), self.user.role))

    def _set_title(self, office_name: str | None = None) -> None:
        """吹哨报到工作台 — the office (办公室设置) — the user (role)."""
        if office_name is not None:
            self.office_name = office_name
        parts = [self.tr("吹哨报到工作台"), self.office_name, self._who()]
        self.setWindowTitle(self.tr(" — ").join(p for p in parts if p))

    # -- the session: own password, the idle lock, the database connection --------------------------------
    def open_change_password(self) -> ChangePasswordDialog:
        """文件 → 修改密码… (every role)."""
        if self.password_dialog is not None:
            self.password_dialog.deleteLater()
        dlg = ChangePasswordDialog(self.user, self)
        dlg.succeeded.connect(lambda _r: self.show_status(self.tr("密码已修改")))
        self.password_dialog = dlg
        dlg.open()
        return dlg

    def set_idle_interval(self, ms: int) -> None:
        """How long without keyboard or mouse input until the window locks (tests use a short one)."""
        self.idle_watch.set_interval_ms(ms)

    def lock_now(self) -> None:
        """Lock: the lock page covers the window, menus and toolbar are off, the app's other windows hide."""
        self.session.lock()

    def _unlocked(self) -> None:
        self.tickets.update_actions()
        self.show_status(self.tr("已解锁"))

    def notify(self, title: str, text: str) -> None:
        """A tray notice; while locked without ticket details (anyone may be looking at the screen)."""
        if self.session.locked:
            text = self.tr("有新的待办事项，解锁后查看。")
        self.notifier.notify(title, text)

    def open_connection_settings(self) -> ConnectionDialog:
        """文件 → 数据库连接…: on save, offer to log in again on the new database."""
        if self.connection_dialog is not None:
            self.connection_dialog.deleteLater()
        self.connection_dialog = change_connection(self, self.settings, self.desk.location,
                                                   reconnect=self.reconnect_requested.emit, status=self.show_status)
        return self.connection_dialog

    # -- status and settings ----------------------------------------------------------------------------
    def show_status(self, message: str, timeout_ms: int = 10_000) -> None:
        self.statusBar().showMessage(message, timeout_ms)

    def _busy_changed(self, busy: bool) -> None:
        self.status_busy.setText(self.tr("正在读取数据…") if busy else "")

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
        self.queue.save_settings()
        s.setValue(self._queue_key(), self.current_queue())
        s.sync()

    # -- leaving --------------------------------------------------------------------------------------
    def logout(self, reason: str = "") -> None:
        """退出登录; ``reason`` (e.g. the account was locked on the lock page) is shown at the next login."""
        self.logged_out = True
        self.logout_reason = reason
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt name
        for stop in (self.idle_watch.stop, self.settings_timer.stop, self.feed.stop,
                     self.reports_page.cleanup if self.reports_page is not None else None, self.tickets.cleanup,
                     self.sweeper.stop, self.deadline_clock.stop, self.notifier.close, self.admin.close_all):
            if stop is not None:
                stop()
        self.save_settings()
        super().closeEvent(event)
        if self.logged_out:
            self.logout_requested.emit()


def build_main_window(desk: Desk, user: ActingUser, settings: QSettings | None = None, **kwargs: Any
                      ) -> MainWindow | ProjectDeskWindow:
    """The main window for an already-open desk and a logged-in user (the app and the tests use this).

    A 项目负责人 or a 市民观察员 (issue 16 §3) has no ticket queue: they get the compact project desk
    (ui.projects.shell) with the same signals."""
    if not role_may("queues", user.role):
        return ProjectDeskWindow(desk, user, settings,
                                 change_password=lambda parent: ChangePasswordDialog(user, parent),
                                 map_page=lambda parent: MapPage(user, desk.office_tz(), parent))
    return MainWindow(desk, user, settings, **kwargs)


__all__ = ["MainWindow", "build_main_window"]
