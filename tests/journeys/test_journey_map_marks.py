"""一张图 (issue 17), the projects and the hotspots on the map, through mouse and keyboard only:

* a project with a milestone past its due is drawn ringed in red, its hover card says 超期节点 N and the legend
  explains the outline; one not yet due is not;
* a clerk chooses a project in the 项目库, presses 在地图上标注…, and clicks once on the map: the project's marker is
  drawn there and the status line says so; then a line (线: three clicks and Enter; another by a double click);
  Esc cancels; 清除位置 removes the place; a 项目负责人 (who has no map) is not offered the button;
* 问题清单 → 在地图上查看: the map page with the hotspot's category as its filter, zoomed to its 社区, listing its
  tickets; 查看热点 on the map's list: the hotspot page again, on that 社区's hotspot.
"""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from journey import ARTIFACTS, answers, demo_template, journey, no_modal_exec, office, settings  # noqa: F401
from test_journey_map import _click, _spot
from test_journey_projects import _page
from ui.map.scene import LATE_COLOUR, CommunityItem, ProjectItem


def _projects(office):
    """Two projects of 2026 on the approved list, initiated: 管网 with a milestone due in one working day (late after
    the clock moves on three days), 路灯 with one due in 20; both placed in the demo street (through the façade)."""
    clerk = office.desk.login("zhang.wei", office.passwords["zhang.wei"])
    sup = office.desk.login("wang.qiang", office.passwords["wang.qiang"])
    pipes = clerk.create_project(name="幸福里老旧供水管网改造", origin="department_plan").number
    lights = clerk.create_project(name="光明街路灯补建", origin="department_plan").number
    sup.approve_annual_list(2026, clerk.draft_annual_list(2026, [pipes, lights]).version)
    for n in (pipes, lights):
        sup.advance_project(n, to="initiated")
    late = clerk.add_milestone(pipes, name="施工图审查", lead="住建委", within="1wd")
    clerk.add_milestone(lights, name="灯杆选址", lead="住建委", within="20wd")
    x0, y0, x1, y1 = clerk.map_layers().bbox
    clerk.set_project_place(pipes, "point", [[x0 + (x1 - x0) * 0.3, y0 + (y1 - y0) * 0.6]])
    clerk.set_project_place(lights, "point", [[x0 + (x1 - x0) * 0.7, y0 + (y1 - y0) * 0.4]])
    office.clock.set(late.due + timedelta(days=3))
    return clerk, pipes, lights


def _map(j):
    j.click_nav("地图")
    page = j.window.map_page
    j.wait(lambda: page.loaded_once and not page.loading)
    j.settle()
    return page


def _marker(page, number):
    return next((i for i in page.scene.project_items if isinstance(i, ProjectItem) and i.marker.number == number),
                None)


def _save_image(page, name: str) -> None:
    out = ARTIFACTS / "map"
    out.mkdir(parents=True, exist_ok=True)
    assert page.image(1200, 900).save(str(out / f"{name}.png"))


def test_a_late_project_is_ringed_in_red_and_a_clerk_places_projects(journey, office, qtbot):
    clerk, pipes, lights = _projects(office)
    j = journey("zhang.wei")
    page = _map(j)
    late, fine = _marker(page, pipes), _marker(page, lights)
    assert late is not None and fine is not None
    expected = {m.number: m.late for m in clerk.map_projects()}
    assert expected == {pipes: 1, lights: 0}
    assert late.late and late.ring.pen().color() == QColor(LATE_COLOUR) and "超期节点 1" in late.toolTip()
    assert not fine.late and fine.ring is None and "超期节点" not in fine.toolTip()
    assert page.scene.legend.late == "红圈：有超期节点"
    j.shot("late-project")
    _save_image(page, "late-project")

    # -- 项目库: the project chosen, 在地图上标注… switches to the map in the placing mode
    projects = _page(j)
    j.wait(lambda: projects.model.rowCount() == 2)
    row = next(r for r in range(projects.model.rowCount()) if projects.model.index(r, 0).data() == lights)
    j.click_row(row, projects.view)
    j.wait(lambda: projects.detail.project is not None and projects.detail.project.number == lights)
    assert projects.map_button.isVisible() and projects.map_button.isEnabled()
    j.click(projects.map_button)
    assert j.window.stack.currentWidget() is j.window.hosted["map"][0]
    assert page.project_placing == lights and page.project_bar.isVisible()
    assert lights in page.project_title.text() and "单击地图上项目" in page.status_line.text()
    j.shot("placing-mode")
    _save_image(page, "placing-mode")

    # -- one click on a 社区: the point; the marker is drawn there, the status line says so
    spot = _spot(page.view, lambda it: isinstance(it, CommunityItem) and it.community == "安华里社区")
    at = page.view.mapToScene(spot)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        _click(j, page.view, spot)
    j.settle()
    marker = {m.number: m for m in clerk.map_projects()}[lights]
    lon, lat = page.scene.projection.lonlat(at)
    assert marker.kind == "point" and abs(marker.lon - lon) < 1e-5 and abs(marker.lat - lat) < 1e-5
    drawn = _marker(page, lights)
    assert (drawn.scenePos() - at).manhattanLength() < 2  # (scene units: about a metre)
    assert page.status_line.text().startswith(f"已标注项目 {lights} 的位置（点）。") and not page.project_bar.isVisible()
    assert page.project_placing is None
    j.shot("point-placed")

    # -- a line: 线, three clicks along it, Enter
    projects = _page(j)
    j.click(projects.map_button)
    j.click(page.place_line)
    assert page.place_finish.isVisible() and not page.place_finish.isEnabled()
    names = ("光明社区", "花园村社区", "惠新苑社区")
    spots = [_spot(page.view, lambda it, n=n: isinstance(it, CommunityItem) and it.community == n) for n in names]
    ats = []
    for k, s in enumerate(spots, 1):
        ats.append(page.view.mapToScene(s))
        _click(j, page.view, s)
        assert len(page.sketch) == k and (page.sketch[-1] - ats[-1]).manhattanLength() < 1e-6
    assert page.status_line.text().startswith("已取 3 个点") and page.place_finish.isEnabled()
    j.shot("line-sketched")
    _save_image(page, "line-sketched")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        j.key(page.view, Qt.Key.Key_Return)
    j.settle()
    marker = {m.number: m for m in clerk.map_projects()}[lights]
    assert marker.kind == "line" and len(marker.path) == 3
    for (x, y), a in zip(marker.path, ats):
        assert (page.scene.projection.point(x, y) - a).manhattanLength() < 2  # stored where clicked
    assert page.status_line.text().startswith(f"已标注项目 {lights} 的位置（线，3 个点）。")
    j.shot("line-placed")

    # -- a line ended by a double click on its last point
    projects = _page(j)
    row = next(r for r in range(projects.model.rowCount()) if projects.model.index(r, 0).data() == pipes)
    j.click_row(row, projects.view)
    j.wait(lambda: projects.detail.project is not None and projects.detail.project.number == pipes)
    j.click(projects.map_button)
    assert page.project_placing == pipes
    j.click(page.place_line)
    _click(j, page.view, spots[0])
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        _click(j, page.view, spots[2], double=True)
    j.settle()
    marker = {m.number: m for m in clerk.map_projects()}[pipes]
    assert marker.kind == "line" and len(marker.path) == 2 and marker.late == 1
    assert _marker(page, pipes).late  # still ringed in red

    # -- Esc cancels (nothing stored); 清除位置 removes the place
    before = clerk.map_projects()
    projects = _page(j)
    j.click(projects.map_button)
    j.key(page.view, Qt.Key.Key_Escape)
    assert page.project_placing is None and not page.project_bar.isVisible()
    assert page.status_line.text() == f"已取消标注项目 {pipes} 的位置。" and clerk.map_projects() == before
    j.click_nav("项目库")
    j.click(projects.map_button)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        j.click(page.place_clear)
    assert pipes not in {m.number for m in clerk.map_projects()} and _marker(page, pipes) is None
    assert page.status_line.text().startswith(f"已清除项目 {pipes} 的位置。") and j.status() == f"已清除项目 {pipes} 的位置。"


def test_a_project_manager_places_a_project_on_the_projects_map(journey, office, qtbot):
    """A 项目负责人 has no ticket desk: the project desk's 地图 shows the boundaries and the projects only (no ticket
    figures, filters or lists), and 在地图上标注… works there as on the office's map."""
    clerk, pipes, lights = _projects(office)
    j = journey("li.xm")
    w = j.window
    assert [w.nav.item(i).text() for i in range(w.nav.count())] == ["民生工程", "项目库", "一张图", "地图"]
    projects = w.projects_page
    j.wait(lambda: projects.isVisible() and not projects.loading and projects.model.row_of(pipes) is not None)
    j.click_row(projects.model.row_of(pipes), projects.view)
    j.wait(lambda: projects.detail.project is not None and projects.detail.project.number == pipes)
    assert projects.map_button.isVisible() and projects.map_button.isEnabled()
    page = w.map_page
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        j.click(projects.map_button, settle=False)
    j.settle()
    assert w.stack.currentWidget() is w.pages["map"][1] and page.project_placing == pipes
    assert page.projects_only and not page.category.isVisible() and not page.ticket_list.isVisible()
    assert not page.scene.pin_items and page.scene.legend.shades == () and page.scene.legend.late
    assert page.status_line.text().startswith("单击地图上项目")
    assert _marker(page, pipes).late  # ringed in red here too
    j.shot("projects-map-placing")
    _save_image(page, "projects-map-placing")
    spot = _spot(page.view, lambda it: isinstance(it, CommunityItem) and it.community == "南湖社区")
    at = page.view.mapToScene(spot)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        _click(j, page.view, spot)
    j.settle()
    marker = {m.number: m for m in clerk.map_projects()}[pipes]
    lon, lat = page.scene.projection.lonlat(at)
    assert marker.kind == "point" and abs(marker.lon - lon) < 1e-5 and abs(marker.lat - lat) < 1e-5
    assert page.status_line.text().startswith(f"已标注项目 {pipes} 的位置（点）。")
    assert j.status() == f"已标注项目 {pipes} 的位置（点）。"
    j.shot("projects-map-placed")


def test_the_hotspot_page_links_to_the_map_and_back(journey, office, qtbot):
    j = journey("zhang.wei")
    w = j.window
    j.click_nav("问题清单")
    hot = w.hotspots_page
    j.wait(lambda: hot.loaded_once and not hot.loading)
    with qtbot.waitSignal(hot.loaded, timeout=10_000):
        j.choose(hot.period, "近三个月")
    j.settle()
    assert not hot.map_button.isEnabled()
    j.click_row(0, hot.view)
    h = hot.selected()
    assert h is not None and hot.map_button.isEnabled()

    # -- 在地图上查看: the map, filtered by the hotspot's period and category, zoomed to its 社区, its tickets listed
    page = w.map_page
    with qtbot.waitSignal(page.tickets_loaded, timeout=10_000):
        j.click(hot.map_button, settle=False)
    j.settle()
    assert w.stack.currentWidget() is w.hosted["map"][0]
    assert page.category.currentText() == h.category and page.period.currentText() == "近三个月"
    assert page.state.currentData() == "all"
    listed = page.community_list
    assert listed is not None and listed.community == h.community
    assert page.list_title.text().startswith(f"{h.community}：共 {listed.total} 张工单")
    assert listed.total == h.count  # the hotspot's problems are the map's tickets of its 社区 and category
    visible = page.view.visible_rect()
    community = page.scene.communities[h.community].sceneBoundingRect()
    assert visible.contains(community) and visible.width() < page.scene.map_rect().width()  # zoomed to it
    j.shot("hotspot-on-map")
    _save_image(page, "hotspot-on-map")

    # -- 查看热点 on the map's list: the hotspot page, on that 社区's hotspot of that category, its tickets listed
    assert page.hotspots_button.isVisible() and page.hotspots_button.isEnabled()
    with qtbot.waitSignal(hot.tickets_loaded, timeout=10_000):
        j.click(page.hotspots_button, settle=False)
    j.settle()
    assert w.stack.currentWidget() is hot
    back = hot.selected()
    assert back is not None and (back.community, back.category) == (h.community, h.category)
    assert hot.period.currentText() == "近三个月"
    assert hot.ticket_title.text().startswith(f"{h.community} · {h.category} 的工单")
    assert hot.status_line.text().startswith(f"{h.community}：本统计期内热点")
    j.shot("map-to-hotspot")
