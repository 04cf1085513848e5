"""项目库's community and 有超期节点 filters (issue 16 §4), clicked and chosen as a person does, beside year and stage."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ui.projects.page import ProjectsPage
from uitools import SH, office, settle  # noqa: F401 - fixtures


def _numbers(page: ProjectsPage) -> list[str]:
    return [page.model.index(r, 0).data() for r in range(page.model.rowCount())]


def test_community_and_late_filters(qtbot, office):
    clerk, sup = office.clerk, office.supervisor
    a = clerk.create_project(name="幸福里供水管网改造", origin="department_plan", community="幸福社区").number
    b = clerk.create_project(name="和平里停车治理", origin="department_plan", community="和平里社区").number
    c = clerk.create_project(name="光明路路灯更新", origin="department_plan", community="幸福社区").number
    sup.approve_annual_list(2026, clerk.draft_annual_list(2026, [a, b, c]).version)
    for n in (a, b):
        sup.advance_project(n, to="initiated")
    clerk.add_milestone(a, name="施工图审查", lead="住建委", within="2wd")
    clerk.add_milestone(b, name="停车位划线方案", lead="交通支队", within="30wd")
    office.clock.advance(timedelta(days=10))

    page = ProjectsPage(clerk, SH)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    page.reload()
    settle(qtbot)
    assert set(_numbers(page)) == {a, b, c}
    # the communities arrived with the first list, every one of the office's
    names = [page.community_filter.itemText(i) for i in range(page.community_filter.count())]
    assert names[0] == "全部社区" and {"幸福社区", "和平里社区", "光明社区"} <= set(names[1:])
    page.community_filter.setCurrentIndex(page.community_filter.findText("幸福社区"))
    settle(qtbot)
    assert set(_numbers(page)) == {a, c} and page.count_label.text() == "共 2 个项目"
    # 有超期节点: a click on the box
    box = page.late_filter
    QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center())
    settle(qtbot)
    assert box.isChecked() and _numbers(page) == [a]
    page.community_filter.setCurrentIndex(page.community_filter.findText("和平里社区"))
    settle(qtbot)
    assert page.model.rowCount() == 0 and page.empty.isVisible() and page.empty.text() == "没有符合条件的项目"
    page.community_filter.setCurrentIndex(0)
    settle(qtbot)
    assert _numbers(page) == [a]
    QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center())
    settle(qtbot)
    assert not box.isChecked() and set(_numbers(page)) == {a, b, c}
    assert page.community_filter.count() == len(names)  # read once
