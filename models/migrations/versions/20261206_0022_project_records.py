"""project records: key livelihood works (issue 16 §2): a project's money (budget, contract, payments, design
changes), its parties (contractors and supervisors, reusable across projects), its acceptance survey and result,
the callbacks of its residents, and its 回头看 revisits

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-06 12:00:00+00:00
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa
import models.base

revision = '0022'
down_revision = '0021'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('contractor',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('created_at', models.base.UTCDateTime(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=False),
    sa.CheckConstraint("kind IN ('builder','supervisor')", name=op.f('ck_contractor_kind')),
    sa.ForeignKeyConstraint(['created_by_id'], ['user_account.id'], name=op.f('fk_contractor_created_by_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contractor')),
    sa.UniqueConstraint('kind', 'name', name=op.f('uq_contractor_kind_name'))
    )
    op.create_table('project_change',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('amount_fen', sa.BigInteger(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('requested_by_id', sa.Integer(), nullable=False),
    sa.Column('requested_at', models.base.UTCDateTime(), nullable=False),
    sa.Column('decided_by_id', sa.Integer(), nullable=True),
    sa.Column('decided_at', models.base.UTCDateTime(), nullable=True),
    sa.Column('decision_note', sa.Text(), nullable=False),
    sa.CheckConstraint("state IN ('pending','approved','rejected')", name=op.f('ck_project_change_state')),
    sa.ForeignKeyConstraint(['decided_by_id'], ['user_account.id'], name=op.f('fk_project_change_decided_by_id_user_account')),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_project_change_project_id_project')),
    sa.ForeignKeyConstraint(['requested_by_id'], ['user_account.id'], name=op.f('fk_project_change_requested_by_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_project_change'))
    )
    with op.batch_alter_table('project_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_project_change_project_id'), ['project_id'], unique=False)

    op.create_table('project_payment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('paid_on', sa.Date(), nullable=False),
    sa.Column('amount_fen', sa.BigInteger(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=False),
    sa.Column('at', models.base.UTCDateTime(), nullable=False),
    sa.CheckConstraint('amount_fen > 0', name=op.f('ck_project_payment_amount_fen')),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_project_payment_project_id_project')),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['user_account.id'], name=op.f('fk_project_payment_recorded_by_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_project_payment'))
    )
    with op.batch_alter_table('project_payment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_project_payment_project_id'), ['project_id'], unique=False)

    op.create_table('project_record',
    sa.Column('project_id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('budget_fen', sa.BigInteger(), nullable=False),
    sa.Column('contract_fen', sa.BigInteger(), nullable=False),
    sa.Column('builder_id', sa.Integer(), nullable=True),
    sa.Column('builder_contact', sa.String(length=64), nullable=False),
    sa.Column('builder_phone', sa.String(length=32), nullable=False),
    sa.Column('supervisor_id', sa.Integer(), nullable=True),
    sa.Column('supervisor_contact', sa.String(length=64), nullable=False),
    sa.Column('supervisor_phone', sa.String(length=32), nullable=False),
    sa.Column('acceptance', sa.String(length=8), nullable=True),
    sa.Column('acceptance_reason', sa.Text(), nullable=False),
    sa.Column('accepted_on', sa.Date(), nullable=True),
    sa.Column('failed_acceptances', sa.Integer(), nullable=False),
    sa.Column('fix_state', sa.String(length=16), nullable=False),
    sa.CheckConstraint("acceptance IS NULL OR acceptance IN ('passed','failed')", name=op.f('ck_project_record_acceptance')),
    sa.CheckConstraint("fix_state IN ('none','reopened','fixed')", name=op.f('ck_project_record_fix_state')),
    sa.CheckConstraint('budget_fen >= 0', name=op.f('ck_project_record_budget_fen')),
    sa.CheckConstraint('contract_fen >= 0', name=op.f('ck_project_record_contract_fen')),
    sa.ForeignKeyConstraint(['builder_id'], ['contractor.id'], name=op.f('fk_project_record_builder_id_contractor')),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_project_record_project_id_project')),
    sa.ForeignKeyConstraint(['supervisor_id'], ['contractor.id'], name=op.f('fk_project_record_supervisor_id_contractor')),
    sa.PrimaryKeyConstraint('project_id', name=op.f('pk_project_record'))
    )
    with op.batch_alter_table('project_record', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_project_record_builder_id'), ['builder_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_project_record_supervisor_id'), ['supervisor_id'], unique=False)

    op.create_table('project_revisit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('scheduled_at', models.base.UTCDateTime(), nullable=False),
    sa.Column('done_at', models.base.UTCDateTime(), nullable=True),
    sa.Column('done_by_id', sa.Integer(), nullable=True),
    sa.Column('findings', sa.Text(), nullable=False),
    sa.Column('reopened', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['done_by_id'], ['user_account.id'], name=op.f('fk_project_revisit_done_by_id_user_account')),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_project_revisit_project_id_project')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_project_revisit'))
    )
    with op.batch_alter_table('project_revisit', schema=None) as batch_op:
        batch_op.create_index('ix_project_revisit_due', ['done_at', 'due_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_project_revisit_project_id'), ['project_id'], unique=False)

    op.create_table('survey_question',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.CheckConstraint("kind IN ('satisfaction','yes_no')", name=op.f('ck_survey_question_kind')),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_survey_question_project_id_project')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_survey_question')),
    sa.UniqueConstraint('project_id', 'position', name=op.f('uq_survey_question_project_id_position'))
    )
    op.create_table('survey_response',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('respondent', sa.String(length=64), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=False),
    sa.Column('at', models.base.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_survey_response_project_id_project')),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['user_account.id'], name=op.f('fk_survey_response_recorded_by_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_survey_response'))
    )
    with op.batch_alter_table('survey_response', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_survey_response_project_id'), ['project_id'], unique=False)

    op.create_table('project_callback',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('resident', sa.String(length=32), nullable=False),
    sa.Column('ticket_id', sa.Integer(), nullable=False),
    sa.Column('callback_id', sa.Integer(), nullable=True),
    sa.Column('created_at', models.base.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['callback_id'], ['callback.id'], name=op.f('fk_project_callback_callback_id_callback')),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_project_callback_project_id_project')),
    sa.ForeignKeyConstraint(['ticket_id'], ['ticket.id'], name=op.f('fk_project_callback_ticket_id_ticket')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_project_callback')),
    sa.UniqueConstraint('project_id', 'resident', name=op.f('uq_project_callback_project_id_resident'))
    )
    with op.batch_alter_table('project_callback', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_project_callback_ticket_id'), ['ticket_id'], unique=False)

    op.create_table('survey_answer',
    sa.Column('response_id', sa.Integer(), nullable=False),
    sa.Column('question_id', sa.Integer(), nullable=False),
    sa.Column('answer', sa.String(length=24), nullable=False),
    sa.CheckConstraint("answer IN ('satisfied','basically_satisfied','dissatisfied','yes','no')", name=op.f('ck_survey_answer_answer')),
    sa.ForeignKeyConstraint(['question_id'], ['survey_question.id'], name=op.f('fk_survey_answer_question_id_survey_question')),
    sa.ForeignKeyConstraint(['response_id'], ['survey_response.id'], name=op.f('fk_survey_answer_response_id_survey_response')),
    sa.PrimaryKeyConstraint('response_id', 'question_id', name=op.f('pk_survey_answer'))
    )
    with op.batch_alter_table('survey_answer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_survey_answer_question_id'), ['question_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('survey_answer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_survey_answer_question_id'))

    op.drop_table('survey_answer')
    with op.batch_alter_table('project_callback', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_project_callback_ticket_id'))

    op.drop_table('project_callback')
    with op.batch_alter_table('survey_response', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_survey_response_project_id'))

    op.drop_table('survey_response')
    op.drop_table('survey_question')
    with op.batch_alter_table('project_revisit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_project_revisit_project_id'))
        batch_op.drop_index('ix_project_revisit_due')

    op.drop_table('project_revisit')
    with op.batch_alter_table('project_record', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_project_record_supervisor_id'))
        batch_op.drop_index(batch_op.f('ix_project_record_builder_id'))

    op.drop_table('project_record')
    with op.batch_alter_table('project_payment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_project_payment_project_id'))

    op.drop_table('project_payment')
    with op.batch_alter_table('project_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_project_change_project_id'))

    op.drop_table('project_change')
    op.drop_table('contractor')
