"""The offline map (一张图, issue 17): boundaries imported by an administrator, tickets' points, projects' places, and
the figures the map draws.

**Boundaries.** A GeoJSON or Shapefile (desk.geo.files) is read whole, every feature checked (the layer's geometry
types; closed rings of at least three corners, with an area, that do not cross themselves; numeric coordinates
inside China's box), converted to WGS84 when the file is in GCJ-02 (desk.geo.coords), and matched by the value of
its *name property* to the 社区 list. Anything wrong refuses the whole file (a typed error naming the feature) and
nothing is stored. An import replaces the layer's features in one transaction, records the import
(``map_import``) and one event on the audit chain.

**Matching names.** A feature's name matches a 社区 when, spaces removed, it is the same name, or the same with
社区 added (幸福 → 幸福社区), or with the committee's suffix removed (幸福社区居委会 → 幸福社区). Several features
(网格) may match one 社区. When no name property is given, the one whose values match the most 社区 is taken.

**Points.** A ticket has a point when a 12345 export gave coordinates or a clerk set it; a ticket without one is
counted at its 社区 and never drawn as a pin. Merged repeats are counted once, as their parent (as the hotspots do).
The point is kept in ``ticket_point`` (where it came from, who set it) and copied onto the ticket (``Ticket.lon``/
``lat``, by :func:`set_point` and :func:`add_points`), and a callback keeps its ticket's 社区 and category
(``Callback.community``/``category_id``): the figures below read those copies from covering indexes, so that the
map over a year or more of a million tickets opens in well under a second (tests/bench/bench_map.py) without
joining each point or callback to its ticket.

**Figures** (:func:`summary`), per 社区, over the tickets received in the period that pass the filters:
the count (problems; the state filter: all, open = not yet 结案 or 撤销, overdue = a running clock past its due,
closed); and the report's 解决率 and 满意率 over the callbacks *made in the period* to residents of that 社区
(desk/stats/definitions.py: 有效回访 reached the resident; 满意率 counts 基本满意 at the report's weight).

**Pins** (:func:`pins`): the tickets with a point inside a box. One aggregate statement groups them per grid cell
in the database (a ``cells`` × ``cells`` grid over the box); when no more than ``max_pins`` are in the box, they
are read one by one instead. The map asks again for the box on screen after a pan or zoom.
"""
from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from pathlib import Path
from typing import Any

from sqlalchemy import Float, Integer, bindparam, case, cast, delete, func, insert, select, update
from sqlalchemy.orm import Session

from desk.audit import service as audit
from desk.errors import NotFound, ValidationError
from desk.geo import coords, dto, files
from desk.hotspots.service import _categories, _category_ids
from desk.projects.lifecycle.milestones import late_count
from desk.stats.data import Ratio
from models import Callback, Community, MapFeature, MapImport, Project, ProjectPlace, Ticket, TicketPoint
from models.geo import MAP_CRS, MAP_LAYERS

#: The map's ticket states (filters).
STATES = ("all", "open", "overdue", "closed")
#: Pins drawn one by one when at most this many are in view; more are grouped per grid cell.
MAX_PINS = 1500
#: The grid over the box when pins are grouped (cells across and down).
GRID_CELLS = 16
#: Tickets listed for a clicked 社区.
MAX_LIST = 500
#: Decimal places kept (1e-7° is about a centimetre).
PLACES = 7
#: Geometry types each layer takes.
LAYER_TYPES = {
    "communities": ("Polygon", "MultiPolygon"),
    "roads": ("LineString", "MultiLineString", "Polygon", "MultiPolygon"),
}
_NAME_HINTS = ("name", "名称", "社区", "网格", "mc", "title")
_SPACES = re.compile(r"[\s\u3000]+")
_SUFFIXES = ("社区居民委员会", "居民委员会", "社区居委会", "居委会", "社区")


# -- errors --------------------------------------------------------------------------------------------------------
class BadGeometry(files.MapFileError):
    """A feature's geometry cannot be used (wrong type, empty, not closed, self-intersecting, outside China)."""


class MissingProperty(files.MapFileError):
    """The name property asked for is not in the file."""


def check_choices(layer: str, crs: str) -> None:
    if layer not in MAP_LAYERS:
        raise ValidationError("layer", "未知的图层：{value}（可选：communities 社区/网格、roads 道路/建筑）。", value=str(layer)[:40])
    if crs not in MAP_CRS:
        raise ValidationError("crs", "未知的坐标系：{value}（可选：wgs84、gcj02）。", value=str(crs)[:40])


# -- geometry ------------------------------------------------------------------------------------------------------
class _Converter:
    """Checks and converts one feature's coordinates to WGS84, counting the vertices."""

    def __init__(self, crs: str) -> None:
        self.crs = crs
        self.vertices = 0

    def point(self, p: Any, index: int) -> tuple[float, float]:
        if (not isinstance(p, (list, tuple)) or len(p) < 2 or not all(
                isinstance(v, (int, float)) and not isinstance(v, bool) for v in p[:2])):
            raise BadGeometry("file", "第 {index} 个要素的坐标无效：{value}", index=index, value=repr(p)[:60])
        lon, lat = float(p[0]), float(p[1])
        if not (math.isfinite(lon) and math.isfinite(lat)):
            raise BadGeometry("file", "第 {index} 个要素的坐标无效：{value}", index=index, value=repr(p)[:60])
        if not coords.in_china(lon, lat):
            raise BadGeometry("file", "第 {index} 个要素的坐标（{lon}, {lat}）不在中国境内：文件应使用经纬度（WGS84 或 GCJ-02），"
                                      "经度在前。", index=index, lon=f"{lon:.6f}", lat=f"{lat:.6f}")
        self.vertices += 1
        if self.vertices > files.MAX_VERTICES:
            raise files.MapFileTooLarge("file", "文件的顶点超过 {limit} 个：边界文件应只含本街道。", limit=files.MAX_VERTICES)
        if self.crs == "gcj02":
            lon, lat = coords.gcj02_to_wgs84(lon, lat)
        return round(lon, PLACES), round(lat, PLACES)

    def line(self, items: Any, index: int) -> list[tuple[float, float]]:
        if not isinstance(items, (list, tuple)):
            raise BadGeometry("file", "第 {index} 个要素的坐标无效：{value}", index=index, value=repr(items)[:60])
        out = [self.point(p, index) for p in items]
        if len(out) < 2:
            raise BadGeometry("file", "第 {index} 个要素的线少于两个点。", index=index)
        return out

    def ring(self, items: Any, index: int) -> list[tuple[float, float]]:
        ring = self.line(items, index)
        if ring[0] != ring[-1]:
            ring.append(ring[0])  # GeoJSON wants rings closed; some writers leave the last point out
        if len(set(ring)) < 3:
            raise BadGeometry("file", "第 {index} 个要素的多边形少于三个角，或是空的。", index=index)
        if coords.self_intersects(ring):
            raise BadGeometry("file", "第 {index} 个要素的多边形边界自相交（边界线交叉）：请在 GIS 软件中修复后再导入。", index=index)
        if abs(coords.ring_area(ring)) < 1e-12:
            raise BadGeometry("file", "第 {index} 个要素的多边形面积为零。", index=index)
        return ring

    def polygon(self, rings: Any, index: int) -> list[list[tuple[float, float]]]:
        if not isinstance(rings, (list, tuple)) or not rings:
            raise BadGeometry("file", "第 {index} 个要素的多边形是空的。", index=index)
        return [self.ring(r, index) for r in rings]


def _geometry(raw: files.RawFeature, layer: str, conv: _Converter) -> tuple[str, list]:
    """(kind, parts): polygon parts are polygons (lists of rings), line parts are lines."""
    kind = raw.geometry_type
    if not kind or raw.coordinates in (None, []):
        raise BadGeometry("file", "第 {index} 个要素没有几何图形（空要素）。", index=raw.index)
    if kind not in LAYER_TYPES[layer]:
        if layer == "communities":
            raise BadGeometry("file", "第 {index} 个要素是 {kind}：社区/网格图层只接受多边形（Polygon、MultiPolygon）。",
                              index=raw.index, kind=kind[:30])
        raise BadGeometry("file", "第 {index} 个要素是 {kind}：道路/建筑图层只接受线和多边形。", index=raw.index, kind=kind[:30])
    c = raw.coordinates
    if kind == "Polygon":
        return "polygon", [conv.polygon(c, raw.index)]
    if kind == "MultiPolygon":
        if not isinstance(c, (list, tuple)) or not c:
            raise BadGeometry("file", "第 {index} 个要素的多边形是空的。", index=raw.index)
        return "polygon", [conv.polygon(p, raw.index) for p in c]
    if kind == "LineString":
        return "line", [conv.line(c, raw.index)]
    if not isinstance(c, (list, tuple)) or not c:
        raise BadGeometry("file", "第 {index} 个要素的线是空的。", index=raw.index)
    return "line", [conv.line(line, raw.index) for line in c]


def _bbox(kind: str, parts: list) -> tuple[float, float, float, float]:
    points = [p for poly in parts for ring in poly for p in ring] if kind == "polygon" else \
        [p for line in parts for p in line]
    return (min(p[0] for p in points), min(p[1] for p in points), max(p[0] for p in points),
            max(p[1] for p in points))


# -- names -----------------------------------------------------------------------------------------------------------
def normal_name(name: Any) -> str:
    return _SPACES.sub("", str(name if name is not None else ""))


def _stem(name: str) -> str:
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name


class NameMatcher:
    """Finds the 社区 a name in a file means (see the module doc)."""

    def __init__(self, communities: Iterable[str]) -> None:
        self.by_name: dict[str, str] = {}
        self.by_stem: dict[str, str] = {}
        for c in communities:
            self.by_name[normal_name(c)] = c
            self.by_stem.setdefault(_stem(normal_name(c)), c)

    def __call__(self, value: Any) -> str | None:
        name = normal_name(value)
        if not name:
            return None
        return self.by_name.get(name) or self.by_name.get(name + "社区") or self.by_stem.get(_stem(name))


def choose_name_property(features: Sequence[files.RawFeature], match: NameMatcher) -> str:
    """The property whose values match the most 社区; else one whose name says it is a name; else ""."""
    names = files.property_names(features)
    best, best_hits = "", 0
    for prop in names:
        hits = len({match(f.properties.get(prop)) for f in features} - {None})
        if hits > best_hits:
            best, best_hits = prop, hits
    if best:
        return best
    for hint in _NAME_HINTS:
        for prop in names:
            if hint in prop.lower():
                return prop
    return ""


# -- importing ---------------------------------------------------------------------------------------------------
def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def import_layer(*, session: Session, path: Path, layer: str, crs: str, name_property: str | None, actor_id: int,
                 now: datetime, write: bool, file_name: str | None = None) -> dto.MapImportReport:
    """Read, check, convert and match a boundary file; with ``write`` replace the layer with it (one event)."""
    check_choices(layer, crs)
    raw, kind = files.read(path)
    if not raw:
        raise files.UnreadableMapFile("file", "文件中没有要素（空图层）。")
    communities = [n for (n,) in session.execute(select(Community.name).where(Community.active).order_by(Community.name))]
    all_ids = dict(session.execute(select(Community.name, Community.id)).all())
    match = NameMatcher(all_ids)
    props = files.property_names(raw)
    if name_property:
        if name_property not in props:
            raise MissingProperty("name_property", "文件中没有属性“{name}”。文件中的属性有：{available}。",
                                  name=name_property[:64], available="、".join(props[:30]) or "（无）")
        prop = name_property
    else:
        prop = choose_name_property(raw, match) if layer == "communities" else next(
            (p for hint in _NAME_HINTS for p in props if hint in p.lower()), "")
    conv = _Converter(crs)
    rows: list[dict[str, Any]] = []
    matched: list[tuple[str, str]] = []
    unmatched: list[str] = []
    boxes = []
    for f in raw:
        geom_kind, parts = _geometry(f, layer, conv)
        box = _bbox(geom_kind, parts)
        boxes.append(box)
        name = normal_name(f.properties.get(prop)) if prop else ""
        community = match(name) if layer == "communities" else None
        if layer == "communities":
            if community is None:
                unmatched.append(name)
            else:
                matched.append((name, community))
        rows.append({"layer": layer, "name": name[:200], "community_id": all_ids.get(community) if community else None,
                     "kind": geom_kind, "geometry": json.dumps(parts, separators=(",", ":")),
                     "min_lon": box[0], "min_lat": box[1], "max_lon": box[2], "max_lat": box[3]})
    bbox = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
    found = {c for _, c in matched}
    missing = tuple(c for c in communities if c not in found) if layer == "communities" else ()
    report = dict(layer=layer, file_name=(file_name or path.name)[:255], file_kind=kind, crs=crs, name_property=prop,
                  properties=tuple(props), features=len(raw), vertices=conv.vertices, matched=tuple(matched),
                  unmatched=tuple(unmatched), missing=missing, bbox=bbox)
    if not write:
        return dto.MapImportReport(**report)
    sha = sha256_of(path)
    import_id = session.execute(insert(MapImport.__table__).returning(MapImport.__table__.c.id), {
        "layer": layer, "file_name": report["file_name"], "sha256": sha, "name_property": prop[:64], "crs": crs,
        "at": now, "by_id": actor_id, "features": len(raw), "matched": len(matched),
        "unmatched": len(unmatched)}).scalar_one()
    session.execute(delete(MapFeature.__table__).where(MapFeature.__table__.c.layer == layer))
    session.execute(insert(MapFeature.__table__), [{**r, "import_id": import_id} for r in rows])
    audit.record(session=session, ticket_id=None, actor_id=actor_id, at=now, kind="map_import", subject=f"map:{layer}",
                 note=report["file_name"][:200], changes={
                     "file": (None, report["file_name"]), "sha256": (None, sha), "crs": (None, crs),
                     "name_property": (None, prop), "features": (None, len(raw)), "matched": (None, len(matched)),
                     "unmatched": (None, len(unmatched))})
    return dto.MapImportReport(**report, written=True, import_id=import_id)


# -- reading the layers -------------------------------------------------------------------------------------------
def _tuples(value: Any) -> Any:
    if isinstance(value, list):
        if value and isinstance(value[0], (int, float)):
            return tuple(value)
        return tuple(_tuples(v) for v in value)
    return value


def layers(session: Session) -> dto.MapLayers:
    names = dict(session.execute(select(Community.id, Community.name)).all())
    f = MapFeature.__table__.c
    communities, roads, boxes = [], [], []
    for layer, name, cid, kind, geometry, *box in session.execute(
            select(f.layer, f.name, f.community_id, f.kind, f.geometry, f.min_lon, f.min_lat, f.max_lon, f.max_lat)
            .order_by(f.layer, f.id)):
        parts = _tuples(json.loads(geometry))
        boxes.append(tuple(box))
        if layer == "communities":
            communities.append(dto.Boundary(name, names.get(cid), parts, tuple(box)))
        elif kind == "polygon":
            roads.extend(dto.Line(name, True, rings[:1]) for rings in parts)
        else:
            roads.append(dto.Line(name, False, parts))
    bbox = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes),
            max(b[3] for b in boxes)) if boxes else None
    m = MapImport.__table__.c
    last = session.execute(select(m.file_name, m.crs, m.at).where(m.layer == "communities").order_by(m.id.desc())
                           .limit(1)).first()
    return dto.MapLayers(tuple(communities), tuple(roads), bbox, tuple(last) if last else None)


def community_at(session: Session, lon: float, lat: float) -> str | None:
    """The 社区 whose boundary holds the point (the first found), or None."""
    f = MapFeature.__table__.c
    for cid, geometry in session.execute(
            select(f.community_id, f.geometry).where(f.layer == "communities", f.community_id.is_not(None),
                                                     f.min_lon <= lon, f.max_lon >= lon, f.min_lat <= lat,
                                                     f.max_lat >= lat)):
        if coords.point_in_parts(lon, lat, json.loads(geometry)):
            return session.scalar(select(Community.name).where(Community.id == cid))
    return None


# -- the filters ---------------------------------------------------------------------------------------------------
def _midnight(d: date, tz: tzinfo) -> datetime:
    return datetime.combine(d, time(0), tz).astimezone(timezone.utc)


def check_query(q: dto.MapQuery) -> None:
    if q.state not in STATES:
        raise ValidationError("state", "未知的状态筛选：{value}（可选：all、open、overdue、closed）。", value=str(q.state)[:40])
    if q.start is not None and q.end is not None and q.end < q.start:
        raise ValidationError("end", "结束日期 {end} 早于开始日期 {start}。", end=q.end.isoformat(), start=q.start.isoformat())
    if q.category is not None and (not isinstance(q.category, str) or len(q.category) > 64):
        raise ValidationError("category", "分类无效。")


def _period(q: dto.MapQuery, tz: tzinfo) -> tuple[datetime | None, datetime | None]:
    since = _midnight(q.start, tz) if q.start is not None else None
    until = _midnight(q.end + timedelta(days=1), tz) if q.end is not None else None
    return since, until


def _conditions(session: Session, q: dto.MapQuery, tz: tzinfo, now: datetime) -> list:
    """The WHERE terms of the filters on ``ticket`` (merged repeats left out: counted as their parent)."""
    t = Ticket.__table__.c
    since, until = _period(q, tz)
    # (on SQLite not "parent_id IS NULL": that WHERE term tempts its planner into the parent_id index, a scan of
    # every problem; ids are positive, so 0 stands for none. PostgreSQL guesses such an expression matches 0.5% of
    # the rows and groups a million of them by sorting on disk instead of hashing: twice as slow)
    if session.get_bind().dialect.name == "sqlite":
        out = [func.coalesce(t.parent_id, 0) == 0]
    else:
        out = [t.parent_id.is_(None)]
    if since is not None:
        out.append(t.created_at >= since)
    if until is not None:
        out.append(t.created_at < until)
    if q.category:
        out.append(t.category_id.in_(_category_ids(_categories(session.connection()), q.category)))
    if q.state == "open":
        out.append(t.closed_at.is_(None))
    elif q.state == "closed":
        out.append(t.closed_at.is_not(None))
    elif q.state == "overdue":
        out.append(t.next_due <= now)
    return out


def _mapped_communities(session: Session) -> set[str]:
    f = MapFeature.__table__.c
    return set(session.scalars(select(Community.name).join(MapFeature, MapFeature.community_id == Community.id)
                               .where(f.layer == "communities").distinct()))


def summary(session: Session, *, q: dto.MapQuery, tz: tzinfo, now: datetime, basic_weight: float,
            pinned: dict[str, int] | None = None) -> dto.MapSummary:
    """Per 社区 with a boundary: the count under the filters, how many of them have a point, and the period's
    解决率 and 满意率 (see the module doc). ``pinned``: the points per 社区 when the caller has them already (the
    pins' aggregate counts them in the same pass, :func:`pins`)."""
    check_query(q)
    t = Ticket.__table__.c
    cond = _conditions(session, q, tz, now)
    # The overdue are few and found by their due instant; grouping by the bare column would have SQLite walk the
    # whole (community, created_at) index instead, to group without sorting (0.9 s at a million tickets).
    group = func.coalesce(t.community, "") if q.state == "overdue" else t.community
    counts = dict(session.execute(select(group, func.count()).where(*cond).group_by(group)).all())
    if pinned is None:  # the ticket's copy of its point, in ix_ticket_map_point
        pinned = dict(session.execute(select(group, func.count()).where(*cond, t.lon.is_not(None))
                                      .group_by(group)).all())
    # The callbacks keep their ticket's 社区 and category (models.entities.Callback.community): the rates come from
    # ix_callback_map alone, no callback joined to its ticket.
    c = Callback.__table__.c
    since, until = _period(q, tz)
    cb_cond = [c.contacted.is_(True)]
    if since is not None:
        cb_cond.append(c.at >= since)
    if until is not None:
        cb_cond.append(c.at < until)
    if q.category:
        cb_cond.append(c.category_id.in_(_category_ids(_categories(session.connection()), q.category)))
    rates = {r[0]: r[1:] for r in session.execute(
        select(c.community, func.count(),
               func.sum(case((c.resolved.is_(True), 1), else_=0)),
               func.sum(case((c.satisfaction == "satisfied", 1), else_=0)),
               func.sum(case((c.satisfaction == "basically_satisfied", 1), else_=0)))
        .where(*cb_cond).group_by(c.community))}
    mapped = _mapped_communities(session)
    rows = []
    for name in sorted(mapped):
        reached, resolved, satisfied, basic = rates.get(name, (0, 0, 0, 0))
        rows.append(dto.CommunityFigures(
            community=name, count=counts.get(name, 0), pinned=pinned.get(name, 0),
            resolution=Ratio.of(resolved or 0, reached or 0),
            satisfaction=Ratio.of((satisfied or 0) + basic_weight * (basic or 0), reached or 0)))
    total = sum(counts.values())
    return dto.MapSummary(query=q, at=now, rows=tuple(rows), elsewhere=total - sum(r.count for r in rows), total=total)


def _deadline(next_due: datetime | None, next_warn: datetime | None, now: datetime) -> str:
    if next_due is None:
        return "done"
    if next_due <= now:
        return "overdue"
    if next_warn is not None and next_warn <= now:
        return "warning"
    return "running"


def check_bbox(bbox: Sequence[float]) -> tuple[float, float, float, float]:
    try:
        x0, y0, x1, y1 = (float(v) for v in bbox)
    except (TypeError, ValueError):
        raise ValidationError("bbox", "地图范围无效。") from None
    if not all(math.isfinite(v) for v in (x0, y0, x1, y1)) or x1 <= x0 or y1 <= y0:
        raise ValidationError("bbox", "地图范围无效。")
    return x0, y0, x1, y1


def pins(session: Session, *, q: dto.MapQuery, tz: tzinfo, now: datetime, bbox: Sequence[float],
         max_pins: int = MAX_PINS, cells: int = GRID_CELLS) -> dto.PinsView:
    """The tickets with a point in ``bbox`` (min lon, min lat, max lon, max lat): grouped per grid cell in the
    database, or one by one when no more than ``max_pins`` are in it."""
    check_query(q)
    x0, y0, x1, y1 = check_bbox(bbox)
    if not 1 <= max_pins <= 20_000 or not 1 <= cells <= 400:
        raise ValidationError("max_pins", "地图点数上限无效。")
    t = Ticket.__table__.c
    # The ticket's copy of its point (Ticket.lon/lat): the tickets with a point are one partial index holding
    # every column read here (ix_ticket_map_point), read over the period's range of created_at (or whole), no
    # point joined to its ticket. The overdue (few) come by their due instant instead.
    cond = [*_conditions(session, q, tz, now), t.lon.is_not(None), t.lon >= x0, t.lon <= x1, t.lat >= y0, t.lat <= y1]
    cw, ch = (x1 - x0) / cells, (y1 - y0) / cells
    sqlite = session.get_bind().dialect.name == "sqlite"
    if not sqlite:
        cx, cy = func.floor((t.lon - x0) / cw), func.floor((t.lat - y0) / ch)
    else:  # (lon - x0) >= 0 in the box: truncation is the floor; SQLite may lack floor()
        cx, cy = cast((t.lon - x0) / cw, Integer), cast((t.lat - y0) / ch, Integer)
    # The cell as one number (cx, cy in 0..cells: a point on the box's far edge is in a cell of its own): SQLite
    # groups by sorting, and one integer sorts faster than two (some 200 ms less at 400,000 points).
    key = cx * (cells + 1) + cy
    overdue = func.sum(case((t.next_due <= now, 1), else_=0))
    figures = (func.count(), cast(func.sum(t.lon), Float), cast(func.sum(t.lat), Float), overdue)
    if sqlite and q.state != "overdue":
        # SQLite groups by sorting, and the points of a long period do not fit in its sort's memory (it spills to
        # disk): one 社区 at a time instead (ix_ticket_map_point holds them together), each sorted in memory, about
        # half the time at 400,000 points. The 社区 come from the index too (the next one after each).
        groups = []
        community = session.scalar(select(func.min(t.community)).where(t.lon.is_not(None)))
        while community is not None:
            groups.extend((community, *row) for row in session.execute(
                select(key, *figures).where(*cond, t.community == community).group_by(key)))
            community = session.scalar(select(func.min(t.community)).where(t.lon.is_not(None),
                                                                            t.community > community))
    else:  # one pass: per cell and 社区 (the 社区's points counted on the way), cells merged here
        groups = session.execute(select(t.community, key, *figures).where(*cond).group_by(t.community, key)).all()
    per_community: dict[str, int] = {}
    cells: dict[int, list[float]] = {}
    for community, k, n, slon, slat, od in groups:
        per_community[community] = per_community.get(community, 0) + n
        cell = cells.setdefault(int(k), [0, 0.0, 0.0, 0])
        cell[0] += n
        cell[1] += float(slon)
        cell[2] += float(slat)
        cell[3] += int(od or 0)
    total = sum(per_community.values())
    counted = tuple(sorted(per_community.items()))
    if total > max_pins:
        return dto.PinsView((x0, y0, x1, y1), total, clusters=tuple(
            dto.Cluster(slon / n, slat / n, n, od) for n, slon, slat, od in cells.values()), per_community=counted)
    # (sorted here, not by the database: ORDER BY id tempts SQLite into reading the whole table in id order)
    rows = sorted(session.execute(select(t.id, t.number, t.title, t.lon, t.lat, t.next_due, t.next_warn, t.urgency)
                                  .where(*cond)).all())
    return dto.PinsView((x0, y0, x1, y1), total, pins=tuple(
        dto.Pin(tid, number, title, lon, lat, _deadline(due, warn, now), urgency)
        for tid, number, title, lon, lat, due, warn, urgency in rows), per_community=counted)


def community_tickets(session: Session, *, q: dto.MapQuery, tz: tzinfo, now: datetime, community: str,
                      limit: int = MAX_LIST) -> dto.CommunityTickets:
    """The tickets of one 社区 under the filters, newest first (at most ``limit``), and how many there are."""
    check_query(q)
    if session.execute(select(Community.id).where(Community.name == community)).first() is None:
        raise ValidationError("community", "未知社区：{name}", name=str(community)[:64])
    t = Ticket.__table__.c
    p = TicketPoint.__table__.c
    cond = [*_conditions(session, q, tz, now), t.community == community]
    total = session.scalar(select(func.count()).select_from(Ticket.__table__).where(*cond)) or 0
    rows = session.execute(select(t.number, t.title, t.state, t.created_at, p.ticket_id.is_not(None))
                           .select_from(Ticket.__table__.outerjoin(TicketPoint.__table__, p.ticket_id == t.id))
                           .where(*cond).order_by(t.created_at.desc(), t.id.desc()).limit(limit)).all()
    return dto.CommunityTickets(community, total, tuple((n, title, state, at, bool(has)) for n, title, state, at, has
                                                       in rows))


def project_map(session: Session, now: datetime) -> dto.MapPicture | None:
    """The boundaries and the projects' places, no ticket figures (the 项目进度通报's map); None without boundaries."""
    layers_ = layers(session)
    if layers_.bbox is None:
        return None
    return dto.MapPicture(layers_, dto.MapSummary(dto.MapQuery(), now, (), 0, 0), None,
                          project_markers(session, now))


def project_markers(session: Session, now: datetime) -> tuple[dto.ProjectMarker, ...]:
    """The projects that have a place, each with its milestones late at ``now`` (one statement: the count is a
    correlated subquery, desk.projects.lifecycle.milestones.late_count)."""
    pl = ProjectPlace.__table__.c
    pr = Project.__table__.c
    rows = session.execute(select(pr.number, pr.name, pr.stage, pl.kind, pl.lon, pl.lat, pl.geometry,
                                  late_count(pr.id, now))
                           .select_from(ProjectPlace.__table__.join(Project.__table__, pr.id == pl.project_id))
                           .order_by(pr.number)).all()
    return tuple(dto.ProjectMarker(n, name, stage, kind, lon, lat, _tuples(json.loads(g)) if kind == "line" else (),
                                   int(late or 0))
                 for n, name, stage, kind, lon, lat, g, late in rows)


# -- points ---------------------------------------------------------------------------------------------------------
def check_point(lon: Any, lat: Any, crs: str = "wgs84", *, field: str = "point") -> tuple[float, float]:
    """A point in China as WGS84 (converted from GCJ-02 when ``crs`` says so); ValidationError otherwise."""
    if crs not in MAP_CRS:
        raise ValidationError("crs", "未知的坐标系：{value}（可选：wgs84、gcj02）。", value=str(crs)[:40])
    try:
        lon, lat = float(lon), float(lat)
    except (TypeError, ValueError):
        raise ValidationError(field, "坐标须为数字（经度、纬度）。") from None
    if not (math.isfinite(lon) and math.isfinite(lat)) or not coords.in_china(lon, lat):
        raise ValidationError(field, "坐标（{lon}, {lat}）不在中国境内（经度在前、纬度在后）。", lon=f"{lon:.6f}"[:20],
                              lat=f"{lat:.6f}"[:20])
    if crs == "gcj02":
        lon, lat = coords.gcj02_to_wgs84(lon, lat)
    return round(lon, PLACES), round(lat, PLACES)


def point_of(session: Session, ticket: Ticket) -> dto.TicketPointInfo:
    row = session.get(TicketPoint, ticket.id)
    if row is None:
        return dto.TicketPointInfo(ticket.number, None, None, None)
    return dto.TicketPointInfo(ticket.number, row.lon, row.lat, row.source, community_at(session, row.lon, row.lat))


def set_point(*, session: Session, ticket: Ticket, lon: float | None, lat: float | None, actor_id: int,
              now: datetime, source: str = "clerk", describe: bool = True) -> dto.TicketPointInfo | None:
    """Set, move or (``lon``/``lat`` None) remove a ticket's point (already checked by :func:`check_point`); one
    ``locate`` event on the ticket's timeline. Returns the point and its 社区 (None with ``describe`` False: the
    ticket verbs that store a point with their own change answer with the ticket)."""
    row = session.get(TicketPoint, ticket.id)
    before = f"{row.lon:.7f},{row.lat:.7f}" if row is not None else None
    if lon is None or lat is None:
        if row is None:
            return dto.TicketPointInfo(ticket.number, None, None, None)
        session.delete(row)
        after = None
    else:
        if row is None:
            session.add(TicketPoint(ticket_id=ticket.id, lon=lon, lat=lat, source=source, set_at=now,
                                    set_by_id=actor_id))
        else:
            row.lon, row.lat, row.source, row.set_at, row.set_by_id = lon, lat, source, now, actor_id
        after = f"{lon:.7f},{lat:.7f}"
    if before != after:
        # the copy on the ticket that the map's aggregates read (Core: a point is not an edit of the ticket, whose
        # version stays)
        session.execute(update(Ticket.__table__).where(Ticket.__table__.c.id == ticket.id).values(lon=lon, lat=lat))
        audit.record(session=session, ticket_id=ticket.id, actor_id=actor_id, at=now, kind="locate",
                     changes={"point": (before, after)})
    session.flush()
    return point_of(session, ticket) if describe else None


def add_points(session: Session, rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``ticket_point`` rows (tickets that have none yet: the imports, the demo) and copy each point onto its
    ticket (``Ticket.lon``/``lat``, what the map's aggregates read)."""
    if not rows:
        return
    session.execute(insert(TicketPoint.__table__), list(rows))
    t = Ticket.__table__
    session.execute(update(t).where(t.c.id == bindparam("b_id")).values(lon=bindparam("b_lon"), lat=bindparam("b_lat")),
                    [{"b_id": r["ticket_id"], "b_lon": r["lon"], "b_lat": r["lat"]} for r in rows])


def imported_points(values: Sequence[tuple[int, Any, Any]]) -> list[dict[str, Any]]:
    """The ``ticket_point`` rows of imported tickets whose coordinates (WGS84, as the 12345 export gives them) are
    numbers inside China; others are left out (the ticket is counted at its 社区)."""
    out = []
    for tid, lon, lat in values:
        if lon in (None, "") or lat in (None, ""):
            continue
        try:
            x, y = check_point(lon, lat)
        except ValidationError:
            continue
        out.append({"ticket_id": tid, "lon": x, "lat": y, "source": "imported"})
    return out


def set_project_place(*, session: Session, project: Project, kind: str | None, path: Sequence[Sequence[float]],
                      crs: str, actor_id: int, now: datetime) -> dto.ProjectMarker | None:
    """A project's point (one pair) or line (two or more), or none (``kind`` None); an event in its history."""
    row = session.get(ProjectPlace, project.id)
    before = row.geometry if row is not None else None
    if kind is None:
        if row is not None:
            session.delete(row)
        marker = None
        after = None
    else:
        if kind not in ("point", "line"):
            raise ValidationError("kind", "项目位置须为点（point）或线（line）。")
        if not isinstance(path, (list, tuple)) or not path:
            raise ValidationError("path", "没有坐标。")
        if len(path) > 10_000:
            raise ValidationError("path", "线的点过多（最多 10000 个）。")
        pts = [check_point(*(list(p)[:2] if isinstance(p, (list, tuple)) else (p, None)), crs, field="path")
               for p in path]
        if kind == "point" and len(pts) != 1:
            raise ValidationError("path", "点位置须只有一对坐标。")
        if kind == "line" and len(pts) < 2:
            raise ValidationError("path", "线位置至少需要两个点。")
        lon, lat = pts[len(pts) // 2]
        after = json.dumps(pts, separators=(",", ":"))
        if row is None:
            session.add(ProjectPlace(project_id=project.id, kind=kind, geometry=after, lon=lon, lat=lat, set_at=now,
                                     set_by_id=actor_id))
        else:
            row.kind, row.geometry, row.lon, row.lat, row.set_at, row.set_by_id = kind, after, lon, lat, now, actor_id
        marker = dto.ProjectMarker(project.number, project.name, project.stage, kind, lon, lat,
                                   tuple(pts) if kind == "line" else (), _late_of(session, project.id, now))
    if before != after:
        audit.record(session=session, ticket_id=None, actor_id=actor_id, at=now, kind="map_place",
                     subject=f"project:{project.number}", changes={"place": (before, after)})
    return marker


def _late_of(session: Session, project_id: int, now: datetime) -> int:
    return int(session.scalar(select(late_count(project_id, now))) or 0)


def find_project(session: Session, number: str) -> Project:
    p = session.scalar(select(Project).where(Project.number == number))
    if p is None:
        raise NotFound("没有编号为 {number} 的项目。", number=str(number)[:20])
    return p


__all__ = ["MAX_PINS", "STATES", "BadGeometry", "MissingProperty", "NameMatcher", "add_points", "check_bbox",
           "check_choices", "check_point", "check_query", "community_at", "community_tickets", "find_project", "import_layer",
           "imported_points", "layers", "pins", "point_of", "project_markers", "set_point",
           "set_project_place", "summary"]
