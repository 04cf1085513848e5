"""problem hotspots (问题清单, issue 16 §1): a ticket's reached and 不满意 callbacks counted on the ticket, the index
the hotspots' aggregate reads alone, the undecided repeat proposals found by their state

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-04 16:00:00+00:00

The counts are filled from the callbacks recorded so far; from now on desk.tickets.service.record_callback keeps
them (the demo's bulk loader writes them with its tickets).
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa

revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('ticket', sa.Column('callbacks_reached', sa.Integer(), server_default='0', nullable=False))
    op.add_column('ticket', sa.Column('callbacks_dissatisfied', sa.Integer(), server_default='0', nullable=False))
    op.execute("""
        UPDATE ticket SET
            callbacks_reached = (SELECT count(*) FROM callback c WHERE c.ticket_id = ticket.id AND c.contacted),
            callbacks_dissatisfied = (SELECT count(*) FROM callback c WHERE c.ticket_id = ticket.id AND c.contacted
                                      AND c.satisfaction = 'dissatisfied')
        WHERE id IN (SELECT ticket_id FROM callback)""")
    # (as models.entities.Ticket: SQLite skips through (社区, category) to the period; PostgreSQL reads its range)
    if op.get_bind().dialect.name == "sqlite":
        op.create_index('ix_ticket_hotspot', 'ticket',
                        ['community', 'category_id', 'created_at', 'parent_id', 'closed_at', 'callbacks_reached',
                         'callbacks_dissatisfied', 'address'], unique=False)
    else:
        op.create_index('ix_ticket_hotspot_period', 'ticket',
                        ['created_at', 'community', 'category_id', 'parent_id', 'closed_at', 'callbacks_reached',
                         'callbacks_dissatisfied'], unique=False)
    op.create_index('ix_repeat_proposal_state', 'repeat_proposal', ['state', 'ticket_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_repeat_proposal_state', table_name='repeat_proposal')
    op.drop_index('ix_ticket_hotspot' if op.get_bind().dialect.name == "sqlite" else 'ix_ticket_hotspot_period',
                  table_name='ticket')
    op.drop_column('ticket', 'callbacks_dissatisfied')
    op.drop_column('ticket', 'callbacks_reached')
