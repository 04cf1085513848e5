"""Injected time. Every instant is aware UTC."""
from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime: ...


class SystemClock:
    """This computer's clock. Right for the embedded database."""

    def now(self) -> datetime:
        return datetime.now(timezone.utc)


class ServerClock:
    """The database server's clock: in shared mode every desk uses it, because office PCs drift.

    Inside a unit of work the façade asks :meth:`now_in`, which is the transaction's start
    time on PostgreSQL (``now()``), so that every instant written by one transaction agrees.
    """

    def __init__(self, engine) -> None:
        self._engine = engine

    def now(self) -> datetime:
        from sqlalchemy import text
        from sqlalchemy.exc import DBAPIError

        from desk import db

        try:
            with self._engine.connect() as conn:
                return conn.execute(text("SELECT now()")).scalar_one().astimezone(timezone.utc)
        except DBAPIError as exc:
            raise db.connection_error(self._engine.url, exc) from None

    def now_in(self, session) -> datetime:
        from sqlalchemy import text

        return session.execute(text("SELECT now()")).scalar_one().astimezone(timezone.utc)


class FakeClock:
    """A clock for tests: it stands still until told to move."""

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("FakeClock needs an aware datetime")
        self._now = start.astimezone(timezone.utc)
        self._lock = threading.Lock()

    def now(self) -> datetime:
        with self._lock:
            return self._now

    def set(self, when: datetime) -> None:
        with self._lock:
            self._now = when.astimezone(timezone.utc)

    def advance(self, delta: timedelta | None = None, **kwargs: float) -> datetime:
        with self._lock:
            self._now += delta if delta is not None else timedelta(**kwargs)
            return self._now
