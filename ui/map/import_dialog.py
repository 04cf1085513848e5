"""导入边界… (issue 17): an administrator chooses a boundary file (GeoJSON, a .shp with its .shx and .dbf, or a .zip of
them), the layer, the coordinate system (WGS84, or GCJ-02 as Chinese web maps use it: converted) and the property
that holds the 社区's name; 预览 shows which names match the 社区 list and which do not; 导入 replaces the layer
(the whole file or nothing). Non-modal (``open()``), like the other windows of the 管理 menu."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk import ActingUser
from desk.geo.dto import MapImportReport
from ui.common.ops import Op, describe_error
from ui.common.widgets import HINT_STYLE

AUTO = ""


class MapImportDialog(QDialog):
    """Choose, preview, import (see the module doc)."""

    previewed = Signal(object)
    imported = Signal(object)

    def __init__(self, user: ActingUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("map_import_dialog")
        self.setWindowTitle(self.tr("导入地图边界"))
        self.user = user
        self.report: MapImportReport | None = None
        self.busy = False
        lay = QVBoxLayout(self)
        form = QFormLayout()
        row = QHBoxLayout()
        self.path = QLineEdit(self)
        self.path.setObjectName("map_import_path")
        self.path.setPlaceholderText(self.tr("GeoJSON、Shapefile（.shp）或其 .zip"))
        self.browse = QPushButton(self.tr("选择文件…"), self)
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        form.addRow(self.tr("文件"), row)
        self.layer = QComboBox(self)
        self.layer.addItem(self.tr("社区/网格边界"), "communities")
        self.layer.addItem(self.tr("道路/建筑（仅作参照）"), "roads")
        form.addRow(self.tr("图层"), self.layer)
        self.crs = QComboBox(self)
        self.crs.setObjectName("map_import_crs")
        self.crs.addItem(self.tr("WGS84（GPS、天地图等）"), "wgs84")
        self.crs.addItem(self.tr("GCJ-02（高德、腾讯等国内网络地图，导入时换算）"), "gcj02")
        form.addRow(self.tr("坐标系"), self.crs)
        self.name_property = QComboBox(self)
        self.name_property.setObjectName("map_import_property")
        self.name_property.addItem(self.tr("自动（与社区列表匹配最多的属性）"), AUTO)
        form.addRow(self.tr("名称属性"), self.name_property)
        lay.addLayout(form)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        lists = QHBoxLayout()
        self.matched = QListWidget(self)
        self.matched.setObjectName("map_import_matched")
        self.unmatched = QListWidget(self)
        self.unmatched.setObjectName("map_import_unmatched")
        for title, widget in ((self.tr("已匹配"), self.matched), (self.tr("未匹配 / 没有边界的社区"), self.unmatched)):
            box = QVBoxLayout()
            box.addWidget(QLabel(title, self))
            box.addWidget(widget)
            lists.addLayout(box)
        lay.addLayout(lists, 1)
        hint = QLabel(self.tr("导入会替换该图层现有的全部边界；文件有任何问题时什么都不写入。"), self)
        hint.setStyleSheet(HINT_STYLE)
        hint.setWordWrap(True)
        lay.addWidget(hint)
        self.buttons = QDialogButtonBox(self)
        self.preview_button = self.buttons.addButton(self.tr("预览"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button = self.buttons.addButton(self.tr("导入"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.browse.clicked.connect(lambda: self.choose_file())
        self.preview_button.clicked.connect(lambda: self.preview())
        self.import_button.clicked.connect(lambda: self.do_import())
        self.path.textChanged.connect(lambda _t: self._changed())
        for combo in (self.layer, self.crs, self.name_property):
            combo.currentIndexChanged.connect(lambda _i: self._changed())
        self.resize(640, 480)
        self._changed()

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择边界文件"), "",
                                              self.tr("边界文件 (*.geojson *.json *.shp *.zip);;所有文件 (*)"))
        if path:
            self.path.setText(path)
            self.preview()

    def _args(self) -> dict[str, Any]:
        return dict(layer=self.layer.currentData(), crs=self.crs.currentData(),
                    name_property=self.name_property.currentData() or None)

    def _changed(self) -> None:
        self.report = None
        ok = bool(self.path.text().strip()) and not self.busy
        self.preview_button.setEnabled(ok)
        self.import_button.setEnabled(False)

    def preview(self) -> None:
        path, args, user = self.path.text().strip(), self._args(), self.user
        if not path:
            return
        self._busy(self.tr("正在读取和检查…"))
        Op(self, lambda: user.preview_map_import(path, **args)).success(self._previewed) \
            .failure(self._failed).finally_(self._idle).run()

    def do_import(self) -> None:
        path, args, user = self.path.text().strip(), self._args(), self.user
        self._busy(self.tr("正在导入…"))
        Op(self, lambda: user.import_map_layer(path, **args)).success(self._imported) \
            .failure(self._failed).finally_(self._idle).run()

    def _busy(self, text: str) -> None:
        self.busy = True
        self.summary.setText(text)
        self.preview_button.setEnabled(False)
        self.import_button.setEnabled(False)

    def _idle(self) -> None:
        self.busy = False
        self.preview_button.setEnabled(bool(self.path.text().strip()))
        self.import_button.setEnabled(self.report is not None and not self.report.written)

    def _failed(self, exc: BaseException) -> None:
        self.report = None
        self.summary.setText(describe_error(exc))
        self.matched.clear()
        self.unmatched.clear()

    def _show(self, r: MapImportReport) -> None:
        chosen = self.name_property.currentData()
        self.name_property.blockSignals(True)
        self.name_property.clear()
        self.name_property.addItem(self.tr("自动（与社区列表匹配最多的属性）"), AUTO)
        for p in r.properties:
            self.name_property.addItem(p, p)
        index = self.name_property.findData(chosen or AUTO)
        self.name_property.setCurrentIndex(max(index, 0))
        self.name_property.blockSignals(False)
        crs = "GCJ-02 → WGS84" if r.crs == "gcj02" else "WGS84"
        self.summary.setText(self.tr("%1：%2 个要素，%3 个顶点；坐标系 %4；名称属性 %5").replace("%1", r.file_name)
                             .replace("%2", str(r.features)).replace("%3", str(r.vertices)).replace("%4", crs)
                             .replace("%5", r.name_property or self.tr("（无）")))
        self.matched.clear()
        self.unmatched.clear()
        for name, community in r.matched:
            self.matched.addItem(f"{name} → {community}" if name != community else name)
        for name in r.unmatched:
            self.unmatched.addItem(self.tr("文件中：%1").replace("%1", name or self.tr("（无名称）")))
        for name in r.missing:
            self.unmatched.addItem(self.tr("无边界：%1").replace("%1", name))

    def _previewed(self, r: MapImportReport) -> None:
        self.report = r
        self._show(r)
        self.previewed.emit(r)

    def _imported(self, r: MapImportReport) -> None:
        self.report = r
        self._show(r)
        self.summary.setText(self.summary.text() + "\n" + self.tr("已导入。"))
        self.imported.emit(r)


def open_map_import(window: QWidget, page: Any) -> MapImportDialog:
    """The dialog for the window's user (one at a time); the map page reloads after an import."""
    dialog = getattr(window, "map_import_dialog", None)
    if dialog is None:
        dialog = MapImportDialog(window.user, window)
        if page is not None:
            dialog.imported.connect(lambda _r: page.reload())
        dialog.imported.connect(lambda r: window.show_status(
            dialog.tr("已导入地图边界：%1").replace("%1", r.file_name)))
        window.map_import_dialog = dialog
    dialog.open()
    dialog.raise_()
    return dialog
