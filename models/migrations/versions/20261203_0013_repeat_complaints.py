"""repeat complaints (重复件): ticket.parent_id and repeat_count, the proposals, the narrowing indexes

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03 15:00:00+00:00

``ticket.parent_id`` has no foreign key on purpose: SQLite can add a column with one but can only drop it again
by copying the whole table (a batch), which would drop the search index's triggers (0010); the façade alone
writes it (desk.intake.repeats.service.merge / split), under the ticket locks.
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa

import models.base


#: (as models.entities.OPEN_TICKETS: a migration keeps its own copy)
OPEN_TICKETS = "state IN ('new', 'dispatched', 'awaiting_verification', 'awaiting_callback')"

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('ticket', sa.Column('parent_id', sa.Integer(), nullable=True))
    op.add_column('ticket', sa.Column('repeat_count', sa.Integer(), server_default='0', nullable=False))
    op.create_index('ix_ticket_parent_id', 'ticket', ['parent_id'], unique=False)
    # The duplicate check narrows by category or community within the window first (desk.intake.repeats).
    op.create_index('ix_ticket_category_created', 'ticket', ['category_id', 'created_at'], unique=False)
    op.create_index('ix_ticket_community_created', 'ticket', ['community', 'created_at'], unique=False)
    op.create_index('ix_ticket_open_category', 'ticket', ['category_id', 'created_at'], unique=False,
                    sqlite_where=sa.text(OPEN_TICKETS), postgresql_where=sa.text(OPEN_TICKETS))
    op.create_table(
        'repeat_proposal',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('ticket_id', sa.Integer(), nullable=False),
        sa.Column('candidate_id', sa.Integer(), nullable=False),
        sa.Column('score', sa.Integer(), nullable=False),
        sa.Column('reasons', sa.String(length=64), nullable=False),
        sa.Column('state', sa.String(length=16), nullable=False),
        sa.Column('proposed_at', models.base.UTCDateTime(), nullable=False),
        sa.Column('proposed_by_id', sa.Integer(), nullable=False),
        sa.Column('decided_at', models.base.UTCDateTime(), nullable=True),
        sa.Column('decided_by_id', sa.Integer(), nullable=True),
        sa.CheckConstraint("state IN ('proposed','dismissed','merged')", name=op.f('ck_repeat_proposal_state')),
        sa.CheckConstraint('score >= 0 AND score <= 100', name=op.f('ck_repeat_proposal_score')),
        sa.ForeignKeyConstraint(['ticket_id'], ['ticket.id'], name=op.f('fk_repeat_proposal_ticket_id_ticket')),
        sa.ForeignKeyConstraint(['candidate_id'], ['ticket.id'],
                                name=op.f('fk_repeat_proposal_candidate_id_ticket')),
        sa.ForeignKeyConstraint(['proposed_by_id'], ['user_account.id'],
                                name=op.f('fk_repeat_proposal_proposed_by_id_user_account')),
        sa.ForeignKeyConstraint(['decided_by_id'], ['user_account.id'],
                                name=op.f('fk_repeat_proposal_decided_by_id_user_account')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_repeat_proposal')),
        sa.UniqueConstraint('ticket_id', 'candidate_id', name=op.f('uq_repeat_proposal_ticket_id_candidate_id')),
    )
    op.create_index('ix_repeat_proposal_candidate', 'repeat_proposal', ['candidate_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_repeat_proposal_candidate', table_name='repeat_proposal')
    op.drop_table('repeat_proposal')
    op.drop_index('ix_ticket_open_category', table_name='ticket')
    op.drop_index('ix_ticket_community_created', table_name='ticket')
    op.drop_index('ix_ticket_category_created', table_name='ticket')
    op.drop_index('ix_ticket_parent_id', table_name='ticket')
    op.drop_column('ticket', 'repeat_count')
    op.drop_column('ticket', 'parent_id')
