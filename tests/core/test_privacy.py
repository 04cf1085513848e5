"""Residents' phone numbers: masked for responders whose department only assists, and in exports by default."""
from __future__ import annotations

import csv
import io
import json

import pytest

from desk import cli, facade
from desk.errors import AuthError
from desk.privacy import mask_phone

PHONE = "13812345678"
MASKED = "138****5678"


@pytest.mark.parametrize(("phone", "masked"), [
    ("13812341234", "138****1234"), (PHONE, MASKED), ("010-65123456", "010****3456"),
    ("0755-12345678-123", "075****-123"), ("65123456", "****3456"), ("1234567", "****"), ("", ""),
])
def test_mask_phone(phone, masked):
    assert mask_phone(phone) == masked


@pytest.fixture
def summoned(world):
    """A ticket led by 城管执法队 with 住建委 assisting, whose phone number was corrected once."""
    t = world.new_ticket(reporter_phone="13900001111")
    world.clerk.update_ticket(t.number, reporter_phone=PHONE)
    t = world.clerk.whistle(t.number, lead="城管执法队", assist=["住建委"])
    return t


def test_the_lead_department_and_the_office_see_the_phone(world, summoned):
    for user in (world.responder("城管执法队"), world.clerk, world.supervisor, world.admin):
        detail = user.ticket(summoned.number)
        assert detail.reporter_phone == PHONE
        [update] = [e for e in detail.events if e.kind == "update"]
        assert update.changes["reporter_phone"] == ["13900001111", PHONE]
        [row] = user.ticket_rows([summoned.id])
        assert row.reporter_phone == PHONE


def test_an_assisting_department_sees_it_masked_also_in_the_timeline_and_rows(world, summoned):
    zj = world.responder("住建委")
    detail = zj.ticket(summoned.number)
    assert detail.reporter_phone == MASKED
    [update] = [e for e in detail.events if e.kind == "update"]
    assert update.changes["reporter_phone"] == ["139****1111", MASKED]
    [row] = zj.ticket_rows([summoned.id])
    assert row.reporter_phone == MASKED
    assert {r.reporter_phone for r in zj.list_queue("all").rows} == {MASKED}
    assert PHONE not in repr(detail) + repr(row)
    # The verbs' results too.
    d = next(x for x in detail.dispatches if x.department == "住建委")
    zj.acknowledge(d.id)
    assert PHONE not in repr(zj.ticket(summoned.number))


def test_exports_mask_by_default(world, summoned):
    rows = list(world.clerk.export_dispatches())
    assert {r["reporter_phone"] for r in rows} == {MASKED}
    assert {r["reporter_phone"] for r in world.clerk.export_dispatches(mask_phones=False)} == {PHONE}
    lead = list(world.responder("城管执法队").export_dispatches(mask_phones=False))
    assert [r["reporter_phone"] for r in lead] == [PHONE]
    assist = list(world.responder("住建委").export_dispatches(mask_phones=False))
    assert [r["reporter_phone"] for r in assist] == [MASKED]  # an assisting department never gets it


def test_an_export_stops_when_the_account_is_disabled_meanwhile(world, summoned, monkeypatch):
    monkeypatch.setattr(facade, "EXPORT_BATCH", 2)
    for _ in range(3):
        world.clerk.whistle(world.new_ticket().number, lead="城管执法队", assist=["住建委"])
    clerk = world.login("clerk")
    rows = clerk.export_dispatches()
    first = [next(rows), next(rows)]  # the first batch, read before the account was disabled
    world.desk.set_user_active("clerk", False)
    with pytest.raises(AuthError):
        first.extend(rows)  # the next batch checks the account again
    assert len(first) == 2 and world.desk.ticket_count() == 4  # of eight dispatches


def test_cli_export_masks_unless_asked(world, summoned, capsys):
    url = world.desk.engine.url.render_as_string(hide_password=False)
    assert cli.main(["--db", url, "export", "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows and {r["reporter_phone"] for r in rows} == {MASKED}
    assert cli.main(["--db", url, "export", "--format", "csv", "--full-phones"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert {r["reporter_phone"] for r in rows} == {PHONE}
