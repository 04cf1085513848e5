"""The detail pane: a ticket's fields, its dispatches and its timeline."""
from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desk.dto import DispatchInfo, TicketDetail
from desk.privacy import CONFIDENTIAL
from ui.common import labels
from ui.common.widgets import row_table
from ui.intake.attachments import AttachmentStrip
from ui.tickets.badges import BadgeDelegate, DeadlineClock
from ui.tickets.models import DispatchListModel, TimelineModel


class DetailPane(QWidget):
    """Shows one :class:`TicketDetail`; the selected dispatch is what dispatch actions apply to."""

    #: The dispatch selected in the list changed (its id, or 0 for none).
    dispatch_selected = Signal(int)
    #: A ticket (its TicketDetail) or nothing (None) is now shown: sections of other domains follow it.
    detail_shown = Signal(object)

    FIELDS = ("category", "urgency", "appeal_type", "source", "hotline_number", "community", "address",
              "reporter_name", "reporter_phone", "reply_by", "office_due", "created_by", "created_at", "updated")

    def __init__(self, tz: tzinfo, parent: QWidget | None = None, *, clock: DeadlineClock | None = None) -> None:
        super().__init__(parent)
        self._tz = tz
        self.detail: TicketDetail | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(self)
        outer.addWidget(self.stack)
        self.placeholder = QLabel(self.tr("请在左侧列表中选择一张工单"), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color: #888;")
        self.stack.addWidget(self.placeholder)

        body = QWidget(self)
        self.stack.addWidget(body)
        lay = QVBoxLayout(body)
        lay.setContentsMargins(6, 6, 6, 6)
        self.splitter = QSplitter(Qt.Orientation.Vertical, body)
        self.splitter.setChildrenCollapsible(False)
        lay.addWidget(self.splitter)

        # -- fields
        scroll = QScrollArea(self.splitter)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        fields = QWidget(scroll)
        scroll.setWidget(fields)
        fl = QVBoxLayout(fields)
        fl.setContentsMargins(0, 0, 0, 0)
        self.title_label = QLabel(fields)
        f = QFont(self.title_label.font())
        f.setPointSizeF(f.pointSizeF() * 1.25)
        f.setBold(True)
        self.title_label.setFont(f)
        self.title_label.setWordWrap(True)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        #: 打印派单单 (the window gives it its action, Ctrl+P).
        self.print_button = QToolButton(fields)
        self.print_button.setObjectName("printSlip")
        self.print_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        top.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignTop)
        fl.addLayout(top)
        self.subtitle_label = QLabel(fields)
        self.subtitle_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        fl.addWidget(self.subtitle_label)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        fl.addLayout(grid)
        captions = {
            "category": self.tr("分类"), "urgency": self.tr("紧急程度"), "appeal_type": self.tr("诉求类型"),
            "source": self.tr("来源"), "hotline_number": self.tr("12345工单号"), "community": self.tr("社区"),
            "address": self.tr("地址"), "reporter_name": self.tr("反映人"), "reporter_phone": self.tr("联系电话"),
            "reply_by": self.tr("回复方式"), "office_due": self.tr("街道时限"), "created_by": self.tr("受理人"),
            "created_at": self.tr("受理时间"), "updated": self.tr("最近修改"),
        }
        #: field -> value label (public for tests)
        self.values: dict[str, QLabel] = {}
        layout_rows = [("category", "urgency"), ("appeal_type", "source"), ("hotline_number", "community"),
                       ("address", None), ("reporter_name", "reporter_phone"), ("reply_by", "office_due"),
                       ("created_by", "created_at"), ("updated", None)]
        for r, (left, right) in enumerate(layout_rows):
            for c, key in enumerate((left, right)):
                if key is None:
                    continue
                cap = QLabel(captions[key] + self.tr("："), fields)
                cap.setStyleSheet("color: #666;")
                val = QLabel(fields)
                val.setWordWrap(True)
                val.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                grid.addWidget(cap, r, c * 2, Qt.AlignmentFlag.AlignTop)
                grid.addWidget(val, r, c * 2 + 1, 1, 3 if right is None else 1)
                self.values[key] = val
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        cap = QLabel(self.tr("问题描述："), fields)
        cap.setStyleSheet("color: #666;")
        fl.addWidget(cap)
        self.description_label = QLabel(fields)
        self.description_label.setWordWrap(True)
        self.description_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.description_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        fl.addWidget(self.description_label)
        fl.addStretch(1)
        self._fields_layout = fl

        # -- issue 15: photos and documents (ui/intake/attachments.py), read after the ticket shows
        self.attachments = AttachmentStrip(tz, self.splitter)

        # -- dispatches
        dbox = QWidget(self.splitter)
        dl = QVBoxLayout(dbox)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.addWidget(self._heading(self.tr("派单（吹哨报到）"), dbox))
        self.dispatch_model = DispatchListModel(tz, self, clock=clock)
        self.dispatch_view = row_table(dbox)
        self.dispatch_view.setModel(self.dispatch_model)
        self.dispatch_view.setItemDelegateForColumn(DispatchListModel.BADGE_COLUMN, BadgeDelegate(self.dispatch_view))
        for col, width in enumerate((92, 40, 70, 120, 150, 150, 150, 40, 124)):
            self.dispatch_view.setColumnWidth(col, width)
        dh = self.dispatch_view.horizontalHeader()
        for col in (0, 1, 2, DispatchListModel.BADGE_COLUMN):  # a ticket has few dispatches: size to the content
            dh.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.dispatch_view.selectionModel().currentRowChanged.connect(self._dispatch_changed)
        dl.addWidget(self.dispatch_view)

        # -- timeline
        tbox = QWidget(self.splitter)
        tl = QVBoxLayout(tbox)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self._heading(self.tr("处理记录"), tbox))
        self.timeline_model = TimelineModel(tz, self)
        self.timeline_view = row_table(tbox)
        self.timeline_view.setModel(self.timeline_model)
        self.timeline_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        for col, width in enumerate((118, 64, 72, 84)):
            self.timeline_view.setColumnWidth(col, width)
        self.timeline_view.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        tl.addWidget(self.timeline_view)
        self.splitter.setSizes([210, self.attachments.sizeHint().height(), 150, 270])
        self.dispatch_selected.connect(lambda _id: self.attachments.set_dispatch(self.current_dispatch()))

    def add_section(self, widget: QWidget) -> None:
        """A domain's own section under the description (issue 15: the repeats panel)."""
        self._fields_layout.insertWidget(self._fields_layout.count() - 1, widget)

    def _heading(self, text: str, parent: QWidget) -> QLabel:
        h = QLabel(text, parent)
        f = QFont(h.font())
        f.setBold(True)
        h.setFont(f)
        return h

    # -- content -------------------------------------------------------------------------
    def set_detail(self, detail: TicketDetail | None, select_dispatch: int | None = None) -> None:
        """Show ``detail`` (None: the placeholder); keeps the selected dispatch if it is still there."""
        keep = select_dispatch if select_dispatch is not None else self.current_dispatch_id()
        self.detail = detail
        self.attachments.set_ticket(detail)  # (its list is read afterwards, off the GUI thread)
        if detail is None:
            self.dispatch_model.set_items([])
            self.timeline_model.set_items([])
            self.stack.setCurrentWidget(self.placeholder)
            self.dispatch_selected.emit(0)
            self.detail_shown.emit(None)
            return
        tz = self._tz
        self.title_label.setText(detail.title)
        state = labels.ticket_state(detail.state, detail.called_back)
        if detail.parent_number:  # a merged child (重复件): the ticket it follows
            state = labels.merged_state(state, detail.parent_number)
        self.subtitle_label.setText(
            self.tr("%1 · %2 · 第 %3 轮").replace("%1", detail.number).replace("%2", state)
            .replace("%3", str(detail.round)))
        self.subtitle_label.setToolTip(labels.merged_note(detail.parent_number) if detail.parent_number else "")
        v = self.values
        v["category"].setText(detail.category)
        v["urgency"].setText(labels.label(labels.urgencies(), detail.urgency))
        v["appeal_type"].setText(labels.label(labels.appeal_types(), detail.appeal_type))
        v["hotline_number"].setText(detail.hotline_number or self.tr("—"))
        v["reply_by"].setText(labels.label(labels.reply_methods(), detail.reply_by))
        office = detail.verify_due or detail.callback_due
        step = self.tr("核实") if detail.verify_due else self.tr("回访")
        v["office_due"].setText(self.tr("%1 限 %2").replace("%1", step).replace("%2", labels.fmt_time(office, tz))
                                if office else self.tr("—"))
        if detail.platform_due is not None:  # issue 15: the 12345 platform's deadline beside it
            promise = self.tr("12345 承诺 %1").replace("%1", labels.fmt_time(detail.platform_due, tz))
            late = detail.late_for_platform
            if late:  # a dispatch due after the platform's deadline is never shown without a warning
                promise = self.tr("%1（%2 的办结时限晚于承诺）").replace("%1", promise).replace(
                    "%2", self.tr("、").join(d.department for d in late))
            v["office_due"].setText(self.tr("%1；%2").replace("%1", v["office_due"].text()).replace("%2", promise)
                                    if office else promise)
            v["office_due"].setStyleSheet("color: #b42318;" if late else "")
        else:
            v["office_due"].setStyleSheet("")
        v["source"].setText(labels.label(labels.sources(), detail.source))
        v["community"].setText(detail.community)
        v["address"].setText(detail.address)
        name, phone = detail.reporter_name, detail.reporter_phone
        if name == CONFIDENTIAL:  # a confidential reporter this user may not see
            name = phone = self.tr("（保密）")
        elif detail.confidential:
            name = self.tr("%1（保密）").replace("%1", name)
        v["reporter_name"].setText(name)
        v["reporter_phone"].setText(phone)
        v["created_by"].setText(detail.created_by)
        v["created_at"].setText(labels.fmt_time(detail.created_at, tz))
        v["updated"].setText(self.tr("%1，%2").replace("%1", detail.updated_by)
                             .replace("%2", labels.fmt_time(detail.updated_at, tz)))
        self.description_label.setText(detail.description)
        # newest dispatches first: the current round is what people act on
        self.dispatch_model.set_items(sorted(detail.dispatches, key=lambda d: (-d.round, d.id)))
        self.timeline_model.set_items(detail.events)
        self.timeline_view.scrollToBottom()
        self.stack.setCurrentIndex(1)
        self.select_dispatch(keep)
        self.detail_shown.emit(detail)

    def current_dispatch(self) -> DispatchInfo | None:
        idx = self.dispatch_view.selectionModel().currentIndex()
        if not idx.isValid() or not self.dispatch_view.selectionModel().isRowSelected(idx.row()):
            return None
        return self.dispatch_model.item(idx.row())

    def current_dispatch_id(self) -> int | None:
        d = self.current_dispatch()
        return d.id if d is not None else None

    def select_dispatch(self, dispatch_id: int | None) -> None:
        row = self.dispatch_model.row_of(dispatch_id) if dispatch_id else None
        sm = self.dispatch_view.selectionModel()
        if row is None:
            sm.clear()
            self.dispatch_selected.emit(0)
            return
        idx = self.dispatch_model.index(row, 0)
        sm.setCurrentIndex(idx, sm.SelectionFlag.ClearAndSelect | sm.SelectionFlag.Rows)
        self.dispatch_view.scrollTo(idx)
        self.dispatch_selected.emit(dispatch_id)

    def _dispatch_changed(self, current, _previous) -> None:
        d = self.dispatch_model.item(current.row()) if current.isValid() else None
        self.dispatch_selected.emit(d.id if d is not None else 0)
