"""flood-count indexes lead with the sender / the chat, so neither serves the other's count

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26 11:45:00

With (platform, sender_id, ...) and (platform, chat_id, ...), PostgreSQL could read a
sender's count from the chat index (platform the only bound, the sender a filter): with
the statistics of a quiet table both cost alike, and it chose the one that walks every
message of the minute. Leading with the sender and the chat, each index serves its own
count only.
"""
from alembic import op


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index('ix_inbound_sender_window', table_name='inbound')
    op.drop_index('ix_inbound_chat_window', table_name='inbound')
    op.create_index('ix_inbound_sender_window', 'inbound', ['sender_id', 'platform', 'received_at', 'id'], unique=False)
    op.create_index('ix_inbound_chat_window', 'inbound', ['chat_id', 'platform', 'received_at', 'id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_inbound_chat_window', table_name='inbound')
    op.drop_index('ix_inbound_sender_window', table_name='inbound')
    op.create_index('ix_inbound_sender_window', 'inbound', ['platform', 'sender_id', 'received_at', 'id'], unique=False)
    op.create_index('ix_inbound_chat_window', 'inbound', ['platform', 'chat_id', 'received_at', 'id'], unique=False)
