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


def _set_roles(old: str, new: str) -> None:
    """Replace the role CHECK constraint of user_account.

    SQLite changes a CHECK constraint only by recreating the table, and a batch recreate inserts the rows into its
    new table before it drops the old one, which every table that names an account refuses. So by hand, as revision
    0012's downgrade does: copy the rows aside, drop the table, create it as it was but for the constraint, copy the
    rows back, and its indexes. The foreign keys are checked at the commit (defer_foreign_keys lasts until the end of
    this transaction), when every row is back."""
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        with op.batch_alter_table('user_account', schema=None) as batch_op:
            batch_op.drop_constraint(batch_op.f('ck_user_account_role'), type_='check')
            batch_op.create_check_constraint('role', new)
        return
    ddl = bind.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'user_account'").scalar()
    indexes = [r[0] for r in bind.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'user_account' AND sql IS NOT NULL")]
    assert ddl is not None and ddl.count(old) == 1, "user_account's role constraint is not the expected one"
    op.execute("PRAGMA defer_foreign_keys=ON")
    op.execute("CREATE TABLE _user_account_0023 AS SELECT * FROM user_account")
    op.execute("DROP TABLE user_account")
    op.execute(ddl.replace(old, new))
    op.execute("INSERT INTO user_account SELECT * FROM _user_account_0023")
    op.execute("DROP TABLE _user_account_0023")
    for sql in indexes:
        op.execute(sql)


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
    _set_roles(OLD_ROLES, NEW_ROLES)


def downgrade() -> None:
    # the new roles' accounts cannot stay: an observer's or project manager's account would break the old check
    op.execute("DELETE FROM project_observer")
    _set_roles(NEW_ROLES, OLD_ROLES)
    with op.batch_alter_table('project_observer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_project_observer_user_id'))
    op.drop_table('project_observer')
