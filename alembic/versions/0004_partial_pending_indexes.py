"""pending inbound records in partial indexes (by id, and by chat then id)

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26 04:10:00
"""
import sqlalchemy as sa
from alembic import op


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

PENDING = sa.text("processed_at IS NULL")


def upgrade() -> None:
    op.create_index('ix_inbound_pending_id', 'inbound', ['id'], unique=False,
                    sqlite_where=PENDING, postgresql_where=PENDING)
    op.create_index('ix_inbound_pending_chat', 'inbound', ['chat_id', 'id'], unique=False,
                    sqlite_where=PENDING, postgresql_where=PENDING)
    op.drop_index('ix_inbound_pending', table_name='inbound')


def downgrade() -> None:
    op.create_index('ix_inbound_pending', 'inbound', ['processed_at', 'id'], unique=False)
    op.drop_index('ix_inbound_pending_chat', table_name='inbound')
    op.drop_index('ix_inbound_pending_id', table_name='inbound')
