"""report period indexes; the callback's question 承办部门是否联系过您

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 16:00:00+00:00
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

DISPATCH_INDEXES = (
    ("ix_dispatch_dispatched", "dispatched_at"),
    ("ix_dispatch_acknowledged", "acknowledged_at"),
    ("ix_dispatch_acknowledge_due", "acknowledge_due"),
    ("ix_dispatch_respond_due", "respond_due"),
    ("ix_dispatch_resolve_due", "resolve_due"),
    ("ix_dispatch_closed", "closed_at"),
)


def upgrade() -> None:
    # Plain ALTER TABLE ADD COLUMN and CREATE INDEX: no batch copy of a table (the event table's
    # append-only triggers must stay as they are).
    op.add_column('callback', sa.Column('department_contacted', sa.Boolean(), nullable=True))
    op.create_index('ix_callback_at', 'callback', ['at'], unique=False)
    for name, column in DISPATCH_INDEXES:
        op.create_index(name, 'dispatch', [column], unique=False)
    op.create_index('ix_dispatch_open', 'dispatch', ['id'], unique=False, sqlite_where=sa.text('closed_at IS NULL'),
                    postgresql_where=sa.text('closed_at IS NULL'))
    op.create_index('ix_escalation_reached', 'escalation', ['reached_at'], unique=False)
    op.create_index('ix_event_kind_at', 'event', ['kind', 'at'], unique=False)
    op.create_index('ix_ticket_first_whistled', 'ticket', ['first_whistled_at'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_ticket_first_whistled', table_name='ticket')
    op.drop_index('ix_event_kind_at', table_name='event')
    op.drop_index('ix_escalation_reached', table_name='escalation')
    op.drop_index('ix_dispatch_open', table_name='dispatch')
    for name, _ in reversed(DISPATCH_INDEXES):
        op.drop_index(name, table_name='dispatch')
    op.drop_index('ix_callback_at', table_name='callback')
    with op.batch_alter_table('callback', schema=None) as batch_op:
        batch_op.drop_column('department_contacted')
