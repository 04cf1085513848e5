"""Notes the program writes in its own words are stored as message keys and read in the reader's language;
notes people type are kept as typed."""
from __future__ import annotations

import pytest

from desk import notes
from desk.errors import Message, Term, set_message_translator
from conftest import PASSWORD

ENGLISH = {"连续 {count} 次密码错误": "{count} wrong passwords in a row", "命令行": "command line",
           "派单{state}": "dispatch {state}", "已撤回": "withdrawn"}


def test_a_program_note_round_trips_and_a_typed_note_stays_as_typed():
    stored = notes.program(Message("派单{state}", state=Term("已撤回")))
    assert stored.startswith(notes.MARKER) and "{state}" in stored
    assert notes.text(stored) == "派单已撤回" == notes.chinese(stored)
    set_message_translator(lambda t: ENGLISH.get(t, t))
    assert notes.text(stored) == "dispatch withdrawn"
    assert notes.text("居民说：{明天} 再来") == "居民说：{明天} 再来"  # typed: never formatted or translated
    assert notes.text(None) == "" and notes.text("") == ""
    assert notes.text(notes.MARKER + "{broken") == "{broken"  # damaged: what is there, not nothing


def test_the_lockout_note_is_shown_in_the_readers_language(world):
    for _ in range(5):
        with pytest.raises(Exception):
            world.desk.login("cg.li", "wrong-password")
    admin = world.desk.login("admin", PASSWORD)
    entry = next(e for e in admin.audit_log(kind="login") if e.kind == "account_locked")
    assert entry.note == "连续 5 次密码错误"
    set_message_translator(lambda t: ENGLISH.get(t, t))
    entry = next(e for e in admin.audit_log(kind="login") if e.kind == "account_locked")
    assert entry.note == "5 wrong passwords in a row"
    with world.desk.engine.connect() as conn:  # stored as the key, not as Chinese text
        stored = conn.exec_driver_sql("SELECT note FROM event WHERE kind = 'account_locked'").scalar()
    assert stored.startswith(notes.MARKER) and "连续 {count} 次密码错误" in stored


def test_a_suspension_ended_by_itself_says_so_in_the_timeline(world):
    from datetime import timedelta
    t = world.clerk.whistle(world.new_ticket().number, lead="城管执法队")
    cg, sup = world.responder("城管执法队"), world.supervisor
    cg.request_suspension(t.dispatches[0].id, reason="等居民回家")
    sup.decide_request(sup.approvals()[0].id, approve=True)
    world.clock.advance(timedelta(days=30))
    world.desk.sweep()
    resume = next(e for e in world.clerk.ticket(t.number).events if e.kind == "resume")
    assert resume.note == "挂起超过上限 10wd，自动恢复计时"
