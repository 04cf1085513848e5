"""Administration of the office's departments and categories (管理 menu).

Two non-modal windows on one base, :class:`NamedItemsWindow`: a table of named items (name, status and some
context) with the actions 新增…, 重命名…, 停用/启用 and, for categories, 设置默认主办部门…. Every read and
write is an op; the façade checks every rule (an error appears under the dialog's field or in the window)
and records every change in the audit trail. After a change the window reloads, keeps the changed row
selected and emits ``changed``.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk import ActingUser
from desk.dto import AccountInfo, CategoryInfo, CommunityInfo, DepartmentInfo, PolicyInfo
from ui.common.opdialog import OpDialog
from ui.common.ops import Op, describe_error
from ui.common.widgets import OK_STYLE, SORT_ROLE, error_line, row_table

translate = QCoreApplication.translate
_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_MUTED = QColor("#8a8f96")
_ACTIVE = QColor("#17612b")


@dataclass(frozen=True)
class NamedRow:
    """One row of a :class:`NamedItemsModel`: the item (a dto) and the cells after 名称 and 状态."""

    id: int
    name: str
    active: bool
    item: Any
    cells: tuple[str | int, ...] = ()
    tooltip: str = ""


def confirm(parent: QWidget, title: str, text: str, accept: str, *, default_accept: bool) -> bool:
    """Ask before a change; True if the user pressed ``accept`` (Escape and 取消 say no)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    yes = box.addButton(accept, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(translate("orgadmin", "取消"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes if default_accept else no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


def lead_combo(parent: QWidget, departments: Sequence[DepartmentInfo], current: str | None) -> QComboBox:
    """（无） and every active department; ``current`` selected if it is one of them."""
    combo = QComboBox(parent)
    combo.addItem(translate("orgadmin", "（无）"), None)
    for d in departments:
        if d.active:
            combo.addItem(d.name, d.name)
    found = combo.findData(current) if current is not None else -1
    combo.setCurrentIndex(max(found, 0))
    return combo


# -- the model -----------------------------------------------------------------------------------------
class NamedItemsModel(QAbstractTableModel):
    """Rows of :class:`NamedRow`: 名称, 状态, then the window's own columns; inactive rows are greyed."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[NamedRow] = []

    def set_rows(self, rows: Sequence[NamedRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, r: int) -> NamedRow | None:
        return self._rows[r] if 0 <= r < len(self._rows) else None

    def row_of(self, *, id: int | None = None, name: str | None = None) -> int | None:  # noqa: A002
        return next((i for i, r in enumerate(self._rows) if r.id == id or r.name == name), None)

    def rows(self) -> list[NamedRow]:
        return list(self._rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2 + len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if role != _DISPLAY or orientation != Qt.Orientation.Horizontal:
            return None
        names = [self.tr("名称"), self.tr("状态"), *self._headers]
        return names[section] if 0 <= section < len(names) else None

    def _value(self, r: NamedRow, col: int) -> str | int:
        if col == 0:
            return r.name
        if col == 1:
            return self.tr("启用") if r.active else self.tr("已停用")
        return r.cells[col - 2] if col - 2 < len(r.cells) else ""

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= self.columnCount():
            return None
        r, col = self._rows[index.row()], index.column()
        if role == _DISPLAY:
            return str(self._value(r, col))
        if role == SORT_ROLE:
            return self._value(r, col)
        if role == _FOREGROUND:
            if not r.active:
                return _MUTED
            return _ACTIVE if col == 1 else None
        if role == _TOOLTIP:
            return r.tooltip or None
        if role == _ALIGN and isinstance(self._value(r, col), int):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


# -- the shared window ---------------------------------------------------------------------------------
class NamedItemsWindow(QDialog):
    """Base of the departments and categories windows: the table, its actions and the op plumbing.

    A subclass names its façade verbs ``RENAME`` and ``SET_ACTIVE`` (methods of ActingUser taking the
    item's name first) and implements :meth:`fetch`, :meth:`build_rows`, :meth:`confirm_text` and
    :meth:`add_dialog`.
    """

    RENAME = ""
    SET_ACTIVE = ""

    #: A successful change (add, rename, activate, deactivate, lead): cached lists elsewhere should refresh.
    changed = Signal()
    #: The table was (re)loaded.
    loaded = Signal()

    def __init__(self, user: ActingUser, parent: QWidget | None, *, title: str, hint: str,
                 headers: Sequence[str], widths: Sequence[int]) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.resize(760, 480)
        self._user = user
        self._gen = 0
        self._running = 0
        self._keep: int | None = None
        self.busy = False
        #: The form dialog opened last (tests fill it and call ``submit()``).
        self.dialog: OpDialog | None = None

        lay = QVBoxLayout(self)
        hint_label = QLabel(hint, self)
        hint_label.setWordWrap(True)
        hint_label.setStyleSheet("color: #555;")
        lay.addWidget(hint_label)

        self.model = NamedItemsModel(headers, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSortLocaleAware(True)
        self.view = row_table(self, self.proxy, widths=widths, row_padding=10)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the façade's order until a header is clicked
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        lay.addWidget(self.view, 1)

        self.add_action = self._action(self.tr("新增(&N)…"), QKeySequence(Qt.Key.Key_Insert), self.add)
        self.rename_action = self._action(self.tr("重命名(&R)…"), QKeySequence(Qt.Key.Key_F2), self.rename)
        self.toggle_action = self._action(self.tr("停用(&D)…"), QKeySequence(QKeySequence.StandardKey.Delete),
                                          self.toggle_active)
        self.reload_action = self._action(self.tr("刷新"), QKeySequence(QKeySequence.StandardKey.Refresh),
                                          self.reload)
        #: The actions of the buttons and the context menu, in order (subclasses may append theirs).
        self.item_actions = [self.add_action, self.rename_action, self.toggle_action]
        self.buttons = QHBoxLayout()
        lay.addLayout(self.buttons)

        self.error_label = error_line(self)
        lay.addWidget(self.error_label)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(OK_STYLE)
        lay.addWidget(self.message)

        self.view.activated.connect(self._activated)
        self.view.customContextMenuRequested.connect(self._context_menu_requested)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._sync_actions())

    def _action(self, text: str, key: QKeySequence, slot: Callable[[], Any]) -> QAction:
        a = QAction(text, self)
        a.setShortcut(key)
        plain = re.sub(r"\(&\w\)", "", text).replace("&", "")
        a.setToolTip(f"{plain} ({key.toString(QKeySequence.SequenceFormat.NativeText)})")
        a.triggered.connect(lambda _checked=False: slot())
        self.addAction(a)
        return a

    def finish_setup(self) -> None:
        """Build the button row from :attr:`item_actions` and load (subclasses call it last in __init__)."""
        for a in self.item_actions:
            self.buttons.addWidget(self._button(a))
        self.buttons.addStretch(1)
        close = QPushButton(self.tr("关闭"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.close)
        self.buttons.addWidget(close)
        self.view.setFocus()
        self._sync_actions()
        self.reload()

    def _button(self, action: QAction) -> QPushButton:
        b = QPushButton(action.text(), self)
        b.setAutoDefault(False)  # Enter in the table renames; it never presses a button
        b.setToolTip(action.toolTip())
        b.clicked.connect(action.trigger)

        def sync() -> None:
            b.setText(action.text())
            b.setEnabled(action.isEnabled())
        action.changed.connect(sync)
        sync()
        return b

    # -- subclass hooks ------------------------------------------------------------------------------
    def fetch(self) -> Callable[[], Any]:
        """A function for the worker that reads what :meth:`build_rows` needs (never touching a widget)."""
        raise NotImplementedError

    def build_rows(self, data: Any) -> list[NamedRow]:
        raise NotImplementedError

    def confirm_text(self, row: NamedRow, active: bool) -> str:
        """What activating (or deactivating) ``row`` means, for the confirmation box."""
        raise NotImplementedError

    def add_dialog(self) -> OpDialog:
        """The form of 新增…."""
        raise NotImplementedError

    # -- loading ---------------------------------------------------------------------------------------
    def reload(self, keep_id: int | None = None) -> None:
        """Read the items again; select ``keep_id`` afterwards (default: the row selected now)."""
        self._gen += 1
        gen = self._gen
        current = self.current_row()
        self._keep = keep_id if keep_id is not None else current.id if current is not None else None
        self._start()
        Op(self, self.fetch()).success(lambda data: self._arrived(gen, data)) \
            .failure(lambda exc: self._show_error(describe_error(exc))).finally_(self._finish).run()

    def _arrived(self, gen: int, data: Any) -> None:
        if gen != self._gen:
            return
        self.model.set_rows(self.build_rows(data))
        if self._keep is not None:
            self.select_id(self._keep)
        elif self.proxy.rowCount():
            self.view.selectRow(0)
        self._sync_actions()
        self.loaded.emit()

    # -- selection -------------------------------------------------------------------------------------
    def current_row(self) -> NamedRow | None:
        idx = self.view.selectionModel().currentIndex()
        rows = self.view.selectionModel().selectedRows()
        if not rows or not idx.isValid():
            return None
        return self.model.row(self.proxy.mapToSource(idx).row())

    def select_id(self, item_id: int) -> bool:
        r = self.model.row_of(id=item_id)
        return r is not None and self._select(r)

    def select_name(self, name: str) -> bool:
        r = self.model.row_of(name=name)
        return r is not None and self._select(r)

    def _select(self, source_row: int) -> bool:
        idx = self.proxy.mapFromSource(self.model.index(source_row, 0))
        self.view.setCurrentIndex(idx)
        self.view.selectRow(idx.row())
        self.view.scrollTo(idx)
        return True

    def _sync_actions(self) -> None:
        row = self.current_row()
        self.add_action.setEnabled(not self.busy)
        for a in self.item_actions[1:]:
            a.setEnabled(not self.busy and row is not None)
        self.reload_action.setEnabled(not self.busy)
        self.toggle_action.setText(self.tr("启用(&E)…") if row is not None and not row.active else self.tr("停用(&D)…"))

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.rename()

    def context_menu(self) -> QMenu:
        """The table's context menu (the same actions as the buttons)."""
        menu = QMenu(self)
        for a in self.item_actions:
            menu.addAction(a)
        menu.addSeparator()
        menu.addAction(self.reload_action)
        return menu

    def _context_menu_requested(self, pos: QPoint) -> None:
        idx = self.view.indexAt(pos)
        if idx.isValid():
            self.view.selectRow(idx.row())
        menu = self.context_menu()
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(self.view.viewport().mapToGlobal(pos))

    # -- the actions -----------------------------------------------------------------------------------
    def add(self) -> OpDialog | None:
        if self.busy:
            return None
        return self.open_dialog(self.add_dialog(), lambda info: self.tr("已新增：%1").replace("%1", info.name))

    def rename(self) -> OpDialog | None:
        row = self.current_row()
        if row is None or self.busy:
            return None
        dlg = NameDialog(self, self.tr("重命名“%1”").replace("%1", row.name), self.tr("新名称"), "new_name",
                         self._bound(self.RENAME, row.name), text=row.name,
                         header=self.tr("现名称：%1").replace("%1", row.name))
        return self.open_dialog(dlg, lambda info: self.tr("已将“%1”重命名为“%2”").replace("%1", row.name)
                                .replace("%2", info.name))

    def toggle_active(self) -> None:
        row = self.current_row()
        if row is None or self.busy:
            return
        active = not row.active
        title = self.tr("启用") if active else self.tr("停用")
        if not confirm(self, title, self.confirm_text(row, active), title, default_accept=active):
            return
        fn = self._bound(self.SET_ACTIVE, row.name)
        done = self.tr("已启用：%1") if active else self.tr("已停用：%1")
        self.run(lambda: fn(active), lambda info: done.replace("%1", info.name))

    def _bound(self, verb: str, name: str) -> Callable[..., Any]:
        """The façade verb ``verb`` with the item's name as its first argument."""
        fn = getattr(self._user, verb)  # a bound method of the acting user: safe to call on the worker
        return lambda *args, **kwargs: fn(name, *args, **kwargs)

    def open_dialog(self, dlg: OpDialog, message: Callable[[Any], str]) -> OpDialog:
        """Open a form (window-modal, never exec()); on success: the message, ``changed`` and a reload."""
        self.dialog = dlg
        dlg.succeeded.connect(lambda info: self._done(info, message(info)))
        dlg.finished.connect(dlg.deleteLater)
        dlg.open()
        return dlg

    def run(self, fn: Callable[[], Any], message: Callable[[Any], str]) -> None:
        """A change without a form (activate, deactivate): its error goes to the window's error line."""
        self._start()
        Op(self, fn).success(lambda info: self._done(info, message(info))) \
            .failure(lambda exc: self._show_error(describe_error(exc))).finally_(self._finish).run()

    def _done(self, info: Any, message: str) -> None:
        self.error_label.hide()
        self.message.setText(message)
        self.changed.emit()
        self.reload(keep_id=info.id)

    # -- state -----------------------------------------------------------------------------------------
    def _start(self) -> None:
        self._running += 1
        self._set_busy(True)

    def _finish(self) -> None:
        self._running -= 1
        if self._running == 0:
            self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._sync_actions()

    def _show_error(self, text: str) -> None:
        self.message.clear()
        self.error_label.setText(text)
        self.error_label.show()


# -- forms -------------------------------------------------------------------------------------------
class NameDialog(OpDialog):
    """A name (new item or new name); ``call(name, **extra_values())`` runs the façade verb on the worker."""

    def __init__(self, parent: QWidget, title: str, label: str, field: str, call: Callable[..., Any], *,
                 text: str = "", header: str = "") -> None:
        super().__init__(parent, title)
        self.setMinimumWidth(420)
        self._call = call
        self.set_header(header)
        self.name = self.add_field(label, QLineEdit(self), field)
        self.name.setText(text)
        self.name.selectAll()
        self.name.setFocus()

    def extra_values(self) -> dict[str, Any]:
        return {}

    def make_call(self) -> Callable[[], Any] | None:
        call, name, extra = self._call, self.name.text(), self.extra_values()
        return lambda: call(name, **extra)


class AddCategoryDialog(NameDialog):
    """新增分类: the name and its default lead department (optional)."""

    def __init__(self, parent: QWidget, user: ActingUser, departments: Sequence[DepartmentInfo]) -> None:
        super().__init__(parent, self.tr("新增分类"), self.tr("分类名称"), "category", user.add_category)
        self.lead = self.add_field(self.tr("默认主办部门"), lead_combo(self, departments, None), "default_lead")

    def extra_values(self) -> dict[str, Any]:
        return {"default_lead": self.lead.currentData()}


class LeadDialog(OpDialog):
    """设置默认主办部门: the department a new ticket of the category is usually whistled to, or none."""

    def __init__(self, parent: QWidget, user: ActingUser, category: CategoryInfo,
                 departments: Sequence[DepartmentInfo]) -> None:
        super().__init__(parent, self.tr("设置默认主办部门"))
        self.setMinimumWidth(420)
        self._user = user
        self.category = category
        current = category.default_lead or self.tr("（无）")
        self.set_header(self.tr("分类：%1\n当前默认主办部门：%2").replace("%1", category.name).replace("%2", current))
        self.lead = self.add_field(self.tr("默认主办部门"), lead_combo(self, departments, category.default_lead),
                                   "lead")
        self.lead.setFocus()

    def set_lead(self, name: str | None) -> None:
        i = self.lead.findData(name) if name is not None else 0
        if i < 0:
            raise ValueError(name)
        self.lead.setCurrentIndex(i)

    def make_call(self) -> Callable[[], Any] | None:
        u, name, lead = self._user, self.category.name, self.lead.currentData()
        return lambda: u.set_category_lead(name, lead)


# -- the two windows -----------------------------------------------------------------------------------
class DepartmentsWindow(NamedItemsWindow):
    """部门管理: add, rename, deactivate or activate the departments that can be summoned."""

    RENAME, SET_ACTIVE = "rename_department", "set_department_active"

    def __init__(self, user: ActingUser, parent: QWidget | None = None) -> None:
        super().__init__(
            user, parent, title=self.tr("部门管理"),
            hint=self.tr("吹哨时可以召集的部门。停用的部门不能再被召集，已派给它的派单照常办理；"
                         "重命名后，它的派单和联络员随之更名，时间线保留原名称。"),
            headers=[self.tr("联络员"), self.tr("默认主办的分类")], widths=(170, 70, 70))
        self.finish_setup()

    def fetch(self) -> Callable[[], tuple[list[DepartmentInfo], list[CategoryInfo], list[AccountInfo]]]:
        u = self._user
        return lambda: (u.departments(include_inactive=True), u.categories(include_inactive=True), u.users())

    def build_rows(self, data: tuple[list[DepartmentInfo], list[CategoryInfo], list[AccountInfo]]) -> list[NamedRow]:
        departments, categories, users = data
        rows = []
        for d in departments:
            leads = [c.name if c.active else self.tr("%1（已停用）").replace("%1", c.name)
                     for c in categories if c.default_lead == d.name]
            responders = [a.display_name for a in users if a.department == d.name and a.active]
            tip = self.tr("联络员：%1").replace("%1", self.tr("、").join(responders) or self.tr("无"))
            if not d.active:
                tip = self.tr("已停用：不能再被吹哨召集，已派出的派单照常办理。") + "\n" + tip
            rows.append(NamedRow(d.id, d.name, d.active, d, (len(responders), self.tr("、").join(leads) or "—"), tip))
        return rows

    def add_dialog(self) -> OpDialog:
        return NameDialog(self, self.tr("新增部门"), self.tr("部门名称"), "department", self._user.add_department)

    def confirm_text(self, row: NamedRow, active: bool) -> str:
        if active:
            return self.tr("启用部门“%1”？\n\n启用后，吹哨时可以再召集该部门。").replace("%1", row.name)
        return self.tr("停用部门“%1”？\n\n停用后，吹哨时不能再召集该部门；已派给它的派单照常办理，"
                       "联络员账号不受影响。以后可以随时重新启用。").replace("%1", row.name)


class CommunitiesWindow(NamedItemsWindow):
    """社区管理: the 社区 pick-list of new tickets: add, rename (the tickets follow), deactivate or activate."""

    RENAME, SET_ACTIVE = "rename_community", "set_community_active"

    def __init__(self, user: ActingUser, parent: QWidget | None = None) -> None:
        super().__init__(
            user, parent, title=self.tr("社区管理"),
            hint=self.tr("新建和编辑工单时可选的社区。停用的社区不再出现在选择列表中，已有的工单保留原社区；"
                         "重命名后，使用该社区的工单随之更名。"),
            headers=[], widths=(220, 70))
        self.finish_setup()

    def fetch(self) -> Callable[[], list[CommunityInfo]]:
        u = self._user
        return lambda: u.communities(include_inactive=True)

    def build_rows(self, data: list[CommunityInfo]) -> list[NamedRow]:
        return [NamedRow(c.id, c.name, c.active, c, (),
                         "" if c.active else self.tr("已停用：新建工单时不能再选择，已有工单保留。")) for c in data]

    def add_dialog(self) -> OpDialog:
        return NameDialog(self, self.tr("新增社区"), self.tr("社区名称"), "community", self._user.add_community)

    def confirm_text(self, row: NamedRow, active: bool) -> str:
        if active:
            return self.tr("启用社区“%1”？\n\n启用后，新建工单时可以再选择该社区。").replace("%1", row.name)
        return self.tr("停用社区“%1”？\n\n停用后，新建工单时不能再选择该社区；已有的工单保留原社区。"
                       "以后可以随时重新启用。").replace("%1", row.name)


class CategoriesWindow(NamedItemsWindow):
    """分类管理: add, rename, deactivate or activate the ticket categories and set their default lead."""

    RENAME, SET_ACTIVE = "rename_category", "set_category_active"

    def __init__(self, user: ActingUser, parent: QWidget | None = None) -> None:
        super().__init__(
            user, parent, title=self.tr("分类管理"),
            hint=self.tr("新建工单时可选的分类，以及吹哨时默认召集的主办部门。停用的分类不能再用于新建工单，"
                         "已有的工单照常办理。"),
            headers=[self.tr("默认主办部门"), self.tr("时限标准")], widths=(170, 70, 200))
        #: Every department (the lead combos offer the active ones).
        self.departments: list[DepartmentInfo] = []
        self.lead_action = self._action(self.tr("设置默认主办部门(&L)…"), QKeySequence("Ctrl+L"), self.set_lead)
        self.item_actions.append(self.lead_action)
        self.finish_setup()

    def fetch(self) -> Callable[[], tuple[list[CategoryInfo], list[DepartmentInfo], list[PolicyInfo]]]:
        u = self._user
        return lambda: (u.categories(include_inactive=True), u.departments(include_inactive=True), u.policies())

    def build_rows(self, data: tuple[list[CategoryInfo], list[DepartmentInfo], list[PolicyInfo]]) -> list[NamedRow]:
        categories, departments, policies = data
        self.departments = list(departments)
        inactive = {d.name for d in departments if not d.active}
        rows = []
        for c in categories:
            if c.default_lead is None:
                lead = self.tr("（无）")
            elif c.default_lead in inactive:
                lead = self.tr("%1（已停用）").replace("%1", c.default_lead)
            else:
                lead = c.default_lead
            own = sum(1 for p in policies if p.category == c.name and not p.is_default)
            limits = "—" if not c.active else self.tr("默认") if own == 0 else \
                self.tr("%1 项单独设置").replace("%1", str(own))
            tip = self.tr("已停用：不能再用于新建工单，已有的工单照常办理。") if not c.active else ""
            rows.append(NamedRow(c.id, c.name, c.active, c, (lead, limits), tip))
        return rows

    def confirm_text(self, row: NamedRow, active: bool) -> str:
        if active:
            return self.tr("启用分类“%1”？\n\n启用后，新建工单时可以再选择该分类。").replace("%1", row.name)
        return self.tr("停用分类“%1”？\n\n停用后，新建工单时不能再选择该分类；已有的工单保留该分类，照常办理。"
                       "以后可以随时重新启用。").replace("%1", row.name)

    def add_dialog(self) -> OpDialog:
        return AddCategoryDialog(self, self._user, self.departments)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid() and index.column() == 2:
            self.set_lead()
        else:
            super()._activated(index)

    def set_lead(self) -> OpDialog | None:
        row = self.current_row()
        if row is None or self.busy:
            return None

        def message(info: CategoryInfo) -> str:
            if info.default_lead is None:
                return self.tr("已取消“%1”的默认主办部门").replace("%1", info.name)
            return self.tr("已将“%1”的默认主办部门设为%2").replace("%1", info.name).replace("%2", info.default_lead)

        return self.open_dialog(LeadDialog(self, self._user, row.item, self.departments), message)
