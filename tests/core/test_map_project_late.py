"""一张图 (issue 17): project markers carry how many of the project's milestones are late (超期节点: not done, their
planned due passed) at the desk's clock: not late before the due, late after it, done is not late; recomputed
from the raw rows; read in one statement for any number of projects; the printed bulletin's map agrees with its
table. Both databases, through the façade."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import event, text

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def placed(world):
    """Two projects of 2026 on the approved list, both initiated and placed on the demo street: 管网 with a
    milestone due in one working day, one due in 30 and one done; 路灯 with one due in 2 working days."""
    clerk, sup = world.clerk, world.supervisor
    world.admin.import_map_layer(str(ROOT / "resources" / "map" / "demo-street.geojson"))
    pipes = clerk.create_project(name="幸福里老旧供水管网改造", origin="department_plan").number
    lights = clerk.create_project(name="光明街路灯补建", origin="department_plan").number
    sup.approve_annual_list(2026, clerk.draft_annual_list(2026, [pipes, lights]).version)
    for n in (pipes, lights):
        sup.advance_project(n, to="initiated")
    soon = clerk.add_milestone(pipes, name="施工图审查", lead="住建委", within="1wd")
    clerk.add_milestone(pipes, name="招标文件", lead="住建委", within="30wd")
    done = clerk.add_milestone(pipes, name="可研批复", lead="住建委", within="1wd")
    clerk.complete_milestone(done.id, note="已批复")
    later = clerk.add_milestone(lights, name="灯杆选址", lead="住建委", within="2wd")
    x0, y0, x1, y1 = clerk.map_layers().bbox
    clerk.set_project_place(pipes, "point", [[(x0 + x1) / 2, (y0 + y1) / 2]])
    clerk.set_project_place(lights, "line", [[x0 + 0.001, y0 + 0.001], [x0 + 0.004, y0 + 0.003],
                                            [x0 + 0.007, y0 + 0.004]])
    return world, pipes, lights, soon, later


def _utc(t):
    if isinstance(t, str):
        t = datetime.fromisoformat(t)
    return t if t is None or t.tzinfo else t.replace(tzinfo=timezone.utc)


def _raw_late(desk, now: datetime) -> dict[str, int]:
    """超期节点 per placed project from the raw rows: not done at ``now`` and due before it."""
    with desk.engine.connect() as conn:
        rows = conn.execute(text("SELECT p.number, m.due, m.done_at FROM project p JOIN project_place pl "
                                 "ON pl.project_id = p.id LEFT JOIN project_milestone m ON m.project_id = p.id")).all()
    out: dict[str, int] = {}
    for number, due, done_at in rows:
        out.setdefault(number, 0)
        if due is not None and (done_at is None or _utc(done_at) > now) and _utc(due) < now:
            out[number] += 1
    return out


def test_a_project_is_late_after_its_due_and_not_before(placed):
    world, pipes, lights, soon, later = placed
    clerk, clock = world.clerk, world.clock
    late = {m.number: m.late for m in clerk.map_projects()}
    assert late == {pipes: 0, lights: 0} == _raw_late(world.desk, clock.now())
    clock.set(soon.due - timedelta(minutes=1))  # just before its due: not late yet
    assert {m.number: m.late for m in clerk.map_projects()} == {pipes: 0, lights: 0}
    clock.set(soon.due + timedelta(minutes=1))  # just after
    markers = {m.number: m for m in clerk.map_projects()}
    assert (markers[pipes].late, markers[lights].late) == (1, 0)
    assert {n: m.late for n, m in markers.items()} == _raw_late(world.desk, clock.now())
    clock.set(later.due + timedelta(minutes=1))
    assert {m.number: m.late for m in clerk.map_projects()} == {pipes: 1, lights: 1} == \
        _raw_late(world.desk, clock.now())
    # the map page's snapshot says the same; done is no longer late
    assert {m.number: m.late for m in clerk.map_picture().projects} == {pipes: 1, lights: 1}
    world.responder("住建委").complete_milestone(soon.id, note="审查通过")
    assert {m.number: m.late for m in clerk.map_projects()} == {pipes: 0, lights: 1} == \
        _raw_late(world.desk, clock.now())
    # setting a place answers with the count too
    assert clerk.set_project_place(lights, "point", [[markers[lights].lon, markers[lights].lat]]).late == 1


def test_the_markers_are_one_statement_however_many_projects(placed):
    world, pipes, lights, soon, _ = placed
    clerk = world.clerk
    world.clock.set(soon.due + timedelta(hours=1))
    x0, y0, x1, y1 = clerk.map_layers().bbox
    for i in range(6):
        n = clerk.create_project(name=f"储备 {i}", origin="resident_idea").number
        clerk.set_project_place(n, "point", [[x0 + 0.001 * (i + 1), y0 + 0.001]])
    seen: list[str] = []

    def record(_conn, _cursor, statement, *_args):
        seen.append(statement)

    event.listen(world.desk.engine, "before_cursor_execute", record)
    try:
        markers = clerk.map_projects()
    finally:
        event.remove(world.desk.engine, "before_cursor_execute", record)
    assert len(markers) == 8 and {m.number: m.late for m in markers}[pipes] == 1
    touching = [s for s in seen if "project_place" in s or "project_milestone" in s]
    assert len(touching) == 1, touching


def test_the_printed_bulletin_map_marks_the_late_projects_as_its_table(placed, tmp_path):
    import subprocess

    from reports.projects import render_project_bulletin_pdf

    world, pipes, lights, soon, _ = placed
    world.clock.set(soon.due + timedelta(hours=2))
    b = world.supervisor.project_bulletin()
    table = {p.number: p.late for p in b.projects}
    assert b.map is not None and {m.number: m.late for m in b.map.projects} == table == {pipes: 1, lights: 0}
    pdf = tmp_path / "map.pdf"
    render_project_bulletin_pdf(b, pdf)
    flat = "".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                                  check=True).stdout.split())
    assert "红圈：有超期节点的项目" in flat
    shots = ROOT / "tests" / "artifacts" / "map"
    shots.mkdir(parents=True, exist_ok=True)  # for a person to look at: the map on paper with its red ring
    subprocess.run(["pdftoppm", "-r", "110", "-png", str(pdf), str(shots / "bulletin-late")], check=True)
