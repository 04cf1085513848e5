"""the chain's anchor is its lock (audit_head.last_id); event_no_replace checks by index

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 08:00:00+00:00

* ``audit_head.last_id``: the highest event id, so that a writer finds the whole end of the chain (place,
  hash, id) in the one row it locks (desk.audit.chain), instead of reading the event table under a
  separate advisory lock.
* SQLite: ``event_no_replace`` (0006) asked ``WHERE id = NEW.id OR seq = NEW.seq``. How SQLite plans that
  OR depends on its statistics: with those of a small trail (an ANALYZE after the first migrations) it
  scans the table for every inserted event (measured: a sweep's 1,000 events took 180 ms to insert
  instead of 11; at a million events, 0.57 ms instead of 0.02 per event). Two EXISTS, one per unique
  index, are two index lookups whatever the statistics, and refuse the same inserts.
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

MESSAGE = "event is append-only: an event cannot be replaced"


def _replace_trigger(condition: str) -> None:
    op.execute("DROP TRIGGER IF EXISTS event_no_replace")
    op.execute(f"CREATE TRIGGER event_no_replace BEFORE INSERT ON event WHEN {condition} "
               f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END")


def upgrade() -> None:
    op.add_column('audit_head', sa.Column('last_id', sa.Integer(), nullable=True))
    op.execute("UPDATE audit_head SET last_id = (SELECT max(id) FROM event)")
    if op.get_bind().dialect.name == "sqlite":
        _replace_trigger("EXISTS (SELECT 1 FROM event WHERE id = NEW.id) "
                         "OR EXISTS (SELECT 1 FROM event WHERE seq = NEW.seq)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _replace_trigger("EXISTS (SELECT 1 FROM event WHERE id = NEW.id OR seq = NEW.seq)")
    with op.batch_alter_table('audit_head', schema=None) as batch_op:  # a one-row table: a copy is harmless
        batch_op.drop_column('last_id')
