"""store guard: one row naming the file (a random generation) and counting its write transactions.

Every write transaction bumps ``seq`` first, so each commit in a -wal carries the guard's page:
before a -wal is replayed, its guard rows must name this file's generation and continue from the
main file's ``seq`` (core/store/guard.py). A -wal from another file, or one left over from before
the file was replaced by a copy, does not, and is moved aside instead of replayed.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30
"""

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('store_guard',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('generation', sa.String(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.execute(f"INSERT INTO store_guard (id, generation, seq) VALUES (1, '{uuid.uuid4().hex}', 0)")


def downgrade() -> None:
    op.drop_table('store_guard')
