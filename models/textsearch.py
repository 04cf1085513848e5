"""The substring index of tickets (search at scale): what exists where, shared by the migration, Alembic's
environment and desk.tickets.search.

* SQLite: an FTS5 table with the ``trigram`` tokenizer (SQLite >= 3.34), external content over ``ticket``,
  kept in sync by triggers. A phrase of >= 3 characters is a MATCH on the index; the trigram tokenizer needs
  no word segmentation, so Chinese text is found by any substring of it.
* PostgreSQL: one multicolumn GIN index with ``gin_trgm_ops`` (extension ``pg_trgm``, trusted on PG 13+: the
  database owner may create it). ``ILIKE '%x%'`` on each column is served by that index.

When the index cannot be made (an SQLite without FTS5 trigram, a server where the extension cannot be
created) the migration records why in the ``setting`` row :data:`MISSING_SETTING` and search falls back to
scanning; the app says so (about dialog, selfcheck, a status-bar hint on a slow search).
"""
from __future__ import annotations

import sqlite3
from functools import cache

#: The columns whose text is searched by substring, in the index's order.
TEXT_COLUMNS = ("title", "address", "description", "community", "number", "hotline_number", "reporter_name")
FTS_TABLE = "ticket_fts"
TRGM_INDEX = "ix_ticket_text_trgm"
#: Set (to the reason) when the migration could not build the index.
MISSING_SETTING = "search_index_missing"


@cache
def sqlite_has_trigram() -> bool:
    """Whether the SQLite library this process uses has FTS5 with the trigram tokenizer."""
    try:
        conn = sqlite3.connect(":memory:")
        try:
            conn.execute("CREATE VIRTUAL TABLE t USING fts5(a, tokenize='trigram')")
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return True


def is_index_object(name: str | None, type_: str) -> bool:
    """The FTS table (and its shadow tables) and the GIN index live outside the ORM metadata."""
    return bool(name) and ((type_ == "table" and name.startswith(FTS_TABLE)) or (type_ == "index" and name == TRGM_INDEX))
