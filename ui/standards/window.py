"""立结案标准 (管理 menu): the category tree and each node's standard.

Left, the tree (大类 → 小类 → 细类) with each node's lead department and status; right, the selected node's own
standard: 主办部门, 协办部门, 立案条件, 结案条件 and its time limits per urgency. An empty field inherits: the
field shows what it would inherit (the combo's first entry, the placeholders). Buttons: 新增大类…, 新增下级…,
停用/启用, 保存, 导入 Excel…, 导出 Excel…. Every read and write is an op; the façade checks every rule.
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk import ActingUser
from desk.deadlines.service import DEFAULT_POLICY
from desk.dto import DepartmentInfo
from desk.standards.dto import LEVEL_NAMES, URGENCIES, CategoryNode, CategoryStandard, StandardsImport
from ui.common.opdialog import OpDialog
from ui.common.ops import Op, describe_error
from ui.common.widgets import HINT_STYLE, OK_STYLE, error_line

translate = QCoreApplication.translate
_MUTED = QColor("#8a8f96")
ID_ROLE = Qt.ItemDataRole.UserRole


def level_name(level: int) -> str:
    """大类 / 小类 / 细类 in the interface language."""
    names = {1: translate("StandardsWindow", "大类"), 2: translate("StandardsWindow", "小类"),
             3: translate("StandardsWindow", "细类")}
    return names.get(level, LEVEL_NAMES.get(level, str(level)))


class AddNodeDialog(OpDialog):
    """新增大类 / 新增下级: a name and, optionally, the lead department."""

    def __init__(self, parent: QWidget, user: ActingUser, parent_node: CategoryNode | None,
                 departments: Sequence[DepartmentInfo]) -> None:
        level = parent_node.level + 1 if parent_node else 1
        super().__init__(parent, self.tr("新增%1").replace("%1", level_name(level)))
        self._user = user
        self.parent_node = parent_node
        if parent_node is not None:
            self.set_header(self.tr("上级：%1").replace("%1", " › ".join(parent_node.path)))
        self.name = self.add_field(self.tr("名称"), QLineEdit(self), "name")
        self.name.setMaxLength(64)
        self.lead = self.add_field(self.tr("主办部门"), QComboBox(self), "lead")
        self.lead.addItem(self.tr("（沿用上级）") if parent_node else self.tr("（暂不指定）"), None)
        for d in departments:
            self.lead.addItem(d.name, d.name)
        self.ok_button.setText(self.tr("新增"))

    def make_call(self) -> Any:
        name = self.name.text().strip()
        if not name:
            self.show_field_error("name", self.tr("请填写名称。"))
            return None
        lead = self.lead.currentData()
        parent = self.parent_node.name if self.parent_node else None
        u = self._user
        return lambda: u.add_category_node(name, parent=parent, lead=lead)


class StandardsWindow(QDialog):
    """The library window. ``changed`` after every successful change (the pick-lists elsewhere reload)."""

    changed = Signal()
    loaded = Signal()
    #: The node's inherited standard arrived (the editor's placeholders are filled).
    editor_ready = Signal()

    def __init__(self, user: ActingUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("立结案标准"))
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.resize(1080, 640)
        self._user = user
        self.nodes: dict[int, CategoryNode] = {}
        self.departments: list[DepartmentInfo] = []
        self.items: dict[int, QTreeWidgetItem] = {}
        self.dialog: OpDialog | None = None
        self._keep: int | None = None
        self.busy = False
        self.last_import: StandardsImport | None = None

        lay = QVBoxLayout(self)
        hint = QLabel(self.tr("三级分类（大类 → 小类 → 细类）及其主办、协办部门、立案条件、结案条件和时限。"
                              "留空的项沿用上级分类；时限留空沿用上级，最上层沿用紧急程度的默认时限。"), self)
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        lay.addWidget(hint)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        lay.addWidget(split, 1)

        self.tree = QTreeWidget(split)
        self.tree.setHeaderLabels([self.tr("分类"), self.tr("级别"), self.tr("主办部门"), self.tr("状态")])
        self.tree.setColumnWidth(0, 200)
        self.tree.setColumnWidth(1, 48)
        self.tree.setColumnWidth(2, 100)
        self.tree.setUniformRowHeights(True)
        self.tree.currentItemChanged.connect(lambda *_: self._selected())

        right = QWidget(split)
        rl = QVBoxLayout(right)
        self.title = QLabel(self.tr("请在左侧选择一个分类"), right)
        self.title.setStyleSheet("font-weight: bold;")
        rl.addWidget(self.title)
        form = QFormLayout()
        rl.addLayout(form)
        self.lead = QComboBox(right)
        form.addRow(self.tr("主办部门"), self.lead)
        self.assists = QListWidget(right)
        self.assists.setMaximumHeight(120)
        form.addRow(self.tr("协办部门"), self.assists)
        self.assists_hint = QLabel(right)
        self.assists_hint.setStyleSheet(HINT_STYLE)
        self.assists_hint.setWordWrap(True)
        form.addRow("", self.assists_hint)
        self.intake = QPlainTextEdit(right)
        self.intake.setMaximumHeight(70)
        form.addRow(self.tr("立案条件"), self.intake)
        self.close_cond = QPlainTextEdit(right)
        self.close_cond.setMaximumHeight(70)
        form.addRow(self.tr("结案条件"), self.close_cond)
        self.after_photo = QComboBox(right)
        self.after_photo.setObjectName("afterPhoto")
        for text, value in ((self.tr("（沿用上级）"), None), (self.tr("是：须附处置后照片"), True), (self.tr("否"), False)):
            self.after_photo.addItem(text, value)
        form.addRow(self.tr("办结照片"), self.after_photo)
        grid = QGridLayout()
        self.limit_edits: dict[tuple[str, int], QLineEdit] = {}
        for c, step in enumerate((self.tr("报到"), self.tr("响应"), self.tr("办结"))):
            grid.addWidget(QLabel(step, right), 0, c + 1)
        urgency_names = {"emergency": self.tr("特急"), "urgent": self.tr("紧急"), "routine": self.tr("一般")}
        for r, u in enumerate(URGENCIES):
            grid.addWidget(QLabel(urgency_names[u], right), r + 1, 0)
            for c in range(3):
                e = QLineEdit(right)
                e.setMaxLength(16)
                e.setObjectName(f"limit_{u}_{c}")
                self.limit_edits[(u, c)] = e
                grid.addWidget(e, r + 1, c + 1)
        form.addRow(self.tr("时限"), grid)
        limits_hint = QLabel(self.tr("如 30m、4h、2d（自然时）或 2wh、3wd（工作时）；一个紧急程度的三项都填或都留空。"), right)
        limits_hint.setStyleSheet(HINT_STYLE)
        limits_hint.setWordWrap(True)
        form.addRow("", limits_hint)
        self.save_button = QPushButton(self.tr("保存(&S)"), right)
        self.save_button.clicked.connect(self.save)
        rl.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        rl.addStretch(1)
        split.addWidget(self.tree)
        split.addWidget(right)
        split.setSizes([430, 650])

        buttons = QHBoxLayout()
        lay.addLayout(buttons)
        self.add_root_button = QPushButton(self.tr("新增大类…"), self)
        self.add_child_button = QPushButton(self.tr("新增下级(&A)…"), self)
        self.toggle_button = QPushButton(self.tr("停用"), self)
        self.import_button = QPushButton(self.tr("导入 Excel…"), self)
        self.export_button = QPushButton(self.tr("导出 Excel…"), self)
        self.add_root_button.clicked.connect(lambda: self.add_node(root=True))
        self.add_child_button.clicked.connect(lambda: self.add_node(root=False))
        self.toggle_button.clicked.connect(self.toggle_active)
        self.import_button.clicked.connect(self.import_file)
        self.export_button.clicked.connect(self.export_file)
        for b in (self.add_root_button, self.add_child_button, self.toggle_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        self.error_label = error_line(self)
        lay.addWidget(self.error_label)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(OK_STYLE)
        lay.addWidget(self.message)
        self._sync()
        self.reload()

    # -- loading ------------------------------------------------------------------------------------
    def reload(self, keep: int | None = None) -> None:
        self._keep = keep if keep is not None else self.current_id()
        u = self._user
        Op(self, lambda: (u.category_tree(), u.departments())).success(self._loaded).failure(self._failed).run()

    def _loaded(self, result: tuple[list[CategoryNode], list[DepartmentInfo]]) -> None:
        nodes, self.departments = result
        self.nodes = {n.id: n for n in nodes}
        self.tree.blockSignals(True)
        self.tree.clear()
        self.items = {}
        lead_of: dict[int, str | None] = {}  # the lead each node proposes (its own, else inherited)
        for n in nodes:
            parent = self.items.get(n.parent_id) if n.parent_id is not None else None
            item = QTreeWidgetItem(parent if parent is not None else self.tree)
            item.setText(0, n.name)
            item.setText(1, level_name(n.level))
            inherited = lead_of.get(n.parent_id) if n.parent_id is not None else None
            lead_of[n.id] = n.lead or inherited
            item.setText(2, n.lead or (self.tr("（%1）").replace("%1", inherited) if inherited else ""))
            if not n.lead and inherited:
                item.setForeground(2, _MUTED)
                item.setToolTip(2, self.tr("沿用上级：%1").replace("%1", inherited))
            item.setText(3, self.tr("启用") if n.active else self.tr("已停用"))
            item.setData(0, ID_ROLE, n.id)
            if not n.active:
                for c in range(4):
                    item.setForeground(c, _MUTED)
            self.items[n.id] = item
        self.tree.expandAll()
        self.tree.blockSignals(False)
        keep = self.items.get(self._keep) if self._keep is not None else None
        if keep is not None:
            self.tree.setCurrentItem(keep)
            self.tree.scrollToItem(keep)
        self._selected()
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.error_label.setText(describe_error(exc))
        self.error_label.show()
        self._sync()

    # -- selection and the editor -----------------------------------------------------------------
    def current_id(self) -> int | None:
        item = self.tree.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    def current(self) -> CategoryNode | None:
        cid = self.current_id()
        return self.nodes.get(cid) if cid is not None else None

    def item_of(self, name: str) -> QTreeWidgetItem:
        n = next(n for n in self.nodes.values() if n.name == name)
        return self.items[n.id]

    def _sync(self) -> None:
        n = self.current()
        editable = n is not None and not self.busy
        for w in (self.lead, self.assists, self.intake, self.close_cond, self.save_button,
                  *self.limit_edits.values()):
            w.setEnabled(editable)
        self.add_child_button.setEnabled(editable and n is not None and n.level < 3 and n.active)
        self.toggle_button.setEnabled(editable)
        self.toggle_button.setText(self.tr("启用") if n is not None and not n.active else self.tr("停用"))
        self.add_root_button.setEnabled(not self.busy)

    def _selected(self) -> None:
        n = self.current()
        self._sync()
        if n is None:
            return
        self.title.setText(self.tr("%1（%2）").replace("%1", " › ".join(n.path)).replace("%2", level_name(n.level)))
        self._fill(n, None)
        parent = self.nodes.get(n.parent_id) if n.parent_id is not None else None
        if parent is not None:
            u = self._user
            cid = n.id
            Op(self, lambda: u.standard_for(parent.name)).success(
                lambda std, cid=cid: self._inherited(cid, std)).failure(self._failed).run()
        else:
            self._inherited(n.id, None)

    def _fill(self, n: CategoryNode, inherited: CategoryStandard | None) -> None:
        self.lead.clear()
        self.lead.addItem(self.tr("（沿用上级）"), None)
        names = [d.name for d in self.departments]
        for name in names:
            self.lead.addItem(name, name)
        if n.lead and n.lead not in names:
            self.lead.addItem(n.lead, n.lead)
        self.lead.setCurrentIndex(max(0, self.lead.findData(n.lead)) if n.lead else 0)
        self.assists.clear()
        for name in names:
            item = QListWidgetItem(name, self.assists)
            item.setData(ID_ROLE, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name in n.assists else Qt.CheckState.Unchecked)
        self.intake.setPlainText(n.intake_condition)
        self.close_cond.setPlainText(n.close_condition)
        self.after_photo.setCurrentIndex(self.after_photo.findData(n.after_photo) if n.after_photo is not None else 0)
        for (u, c), e in self.limit_edits.items():
            own = n.limits.get(u)
            e.setText(own.texts()[c] if own else "")

    def _inherited(self, cid: int, std: CategoryStandard | None) -> None:
        """Show what the node's empty fields inherit (its parent's standard, or the defaults at the top)."""
        if cid != self.current_id():
            return
        none = self.tr("无")
        self.lead.setItemText(0, self.tr("（沿用上级：%1）").replace("%1", std.lead or none) if std
                              else self.tr("（不指定）"))
        self.assists_hint.setText(self.tr("不勾选则沿用上级：%1").replace("%1", self.tr("、").join(std.assists) or none)
                                  if std else self.tr("不勾选则没有预设的协办部门"))
        self.intake.setPlaceholderText(self.tr("留空沿用上级：%1").replace("%1", std.intake_condition or none)
                                       if std else "")
        self.close_cond.setPlaceholderText(self.tr("留空沿用上级：%1").replace("%1", std.close_condition or none)
                                           if std else "")
        for (u, c), e in self.limit_edits.items():
            e.setPlaceholderText(std.limits[u].texts()[c] if std else DEFAULT_POLICY[u][c])
        inherited = std is not None and std.after_photo
        self.after_photo.setItemText(0, self.tr("（沿用上级：%1）").replace("%1", self.tr("须附") if inherited
                                                                        else self.tr("不要求")))
        self.editor_ready.emit()

    def assist_names(self) -> list[str]:
        return [self.assists.item(i).data(ID_ROLE) for i in range(self.assists.count())
                if self.assists.item(i).checkState() == Qt.CheckState.Checked]

    # -- changes ------------------------------------------------------------------------------------
    def _run(self, fn: Any, done: str, keep_name: str | None = None) -> None:
        self.busy = True
        self.error_label.hide()
        self.message.clear()
        self._sync()

        def ok(result: Any) -> None:
            self.busy = False
            self.message.setText(done)
            keep = getattr(result, "id", None)
            self.reload(keep)
            self.changed.emit()

        Op(self, fn).success(ok).failure(self._failed).run()

    def save(self) -> None:
        n = self.current()
        if n is None or self.busy:
            return
        limits: dict[str, list[str]] = {}
        for u in URGENCIES:
            texts = [self.limit_edits[(u, c)].text().strip() for c in range(3)]
            if any(texts):
                limits[u] = texts
        lead, assists = self.lead.currentData(), self.assist_names()
        intake, close = self.intake.toPlainText(), self.close_cond.toPlainText()
        photo = self.after_photo.currentData()
        u, name = self._user, n.name
        self._run(lambda: u.set_category_standard(name, lead=lead, assists=assists, intake_condition=intake,
                                                  close_condition=close, limits=limits, after_photo=photo),
                  self.tr("已保存“%1”的立结案标准。").replace("%1", name))

    def add_node(self, *, root: bool) -> AddNodeDialog | None:
        parent = None if root else self.current()
        if not root and parent is None:
            return None
        dlg = AddNodeDialog(self, self._user, parent, self.departments)
        dlg.succeeded.connect(lambda node: (self.message.setText(
            self.tr("已新增“%1”。").replace("%1", node.name)), self.reload(node.id), self.changed.emit()))
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dlg
        dlg.open()
        return dlg

    def toggle_active(self) -> None:
        n = self.current()
        if n is None:
            return
        active = not n.active
        if not active and n.has_children:
            answer = QMessageBox.question(self, self.tr("停用分类"), self.tr(
                "停用“%1”将同时停用它的全部下级分类。已有工单保留原分类。继续吗？").replace("%1", n.name))
            if answer != QMessageBox.StandardButton.Yes:
                return
        u, name = self._user, n.name
        self._run(lambda: u.set_category_active(name, active),
                  (self.tr("已启用“%1”。") if active else self.tr("已停用“%1”。")).replace("%1", name))

    # -- import / export ----------------------------------------------------------------------------
    def export_file(self) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出立结案标准"), self.tr("立结案标准.xlsx"),
                                              self.tr("Excel 工作簿 (*.xlsx)"))
        if not path:
            return None
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        u = self._user

        def done(data: bytes) -> None:
            try:
                Path(path).write_bytes(data)
            except OSError as exc:
                self._failed(exc)
                return
            self.message.setText(self.tr("已导出到 %1").replace("%1", path))

        Op(self, u.export_standards).success(done).failure(self._failed).run()
        return path

    def import_file(self) -> str | None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("导入立结案标准"), "",
                                              self.tr("Excel 工作簿 (*.xlsx *.xls)"))
        if not path:
            return None
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            QMessageBox.warning(self, self.tr("导入立结案标准"), self.tr("无法读取文件：%1").replace("%1", str(exc)))
            return None
        u = self._user
        self.busy = True
        self._sync()
        Op(self, lambda: u.import_standards(data)).success(self._imported).failure(self._import_failed).run()
        return path

    def _imported(self, r: StandardsImport) -> None:
        self.busy = False
        self.last_import = r
        if r.rejected:
            lines = [self.tr("第 %1 行：%2").replace("%1", str(x.row)).replace("%2", x.reason.message)
                     for x in r.rejected[:30]]
            if len(r.rejected) > 30:
                lines.append(self.tr("……共 %1 行有误").replace("%1", str(len(r.rejected))))
            QMessageBox.warning(self, self.tr("导入立结案标准"), self.tr(
                "有 %1 行不符合要求，未导入任何内容。请修改后重新导入：").replace("%1", str(len(r.rejected)))
                + "\n\n" + "\n".join(lines))
            self._sync()
            return
        text = self.tr("已导入 %1 行：新增 %2，更新 %3，未变 %4。").replace("%1", str(r.rows)).replace(
            "%2", str(r.created)).replace("%3", str(r.updated)).replace("%4", str(r.unchanged))
        self.message.setText(text)
        QMessageBox.information(self, self.tr("导入立结案标准"), text)
        self.reload()
        self.changed.emit()

    def _import_failed(self, exc: BaseException) -> None:
        self._failed(exc)
        QMessageBox.warning(self, self.tr("导入立结案标准"), describe_error(exc))
