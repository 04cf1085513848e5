"""项目进度通报 (issue 16 §4): every figure recomputed from the raw rows in SQL and compared with the bulletin's, a
late milestone's level equal to the sweep's forecast whether or not a sweep ran, the PDF's pages and words, and
the command line. Both databases, through the façade."""
from __future__ import annotations

import subprocess
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import text

from desk.cli import main
from desk.errors import PermissionDenied, ValidationError
from helpers import snapshot
from reports.projects import render_project_bulletin_pdf


@pytest.fixture
def year_of_works(world):
    """Two projects of 2026 on the approved list: 管网 initiated with a milestone done on time, one late and one
    not yet due, 40% done, a contract with a payment and a contractor; 路灯 only listed."""
    clerk, sup, clock = world.clerk, world.supervisor, world.desk.clock
    pipes = clerk.create_project(name="幸福里老旧供水管网改造", origin="department_plan", community="幸福社区",
                                 people_affected=450).number
    lights = clerk.create_project(name="光明街路灯补建", origin="department_plan").number
    sup.approve_annual_list(2026, clerk.draft_annual_list(2026, [pipes, lights]).version)
    sup.advance_project(pipes, to="initiated")
    done = clerk.add_milestone(pipes, name="可研批复", lead="住建委", within="2wd")
    late = clerk.add_milestone(pipes, name="施工图审查", lead="住建委", assist=["交通支队"], within="1wd")
    clerk.add_milestone(pipes, name="招标文件", lead="住建委", within="30wd")
    clerk.complete_milestone(done.id, note="已批复")
    clerk.record_progress(pipes, percent=40, note="前期手续")
    clerk.set_project_money(pipes, budget_fen=150_000_000, contract_fen=120_000_000)
    clerk.set_project_parties(pipes, builder="城建市政工程有限公司", builder_contact="王工")
    clerk.add_project_payment(pipes, amount_fen=36_000_000, paid_on=date(2026, 11, 23))
    clerk.set_project_money(lights, budget_fen=20_000_000)
    clock.advance(timedelta(days=14))  # 施工图审查 is now late by about two weeks; no sweep has run
    return world, pipes, lights, late.id


def _raw(desk, sql: str, **params):
    with desk.engine.connect() as conn:
        return conn.execute(text(sql), params).all()


def test_every_figure_recomputed_from_the_raw_rows(year_of_works):
    world, pipes, lights, late_id = year_of_works
    desk, now = world.desk, world.desk.clock.now()
    b = world.supervisor.project_bulletin()
    assert (b.year, b.list_version, [p.number for p in b.projects]) == (2026, 1, [pipes, lights])
    assert _raw(desk, "SELECT count(*) FROM escalation WHERE milestone_id IS NOT NULL")[0][0] == 0  # no sweep ran

    rows = _raw(desk, "SELECT p.number, m.id, m.due, m.done_at FROM project_milestone m JOIN project p "
                      "ON p.id = m.project_id")

    def utc(t):  # SQLite gives text, PostgreSQL an aware datetime; both UTC
        if isinstance(t, str):
            t = datetime.fromisoformat(t)
        return t if t is None or t.tzinfo else t.replace(tzinfo=timezone.utc)

    for p in b.projects:
        mine = [(mid, utc(due), utc(done)) for number, mid, due, done in rows if number == p.number]
        late = [mid for mid, due, done in mine if done is None and due < now]
        fell_due = [(due, done) for _mid, due, done in mine if due <= now]
        assert (p.milestones, p.milestones_done, p.late) == (len(mine), sum(d is not None for *_, d in mine), len(late))
        assert (p.due_so_far, p.done_on_time) == (len(fell_due), sum(d is not None and d <= due for due, d in fell_due))
        percent = _raw(desk, "SELECT e.percent FROM project_entry e JOIN project p ON p.id = e.project_id WHERE "
                             "p.number = :n AND e.kind = 'progress' ORDER BY e.on_date DESC, e.id DESC", n=p.number)
        assert p.percent == (percent[0][0] if percent else 0)
        budget, contract = _raw(desk, "SELECT r.budget_fen, r.contract_fen FROM project_record r JOIN project p ON "
                                      "p.id = r.project_id WHERE p.number = :n", n=p.number)[0]
        changes = _raw(desk, "SELECT coalesce(sum(c.amount_fen), 0) FROM project_change c JOIN project p ON "
                             "p.id = c.project_id WHERE p.number = :n AND c.state = 'approved'", n=p.number)[0][0]
        paid = _raw(desk, "SELECT coalesce(sum(x.amount_fen), 0) FROM project_payment x JOIN project p ON "
                          "p.id = x.project_id WHERE p.number = :n", n=p.number)[0][0]
        assert (p.budget_fen, p.contract_total_fen, p.paid_fen) == (budget, contract + changes, paid)
    first = b.projects[0]
    assert (first.percent, first.milestones, first.milestones_done, first.late, first.builder) == \
        (40, 3, 1, 1, "城建市政工程有限公司")
    assert b.on_time == (1, 2) and b.paid_fen == 36_000_000 and b.contract_total_fen == 120_000_000
    assert b.budget_fen == 170_000_000 and dict(b.by_stage) == {"initiated": 1, "listed": 1}

    # the late milestone's level is what the sweep's forecast says it has reached, before any sweep ran
    (x,) = b.late
    assert (x.project_number, x.name, x.lead_department) == (pipes, "施工图审查", "住建委")
    forecast = desk.sweep(dry_run=True, at=now)
    expected = max(e.level for e in forecast.escalations if e.milestone_id == late_id)
    assert x.level == expected >= 2
    desk.sweep()  # and after a sweep recorded it, the same
    assert world.supervisor.project_bulletin().late[0].level == expected


def test_the_pdf_and_the_command_line(year_of_works, tmp_path, capsys):
    world, pipes, _lights, _ = year_of_works
    b = world.clerk.project_bulletin()
    pdf = tmp_path / "项目进度通报.pdf"
    assert render_project_bulletin_pdf(b, pdf) <= 2
    words = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                           check=True).stdout
    flat = "".join(words.split())  # (lines wrap anywhere in Chinese)
    for expected in ("民生工程项目进度通报", "幸福里老旧供水管网改造", pipes, "施工图审查", "城建市政工程有限公司",
                     "节点按期完成率50.0%", "资金支付率30.0%", "已拨付36.00万元", "附：指标说明", "—1—"):
        assert expected in flat, expected
    url = world.desk.engine.url.render_as_string(hide_password=False)
    out = tmp_path / "cli.pdf"
    assert main(["--db", url, "projects", "bulletin", "--out", str(out), "--year", "2026"]) == 0
    assert "已生成 2026年项目进度通报" in capsys.readouterr().out and out.stat().st_size > 10_000


def test_no_list_one_page_and_refusals_change_nothing(year_of_works, tmp_path):
    world = year_of_works[0]
    before = snapshot(world.desk)
    with pytest.raises(PermissionDenied):
        world.responder("住建委").project_bulletin()
    for bad in (1999, 2031, "2026", True):
        with pytest.raises(ValidationError) as e:
            world.clerk.project_bulletin(bad)
        assert e.value.field == "year"
    assert snapshot(world.desk) == before
    empty = world.clerk.project_bulletin(2027)
    assert empty.list_version is None and empty.projects == () and empty.late == ()
    assert render_project_bulletin_pdf(empty, tmp_path / "empty.pdf") == 1


def test_the_projects_on_the_map_of_the_bulletin(year_of_works, tmp_path):
    """With the 社区 boundaries imported, the bulletin carries a map of the list's projects (drawn on paper without
    Qt); a candidate beside the list is not on it."""
    from pathlib import Path

    world, pipes, lights, _ = year_of_works
    root = Path(__file__).resolve().parents[2]
    world.admin.import_map_layer(str(root / "resources" / "map" / "demo-street.geojson"))
    x0, y0, x1, y1 = world.clerk.map_layers().bbox
    middle = [(x0 + x1) / 2, (y0 + y1) / 2]
    world.clerk.set_project_place(pipes, "point", [middle])
    world.clerk.set_project_place(lights, "line", [[x0 + 0.001, y0 + 0.001], middle])
    idea = world.clerk.create_project(name="储备：口袋公园", origin="resident_idea").number
    world.clerk.set_project_place(idea, "point", [[x0 + 0.002, y1 - 0.002]])
    b = world.supervisor.project_bulletin()
    assert b.map is not None and {m.number for m in b.map.projects} == {pipes, lights}
    pdf = tmp_path / "map.pdf"
    render_project_bulletin_pdf(b, pdf)
    flat = "".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                                  check=True).stdout.split())
    assert "图：项目位置（按阶段着色）" in flat and pipes[-4:] in flat
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(tmp_path / "page")], check=True)
    assert len(list(tmp_path.glob("page-*.png"))) >= 1


def test_an_inspection_finding_is_a_bad_mark_of_the_builder(year_of_works):
    """The contractors' 红黑榜 counts each 质量安全巡查 finding on the builder's project (its definition says so),
    recomputed from the raw rows."""
    from test_project_records import _raw_board

    world, pipes, _lights, _ = year_of_works
    before = {r.name: r for r in world.clerk.contractor_board().rows}["城建市政工程有限公司"]
    world.clerk.record_inspection(pipes, inspector_kind="supervisor_firm", inspector="监理 李工",
                                  findings=[{"name": "沟槽边未设围挡", "lead": "城管执法队", "within": "3wd"},
                                            {"name": "材料堆放占道", "lead": "城管执法队", "within": "3wd"}])
    board = world.clerk.contractor_board()
    after = {r.name: r for r in board.rows}["城建市政工程有限公司"]
    assert after.bad == before.bad + 2 and after.net == before.net - 2
    assert f"− {pipes} 质量安全巡查发现问题" in after.reasons and "质量安全巡查" in str(board.definition)
    assert {r.name: (r.good, r.bad) for r in board.rows} == _raw_board(world.desk)
