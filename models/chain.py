"""The canonical form of an event and the hash chain over events (pure functions, no database).

Each event's ``hash`` is SHA-256 over the previous event's hash followed by the event's canonical
text: a version tag and every stored field except the hash itself, in a fixed order (:data:`FIELDS`).
The first event's previous hash is :data:`GENESIS`. There are two versions:

* ``wd-event-1`` (every event recorded before issue 14): a JSON array, ASCII only, no spaces, the
  instant written in UTC with microseconds. Building it cost more than hashing it.
* ``wd-event-2`` (every event since): the fields joined by U+001F, integers in decimal (``-`` when
  absent), the instant as integer microseconds since 1970 UTC, and each text as its length, ``:`` and
  the text itself (so no text can pass for the next field), encoded as UTF-8. One f-string per event.

The version is not stored: an event's hash matches exactly one of the two texts (a forger would need
a SHA-256 collision to make it match the other), so verify tries the version of the event before it
first and the other one only where they change — once, in a database recorded before issue 14.

It lives here, beside the models, because the migration that introduced the chain fills it in for
existing events with exactly this code; desk.audit uses it for every new event and to verify.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from datetime import datetime, timedelta, timezone
from typing import Any

VERSION = "wd-event-1"
VERSION_2 = "wd-event-2"
GENESIS = "0" * 64
#: The fields of an event row that the hash covers, in canonical order.
FIELDS = ("seq", "id", "ticket_id", "dispatch_id", "actor_id", "at", "kind", "subject", "note", "changes")

_encode = json.JSONEncoder(ensure_ascii=True, separators=(",", ":")).encode
#: The string encoder that ``_encode`` uses (C): ``"..."`` with non-ASCII written as ``\\uXXXX``.
_quote = json.encoder.encode_basestring_ascii
_sha256 = hashlib.sha256
_PREFIX = "[" + _encode(VERSION) + ","


def instant(at: datetime) -> str:
    """``2026-11-23T02:00:00.000000Z``: the same text for the same instant in any zone."""
    if at.tzinfo is None:
        raise ValueError("an event's instant must be timezone-aware")
    if at.tzinfo is not timezone.utc:  # what the database hands back is UTC already
        at = at.astimezone(timezone.utc)
    return at.isoformat(timespec="microseconds")[:-6] + "Z"  # "+00:00" -> "Z"


def _number(value: Any) -> str:
    return "null" if value is None else repr(value) if type(value) is int else _encode(value)


def _text(value: Any) -> str:
    return _quote(value) if type(value) is str else "null" if value is None else _encode(value)


def canonical_values(seq: int, id: int, ticket_id: int | None, dispatch_id: int | None,  # noqa: A002
                     actor_id: int, at: datetime, kind: str, subject: str | None, note: str | None,
                     changes: str) -> str:
    """The canonical text: exactly ``_encode([VERSION, seq, id, …])``, written out field by field (the
    audit check hashes every event, and this is several times faster than encoding a list)."""
    return (f"{_PREFIX}{_number(seq)},{_number(id)},{_number(ticket_id)},{_number(dispatch_id)},"
            f"{_number(actor_id)},\"{instant(at)}\",{_text(kind)},{_text(subject)},{_text(note or '')},"
            f"{_text(changes)}]")


def canonical(row: Mapping[str, Any]) -> str:
    return canonical_values(row["seq"], row["id"], row["ticket_id"], row["dispatch_id"], row["actor_id"], row["at"],
                            row["kind"], row.get("subject"), row["note"], row["changes"])


def link_values(previous_hash: str, *values: Any) -> str:
    """The hash of an event given as the values of :data:`FIELDS`, in order, and the hash of the event before it."""
    return _sha256((previous_hash + canonical_values(*values)).encode("ascii")).hexdigest()


def link(previous_hash: str, row: Mapping[str, Any]) -> str:
    """The hash of ``row`` given the hash of the event before it."""
    return _sha256((previous_hash + canonical(row)).encode("ascii")).hexdigest()


# -- wd-event-2 --------------------------------------------------------------------------------
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_US = timedelta(microseconds=1)


def canonical2_values(seq: int, id: int, ticket_id: int | None, dispatch_id: int | None,  # noqa: A002
                      actor_id: int, at: datetime, kind: str, subject: str | None, note: str | None,
                      changes: str) -> str:
    """The ``wd-event-2`` text of an event given as the values of :data:`FIELDS`, in order. An absent text is
    ``-`` like an absent number: an event whose text was set to NULL behind the program's back is named, not a crash."""
    note = note or ""
    return (f"{VERSION_2}\x1f{seq}\x1f{id}\x1f{'-' if ticket_id is None else ticket_id}\x1f"
            f"{'-' if dispatch_id is None else dispatch_id}\x1f{actor_id}\x1f{(at - EPOCH) // _US}\x1f"
            f"{'-' if kind is None else f'{len(kind)}:{kind}'}\x1f"
            f"{'-' if subject is None else f'{len(subject)}:{subject}'}\x1f{len(note)}:{note}\x1f"
            f"{'-' if changes is None else f'{len(changes)}:{changes}'}")


def link2_values(previous_hash: str, *values: Any) -> str:
    """The ``wd-event-2`` hash of an event given as the values of :data:`FIELDS`, in order."""
    return _sha256((previous_hash + canonical2_values(*values)).encode("utf-8", "surrogatepass")).hexdigest()


def link2(previous_hash: str, row: Mapping[str, Any]) -> str:
    """The ``wd-event-2`` hash of ``row`` given the hash of the event before it (what new events get)."""
    if row["at"].tzinfo is None:
        raise ValueError("an event's instant must be timezone-aware")
    return link2_values(previous_hash, row["seq"], row["id"], row["ticket_id"], row["dispatch_id"], row["actor_id"],
                        row["at"], row["kind"], row.get("subject"), row["note"], row["changes"])


def canonical2_sql(dialect: str) -> str:
    """A SQL expression (over the ``event`` table's columns) for the ``wd-event-2`` text of each row, as UTF-8
    bytes: the database builds it, so that verify reads four columns, not eleven (desk.audit.chain).

    :func:`canonical2_values` stays the definition; this mirrors it, and a test holds the two equal for awkward
    values on both databases. Where they still differ, the database's text of a row is no row's Python text,
    so its hash does not match and verify falls back to the Python text for that row:

    * SQLite's ``length()`` stops at a NUL, so a text holding one gets the wrong length (PostgreSQL cannot
      store NUL in text at all);
    * an instant not stored exactly as ``YYYY-MM-DD HH:MM:SS.ffffff`` (written by hand) gives no text.
    """
    def text(column: str, concat: str) -> str:
        return f"CASE WHEN {column} IS NULL THEN '-' ELSE {concat.format(f'length({column})', column)} END"

    if dialect == "postgresql":
        cat = "{} || ':' || {}"
        fields = ["seq", "id", "coalesce(ticket_id::text, '-')", "coalesce(dispatch_id::text, '-')", "actor_id",
                  # a double: exact to 0.25 µs until the year 2255, so rounding gives the integer
                  "(date_part('epoch', at) * 1000000)::bigint",
                  text("kind", cat), text("subject", cat), "length(coalesce(note, '')) || ':' || coalesce(note, '')",
                  text("changes", cat)]
        # || (not concat_ws, which skips a NULL): a NULL where the text has a number makes the whole text empty.
        return "coalesce(convert_to('wd-event-2' || chr(31) || " + " || chr(31) || ".join(fields) + ", 'UTF8'), '')"
    # SQLite: one printf (several times cheaper than a chain of ||); %s writes a number as Python's str() does,
    # and a NULL as nothing, which no Python text has.
    cat = "printf('%d:%s', {}, {})"
    micros = ("CASE WHEN length(at) = 26 AND substr(at, 20, 1) = '.' "
              "THEN strftime('%s', substr(at, 1, 19)) * 1000000 + substr(at, 21) END")
    fields = ["seq", "id", "coalesce(ticket_id, '-')", "coalesce(dispatch_id, '-')", "actor_id", micros,
              text("kind", cat), text("subject", cat), "printf('%d:%s', length(coalesce(note, '')), coalesce(note, ''))",
              text("changes", cat)]
    return f"CAST(printf('{VERSION_2}" + "\x1f%s" * len(fields) + "', " + ", ".join(fields) + ") AS BLOB)"
