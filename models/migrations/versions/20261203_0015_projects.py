"""projects: key livelihood works (issue 16 §1): candidate projects, their source tickets and votes, the yearly
list and its versions; events found by their subject (a project's history)

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-03 19:10:00+00:00
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa
import models.base

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('project_counter',
    sa.Column('year', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('last_seq', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('year', name=op.f('pk_project_counter'))
    )
    op.create_table('annual_list',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_at', models.base.UTCDateTime(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=False),
    sa.Column('approved_at', models.base.UTCDateTime(), nullable=True),
    sa.Column('approved_by_id', sa.Integer(), nullable=True),
    sa.Column('superseded_at', models.base.UTCDateTime(), nullable=True),
    sa.CheckConstraint("state IN ('draft','approved','superseded')", name=op.f('ck_annual_list_state')),
    sa.ForeignKeyConstraint(['approved_by_id'], ['user_account.id'], name=op.f('fk_annual_list_approved_by_id_user_account')),
    sa.ForeignKeyConstraint(['created_by_id'], ['user_account.id'], name=op.f('fk_annual_list_created_by_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_annual_list')),
    sa.UniqueConstraint('year', 'version', name=op.f('uq_annual_list_year_version'))
    )
    op.create_table('project',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('stage', sa.String(length=16), nullable=False),
    sa.Column('origin', sa.String(length=16), nullable=False),
    sa.Column('community_id', sa.Integer(), nullable=True),
    sa.Column('category_id', sa.Integer(), nullable=True),
    sa.Column('safety_bottom_line', sa.Boolean(), nullable=False),
    sa.Column('people_affected', sa.Integer(), nullable=False),
    sa.Column('estimated_cost_fen', sa.BigInteger(), nullable=False),
    sa.Column('created_at', models.base.UTCDateTime(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=False),
    sa.Column('updated_at', models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint("origin IN ('tickets','hotspot','resident_idea','representative','department_plan')", name=op.f('ck_project_origin')),
    sa.CheckConstraint("stage IN ('candidate','listed','initiated','tendering','construction','acceptance','operation','cancelled')", name=op.f('ck_project_stage')),
    sa.CheckConstraint('estimated_cost_fen >= 0', name=op.f('ck_project_estimated_cost_fen')),
    sa.CheckConstraint('people_affected >= 0', name=op.f('ck_project_people_affected')),
    sa.ForeignKeyConstraint(['category_id'], ['category.id'], name=op.f('fk_project_category_id_category')),
    sa.ForeignKeyConstraint(['community_id'], ['community.id'], name=op.f('fk_project_community_id_community')),
    sa.ForeignKeyConstraint(['created_by_id'], ['user_account.id'], name=op.f('fk_project_created_by_id_user_account')),
    sa.ForeignKeyConstraint(['updated_by_id'], ['user_account.id'], name=op.f('fk_project_updated_by_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_project')),
    sa.UniqueConstraint('number', name=op.f('uq_project_number'))
    )
    with op.batch_alter_table('project', schema=None) as batch_op:
        batch_op.create_index('ix_project_year_stage', ['year', 'stage'], unique=False)

    op.create_table('annual_list_item',
    sa.Column('list_id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['list_id'], ['annual_list.id'], name=op.f('fk_annual_list_item_list_id_annual_list')),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_annual_list_item_project_id_project')),
    sa.PrimaryKeyConstraint('list_id', 'project_id', name=op.f('pk_annual_list_item')),
    sa.UniqueConstraint('list_id', 'position', name=op.f('uq_annual_list_item_list_id_position'))
    )
    with op.batch_alter_table('annual_list_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_annual_list_item_project_id'), ['project_id'], unique=False)

    op.create_table('project_ticket',
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('ticket_id', sa.Integer(), nullable=False),
    sa.Column('linked_at', models.base.UTCDateTime(), nullable=False),
    sa.Column('linked_by_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['linked_by_id'], ['user_account.id'], name=op.f('fk_project_ticket_linked_by_id_user_account')),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_project_ticket_project_id_project')),
    sa.ForeignKeyConstraint(['ticket_id'], ['ticket.id'], name=op.f('fk_project_ticket_ticket_id_ticket')),
    sa.PrimaryKeyConstraint('project_id', 'ticket_id', name=op.f('pk_project_ticket'))
    )
    with op.batch_alter_table('project_ticket', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_project_ticket_ticket_id'), ['ticket_id'], unique=False)

    op.create_table('project_vote',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('meeting', sa.String(length=100), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('voter', sa.String(length=64), nullable=False),
    sa.Column('choice', sa.String(length=8), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=False),
    sa.Column('at', models.base.UTCDateTime(), nullable=False),
    sa.CheckConstraint("choice IN ('for','against','abstain')", name=op.f('ck_project_vote_choice')),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_project_vote_project_id_project')),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['user_account.id'], name=op.f('fk_project_vote_recorded_by_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_project_vote')),
    sa.UniqueConstraint('project_id', 'meeting', 'voter', name=op.f('uq_project_vote_project_id_meeting_voter'))
    )
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.create_index('ix_event_subject', ['subject', 'seq'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.drop_index('ix_event_subject')
    op.drop_table('project_vote')
    with op.batch_alter_table('project_ticket', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_project_ticket_ticket_id'))

    op.drop_table('project_ticket')
    with op.batch_alter_table('annual_list_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_annual_list_item_project_id'))

    op.drop_table('annual_list_item')
    with op.batch_alter_table('project', schema=None) as batch_op:
        batch_op.drop_index('ix_project_year_stage')

    op.drop_table('project')
    op.drop_table('annual_list')
    op.drop_table('project_counter')
