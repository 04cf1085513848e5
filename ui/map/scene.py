"""The map's drawing: a QGraphicsScene of the 社区 (shaded by a figure), the roads, the tickets' pins or clusters and
the projects' markers, and the legend; used by the map page and by ``whistle-desk map render`` (offscreen) alike.

Coordinates: WGS84 degrees projected to the scene by a local equirectangular projection around the map's centre
(x = Δlon · cos(lat₀), y = −Δlat, in units of 1e-5 degree, about a metre): exact enough for a street. Pins, markers
and labels ignore the view's zoom (they keep their size on screen); boundaries and roads are drawn with cosmetic pens.
"""
from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen, QPolygonF, QTransform
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsPolygonItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
)

from desk.geo import shading
from desk.geo.dto import Boundary, CommunityFigures, MapPicture, MapSummary, PinsView, ProjectMarker
from desk.geo.shading import COUNT_RAMP
from desk.labels import PROJECT_STAGE_COLOUR

SCALE = 100_000.0
#: What the 社区 are shaded by.
METRICS = ("count", "resolution", "satisfaction")
# COUNT_RAMP: the count's classes, defined once in the core (desk.geo.shading: the printed 通报 shades alike)
RATE_RAMP = ("#d73027", "#fc8d59", "#fee08b", "#d9ef8b", "#91cf60", "#1a9850")
RATE_BREAKS = (0.5, 0.7, 0.8, 0.9, 0.95)
NO_DATA = "#e4e4e4"
#: A 社区 on the projects' map (no figure): the paper map's fill (reports.mapdraw.FILL).
PLAIN = "#f3f0e8"
UNMATCHED = "#f4f4f4"
DEADLINE_COLOURS = {"overdue": "#d62728", "warning": "#ff9f1c", "running": "#1f77b4", "done": "#8c8c8c"}
STAGE_COLOURS = PROJECT_STAGE_COLOUR  # (defined once, in the core: the printed bulletin uses them too)
#: The outline of a project with late milestones (超期节点; reports.mapdraw rings them in the same red).
LATE_COLOUR = "#d62728"
LATE_RING = 13.0
Z_ROAD, Z_COMMUNITY, Z_PROJECT_LINE, Z_CLUSTER, Z_PIN, Z_PROJECT, Z_LABEL = 1, 0, 3, 8, 9, 10, 12


#: lupdate finds translate("context", "literal") calls through this name.
translate = QCoreApplication.translate


def metric_names() -> dict[str, str]:
    return {"count": translate("MapScene", "工单数"), "resolution": translate("MapScene", "解决率"), "satisfaction": translate("MapScene", "满意率")}


def deadline_names() -> dict[str, str]:
    return {"overdue": translate("MapScene", "超期"), "warning": translate("MapScene", "预警"), "running": translate("MapScene", "办理中"), "done": translate("MapScene", "无时限（已办结等）")}


def stage_names() -> dict[str, str]:
    return {"candidate": translate("MapScene", "储备"), "listed": translate("MapScene", "已列入清单"), "initiated": translate("MapScene", "立项"), "tendering": translate("MapScene", "招标"),
            "construction": translate("MapScene", "施工"), "acceptance": translate("MapScene", "验收"), "operation": translate("MapScene", "运维"), "cancelled": translate("MapScene", "已取消")}


class Projection:
    """WGS84 ⇄ scene coordinates around the centre of ``bbox``."""

    def __init__(self, bbox: Sequence[float]) -> None:
        x0, y0, x1, y1 = bbox
        self.lon0, self.lat0 = (x0 + x1) / 2, (y0 + y1) / 2
        self.k = math.cos(math.radians(self.lat0))

    def point(self, lon: float, lat: float) -> QPointF:
        return QPointF((lon - self.lon0) * self.k * SCALE, -(lat - self.lat0) * SCALE)

    def lonlat(self, p: QPointF) -> tuple[float, float]:
        return self.lon0 + p.x() / SCALE / self.k, self.lat0 - p.y() / SCALE

    def rect(self, bbox: Sequence[float]) -> QRectF:
        a, b = self.point(bbox[0], bbox[3]), self.point(bbox[2], bbox[1])
        return QRectF(a, b).normalized()

    def bbox(self, rect: QRectF) -> tuple[float, float, float, float]:
        (x0, y1), (x1, y0) = self.lonlat(rect.topLeft()), self.lonlat(rect.bottomRight())
        return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)


# -- colours and the legend -----------------------------------------------------------------------------------------
def count_breaks(summary: MapSummary) -> list[int]:
    """Upper bounds of the five classes of counts above zero (desk.geo.shading.count_breaks)."""
    return shading.count_breaks(r.count for r in summary.rows)


def value_of(metric: str, row: CommunityFigures) -> float | None:
    if metric == "count":
        return float(row.count)
    ratio = row.resolution if metric == "resolution" else row.satisfaction
    return ratio.value


def colour_for(metric: str, value: float | None, breaks: Sequence[float]) -> QColor:
    if value is None:
        return QColor(NO_DATA)
    if metric == "count":
        return QColor(COUNT_RAMP[shading.count_class(value, breaks)])
    return QColor(RATE_RAMP[next((i for i, b in enumerate(RATE_BREAKS) if value < b), 5)])


def value_text(metric: str, row: CommunityFigures) -> str:
    v = value_of(metric, row)
    if metric == "count":
        return str(row.count)
    return "—" if v is None else f"{v * 100:.0f}%"


@dataclass(frozen=True)
class Legend:
    title: str
    shades: tuple[tuple[QColor, str], ...]
    pins: tuple[tuple[QColor, str], ...] = ()
    projects: tuple[tuple[QColor, str], ...] = ()
    note: str = ""
    #: A row for the red outline of projects with late milestones ("" when none is drawn).
    late: str = ""


def legend_for(metric: str, summary: MapSummary, *, pins: bool, projects: Sequence[ProjectMarker],
               tickets: bool = True) -> Legend:
    """``tickets`` False: a map of the projects only (no shading by a figure, no pins)."""
    late = translate("MapScene", "红圈：有超期节点") if any(m.late for m in projects) else ""
    stages = {m.stage for m in projects}
    project_rows = tuple((QColor(c), stage_names()[k]) for k, c in STAGE_COLOURS.items() if k in stages)
    if not tickets:
        return Legend(translate("MapScene", "民生工程"), (), (), project_rows, "", late)
    if metric == "count":
        b = count_breaks(summary)
        shades = [(QColor(COUNT_RAMP[0]), "0")]
        shades += [(QColor(COUNT_RAMP[k]), shading.class_text(lo, hi)) for k, lo, hi in shading.count_classes(b)]
    else:
        bounds = (0.0, *RATE_BREAKS, 1.0)
        shades = [(QColor(RATE_RAMP[i]), f"{bounds[i] * 100:.0f}%–{bounds[i + 1] * 100:.0f}%")
                  for i in range(len(RATE_RAMP))]
        shades.append((QColor(NO_DATA), translate("MapScene", "无回访")))
    pin_rows = tuple((QColor(c), deadline_names()[k]) for k, c in DEADLINE_COLOURS.items()) if pins else ()
    note = translate("MapScene", "无位置的工单只计入所在社区，不显示为点")
    return Legend(metric_names()[metric], tuple(shades), pin_rows, project_rows, note, late)


def legend_size(painter: QPainter, legend: Legend, *, scale: float = 1.0) -> QSize:
    """How much room :func:`paint_legend` takes with this painter's font."""
    return paint_legend(painter, legend, QPointF(0, 0), scale=scale, measure=True).size().toSize()


def paint_legend(painter: QPainter, legend: Legend, corner: QPointF, *, scale: float = 1.0,
                 measure: bool = False) -> QRectF:
    """The legend in a white box whose top-left is ``corner`` (device coordinates). Returns the box (``measure``:
    only that, nothing drawn)."""
    painter.save()
    painter.resetTransform()
    font = QFont(painter.font())
    font.setPointSizeF(9 * scale)
    painter.setFont(font)
    fm = painter.fontMetrics()
    line = fm.height() + 4 * scale
    sw = 14 * scale
    rows: list[tuple[str, QColor | None, str]] = [("title", None, legend.title)]
    rows += [("shade", c, t) for c, t in legend.shades]
    if legend.pins:
        rows.append(("title", None, translate("MapScene", "工单位置")))
        rows += [("pin", c, t) for c, t in legend.pins]
    if legend.projects:
        if legend.shades or legend.pins:  # (else the legend's title says it)
            rows.append(("title", None, translate("MapScene", "民生工程")))
        rows += [("project", c, t) for c, t in legend.projects]
        if legend.late:
            rows.append(("late", QColor("white"), legend.late))
    width = max(fm.horizontalAdvance(t) for _, _, t in rows) + sw + 24 * scale
    if legend.note:
        width = max(width, fm.horizontalAdvance(legend.note) + 16 * scale)
    height = line * (len(rows) + (1 if legend.note else 0)) + 12 * scale
    box = QRectF(corner, QSize(int(width), int(height)).toSizeF())
    if measure:
        painter.restore()
        return box
    painter.setPen(QPen(QColor("#999999")))
    painter.setBrush(QColor(255, 255, 255, 230))
    painter.drawRoundedRect(box, 4 * scale, 4 * scale)
    y = box.top() + 6 * scale
    x = box.left() + 8 * scale
    for kind, colour, text in rows:
        mid = y + line / 2
        if kind == "title":
            f = QFont(font)
            f.setBold(True)
            painter.setFont(f)
            painter.setPen(QColor("#222222"))
            painter.drawText(QPointF(x, mid + fm.ascent() / 2 - 2 * scale), text)
            painter.setFont(font)
        else:
            painter.setPen(QPen(QColor("#555555")))
            painter.setBrush(colour)
            if kind == "shade":
                painter.drawRect(QRectF(x, mid - sw / 2 + 1, sw, sw - 2))
            elif kind == "pin":
                painter.drawEllipse(QPointF(x + sw / 2, mid), sw / 3, sw / 3)
            elif kind == "late":
                painter.setPen(QPen(QColor(LATE_COLOUR), 2 * scale))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(QPointF(x + sw / 2, mid), sw / 2, sw / 2)
            else:
                painter.drawPolygon(_diamond(QPointF(x + sw / 2, mid), sw / 2.2))
            painter.setPen(QColor("#222222"))
            painter.drawText(QPointF(x + sw + 6 * scale, mid + fm.ascent() / 2 - 2 * scale), text)
        y += line
    if legend.note:
        f = QFont(font)
        f.setPointSizeF(8 * scale)
        painter.setFont(f)
        painter.setPen(QColor("#666666"))
        painter.drawText(QPointF(x, y + line / 2 + fm.ascent() / 2 - 2 * scale), legend.note)
    painter.restore()
    return box


def _diamond(c: QPointF, r: float) -> QPolygonF:
    return QPolygonF([QPointF(c.x(), c.y() - r), QPointF(c.x() + r, c.y()), QPointF(c.x(), c.y() + r),
                      QPointF(c.x() - r, c.y())])


# -- items ----------------------------------------------------------------------------------------------------------
def _path(proj: Projection, parts: Sequence[Sequence[Sequence[Sequence[float]]]]) -> QPainterPath:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for rings in parts:
        for ring in rings:
            path.addPolygon(QPolygonF([proj.point(p[0], p[1]) for p in ring]))
            path.closeSubpath()
    return path


class CommunityItem(QGraphicsPathItem):
    """A 社区 (or 网格) boundary, shaded by its figure; hovering shows its card."""

    def __init__(self, boundary: Boundary, path: QPainterPath) -> None:
        super().__init__(path)
        self.boundary = boundary
        self.community = boundary.community
        self.figures: CommunityFigures | None = None
        self.setZValue(Z_COMMUNITY)
        self.setAcceptHoverEvents(True)
        self._pen = QPen(QColor("#555555"), 1.2)
        self._pen.setCosmetic(True)
        self.setPen(self._pen)

    def hoverEnterEvent(self, event) -> None:  # noqa: N802 - Qt name
        pen = QPen(QColor("#1a237e"), 3)
        pen.setCosmetic(True)
        self.setPen(pen)
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event) -> None:  # noqa: N802 - Qt name
        self.setPen(self._pen)
        super().hoverLeaveEvent(event)


class PinItem(QGraphicsEllipseItem):
    def __init__(self, number: str, colour: QColor, radius: float = 4.5) -> None:
        super().__init__(-radius, -radius, 2 * radius, 2 * radius)
        self.number = number
        self.setBrush(colour)
        pen = QPen(QColor("white"), 1.2)
        self.setPen(pen)
        self.setZValue(Z_PIN)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setAcceptHoverEvents(True)


class ClusterItem(QGraphicsEllipseItem):
    def __init__(self, count: int, overdue: int) -> None:
        r = 9 + 4 * math.log10(max(count, 1))
        super().__init__(-r, -r, 2 * r, 2 * r)
        self.count = count
        self.setBrush(QColor(214, 39, 40, 200) if overdue * 2 >= count and overdue else QColor(31, 119, 180, 190))
        self.setPen(QPen(QColor("white"), 1.5))
        self.setZValue(Z_CLUSTER)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        text = QGraphicsSimpleTextItem(str(count), self)
        f = QFont()
        f.setPointSizeF(8)
        f.setBold(True)
        text.setFont(f)
        text.setBrush(QColor("white"))
        b = text.boundingRect()
        text.setPos(-b.width() / 2, -b.height() / 2)


class ProjectItem(QGraphicsPolygonItem):
    """A project's diamond, filled with its stage's colour; ringed in red when it has late milestones (超期节点)."""

    def __init__(self, marker: ProjectMarker) -> None:
        super().__init__(_diamond(QPointF(0, 0), 8))
        self.marker = marker
        self.late = marker.late > 0
        self.setBrush(QColor(STAGE_COLOURS.get(marker.stage, "#666666")))
        self.setPen(QPen(QColor("white"), 1.5))
        self.setZValue(Z_PROJECT)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setAcceptHoverEvents(True)
        self.ring: QGraphicsEllipseItem | None = None
        if self.late:
            self.ring = QGraphicsEllipseItem(-LATE_RING, -LATE_RING, 2 * LATE_RING, 2 * LATE_RING, self)
            self.ring.setPen(QPen(QColor(LATE_COLOUR), 3))
            self.ring.setBrush(QColor(255, 255, 255, 120))
            self.ring.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent)


class LabelItem(QGraphicsSimpleTextItem):
    """A 社区's name and figure on a translucent white plate, centred on its point at any zoom."""

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 170))
        painter.drawRoundedRect(self.boundingRect().adjusted(-3, -1, 3, 1), 3, 3)
        super().paint(painter, option, widget)

    def center_on(self, pos: QPointF) -> None:
        b = self.boundingRect()
        self.setPos(pos)
        self.setTransform(QTransform.fromTranslate(-b.width() / 2, -b.height() / 2))


def _label(text: str, pos: QPointF, size: float = 9.0) -> LabelItem:
    item = LabelItem(text)
    f = QFont()
    f.setPointSizeF(size)
    item.setFont(f)
    item.setBrush(QColor("#202020"))
    item.setZValue(Z_LABEL)
    item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
    item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
    item.anchor = pos
    item.center_on(pos)
    return item


# -- the scene ---------------------------------------------------------------------------------------------------
class MapScene(QGraphicsScene):
    """Build with :meth:`show_picture`; :meth:`set_metric` re-shades; :meth:`set_pins` replaces the pins."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setBackgroundBrush(QColor("#f7f9fb"))
        self.projection: Projection | None = None
        self.picture: MapPicture | None = None
        self.metric = "count"
        self.communities: dict[str, CommunityItem] = {}
        self.boundaries: list[CommunityItem] = []
        self.labels: dict[str, LabelItem] = {}
        self.pin_items: list[QGraphicsItem] = []
        self.project_items: list[QGraphicsItem] = []
        self.pins_view: PinsView | None = None
        self.legend: Legend | None = None
        #: False: the projects' map only (the 社区 unshaded, no figures on them).
        self.tickets = True

    def show_picture(self, picture: MapPicture, metric: str = "count") -> None:
        self.clear()
        self.communities.clear()
        self.boundaries.clear()
        self.labels.clear()
        self.pin_items.clear()
        self.project_items.clear()
        self.picture = picture
        layers = picture.layers
        if layers.bbox is None:
            self.projection = None
            return
        self.projection = proj = Projection(layers.bbox)
        for road in layers.roads:
            path = QPainterPath()
            for line in road.parts:
                path.addPolygon(QPolygonF([proj.point(p[0], p[1]) for p in line]))
            item = QGraphicsPathItem(path)
            pen = QPen(QColor("#b0b0b0"), 2.5)
            pen.setCosmetic(True)
            item.setPen(pen)
            item.setZValue(Z_ROAD)
            item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            item.setToolTip(road.name)
            self.addItem(item)
        for b in layers.communities:
            item = CommunityItem(b, _path(proj, b.parts))
            self.addItem(item)
            self.boundaries.append(item)
            if b.community is not None:
                self.communities.setdefault(b.community, item)
        # one label per 社区, in its largest piece
        for name, item in self.communities.items():
            pieces = [b for b in (i.boundary for i in self.boundaries if i.community == name)]
            ring = max((rings[0] for piece in pieces for rings in piece.parts), key=lambda r: abs(_area(r)))
            from desk.geo.coords import centroid

            c = centroid(ring)
            label = _label(name, proj.point(c[0], c[1]))
            self.addItem(label)
            self.labels[name] = label
        self.set_metric(metric)
        self.set_pins(picture.pins)
        self.set_projects(picture.projects)
        self.setSceneRect(proj.rect(layers.bbox).adjusted(-300, -300, 300, 300))

    def set_metric(self, metric: str) -> None:
        self.metric = metric
        pic = self.picture
        if pic is None:
            return
        rows = {r.community: r for r in pic.summary.rows}
        breaks = count_breaks(pic.summary)
        for item in self.boundaries:
            row = rows.get(item.community) if item.community else None
            item.figures = row
            if not self.tickets:
                item.setBrush(QColor(PLAIN))
                item.setToolTip(_html(item.community or item.boundary.name or ""))
                continue
            if row is None:
                item.setBrush(QColor(UNMATCHED))
                item.setToolTip(translate("MapScene", "%1（未匹配社区）").replace("%1", item.boundary.name or translate("MapScene", "无名称")))
                continue
            colour = colour_for(metric, value_of(metric, row), breaks)
            colour.setAlpha(215)
            item.setBrush(colour)
            item.setToolTip(card(row))
        for name, label in self.labels.items():
            row = rows.get(name)
            label.setText(f"{name}\n{value_text(metric, row)}" if row else name)
            label.center_on(label.anchor)
        self._update_legend()

    def set_pins(self, view: PinsView | None) -> None:
        for item in self.pin_items:
            self.removeItem(item)
        self.pin_items = []
        self.pins_view = view
        proj = self.projection
        if view is None or proj is None:
            self._update_legend()
            return
        for p in view.pins:
            item = PinItem(p.number, QColor(DEADLINE_COLOURS.get(p.deadline, "#666666")))
            item.setPos(proj.point(p.lon, p.lat))
            item.setToolTip(f"<b>{p.number}</b><br>{_html(p.title)}<br>{deadline_names().get(p.deadline, '')}")
            self.addItem(item)
            self.pin_items.append(item)
        for c in view.clusters:
            item = ClusterItem(c.count, c.overdue)
            item.setPos(proj.point(c.lon, c.lat))
            item.setToolTip(translate("MapScene", "%1 张工单（其中超期 %2 张）：放大查看").replace("%1", str(c.count)).replace("%2", str(c.overdue)))
            self.addItem(item)
            self.pin_items.append(item)
        self._update_legend()

    def set_projects(self, markers: Sequence[ProjectMarker]) -> None:
        for item in self.project_items:
            self.removeItem(item)
        self.project_items = []
        proj = self.projection
        if proj is None:
            return
        for m in markers:
            colour = QColor(STAGE_COLOURS.get(m.stage, "#666666"))
            if m.kind == "line" and len(m.path) >= 2:
                path = QPainterPath()
                path.addPolygon(QPolygonF([proj.point(p[0], p[1]) for p in m.path]))
                if m.late:  # a red casing under the stage's colour
                    casing = QGraphicsPathItem(path)
                    red = QPen(QColor(LATE_COLOUR), 10)
                    red.setCosmetic(True)
                    red.setCapStyle(Qt.PenCapStyle.RoundCap)
                    casing.setPen(red)
                    casing.setZValue(Z_PROJECT_LINE - 0.5)
                    casing.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
                    self.addItem(casing)
                    self.project_items.append(casing)
                line = QGraphicsPathItem(path)
                pen = QPen(colour, 5)
                pen.setCosmetic(True)
                pen.setCapStyle(Qt.PenCapStyle.RoundCap)
                line.setPen(pen)
                line.setZValue(Z_PROJECT_LINE)
                line.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
                self.addItem(line)
                self.project_items.append(line)
            item = ProjectItem(m)
            item.setPos(proj.point(m.lon, m.lat))
            item.setToolTip(project_card(m))
            self.addItem(item)
            self.project_items.append(item)
        self._update_legend()

    def _update_legend(self) -> None:
        pic = self.picture
        if pic is None:
            self.legend = None
            return
        projects = [i.marker for i in self.project_items if isinstance(i, ProjectItem)]
        self.legend = legend_for(self.metric, pic.summary, pins=bool(self.pins_view and self.pins_view.total),
                                 projects=projects, tickets=self.tickets)

    def map_rect(self) -> QRectF:
        """The boundaries' box in scene coordinates."""
        pic = self.picture
        if pic is None or self.projection is None or pic.layers.bbox is None:
            return QRectF()
        return self.projection.rect(pic.layers.bbox)


def card(row: CommunityFigures) -> str:
    """The hover card of a 社区."""
    def pct(r) -> str:
        return "—" if r.value is None else translate("MapScene", "%1%（%2）").replace("%1", f"{r.value * 100:.1f}") \
            .replace("%2", str(r.whole))

    return (f"<b>{_html(row.community)}</b><br>" + translate("MapScene", "工单 %1 张，其中有位置 %2 张").replace("%1", str(row.count))
            .replace("%2", str(row.pinned)) + "<br>" + translate("MapScene", "解决率 %1").replace("%1", pct(row.resolution)) + "<br>"
            + translate("MapScene", "满意率 %1").replace("%1", pct(row.satisfaction)) + "<br><i>" + translate("MapScene", "单击查看该社区的工单") + "</i>")


def project_card(m: ProjectMarker) -> str:
    """The hover card of a project's marker: its number, name and stage, and its late milestones if any."""
    text = f"<b>{m.number}</b> {_html(m.name)}<br>{stage_names().get(m.stage, m.stage)}"
    if m.late:
        text += f"<br><span style='color:{LATE_COLOUR}'><b>" + translate("MapScene", "超期节点 %1").replace(
            "%1", str(m.late)) + "</b></span>"
    return text + "<br><i>" + translate("MapScene", "单击在项目库中查看") + "</i>"


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _area(ring) -> float:
    from desk.geo.coords import ring_area

    return ring_area(ring)


# -- offscreen --------------------------------------------------------------------------------------------------
def render_image(scene: MapScene, width: int, height: int, *, title: str = "", scale: float = 1.0) -> QImage:
    """The whole map (its boundaries' box, with a margin), its title and legend, as an image."""
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    top = 0.0
    if title:
        f = QFont(painter.font())
        f.setPointSizeF(14 * scale)
        f.setBold(True)
        painter.setFont(f)
        top = painter.fontMetrics().height() + 16 * scale
        painter.setPen(QColor("#202020"))
        painter.drawText(QRectF(0, 4 * scale, width, top), Qt.AlignmentFlag.AlignCenter, title)
    room = legend_size(painter, scene.legend, scale=scale) if scene.legend is not None else QSize(0, 0)
    right = room.width() + 20 * scale if room.width() else 0
    source = scene.map_rect()
    if not source.isEmpty():
        m = max(source.width(), source.height()) * 0.04
        source = source.adjusted(-m, -m, m, m)
        target = QRectF(0, top, width - right, height - top)
        background = scene.backgroundBrush()
        scene.setBackgroundBrush(QColor("white"))
        scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
        scene.setBackgroundBrush(background)
    if scene.legend is not None:
        paint_legend(painter, scene.legend, QPointF(width - right + 4 * scale, top + 10 * scale), scale=scale)
    painter.end()
    return image
