"""schedules, escalation, ratings, understanding keywords

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 20:35:24.215044
"""
import sqlalchemy as sa
import sqlmodel
from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('broadcast',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(length=128), nullable=True),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=128), nullable=False),
    sa.Column('creator_id', sqlmodel.sql.sqltypes.AutoString(length=128), nullable=True),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.Column('cron', sqlmodel.sql.sqltypes.AutoString(length=128), nullable=True),
    sa.Column('every_minutes', sa.Integer(), nullable=True),
    sa.Column('at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('anchor_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('start_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('end_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('targets', sa.JSON(), nullable=False),
    sa.Column('text', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('next_fire_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('last_fired_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('cancelled_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('cancelled_by', sqlmodel.sql.sqltypes.AutoString(length=128), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('source', 'key', name='uq_broadcast_source_key')
    )
    op.create_index('ix_broadcast_due', 'broadcast', ['active', 'next_fire_at'], unique=False)
    op.create_table('broadcast_fire',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('broadcast_id', sa.Integer(), nullable=False),
    sa.Column('due_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('fired_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('outcome', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('messages', sa.Integer(), nullable=False),
    sa.Column('skipped', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['broadcast_id'], ['broadcast.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('broadcast_id', 'due_at', name='uq_broadcast_fire_due')
    )
    op.create_index(op.f('ix_broadcast_fire_broadcast_id'), 'broadcast_fire', ['broadcast_id'], unique=False)
    # existing rows get neutral values: no keywords, no steps taken, clocks from their colour on next change
    op.add_column('ticket', sa.Column('keywords', sa.JSON(), nullable=False, server_default=sa.text("'[]'")))
    op.add_column('ticket', sa.Column('fixed_reported_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))
    op.add_column('ticket', sa.Column('ack_minutes', sa.Integer(), nullable=False, server_default='0'))
    op.add_column('ticket', sa.Column('resolve_minutes', sa.Integer(), nullable=False, server_default='0'))
    op.add_column('ticket', sa.Column('step_seq', sa.Integer(), nullable=False, server_default='0'))
    op.add_column('ticket', sa.Column('overdue_level', sa.Integer(), nullable=True))
    op.add_column('ticket', sa.Column('overdue_count', sa.Integer(), nullable=False, server_default='0'))
    op.add_column('ticket', sa.Column('last_notice_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))
    op.add_column('ticket', sa.Column('escalations', sa.Integer(), nullable=False, server_default='0'))
    op.add_column('ticket', sa.Column('rating', sa.Integer(), nullable=True))
    op.add_column('ticket', sa.Column('rated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))
    op.add_column('ticket', sa.Column('reopened', sa.Integer(), nullable=False, server_default='0'))


def downgrade() -> None:
    op.drop_column('ticket', 'reopened')
    op.drop_column('ticket', 'rated_at')
    op.drop_column('ticket', 'rating')
    op.drop_column('ticket', 'escalations')
    op.drop_column('ticket', 'last_notice_at')
    op.drop_column('ticket', 'overdue_count')
    op.drop_column('ticket', 'overdue_level')
    op.drop_column('ticket', 'step_seq')
    op.drop_column('ticket', 'resolve_minutes')
    op.drop_column('ticket', 'ack_minutes')
    op.drop_column('ticket', 'fixed_reported_at')
    op.drop_column('ticket', 'keywords')
    op.drop_index(op.f('ix_broadcast_fire_broadcast_id'), table_name='broadcast_fire')
    op.drop_table('broadcast_fire')
    op.drop_index('ix_broadcast_due', table_name='broadcast')
    op.drop_table('broadcast')
