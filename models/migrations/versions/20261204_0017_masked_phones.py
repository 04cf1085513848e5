"""tickets: a masked phone (138****1234, from a 12345 export) has no phone_digits

Its digits (1381234) matched another resident's number in search and in the repeat check, and two residents'
masked numbers counted as one. It keeps its last four digits (phone_last4), which search uses.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-04 16:30:00+00:00
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None

#: desk.privacy.MASK_CHARACTERS
MASKS = ("*", "＊", "●", "•", "×", "x", "X")


def upgrade() -> None:
    masked = " OR ".join(f"reporter_phone LIKE :m{i}" for i in range(len(MASKS)))
    op.get_bind().execute(sa.text(f"UPDATE ticket SET phone_digits = '' WHERE phone_digits <> '' AND ({masked})"),
                          {f"m{i}": f"%{c}%" for i, c in enumerate(MASKS)})


def downgrade() -> None:
    pass  # the digits of a masked number were never the resident's: nothing to restore
