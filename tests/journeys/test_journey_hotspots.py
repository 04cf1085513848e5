"""问题清单 (issue 16 §1): a clerk opens the problem hotspots of the demo office, chooses 近三个月, sorts by the
residents concerned with a click on the header, picks the top hotspot, lists its tickets and opens one, then presses
生成储备项目… and the page hands the hotspot's ticket numbers over (the project dialog, built elsewhere, takes them)."""
from __future__ import annotations

from datetime import date

from journey import answers, demo_template, journey, no_modal_exec, office, settings  # noqa: F401 - fixtures


def _numbers(j, page, column: str) -> list[int]:
    """The figures a person reads down ``column`` (the count before any "（…）")."""
    texts = j.rows(page.view, page.model.column_of(column))
    return [int(t.split("（")[0].lstrip("+±−")) for t in texts]


def test_a_clerk_sorts_the_hotspots_and_makes_a_candidate_from_one(journey, office, qtbot):
    j = journey("zhang.wei")
    w = j.window
    assert "问题清单" in [w.nav.item(i).text() for i in range(w.nav.count())]

    # -- the nav entry: the page loads its hotspots (this month by default)
    j.click_nav("问题清单")
    page = w.hotspots_page
    j.wait(lambda: page.loaded_once and not page.loading)
    assert w.stack.currentWidget() is page and not w.detail_pane.isVisible()
    assert page.dates() == (date(2026, 11, 1), date(2026, 11, 23))
    j.shot("this-month")

    # -- 近三个月: the demo's eight weeks
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        j.choose(page.period, "近三个月")
    j.settle()
    assert page.dates() == (date(2026, 9, 1), date(2026, 11, 23))
    report = page.report
    assert report.start == date(2026, 9, 1) and report.problems > 0 and page.model.rowCount() == report.groups
    assert "个热点" in page.status_line.text() and "用时" in page.status_line.text()
    assert _numbers(j, page, "count") == sorted(_numbers(j, page, "count"), reverse=True)  # the default order
    j.shot("three-months")

    # -- a click on 涉及居民 sorts by it, the largest first; a second click the other way
    j.click_header(page.model.column_of("residents"), page.view)
    residents = _numbers(j, page, "residents")
    assert residents == sorted(residents, reverse=True) and residents[0] > residents[-1]
    j.shot("by-residents")
    j.click_header(page.model.column_of("residents"), page.view)
    assert _numbers(j, page, "residents") == sorted(residents)
    j.click_header(page.model.column_of("residents"), page.view)
    # 环比 too: the largest increase first
    j.click_header(page.model.column_of("trend"), page.view)
    trend = _numbers(j, page, "trend")
    signed = [r.change for r in (page.model.hotspot(i) for i in range(page.model.rowCount()))]
    assert signed == sorted(signed, reverse=True) and [abs(x) for x in signed] == trend
    j.click_header(page.model.column_of("residents"), page.view)

    # -- nothing selected: nothing to act on; a click on the top row
    assert not page.candidate_button.isEnabled() and not page.tickets_button.isEnabled()
    j.click_row(0, page.view)
    top = page.selected()
    assert top is not None and top.residents == residents[0]
    assert j.highlighted(page.view) == [top.community]
    assert page.candidate_button.isEnabled() and page.tickets_button.isEnabled()

    # -- 查看工单: the hotspot's tickets under the table; a double click shows one in the detail pane
    clerk = office.desk.login("zhang.wei", office.passwords["zhang.wei"])
    expected = clerk.hotspot_tickets(top.community, top.category, None, date(2026, 9, 1), date(2026, 11, 23))
    assert expected.total == top.residents
    with qtbot.waitSignal(page.tickets_loaded, timeout=10_000):
        j.click(page.tickets_button, settle=False)
    j.settle()
    assert page.ticket_list.count() == len(expected.items)
    assert f"共 {expected.total} 件" in page.ticket_title.text()
    assert page.ticket_list.item(0).text().startswith(expected.numbers[0])
    j.shot("tickets")
    j.click_row(0, page.ticket_list)  # a double click's first press
    j.click_row(0, page.ticket_list, double=True)
    j.wait(lambda: j.detail_number() == expected.numbers[0])
    j.shot("ticket-opened")

    # -- 生成储备项目…: the hotspot's ticket numbers, its 社区 and its category
    with qtbot.waitSignal(page.create_candidate, timeout=10_000) as got:
        j.click(page.candidate_button, settle=False)
    j.settle()
    assert got.args == [expected.numbers, top.community, top.category]
    assert page.candidate_button.isEnabled()  # the selection is still there
    # the new-candidate dialog opens pre-filled with the hotspot; a name, OK, and the candidate is in 项目库
    dlg = j.window.from_tickets.dialog
    j.wait(lambda: dlg is not None and dlg.isVisible())
    assert dlg.ticket_numbers() == expected.numbers and dlg.origin.currentData() == "hotspot"
    assert (dlg.community.text(), dlg.category.text()) == (top.community, top.category)
    j.type(dlg.name, f"{top.community}{top.category}综合整治")
    j.shot("candidate", dlg)
    j.press_ok(dlg)
    assert not dlg.isVisible()
    assert f"已由 {len(expected.numbers)} 张工单生成储备项目" in j.status()
    (p,) = clerk.list_projects()
    info = clerk.project(p.number)
    assert (info.origin, info.community, info.category, sorted(info.tickets)) == \
        ("hotspot", top.community, top.category, sorted(expected.numbers))
    assert info.residents == top.residents  # the hotspot's residents are the candidate's
    j.click_nav("项目库")
    projects = j.window.projects_page
    j.wait(lambda: projects.model.rowCount() == 1)
    assert j.rows(projects.view) == [p.number]
    j.shot("candidate-in-projects")


def test_the_entry_is_the_office_s_not_a_responder_s(journey):
    for username, has in (("wang.qiang", True), ("admin", True), ("cg.li", False)):
        w = journey(username).window
        assert ("问题清单" in [w.nav.item(i).text() for i in range(w.nav.count())]) is has, username
        assert ("hotspots" in w.hosted) is has
