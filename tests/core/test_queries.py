"""Queues, search, sorting, paging and who sees what."""
from __future__ import annotations

import threading

import pytest

from desk.enums import TicketState as T
from desk.errors import ConflictError, ValidationError


@pytest.fixture
def tickets(world):
    """Three tickets in different queues, created a minute apart."""
    clerk = world.clerk
    a = world.new_ticket(title="幸福路占道经营", address="幸福路 1 号")
    world.clock.advance(minutes=1)
    b = world.new_ticket(title="长安街井盖缺失", address="长安街 88 号", urgency="emergency", category="供排水")
    world.clock.advance(minutes=1)
    c = world.new_ticket(title="小区违建", address="幸福路 100% 号", urgency="urgent", category="房屋安全")
    clerk.whistle(b.number, lead="水务所")
    clerk.whistle(c.number, lead="住建委", assist=["城管执法队"])
    return a.number, b.number, c.number


def _numbers(page):
    return [r.number for r in page.rows]


def test_office_queues(world, tickets):
    a, b, c = tickets
    clerk = world.clerk
    assert clerk.queues() == ("new", "dispatched", "awaiting_verification", "awaiting_callback", "revisit_due",
                              "all")
    assert world.supervisor.queues()[-2:] == ("returns_pending", "all")
    assert _numbers(clerk.list_queue("new")) == [a]
    assert _numbers(clerk.list_queue("dispatched")) == [c, b]  # newest first by default
    assert clerk.queue_counts() == {"new": 1, "dispatched": 2, "awaiting_verification": 0,
                                    "awaiting_callback": 0, "revisit_due": 0, "all": 3}


def test_responder_sees_only_own_department(world, tickets):
    a, b, c = tickets
    cg = world.responder("城管执法队")
    assert cg.queues() == ("dept_pending", "dept_in_progress", "dept_resolved", "all")
    assert _numbers(cg.list_queue("all")) == [c]
    assert _numbers(cg.list_queue("dept_pending")) == [c]
    rows = cg.list_queue("all").rows
    assert rows[0].my_dispatch_state == "pending" and rows[0].lead_department == "住建委"
    assert cg.ticket_rows([world.clerk.ticket(a).id, world.clerk.ticket(b).id]) == []
    cg.acknowledge(cg.ticket(c).dispatches[1].id)
    assert cg.queue_counts() == {"dept_pending": 0, "dept_in_progress": 1, "dept_resolved": 0, "all": 1}
    sw = world.responder("水务所")
    assert _numbers(sw.list_queue("dept_pending")) == [b]


def test_search_matches_number_title_and_address(world, tickets):
    a, b, c = tickets
    clerk = world.clerk
    assert _numbers(clerk.list_queue("all", search="井盖")) == [b]
    assert set(_numbers(clerk.list_queue("all", search="幸福路"))) == {a, c}
    assert _numbers(clerk.list_queue("all", search=b)) == [b]
    assert _numbers(clerk.list_queue("all", search="100%")) == [c]  # % is literal, not a wildcard
    assert _numbers(clerk.list_queue("all", search="_")) == []
    assert clerk.list_queue("all", search="没有这个").total == 0


@pytest.mark.parametrize(("sort", "descending", "expected"), [
    ("created_at", False, "abc"), ("created_at", True, "cba"), ("number", False, "abc"),
    ("urgency", False, "bca"),  # emergency, urgent, routine
    ("state", False, "abc"),  # new before dispatched; ties by id
    ("category", False, None), ("title", True, None),
])
def test_sorting(world, tickets, sort, descending, expected):
    by_letter = dict(zip("abc", tickets))
    got = _numbers(world.clerk.list_queue("all", sort=sort, descending=descending))
    assert sorted(got) == sorted(tickets)
    if expected:
        assert got == [by_letter[x] for x in expected]


def test_paging(world):
    for i in range(7):
        world.new_ticket(title=f"工单{i}")
        world.clock.advance(seconds=1)
    clerk = world.clerk
    pages = [clerk.list_queue("all", offset=o, limit=3, sort="number", descending=False) for o in (0, 3, 6)]
    assert [p.total for p in pages] == [7, 7, 7]
    assert [len(p.rows) for p in pages] == [3, 3, 1]
    flat = [n for p in pages for n in _numbers(p)]
    assert flat == sorted(flat) and len(set(flat)) == 7
    ids = [r.id for p in pages for r in p.rows]
    assert [r.number for r in clerk.ticket_rows(ids[2:5])] == flat[2:5]


def test_change_marker_grows_with_every_change(world, tickets):
    m0 = world.desk.change_marker()
    world.clerk.update_ticket(tickets[0], title="改")
    m1 = world.desk.change_marker()
    assert m1 > m0
    world.clerk.list_queue("all")
    assert world.desk.change_marker() == m1


def _race(n, fn):
    """Run fn(i) in n threads released together; return results and errors."""
    barrier = threading.Barrier(n)
    results, errors = [], []

    def run(i):
        barrier.wait()
        try:
            results.append(fn(i))
        except Exception as exc:  # noqa: BLE001 - collected and asserted on
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return results, errors


def test_concurrent_acknowledge_exactly_one_wins(world):
    t = world.clerk.whistle(world.new_ticket().number, lead="城管执法队")
    users = [world.responder() for _ in range(4)]
    results, errors = _race(4, lambda i: users[i].acknowledge(t.dispatches[0].id))
    assert len(results) == 1 and len(errors) == 3
    assert all(isinstance(e, ConflictError) for e in errors), errors
    ev = [e for e in world.clerk.ticket(t.number).events if e.kind == "acknowledge"]
    assert len(ev) == 1


def test_concurrent_verify_exactly_one_wins(world):
    t = world.clerk.whistle(world.new_ticket().number, lead="城管执法队")
    li = world.responder()
    li.acknowledge(t.dispatches[0].id)
    li.respond(t.dispatches[0].id, "已联系")
    li.resolve(t.dispatches[0].id, "已处理")
    clerks = [world.clerk, world.login("clerk2"), world.supervisor]
    results, errors = _race(3, lambda i: clerks[i].verify(t.number, accepted=True, note=f"核实{i}"))
    assert len(results) == 1 and all(isinstance(e, ConflictError) for e in errors) and len(errors) == 2
    assert world.clerk.ticket(t.number).state == T.AWAITING_CALLBACK


def test_concurrent_creation_gives_unique_numbers(world):
    clerks = [world.clerk for _ in range(6)]
    fields = dict(title="并发", description="d", category="市容环境", urgency="routine", address="a",
                  community="幸福社区", source="patrol")
    results, errors = _race(6, lambda i: [clerks[i].create_ticket(**fields).number for _ in range(5)])
    assert errors == []
    numbers = [n for r in results for n in r]
    assert len(numbers) == 30 and len(set(numbers)) == 30
    assert sorted(numbers) == [f"2026-{i:06d}" for i in range(1, 31)]


def test_changes_since_names_the_changed_tickets(world, tickets):
    a, b, c = tickets
    marker = world.desk.change_marker()
    assert world.desk.changes_since(marker) == (marker, frozenset())
    world.clerk.update_ticket(a, title="改了")
    world.responder("水务所").acknowledge(world.clerk.ticket(b).dispatches[0].id)
    new, ids = world.desk.changes_since(marker)
    assert new > marker
    assert ids == {world.clerk.ticket(a).id, world.clerk.ticket(b).id}


# -- keyset pages (issue 14) ------------------------------------------------------------------------
def _walk(user, *, limit, backwards=False, **kw):
    """Every row of a queue, page by page by key (from the end when ``backwards``)."""
    if backwards:
        total = user.list_queue("all", limit=1, **kw).total
        page = user.list_queue("all", offset=max(total - limit, 0), limit=limit, **kw)
    else:
        page = user.list_queue("all", limit=limit, **kw)
    out = list(page.rows)
    while page.rows:
        page = user.list_queue("all", limit=limit, **({"before": page.keys[0]} if backwards else
                                                      {"after": page.keys[-1]}), **kw)
        out = list(page.rows) + out if backwards else out + list(page.rows)
    return [r.number for r in out]


@pytest.fixture
def ties(world):
    """Nine tickets: three titles, three urgencies, created three at a time in the same instant (equal keys),
    some with a running clock (时限) and some without."""
    numbers = []
    for i in range(9):
        t = world.new_ticket(title=f"同名{i % 3}", urgency=("routine", "urgent", "emergency")[i % 3],
                             category=("市容环境", "供排水")[i % 2])
        if i % 2:
            world.clerk.whistle(t.number, lead="城管执法队")
        numbers.append(t.number)
        if i % 3 == 2:
            world.clock.advance(minutes=1)
    return numbers


@pytest.mark.parametrize("sort", ["created_at", "title", "deadline", "urgency", "state", "category", "number",
                                  "lead_department"])
@pytest.mark.parametrize("descending", [False, True])
def test_paging_by_key_across_ties_gives_every_row_once_in_order(world, ties, sort, descending):
    clerk = world.clerk
    whole = [r.number for r in clerk.list_queue("all", limit=100, sort=sort, descending=descending).rows]
    assert sorted(whole) == sorted(ties)
    for limit in (1, 2, 4):
        assert _walk(clerk, limit=limit, sort=sort, descending=descending) == whole
        assert _walk(clerk, limit=limit, backwards=True, sort=sort, descending=descending) == whole
    assert [n for o in range(0, 9, 4) for n in _numbers(
        clerk.list_queue("all", offset=o, limit=4, sort=sort, descending=descending))] == whole
    for back in (0, 2, 7):  # a jump near the end counts back from the last row; rows still in the queue's order
        page = clerk.list_queue("all", offset=back, limit=4, from_end=True, sort=sort, descending=descending)
        assert _numbers(page) == whole[max(9 - back - 4, 0):9 - back]
    ids = {r.number: r.id for r in clerk.list_queue("all", limit=100).rows}
    assert [clerk.queue_position("all", ids[n], sort=sort, descending=descending) for n in whole] == \
        list(range(9))  # a ticket's row number, counted over the index ranges before its key


def test_tied_keys_are_ordered_by_id_and_empty_clocks_go_last(world, ties):
    clerk = world.clerk
    by_title = clerk.list_queue("all", sort="title", descending=False)
    assert [r.title for r in by_title.rows] == sorted(r.title for r in by_title.rows)
    assert [r.id for r in by_title.rows if r.title == "同名0"] == sorted(r.id for r in by_title.rows
                                                                       if r.title == "同名0")
    for descending in (False, True):
        rows = clerk.list_queue("all", sort="deadline", descending=descending).rows
        running = [r.deadline is not None for r in rows]
        assert running == sorted(running, reverse=True)  # no clock: last either way
    assert [r.urgency for r in clerk.list_queue("all", sort="urgency", descending=False).rows] == \
        ["emergency"] * 3 + ["urgent"] * 3 + ["routine"] * 3


def test_a_row_inserted_or_deleted_between_two_pages(world, ties):
    clerk = world.clerk
    first = clerk.list_queue("all", limit=4, sort="created_at", descending=False)
    # a ticket appears before the page boundary (not shown: the user has scrolled past that point)...
    world.clock.advance(minutes=5)
    newest = world.new_ticket(title="新来的")
    # ...and the row after the boundary is cancelled away from the 新建 queue while the user reads
    page = clerk.list_queue("new", limit=4, sort="created_at", descending=False)
    gone = clerk.list_queue("new", limit=1, sort="created_at", descending=False, after=page.keys[-1]).rows[0]
    clerk.cancel(gone.number, reason="重复")
    rest = clerk.list_queue("all", limit=100, sort="created_at", descending=False, after=first.keys[-1])
    got = _numbers(first) + _numbers(rest)
    assert got == ties + [newest.number]  # no row twice, none skipped; the new one in its place
    after_gone = clerk.list_queue("new", limit=100, sort="created_at", descending=False, after=page.keys[-1])
    assert gone.number not in _numbers(after_gone)
    assert _numbers(page) + _numbers(after_gone) == [
        n for n in _numbers(clerk.list_queue("new", limit=100, sort="created_at", descending=False))]


def test_queue_size_counts_what_the_pages_hold(world, ties):
    clerk = world.clerk
    assert clerk.queue_size("all") == 9 == clerk.list_queue("all").total
    assert clerk.queue_size("all", search="同名1") == 3
    assert clerk.list_queue("all", with_total=False).total is None
    keys = clerk.list_queue("all", limit=3).keys
    assert len(keys) == 3 and all(isinstance(k, tuple) for k in keys)


def test_queue_position_is_none_outside_the_queue(world, ties):
    clerk = world.clerk
    rows = {r.title: r for r in clerk.list_queue("all", limit=100, sort="number", descending=False).rows}
    dispatched = clerk.list_queue("dispatched", limit=100).rows
    assert clerk.queue_position("new", dispatched[0].id) is None
    assert clerk.queue_position("dispatched", dispatched[0].id) == 0
    shown = clerk.list_queue("all", limit=100, search=rows["同名2"].number).rows
    assert [clerk.queue_position("all", r.id, search=rows["同名2"].number) for r in shown] == \
        list(range(len(shown)))
    assert clerk.queue_position("all", rows["同名1"].id, search=rows["同名2"].number) is None
    assert clerk.queue_position("all", 10**9) is None
    with pytest.raises(ValidationError):  # (the façade's boundary checks the type)
        clerk.queue_position("all", "1")


def test_a_search_stays_within_the_queue_and_its_pages(world, ties):
    clerk = world.clerk
    new = clerk.list_queue("new", limit=100, search="同名1").rows
    assert new and {r.state for r in new} == {"new"}
    assert clerk.queue_size("new", search="同名1") == len(new)
    first = clerk.list_queue("new", limit=2, search="同名1", sort="title", descending=False)
    rest = clerk.list_queue("new", limit=100, search="同名1", sort="title", descending=False, after=first.keys[-1])
    assert _numbers(first) + _numbers(rest) == \
        _numbers(clerk.list_queue("new", limit=100, search="同名1", sort="title", descending=False))
