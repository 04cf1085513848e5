"""Boundary files made by the tests (issue 17): a small street of square 社区 around (116.40, 39.90), as GeoJSON and
as a Shapefile written with pyshp."""
from __future__ import annotations

import json
from pathlib import Path

#: name in the file -> (min lon, min lat); each 社区 is a 0.01° square. "幸福" and "和平里社区居委会" match the test
#: world's 幸福社区 and 和平里社区 (desk.geo.service.NameMatcher); 光明社区 matches as it is; 无名村 matches nothing.
SQUARES = {"幸福": (116.40, 39.90), "和平里社区居委会": (116.41, 39.90), "光明社区": (116.40, 39.91),
           "无名村": (116.41, 39.91)}
SIZE = 0.01


def square(x: float, y: float, s: float = SIZE) -> list[list[list[float]]]:
    return [[[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]]]


def feature(name: str | None, geometry: dict | None, **props) -> dict:
    properties = {"名称": name, "编码": f"C{len(name):03d}", **props} if name is not None else props
    return {"type": "Feature", "properties": properties, "geometry": geometry}


def collection(features: list[dict]) -> dict:
    return {"type": "FeatureCollection", "features": features}


def street() -> dict:
    return collection([feature(n, {"type": "Polygon", "coordinates": square(*xy)}) for n, xy in SQUARES.items()])


def write_geojson(path: Path, doc: dict | str) -> Path:
    path.write_text(doc if isinstance(doc, str) else json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def write_shapefile(base: Path, *, encoding: str = "utf-8", squares: dict | None = None) -> Path:
    """``base``.shp/.shx/.dbf (and .cpg) with one polygon per 社区; returns the .shp path."""
    import shapefile

    with shapefile.Writer(str(base), shapeType=shapefile.POLYGON, encoding=encoding) as w:
        w.field("NAME", "C", size=50)
        w.field("CODE", "N", size=5)
        for i, (name, (x, y)) in enumerate((squares or SQUARES).items()):
            ring = square(x, y)[0]
            w.poly([list(reversed(ring))])  # a Shapefile's outer rings run clockwise
            w.record(name, i)
    base.with_suffix(".cpg").write_text("UTF-8" if encoding == "utf-8" else "GBK")
    return base.with_suffix(".shp")


def road() -> dict:
    return collection([feature("幸福路", {"type": "LineString", "coordinates": [[116.40, 39.905], [116.42, 39.905]]}),
                       feature("和平里东街", {"type": "MultiLineString",
                                         "coordinates": [[[116.415, 39.90], [116.415, 39.92]]]})])
