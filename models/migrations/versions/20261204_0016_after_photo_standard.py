"""category standards: 办结须附处置后照片 is part of a category's standard (inherited down the tree)

It was the setting ``require_after_photo_categories`` (a comma-separated list of category names, which a
renamed category silently left). The categories it named get ``after_photo`` true; the setting is removed.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-04 16:00:00+00:00
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None

SETTING = "require_after_photo_categories"


def upgrade() -> None:
    op.add_column('category', sa.Column('after_photo', sa.Boolean(), nullable=True))
    bind = op.get_bind()
    value = bind.execute(sa.text("SELECT value FROM setting WHERE key = :k"), {"k": SETTING}).scalar()
    names = [n.strip() for n in (value or "").replace("，", ",").split(",") if n.strip()]
    if names:
        bind.execute(sa.text("UPDATE category SET after_photo = :yes WHERE name IN :names")
                     .bindparams(sa.bindparam("names", expanding=True)), {"yes": True, "names": names})
    bind.execute(sa.text("DELETE FROM setting WHERE key = :k"), {"k": SETTING})


def downgrade() -> None:
    bind = op.get_bind()
    names = [r[0] for r in bind.execute(sa.text("SELECT name FROM category WHERE after_photo = :yes ORDER BY id"),
                                        {"yes": True})]
    if names:
        bind.execute(sa.text("INSERT INTO setting (key, value) VALUES (:k, :v)"), {"k": SETTING, "v": ",".join(names)})
    # a plain column: SQLite (3.35+) drops it in place (a batch recreate of category trips the tickets' foreign keys)
    op.execute("ALTER TABLE category DROP COLUMN after_photo")
