"""report: the period queries' indexes also hold the columns those queries read (index-only reads); extensions
by the instant they were requested and decided

The weekly report reads a ranking window of four weeks: some 70,000 dispatches, 50,000 callbacks and 40,000
结案/重办 events at 10,000 tickets a week. With single-column indexes every one of them was a second lookup
into its (wide) table row, about 2 µs each, and the lead department of a round (a correlated subquery per
callback and per event) read and sorted the ticket's dispatch rows. The same indexes, widened by the columns
the report reads, answer those queries from the index alone; their leading columns are unchanged, so every
other query that used them still does.

The extensions requested or decided in the window had no index on either instant: SQLite walked every dispatch
and looked for its requests (it grew with the database, whatever the period).

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-05 09:00:00+00:00
"""
from __future__ import annotations

from alembic import op


revision = '0019'
down_revision = '0018'
branch_labels = None
depends_on = None

#: (table, index, columns before, columns after)
INDEXES = (
    ("dispatch", "ix_dispatch_ticket_state", ["ticket_id", "state"],
     ["ticket_id", "state", "role", "round", "resolved_at", "department_id"]),
    ("dispatch", "ix_dispatch_dispatched", ["dispatched_at"], ["dispatched_at", "department_id", "role"]),
    ("dispatch", "ix_dispatch_acknowledged", ["acknowledged_at"],
     ["acknowledged_at", "dispatched_at", "department_id", "role"]),
    ("dispatch", "ix_dispatch_acknowledge_due", ["acknowledge_due"],
     ["acknowledge_due", "acknowledged_at", "closed_at", "state", "department_id", "role"]),
    ("dispatch", "ix_dispatch_respond_due", ["respond_due"],
     ["respond_due", "responded_at", "closed_at", "state", "department_id", "role"]),
    ("dispatch", "ix_dispatch_resolve_due", ["resolve_due"],
     ["resolve_due", "resolved_at", "closed_at", "state", "department_id", "role"]),
    ("event", "ix_event_kind_at", ["kind", "at"], ["kind", "at", "ticket_id"]),
    ("callback", "ix_callback_at", ["at"],
     ["at", "ticket_id", "contacted", "resolved", "satisfaction", "department_contacted"]),
)


def _remake(which: int) -> None:
    # Plain DROP INDEX and CREATE INDEX: no batch copy of a table (the event table's append-only triggers must
    # stay as they are). The statistics of the new indexes are gathered after the migrations (desk.db.analyze).
    for table, name, *columns in INDEXES:
        op.drop_index(name, table_name=table)
        op.create_index(name, table, columns[which], unique=False)


#: (index, column) on dispatch_request, after kind
REQUEST_INDEXES = (("ix_dispatch_request_kind_requested", "requested_at"),
                   ("ix_dispatch_request_kind_decided", "decided_at"))


def upgrade() -> None:
    _remake(1)
    for name, column in REQUEST_INDEXES:
        op.create_index(name, "dispatch_request", ["kind", column], unique=False)


def downgrade() -> None:
    for name, _ in reversed(REQUEST_INDEXES):
        op.drop_index(name, table_name="dispatch_request")
    _remake(0)
