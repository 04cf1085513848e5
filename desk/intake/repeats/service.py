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
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from rapidfuzz import fuzz, process
from sqlalchemy import func, or_, select, text, update
from sqlalchemy.orm import Session

from desk.audit import service as audit
from desk.enums import OPEN_DISPATCH_STATES, TicketState
from desk.errors import ConflictError, NotFound, Term, ValidationError
from desk.labels import TICKET_STATE
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


def _digits(phone: str) -> str:
    return "".join(c for c in phone or "" if c.isdigit())


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
    digits = _digits(probe.phone)
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
#: created before it within the window), besides those of the same phone. ``partial_ratio`` costs about 0.1 ms a
#: pair: the clerk's :func:`find_candidates` may compare a thousand texts for one ticket, an import of 50,000 rows
#: cannot.
BULK_NEAREST = 10


def find_candidates_many(session: Session, probes: Sequence[Probe], *, now: datetime, window_days: int = 30,
                         limit: int = 5) -> list[list[Candidate]]:
    """:func:`find_candidates` for a chunk of imported rows, scored by the same rule, narrowed harder and in a few
    statements: one per (category, 社区) of the chunk and one for its phones. A row is compared with the tickets of
    its phone and with the :data:`BULK_NEAREST` newest tickets of its category and 社区 (of its 社区 alone when its
    platform category maps to nothing) created in the window before it; rows of the same file compare with the
    file's earlier rows (a smaller id), so that each pair is proposed once, on the later row. Merged children are
    left out (their parents are in the same narrowing)."""
    since = now - timedelta(days=max(0, int(window_days)))
    mine = {p.ticket_id for p in probes if p.ticket_id is not None}
    buckets: dict[tuple[int | None, str], int] = {}
    for p in probes:
        key = (p.category_id, p.community)
        buckets[key] = buckets.get(key, 0) + 1
    near: dict[tuple[int | None, str], list[tuple]] = {}
    for (category_id, community), n in buckets.items():
        if category_id is None and not community:
            continue
        stmt = select(*_COLUMNS).where(Ticket.created_at >= since)
        if category_id is not None:
            stmt = stmt.where(Ticket.category_id == category_id)
        if community:
            stmt = stmt.where(Ticket.community == community)
        # newest first: the chunk's own rows (created now) and then BULK_NEAREST before the oldest of them
        limit_rows = BULK_NEAREST + (n if mine else 0)
        near[(category_id, community)] = [tuple(r) for r in session.execute(
            stmt.order_by(Ticket.created_at.desc(), Ticket.id.desc()).limit(limit_rows))]
    phones = sorted({d for d in (_digits(p.phone) for p in probes) if len(d) >= 7})
    by_phone: dict[str, list[tuple]] = {}
    for i in range(0, len(phones), 500):
        for r in session.execute(select(*_COLUMNS).where(Ticket.phone_digits.in_(phones[i:i + 500]))
                                 .order_by(Ticket.created_at.desc(), Ticket.id.desc())):
            rows = by_phone.setdefault(r[4], [])
            if len(rows) < BULK_NEAREST + len(probes):
                rows.append(tuple(r))
    texts: dict[int, str] = {}
    out = []
    for p in probes:
        def before(rows: list[tuple], p: Probe = p) -> list[tuple]:
            if p.ticket_id is None:
                return rows[:BULK_NEAREST]
            return [r for r in rows if r[0] < p.ticket_id][:BULK_NEAREST]
        pool = before(near.get((p.category_id, p.community), []))
        pool += before(by_phone.get(_digits(p.phone), []))
        out.append(_scored(p, pool, community=p.community, since=since, limit=limit, texts=texts))
    return out


def _scored(probe: Probe, rows, *, community: str, since: datetime, limit: int,
            texts: dict[int, str] | None = None) -> list[Candidate]:
    """The candidates among ``rows`` (tuples of :data:`_COLUMNS`), scored and best first: the one scoring rule of
    the clerk's intake and of the import. ``texts``: normalised texts already computed (id -> text), reused."""
    digits = _digits(probe.phone)
    pool = {}
    for r in rows:
        tid, state, closed_at, parent_id = r[0], r[8], r[9], r[10]
        if tid == probe.ticket_id or parent_id is not None or state == TicketState.CANCELLED:
            continue
        if state == TicketState.CLOSED and (closed_at is None or closed_at < since):
            continue
        pool[tid] = r
    if probe.ticket_id is not None:  # not its own parent's repeat either, nor one of its own children's
        pool = {k: v for k, v in pool.items() if v[10] != probe.ticket_id}
    if not pool:
        return []
    query = normal(probe.text)[:TEXT_CHARS + 200]
    similar: dict[int, float] = {}
    if query:
        choices = {tid: _text_of(r, texts) for tid, r in pool.items()}
        for _, score, tid in process.extract(query, choices, scorer=fuzz.partial_ratio, processor=None,
                                             limit=None):
            similar[tid] = score
    address = normal(probe.address)
    places: dict[int, float] = {}
    if address:  # the same place: alike (rapidfuzz over all at once) and the same house numbers
        mine = _house_numbers(address)
        addresses = {tid: normal(r[5]) for tid, r in pool.items() if r[5]}
        for _, a, tid in process.extract(address, addresses, scorer=fuzz.ratio, processor=None, limit=None,
                                         score_cutoff=ADDRESS_SAME):
            theirs = _house_numbers(addresses[tid])
            n = min(len(mine), len(theirs))  # 12 号 and 12 号 3 单元 may well be the same place
            if mine[:n] == theirs[:n]:
                places[tid] = a
    out = []
    for tid, r in pool.items():
        reasons = []
        score = 0.0
        if len(digits) >= 7 and r[4] == digits:
            reasons.append("phone")
            score += WEIGHTS["phone"]
        if tid in places:
            reasons.append("address")
            score += WEIGHTS["address"] * (places[tid] / 100)
        if community and r[6] == community:
            reasons.append("community")
            score += WEIGHTS["community"]
        if probe.category_id is not None and r[7] == probe.category_id:
            reasons.append("category")
            score += WEIGHTS["category"]
        t = similar.get(tid, 0.0)
        if t >= TEXT_REASON:
            reasons.append("text")
        score += WEIGHTS["text"] * min(1.0, max(0.0, (t - TEXT_FLOOR) / (TEXT_FULL - TEXT_FLOOR)))
        score = round(min(100.0, score), 1)
        if score >= MIN_SCORE and STRONG & set(reasons):
            out.append(Candidate(tid, r[1], r[2], score, tuple(reasons)))
    out.sort(key=lambda c: (-c.score, -pool[c.ticket_id][11].timestamp(), c.ticket_id))
    return out[:max(0, int(limit))]


def _text_of(r: tuple, texts: dict[int, str] | None) -> str:
    if texts is None:
        return normal(f"{r[2]}{r[3] or ''}")
    t = texts.get(r[0])
    if t is None:
        t = texts[r[0]] = normal(f"{r[2]}{r[3] or ''}")
    return t


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
    rows = [{"ticket_id": tid, "candidate_id": c.ticket_id, "score": int(round(max(0.0, min(100.0, c.score)))),
             "reasons": ",".join(c.reasons)[:64], "state": "proposed", "proposed_at": now,
             "proposed_by_id": actor_id, "decided_at": None, "decided_by_id": None}
            for tid, candidates in found for c in candidates if c.ticket_id != tid]
    if rows:
        session.execute(RepeatProposal.__table__.insert(), rows)
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
