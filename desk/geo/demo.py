"""The demo's map (issue 17): the invented street of resources/map (see its README.md) imported as the boundaries and
roads, and plausible points for some tickets and every project, inside their 社区."""
from __future__ import annotations

import json
import random
import sys
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.geo import coords, service
from models import Community, MapFeature, Project, Ticket

#: The share of the demo's tickets that carry a point (the hotline's with coordinates, a clerk's click).
POINT_SHARE = 0.4
STREET, ROADS = "demo-street.geojson", "demo-roads.geojson"
#: Project themes (desk.demo.PROJECT_THEMES) that are works along a line.
LINE_WORDS = ("管网", "道路", "小巷", "电网", "管线")


def map_dir() -> Path:
    """resources/map beside the packages (a checkout), or in the PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    candidates = ([Path(bundle) / "resources" / "map"] if bundle else []) + [
        Path(__file__).resolve().parents[2] / "resources" / "map"]
    return next((d for d in candidates if (d / STREET).is_file()), candidates[-1])


def _shapes(session: Session) -> dict[str, list]:
    f = MapFeature.__table__.c
    out: dict[str, list] = {}
    for name, geometry in session.execute(select(Community.name, f.geometry).join(
            MapFeature.__table__, f.community_id == Community.id).where(f.layer == "communities")):
        out.setdefault(name, []).extend(json.loads(geometry))
    return out


def point_inside(parts: list, rng: random.Random) -> tuple[float, float]:
    """A random point inside a multipolygon (rejection sampling in its box; its first corner if that fails)."""
    xs = [p[0] for poly in parts for p in poly[0]]
    ys = [p[1] for poly in parts for p in poly[0]]
    for _ in range(200):
        x, y = rng.uniform(min(xs), max(xs)), rng.uniform(min(ys), max(ys))
        if coords.point_in_parts(x, y, parts):
            return round(x, 7), round(y, 7)
    return coords.centroid(parts[0][0])


def add_map(session: Session, *, actor_id: int, now: datetime, rng: random.Random) -> int:
    """Import the demo street, give :data:`POINT_SHARE` of the tickets a point and every project a place.
    Returns how many tickets got a point. Does nothing when the files are missing (a stripped install)."""
    folder = map_dir()
    if not (folder / STREET).is_file():
        return 0
    service.import_layer(session=session, path=folder / STREET, layer="communities", crs="wgs84",
                         name_property="名称", actor_id=actor_id, now=now, write=True)
    if (folder / ROADS).is_file():
        service.import_layer(session=session, path=folder / ROADS, layer="roads", crs="wgs84", name_property="名称",
                             actor_id=actor_id, now=now, write=True)
    shapes = _shapes(session)
    t = Ticket.__table__.c
    rows = []
    for tid, community, source in session.execute(select(t.id, t.community, t.source).where(t.parent_id.is_(None))
                                                  .order_by(t.id)):
        parts = shapes.get(community)
        if parts is None or rng.random() >= POINT_SHARE:
            continue
        lon, lat = point_inside(parts, rng)
        rows.append({"ticket_id": tid, "lon": lon, "lat": lat, "source": "imported" if source == "12345" else "clerk",
                     "set_at": now, "set_by_id": actor_id})
    for i in range(0, len(rows), 5000):
        service.add_points(session, rows[i:i + 5000])
    names = dict(session.execute(select(Community.id, Community.name)).all())
    for p in session.scalars(select(Project).order_by(Project.id)):
        parts = shapes.get(names.get(p.community_id))
        if parts is None:
            continue
        if any(w in p.name for w in LINE_WORDS):
            a, b = point_inside(parts, rng), point_inside(parts, rng)
            path, kind = [a, ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2 + 0.0005), b], "line"
        else:
            path, kind = [point_inside(parts, rng)], "point"
        service.set_project_place(session=session, project=p, kind=kind, path=path, crs="wgs84", actor_id=actor_id,
                                  now=now)
    return len(rows)
