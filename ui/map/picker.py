"""在地图上标注 (issue 17): where a ticket's problem is, chosen in the ticket dialog.

The office's 社区 boundaries and roads (``map_layers``), drawn as on the map page but not shaded; a click puts the
point there (a red pin), and the line below shows its coordinates and the 社区 whose boundary holds it. A clerk who
has coordinates (a resident's phone, a 12345 order) types them instead: "经度, 纬度", in WGS84 or as 高德/腾讯 maps
give them (GCJ-02, converted). Nothing is stored here: the ticket dialog sends the point with the ticket (one
transaction, ``create_ticket``/``update_ticket`` ``point=``).

Non-blocking and window-modal (:meth:`QDialog.open`), like every dialog of the window; :attr:`picked` carries the
chosen WGS84 (lon, lat).
"""
from __future__ import annotations

import re

from PySide6.QtCore import QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGraphicsEllipseItem,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desk import ActingUser
from desk.geo import coords
from desk.geo.dto import MapLayers, MapPicture, MapQuery, MapSummary
from ui.common.ops import Op, describe_error
from ui.common.widgets import HINT_STYLE, error_line
from ui.map.page import MapView
from ui.map.scene import Z_LABEL, MapScene

#: Decimal places shown (1e-6° is about 10 cm).
SHOWN = 6
_NUMBERS = re.compile(r"[-+]?\d+(?:\.\d+)?")
PLAIN = "#eef2f6"


def format_point(lon: float, lat: float) -> str:
    return f"{lon:.{SHOWN}f}, {lat:.{SHOWN}f}"


class PointPicker(QDialog):
    """The map of the 社区 to click on, and the coordinates typed or shown (see the module doc)."""

    #: The chosen point, WGS84 (lon, lat).
    picked = Signal(tuple)
    #: The boundaries arrived and are drawn (or there are none).
    loaded = Signal()

    def __init__(self, parent: QWidget | None, user: ActingUser, point: tuple[float, float] | None = None,
                 *, title: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("point_picker")
        self.setWindowTitle(self.tr("在地图上标注位置"))
        self.resize(760, 600)
        self.user = user
        self.point: tuple[float, float] | None = point
        self.layers: MapLayers | None = None
        self._marker: QGraphicsEllipseItem | None = None

        lay = QVBoxLayout(self)
        head = QLabel(title or self.tr("单击地图上问题所在的位置；也可以直接输入坐标。"), self)
        head.setWordWrap(True)
        lay.addWidget(head)
        self.scene = MapScene(self)
        self.view = MapView(self.scene, self)
        self.view.show_legend = False
        self.empty = QLabel(self.tr("正在读取社区边界…"), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(HINT_STYLE)
        self.view.hide()
        lay.addWidget(self.view, 1)
        lay.addWidget(self.empty, 1)

        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("坐标（经度, 纬度）"), self))
        self.coordinates = QLineEdit(self)
        self.coordinates.setObjectName("picker_coordinates")
        self.coordinates.setPlaceholderText(self.tr("例如 116.397128, 39.916527"))
        row.addWidget(self.coordinates, 1)
        self.crs = QComboBox(self)
        self.crs.setObjectName("picker_crs")
        self.crs.addItem(self.tr("WGS84（GPS、12345 工单）"), "wgs84")
        self.crs.addItem(self.tr("GCJ-02（高德、腾讯地图）"), "gcj02")
        self.crs.setToolTip(self.tr("输入的坐标来自哪种地图：GCJ-02 的坐标会换算为 WGS84 保存"))
        row.addWidget(self.crs)
        lay.addLayout(row)
        self.where = QLabel(self)
        self.where.setObjectName("picker_where")
        lay.addWidget(self.where)
        self.error = error_line(self)
        lay.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("确定"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        lay.addWidget(self.buttons)

        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.view.clicked.connect(self._clicked)
        self.coordinates.editingFinished.connect(self._typed)
        self.crs.currentIndexChanged.connect(lambda _i: self._typed())
        self._show_point()
        Op(self, user.map_layers).success(self._arrived).failure(self._failed).run()

    # -- the boundaries -------------------------------------------------------------------------------------
    def _arrived(self, layers: MapLayers) -> None:
        self.layers = layers
        if layers.bbox is None:
            self.empty.setText(self.tr("还没有导入社区边界，无法在地图上单击：请直接输入坐标。"))
        else:
            # the map page's drawing, unshaded: a plain street to point at
            self.scene.show_picture(MapPicture(layers, MapSummary(MapQuery(), None, (), 0, 0), None, ()))
            for item in self.scene.boundaries:
                item.setBrush(QColor(PLAIN))
                item.setToolTip(item.community or item.boundary.name)
            for name, label in self.scene.labels.items():
                label.setText(name)
                label.center_on(label.anchor)
            self.scene.legend = None
            self.view.show()
            self.empty.hide()
            self._draw_marker()
            QTimer.singleShot(0, self.view.fit_map)
        self._show_point()
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.empty.setText(describe_error(exc))

    # -- choosing ---------------------------------------------------------------------------------------------
    def _clicked(self, _item, at: QPointF) -> None:
        proj = self.scene.projection
        if proj is None:
            return
        lon, lat = proj.lonlat(at)
        self.crs.setCurrentIndex(0)
        self._set(round(lon, 7), round(lat, 7))

    def _typed(self) -> None:
        text = self.coordinates.text().strip()
        if not text or (self.point is not None and self.crs.currentData() == "wgs84"
                        and text == format_point(*self.point)):
            return
        numbers = _NUMBERS.findall(text)
        if len(numbers) != 2:
            self._error(self.tr("请输入两个数：经度, 纬度（如 116.397128, 39.916527）。"))
            return
        lon, lat = float(numbers[0]), float(numbers[1])
        if not coords.in_china(lon, lat):
            self._error(self.tr("坐标（%1, %2）不在中国境内：经度在前、纬度在后。").replace("%1", numbers[0])
                        .replace("%2", numbers[1]))
            return
        if self.crs.currentData() == "gcj02":
            lon, lat = coords.gcj02_to_wgs84(lon, lat)
        self._set(round(lon, 7), round(lat, 7))

    def _set(self, lon: float, lat: float) -> None:
        self.point = (lon, lat)
        self._error("")
        self._show_point()
        self._draw_marker()

    def _show_point(self) -> None:
        if self.point is None:
            self.where.setText(self.tr("尚未标注"))
            self.ok_button.setEnabled(False)
            return
        if self.crs.currentData() == "wgs84":
            self.coordinates.setText(format_point(*self.point))
        self.where.setText(self.tr("位置：%1（%2）").replace("%1", format_point(*self.point))
                           .replace("%2", self.community_at(*self.point) or self.tr("不在已导入的社区边界内")))
        self.ok_button.setEnabled(True)

    def community_at(self, lon: float, lat: float) -> str | None:
        """The 社区 whose boundary holds the point (as the core finds it: desk.geo.service.community_at)."""
        for b in (self.layers.communities if self.layers is not None else ()):
            x0, y0, x1, y1 = b.bbox
            if b.community and x0 <= lon <= x1 and y0 <= lat <= y1 and coords.point_in_parts(lon, lat, b.parts):
                return b.community
        return None

    def _draw_marker(self) -> None:
        proj = self.scene.projection
        if proj is None or self.point is None:
            return
        if self._marker is None or self._marker.scene() is not self.scene:
            self._marker = QGraphicsEllipseItem(-7, -7, 14, 14)
            self._marker.setBrush(QColor("#d62728"))
            self._marker.setPen(QPen(QColor("white"), 2))
            self._marker.setFlag(QGraphicsEllipseItem.GraphicsItemFlag.ItemIgnoresTransformations)
            self._marker.setZValue(Z_LABEL + 1)
            self._marker.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            self.scene.addItem(self._marker)
        self._marker.setPos(proj.point(*self.point))

    def marker_pos(self) -> QPointF | None:
        return self._marker.scenePos() if self._marker is not None else None

    def _error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _accept(self) -> None:
        self._typed()
        if self.point is None or self.error.text():
            return
        self.picked.emit(self.point)
        self.accept()
