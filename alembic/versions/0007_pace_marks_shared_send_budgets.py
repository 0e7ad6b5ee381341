"""pace_mark: send budgets (a group robot's 20 a minute) counted in the database, shared by
every process and remembered across restarts

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26 15:00:00
"""
import sqlalchemy as sa
import sqlmodel
from alembic import op


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'pace_mark',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('key', sqlmodel.sql.sqltypes.AutoString(length=160), nullable=False),
        sa.Column('at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column('cost', sa.Integer(), nullable=False),
        sa.Column('outbox_id', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_pace_mark_key_at', 'pace_mark', ['key', 'at'], unique=False)
    op.create_index(op.f('ix_pace_mark_outbox_id'), 'pace_mark', ['outbox_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_pace_mark_outbox_id'), table_name='pace_mark')
    op.drop_index('ix_pace_mark_key_at', table_name='pace_mark')
    op.drop_table('pace_mark')
