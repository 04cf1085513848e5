"""roles: the project manager (项目负责人) and citizen observer (市民观察员) roles, and the observers assigned to
projects (issue 16 §3)

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-07 12:00:00+00:00
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa
import models.base

revision = '0023'
down_revision = '0022'
branch_labels = None
depends_on = None

OLD_ROLES = "role IN ('clerk','supervisor','responder','admin')"
NEW_ROLES = "role IN ('clerk','supervisor','responder','admin','project_manager','observer')"


def upgrade() -> None:
    op.create_table('project_observer',
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('assigned_at', models.base.UTCDateTime(), nullable=False),
    sa.Column('assigned_by_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['assigned_by_id'], ['user_account.id'], name=op.f('fk_project_observer_assigned_by_id_user_account')),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_project_observer_project_id_project')),
    sa.ForeignKeyConstraint(['user_id'], ['user_account.id'], name=op.f('fk_project_observer_user_id_user_account')),
    sa.PrimaryKeyConstraint('project_id', 'user_id', name=op.f('pk_project_observer'))
    )
    with op.batch_alter_table('project_observer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_project_observer_user_id'), ['user_id'], unique=False)
    with op.batch_alter_table('user_account', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_user_account_role'), type_='check')
        batch_op.create_check_constraint('role', NEW_ROLES)


def downgrade() -> None:
    # the new roles' accounts cannot stay: an observer's or project manager's account would break the old check
    op.execute("DELETE FROM project_observer")
    with op.batch_alter_table('user_account', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_user_account_role'), type_='check')
        batch_op.create_check_constraint('role', OLD_ROLES)
    with op.batch_alter_table('project_observer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_project_observer_user_id'))
    op.drop_table('project_observer')
