"""What a 12345 desk records on a ticket besides the problem: 诉求类型, 回复方式, 保密, the 12345 number, and a
社区 from the administrator's list; bad values get a typed error and change nothing."""
from __future__ import annotations

import pytest

from desk.errors import NotFound, PermissionDenied, ValidationError
from helpers import snapshot


def test_the_new_fields_are_stored_and_shown(world):
    t = world.new_ticket(appeal_type="report", reply_by="sms", confidential=True, hotline_number="20261123000777",
                         reporter_phone="139 1234 5678")
    d = world.clerk.ticket(t.number)
    assert (d.appeal_type, d.reply_by, d.confidential, d.hotline_number) == ("report", "sms", True, "20261123000777")
    assert d.reporter_phone == "13912345678"
    plain = world.new_ticket(title="默认值")
    assert (plain.appeal_type, plain.reply_by, plain.confidential, plain.hotline_number) == \
        ("complaint", "phone", False, "")
    row = world.clerk.list_queue("all", search="20261123000777").rows[0]
    assert (row.appeal_type, row.hotline_number) == ("report", "20261123000777")


@pytest.mark.parametrize("field, value", [
    ("appeal_type", "rant"), ("appeal_type", 3), ("reply_by", "carrier pigeon"), ("confidential", "yes"),
    ("confidential", 1), ("hotline_number", "12345 号 !"), ("hotline_number", "9" * 40), ("hotline_number", 12345),
    ("community", "火星社区"), ("community", ""), ("community", "社" * 100), ("community", None),
])
def test_bad_values_get_a_typed_error_and_change_nothing(world, field, value):
    world.new_ticket()
    before = snapshot(world.desk)
    with pytest.raises(ValidationError) as info:
        world.new_ticket(**{field: value})
    assert info.value.field == field and info.value.message
    assert snapshot(world.desk) == before


def test_an_inactive_community_is_not_offered_but_old_tickets_keep_it(world):
    t = world.new_ticket(community="长安社区")
    world.admin.set_community_active("长安社区", False)
    assert "长安社区" not in [c.name for c in world.clerk.communities()]
    assert "长安社区" in [c.name for c in world.clerk.communities(include_inactive=True)]
    with pytest.raises(ValidationError) as info:
        world.new_ticket(community="长安社区")
    assert info.value.field == "community"
    t = world.clerk.update_ticket(t.number, title="标题改了", community="长安社区")  # kept as it was
    assert t.community == "长安社区"
    with pytest.raises(ValidationError):
        world.clerk.update_ticket(t.number, community="火星社区")


def test_renaming_a_community_takes_its_tickets_along(world):
    a = world.new_ticket(community="光明社区")
    b = world.new_ticket(community="幸福社区")
    world.admin.rename_community("光明社区", "光明里社区")
    assert world.clerk.ticket(a.number).community == "光明里社区"
    assert world.clerk.ticket(b.number).community == "幸福社区"
    entry = world.admin.audit_log(kind="admin")[0]
    assert entry.kind == "community_rename" and entry.changes["tickets"] == [None, 1]
    with pytest.raises(ValidationError):
        world.admin.rename_community("光明里社区", "幸福社区")  # taken
    with pytest.raises(NotFound):
        world.admin.rename_community("不存在社区", "新名")
    with pytest.raises(PermissionDenied):
        world.clerk.add_community("新社区")


def test_only_clerks_and_supervisors_may_change_a_confidential_reporter(world):
    t = world.new_ticket(confidential=True, reporter_name="钱女士", reporter_phone="13787654321")
    admin = world.admin
    before = snapshot(world.desk)
    with pytest.raises(PermissionDenied):
        admin.update_ticket(t.number, reporter_name="别人")
    with pytest.raises(PermissionDenied):
        admin.update_ticket(t.number, confidential=False)
    assert snapshot(world.desk) == before
    # what the administrator sees (and sends back unchanged) is not a change
    shown = admin.ticket(t.number)
    assert shown.reporter_name == "（保密）"
    admin.update_ticket(t.number, title="标题改了")
    assert world.supervisor.ticket(t.number).reporter_name == "钱女士"
