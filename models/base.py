"""Declarative base with a naming convention and an aware-UTC timestamp type."""
from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import DateTime, MetaData
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class UTCDateTime(TypeDecorator[datetime]):
    """Stores aware instants as UTC; always hands back aware UTC datetimes.

    SQLite has no time zone support, so values are normalised to naive UTC on the
    way in and tagged UTC on the way out. PostgreSQL stores ``timestamptz``.

    On SQLite the text is written and read in one step each (``isoformat``/``fromisoformat``, in C),
    in exactly the format SQLAlchemy's SQLite ``DATETIME`` stores (``2026-11-23 02:00:00.000000``):
    its own regular-expression parser cost more than the query when a sweep or a page reads
    thousands of instants.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect):  # type: ignore[override]
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; every instant must be timezone-aware")
        value = value.astimezone(timezone.utc)
        if dialect.name == "sqlite":
            return value.replace(tzinfo=None)
        return value

    def bind_processor(self, dialect):
        if dialect.name != "sqlite":
            return super().bind_processor(dialect)
        utc = timezone.utc

        def process(value: datetime | None) -> str | None:
            if value is None:
                return None
            if value.tzinfo is None:
                raise ValueError("naive datetime given; every instant must be timezone-aware")
            return value.astimezone(utc).isoformat(" ", "microseconds")[:-6]  # without "+00:00"
        return process

    def result_processor(self, dialect, coltype):
        if dialect.name != "sqlite":
            return super().result_processor(dialect, coltype)
        utc, parse = timezone.utc, datetime.fromisoformat

        def process(value: str | None) -> datetime | None:
            if value is None:
                return None
            try:
                return parse(value + "+00:00")  # the stored text is UTC (``replace(tzinfo=…)`` is 7x slower)
            except ValueError:  # written by hand, with an offset
                at = parse(value)
                return at.replace(tzinfo=utc) if at.tzinfo is None else at.astimezone(utc)
        return process

    def process_result_value(self, value: datetime | None, dialect):  # type: ignore[override]
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)
