"""the queue's keyset indexes: (sort key, id) for every sortable ticket column; dispatch (ticket_id, state)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 08:00:00+00:00
"""
from __future__ import annotations

from alembic import op


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

#: (sort key, id) indexes the queue pages on (desk.tickets.queries.queue_page).
TICKET_INDEXES = (
    ("ix_ticket_created_id", ["created_at", "id"]),
    ("ix_ticket_updated_id", ["updated_at", "id"]),
    ("ix_ticket_next_due_id", ["next_due", "id"]),
    ("ix_ticket_title_id", ["title", "id"]),
    ("ix_ticket_urgency_id", ["urgency", "id"]),
    ("ix_ticket_state_id", ["state", "id"]),
    ("ix_ticket_category_id", ["category_id", "id"]),
    ("ix_ticket_community_id", ["community", "id"]),
    ("ix_ticket_address_id", ["address", "id"]),
    ("ix_ticket_source_id", ["source", "id"]),
    ("ix_ticket_appeal_type_id", ["appeal_type", "id"]),
)
#: Single-column indexes the new ones replace (their column leads a new index).
REPLACED = (
    ("ix_ticket_created", "ticket", ["created_at"]),
    ("ix_ticket_updated", "ticket", ["updated_at"]),
    ("ix_ticket_next_due", "ticket", ["next_due"]),
    ("ix_dispatch_ticket_id", "dispatch", ["ticket_id"]),
)


def upgrade() -> None:
    # Plain CREATE/DROP INDEX: no batch copy of a table (the event table's append-only triggers stay).
    for name, columns in TICKET_INDEXES:
        op.create_index(name, 'ticket', columns, unique=False)
    op.create_index('ix_dispatch_ticket_state', 'dispatch', ['ticket_id', 'state'], unique=False)
    for name, table, _ in REPLACED:
        op.drop_index(name, table_name=table)


def downgrade() -> None:
    for name, table, columns in REPLACED:
        op.create_index(name, table, columns, unique=False)
    op.drop_index('ix_dispatch_ticket_state', table_name='dispatch')
    for name, _ in reversed(TICKET_INDEXES):
        op.drop_index(name, table_name='ticket')
