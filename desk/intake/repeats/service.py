"""Repeat complaints (重复件): finding likely repeats of a ticket, and remembering the proposals.

The interface the 12345 import and the clerk's intake use (issue 15 §2):

* :func:`find_candidates` narrows by category, community and date first (indexed), then compares the text
  (rapidfuzz), the reporter's phone and the address, and returns the best few with a score and the reasons.
* :func:`remember` keeps the proposals for a ticket, so that the detail pane shows them and the clerk confirms
  (merge) or dismisses each one.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session


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


@dataclass(frozen=True)
class Candidate:
    ticket_id: int
    number: str
    title: str
    score: float  # 0–100
    reasons: tuple[str, ...]  # e.g. ("phone", "community", "category", "text")


def find_candidates(session: Session, probe: Probe, *, now: datetime, window_days: int = 30,
                    limit: int = 5) -> list[Candidate]:
    """Likely repeats among open and recently closed tickets, best first. (To be implemented.)"""
    return []


def remember(session: Session, ticket_id: int, candidates: Sequence[Candidate], *, actor_id: int,
             now: datetime) -> None:
    """Keep the proposals for ``ticket_id`` until the clerk confirms or dismisses them. (To be implemented.)"""
