"""flood-limit counts read the index alone: platform and id join sender/chat and received_at

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 03:50:00
"""
from alembic import op


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_inbound_sender_window', 'inbound', ['platform', 'sender_id', 'received_at', 'id'], unique=False)
    op.create_index('ix_inbound_chat_window', 'inbound', ['platform', 'chat_id', 'received_at', 'id'], unique=False)
    op.drop_index('ix_inbound_sender_recent', table_name='inbound')
    op.drop_index('ix_inbound_chat_recent', table_name='inbound')


def downgrade() -> None:
    op.create_index('ix_inbound_chat_recent', 'inbound', ['chat_id', 'received_at'], unique=False)
    op.create_index('ix_inbound_sender_recent', 'inbound', ['sender_id', 'received_at'], unique=False)
    op.drop_index('ix_inbound_chat_window', table_name='inbound')
    op.drop_index('ix_inbound_sender_window', table_name='inbound')
