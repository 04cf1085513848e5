"""阳光工程 (issue 16 §4): ``whistle-desk disclose --out DIR`` writes a static site with the year's approved list,
each project's page and the office's 三率 per month and department, and no resident's personal data anywhere in
it. Both databases, through the façade and the command line."""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from sqlalchemy import text

from desk.cli import main
from desk.errors import PermissionDenied, ValidationError
from desk.stats import period_report
from helpers import Office, snapshot

PIPES = dict(title="幸福里3号楼自来水发黄", description="水管老化，自来水发黄有锈味。", category="供排水",
             address="幸福路 3 号 2 单元 501", community="幸福社区")


class _Page(HTMLParser):
    """The links, scripts and text of one page."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.external: list[str] = []
        self.scripts = 0
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.scripts += tag == "script"
        for key in ("href", "src"):
            if a.get(key):
                (self.external if re.match(r"^[a-z]+:|^//", a[key]) else self.links).append(a[key])

    def handle_data(self, data):
        self.text.append(data)


def _parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


@pytest.fixture
def published(world):
    """Three tickets with residents' names, phones and addresses behind an approved project, one ticket worked
    through to its callback (so the month has figures), and a candidate that is not on the list."""
    clerk, sup = world.clerk, world.supervisor
    office = Office(world)
    done = office.ticket_in("closed")  # whistled, worked, called back: this month's figures
    residents = [("钱女士", "13912345678"), ("孙先生", "13812349876"), ("李阿姨", "010-6543 2109")]
    pipes = [world.new_ticket(**PIPES, reporter_name=n, reporter_phone=p).number for n, p in residents]
    p = clerk.create_project(name="幸福里老旧供水管网改造", description="内部说明：3号楼钱女士多次来电，情绪激动。",
                             tickets=pipes, community="幸福社区", category="供排水", people_affected=450,
                             estimated_cost_fen=98_765_432)
    clerk.create_project(name="未列入清单的储备项目", origin="resident_idea", people_affected=10)
    clerk.draft_annual_list(p.year, [p.number])
    sup.approve_annual_list(p.year, 1)
    for stage in ("initiated", "tendering", "construction", "acceptance"):
        sup.advance_project(p.number, to=stage)
    clerk.set_project_money(p.number, budget_fen=150_000_000, contract_fen=120_000_000)
    clerk.set_project_parties(p.number, builder="城建市政工程有限公司", builder_contact="赵经理",
                              builder_phone="13700001111", supervisor="正信工程监理有限公司")
    clerk.add_project_payment(p.number, amount_fen=36_000_000, paid_on=p.created_at.date(), note="钱女士代签收")
    clerk.record_survey_response(p.number, respondent="周大爷", answers=["satisfied", "basically_satisfied", "yes"])
    clerk.record_acceptance(p.number, passed=True)
    world.desk.clock.advance(hours=1)  # the month so far ends now: what was done a moment ago counts
    return world, p, done, residents


def test_the_site_holds_every_listed_field_and_no_personal_data(published, tmp_path, capsys):
    world, p, done, residents = published
    from reports.disclosure import write_site

    # The command line (on the real clock) and the façade (on the test's clock) write the same kind of site.
    url = world.desk.engine.url.render_as_string(hide_password=False)
    assert main(["--db", url, "disclose", "--out", str(tmp_path / "cli")]) == 0
    assert "已生成阳光工程网站" in capsys.readouterr().out
    out = tmp_path / "阳光工程"
    assert write_site(world.supervisor.disclosure(), out) == 3
    assert sorted(x.name for x in (tmp_path / "cli" / "p").iterdir()) == [f"{p.number}.html"]
    files = sorted(x.relative_to(out).as_posix() for x in out.rglob("*") if x.is_file())
    assert files == [".whistle-disclosure", "figures.html", "index.html", f"p/{p.number}.html", "style.css"]

    # Self-contained: no script, nothing from elsewhere, and every local link resolves.
    for page in out.rglob("*.html"):
        parsed = _parse(page)
        assert parsed.scripts == 0 and parsed.external == [], page
        for link in parsed.links:
            assert (page.parent / link.split("#")[0]).resolve().exists(), (page, link)

    index = " ".join(_parse(out / "index.html").text)
    for value in (p.number, "幸福里老旧供水管网改造", "幸福社区", "验收", "1,500,000.00 元", "360,000.00 元", "第 1 版",
                  "共 1 项", "完成进度", "资金支付率", "施工单位红黑榜"):
        assert value in index, value
    assert "未列入清单的储备项目" not in index  # a candidate is not published
    detail = " ".join(_parse(out / "p" / f"{p.number}.html").text)
    for value in ("项目编号", p.number, f"{p.year}年", "阶段", "验收", "社区", "幸福社区", "类别", "供排水",
                  "项目来源", "来自工单", "来源诉求", "3 件", "反映居民", "3 人", "受益人数", "450 人",
                  "估算投资", "987,654.32 元", "完成进度", "0%", "项目节点", "预算", "1,500,000.00 元",
                  "合同金额（含已批准的设计变更）", "1,200,000.00 元", "已拨付", "360,000.00 元（30.0%）", "拨付日期",
                  "施工单位", "城建市政工程有限公司", "监理单位", "正信工程监理有限公司", "施工单位红黑榜", "红榜",
                  "验收结果", "验收合格", "居民满意度测评", "1 份答卷"):
        assert value in detail, value

    # The month's 三率 per department are the report's own figures, with their definitions.
    month = world.desk.clock.now().astimezone(world.desk.office_tz()).strftime("%Y-%m")
    report = period_report(world.desk, month=month)
    figures = re.sub(r"\s+", " ", " ".join(_parse(out / "figures.html").text))
    for name in ("全街道", *(d.name for d in report.departments if d.period.resolution.whole)):
        assert name in figures
    lead = next(d for d in report.departments if d.name == "城管执法队")
    assert lead.period.resolution.whole == 1 and lead.period.satisfaction.value == 1.0
    assert "100.0% (n=1)" in figures and month in figures
    for term in ("响应率", "解决率", "满意率", "有效回访"):
        assert term in figures

    # No resident's name, phone or address, and no typed description, anywhere in the folder.
    sites = [tmp_path / "cli", out]
    everything = "".join(x.read_text(encoding="utf-8") for site in sites for x in site.rglob("*") if x.is_file())
    digits_only = re.sub(r"\D", "", everything)
    with world.desk.engine.connect() as conn:
        people = conn.execute(text("SELECT reporter_name, reporter_phone, address FROM ticket")).all()
    phones = {re.sub(r"\D", "", ph) for _, ph, _ in people if ph}
    assert {re.sub(r"\D", "", ph) for _, ph in residents} <= phones and len(phones) >= 3
    for phone in phones:
        assert phone not in digits_only and phone[-8:] not in digits_only, phone
    for name, _, address in people:
        assert not name or name not in everything
        assert not address or address not in everything
    assert "钱女士" not in everything and "内部说明" not in everything and "幸福路" not in everything
    # nor the firm's contact person and phone, a survey respondent, a payment's note
    for private in ("赵经理", "13700001111", "周大爷", "代签收"):
        assert private not in everything, private


def test_publishing_again_replaces_the_site_and_a_foreign_folder_is_refused(published, tmp_path, capsys):
    world, p, _, _ = published
    sup = world.supervisor
    out = tmp_path / "site"
    assert main(["--db", world.desk.engine.url.render_as_string(hide_password=False), "disclose", "--out",
                 str(out)]) == 0
    (out / "p" / "XM2026-9999.html").write_text("stale", encoding="utf-8")
    from reports.disclosure import write_site

    assert write_site(sup.disclosure(), out) == 3
    assert not (out / "p" / "XM2026-9999.html").exists() and (out / "p" / f"{p.number}.html").exists()

    foreign = tmp_path / "documents"
    foreign.mkdir()
    (foreign / "合同.docx").write_bytes(b"keep me")
    with pytest.raises(ValidationError) as e:
        write_site(sup.disclosure(), foreign)
    assert "不是空的" in e.value.message and (foreign / "合同.docx").read_bytes() == b"keep me"
    assert sorted(x.name for x in foreign.iterdir()) == ["合同.docx"]
    assert main(["--db", world.desk.engine.url.render_as_string(hide_password=False), "disclose", "--out",
                 str(foreign)]) == 2
    assert "不是空的" in capsys.readouterr().err
    assert not list(tmp_path.glob(".disclosure-*"))  # no half-written folder left behind


def test_who_may_publish_and_a_bad_year(published):
    world, p, _, _ = published
    before = snapshot(world.desk)
    with pytest.raises(PermissionDenied):
        world.responder("住建委").disclosure()
    for bad in (1999, 3000, "2026", True):
        with pytest.raises(ValidationError) as e:
            world.clerk.disclosure(bad)
        assert e.value.field == "year"
    assert snapshot(world.desk) == before
    d = world.clerk.disclosure(p.year + 1)  # no list approved for that year: said so, no projects
    assert d.list_version is None and d.projects == ()
