"""Coordinates: GCJ-02 ⇄ WGS84, the box of China, point in polygon, and the checks a polygon must pass.

GCJ-02 (国测局坐标, "Mars coordinates") is what Chinese web maps (高德, 腾讯, and 百度 before its own BD-09 offset)
show: WGS84 shifted by a published, deterministic formula by some hundreds of metres. The forward formula is the
well-known one (Krasovsky ellipsoid a = 6378245, e² = 0.00669342162296594323); it has no closed inverse, so
:func:`gcj02_to_wgs84` iterates the forward one (each step subtracts the remaining error; a few steps bring it under
a millimetre), which is more exact than the usual one-step approximation.
"""
from __future__ import annotations

import math
from collections.abc import Sequence

_A = 6378245.0
_EE = 0.00669342162296594323

#: The box the GCJ-02 formula applies in (outside it the formula leaves coordinates unchanged), which is also the
#: box the map accepts coordinates in: a street office's boundaries and points lie in China.
CHINA = (72.004, 0.8293, 137.8347, 55.8271)  # min lon, min lat, max lon, max lat

Point = tuple[float, float]


def in_china(lon: float, lat: float) -> bool:
    return CHINA[0] < lon < CHINA[2] and CHINA[1] < lat < CHINA[3]


def _transform_lat(x: float, y: float) -> float:
    ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * math.sqrt(abs(x))
    ret += (20.0 * math.sin(6.0 * x * math.pi) + 20.0 * math.sin(2.0 * x * math.pi)) * 2.0 / 3.0
    ret += (20.0 * math.sin(y * math.pi) + 40.0 * math.sin(y / 3.0 * math.pi)) * 2.0 / 3.0
    ret += (160.0 * math.sin(y / 12.0 * math.pi) + 320.0 * math.sin(y * math.pi / 30.0)) * 2.0 / 3.0
    return ret


def _transform_lon(x: float, y: float) -> float:
    ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * math.sqrt(abs(x))
    ret += (20.0 * math.sin(6.0 * x * math.pi) + 20.0 * math.sin(2.0 * x * math.pi)) * 2.0 / 3.0
    ret += (20.0 * math.sin(x * math.pi) + 40.0 * math.sin(x / 3.0 * math.pi)) * 2.0 / 3.0
    ret += (150.0 * math.sin(x / 12.0 * math.pi) + 300.0 * math.sin(x / 30.0 * math.pi)) * 2.0 / 3.0
    return ret


def _offset(lon: float, lat: float) -> Point:
    dlat = _transform_lat(lon - 105.0, lat - 35.0)
    dlon = _transform_lon(lon - 105.0, lat - 35.0)
    radlat = lat / 180.0 * math.pi
    magic = 1 - _EE * math.sin(radlat) ** 2
    sqrtmagic = math.sqrt(magic)
    dlat = (dlat * 180.0) / ((_A * (1 - _EE)) / (magic * sqrtmagic) * math.pi)
    dlon = (dlon * 180.0) / (_A / sqrtmagic * math.cos(radlat) * math.pi)
    return dlon, dlat


def wgs84_to_gcj02(lon: float, lat: float) -> Point:
    if not in_china(lon, lat):
        return lon, lat
    dlon, dlat = _offset(lon, lat)
    return lon + dlon, lat + dlat


def gcj02_to_wgs84(lon: float, lat: float, *, tolerance: float = 1e-9, steps: int = 10) -> Point:
    """The WGS84 point whose GCJ-02 image is (lon, lat), by iteration (error under ``tolerance`` degrees)."""
    if not in_china(lon, lat):
        return lon, lat
    dlon, dlat = _offset(lon, lat)
    wlon, wlat = lon - dlon, lat - dlat  # the usual one-step approximation: within a few metres
    for _ in range(steps):
        glon, glat = wgs84_to_gcj02(wlon, wlat)
        elon, elat = glon - lon, glat - lat
        if abs(elon) < tolerance and abs(elat) < tolerance:
            break
        wlon, wlat = wlon - elon, wlat - elat
    return wlon, wlat


# -- polygons ----------------------------------------------------------------------------------------------------
def point_in_ring(lon: float, lat: float, ring: Sequence[Sequence[float]]) -> bool:
    """Even-odd ray casting (a point exactly on an edge may fall either way)."""
    inside = False
    n = len(ring)
    j = n - 1
    for i in range(n):
        xi, yi = ring[i][0], ring[i][1]
        xj, yj = ring[j][0], ring[j][1]
        if (yi > lat) != (yj > lat) and lon < (xj - xi) * (lat - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def point_in_polygon(lon: float, lat: float, rings: Sequence[Sequence[Sequence[float]]]) -> bool:
    """In the outer ring (rings[0]) and in none of its holes."""
    if not rings or not point_in_ring(lon, lat, rings[0]):
        return False
    return not any(point_in_ring(lon, lat, hole) for hole in rings[1:])


def point_in_parts(lon: float, lat: float, parts: Sequence[Sequence[Sequence[Sequence[float]]]]) -> bool:
    """In any polygon of a multipolygon."""
    return any(point_in_polygon(lon, lat, rings) for rings in parts)


def ring_area(ring: Sequence[Sequence[float]]) -> float:
    """Signed area (shoelace) in square degrees."""
    s = 0.0
    for i in range(len(ring) - 1):
        s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1]
    return s / 2.0


def centroid(ring: Sequence[Sequence[float]]) -> Point:
    """The centroid of a ring (its vertices' mean when it has no area)."""
    a = ring_area(ring)
    if abs(a) < 1e-18:
        n = max(len(ring), 1)
        return sum(p[0] for p in ring) / n, sum(p[1] for p in ring) / n
    cx = cy = 0.0
    for i in range(len(ring) - 1):
        f = ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1]
        cx += (ring[i][0] + ring[i + 1][0]) * f
        cy += (ring[i][1] + ring[i + 1][1]) * f
    return cx / (6 * a), cy / (6 * a)


def _orient(a: Sequence[float], b: Sequence[float], c: Sequence[float]) -> float:
    return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])


def _segments_cross(p1, p2, p3, p4) -> bool:
    """Proper crossing or touching of two segments (collinear overlaps count)."""
    d1, d2 = _orient(p3, p4, p1), _orient(p3, p4, p2)
    d3, d4 = _orient(p1, p2, p3), _orient(p1, p2, p4)
    if ((d1 > 0 > d2) or (d1 < 0 < d2)) and ((d3 > 0 > d4) or (d3 < 0 < d4)):
        return True

    def on(a, b, c) -> bool:
        return min(a[0], b[0]) <= c[0] <= max(a[0], b[0]) and min(a[1], b[1]) <= c[1] <= max(a[1], b[1])

    return ((d1 == 0 and on(p3, p4, p1)) or (d2 == 0 and on(p3, p4, p2)) or (d3 == 0 and on(p1, p2, p3))
            or (d4 == 0 and on(p1, p2, p4)))


def self_intersects(ring: Sequence[Sequence[float]]) -> bool:
    """Whether two non-adjacent edges of a closed ring meet: a sweep over the edges sorted by their left end, each
    compared only with the edges whose x-range overlaps it (about n log n for a boundary's usual shape)."""
    n = len(ring) - 1  # edges; ring[-1] == ring[0]
    if n < 3:
        return False
    edges = sorted(range(n), key=lambda i: min(ring[i][0], ring[i + 1][0]))
    active: list[int] = []
    for i in edges:
        a, b = ring[i], ring[i + 1]
        left = min(a[0], b[0])
        active = [j for j in active if max(ring[j][0], ring[j + 1][0]) >= left]
        for j in active:
            if abs(i - j) == 1 or abs(i - j) == n - 1:  # neighbours share a vertex
                continue
            if _segments_cross(a, b, ring[j], ring[j + 1]):
                return True
        active.append(i)
    return False
