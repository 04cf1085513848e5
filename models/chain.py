"""The canonical form of an event and the hash chain over events (pure functions, no database).

Each event's ``hash`` is SHA-256 over the previous event's hash followed by the event's canonical
text. The canonical text is a JSON array (ASCII only, no spaces) of a version tag and every stored
field except the hash itself, in a fixed order; the instant is written in UTC with microseconds.
The first event's previous hash is :data:`GENESIS`.

It lives here, beside the models, because the migration that introduced the chain fills it in for
existing events with exactly this code; desk.audit uses it for every new event and to verify.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from datetime import datetime, timezone
from typing import Any

VERSION = "wd-event-1"
GENESIS = "0" * 64
#: The fields of an event row that the hash covers, in canonical order.
FIELDS = ("seq", "id", "ticket_id", "dispatch_id", "actor_id", "at", "kind", "subject", "note", "changes")

_encode = json.JSONEncoder(ensure_ascii=True, separators=(",", ":")).encode
_sha256 = hashlib.sha256


def instant(at: datetime) -> str:
    """``2026-11-23T02:00:00.000000Z``: the same text for the same instant in any zone."""
    if at.tzinfo is None:
        raise ValueError("an event's instant must be timezone-aware")
    return at.astimezone(timezone.utc).replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


def canonical(row: Mapping[str, Any]) -> str:
    return _encode([VERSION, row["seq"], row["id"], row["ticket_id"], row["dispatch_id"], row["actor_id"],
                    instant(row["at"]), row["kind"], row.get("subject"), row["note"] or "", row["changes"]])


def link(previous_hash: str, row: Mapping[str, Any]) -> str:
    """The hash of ``row`` given the hash of the event before it."""
    return _sha256((previous_hash + canonical(row)).encode("ascii")).hexdigest()
