"""The offline map (一张图, issue 17) through the façade and the command line, on both databases: importing boundaries
from GeoJSON and Shapefile (made here), matching names to the 社区 list, GCJ-02 against published reference points,
point in 社区, tickets' points and their events, the figures per 社区, pins and clusters, projects' places, and bad
input (nothing stored)."""
from __future__ import annotations

import json
import zipfile
from datetime import date

import pytest
from sqlalchemy import select

from desk import cli
from desk.errors import NotFound, PermissionDenied, ValidationError
from desk.geo import coords, files
from desk.geo.dto import MapQuery
from desk.geo.service import BadGeometry, MissingProperty, NameMatcher
from helpers import snapshot
from map_files import collection, feature, road, square, street, write_geojson, write_shapefile
from models import Event, MapFeature, TicketPoint


# -- coordinates ------------------------------------------------------------------------------------------------
def test_gcj02_against_published_reference_points():
    # wandergis/coordtransform's published example (test/app.js): WGS84 (116.404, 39.915) <-> GCJ-02
    lon, lat = coords.wgs84_to_gcj02(116.404, 39.915)
    assert lon == pytest.approx(116.41024449916938, abs=1e-9) and lat == pytest.approx(39.91640428150164, abs=1e-9)
    # its one-step inverse of (116.404, 39.915) is (116.39775550083061, 39.91359571849836); ours iterates to the exact
    # preimage, within a few centimetres of that approximation
    wlon, wlat = coords.gcj02_to_wgs84(116.404, 39.915)
    assert wlon == pytest.approx(116.39775550083061, abs=5e-6) and wlat == pytest.approx(39.91359571849836, abs=5e-6)
    back = coords.wgs84_to_gcj02(wlon, wlat)
    assert back == pytest.approx((116.404, 39.915), abs=1e-8)  # the round trip: under a millimetre
    # Shanghai, Guangzhou: the offset is some hundreds of metres, and the inverse undoes it
    for p in ((121.4737, 31.2304), (113.2644, 23.1291)):
        g = coords.wgs84_to_gcj02(*p)
        assert 1e-4 < abs(g[0] - p[0]) + abs(g[1] - p[1]) < 1e-2
        assert coords.gcj02_to_wgs84(*g) == pytest.approx(p, abs=1e-8)
    assert coords.wgs84_to_gcj02(2.35, 48.85) == (2.35, 48.85)  # outside China: unchanged


def test_point_in_polygon_and_self_intersection():
    ring = square(116.40, 39.90)[0]
    assert coords.point_in_polygon(116.405, 39.905, [ring])
    assert not coords.point_in_polygon(116.415, 39.905, [ring])
    hole = [[116.403, 39.903], [116.407, 39.903], [116.407, 39.907], [116.403, 39.907], [116.403, 39.903]]
    assert not coords.point_in_polygon(116.405, 39.905, [ring, hole])
    assert coords.point_in_polygon(116.401, 39.901, [ring, hole])
    bow_tie = [[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]
    assert coords.self_intersects(bow_tie) and not coords.self_intersects(ring)


def test_name_matching():
    match = NameMatcher(["幸福社区", "和平里社区", "光明社区"])
    assert match("幸福") == "幸福社区"
    assert match(" 幸福 社区 ") == "幸福社区"
    assert match("和平里社区居委会") == "和平里社区"
    assert match("光明社区居民委员会") == "光明社区"
    assert match("无名村") is None and match("") is None and match(None) is None


# -- importing ---------------------------------------------------------------------------------------------------
def test_geojson_import_matches_names_and_replaces_the_layer(world, tmp_path):
    admin = world.admin
    path = write_geojson(tmp_path / "street.geojson", street())
    before = snapshot(world.desk)
    preview = admin.preview_map_import(str(path))
    assert snapshot(world.desk) == before  # a preview writes nothing
    assert preview.name_property == "名称"  # chosen: its values match the most 社区
    assert preview.properties == ("名称", "编码")
    assert dict(preview.matched) == {"幸福": "幸福社区", "和平里社区居委会": "和平里社区", "光明社区": "光明社区"}
    assert preview.unmatched == ("无名村",)
    assert set(preview.missing) == {"建设社区", "文化社区", "长安社区"}
    assert preview.crs == "wgs84" and preview.features == 4 and not preview.written
    r = admin.import_map_layer(str(path))
    assert r.written and r.import_id
    layers = admin.map_layers()
    assert sorted(b.community or "" for b in layers.communities) == ["", "光明社区", "和平里社区", "幸福社区"]
    assert layers.bbox == pytest.approx((116.40, 39.90, 116.42, 39.92))
    assert layers.source[0] == "street.geojson" and layers.source[1] == "wgs84"
    # again, with two features: the layer is replaced, not added to
    small = collection(street()["features"][:2])
    admin.import_map_layer(str(write_geojson(tmp_path / "small.geojson", small)), name_property="名称")
    assert len(admin.map_layers().communities) == 2
    with world.desk.unit(write=False) as (s, _):
        kinds = s.scalars(select(Event.kind).where(Event.subject == "map:communities")).all()
    assert kinds == ["map_import", "map_import"]


def test_gcj02_import_is_converted_and_says_so(world, tmp_path):
    path = write_geojson(tmp_path / "gcj.geojson", street())
    r = world.admin.import_map_layer(str(path), crs="gcj02")
    assert r.crs == "gcj02"
    b = next(b for b in world.admin.map_layers().communities if b.community == "幸福社区")
    expected = coords.gcj02_to_wgs84(116.40, 39.90)
    assert b.parts[0][0][0] == pytest.approx(expected, abs=1e-7)
    assert world.admin.map_layers().source[1] == "gcj02"


def test_shapefile_import_beside_and_zipped(world, tmp_path):
    shp = write_shapefile(tmp_path / "社区边界")
    r = world.admin.import_map_layer(str(shp), name_property="NAME")
    assert r.file_kind == "shapefile" and r.features == 4 and len(r.matched) == 3
    b = next(b for b in world.admin.map_layers().communities if b.community == "光明社区")
    assert coords.point_in_parts(116.405, 39.915, b.parts)
    # a GBK attribute table without a .cpg, zipped: read as GB18030
    (tmp_path / "g").mkdir()
    gbk = write_shapefile(tmp_path / "g" / "gbk", encoding="gbk")
    gbk.with_suffix(".cpg").unlink()
    z = tmp_path / "边界.zip"
    with zipfile.ZipFile(z, "w") as zf:
        for ext in (".shp", ".shx", ".dbf"):
            zf.write(gbk.with_suffix(ext), f"gbk{ext}")
    r = world.admin.preview_map_import(str(z))
    assert r.name_property == "NAME" and dict(r.matched)["幸福"] == "幸福社区"


def test_roads_layer_takes_lines(world, tmp_path):
    r = world.admin.import_map_layer(str(write_geojson(tmp_path / "roads.geojson", road())), layer="roads")
    assert r.layer == "roads" and r.features == 2 and r.matched == () and r.missing == ()
    roads = world.admin.map_layers().roads
    assert sorted(x.name for x in roads) == ["和平里东街", "幸福路"]


BAD = {
    "not json": ("{\"type\": \"FeatureCollection\", \"features\": [", files.UnreadableMapFile, "不是有效的 GeoJSON"),
    "not geojson": (json.dumps({"hello": 1}), files.UnreadableMapFile, "缺少 type"),
    "a point": (collection([feature("幸福", {"type": "Point", "coordinates": [116.4, 39.9]})]), BadGeometry,
                "只接受多边形"),
    "empty geometry": (collection([feature("幸福", None)]), BadGeometry, "没有几何图形"),
    "empty polygon": (collection([feature("幸福", {"type": "Polygon", "coordinates": []})]), BadGeometry, "空"),
    "self-intersecting": (collection([feature("幸福", {"type": "Polygon", "coordinates": [
        [[116.40, 39.90], [116.41, 39.91], [116.41, 39.90], [116.40, 39.91], [116.40, 39.90]]]})]), BadGeometry,
        "自相交"),
    "outside China": (collection([feature("幸福", {"type": "Polygon", "coordinates": square(2.35, 48.85)})]),
                      BadGeometry, "不在中国境内"),
    "latitude first": (collection([feature("幸福", {"type": "Polygon", "coordinates": [
        [[39.90, 116.40], [39.91, 116.40], [39.91, 116.41], [39.90, 116.40]]]})]), BadGeometry, "经度在前"),
    "text coordinates": (collection([feature("幸福", {"type": "Polygon", "coordinates": [
        [["116.4", "39.9"], [116.41, 39.9], [116.41, 39.91], [116.4, 39.9]]]})]), BadGeometry, "坐标无效"),
    "no features": (collection([]), files.UnreadableMapFile, "没有要素"),
}


@pytest.mark.parametrize("case", list(BAD))
def test_bad_files_store_nothing(world, tmp_path, case):
    doc, error, words = BAD[case]
    admin = world.admin
    admin.import_map_layer(str(write_geojson(tmp_path / "good.geojson", street())))  # a layer already there
    before = snapshot(world.desk)
    path = write_geojson(tmp_path / "bad.geojson", doc)
    with pytest.raises(error) as exc:
        admin.import_map_layer(str(path))
    assert words in exc.value.message
    assert snapshot(world.desk) == before


def test_missing_property_huge_file_and_missing_dbf_store_nothing(world, tmp_path):
    admin = world.admin
    before = snapshot(world.desk)
    path = write_geojson(tmp_path / "street.geojson", street())
    with pytest.raises(MissingProperty) as exc:
        admin.import_map_layer(str(path), name_property="NAME")
    assert exc.value.field == "name_property" and "名称" in exc.value.message  # the properties it has
    huge = tmp_path / "huge.geojson"
    with huge.open("wb") as f:
        f.truncate(200 * 1024 * 1024)  # 200 MB (sparse): refused before it is read
    with pytest.raises(files.MapFileTooLarge):
        admin.import_map_layer(str(huge))
    shp = write_shapefile(tmp_path / "nodbf")
    shp.with_suffix(".dbf").unlink()
    with pytest.raises(files.MissingShapefilePart) as exc:
        admin.import_map_layer(str(shp))
    assert ".dbf" in exc.value.message
    broken = tmp_path / "broken.shp"
    broken.write_bytes(files.SHP_MAGIC + b"\x00" * 20)
    (tmp_path / "broken.shx").write_bytes(b"\x00" * 10)
    (tmp_path / "broken.dbf").write_bytes(b"\x00" * 10)
    with pytest.raises(files.UnreadableMapFile):
        admin.import_map_layer(str(broken))
    with pytest.raises(ValidationError) as exc:
        admin.import_map_layer(str(path), crs="bd09")
    assert exc.value.field == "crs"
    assert snapshot(world.desk) == before


def test_only_an_administrator_imports(world, tmp_path):
    path = write_geojson(tmp_path / "street.geojson", street())
    with pytest.raises(PermissionDenied):
        world.clerk.import_map_layer(str(path))


# -- points and figures -------------------------------------------------------------------------------------------
@pytest.fixture
def mapped(world, tmp_path):
    world.admin.import_map_layer(str(write_geojson(tmp_path / "street.geojson", street())))
    return world


def test_ticket_point_set_corrected_cleared_on_the_timeline(mapped):
    clerk = mapped.clerk
    n = mapped.new_ticket(community="幸福社区").number
    assert clerk.ticket_point(n).lon is None
    info = clerk.set_ticket_point(n, 116.405, 39.905)
    assert (info.lon, info.lat, info.source, info.community_at_point) == (116.405, 39.905, "clerk", "幸福社区")
    info = clerk.set_ticket_point(n, 116.415, 39.905)  # corrected: in 和平里社区's boundary now
    assert info.community_at_point == "和平里社区"
    g = coords.wgs84_to_gcj02(116.405, 39.905)
    assert clerk.set_ticket_point(n, *g, crs="gcj02").lon == pytest.approx(116.405, abs=1e-7)
    clerk.clear_ticket_point(n)
    assert clerk.ticket_point(n).lon is None
    timeline = [e for e in clerk.ticket(n).events if e.kind == "locate"]
    assert len(timeline) == 4
    before = snapshot(mapped.desk)
    for bad in ((2.35, 48.85), ("x", 39.9), (float("nan"), 39.9), (39.905, 116.405)):
        with pytest.raises(ValidationError):
            clerk.set_ticket_point(n, *bad)
    with pytest.raises(NotFound):
        clerk.set_ticket_point("2026-999999", 116.405, 39.905)
    with pytest.raises(PermissionDenied):
        mapped.responder().set_ticket_point(n, 116.405, 39.905)
    assert snapshot(mapped.desk) == before


def test_the_ticket_dialogs_point_goes_with_the_ticket_in_one_transaction(mapped):
    """create_ticket/update_ticket take the point the clerk set on the ticket dialog's map: stored with the ticket,
    moved, left alone (None) or removed (()); each change one locate event; bad points refuse the whole change."""
    clerk = mapped.clerk
    t = mapped.new_ticket(point=(116.405, 39.905))
    info = clerk.ticket_point(t.number)
    assert (info.lon, info.lat, info.source, info.community_at_point) == (116.405, 39.905, "clerk", "幸福社区")
    assert [e.kind for e in t.events] == ["create", "locate"]
    assert mapped.new_ticket().number and clerk.ticket_point(mapped.new_ticket().number).lon is None
    clerk.update_ticket(t.number, title="幸福路早市占道（已核实）")  # no point given: left as it is
    assert clerk.ticket_point(t.number).lon == 116.405
    clerk.update_ticket(t.number, point=[116.415, 39.905])  # moved: into 和平里社区's boundary
    assert clerk.ticket_point(t.number).community_at_point == "和平里社区"
    clerk.update_ticket(t.number, point=())
    assert clerk.ticket_point(t.number).lon is None
    assert [e.kind for e in clerk.ticket(t.number).events if e.kind in ("update", "locate")] == [
        "locate", "update", "locate", "locate"]
    before = snapshot(mapped.desk)
    for bad in ((2.35, 48.85), (116.4,), ("x", 39.9), (116.4, 39.9, 1.0), "116.4,39.9"):
        with pytest.raises(ValidationError):
            mapped.new_ticket(point=bad)
        with pytest.raises(ValidationError):
            clerk.update_ticket(t.number, title="改了", point=bad)
    assert snapshot(mapped.desk) == before
    with pytest.raises(PermissionDenied):
        mapped.responder().update_ticket(t.number, point=(116.405, 39.905))
    assert snapshot(mapped.desk) == before


def test_figures_per_community_follow_the_filters(mapped):
    clerk = mapped.clerk
    a = mapped.new_ticket(community="幸福社区").number
    b = mapped.new_ticket(community="幸福社区", category="道路交通").number
    c = mapped.new_ticket(community="光明社区").number
    mapped.new_ticket(community="建设社区")  # no boundary: counted elsewhere
    clerk.set_ticket_point(a, 116.405, 39.905)
    clerk.cancel(c, reason="重复")
    s = clerk.map_summary()
    rows = {r.community: r for r in s.rows}
    assert set(rows) == {"幸福社区", "和平里社区", "光明社区"}
    assert (rows["幸福社区"].count, rows["幸福社区"].pinned, rows["光明社区"].count) == (2, 1, 1)
    assert s.total == 4 and s.elsewhere == 1
    rows = {r.community: r.count for r in clerk.map_summary(MapQuery(state="open")).rows}
    assert rows == {"幸福社区": 2, "和平里社区": 0, "光明社区": 0}
    rows = {r.community: r.count for r in clerk.map_summary(MapQuery(category="道路交通")).rows}
    assert rows["幸福社区"] == 1
    rows = {r.community: r.count for r in clerk.map_summary(MapQuery(start=date(2026, 12, 1))).rows}
    assert rows["幸福社区"] == 0  # the clock stands in November
    listed = clerk.map_community_tickets("幸福社区")
    assert listed.total == 2 and {r[0] for r in listed.rows} == {a, b}
    assert dict((r[0], r[4]) for r in listed.rows) == {a: True, b: False}
    with pytest.raises(ValidationError):
        clerk.map_summary(MapQuery(state="late"))
    with pytest.raises(ValidationError):
        clerk.map_community_tickets("火星社区")
    with pytest.raises(PermissionDenied):
        mapped.responder().map_summary()


def test_rates_are_the_reports(mapped):
    from core.helpers import Office

    o = Office(mapped)
    n = o.ticket_in("closed")  # 幸福社区: one callback, reached, resolved, satisfied
    row = next(r for r in mapped.clerk.map_summary().rows if r.community == "幸福社区")
    assert row.resolution.value == 1.0 and row.satisfaction.value == 1.0 and row.resolution.whole == 1
    assert n


def test_pins_and_clusters(mapped):
    clerk = mapped.clerk
    numbers = [mapped.new_ticket(community="幸福社区").number for _ in range(6)]
    for i, n in enumerate(numbers):
        clerk.set_ticket_point(n, 116.401 + i * 0.001, 39.901 + (i % 2) * 0.005)
    box = (116.40, 39.90, 116.42, 39.92)
    view = clerk.map_pins(box)
    assert view.total == 6 and len(view.pins) == 6 and not view.clusters
    assert {p.number for p in view.pins} == set(numbers)
    assert {p.deadline for p in view.pins} <= {"done", "running", "warning", "overdue"}
    crowded = clerk.map_pins(box, max_pins=3)
    assert crowded.total == 6 and not crowded.pins and sum(c.count for c in crowded.clusters) == 6
    assert all(box[0] <= c.lon <= box[2] and box[1] <= c.lat <= box[3] for c in crowded.clusters)
    assert clerk.map_pins((116.41, 39.91, 116.42, 39.92)).total == 0  # another part of the map
    with pytest.raises(ValidationError):
        clerk.map_pins((116.42, 39.90, 116.40, 39.92))
    pic = clerk.map_picture()
    assert pic.pins.total == 6 and len(pic.layers.communities) == 4


def test_project_places(mapped):
    clerk = mapped.clerk
    p = clerk.create_project(name="幸福路改造", tickets=[mapped.new_ticket().number]).number
    m = clerk.set_project_place(p, "line", [[116.40, 39.905], [116.41, 39.905], [116.42, 39.905]])
    assert m.kind == "line" and (m.lon, m.lat) == (116.41, 39.905) and len(m.path) == 3
    clerk.set_project_place(p, "point", [[116.405, 39.905]])
    (marker,) = clerk.map_projects()
    assert (marker.number, marker.kind, marker.path) == (p, "point", ())
    history = [h for h in clerk.project(p).history if h.kind == "map_place"] if hasattr(
        clerk.project(p), "history") else None
    with mapped.desk.unit(write=False) as (s, _):
        assert s.scalar(select(Event.kind).where(Event.subject == f"project:{p}", Event.kind == "map_place")
                        .limit(1)) == "map_place"
    for bad in (("line", [[116.40, 39.905]]), ("point", [[116.4, 39.9], [116.41, 39.9]]), ("circle", [[116.4, 39.9]]),
                ("point", [[2.0, 48.0]])):
        with pytest.raises(ValidationError):
            clerk.set_project_place(p, *bad)
    clerk.set_project_place(p, None)
    assert clerk.map_projects() == ()
    assert history is None or len(history) >= 2


def test_imported_12345_rows_keep_their_coordinates(mapped, tmp_path):
    import csv

    path = tmp_path / "export.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(["工单编号", "问题分类", "主要内容", "村/社区", "经度", "纬度"])
        w.writerow(["GD001", "市容环境", "路灯不亮", "幸福社区", "116.405", "39.905"])
        w.writerow(["GD002", "市容环境", "垃圾堆放", "光明社区", "", ""])
        w.writerow(["GD003", "市容环境", "占道经营", "光明社区", "2.35", "48.85"])  # outside China: no point
    mapped.clerk.import_hotline(str(path))
    with mapped.desk.unit(write=False) as (s, _):
        points = s.execute(select(TicketPoint.lon, TicketPoint.lat, TicketPoint.source)).all()
    assert points == [(116.405, 39.905, "imported")]


# -- the command line ------------------------------------------------------------------------------------------
def test_command_line_import_json_readable_and_exit_2(world, db_url, tmp_path, capsys):
    path = write_geojson(tmp_path / "street.geojson", street())
    assert cli.main(["map", "import", str(path), "--db", db_url, "--dry-run", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["written"] is False and out["name_property"] == "名称" and out["unmatched"] == ["无名村"]
    assert cli.main(["map", "import", str(path), "--db", db_url, "--crs", "gcj02", "--name-property", "名称"]) == 0
    text = capsys.readouterr().out
    assert "已导入" in text and "GCJ-02" in text and "幸福→幸福社区" in text and "无名村" in text
    before = snapshot(world.desk)
    bad = write_geojson(tmp_path / "bad.geojson", "{oops")
    assert cli.main(["map", "import", str(bad), "--db", db_url]) == 2
    err = capsys.readouterr().err
    assert err.startswith("错误：") and "GeoJSON" in err and "Traceback" not in err
    assert cli.main(["map", "import", str(path), "--db", db_url, "--name-property", "NAME"]) == 2
    assert "--name-property" in capsys.readouterr().err
    assert snapshot(world.desk) == before
    with world.desk.unit(write=False) as (s, _):
        assert s.scalar(select(MapFeature.layer).limit(1)) == "communities"
