"""Issue 15 §1, the administration of the import: tickets in 待分类 and how they get out of it.

(a) a clerk edits an imported ticket still in 待分类 (other fields: the reserved category is kept; the category: an
active one); (b) the reserved category cannot be renamed, activated, deactivated or moved in the tree; (c) after a category mapping is
added, ``reclassify_unclassified`` gives the matching tickets their category, one ``update`` event each. On both
databases; bad input leaves the database exactly as it was."""
from __future__ import annotations

import pytest

from desk.errors import PermissionDenied, ValidationError

from core.import_files import BEIJING, beijing_row, write_xlsx
from core.test_import import events, full_snapshot

UNCLASSIFIED = "待分类"


@pytest.fixture
def imported(world, tmp_path):
    """Eight rows imported; 城市管理 and 住房->房屋安全 are mapped, 其他->噪声->夜间施工 (rows 3 and 7) is not."""
    world.admin.set_category_mapping("城市管理", "市容环境")
    world.admin.set_category_mapping("住房->房屋安全", "房屋安全")
    path = write_xlsx(tmp_path / "12345.xlsx", BEIJING, (beijing_row(i) for i in range(8)))
    world.clerk.import_hotline(str(path))
    return world


def _by_hotline(world):
    return {r.hotline_number: r for r in world.clerk.list_queue("new").rows}


def test_a_clerk_edits_an_unclassified_ticket_and_then_gives_it_a_category(imported):
    world = imported
    clerk = world.clerk
    row = _by_hotline(world)["BJ2026112000003"]
    assert row.category == UNCLASSIFIED
    # the edit dialog sends every field, the category unchanged: allowed, the ticket stays in 待分类
    t = clerk.update_ticket(row.number, title="夜间施工噪声扰民", category=UNCLASSIFIED)
    assert (t.title, t.category) == ("夜间施工噪声扰民", UNCLASSIFIED)
    t = clerk.update_ticket(row.number, category="市容环境")
    assert t.category == "市容环境"
    # and no ticket is put into 待分类 by hand
    before = full_snapshot(world.desk)
    with pytest.raises(ValidationError) as info:
        clerk.update_ticket(row.number, category=UNCLASSIFIED)
    assert info.value.field == "category" and "待分类" in info.value.message
    assert full_snapshot(world.desk) == before


@pytest.mark.parametrize("call", [
    lambda a: a.rename_category(UNCLASSIFIED, "未分类"),
    lambda a: a.set_category_active(UNCLASSIFIED, True),
    lambda a: a.set_category_active(UNCLASSIFIED, False),
    lambda a: a.move_category(UNCLASSIFIED, "市容环境"),
], ids=["rename", "activate", "deactivate", "move"])
def test_the_reserved_category_cannot_be_renamed_activated_or_deactivated(imported, call):
    world = imported
    admin = world.admin
    before = full_snapshot(world.desk)
    with pytest.raises(ValidationError) as info:
        call(admin)
    assert info.value.field == "category" and "系统保留" in info.value.message and UNCLASSIFIED in info.value.message
    assert full_snapshot(world.desk) == before
    assert UNCLASSIFIED not in {c.name for c in admin.categories()}  # still inactive: not offered for new tickets


def test_other_categories_are_still_renamed_and_deactivated(world):
    admin = world.admin
    assert admin.rename_category("市容环境", "市容秩序").name == "市容秩序"
    assert admin.set_category_active("市容秩序", False).active is False


def test_a_new_mapping_reclassifies_the_waiting_tickets_with_an_event_each(imported):
    world = imported
    admin, clerk = world.admin, world.clerk
    waiting = [r for r in _by_hotline(world).values() if r.category == UNCLASSIFIED]
    assert {r.hotline_number for r in waiting} == {"BJ2026112000003", "BJ2026112000007"}
    versions = {r.number: clerk.ticket(r.number).version for r in waiting}
    assert admin.reclassify_unclassified() == 0  # nothing maps yet
    admin.set_category_mapping("其他->噪声", "市容环境")
    # another source system's tickets are not touched
    assert admin.reclassify_unclassified(source_system="北京12345") == 0
    assert admin.reclassify_unclassified() == 2
    rows = _by_hotline(world)
    assert rows["BJ2026112000003"].category == rows["BJ2026112000007"].category == "市容环境"
    for r in waiting:
        t = clerk.ticket(r.number)
        assert t.version == versions[r.number] + 1 and t.updated_by == "管理员"
        assert clerk.platform_info(r.number).unclassified is False
    updates = [(tid, ch) for tid, ch in events(world.desk, "update") if "category" in ch]
    assert len(updates) == 2 and all(ch["category"] == [UNCLASSIFIED, "市容环境"] for _, ch in updates)
    assert clerk.whistle(waiting[0].number, lead="城管执法队").state == "dispatched"  # no longer refused
    before = full_snapshot(world.desk)
    assert admin.reclassify_unclassified() == 0  # again: nothing left, nothing written
    assert full_snapshot(world.desk) == before


def test_a_ticket_the_clerk_already_classified_is_left_alone(imported):
    world = imported
    admin, clerk = world.admin, world.clerk
    row = _by_hotline(world)["BJ2026112000003"]
    clerk.update_ticket(row.number, category="房屋安全")
    admin.set_category_mapping("其他", "市容环境")
    assert admin.reclassify_unclassified() == 1  # only 000007
    assert clerk.ticket(row.number).category == "房屋安全"


@pytest.mark.parametrize("source, error", [
    ("", ValidationError), ("x" * 40, ValidationError), (12345, ValidationError), (None, ValidationError),
])
def test_bad_input_to_reclassify_leaves_the_database_unchanged(imported, source, error):
    world = imported
    world.admin.set_category_mapping("其他", "市容环境")
    before = full_snapshot(world.desk)
    with pytest.raises(error) as info:
        world.admin.reclassify_unclassified(source_system=source)
    assert info.value.message
    assert full_snapshot(world.desk) == before


def test_only_an_admin_reclassifies(imported):
    world = imported
    world.admin.set_category_mapping("其他", "市容环境")
    before = full_snapshot(world.desk)
    for who in (world.clerk, world.supervisor):
        with pytest.raises(PermissionDenied):
            who.reclassify_unclassified()
    assert full_snapshot(world.desk) == before
