"""The façade's verbs of the offline map (一张图, issue 17), combined into ``desk.ActingUser`` (see desk/verbs.py), and
the command line's door to the same services (``whistle-desk map import``, ``map render``)."""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from desk import settings as office_settings
from desk.geo import dto, service
from desk.verbs import permission

#: What ``map render --what`` draws.
RENDER_WHAT = ("tickets", "overdue", "projects")


def _basic_weight(s: Session) -> float:
    return float(office_settings.read(s)["report_basic_weight"])


def picture(s: Session, *, q: dto.MapQuery, tz, now, with_pins: bool = True, with_projects: bool = True,
            max_pins: int = service.MAX_PINS) -> dto.MapPicture:
    """Everything one drawing needs: the layers, the figures per 社区, the pins of the whole map, the projects."""
    layers = service.layers(s)
    pins = pinned = None
    if with_pins and layers.bbox is not None:
        x0, y0, x1, y1 = layers.bbox
        pins = service.pins(s, q=q, tz=tz, now=now, bbox=(x0 - 1e-4, y0 - 1e-4, x1 + 1e-4, y1 + 1e-4),
                            max_pins=max_pins)
        pinned = dict(pins.per_community)  # the map's box holds every point of its 社区
    summary = service.summary(s, q=q, tz=tz, now=now, basic_weight=_basic_weight(s), pinned=pinned)
    projects = service.project_markers(s, now) if with_projects else ()
    return dto.MapPicture(layers, summary, pins, projects)


class MapVerbs:
    """Verbs of the map (a mixin of ``desk.ActingUser``)."""

    def _map_tz(self, s: Session):
        return self.desk._timing(s).cal.tzinfo

    # -- boundaries ----------------------------------------------------------------------------------------------
    @permission("preview_map_import")
    def preview_map_import(self, path: str, *, layer: str = "communities", crs: str = "wgs84",
                           name_property: str | None = None) -> dto.MapImportReport:
        """Read and check a boundary file (GeoJSON, a .shp with its .shx and .dbf, or a .zip of them), convert it
        from ``crs`` to WGS84 and match its names to the 社区 list; writes nothing."""
        service.check_choices(layer, crs)
        with self._unit(write=False) as (s, now):
            return service.import_layer(session=s, path=Path(path), layer=layer, crs=crs, name_property=name_property,
                                        actor_id=self._me(s).id, now=now, write=False)

    @permission("import_map_layer")
    def import_map_layer(self, path: str, *, layer: str = "communities", crs: str = "wgs84",
                         name_property: str | None = None) -> dto.MapImportReport:
        """The same, and the layer replaced by the file's features (one transaction; one event)."""
        service.check_choices(layer, crs)
        with self._unit() as (s, now):
            return service.import_layer(session=s, path=Path(path), layer=layer, crs=crs, name_property=name_property,
                                        actor_id=self._me(s).id, now=now, write=True)

    # -- reading ------------------------------------------------------------------------------------------------
    @permission("map_layers")
    def map_layers(self) -> dto.MapLayers:
        """The boundaries and roads to draw (WGS84)."""
        with self._unit(write=False) as (s, _):
            return service.layers(s)

    @permission("map_summary")
    def map_summary(self, query: dto.MapQuery | None = None) -> dto.MapSummary:
        """Per 社区 on the map: the tickets under the filters, how many have a point, 解决率 and 满意率."""
        q = query or dto.MapQuery()
        service.check_query(q)
        with self._unit(write=False) as (s, now):
            return service.summary(s, q=q, tz=self._map_tz(s), now=now, basic_weight=_basic_weight(s))

    @permission("map_pins")
    def map_pins(self, bbox: Sequence[Any], query: dto.MapQuery | None = None, *,
                 max_pins: int = service.MAX_PINS) -> dto.PinsView:
        """The tickets with a point in ``bbox`` (min lon, min lat, max lon, max lat): pins, or counts per grid
        cell when more than ``max_pins``."""
        q = query or dto.MapQuery()
        service.check_query(q)
        box = service.check_bbox(bbox)
        with self._unit(write=False) as (s, now):
            return service.pins(s, q=q, tz=self._map_tz(s), now=now, bbox=box, max_pins=max_pins)

    @permission("map_picture")
    def map_picture(self, query: dto.MapQuery | None = None, *, max_pins: int = service.MAX_PINS) -> dto.MapPicture:
        """Layers, figures, the whole map's pins (or clusters) and the projects, in one snapshot (the page's
        first load)."""
        q = query or dto.MapQuery()
        service.check_query(q)
        with self._unit(write=False) as (s, now):
            return picture(s, q=q, tz=self._map_tz(s), now=now, max_pins=max_pins)

    @permission("map_community_tickets")
    def map_community_tickets(self, community: str, query: dto.MapQuery | None = None, *,
                              limit: int = service.MAX_LIST) -> dto.CommunityTickets:
        """A 社区's tickets under the map's filters, newest first (a click on the 社区)."""
        q = query or dto.MapQuery()
        with self._unit(write=False) as (s, now):
            return service.community_tickets(s, q=q, tz=self._map_tz(s), now=now, community=community,
                                             limit=max(1, min(limit, service.MAX_LIST)))

    @permission("map_projects")
    def map_projects(self) -> tuple[dto.ProjectMarker, ...]:
        """The projects that have a place, each with how many of its milestones are late at the desk's clock."""
        with self._unit(write=False) as (s, now):
            return service.project_markers(s, now)

    # -- points ---------------------------------------------------------------------------------------------------
    @permission("ticket_point")
    def ticket_point(self, number: str) -> dto.TicketPointInfo:
        from desk.tickets import queries

        with self._unit(write=False) as (s, _):
            return service.point_of(s, queries.find_ticket(s, self._viewer, number))

    @permission("set_ticket_point")
    def set_ticket_point(self, number: str, lon: Any, lat: Any, *, crs: str = "wgs84") -> dto.TicketPointInfo:
        """Set or correct where a ticket is (a click on the map; WGS84 unless ``crs`` is gcj02); an event on its
        timeline. Returns the point and the 社区 whose boundary holds it."""
        x, y = service.check_point(lon, lat, crs)
        with self._unit() as (s, now):
            t = self._lock_ticket(s, number)
            return service.set_point(session=s, ticket=t, lon=x, lat=y, actor_id=self._me(s).id, now=now)

    @permission("clear_ticket_point")
    def clear_ticket_point(self, number: str) -> dto.TicketPointInfo:
        """Remove a ticket's point (it is then counted at its 社区 only); an event on its timeline."""
        with self._unit() as (s, now):
            t = self._lock_ticket(s, number)
            return service.set_point(session=s, ticket=t, lon=None, lat=None, actor_id=self._me(s).id, now=now)

    @permission("set_project_place")
    def set_project_place(self, number: str, kind: str | None, path: Sequence[Any] = (), *,
                          crs: str = "wgs84") -> dto.ProjectMarker | None:
        """A project's place: a point (``[[lon, lat]]``), a line (a road being rebuilt: two or more pairs), or none
        (``kind`` None); an event in the project's history."""
        with self._unit() as (s, now):
            p = service.find_project(s, number)
            return service.set_project_place(session=s, project=p, kind=kind, path=list(path), crs=crs,
                                             actor_id=self._me(s).id, now=now)


# -- the command line (whoever holds the database credentials; changes recorded as the system account) ------------
def import_from_command_line(desk, path: str, *, layer: str, crs: str, name_property: str | None,
                             dry_run: bool) -> dto.MapImportReport:
    from desk.accounts import service as accounts

    service.check_choices(layer, crs)
    with desk.unit(write=not dry_run) as (s, now):
        return service.import_layer(session=s, path=Path(path), layer=layer, crs=crs, name_property=name_property,
                                    actor_id=accounts.system_user_id(s), now=now, write=not dry_run)


def picture_from_command_line(desk, *, what: str, q: dto.MapQuery) -> dto.MapPicture:
    """``whistle-desk map render``: tickets (the figures and pins under the filters), overdue (the same, overdue
    only) or projects (the boundaries and the projects' markers)."""
    from desk.errors import ValidationError

    if what not in RENDER_WHAT:
        raise ValidationError("what", "未知的地图内容：{value}（可选：tickets、overdue、projects）。", value=str(what)[:40])
    if what == "overdue":
        q = dto.MapQuery(q.start, q.end, q.category, "overdue")
    service.check_query(q)
    with desk.unit(write=False) as (s, now):
        tz = desk._timing(s).cal.tzinfo
        if what == "projects":
            return picture(s, q=q, tz=tz, now=now, with_pins=False)
        return picture(s, q=q, tz=tz, now=now, with_projects=False)
