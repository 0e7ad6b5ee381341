"""drop ix_outbox_sent_at: a start no longer reads the last minute's sends (send budgets are
counted in pace_mark, 0007), and nothing else looks rows up by sent_at; the index only cost a
write on every send recorded

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-26 16:40:00
"""
from alembic import op


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index('ix_outbox_sent_at', table_name='outbox')


def downgrade() -> None:
    op.create_index('ix_outbox_sent_at', 'outbox', ['sent_at'], unique=False)
