"""project lifecycle (issue 16 §2): milestones with their summoned departments, progress/log/inspection entries,
project files; a milestone's late steps escalate on the same ladder

* ``project_milestone``: a stage's milestone (kind plan) or an inspection finding's fix (kind fix), a lead
  department, a planned due instant, done (with a note); ``next_escalation_at`` as a dispatch's.
* ``milestone_summons``: the departments summoned to a milestone (主办, 协办) and their 报到.
* ``project_entry``: dated progress (percent), 施工 log and inspection (质量安全巡查) entries.
* ``project_file`` (+ ``project_file_content``): the files of milestones and entries. Not rows of
  ``attachment``: its ``ticket_id`` is NOT NULL, and on SQLite altering that recreates the table, whose drop
  would cascade to every attachment's bytes.
* ``escalation``: a row is about a ticket or (new) a milestone: ``ticket_id`` may be NULL, ``milestone_id`` and
  ``summons_id`` (the summons whose 报到 is late; NULL: the milestone's own due, step ``milestone``). Nothing
  references ``escalation``, so SQLite may recreate it.

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-06 09:00:00+00:00
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa
import models.base

revision = '0020'
down_revision = '0019'
branch_labels = None
depends_on = None


STEP = "step IN ('acknowledge','respond','resolve','verify','callback','milestone')"
OFFICE_STEP = ("milestone_id IS NOT NULL OR ((dispatch_id IS NULL) = (step IN ('verify','callback')) "
               "AND summons_id IS NULL)")
MILESTONE_STEP = ("milestone_id IS NULL OR (dispatch_id IS NULL AND "
                  "(summons_id IS NULL) = (step = 'milestone') AND step IN ('acknowledge','milestone'))")


def upgrade() -> None:
    op.create_table('project_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('on_date', sa.Date(), nullable=False),
    sa.Column('percent', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('inspector_kind', sa.String(length=16), nullable=True),
    sa.Column('inspector', sa.String(length=64), nullable=True),
    sa.Column('created_at', models.base.UTCDateTime(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=False),
    sa.CheckConstraint("(kind = 'inspection') = (inspector_kind IS NOT NULL) AND (inspector_kind IS NULL OR inspector_kind IN ('supervisor_firm','staff','citizen_observer'))", name=op.f('ck_project_entry_inspector')),
    sa.CheckConstraint("(kind = 'progress') = (percent IS NOT NULL)", name=op.f('ck_project_entry_progress_percent')),
    sa.CheckConstraint("kind IN ('progress','log','inspection')", name=op.f('ck_project_entry_kind')),
    sa.CheckConstraint('percent IS NULL OR (percent >= 0 AND percent <= 100)', name=op.f('ck_project_entry_percent')),
    sa.ForeignKeyConstraint(['created_by_id'], ['user_account.id'], name=op.f('fk_project_entry_created_by_id_user_account')),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_project_entry_project_id_project')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_project_entry'))
    )
    with op.batch_alter_table('project_entry', schema=None) as batch_op:
        batch_op.create_index('ix_project_entry_project', ['project_id', 'kind', 'on_date'], unique=False)

    op.create_table('project_milestone',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('stage', sa.String(length=16), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('lead_department_id', sa.Integer(), nullable=False),
    sa.Column('due', models.base.UTCDateTime(), nullable=False),
    sa.Column('created_at', models.base.UTCDateTime(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=False),
    sa.Column('done_at', models.base.UTCDateTime(), nullable=True),
    sa.Column('done_by_id', sa.Integer(), nullable=True),
    sa.Column('done_note', sa.Text(), nullable=True),
    sa.Column('next_escalation_at', models.base.UTCDateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint("(kind = 'fix') = (entry_id IS NOT NULL)", name=op.f('ck_project_milestone_fix_entry')),
    sa.CheckConstraint("kind IN ('plan','fix')", name=op.f('ck_project_milestone_kind')),
    sa.CheckConstraint("stage IN ('initiated','tendering','construction','acceptance','operation')", name=op.f('ck_project_milestone_stage')),
    sa.ForeignKeyConstraint(['created_by_id'], ['user_account.id'], name=op.f('fk_project_milestone_created_by_id_user_account')),
    sa.ForeignKeyConstraint(['done_by_id'], ['user_account.id'], name=op.f('fk_project_milestone_done_by_id_user_account')),
    sa.ForeignKeyConstraint(['entry_id'], ['project_entry.id'], name=op.f('fk_project_milestone_entry_id_project_entry')),
    sa.ForeignKeyConstraint(['lead_department_id'], ['department.id'], name=op.f('fk_project_milestone_lead_department_id_department')),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_project_milestone_project_id_project')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_project_milestone'))
    )
    with op.batch_alter_table('project_milestone', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_project_milestone_entry_id'), ['entry_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_project_milestone_next_escalation_at'), ['next_escalation_at'], unique=False)
        batch_op.create_index('ix_project_milestone_project', ['project_id', 'stage'], unique=False)

    op.create_table('milestone_summons',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('milestone_id', sa.Integer(), nullable=False),
    sa.Column('department_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=8), nullable=False),
    sa.Column('summoned_at', models.base.UTCDateTime(), nullable=False),
    sa.Column('acknowledge_within', sa.String(length=16), nullable=False),
    sa.Column('acknowledge_due', models.base.UTCDateTime(), nullable=False),
    sa.Column('acknowledged_at', models.base.UTCDateTime(), nullable=True),
    sa.Column('acknowledged_by_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("role IN ('lead','assist')", name=op.f('ck_milestone_summons_role')),
    sa.ForeignKeyConstraint(['acknowledged_by_id'], ['user_account.id'], name=op.f('fk_milestone_summons_acknowledged_by_id_user_account')),
    sa.ForeignKeyConstraint(['department_id'], ['department.id'], name=op.f('fk_milestone_summons_department_id_department')),
    sa.ForeignKeyConstraint(['milestone_id'], ['project_milestone.id'], name=op.f('fk_milestone_summons_milestone_id_project_milestone')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_milestone_summons')),
    sa.UniqueConstraint('milestone_id', 'department_id', name=op.f('uq_milestone_summons_milestone_id_department_id'))
    )
    with op.batch_alter_table('milestone_summons', schema=None) as batch_op:
        batch_op.create_index('ix_milestone_summons_department', ['department_id', 'acknowledged_at'], unique=False)

    op.create_table('project_file',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('milestone_id', sa.Integer(), nullable=True),
    sa.Column('entry_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('mime', sa.String(length=64), nullable=False),
    sa.Column('original_mime', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('stored_size', sa.Integer(), nullable=False),
    sa.Column('stored_sha256', sa.String(length=64), nullable=False),
    sa.Column('width', sa.Integer(), nullable=True),
    sa.Column('height', sa.Integer(), nullable=True),
    sa.Column('created_at', models.base.UTCDateTime(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=False),
    sa.CheckConstraint("kind IN ('before','after','other')", name=op.f('ck_project_file_kind')),
    sa.CheckConstraint('(milestone_id IS NULL) <> (entry_id IS NULL)', name=op.f('ck_project_file_place')),
    sa.ForeignKeyConstraint(['created_by_id'], ['user_account.id'], name=op.f('fk_project_file_created_by_id_user_account')),
    sa.ForeignKeyConstraint(['entry_id'], ['project_entry.id'], name=op.f('fk_project_file_entry_id_project_entry')),
    sa.ForeignKeyConstraint(['milestone_id'], ['project_milestone.id'], name=op.f('fk_project_file_milestone_id_project_milestone')),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_project_file_project_id_project')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_project_file'))
    )
    with op.batch_alter_table('project_file', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_project_file_entry_id'), ['entry_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_project_file_milestone_id'), ['milestone_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_project_file_project_id'), ['project_id'], unique=False)

    op.create_table('project_file_content',
    sa.Column('file_id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('thumbnail', sa.LargeBinary(), nullable=True),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['file_id'], ['project_file.id'], name=op.f('fk_project_file_content_file_id_project_file'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('file_id', name=op.f('pk_project_file_content'))
    )
    with op.batch_alter_table('escalation', schema=None, recreate="always") as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_escalation_office_step'), type_='check')
        batch_op.drop_constraint(batch_op.f('ck_escalation_step'), type_='check')
        batch_op.add_column(sa.Column('milestone_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('summons_id', sa.Integer(), nullable=True))
        batch_op.alter_column('ticket_id',
               existing_type=sa.INTEGER(),
               nullable=True)
        batch_op.create_index(batch_op.f('ix_escalation_milestone_id'), ['milestone_id'], unique=False)
        batch_op.create_index('uq_escalation_milestone_step', ['milestone_id', 'step', 'level'], unique=True, sqlite_where=sa.text('milestone_id IS NOT NULL AND summons_id IS NULL'), postgresql_where=sa.text('milestone_id IS NOT NULL AND summons_id IS NULL'))
        batch_op.create_index('uq_escalation_summons_step', ['summons_id', 'step', 'level'], unique=True, sqlite_where=sa.text('summons_id IS NOT NULL'), postgresql_where=sa.text('summons_id IS NOT NULL'))
        batch_op.create_foreign_key(batch_op.f('fk_escalation_summons_id_milestone_summons'), 'milestone_summons', ['summons_id'], ['id'])
        batch_op.create_foreign_key(batch_op.f('fk_escalation_milestone_id_project_milestone'), 'project_milestone', ['milestone_id'], ['id'])
        batch_op.create_check_constraint('step', STEP)
        batch_op.create_check_constraint('subject', "(ticket_id IS NULL) = (milestone_id IS NOT NULL)")
        batch_op.create_check_constraint('office_step', OFFICE_STEP)
        batch_op.create_check_constraint('milestone_step', MILESTONE_STEP)


def downgrade() -> None:
    op.execute("DELETE FROM escalation WHERE milestone_id IS NOT NULL")  # milestones did not escalate before
    with op.batch_alter_table('escalation', schema=None, recreate="always") as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_escalation_milestone_step'), type_='check')
        batch_op.drop_constraint(batch_op.f('ck_escalation_office_step'), type_='check')
        batch_op.drop_constraint(batch_op.f('ck_escalation_subject'), type_='check')
        batch_op.drop_constraint(batch_op.f('ck_escalation_step'), type_='check')
        batch_op.create_check_constraint('step', "step IN ('acknowledge','respond','resolve','verify','callback')")
        batch_op.create_check_constraint('office_step', "(dispatch_id IS NULL) = (step IN ('verify','callback'))")
        batch_op.drop_constraint(batch_op.f('fk_escalation_milestone_id_project_milestone'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('fk_escalation_summons_id_milestone_summons'), type_='foreignkey')
        batch_op.drop_index('uq_escalation_summons_step', sqlite_where=sa.text('summons_id IS NOT NULL'), postgresql_where=sa.text('summons_id IS NOT NULL'))
        batch_op.drop_index('uq_escalation_milestone_step', sqlite_where=sa.text('milestone_id IS NOT NULL AND summons_id IS NULL'), postgresql_where=sa.text('milestone_id IS NOT NULL AND summons_id IS NULL'))
        batch_op.drop_index(batch_op.f('ix_escalation_milestone_id'))
        batch_op.alter_column('ticket_id',
               existing_type=sa.INTEGER(),
               nullable=False)
        batch_op.drop_column('summons_id')
        batch_op.drop_column('milestone_id')

    op.drop_table('project_file_content')
    with op.batch_alter_table('project_file', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_project_file_project_id'))
        batch_op.drop_index(batch_op.f('ix_project_file_milestone_id'))
        batch_op.drop_index(batch_op.f('ix_project_file_entry_id'))

    op.drop_table('project_file')
    with op.batch_alter_table('milestone_summons', schema=None) as batch_op:
        batch_op.drop_index('ix_milestone_summons_department')

    op.drop_table('milestone_summons')
    with op.batch_alter_table('project_milestone', schema=None) as batch_op:
        batch_op.drop_index('ix_project_milestone_project')
        batch_op.drop_index(batch_op.f('ix_project_milestone_next_escalation_at'))
        batch_op.drop_index(batch_op.f('ix_project_milestone_entry_id'))

    op.drop_table('project_milestone')
    with op.batch_alter_table('project_entry', schema=None) as batch_op:
        batch_op.drop_index('ix_project_entry_project')

    op.drop_table('project_entry')
