"""工单 → 导入 12345 工单…: a file, its preview (the header row found, the column mapping, the counts), the import
with progress and Cancel, the result, and the rejected rows saved as .xlsx to fix.

Everything that reads the file or the database runs as an op (ui/common/ops.py); the import's progress arrives through a
queued signal, and Cancel sets a flag the core asks between chunks (it then rolls the whole import back).
"""
from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.errors import DeskError
from desk.permissions import role_may
from desk.intake.imports.rejected import write_rejected_xlsx
from ui.common.ops import Op

#: The combo's first entry: the field is not taken from the file.
NONE = ""


def choose_import_file(parent: QWidget) -> str:
    path, _ = QFileDialog.getOpenFileName(
        parent, parent.tr("导入 12345 工单"), "",
        QDialog.tr("12345 导出文件 (*.xlsx *.xls *.csv);;所有文件 (*)"))
    return path


class _Progress(QObject):
    """Carries the worker's progress to the GUI thread (signals are queued across threads)."""

    moved = Signal(int, int)


class ImportDialog(QDialog):
    """The preview, then the import and its result. Shown with open(): the window stays usable behind it."""

    #: The import was committed: (batch id, new tickets).
    imported = Signal(int, int)

    def __init__(self, parent: QWidget, user: Any, path: str) -> None:
        super().__init__(parent)
        self.setObjectName("import_dialog")
        self.user = user
        self.path = path
        self.report = None
        self.result = None
        self.busy = False
        self._cancel = threading.Event()
        self._progress = _Progress(self)
        self._progress.moved.connect(self._moved)
        self.combos: dict[str, QComboBox] = {}
        self.setWindowTitle(self.tr("导入 12345 工单"))
        self.resize(860, 640)

        self.file_label = QLabel(Path(path).name)
        self.file_label.setObjectName("import_file")
        self.header_label = QLabel()
        self.header_label.setObjectName("import_header_row")
        self.mapping = QTableWidget(0, 2)
        self.mapping.setObjectName("import_mapping")
        self.mapping.setHorizontalHeaderLabels([self.tr("字段"), self.tr("文件中的列")])
        self.mapping.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.mapping.horizontalHeader().setStretchLastSection(True)
        self.mapping.verticalHeader().hide()
        self.mapping.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.counts_label = QLabel()
        self.counts_label.setObjectName("import_counts")
        self.counts_label.setWordWrap(True)
        self.rejected = QTableWidget(0, 3)
        self.rejected.setObjectName("import_rejected")
        self.rejected.setHorizontalHeaderLabels([self.tr("行号"), self.tr("工单编号"), self.tr("原因")])
        self.rejected.horizontalHeader().setStretchLastSection(True)
        self.rejected.verticalHeader().hide()
        self.rejected.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.skip_rejected = QCheckBox(self.tr("跳过不能导入的行，导入其余各行"))
        self.skip_rejected.setObjectName("import_skip_rejected")
        self.skip_rejected.toggled.connect(lambda _on: self._enable())
        self.progress = QProgressBar()
        self.progress.setObjectName("import_progress")
        self.progress.hide()
        self.message = QLabel()
        self.message.setObjectName("import_message")
        self.message.setWordWrap(True)

        self.repreview_button = QPushButton(self.tr("按此映射重新预览"))
        self.repreview_button.setObjectName("import_repreview")
        self.repreview_button.clicked.connect(self.preview)
        self.save_rejected_button = QPushButton(self.tr("保存不能导入的行…"))
        self.save_rejected_button.setObjectName("import_save_rejected")
        self.save_rejected_button.clicked.connect(self.save_rejected)
        self.ok_button = QPushButton(self.tr("导入"))
        self.ok_button.setObjectName("import_commit")
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.commit)
        self.cancel_button = QPushButton(self.tr("取消"))
        self.cancel_button.setObjectName("import_cancel")
        self.cancel_button.clicked.connect(self.cancel)

        top = QGridLayout()
        top.addWidget(QLabel(self.tr("文件：")), 0, 0)
        top.addWidget(self.file_label, 0, 1)
        top.addWidget(QLabel(self.tr("表头：")), 1, 0)
        top.addWidget(self.header_label, 1, 1)
        top.setColumnStretch(1, 1)
        map_box = QGroupBox(self.tr("列映射（可修改，修改后请重新预览）"))
        mb = QVBoxLayout(map_box)
        mb.addWidget(self.mapping)
        rej_box = QGroupBox(self.tr("不能导入的行"))
        rb = QVBoxLayout(rej_box)
        rb.addWidget(self.rejected)
        rb.addWidget(self.skip_rejected)
        middle = QHBoxLayout()
        middle.addWidget(map_box, 3)
        middle.addWidget(rej_box, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.repreview_button)
        buttons.addWidget(self.save_rejected_button)
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.fields: list[Any] = []
        self._build_saved_mappings(mb)
        self._enable()

    # -- saved column mappings (issue 15 §1: pick one for the preview; save the corrected one) ---------------
    def _build_saved_mappings(self, box: QVBoxLayout) -> None:
        #: The saved mapping the preview and the import use (None: the columns found by their names).
        self.mapping_name: str | None = None
        self.saved_mappings: list[Any] = []
        self.saved_combo = QComboBox()
        self.saved_combo.setObjectName("import_saved_mapping")
        self.saved_combo.addItem(self.tr("（按列名自动识别）"), None)
        self.saved_combo.setToolTip(self.tr("选用以前保存的列映射重新预览"))
        self.saved_combo.activated.connect(lambda _i: self._pick_mapping())
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("已存映射：")))
        pick.addWidget(self.saved_combo, 1)
        box.insertLayout(0, pick)
        self.save_name = QLineEdit()
        self.save_name.setObjectName("import_mapping_name")
        self.save_name.setMaxLength(64)
        self.save_name.setPlaceholderText(self.tr("映射名称，如“北京 12345 导出”"))
        self.save_name.textChanged.connect(lambda _t: self._enable())
        self.save_mapping_button = QPushButton(self.tr("保存此映射…"))
        self.save_mapping_button.setObjectName("import_save_mapping")
        self.save_mapping_button.setToolTip(self.tr("把上面核对过的列映射以此名称保存，以后导入同一来源的文件时选用"))
        self.save_mapping_button.clicked.connect(self.save_mapping)
        save = QHBoxLayout()
        save.addWidget(self.save_name, 1)
        save.addWidget(self.save_mapping_button)
        box.addLayout(save)
        may_save = role_may("save_import_mapping", getattr(self.user, "role", ""))
        self.save_name.setVisible(may_save)
        self.save_mapping_button.setVisible(may_save)

    def _got_mappings(self, mappings: list[Any], select: str | None = None) -> None:
        self.saved_mappings = mappings
        keep = select if select is not None else self.mapping_name
        self.saved_combo.blockSignals(True)
        while self.saved_combo.count() > 1:
            self.saved_combo.removeItem(1)
        for m in mappings:
            self.saved_combo.addItem(self.tr("%1（%2）").replace("%1", m.name).replace("%2", m.source_system), m.name)
        self.saved_combo.setCurrentIndex(max(self.saved_combo.findData(keep), 0) if keep else 0)
        self.saved_combo.blockSignals(False)

    def _pick_mapping(self) -> None:
        name = self.saved_combo.currentData()
        if name == self.mapping_name or self.busy:
            return
        self.mapping_name = name
        self.report = None  # the saved mapping's columns, not the combos'
        self.preview()

    def save_mapping(self) -> None:
        name = self.save_name.text().strip()
        if not name or self.report is None or self.busy:
            return
        columns = self.columns()
        source = self.report.source_system
        self._set_busy(True, self.tr("正在保存列映射…"))
        u = self.user

        def call() -> tuple[Any, list[Any]]:
            saved = u.save_import_mapping(name, columns, source_system=source)
            return saved, u.import_mappings()

        Op(self, call).success(self._mapping_saved).failure(self._failed).run()

    def _mapping_saved(self, result: tuple[Any, list[Any]]) -> None:
        saved, mappings = result
        self.mapping_name = saved.name
        self._got_mappings(mappings, select=saved.name)
        self.save_name.clear()
        self._set_busy(False, self.tr("已保存列映射“%1”。以后导入时可在“已存映射”中选用。").replace("%1", saved.name))

    # -- the preview ----------------------------------------------------------------------------------------
    def start(self) -> None:
        """Read the fields, then preview the file (both off the GUI thread)."""
        self._set_busy(True, self.tr("正在读取文件…"))
        u = self.user
        Op(self, lambda: (u.import_fields(), u.import_mappings())).success(self._got_fields) \
            .failure(self._failed).run()

    def _got_fields(self, result: tuple[list[Any], list[Any]]) -> None:
        self.fields, mappings = result
        self._got_mappings(mappings)
        self.preview()

    def columns(self) -> dict[str, str]:
        """The mapping as the combos show it: field -> header ("" : not imported)."""
        return {key: combo.currentData() or NONE for key, combo in self.combos.items()}

    def preview(self) -> None:
        columns = self.columns() if self.report is not None else None
        mapping = self.mapping_name
        self._set_busy(True, self.tr("正在预览…"))
        Op(self, lambda: self.user.preview_import(self.path, mapping=mapping, columns=columns)) \
            .success(self._previewed).failure(self._failed).run()

    def _previewed(self, report: Any) -> None:
        self.report = report
        self._set_busy(False, "")
        self.header_label.setText(self.tr("第 %1 行（%2 列）").replace("%1", str(report.header_row))
                                  .replace("%2", str(len(report.headers))))
        chosen = dict(report.columns)
        self.combos.clear()
        self.mapping.setRowCount(len(self.fields))
        for row, f in enumerate(self.fields):
            label = f.label + (" *" if f.required else "")
            item = QTableWidgetItem(label)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.mapping.setItem(row, 0, item)
            combo = QComboBox()
            combo.setObjectName(f"import_column_{f.key}")
            combo.addItem(self.tr("（不导入）"), NONE)
            for h in report.headers:
                if h:
                    combo.addItem(h, h)
            at = combo.findData(chosen.get(f.key, NONE))
            combo.setCurrentIndex(max(at, 0))
            self.mapping.setCellWidget(row, 1, combo)
            self.combos[f.key] = combo
        self._show_counts(report)
        self.message.setText(self.tr("预览未写入任何数据。确认列映射和数字无误后，点“导入”。"))
        self._enable()

    def _show_counts(self, r: Any) -> None:
        self.counts_label.setText(
            self.tr("共 %1 行：新增 %2，更新 %3，无变化 %4，疑似重复 %5，不能导入 %6，待分类 %7")
            .replace("%1", str(r.total)).replace("%2", str(r.new)).replace("%3", str(r.updated))
            .replace("%4", str(r.unchanged)).replace("%5", str(r.duplicates)).replace("%6", str(r.rejected))
            .replace("%7", str(r.unclassified)))
        self.rejected.setRowCount(len(r.rejected_rows))
        for i, x in enumerate(r.rejected_rows):
            for c, v in enumerate((str(x.row), x.number, x.reason)):
                self.rejected.setItem(i, c, QTableWidgetItem(v))
        self.rejected.resizeColumnsToContents()

    # -- the import -----------------------------------------------------------------------------------------
    def commit(self) -> None:
        if self.report is None or self.busy:
            return
        columns = self.columns()
        allow = self.skip_rejected.isChecked()
        mapping = self.mapping_name
        self._cancel.clear()
        self.progress.setRange(0, max(self.report.total, 1))
        self.progress.setValue(0)
        self.progress.show()
        self._set_busy(True, self.tr("正在导入…（可以取消：取消后不会留下任何数据）"))
        moved = self._progress.moved
        Op(self, lambda: self.user.import_hotline(self.path, mapping=mapping, columns=columns, allow_rejected=allow,
                                                  progress=lambda done, total: moved.emit(done, total),
                                                  cancel=self._cancel.is_set)) \
            .success(self._imported).failure(self._failed).run()

    def _moved(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _imported(self, report: Any) -> None:
        self.result = report
        self.report = report
        self.progress.setValue(self.progress.maximum())
        self._set_busy(False, self.tr("已导入（批次 %1）。新工单在“待派”中，来源为 12345。").replace("%1", str(report.batch_id)))
        self._show_counts(report)
        self.ok_button.setText(self.tr("完成"))
        self.ok_button.clicked.disconnect()
        self.ok_button.clicked.connect(self.accept)
        self.cancel_button.hide()
        self._enable()
        self.imported.emit(report.batch_id, report.new)

    def _failed(self, exc: BaseException) -> None:
        self.progress.hide()
        text = exc.message if isinstance(exc, DeskError) else self.tr("意外的错误，详情已写入日志。")
        self._set_busy(False, text)
        self.message.setProperty("error", True)
        self._enable()

    def cancel(self) -> None:
        """While importing: ask the core to stop (it rolls back). Otherwise: close."""
        if self.busy and self.progress.isVisible():
            self._cancel.set()
            self.message.setText(self.tr("正在取消…"))
            return
        self.reject()

    def save_rejected(self) -> None:
        if self.report is None or not self.report.rejected_rows:
            return
        default = str(Path(self.path).with_name(self.tr("%1_未导入.xlsx").replace("%1", Path(self.path).stem)))
        target, _ = QFileDialog.getSaveFileName(self, self.tr("保存不能导入的行"), default,
                                                self.tr("Excel 文件 (*.xlsx)"))
        if not target:
            return
        report = self.report
        Op(self, lambda: write_rejected_xlsx(report, target), lane="render") \
            .success(lambda p: self.message.setText(self.tr("已保存：%1").replace("%1", str(p)))) \
            .failure(self._failed).run()

    # -- state ------------------------------------------------------------------------------------------------
    def _set_busy(self, busy: bool, text: str) -> None:
        self.busy = busy
        self.message.setProperty("error", False)
        self.message.setText(text)
        self._enable()

    def _enable(self) -> None:
        r = self.report
        done = self.result is not None
        blocked = r is not None and r.rejected and not self.skip_rejected.isChecked()
        self.ok_button.setEnabled(done or (not self.busy and r is not None and not blocked
                                           and r.new + r.updated > 0))
        self.repreview_button.setEnabled(not self.busy and r is not None and not done)
        self.save_rejected_button.setEnabled(not self.busy and r is not None and bool(r.rejected_rows))
        self.skip_rejected.setEnabled(not self.busy and r is not None and bool(r.rejected) and not done)
        self.mapping.setEnabled(not self.busy and not done)
        self.cancel_button.setEnabled(not done)
        self.saved_combo.setEnabled(not self.busy and not done)
        self.save_mapping_button.setEnabled(not self.busy and r is not None and not done
                                            and bool(self.save_name.text().strip()))
        self.save_name.setEnabled(not self.busy and r is not None and not done)


def open_import(window: Any) -> ImportDialog | None:
    """工单 → 导入 12345 工单…: the file dialog, then the preview dialog (the main window refreshes after an import)."""
    path = choose_import_file(window)
    if not path:
        return None
    dlg = ImportDialog(window, window.user, path)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def done(batch: int, new: int) -> None:
        window.show_status(window.tr("已导入 12345 工单：新增 %1 张（批次 %2）").replace("%1", str(new))
                           .replace("%2", str(batch)))
        window.refresh_all()

    dlg.imported.connect(done)
    window.import_dialog = dlg
    dlg.destroyed.connect(lambda *_: setattr(window, "import_dialog", None))
    dlg.open()
    dlg.start()
    return dlg
