"""The Qt models: qtmodeltester, lazy paging, sorting, search, labels."""
from __future__ import annotations

import threading
import time
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

import desk.labels as core_labels
from ui.common import labels
from ui.tickets.models import DispatchListModel, TicketTableModel, TimelineModel, ticket_columns
from uitools import fill, no_modal_exec, office, settle, wait_rows  # noqa: F401 - fixtures

TZ = ZoneInfo("Asia/Shanghai")


def _tickets(world, n: int) -> list[str]:
    clerk = world.clerk
    base = dict(description="描述", category="市容环境", urgency="routine", address="幸福路 1 号",
                community="幸福社区", source="12345", reporter_name="王女士", reporter_phone="13812345678")
    out = []
    for i in range(n):
        world.clock.advance(minutes=1)
        fields = {**base, "title": f"工单标题 {i:03d}", "address": f"幸福路 {n - i} 号"}
        out.append(clerk.create_ticket(**fields).number)
    return out


def _model(qtbot, user, **kw) -> TicketTableModel:
    m = TicketTableModel(user, TZ, **kw)
    with qtbot.waitSignal(m.loaded):
        m.reload()
    return m


def _column(m: TicketTableModel, key: str) -> list[str]:
    c = m.column_of(key)
    return [m.data(m.index(r, c)) for r in range(m.rowCount())]


# -- qtmodeltester -------------------------------------------------------------------------
def test_ticket_model_passes_modeltester_empty(qtbot, qtmodeltester, office):
    m = _model(qtbot, office.clerk)
    assert m.rowCount() == 0
    qtmodeltester.check(m)


def test_ticket_model_passes_modeltester_with_rows(qtbot, qtmodeltester, office):
    fill(office)
    m = _model(qtbot, office.clerk, queue="all", page_size=3)
    assert m.rowCount() == 7
    qtmodeltester.check(m)  # rows not loaded yet: placeholders
    wait_rows(qtbot, m, 0, m.rowCount() - 1)
    qtmodeltester.check(m)  # real data
    assert "…" not in _column(m, "number")


def test_responder_model_passes_modeltester(qtbot, qtmodeltester, office):
    fill(office)
    m = _model(qtbot, office.responder("城管执法队"), queue="all")
    wait_rows(qtbot, m)
    qtmodeltester.check(m)
    assert "my_dispatch_state" in [c.key for c in m.columns]


def test_detail_models_pass_modeltester(qtbot, qtmodeltester, office):
    numbers = fill(office)
    detail = office.clerk.ticket(numbers["awaiting_verification"])
    dm, tm = DispatchListModel(TZ), TimelineModel(TZ)
    qtmodeltester.check(dm)
    qtmodeltester.check(tm)
    dm.set_items(detail.dispatches)
    tm.set_items(detail.events)
    qtmodeltester.check(dm)
    qtmodeltester.check(tm)
    assert dm.rowCount() == 2 and tm.rowCount() == len(detail.events)
    assert dm.data(dm.index(0, 0)) == "城管执法队"
    assert dm.data(dm.index(0, 1)) == "主办"
    assert dm.data(dm.index(0, 2)) == "已办结"
    assert tm.data(tm.index(0, 2)) == "受理"
    assert tm.data(tm.index(0, 0)) == "2026-11-23 10:00"


def test_timeline_describes_changes(qtbot, office):
    numbers = fill(office)
    closed = office.clerk.ticket(numbers["closed"])
    tm = TimelineModel(TZ)
    tm.set_items(closed.events)
    rows = {tm.data(tm.index(r, 2)): tm.data(tm.index(r, 4)) for r in range(tm.rowCount())}
    assert rows["吹哨派单"] == "担任主办"
    assert rows["回访"] == "联系到：是，已解决：是，满意度：满意，承办部门联系过：未询问；居民表示满意"
    assert rows["结案"] == "待回访 → 已结案"
    ret = office.clerk.ticket(numbers["pending_return"])
    dm = DispatchListModel(TZ)
    dm.set_items(ret.dispatches)
    assert dm.data(dm.index(0, 2)) == "退单申请中"
    assert dm.data(dm.index(0, 9)) == "退单理由：井盖产权属燃气公司，非本所管辖。"


# -- lazy paging ---------------------------------------------------------------------------------
def _record_pages(monkeypatch, user) -> list[dict]:
    """The list_queue calls of ``user`` from now on (their keyword arguments)."""
    calls, list_queue = [], user.list_queue

    def recording(queue, **kw):
        calls.append(kw)
        return list_queue(queue, **kw)

    monkeypatch.setattr(user, "list_queue", recording)
    return calls


def test_the_first_page_then_only_the_pages_asked_for_by_key(qtbot, office, monkeypatch):
    _tickets(office, 35)
    m = _model(qtbot, office.clerk, queue="new", page_size=10)
    assert m.rowCount() == 35
    assert m.rows_fetched == 10 and m.pages_fetched == 1  # the first page came with the load
    assert m.data(m.index(0, m.column_of("title"))) == "工单标题 034"  # newest first
    assert m.data(m.index(9, 0)) != "…"
    assert not m.is_row_loaded(10)  # next page not loaded
    calls = _record_pages(monkeypatch, m._user)
    wait_rows(qtbot, m, 30, 34)  # a jump to the end: by offset, counted back from the last row
    wait_rows(qtbot, m, 10, 19)  # the page after page 0: by the key of its last row
    wait_rows(qtbot, m, 20, 29)  # between two loaded pages: after page 1's last row
    assert [{k: v for k, v in c.items() if k in ("offset", "after", "before", "from_end")} for c in calls] == [
        {"offset": 0, "from_end": True}, {"after": m._pages[0].keys[-1]}, {"after": m._pages[1].keys[-1]}]
    assert m.rows_fetched == 35 and m.pages_fetched == 4  # never more than the pages asked for
    assert _column(m, "title") == [f"工单标题 {i:03d}" for i in range(34, -1, -1)]


def test_page_arrival_emits_data_changed_for_its_rows(qtbot, office):
    _tickets(office, 12)
    m = _model(qtbot, office.clerk, queue="new", page_size=5)
    m.data(m.index(7, 0))
    with qtbot.waitSignal(m.dataChanged) as blocker:
        pass
    top, bottom = blocker.args[0], blocker.args[1]
    assert (top.row(), top.column(), bottom.row(), bottom.column()) == (5, 0, 9, m.columnCount() - 1)


def test_reload_keeps_showing_old_rows_until_fresh_ones_arrive(qtbot, office):
    _tickets(office, 3)
    m = _model(qtbot, office.clerk, queue="all")
    wait_rows(qtbot, m)
    first = m.data(m.index(0, 0))
    with qtbot.waitSignal(m.loaded):
        m.reload()
        assert m.data(m.index(0, 0)) == first  # stale, not "…"
        assert not m.is_row_loaded(0)
    assert m.is_row_loaded(0)  # the page on screen (here the first) is read again with the count


def test_a_refresh_keeps_the_rows_and_adjusts_the_count_without_a_reset(qtbot, office):
    _tickets(office, 5)
    m = _model(qtbot, office.clerk, queue="all")
    wait_rows(qtbot, m)
    resets = []
    m.modelReset.connect(lambda: resets.append(1))
    with qtbot.waitSignal(m.dataChanged) as blocker:
        with qtbot.waitSignal(m.loaded):
            m.reload()
            assert not m.is_row_loaded(0)  # stale until read again
    assert resets == []
    assert (blocker.args[0].row(), blocker.args[1].row()) == (0, 4)
    office.new_ticket(title="新的一张")
    with qtbot.waitSignal(m.rowsInserted):
        m.reload()
    assert m.rowCount() == 6 and resets == []
    wait_rows(qtbot, m)
    assert _column(m, "title")[0] == "新的一张"


def test_a_page_asked_for_during_a_new_sort_is_not_taken_from_the_old_list(qtbot, office, monkeypatch):
    """While a new sort's first page is on its way, the view still paints the old rows and asks for pages: they are
    asked for (by key or offset) only once the new list is in place, never with the old list's keys."""
    _tickets(office, 12)
    m = _model(qtbot, office.clerk, queue="all", page_size=4)
    wait_rows(qtbot, m, 0, 11)
    calls = _record_pages(monkeypatch, m._user)
    with qtbot.waitSignal(m.loaded):
        m.sort(m.column_of("address"), Qt.SortOrder.AscendingOrder)
        assert m.data(m.index(4, 0)) not in (None, "…")  # the old row, stale, while the new list loads
        m._request_wanted()
    wait_rows(qtbot, m, 0, 11)
    assert all(c["sort"] == "address" for c in calls) and calls[0]["offset"] == 0
    assert _column(m, "address") == sorted(_column(m, "address"), key=lambda a: a)
    assert len(set(_column(m, "number"))) == 12


def test_a_first_page_overtaken_by_a_live_update_is_asked_for_again(qtbot, office, monkeypatch):
    """The lost first page (issue 14): a new list's first page is asked for, then a live notice reloads with the
    changed tickets only before the answer comes. The answer is obsolete; the first page must be asked for again,
    not stay "in flight" and the table empty or "…" forever."""
    numbers = _tickets(office, 5)
    m = TicketTableModel(office.clerk, TZ, queue="all")
    user = m._user
    list_queue, started, go = user.list_queue, threading.Event(), threading.Event()

    def slow_first_answer(queue, **kw):
        if not started.is_set():
            started.set()
            go.wait(5)  # the live update's reload happens while this page is on its way
        return list_queue(queue, **kw)

    monkeypatch.setattr(user, "list_queue", slow_first_answer)
    m.reload()
    qtbot.waitUntil(started.is_set)
    with qtbot.waitSignal(m.loaded):
        m.reload(changed={office.clerk.ticket(numbers[0]).id})  # a live notice
        go.set()
    wait_rows(qtbot, m, 0, m.rowCount() - 1)
    assert _column(m, "number") == sorted(numbers, reverse=True) and m._inflight == {}


def test_a_refresh_while_scrolled_to_the_middle_keeps_the_rows_around_it(qtbot, office, monkeypatch):
    numbers = _tickets(office, 30)
    m = _model(qtbot, office.clerk, queue="all", page_size=5)
    m.visible_rows = lambda: (15, 19)  # as the view sets it
    wait_rows(qtbot, m, 15, 19)  # scrolled to the middle (by offset)

    def shown(key):  # what the view paints: rows 15..19 only
        return [m.data(m.index(r, m.column_of(key))) for r in range(15, 20)]

    before = shown("number")
    office.clerk.update_ticket(numbers[12], title="改了标题")  # row 17 (newest first)
    calls = _record_pages(monkeypatch, m._user)
    with qtbot.waitSignal(m.page_arrived):
        m.reload()
        assert shown("number") == before  # stale, not "…", while the fresh rows come
    assert m.rows_loaded(15, 19) and shown("number") == before and shown("title")[2] == "改了标题"
    assert [c.get("offset") for c in calls] == [15]  # only the page on screen is read again
    assert m.rowCount() == 30


def test_a_live_notice_reads_the_changed_rows_only_unless_they_move(qtbot, office):
    numbers = _tickets(office, 8)
    m = _model(qtbot, office.clerk, queue="all", page_size=4)
    wait_rows(qtbot, m, 0, 7)
    resets, fetched = [], m.rows_fetched
    m.modelReset.connect(lambda: resets.append(1))
    tid = office.clerk.ticket(numbers[5]).id
    office.clerk.update_ticket(numbers[5], address="和平里 9 号")  # not the sort key (受理时间)
    with qtbot.waitSignal(m.loaded):
        m.reload(changed={tid})
    assert m.rows_fetched == fetched + 1 and m.rows_loaded(0, 7) and resets == []
    assert _column(m, "address")[2] == "和平里 9 号"
    m.sort(m.column_of("address"), Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: not m.loading)
    wait_rows(qtbot, m, 0, 7)
    office.clerk.update_ticket(numbers[5], address="安定路 1 号")  # its sort value: it moves
    with qtbot.waitSignal(m.loaded):
        m.reload(changed={tid})
    assert not m.rows_loaded(0, 7)  # every page is read again (stale meanwhile)
    wait_rows(qtbot, m, 0, 7)
    assert _column(m, "address")[0] == "安定路 1 号" and resets == [1]  # (the one reset: the new sort)


def test_locate_reads_the_page_that_holds_a_ticket_not_read_yet(qtbot, office, monkeypatch):
    numbers = _tickets(office, 30)
    m = _model(qtbot, office.clerk, queue="all", page_size=5)
    m.sort(m.column_of("title"), Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: not m.loading)
    tid = office.clerk.ticket(numbers[22]).id  # 工单标题 022: row 22 A→Z, page 4, not read
    assert m.row_of(tid) is None
    calls = _record_pages(monkeypatch, m._user)
    with qtbot.waitSignal(m.located) as blocker:
        m.locate(tid)
    assert blocker.args == [tid, 22] and m.row_of(tid) == 22 and m.is_row_loaded(22)
    assert len(calls) == 1 and m.data(m.index(22, m.column_of("title"))) == "工单标题 022"
    office.clerk.cancel(numbers[3], reason="重复")
    m.set_queue("new")
    qtbot.waitUntil(lambda: not m.loading)
    with qtbot.waitSignal(m.located) as blocker:
        m.locate(office.clerk.ticket(numbers[3]).id)  # not in this queue
    assert blocker.args[1] == -1


def _record_counts(monkeypatch, user) -> list[tuple]:
    calls, queue_size = [], user.queue_size

    def recording(queue, **kw):
        calls.append((queue, kw.get("search")))
        return queue_size(queue, **kw)

    monkeypatch.setattr(user, "queue_size", recording)
    return calls


def test_a_new_sort_reuses_the_count_and_a_notice_counts_again(qtbot, office, monkeypatch):
    _tickets(office, 25)
    m = TicketTableModel(office.clerk, TZ, queue="all", page_size=5)
    counts = _record_counts(monkeypatch, m._user)
    m.search = "工单标题 01"
    with qtbot.waitSignal(m.loaded):
        m.reload()
    assert m.rowCount() == 10 and counts == [("all", "工单标题 01")]
    for column, order in (("title", Qt.SortOrder.AscendingOrder), ("address", Qt.SortOrder.DescendingOrder)):
        with qtbot.waitSignal(m.loaded):
            m.sort(m.column_of(column), order)
        wait_rows(qtbot, m, 0, 9)
        assert m.rowCount() == 10 and len(counts) == 1  # only the order changed: the count is not read again
    addresses = _column(m, "address")
    assert addresses == sorted(addresses, reverse=True) and len(set(_column(m, "number"))) == 10
    # another desk creates a matching ticket: its notice counts again, and the table has the new row
    other = office.login("clerk2").create_ticket(
        title="工单标题 01 补", description="描述", category="市容环境", urgency="routine", address="幸福路 0 号",
        community="幸福社区", source="12345", reporter_name="李先生", reporter_phone="13812340000")
    with qtbot.waitSignal(m.loaded):
        m.reload(changed={other.id})
    assert m.rowCount() == 11 and len(counts) == 2
    wait_rows(qtbot, m, 0, 10)
    assert "工单标题 01 补" in _column(m, "title")
    with qtbot.waitSignal(m.loaded):  # the user's own write: the refresh after it counts again
        m.reload()
    assert len(counts) == 3


def test_row_cache_is_bounded(qtbot, office, monkeypatch):
    _tickets(office, 8)
    monkeypatch.setattr(TicketTableModel, "MAX_CACHED_PAGES", 2)
    m = _model(qtbot, office.clerk, queue="all", page_size=2)
    for row in (0, 2, 4):
        wait_rows(qtbot, m, row, row + 1)
    assert not m.is_row_loaded(0) and m.is_row_loaded(2) and m.is_row_loaded(4)
    assert len(m._pages) == 2
    assert m.data(m.index(0, 0)) == "…"  # evicted: asked for again
    wait_rows(qtbot, m, 0, 1)
    assert m.pages_fetched == 4


def test_rows_that_vanished_show_a_dash(qtbot, office, monkeypatch):
    numbers = fill(office)
    cg = office.responder("城管执法队")
    # a row counted and gone before its page was read (the count and the page are read one after the other)
    shown = len(cg.list_queue("all").rows)
    monkeypatch.setattr(cg, "queue_size", lambda *a, **kw: shown + 1)
    m = _model(qtbot, cg, queue="all")
    qtbot.waitUntil(lambda: m.rowCount() == shown + 1)  # the count, after the (whole) first page
    wait_rows(qtbot, m, 0, m.rowCount() - 1)
    assert m.data(m.index(m.rowCount() - 1, 0)) == "—"
    assert numbers


def test_load_errors_are_reported_not_raised(qtbot, office):
    m = TicketTableModel(office.clerk, TZ, queue="all")
    m.queue = "no_such_queue"
    with qtbot.waitSignal(m.error) as blocker:
        m.reload()
    assert "未知队列" in blocker.args[0]
    assert not m.loading


# -- sorting and search ----------------------------------------------------------------------------
def test_sort_by_header_reloads_ids_with_the_sort_key(qtbot, office):
    _tickets(office, 5)
    m = _model(qtbot, office.clerk, queue="new")
    wait_rows(qtbot, m)
    assert _column(m, "title") == [f"工单标题 {i:03d}" for i in (4, 3, 2, 1, 0)]
    with qtbot.waitSignal(m.loaded):
        m.sort(m.column_of("address"), Qt.SortOrder.AscendingOrder)
    assert (m.sort_key, m.descending) == ("address", False)
    wait_rows(qtbot, m)
    assert _column(m, "address") == sorted(_column(m, "address"))
    with qtbot.waitSignal(m.loaded):
        m.sort(m.column_of("number"), Qt.SortOrder.AscendingOrder)
    wait_rows(qtbot, m)
    numbers = _column(m, "number")
    assert numbers == sorted(numbers)


def test_the_lead_department_and_the_appeal_type_sort_in_the_database(qtbot, office):
    fill(office)
    m = _model(qtbot, office.clerk, queue="all")
    for key in ("lead_department", "appeal_type"):
        with qtbot.waitSignal(m.loaded):
            m.sort(m.column_of(key), Qt.SortOrder.AscendingOrder)
        wait_rows(qtbot, m)
        values = [getattr(m.summary(r), key) for r in range(m.rowCount())]
        present = [v for v in values if v]
        assert present == sorted(present) and values[:len(present)] == present  # none last


def test_every_sort_key_is_accepted_by_the_core(qtbot, office):
    fill(office)
    for role_user in (office.clerk, office.responder("城管执法队")):
        m = _model(qtbot, role_user, queue="all")
        for i, col in enumerate(m.columns):
            if col.sort_key is None:
                continue
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                with qtbot.waitSignal(m.loaded):
                    m.sort(i, order)
                assert m.rowCount() >= 1


def test_search_matches_number_title_and_address(qtbot, office):
    numbers = fill(office)
    m = _model(qtbot, office.clerk, queue="all")
    total = m.rowCount()
    for text, expected in (("井盖", 1), (numbers["closed"], 1), ("和平里 3 号楼", 1), ("没有这样的", 0)):
        with qtbot.waitSignal(m.loaded):
            m.set_search(text)
        assert m.rowCount() == expected, text
    with qtbot.waitSignal(m.loaded):
        m.set_search("  ")
    assert m.rowCount() == total


def test_columns_and_labels(qtbot, office):
    fill(office)
    m = _model(qtbot, office.clerk, queue="all")
    wait_rows(qtbot, m)
    headers = [m.headerData(i, Qt.Orientation.Horizontal) for i in range(m.columnCount())]
    assert headers == ["编号", "标题", "时限", "紧急程度", "状态", "分类", "主办部门", "社区", "地址", "诉求类型", "来源",
                       "受理时间"]
    assert set(_column(m, "state")) == {"待派", "办理中", "办理中 · 退单申请中", "待核实", "待回访", "已结案", "已撤销"}
    assert set(_column(m, "urgency")) <= {"一般", "紧急", "特急"}
    assert "12345热线" in _column(m, "source")
    assert all(len(t) == 16 for t in _column(m, "created_at"))  # yyyy-MM-dd HH:mm
    row = _column(m, "urgency").index("特急")
    assert m.data(m.index(row, m.column_of("urgency")), Qt.ItemDataRole.ForegroundRole) is not None
    assert m.data(m.index(0, 0), Qt.ItemDataRole.UserRole) == m.ticket_id(0)
    resp = [c.key for c in ticket_columns("responder")]
    assert resp.index("my_dispatch_state") == resp.index("state") + 1


def test_responder_sees_own_dispatch_state(qtbot, office):
    numbers = fill(office)
    m = _model(qtbot, office.responder("住建委"), queue="all")
    wait_rows(qtbot, m)
    states = dict(zip(_column(m, "number"), _column(m, "my_dispatch_state"), strict=True))
    assert states[numbers["dispatched"]] == "待报到"
    assert states[numbers["awaiting_verification"]] == "已办结"


@pytest.mark.parametrize("name", ["TICKET_STATE", "DISPATCH_STATE", "VERB", "ROLE", "URGENCY", "SOURCE",
                                  "SATISFACTION", "DISPATCH_ROLE", "STEP", "ESCALATION_LEVEL", "QUEUE",
                                  "APPEAL_TYPE", "REPLY_BY", "PROJECT_STAGE", "PROJECT_ORIGIN", "VOTE_CHOICE",
                                  "LIST_STATE", "PRIORITY_TERM"])
def test_ui_labels_mirror_the_core(name):
    """Same Chinese as desk/labels.py for every code the UI knows, and every code of the whistle loop known."""
    ours = {
        "TICKET_STATE": labels.ticket_states, "DISPATCH_STATE": labels.dispatch_states, "VERB": labels.verbs,
        "ROLE": labels.roles, "URGENCY": labels.urgencies, "SOURCE": labels.sources,
        "SATISFACTION": labels.satisfactions, "DISPATCH_ROLE": labels.dispatch_roles, "STEP": labels.steps,
        "ESCALATION_LEVEL": labels.escalation_levels, "QUEUE": labels.queues,
        "APPEAL_TYPE": labels.appeal_types, "REPLY_BY": labels.reply_methods,
        "PROJECT_STAGE": labels.project_stages, "PROJECT_ORIGIN": labels.project_origins,
        "VOTE_CHOICE": labels.vote_choices, "LIST_STATE": labels.list_states, "PRIORITY_TERM": labels.priority_terms,
    }[name]()
    core = getattr(core_labels, name)
    assert {k: v for k, v in core.items() if k in ours} == ours
    if name == "VERB":
        from desk.workflow import TRANSITIONS
        assert set(TRANSITIONS) <= set(ours)
    else:
        assert set(core) <= set(ours)


def test_every_queue_and_event_kind_has_a_label():
    from desk.tickets.queries import QUEUES_BY_ROLE
    queues = labels.queues()
    assert {q for qs in QUEUES_BY_ROLE.values() for q in qs} <= set(queues)
    kinds = labels.event_kinds()
    from ui.tickets.actions import ACTION_VERBS
    assert set(ACTION_VERBS) - {"create_ticket", "update_ticket"} <= set(kinds)
    projects = labels.project_event_kinds()  # issue 16: the projects' history and the audit log
    assert projects == {k: v for k, v in core_labels.EVENT_KIND.items() if k.startswith(("project_", "annual_list_"))}
    assert projects.items() <= kinds.items()
