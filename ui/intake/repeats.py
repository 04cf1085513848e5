"""Repeat complaints (重复件) in the window (issue 15 §2).

* :class:`RepeatHints`: in the new-ticket dialog, the likely repeats of what the clerk types, asked off the GUI
  thread (an op) after a pause in typing (:data:`PAUSE_MS`); an answer to an older text is dropped. The clerk
  picks one to merge the new ticket into once it is saved, or dismisses one (不是重复件).
* :class:`RepeatPanel`: in the detail pane, a ticket's place among repeats: a parent's children and how many
  residents raised the problem; a child's parent and the dispatches it follows, with 拆分; the open proposals
  with 合并 and 忽略.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk import ActingUser
from desk.errors import DeskError, ValidationError
from ui.common import labels
from ui.common.ops import Op, describe_error

translate = QCoreApplication.translate

#: The pause in typing after which the dialog asks for likely repeats (milliseconds).
PAUSE_MS = 400
#: Typed characters (title and description together) before anything is asked.
MIN_CHARS = 4


def reason_labels() -> dict[str, str]:
    return {"phone": translate("repeats", "同一来电号码"), "address": translate("repeats", "地址相近"),
            "community": translate("repeats", "同一社区"), "category": translate("repeats", "同一分类"),
            "text": translate("repeats", "内容相似"), "manual": translate("repeats", "人工选择")}


def reasons_text(reasons: tuple[str, ...]) -> str:
    names = reason_labels()
    return translate("repeats", "、").join(names.get(r, r) for r in reasons)


def event_text(kind: str, changes: dict, state: Callable[[Any], str]) -> str:
    """A timeline line for a merge, a split or a dismissed proposal (``state``: a state code's label)."""
    def new(key: str) -> Any:
        return (changes.get(key) or [None, None])[1]

    def old(key: str) -> Any:
        return (changes.get(key) or [None, None])[0]

    bits = []
    if kind == "repeat_merge":
        if new("parent"):
            bits.append(translate("repeats", "并入主工单 %1").replace("%1", str(new("parent"))))
        if new("child"):
            bits.append(translate("repeats", "%1 作为重复件并入，共 %2 位居民反映")
                        .replace("%1", str(new("child"))).replace("%2", str((new("repeat_count") or 0) + 1)))
        if new("mismatch"):
            bits.append(translate("repeats", "已确认不同：%1").replace("%1", str(new("mismatch"))))
    elif kind == "repeat_split":
        if old("parent"):
            bits.append(translate("repeats", "从主工单 %1 拆分").replace("%1", str(old("parent"))))
        if old("child"):
            bits.append(translate("repeats", "拆分出 %1").replace("%1", str(old("child"))))
    elif kind == "repeat_dismiss" and new("candidate"):
        bits.append(translate("repeats", "与 %1 不是同一问题").replace("%1", str(new("candidate"))))
    if "state" in changes:
        bits.append(translate("repeats", "%1 → %2").replace("%1", state(old("state"))).replace("%2", state(new("state"))))
    return translate("repeats", "，").join(bits)


def _table(parent: QWidget, headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers), parent)
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().hide()
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setWordWrap(False)
    t.horizontalHeader().setStretchLastSection(True)
    t.verticalHeader().setDefaultSectionSize(t.fontMetrics().height() + 8)
    return t


def _item(text: str, data: Any = None) -> QTableWidgetItem:
    it = QTableWidgetItem(text)
    if data is not None:
        it.setData(Qt.ItemDataRole.UserRole, data)
    return it


class RepeatHints(QWidget):
    """Likely repeats of the ticket being typed (the new-ticket dialog)."""

    #: The list was refreshed (the number of candidates shown).
    shown = Signal(int)

    def __init__(self, dialog: Any, user: ActingUser) -> None:
        super().__init__(dialog)
        self.setObjectName("repeatHints")
        self._dialog = dialog
        self._user = user
        self._generation = 0
        #: Numbers the clerk said are not repeats (not shown again while the dialog is open).
        self.dismissed: set[str] = set()
        self.candidates: list[Any] = []
        #: What happened after the save: '' or a sentence (written by the op's worker into this plain dict).
        self.result: dict[str, str] = {"outcome": ""}
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        self.heading = QLabel(self.tr("可能的重复件"), self)
        f = QFont(self.heading.font())
        f.setBold(True)
        self.heading.setFont(f)
        lay.addWidget(self.heading)
        self.status = QLabel(self.tr("输入标题和问题描述后，这里列出近期可能反映同一问题的工单。"), self)
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #666;")
        lay.addWidget(self.status)
        self.table = _table(self, [self.tr("相似度"), self.tr("工单编号"), self.tr("标题"), self.tr("状态"),
                                   self.tr("理由")])
        self.table.setObjectName("repeatCandidates")
        for col, width in enumerate((56, 96, 170, 64)):
            self.table.setColumnWidth(col, width)
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 3 + 30)
        self.table.setMaximumHeight(self.table.verticalHeader().defaultSectionSize() * 5 + 30)
        self.table.itemSelectionChanged.connect(self._picked)
        lay.addWidget(self.table)
        row = QHBoxLayout()
        self.merge_box = QCheckBox(self.tr("受理后并入所选工单"), self)
        self.merge_box.setObjectName("mergeIntoPicked")
        self.merge_box.setEnabled(False)
        row.addWidget(self.merge_box, 1)
        self.dismiss_button = QPushButton(self.tr("不是重复件"), self)
        self.dismiss_button.setObjectName("dismissCandidate")
        self.dismiss_button.setEnabled(False)
        self.dismiss_button.clicked.connect(self._dismiss)
        row.addWidget(self.dismiss_button)
        lay.addLayout(row)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PAUSE_MS)
        self.timer.timeout.connect(self.ask)
        d = dialog
        for signal in (d.title.textChanged, d.description.textChanged, d.address.textChanged,
                       d.reporter_phone.textChanged, d.community.editTextChanged, d.category.currentIndexChanged):
            signal.connect(self._typed)

    # -- asking --------------------------------------------------------------------------------
    def probe(self) -> dict[str, Any]:
        d = self._dialog
        return {"title": d.title.text(), "description": d.description.toPlainText(),
                "category": d.category.currentData() or "", "community": d.community.text(),
                "address": d.address.text(), "phone": d.reporter_phone.text()}

    def _typed(self, *_args: Any) -> None:
        self._generation += 1  # an answer still on its way is now stale
        self.timer.start()

    def ask(self) -> None:
        probe = self.probe()
        if len((probe["title"] + probe["description"]).strip()) < MIN_CHARS and len(probe["phone"]) < 7:
            return
        generation = self._generation
        user = self._user
        self.status.setText(self.tr("正在查找可能的重复件…"))
        (Op(self, lambda: user.repeat_candidates(**probe, limit=5), background=True)
         .success(lambda found, g=generation: self._show(g, found))
         .failure(lambda exc, g=generation: self._failed(g, exc)).run())

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.status.setText(self.tr("无法查找重复件：%1").replace("%1", describe_error(exc)))

    def _show(self, generation: int, found: list[Any]) -> None:
        if generation != self._generation:
            return  # typed on meanwhile: a newer answer is coming
        picked = self.picked_number()
        self.candidates = [c for c in found if c.number not in self.dismissed]
        t = self.table
        t.setRowCount(len(self.candidates))
        for r, c in enumerate(self.candidates):
            t.setItem(r, 0, _item(f"{c.score:.0f}", c.number))
            t.setItem(r, 1, _item(c.number))
            t.setItem(r, 2, _item(c.title))
            t.setItem(r, 3, _item(labels.ticket_state(c.state)))
            mismatch = self._mismatch(c)
            text = reasons_text(c.reasons) + (self.tr("（%1不同）").replace("%1", mismatch) if mismatch else "")
            t.setItem(r, 4, _item(text))
            t.item(r, 4).setToolTip(text)
            t.item(r, 2).setToolTip(c.title)
            if c.number == picked:
                t.selectRow(r)
        if self.candidates:
            self.status.setText(self.tr("找到 %1 件可能反映同一问题的工单：选中一件，受理后可并入它。")
                                .replace("%1", str(len(self.candidates))))
        else:
            self.status.setText(self.tr("没有找到可能的重复件。"))
        self._picked()
        self.shown.emit(len(self.candidates))

    def _mismatch(self, c: Any) -> str:
        probe = self.probe()
        out = []
        if probe["community"].strip() and c.community != probe["community"].strip():
            out.append(self.tr("社区"))
        if probe["category"] and c.category != probe["category"]:
            out.append(self.tr("分类"))
        return self.tr("、").join(out)

    # -- picking ---------------------------------------------------------------------------------
    def picked(self) -> Any | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.candidates):
            return None
        return self.candidates[rows[0].row()]

    def picked_number(self) -> str | None:
        c = self.picked()
        return c.number if c is not None else None

    def _picked(self) -> None:
        c = self.picked()
        had = self.merge_box.isEnabled()
        self.merge_box.setEnabled(c is not None)
        self.dismiss_button.setEnabled(c is not None)
        if c is None:
            self.merge_box.setChecked(False)
            self.merge_box.setText(self.tr("受理后并入所选工单"))
            return
        mismatch = self._mismatch(c)
        self.merge_box.setText(self.tr("受理后并入 %1").replace("%1", c.number) + (
            self.tr("（%1不同，勾选即确认）").replace("%1", mismatch) if mismatch else ""))
        if not had:
            self.merge_box.setChecked(True)

    def _dismiss(self) -> None:
        c = self.picked()
        if c is None:
            return
        self.dismissed.add(c.number)
        self.table.clearSelection()
        self._show(self._generation, list(self.candidates))

    # -- after the save ----------------------------------------------------------------------------
    def wrap(self, create: Callable[[], Any]) -> Callable[[], Any]:
        """The dialog's call: create the ticket, then (same op, its own transaction) merge it into the picked
        ticket, or keep the likely repeats as proposals (those the clerk dismissed here are dismissed). The
        ticket is saved whatever happens after: a merge that fails is told, never a reason to type it again."""
        user = self._user
        into = self.picked_number() if self.merge_box.isChecked() else None
        confirm = bool(into) and bool(self._mismatch(self.picked()))
        dismissed = set(self.dismissed)
        result = self.result

        def call() -> Any:
            t = create()
            try:
                if into:
                    user.merge_repeat(t.number, into, confirm_mismatch=confirm)
                    result["outcome"] = translate("repeats", "已并入 %1").replace("%1", into)
                    return user.ticket(t.number)
                links = user.propose_repeats(t.number)
                for p in links.proposals:
                    if p.candidate in dismissed:
                        user.dismiss_repeat(p.id, note=translate("repeats", "受理时确认不是重复件"))
            except DeskError as exc:  # the ticket is saved: say what did not happen
                result["outcome"] = translate("repeats", "未能并入：%1").replace("%1", exc.message)
            return t

        return call


class RepeatPanel(QWidget):
    """A ticket's repeats in the detail pane (hidden when it has none)."""

    #: Something was merged, split or dismissed: the window refreshes (the ticket's number).
    changed = Signal(str)

    def __init__(self, user: ActingUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("repeatPanel")
        self._user = user
        self.links: Any = None
        self._number: str | None = None
        self._generation = 0
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 6, 0, 0)
        self.heading = QLabel(self)
        f = QFont(self.heading.font())
        f.setBold(True)
        self.heading.setFont(f)
        self.heading.setObjectName("repeatHeading")
        lay.addWidget(self.heading)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("repeatSummary")
        lay.addWidget(self.summary)
        self.children_table = _table(self, [self.tr("工单编号"), self.tr("反映人"), self.tr("电话"), self.tr("状态"),
                                            self.tr("回访")])
        self.children_table.setObjectName("repeatChildren")
        for col, width in enumerate((96, 70, 100, 64)):
            self.children_table.setColumnWidth(col, width)
        lay.addWidget(self.children_table)
        self.proposals_table = _table(self, [self.tr("相似度"), self.tr("工单编号"), self.tr("标题"), self.tr("理由")])
        self.proposals_table.setObjectName("repeatProposals")
        for col, width in enumerate((56, 96, 170)):
            self.proposals_table.setColumnWidth(col, width)
        self.proposals_table.itemSelectionChanged.connect(self._sync)
        lay.addWidget(self.proposals_table)
        row = QHBoxLayout()
        row.addStretch(1)
        self.merge_button = QPushButton(self.tr("确认合并"), self)
        self.merge_button.setObjectName("mergeProposal")
        self.merge_button.clicked.connect(self.merge_picked)
        self.dismiss_button = QPushButton(self.tr("不是重复件"), self)
        self.dismiss_button.setObjectName("dismissProposal")
        self.dismiss_button.clicked.connect(self.dismiss_picked)
        self.split_button = QPushButton(self.tr("拆分"), self)
        self.split_button.setObjectName("splitRepeat")
        self.split_button.clicked.connect(self.split)
        for b in (self.merge_button, self.dismiss_button, self.split_button):
            row.addWidget(b)
        lay.addLayout(row)
        #: The question asked before a merge across 社区 or categories (while it is shown).
        self.confirm_box: QMessageBox | None = None
        self.hide()

    # -- showing ---------------------------------------------------------------------------------
    def show_ticket(self, detail: Any) -> None:
        """The detail pane shows ``detail`` (None: nothing): read its links off the GUI thread."""
        self._generation += 1
        number = getattr(detail, "number", None)
        if number != self._number:
            self.links = None
            self.hide()
        self._number = number
        if number is None or self._user.role == "responder":
            return
        generation, user = self._generation, self._user
        (Op(self, lambda: user.repeat_links(number), background=True)
         .success(lambda links, g=generation: self._show(g, links))
         .failure(lambda _exc: None).run())

    def _show(self, generation: int, links: Any) -> None:
        if generation != self._generation:
            return
        self.links = links
        if links.parent is None and not links.children and not links.proposals:
            self.hide()
            return
        states = labels.ticket_states()
        sats = {"satisfied": self.tr("满意"), "basically_satisfied": self.tr("基本满意"),
                "dissatisfied": self.tr("不满意")}
        if links.parent is not None:
            self.heading.setText(self.tr("重复件：已并入 %1").replace("%1", links.parent.number))
            followed = self.tr("；").join(
                self.tr("%1（%2，%3）").replace("%1", d.department)
                .replace("%2", labels.label(labels.dispatch_roles(), d.role))
                .replace("%3", labels.label(labels.dispatch_states(), d.state)) for d in links.followed)
            self.summary.setText(
                self.tr("主工单“%1”（%2）共 %3 位居民反映。本工单跟随主工单办理，没有自己的派单；回访和结案仍单独进行。")
                .replace("%1", links.parent.title).replace("%2", states.get(links.parent.state, links.parent.state))
                .replace("%3", str(links.residents))
                + ("\n" + self.tr("主工单的派单：%1").replace("%1", followed) if followed else ""))
        elif links.children:
            self.heading.setText(self.tr("重复件：%1 位居民反映同一问题").replace("%1", str(links.residents)))
            self.summary.setText(self.tr("本工单是主工单，并入了 %1 件重复件；它们跟随本工单的派单和状态，各自回访、结案。")
                                 .replace("%1", str(len(links.children))))
        else:
            self.heading.setText(self.tr("可能的重复件"))
            self.summary.setText(self.tr("以下工单可能反映同一问题：选中一件后确认合并（本工单并入它），或标为不是重复件。"))
        t = self.children_table
        t.setVisible(bool(links.children))
        t.setRowCount(len(links.children))
        for r, c in enumerate(links.children):
            t.setItem(r, 0, _item(c.number))
            t.setItem(r, 1, _item(c.reporter_name))
            t.setItem(r, 2, _item(c.reporter_phone))
            t.setItem(r, 3, _item(states.get(c.state, c.state)))
            t.setItem(r, 4, _item(sats.get(c.satisfaction, self.tr("—"))))
        t.setFixedHeight(t.verticalHeader().defaultSectionSize() * min(5, max(1, len(links.children))) + 30)
        p = self.proposals_table
        p.setVisible(bool(links.proposals))
        p.setRowCount(len(links.proposals))
        for r, x in enumerate(links.proposals):
            p.setItem(r, 0, _item(str(x.score), x.id))
            p.setItem(r, 1, _item(x.candidate))
            p.setItem(r, 2, _item(x.candidate_title))
            p.setItem(r, 3, _item(reasons_text(x.reasons)))
        p.setFixedHeight(p.verticalHeader().defaultSectionSize() * min(4, max(1, len(links.proposals))) + 30)
        self.split_button.setVisible(links.parent is not None)
        self._sync()
        self.show()

    def _sync(self) -> None:
        has = self.picked_proposal() is not None
        show = bool(self.links and self.links.proposals)
        self.merge_button.setVisible(show)
        self.dismiss_button.setVisible(show)
        self.merge_button.setEnabled(has)
        self.dismiss_button.setEnabled(has)

    def picked_proposal(self) -> Any | None:
        rows = self.proposals_table.selectionModel().selectedRows()
        if not rows or self.links is None or rows[0].row() >= len(self.links.proposals):
            return None
        return self.links.proposals[rows[0].row()]

    # -- acting ----------------------------------------------------------------------------------
    def merge_picked(self, *, confirm_mismatch: bool = False) -> None:
        p = self.picked_proposal()
        if p is None or self._number is None:
            return
        user, number = self._user, self._number

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationError) and exc.field == "confirm_mismatch":
                self._ask_mismatch(exc.message)
            else:
                QMessageBox.warning(self.window(), self.tr("无法合并"), describe_error(exc))

        (Op(self, lambda: user.merge_repeat(number, p.candidate, confirm_mismatch=confirm_mismatch))
         .success(lambda _links: self.changed.emit(number)).failure(failed).run())

    def _ask_mismatch(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("确认合并"), message, parent=self.window())
        yes = box.addButton(self.tr("确认合并"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("取消"), QMessageBox.ButtonRole.RejectRole)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.buttonClicked.connect(lambda b: self.merge_picked(confirm_mismatch=True) if b is yes else None)
        self.confirm_box = box
        box.open()

    def dismiss_picked(self) -> None:
        p = self.picked_proposal()
        if p is None or self._number is None:
            return
        user, number = self._user, self._number
        Op(self, lambda: user.dismiss_repeat(p.id)).success(lambda _links: self.changed.emit(number)).run()

    def split(self, *, reason: str | None = None) -> None:
        if self._number is None or self.links is None or self.links.parent is None:
            return
        if reason is None:
            reason, ok = QInputDialog.getText(self.window(), self.tr("拆分重复件"),
                                              self.tr("拆分原因（拆分后本工单回到待派，单独办理）："))
            if not ok:
                return
        user, number = self._user, self._number
        Op(self, lambda: user.split_repeat(number, reason=reason)).success(
            lambda _links: self.changed.emit(number)).run()
