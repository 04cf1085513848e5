"""the map's speed (issue 17): a ticket's point copied onto the ticket and a partial index of the tickets with a
point holding every column the map's pins and cells read; a callback's 社区 and category copied onto the callback
and an index holding what the map's rates read (per database, as the hotspots' indexes)

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-08 12:00:00+00:00

The copies are filled from the rows there are; from now on the code that writes a point, a callback, or a ticket's
社区 or category keeps them (see models.entities.Ticket.lon and Callback.community).
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa

revision = '0024'
down_revision = '0023'
branch_labels = None
depends_on = None

POINT_COLUMNS = ['lon', 'lat', 'parent_id', 'closed_at', 'category_id', 'next_due']


def upgrade() -> None:
    op.add_column('ticket', sa.Column('lon', sa.Float(), nullable=True))
    op.add_column('ticket', sa.Column('lat', sa.Float(), nullable=True))
    op.add_column('callback', sa.Column('community', sa.String(length=64), nullable=True))
    op.add_column('callback', sa.Column('category_id', sa.Integer(), nullable=True))
    op.execute("""
        UPDATE ticket SET
            lon = (SELECT p.lon FROM ticket_point p WHERE p.ticket_id = ticket.id),
            lat = (SELECT p.lat FROM ticket_point p WHERE p.ticket_id = ticket.id)
        WHERE id IN (SELECT ticket_id FROM ticket_point)""")
    op.execute("""
        UPDATE callback SET
            community = (SELECT t.community FROM ticket t WHERE t.id = callback.ticket_id),
            category_id = (SELECT t.category_id FROM ticket t WHERE t.id = callback.ticket_id)""")
    # (as models.entities: SQLite skips through the 社区 to the period; PostgreSQL reads its range)
    if op.get_bind().dialect.name == "sqlite":
        op.create_index('ix_ticket_map_point', 'ticket', ['community', 'created_at', *POINT_COLUMNS], unique=False,
                        sqlite_where=sa.text('lon IS NOT NULL'))
        op.create_index('ix_callback_map', 'callback',
                        ['community', 'at', 'category_id', 'contacted', 'resolved', 'satisfaction'], unique=False)
    else:
        op.create_index('ix_ticket_map_point_period', 'ticket', ['created_at', 'community', *POINT_COLUMNS],
                        unique=False, postgresql_where=sa.text('lon IS NOT NULL'))
        op.create_index('ix_callback_map_period', 'callback',
                        ['at', 'community', 'category_id', 'contacted', 'resolved', 'satisfaction'], unique=False)


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    op.drop_index('ix_callback_map' if sqlite else 'ix_callback_map_period', table_name='callback')
    op.drop_index('ix_ticket_map_point' if sqlite else 'ix_ticket_map_point_period', table_name='ticket')
    op.drop_column('callback', 'category_id')
    op.drop_column('callback', 'community')
    op.drop_column('ticket', 'lat')
    op.drop_column('ticket', 'lon')
