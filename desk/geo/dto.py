"""What the map's verbs and queries return (frozen, plain data: no ORM objects, no Qt)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from desk.stats.data import Ratio

#: [lon, lat] pairs: a ring or a line.
Path = tuple[tuple[float, float], ...]


@dataclass(frozen=True)
class MapImportReport:
    """What an import of a boundary file found (and, unless a preview, stored)."""

    layer: str  # communities | roads
    file_name: str
    file_kind: str  # geojson | shapefile
    crs: str  # wgs84 | gcj02: the file's coordinate system (gcj02 was converted to WGS84)
    name_property: str  # the property read as the name ("" when none)
    properties: tuple[str, ...]  # every property name the file has
    features: int
    vertices: int
    #: (the name in the file, the 社区 it matched), in the file's order
    matched: tuple[tuple[str, str], ...]
    #: names in the file that match no 社区 of the list ("" for a feature without a name)
    unmatched: tuple[str, ...]
    #: active 社区 of the list that no feature matched
    missing: tuple[str, ...]
    #: the box of the imported features (WGS84): min lon, min lat, max lon, max lat
    bbox: tuple[float, float, float, float]
    written: bool = False
    import_id: int | None = None


@dataclass(frozen=True)
class Boundary:
    """A polygon feature: ``parts`` are polygons, each a tuple of rings (outer first)."""

    name: str
    community: str | None
    parts: tuple[tuple[Path, ...], ...]
    bbox: tuple[float, float, float, float]


@dataclass(frozen=True)
class Line:
    """A road or building outline (orientation only): ``parts`` are lines (or rings)."""

    name: str
    closed: bool
    parts: tuple[Path, ...]


@dataclass(frozen=True)
class MapLayers:
    communities: tuple[Boundary, ...]
    roads: tuple[Line, ...]
    #: the box of everything (None: nothing imported yet)
    bbox: tuple[float, float, float, float] | None
    #: how the communities layer came in: file name, crs, when (None: never)
    source: tuple[str, str, datetime] | None = None


@dataclass(frozen=True)
class MapQuery:
    """The map's filters, shared with the queue's: received in ``start``–``end`` (the office's local dates, both
    included; None: no bound), in a category (and everything below it), in a state: all, open (未结案), overdue
    (超期: a running clock past its due), closed (已结案或撤销)."""

    start: date | None = None
    end: date | None = None
    category: str | None = None
    state: str = "all"


@dataclass(frozen=True)
class CommunityFigures:
    community: str
    #: tickets (merged repeats counted once, as their parent) received in the period that pass the filters
    count: int
    #: of them, on the map as a pin (the others are only counted here)
    pinned: int
    #: callbacks made in the period to residents of the 社区 (the report's 解决率 and 满意率)
    resolution: Ratio
    satisfaction: Ratio


@dataclass(frozen=True)
class MapSummary:
    query: MapQuery
    at: datetime
    rows: tuple[CommunityFigures, ...]
    #: tickets that pass the filters but name no 社区 with a boundary on the map
    elsewhere: int
    total: int


@dataclass(frozen=True)
class Pin:
    ticket_id: int
    number: str
    title: str
    lon: float
    lat: float
    #: overdue | warning | running | done (no clock: closed, cancelled or not yet whistled)
    deadline: str
    urgency: str


@dataclass(frozen=True)
class Cluster:
    lon: float
    lat: float
    count: int
    overdue: int


@dataclass(frozen=True)
class PinsView:
    """The tickets with a point in a box: each pin when they are few (``pins``), else counts per grid cell."""

    bbox: tuple[float, float, float, float]
    total: int
    pins: tuple[Pin, ...] = ()
    clusters: tuple[Cluster, ...] = ()
    #: (社区, tickets with a point in the box) under the filters
    per_community: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class ProjectMarker:
    number: str
    name: str
    stage: str
    kind: str  # point | line
    lon: float
    lat: float
    path: Path = ()
    #: Milestones (and inspections' fixes) late at the instant asked about: not done, their planned due passed
    #: (desk.projects.service.late_where, the bulletin's 超期节点).
    late: int = 0


@dataclass(frozen=True)
class CommunityTickets:
    community: str
    total: int
    #: (number, title, state, received at, has a point), newest first
    rows: tuple[tuple[str, str, str, datetime, bool], ...] = field(default=())


@dataclass(frozen=True)
class TicketPointInfo:
    number: str
    lon: float | None
    lat: float | None
    source: str | None
    #: the 社区 whose boundary holds the point (None: none, or no boundaries)
    community_at_point: str | None = None


@dataclass(frozen=True)
class MapPicture:
    """Everything one drawing of the map needs (the page's first load, ``whistle-desk map render``)."""

    layers: MapLayers
    summary: MapSummary
    pins: PinsView | None
    projects: tuple[ProjectMarker, ...]
    title: str = ""
