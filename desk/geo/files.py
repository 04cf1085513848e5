"""Reading boundary files: GeoJSON, and ESRI Shapefiles through pyshp (pure Python). Nothing here touches the database.

A file is read whole into :class:`RawFeature` (properties and geometry as the file has them, coordinates not yet
converted): boundary files of a street are small (a few MB), and anything above :data:`MAX_BYTES` is refused before
it is read. What a file holds is decided by its first bytes, not its name: ``{`` is GeoJSON, a zip holds a
Shapefile's parts, the Shapefile magic number (9994) is a ``.shp`` whose ``.shx`` and ``.dbf`` must lie beside it.
"""
from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desk.errors import ValidationError

#: The largest boundary file read (a street's 社区 and roads are a few MB; a province's are not for this map).
MAX_BYTES = 50 * 1024 * 1024
#: The most features and vertices one file may hold.
MAX_FEATURES = 20_000
MAX_VERTICES = 2_000_000
SHP_MAGIC = b"\x00\x00\x27\x0a"  # 9994, big-endian


class MapFileError(ValidationError):
    """The file as a whole cannot be imported (nothing is written)."""


class UnreadableMapFile(MapFileError):
    pass


class MapFileTooLarge(MapFileError):
    pass


class MissingShapefilePart(MapFileError):
    pass


@dataclass(frozen=True)
class RawFeature:
    """One feature as the file has it: its properties, its geometry type (GeoJSON's names: Polygon, MultiPolygon,
    LineString, MultiLineString, Point …) and its coordinates in GeoJSON's nesting."""

    index: int  # 1-based, as a person counts
    properties: dict[str, Any]
    geometry_type: str
    coordinates: Any


def read(path: Path) -> tuple[list[RawFeature], str]:
    """The features of a GeoJSON file, a ``.shp`` (with its ``.shx`` and ``.dbf`` beside it) or a ``.zip`` holding a
    Shapefile's parts; and the file's kind ("geojson" or "shapefile"). MapFileError when it cannot be read."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise UnreadableMapFile("file", "无法读取文件 {name}：{error}", name=path.name[:100],
                                error=exc.strerror or str(exc)) from None
    if path.is_dir():
        raise UnreadableMapFile("file", "{name} 是一个文件夹，请选择 GeoJSON 或 Shapefile 文件。", name=path.name[:100])
    if size > MAX_BYTES:
        raise MapFileTooLarge("file", "文件过大（{size} MB，最多 {limit} MB）：边界文件应只含本街道的社区、网格或道路。",
                              size=f"{size / 1024 / 1024:.0f}", limit=MAX_BYTES // 1024 // 1024)
    if size == 0:
        raise UnreadableMapFile("file", "文件 {name} 是空的。", name=path.name[:100])
    try:
        with path.open("rb") as f:
            head = f.read(4)
    except OSError as exc:
        raise UnreadableMapFile("file", "无法读取文件 {name}：{error}", name=path.name[:100],
                                error=exc.strerror or str(exc)) from None
    if head == SHP_MAGIC:
        return _read_shapefile_beside(path), "shapefile"
    if head.startswith(b"PK"):
        return _read_zip(path), "shapefile"
    return _read_geojson(path.read_bytes(), path.name), "geojson"


# -- GeoJSON ----------------------------------------------------------------------------------------------------
def _read_geojson(data: bytes, name: str) -> list[RawFeature]:
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise UnreadableMapFile("file", "文件 {name} 不是 GeoJSON（不是 UTF-8 文本）。", name=name[:100]) from None
    except json.JSONDecodeError as exc:
        raise UnreadableMapFile("file", "文件 {name} 不是有效的 GeoJSON：第 {line} 行第 {column} 列有误（{error}）。",
                                name=name[:100], line=exc.lineno, column=exc.colno, error=exc.msg) from None
    except RecursionError:
        raise UnreadableMapFile("file", "文件 {name} 不是有效的 GeoJSON（嵌套过深）。", name=name[:100]) from None
    if not isinstance(doc, dict) or "type" not in doc:
        raise UnreadableMapFile("file", "文件 {name} 不是 GeoJSON：缺少 type（应为 FeatureCollection）。", name=name[:100])
    kind = doc.get("type")
    if kind == "FeatureCollection":
        items = doc.get("features")
        if not isinstance(items, list):
            raise UnreadableMapFile("file", "GeoJSON 的 FeatureCollection 缺少 features 列表。")
    elif kind == "Feature":
        items = [doc]
    else:
        raise UnreadableMapFile("file", "GeoJSON 的类型是 {kind}：请导出为带属性的 FeatureCollection（每个要素有社区名称属性）。",
                                kind=str(kind)[:40])
    if len(items) > MAX_FEATURES:
        raise MapFileTooLarge("file", "文件有 {count} 个要素，最多 {limit} 个。", count=len(items), limit=MAX_FEATURES)
    out = []
    for i, item in enumerate(items, start=1):
        if not isinstance(item, dict) or item.get("type") != "Feature":
            raise UnreadableMapFile("file", "第 {index} 个要素不是 GeoJSON Feature。", index=i)
        props = item.get("properties") or {}
        if not isinstance(props, dict):
            raise UnreadableMapFile("file", "第 {index} 个要素的 properties 不是对象。", index=i)
        geom = item.get("geometry")
        if geom is None:
            out.append(RawFeature(i, props, "", None))
            continue
        if not isinstance(geom, dict) or not isinstance(geom.get("type"), str):
            raise UnreadableMapFile("file", "第 {index} 个要素的 geometry 无效。", index=i)
        if geom["type"] == "GeometryCollection":
            raise UnreadableMapFile("file", "第 {index} 个要素是 GeometryCollection：请拆分为多边形或线。", index=i)
        out.append(RawFeature(i, props, geom["type"], geom.get("coordinates")))
    return out


# -- Shapefile ----------------------------------------------------------------------------------------------------
def _sibling(path: Path, ext: str) -> Path | None:
    for p in path.parent.glob(f"{path.stem}.*"):
        if p.suffix.lower() == ext:
            return p
    return None


def _read_shapefile_beside(path: Path) -> list[RawFeature]:
    parts: dict[str, bytes] = {".shp": path.read_bytes()}
    for ext in (".shx", ".dbf", ".cpg", ".prj"):
        p = _sibling(path, ext)
        if p is not None:
            if p.stat().st_size > MAX_BYTES:
                raise MapFileTooLarge("file", "文件过大（{size} MB，最多 {limit} MB）：边界文件应只含本街道的社区、网格或道路。",
                                      size=f"{p.stat().st_size / 1024 / 1024:.0f}", limit=MAX_BYTES // 1024 // 1024)
            parts[ext] = p.read_bytes()
    return _read_shapefile(parts, path.name)


def _read_zip(path: Path) -> list[RawFeature]:
    try:
        with zipfile.ZipFile(path) as z:
            names = [n for n in z.namelist() if not n.endswith("/")]
            shp = [n for n in names if n.lower().endswith(".shp")]
            if not shp:
                raise UnreadableMapFile("file", "压缩包 {name} 中没有 .shp 文件。", name=path.name[:100])
            if len(shp) > 1:
                raise UnreadableMapFile("file", "压缩包 {name} 中有 {count} 个 .shp 文件，请一次导入一个图层。",
                                        name=path.name[:100], count=len(shp))
            stem = shp[0][:-4]
            parts: dict[str, bytes] = {}
            total = 0
            for n in names:
                if n[:-4].lower() == stem.lower() and n[-4:].lower() in (".shp", ".shx", ".dbf", ".cpg", ".prj"):
                    info = z.getinfo(n)
                    total += info.file_size
                    if total > MAX_BYTES:
                        raise MapFileTooLarge("file", "压缩包解压后超过 {limit} MB。", limit=MAX_BYTES // 1024 // 1024)
                    parts[n[-4:].lower()] = z.read(n)
    except zipfile.BadZipFile:
        raise UnreadableMapFile("file", "文件 {name} 不是有效的 zip 压缩包。", name=path.name[:100]) from None
    return _read_shapefile(parts, shp[0])


def _encoding(parts: dict[str, bytes]) -> str:
    cpg = parts.get(".cpg", b"").decode("ascii", "ignore").strip().lower()
    if cpg in ("utf-8", "utf8", "65001"):
        return "utf-8"
    if cpg in ("gbk", "cp936", "936", "gb2312", "gb18030"):
        return "gb18030"
    try:
        parts.get(".dbf", b"").decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        return "gb18030"  # Chinese GIS software writes the DBF in the system's code page without saying so


def _read_shapefile(parts: dict[str, bytes], name: str) -> list[RawFeature]:
    import shapefile  # pyshp

    if ".dbf" not in parts:
        raise MissingShapefilePart("file", "Shapefile {name} 缺少同名的 .dbf 文件（属性表，含社区名称）：请把 .shp、.shx、.dbf "
                                   "放在同一文件夹，或一起打包成 zip。", name=name[:100])
    if ".shx" not in parts:
        raise MissingShapefilePart("file", "Shapefile {name} 缺少同名的 .shx 文件（索引）：请把 .shp、.shx、.dbf 放在同一文件夹，"
                                   "或一起打包成 zip。", name=name[:100])
    prj = parts.get(".prj", b"").decode("latin-1", "ignore")
    if prj.lstrip().upper().startswith("PROJCS"):
        raise UnreadableMapFile("file", "Shapefile {name} 使用投影坐标（{projection}）：请在 GIS 软件中另存为经纬度坐标"
                                "（WGS84 或 GCJ-02）后再导入。", name=name[:100], projection=prj[8:60].split('"')[0])
    try:
        reader = shapefile.Reader(shp=io.BytesIO(parts[".shp"]), shx=io.BytesIO(parts[".shx"]),
                                  dbf=io.BytesIO(parts[".dbf"]), encoding=_encoding(parts), encodingErrors="replace")
        fields = [f[0] for f in reader.fields[1:]]
        if len(reader) > MAX_FEATURES:
            raise MapFileTooLarge("file", "文件有 {count} 个要素，最多 {limit} 个。", count=len(reader),
                                  limit=MAX_FEATURES)
        out = []
        for i, sr in enumerate(reader.iterShapeRecords(), start=1):
            props = dict(zip(fields, list(sr.record)))
            geo = sr.shape.__geo_interface__ if sr.shape.shapeType != shapefile.NULL else None
            if geo is None:
                out.append(RawFeature(i, props, "", None))
            else:
                out.append(RawFeature(i, props, geo["type"], _lists(geo["coordinates"])))
        reader.close()
        return out
    except MapFileError:
        raise
    except Exception as exc:  # noqa: BLE001 - pyshp raises ShapefileException, struct.error, IndexError … on bad bytes
        raise UnreadableMapFile("file", "无法读取 Shapefile {name}：{error}", name=name[:100],
                                error=f"{type(exc).__name__}: {exc}"[:200]) from None


def _lists(value: Any) -> Any:
    """pyshp's tuples as GeoJSON's lists."""
    if isinstance(value, (list, tuple)):
        if value and isinstance(value[0], (int, float)):
            return list(value)
        return [_lists(v) for v in value]
    return value


def property_names(features: Sequence[RawFeature]) -> list[str]:
    """Every property name, in the order first seen."""
    seen: dict[str, None] = {}
    for f in features:
        for k in f.properties:
            seen.setdefault(str(k), None)
    return list(seen)
