"""The 地图 page (一张图, issue 17): the office's 社区 shaded by a figure, the tickets that have a point, the projects.

Filters like the queue's (时间 by when the ticket was received, 状态, 分类) and the figure the 社区 are shaded by
(工单数, 解决率, 满意率; desk.geo.service says how each is counted). Drag to pan, the wheel zooms; hovering shows a
card. A click on a 社区 lists its tickets beside the map (a double click on one shows it in the detail pane,
:attr:`MapPage.open_ticket`); a click on a pin opens that ticket; on a cluster zooms in; on a project's marker asks
the window to show the project (:attr:`MapPage.open_project`). After a pan or zoom the pins of the part on screen
are asked for again (counted per grid cell in the database while they are many). 标注位置: with a ticket of the list
chosen, the next click on the map sets its point (``set_ticket_point``). 导出图片… saves the map as a PNG.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timezone, tzinfo
from typing import Any

from PySide6.QtCore import QElapsedTimer, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QCursor, QImage, QPainter, QTransform, QWheelEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desk import ActingUser
from desk.geo.dto import CommunityTickets, MapPicture, MapQuery, PinsView
from ui.common import labels
from ui.common.ops import Op, describe_error
from ui.common.widgets import HINT_STYLE, bold_label
from ui.map.scene import (
    ClusterItem,
    CommunityItem,
    MapScene,
    PinItem,
    ProjectItem,
    legend_size,
    metric_names,
    paint_legend,
    render_image,
)

#: The period presets (the office's local dates up to today).
PERIODS = ("month", "quarter", "year", "all")
STATES = ("all", "open", "overdue", "closed")
#: Pins of the part on screen are asked for this long after the last pan or zoom.
SETTLE_MS = 250
ZOOM_STEP = 1.25
MAX_ZOOM = 400.0
#: Room between the legend (top-left, 8 px in) and the map when it is fitted.
LEGEND_MARGIN = 16


def period_dates(kind: str, today: date) -> tuple[date | None, date | None]:
    if kind == "month":
        return today.replace(day=1), today
    if kind == "quarter":
        months = today.year * 12 + today.month - 1 - 2
        return date(months // 12, months % 12 + 1, 1), today
    if kind == "year":
        return date(today.year, 1, 1), today
    return None, None


class MapView(QGraphicsView):
    """Pan by dragging, zoom with the wheel (around the pointer); a click that did not drag is :attr:`clicked`."""

    clicked = Signal(object, QPointF)  # the item under the pointer (or None), the scene point
    moved = Signal()

    def __init__(self, scene: MapScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.map_scene = scene
        self.setObjectName("map_view")
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        # a map pans by dragging: no scrollbars (they still move, hidden, and say where the view is)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setMouseTracking(True)
        self._press: QPoint | None = None
        self.show_legend = True
        self.horizontalScrollBar().valueChanged.connect(lambda _v: self.moved.emit())
        self.verticalScrollBar().valueChanged.connect(lambda _v: self.moved.emit())

    # -- zoom -------------------------------------------------------------------------------------------------
    def zoom_level(self) -> float:
        return self.transform().m11()

    def legend_width(self) -> int:
        """The legend's width on screen (0 when none is drawn), as :meth:`drawForeground` paints it."""
        legend = self.map_scene.legend
        if not self.show_legend or legend is None:
            return 0
        image = QImage(1, 1, QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        painter.setFont(self.viewport().font())
        width = legend_size(painter, legend).width()
        painter.end()
        return width + LEGEND_MARGIN

    def fit_map(self) -> None:
        """The whole map in view, beside the legend (drawn over the top-left corner) rather than under it."""
        rect = self.map_scene.map_rect()
        if rect.isEmpty():
            return
        vw, vh = self.viewport().width(), self.viewport().height()
        legend = self.legend_width()
        if legend > vw / 2:  # a narrow window: the legend goes over the map
            legend = 0
        pad = 12
        scale = min((vw - legend - 2 * pad) / rect.width(), (vh - 2 * pad) / rect.height())
        if scale <= 0:
            return
        # room to centre the map anywhere (the scene's own rect is only a margin around the map)
        span = max(rect.width(), rect.height())
        self.setSceneRect(rect.adjusted(-span, -span, span, span))
        self.setTransform(QTransform.fromScale(scale, scale))
        self.centerOn(rect.center() - QPointF(legend / 2 / scale, 0))
        self._fitted = self.zoom_level()
        self.moved.emit()

    def zoom_by(self, factor: float, around: QPointF | None = None) -> None:
        fitted = getattr(self, "_fitted", None) or self.zoom_level()
        level = self.zoom_level() * factor
        if level < fitted * 0.5 or level > fitted * MAX_ZOOM:
            return
        if around is not None:
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
            self.centerOn(around)
            self.scale(factor, factor)
            self.centerOn(around)
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        else:
            self.scale(factor, factor)
        self.moved.emit()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt name
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(ZOOM_STEP ** steps)
        event.accept()

    def visible_rect(self) -> QRectF:
        return self.mapToScene(self.viewport().rect()).boundingRect()

    # -- clicks -------------------------------------------------------------------------------------------
    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt name
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().mouseReleaseEvent(event)
        pos = event.position().toPoint()
        if event.button() == Qt.MouseButton.LeftButton and self._press is not None and \
                (pos - self._press).manhattanLength() < 5:
            self.clicked.emit(self.item_at(pos), self.mapToScene(pos))
        self._press = None

    def item_at(self, pos: QPoint) -> Any:
        """The topmost pin, cluster, project or 社区 under a viewport point."""
        for item in self.items(pos):
            for kind in (PinItem, ClusterItem, ProjectItem, CommunityItem):
                found = item if isinstance(item, kind) else (item.parentItem() if isinstance(item.parentItem(), kind)
                                                             else None)
                if found is not None:
                    return found
        return None

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802 - Qt name
        super().drawForeground(painter, rect)
        legend = self.map_scene.legend
        if self.show_legend and legend is not None:
            painter.save()
            painter.resetTransform()
            paint_legend(painter, legend, QPointF(8, 8))
            painter.restore()


class MapPage(QWidget):
    """The map page (see the module doc). Loads only when it first comes on screen (:meth:`shown`)."""

    status = Signal(str)
    #: The picture arrived and is drawn.
    loaded = Signal()
    #: A 社区's tickets arrived in the list.
    tickets_loaded = Signal()
    #: The pins of the part on screen arrived.
    pins_loaded = Signal()
    #: A ticket to show in the detail pane (its number).
    open_ticket = Signal(str)
    #: A project to show on the project page (its number).
    open_project = Signal(str)
    #: A ticket's point was set on the map.
    point_set = Signal(str)

    def __init__(self, user: ActingUser, tz: tzinfo, parent: QWidget | None = None, *,
                 now: Callable[[], datetime | None] | None = None,
                 categories: Callable[[], list[Any]] | None = None,
                 import_boundaries: Callable[[], Any] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("map_page")
        self.user = user
        self.tz = tz
        self._now = now or (lambda: None)
        self._categories = categories or (lambda: [])
        self.picture: MapPicture | None = None
        self.community_list: CommunityTickets | None = None
        self.loaded_once = False
        self.loading = False
        self._gen = 0
        self._pins_gen = 0
        self.placing: str | None = None  # a ticket number waiting for its point

        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 8)
        top = QHBoxLayout()
        title = bold_label(QLabel(self.tr("一张图"), self), 1.3)
        top.addWidget(title)
        top.addSpacing(12)
        self.shade_by = QComboBox(self)
        self.shade_by.setObjectName("map_metric")
        for key, text in metric_names().items():
            self.shade_by.addItem(text, key)
        self.period = QComboBox(self)
        self.period.setObjectName("map_period")
        for key, text in zip(PERIODS, (self.tr("本月"), self.tr("近三个月"), self.tr("本年"), self.tr("全部时间"))):
            self.period.addItem(text, key)
        self.state = QComboBox(self)
        self.state.setObjectName("map_state")
        for key, text in zip(STATES, (self.tr("全部状态"), self.tr("未结案"), self.tr("超期"), self.tr("已结案或撤销"))):
            self.state.addItem(text, key)
        self.category = QComboBox(self)
        self.category.setObjectName("map_category")
        self.category.addItem(self.tr("全部分类"), None)
        for label, combo in ((self.tr("着色"), self.shade_by), (self.tr("受理时间"), self.period),
                             (self.tr("状态"), self.state), (self.tr("分类"), self.category)):
            top.addWidget(QLabel(label, self))
            top.addWidget(combo)
        top.addStretch(1)
        self.fit_button = QPushButton(self.tr("全图"), self)
        self.fit_button.setToolTip(self.tr("缩放到整个街道"))
        self.export_button = QPushButton(self.tr("导出图片…"), self)
        self.export_button.setObjectName("map_export")
        self.export_button.setToolTip(self.tr("把当前地图（含图例）保存为 PNG 图片，用于汇报"))
        top.addWidget(self.fit_button)
        top.addWidget(self.export_button)
        self.import_button: QPushButton | None = None
        if import_boundaries is not None:
            self.import_button = QPushButton(self.tr("导入边界…"), self)
            self.import_button.setObjectName("map_import")
            self.import_button.setToolTip(self.tr("导入社区/网格边界（GeoJSON、Shapefile）"))
            self.import_button.clicked.connect(import_boundaries)
            top.addWidget(self.import_button)
        lay.addLayout(top)

        self.scene = MapScene(self)
        self.view = MapView(self.scene, self)
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(HINT_STYLE)
        self.empty.hide()
        side = QWidget(self)
        side_lay = QVBoxLayout(side)
        side_lay.setContentsMargins(0, 0, 0, 0)
        self.list_title = QLabel(self.tr("单击地图上的社区，查看其工单"), side)
        self.list_title.setObjectName("map_list_title")
        self.list_title.setWordWrap(True)
        self.ticket_list = QListWidget(side)
        self.ticket_list.setObjectName("map_ticket_list")
        self.ticket_list.setToolTip(self.tr("双击工单在右侧查看详情"))
        self.place_button = QPushButton(self.tr("标注位置"), side)
        self.place_button.setObjectName("map_place")
        self.place_button.setToolTip(self.tr("选中一张工单，再单击地图上它所在的位置"))
        self.place_button.setEnabled(False)
        side_lay.addWidget(self.list_title)
        side_lay.addWidget(self.ticket_list, 1)
        side_lay.addWidget(self.place_button)
        left = QWidget(self)
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        left_lay.addWidget(self.view, 1)
        left_lay.addWidget(self.empty, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([700, 220])
        lay.addWidget(self.splitter, 1)
        self.status_line = QLabel(self)
        self.status_line.setObjectName("map_status")
        self.status_line.setWordWrap(True)
        lay.addWidget(self.status_line)

        self.settle = QTimer(self)
        self.settle.setSingleShot(True)
        self.settle.setInterval(SETTLE_MS)
        self.settle.timeout.connect(self._view_settled)
        self.shade_by.currentIndexChanged.connect(lambda _i: self._metric_changed())
        for combo in (self.period, self.state, self.category):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.fit_button.clicked.connect(lambda: self.view.fit_map())
        self.export_button.clicked.connect(lambda: self.export_png())
        self.view.clicked.connect(self._clicked)
        self.view.moved.connect(self._view_moved)
        self.ticket_list.itemActivated.connect(self._ticket_activated)
        self.ticket_list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.place_button.clicked.connect(lambda: self.start_placing())

    # -- filters ---------------------------------------------------------------------------------------------
    def today(self) -> date:
        now = self._now() or datetime.now(timezone.utc)
        return now.astimezone(self.tz).date()

    def query(self) -> MapQuery:
        start, end = period_dates(self.period.currentData(), self.today())
        return MapQuery(start=start, end=end, category=self.category.currentData(), state=self.state.currentData())

    def _fill_categories(self) -> None:
        if self.category.count() > 1:
            return
        names = sorted({c.name for c in self._categories() if getattr(c, "active", True)})
        self.category.blockSignals(True)
        for n in names:
            self.category.addItem(n, n)
        self.category.blockSignals(False)

    # -- loading ------------------------------------------------------------------------------------------
    def shown(self) -> None:
        """The page came on screen: the first time, the map is loaded (never at start-up)."""
        self._fill_categories()
        if not self.loaded_once and not self.loading:
            self.reload()

    def reload(self) -> None:
        q = self.query()
        self._gen += 1
        gen = self._gen
        self.loading = True
        self.status_line.setText(self.tr("正在统计…"))
        timer = QElapsedTimer()
        timer.start()
        user = self.user
        Op(self, lambda: user.map_picture(q)) \
            .success(lambda pic: self._arrived(gen, pic, timer.elapsed())) \
            .failure(lambda e: self._failed(gen, e)) \
            .finally_(lambda: self._done(gen)) \
            .run()

    def _done(self, gen: int) -> None:
        if gen == self._gen:
            self.loading = False

    def _failed(self, gen: int, exc: BaseException) -> None:
        if gen != self._gen:
            return
        message = describe_error(exc)
        self.status_line.setText(message)
        self.status.emit(message)

    def _arrived(self, gen: int, pic: MapPicture, ms: int) -> None:
        if gen != self._gen:
            return
        first = not self.loaded_once or self.picture is None or self.picture.layers.bbox != pic.layers.bbox
        self.picture = pic
        self.loaded_once = True
        has_map = pic.layers.bbox is not None
        self.view.setVisible(has_map)
        self.empty.setVisible(not has_map)
        if not has_map:
            self.empty.setText(self.tr("还没有导入社区边界，地图无法显示。") + "\n" + self.tr(
                "管理员可在本页“导入边界…”导入 GeoJSON 或 Shapefile 文件（或运行 whistle-desk map import）。"))
        self.scene.show_picture(pic, self.shade_by.currentData())
        if first and has_map:
            QTimer.singleShot(0, self.view.fit_map)
        s = pic.summary
        pins = pic.pins.total if pic.pins is not None else 0
        text = self.tr("%1 个社区，工单 %2 张，其中有位置 %3 张；不在地图上的社区 %4 张；用时 %5 秒") \
            .replace("%1", str(len(s.rows))).replace("%2", str(s.total)).replace("%3", str(pins)) \
            .replace("%4", str(s.elsewhere)).replace("%5", f"{ms / 1000:.2f}")
        self.status_line.setText(text)
        self.loaded.emit()
        if self.community_list is not None:
            self.show_community(self.community_list.community)

    def _metric_changed(self) -> None:
        self.scene.set_metric(self.shade_by.currentData())
        self.view.viewport().update()

    # -- the part on screen -----------------------------------------------------------------------------------
    def _view_moved(self) -> None:
        if self.picture is not None and self.picture.layers.bbox is not None:
            self.settle.start()

    def _view_settled(self) -> None:
        """Pins of the part on screen (grouped per cell while many); nothing to ask when the whole map's pins
        are all drawn already."""
        pic, proj = self.picture, self.scene.projection
        if pic is None or proj is None or pic.pins is None:
            return
        if not pic.pins.clusters and (self.scene.pins_view is pic.pins):
            return  # every pin of the map is drawn: panning and zooming need nothing new
        box = proj.bbox(self.view.visible_rect())
        q = self.query()
        self._pins_gen += 1
        gen = self._pins_gen
        user = self.user
        Op(self, lambda: user.map_pins(box, q)).success(lambda v: self._pins_arrived(gen, v)) \
            .failure(lambda e: self._failed(self._gen, e)).run()

    def _pins_arrived(self, gen: int, view: PinsView) -> None:
        if gen != self._pins_gen:
            return
        self.scene.set_pins(view)
        self.pins_loaded.emit()

    # -- clicks -------------------------------------------------------------------------------------------
    def _clicked(self, item: Any, at: QPointF) -> None:
        if self.placing is not None:
            self._place(at)
            return
        if isinstance(item, PinItem):
            self.open_ticket.emit(item.number)
        elif isinstance(item, ClusterItem):
            self.view.zoom_by(2.0, item.scenePos())
        elif isinstance(item, ProjectItem):
            self.open_project.emit(item.marker.number)
        elif isinstance(item, CommunityItem) and item.community:
            self.show_community(item.community)

    def show_community(self, community: str) -> None:
        q = self.query()
        user = self.user
        self.list_title.setText(self.tr("%1：正在读取…").replace("%1", community))
        Op(self, lambda: user.map_community_tickets(community, q)).success(self._tickets_arrived) \
            .failure(lambda e: self._failed(self._gen, e)).run()

    def _tickets_arrived(self, result: CommunityTickets) -> None:
        self.community_list = result
        self.ticket_list.clear()
        states = labels.ticket_states()
        for number, title, state, _at, pinned in result.rows:
            item = QListWidgetItem(f"{number}  {title}  [{states.get(state, state)}]" + ("" if pinned else "  ·"))
            item.setData(Qt.ItemDataRole.UserRole, number)
            if not pinned:
                item.setToolTip(self.tr("这张工单没有位置（只计入社区）：可选中后“标注位置”"))
                item.setForeground(QColor("#555555"))
            self.ticket_list.addItem(item)
        shown = len(result.rows)
        more = self.tr("（显示最新 %1 张）").replace("%1", str(shown)) if result.total > shown else ""
        self.list_title.setText(self.tr("%1：共 %2 张工单%3").replace("%1", result.community)
                                .replace("%2", str(result.total)).replace("%3", more))
        self._update_buttons()
        self.tickets_loaded.emit()

    def _ticket_activated(self, item: QListWidgetItem) -> None:
        number = item.data(Qt.ItemDataRole.UserRole)
        if number:
            self.open_ticket.emit(number)

    def _update_buttons(self) -> None:
        item = self.ticket_list.currentItem()
        self.place_button.setEnabled(item is not None and self.picture is not None)

    # -- setting a ticket's point ---------------------------------------------------------------------------
    def start_placing(self, number: str | None = None) -> None:
        if number is None:
            item = self.ticket_list.currentItem()
            number = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not number:
            return
        self.placing = number
        self.view.viewport().setCursor(QCursor(Qt.CursorShape.CrossCursor))
        self.status_line.setText(self.tr("单击地图上工单 %1 所在的位置（按 Esc 取消）").replace("%1", number))

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt name
        if event.key() == Qt.Key.Key_Escape and self.placing is not None:
            self._stop_placing()
            self.status_line.setText(self.tr("已取消标注位置。"))
            return
        super().keyPressEvent(event)

    def _stop_placing(self) -> None:
        self.placing = None
        self.view.viewport().unsetCursor()

    def _place(self, at: QPointF) -> None:
        number, proj = self.placing, self.scene.projection
        self._stop_placing()
        if number is None or proj is None:
            return
        lon, lat = proj.lonlat(at)
        user = self.user

        def done(info: Any) -> None:
            where = info.community_at_point or self.tr("边界之外")
            message = self.tr("已标注工单 %1 的位置（%2）。").replace("%1", number).replace("%2", where)
            self.status_line.setText(message)
            self.status.emit(message)
            self.point_set.emit(number)
            self.reload()

        Op(self, lambda: user.set_ticket_point(number, lon, lat)).success(done) \
            .failure(lambda e: self._failed(self._gen, e)).run()

    # -- the picture ------------------------------------------------------------------------------------------
    def image(self, width: int = 1600, height: int = 1200):
        """The whole map with its legend and a title, as a QImage (导出图片…)."""
        title = self.tr("%1（%2，%3）").replace("%1", self.shade_by.currentText()).replace(
            "%2", self.period.currentText()).replace("%3", self.state.currentText())
        return render_image(self.scene, width, height, title=title, scale=1.2)

    def export_png(self) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出地图图片"), self.tr("地图.png"),
                                              self.tr("PNG 图片 (*.png)"))
        if not path:
            return None
        if not path.lower().endswith(".png"):
            path += ".png"
        if self.image().save(path, "PNG"):
            message = self.tr("已导出地图图片：%1").replace("%1", path)
        else:
            message = self.tr("无法保存图片：%1").replace("%1", path)
        self.status_line.setText(message)
        self.status.emit(message)
        return path
