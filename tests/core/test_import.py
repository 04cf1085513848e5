"""Issue 15 §1: 12345 work orders in. The files are built here (xlsx with a title row, csv in GB18030 and
UTF-8 with BOM, another city's column names; the .xls is a committed fixture, see tests/core/fixtures), imported on
both databases, imported again (nothing changes), updated (only the changes, one event each), and the bad inputs
each get a clear message and leave the database exactly as it was."""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import text

from desk.errors import PermissionDenied, ValidationError
from desk.intake.imports import reader
from desk.intake.imports.service import ImportCancelled, RowsRejected

from core.helpers import snapshot
from core.import_files import BEIJING, OTHER_CITY, beijing_row, write_csv, write_xlsx

FIXTURES = Path(__file__).parent / "fixtures"
IMPORT_TABLES = ("import_batch", "hotline_order", "category_map", "import_alias", "import_mapping")


def full_snapshot(desk):
    out = snapshot(desk)
    with desk.engine.connect() as conn:
        for table in IMPORT_TABLES:
            out[table] = [tuple(r) for r in conn.execute(text(f"SELECT * FROM {table} ORDER BY 1"))]
    return out


def events(desk, kind):
    with desk.engine.connect() as conn:
        return [(r.ticket_id, json.loads(r.changes)) for r in
                conn.execute(text("SELECT ticket_id, changes FROM event WHERE kind = :k ORDER BY id"), {"k": kind})]


@pytest.fixture
def mapped(world):
    """The admin maps two platform paths (one at the first level, one deeper); the rest stays unmapped."""
    admin = world.admin
    admin.set_category_mapping("城市管理", "市容环境")
    admin.set_category_mapping("住房->房屋安全", "房屋安全")
    return world


def test_xlsx_with_a_title_row_lands_in_the_new_queue(mapped, tmp_path):
    world = mapped
    path = write_xlsx(tmp_path / "12345.xlsx", BEIJING, (beijing_row(i) for i in range(8)), title="2026年11月工单明细")
    clerk = world.clerk
    preview = clerk.preview_import(str(path))
    assert (preview.header_row, preview.total, preview.new, preview.rejected, preview.batch_id) == (2, 8, 8, 0, None)
    assert preview.unclassified == 2  # 其他->噪声->夜间施工 maps to nothing
    assert dict(preview.columns)["platform_due"] == "承诺完成时间"
    assert world.desk.ticket_count() == 0  # the preview wrote nothing
    report = clerk.import_hotline(str(path))
    assert (report.new, report.updated, report.unchanged, report.rejected, report.unclassified) == (8, 0, 0, 0, 2)
    assert report.batch_id and len(report.sha256) == 64
    rows = clerk.list_queue("new").rows
    assert len(rows) == 8 and {r.source for r in rows} == {"12345"}
    assert {r.hotline_number for r in rows} == {f"BJ2026112{i:06d}" for i in range(8)}
    cats = {r.hotline_number: r.category for r in rows}
    assert cats["BJ2026112000000"] == "市容环境"  # 城市管理->市容环境->占道经营: by the prefix 城市管理
    assert cats["BJ2026112000002"] == "房屋安全"
    assert cats["BJ2026112000003"] == "待分类"
    info = clerk.platform_info(rows[0].number)
    assert info.source_system == "12345" and info.platform_due == datetime(2026, 11, 27, 10, 0, tzinfo=timezone.utc)
    (batch,) = clerk.import_batches()
    assert (batch.file_name, batch.new, batch.by, batch.sha256) == ("12345.xlsx", 8, "张伟", report.sha256)
    assert len(events(world.desk, "import")) == 8


def test_an_unclassified_ticket_cannot_be_whistled_until_the_clerk_picks_a_category(mapped, tmp_path):
    world = mapped
    path = write_xlsx(tmp_path / "a.xlsx", BEIJING, [beijing_row(3)])
    clerk = world.clerk
    clerk.import_hotline(str(path))
    (row,) = clerk.list_queue("new").rows
    assert row.category == "待分类"
    with pytest.raises(ValidationError) as info:
        clerk.whistle(row.number, lead="城管执法队")
    assert "待分类" in info.value.message and info.value.field == "category"
    clerk.update_ticket(row.number, category="市容环境")
    assert clerk.whistle(row.number, lead="城管执法队").state == "dispatched"


def test_a_dispatch_due_after_the_platforms_deadline_is_flagged(mapped, tmp_path, clock):
    """承诺完成时间 is kept beside the street's own limits: a dispatch due later than it is listed for a warning."""
    world = mapped
    path = write_xlsx(tmp_path / "a.xlsx", BEIJING, [beijing_row(0)])
    clerk = world.clerk
    clerk.import_hotline(str(path))
    (row,) = clerk.list_queue("new").rows
    t = clerk.ticket(row.number)
    assert t.platform_due == datetime(2026, 11, 27, 10, 0, tzinfo=timezone.utc) and t.late_for_platform == ()
    # What the whistle dialog asks before anyone dispatches: routine, 5 working days from Monday 10:00 run past
    # the platform's Friday 18:00; urgent (3 working days) does not.
    early = clerk.whistle_forecast(row.number)
    assert (early.resolve_within, early.platform_due, early.late_for_platform) == ("5wd", t.platform_due, True)
    clerk.update_ticket(row.number, urgency="urgent")
    assert not clerk.whistle_forecast(row.number).late_for_platform
    clock.advance(days=3)  # whistled late: the street's own 办结时限 now runs past the platform's deadline
    forecast = clerk.whistle_forecast(row.number)
    assert forecast.late_for_platform and forecast.resolve_within == "3wd"
    t = clerk.whistle(row.number, lead="城管执法队")
    (d,) = t.dispatches
    assert d.resolve_due > t.platform_due and d.resolve_due == forecast.resolve_due  # foretold exactly
    assert [x.department for x in t.late_for_platform] == ["城管执法队"]
    assert [x.id for x in clerk.ticket(row.number).late_for_platform] == [d.id]
    # the supervisor approving an extension sees the platform's deadline beside it (the dialog warns)
    li = world.responder("城管执法队")
    li.request_extension(d.id, reason="需协调施工", new_resolve_due=d.resolve_due + timedelta(days=7))
    (request,) = world.supervisor.approvals()
    assert (request.kind, request.platform_due) == ("extension", t.platform_due)
    typed = world.new_ticket()  # a ticket typed at the desk has no platform deadline
    assert typed.platform_due is None and typed.late_for_platform == ()
    assert clerk.whistle_forecast(typed.number).platform_due is None
    assert not clerk.whistle_forecast(typed.number).late_for_platform


def test_likely_repeats_are_proposed_for_imported_rows(mapped, tmp_path):
    """Every new row gets the repeat check: against what the desk holds, and against the file's earlier rows (the
    later row of a pair gets the proposal). A different problem of the same street is not proposed."""
    world = mapped
    clerk = world.clerk
    typed = world.new_ticket(title="幸福路第1号路灯不亮", description="幸福路第1号路灯连续三天晚上不亮，影响出行。",
                             reporter_phone="13912340001", address="幸福路1号", community="和平里社区")
    rows = [beijing_row(1), beijing_row(5, number="BJ-AGAIN"), beijing_row(2)]
    rows[1][7] = rows[0][7]  # the same caller again, about the same lamp
    rows[1][3], rows[1][4], rows[1][11], rows[1][10] = rows[0][3], rows[0][4], rows[0][11], rows[0][10]
    path = write_xlsx(tmp_path / "a.xlsx", BEIJING, rows)
    assert clerk.preview_import(str(path)).duplicates == 2  # the preview: both rows like the typed ticket
    report = clerk.import_hotline(str(path))
    assert (report.new, report.duplicates) == (3, 2)
    numbers = {r.hotline_number: r.number for r in clerk.list_queue("new").rows if r.hotline_number}
    first = clerk.repeat_links(numbers[rows[0][0]]).proposals
    again = clerk.repeat_links(numbers["BJ-AGAIN"]).proposals
    assert [p.candidate for p in first] == [typed.number]
    assert {p.candidate for p in again} == {typed.number, numbers[rows[0][0]]}
    assert all("phone" in p.reasons for p in again)
    assert clerk.repeat_links(numbers[rows[2][0]]).proposals == ()  # another lamp, another caller


def test_the_same_file_again_changes_nothing(mapped, tmp_path):
    world = mapped
    path = write_xlsx(tmp_path / "12345.xlsx", BEIJING, (beijing_row(i) for i in range(5)), title="工单")
    world.clerk.import_hotline(str(path))
    before = full_snapshot(world.desk)
    preview = world.clerk.preview_import(str(path))
    assert (preview.new, preview.updated, preview.unchanged) == (0, 0, 5)
    again = world.clerk.import_hotline(str(path))
    assert (again.new, again.updated, again.unchanged) == (0, 0, 5)
    after = full_snapshot(world.desk)
    # only the second batch (and its record) are new: no ticket, no platform row, no ticket event changed
    for table in ("ticket", "hotline_order", "ticket_counter", "dispatch"):
        assert after[table] == before[table]
    assert len(after["import_batch"]) == 2


def test_a_later_export_updates_only_the_platform_fields_that_changed_with_an_event_each(mapped, tmp_path):
    world = mapped
    clerk = world.clerk
    first = write_xlsx(tmp_path / "v1.xlsx", BEIJING, (beijing_row(i) for i in range(4)))
    clerk.import_hotline(str(first))
    t0 = clerk.list_queue("new").rows
    number = next(r.number for r in t0 if r.hotline_number == "BJ2026112000000")
    # the street's own work: a title edit and a dispatch
    clerk.update_ticket(number, title="街道改过的标题")
    clerk.whistle(number, lead="城管执法队")
    rows = [beijing_row(i) for i in range(4)]
    rows[0][5] = "已办结"  # 工单状态
    rows[0][20] = datetime(2026, 11, 30, 18, 0)  # 承诺完成时间 (延期 on the platform)
    rows[0][3] = "平台上的标题改了"  # not the platform's field to update: ignored
    rows[1][17] = "已解决"  # 是否解决
    second = write_xlsx(tmp_path / "v2.xlsx", BEIJING, rows)
    report = clerk.import_hotline(str(second))
    assert (report.new, report.updated, report.unchanged) == (0, 2, 2)
    updates = events(world.desk, "platform_update")
    assert len(updates) == 3 and all(len(c) == 1 for _, c in updates)
    assert {k for _, c in updates for k in c} == {"platform_status", "platform_due", "platform_resolved"}
    audit = world.admin.verify_audit()  # the events written in bulk are in the hash chain, unbroken
    assert audit.ok and audit.events >= 4 + 3, audit.problems
    d = clerk.ticket(number)
    assert d.title == "街道改过的标题" and d.state == "dispatched"  # the street's work stays
    info = clerk.platform_info(number)
    assert info.platform_status == "已办结" and info.platform_due == datetime(2026, 11, 30, 10, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize("encoding", ["gb18030", "utf-8-sig", "utf-8"])
def test_csv_in_gb18030_and_utf8_with_or_without_bom(mapped, tmp_path, encoding):
    path = write_csv(tmp_path / "12345.csv", BEIJING, (beijing_row(i) for i in range(3)), encoding=encoding,
                     title="12345工单导出")
    report = mapped.clerk.import_hotline(str(path))
    assert (report.header_row, report.new, report.rejected) == (2, 3, 0)
    rows = mapped.clerk.list_queue("new").rows
    assert {r.community for r in rows} == {"幸福社区", "和平里社区", "光明社区"}
    assert any("路灯" in r.title for r in rows)


def test_another_citys_column_names(mapped, tmp_path):
    rows = [[f"SH{i:05d}", "城市管理", "市容环境", f"大宁路{i}号垃圾堆放", f"居民{i}", "13800001111", "幸福社区",
             f"大宁路{i}号", "2026/11/20 08:30", "2026年11月25日", "办理中"] for i in range(3)]
    path = write_xlsx(tmp_path / "shanghai.xlsx", OTHER_CITY, rows)
    report = mapped.clerk.import_hotline(str(path), source_system="上海12345")
    assert (report.new, report.rejected) == (3, 0)
    assert dict(report.columns)["number"] == "办件编号" and dict(report.columns)["category_1"] == "事项大类"
    got = mapped.clerk.list_queue("new").rows
    # a separate source system: the Beijing mapping of 城市管理 does not apply, the local name 市容环境 does
    assert {r.category for r in got} == {"市容环境"}
    assert {r.title for r in got} == {f"大宁路{i}号垃圾堆放" for i in range(3)}


def test_legacy_xls(mapped):
    report = mapped.clerk.import_hotline(str(FIXTURES / "beijing_12345.xls"))
    assert (report.header_row, report.new, report.unclassified) == (2, 3, 1)
    assert {r.hotline_number for r in mapped.clerk.list_queue("new").rows} == {
        "XLS202611200001", "XLS202611200002", "XLS202611200003"}


def test_a_saved_mapping_and_an_admin_alias(world, tmp_path):
    headers = ("序号", "编号X", "类别X", "内容X", "社区")
    path = write_xlsx(tmp_path / "odd.xlsx", headers, [["1", "N001", "市容环境", "垃圾没人清", "幸福社区"]])
    with pytest.raises(reader.MissingColumn):
        world.clerk.preview_import(str(path))
    admin = world.admin
    admin.save_import_mapping("某区平台", {"number": "编号X", "category": "类别X", "description": "内容X"})
    assert world.clerk.preview_import(str(path), mapping="某区平台").new == 1
    assert world.clerk.preview_import(str(path), columns={"number": "编号X", "category": "类别X",
                                                          "description": "内容X"}).new == 1
    admin.set_import_aliases("number", ["编号X"])
    admin.set_import_aliases("category", ["类别X"])
    admin.set_import_aliases("description", ["内容X"])
    assert world.clerk.preview_import(str(path)).new == 1
    with pytest.raises(PermissionDenied):
        world.clerk.set_import_aliases("number", ["工单流水号"])
    with pytest.raises(ValidationError):
        admin.set_import_aliases("number", ["主要内容"])  # already another field's name


def test_cancel_leaves_nothing_behind(mapped, tmp_path, monkeypatch):
    from desk.intake.imports import service

    monkeypatch.setattr(service, "CHUNK", 2)
    path = write_xlsx(tmp_path / "12345.xlsx", BEIJING, (beijing_row(i) for i in range(7)))
    before = full_snapshot(mapped.desk)
    calls = []

    def cancel():
        calls.append(1)
        return len(calls) > 2  # after two chunks were written

    with pytest.raises(ImportCancelled) as info:
        mapped.clerk.import_hotline(str(path), cancel=cancel)
    assert "没有写入" in info.value.message
    assert full_snapshot(mapped.desk) == before


# -- bad inputs: a clear message, nothing written --------------------------------------------------------
def _bad(world, path, error, *words, **kw):
    before = full_snapshot(world.desk)
    with pytest.raises(error) as info:
        world.clerk.import_hotline(str(path), **kw)
    for w in words:
        assert w in info.value.message
    if error is not RowsRejected:  # (the preview lists rejected rows instead)
        with pytest.raises(error):
            world.clerk.preview_import(str(path))
    assert full_snapshot(world.desk) == before
    return info.value


def test_wrong_file_type(mapped, tmp_path):
    png = tmp_path / "12345.xlsx"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    _bad(mapped, png, reader.WrongFileType, "不是 Excel 或 CSV")


def test_corrupt_file(mapped, tmp_path):
    good = write_xlsx(tmp_path / "good.xlsx", BEIJING, (beijing_row(i) for i in range(50)))
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(good.read_bytes()[:1500])  # a zip cut short
    _bad(mapped, broken, reader.UnreadableFile, "已损坏")
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    _bad(mapped, empty, reader.UnreadableFile, "空的")


def test_missing_required_column(mapped, tmp_path):
    headers = tuple(h for h in BEIJING if h != "工单编号")
    rows = [[v for h, v in zip(BEIJING, beijing_row(i)) if h != "工单编号"] for i in range(3)]
    error = _bad(mapped, write_xlsx(tmp_path / "x.xlsx", headers, rows), reader.MissingColumn, "工单编号")
    assert error.field == "number"


def test_a_date_that_is_not_one(mapped, tmp_path):
    rows = [beijing_row(i) for i in range(3)]
    rows[1][13] = "上周三下午"
    path = write_xlsx(tmp_path / "x.xlsx", BEIJING, rows, title="工单")
    error = _bad(mapped, path, RowsRejected, "第 4 行", "来电时间")
    assert error.field == "file"
    preview = mapped.clerk.preview_import(str(path))
    (rej,) = preview.rejected_rows
    assert (rej.row, rej.number, preview.new) == (4, "BJ2026112000001", 2)
    assert "不是日期" in rej.reason and rej.values[0] == "BJ2026112000001"
    # the clerk chooses to skip it: the two others are imported, the rejected one is listed
    report = mapped.clerk.import_hotline(str(path), allow_rejected=True)
    assert (report.new, report.rejected) == (2, 1)


def test_the_same_number_twice_in_one_file(mapped, tmp_path):
    rows = [beijing_row(i) for i in range(3)] + [beijing_row(9, number="BJ2026112000001")]
    path = write_xlsx(tmp_path / "x.xlsx", BEIJING, rows)
    _bad(mapped, path, RowsRejected, "重复")
    (rej,) = mapped.clerk.preview_import(str(path)).rejected_rows
    assert rej.row == 5 and "第 3 行" in rej.reason


def test_100000_rows_are_refused_before_anything_is_parsed(mapped, tmp_path):
    """A CSV (fast to write); the limit (50,000 rows a file) is checked on the file's row count first."""
    path = tmp_path / "big.csv"
    line = ",".join(str(v) for v in beijing_row(1)) + "\r\n"
    path.write_text(",".join(BEIJING) + "\r\n" + line * 100_000, encoding="utf-8")
    _bad(mapped, path, reader.TooManyRows, "50,000")


def test_the_rejected_rows_are_saved_as_xlsx(mapped, tmp_path):
    from desk.intake.imports.rejected import write_rejected_xlsx

    rows = [beijing_row(i) for i in range(3)]
    rows[2][13] = "不详"
    report = mapped.clerk.preview_import(str(write_xlsx(tmp_path / "x.xlsx", BEIJING, rows)))
    out = write_rejected_xlsx(report, tmp_path / "rejected.xlsx")
    from python_calamine import CalamineWorkbook

    got = CalamineWorkbook.from_path(str(out)).get_sheet_by_index(0).to_python()
    assert got[0][:2] == ["工单编号", "工单类型"] and got[0][-2:] == ["行号", "原因"]
    assert got[1][0] == "BJ2026112000002" and "不是日期" in got[1][-1]


def test_only_the_office_imports_and_only_admins_edit_mappings(world, tmp_path):
    path = write_xlsx(tmp_path / "x.xlsx", BEIJING, [beijing_row(1)])
    with pytest.raises(PermissionDenied):
        world.responder().import_hotline(str(path))
    with pytest.raises(PermissionDenied):
        world.clerk.set_category_mapping("城市管理", "市容环境")
    with pytest.raises(ValidationError):
        world.admin.set_category_mapping("城市管理", "火星分类")


# -- the command line -------------------------------------------------------------------------------------
def test_command_line_dry_run_json_then_import_and_exit_2_on_a_bad_file(mapped, db_url, tmp_path, capsys):
    from desk.cli import main

    path = write_xlsx(tmp_path / "12345.xlsx", BEIJING, (beijing_row(i) for i in range(4)), title="工单")
    before = full_snapshot(mapped.desk)
    assert main(["import", "12345", str(path), "--dry-run", "--json", "--db", db_url]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["new"], out["total"], out["batch"], out["dry_run"]) == (4, 4, None, True)
    assert full_snapshot(mapped.desk) == before
    assert main(["import", "12345", str(path), "--db", db_url]) == 0
    assert "新增 4" in capsys.readouterr().out
    assert mapped.desk.ticket_count() == 4
    before = full_snapshot(mapped.desk)
    bad = write_xlsx(tmp_path / "bad.xlsx", ("工单类型", "问题分类", "标题", "主要内容"), [["投诉", "城市管理", "a", "b"]])
    assert main(["import", "12345", str(bad), "--db", db_url]) == 2
    assert "工单编号" in capsys.readouterr().err
    png = tmp_path / "x.csv"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    assert main(["import", "12345", str(png), "--json", "--db", db_url]) == 2
    assert full_snapshot(mapped.desk) == before


def test_a_masked_phone_matches_no_other_resident(mapped, tmp_path):
    """12345 exports may mask the caller's number (138****1234). Its digits are not a phone: two residents with
    masked numbers are not "the same phone" in the repeat check, a search for 1381234 does not find them, and a
    project counts them as two residents; the last four digits still find them."""
    world = mapped
    world.new_ticket(title="幸福路积水", reporter_phone="13812341234")  # a real number that starts 1381234
    rows = [beijing_row(0, number="MASK1"), beijing_row(1, number="MASK2")]
    rows[0][7] = rows[1][7] = "138****1234"
    rows[1][3], rows[1][4] = "夜间施工扰民", "工地晚上十一点以后还在施工，噪音很大。"
    path = write_xlsx(tmp_path / "masked.xlsx", BEIJING, rows)
    report = world.clerk.import_hotline(str(path))
    assert (report.new, report.duplicates) == (2, 0)
    numbers = {t.hotline_number: t.number for t in world.clerk.list_queue("all").rows if t.hotline_number}
    mask1, mask2 = numbers["MASK1"], numbers["MASK2"]
    assert world.clerk.ticket(mask1).reporter_phone == "138****1234"  # kept as the platform wrote it
    links = world.clerk.propose_repeats(mask2)
    assert not [p for p in links.proposals if "phone" in p.reasons]
    typed = world.clerk.repeat_candidates(title="夜间施工", phone="138****1234")
    assert not [c for c in typed if "phone" in c.reasons]
    found = {t.number for t in world.clerk.list_queue("all", search="1381234").rows}
    assert mask1 not in found and mask2 not in found and len(found) == 1
    assert {mask1, mask2} <= {t.number for t in world.clerk.list_queue("all", search="1234").rows}
    p = world.clerk.create_project(name="幸福路综合整治", tickets=[mask1, mask2])
    assert p.residents == 2
