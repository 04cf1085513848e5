"""Repeat complaints (issue 15 §2): proposals at intake, merge into a parent and split, the effect on the 三率;
both databases. The rules are in desk/intake/repeats/service.py's docstring."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import text

from desk.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from helpers import Office, snapshot

LIGHT = dict(title="幸福路12号楼前路灯不亮", description="幸福路12号楼前的路灯连续三天晚上不亮，老人晚上出门不方便。",
             category="市容环境", address="幸福路 12 号", community="幸福社区", reporter_phone="13900001111")
#: The same problem, said by another resident in other words (no common phrase longer than a few characters).
LIGHT_AGAIN = dict(title="12号楼门口路灯坏了", description="幸福路那边12号楼门口的路灯好几天都不亮了，晚上黑漆漆的",
                   category="市容环境", address="幸福路12号", community="幸福社区", reporter_phone="13700002222")


def _snap(desk):
    out = snapshot(desk)
    with desk.engine.connect() as conn:
        out["repeat_proposal"] = [tuple(r) for r in conn.execute(text("SELECT * FROM repeat_proposal ORDER BY 1"))]
    return out


def _unrelated(world):
    """Other complaints on the same street, of the same category and 社区: what must rank below the repeat."""
    return [world.new_ticket(title="幸福路垃圾堆放", description="幸福路12号楼旁边垃圾堆了好几天没人清理，味道很大。",
                             reporter_phone="13600003333"),
            world.new_ticket(title="幸福路12号楼前占道经营", description="幸福路12号楼前的水果摊占道经营，晚上很晚才收。",
                             address="幸福路 14 号", reporter_phone="13600004444"),
            world.new_ticket(title="建设路井盖缺失", description="建设路口井盖丢了，很危险。", address="建设路 3 号",
                             community="建设社区", reporter_phone="13600005555")]


def test_a_rephrased_complaint_ranks_above_unrelated_ones(world):
    others = _unrelated(world)
    light = world.new_ticket(**LIGHT)
    found = world.clerk.repeat_candidates(**{k: LIGHT_AGAIN[k] for k in
                                             ("title", "description", "category", "address", "community")})
    assert found[0].number == light.number, found
    assert {"text", "address", "community", "category"} <= set(found[0].reasons)
    scores = {c.number: c.score for c in found}
    for o in others:
        assert scores.get(o.number, 0) < scores[light.number] - 10
    # Text alone (no category, 社区 or address typed yet) still finds it first.
    found = world.clerk.repeat_candidates(title=LIGHT_AGAIN["title"], description=LIGHT_AGAIN["description"])
    assert found and found[0].number == light.number and found[0].reasons == ("text",)


def test_the_same_phone_is_a_strong_reason(world):
    _unrelated(world)
    mine = world.new_ticket(title="楼道灯坏了", description="楼道里的灯不亮。", address="光明街 8 号",
                            community="光明社区", reporter_phone="139 8888 7777")
    found = world.clerk.repeat_candidates(title="又来反映", description="上次说的问题还没解决", phone="13988887777")
    assert found[0].number == mine.number and "phone" in found[0].reasons
    assert world.clerk.repeat_candidates(title="又来反映", phone="13988880000") == [] or \
        mine.number not in [c.number for c in world.clerk.repeat_candidates(title="又来反映", phone="13988880000")]


def test_the_window_keeps_recently_closed_tickets_and_drops_older_ones(world, clock):
    office = Office(world)
    closed = office.ticket_in("closed")
    probe = dict(title="幸福路早市占道", description="早上摊贩占用人行道", category="市容环境", community="幸福社区")
    assert closed in [c.number for c in world.clerk.repeat_candidates(**probe)]
    clock.advance(timedelta(days=31))
    assert closed not in [c.number for c in world.clerk.repeat_candidates(**probe)]
    world.admin.set_setting("repeat_window_days", "60")
    assert closed in [c.number for c in world.clerk.repeat_candidates(**probe)]
    cancelled = office.ticket_in("cancelled")
    assert cancelled not in [c.number for c in world.clerk.repeat_candidates(**probe)]


def test_proposals_are_remembered_dismissed_and_merged(world):
    light = world.new_ticket(**LIGHT)
    again = world.new_ticket(**LIGHT_AGAIN)
    links = world.clerk.propose_repeats(again.number)
    assert [p.candidate for p in links.proposals] == [light.number]
    assert world.clerk.propose_repeats(again.number).proposals == links.proposals  # idempotent
    p = links.proposals[0]
    after = world.clerk.dismiss_repeat(p.id, note="不是同一盏灯")
    assert after.proposals == ()
    assert world.clerk.propose_repeats(again.number).proposals == ()  # a dismissed one is not proposed again
    with pytest.raises(ConflictError):
        world.clerk.dismiss_repeat(p.id)
    assert world.clerk.ticket(again.number).events[-1].kind == "repeat_dismiss"


def test_merge_follow_callback_and_split(world):
    office = Office(world)
    clerk, lead = world.clerk, office["responder_lead"]
    parent = world.new_ticket(**LIGHT)
    child = world.new_ticket(**LIGHT_AGAIN)
    links = clerk.merge_repeat(child.number, parent.number)
    assert links.number == parent.number and links.residents == 2
    assert [c.number for c in links.children] == [child.number]
    assert links.children[0].reporter_phone == "137****2222"
    for number in (parent.number, child.number):
        assert clerk.ticket(number).events[-1].kind == "repeat_merge"
    # The child follows the parent's dispatches and state; it is never whistled itself, and the actions the
    # window enables from allowed() say so before anyone tries.
    c = clerk.ticket(child.number)
    assert c.parent_id == parent.id and clerk.ticket(parent.number).parent_id is None
    assert "whistle" in clerk.allowed(clerk.ticket(parent.number)).ticket
    assert clerk.allowed(c).ticket == {"update_ticket"}
    assert clerk.allowed(c).followed == {"whistle", "cancel"}  # what its parent takes (the window says so)
    assert clerk.allowed(clerk.ticket(parent.number)).followed == frozenset()
    with pytest.raises(ConflictError) as info:
        clerk.whistle(child.number, lead="城管执法队")
    assert parent.number in info.value.message
    t = clerk.whistle(parent.number, lead="城管执法队", note="请处理")
    c = clerk.ticket(child.number)
    assert c.state == "dispatched" and c.dispatches == ()
    assert [d.department for d in clerk.repeat_links(child.number).followed] == ["城管执法队"]
    d = t.dispatches[0]
    lead.acknowledge(d.id)
    lead.respond(d.id, "已到场")
    lead.resolve(d.id, "已修复")
    assert clerk.ticket(child.number).state == "dispatched"  # the office verifies the parent, not the child
    clerk.verify(parent.number, accepted=True)
    assert clerk.ticket(child.number).state == "awaiting_callback"
    # Each resident gets their own callback and their ticket closes on its own.
    clerk.record_callback(parent.number, contacted=True, resolved=True, satisfaction="satisfied")
    clerk.close(parent.number)
    assert clerk.ticket(child.number).state == "awaiting_callback"
    with pytest.raises(ValidationError):
        clerk.close(child.number)
    clerk.record_callback(child.number, contacted=True, resolved=False, satisfaction="dissatisfied")
    clerk.close(child.number)
    assert clerk.ticket(child.number).state == "closed"
    assert clerk.repeat_links(parent.number).children[0].satisfaction == "dissatisfied"
    # Split: a closed child stays closed.
    links = clerk.split_repeat(child.number, reason="另一盏灯")
    assert links.parent is None and clerk.ticket(child.number).state == "closed"
    assert clerk.repeat_links(parent.number).residents == 1
    for number in (parent.number, child.number):
        assert clerk.ticket(number).events[-1].kind == "repeat_split"


def test_an_open_child_split_off_goes_back_to_new(world):
    clerk = world.clerk
    parent = world.new_ticket(**LIGHT)
    child = world.new_ticket(**LIGHT_AGAIN)
    clerk.merge_repeat(child.number, parent.number)
    clerk.whistle(parent.number, lead="城管执法队")
    assert clerk.ticket(child.number).state == "dispatched"
    clerk.split_repeat(child.number, reason="不是同一问题")
    assert clerk.ticket(child.number).state == "new"
    clerk.whistle(child.number, lead="城管执法队")  # its own problem again
    # A parent with an open child cannot be cancelled silently.
    other = world.new_ticket(**LIGHT_AGAIN)
    clerk.merge_repeat(other.number, parent.number)
    before = _snap(world.desk)
    with pytest.raises(ConflictError):
        clerk.cancel(parent.number, reason="重复")
    assert _snap(world.desk) == before


def test_a_merged_child_leaves_the_action_queues_and_stays_findable(world):
    """A child follows its parent's dispatches: 待派 and 办理中 list (and count) the parent once, so nobody acts on
    the problem twice. The child stays in 全部 and in a search, its row naming the parent, and comes to 待回访 for
    its own resident's callback. Split off, it is back in 待派."""
    office = Office(world)
    clerk, lead = world.clerk, office["responder_lead"]
    parent = world.new_ticket(**LIGHT)
    child = world.new_ticket(**LIGHT_AGAIN)
    clerk.merge_repeat(child.number, parent.number)

    def listed(queue: str, **kw) -> dict:
        return {r.number: r for r in clerk.list_queue(queue, limit=1000, **kw).rows}

    def holds(queue: str) -> set:
        """Who is in ``queue``, after checking that the navigation's count, the table's and its rows agree."""
        rows = listed(queue)
        assert clerk.queue_counts()[queue] == clerk.queue_size(queue) == len(rows), queue
        return {parent.number, child.number} & set(rows)

    cid = clerk.ticket(child.number).id
    assert clerk.ticket(child.number).state == "new" and holds("new") == {parent.number}
    assert clerk.queue_position("new", cid) is None
    everything = listed("all")
    assert everything[child.number].parent_number == parent.number and everything[parent.number].parent_number == ""
    assert clerk.queue_position("all", cid) is not None
    assert set(listed("all", search=child.number)) == {child.number}  # found by its number
    assert clerk.ticket(child.number).parent_number == parent.number
    assert clerk.ticket(parent.number).parent_number == ""

    clerk.split_repeat(child.number, reason="不是同一盏灯")
    assert holds("new") == {parent.number, child.number} and listed("all")[child.number].parent_number == ""
    clerk.merge_repeat(child.number, parent.number)
    d = clerk.whistle(parent.number, lead="城管执法队").dispatches[0]
    assert clerk.ticket(child.number).state == "dispatched"
    assert holds("dispatched") == {parent.number} and holds("new") == set()
    lead.acknowledge(d.id)
    lead.respond(d.id, "已到场")
    lead.resolve(d.id, "已修复")
    assert holds("awaiting_verification") == {parent.number}
    clerk.verify(parent.number, accepted=True)
    assert holds("awaiting_callback") == {parent.number, child.number}  # each resident is called back


def test_a_closed_ticket_merged_into_an_open_one_stays_closed(world):
    office = Office(world)
    closed = office.ticket_in("closed")
    parent = world.new_ticket()
    links = world.clerk.merge_repeat(closed, parent.number)
    assert world.clerk.ticket(closed).state == "closed" and links.residents == 2
    world.clerk.whistle(parent.number, lead="城管执法队")
    assert world.clerk.ticket(closed).state == "closed"  # nothing reopened


def test_an_open_ticket_merged_into_a_recently_closed_one_waits_for_its_callback(world):
    office = Office(world)
    closed = office.ticket_in("closed")
    child = world.new_ticket()
    world.clerk.merge_repeat(child.number, closed)
    c = world.clerk.ticket(child.number)
    assert c.state == "awaiting_callback" and world.clerk.ticket(closed).state == "closed"


def test_no_chains_and_merging_into_a_child_goes_to_its_parent(world):
    clerk = world.clerk
    a, b, c = world.new_ticket(), world.new_ticket(), world.new_ticket()
    clerk.merge_repeat(b.number, a.number)
    links = clerk.merge_repeat(c.number, b.number)  # b is a child: c goes to a
    assert links.number == a.number and links.residents == 3
    before = _snap(world.desk)
    with pytest.raises(ConflictError):
        clerk.merge_repeat(a.number, c.number)  # into its own child
    assert _snap(world.desk) == before
    d = world.new_ticket()
    before = _snap(world.desk)
    with pytest.raises(ConflictError):  # a parent cannot become a child
        clerk.merge_repeat(a.number, d.number)
    with pytest.raises(ConflictError):  # already merged
        clerk.merge_repeat(b.number, d.number)
    assert _snap(world.desk) == before


def test_another_community_or_category_needs_confirmation(world):
    clerk = world.clerk
    parent = world.new_ticket(**LIGHT)
    child = world.new_ticket(**{**LIGHT_AGAIN, "community": "光明社区", "category": "道路交通"})
    before = _snap(world.desk)
    with pytest.raises(ValidationError) as info:
        clerk.merge_repeat(child.number, parent.number)
    assert info.value.field == "confirm_mismatch"
    assert "光明社区" in info.value.message and "道路交通" in info.value.message
    assert _snap(world.desk) == before
    links = clerk.merge_repeat(child.number, parent.number, confirm_mismatch=True, note="同一路口")
    assert links.residents == 2
    assert "mismatch" in clerk.ticket(child.number).events[-1].changes


def test_a_dispatched_ticket_cannot_become_a_child(world):
    office = Office(world)
    busy = office.ticket_in("dispatched")
    parent = world.new_ticket()
    before = _snap(world.desk)
    with pytest.raises(ConflictError):
        world.clerk.merge_repeat(busy, parent.number)
    assert _snap(world.desk) == before


@pytest.mark.parametrize("case", ["unknown", "itself", "responder", "split_unmerged", "dismiss_unknown",
                                  "bad_confirm", "empty_reason"])
def test_bad_input_changes_nothing(world, case):
    clerk = world.clerk
    a, b = world.new_ticket(**LIGHT), world.new_ticket(**LIGHT_AGAIN)
    clerk.propose_repeats(b.number)
    before = _snap(world.desk)
    error, call = {
        "unknown": (NotFound, lambda: clerk.merge_repeat(b.number, "2099-999999")),
        "itself": (ValidationError, lambda: clerk.merge_repeat(a.number, a.number)),
        "responder": (PermissionDenied, lambda: world.responder().merge_repeat(b.number, a.number)),
        "split_unmerged": (ConflictError, lambda: clerk.split_repeat(b.number, reason="x")),
        "dismiss_unknown": (NotFound, lambda: clerk.dismiss_repeat(999999)),
        "bad_confirm": (ValidationError, lambda: clerk.merge_repeat(b.number, a.number, confirm_mismatch="yes")),
        "empty_reason": (ValidationError, lambda: clerk.split_repeat(b.number, reason="  ")),
    }[case]
    with pytest.raises(error) as info:
        call()
    assert info.value.message
    assert _snap(world.desk) == before


def test_the_three_rates_count_the_problem_once_and_each_residents_callback(world, clock):
    """Recomputed from raw rows: the parent's dispatch counts once in 响应率; every resident's valid callback
    (the parent's and each child's) is one item of 解决率 and 满意率, attributed to the parent's lead department;
    受理 counts the problem once and the residents beside it."""
    from desk.stats import service as stats

    office = Office(world)
    clerk, lead = world.clerk, office["responder_lead"]
    parent = world.new_ticket(**LIGHT)
    kids = [world.new_ticket(**LIGHT_AGAIN), world.new_ticket(**{**LIGHT_AGAIN, "reporter_phone": "13500006666"})]
    for k in kids:
        clerk.merge_repeat(k.number, parent.number)
    t = clerk.whistle(parent.number, lead="城管执法队")
    d = t.dispatches[0]
    lead.acknowledge(d.id)
    lead.respond(d.id, "已到场")
    lead.resolve(d.id, "已修复")
    clerk.verify(parent.number, accepted=True)
    clerk.record_callback(parent.number, contacted=True, resolved=True, satisfaction="satisfied")
    clerk.record_callback(kids[0].number, contacted=True, resolved=True, satisfaction="satisfied")
    clerk.record_callback(kids[1].number, contacted=True, resolved=False, satisfaction="dissatisfied")
    for n in (parent.number, *(k.number for k in kids)):
        clerk.close(n)
    clock.advance(timedelta(days=8))
    with world.desk.unit(write=False) as (s, now):
        cal = world.desk._timing(s).cal
        tz = cal.tzinfo
        created = world.clerk.ticket(parent.number).created_at.astimezone(tz)
        iso = created.isocalendar()
        r = stats.build(session=s, cal=cal, settings=world.desk._settings(s), now=now,
                        week=f"{iso.year}-W{iso.week:02d}")
        # Raw rows: dispatches, callbacks and tickets of the period.
        dispatches = s.execute(text("SELECT count(*) FROM dispatch")).scalar_one()
        raw = s.execute(text("SELECT c.resolved, c.satisfaction FROM callback c WHERE c.contacted")).all()
        problems = s.execute(text("SELECT count(*) FROM ticket WHERE parent_id IS NULL")).scalar_one()
        residents = s.execute(text("SELECT count(*) FROM ticket")).scalar_one()
    o = r.office
    assert dispatches == 1 and o.dispatches == 1 and o.dispatch.received == 1
    assert o.received == problems == 1 and o.residents == residents == 3
    assert o.callbacks.valid == len(raw) == 3
    assert o.callbacks.resolved == sum(1 for x in raw if x[0]) == 2
    assert o.callbacks.dissatisfied == sum(1 for x in raw if x[1] == "dissatisfied") == 1
    assert o.period.satisfaction.value == pytest.approx(2 / 3)
    dept = next(x for x in r.departments if x.name == "城管执法队")
    assert dept.callbacks.valid == 3 and dept.callbacks.dissatisfied == 1  # the children count for the lead


# -- the import's bulk check: the same proposals as before it was made lean, and as the single-ticket rule ------------
def _reference_many(session, probes, *, now, window_days=30, limit=5, **_):
    """The import's repeat check as it was before the bulk path was made lean (commit 73959af), kept verbatim as
    the reference: one query per (category, 社区) per chunk, per-pair dicts and ``process.extract``."""
    from rapidfuzz import fuzz, process
    from sqlalchemy import select

    from desk.enums import TicketState
    from desk.intake.repeats import service as s
    from models import Ticket

    def scored(probe, rows, *, community, since, limit, texts):
        digits = s.phone_digits(probe.phone)
        pool = {}
        for r in rows:
            tid, state, closed_at, parent_id = r[0], r[8], r[9], r[10]
            if tid == probe.ticket_id or parent_id is not None or state == TicketState.CANCELLED:
                continue
            if state == TicketState.CLOSED and (closed_at is None or closed_at < since):
                continue
            pool[tid] = r
        if probe.ticket_id is not None:
            pool = {k: v for k, v in pool.items() if v[10] != probe.ticket_id}
        if not pool:
            return []
        query = s.normal(probe.text)[:s.TEXT_CHARS + 200]
        similar = {}
        if query:
            choices = {}
            for tid, r in pool.items():
                if r[0] not in texts:
                    texts[r[0]] = s.normal(f"{r[2]}{r[3] or ''}")
                choices[tid] = texts[r[0]]
            for _, score, tid in process.extract(query, choices, scorer=fuzz.partial_ratio, processor=None,
                                                 limit=None):
                similar[tid] = score
        address = s.normal(probe.address)
        places = {}
        if address:
            mine = s._house_numbers(address)
            addresses = {tid: s.normal(r[5]) for tid, r in pool.items() if r[5]}
            for _, a, tid in process.extract(address, addresses, scorer=fuzz.ratio, processor=None, limit=None,
                                             score_cutoff=s.ADDRESS_SAME):
                theirs = s._house_numbers(addresses[tid])
                n = min(len(mine), len(theirs))
                if mine[:n] == theirs[:n]:
                    places[tid] = a
        out = []
        for tid, r in pool.items():
            reasons = []
            score = 0.0
            if len(digits) >= 7 and r[4] == digits:
                reasons.append("phone")
                score += s.WEIGHTS["phone"]
            if tid in places:
                reasons.append("address")
                score += s.WEIGHTS["address"] * (places[tid] / 100)
            if community and r[6] == community:
                reasons.append("community")
                score += s.WEIGHTS["community"]
            if probe.category_id is not None and r[7] == probe.category_id:
                reasons.append("category")
                score += s.WEIGHTS["category"]
            t = similar.get(tid, 0.0)
            if t >= s.TEXT_REASON:
                reasons.append("text")
            score += s.WEIGHTS["text"] * min(1.0, max(0.0, (t - s.TEXT_FLOOR) / (s.TEXT_FULL - s.TEXT_FLOOR)))
            score = round(min(100.0, score), 1)
            if score >= s.MIN_SCORE and s.STRONG & set(reasons):
                out.append(s.Candidate(tid, r[1], r[2], score, tuple(reasons)))
        out.sort(key=lambda c: (-c.score, -pool[c.ticket_id][11].timestamp(), c.ticket_id))
        return out[:max(0, int(limit))]

    since = now - timedelta(days=max(0, int(window_days)))
    mine = {p.ticket_id for p in probes if p.ticket_id is not None}
    buckets = {}
    for p in probes:
        buckets[(p.category_id, p.community)] = buckets.get((p.category_id, p.community), 0) + 1
    near = {}
    for (category_id, community), n in buckets.items():
        if category_id is None and not community:
            continue
        stmt = select(*s._COLUMNS).where(Ticket.created_at >= since)
        if category_id is not None:
            stmt = stmt.where(Ticket.category_id == category_id)
        if community:
            stmt = stmt.where(Ticket.community == community)
        near[(category_id, community)] = [tuple(r) for r in session.execute(
            stmt.order_by(Ticket.created_at.desc(), Ticket.id.desc()).limit(s.BULK_NEAREST + (n if mine else 0)))]
    phones = sorted({d for d in (s.phone_digits(p.phone) for p in probes) if len(d) >= 7})
    by_phone = {}
    for r in session.execute(select(*s._COLUMNS).where(Ticket.phone_digits.in_(phones))
                             .order_by(Ticket.created_at.desc(), Ticket.id.desc())):
        rows = by_phone.setdefault(r[4], [])
        if len(rows) < s.BULK_NEAREST + len(probes):
            rows.append(tuple(r))
    texts = {}
    out = []
    for p in probes:
        def before(rows, p=p):
            if p.ticket_id is None:
                return rows[:s.BULK_NEAREST]
            return [r for r in rows if r[0] < p.ticket_id][:s.BULK_NEAREST]
        pool = before(near.get((p.category_id, p.community), [])) + before(by_phone.get(s.phone_digits(p.phone), []))
        out.append(scored(p, pool, community=p.community, since=since, limit=limit, texts=texts))
    return out


def _mixed_rows(n):
    """Rows that share phones, texts, addresses, categories (mapped and not) and 社区 (or none) in many ways."""
    import random

    from core.import_files import CATEGORIES, COMMUNITIES, beijing_row

    rnd = random.Random(15)
    problems = [("第{k}号路灯不亮", "幸福路第{k}号路灯连续三天晚上不亮，影响出行。"),
                ("{k}号楼门口路灯坏了", "幸福路那边{k}号楼门口的路灯好几天都不亮了，晚上黑漆漆的"),
                ("幸福路垃圾堆放", "幸福路{k}号楼旁边垃圾堆了好几天没人清理，味道很大。"),
                ("夜间施工扰民", "{k}号院工地晚上十一点以后还在施工，噪音很大。")]
    phones = ["13900001111", "13700002222", "138****1234", "13912340001", "", "010-6512 3456"]
    rows = []
    for i in range(n):
        row = beijing_row(i, number=f"MIX{i:05d}")
        title, desc = rnd.choice(problems)
        k = rnd.choice([1, 2, 3, 12, 37])
        row[2] = rnd.choice(CATEGORIES)
        row[3], row[4] = title.format(k=k), desc.format(k=k)
        row[7] = rnd.choice(phones) if rnd.random() < 0.7 else f"1361234{i:04d}"
        row[10] = rnd.choice([*COMMUNITIES, ""])
        row[11] = rnd.choice([f"幸福路{k}号", f"幸福路 {k} 号 {rnd.randint(1, 3)} 单元", "", "建设路3号"])
        rows.append(row)
    return rows


@pytest.mark.parametrize("later", [False, True], ids=["plain", "a-ticket-created-after-now"])
def test_the_import_proposes_what_the_per_chunk_queries_proposed(world, clock, tmp_path, monkeypatch, later):
    """The lean bulk check (narrowing from memory between chunks, a flat scoring loop, bulk inserts) proposes for
    every imported row exactly the candidates, scores and reasons of the check it replaced (kept above as the
    reference), in the preview and in the import, over several chunks, with earlier tickets of every kind (open,
    closed within the window, cancelled, a merged child) and, in the second case, a ticket created after the
    import's instant (which sorts before the import's rows: the narrowing is read from the database then)."""
    import dataclasses

    from sqlalchemy import select, update

    from core.import_files import BEIJING, write_xlsx
    from desk.intake.imports import service
    from desk.intake.repeats import service as repeats
    from models import Ticket

    world.admin.set_category_mapping("城市管理", "市容环境")
    world.admin.set_category_mapping("住房->房屋安全", "房屋安全")
    office = Office(world)
    clerk = world.clerk
    office.ticket_in("closed")
    office.ticket_in("cancelled")
    parent = world.new_ticket(title="第12号路灯不亮", description="幸福路第12号路灯连续三天晚上不亮", address="幸福路12号",
                              community="幸福社区", reporter_phone="13900001111")
    child = world.new_ticket(title="第12号路灯坏了", description="幸福路第12号路灯不亮", address="幸福路12号",
                             community="幸福社区", reporter_phone="13700002222")
    clerk.merge_repeat(child.number, parent.number)
    world.new_ticket(title="12号楼门口路灯坏了", description="幸福路那边12号楼门口的路灯好几天都不亮了",
                     address="幸福路 12 号", community="和平里社区", reporter_phone="13912340001", category="房屋安全")
    if later:  # stored directly: the façade never records before its latest record (another desk's clock may)
        t = world.new_ticket(title="第3号路灯不亮", address="幸福路3号", community="光明社区", reporter_phone="13900001111")
        with world.desk.engine.begin() as conn:
            conn.execute(update(Ticket).where(Ticket.number == t.number)
                         .values(created_at=clock.now() + timedelta(hours=1)))
    path = write_xlsx(tmp_path / "mixed.xlsx", BEIJING, _mixed_rows(230))
    monkeypatch.setattr(service, "CHUNK", 40)

    def recording(fn, into):
        def wrapped(session, probes, *, now, **kw):
            found = fn(session, probes, now=now, **kw)
            ids = {p.ticket_id for p in probes} | {c.ticket_id for f in found for c in f}
            numbers = dict(session.execute(text("SELECT id, number FROM ticket WHERE id IN (%s)" % ",".join(
                str(i) for i in ids if i is not None) or "0")).all())
            for p, f in zip(probes, found):
                into.append((numbers.get(p.ticket_id),
                             [(numbers[c.ticket_id], c.title, c.score, c.reasons) for c in f]))
            return found
        return wrapped

    real = repeats.find_candidates_many
    results = {}
    for name, fn in (("reference", _reference_many), ("lean", real)):
        monkeypatch.setattr(repeats, "find_candidates_many", recording(fn, results.setdefault(name, [])))
        preview = clerk.preview_import(str(path))
        results[name + " preview"] = preview.duplicates
        calls = iter(range(10**6))
        if name == "reference":  # imported, recorded, rolled back (the numbers are the same for the real one)
            with pytest.raises(service.ImportCancelled):
                clerk.import_hotline(str(path), cancel=lambda: next(calls) >= -(-230 // 40))  # after the last chunk
        else:
            report = clerk.import_hotline(str(path))
    assert results["reference preview"] == results["lean preview"] == preview.duplicates > 0
    assert results["reference"] == results["lean"]
    imported = [r for r in results["lean"] if r[0] is not None]
    assert len(imported) == report.new == 230
    assert report.duplicates == sum(1 for _, f in imported if f) > 100
    reasons = {x for _, f in imported for c in f for x in c[3]}
    assert reasons == {"phone", "address", "text", "community", "category"}
    # what was kept is what was found (the score rounded)
    with world.desk.engine.connect() as conn:
        kept = sorted(conn.execute(text(
            "SELECT t.number, c.number, p.score, p.reasons FROM repeat_proposal p JOIN ticket t ON t.id = p.ticket_id "
            "JOIN ticket c ON c.id = p.candidate_id WHERE p.state = 'proposed'")).all())
    assert kept == sorted((n, c[0], int(round(c[2])), ",".join(c[3])) for n, f in imported for c in f)
    # the one scoring rule: the clerk's check (find_candidates, narrowed otherwise: it also sees later tickets)
    # scores each pair the import proposed as the import did
    monkeypatch.setattr(repeats, "find_candidates_many", real)
    both = 0
    with world.desk.unit(write=False) as (s, now):
        unclassified = service.unclassified_id(s)
        for number, found in imported[-60:]:
            probe = repeats.probe_of(s, s.scalars(select(Ticket).where(Ticket.number == number)).one())
            if probe.category_id == unclassified:  # the import's probe: no category when its path maps to none
                probe = dataclasses.replace(probe, category_id=None)
            single_path = {c.number: (c.score, c.reasons) for c in repeats.find_candidates(s, probe, now=now, limit=20)}
            for candidate, _, score, why in found:
                row = tuple(s.execute(select(*repeats._COLUMNS).where(Ticket.number == candidate)).one())
                single = repeats._scored(probe, [row], community=probe.community, since=now - timedelta(days=30),
                                         limit=5)
                assert [(c.score, c.reasons) for c in single] == [(score, why)], (number, candidate)
                if candidate in single_path:
                    both += 1
                    assert single_path[candidate] == (score, why), (number, candidate)
    assert both > 60
