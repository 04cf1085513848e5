"""The hash chain over the ``event`` table: appending under a lock, and verifying.

Every event has a place ``seq`` (1, 2, 3 … without gaps), an ``id`` and a ``hash`` =
SHA-256(previous hash + canonical event) (models.chain). A transaction appends its events in one
go near its end:

* It locks the anchor row ``audit_head`` (``SELECT … FOR UPDATE``), which holds the end of the chain:
  the highest ``seq``, its hash and the highest id. That row lock is the chain's lock on PostgreSQL,
  held until commit, so that appends from many desks are serialised; on SQLite write transactions are
  already serialised (``BEGIN IMMEDIATE``). Issue 14 replaced a global advisory lock plus a read of the
  event table's end with this one row.
* It gives each new event the next place and id, hashes it, inserts the rows in one statement, and
  moves the anchor to the new end.

The lock is taken as late as possible (at the unit of work's final flush, when the transaction's own
row locks are all held), so a desk never waits for a row lock while holding it: the only locks taken
afterwards are the foreign-key share locks of the inserted events, which the façade's row locks
(``FOR NO KEY UPDATE``) never block.

:func:`verify` walks the chain in ``seq`` order and names the first broken link: an edited event
(its hash does not match), a deleted one (a gap in ``seq``, or fewer events than the anchor
says), an inserted one (a place beyond the anchor, a duplicate place, or no place at all), or
a renumbered one (ids out of order). Someone who can write to the database and recomputes every
later hash and the anchor as well cannot be caught by a chain kept in the same database: keep the
anchor printed by ``whistle-desk audit verify`` somewhere else (the weekly report, a notebook)
and compare.

Verify walks in two ways over one snapshot. The fast walk asks the database for each event's
wd-event-2 text (models.chain.canonical2_sql) and reads four plain columns through the driver (the
eleven columns and their Row objects cost more than the hashing); it only hashes, compares and checks
the places. At the first event that is not an intact link (a problem, a wd-event-1 event, a text the
database cannot build), the full walk takes over from the event before with the text built in Python
and every check, and hands back at the next intact wd-event-2 link. Both walks accept exactly the same
events, so the report is the same as if the full walk had read everything.
"""
from __future__ import annotations

import hashlib
import sys
from datetime import datetime, timezone, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Row, and_, func, insert, or_, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from desk import dto
from desk.deadlines import DEFAULT_TIMEZONE
from desk.errors import Message, Term
from desk.labels import EVENT_KIND
from models import AuditHead, Event, Setting
from models.chain import EPOCH, FIELDS, GENESIS, canonical2_sql, link2, link2_values, link_values

#: session.info key: the end of the chain as this transaction has extended it.
STATE = "audit_chain"
BATCH = 10_000
#: Problems listed at most (the first is the one that matters).
MAX_PROBLEMS = 20
#: What verify reads of each event: the hashed fields in canonical order, then the hash.
EVENT_COLUMNS = (*FIELDS, "hash")


def _state(session: Session) -> dict[str, Any]:
    state = session.info.get(STATE)
    if state is None:
        head = _lock_head(session)
        state = {"id": head.last_id + 1, "seq": head.seq + 1, "prev": head.hash, "at": None, "dirty": False}
        session.info[STATE] = state
    return state


def _lock_head(session: Session) -> Row:
    """The end of the chain (place, hash, highest id), its anchor row locked until commit.

    That row lock is the chain's lock on PostgreSQL (SQLite's write transactions are serialised already):
    a writer takes it at flush, the last thing before commit, and the rows it writes are hashed under it in
    microseconds. An anchor row that is missing (a database before the first event, or one whose anchor was
    deleted: verify reports that) is made from the end of the event table first.
    """
    t = AuditHead.__table__
    locked = select(t.c.seq, t.c.hash, t.c.last_id).where(t.c.id == 1).with_for_update()
    head = session.execute(locked).first()
    if head is not None and head.last_id is not None:
        return head
    end = session.execute(select(Event.seq, Event.hash, Event.at).order_by(Event.seq.desc()).limit(1)).first()
    values = dict(seq=end.seq if end else 0, hash=end.hash if end else GENESIS,
                  last_id=session.scalar(select(func.coalesce(func.max(Event.id), 0))))
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    session.execute(dialect.insert(t).values(id=1, updated_at=end.at if end else EPOCH, **values)
                    .on_conflict_do_update(index_elements=[t.c.id], set_=values, where=t.c.last_id.is_(None)))
    return session.execute(locked).one()


def seal(session: Session, rows: list[dict[str, Any]]) -> None:
    """Give ``rows`` (event rows in the order they happened) their ids, places and hashes.

    A row may bring its own id (the bulk demo does), higher than every id before it. The caller
    inserts the rows in this transaction; :func:`write_head` moves the anchor.
    """
    if not rows:
        return
    state = _state(session)
    next_id, seq, prev = state["id"], state["seq"], state["prev"]
    for r in rows:
        rid = r.get("id")
        if rid is None:
            r["id"] = rid = next_id
        elif rid < next_id:
            raise ValueError(f"event id {rid} is not after the end of the chain ({next_id - 1})")
        r["seq"] = seq
        r.setdefault("subject", None)
        prev = r["hash"] = link2(prev, r)
        next_id, seq = rid + 1, seq + 1
    state.update(id=next_id, seq=seq, prev=prev, at=rows[-1]["at"], dirty=True)


def tail(session: Session) -> tuple[int, int, str]:
    """Where this transaction's events continue the chain: (the lowest id the next may have, its place, the hash
    before it). For a bulk writer that hashes its own rows (desk.demo) and then calls :func:`extend`."""
    state = _state(session)
    return state["id"], state["seq"], state["prev"]


def extend(session: Session, next_id: int, next_seq: int, prev: str, at: datetime) -> None:
    """The bulk writer has hashed events up to place ``next_seq - 1`` (hash ``prev``, highest id ``next_id - 1``,
    the last at ``at``) and inserts them in this transaction: :func:`write_head` moves the anchor there."""
    state = _state(session)
    if next_seq < state["seq"] or next_id < state["id"]:
        raise ValueError("the chain cannot move back")
    state.update(id=next_id, seq=next_seq, prev=prev, at=at, dirty=True)


def append(session: Session, rows: list[dict[str, Any]]) -> None:
    """Seal and insert ``rows``."""
    seal(session, rows)
    session.execute(insert(Event.__table__), rows)


def write_head(session: Session) -> None:
    """Move the anchor to where this transaction has taken the chain."""
    state = session.info.get(STATE)
    if state is None or not state["dirty"]:
        return
    session.execute(update(AuditHead.__table__).where(AuditHead.__table__.c.id == 1)
                    .values(seq=state["seq"] - 1, hash=state["prev"], last_id=state["id"] - 1, updated_at=state["at"]))
    state["dirty"] = False


# -- verifying -------------------------------------------------------------------------------
def office_zone(conn) -> tzinfo | None:
    """The office time zone from the settings (the times in the problems are shown in it), or None if unknown."""
    name = conn.execute(select(Setting.value).where(Setting.key == "time_zone")).scalar()
    try:
        return ZoneInfo(name or DEFAULT_TIMEZONE)  # (the setting's default)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _when(at: datetime, tz: tzinfo | None) -> str:
    """``2026-11-20 09:05`` in the office zone, or ``2026-11-20 01:05 UTC`` without one."""
    if tz is None:
        return at.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return at.astimezone(tz).strftime("%Y-%m-%d %H:%M")


def _describe(event: Row, tz: tzinfo | None) -> Message:
    """``（2026-11-20 09:05 受理，工单 #12）``: when, what and about what an event was (a row of EVENT_COLUMNS)."""
    row = event._mapping
    at, kind = _when(row["at"], tz), Term(EVENT_KIND.get(row["kind"], row["kind"]))
    if row["ticket_id"] is not None:
        return Message("（{at} {kind}，工单 #{ticket}）", at=at, kind=kind, ticket=row["ticket_id"])
    if row.get("subject"):
        return Message("（{at} {kind}，{subject}）", at=at, kind=kind, subject=row["subject"])
    return Message("（{at} {kind}）", at=at, kind=kind)


def triggers_present(conn) -> bool:
    """Whether the append-only triggers exist and fire (on PostgreSQL a trigger can be disabled: ``tgenabled``
    'D', or 'R' that fires only in replica sessions)."""
    if conn.dialect.name == "postgresql":
        names = set(conn.execute(text(
            "SELECT tgname FROM pg_trigger WHERE tgrelid = 'event'::regclass AND NOT tgisinternal "
            "AND tgenabled IN ('O', 'A')")).scalars())
        return {"event_append_only", "event_no_truncate"} <= names
    names = set(conn.execute(text(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'event'")).scalars())
    return {"event_append_only_update", "event_append_only_delete", "event_no_replace"} <= names


def verify(conn, *, batch: int = BATCH) -> dto.AuditReport:
    """Walk the whole chain (in one snapshot: run it in one read transaction).

    Each problem says what is wrong as a :class:`~desk.errors.Message` (Chinese, translated for the UI), with
    the events' times in the office time zone (``YYYY-MM-DD HH:MM``; in UTC if that zone is unknown).
    """
    t = Event.__table__
    cols = [t.c[c] for c in EVENT_COLUMNS]
    head = conn.execute(select(AuditHead.seq, AuditHead.hash).where(AuditHead.id == 1)).first()
    problems: list[dto.AuditProblem] = []
    tz = office_zone(conn)

    def problem(kind: str, seq: int | None, event_id: int | None, text: Message) -> None:
        if len(problems) < MAX_PROBLEMS:
            problems.append(dto.AuditProblem(kind, seq, event_id, text))

    expected, prev, last_id, count = 1, GENESIS, 0, 0
    last: Row | None = None  # the event before (only read to describe a problem; None: read it again when needed)
    link, other = link2_values, link_values  # the version of the event before, tried first (see models.chain)
    head_seq = head.seq if head is not None else sys.maxsize
    pg = conn.dialect.name == "postgresql"
    fast_sql = f"SELECT seq, id, {canonical2_sql(conn.dialect.name)}, hash FROM event WHERE {{}} ORDER BY seq, id"
    after: tuple[int, int] | None = None  # (seq, id) of the last event walked

    def since(key: tuple[int, int] | None) -> tuple[str, tuple]:
        """The events from ``key`` on (that event included), as a WHERE clause for the driver and its parameters."""
        if key is None:
            return "seq IS NOT NULL", ()
        mark = "%s" if pg else "?"
        return f"seq >= {mark} AND (seq > {mark} OR id >= {mark})", (key[0], key[0], key[1])

    def fast() -> bool:
        """Walk intact wd-event-2 links after ``after`` with the text built by the database: the driver hands over
        four plain columns per event, and this loop hashes and compares. Stops at the first event that is not
        one (True) or at the end (False). This loop runs once per event ever recorded (the issue's goal: at
        most 3x hashlib over the same bytes)."""
        nonlocal expected, prev, last_id, last, count, after
        sha256, p, exp, lid = hashlib.sha256, prev.encode("ascii"), expected, last_id
        clause, params = since(after)
        sql, stopped = fast_sql.format(clause), False
        cur = conn.connection.driver_connection.cursor(**({"binary": True} if pg else {}))
        try:
            if pg:
                # Streamed in chunks as the server makes them, so that its work overlaps this loop's (a server-side
                # cursor waits for each FETCH). Stopping early cancels the query: a savepoint keeps the transaction.
                import psycopg

                caps = getattr(psycopg, "capabilities", None)  # chunks need psycopg 3.2 and libpq 17, else row by row
                chunks = {"size": batch} if caps is not None and caps.has_stream_chunked() else {}
                cur.execute("SAVEPOINT audit_verify")
                rows = cur.stream(sql, params, **chunks)
            else:
                rows = cur.execute(sql, params)  # plain tuples, no Row objects
            if after is not None:
                next(rows, None)  # the event already walked
            for seq, rid, canon, h in rows:
                if seq != exp or rid <= lid or seq > head_seq or sha256(p + canon).hexdigest() != h:
                    stopped = True
                    break
                p, exp, lid = h.encode("ascii"), seq + 1, rid
            if pg:
                rows.close()  # cancels the query if this loop stopped early
                if stopped:
                    cur.execute("ROLLBACK TO SAVEPOINT audit_verify")
                cur.execute("RELEASE SAVEPOINT audit_verify")
        finally:
            cur.close()
        if exp != expected:  # walked some: the event before is no longer ``last``
            count += exp - expected
            prev, expected, last_id, last, after = p.decode("ascii"), exp, lid, None, (exp - 1, lid)
        return stopped

    def slow() -> bool:
        """Walk the events after ``after`` with the text built here (every check, both versions) until an intact
        wd-event-2 link, where :func:`fast` can take over again (True), or to the end (False)."""
        nonlocal expected, prev, last_id, last, count, after, link, other
        stmt = select(*cols).where(t.c.seq.is_not(None) if after is None else
                                   and_(t.c.seq >= after[0], or_(t.c.seq > after[0], t.c.id >= after[1])))
        result = conn.execute(stmt.order_by(t.c.seq, t.c.id).execution_options(yield_per=batch))
        try:
            rows = iter(result)
            if after is not None:
                last = next(rows, None)  # the event already walked
            for row in rows:  # tuples in EVENT_COLUMNS order
                count += 1
                seq, rid, row_hash = row[0], row[1], row[-1]
                after = (seq, rid)
                if seq == expected and rid > last_id and seq <= head_seq and row_hash == link(prev, *row[:-1]):
                    prev, expected, last_id, last = row_hash, seq + 1, rid, row  # an intact link
                    if link is link2_values:
                        return True
                    continue
                walk(row)
        finally:
            result.close()
        return False

    def walk(row: Row) -> None:
        """The event ``row`` is not an intact link after the one before: name what is wrong."""
        nonlocal expected, prev, last_id, last, link, other
        seq, rid, row_hash = row[0], row[1], row[-1]
        checkable = True
        if seq > expected:
            if last is not None and seq == expected + 1:
                msg = Message("第 {seq} 条事件缺失（被删除）：在第 {before} 条{before_event}与第 {after} 条"
                              "（事件 id {event_id}）{after_event}之间。", seq=expected, before=expected - 1,
                              before_event=_describe(last, tz), after=seq, event_id=rid,
                              after_event=_describe(row, tz))
            elif last is not None:
                msg = Message("第 {first}–{last} 条事件缺失（被删除）：在第 {before} 条{before_event}与第 {after} 条"
                              "（事件 id {event_id}）{after_event}之间。", first=expected, last=seq - 1,
                              before=expected - 1, before_event=_describe(last, tz), after=seq, event_id=rid,
                              after_event=_describe(row, tz))
            elif seq == expected + 1:
                msg = Message("第 {seq} 条事件缺失（被删除）：在第 {after} 条（事件 id {event_id}）{after_event}之前。",
                              seq=expected, after=seq, event_id=rid, after_event=_describe(row, tz))
            else:
                msg = Message("第 {first}–{last} 条事件缺失（被删除）：在第 {after} 条（事件 id {event_id}）"
                              "{after_event}之前。", first=expected, last=seq - 1, after=seq, event_id=rid,
                              after_event=_describe(row, tz))
            problem("deleted", expected, None, msg)
            checkable = False  # its hash was made with the missing event's hash
        elif seq < expected:
            problem("inserted", seq, rid, Message("第 {seq} 条位置重复：事件 id {event_id}{event}是插入的。",
                                                  seq=seq, event_id=rid, event=_describe(row, tz)))
            return  # the chain goes on from the event before it
        if rid <= last_id:
            problem("reordered", seq, rid, Message("第 {seq} 条事件的 id {event_id} 不在前一条（id {previous_id}）"
                                                   "之后：事件被重新编号。", seq=seq, event_id=rid,
                                                   previous_id=last_id))
        if seq > head_seq:
            problem("inserted", seq, rid, Message("第 {seq} 条事件（id {event_id}）{event}在记录的链尾（第 {head} 条）"
                                                  "之后：是绕过本程序插入的。", seq=seq, event_id=rid,
                                                  event=_describe(row, tz), head=head.seq))
        elif checkable and row_hash != link(prev, *row[:-1]):
            if row_hash == other(prev, *row[:-1]):
                link, other = other, link
            else:
                problem("edited", seq, rid, Message("第 {seq} 条事件（id {event_id}）{event}的内容与哈希不符："
                                                    "该事件被修改过（或是伪造后插入的）。", seq=seq, event_id=rid,
                                                    event=_describe(row, tz)))
        prev, expected, last_id, last = row_hash, seq + 1, max(last_id, rid), row
    while fast() and slow():  # the fast walk, and the full one from wherever it stops
        pass
    if last is None and after is not None:  # the fast walk went to the end: read its last event
        last = conn.execute(select(*cols).where(t.c.seq == after[0], t.c.id == after[1])).first()
    end_seq = expected - 1
    stray = conn.execute(select(t.c.id, t.c.kind).where(or_(t.c.seq.is_(None), t.c.hash.is_(None)))
                         .order_by(t.c.id).limit(MAX_PROBLEMS)).all()
    for rid, kind in stray:
        problem("inserted", None, rid, Message("事件 id {event_id}（{kind}）不在链中：是绕过本程序插入的。", event_id=rid,
                                               kind=Term(EVENT_KIND.get(kind, kind))))
    if head is None:
        if count:
            problem("head", None, None, Message("缺少链尾记录（audit_head）：无法确认最新的事件是否被删除。"))
    elif head.seq > end_seq:
        first = end_seq + 1
        if last is None:
            msg = Message("事件全部缺失（被删除）：链尾记录为第 {head} 条，表中已没有任何事件。", head=head.seq)
        elif head.seq == first:
            msg = Message("最新的第 {seq} 条事件缺失（被删除）：链尾记录为第 {head} 条，表中只到第 {end} 条{end_event}。",
                          seq=first, head=head.seq, end=end_seq, end_event=_describe(last, tz))
        else:
            msg = Message("最新的第 {first}–{last} 条事件缺失（被删除）：链尾记录为第 {head} 条，表中只到第 {end} 条"
                          "{end_event}。", first=first, last=head.seq, head=head.seq, end=end_seq,
                          end_event=_describe(last, tz))
        problem("deleted", first, None, msg)
    elif head.seq == end_seq and count and head.hash != prev:
        problem("edited", end_seq, last_id, Message("第 {seq} 条事件与链尾记录的哈希不符：事件或链尾记录被修改过。",
                                                    seq=end_seq))
    problems.sort(key=lambda p: (p.seq is None, p.seq or 0))
    ok_triggers = triggers_present(conn)
    if not ok_triggers:
        problem("triggers", None, None, Message("事件表的只追加触发器已被删除或停用：审计记录不再受保护。"))
    return dto.AuditReport(ok=not problems, events=count + len(stray), head_seq=end_seq, head_hash=prev,
                           problems=tuple(problems), triggers=ok_triggers)
