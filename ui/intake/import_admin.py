"""管理 → 12345 导入设置…: what the 12345 import maps and what it did (issue 15 §1).

Four tabs:

* 分类对照: the platform's category path (any level, e.g. 城市管理->市政设施->道路破损) -> a local category, per source
  system; add or change (the form under the table: pick a row to edit it), delete, and 重新分类待分类工单 (the
  imported tickets still in 待分类 whose platform path now maps get that category). After a mapping is saved the
  window offers the re-classification inline (the button is highlighted and the message says how).
* 列名别名: each import field with its built-in column names (read-only) and the administrator's own (editable:
  separated by 、 or commas).
* 已存映射: the column mappings saved per source (from the import dialog): list, delete.
* 导入记录: the import batches (who, when, the file, its SHA-256, the counts).

Every read and write is an op (ui/common/ops.py); the façade checks every rule and its messages are shown as they come.
"""
from __future__ import annotations

import re
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk import ActingUser
from ui.common import labels
from ui.common.ops import Op, describe_error
from ui.common.widgets import HINT_STYLE, OK_STYLE, error_line

translate = QCoreApplication.translate
DEFAULT_SOURCE = "12345"
#: What separates the administrator's extra column names: 、 , ， ; ； and line breaks (the full-width ones by
#: code point: they are characters to split on, not text to translate).
SEPARATORS = re.compile("[" + "".join(map(chr, (0x3001, 0xFF0C, 0xFF1B))) + ",;\n]+")


def split_names(text: str) -> list[str]:
    return [n.strip() for n in SEPARATORS.split(text) if n.strip()]


def _table(parent: QWidget, headers: list[str], *, editable: bool = False) -> QTableWidget:
    t = QTableWidget(0, len(headers), parent)
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().hide()
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setAlternatingRowColors(True)
    t.setWordWrap(False)
    if not editable:
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.horizontalHeader().setStretchLastSection(True)
    t.horizontalHeader().setHighlightSections(False)
    return t


def _item(text: str, *, editable: bool = False) -> QTableWidgetItem:
    it = QTableWidgetItem(text)
    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
    if editable:
        flags |= Qt.ItemFlag.ItemIsEditable
    it.setFlags(flags)
    return it


class ImportAdminWindow(QDialog):
    """The window. ``loaded`` after every (re)load; ``changed`` after every successful change."""

    loaded = Signal()
    changed = Signal()

    def __init__(self, user: ActingUser, parent: QWidget | None = None, *, tz: tzinfo | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_admin")
        self.setWindowTitle(self.tr("12345 导入设置"))
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.resize(900, 560)
        self._user = user
        self.tz = tz
        self.busy = False
        self.categories: list[str] = []
        self.mappings: list[Any] = []
        self.fields: list[Any] = []
        self.saved: list[Any] = []
        self.batches: list[Any] = []
        self.reclassified: int | None = None

        lay = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("import_admin_tabs")
        lay.addWidget(self.tabs, 1)
        self.tabs.addTab(self._category_tab(), self.tr("分类对照"))
        self.tabs.addTab(self._alias_tab(), self.tr("列名别名"))
        self.tabs.addTab(self._saved_tab(), self.tr("已存映射"))
        self.tabs.addTab(self._batch_tab(), self.tr("导入记录"))
        self.error_label = error_line(self)
        self.error_label.setObjectName("import_admin_error")
        lay.addWidget(self.error_label)
        self.message = QLabel(self)
        self.message.setObjectName("import_admin_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(OK_STYLE)
        lay.addWidget(self.message)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        self.close_button = QPushButton(self.tr("关闭"), self)
        self.close_button.clicked.connect(self.close)
        bottom.addWidget(self.close_button)
        lay.addLayout(bottom)
        self._sync()
        self.reload()

    # -- the tabs -------------------------------------------------------------------------------------------
    def _category_tab(self) -> QWidget:
        w = QWidget(self)
        v = QVBoxLayout(w)
        hint = QLabel(self.tr("12345 平台的分类路径（任一级，如“城市管理->市政设施->道路破损”或只写“城市管理”）对应的本地分类。"
                              "导入时按最长的已对照前缀选分类；都对不上的工单进入“待分类”，由受理员在编辑工单时选定分类。"), w)
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        v.addWidget(hint)
        self.map_table = _table(w, [self.tr("来源系统"), self.tr("平台分类路径"), self.tr("本地分类")])
        self.map_table.setObjectName("category_map_table")
        self.map_table.setColumnWidth(0, 90)
        self.map_table.setColumnWidth(1, 420)
        self.map_table.itemSelectionChanged.connect(self._map_selected)
        v.addWidget(self.map_table, 1)
        form = QFormLayout()
        self.source = QComboBox(w)
        self.source.setObjectName("category_map_source")
        self.source.setEditable(True)
        self.source.addItem(DEFAULT_SOURCE)
        self.source.lineEdit().setMaxLength(32)
        form.addRow(self.tr("来源系统"), self.source)
        self.path = QLineEdit(w)
        self.path.setObjectName("category_map_path")
        self.path.setMaxLength(200)
        self.path.setPlaceholderText(self.tr("如 城市管理->市政设施->道路破损"))
        self.path.textChanged.connect(lambda _t: self._sync())
        form.addRow(self.tr("平台分类路径"), self.path)
        self.category = QComboBox(w)
        self.category.setObjectName("category_map_category")
        form.addRow(self.tr("本地分类"), self.category)
        v.addLayout(form)
        buttons = QHBoxLayout()
        self.map_save_button = QPushButton(self.tr("保存对照(&S)"), w)
        self.map_save_button.setObjectName("category_map_save")
        self.map_save_button.clicked.connect(self.save_mapping)
        self.map_delete_button = QPushButton(self.tr("删除对照"), w)
        self.map_delete_button.setObjectName("category_map_delete")
        self.map_delete_button.clicked.connect(self.delete_mapping)
        self.map_new_button = QPushButton(self.tr("新对照"), w)
        self.map_new_button.setObjectName("category_map_new")
        self.map_new_button.clicked.connect(self.new_mapping)
        self.reclassify_button = QPushButton(self.tr("重新分类待分类工单"), w)
        self.reclassify_button.setObjectName("category_map_reclassify")
        self.reclassify_button.setToolTip(self.tr("仍在“待分类”中、平台分类现在有对照的导入工单，改为对照的本地分类（每张记一条修改记录）"))
        self.reclassify_button.clicked.connect(self.reclassify)
        for b in (self.map_new_button, self.map_save_button, self.map_delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.reclassify_button)
        v.addLayout(buttons)
        return w

    def _alias_tab(self) -> QWidget:
        w = QWidget(self)
        v = QVBoxLayout(w)
        hint = QLabel(self.tr("导入时按列名识别各字段。内置列名不能修改；可以为字段补充其他城市导出文件使用的列名，"
                              "用“、”或逗号分隔，然后点“保存别名”。"), w)
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        v.addWidget(hint)
        self.alias_table = _table(w, [self.tr("字段"), self.tr("内置列名"), self.tr("自定义列名")], editable=True)
        self.alias_table.setObjectName("alias_table")
        self.alias_table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                         | QAbstractItemView.EditTrigger.EditKeyPressed
                                         | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.alias_table.setColumnWidth(0, 110)
        self.alias_table.setColumnWidth(1, 380)
        self.alias_table.itemChanged.connect(lambda _i: self._sync())
        v.addWidget(self.alias_table, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.alias_save_button = QPushButton(self.tr("保存别名"), w)
        self.alias_save_button.setObjectName("alias_save")
        self.alias_save_button.clicked.connect(self.save_aliases)
        buttons.addWidget(self.alias_save_button)
        v.addLayout(buttons)
        return w

    def _saved_tab(self) -> QWidget:
        w = QWidget(self)
        v = QVBoxLayout(w)
        hint = QLabel(self.tr("在导入对话框中核对列映射后可以“保存此映射”，以后导入同一来源的文件时选用。"), w)
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        v.addWidget(hint)
        self.saved_table = _table(w, [self.tr("名称"), self.tr("来源系统"), self.tr("列映射")])
        self.saved_table.setObjectName("saved_mapping_table")
        self.saved_table.setColumnWidth(0, 160)
        self.saved_table.setColumnWidth(1, 90)
        self.saved_table.itemSelectionChanged.connect(self._sync)
        v.addWidget(self.saved_table, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.saved_delete_button = QPushButton(self.tr("删除映射"), w)
        self.saved_delete_button.setObjectName("saved_mapping_delete")
        self.saved_delete_button.clicked.connect(self.delete_saved)
        buttons.addWidget(self.saved_delete_button)
        v.addLayout(buttons)
        return w

    def _batch_tab(self) -> QWidget:
        w = QWidget(self)
        v = QVBoxLayout(w)
        self.batch_table = _table(w, [self.tr("批次"), self.tr("时间"), self.tr("导入人"), self.tr("文件"),
                                      self.tr("SHA-256"), self.tr("来源系统"), self.tr("共计"), self.tr("新增"),
                                      self.tr("更新"), self.tr("无变化"), self.tr("疑似重复"), self.tr("不能导入"),
                                      self.tr("待分类")])
        self.batch_table.setObjectName("batch_table")
        header = self.batch_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)  # the file's name takes the room
        v.addWidget(self.batch_table, 1)
        return w

    # -- loading ----------------------------------------------------------------------------------------------
    def reload(self) -> None:
        u, known = self._user, self.tz

        def fetch() -> tuple[Any, ...]:
            return (known or u.desk.office_tz(), [c.name for c in u.categories()], u.category_mappings(),
                    u.import_fields(), u.import_mappings(), u.import_batches(limit=200))

        self._busy(True)
        Op(self, fetch).success(self._loaded).failure(self._failed).run()

    def _loaded(self, data: tuple[Any, ...]) -> None:
        self.tz, self.categories, self.mappings, self.fields, self.saved, self.batches = data
        self._busy(False)
        # 分类对照
        keep = (self.source.currentText(), self.path.text())
        self.map_table.blockSignals(True)
        self.map_table.setRowCount(len(self.mappings))
        for r, m in enumerate(self.mappings):
            for c, text in enumerate((m.source_system, m.path.replace("/", "->"), m.category)):
                self.map_table.setItem(r, c, _item(text))
        self.map_table.blockSignals(False)
        current = self.category.currentText()
        self.category.clear()
        for name in self.categories:
            self.category.addItem(name, name)
        self.category.setCurrentIndex(max(self.category.findData(current), 0))
        sources = sorted({DEFAULT_SOURCE, *(m.source_system for m in self.mappings), *(s.source_system for s in self.saved)})
        self.source.blockSignals(True)
        self.source.clear()
        self.source.addItems(sources)
        self.source.setEditText(keep[0] or DEFAULT_SOURCE)
        self.source.blockSignals(False)
        # 列名别名
        self.alias_table.blockSignals(True)
        self.alias_table.setRowCount(len(self.fields))
        for r, f in enumerate(self.fields):
            builtin = [a for a in f.aliases if a not in f.custom_aliases]
            self.alias_table.setItem(r, 0, _item(f.label + (" *" if f.required else "")))
            self.alias_table.setItem(r, 1, _item(self.tr("、").join(builtin)))
            it = _item(self.tr("、").join(f.custom_aliases), editable=True)
            it.setData(Qt.ItemDataRole.UserRole, f.key)
            self.alias_table.setItem(r, 2, it)
        self.alias_table.blockSignals(False)
        # 已存映射
        self.saved_table.setRowCount(len(self.saved))
        names = {f.key: f.label for f in self.fields}
        for r, m in enumerate(self.saved):
            cols = self.tr("；").join(f"{names.get(k, k)}={h or self.tr('（不导入）')}" for k, h in m.columns)
            for c, text in enumerate((m.name, m.source_system, cols)):
                self.saved_table.setItem(r, c, _item(text))
        # 导入记录
        self.batch_table.setRowCount(len(self.batches))
        for r, b in enumerate(self.batches):
            values = (str(b.id), labels.fmt_time(b.at, self.tz), b.by, b.file_name, b.sha256[:12], b.source_system,
                      str(b.total), str(b.new), str(b.updated), str(b.unchanged), str(b.duplicates), str(b.rejected),
                      str(b.unclassified))
            for c, text in enumerate(values):
                it = _item(text)
                if c == 4:
                    it.setToolTip(b.sha256)
                self.batch_table.setItem(r, c, it)
        self._sync()
        self.loaded.emit()

    # -- 分类对照 --------------------------------------------------------------------------------------------
    def _selected_mapping(self) -> Any | None:
        rows = self.map_table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.mappings):
            return None
        return self.mappings[rows[0].row()]

    def _map_selected(self) -> None:
        m = self._selected_mapping()
        if m is not None:  # edit the selected row in the form
            self.source.setEditText(m.source_system)
            self.path.setText(m.path.replace("/", "->"))
            self.category.setCurrentIndex(max(self.category.findData(m.category), 0))
        self._sync()

    def new_mapping(self) -> None:
        self.map_table.clearSelection()
        self.path.clear()
        self.path.setFocus()
        self._sync()

    def save_mapping(self) -> None:
        path, category = self.path.text().strip(), self.category.currentData()
        source = self.source.currentText().strip()
        if not path:
            self._show_error(self.tr("请填写平台分类路径。"))
            self.path.setFocus()
            return
        if not category:
            self._show_error(self.tr("请选择本地分类。"))
            return
        u = self._user
        self._run(lambda: u.set_category_mapping(path, category, source_system=source), self._mapping_saved)

    def _mapping_saved(self, m: Any) -> None:
        self.reclassify_button.setDefault(True)
        self._done(self.tr("已保存对照：%1 → %2。仍在“待分类”中、平台分类与之相符的工单不会自动改变："
                           "点“重新分类待分类工单”可以一次改好。").replace("%1", m.path.replace("/", "->"))
                   .replace("%2", m.category))

    def delete_mapping(self) -> None:
        m = self._selected_mapping()
        if m is None:
            return
        u = self._user
        self._run(lambda: u.delete_category_mapping(m.path, source_system=m.source_system),
                  lambda _r: self._done(self.tr("已删除对照：%1").replace("%1", m.path.replace("/", "->"))))

    def reclassify(self) -> None:
        source = self.source.currentText().strip()
        u = self._user
        self._run(lambda: u.reclassify_unclassified(source_system=source), self._reclassified)

    def _reclassified(self, count: int) -> None:
        self.reclassified = count
        self.reclassify_button.setDefault(False)
        if count:
            self._done(self.tr("已重新分类 %1 张待分类工单。").replace("%1", str(count)))
        else:
            self._done(self.tr("没有可以重新分类的工单：仍在“待分类”中的工单，其平台分类都还没有对照。"))

    # -- 列名别名 --------------------------------------------------------------------------------------------
    def _alias_changes(self) -> dict[str, list[str]]:
        out = {}
        for r, f in enumerate(self.fields):
            it = self.alias_table.item(r, 2)
            if it is None:
                continue
            names = split_names(it.text())
            if names != list(f.custom_aliases):
                out[f.key] = names
        return out

    def save_aliases(self) -> None:
        changes = self._alias_changes()
        if not changes:
            return
        u = self._user

        def call() -> int:
            for key, names in changes.items():  # each field is its own change (and its own audit record)
                u.set_import_aliases(key, names)
            return len(changes)

        self._run(call, lambda n: self._done(self.tr("已保存 %1 个字段的列名别名。").replace("%1", str(n))))

    # -- 已存映射 --------------------------------------------------------------------------------------------
    def delete_saved(self) -> None:
        rows = self.saved_table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.saved):
            return
        name = self.saved[rows[0].row()].name
        u = self._user
        self._run(lambda: u.delete_import_mapping(name),
                  lambda _r: self._done(self.tr("已删除列映射：%1").replace("%1", name)))

    # -- state ------------------------------------------------------------------------------------------------
    def _run(self, fn: Any, on_success: Any) -> None:
        self._busy(True)
        self._show_error("")
        self.message.clear()
        Op(self, fn).success(on_success).failure(self._failed).run()

    def _done(self, text: str) -> None:
        self._busy(False)
        self.message.setText(text)
        self.changed.emit()
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self._show_error(describe_error(exc))
        self._sync()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
        if text:
            self.message.clear()

    def _busy(self, busy: bool) -> None:
        self.busy = busy
        self._sync()

    def _sync(self) -> None:
        idle = not self.busy
        has_map = self._selected_mapping() is not None if hasattr(self, "mappings") else False
        self.map_save_button.setEnabled(idle and bool(self.path.text().strip()))
        self.map_delete_button.setEnabled(idle and has_map)
        self.reclassify_button.setEnabled(idle)
        self.alias_save_button.setEnabled(idle and bool(self.fields) and bool(self._alias_changes()))
        self.saved_delete_button.setEnabled(idle and bool(self.saved_table.selectionModel().selectedRows()))
