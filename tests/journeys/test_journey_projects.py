"""项目库 (issue 16 §1), through mouse and keyboard only: a clerk makes a candidate by hand, reads its priority
explained, links source tickets, records a meeting's vote and drafts the year's list, which only a supervisor may
approve; and a candidate made from tickets selected in the queue."""
from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest

from journey import LEFT, answers, demo_template, journey, no_modal_exec, office, settings  # noqa: F401 - fixtures


def _open_dialog(j, button, owner):
    """Click ``button`` and wait for the dialog it opens (``owner.dialog``)."""
    before = owner.dialog
    j.click(button, settle=False)
    j.wait(lambda: owner.dialog is not None and owner.dialog is not before and owner.dialog.isVisible())
    j.settle()
    return owner.dialog


def _page(j):
    j.click_nav("项目库")
    page = j.window.projects_page
    j.wait(lambda: page.isVisible() and not page.loading and not page.annual.loading)
    return page


def _tickets_of(office, community: str, n: int) -> list[str]:
    clerk = office.desk.login("zhang.wei", office.passwords["zhang.wei"])
    rows = [r for r in clerk.list_queue("all", limit=300).rows if r.community == community]
    assert len(rows) >= n
    return [r.number for r in rows[:n]]


def test_a_candidate_by_hand_its_priority_tickets_vote_and_the_approved_list(journey, office, answers, monkeypatch,
                                                                            tmp_path):
    from PySide6.QtWidgets import QFileDialog

    j = journey("zhang.wei")
    w = j.window
    page = _page(j)
    assert not w.detail_pane.isVisible()  # the page shows its own detail
    assert page.model.rowCount() == 0 and page.empty.isVisible()
    assert page.new_button.isEnabled() and not page.edit_button.isEnabled() and not page.vote_button.isEnabled()
    j.shot("empty")

    # -- 新建储备项目… by hand: a resident's idea that touches the safety bottom line; the core's errors at the field
    dlg = _open_dialog(j, page.new_button, page)
    assert dlg.windowTitle() == "新建储备项目" and dlg.origin.currentText() == "居民金点子"
    assert dlg.year.value() == 2026
    j.press_ok(dlg)  # nothing typed
    assert dlg.isVisible() and dlg.field_error("name") == "项目名称不能为空。"
    j.type(dlg.name, "光明街雨水井盖加固")
    j.type(dlg.community, "光明社区")
    j.click(dlg.safety)
    j.type(dlg.people, "450", clear=True)
    j.type(dlg.cost, "12.5万")
    j.type(dlg.description, "井盖松动，雨天有坠落风险。")
    j.press_ok(dlg)
    assert dlg.isVisible() and "万元" in dlg.field_error("estimated_cost_fen")
    j.type(dlg.cost, "12.5", clear=True)
    j.shot("new-candidate", dlg)
    j.press_ok(dlg)
    assert not dlg.isVisible() and j.status() == "已新建储备项目 XM2026-0001"
    j.wait(lambda: page.model.rowCount() == 1 and page.detail.project is not None)
    assert j.rows(page.view) == ["XM2026-0001"] and j.highlighted(page.view) == ["XM2026-0001"]
    row = [page.model.index(0, c).data() for c in range(page.model.columnCount())]
    assert row == ["XM2026-0001", "光明街雨水井盖加固", "2026", "储备", "光明社区", "", "安全底线 · 4.22", "0", "0"]

    # -- its priority, explained term by term (value × weight = points), the safety bottom line first
    j.click_row(0, page.view)
    d = page.detail
    assert d.title.text() == "XM2026-0001  光明街雨水井盖加固"
    assert d.priority_summary.text().startswith("触及安全底线：排在所有未触及安全底线的项目之前")
    terms = {r[0]: r[1:] for r in d.explanation()}
    assert terms["受益人数（每百人）"] == ("4.5", "1", "4.5")
    assert terms["人均估算费用（千元，越低越好）"] == ("-0.28", "1", "-0.28")  # 125000 元 / 450 人
    assert terms["工单数"] == ("0", "1", "0") and terms["合计"] == ("", "", "4.22")
    assert d.facts["cost"].text() == "12.5 万元" and d.facts["people"].text() == "450 人"
    assert page.edit_button.isEnabled() and page.link_button.isEnabled() and page.vote_button.isEnabled()
    assert not page.unlink_button.isEnabled()  # no source ticket chosen

    # -- 关联工单…: two of the community's tickets; the score follows
    numbers = _tickets_of(office, "光明社区", 2)
    dlg = _open_dialog(j, page.link_button, page)
    j.type(dlg.tickets, "、".join(numbers))
    j.press_ok(dlg)
    assert j.status() == "项目 XM2026-0001：已关联工单"
    j.wait(lambda: d.project is not None and len(d.project.tickets) == 2)
    assert sorted(j.rows(d.tickets)) == sorted(numbers)
    assert d.tickets_heading.text().startswith("来源工单（2 张，反映居民")
    terms = {r[0]: r[1:] for r in d.explanation()}
    assert terms["工单数"] == ("2", "1", "2")

    # -- 记录票决…: a residents' meeting, three for and one against
    dlg = _open_dialog(j, page.vote_button, page)
    j.type(dlg.meeting, "光明社区居民议事会")
    j.type(dlg.voters["for"], "1号楼代表、2号楼代表、3号楼代表")
    j.type(dlg.voters["against"], "物业代表")
    assert dlg.tally.text() == "共 4 票：赞成 3 · 反对 1 · 弃权 0"
    j.shot("vote", dlg)
    j.press_ok(dlg)
    assert j.status() == "项目 XM2026-0001：已记录票决"
    j.wait(lambda: d.project is not None and len(d.project.votes) == 4)
    assert d.votes_summary.text() == "光明社区居民议事会（2026-11-23）：赞成 3 · 反对 1 · 弃权 0"
    terms = {r[0]: r[1:] for r in d.explanation()}
    assert terms["票决（赞成减反对）"] == ("2", "2", "4")
    assert [h for h in j.rows(d.history, 1)] == ["项目票决", "修改项目关联工单", "新建储备项目"]
    j.shot("detail-explained")
    j.shot("detail-panel", d.scroll.widget())  # the whole panel, not only the part scrolled into view

    # -- 移除工单: choose one source ticket in the detail, then the button
    j.click_text(numbers[1], d.tickets)
    assert page.unlink_button.isEnabled()
    dlg = _open_dialog(j, page.unlink_button, page)
    assert numbers[1] in dlg.header.text()
    j.press_ok(dlg)
    j.wait(lambda: d.project is not None and d.project.tickets == (numbers[0],))
    assert j.status() == "项目 XM2026-0001：已移除工单"

    # -- a double-click on a source ticket shows it in the ticket pane (a person's: a click, then the second one)
    j.click_row(0, d.tickets)
    j.click_row(0, d.tickets, double=True)
    j.wait(lambda: j.detail_number() == numbers[0])

    # -- the year's list: drafted from the selected candidate; 批准 is not the clerk's
    box = page.annual
    assert box.empty.text().startswith("2026 年还没有重点民生工程清单")
    assert not box.approve_button.isEnabled() and "只有督办员或管理员" in box.approve_button.toolTip()
    j.click_row(0, page.view)
    dlg = _open_dialog(j, box.draft_button, box)
    assert dlg.numbers() == ["XM2026-0001"]
    j.type(dlg.note, "第一批")
    j.press_ok(dlg)
    j.wait(lambda: box.info is not None and box.info.version == 1)
    assert box.state.text() == "第 1 版 · 草稿 · 1 个项目" and j.rows(box.items, 1) == ["XM2026-0001"]
    assert not box.approve_button.isEnabled()  # still not the clerk's
    assert not box.bulletin_button.isEnabled() and "尚未批准" in box.bulletin_button.toolTip()  # nothing approved yet
    j.shot("drafted")

    # -- the supervisor approves it: the project is listed, the version history says so
    s = journey("wang.qiang")
    spage = _page(s)
    sbox = spage.annual
    s.wait(lambda: sbox.info is not None)
    assert sbox.state.text() == "第 1 版 · 草稿 · 1 个项目" and sbox.approve_button.isEnabled()
    dlg = _open_dialog(s, sbox.approve_button, sbox)
    assert "XM2026-0001 光明街雨水井盖加固" in dlg.header.text()
    s.shot("approve", dlg)
    s.press_ok(dlg)
    assert s.status() == "已批准 2026 年清单第 1 版：1 个项目列入清单"
    s.wait(lambda: sbox.info is not None and sbox.info.state == "approved" and not spage.loading)
    assert sbox.state.text() == "第 1 版 · 已批准 · 1 个项目" and not sbox.approve_button.isEnabled()
    assert s.rows(spage.view, 3) == ["已列入清单"]
    assert s.rows(sbox.versions, 1) == ["已批准"] and s.rows(sbox.versions, 4)[0].startswith("王强")
    s.click_row(0, spage.view)
    s.wait(lambda: spage.detail.project is not None and spage.detail.project.stage == "listed")
    assert s.rows(spage.detail.history, 1)[0] == "项目阶段变更"
    assert not spage.cancel_button.isEnabled()  # a listed project leaves the list first
    s.shot("approved")

    # -- 进度通报…: the approved list's 项目进度通报 as a PDF where the supervisor saves it
    pdf = tmp_path / "项目进度通报.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(pdf.with_suffix("")), "")))
    assert sbox.bulletin_button.isEnabled()
    s.click(sbox.bulletin_button)
    s.wait(lambda: "已生成项目进度通报" in s.status(), timeout=30_000)
    assert str(pdf) in s.status() and pdf.stat().st_size > 10_000 and sbox.bulletin_button.isEnabled()
    assert not answers  # no error box


def test_a_candidate_from_tickets_selected_in_the_queue(journey, office, answers):
    j = journey("zhang.wei")
    w = j.window
    j.click_nav("全部")
    j.wait(lambda: not w.model.loading and w.model.rowCount() > 3)
    assert not w.from_tickets.action.isEnabled()  # nothing selected
    # two tickets: a click, then Ctrl+click
    j.click_row(0)
    first, second = j.rows()[0], j.rows()[2]
    rect = w.view.visualRect(w.model.index(2, 0))
    QTest.mouseClick(w.view.viewport(), LEFT, Qt.KeyboardModifier.ControlModifier, rect.center())
    QCoreApplication.processEvents()
    j.settle()
    assert j.highlighted() == [first, second]
    j.wait(lambda: j.detail_number() == second)  # the detail follows the last clicked
    assert w.from_tickets.action.isEnabled()
    j.menu("工单", "生成储备项目…")
    dlg = w.from_tickets.dialog
    j.wait(lambda: dlg is not None and dlg.isVisible())
    assert dlg.ticket_numbers() == [first, second] and dlg.origin.currentText() == "来自工单"
    assert dlg.header.text().startswith("由 2 张工单生成储备项目")
    j.type(dlg.name, "幸福路早市占道综合整治")
    j.shot("from-queue", dlg)
    j.press_ok(dlg)
    assert not shiboken6.isValid(dlg) or not dlg.isVisible()
    assert j.status() == "已由 2 张工单生成储备项目 XM2026-0001，可在“项目库”中查看"

    page = _page(j)
    j.wait(lambda: page.model.rowCount() == 1)
    j.click_row(0, page.view)
    j.wait(lambda: page.detail.project is not None)
    assert page.detail.project.origin == "tickets" and sorted(j.rows(page.detail.tickets)) == sorted([first, second])
    assert page.model.index(0, 7).data() == "2"
    j.shot("from-queue-listed")
    assert not answers


def test_a_supervisor_publishes_the_sunshine_site_from_the_file_menu(journey, office, answers, monkeypatch, tmp_path):
    """文件 → 发布阳光工程网站…: the folder chosen is the desktop (not empty), so the site goes into a new folder
    inside it; the status bar says where; a department's responder has no such entry."""
    from PySide6.QtWidgets import QFileDialog

    clerk = office.desk.login("zhang.wei", office.passwords["zhang.wei"])
    numbers = _tickets_of(office, "幸福社区", 2)
    p = clerk.create_project(name="幸福社区雨污分流改造", tickets=numbers, community="幸福社区", people_affected=300)
    clerk.draft_annual_list(p.year, [p.number])
    office.desk.login("wang.qiang", office.passwords["wang.qiang"]).approve_annual_list(p.year, 1)
    desktop = tmp_path / "桌面"
    desktop.mkdir()
    (desktop / "工作记录.txt").write_text("不要动我", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(desktop)))

    j = journey("wang.qiang")
    j.menu("文件", "发布阳光工程网站…")
    site = desktop / "阳光工程网站"
    j.wait(lambda: "已生成阳光工程网站" in j.status())
    assert str(site) in j.status() and "3 个网页" in j.status()  # the list, the figures, the project
    assert (site / "index.html").exists() and (site / "p" / f"{p.number}.html").exists()
    assert "幸福社区雨污分流改造" in (site / "index.html").read_text(encoding="utf-8")
    assert (desktop / "工作记录.txt").read_text(encoding="utf-8") == "不要动我" and answers == []
    assert j.window.disclose.action.isEnabled()
    j.shot("published")

    r = journey("zj.wang")  # a department's responder: the entry is not there
    assert not r.window.disclose.action.isVisible()
