"""attachments: photos and documents on a ticket and its dispatch steps, their bytes in the database

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03 15:00:00+00:00
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa

from models.base import UTCDateTime


revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'attachment',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('ticket_id', sa.Integer(), nullable=False),
        sa.Column('dispatch_id', sa.Integer(), nullable=True),
        sa.Column('step', sa.String(length=16), nullable=True),
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
        sa.Column('created_at', UTCDateTime(), nullable=False),
        sa.Column('created_by_id', sa.Integer(), nullable=False),
        sa.CheckConstraint("step IS NULL OR step IN ('intake','respond','resolve')", name=op.f('ck_attachment_step')),
        sa.CheckConstraint("kind IN ('before','after','other')", name=op.f('ck_attachment_kind')),
        sa.CheckConstraint("(dispatch_id IS NULL) = (step IS NULL OR step = 'intake')",
                           name=op.f('ck_attachment_dispatch_step')),
        sa.ForeignKeyConstraint(['created_by_id'], ['user_account.id'],
                                name=op.f('fk_attachment_created_by_id_user_account')),
        sa.ForeignKeyConstraint(['dispatch_id'], ['dispatch.id'], name=op.f('fk_attachment_dispatch_id_dispatch')),
        sa.ForeignKeyConstraint(['ticket_id'], ['ticket.id'], name=op.f('fk_attachment_ticket_id_ticket')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_attachment')),
    )
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachment_ticket_id'), ['ticket_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachment_dispatch_id'), ['dispatch_id'], unique=False)
    op.create_table(
        'attachment_content',
        sa.Column('attachment_id', sa.Integer(), autoincrement=False, nullable=False),
        sa.Column('thumbnail', sa.LargeBinary(), nullable=True),
        sa.Column('data', sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(['attachment_id'], ['attachment.id'], ondelete='CASCADE',
                                name=op.f('fk_attachment_content_attachment_id_attachment')),
        sa.PrimaryKeyConstraint('attachment_id', name=op.f('pk_attachment_content')),
    )


def downgrade() -> None:
    op.drop_table('attachment_content')
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachment_dispatch_id'))
        batch_op.drop_index(batch_op.f('ix_attachment_ticket_id'))
    op.drop_table('attachment')
