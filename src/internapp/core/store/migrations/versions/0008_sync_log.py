"""sync log: the local-only tables of sync — the change log written by the capture triggers, the
device's clock, the sync state and the conflicts found.

The capture triggers themselves are not created here: they exist only once sync is set up
(core/sync/capture.py creates them then, and again after any later migration), so a store that
never syncs pays nothing for them.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('sync_change',
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('tbl', sa.String(), nullable=False),
    sa.Column('row_id', sa.String(), nullable=False),
    sa.Column('op', sa.String(), nullable=False),
    sa.Column('cols', sa.String(), nullable=True),
    sa.Column('hlc', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('seq'),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('sync_change', schema=None) as batch_op:
        batch_op.create_index('ix_sync_change_row', ['tbl', 'row_id'], unique=False)

    op.create_table('sync_clock',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('device_id', sa.String(), nullable=False),
    sa.Column('hlc', sa.Integer(), nullable=False),
    sa.Column('applying', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('sync_conflict',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('tbl', sa.String(), nullable=False),
    sa.Column('row_id', sa.String(), nullable=False),
    sa.Column('col', sa.String(), nullable=False),
    sa.Column('kept', sa.String(), nullable=True),
    sa.Column('lost', sa.String(), nullable=True),
    sa.Column('lost_hlc', sa.Integer(), nullable=False),
    sa.Column('other_row_id', sa.String(), nullable=True),
    sa.Column('detail', sa.String(), nullable=False),
    sa.Column('found_at', sa.String(), nullable=False),
    sa.Column('resolved_at', sa.String(), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('kind', 'tbl', 'row_id', 'col', 'lost_hlc')
    )
    op.create_table('sync_state',
    sa.Column('key', sa.String(), nullable=False),
    sa.Column('value', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )


def downgrade() -> None:
    connection = op.get_bind()
    for (name,) in connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync\\_%' ESCAPE '\\'"
    ).fetchall():
        op.execute(f'DROP TRIGGER "{name}"')
    op.drop_table('sync_state')
    op.drop_table('sync_conflict')
    op.drop_table('sync_clock')
    with op.batch_alter_table('sync_change', schema=None) as batch_op:
        batch_op.drop_index('ix_sync_change_row')
    op.drop_table('sync_change')
