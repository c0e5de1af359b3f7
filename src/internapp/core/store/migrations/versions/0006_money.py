"""money: payments and invoices; an engagement's fee kind, hourly rate and platform cut; a fee
per milestone.

The existing money columns are carried over: an engagement with a fee becomes a fixed-fee one;
its ``paid_on`` date becomes a received payment of the whole fee on that day (the column goes);
a paid date without a fee is kept as a line in the engagement's notes.

Columns are added and dropped with SQLite's own ALTER TABLE (3.35+), never by copying the
engagement table: with foreign keys on, dropping the old copy would cascade into its time
entries and milestones.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30
"""

import sqlite3
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('invoice',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('number', sa.String(), nullable=False),
    sa.Column('number_key', sa.String(), nullable=False),
    sa.Column('engagement_id', sa.Uuid(), nullable=True),
    sa.Column('milestone_id', sa.Uuid(), nullable=True),
    sa.Column('status', sa.String(), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('currency', sa.String(), nullable=False),
    sa.Column('total_cents', sa.Integer(), nullable=False),
    sa.Column('lines', sa.JSON(), nullable=False),
    sa.Column('seller', sa.JSON(), nullable=False),
    sa.Column('client', sa.JSON(), nullable=False),
    sa.Column('title', sa.String(), nullable=False),
    sa.Column('notes', sa.String(), nullable=False),
    sa.Column('billed_from', sa.DateTime(), nullable=True),
    sa.Column('billed_until', sa.DateTime(), nullable=True),
    sa.Column('corrects_id', sa.Uuid(), nullable=True),
    sa.Column('stored_name', sa.String(), nullable=True),
    sa.Column('sha256', sa.String(), nullable=True),
    sa.Column('deleted_on', sa.Date(), nullable=True),
    sa.Column('delete_reason', sa.String(), nullable=True),
    sa.CheckConstraint('total_cents >= 0', name='ck_invoice_total'),
    sa.ForeignKeyConstraint(['corrects_id'], ['invoice.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['engagement_id'], ['engagement.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['milestone_id'], ['milestone.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('number'),
    sa.UniqueConstraint('number_key')
    )
    with op.batch_alter_table('invoice', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_invoice_engagement_id'), ['engagement_id'], unique=False)

    op.create_table('payment',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('engagement_id', sa.Uuid(), nullable=False),
    sa.Column('milestone_id', sa.Uuid(), nullable=True),
    sa.Column('amount_cents', sa.Integer(), nullable=False),
    sa.Column('withheld_cents', sa.Integer(), nullable=False),
    sa.Column('expected_on', sa.Date(), nullable=True),
    sa.Column('received_on', sa.Date(), nullable=True),
    sa.Column('method', sa.String(), nullable=True),
    sa.Column('reference', sa.String(), nullable=True),
    sa.Column('payer', sa.String(), nullable=True),
    sa.Column('note', sa.String(), nullable=False),
    sa.CheckConstraint('amount_cents > 0', name='ck_payment_amount'),
    sa.CheckConstraint('expected_on IS NOT NULL OR received_on IS NOT NULL', name='ck_payment_dated'),
    sa.CheckConstraint('withheld_cents >= 0 AND withheld_cents <= amount_cents', name='ck_payment_withheld'),
    sa.ForeignKeyConstraint(['engagement_id'], ['engagement.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['milestone_id'], ['milestone.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('payment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_payment_engagement_id'), ['engagement_id'], unique=False)
        batch_op.create_index('ix_payment_expected', ['expected_on'], unique=False)
        batch_op.create_index('ix_payment_received', ['received_on'], unique=False)

    op.add_column('engagement', sa.Column('fee_kind', sa.String(), nullable=True))
    op.add_column('engagement', sa.Column('rate_cents', sa.Integer(), nullable=True))
    op.add_column('engagement', sa.Column('withheld_bp', sa.Integer(), nullable=True))
    op.add_column('milestone', sa.Column('fee_cents', sa.Integer(), nullable=True))
    _carry_over_paid_dates()
    op.execute("ALTER TABLE engagement DROP COLUMN paid_on")


def _carry_over_paid_dates() -> None:
    if sqlite3.sqlite_version_info < (3, 35):
        raise RuntimeError(f"SQLite {sqlite3.sqlite_version} is too old: 3.35 or newer is needed")
    connection = op.get_bind()
    connection.execute(sa.text("UPDATE engagement SET fee_kind = 'fixed' WHERE fee_cents IS NOT NULL"))
    now = datetime.now(UTC).replace(tzinfo=None)
    payment = sa.table("payment", *(sa.column(name) for name in (
        "id", "created_at", "updated_at", "engagement_id", "amount_cents", "withheld_cents",
        "expected_on", "received_on", "note")))
    rows = connection.execute(sa.text(
        "SELECT id, fee_cents, paid_on, notes FROM engagement WHERE paid_on IS NOT NULL")).all()
    for engagement_id, fee_cents, paid_on, notes in rows:
        if fee_cents:
            connection.execute(payment.insert().values(
                id=uuid.uuid4().hex, created_at=now, updated_at=now, engagement_id=engagement_id,
                amount_cents=fee_cents, withheld_cents=0, expected_on=paid_on,
                received_on=paid_on, note="Recorded as paid before payments were tracked"))
        else:
            line = f"Paid on {paid_on} (recorded before payments were tracked)."
            connection.execute(sa.text("UPDATE engagement SET notes = :notes WHERE id = :id"),
                               {"notes": f"{notes}\n{line}" if notes else line, "id": engagement_id})


def downgrade() -> None:
    op.add_column('engagement', sa.Column('paid_on', sa.Date(), nullable=True))
    op.execute("UPDATE engagement SET paid_on = (SELECT MAX(received_on) FROM payment "
               "WHERE payment.engagement_id = engagement.id AND received_on IS NOT NULL)")
    for table, column in (('milestone', 'fee_cents'), ('engagement', 'withheld_bp'),
                          ('engagement', 'rate_cents'), ('engagement', 'fee_kind')):
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")

    with op.batch_alter_table('payment', schema=None) as batch_op:
        batch_op.drop_index('ix_payment_received')
        batch_op.drop_index('ix_payment_expected')
        batch_op.drop_index(batch_op.f('ix_payment_engagement_id'))

    op.drop_table('payment')
    with op.batch_alter_table('invoice', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_invoice_engagement_id'))

    op.drop_table('invoice')
