"""12345 import: batches, the platform's side of imported tickets, category and column mappings

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03 15:00:00+00:00

* ``import_batch``: one row per import (who, when, file name and SHA-256, counts).
* ``hotline_order``: one row per imported ticket: (source_system, hotline_number) is the upsert key; the
  platform's own fields (status, 承诺完成时间, 办结/回访 results) live here, never on the ticket, so that a later
  export cannot overwrite what the street did. The ticket table itself is not altered.
* ``category_map`` (platform path -> local category), ``import_alias`` (extra column names),
  ``import_mapping`` (saved column mappings).
* The reserved category 待分类 (inactive: a clerk cannot choose it for a new ticket) receives the imported rows
  whose platform category maps to nothing; the whistle refuses a ticket still in it.
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa

import models.base

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

UNCLASSIFIED = "待分类"


def upgrade() -> None:
    op.create_table('import_batch',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', models.base.UTCDateTime(), nullable=False),
    sa.Column('by_id', sa.Integer(), nullable=False),
    sa.Column('source_system', sa.String(length=32), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('mapping_name', sa.String(length=64), nullable=True),
    sa.Column('rows_total', sa.Integer(), nullable=False),
    sa.Column('new', sa.Integer(), nullable=False),
    sa.Column('updated', sa.Integer(), nullable=False),
    sa.Column('unchanged', sa.Integer(), nullable=False),
    sa.Column('duplicates', sa.Integer(), nullable=False),
    sa.Column('rejected', sa.Integer(), nullable=False),
    sa.Column('unclassified', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['by_id'], ['user_account.id'], name=op.f('fk_import_batch_by_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_batch'))
    )
    op.create_index('ix_import_batch_at', 'import_batch', ['at'], unique=False)
    op.create_table('hotline_order',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('ticket_id', sa.Integer(), nullable=False),
    sa.Column('source_system', sa.String(length=32), nullable=False),
    sa.Column('hotline_number', sa.String(length=32), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=False),
    sa.Column('updated_batch_id', sa.Integer(), nullable=True),
    sa.Column('platform_category', sa.String(length=200), nullable=False),
    sa.Column('received_at', models.base.UTCDateTime(), nullable=True),
    sa.Column('platform_due', models.base.UTCDateTime(), nullable=True),
    sa.Column('platform_status', sa.String(length=32), nullable=False),
    sa.Column('platform_unit', sa.String(length=100), nullable=False),
    sa.Column('platform_nature', sa.String(length=16), nullable=False),
    sa.Column('platform_closed_at', models.base.UTCDateTime(), nullable=True),
    sa.Column('platform_result', sa.Text(), nullable=False),
    sa.Column('platform_reply', sa.Text(), nullable=False),
    sa.Column('platform_resolved', sa.String(length=16), nullable=False),
    sa.Column('platform_satisfied', sa.String(length=16), nullable=False),
    sa.ForeignKeyConstraint(['batch_id'], ['import_batch.id'], name=op.f('fk_hotline_order_batch_id_import_batch')),
    sa.ForeignKeyConstraint(['updated_batch_id'], ['import_batch.id'],
                            name=op.f('fk_hotline_order_updated_batch_id_import_batch')),
    sa.ForeignKeyConstraint(['ticket_id'], ['ticket.id'], name=op.f('fk_hotline_order_ticket_id_ticket')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hotline_order')),
    sa.UniqueConstraint('source_system', 'hotline_number', name=op.f('uq_hotline_order_source_system_hotline_number')),
    sa.UniqueConstraint('ticket_id', name=op.f('uq_hotline_order_ticket_id'))
    )
    op.create_index('ix_hotline_order_batch', 'hotline_order', ['batch_id'], unique=False)
    op.create_index('ix_hotline_order_platform_due', 'hotline_order', ['platform_due'], unique=False)
    op.create_table('category_map',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source_system', sa.String(length=32), nullable=False),
    sa.Column('path', sa.String(length=200), nullable=False),
    sa.Column('category_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['category_id'], ['category.id'], name=op.f('fk_category_map_category_id_category')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_category_map')),
    sa.UniqueConstraint('source_system', 'path', name=op.f('uq_category_map_source_system_path'))
    )
    op.create_table('import_alias',
    sa.Column('field', sa.String(length=32), nullable=False),
    sa.Column('alias', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('field', 'alias', name=op.f('pk_import_alias'))
    )
    op.create_table('import_mapping',
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('source_system', sa.String(length=32), nullable=False),
    sa.Column('columns', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_import_mapping'))
    )
    category = sa.table('category', sa.column('name', sa.String), sa.column('active', sa.Boolean))
    if not op.get_bind().execute(sa.select(sa.func.count()).select_from(category)
                                 .where(category.c.name == UNCLASSIFIED)).scalar():
        op.bulk_insert(category, [{"name": UNCLASSIFIED, "active": False}])


def downgrade() -> None:
    op.drop_table('import_mapping')
    op.drop_table('import_alias')
    op.drop_table('category_map')
    op.drop_index('ix_hotline_order_platform_due', table_name='hotline_order')
    op.drop_index('ix_hotline_order_batch', table_name='hotline_order')
    op.drop_table('hotline_order')
    op.drop_index('ix_import_batch_at', table_name='import_batch')
    op.drop_table('import_batch')
    # the reserved category goes unless tickets still use it (they keep it: a downgrade loses no ticket)
    op.execute(sa.text("DELETE FROM category WHERE name = :n AND NOT EXISTS "
                       "(SELECT 1 FROM ticket WHERE ticket.category_id = category.id) AND NOT EXISTS "
                       "(SELECT 1 FROM time_policy WHERE time_policy.category_id = category.id)")
               .bindparams(n=UNCLASSIFIED))
