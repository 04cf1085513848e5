"""A project's records (issue 16 §2), through mouse and keyboard only: on the project detail's 资金与验收 tab a clerk
records the budget and the contract, a payment, two residents' survey answers (测评) and the acceptance result; the
residents to call back and the 回头看 due appear.

The project is put on the approved list and moved on to 验收 through the façade beforehand."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtTest import QTest
from journey import LEFT, answers, demo_template, journey, no_modal_exec, office, settings  # noqa: F401 - fixtures


def _open_dialog(j, button, owner):
    before = owner.dialog
    j.click(button, settle=False)
    j.wait(lambda: owner.dialog is not None and owner.dialog is not before and owner.dialog.isVisible())
    j.settle()
    return owner.dialog


def _project_in_acceptance(office) -> str:
    clerk = office.desk.login("zhang.wei", office.passwords["zhang.wei"])
    sup = office.desk.login("wang.qiang", office.passwords["wang.qiang"])
    rows = [r for r in clerk.list_queue("all", limit=300).rows if r.community == "光明社区"][:3]
    p = clerk.create_project(name="光明社区供水管网改造", tickets=[r.number for r in rows], community="光明社区")
    sup.approve_annual_list(2026, clerk.draft_annual_list(2026, [p.number]).version)
    for to in ("initiated", "tendering", "construction", "acceptance"):  # (no milestones planned)
        sup.advance_project(p.number, to=to)
    return p.number


def _click_tab(j, tabs, title: str) -> None:
    bar = tabs.tabBar()
    i = next(i for i in range(tabs.count()) if tabs.tabText(i) == title)
    QTest.mouseClick(bar, LEFT, pos=bar.tabRect(i).center())
    QCoreApplication.processEvents()
    j.settle()


def test_money_a_survey_and_the_acceptance_recorded_by_clicking(journey, office, answers):
    number = _project_in_acceptance(office)
    j = journey("zhang.wei")
    j.click_nav("项目库")
    page = j.window.projects_page
    j.wait(lambda: page.isVisible() and not page.loading and page.model.rowCount() == 1)
    j.click_row(0, page.view)
    j.wait(lambda: page.detail.project is not None and page.detail.project.number == number)
    rec = page.records
    _click_tab(j, page.detail.tabs, "资金与验收")
    assert rec.isVisible()
    j.wait(lambda: rec.record is not None and rec.record.number == number and not rec.loading)
    assert rec.figures["budget"].text() == "未登记" and rec.figures["contract"].text() == "未签订"
    assert not rec.pay_button.isEnabled() and rec.survey_button.isEnabled() and rec.accept_button.isEnabled()
    assert not rec.revisit_button.isEnabled() and not rec.decide_button.isVisible()  # (a supervisor's)

    # -- 预算与合同, then a payment
    dlg = _open_dialog(j, rec.money_button, rec)
    j.type(dlg.budget, "150")
    j.type(dlg.contract, "120.5")
    j.press_ok(dlg)
    assert j.status() == f"项目 {number}：已登记预算与合同金额"
    j.wait(lambda: rec.record.contract_fen == 120_500_000)
    assert rec.figures["budget"].text() == "150 万元" and rec.figures["total"].text() == "120.5 万元"
    dlg = _open_dialog(j, rec.pay_button, rec)
    assert "尚可拨付 120.5 万元" in dlg.header.text()
    j.type(dlg.amount, "200")
    j.press_ok(dlg)
    assert dlg.isVisible() and "超过合同金额" in dlg.error_text()  # the core's refusal, readable
    j.type(dlg.amount, "36.15", clear=True)
    j.press_ok(dlg)
    j.wait(lambda: rec.record.paid_fen == 36_150_000)
    assert rec.figures["paid"].text() == "36.15 万元（占合同总额 30%）"
    assert j.rows(rec.payments, 1) == ["36.15 万元"]

    # -- a design change: the clerk records it, it waits for a supervisor (审批变更… is not the clerk's)
    dlg = _open_dialog(j, rec.change_button, rec)
    j.type(dlg.amount, "8")
    j.type(dlg.reason, "增加 2 号楼立管更换")
    j.press_ok(dlg)
    j.wait(lambda: len(rec.record.changes) == 1)
    assert j.rows(rec.changes, 2) == ["待审批"] and rec.figures["total"].text() == "120.5 万元"
    assert rec.figures["changes"].text() == "0 万元（另有 1 项待审批）"
    s = journey("wang.qiang")
    s.click_nav("项目库")
    spage = s.window.projects_page
    s.wait(lambda: spage.isVisible() and not spage.loading and spage.model.rowCount() == 1)
    s.click_row(0, spage.view)
    srec = spage.records
    _click_tab(s, spage.detail.tabs, "资金与验收")
    s.wait(lambda: srec.record is not None and srec.record.changes and not srec.loading)
    assert srec.decide_button.isVisible() and not srec.decide_button.isEnabled()  # nothing selected
    s.click_row(0, srec.changes)
    assert srec.decide_button.isEnabled()
    dlg = _open_dialog(s, srec.decide_button, srec)
    assert "增加 2 号楼立管更换" in dlg.header.text() and dlg.approve.isChecked()
    s.press_ok(dlg)
    s.wait(lambda: srec.record.contract_total_fen == 128_500_000)
    assert s.rows(srec.changes, 2) == ["已批准"] and srec.figures["total"].text() == "128.5 万元"
    s.shot("change-approved", srec.widget())

    # -- the parties: the contractor and the supervisor with their contacts
    dlg = _open_dialog(j, rec.parties_button, rec)
    j.type(dlg.edits["builder"][0], "城建市政工程有限公司")
    j.type(dlg.edits["builder"][1], "刘工")
    j.type(dlg.edits["builder"][2], "13601010101")
    j.type(dlg.edits["supervisor"][0], "正信工程监理有限公司")
    j.press_ok(dlg)
    j.wait(lambda: rec.record.builder is not None and not rec.loading)
    assert rec.builder.text() == "城建市政工程有限公司（刘工 · 13601010101）"
    assert rec.supervisor.text() == "正信工程监理有限公司"

    # -- two residents' survey answers (the default questions)
    for who, picks in (("3号楼住户", ("满意", "基本满意", "是")), ("5号楼住户", ("不满意", "满意", "否"))):
        dlg = _open_dialog(j, rec.survey_button, rec)
        assert len(dlg.answers) == 3
        j.type(dlg.respondent, who)
        if who == "3号楼住户":
            j.press_ok(dlg)  # no answers chosen yet
            assert dlg.isVisible() and dlg.field_error("answer1") == "请选择答案。"
        for combo, pick in zip(dlg.answers, picks):
            j.choose(combo, pick)
        j.shot("survey", dlg)
        j.press_ok(dlg)
        assert j.status() == f"项目 {number}：已录入测评答卷"
    j.wait(lambda: len(rec.record.survey.responses) == 2)
    assert rec.survey_summary.text() == "居民满意度测评：2 份答卷，满意度 75%（满意与基本满意之和）"
    assert j.rows(rec.tallies, 1) == ["满意 1 · 基本满意 0 · 不满意 1", "满意 1 · 基本满意 1 · 不满意 0", "是 1 · 否 1"]
    j.shot("survey-recorded", rec.widget())

    # -- the acceptance result: passed; the residents to call back and the 回头看 due appear
    dlg = _open_dialog(j, rec.accept_button, rec)
    assert "已录入测评答卷 2 份" in dlg.header.text() and dlg.passed.isChecked()
    j.shot("acceptance", dlg)
    j.press_ok(dlg)
    assert j.status() == f"项目 {number}：已登记验收结果"
    j.wait(lambda: rec.record.acceptance == "passed")
    assert rec.result.text() == "验收合格（2026-11-23）"
    total = rec.record.callbacks_total
    assert total >= 1 and rec.callbacks.text() == f"回访来源工单的居民：已回访 0 / {total} 人"
    assert j.rows(rec.revisits) == [rec.record.revisits[0].due_on.isoformat()]
    assert rec.record.revisits[0].due_on.isoformat() >= "2027-10-23"  # 11 months later, on a working day
    assert j.rows(rec.revisits, 1) == ["待进行"]
    assert not rec.survey_button.isEnabled() and not rec.accept_button.isEnabled() and rec.revisit_button.isEnabled()
    # -- a resident called back: their name and phone to call; recorded on their ticket as its 回访
    assert rec.callback_button.isEnabled()
    dlg = _open_dialog(j, rec.callback_button, rec)
    first = dlg.resident.currentData()
    assert dlg.resident.count() == total and dlg.resident.currentText().startswith(first + " · ")
    j.choose(dlg.satisfaction, "基本满意")
    j.shot("callback", dlg)
    j.press_ok(dlg)
    assert j.status() == f"项目 {number}：已登记居民回访"
    j.wait(lambda: rec.record.callbacks_done == 1)
    assert rec.callbacks.text() == f"回访来源工单的居民：已回访 1 / {total} 人"
    clerk = office.desk.login("zhang.wei", office.passwords["zhang.wei"])
    cb = clerk.ticket(first).callbacks[-1]
    assert (cb.contacted, cb.resolved, cb.satisfaction) == (True, True, "basically_satisfied") and number in cb.note
    # the contractor's 红黑榜: a passed acceptance is a good mark (75% satisfaction: neither), its definition at hand
    j.wait(lambda: rec.marks.text() != "")
    assert rec.marks.text() == "红榜：好评 1，差评 0，净分 +1（1 个项目）"
    assert rec.marks.toolTip().startswith("红黑榜计分") and f"+ {number} 验收合格" in rec.marks.toolTip()
    # the overview's history has the records' events too
    j.wait(lambda: [h.kind for h in page.detail.project.history][-2:] == ["project_acceptance", "project_callback"])
    j.shot("accepted")
    j.shot("accepted-panel", rec.widget())
    assert not answers
