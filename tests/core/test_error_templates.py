"""The core's error messages are templates: Chinese by default, translated by a hook, all extractable.

No Qt here: the translator under test is built from resources/translations/whistle_desk_en.ts with ElementTree.
"""
from __future__ import annotations

import importlib.util
import string
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from sqlalchemy import text

from desk import Desk, cli
from desk.deadlines import Duration
from desk.errors import (
    ConflictError,
    DatabaseUnavailable,
    DeskError,
    Message,
    NotFound,
    Term,
    ValidationError,
    message_translator,
    set_message_translator,
)

from conftest import World, seed

ROOT = Path(__file__).resolve().parents[2]
EN_TS = ROOT / "resources" / "translations" / "whistle_desk_en.ts"


def _tool():
    spec = importlib.util.spec_from_file_location("update_translations_for_errors",
                                                  ROOT / "tools" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def _english() -> dict[str, str]:
    """{source: English} of the finished messages of the context ``desk``."""
    out = {}
    for ctx in ET.parse(EN_TS).getroot().iter("context"):
        if ctx.findtext("name") != "desk":
            continue
        for m in ctx.iter("message"):
            t = m.find("translation")
            if t is not None and t.get("type") is None and t.text:
                out[m.findtext("source", "")] = t.text
    return out


def _fields(template: str) -> set[str]:
    return {name for _text, name, _spec, _conv in string.Formatter().parse(template) if name is not None}


@pytest.fixture(autouse=True)
def no_translator():
    """Each test starts without a translator and leaves none behind."""
    set_message_translator(None)
    yield
    set_message_translator(None)


# -- the error objects ------------------------------------------------------------------------------------
def test_template_and_parameters_make_the_chinese_text():
    e = ValidationError("title", "{label}过长：{length} 个字符，最多 {count} 个。", label=Term("标题"), length=250,
                        count=200)
    assert str(e) == e.message == "标题过长：250 个字符，最多 200 个。"
    assert e.field == "title" and e.template == "{label}过长：{length} 个字符，最多 {count} 个。"
    assert e.params == {"label": "标题", "length": 250, "count": 200} and isinstance(e.params["label"], Term)
    assert e.args == ("标题过长：250 个字符，最多 200 个。",)


def test_a_template_without_parameters_is_shown_as_it_is():
    """The UI builds DeskErrors from already translated text, which may hold braces (a path, user data)."""
    e = DeskError("无法在 C:\\{tmp} 中新建数据库文件")
    assert e.message == str(e) == "无法在 C:\\{tmp} 中新建数据库文件"
    set_message_translator(str.upper)
    assert e.message == "无法在 C:\\{TMP} 中新建数据库文件"


def test_no_translator_means_chinese():
    assert message_translator() is None
    e = NotFound("找不到工单 {number}。", number="WD-2026-000001")
    assert e.message == "找不到工单 WD-2026-000001。"


def test_the_translator_translates_template_and_terms_at_each_access():
    table = {"{label}不能为空。": "{label} cannot be empty.", "标题": "Title", "找不到部门 {name}。": "No department {name}."}
    e = ValidationError("title", "{label}不能为空。", label=Term("标题"))
    data = NotFound("找不到部门 {name}。", name="标题")  # a name (data) that happens to be a term: not translated
    set_message_translator(lambda s: table.get(s, s))
    assert e.message == "Title cannot be empty."
    assert data.message == "No department 标题."
    assert str(e) == "标题不能为空。"  # logs and the command line stay Chinese
    set_message_translator(None)  # a language switch applies to errors raised before it
    assert e.message == "标题不能为空。"


def test_a_translation_with_a_broken_field_falls_back_to_chinese():
    e = ConflictError("工单 {number} 已结案。", number="WD-1")
    set_message_translator(lambda s: "Ticket {numbr} is closed." if s == e.template else s)
    assert e.message == "工单 WD-1 已结案。"


def test_a_forwarded_error_keeps_its_template_under_the_new_field():
    with pytest.raises(ValidationError) as info:
        Duration.parse("999999999wd", field="resolve_within")
    e = info.value
    assert e.field == "resolve_within"
    assert e.template == "时长过长：最多 {most}（{days} 天）" and e.params["days"] == 3650
    set_message_translator(lambda s: _english().get(s, s))
    assert e.message.startswith("The duration is too long: at most ") and e.message.endswith("(3650 days)")


# -- messages that are not errors -----------------------------------------------------------------------------
def test_a_message_is_chinese_as_str_and_translated_as_message():
    """A Message parameter (here an error's text quoted in a status) is translated along with its template."""
    cause = DatabaseUnavailable("无法连接数据库服务器 {server}：{reason}", server="db:5432/whistle",
                                reason=Term("服务器连接数已满，请稍后重试。"))
    status = Message("实时更新已中断，正在自动重连。{cause}", cause=cause.text)
    chinese = "实时更新已中断，正在自动重连。无法连接数据库服务器 db:5432/whistle：服务器连接数已满，请稍后重试。"
    assert str(status) == status.message == chinese
    assert cause.text == Message("无法连接数据库服务器 {server}：{reason}", server="db:5432/whistle",
                                 reason=Term("服务器连接数已满，请稍后重试。"))
    assert (cause.template, cause.params) == (cause.text.template, cause.text.params) and str(cause) == str(cause.text)
    set_message_translator(lambda s: _english().get(s, s))
    assert status.message == ("Live updates interrupted; reconnecting automatically. Cannot connect to the database "
                              "server db:5432/whistle: The server has no free connections. Please try again later.")
    assert cause.message == cause.text.message and cause.message.startswith("Cannot connect")
    assert str(status) == chinese  # logs and the command line stay Chinese


def test_a_message_with_a_broken_translation_falls_back_to_chinese():
    m = Message("第 {seq} 条事件与链尾记录的哈希不符：事件或链尾记录被修改过。", seq=7)
    set_message_translator(lambda s: "Event {sequence} is broken." if s == m.template else s)
    assert m.message == str(m) == "第 7 条事件与链尾记录的哈希不符：事件或链尾记录被修改过。"


@pytest.fixture
def tampered(sqlite_url, clock):
    """A SQLite office whose whistle event was edited behind the application's back:
    (desk, its URL, the event's place, id and ticket id)."""
    d = Desk.open(sqlite_url, clock=clock)
    seed(d)
    world = World(d, clock)
    world.clerk.whistle(world.new_ticket().number, lead="城管执法队")
    with d.engine.begin() as conn:
        conn.execute(text("DROP TRIGGER event_append_only_update"))
        conn.execute(text("DROP TRIGGER event_append_only_delete"))
        seq, eid, ticket = conn.execute(text("SELECT seq, id, ticket_id FROM event WHERE kind = 'whistle'")).one()
        conn.execute(text("UPDATE event SET note = '已按时办结' WHERE seq = :s"), {"s": seq})
    yield d, sqlite_url, seq, eid, ticket
    d.close()


def test_an_audit_problem_in_english_while_str_and_the_cli_stay_chinese(tampered, capsys):
    d, url, seq, eid, ticket = tampered
    report = d.verify_audit()
    first = report.first
    assert (first.kind, first.seq, first.event_id) == ("edited", seq, eid)
    # the event's time in the office zone (Asia/Shanghai: T0 is 02:00 UTC), not an ISO UTC timestamp
    chinese = (f"第 {seq} 条事件（id {eid}）（2026-11-23 10:00 吹哨派单，工单 #{ticket}）的内容与哈希不符："
               "该事件被修改过（或是伪造后插入的）。")
    assert first.message == str(first) == str(first.text) == chinese
    set_message_translator(lambda s: _english().get(s, s))
    assert first.message == (f"Event {seq} (id {eid}) (Whistle (dispatch), 2026-11-23 10:00, ticket #{ticket}) "
                             "does not match its hash: it was changed (or forged and inserted).")
    assert report.problems[-1].message == ("The event table's append-only triggers were dropped or disabled: "
                                           "the audit trail is no longer protected.")
    assert str(first) == chinese
    assert cli.main(["--db", url, "audit", "verify"]) == 1
    err = capsys.readouterr().err
    assert f"  {chinese}\n" in err and "另：事件表的只追加触发器已被删除" in err and "Event" not in err


def test_audit_times_are_utc_when_the_office_zone_is_unknown(tampered):
    d, _url, seq, _eid, _ticket = tampered
    with d.engine.begin() as conn:
        conn.execute(text("DELETE FROM setting WHERE key = 'time_zone'"))
        conn.execute(text("INSERT INTO setting (key, value) VALUES ('time_zone', 'Mars/Olympus_Mons')"))
    first = d.verify_audit().first
    assert first.seq == seq and "（2026-11-23 02:00 UTC 吹哨派单，" in str(first)


# -- through the façade, with the committed English translation --------------------------------------------
def test_facade_errors_in_english(world):
    english = _english()
    with pytest.raises(ValidationError) as bad:
        world.new_ticket(title="  ")
    t = world.clerk.whistle(world.new_ticket().number, lead="城管执法队")
    li = world.responder("城管执法队")
    li.acknowledge(t.dispatches[0].id)
    with pytest.raises(ConflictError) as twice:
        li.acknowledge(t.dispatches[0].id)
    with pytest.raises(ValidationError) as long_note:
        world.clerk.whistle(world.new_ticket().number, lead="住建委", note="x" * 3000)
    chinese = twice.value.message
    set_message_translator(lambda s: english.get(s, s))
    assert bad.value.field == "title" and bad.value.message == "Title cannot be empty."
    assert twice.value.message.startswith("The dispatch to 城管执法队 is “Acknowledged”, so “Acknowledge” is not possible"
                                          " (last changed by 城管执法队联络员 at ")
    assert str(twice.value) == chinese and "已报到" in chinese
    assert long_note.value.field == "note"
    assert long_note.value.message == "Note is too long: 3000 characters, at most 2000."


# -- extraction ------------------------------------------------------------------------------------------------
def test_every_error_message_in_desk_is_extractable():
    """A DeskError built in desk/ from an f-string, a variable or a helper's return value would stay Chinese in
    the English UI: lupdate never sees it. Use a literal template with named parameters."""
    problems = _tool().desk_problems()
    assert problems == [], "\n".join(problems)


def test_the_scan_finds_templates_terms_and_hidden_messages(tmp_path):
    desk = tmp_path / "desk"
    desk.mkdir()
    (desk / "labels.py").write_text('ROLE = {"clerk": "受理员", "admin": "管理员"}\n', encoding="utf-8")
    (desk / "things.py").write_text(textwrap.dedent('''
        from desk.errors import ConflictError, Message, Term, ValidationError
        from desk.labels import ROLE

        KINDS = {"a": "甲"}
        MIXED = {"a": "乙", "b": 2}


        class Busy(ConflictError):
            pass


        class BadField(ValidationError):
            pass


        def f(x, e, msg):
            ConflictError("好 {x}", x=x)
            ValidationError("f", "好的")
            ConflictError(f"坏 {x}")
            ConflictError(msg)
            Busy(msg)
            BadField("f", msg)
            ValidationError("f", e.template, **e.params)
            ValidationError("f", e.template, **other.params)
            ConflictError("缺 {x}")
            ConflictError("多", x=1)
            ConflictError("转 {x!r}", x=1)
            ConflictError("映射 {x}", **x)
            ConflictError("{role}、{kind}", role=Term(ROLE[x]), kind=Term(KINDS.get(x, x)))
            ConflictError("{t}", t=Term("字面"))
            ConflictError("{t}", t=Term(x))
            ConflictError("{t}", t=Term(MIXED[x]))
            Message("提示 {x}：{kind}", x=x, kind=Term(KINDS[x]))
            Message(e.template, **e.params)
            Message(f"坏提示 {x}")
            Message(msg)
            Message("缺 {y}")


        DONE = Message("完成。")
    '''), encoding="utf-8")
    found = _tool().scan_desk(desk)
    assert set(found.texts) == {"好 {x}", "好的", "{role}、{kind}", "受理员", "管理员", "甲", "{t}", "字面",
                                "提示 {x}：{kind}", "完成。"}
    bad_lines = sorted(int(p.split(":")[1]) for p in found.problems)
    assert bad_lines == [20, 21, 22, 23, 25, 26, 27, 28, 29, 32, 33, 36, 37, 38]
    assert all(p.startswith("desk/things.py:") for p in found.problems)


def test_every_template_has_an_english_translation_with_the_same_fields():
    english = _english()
    texts = _tool().desk_messages()
    assert len(texts) > 250  # the scan really found the core's messages
    missing = [t for t in texts if t not in english]
    assert missing == [], "Run python tools/update_translations.py and translate the [desk] messages:\n" + \
        "\n".join(missing)
    bad = [(t, english[t]) for t in texts if _fields(t) != _fields(english[t])]
    assert bad == []
    assert not [t for t in texts if "{" in english[t] and not _fields(t)]  # a stray brace in a plain message
