"""A project's detail, beside the projects list: its facts and description, its source tickets (double-click one to
see it), its priority score explained term by term, the votes of its meetings, and its history."""
from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk.projects.dto import PriorityTerm, ProjectInfo
from ui.common import labels
from ui.common.widgets import HINT_STYLE, row_table
from ui.projects.models import (
    SAFETY_COLOUR,
    HistoryModel,
    SourceTicketModel,
    TermModel,
    VoteModel,
    fmt_cost,
    fmt_number,
)


def fit_rows(view: QTableView, rows: int, *, at_least: int = 1, at_most: int = 12) -> None:
    """As tall as ``rows`` rows (within the bounds): the panel scrolls, not each little table."""
    n = max(at_least, min(rows, at_most))
    view.setFixedHeight(view.horizontalHeader().height() + n * view.verticalHeader().defaultSectionSize()
                        + 2 * view.frameWidth() + 2)


class ProjectDetail(QWidget):
    """Shows one :class:`ProjectInfo`, or a placeholder."""

    #: A source ticket was double-clicked (its number).
    open_ticket = Signal(str)
    #: The source tickets selected changed (移除工单 follows).
    tickets_selected = Signal()

    def __init__(self, tz: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project: ProjectInfo | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(self)
        outer.addWidget(self.stack)
        self.placeholder = QLabel(self.tr("请在左侧列表中选择一个项目"), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color: #888;")
        self.stack.addWidget(self.placeholder)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        # The detail's tabs: this overview first; others (the records: ui/projects/records.py) come with add_tab.
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("projectTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.scroll, self.tr("概况"))
        self.stack.addWidget(self.tabs)
        body = QWidget(self.scroll)
        self.scroll.setWidget(body)
        lay = QVBoxLayout(body)
        lay.setContentsMargins(8, 6, 8, 6)

        self.title = QLabel(body)
        f = QFont(self.title.font())
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 1.2)
        self.title.setFont(f)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.title)
        self.subtitle = QLabel(body)
        self.subtitle.setStyleSheet(HINT_STYLE)
        self.subtitle.setWordWrap(True)
        lay.addWidget(self.subtitle)
        facts = QFormLayout()
        facts.setContentsMargins(0, 4, 0, 4)
        self.facts: dict[str, QLabel] = {}
        for key, caption in (("safety", self.tr("安全底线")), ("people", self.tr("受益人数")),
                             ("cost", self.tr("估算费用")), ("created", self.tr("创建")),
                             ("updated", self.tr("最后修改"))):
            value = QLabel(body)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            facts.addRow(caption, value)
            self.facts[key] = value
        lay.addLayout(facts)

        self.description_heading = self._heading(self.tr("项目说明"), lay)
        self.description = QLabel(body)
        self.description.setWordWrap(True)
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.description)

        self.tickets_heading = self._heading("", lay)
        self.ticket_model = SourceTicketModel(self)
        self.tickets = self._table(self.ticket_model, 1, lay, many=True)
        self.tickets.doubleClicked.connect(self._double_clicked)
        self.tickets.selectionModel().selectionChanged.connect(lambda *_: self.tickets_selected.emit())
        self.tickets_hint = QLabel(self.tr("双击工单查看详情；选中后可“移除工单”"), body)
        self.tickets_hint.setStyleSheet(HINT_STYLE)
        lay.addWidget(self.tickets_hint)

        self.priority_heading = self._heading(self.tr("优先级评分"), lay)
        self.priority_summary = QLabel(body)
        self.priority_summary.setWordWrap(True)
        lay.addWidget(self.priority_summary)
        self.term_model = TermModel(self)
        self.terms = self._table(self.term_model, 0, lay)
        self.terms.setToolTip(self.tr("得分 = 数值 × 权重；权重在“办公室设置 → 民生工程”中设定"))
        self.terms_hint = QLabel(self.tr("得分 = 数值 × 权重（权重在“办公室设置 → 民生工程”中设定）。"), body)
        self.terms_hint.setStyleSheet(HINT_STYLE)
        self.terms_hint.setWordWrap(True)
        lay.addWidget(self.terms_hint)

        self.votes_heading = self._heading(self.tr("票决记录"), lay)
        self.votes_summary = QLabel(body)
        self.votes_summary.setWordWrap(True)
        lay.addWidget(self.votes_summary)
        self.vote_model = VoteModel(self)
        self.votes = self._table(self.vote_model, 0, lay)

        self.history_heading = self._heading(self.tr("历史"), lay)
        self.history_model = HistoryModel(tz, self)
        self.history = self._table(self.history_model, 3, lay)  # (a long line: its tooltip)
        lay.addStretch(1)

    def add_tab(self, widget: QWidget, title: str) -> None:
        """Another tab beside the overview (it shows the same project: the page tells it)."""
        self.tabs.addTab(widget, title)

    def _heading(self, text: str, lay: QVBoxLayout) -> QLabel:
        label = QLabel(text, self)
        f = QFont(label.font())
        f.setBold(True)
        label.setFont(f)
        label.setContentsMargins(0, 8, 0, 0)
        lay.addWidget(label)
        return label

    def _table(self, model: object, stretch: int, lay: QVBoxLayout, *, many: bool = False) -> QTableView:
        """A small table as wide as the panel: column ``stretch`` takes the room the others' contents leave."""
        v = row_table(self, model, many=many, stretch_last=False)  # type: ignore[arg-type]
        v.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        v.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if not many:
            v.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
            v.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = v.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        lay.addWidget(v)
        return v

    # -- showing ------------------------------------------------------------------------------------------
    def set_project(self, p: ProjectInfo | None) -> None:
        same = p is not None and self.project is not None and p.number == self.project.number
        self.project = p
        if p is None:
            self.stack.setCurrentWidget(self.placeholder)
            return
        self.stack.setCurrentWidget(self.tabs)
        tz = self.history_model._tz
        self.title.setText(self.tr("%1  %2").replace("%1", p.number).replace("%2", p.name))
        parts = [labels.label(labels.project_stages(), p.stage), self.tr("%1 年度").replace("%1", str(p.year)),
                 labels.label(labels.project_origins(), p.origin), p.community or "", p.category or ""]
        self.subtitle.setText(self.tr(" · ").join(x for x in parts if x))
        self.facts["safety"].setText(self.tr("是：排在所有未触及安全底线的项目之前") if p.safety_bottom_line else self.tr("否"))
        self.facts["safety"].setStyleSheet(f"color: {SAFETY_COLOUR.name()}; font-weight: bold;"
                                           if p.safety_bottom_line else "")
        self.facts["people"].setText(self.tr("%1 人").replace("%1", f"{p.people_affected:,}") if p.people_affected
                                     else self.tr("未填写"))
        self.facts["cost"].setText(fmt_cost(p.estimated_cost_fen) or self.tr("未估算"))
        self.facts["created"].setText(self.tr("%1 %2").replace("%1", p.created_by)
                                      .replace("%2", labels.fmt_time(p.created_at, tz)))
        self.facts["updated"].setText(self.tr("%1 %2（第 %3 版）").replace("%1", p.updated_by)
                                      .replace("%2", labels.fmt_time(p.updated_at, tz)).replace("%3", str(p.version)))
        self.description.setText(p.description or self.tr("（无）"))

        keep = set(self.selected_tickets()) if same else set()
        self.tickets_heading.setText(self.tr("来源工单（%1 张，反映居民 %2 人）").replace("%1", str(len(p.tickets)))
                                     .replace("%2", str(p.residents)))
        self.ticket_model.set_items(p.sources)
        fit_rows(self.tickets, len(p.sources), at_most=8)
        sm = self.tickets.selectionModel()
        for row, t in enumerate(p.sources):
            if t.number in keep:
                sm.select(self.ticket_model.index(row, 0), sm.SelectionFlag.Select | sm.SelectionFlag.Rows)
        self.tickets_hint.setVisible(bool(p.sources))
        self.tickets_selected.emit()

        pr = p.priority
        summary = self.tr("评分 %1").replace("%1", fmt_number(pr.score))
        if pr.safety_bottom_line:
            summary = self.tr("触及安全底线：排在所有未触及安全底线的项目之前，不论评分。") + "\n" + summary
            self.priority_summary.setStyleSheet(f"color: {SAFETY_COLOUR.name()};")
        else:
            self.priority_summary.setStyleSheet("")
        self.priority_summary.setText(summary)
        self.term_model.set_items([*pr.terms, PriorityTerm("", 0, 0, pr.score)])
        fit_rows(self.terms, len(pr.terms) + 1, at_most=10)

        tallies: dict[tuple[str, str], dict[str, int]] = {}
        for v in p.votes:
            tally = tallies.setdefault((v.meeting, v.held_on.isoformat()), {"for": 0, "against": 0, "abstain": 0})
            tally[v.choice] += 1
        choices = labels.vote_choices()
        self.votes_summary.setText("\n".join(
            self.tr("%1（%2）：%3").replace("%1", m).replace("%2", d).replace(
                "%3", self.tr(" · ").join(f"{choices[c]} {n}" for c, n in t.items()))
            for (m, d), t in tallies.items()) or self.tr("尚未票决。"))
        self.vote_model.set_items(p.votes)
        self.votes.setVisible(bool(p.votes))
        fit_rows(self.votes, len(p.votes), at_most=8)

        self.history_model.set_items(list(reversed(p.history)))  # the newest first
        fit_rows(self.history, len(p.history), at_most=8)

    def selected_tickets(self) -> list[str]:
        """The numbers of the source tickets selected, in the table's order."""
        rows = sorted(i.row() for i in self.tickets.selectionModel().selectedRows())
        return [self.ticket_model.item(r).number for r in rows if self.ticket_model.item(r) is not None]

    def _double_clicked(self, index: object) -> None:
        item = self.ticket_model.item(index.row())  # type: ignore[attr-defined]
        if item is not None:
            self.open_ticket.emit(item.number)

    def explanation(self) -> list[tuple[str, str, str, str]]:
        """The priority table as a person reads it (a test's view)."""
        m = self.term_model
        return [tuple(m.index(r, c).data() for c in range(4)) for r in range(m.rowCount())]  # type: ignore[misc]


__all__ = ["ProjectDetail", "fit_rows"]
