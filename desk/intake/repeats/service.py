"""Repeat complaints (重复件): finding likely repeats of a ticket, remembering the proposals, merging and splitting.

The interface the 12345 import and the clerk's intake use (issue 15 §2):

* :func:`find_candidates` narrows by indexed columns first (the reporter's phone; the category and the 社区
  within the window; the still-open tickets of the category), at most :data:`NARROW_CAP` rows each, then
  compares the text (rapidfuzz), the reporter's phone and the address, and returns the best few with a score
  and the reasons.
* :func:`remember` keeps the proposals for a ticket, so that the detail pane shows them and the clerk confirms
  (merge) or dismisses each one.

The rules of a merge (:func:`merge`, :func:`split`, :func:`follow_parents`):

* A **child** keeps its own reporter, phone, time and callbacks; it has no dispatches of its own while merged:
  it follows its parent's (the detail shows the parent's). Only a ticket in 待派 (no dispatch under way) or an
  already closed ticket can become a child; one with dispatches under way is refused (withdraw them first).
* **The child's state** is derived from the parent's, as long as the child is open: 待派 while the parent is
  待派; 办理中 while the parent is 办理中 or 待核实 (the office verifies the parent, never a child: a child has no
  clock and no escalation of its own meanwhile); once the parent is verified (待回访 or 已结案) the child is
  待回访: its own resident is called back (``record_callback``, with its own 回访 time limit) and the child is
  closed on its own (``close``). A closed child stays closed, whatever the parent does later (its resident's
  callback is its own); a parent reopened (重办) takes its open children back to 办理中.
* **A closed ticket merged into an open one** stays closed and is only linked: nothing is reopened.
* **An open ticket merged into a closed (recently closed) one** becomes 待回访: the problem was already handled,
  its resident is told and asked.
* **Chains**: a parent cannot be a child (refused); merging into a child goes to that child's parent.
* **Mismatch**: different 社区 or category is refused unless ``confirm_mismatch`` (the error names the difference).
* **Split**: an open child goes back to 待派 (a problem of its own again, to be whistled); a closed child stays
  closed. Every merge and split is an event on both tickets.
* A parent with open children cannot be cancelled (split them first): their residents' complaints would vanish.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from rapidfuzz import fuzz
from sqlalchemy import func, or_, select, text, update
from sqlalchemy.orm import Session

from desk.audit import service as audit
from desk.enums import OPEN_DISPATCH_STATES, TicketState
from desk.errors import ConflictError, NotFound, Term, ValidationError
from desk.intake import bulk
from desk.labels import TICKET_STATE
from desk.privacy import phone_digits
from models import Category, Community, Dispatch, RepeatProposal, Ticket, User
from models.entities import OPEN_TICKETS


@dataclass(frozen=True)
class Probe:
    """What is known of a new complaint (a typed ticket or an imported row)."""

    text: str  # title and description
    phone: str = ""
    community_id: int | None = None
    category_id: int | None = None
    address: str = ""
    #: The ticket itself, when it already exists (never proposed as its own repeat).
    ticket_id: int | None = None
    #: The 社区 by name (what a ticket stores), when the caller has the name rather than the id.
    community: str = ""


@dataclass(frozen=True)
class Candidate:
    ticket_id: int
    number: str
    title: str
    score: float  # 0–100
    reasons: tuple[str, ...]  # e.g. ("phone", "community", "category", "text")


#: Rows each narrowing query reads at most (newest first): the texts compared stay bounded at any scale.
NARROW_CAP = 600
#: The score's parts (they add up to 100): the reporter's phone, the address, the text, the 社区, the category.
WEIGHTS = {"phone": 30, "address": 20, "text": 40, "community": 5, "category": 5}
#: A candidate is proposed from this score, and only with a strong reason (the phone, the address or the text):
#: the same category and 社区 alone are what every other complaint of the street shares.
MIN_SCORE = 20
STRONG = frozenset({"phone", "address", "text"})
#: The text's similarity (rapidfuzz ``partial_ratio``, 0–100) counts from TEXT_FLOOR and in full at TEXT_FULL;
#: a similarity from TEXT_REASON on is named as a reason. Measured on rephrased Chinese complaints: a rephrasing
#: of the same problem scores 60–75, an unrelated complaint on the same street 35–45 (tests/core/test_repeats.py).
TEXT_FLOOR, TEXT_FULL, TEXT_REASON = 35.0, 80.0, 55.0
#: Two addresses are "the same" from this similarity (``fuzz.ratio`` of the normalised addresses).
ADDRESS_SAME = 80.0
#: How much of a description is compared (the beginning says what the problem is).
TEXT_CHARS = 160
REASON_LABELS = {"phone": "同一来电号码", "address": "地址相近", "community": "同一社区", "category": "同一分类",
                 "text": "内容相似"}
OPEN_STATES = (TicketState.NEW, TicketState.DISPATCHED, TicketState.AWAITING_VERIFICATION,
               TicketState.AWAITING_CALLBACK)
_JUNK = re.compile(r"[\s\W_]+", re.UNICODE)
_NUMBERS = re.compile(r"\d+")


def normal(text: str) -> str:
    """Lower case without spaces and punctuation (Chinese has no word spaces; full-width punctuation too)."""
    return _JUNK.sub("", (text or "").lower())


def _house_numbers(address: str) -> tuple[str, ...]:
    """The numbers of an address (幸福路 12 号 3 单元 -> 12, 3): two addresses whose numbers differ (where both
    have one) are not the same place however alike they read (幸福路12号 and 幸福路37号 are 80% alike)."""
    return tuple(_NUMBERS.findall(address))


_COLUMNS = (Ticket.id, Ticket.number, Ticket.title, func.substr(Ticket.description, 1, TEXT_CHARS),
            Ticket.phone_digits, Ticket.address, Ticket.community, Ticket.category_id, Ticket.state,
            Ticket.closed_at, Ticket.parent_id, Ticket.created_at)


def find_candidates(session: Session, probe: Probe, *, now: datetime, window_days: int = 30,
                    limit: int = 5) -> list[Candidate]:
    """Likely repeats among open and recently closed tickets, best first (at most ``limit``).

    Narrowed in SQL by indexed columns, each part at most :data:`NARROW_CAP` rows, newest first: the same phone
    (``ix_ticket_phone_digits``); the same category or the same 社区 created within the window
    (``ix_ticket_category_created``, ``ix_ticket_community_created``); tickets of the category still open
    though created earlier (``ix_ticket_open_category``, a partial index); with neither category nor 社区 known,
    the newest tickets of the window. Closed tickets count when closed within the window; cancelled ones never. A merged
    child is proposed as its parent."""
    since = now - timedelta(days=max(0, int(window_days)))
    community = probe.community
    if not community and probe.community_id is not None:
        community = session.scalar(select(Community.name).where(Community.id == probe.community_id)) or ""
    digits = phone_digits(probe.phone)
    parts = []
    if len(digits) >= 7:
        parts.append(select(*_COLUMNS).where(Ticket.phone_digits == digits)
                     .order_by(Ticket.created_at.desc()).limit(NARROW_CAP))
    if probe.category_id is not None:
        parts.append(select(*_COLUMNS).where(Ticket.category_id == probe.category_id, Ticket.created_at >= since)
                     .order_by(Ticket.created_at.desc()).limit(NARROW_CAP))
        parts.append(select(*_COLUMNS).where(text(OPEN_TICKETS),  # the partial index's own condition
                                             Ticket.created_at < since, Ticket.category_id == probe.category_id)
                     .order_by(Ticket.created_at.desc()).limit(NARROW_CAP // 2))
    if community:
        parts.append(select(*_COLUMNS).where(Ticket.community == community, Ticket.created_at >= since)
                     .order_by(Ticket.created_at.desc()).limit(NARROW_CAP))
    if probe.category_id is None and not community:
        parts.append(select(*_COLUMNS).where(Ticket.created_at >= since)
                     .order_by(Ticket.created_at.desc()).limit(NARROW_CAP))
    rows: dict[int, tuple] = {}
    for stmt in parts:
        for row in session.execute(stmt):
            rows.setdefault(row[0], tuple(row))
    # A merged child stands for its parent: propose the parent (read it if no part found it).
    parents = {r[10] for r in rows.values() if r[10] is not None} - set(rows)
    if parents:
        for row in session.execute(select(*_COLUMNS).where(Ticket.id.in_(sorted(parents)))):
            rows.setdefault(row[0], tuple(row))
    return _scored(probe, rows.values(), community=community, since=since, limit=limit)


#: The import's repeat check compares a row with at most this many tickets of its category and 社区 (the newest
#: created before it within the window), besides those of the same phone. ``partial_ratio`` costs a few µs a
#: pair: the clerk's :func:`find_candidates` may compare a thousand texts for one ticket, an import of 50,000 rows
#: compares at most twenty per row.
BULK_NEAREST = 10
_CLOSED, _CANCELLED = TicketState.CLOSED.value, TicketState.CANCELLED.value


@dataclass
class BulkState:
    """What the import's repeat check keeps from one chunk to the next (one per import; a few rows per key).

    ``recent``: the newest :data:`BULK_NEAREST` tickets this import created (every earlier chunk), as
    :data:`_COLUMNS` tuples, per (category id, 社区) as stored. ``preview``: the preview's narrowing per
    (category, 社区), read once (the preview writes nothing, so what it compares with does not change)."""

    recent: dict[tuple[int, str], list[tuple]] = field(default_factory=dict)
    by_category: dict[int, set[tuple[int, str]]] = field(default_factory=dict)
    by_community: dict[str, set[tuple[int, str]]] = field(default_factory=dict)
    preview: dict[tuple[int | None, str], list[tuple]] = field(default_factory=dict)

    def earlier(self, category_id: int | None, community: str) -> list[tuple]:
        """The newest :data:`BULK_NEAREST` tickets of earlier chunks matching the narrowing, newest first."""
        if category_id is not None and community:
            keys: Collection[tuple[int, str]] = ((category_id, community),)
        elif category_id is not None:
            keys = self.by_category.get(category_id, ())
        else:
            keys = self.by_community.get(community, ())
        rows = [r for k in keys for r in self.recent.get(k, ())]
        if len(keys) > 1:
            rows.sort(key=_id_desc)
        return rows[:BULK_NEAREST]

    def add(self, rows: Sequence[tuple]) -> None:
        touched = set()
        for r in rows:
            key = (r[7], r[6])
            kept = self.recent.get(key)
            if kept is None:
                kept = self.recent[key] = []
                self.by_category.setdefault(r[7], set()).add(key)
                self.by_community.setdefault(r[6], set()).add(key)
            kept.append(r)
            touched.add(key)
        for key in touched:
            kept = self.recent[key]
            kept.sort(key=_id_desc)
            del kept[BULK_NEAREST:]


def _id_desc(r: tuple) -> int:
    return -r[0]


def find_candidates_many(session: Session, probes: Sequence[Probe], *, now: datetime, window_days: int = 30,
                         limit: int = 5, rows: Sequence[tuple] | None = None,
                         state: BulkState | None = None) -> list[list[Candidate]]:
    """:func:`find_candidates` for a chunk of imported rows, scored by the same rule, narrowed harder and in a few
    statements. A row is compared with the tickets of its phone and with the :data:`BULK_NEAREST` newest tickets of
    its category and 社区 (of its 社区 alone when its platform category maps to nothing) created in the window
    before it; rows of the same file compare with the file's earlier rows (a smaller id), so that each pair is
    proposed once, on the later row. Merged children are left out (their parents are in the same narrowing).

    Precisely: the narrowing of a (category, 社区) is the newest ``BULK_NEAREST + n`` tickets (created, then id,
    descending; ``n`` its rows in the chunk) and a row takes the first ``BULK_NEAREST`` of them older (a smaller id)
    than itself; the phone's tickets likewise. ``rows`` (the chunk's tickets, just inserted, as :data:`_COLUMNS`
    tuples in the order of ``probes``) and ``state`` (kept by the caller from chunk to chunk) let the narrowing come
    from memory when this import's earlier chunks already hold ``BULK_NEAREST`` tickets of it and nothing was
    created after ``now``: the same rows as the query, which on PostgreSQL sorts all the tickets created at one
    instant (all of an import's) by id. One statement per (category, 社区) otherwise, and one for the phones."""
    since = now - timedelta(days=max(0, int(window_days)))
    mine = any(p.ticket_id is not None for p in probes)
    buckets: dict[tuple[int | None, str], int] = {}
    for p in probes:
        key = (p.category_id, p.community)
        buckets[key] = buckets.get(key, 0) + 1
    memory = state if rows is not None and mine and session.scalar(
        select(Ticket.id).where(Ticket.created_at > now).limit(1)) is None else None
    own_rows = rows or ()
    near: dict[tuple[int | None, str], list[tuple]] = {}
    for (category_id, community), n in buckets.items():
        if category_id is None and not community:
            continue
        # newest first: the chunk's own rows (created now) and then BULK_NEAREST before the oldest of them
        limit_rows = BULK_NEAREST + (n if mine else 0)
        if memory is not None:
            earlier = memory.earlier(category_id, community)
            if len(earlier) >= BULK_NEAREST:
                own = [r for r in own_rows if (category_id is None or r[7] == category_id)
                       and (not community or r[6] == community)]
                own.sort(key=_id_desc)
                near[(category_id, community)] = (own + earlier)[:limit_rows]
                continue
        if not mine and state is not None and (category_id, community) in state.preview:
            near[(category_id, community)] = state.preview[(category_id, community)]
            continue
        stmt = select(*_COLUMNS).where(Ticket.created_at >= since)
        if category_id is not None:
            stmt = stmt.where(Ticket.category_id == category_id)
        if community:
            stmt = stmt.where(Ticket.community == community)
        near[(category_id, community)] = found = [tuple(r) for r in session.execute(
            stmt.order_by(Ticket.created_at.desc(), Ticket.id.desc()).limit(limit_rows))]
        if not mine and state is not None:
            state.preview[(category_id, community)] = found
    if state is not None and rows is not None:
        state.add(rows)
    phones = sorted({d for d in (phone_digits(p.phone) for p in probes) if len(d) >= 7})
    by_phone: dict[str, list[tuple]] = {}
    for i in range(0, len(phones), 500):
        for r in session.execute(select(*_COLUMNS).where(Ticket.phone_digits.in_(phones[i:i + 500]))
                                 .order_by(Ticket.created_at.desc(), Ticket.id.desc())):
            found = by_phone.setdefault(r[4], [])
            if len(found) < BULK_NEAREST + len(probes):
                found.append(tuple(r))
    # each narrowing's ids, negated (ascending where the ids descend): a row's older part by bisection
    order = {key: _descending(found) for key, found in near.items()}
    cache: dict[int, tuple[str, str, tuple[str, ...]]] = {}
    out = []
    for p in probes:
        key = (p.category_id, p.community)
        digits = phone_digits(p.phone)
        found = near.get(key, ())
        mates = by_phone.get(digits, ())
        if p.ticket_id is None:
            pool = [*found[:BULK_NEAREST], *mates[:BULK_NEAREST]]
        else:
            pid = p.ticket_id
            neg = order.get(key)
            if neg is not None:
                start = bisect_right(neg, -pid)
                pool = list(found[start:start + BULK_NEAREST])
            else:
                pool = [r for r in found if r[0] < pid][:BULK_NEAREST]
            pool += [r for r in mates if r[0] < pid][:BULK_NEAREST]
        out.append(_ranked(p, _pool(p, pool, since), community=p.community, since=since, limit=limit,
                           cache=cache))
    return out


def _descending(rows: Sequence[tuple]) -> list[int] | None:
    """The negated ids of ``rows`` when they strictly descend (then ascending: for bisect), else None."""
    neg = [-r[0] for r in rows]
    return neg if all(a < b for a, b in zip(neg, neg[1:])) else None


def _pool(probe: Probe, rows, since: datetime) -> list[tuple]:
    """The rows that may be proposed, each ticket once: not the probe itself, not a merged child (its parent
    stands for it), not cancelled, not closed before the window."""
    pool: dict[int, tuple] = {}
    me = probe.ticket_id
    for r in rows:
        tid, state = r[0], r[8]
        if tid == me or r[10] is not None or state == _CANCELLED:
            continue
        if state == _CLOSED and (r[9] is None or r[9] < since):
            continue
        pool[tid] = r
    return list(pool.values())


def _scored(probe: Probe, rows, *, community: str, since: datetime, limit: int) -> list[Candidate]:
    """The candidates among ``rows`` (tuples of :data:`_COLUMNS`), scored and best first: the one scoring rule of
    the clerk's intake and of the import (:func:`_ranked`)."""
    return _ranked(probe, _pool(probe, rows, since), community=community, since=since, limit=limit)


def _ranked(probe: Probe, pool: list[tuple], *, community: str, since: datetime, limit: int,
            cache: dict[int, tuple[str, str, tuple[str, ...]]] | None = None) -> list[Candidate]:
    """Score every row of ``pool`` (from :func:`_pool`) against ``probe``; the best ``limit``, best first.

    The score adds, in this order: the phone (:data:`WEIGHTS`), the address (when the normalised addresses are
    :data:`ADDRESS_SAME` alike by ``fuzz.ratio`` and their house numbers agree, weighted by the likeness), the
    社区, the category, and the text (``fuzz.partial_ratio`` of the normalised texts, from :data:`TEXT_FLOOR` to
    :data:`TEXT_FULL`); rounded to 0.1. Proposed from :data:`MIN_SCORE` with a strong reason. ``cache``: the
    normalised (text, address, house numbers) of rows already seen (id -> triple), reused."""
    if not pool:
        return []
    if cache is None:
        cache = {}
    digits = phone_digits(probe.phone)
    by_phone = len(digits) >= 7
    category_id = probe.category_id
    query = normal(probe.text)[:TEXT_CHARS + 200]
    address = normal(probe.address)
    numbers = _house_numbers(address) if address else ()
    w_phone, w_address, w_text = WEIGHTS["phone"], WEIGHTS["address"], WEIGHTS["text"]
    w_community, w_category = WEIGHTS["community"], WEIGHTS["category"]
    span = TEXT_FULL - TEXT_FLOOR
    partial, ratio = fuzz.partial_ratio, fuzz.ratio
    found = []
    for r in pool:
        tid = r[0]
        seen = cache.get(tid)
        if seen is None:
            place = normal(r[5]) if r[5] else ""
            seen = cache[tid] = (normal(f"{r[2]}{r[3] or ''}"), place, _house_numbers(place))
        phone = by_phone and r[4] == digits
        alike = 0.0
        if address and seen[1]:
            a = ratio(address, seen[1], score_cutoff=ADDRESS_SAME)
            if a:  # the same place: alike, and the same house numbers (12 号 and 12 号 3 单元 may well be one)
                theirs = seen[2]
                n = min(len(numbers), len(theirs))
                if numbers[:n] == theirs[:n]:
                    alike = a
        t = partial(query, seen[0]) if query else 0.0
        if not (phone or alike or t >= TEXT_REASON):
            continue  # no strong reason: never proposed, whatever it scores
        reasons = []
        score = 0.0
        if phone:
            reasons.append("phone")
            score += w_phone
        if alike:
            reasons.append("address")
            score += w_address * (alike / 100)
        if community and r[6] == community:
            reasons.append("community")
            score += w_community
        if category_id is not None and r[7] == category_id:
            reasons.append("category")
            score += w_category
        if t >= TEXT_REASON:
            reasons.append("text")
        score += w_text * min(1.0, max(0.0, (t - TEXT_FLOOR) / span))
        score = round(min(100.0, score), 1)
        if score >= MIN_SCORE:
            found.append((-score, -r[11].timestamp(), tid, r, score, reasons))
    found.sort(key=lambda c: c[:3])
    return [Candidate(tid, r[1], r[2], score, tuple(reasons))
            for _, _, tid, r, score, reasons in found[:max(0, int(limit))]]


def probe_of(session: Session, ticket: Ticket) -> Probe:
    return Probe(text=f"{ticket.title}{ticket.description or ''}", phone=ticket.phone_digits or "",
                 category_id=ticket.category_id, address=ticket.address or "", ticket_id=ticket.id,
                 community=ticket.community or "")


def remember(session: Session, ticket_id: int, candidates: Sequence[Candidate], *, actor_id: int,
             now: datetime) -> None:
    """Keep the proposals for ``ticket_id`` until the clerk confirms or dismisses them: a new candidate is
    added as proposed; one already proposed gets its new score; a dismissed or merged one is left as decided."""
    if not candidates:
        return
    ids = [c.ticket_id for c in candidates if c.ticket_id != ticket_id]
    existing = {p.candidate_id: p for p in session.scalars(
        select(RepeatProposal).where(RepeatProposal.ticket_id == ticket_id, RepeatProposal.candidate_id.in_(ids)))}
    for c in candidates:
        if c.ticket_id == ticket_id:
            continue
        score = int(round(max(0.0, min(100.0, c.score))))
        reasons = ",".join(c.reasons)[:64]
        p = existing.get(c.ticket_id)
        if p is None:
            p = RepeatProposal(ticket_id=ticket_id, candidate_id=c.ticket_id, score=score, reasons=reasons,
                               state="proposed", proposed_at=now, proposed_by_id=actor_id)
            session.add(p)
            existing[c.ticket_id] = p
        elif p.state == "proposed":
            p.score, p.reasons = score, reasons
    session.flush()



def remember_new(session: Session, found: Sequence[tuple[int, Sequence[Candidate]]], *, actor_id: int,
                 now: datetime) -> int:
    """:func:`remember` for tickets created in this transaction (an import's new rows): they have no proposals
    yet, so each candidate is inserted as proposed, all in one statement. Returns the number of proposals."""
    rows = [(tid, c.ticket_id, int(round(max(0.0, min(100.0, c.score)))), ",".join(c.reasons)[:64], "proposed", now,
             actor_id) for tid, candidates in found for c in candidates if c.ticket_id != tid]
    bulk.insert(session, RepeatProposal.__table__,
                ("ticket_id", "candidate_id", "score", "reasons", "state", "proposed_at", "proposed_by_id"), rows)
    return len(rows)

# -- merge and split ---------------------------------------------------------------------------------------------
def _state(t: Ticket) -> Term:
    return Term(TICKET_STATE[t.state])


def followed_state(parent_state: str) -> str:
    """The state an open child derives from its parent's (see the module's docstring)."""
    if parent_state in (TicketState.AWAITING_CALLBACK, TicketState.CLOSED):
        return TicketState.AWAITING_CALLBACK
    if parent_state == TicketState.NEW:
        return TicketState.NEW
    return TicketState.DISPATCHED


def _follow(session: Session, parent: Ticket, child: Ticket, me: User, now: datetime) -> None:
    """Set an open child's state from its parent's (an event when it changes)."""
    if child.state == TicketState.CLOSED:
        return
    if parent.state == TicketState.CANCELLED:
        raise ConflictError("工单 {number} 有并入的重复件 {child} 尚未结案，不能撤销：请先拆分重复件。",
                            number=parent.number, child=child.number)
    new = followed_state(parent.state)
    if new == TicketState.AWAITING_CALLBACK and child.verified_at is None:
        child.verified_at = parent.verified_at or now
    if new != TicketState.AWAITING_CALLBACK:
        child.verified_at = None
    if new != child.state:
        audit.record(session=session, ticket_id=child.id, actor_id=me.id, at=now, kind="state",
                     changes={"state": (child.state, new), "parent": (None, parent.number)})
        child.state = new
        child.updated_at, child.updated_by_id = now, me.id


def follow_parents(session: Session, now: datetime) -> None:
    """At the end of a write transaction: the open children of every parent this transaction changed follow
    its state. Costs nothing (no statement) when no changed ticket in the session has children."""
    changed = session.info.get("changed_tickets")
    if not changed:
        return
    parents = [o for o in list(session.identity_map.values())
               if isinstance(o, Ticket) and (o.repeat_count or 0) > 0 and o.id in changed]
    if not parents:
        return
    me = session.info.get("me")
    if me is None:
        from desk.accounts.service import system_user_id

        me = session.get(User, system_user_id(session))
    for parent in parents:
        for child in session.scalars(select(Ticket).where(Ticket.parent_id == parent.id,
                                                          Ticket.state != TicketState.CLOSED)
                                     .order_by(Ticket.id).with_for_update(key_share=True)):
            _follow(session, parent, child, me, now)


#: Verbs a merged child still takes itself: its fields, its resident's callback, its close, a revisit.
CHILD_VERBS = frozenset({"update_ticket", "record_callback", "close", "record_revisit"})


def guard_child(session: Session, ticket: Ticket, verb: str) -> None:
    """A merged child is handled through its parent: other verbs are refused with the parent's number."""
    if ticket.parent_id is None or verb in CHILD_VERBS:
        return
    number = session.scalar(select(Ticket.number).where(Ticket.id == ticket.parent_id))
    raise ConflictError("工单 {number} 已作为重复件并入 {parent}，请在主工单上办理（或先拆分）。",
                        number=ticket.number, parent=number or "?")


def merge(session: Session, *, child: Ticket, parent: Ticket, me: User, now: datetime,
          confirm_mismatch: bool = False, note: str = "") -> Ticket:
    """Merge ``child`` into ``parent`` (both locked by the caller); returns the parent actually used (merging
    into a child goes to its parent)."""
    if child.repeat_count:
        raise ConflictError("工单 {number} 已有 {count} 件重复件并入，不能再并入其他工单（不支持多级合并）。",
                            number=child.number, count=child.repeat_count)
    if parent.parent_id is not None:
        top = session.scalar(select(Ticket).where(Ticket.id == parent.parent_id).with_for_update(key_share=True))
        if top is None:
            raise NotFound("找不到工单 {number}。", number=str(parent.parent_id))
        parent = top
    if child.id == parent.id:
        raise ValidationError("parent", "不能把工单 {number} 并入它自己。", number=child.number)
    if child.parent_id is not None:
        if child.parent_id == parent.id:
            raise ConflictError("工单 {number} 已经并入 {parent}。", number=child.number, parent=parent.number)
        raise ConflictError("工单 {number} 已并入另一件工单：请先拆分。", number=child.number)
    if parent.state == TicketState.CANCELLED:
        raise ConflictError("工单 {number} 已撤销，不能作为主工单。", number=parent.number)
    if child.state not in (TicketState.NEW, TicketState.CLOSED):
        raise ConflictError("工单 {number} 当前为“{state}”：只有待派或已结案的工单可以并入（已派出的请先撤回派单）。",
                            number=child.number, state=_state(child))
    if child.state == TicketState.NEW and session.scalar(
            select(func.count(Dispatch.id)).where(Dispatch.ticket_id == child.id,
                                                  Dispatch.state.in_([s.value for s in OPEN_DISPATCH_STATES]))):
        raise ConflictError("工单 {number} 仍有办理中的派单，请先撤回派单再并入。", number=child.number)
    differences = []
    names = {}
    if child.category_id != parent.category_id:
        names = dict(session.execute(select(Category.id, Category.name)
                                     .where(Category.id.in_([child.category_id, parent.category_id]))).all())
    community = ((child.community or "—"), (parent.community or "—"))
    category = (names.get(child.category_id, "?"), names.get(parent.category_id, "?"))
    if community[0] != community[1]:
        differences.append(f"社区 {community[0]} / {community[1]}")
    if names:
        differences.append(f"分类 {category[0]} / {category[1]}")
    if differences and confirm_mismatch is not True:
        if len(differences) == 2:
            raise ValidationError("confirm_mismatch", "两件工单的社区（{a} / {b}）和分类（{c} / {d}）都不同，"
                                  "确认是同一问题后再合并。", a=community[0], b=community[1], c=category[0],
                                  d=category[1])
        if names:
            raise ValidationError("confirm_mismatch", "两件工单的分类不同（{a} / {b}），确认是同一问题后再合并。",
                                  a=category[0], b=category[1])
        raise ValidationError("confirm_mismatch", "两件工单的社区不同（{a} / {b}），确认是同一问题后再合并。",
                              a=community[0], b=community[1])
    old_state = child.state
    child.parent_id = parent.id
    parent.repeat_count = (parent.repeat_count or 0) + 1
    if child.state != TicketState.CLOSED:
        new = followed_state(parent.state)
        child.verified_at = (parent.verified_at or now) if new == TicketState.AWAITING_CALLBACK else None
        child.state = new
    changes = {"parent": (None, parent.number)}
    if child.state != old_state:
        changes["state"] = (old_state, child.state)
    if differences:
        changes["mismatch"] = (None, "、".join(differences))
    audit.record(session=session, ticket_id=child.id, actor_id=me.id, at=now, kind="repeat_merge", note=note,
                 changes=changes)
    audit.record(session=session, ticket_id=parent.id, actor_id=me.id, at=now, kind="repeat_merge", note=note,
                 changes={"child": (None, child.number),
                          "repeat_count": (parent.repeat_count - 1, parent.repeat_count)})
    child.updated_at, child.updated_by_id = now, me.id
    parent.updated_at, parent.updated_by_id = now, me.id
    session.execute(update(RepeatProposal).where(
        or_((RepeatProposal.ticket_id == child.id) & (RepeatProposal.candidate_id == parent.id),
            (RepeatProposal.ticket_id == parent.id) & (RepeatProposal.candidate_id == child.id)),
        RepeatProposal.state == "proposed").values(state="merged", decided_at=now, decided_by_id=me.id)
        .execution_options(synchronize_session=False))
    found = session.scalar(select(RepeatProposal.id).where(RepeatProposal.ticket_id == child.id,
                                                            RepeatProposal.candidate_id == parent.id))
    if found is None:  # merged without a proposal (picked by hand): kept as decided, for the record
        session.add(RepeatProposal(ticket_id=child.id, candidate_id=parent.id, score=100, reasons="manual",
                                   state="merged", proposed_at=now, proposed_by_id=me.id, decided_at=now,
                                   decided_by_id=me.id))
    return parent


def split(session: Session, *, child: Ticket, parent: Ticket, me: User, now: datetime, reason: str) -> None:
    """Split ``child`` off ``parent`` again: an open child goes back to 待派, a closed one stays closed."""
    old_state = child.state
    child.parent_id = None
    parent.repeat_count = max(0, (parent.repeat_count or 0) - 1)
    if child.state != TicketState.CLOSED:
        child.state = TicketState.NEW
        child.verified_at = None
    changes = {"parent": (parent.number, None)}
    if child.state != old_state:
        changes["state"] = (old_state, child.state)
    audit.record(session=session, ticket_id=child.id, actor_id=me.id, at=now, kind="repeat_split", note=reason,
                 changes=changes)
    audit.record(session=session, ticket_id=parent.id, actor_id=me.id, at=now, kind="repeat_split", note=reason,
                 changes={"child": (child.number, None),
                          "repeat_count": (parent.repeat_count + 1, parent.repeat_count)})
    child.updated_at, child.updated_by_id = now, me.id
    parent.updated_at, parent.updated_by_id = now, me.id
