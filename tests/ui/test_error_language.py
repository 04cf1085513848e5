"""The core's messages follow the interface language (desk.errors' translator hook, context "desk"): errors,
audit-chain problems and the live-update status.

Screenshots (tests/artifacts/): the new-ticket dialog in English with the core's field error; the connection
banner in English with the live-update status.
"""
from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog
from sqlalchemy import text
from sqlalchemy.engine import make_url

from desk.errors import ConflictError, Message, ValidationError, message_translator
from ui.common import i18n
from ui.common.ops import describe_error, show_error
from ui.live import ConnectionBanner, LiveUpdates
from ui.tickets.dialogs import TicketDialog
from uitools import messages, no_modal_exec, office, settle  # noqa: F401 - fixtures


@pytest.fixture
def lang(qapp):
    """install_language(qapp, ...) for the test; translators, hook and locale are put back afterwards."""
    before_locale = QLocale()
    before_name = qapp.applicationDisplayName()
    yield lambda code: i18n.install_language(qapp, code, remember=False)
    i18n.uninstall_language(qapp)
    QLocale.setDefault(before_locale)
    qapp.setApplicationDisplayName(before_name)


def test_validation_error_in_english_then_chinese(qapp, lang, office):
    with pytest.raises(ValidationError) as info:
        office.new_ticket(title="")
    e = info.value
    assert e.message == "标题不能为空。"  # no language installed: Chinese
    lang("en")
    assert e.message == describe_error(e) == "Title cannot be empty."
    assert str(e) == "标题不能为空。"  # the log stays Chinese
    lang("zh_CN")  # a switch at runtime applies to an error raised before it
    assert e.message == "标题不能为空。"
    i18n.uninstall_language(qapp)
    assert message_translator() is None


def test_conflict_error_in_english_translates_states_and_verbs(qapp, lang, office):
    t = office.clerk.whistle(office.new_ticket().number, lead="城管执法队")
    with pytest.raises(ConflictError) as info:
        office.clerk.close(t.number)
    lang("en")
    message = info.value.message
    assert message.startswith(f"Ticket {t.number} is “In progress”, so “Close” is not possible (last changed by 张伟 at ")
    assert str(info.value).startswith(f"工单 {t.number} 当前为“办理中”，不能结案")


def test_show_error_box_is_english(qapp, lang, office, messages):
    lang("en")
    with pytest.raises(ValidationError) as info:
        office.clerk.whistle(office.new_ticket().number, lead="没有这个部门")
    show_error(None, info.value)
    assert messages == [("warning", "Could not complete the operation", "Unknown department: 没有这个部门")]


def test_dialog_shows_the_core_error_in_english_under_its_field(qtbot, qapp, lang, office, artifacts):
    lang("en")
    clerk = office.clerk
    dlg = TicketDialog(None, clerk, clerk.categories())
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.description.setPlainText("Parked cars block the fire lane every night.")
    dlg.address.setText("和平里 5 号")
    dlg.community.setText("和平里社区")
    dlg.reporter_phone.setText("12345")
    before = office.desk.ticket_count()
    dlg.submit()
    settle(qtbot)
    assert dlg.result() != QDialog.DialogCode.Accepted
    errors = {f: dlg.field_error(f) for f in dlg.FIELDS if dlg.field_error(f)}
    assert errors == {"title": "Title cannot be empty."}  # the core stops at the first bad field
    dlg.title.setText("和平里小区停车难")
    dlg.submit()
    settle(qtbot)
    assert dlg.field_error("reporter_phone") == "“12345” is not a valid mobile or landline number."
    assert office.desk.ticket_count() == before
    dlg.resize(dlg.sizeHint().expandedTo(dlg.size()))
    assert dlg.grab().save(str(artifacts / "ui-error-en-ticket-dialog.png"))


def test_audit_problem_in_english_then_chinese(qapp, lang, office):
    t = office.clerk.whistle(office.new_ticket().number, lead="城管执法队")
    with office.desk.engine.begin() as conn:
        conn.execute(text("DROP TRIGGER event_append_only_update"))
        seq, eid = conn.execute(text("SELECT seq, id FROM event WHERE kind = 'whistle'")).one()
        conn.execute(text("UPDATE event SET note = '改过' WHERE seq = :s"), {"s": seq})
    first = office.desk.verify_audit().first
    chinese = str(first)
    lang("en")
    assert first.message == (f"Event {seq} (id {eid}) (Whistle (dispatch), 2026-11-23 10:00, ticket #{t.id}) "
                             "does not match its hash: it was changed (or forged and inserted).")
    assert str(first) == chinese and chinese.startswith(f"第 {seq} 条事件（id {eid}）（2026-11-23 10:00 吹哨派单")
    lang("zh_CN")
    assert first.message == chinese


def test_live_status_reaches_the_banner_in_english(qtbot, qapp, lang, artifacts):
    """The listener's thread translates its status with the installed .qm; the queued signal carries it."""
    lang("en")
    url = make_url("postgresql+psycopg://nobody:pw@127.0.0.1:1/whistle")  # nothing listens on port 1
    unreachable = SimpleNamespace(engine=SimpleNamespace(url=url))  # LiveUpdates needs only the desk's URL
    lu = LiveUpdates(unreachable, backoff=(5.0, 5.0))
    banner = ConnectionBanner()
    qtbot.addWidget(banner)
    lu.connection.connect(lambda _connected, message: banner.show_lost(message))
    with qtbot.waitSignal(lu.connection, timeout=5000) as got:
        lu.start()
    lu.stop()
    connected, message = got.args
    assert connected is False
    assert message.startswith("Live updates interrupted; reconnecting automatically. Cannot connect to the database "
                              "server 127.0.0.1:1/whistle: The server refused the connection")
    status = lu.listener.status
    assert isinstance(status, Message) and str(status).startswith("实时更新已中断，正在自动重连。无法连接数据库服务器")
    assert banner.detail.text() == message and banner.title.text() == "The connection to the database was lost. Retrying…"
    banner.resize(760, banner.sizeHint().height())
    assert banner.grab().save(str(artifacts / "ui-error-en-live-banner.png"))
