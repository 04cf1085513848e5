"""event refuses INSERT OR REPLACE (SQLite)

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 14:20:00+00:00

On SQLite, ``INSERT OR REPLACE`` deletes the row it collides with without firing the DELETE trigger, so it
could replace an event. A ``BEFORE INSERT`` trigger refuses an insert whose id or place in the chain is taken.
PostgreSQL has no such statement (``ON CONFLICT DO UPDATE`` fires the UPDATE trigger).
"""
from __future__ import annotations

from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

MESSAGE = "event is append-only: an event cannot be replaced"


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE TRIGGER event_no_replace BEFORE INSERT ON event "
                   "WHEN EXISTS (SELECT 1 FROM event WHERE id = NEW.id OR seq = NEW.seq) "
                   f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS event_no_replace")
