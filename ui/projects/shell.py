"""The compact window of the project roles (issue 16 §3): a 项目负责人 or a 市民观察员 has no ticket queue, so
:func:`ui.mainwindow.build_main_window` gives them this shell instead of the ticket desk.

* 项目负责人: 民生工程 → 项目库 (:class:`ui.projects.page.ProjectsPage`, the office's page: each action follows the
  permission matrix, so the ticket-bound ones, candidates and the year's list, are hidden or refused);
* 市民观察员: 民生工程 → 我的项目 (:class:`ui.projects.observer.MyProjectsPage`);
* 项目负责人: 一张图 → 地图, the projects on the 社区 boundaries (no tickets: ui.map.page's projects-only mode, built
  by ``map_page``, handed in by ui.mainwindow), where 项目库's 在地图上标注… sets a project's place.

It keeps what every desk has: the title with the user and role, the status bar, 文件 → 修改密码…, 退出登录 and 退出,
查看 → 刷新 and the language, remembered geometry; the signals the application listens to are the main window's.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QListWidgetItem, QMainWindow, QSplitter, QStackedWidget, QWidget

from desk import ActingUser, Desk
from desk.permissions import role_may
from ui.common import labels
from ui.common.about import help_menu
from ui.common.i18n import language_menu
from ui.common.lists import OfficeLists
from ui.common.nav import NavList
from ui.common.notify import app_icon
from ui.common.widgets import in_scroll_area, make_action
from ui.projects.disclose import Disclose
from ui.projects.observer import MyProjectsPage
from ui.projects.page import ProjectsPage

PROJECTS_KEY = "projects"
MY_PROJECTS_KEY = "my_projects"
MAP_KEY = "map"


class ProjectDeskWindow(QMainWindow):
    """A project manager's or a citizen observer's desk (see the module doc)."""

    logout_requested = Signal()
    language_changed = Signal(str)
    reconnect_requested = Signal(str)  # (never emitted: the connection is changed from the login dialog)
    refreshed = Signal()

    def __init__(self, desk: Desk, user: ActingUser, settings: QSettings | None = None, *,
                 change_password: Callable[[QWidget], QDialog] | None = None,
                 map_page: Callable[[QWidget], Any] | None = None) -> None:
        """``change_password(parent)`` builds the 修改密码 dialog (ui.admin's, handed in by ui.mainwindow: the areas
        do not import each other); ``map_page(parent)`` the map page (ui.map's), when the role may see it."""
        super().__init__()
        self._password_dialog_of = change_password
        self.desk, self.user = desk, user
        self.settings = settings if settings is not None else QSettings()
        self.tz = desk.office_tz()
        self.logged_out = False
        self.logout_reason = ""
        self.password_dialog: QDialog | None = None
        self.setWindowIcon(app_icon())
        self.setWindowTitle(self.tr(" — ").join((self.tr("吹哨报到工作台"), self.tr("%1（%2）")
                            .replace("%1", user.info.display_name)
                            .replace("%2", labels.label(labels.roles(), user.role)))))
        self.nav = NavList(self)
        self.stack = QStackedWidget(self)
        self.pages: dict[str, tuple[QWidget, QWidget]] = {}  # nav key -> (the page, what the stack shows)
        self.projects_page: ProjectsPage | None = None
        self.my_projects_page: MyProjectsPage | None = None
        self.nav.add_section(self.tr("民生工程"))
        if role_may("list_projects", user.role):
            self.lists = OfficeLists(user, self)
            self.lists.status.connect(self.show_status)
            self.projects_page = ProjectsPage(user, self.tz, self.stack, lists=self.lists)
            self.projects_page.status.connect(self.show_status)
            self.pages[PROJECTS_KEY] = (self.projects_page, in_scroll_area(self.projects_page, self.stack))
            self.nav.add_entry(PROJECTS_KEY, self.tr("项目库"))
        if role_may("my_projects", user.role):
            self.my_projects_page = MyProjectsPage(user, self.tz, self.stack)
            self.my_projects_page.status.connect(self.show_status)
            self.pages[MY_PROJECTS_KEY] = (self.my_projects_page, self.my_projects_page)
            self.nav.add_entry(MY_PROJECTS_KEY, self.tr("我的项目"))
        self.map_page: Any = None
        if map_page is not None and role_may("map_layers", user.role) and role_may("map_projects", user.role):
            self.map_page = m = map_page(self.stack)
            m.status.connect(self.show_status)
            self.pages[MAP_KEY] = (m, in_scroll_area(m, self.stack))
            self.nav.add_section(self.tr("一张图"))
            self.nav.add_entry(MAP_KEY, self.tr("地图"))
            if self.projects_page is not None:
                p = self.projects_page
                p.place_on_map.connect(lambda n, name: (self.nav.setCurrentRow(self.nav.row_of(MAP_KEY)),
                                                        m.start_placing_project(n, name)))
                m.project_placed.connect(lambda _n: p.reload())
                m.open_project.connect(lambda n: (p.select_number(n),
                                                  self.nav.setCurrentRow(self.nav.row_of(PROJECTS_KEY))))
        for _page, view in self.pages.values():
            self.stack.addWidget(view)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([150, 1200])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self._build_menus()
        self.statusBar()
        self.nav.currentItemChanged.connect(self._nav_changed)
        geometry = self.settings.value("projectdesk/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        if self.pages:
            self.nav.setCurrentRow(self.nav.row_of(next(iter(self.pages))))
        self.nav.fit()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        menu_file, menu_view = bar.addMenu(self.tr("文件(&F)")), bar.addMenu(self.tr("查看(&V)"))
        self.change_password_action = make_action(self, self.tr("修改密码…"), self.open_change_password,
                                                  icon_key="change_password", name="action_change_password",
                                                  tip=self.tr("修改您自己的登录密码"))
        self.logout_action = make_action(self, self.tr("退出登录"), self.logout, icon_key="logout",
                                         shortcut="Ctrl+Shift+L")
        self.quit_action = make_action(self, self.tr("退出"), self.close, icon_key="quit", shortcut="Ctrl+Q")
        # 文件 → 发布阳光工程网站… (a project manager's, as the office's; hidden for an observer)
        self.disclose = Disclose(self, self.user)
        self.disclose.status.connect(self.show_status)
        menu_file.addAction(self.disclose.action)
        for a in (self.change_password_action, None, self.logout_action, self.quit_action):
            menu_file.addAction(a) if a is not None else menu_file.addSeparator()
        self.refresh_action = make_action(self, self.tr("刷新"), self.refresh_all, icon_key="refresh",
                                          shortcut=QKeySequence.StandardKey.Refresh)
        menu_view.addAction(self.refresh_action)
        menu_view.addSeparator()
        menu_view.addMenu(language_menu(self, self.language_changed.emit, settings=self.settings))
        bar.addMenu(help_menu(self, self.desk))

    def _nav_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        key = self.nav.key_of(current)
        if key not in self.pages:
            return
        page, view = self.pages[key]
        self.stack.setCurrentWidget(view)
        page.reload()  # type: ignore[attr-defined]

    def refresh_all(self) -> None:
        key = self.nav.current_key()
        if key in self.pages:
            self.pages[key][0].reload()  # type: ignore[attr-defined]
        self.refreshed.emit()

    def show_status(self, message: str, timeout_ms: int = 10_000) -> None:
        self.statusBar().showMessage(message, timeout_ms)

    def open_change_password(self) -> QDialog | None:
        if self._password_dialog_of is None:
            return None
        if self.password_dialog is not None:
            self.password_dialog.deleteLater()
        dlg = self._password_dialog_of(self)
        dlg.succeeded.connect(lambda _r: self.show_status(self.tr("密码已修改")))  # type: ignore[attr-defined]
        self.password_dialog = dlg
        dlg.open()
        return dlg

    def logout(self, reason: str = "") -> None:
        self.logged_out = True
        self.logout_reason = reason
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt name
        self.settings.setValue("projectdesk/geometry", self.saveGeometry())
        super().closeEvent(event)
        if self.logged_out:
            self.logout_requested.emit()


__all__ = ["ProjectDeskWindow"]
