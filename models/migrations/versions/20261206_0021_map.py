"""map (一张图, issue 17): the boundaries an administrator imports (社区/网格 polygons, roads), the imports' record,
tickets' points (from a 12345 export or set by a clerk) and projects' places (a point or a line)

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-05 12:00:00+00:00
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa
import models.base

revision = '0021'
down_revision = '0020'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('map_import',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('layer', sa.String(length=16), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('name_property', sa.String(length=64), nullable=False),
    sa.Column('crs', sa.String(length=8), nullable=False),
    sa.Column('at', models.base.UTCDateTime(), nullable=False),
    sa.Column('by_id', sa.Integer(), nullable=False),
    sa.Column('features', sa.Integer(), nullable=False),
    sa.Column('matched', sa.Integer(), nullable=False),
    sa.Column('unmatched', sa.Integer(), nullable=False),
    sa.CheckConstraint("crs IN ('wgs84','gcj02')", name=op.f('ck_map_import_crs')),
    sa.CheckConstraint("layer IN ('communities','roads')", name=op.f('ck_map_import_layer')),
    sa.ForeignKeyConstraint(['by_id'], ['user_account.id'], name=op.f('fk_map_import_by_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_map_import'))
    )
    op.create_table('map_feature',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('import_id', sa.Integer(), nullable=False),
    sa.Column('layer', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('community_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('geometry', sa.Text(), nullable=False),
    sa.Column('min_lon', sa.Float(), nullable=False),
    sa.Column('min_lat', sa.Float(), nullable=False),
    sa.Column('max_lon', sa.Float(), nullable=False),
    sa.Column('max_lat', sa.Float(), nullable=False),
    sa.CheckConstraint("layer IN ('communities','roads')", name=op.f('ck_map_feature_layer')),
    sa.ForeignKeyConstraint(['community_id'], ['community.id'], name=op.f('fk_map_feature_community_id_community')),
    sa.ForeignKeyConstraint(['import_id'], ['map_import.id'], name=op.f('fk_map_feature_import_id_map_import')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_map_feature'))
    )
    with op.batch_alter_table('map_feature', schema=None) as batch_op:
        batch_op.create_index('ix_map_feature_layer', ['layer', 'community_id'], unique=False)

    op.create_table('project_place',
    sa.Column('project_id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('geometry', sa.Text(), nullable=False),
    sa.Column('lon', sa.Float(), nullable=False),
    sa.Column('lat', sa.Float(), nullable=False),
    sa.Column('set_at', models.base.UTCDateTime(), nullable=False),
    sa.Column('set_by_id', sa.Integer(), nullable=False),
    sa.CheckConstraint("kind IN ('point','line')", name=op.f('ck_project_place_kind')),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_project_place_project_id_project')),
    sa.ForeignKeyConstraint(['set_by_id'], ['user_account.id'], name=op.f('fk_project_place_set_by_id_user_account')),
    sa.PrimaryKeyConstraint('project_id', name=op.f('pk_project_place'))
    )
    op.create_table('ticket_point',
    sa.Column('ticket_id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('lon', sa.Float(), nullable=False),
    sa.Column('lat', sa.Float(), nullable=False),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('set_at', models.base.UTCDateTime(), nullable=False),
    sa.Column('set_by_id', sa.Integer(), nullable=False),
    sa.CheckConstraint("source IN ('imported','clerk')", name=op.f('ck_ticket_point_source')),
    sa.CheckConstraint('lon BETWEEN -180 AND 180 AND lat BETWEEN -90 AND 90', name=op.f('ck_ticket_point_range')),
    sa.ForeignKeyConstraint(['set_by_id'], ['user_account.id'], name=op.f('fk_ticket_point_set_by_id_user_account')),
    sa.ForeignKeyConstraint(['ticket_id'], ['ticket.id'], name=op.f('fk_ticket_point_ticket_id_ticket')),
    sa.PrimaryKeyConstraint('ticket_id', name=op.f('pk_ticket_point'))
    )
    with op.batch_alter_table('ticket_point', schema=None) as batch_op:
        batch_op.create_index('ix_ticket_point_lon_lat', ['lon', 'lat', 'ticket_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('ticket_point', schema=None) as batch_op:
        batch_op.drop_index('ix_ticket_point_lon_lat')

    op.drop_table('ticket_point')
    op.drop_table('project_place')
    with op.batch_alter_table('map_feature', schema=None) as batch_op:
        batch_op.drop_index('ix_map_feature_layer')

    op.drop_table('map_feature')
    op.drop_table('map_import')
