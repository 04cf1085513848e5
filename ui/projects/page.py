"""项目库 (issue 16 §1): the candidate projects and the year's list, for clerks, supervisors and administrators.

* :class:`ProjectsPage`: the projects (filtered by year, stage, community and late milestones, sorted by priority:
  the safety bottom line first, then the score; a click on a header sorts by that column), the selected project's
  detail (ui/projects/detail.py) and the buttons that act on it, each through a dialog (ui/projects/dialogs.py);
* :class:`AnnualListBox`: a year's list (年度重点民生工程清单), its versions, 起草年度清单… and 批准 (supervisors and
  administrators);
* :class:`CandidateFromQueue`: 工单 → 生成储备项目… and the ticket queue's context menu: a candidate from the tickets
  selected in the queue.

Everything is read and written through ops (ui/common/ops.py), never on the GUI thread.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, tzinfo
from typing import Any

import shiboken6
from PySide6.QtCore import QItemSelectionModel, QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk import ActingUser
from desk.errors import NotFound
from desk.permissions import role_may
from desk.projects.dto import AnnualListInfo, ProjectInfo, ProjectRow
from ui.common import labels
from ui.common.lists import OfficeLists
from ui.common.opdialog import OpDialog
from ui.common.ops import Op, describe_error
from ui.common.widgets import HINT_STYLE, TITLE_SCALE, bold_label, make_action, row_table
from ui.projects.bulletin import BulletinPrinter
from ui.projects.detail import ProjectDetail, fit_rows
from ui.projects.dialogs import (
    YEARS_AHEAD,
    ApproveListDialog,
    CancelProjectDialog,
    CreateProjectDialog,
    DraftListDialog,
    EditProjectDialog,
    LinkTicketsDialog,
    RemoveTicketsDialog,
    VoteDialog,
)
from ui.projects.lifecycle import LifecyclePanel
from ui.projects.models import ListItemModel, ProjectModel, VersionModel
from ui.projects.observer import AssignObserverDialog
from ui.projects.records import ProjectRecordsPanel
from ui.tickets.queue import QueuePage

_KEY = Qt.ItemDataRole.UserRole


def _button(parent: QWidget, text: str, tip: str, slot: Callable[[], Any], name: str) -> QPushButton:
    b = QPushButton(text, parent)
    b.setObjectName(name)
    b.setToolTip(tip)
    b.clicked.connect(lambda _checked=False: slot())
    return b


def _open(owner: Any, dlg: OpDialog, done: Callable[[Any], None]) -> OpDialog:
    """Open ``dlg`` (window-modal, not blocking) as ``owner``'s dialog; ``done(result)`` after it succeeded."""
    dlg.succeeded.connect(done)
    if owner.dialog is not None:
        owner.dialog.deleteLater()
    owner.dialog = dlg
    dlg.open()
    return dlg


class AnnualListBox(QGroupBox):
    """A year's list: the version shown (the newest; a click on a version in the history shows that one), its
    projects in order, and every version. 起草年度清单… makes a new draft from the projects chosen on the page;
    批准 (supervisors and administrators) approves the draft shown."""

    #: A message for the status bar.
    status = Signal(str)
    #: A list was approved: the projects' stages changed (the page reads them again).
    approved = Signal(str)
    #: The version shown arrived (or None: the year has no list).
    loaded = Signal(object)

    def __init__(self, user: ActingUser, tz: tzinfo, parent: QWidget | None = None, *,
                 chosen: Callable[[], list[str]] = list) -> None:
        super().__init__(self.tr("年度清单"), parent)
        self.setObjectName("annualList")
        self.user = user
        self._chosen = chosen
        self.info: AnnualListInfo | None = None
        self.dialog: OpDialog | None = None
        self._gen = 0
        self.loading = False
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("年度"), self))
        self.year = QComboBox(self)
        self.year.setObjectName("listYear")
        top.addWidget(self.year)
        self.state = bold_label(QLabel(self))
        self.state.setObjectName("listState")
        top.addWidget(self.state, 1)
        self.draft_button = _button(self, self.tr("起草年度清单…"),
                                    self.tr("用项目库中选中的项目（可多选）起草该年度清单的新版本"), self.start_draft, "draftList")
        self.approve_button = _button(self, self.tr("批准"), "", self.start_approve, "approveList")
        self.may_approve = role_may("approve_annual_list", user.role)
        self.draft_button.setVisible(role_may("draft_annual_list", user.role))
        self.bulletin_button = _button(self, self.tr("进度通报…"), self.tr("生成该年度已批准清单的项目进度通报（PDF）"),
                                       self.start_bulletin, "projectBulletin")
        self.bulletin_button.setVisible(role_may("project_bulletin", user.role))
        self.printer = BulletinPrinter(self, user)
        self.printer.status.connect(self.status)
        self.printer.busy.connect(lambda on: self.bulletin_button.setEnabled(not on and self._has_approved()))
        top.addWidget(self.draft_button)
        top.addWidget(self.approve_button)
        top.addWidget(self.bulletin_button)
        lay.addLayout(top)
        self.empty = QLabel(self)
        self.empty.setStyleSheet(HINT_STYLE)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        lay.addWidget(self.empty)
        self.item_model = ListItemModel(self)
        self.items = row_table(self, self.item_model, widths=(44, 110, 220))
        lay.addWidget(self.items, 2)
        self.versions_heading = QLabel(self.tr("版本历史（点击查看该版本）"), self)
        self.versions_heading.setStyleSheet(HINT_STYLE)
        lay.addWidget(self.versions_heading)
        self.version_model = VersionModel(tz, self)
        self.versions = row_table(self, self.version_model, widths=(64, 70, 56, 150))
        lay.addWidget(self.versions, 1)
        self.versions.clicked.connect(self._version_clicked)
        self.year.currentIndexChanged.connect(lambda _i: self.reload())
        self._update_buttons()

    def set_years(self, this_year: int) -> None:
        """The years a list may be drafted for (last year to five ahead); this year shown the first time."""
        if self.year.count():
            return
        self.year.blockSignals(True)
        for y in range(this_year - 1, this_year + YEARS_AHEAD + 1):
            self.year.addItem(self.tr("%1 年").replace("%1", str(y)), y)
        self.year.setCurrentIndex(self.year.findData(this_year))
        self.year.blockSignals(False)
        self.reload()

    def set_year(self, year: int) -> None:
        i = self.year.findData(year)
        if i >= 0 and i != self.year.currentIndex():
            self.year.setCurrentIndex(i)  # -> reload

    def current_year(self) -> int | None:
        return self.year.currentData()

    # -- loading -------------------------------------------------------------------------------------------
    def reload(self, version: int | None = None) -> None:
        """Read the year's list: ``version``, else the newest (a draft waiting for approval shows first)."""
        year = self.current_year()
        if year is None:
            return
        self._gen += 1
        gen = self._gen
        self.loading = True
        u = self.user

        def fetch() -> AnnualListInfo | None:
            try:
                info = u.annual_list(year, version)
            except NotFound:
                return None
            newest = info.history[-1].version if info.history else info.version
            return info if version is not None or newest == info.version else u.annual_list(year, newest)

        Op(self, fetch).success(lambda info: self._arrived(gen, year, info)) \
            .failure(lambda exc: self._failed(gen, exc)).run()

    def _arrived(self, gen: int, year: int, info: AnnualListInfo | None) -> None:
        if gen != self._gen:
            return
        self.loading = False
        self.info = info
        self.item_model.set_items(info.items if info is not None else ())
        self.version_model.set_items(info.history if info is not None else ())
        fit_rows(self.versions, len(info.history) if info is not None else 0, at_most=4)
        for w in (self.items, self.versions, self.versions_heading):
            w.setVisible(info is not None)
        if info is None:
            self.state.setText("")
            self.empty.setText(self.tr("%1 年还没有重点民生工程清单。在项目库中选中项目，点“起草年度清单…”。")
                               .replace("%1", str(year)))
        else:
            self.state.setText(self.tr("第 %1 版 · %2 · %3 个项目").replace("%1", str(info.version))
                               .replace("%2", labels.label(labels.list_states(), info.state))
                               .replace("%3", str(len(info.items))))
            self.empty.setText(self.tr("说明：%1").replace("%1", info.note) if info.note else "")
            row = self.version_model.row_of(info.version)
            if row is not None:
                self.versions.selectRow(row)
        self.empty.setVisible(bool(self.empty.text()))
        self._update_buttons()
        self.loaded.emit(info)

    def _failed(self, gen: int, exc: BaseException) -> None:
        if gen == self._gen:
            self.loading = False
            self.status.emit(describe_error(exc))

    def _version_clicked(self, index: Any) -> None:
        v = self.version_model.item(index.row())
        if v is not None and (self.info is None or v.version != self.info.version):
            self.reload(v.version)

    def _update_buttons(self) -> None:
        draft = self.info is not None and self.info.state == "draft"
        self.approve_button.setEnabled(self.may_approve and draft)
        self.approve_button.setToolTip(
            self.tr("只有督办员或管理员可以批准年度清单") if not self.may_approve
            else self.tr("批准所显示的草稿：其项目列入清单，已批准的旧版本被取代（保留在版本历史中）") if draft
            else self.tr("只能批准草稿；请先起草年度清单"))
        self.draft_button.setEnabled(self.current_year() is not None)
        self.bulletin_button.setEnabled(self._has_approved())
        self.bulletin_button.setToolTip(self.tr("生成该年度已批准清单的项目进度通报（PDF）") if self._has_approved()
                                        else self.tr("该年度清单尚未批准，没有可通报的项目"))

    def _has_approved(self) -> bool:
        return self.info is not None and any(v.state == "approved" for v in self.info.history)

    def start_bulletin(self) -> str | None:
        year = self.current_year()
        if year is None or not self.bulletin_button.isEnabled():
            return None
        return self.printer.run(year)

    # -- acting --------------------------------------------------------------------------------------------
    def start_draft(self) -> None:
        """Read the year's projects, then open the draft dialog with the page's chosen projects checked (none
        chosen: those of the version shown)."""
        year = self.current_year()
        if year is None or not self.draft_button.isEnabled():
            return
        chosen = self._chosen() or ([i.number for i in self.info.items] if self.info is not None else [])
        u = self.user
        Op(self, lambda: u.list_projects(year=year)).success(lambda rows: self._draft(year, rows, chosen)) \
            .failure(lambda exc: self.status.emit(describe_error(exc))).run()

    def _draft(self, year: int, rows: list[ProjectRow], chosen: list[str]) -> None:
        if not any(r.stage != "cancelled" for r in rows):
            self.status.emit(self.tr("%1 年还没有可列入清单的项目。").replace("%1", str(year)))
            return
        dlg = DraftListDialog(self.window(), self.user, year, rows, chosen)

        def done(info: AnnualListInfo) -> None:
            self.status.emit(self.tr("已起草 %1 年清单第 %2 版（%3 个项目），等待批准").replace("%1", str(info.year))
                             .replace("%2", str(info.version)).replace("%3", str(len(info.items))))
            self.reload(info.version)

        _open(self, dlg, done)

    def start_approve(self) -> ApproveListDialog | None:
        if self.info is None or not self.approve_button.isEnabled():
            return None
        dlg = ApproveListDialog(self.window(), self.user, self.info)

        def done(info: AnnualListInfo) -> None:
            self.reload(info.version)
            self.approved.emit(self.tr("已批准 %1 年清单第 %2 版：%3 个项目列入清单").replace("%1", str(info.year))
                               .replace("%2", str(info.version)).replace("%3", str(len(info.items))))

        dlg.conflict.connect(lambda _message: self.reload())
        return _open(self, dlg, done)  # type: ignore[return-value]


class ProjectsPage(QWidget):
    """项目库: the projects with their filters, the selected project's detail and actions, and the year's list."""

    #: A message for the status bar.
    status = Signal(str)
    #: A source ticket was double-clicked: show it (its number).
    open_ticket = Signal(str)
    #: The projects list arrived.
    loaded = Signal()
    #: The selected project's detail arrived (a ProjectInfo, or None).
    detail_loaded = Signal(object)
    #: 在地图上标注…: set this project's place on the map page (its number, its name).
    place_on_map = Signal(str, str)

    def __init__(self, user: ActingUser, tz: tzinfo, parent: QWidget | None = None, *,
                 lists: OfficeLists | None = None, queue_numbers: Callable[[], list[str]] = list) -> None:
        super().__init__(parent)
        self.setObjectName("projects")
        self.user = user
        self.tz = tz
        self._lists = lists
        #: The ticket numbers selected in the queue (关联工单… offers them).
        self._queue_numbers = queue_numbers
        self.today: date | None = None
        self.dialog: OpDialog | None = None
        self.loading = False
        self._gen = 0
        self._detail_gen = 0
        #: A project to select when the next list holds it (a new one).
        self._pending: str | None = None
        role = user.role

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(bold_label(QLabel(self.tr("项目库"), self), TITLE_SCALE))
        explanation = QLabel(self.tr("储备项目来自工单、问题清单，或居民金点子、代表建议、部门计划。按优先级排列："
                                     "触及安全底线的在前，其余按评分从高到低；点击列标题可按该列排序。"), self)
        explanation.setWordWrap(True)
        explanation.setStyleSheet(HINT_STYLE)
        lay.addWidget(explanation)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("年度"), self))
        self.year_filter = QComboBox(self)
        self.year_filter.setObjectName("yearFilter")
        self.year_filter.addItem(self.tr("全部年度"), None)
        filters.addWidget(self.year_filter)
        filters.addWidget(QLabel(self.tr("阶段"), self))
        self.stage_filter = QComboBox(self)
        self.stage_filter.setObjectName("stageFilter")
        self.stage_filter.addItem(self.tr("全部阶段"), None)
        for code, text in labels.project_stages().items():
            self.stage_filter.addItem(text, code)
        filters.addWidget(self.stage_filter)
        # issue 16 §4: by community, and only the projects with a late milestone (not done, its due passed)
        filters.addWidget(QLabel(self.tr("社区"), self))
        self.community_filter = QComboBox(self)
        self.community_filter.setObjectName("communityFilter")
        self.community_filter.addItem(self.tr("全部社区"), None)
        filters.addWidget(self.community_filter)
        self.late_filter = QCheckBox(self.tr("有超期节点"), self)
        self.late_filter.setObjectName("lateFilter")
        self.late_filter.setToolTip(self.tr("只显示有节点（含整改）到期未完成的项目"))
        filters.addWidget(self.late_filter)
        self.count_label = QLabel(self)
        self.count_label.setStyleSheet(HINT_STYLE)
        filters.addWidget(self.count_label, 1)
        self.refresh_button = _button(self, self.tr("刷新"), self.tr("重新读取项目库"), self.reload, "refreshProjects")
        filters.addWidget(self.refresh_button)
        lay.addLayout(filters)

        buttons = QHBoxLayout()
        self.new_button = _button(self, self.tr("新建储备项目…"), self.tr("居民金点子、代表建议、部门计划，或由工单编号生成"),
                                  self.start_create, "newProject")
        self.edit_button = _button(self, self.tr("编辑…"), self.tr("修改所选项目"), self.start_edit, "editProject")
        self.link_button = _button(self, self.tr("关联工单…"), self.tr("为所选项目关联更多来源工单"), self.start_link,
                                   "linkTickets")
        self.unlink_button = _button(self, self.tr("移除工单"), self.tr("从所选项目中移除详情里选中的来源工单"),
                                     self.start_unlink, "unlinkTickets")
        self.vote_button = _button(self, self.tr("记录票决…"), self.tr("登记居民议事会或代表会议的票决"), self.start_vote,
                                   "recordVote")
        self.cancel_button = _button(self, self.tr("取消项目…"), self.tr("不再推进的储备项目（保留记录）"),
                                     self.start_cancel, "cancelProject")
        self.observers_button = _button(self, self.tr("市民观察员…"), self.tr("指派或取消指派能看到所选项目的市民观察员"),
                                        self.start_observers, "projectObservers")  # issue 16 §3
        self.action_buttons = {"create_project": self.new_button, "update_project": self.edit_button,
                               "add_project_tickets": self.link_button, "remove_project_tickets": self.unlink_button,
                               "record_project_vote": self.vote_button, "cancel_project": self.cancel_button,
                               "assign_observer": self.observers_button}
        for verb, b in self.action_buttons.items():
            b.setVisible(role_may(verb, role))
            buttons.addWidget(b)
        # issue 17: the project's place, set by clicking on the map page (whoever may set it and has the map)
        self.map_button = _button(self, self.tr("在地图上标注…"), self.tr("切换到地图，单击标注所选项目的位置（点或线）"),
                                  self._place_on_map, "placeOnMap")
        self.map_button.setVisible(all(role_may(v, role) for v in ("set_project_place", "map_layers", "map_projects")))
        buttons.addWidget(self.map_button)
        buttons.addStretch(1)
        lay.addLayout(buttons)

        self.model = ProjectModel(self)
        self.view = row_table(self, self.model, widths=(104, 180, 48, 84, 76, 70, 120, 44), many=True)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the core's order
        self.view.horizontalHeader().setSortIndicatorShown(True)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setMinimumSectionSize(40)
        self.empty = QLabel(self.view.viewport())
        self.empty.setStyleSheet("color: #777; font-size: 11pt;")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        self.annual = AnnualListBox(user, tz, self, chosen=self.selected_numbers)
        self.detail = ProjectDetail(tz, self)
        # issue 16 §2: the lifecycle (stage, milestones, progress, inspections), under the detail's facts
        self.lifecycle = LifecyclePanel(user, tz, self.detail)
        body = self.detail.scroll.widget().layout()
        body.insertWidget(body.indexOf(self.detail.description_heading), self.lifecycle)
        self.lifecycle.changed.connect(self._lifecycle_changed)
        # issue 16 §2: the project's records (资金与验收), a tab of the detail
        self.records = ProjectRecordsPanel(user, tz, self)
        self.detail.add_tab(self.records, self.tr("资金与验收"))
        self.detail_loaded.connect(self.records.show_project)
        self.records.changed.connect(lambda message: (self.status.emit(message), self.load_detail()))
        left = QSplitter(Qt.Orientation.Vertical, self)
        left.addWidget(self.view)
        left.addWidget(self.annual)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 2)
        left.setChildrenCollapsible(False)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        lay.addWidget(self.splitter, 1)

        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.year_filter.currentIndexChanged.connect(self._year_changed)
        self.stage_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.community_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.late_filter.toggled.connect(lambda _on: self.reload())
        self.detail.open_ticket.connect(self.open_ticket)
        self.detail.tickets_selected.connect(self.update_buttons)
        self.annual.status.connect(self.status)
        self.annual.approved.connect(self._list_approved)
        self.update_buttons()

    # -- loading -------------------------------------------------------------------------------------------
    def filters(self) -> tuple[int | None, str | None, str | None, bool]:
        """(year, stage, community, only those with a late milestone)."""
        return (self.year_filter.currentData(), self.stage_filter.currentData(), self.community_filter.currentData(),
                self.late_filter.isChecked())

    def reload(self) -> None:
        """Read the projects again (keeping the selection), and the year's list."""
        self._gen += 1
        gen = self._gen
        self.loading = True
        year, stage, community, late = self.filters()
        u = self.user
        # the office's communities for the filter (the retired ones too: old projects name them), once
        need_communities = self.community_filter.count() == 1
        known = [c.name for c in self._lists.every_community] \
            if need_communities and self._lists is not None and self._lists.every_community else None

        def fetch() -> tuple[date, list[ProjectRow], list[str] | None]:
            names = known
            if need_communities and names is None:
                names = [c.name for c in u.communities(include_inactive=True)]
            return (u.desk.now().astimezone(u.desk.office_tz()).date(),
                    u.list_projects(year=year, stage=stage, community=community, late=late), names)

        Op(self, fetch).success(lambda result: self._arrived(gen, *result)) \
            .failure(lambda exc: self._failed(gen, exc)).run()
        if self.annual.year.count():
            self.annual.reload(self.annual.info.version if self.annual.info is not None else None)

    def _arrived(self, gen: int, today: date, rows: list[ProjectRow], communities: list[str] | None = None) -> None:
        if gen != self._gen:
            return
        self.loading = False
        if communities and self.community_filter.count() == 1:
            self.community_filter.blockSignals(True)
            for name in communities:
                self.community_filter.addItem(name, name)
            self.community_filter.blockSignals(False)
        if self.today is None:
            self.year_filter.blockSignals(True)
            for y in range(today.year - 1, today.year + YEARS_AHEAD + 1):
                self.year_filter.addItem(self.tr("%1 年").replace("%1", str(y)), y)
            self.year_filter.blockSignals(False)
            self.annual.set_years(today.year)
        self.today = today
        current = self.current_number()
        keep = self.selected_numbers()
        pending, self._pending = self._pending, None
        self.model.set_items(rows)  # (a reset: the selection is gone)
        sm = self.view.selectionModel()
        target = pending or current
        for number in ([pending] if pending else keep):
            row = self.model.row_of(number)
            if row is not None:
                sm.select(self.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                          | QItemSelectionModel.SelectionFlag.Rows)
        row = self.model.row_of(target) if target else None
        if row is not None:
            sm.setCurrentIndex(self.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                               | QItemSelectionModel.SelectionFlag.Rows)
            self.view.scrollTo(self.model.index(row, 0))
        self.count_label.setText(self.tr("共 %1 个项目").replace("%1", str(len(rows))))
        self.empty.setText(self.tr("没有符合条件的项目") if self.filters() != (None, None, None, False) else
                           self.tr("项目库还是空的：点“新建储备项目…”，或在工单队列中选中工单后用“工单 → 生成储备项目…”"))
        self.empty.resize(self.view.viewport().size())
        self.empty.setVisible(not rows)
        self._selection_changed()
        self.loaded.emit()

    def _failed(self, gen: int, exc: BaseException) -> None:
        if gen == self._gen:
            self.loading = False
            self.status.emit(describe_error(exc))

    def _year_changed(self, _index: int) -> None:
        year = self.year_filter.currentData()
        if year is not None:
            self.annual.set_year(year)
        self.reload()

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        self.empty.resize(self.view.viewport().size())

    # -- the selection and the detail ---------------------------------------------------------------------
    def current_number(self) -> str | None:
        """The project the detail shows and the buttons act on: the current row if selected, else the first
        selected one."""
        sm = self.view.selectionModel()
        if not sm.hasSelection():
            return None
        row = sm.currentIndex().row()
        if not sm.isRowSelected(row):
            row = min(i.row() for i in sm.selectedRows())
        item = self.model.item(row)
        return item.number if item is not None else None

    def selected_numbers(self) -> list[str]:
        """The selected projects, in the table's order (起草年度清单… takes them)."""
        rows = sorted(i.row() for i in self.view.selectionModel().selectedRows())
        return [self.model.item(r).number for r in rows if self.model.item(r) is not None]

    def select_number(self, number: str) -> bool:
        row = self.model.row_of(number)
        if row is None:
            return False
        self.view.selectionModel().setCurrentIndex(
            self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        return True

    def shown(self) -> ProjectInfo | None:
        """The project shown, if it is the one selected (else the buttons wait for its detail)."""
        p = self.detail.project
        return p if p is not None and p.number == self.current_number() else None

    def _selection_changed(self) -> None:
        number = self.current_number()
        if number is None:
            self._detail_gen += 1
            self._set_detail(None)
            return
        if self.detail.project is None or self.detail.project.number != number:
            self.update_buttons()  # nothing acts on the previous project meanwhile
        self.load_detail(number)

    def load_detail(self, number: str | None = None) -> None:
        number = number or self.current_number()
        if number is None:
            return
        self._detail_gen += 1
        gen = self._detail_gen
        u = self.user
        Op(self, lambda: u.project(number)).success(lambda p: self._detail_arrived(gen, p)) \
            .failure(lambda exc: self._detail_failed(gen, exc)).run()

    def _detail_arrived(self, gen: int, p: ProjectInfo) -> None:
        if gen == self._detail_gen and p.number == self.current_number():
            self._set_detail(p)

    def _detail_failed(self, gen: int, exc: BaseException) -> None:
        if gen == self._detail_gen:
            self.status.emit(describe_error(exc))

    def _set_detail(self, p: ProjectInfo | None) -> None:
        self.detail.set_project(p)
        self.lifecycle.load(p.number if p is not None and p.stage not in ("candidate", "cancelled") else None)
        self.update_buttons()
        self.detail_loaded.emit(p)

    def update_buttons(self) -> None:
        p = self.shown()
        open_ = p is not None and p.stage != "cancelled"
        self.new_button.setEnabled(True)
        self.edit_button.setEnabled(open_)
        self.link_button.setEnabled(open_)
        self.unlink_button.setEnabled(open_ and bool(self.detail.selected_tickets()))
        self.vote_button.setEnabled(open_)
        self.cancel_button.setEnabled(p is not None and p.stage == "candidate")
        self.observers_button.setEnabled(open_)
        self.map_button.setEnabled(open_)

    def _lifecycle_changed(self, message: str) -> None:
        """The lifecycle panel changed the project: the list (its stage) and the detail (its history) follow."""
        self.status.emit(message)
        number = self.current_number()
        if number is not None:
            self._pending = number
        self.reload()

    # -- acting ----------------------------------------------------------------------------------------------
    def _place_on_map(self) -> None:
        p = self.shown()
        if p is not None:
            self.place_on_map.emit(p.number, p.name)

    def _pick_lists(self) -> dict[str, Any]:
        lists = self._lists
        return {"communities": [c.name for c in lists.communities] if lists is not None and lists.communities else None,
                "categories": [c.name for c in lists.categories] if lists is not None and lists.categories else None,
                "this_year": self.today.year if self.today is not None else None}

    def _changed(self, result: Any, message: str) -> None:
        """A dialog went through: show the project as it is now, say so, and read the list again."""
        if isinstance(result, ProjectInfo):
            if result.number == self.current_number():
                self._set_detail(result)
            else:
                self._pending = result.number
        self.status.emit(message.replace("%1", getattr(result, "number", "")))
        self.reload()

    def start_create(self, *, tickets: Sequence[str] = (), community: str | None = None,
                     category: str | None = None) -> CreateProjectDialog:
        dlg = CreateProjectDialog(self.window(), self.user, tickets=tickets, community=community, category=category,
                                  **self._pick_lists())
        _open(self, dlg, lambda p: self._changed(p, self.tr("已新建储备项目 %1")))
        return dlg

    def start_edit(self) -> EditProjectDialog | None:
        p = self.shown()
        if p is None or not self.edit_button.isEnabled():
            return None
        dlg = EditProjectDialog(self.window(), self.user, p, **self._pick_lists())

        def conflict(message: str) -> None:  # someone else saved first: the detail and the dialog take it
            def reloaded(fresh: ProjectInfo) -> None:
                self._changed(fresh, message)
                if shiboken6.isValid(dlg) and dlg.isVisible():
                    dlg.item_reloaded(fresh)

            u, number = self.user, p.number
            Op(self, lambda: u.project(number)).success(reloaded).run()

        dlg.conflict.connect(conflict)
        _open(self, dlg, lambda r: self._changed(r, self.tr("项目 %1 已保存")))
        return dlg

    def start_link(self) -> LinkTicketsDialog | None:
        p = self.shown()
        if p is None or not self.link_button.isEnabled():
            return None
        dlg = LinkTicketsDialog(self.window(), self.user, p, self._queue_numbers())
        _open(self, dlg, lambda r: self._changed(r, self.tr("项目 %1：已关联工单")))
        return dlg

    def start_unlink(self) -> RemoveTicketsDialog | None:
        p = self.shown()
        numbers = self.detail.selected_tickets()
        if p is None or not numbers or not self.unlink_button.isEnabled():
            return None
        dlg = RemoveTicketsDialog(self.window(), self.user, p, numbers)
        _open(self, dlg, lambda r: self._changed(r, self.tr("项目 %1：已移除工单")))
        return dlg

    def start_vote(self) -> VoteDialog | None:
        p = self.shown()
        if p is None or not self.vote_button.isEnabled():
            return None
        dlg = VoteDialog(self.window(), self.user, p, self.today or date.today())
        _open(self, dlg, lambda r: self._changed(r, self.tr("项目 %1：已记录票决")))
        return dlg

    def start_cancel(self) -> CancelProjectDialog | None:
        p = self.shown()
        if p is None or not self.cancel_button.isEnabled():
            return None
        dlg = CancelProjectDialog(self.window(), self.user, p)
        _open(self, dlg, lambda r: self._changed(r, self.tr("项目 %1 已取消")))
        return dlg

    def start_observers(self) -> None:
        """市民观察员…: reads the project's observers and the accounts, then opens the dialog (issue 16 §3)."""
        p = self.shown()
        if p is None or not self.observers_button.isEnabled():
            return
        u, number, name = self.user, p.number, p.name

        def arrived(observers: Any) -> None:
            dlg = AssignObserverDialog(self.window(), u, observers, name)
            _open(self, dlg, lambda r: (self.status.emit(self.tr("项目 %1 的市民观察员已更新").replace("%1", number)),
                                        self.load_detail(number)))

        Op(self, lambda: u.project_observers(number)).success(arrived) \
            .failure(lambda exc: self.status.emit(describe_error(exc))).run()

    def _list_approved(self, message: str) -> None:
        self.status.emit(message)
        self.reload()
        self.load_detail()  # (its stage and history changed)


class CandidateFromQueue(QObject):
    """工单 → 生成储备项目… and the ticket queue's context menu: a candidate from the tickets selected in the queue
    (Ctrl+click or Shift+click selects several), pre-filled with their community and category when they share one."""

    #: A message for the status bar.
    status = Signal(str)
    #: A candidate was created (its ProjectInfo).
    created = Signal(object)

    def __init__(self, window: QWidget, user: ActingUser, queue: QueuePage, *, lists: OfficeLists | None = None,
                 this_year: Callable[[], int | None] = lambda: None) -> None:
        super().__init__(window)
        self.window = window
        self.user = user
        self.queue = queue
        self._lists = lists
        self._this_year = this_year
        self.dialog: OpDialog | None = None
        self.action = make_action(window, self.tr("生成储备项目…"), self.start, name="action_project_from_tickets",
                                  tip=self.tr("用队列中选中的工单（按住 Ctrl 或 Shift 可多选）生成一个储备项目"))
        self.action.setVisible(role_may("create_project", user.role))
        queue.view.selectionModel().selectionChanged.connect(lambda *_: self.update())
        queue.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        queue.view.customContextMenuRequested.connect(self._menu)
        self.menu: QMenu | None = None
        self.update()

    def update(self) -> None:
        self.action.setEnabled(self.action.isVisible() and self.queue.view.selectionModel().hasSelection())

    def _menu(self, pos: QPoint) -> None:
        if not self.action.isVisible():
            return
        view: QTableView = self.queue.view
        index = view.indexAt(pos)
        if index.isValid() and not view.selectionModel().isRowSelected(index.row()):
            view.selectRow(index.row())  # a right-click outside the selection acts on that row
        if self.menu is None:
            self.menu = QMenu(view)
            self.menu.addAction(self.action)
        self.menu.popup(view.viewport().mapToGlobal(pos))

    def start(self) -> CreateProjectDialog | None:
        tickets, left_out = self.queue.selected_summaries()
        if not tickets:
            self.status.emit(self.tr("请先在队列中选中工单（按住 Ctrl 或 Shift 可多选）"))
            return None
        communities = {t.community for t in tickets if t.community}
        categories = {t.category for t in tickets if t.category}
        return self.open_for([t.number for t in tickets], origin="tickets", left_out=left_out,
                             community=communities.pop() if len(communities) == 1 else None,
                             category=categories.pop() if len(categories) == 1 else None)

    def open_for(self, numbers: list[str], *, origin: str, community: str | None = None, category: str | None = None,
                 left_out: int = 0) -> CreateProjectDialog | None:
        """The new-candidate dialog pre-filled with ``numbers`` (from the queue's selection, or a hotspot's
        tickets: ``origin`` hotspot) and their shared community and category."""
        lists = self._lists
        dlg = CreateProjectDialog(
            self.window, self.user, tickets=numbers, origin=origin, community=community, category=category,
            communities=[c.name for c in lists.communities] if lists is not None and lists.communities else None,
            categories=[c.name for c in lists.categories] if lists is not None and lists.categories else None,
            this_year=self._this_year())
        if left_out:
            dlg.set_header(dlg.header.text() + "\n" + self.tr("另有 %1 张选中的工单尚未载入或超出上限，未列入；可在“来源工单”中补充编号。")
                           .replace("%1", str(left_out)))

        def done(p: ProjectInfo) -> None:
            self.status.emit(self.tr("已由 %1 张工单生成储备项目 %2，可在“项目库”中查看").replace("%1", str(len(p.tickets)))
                             .replace("%2", p.number))
            self.created.emit(p)

        return _open(self, dlg, done)  # type: ignore[return-value]


__all__ = ["AnnualListBox", "CandidateFromQueue", "ProjectsPage"]
