"""search at scale: phone_last4, the substring index (SQLite FTS5 trigram, PostgreSQL pg_trgm GIN)

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03 08:00:00+00:00
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa

from models.textsearch import FTS_TABLE, MISSING_SETTING, TEXT_COLUMNS, TRGM_INDEX, sqlite_has_trigram


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

_COLS = ", ".join(TEXT_COLUMNS)
_STATISTICS = "ALTER COLUMN number SET STATISTICS {0}, ALTER COLUMN hotline_number SET STATISTICS {0}"


def _values(prefix: str) -> str:
    return ", ".join(f"{prefix}.{c}" for c in TEXT_COLUMNS)


def upgrade() -> None:
    op.add_column('ticket', sa.Column('phone_last4', sa.String(length=4), server_default='', nullable=False))
    op.execute("UPDATE ticket SET phone_last4 = substr(phone_digits, length(phone_digits) - 3) "
               "WHERE length(phone_digits) >= 4")
    op.create_index('ix_ticket_phone_last4', 'ticket', ['phone_last4'], unique=False)
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_fts()
    else:
        _pg_trgm()
        # A digit search ('5234') is a substring of many ticket and 12345 numbers, all different: with the
        # default 100-entry histogram the planner guessed 10x too many matches and walked the queue's order
        # index for seconds instead of reading the few matches by the indexes (45 ms at 1M).
        op.execute(f"ALTER TABLE ticket {_STATISTICS.format(1000)}")
        op.execute("ANALYZE ticket")


def _missing(reason: str) -> None:
    op.get_bind().execute(sa.text("INSERT INTO setting (key, value) VALUES (:k, :v)"),
                          {"k": MISSING_SETTING, "v": reason[:500]})


def _sqlite_fts() -> None:
    if not sqlite_has_trigram():
        _missing("SQLite 版本过旧或缺少 FTS5 trigram 分词器")
        return
    # External content: the index holds only the trigrams; the text stays in ticket. The triggers keep it in
    # step with every write (an UPDATE OF another column, e.g. the state, does not touch it).
    op.execute(f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5({_COLS}, content='ticket', content_rowid='id', "
               "tokenize='trigram')")
    op.execute(f"CREATE TRIGGER {FTS_TABLE}_ai AFTER INSERT ON ticket BEGIN "
               f"INSERT INTO {FTS_TABLE}(rowid, {_COLS}) VALUES (new.id, {_values('new')}); END")
    op.execute(f"CREATE TRIGGER {FTS_TABLE}_ad AFTER DELETE ON ticket BEGIN "
               f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {_COLS}) VALUES ('delete', old.id, {_values('old')}); "
               "END")
    op.execute(f"CREATE TRIGGER {FTS_TABLE}_au AFTER UPDATE OF {_COLS} ON ticket BEGIN "
               f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {_COLS}) VALUES ('delete', old.id, {_values('old')}); "
               f"INSERT INTO {FTS_TABLE}(rowid, {_COLS}) VALUES (new.id, {_values('new')}); END")
    op.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")


def _pg_trgm() -> None:
    bind = op.get_bind()
    try:
        with bind.begin_nested():  # a savepoint: a refusal must not abort the migration
            bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except sa.exc.DBAPIError as exc:
        lines = str(getattr(exc, "orig", exc)).strip().splitlines()
        _missing(f"无法创建 PostgreSQL 扩展 pg_trgm：{lines[0] if lines else type(exc).__name__}")
        return
    ops = ", ".join(f"{c} gin_trgm_ops" for c in TEXT_COLUMNS)
    op.execute(f"CREATE INDEX {TRGM_INDEX} ON ticket USING gin ({ops})")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS {FTS_TABLE}_{suffix}")
        op.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")
    else:
        op.execute(f"DROP INDEX IF EXISTS {TRGM_INDEX}")  # the extension stays: others may use it
        op.execute(f"ALTER TABLE ticket {_STATISTICS.format(-1)}")
    op.get_bind().execute(sa.text("DELETE FROM setting WHERE key = :k"), {"k": MISSING_SETTING})
    op.drop_index('ix_ticket_phone_last4', table_name='ticket')
    op.drop_column('ticket', 'phone_last4')
