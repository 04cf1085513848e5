"""accounts (lockout, forced change, sessions), audit events without a ticket, hash chain, append-only

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 20:00:00.000000+00:00

* ``user_account``: failed_logins, locked_until, last_login_at, must_change_password, auth_epoch.
* ``event``: ticket_id may be NULL (administration and login records), ``subject``, and the hash
  chain: ``seq`` (1, 2, 3 … unique) and ``hash``. Existing events are chained in id order.
* ``audit_head``: the end of the chain as the last writer left it.
* Triggers that refuse UPDATE and DELETE (and, on PostgreSQL, TRUNCATE) of ``event``.

A later migration that batch-alters ``event`` on SQLite recreates the table: it must drop the
triggers first and create them again afterwards (see ``drop_triggers``/``create_triggers``).
"""
from __future__ import annotations

from datetime import datetime, timezone

from alembic import op
import sqlalchemy as sa
import models.base
from models import chain

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

APPEND_ONLY_MESSAGE = "event is append-only: the audit trail cannot be changed or deleted"


def create_triggers() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"""
            CREATE OR REPLACE FUNCTION event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION '{APPEND_ONLY_MESSAGE} (%)', TG_OP USING ERRCODE = 'insufficient_privilege';
            END $$""")
        op.execute("CREATE TRIGGER event_append_only BEFORE UPDATE OR DELETE ON event "
                   "FOR EACH ROW EXECUTE FUNCTION event_append_only()")
        op.execute("CREATE TRIGGER event_no_truncate BEFORE TRUNCATE ON event "
                   "FOR EACH STATEMENT EXECUTE FUNCTION event_append_only()")
    else:
        for what in ("UPDATE", "DELETE"):
            op.execute(f"CREATE TRIGGER event_append_only_{what.lower()} BEFORE {what} ON event "
                       f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY_MESSAGE}'); END")


def drop_triggers() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS event_no_truncate ON event")
        op.execute("DROP TRIGGER IF EXISTS event_append_only ON event")
        op.execute("DROP FUNCTION IF EXISTS event_append_only()")
    else:
        op.execute("DROP TRIGGER IF EXISTS event_append_only_update")
        op.execute("DROP TRIGGER IF EXISTS event_append_only_delete")


def _chain_existing_events() -> tuple[int, str, datetime | None]:
    """Give every existing event its place (id order) and hash; returns the chain's end."""
    bind = op.get_bind()
    ev = sa.table('event', sa.column('id', sa.Integer), sa.column('ticket_id', sa.Integer),
                  sa.column('dispatch_id', sa.Integer), sa.column('actor_id', sa.Integer),
                  sa.column('at', models.base.UTCDateTime()), sa.column('kind', sa.String),
                  sa.column('subject', sa.String), sa.column('note', sa.Text), sa.column('changes', sa.Text),
                  sa.column('seq', sa.Integer), sa.column('hash', sa.String))
    stmt = sa.update(ev).where(ev.c.id == sa.bindparam('b_id')).values(seq=sa.bindparam('b_seq'),
                                                                       hash=sa.bindparam('b_hash'))
    seq, prev, last_at, last_id = 0, chain.GENESIS, None, 0
    while True:
        rows = bind.execute(sa.select(ev.c.id, ev.c.ticket_id, ev.c.dispatch_id, ev.c.actor_id, ev.c.at, ev.c.kind,
                                      ev.c.subject, ev.c.note, ev.c.changes)
                            .where(ev.c.id > last_id).order_by(ev.c.id).limit(5000)).mappings().all()
        if not rows:
            return seq, prev, last_at
        params = []
        for r in rows:
            seq += 1
            prev = chain.link(prev, {**r, "seq": seq})
            params.append({"b_id": r["id"], "b_seq": seq, "b_hash": prev})
            last_at, last_id = r["at"], r["id"]
        bind.execute(stmt, params)


def upgrade() -> None:
    with op.batch_alter_table('user_account', schema=None) as batch_op:
        batch_op.add_column(sa.Column('failed_logins', sa.Integer(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('locked_until', models.base.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column('last_login_at', models.base.UTCDateTime(), nullable=True))
        # A plain '0' (not sa.false()): an expression default would make SQLite recreate the table,
        # which other tables' foreign keys do not allow once there are users.
        batch_op.add_column(sa.Column('must_change_password', sa.Boolean(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('auth_epoch', sa.Integer(), server_default='0', nullable=False))

    op.create_table('audit_head',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.Column('updated_at', models.base.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_head'))
    )

    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.add_column(sa.Column('seq', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('subject', sa.String(length=160), nullable=True))
        batch_op.add_column(sa.Column('hash', sa.String(length=64), nullable=True))
        batch_op.alter_column('ticket_id', existing_type=sa.Integer(), nullable=True)

    seq, head, last_at = _chain_existing_events()

    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.alter_column('seq', existing_type=sa.Integer(), nullable=False)
        batch_op.alter_column('hash', existing_type=sa.String(length=64), nullable=False)
        batch_op.create_unique_constraint(batch_op.f('uq_event_seq'), ['seq'])

    heads = sa.table('audit_head', sa.column('id', sa.Integer), sa.column('seq', sa.Integer),
                     sa.column('hash', sa.String), sa.column('updated_at', models.base.UTCDateTime()))
    op.bulk_insert(heads, [dict(id=1, seq=seq, hash=head, updated_at=last_at or datetime.now(timezone.utc))])
    create_triggers()


def downgrade() -> None:
    drop_triggers()
    # Administration and login records have no ticket: the old schema cannot hold them.
    op.execute("DELETE FROM event WHERE ticket_id IS NULL")
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_event_seq'), type_='unique')
        batch_op.alter_column('ticket_id', existing_type=sa.Integer(), nullable=False)
        batch_op.drop_column('hash')
        batch_op.drop_column('subject')
        batch_op.drop_column('seq')

    op.drop_table('audit_head')
    # Plain ALTER TABLE … DROP COLUMN (SQLite 3.35+): a batch would recreate user_account, which the
    # foreign keys of every other table refuse once there is data.
    for column in ('auth_epoch', 'must_change_password', 'last_login_at', 'locked_until', 'failed_logins'):
        op.execute(f'ALTER TABLE user_account DROP COLUMN {column}')
