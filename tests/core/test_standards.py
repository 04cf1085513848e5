"""Category standards (立结案标准, issue 15 §4): the three-level tree, inheritance of the standard, dispatch
deadlines from a leaf's own limits, the .xlsx library round trip, refused rows, and who may edit."""
from __future__ import annotations

import io

import pytest
import xlsxwriter
from sqlalchemy import text

from desk.errors import NotFound, PermissionDenied, ValidationError
from desk.standards.library import HEADERS
from helpers import snapshot

LIMITS_ROUTINE = ("2h", "1wd", "3wd")


def full_snapshot(desk):
    snap = snapshot(desk)
    with desk.engine.connect() as conn:
        snap["category_assist"] = [tuple(r) for r in conn.execute(text("SELECT * FROM category_assist ORDER BY 1, 2"))]
    return snap


def build_tree(admin):
    """城市管理 → 市容市貌 → 垃圾清运 / 占道经营, with the seed's 市容环境 moved under 市容市貌."""
    admin.add_category_node("城市管理", lead="城管执法队")
    admin.set_category_standard("城市管理", lead="城管执法队", assists=["住建委"], intake_condition="属于城市管理范围",
                                close_condition="现场整改完毕并拍照", limits={"routine": list(LIMITS_ROUTINE)})
    admin.add_category_node("市容市貌", parent="城市管理")
    admin.add_category_node("垃圾清运", parent="市容市貌")
    admin.add_category_node("占道经营", parent="市容市貌", lead="交通支队")
    admin.move_category("市容环境", "市容市貌")


def test_existing_categories_are_level_one_nodes_without_children(world):
    tree = world.clerk.category_tree()
    assert [(n.name, n.level, n.parent_id, n.has_children) for n in tree] == [
        ("市容环境", 1, None, False), ("房屋安全", 1, None, False), ("道路交通", 1, None, False),
        ("供排水", 1, None, False)]
    std = world.clerk.standard_for("房屋安全")
    assert (std.lead, std.lead_from, std.assists, std.limits_from["routine"]) == ("住建委", "房屋安全", (), None)


def test_tree_crud_levels_and_order(world):
    admin = world.admin
    build_tree(admin)
    tree = admin.category_tree()
    paths = [n.path for n in tree]
    i = paths.index(("城市管理",))
    assert paths[i:i + 5] == [("城市管理",), ("城市管理", "市容市貌"), ("城市管理", "市容市貌", "市容环境"),
                              ("城市管理", "市容市貌", "垃圾清运"), ("城市管理", "市容市貌", "占道经营")] or \
        paths[i:i + 5] == [("城市管理",), ("城市管理", "市容市貌"), ("城市管理", "市容市貌", "垃圾清运"),
                           ("城市管理", "市容市貌", "占道经营"), ("城市管理", "市容市貌", "市容环境")]
    by = {n.name: n for n in tree}
    assert (by["垃圾清运"].level, by["市容市貌"].level, by["市容环境"].level) == (3, 2, 3)
    # a 细类 takes no children; a subtree too deep cannot be moved; no cycles; names unique over the tree
    with pytest.raises(ValidationError) as e:
        admin.add_category_node("厨余垃圾", parent="垃圾清运")
    assert e.value.field == "parent"
    with pytest.raises(ValidationError):
        admin.move_category("城市管理", "房屋安全")  # 2 + 城市管理's two levels below = 4
    with pytest.raises(ValidationError):
        admin.move_category("城市管理", "市容市貌")
    with pytest.raises(ValidationError):
        admin.add_category_node("垃圾清运", parent="城市管理")
    with pytest.raises(NotFound):
        admin.add_category_node("新类", parent="没有这个")
    # moving a subtree re-levels it
    admin.move_category("市容市貌", None)
    by = {n.name: n for n in admin.category_tree()}
    assert (by["市容市貌"].level, by["垃圾清运"].level) == (1, 2)
    # deactivating a node deactivates its subtree; a child cannot be activated under an inactive parent
    admin.set_category_active("市容市貌", False)
    by = {n.name: n for n in admin.category_tree()}
    assert not by["垃圾清运"].active and not by["市容环境"].active
    assert "垃圾清运" not in {c.name for c in world.clerk.categories()}
    with pytest.raises(ValidationError):
        admin.set_category_active("垃圾清运", True)
    admin.set_category_active("市容市貌", True)
    admin.set_category_active("垃圾清运", True)


def test_the_standard_is_inherited_field_by_field(world):
    admin = world.admin
    build_tree(admin)
    std = world.clerk.standard_for("垃圾清运")  # sets nothing itself
    assert std.path == ("城市管理", "市容市貌", "垃圾清运")
    assert (std.lead, std.lead_from) == ("城管执法队", "城市管理")
    assert (std.assists, std.assists_from) == (("住建委",), "城市管理")
    assert (std.intake_condition, std.intake_from) == ("属于城市管理范围", "城市管理")
    assert (std.close_condition, std.close_from) == ("现场整改完毕并拍照", "城市管理")
    assert std.limits["routine"].texts() == LIMITS_ROUTINE and std.limits_from["routine"] == "城市管理"
    assert std.limits["urgent"].texts() == ("2h", "1wd", "3wd") and std.limits_from["urgent"] is None  # defaults
    # the leaf's own values win
    admin.set_category_standard("占道经营", lead="交通支队", assists=["城管执法队", "水务所"], intake_condition="",
                                close_condition="摊点已清除", limits={"routine": ["1h", "4h", "1wd"]})
    std = world.clerk.standard_for("占道经营")
    assert (std.lead, std.lead_from, std.assists, std.assists_from) == \
        ("交通支队", "占道经营", ("城管执法队", "水务所"), "占道经营")
    assert (std.intake_from, std.close_condition, std.close_from) == ("城市管理", "摊点已清除", "占道经营")
    assert (std.limits["routine"].texts(), std.limits_from["routine"]) == (("1h", "4h", "1wd"), "占道经营")
    # the pick-list proposes the resolved departments (the whistle dialog pre-selects them)
    info = {c.name: c for c in world.clerk.categories()}
    assert (info["垃圾清运"].lead, info["垃圾清运"].assists, info["垃圾清运"].level) == ("城管执法队", ("住建委",), 3)
    assert info["占道经营"].assists == ("城管执法队", "水务所")
    # the time-limit screen shows the inherited limits
    pol = {(p.category, p.urgency): p for p in admin.policies()}
    assert (pol[("垃圾清运", "routine")].resolve_within, pol[("垃圾清运", "routine")].inherited_from) == ("3wd", "城市管理")
    # clearing the leaf's own values inherits again
    admin.set_category_standard("占道经营", lead=None, assists=[], intake_condition="", close_condition="", limits={})
    std = world.clerk.standard_for("占道经营")
    assert (std.lead_from, std.assists_from, std.close_from, std.limits_from["routine"]) == \
        ("城市管理", "城市管理", "城市管理", "城市管理")


def test_dispatch_deadlines_use_the_leafs_own_limits_else_the_inherited_ones(world):
    admin = world.admin
    build_tree(admin)
    admin.set_category_standard("占道经营", lead="交通支队", assists=[], intake_condition="", close_condition="",
                                limits={"routine": ["1h", "4h", "1wd"]})
    clerk = world.clerk
    own = world.new_ticket(category="占道经营")
    inherited = world.new_ticket(category="垃圾清运")
    default = world.new_ticket(category="房屋安全")
    clerk.whistle(own.number, lead="交通支队")
    clerk.whistle(inherited.number, lead="城管执法队")
    clerk.whistle(default.number, lead="住建委")

    def limits(number):
        d = clerk.ticket(number).dispatches[0]
        return d.acknowledge_within, d.respond_within, d.resolve_within

    assert limits(own.number) == ("1h", "4h", "1wd")
    assert limits(inherited.number) == LIMITS_ROUTINE
    assert limits(default.number) == ("1wd", "2wd", "5wd")
    d = clerk.ticket(own.number).dispatches[0]
    assert d.acknowledge_due - d.dispatched_at <= d.resolve_due - d.dispatched_at


def test_the_after_photo_rule_is_part_of_the_standard_and_inherited(world):
    """办结须附处置后照片: set on a 大类, every 小类 and 细类 below asks for it, a node can say 否, and renaming
    a category keeps the rule (it was a setting listing names)."""
    admin = world.admin
    build_tree(admin)
    assert world.clerk.standard_for("垃圾清运").after_photo is False
    admin.set_category_standard("城市管理", lead="城管执法队", assists=["住建委"], intake_condition="属于城市管理范围",
                                close_condition="现场整改完毕并拍照", limits={"routine": list(LIMITS_ROUTINE)},
                                after_photo=True)
    std = world.clerk.standard_for("垃圾清运")
    assert (std.after_photo, std.after_photo_from) == (True, "城市管理")
    admin.set_category_standard("占道经营", lead="交通支队", assists=[], intake_condition="", close_condition="",
                                limits={}, after_photo=False)
    assert (world.clerk.standard_for("占道经营").after_photo, world.clerk.standard_for("占道经营").after_photo_from) \
        == (False, "占道经营")
    nodes = {n.name: n.after_photo for n in admin.category_tree()}
    assert (nodes["城市管理"], nodes["市容市貌"], nodes["占道经营"]) == (True, None, False)
    with pytest.raises(ValidationError) as e:
        admin.set_category_standard("占道经营", lead=None, assists=[], intake_condition="", close_condition="",
                                    limits={}, after_photo="是")
    assert e.value.field == "after_photo"


def test_the_library_carries_the_after_photo_column(world, desk):
    admin = world.admin
    build_tree(admin)
    rows = [["城市管理", "", "", "城管执法队"] + [""] * 12 + ["是"],
            ["城市管理", "市容市貌", "占道经营", "交通支队"] + [""] * 12 + ["否"],
            ["城市管理", "市容市貌", "垃圾清运", ""] + [""] * 12 + [""]]
    result = admin.import_standards(_workbook(rows))
    assert result.written and not result.rejected, result.rejected
    nodes = {n.name: n.after_photo for n in admin.category_tree()}
    assert (nodes["城市管理"], nodes["占道经营"], nodes["垃圾清运"]) == (True, False, None)
    assert world.clerk.standard_for("垃圾清运").after_photo is True
    again = admin.import_standards(admin.export_standards())
    assert again.written and again.updated == 0 and again.created == 0
    before = full_snapshot(desk)
    bad = admin.import_standards(_workbook([["城市管理", "", "", "城管执法队"] + [""] * 12 + ["必须"]]))
    assert not bad.written and "必须" in str(bad.rejected[0].reason) and bad.rejected[0].row == 2
    assert full_snapshot(desk) == before
    # an older workbook without the column leaves the rule as it is
    old = _workbook([["城市管理", "", "", "城管执法队"]], headers=HEADERS[:-1])
    assert admin.import_standards(old).written
    assert {n.name: n.after_photo for n in admin.category_tree()}["城市管理"] is True


def test_export_then_import_round_trip_is_equal(world, desk, clock, tmp_path):
    admin = world.admin
    build_tree(admin)
    admin.set_category_standard("占道经营", lead="交通支队", assists=["城管执法队", "水务所"],
                                intake_condition="占用人行道、车行道经营", close_condition="摊点已清除\n并告知居民",
                                limits={"routine": ["1h", "4h", "1wd"], "emergency": ["15m", "1h", "8h"]})
    data = admin.export_standards()
    assert data[:2] == b"PK"
    before = admin.category_tree()
    # importing the same file again changes nothing
    again = admin.import_standards(data)
    assert (again.written, again.created, again.updated, again.rejected) == (True, 0, 0, ())
    assert again.unchanged == again.rows == len(before)
    assert admin.category_tree() == before
    # into another office: the same library
    from desk import Desk
    from conftest import PASSWORD, seed
    other = Desk.open(f"sqlite:///{tmp_path / 'other.db'}", clock=clock)
    try:
        seed(other)
        other_admin = other.login("admin", PASSWORD)
    except Exception:
        other.close()
        raise
    try:
        result = other_admin.import_standards(data)
        assert result.written and not result.rejected and result.created == 4 and result.updated == 1
        strip = lambda tree: [(n.path, n.level, n.lead, n.assists, n.intake_condition, n.close_condition, n.limits)
                              for n in tree]  # noqa: E731
        assert strip(other_admin.category_tree()) == strip(before)
        assert other_admin.export_standards() == data or \
            strip(other_admin.category_tree()) == strip(admin.category_tree())
    finally:
        other.close()


def _workbook(rows, title=None, headers=HEADERS) -> bytes:
    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf, {"in_memory": True})
    ws = wb.add_worksheet("Sheet1")
    r = 0
    if title:
        ws.write_row(r, 0, [title])
        r += 1
    ws.write_row(r, 0, headers)
    for row in rows:
        r += 1
        ws.write_row(r, 0, row)
    wb.close()
    return buf.getvalue()


def test_bad_rows_are_listed_with_numbers_and_reasons_and_nothing_is_written(world, desk):
    admin = world.admin
    build_tree(admin)
    before = full_snapshot(desk)
    rows = [
        ["住房", "", "", "住建委"],                                   # row 3: fine
        ["住房", "物业管理", "", "住建委", "社区居委会"],               # row 4: unknown assisting department
        ["住房", "", "电梯故障", "住建委"],                            # row 5: a 细类 without its 小类
        ["住房", "房屋维修", "", "不存在的部门"],                        # row 6: unknown lead
        ["住房", "供暖", "", "", "", "", "", "", "", "", "", "", "", "2h", "abc", "3wd"],  # row 7: bad duration
        ["住房", "", "", "住建委"],                                   # row 8: duplicate of row 3
        ["住房", "燃气", "", "", "", "", "", "", "", "", "", "", "", "2h"],  # row 9: limits half filled
        ["城建", "城市管理", "", ""],                                 # row 10: moving 城市管理's tree would make 4 levels
        ["城管", "市容", "", ""],                                     # row 11: parent 城管 nowhere
        ["", "", "", "住建委"],                                       # row 12: no name at all
    ]
    result = admin.import_standards(_workbook(rows, title="某街道立结案标准（2026 版）"))
    assert not result.written and result.created == result.updated == 0
    got = {r.row: str(r.reason) for r in result.rejected}
    assert sorted(got) == [4, 5, 6, 7, 8, 9, 10, 11, 12], got
    assert "社区居委会" in got[4] and "缺少上级小类" in got[5] and "不存在的部门" in got[6]
    assert "办结" not in got[7] and "响应" in got[7] and "第 3 行" in got[8] and "三项" in got[9]
    assert "城市管理" in got[10] and "三级" in got[10] and "城管" in got[11] and "都为空" in got[12]
    assert full_snapshot(desk) == before


@pytest.mark.parametrize("data", [b"", b"not a workbook at all", b"PK\x03\x04broken zip"])
def test_unreadable_files_get_a_clear_error_and_change_nothing(world, desk, data):
    before = full_snapshot(desk)
    with pytest.raises(ValidationError) as e:
        world.admin.import_standards(data)
    assert e.value.field == "data" and e.value.message
    assert full_snapshot(desk) == before


def test_a_missing_column_is_refused(world, desk):
    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf, {"in_memory": True})
    wb.add_worksheet().write_row(0, 0, ["大类", "小类", "细类"])
    wb.close()
    before = full_snapshot(desk)
    with pytest.raises(ValidationError) as e:
        world.admin.import_standards(buf.getvalue())
    assert "主办部门" in str(e.value)
    assert full_snapshot(desk) == before


def test_bad_edits_change_nothing(world, desk):
    admin = world.admin
    build_tree(admin)
    before = full_snapshot(desk)
    bad = [
        dict(lead="火星局"), dict(assists=["住建委", "住建委"]), dict(lead="住建委", assists=["住建委"]),
        dict(limits={"routine": ["2h", "0h", "1wd"]}), dict(limits={"someday": ["2h", "2h", "1wd"]}),
        dict(limits={"routine": ["2h"]}), dict(intake_condition="长" * 2001),
    ]
    for override in bad:
        fields = dict(lead=None, assists=[], intake_condition="", close_condition="", limits={}) | override
        with pytest.raises(ValidationError):
            admin.set_category_standard("垃圾清运", **fields)
    assert full_snapshot(desk) == before


def test_only_an_admin_edits_everyone_reads(world, desk):
    build_tree(world.admin)
    before = full_snapshot(desk)
    for user in (world.clerk, world.supervisor, world.responder()):
        with pytest.raises(PermissionDenied):
            user.add_category_node("新大类")
        with pytest.raises(PermissionDenied):
            user.set_category_standard("垃圾清运", lead="住建委", assists=[], intake_condition="", close_condition="",
                                       limits={})
        with pytest.raises(PermissionDenied):
            user.import_standards(b"x")
        with pytest.raises(PermissionDenied):
            user.export_standards()
        assert user.standard_for("垃圾清运").lead == "城管执法队"
        assert len(user.category_tree()) == len(world.admin.category_tree())
    assert full_snapshot(desk) == before


def test_every_change_is_in_the_audit_trail(world):
    admin = world.admin
    build_tree(admin)
    kinds = [e.kind for e in admin.audit_log(kind="admin", limit=50)]
    assert {"category_add", "category_standard", "category_move"} <= set(kinds)


def test_command_line_export_then_import_dry_run_json_and_exit_2_on_bad_rows(world, desk, tmp_path, capsys):
    """whistle-desk standards export --out F / standards import F [--dry-run] [--json]."""
    import json

    from desk.cli import main

    db_url = desk.engine.url.render_as_string(hide_password=False)

    build_tree(world.admin)
    out = tmp_path / "立结案标准.xlsx"
    assert main(["standards", "export", "--out", str(out), "--db", db_url]) == 0
    assert "已导出" in capsys.readouterr().out and out.read_bytes() == world.admin.export_standards()
    before = full_snapshot(desk)
    assert main(["standards", "import", str(out), "--dry-run", "--json", "--db", db_url]) == 0
    got = json.loads(capsys.readouterr().out)
    assert (got["written"], got["rejected"], got["rows"]) == (False, [], len(world.admin.category_tree()))
    new = tmp_path / "new.xlsx"
    new.write_bytes(_workbook([["城市管理", "市容市貌", "违停", "交通支队"] + [""] * 12 + ["是"]]))
    assert main(["standards", "import", str(new), "--dry-run", "--db", db_url]) == 0
    assert "未写入" in capsys.readouterr().out
    assert full_snapshot(desk) == before
    assert main(["standards", "import", str(new), "--db", db_url]) == 0
    assert "新增 1" in capsys.readouterr().out
    assert world.clerk.standard_for("违停").after_photo is True
    before = full_snapshot(desk)
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(_workbook([["住房", "物业", "", "社区居委会"]]))
    assert main(["standards", "import", str(bad), "--db", db_url]) == 2
    text = capsys.readouterr().out
    assert "第 2 行" in text and "社区居委会" in text
    assert main(["standards", "import", str(tmp_path / "none.xlsx"), "--db", db_url]) == 2
    assert "无法读取文件" in capsys.readouterr().err
    assert main(["standards", "export", "--out", str(tmp_path), "--db", db_url]) == 2
    assert full_snapshot(desk) == before
