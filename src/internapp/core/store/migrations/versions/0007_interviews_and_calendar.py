"""interviews: time zone, outcome, cancelled, imported invitation id, several people (a link
table instead of one contact column); the events published to the user's CalDAV calendar.

Data: each interview's one contact becomes its first person; a free-text kind becomes one of
phone, video, on-site, take-home where the text says which, and otherwise moves into the
preparation notes ("Round: Technical") so nothing is lost.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30
"""

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# frozen here: the kinds as this migration knows them, and the words that name them
_KIND_WORDS = (("take-home", ("take-home", "take home", "takehome", "assignment")),
               ("on-site", ("on-site", "onsite", "on site", "in person", "in-person", "office")),
               ("video", ("video", "zoom", "teams", "meet", "webex")),
               ("phone", ("phone", "call")))


def _kind(text: str | None) -> str | None:
    folded = (text or "").casefold()
    for kind, words in _KIND_WORDS:
        if any(word in folded for word in words):
            return kind
    return None


def upgrade() -> None:
    op.create_table('published_event',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('collection', sa.String(), nullable=False),
    sa.Column('uid', sa.String(), nullable=False),
    sa.Column('href', sa.String(), nullable=False),
    sa.Column('digest', sa.String(), nullable=False),
    sa.Column('etag', sa.String(), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('collection', 'uid', name='ux_published_event')
    )
    op.create_table('interview_contact',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('interview_id', sa.Uuid(), nullable=False),
    sa.Column('contact_id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['interview_id'], ['interview.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('interview_id', 'contact_id', name='ux_interview_contact')
    )
    with op.batch_alter_table('interview_contact', schema=None) as batch_op:
        batch_op.create_index('ix_interview_contact_contact', ['contact_id'], unique=False)

    connection = op.get_bind()
    now = datetime.now(UTC).replace(tzinfo=None)
    interview = sa.table("interview", sa.column("id", sa.Uuid()), sa.column("kind", sa.String()),
                         sa.column("notes", sa.String()), sa.column("contact_id", sa.Uuid()))
    existing = connection.execute(
        sa.select(interview.c.id, interview.c.kind, interview.c.notes, interview.c.contact_id)
    ).fetchall()
    link = sa.table("interview_contact", sa.column("id", sa.Uuid()),
                    sa.column("created_at", sa.DateTime()), sa.column("updated_at", sa.DateTime()),
                    sa.column("interview_id", sa.Uuid()), sa.column("contact_id", sa.Uuid()))
    with op.batch_alter_table('interview', schema=None) as batch_op:
        batch_op.add_column(sa.Column('tz', sa.String(), nullable=False, server_default='UTC'))
        batch_op.add_column(sa.Column('outcome', sa.String(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('cancelled_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('external_uid', sa.String(), nullable=True))
        batch_op.create_index('ux_interview_external', ['external_uid'], unique=True, sqlite_where=sa.text('external_uid IS NOT NULL'))
        batch_op.drop_column('contact_id')

    # after the table was rebuilt: dropping the old one would cascade to these rows
    links = [{"id": uuid.uuid4(), "created_at": now, "updated_at": now, "interview_id": row.id,
              "contact_id": row.contact_id} for row in existing if row.contact_id is not None]
    if links:
        op.bulk_insert(link, links)
    for row in existing:
        kind = _kind(row.kind)
        notes = row.notes or ""
        if row.kind and kind is None:
            notes = f"Round: {row.kind}\n\n{notes}".strip()
        connection.execute(interview.update().where(interview.c.id == row.id)
                           .values(kind=kind, notes=notes))


def downgrade() -> None:
    connection = op.get_bind()
    first = {}
    for interview_id, contact_id in connection.execute(sa.text(
            "SELECT interview_id, contact_id FROM interview_contact ORDER BY created_at")):
        first.setdefault(interview_id, contact_id)
    with op.batch_alter_table('interview', schema=None) as batch_op:
        batch_op.add_column(sa.Column('contact_id', sa.Uuid(), nullable=True))
        batch_op.create_foreign_key('fk_interview_contact_id', 'contact', ['contact_id'], ['id'], ondelete='SET NULL')
        batch_op.drop_index('ux_interview_external', sqlite_where=sa.text('external_uid IS NOT NULL'))
        batch_op.drop_column('external_uid')
        batch_op.drop_column('cancelled_at')
        batch_op.drop_column('outcome')
        batch_op.drop_column('tz')
    for interview_id, contact_id in first.items():
        connection.execute(sa.text("UPDATE interview SET contact_id = :c WHERE id = :i"),
                           {"c": contact_id, "i": interview_id})
    with op.batch_alter_table('interview_contact', schema=None) as batch_op:
        batch_op.drop_index('ix_interview_contact_contact')

    op.drop_table('interview_contact')
    op.drop_table('published_event')
