"""The 地图 page (一张图, issue 17): the office's 社区 shaded by a figure, the tickets that have a point, the projects.

Filters like the queue's (时间 by when the ticket was received, 状态, 分类) and the figure the 社区 are shaded by
(工单数, 解决率, 满意率; desk.geo.service says how each is counted). Drag to pan, the wheel zooms; hovering shows a
card. A click on a 社区 lists its tickets beside the map (a double click on one shows it in the detail pane,
:attr:`MapPage.open_ticket`); a click on a pin opens that ticket; on a cluster zooms in; on a project's marker asks
the window to show the project (:attr:`MapPage.open_project`). After a pan or zoom the pins of the part on screen
are asked for again (counted per grid cell in the database while they are many). 标注位置: with a ticket of the list
chosen, the next click on the map sets its point (``set_ticket_point``). 导出图片… saves the map as a PNG.

A project's place (:meth:`MapPage.start_placing_project`, from the 项目库's 在地图上标注…): a bar above the map offers
点 (the next click is the place) or 线 (clicks add points; Enter, a double click or 完成 ends the line), 清除位置 and
取消 (or Esc); saved with ``set_project_place``. Projects with late milestones (超期节点) are ringed in red.

With the 问题清单 (issue 17: the hotspot page links to the map and back): :meth:`MapPage.show_hotspot` shows a
hotspot's 社区 (its period and category as the map's filters, zoomed to it, its tickets listed), and 查看热点 on a
社区's list asks the window to open the hotspot page on it (:attr:`MapPage.open_hotspots`).
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timezone, tzinfo
from typing import Any

from PySide6.QtCore import QElapsedTimer, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QCursor, QImage, QPainter, QPainterPath, QPen, QTransform, QWheelEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
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
from desk.geo.dto import CommunityTickets, MapPicture, MapQuery, MapSummary, PinsView
from desk.permissions import role_may
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

#: The period presets (the office's local dates up to today); ``custom``: dates given by the hotspot page.
PERIODS = ("month", "quarter", "year", "all")
CUSTOM = "custom"
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
    double_clicked = Signal(QPointF)  # the scene point
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

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().mouseDoubleClickEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            self.double_clicked.emit(self.mapToScene(event.position().toPoint()))

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
    #: A project's place was set or cleared on the map (its number).
    project_placed = Signal(str)
    #: 查看热点: the hotspot page, on this 社区 (its name, the map's category or "", (period key, start, end)).
    open_hotspots = Signal(str, str, object)

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
        self.project_placing: str | None = None  # a project number waiting for its place
        self._project_name = ""
        self._notice = ""  # what was just done, kept in the status line when the picture that shows it arrives
        self.sketch: list[QPointF] = []  # the points clicked so far (scene coordinates)
        self._sketch_items: list[QGraphicsItem] = []
        self._custom: tuple[date, date] | None = None  # the dates of the period 自定义 (from the hotspot page)
        self._focus: str | None = None  # a 社区 to zoom to and list once the picture arrives

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
        #: Without the tickets' map (a 项目负责人: boundaries and projects only, to see and set the projects' places).
        self.projects_only = not role_may("map_picture", user.role)
        for label, combo in ((self.tr("着色"), self.shade_by), (self.tr("受理时间"), self.period),
                             (self.tr("状态"), self.state), (self.tr("分类"), self.category)):
            caption = QLabel(label, self)
            top.addWidget(caption)
            top.addWidget(combo)
            caption.setVisible(not self.projects_only)
            combo.setVisible(not self.projects_only)
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

        # -- the bar of a project's placing (hidden unless placing)
        self.project_bar = QWidget(self)
        self.project_bar.setObjectName("map_project_bar")
        self.project_bar.setStyleSheet("#map_project_bar { background: #fff4d6; border: 1px solid #e0b84c; }")
        bar = QHBoxLayout(self.project_bar)
        bar.setContentsMargins(6, 3, 6, 3)
        self.project_title = QLabel(self.project_bar)
        self.project_title.setObjectName("map_project_title")
        self.place_point = QPushButton(self.tr("点"), self.project_bar)
        self.place_point.setObjectName("map_place_point")
        self.place_point.setToolTip(self.tr("单击地图一次，即为项目位置"))
        self.place_line = QPushButton(self.tr("线"), self.project_bar)
        self.place_line.setObjectName("map_place_line")
        self.place_line.setToolTip(self.tr("依次单击道路等的各点，按 Enter 或双击完成"))
        self.place_kind = QButtonGroup(self)
        for b in (self.place_point, self.place_line):
            b.setCheckable(True)
            self.place_kind.addButton(b)
        self.place_point.setChecked(True)
        self.place_finish = QPushButton(self.tr("完成"), self.project_bar)
        self.place_finish.setObjectName("map_place_finish")
        self.place_finish.setToolTip(self.tr("以已单击的各点保存为线（Enter）"))
        self.place_clear = QPushButton(self.tr("清除位置"), self.project_bar)
        self.place_clear.setObjectName("map_place_clear")
        self.place_clear.setToolTip(self.tr("删除该项目在地图上的位置"))
        self.place_cancel = QPushButton(self.tr("取消"), self.project_bar)
        self.place_cancel.setObjectName("map_place_cancel")
        self.place_cancel.setToolTip(self.tr("不标注（Esc）"))
        bar.addWidget(self.project_title, 1)
        for b in (self.place_point, self.place_line, self.place_finish, self.place_clear, self.place_cancel):
            bar.addWidget(b)
        self.project_bar.hide()
        lay.addWidget(self.project_bar)

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
        self.hotspots_button = QPushButton(self.tr("查看热点"), side)
        self.hotspots_button.setObjectName("map_hotspots")
        self.hotspots_button.setToolTip(self.tr("在问题清单中查看该社区的热点（同一统计期）"))
        self.hotspots_button.setVisible(role_may("hotspots", user.role))
        self.hotspots_button.setEnabled(False)
        side_lay.addWidget(self.list_title)
        side_lay.addWidget(self.ticket_list, 1)
        side_lay.addWidget(self.place_button)
        side_lay.addWidget(self.hotspots_button)
        left = QWidget(self)
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        left_lay.addWidget(self.view, 1)
        left_lay.addWidget(self.empty, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(side)
        side.setVisible(not self.projects_only)
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
        self.hotspots_button.clicked.connect(lambda: self._ask_hotspots())
        self.view.double_clicked.connect(self._double_clicked)
        self.place_kind.buttonClicked.connect(lambda _b: self._kind_chosen())
        self.place_finish.clicked.connect(lambda: self.finish_line())
        self.place_clear.clicked.connect(lambda: self.clear_project_place())
        self.place_cancel.clicked.connect(lambda: self.cancel_project_placing())

    # -- filters ---------------------------------------------------------------------------------------------
    def today(self) -> date:
        now = self._now() or datetime.now(timezone.utc)
        return now.astimezone(self.tz).date()

    def query(self) -> MapQuery:
        kind = self.period.currentData()
        start, end = self._custom if kind == CUSTOM and self._custom else period_dates(kind, self.today())
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
        if self.projects_only:
            at = self._now() or datetime.now(timezone.utc)

            def fetch() -> MapPicture:  # the boundaries and the projects: no ticket figures
                return MapPicture(user.map_layers(), MapSummary(q, at, (), 0, 0), None, user.map_projects())
        else:
            def fetch() -> MapPicture:
                return user.map_picture(q)
        Op(self, fetch) \
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
        self.scene.tickets = not self.projects_only
        self.scene.show_picture(pic, self.shade_by.currentData())
        if first and has_map:
            QTimer.singleShot(0, self.view.fit_map)
        s = pic.summary
        pins = pic.pins.total if pic.pins is not None else 0
        text = self.tr("%1 个社区，工单 %2 张，其中有位置 %3 张；不在地图上的社区 %4 张；用时 %5 秒") \
            .replace("%1", str(len(s.rows))).replace("%2", str(s.total)).replace("%3", str(pins)) \
            .replace("%4", str(s.elsewhere)).replace("%5", f"{ms / 1000:.2f}")
        if self.projects_only:
            text = self.tr("已标注位置的项目 %1 个，其中有超期节点 %2 个；用时 %3 秒") \
                .replace("%1", str(len(pic.projects))).replace("%2", str(sum(1 for m in pic.projects if m.late))) \
                .replace("%3", f"{ms / 1000:.2f}")
        notice, self._notice = self._notice, ""
        self.status_line.setText(f"{notice}  {text}" if notice else text)  # what was just done stays in view
        if self.project_placing is not None:
            self._draw_sketch()  # (the scene was rebuilt)
            self._kind_chosen()  # (the status line says what to click)
        focus, self._focus = self._focus, None
        if focus is not None and has_map:
            QTimer.singleShot(0, lambda: self.zoom_to(focus))  # (after the first fit)
        self.loaded.emit()
        if focus is not None:
            self.show_community(focus)
        elif self.community_list is not None:
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
        if self.project_placing is not None:
            self._project_click(at)
            return
        if self.placing is not None:
            self._place(at)
            return
        if isinstance(item, PinItem):
            self.open_ticket.emit(item.number)
        elif isinstance(item, ClusterItem):
            self.view.zoom_by(2.0, item.scenePos())
        elif isinstance(item, ProjectItem):
            self.open_project.emit(item.marker.number)
        elif isinstance(item, CommunityItem) and item.community and not self.projects_only:
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
        self.hotspots_button.setEnabled(self.community_list is not None)

    # -- setting a ticket's point ---------------------------------------------------------------------------
    def start_placing(self, number: str | None = None) -> None:
        if number is None:
            item = self.ticket_list.currentItem()
            number = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not number:
            return
        if self.project_placing is not None:
            self._end_project_placing()
        self.placing = number
        self.view.viewport().setCursor(QCursor(Qt.CursorShape.CrossCursor))
        self.status_line.setText(self.tr("单击地图上工单 %1 所在的位置（按 Esc 取消）").replace("%1", number))

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt name
        if self.project_placing is not None and event.key() == Qt.Key.Key_Escape:
            self.cancel_project_placing()
            return
        if self.project_placing is not None and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.finish_line()
            return
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
            self._notice = message
            self.reload()

        Op(self, lambda: user.set_ticket_point(number, lon, lat)).success(done) \
            .failure(lambda e: self._failed(self._gen, e)).run()

    # -- setting a project's place ------------------------------------------------------------------------
    def start_placing_project(self, number: str, name: str = "") -> None:
        """The placing mode of a project (the 项目库's 在地图上标注…): the bar above the map, a cross cursor."""
        if not number:
            return
        self._stop_placing()
        self.project_placing = number
        self._project_name = name
        self.sketch = []
        self._draw_sketch()
        self.place_point.setChecked(True)
        self.project_title.setText(self.tr("标注项目 %1 %2 的位置").replace("%1", number).replace("%2", name).strip())
        self.project_bar.show()
        self.view.viewport().setCursor(QCursor(Qt.CursorShape.CrossCursor))
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self._kind_chosen()

    def _kind_chosen(self) -> None:
        if self.project_placing is None:
            return
        line = self.place_line.isChecked()
        if not line and len(self.sketch) > 1:
            self.sketch = []
            self._draw_sketch()
        self.place_finish.setVisible(line)
        self.place_finish.setEnabled(len(self.sketch) >= 2)
        if line:
            text = self.tr("依次单击项目 %1 沿线的各点，按 Enter 或双击完成（Esc 取消）").replace("%1", self.project_placing)
            if self.sketch:
                text = self.tr("已取 %1 个点：").replace("%1", str(len(self.sketch))) + text
        else:
            text = self.tr("单击地图上项目 %1 所在的位置（Esc 取消）").replace("%1", self.project_placing)
        self.status_line.setText(text)

    def _project_click(self, at: QPointF) -> None:
        if self.scene.projection is None:
            return
        if self.place_line.isChecked():
            if not self.sketch or (self.sketch[-1] - at).manhattanLength() > 1e-6:
                self.sketch.append(at)
            self._draw_sketch()
            self._kind_chosen()
            return
        self.sketch = [at]
        self._draw_sketch()
        self._save_place("point", self.sketch)

    def _double_clicked(self, at: QPointF) -> None:
        """A double click ends a line at its point (added by its first click already, unless it came alone)."""
        if self.project_placing is not None and self.place_line.isChecked():
            if not self.sketch or (self.sketch[-1] - at).manhattanLength() > 1e-6:
                self.sketch.append(at)
                self._draw_sketch()
            self.finish_line()

    def finish_line(self) -> None:
        if self.project_placing is None or not self.place_line.isChecked():
            return
        if len(self.sketch) < 2:
            self.status_line.setText(self.tr("线至少需要两个点：请再单击地图。"))
            return
        self._save_place("line", list(self.sketch))

    def cancel_project_placing(self) -> None:
        number = self.project_placing
        self._end_project_placing()
        if number is not None:
            self.status_line.setText(self.tr("已取消标注项目 %1 的位置。").replace("%1", number))

    def _end_project_placing(self) -> None:
        self.project_placing = None
        self.sketch = []
        self._draw_sketch()
        self.project_bar.hide()
        self.view.viewport().unsetCursor()

    def _draw_sketch(self) -> None:
        """The points clicked so far (and the line through them), drawn over the map until saved."""
        for item in self._sketch_items:
            if item.scene() is self.scene:
                self.scene.removeItem(item)
        self._sketch_items = []
        if len(self.sketch) >= 2:
            path = QPainterPath(self.sketch[0])
            for p in self.sketch[1:]:
                path.lineTo(p)
            line = QGraphicsPathItem(path)
            pen = QPen(QColor("#e65100"), 3, Qt.PenStyle.DashLine)
            pen.setCosmetic(True)
            line.setPen(pen)
            line.setZValue(20)
            self.scene.addItem(line)
            self._sketch_items.append(line)
        for p in self.sketch:
            dot = QGraphicsEllipseItem(-4, -4, 8, 8)
            dot.setBrush(QColor("#e65100"))
            dot.setPen(QPen(QColor("white"), 1.2))
            dot.setPos(p)
            dot.setZValue(21)
            dot.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
            self.scene.addItem(dot)
            self._sketch_items.append(dot)

    def _save_place(self, kind: str, points: list[QPointF]) -> None:
        number, proj = self.project_placing, self.scene.projection
        if number is None or proj is None:
            return
        path = [list(proj.lonlat(p)) for p in points]
        user = self.user
        self._end_project_placing()

        def done(marker: Any) -> None:
            what = self.tr("点") if kind == "point" else self.tr("线，%1 个点").replace("%1", str(len(path)))
            message = self.tr("已标注项目 %1 的位置（%2）。").replace("%1", number).replace("%2", what)
            self.status_line.setText(message)
            self.status.emit(message)
            self.project_placed.emit(number)
            self._notice = message
            self.reload()

        Op(self, lambda: user.set_project_place(number, kind, path)).success(done) \
            .failure(lambda e: self._failed(self._gen, e)).run()

    def clear_project_place(self) -> None:
        number = self.project_placing
        if number is None:
            return
        user = self.user
        self._end_project_placing()

        def done(_none: Any) -> None:
            message = self.tr("已清除项目 %1 的位置。").replace("%1", number)
            self.status_line.setText(message)
            self.status.emit(message)
            self.project_placed.emit(number)
            self._notice = message
            self.reload()

        Op(self, lambda: user.set_project_place(number, None)).success(done) \
            .failure(lambda e: self._failed(self._gen, e)).run()

    # -- the hotspot page and back ----------------------------------------------------------------------
    def show_hotspot(self, community: str, category: str = "", period: Any = None) -> None:
        """A hotspot of the 问题清单 on the map: its period (``(key, start, end)``: a preset, or 自定义 dates) and
        category as the filters, every state; zoomed to its 社区 with its tickets listed."""
        self._fill_categories()
        for combo in (self.period, self.state, self.category):
            combo.blockSignals(True)
        key, start, end = period if period else ("all", None, None)
        if key in PERIODS:
            self.period.setCurrentIndex(self.period.findData(key))
        else:
            self._custom = (start, end)
            label = self.tr("%1 至 %2").replace("%1", start.isoformat()).replace("%2", end.isoformat())
            at = self.period.findData(CUSTOM)
            if at < 0:
                self.period.addItem(label, CUSTOM)
                at = self.period.count() - 1
            self.period.setItemText(at, label)
            self.period.setCurrentIndex(at)
        self.state.setCurrentIndex(self.state.findData("all"))
        if category and self.category.findData(category) < 0:
            self.category.addItem(category, category)
        self.category.setCurrentIndex(self.category.findData(category) if category else 0)
        for combo in (self.period, self.state, self.category):
            combo.blockSignals(False)
        self._focus = community
        self.community_list = None
        self.reload()

    def zoom_to(self, community: str) -> None:
        """The view fitted to a 社区's boundary (with a margin)."""
        item = self.scene.communities.get(community)
        if item is None:
            return
        rect = item.sceneBoundingRect()
        m = max(rect.width(), rect.height()) * 0.25
        self.view.fitInView(rect.adjusted(-m, -m, m, m), Qt.AspectRatioMode.KeepAspectRatio)
        self.view.moved.emit()

    def _ask_hotspots(self) -> None:
        if self.community_list is None:
            return
        kind = self.period.currentData()
        start, end = self._custom if kind == CUSTOM and self._custom else period_dates(kind, self.today())
        self.open_hotspots.emit(self.community_list.community, self.category.currentData() or "", (kind, start, end))

    # -- the picture ------------------------------------------------------------------------------------------
    def image(self, width: int = 1600, height: int = 1200):
        """The whole map with its legend and a title, as a QImage (导出图片…)."""
        title = self.tr("%1（%2，%3）").replace("%1", self.shade_by.currentText()).replace(
            "%2", self.period.currentText()).replace("%3", self.state.currentText())
        if self.projects_only:
            title = self.tr("民生工程项目位置")
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
