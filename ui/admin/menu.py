"""The 管理 menu: one entry per admin window, shown to the roles the permission matrix allows its verb.

A window (用户管理, 工作日历 …) is built once and raised again; a dialog (办公室设置) is built afresh each time.
What an admin window changes is said by a signal, so that the main window reloads what depends on it.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, tzinfo

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenuBar, QWidget

from desk import ActingUser, Desk
from desk.dto import CategoryInfo
from desk.permissions import role_may
from ui.admin.accounts import UsersWindow
from ui.admin.admin import CalendarWindow, PolicyWindow, SettingsDialog
from ui.admin.auditlog import AuditLogWindow
from ui.admin.orgadmin import CategoriesWindow, CommunitiesWindow, DepartmentsWindow, NamedItemsWindow
from ui.common.icons import icon
from ui.common.opdialog import OpDialog


@dataclass(frozen=True)
class AdminEntry:
    """One window of the 管理 menu: shown to the roles the permission matrix allows ``verb``."""

    verb: str
    title: str
    tip: str
    #: Builds the window (a non-modal window, or an OpDialog that is built afresh each time).
    factory: Callable[[], QWidget]


class AdminMenu(QObject):
    """The entries (:attr:`entries`), the actions of those this role may open (:attr:`actions`) and the windows
    opened so far (:attr:`windows`), all by key (``users``, ``calendar`` …)."""

    #: Departments, communities, categories or the category standards changed: reload the pick-lists.
    lists_changed = Signal()
    #: Tickets changed (a re-classification moved some out of 待分类): refresh.
    tickets_changed = Signal()
    #: The working calendar changed: deadlines are counted anew.
    calendar_changed = Signal()
    #: 办公室设置 saved: the values written.
    settings_saved = Signal(object)
    #: A message for the status bar.
    status = Signal(str)

    def __init__(self, window: QWidget, desk: Desk, user: ActingUser, tz: tzinfo, *,
                 now: Callable[[], datetime | None], categories: Callable[[], list[CategoryInfo]]) -> None:
        super().__init__(window)
        self.window = window  # the windows' parent
        self.desk = desk
        self.user = user
        self.tz = tz
        #: The office's current time (the calendar opens at its month), None before it is known.
        self._now = now
        self._categories = categories
        #: key -> 管理 menu entry; each is built for the roles the permission matrix allows its verb.
        self.entries = self._entries()
        self.actions: dict[str, QAction] = {}
        self.windows: dict[str, QWidget] = {}

    def _entries(self) -> dict[str, AdminEntry]:
        """The 管理 menu, in order: key -> (verb, title, tip, factory)."""
        u, w = self.user, self.window
        return {
            "users": AdminEntry("users", self.tr("用户管理…"), self.tr("开设账户、重置密码、停用、解锁、更改角色"),
                                self._make_users_window),
            "departments": AdminEntry("add_department", self.tr("部门管理…"),
                                      self.tr("新增、改名、停用可召集的部门"),
                                      lambda: self._connect_lists(DepartmentsWindow(u, w))),
            "communities": AdminEntry("add_community", self.tr("社区管理…"),
                                      self.tr("新增、改名、停用新建工单时可选的社区"),
                                      lambda: self._connect_lists(CommunitiesWindow(u, w))),
            "categories": AdminEntry("add_category", self.tr("分类管理…"),
                                     self.tr("新增、改名、停用工单分类，设置默认主办部门"),
                                     lambda: self._connect_lists(CategoriesWindow(u, w))),
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
                                   lambda: PolicyWindow(u, w)),
            "calendar": AdminEntry("set_calendar_day", self.tr("工作日历…"),
                                   self.tr("设置节假日和调休上班日，导入放假安排"), self._make_calendar_window),
            "settings": AdminEntry("set_setting", self.tr("办公室设置…"),
                                   self.tr("预警比例、升级时限、挂起上限、回头看"), self._make_settings_dialog),
            "audit": AdminEntry("audit_log", self.tr("审计日志…"),
                                self.tr("管理操作和登录记录，校验审计链是否完整"),
                                lambda: AuditLogWindow(u, w, tz=self.tz)),
        }

    def fill(self, menubar: QMenuBar) -> None:
        """The 管理 menu in ``menubar``, with the entries this role may open (no menu when there is none)."""
        allowed = {k: e for k, e in self.entries.items() if role_may(e.verb, self.user.role)}
        if not allowed:
            return
        menu = menubar.addMenu(self.tr("管理(&A)"))
        for key, entry in allowed.items():
            a = QAction(icon(key), entry.title, self.window)
            a.setObjectName(f"admin_{key}")
            a.setStatusTip(entry.tip)
            a.triggered.connect(lambda _checked=False, k=key: self.open(k))
            menu.addAction(a)
            self.actions[key] = a

    def open(self, key: str) -> QWidget:
        """Open (or raise) the admin window ``key`` (``users``, ``calendar``, …). A dialog (OpDialog) is built
        afresh each time; a window is raised again."""
        if key not in self.actions:
            raise ValueError(key)
        w = self.windows.get(key)
        if w is not None and shiboken6.isValid(w) and not isinstance(w, OpDialog):
            w.show()
            w.raise_()
            w.activateWindow()
            return w
        if w is not None and shiboken6.isValid(w):
            w.deleteLater()
        w = self.entries[key].factory()
        self.windows[key] = w
        if isinstance(w, OpDialog):
            w.open()
        else:
            w.show()
        return w

    def close_all(self) -> None:
        for w in self.windows.values():
            w.close()

    def _connect_lists(self, w: NamedItemsWindow) -> NamedItemsWindow:
        """Departments and categories changed: reload the lists the dialogs offer."""
        w.changed.connect(self.lists_changed)
        return w

    def _make_standards_window(self) -> QWidget:  # issue 15 §4
        from ui.standards.window import StandardsWindow
        w = StandardsWindow(self.user, self.window)
        w.changed.connect(self.lists_changed)  # the whistle dialog proposes from the fresh standards
        return w

    def _make_import_admin_window(self) -> QWidget:  # issue 15 §1: 12345 import settings
        from ui.intake.import_admin import ImportAdminWindow
        w = ImportAdminWindow(self.user, self.window, tz=self.tz)
        w.changed.connect(self.tickets_changed)  # a re-classification moves tickets out of 待分类
        return w

    def _make_users_window(self) -> UsersWindow:
        w = UsersWindow(self.user, self.window)
        w.changed.connect(self.status)
        return w

    def _make_calendar_window(self) -> CalendarWindow:
        now = self._now()
        local = now.astimezone(self.tz) if now is not None else None
        cal = CalendarWindow(self.user, self.window, year=local.year if local else None,
                             month=local.month if local else None)
        cal.calendar_changed.connect(self.calendar_changed)
        return cal

    def _make_settings_dialog(self) -> SettingsDialog:
        dlg = SettingsDialog(self.window, self.user, self.desk, self._categories())
        dlg.succeeded.connect(self.settings_saved)
        return dlg


__all__ = ["AdminEntry", "AdminMenu"]
