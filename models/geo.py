"""The offline map (一张图, issue 17): the boundaries an administrator imports, the points of tickets and the places
of projects. Coordinates are stored in WGS84 longitude/latitude (degrees); a boundary imported in GCJ-02 was
converted on the way in (its import row says which system the file used)."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UTCDateTime

#: The layers of the map: 社区/网格 polygons, and roads or buildings drawn for orientation only.
MAP_LAYERS = ("communities", "roads")
#: The coordinate systems an import may say its file uses.
MAP_CRS = ("wgs84", "gcj02")
#: Where a ticket's point came from: a 12345 export's coordinates, or a clerk who set it on the map.
POINT_SOURCES = ("imported", "clerk")
#: What a project's place is: a point (a building), or a line (a road being rebuilt).
PLACE_KINDS = ("point", "line")


def _among(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({','.join(repr(v) for v in values)})"


class MapImport(Base):
    """One import of a layer: the file, the property read as the name, the coordinate system, who and when, and
    what matched. The layer's features are replaced by each import (the previous rows stay as history)."""

    __tablename__ = "map_import"
    __table_args__ = (
        CheckConstraint(_among("layer", MAP_LAYERS), name="layer"),
        CheckConstraint(_among("crs", MAP_CRS), name="crs"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    layer: Mapped[str] = mapped_column(String(16))
    file_name: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64))
    name_property: Mapped[str] = mapped_column(String(64), default="")
    crs: Mapped[str] = mapped_column(String(8))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    features: Mapped[int] = mapped_column(Integer, default=0)
    matched: Mapped[int] = mapped_column(Integer, default=0)
    unmatched: Mapped[int] = mapped_column(Integer, default=0)


class MapFeature(Base):
    """A polygon (社区, 网格) or a line (a road) of the current layers, in WGS84. ``geometry`` is JSON: a list of
    parts, each a list of rings (polygons: the outer ring first, then holes) or one line, each a list of
    [lon, lat]. A community's feature names the 社区 it was matched to (several 网格 may name one 社区)."""

    __tablename__ = "map_feature"
    __table_args__ = (
        CheckConstraint(_among("layer", MAP_LAYERS), name="layer"),
        Index("ix_map_feature_layer", "layer", "community_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    import_id: Mapped[int] = mapped_column(ForeignKey("map_import.id"))
    layer: Mapped[str] = mapped_column(String(16))
    #: The value of the import's name property ("" when the feature has none).
    name: Mapped[str] = mapped_column(String(200), default="")
    community_id: Mapped[int | None] = mapped_column(ForeignKey("community.id"))
    #: polygon | line
    kind: Mapped[str] = mapped_column(String(8))
    geometry: Mapped[str] = mapped_column(Text)
    min_lon: Mapped[float] = mapped_column(Float)
    min_lat: Mapped[float] = mapped_column(Float)
    max_lon: Mapped[float] = mapped_column(Float)
    max_lat: Mapped[float] = mapped_column(Float)


class TicketPoint(Base):
    """Where a ticket is, when somebody knows: a 12345 export's coordinates or a clerk's click on the map. A ticket
    without one is counted at its 社区 and never drawn as a pin (no fake precision)."""

    __tablename__ = "ticket_point"
    __table_args__ = (
        CheckConstraint(_among("source", POINT_SOURCES), name="source"),
        CheckConstraint("lon BETWEEN -180 AND 180 AND lat BETWEEN -90 AND 90", name="range"),
        # the map's pins and clusters read a box of points
        Index("ix_ticket_point_lon_lat", "lon", "lat", "ticket_id"),
    )

    ticket_id: Mapped[int] = mapped_column(ForeignKey("ticket.id"), primary_key=True, autoincrement=False)
    lon: Mapped[float] = mapped_column(Float)
    lat: Mapped[float] = mapped_column(Float)
    source: Mapped[str] = mapped_column(String(16))
    set_at: Mapped[datetime] = mapped_column(UTCDateTime())
    set_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))


class ProjectPlace(Base):
    """Where a project is: a point or a line (``geometry``: JSON list of [lon, lat], one pair for a point), in
    WGS84; ``lon``/``lat`` is where its marker is drawn (the point, or the line's middle vertex). Keyed by the
    project, beside models.projects (which it does not change)."""

    __tablename__ = "project_place"
    __table_args__ = (CheckConstraint(_among("kind", PLACE_KINDS), name="kind"),)

    project_id: Mapped[int] = mapped_column(ForeignKey("project.id"), primary_key=True, autoincrement=False)
    kind: Mapped[str] = mapped_column(String(8))
    geometry: Mapped[str] = mapped_column(Text)
    lon: Mapped[float] = mapped_column(Float)
    lat: Mapped[float] = mapped_column(Float)
    set_at: Mapped[datetime] = mapped_column(UTCDateTime())
    set_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
