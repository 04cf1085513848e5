"""The 问题清单 page (issue 16 §1) as a widget: the model passes qtmodeltester, the presets' dates, a header click
sorts, the actions follow the selection, and 生成储备项目… hands over the hotspot's tickets."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from ui.projects.hotspots import HotspotModel, HotspotsPage, preset_period
from uitools import office, settings, settle  # noqa: F401 - fixtures

#: Three hotspots in November 2026 (the office's clock: Monday 2026-11-23 10:00).
SPOTS = [("幸福社区", "市容环境", 3), ("光明社区", "道路交通", 1), ("和平里社区", "供排水", 2)]


def _fill(world) -> None:
    for community, category, n in SPOTS:
        for i in range(n):
            world.new_ticket(community=community, category=category, address=f"{community[:2]}家园{i + 1}号楼")


def _page(qtbot, world) -> HotspotsPage:
    page = HotspotsPage(world.clerk, world.desk.office_tz(), now=world.clock.now)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.shown()
    return page


def test_presets():
    today = date(2026, 11, 23)
    assert preset_period("month", today) == (date(2026, 11, 1), today)
    assert preset_period("quarter", today) == (date(2026, 9, 1), today)
    assert preset_period("quarter", date(2026, 2, 3)) == (date(2025, 12, 1), date(2026, 2, 3))
    assert preset_period("year", today) == (date(2026, 1, 1), today)


def test_the_model_passes_the_model_tester(qtbot, qtmodeltester, office):
    _fill(office)
    page = _page(qtbot, office)
    assert page.model.rowCount() == 3
    qtmodeltester.check(page.model)
    qtmodeltester.check(HotspotModel())


def test_sorting_the_selection_and_the_candidate(qtbot, office):
    _fill(office)
    page = _page(qtbot, office)
    count = page.model.column_of("count")
    assert [page.model.index(r, 0).data() for r in range(3)] == ["幸福社区", "和平里社区", "光明社区"]
    assert not page.tickets_button.isEnabled() and not page.candidate_button.isEnabled()
    assert "共 3 个热点" in page.status_line.text() and "问题 6 件" in page.status_line.text()
    assert page.view.isColumnHidden(page.model.column_of("place"))
    page.view.sortByColumn(count, Qt.SortOrder.AscendingOrder)
    assert [page.model.index(r, 0).data() for r in range(3)] == ["光明社区", "和平里社区", "幸福社区"]
    page.view.selectRow(2)
    assert page.selected().community == "幸福社区"
    assert page.tickets_button.isEnabled() and page.candidate_button.isEnabled()
    with qtbot.waitSignal(page.create_candidate, timeout=10_000) as got:
        page.candidate_button.click()
    numbers, community, category = got.args
    assert (community, category) == ("幸福社区", "市容环境") and len(numbers) == 3
    with qtbot.waitSignal(page.tickets_loaded, timeout=10_000):
        page.tickets_button.click()
    assert page.ticket_list.count() == 3 and "共 3 件" in page.ticket_title.text()
    with qtbot.waitSignal(page.open_ticket) as opened:
        page.ticket_list.itemActivated.emit(page.ticket_list.item(0))
    assert opened.args == [numbers[0]]
    # a reload clears the selection: nothing to act on
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.query_button.click()
    assert page.selected() is None and not page.candidate_button.isEnabled()
    settle(qtbot)


def test_by_place_and_a_bad_custom_period(qtbot, office):
    _fill(office)
    page = _page(qtbot, office)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.group.setCurrentIndex(1)
    assert not page.view.isColumnHidden(page.model.column_of("place"))
    assert {page.model.index(r, page.model.column_of("place")).data() for r in range(3)} == \
        {"幸福家园", "光明家园", "和平家园"}
    page.period.setCurrentIndex(page.period.findData("custom"))
    assert page.start_edit.isEnabled()
    page.start_edit.setDate(date(2026, 11, 30))
    page.end_edit.setDate(date(2026, 11, 1))
    page.query_button.click()
    qtbot.waitUntil(lambda: "早于开始日期" in page.status_line.text(), timeout=10_000)
    assert page.model.rowCount() == 3  # the last answer stays
    settle(qtbot)
