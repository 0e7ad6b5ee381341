"""outbox rows by sent_at: a start counts the last minute's sends against pacing budgets

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26 12:00:00
"""
from alembic import op


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_outbox_sent_at', 'outbox', ['sent_at'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_outbox_sent_at', table_name='outbox')
