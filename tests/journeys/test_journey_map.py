"""一张图 (issue 17): a clerk opens the map of the demo street (its invented boundaries are imported by the demo),
chooses 全部时间, clicks on a 社区 and sees its tickets listed with the count the map shows; opens one; marks where a
ticket without a point is by clicking on the map (stored, and drawn as a pin); clicks on that pin to open it; zooms
in with the wheel; and saves the map as a PNG."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest

from journey import answers, demo_template, journey, no_modal_exec, office, settings  # noqa: F401 - fixtures
from desk.geo.dto import MapQuery
from ui.map.scene import CommunityItem, PinItem


def _spot(view, wanted) -> QPoint:
    """A viewport point where ``wanted(item)`` holds for the topmost item (a person aims at a bare part of a 社区,
    or at a pin): searched on a grid over the viewport."""
    r = view.viewport().rect()
    for y in range(10, r.height() - 10, 7):
        for x in range(10, r.width() - 10, 7):
            p = QPoint(x, y)
            # well inside: the same kind of thing a few pixels around (a pixel at a border touches both sides)
            around = [p] if not isinstance(view.item_at(p), CommunityItem) else \
                [p + QPoint(dx, dy) for dx in (-8, 0, 8) for dy in (-8, 0, 8)]
            if all(wanted(view.item_at(q)) for q in around):
                return p
    raise AssertionError("nothing of the kind on screen")


def _click(j, view, pos: QPoint, *, double: bool = False) -> None:
    j._mouse(view.viewport(), pos, double=double)
    j.settle()


def test_a_clerk_clicks_a_community_and_sees_its_tickets(journey, office, qtbot, tmp_path, monkeypatch):
    j = journey("zhang.wei")
    w = j.window
    assert "地图" in [w.nav.item(i).text() for i in range(w.nav.count())]
    j.click_nav("地图")
    page = w.map_page
    j.wait(lambda: page.loaded_once and not page.loading)
    j.settle()
    assert w.stack.currentWidget() is w.hosted["map"][0] and page.view.isVisible()
    assert len(page.scene.communities) == 15  # the demo street's 社区, all matched
    j.shot("this-month")

    # -- 全部时间: every ticket of the demo counts
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        j.choose(page.period, "全部时间")
    j.settle()
    clerk = office.desk.login("zhang.wei", office.passwords["zhang.wei"])
    summary = clerk.map_summary(MapQuery())
    assert page.picture.summary.total == summary.total > 0
    figures = {r.community: r for r in summary.rows}
    name = max(figures, key=lambda n: figures[n].count)
    label = page.scene.labels[name].text()
    assert label.split("\n")[1] == str(figures[name].count)  # what the map shows on the 社区
    j.shot("all-time")

    # -- a click on the 社区 (where no pin is): its tickets beside the map, as many as the map counts
    spot = _spot(page.view, lambda it: isinstance(it, CommunityItem) and it.community == name)
    with qtbot.waitSignal(page.tickets_loaded, timeout=10_000):
        _click(j, page.view, spot)
    expected = clerk.map_community_tickets(name, MapQuery())
    assert expected.total == figures[name].count
    assert page.list_title.text().startswith(f"{name}：共 {expected.total} 张工单")
    assert page.ticket_list.count() == len(expected.rows)
    assert page.ticket_list.item(0).text().startswith(expected.rows[0][0])
    j.shot("community-list")

    # -- a double click on a ticket of the list: the detail pane shows it
    j.click_row(0, page.ticket_list)
    j.click_row(0, page.ticket_list, double=True)
    j.wait(lambda: j.detail_number() == expected.rows[0][0])
    j.shot("ticket-opened")

    # -- 标注位置: a ticket of the list without a point, then a click on the map where it is
    row = next(i for i, r in enumerate(expected.rows) if not r[4])
    number = expected.rows[row][0]
    j.click_row(row, page.ticket_list)
    assert page.place_button.isEnabled()
    j.click(page.place_button)
    assert page.placing == number and number in page.status_line.text()
    spot = _spot(page.view, lambda it: isinstance(it, CommunityItem) and it.community == name)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        _click(j, page.view, spot)
    j.settle()
    point = clerk.ticket_point(number)
    assert point.source == "clerk" and point.community_at_point == name
    assert "已标注" in j.status()
    pins = [it for it in page.scene.pin_items if isinstance(it, PinItem) and it.number == number]
    assert len(pins) == 1  # drawn where it was put
    assert any(e.kind == "locate" for e in clerk.ticket(number).events)
    j.shot("point-set")

    # -- a click on that pin opens its ticket
    j.click_nav("地图")
    j.settle()
    pin_pos = page.view.mapFromScene(pins[0].scenePos())
    assert isinstance(page.view.item_at(pin_pos), PinItem)
    _click(j, page.view, pin_pos)
    j.wait(lambda: j.detail_number() == number)

    # -- the wheel zooms in around the pointer
    before = page.view.zoom_level()
    QTest.mouseMove(page.view.viewport(), spot)
    from PySide6.QtCore import QPointF as _P
    from PySide6.QtGui import QWheelEvent

    wheel = QWheelEvent(_P(spot), _P(page.view.viewport().mapToGlobal(spot)), QPoint(0, 0), QPoint(0, 240),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    from PySide6.QtWidgets import QApplication

    QApplication.sendEvent(page.view.viewport(), wheel)
    j.settle()
    assert page.view.zoom_level() > before * 1.4
    j.shot("zoomed")

    # -- 导出图片…: a PNG of the whole map with its legend
    out = tmp_path / "地图.png"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(out), ""))
    j.click(page.export_button)
    image = QImage(str(out))
    assert image.width() == 1600 and image.height() == 1200
    assert "已导出" in page.status_line.text()
    assert QPointF  # (imported for readers of the spot helper)


def test_a_point_set_in_the_ticket_dialog_is_stored_and_drawn(journey, office, qtbot):
    """受理 with 在地图上标注…: the clerk clicks where the problem is on the dialog's map of the 社区; the ticket is
    stored with that point and the map page draws it as a pin; 编辑 shows it, 清除位置 removes it."""
    j = journey("zhang.wei")
    w = j.window
    clerk = office.desk.login("zhang.wei", office.passwords["zhang.wei"])
    name = clerk.map_summary(MapQuery()).rows[0].community
    dlg = j.press("create_ticket")
    j.type(dlg.title, "路灯不亮")
    j.key(None, Qt.Key.Key_Tab)
    j.type(dlg.description, "小区东门外三盏路灯一周没亮。")
    j.type(dlg.address, "东门外")
    j.type(dlg.community, name)
    assert dlg.location_text.text() == "未标注（只计入社区）" and not dlg.unlocate_button.isEnabled()

    # -- 在地图上标注…: the 社区 of the street, unshaded; a click puts the pin and names the 社区
    j.click(dlg.locate_button, settle=False)
    picker = dlg.picker
    j.wait(lambda: picker.isVisible() and picker.layers is not None)
    j.settle()
    assert not picker.ok_button.isEnabled() and picker.where.text() == "尚未标注"
    assert len(picker.scene.communities) == 15
    spot = _spot(picker.view, lambda it: isinstance(it, CommunityItem) and it.community == name)
    _click(j, picker.view, spot)
    assert picker.where.text().endswith(f"（{name}）") and picker.ok_button.isEnabled()
    lon, lat = picker.point
    assert picker.coordinates.text() == f"{lon:.6f}, {lat:.6f}"
    marker = picker.view.mapFromScene(picker.marker_pos())
    assert (marker - spot).manhattanLength() <= 2  # the pin is where the click was
    j.shot_dialog("picker", picker)
    j.click(picker.ok_button)
    assert not picker.isVisible()
    assert dlg.location_text.text() == f"经度 {lon:.6f}，纬度 {lat:.6f}" and dlg.unlocate_button.isEnabled()
    j.shot_dialog("ticket-with-point", dlg)
    j.press_ok(dlg)
    assert not dlg.isVisible(), dlg.error_text()
    number = j.status().split("已受理新工单 ")[-1]
    point = clerk.ticket_point(number)
    assert (point.lon, point.lat) == (round(lon, 7), round(lat, 7))
    assert (point.source, point.community_at_point) == ("clerk", name)

    # -- the map page draws it, where it was put
    j.click_nav("地图")
    page = w.map_page
    j.wait(lambda: page.loaded_once and not page.loading)
    j.settle()
    pins = [it for it in page.scene.pin_items if isinstance(it, PinItem) and it.number == number]
    assert len(pins) == 1
    assert page.scene.projection.lonlat(pins[0].scenePos()) == pytest.approx((lon, lat), abs=1e-6)
    j.shot("drawn")

    # -- 编辑: the dialog shows the stored point; typed GCJ-02 coordinates move it; 清除位置 removes it
    j.click_nav("待派")
    j.wait(lambda: number in j.rows())
    j.click_text(number)
    j.wait(lambda: j.detail_number() == number)
    dlg = j.press("update_ticket")
    j.wait(lambda: dlg.location_text.text().startswith("经度"))
    j.click(dlg.locate_button, settle=False)
    picker = dlg.picker
    j.wait(lambda: picker.isVisible() and picker.layers is not None)
    j.settle()
    assert picker.where.text().endswith(f"（{name}）")  # the stored point, on the map
    j.choose(picker.crs, "GCJ-02（高德、腾讯地图）")
    from desk.geo import coords

    g = coords.wgs84_to_gcj02(lon + 0.0002, lat)
    j.type(picker.coordinates, f"{g[0]:.7f},{g[1]:.7f}", clear=True)
    j.key(picker.coordinates, Qt.Key.Key_Tab)
    assert picker.point == pytest.approx((lon + 0.0002, lat), abs=2e-7)  # converted to WGS84
    j.type(picker.coordinates, "39.9, 116.4", clear=True)  # latitude first: refused, said why
    j.key(picker.coordinates, Qt.Key.Key_Tab)
    assert "不在中国境内" in picker.error.text()
    j.click(picker.buttons.button(picker.buttons.StandardButton.Cancel))
    assert dlg.location_text.text() == f"经度 {lon:.6f}，纬度 {lat:.6f}"  # cancelled: unchanged
    j.click(dlg.unlocate_button)
    assert dlg.location_text.text() == "未标注（只计入社区）"
    j.press_ok(dlg)
    assert not dlg.isVisible()
    assert clerk.ticket_point(number).lon is None
    assert [e.kind for e in clerk.ticket(number).events].count("locate") == 2
