"""category standards (立结案标准): the category tree, assisting departments, 立案/结案条件

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03 14:45:00+00:00

* ``category``: ``parent_id`` (None: a 大类), ``level`` (1 大类, 2 小类, 3 细类), ``intake_condition`` and
  ``close_condition`` ("": inherited from the parent). Every existing category becomes a 大类 (level 1, no
  parent, no children): it stays a valid category for its tickets, its lead and its time limits.
* ``category_assist``: a node's assisting departments (none: the parent's).
* The time limits of a node stay in ``time_policy`` (category × urgency); a node without a row for an urgency
  uses its parent's (desk.deadlines.service.policy_for).
* SQLite: the columns are added with ALTER TABLE ADD COLUMN (the foreign key inline), not by recreating the
  table: tickets reference ``category``, and recreating a referenced table with foreign keys on would delete
  them. The level's CHECK constraint is added on PostgreSQL only (the core validates the level either way).
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        op.execute("ALTER TABLE category ADD COLUMN parent_id INTEGER "
                   "CONSTRAINT fk_category_parent_id_category REFERENCES category (id)")
    else:
        op.add_column('category', sa.Column('parent_id', sa.Integer(), nullable=True))
        op.create_foreign_key(op.f('fk_category_parent_id_category'), 'category', 'category', ['parent_id'], ['id'])
    op.add_column('category', sa.Column('level', sa.Integer(), server_default='1', nullable=False))
    op.add_column('category', sa.Column('intake_condition', sa.Text(), server_default='', nullable=False))
    op.add_column('category', sa.Column('close_condition', sa.Text(), server_default='', nullable=False))
    op.create_index(op.f('ix_category_parent_id'), 'category', ['parent_id'], unique=False)
    if not sqlite:
        op.create_check_constraint(op.f('ck_category_level'), 'category', 'level BETWEEN 1 AND 3')
    op.create_table('category_assist',
    sa.Column('category_id', sa.Integer(), nullable=False),
    sa.Column('department_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['category_id'], ['category.id'], name=op.f('fk_category_assist_category_id_category')),
    sa.ForeignKeyConstraint(['department_id'], ['department.id'],
                            name=op.f('fk_category_assist_department_id_department')),
    sa.PrimaryKeyConstraint('category_id', 'department_id', name=op.f('pk_category_assist'))
    )


#: ``category`` as revision 0010 left it on SQLite.
_CATEGORY_0010 = """CREATE TABLE category (
	id INTEGER NOT NULL,
	name VARCHAR(64) NOT NULL,
	default_lead_id INTEGER,
	active BOOLEAN NOT NULL,
	CONSTRAINT pk_category PRIMARY KEY (id),
	CONSTRAINT fk_category_default_lead_id_department FOREIGN KEY(default_lead_id) REFERENCES department (id),
	CONSTRAINT uq_category_name UNIQUE (name)
)"""


def downgrade() -> None:
    op.drop_table('category_assist')
    op.drop_index(op.f('ix_category_parent_id'), table_name='category')
    if op.get_bind().dialect.name == "sqlite":
        # SQLite cannot drop a column that is part of a foreign key, and a batch recreate inserts the rows into
        # its new table before it drops the old one, which the tickets' foreign keys refuse. So by hand: copy,
        # drop, create the table as revision 0010 had it, copy back. The foreign keys are checked at the commit
        # (defer_foreign_keys lasts until the end of this transaction), when every row is back.
        op.execute("PRAGMA defer_foreign_keys=ON")
        op.execute("CREATE TABLE _category_0012 AS SELECT id, name, default_lead_id, active FROM category")
        op.execute("DROP TABLE category")
        op.execute(_CATEGORY_0010)
        op.execute("INSERT INTO category (id, name, default_lead_id, active) "
                   "SELECT id, name, default_lead_id, active FROM _category_0012")
        op.execute("DROP TABLE _category_0012")
        return
    op.drop_constraint(op.f('ck_category_level'), 'category', type_='check')
    op.drop_constraint(op.f('fk_category_parent_id_category'), 'category', type_='foreignkey')
    op.drop_column('category', 'close_condition')
    op.drop_column('category', 'intake_condition')
    op.drop_column('category', 'level')
    op.drop_column('category', 'parent_id')
