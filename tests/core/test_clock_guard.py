"""Embedded mode trusts this PC's clock, but not blindly: the record never goes back in time, and a clock far
ahead of the record writes nothing until a person confirms it."""
from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from conftest import PASSWORD
from desk import Desk, cli
from desk.clock import FakeClock
from desk.errors import ClockAhead, ConflictError
from desk.settings import DEFAULTS
from helpers import snapshot

BEIJING = ZoneInfo("Asia/Shanghai")
#: The guard is embedded mode's (PostgreSQL keeps the server's clock).
EMBEDDED = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


@pytest.fixture
def world(world):
    """The office's default guard (test databases turn it off: tests travel in time)."""
    world.desk.set_setting("clock_max_ahead", DEFAULTS["clock_max_ahead"])
    return world


@EMBEDDED
def test_a_backward_jump_keeps_the_record_in_order(world):
    clerk, clock = world.clerk, world.clock
    t = clerk.whistle(world.new_ticket().number, lead="城管执法队")
    cg = world.responder("城管执法队")
    d = t.dispatches[0]
    clock.advance(timedelta(minutes=-30))  # the PC's clock is set back half an hour
    done = cg.acknowledge(d.id)
    assert done.acknowledged_at >= d.dispatched_at  # not "acknowledged before it was dispatched"
    cg.respond(d.id, "已联系")
    cg.resolve(d.id, "已处理")
    clerk.verify(t.number, accepted=True)
    clock.advance(timedelta(minutes=-5))  # and back again, just after the verification
    clerk.record_callback(t.number, contacted=True, resolved=True, satisfaction="satisfied")
    assert clerk.close(t.number).state == "closed"  # the callback counts: it is not "before" the verification
    events = [e.at for e in clerk.ticket(t.number).events]
    assert events == sorted(events)
    assert world.desk.verify_audit().ok


@EMBEDDED
def test_a_clock_far_ahead_writes_nothing_until_a_person_confirms_it(world):
    clerk, clock, desk = world.clerk, world.clock, world.desk
    clerk.whistle(world.new_ticket().number, lead="城管执法队")
    clock.advance(timedelta(days=20))  # twenty days ahead: the sweep would escalate everything
    before = snapshot(desk)
    with pytest.raises(ClockAhead) as info:
        desk.sweep()
    assert "晚了许多（超过 1个工作日）" in info.value.message
    with pytest.raises(ClockAhead):
        desk.login("clerk", PASSWORD)
    assert snapshot(desk) == before  # no escalation, no login record
    desk.accept_clock()  # someone confirms the clock is right
    assert desk.sweep().escalations
    entry = world.admin.audit_log(kind="admin")
    assert any(e.kind == "clock_accept" for e in entry)


@EMBEDDED
def test_a_weekend_is_not_far_ahead_but_more_than_a_working_day_is(world):
    """Working time is 09:00-12:00 and 13:30-17:30 (7 hours); the clock guard allows 1wd of it."""

    def at(month: int, day: int, hour: int, minute: int = 0) -> None:
        world.clock.set(datetime(2026, month, day, hour, minute, tzinfo=BEIJING))

    world.new_ticket(title="周一")  # Monday 2026-11-23 10:00
    for day in (24, 25, 26, 27):  # Tuesday to Friday 08:45: a full working day after the last write at most
        at(11, day, 8, 45)
        world.new_ticket(title=f"11月{day}日")
    at(11, 27, 16)
    world.new_ticket(title="周五下午")
    at(11, 30, 9, 30)  # the next Monday 09:30: the weekend is no working time
    world.new_ticket(title="下周一")
    at(12, 1, 9, 29)  # Tuesday 09:29: 6 h 59 min of working time later
    world.new_ticket(title="下周二")
    at(12, 2, 11)  # Wednesday 11:00: 8.5 hours of working time later
    before = snapshot(world.desk)
    with pytest.raises(ClockAhead):
        world.new_ticket(title="下周三")
    assert snapshot(world.desk) == before


@EMBEDDED
def test_a_desk_opens_with_its_clock_far_ahead_and_a_person_confirms_it_at_the_login(world):
    url = world.desk.engine.url.render_as_string(hide_password=False)
    later = FakeClock(world.clock.now() + timedelta(days=400))  # in 2027 a year the calendar has not seeded
    with Desk.open(url, clock=later) as desk:  # no write at the opening: the calendar seeding waits
        with pytest.raises(ClockAhead):
            desk.login("clerk", PASSWORD)
        assert 2028 not in {d.year for d in desk.calendar().overrides}
        desk.accept_clock()
        assert desk.login("clerk", PASSWORD).info.username == "clerk"
        seeded = [e for e in desk.login("admin", PASSWORD).audit_log(kind="admin") if e.kind == "calendar_seed"]
        assert seeded and seeded[0].at == later.now()  # the years of the confirmed clock are seeded now


@EMBEDDED
def test_the_command_line_says_how_to_confirm_the_clock(db_url, clock, monkeypatch, capsys):
    """The command line runs on this PC's real clock, days after the test clock's last record."""
    with Desk.open(db_url, clock=clock) as desk:
        desk.set_setting("clock_max_ahead", DEFAULTS["clock_max_ahead"])
    monkeypatch.delenv(cli.ENV_DB, raising=False)
    assert cli.main(["--db", db_url, "sweep"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("错误：本机时间") and "whistle-desk clock accept" in err
    assert cli.main(["--db", db_url, "clock", "accept"]) == 0
    assert "已确认本机时间" in capsys.readouterr().out
    assert cli.main(["--db", db_url, "sweep"]) == 0


@pytest.mark.postgres
def test_a_shared_database_keeps_the_servers_clock(pg_database):
    with Desk.open(pg_database) as desk:
        with pytest.raises(ConflictError) as info:
            desk.accept_clock()
        assert "服务器的时间" in info.value.message
