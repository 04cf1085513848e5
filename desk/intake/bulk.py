"""Bulk inserts for the 12345 import (tickets, platform rows, events, repeat proposals): the fewest statements.

* PostgreSQL: ``COPY … FROM STDIN`` (one statement for a chunk; the server's per-statement cost was most of
  the import).
* SQLite: multi-row ``INSERT … VALUES (…), (…), …`` with as many rows as the library's variable limit allows.
  Not ``executemany``: each of its rows is a statement of its own, and a row inserted into ``ticket`` fires the
  trigger that feeds the FTS5 substring index (migration 0010), whose every statement writes a segment of its
  own and merges them: 50,000 tickets took 36 s that way, 4 s in statements of 1,000 rows.

The rows are tuples in the order of ``columns``; the values are what the ORM would bind (aware datetimes,
booleans), turned into the driver's values by the columns' own types (``UTCDateTime`` on SQLite).
"""
from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session

#: Rows in one SQLite statement at most (fewer when the library's variable limit says so).
SQLITE_ROWS = 1000


def insert(session: Session, table: Table, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """Insert ``rows`` (tuples in the order of ``columns``) into ``table`` in this transaction."""
    if not rows:
        return
    session.flush()  # what the ORM holds is written first (the rows may refer to it)
    dialect = session.get_bind().dialect
    driver = session.connection().connection.driver_connection
    names = ", ".join(columns)
    if dialect.name == "postgresql":
        with driver.cursor() as cursor, cursor.copy(f"COPY {table.name} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        return
    processors = [(i, p) for i, p in enumerate(table.c[c].type.dialect_impl(dialect).bind_processor(dialect)
                                               for c in columns) if p is not None]
    width = len(columns)
    limit = driver.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) if hasattr(driver, "getlimit") else 999
    per = max(1, min(SQLITE_ROWS, limit // width))
    one = "(" + ", ".join("?" * width) + ")"
    cursor = driver.cursor()
    try:
        for start in range(0, len(rows), per):
            part = rows[start:start + per]
            params: list[Any] = []
            if processors:
                for row in part:
                    row = list(row)
                    for i, p in processors:
                        row[i] = p(row[i])
                    params.extend(row)
            else:
                for row in part:
                    params.extend(row)
            cursor.execute(f"INSERT INTO {table.name} ({names}) VALUES " + ", ".join([one] * len(part)), params)
    finally:
        cursor.close()
