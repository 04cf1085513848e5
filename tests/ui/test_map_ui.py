"""The map (issue 17) as widgets and offscreen: ``whistle-desk map render`` writes a PNG of the right size that is
not blank and whose 社区 are filled by their counts; the scene's shading follows the figures; the page shows a hint
when no boundaries exist; the import dialog previews (matched / unmatched names, the chosen property) and imports."""
from __future__ import annotations

import importlib.metadata
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))

from desk import cli  # noqa: E402
from desk.geo.dto import MapQuery  # noqa: E402
from map_files import street, write_geojson  # noqa: E402
from ui.map import render  # noqa: E402
from ui.map.import_dialog import MapImportDialog  # noqa: E402
from ui.map.page import MapPage  # noqa: E402
from ui.map.scene import COUNT_RAMP, MapScene, colour_for, count_breaks  # noqa: E402
from uitools import office, settings, settle  # noqa: E402,F401 - fixtures


class _EntryPoint:
    def __init__(self, name, fn):
        self.name, self._fn = name, fn

    def load(self):
        return self._fn


@pytest.fixture
def mapped(office, tmp_path):
    """The test street imported; 幸福社区 with three tickets, 和平里社区 with one, 光明社区 none."""
    office.admin.import_map_layer(str(write_geojson(tmp_path / "street.geojson", street())))
    for community, n in (("幸福社区", 3), ("和平里社区", 1)):
        for _ in range(n):
            office.new_ticket(community=community)
    return office


def _blend(colour: str, alpha: int = 215) -> QColor:
    c = QColor(colour)
    a = alpha / 255
    return QColor(*(round(v * a + 255 * (1 - a)) for v in (c.red(), c.green(), c.blue())))


def _has_colour(image: QImage, colour: QColor, tolerance: int = 3) -> int:
    """How many sampled pixels are ``colour`` (every 4th pixel each way)."""
    n = 0
    for y in range(0, image.height(), 4):
        for x in range(0, image.width(), 4):
            p = image.pixelColor(x, y)
            if all(abs(a - b) <= tolerance for a, b in ((p.red(), colour.red()), (p.green(), colour.green()),
                                                        (p.blue(), colour.blue()))):
                n += 1
    return n


def test_map_render_writes_a_png_whose_fills_follow_the_counts(mapped, tmp_path, monkeypatch, capsys, qapp):
    # the entry point as the installed package declares it (pyproject.toml); this checkout's metadata may be older
    monkeypatch.setattr(importlib.metadata, "entry_points",
                        lambda group: [_EntryPoint("qt", lambda url: 0), _EntryPoint("map_render", render.draw)])
    out = tmp_path / "map.png"
    url = mapped.desk.location
    assert cli.main(["map", "render", "--db", url, "--out", str(out), "--size", "900x700"]) == 0
    assert "已绘制地图" in capsys.readouterr().out
    image = QImage(str(out))
    assert (image.width(), image.height()) == (900, 700)
    colours = {image.pixelColor(x, y).rgb() for y in range(0, 700, 10) for x in range(0, 900, 10)}
    assert len(colours) > 20  # not blank
    # the counts 3 (幸福社区), 1 (和平里社区), 0 (光明社区): the largest in the darkest class, 0 in the lightest
    summary = mapped.clerk.map_summary(MapQuery())
    breaks = count_breaks(summary)
    three = colour_for("count", 3.0, breaks).name()
    one = colour_for("count", 1.0, breaks).name()
    assert three == COUNT_RAMP[-1] and one != three
    assert _has_colour(image, _blend(three)) > 200
    assert _has_colour(image, _blend(one)) > 200
    assert _has_colour(image, _blend(COUNT_RAMP[0])) > 200
    # the projects' map, and bad input: exit 2, one line, nothing drawn
    assert cli.main(["map", "render", "--db", url, "--out", str(tmp_path / "p.png"), "--what", "projects"]) == 0
    assert cli.main(["map", "render", "--db", url, "--out", str(tmp_path / "x.png"), "--period", "2026-13"]) == 2
    assert "--period" in capsys.readouterr().err
    assert cli.main(["map", "render", "--db", url, "--out", str(tmp_path)]) == 2  # a folder


def test_map_render_without_boundaries_or_gui(office, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(importlib.metadata, "entry_points", lambda group: [_EntryPoint("map_render", render.draw)])
    assert cli.main(["map", "render", "--db", office.desk.location, "--out", str(tmp_path / "m.png")]) == 1
    assert "还没有导入地图边界" in capsys.readouterr().err
    monkeypatch.setattr(importlib.metadata, "entry_points", lambda group: [])
    assert cli.main(["map", "render", "--db", office.desk.location, "--out", str(tmp_path / "m.png")]) == 1
    assert "map_render" in capsys.readouterr().err


def test_the_entry_point_is_declared_in_pyproject():
    text = (Path(__file__).resolve().parents[2] / "pyproject.toml").read_text(encoding="utf-8")
    assert 'map_render = "ui.map.render:draw"' in text


def test_scene_shades_by_the_chosen_figure(mapped, qapp):
    pic = mapped.clerk.map_picture()
    scene = MapScene()
    scene.show_picture(pic, "count")
    brushes = {name: item.brush().color().name() for name, item in scene.communities.items()}
    assert brushes["幸福社区"] == COUNT_RAMP[-1] and brushes["光明社区"] == COUNT_RAMP[0]
    assert scene.labels["幸福社区"].text() == "幸福社区\n3"
    assert scene.legend is not None and scene.legend.title == "工单数"
    scene.set_metric("satisfaction")  # no callbacks yet: no data
    assert scene.labels["幸福社区"].text() == "幸福社区\n—"
    assert scene.legend.title == "满意率"
    unmatched = [i for i in scene.boundaries if i.community is None]
    assert len(unmatched) == 1 and "未匹配" in unmatched[0].toolTip()


def test_page_without_boundaries_says_so(office, qtbot):
    page = MapPage(office.clerk, office.desk.office_tz(), now=office.clock.now)
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.shown()
    assert page.empty.isVisible() and not page.view.isVisible()
    assert "还没有导入社区边界" in page.empty.text()


def test_import_dialog_previews_then_imports(office, qtbot, tmp_path, monkeypatch):
    path = write_geojson(tmp_path / "street.geojson", street())
    dlg = MapImportDialog(office.admin)
    qtbot.addWidget(dlg)
    dlg.show()
    assert not dlg.preview_button.isEnabled() and not dlg.import_button.isEnabled()
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName", lambda *a, **k: (str(path), ""))
    with qtbot.waitSignal(dlg.previewed, timeout=10_000):
        qtbot.mouseClick(dlg.browse, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert dlg.matched.count() == 3 and "幸福 → 幸福社区" in [dlg.matched.item(i).text() for i in range(3)]
    unmatched = [dlg.unmatched.item(i).text() for i in range(dlg.unmatched.count())]
    assert "文件中：无名村" in unmatched and "无边界：长安社区" in unmatched
    assert dlg.name_property.currentText().startswith("自动") and dlg.name_property.count() == 3
    assert "名称属性 名称" in dlg.summary.text()
    assert dlg.import_button.isEnabled()
    assert office.admin.map_layers().bbox is None  # a preview writes nothing
    with qtbot.waitSignal(dlg.imported, timeout=10_000):
        qtbot.mouseClick(dlg.import_button, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert len(office.admin.map_layers().communities) == 4 and "已导入" in dlg.summary.text()
    # a bad file: the message, nothing imported
    bad = write_geojson(tmp_path / "bad.geojson", "{oops")
    dlg.path.setText(str(bad))
    qtbot.mouseClick(dlg.preview_button, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert "不是有效的 GeoJSON" in dlg.summary.text() and not dlg.import_button.isEnabled()
