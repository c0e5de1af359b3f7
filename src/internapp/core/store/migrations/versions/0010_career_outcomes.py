"""career outcomes: deliverables, results, interview stories and kept résumé lines per engagement.

The free-text ``engagement.deliverables`` and ``engagement.outcome`` become rows: each non-empty
line of ``deliverables`` one deliverable (a web address in it becomes its link), each non-empty
line of ``outcome`` one result in the student's words. ``feedback`` stays where it is (the
supervisor's quote). The two columns are then dropped with SQLite's own ``ALTER TABLE … DROP
COLUMN`` (3.35+): a batch copy would drop and re-create ``engagement``, and with foreign keys on,
dropping it deletes every time entry, milestone and link through ON DELETE CASCADE. (On a store
with sync set up, the upgrade drops sync's capture triggers first: they name every column.)

Every synced device runs this on its own copy, so the rows it derives are the same everywhere:
ids from their source (uuid5 of the engagement, the kind and the line's position) and both
timestamps the engagement's ``updated_at`` (created_at = updated_at: sync logs such rows with
clock 0, so they meet as one row across devices and any later edit wins over them).

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30
"""

import re
import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0010'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# frozen here, as the services had them when this was written
_URL = re.compile(r"https?://[^\s<>\"')\]]+", re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[-*•·–]|\d+[.)])\s+")
_TITLE_MAX = 200
_TEXT_MAX = 1000
# the namespace of the ids of derived rows (never change it: devices would derive other ids)
_DERIVED = uuid.UUID("af8b5251-168c-5d02-880c-580c8f3819b0")


def derived_id(engagement_id: uuid.UUID, kind: str, position: int) -> uuid.UUID:
    """The id of the ``position``-th row of ``kind`` ("deliverable", "result") derived from an
    engagement's text: the same on every device."""
    return uuid.uuid5(_DERIVED, f"{engagement_id}:{kind}:{position}")


def _lines(text: str | None) -> list[str]:
    """The non-empty lines of a free-text field, list bullets removed."""
    return [_BULLET.sub("", line).strip() for line in (text or "").splitlines()
            if _BULLET.sub("", line).strip()]


def _deliverable(line: str) -> tuple[str, str | None]:
    """(title, link): the first web address in the line is its link, the rest its title."""
    found = _URL.search(line)
    if found is None:
        return line[:_TITLE_MAX], None
    link = found.group(0).rstrip(".,;:")
    title = " ".join((line[:found.start()] + " " + line[found.end():]).split()).strip(" -–:,(")
    return (title or link)[:_TITLE_MAX], link


def upgrade() -> None:
    op.create_table('engagement_result',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('engagement_id', sa.Uuid(), nullable=False),
    sa.Column('text', sa.String(), nullable=False),
    sa.Column('figure', sa.String(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['engagement_id'], ['engagement.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('engagement_result', schema=None) as batch_op:
        batch_op.create_index('ix_engagement_result_engagement', ['engagement_id', 'position'], unique=False)

    op.create_table('resume_line',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('engagement_id', sa.Uuid(), nullable=False),
    sa.Column('text', sa.String(), nullable=False),
    sa.Column('suggestion', sa.String(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['engagement_id'], ['engagement.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('resume_line', schema=None) as batch_op:
        batch_op.create_index('ix_resume_line_engagement', ['engagement_id', 'position'], unique=False)

    op.create_table('story',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('engagement_id', sa.Uuid(), nullable=False),
    sa.Column('title', sa.String(), nullable=False),
    sa.Column('situation', sa.String(), nullable=False),
    sa.Column('task', sa.String(), nullable=False),
    sa.Column('action', sa.String(), nullable=False),
    sa.Column('result', sa.String(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['engagement_id'], ['engagement.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('story', schema=None) as batch_op:
        batch_op.create_index('ix_story_engagement', ['engagement_id', 'position'], unique=False)

    op.create_table('deliverable',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('engagement_id', sa.Uuid(), nullable=False),
    sa.Column('title', sa.String(), nullable=False),
    sa.Column('url', sa.String(), nullable=True),
    sa.Column('document_id', sa.Uuid(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['engagement_id'], ['engagement.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('deliverable', schema=None) as batch_op:
        batch_op.create_index('ix_deliverable_engagement', ['engagement_id', 'position'], unique=False)

    op.create_table('story_skill',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('story_id', sa.Uuid(), nullable=False),
    sa.Column('skill_id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['skill_id'], ['skill.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['story_id'], ['story.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('story_id', 'skill_id')
    )
    with op.batch_alter_table('story_skill', schema=None) as batch_op:
        batch_op.create_index('ix_story_skill_skill', ['skill_id'], unique=False)

    connection = op.get_bind()
    deliverable = sa.table("deliverable", sa.column("id", sa.Uuid()), sa.column("created_at"),
                           sa.column("updated_at"), sa.column("engagement_id", sa.Uuid()),
                           sa.column("title"), sa.column("url"), sa.column("position"))
    result = sa.table("engagement_result", sa.column("id", sa.Uuid()), sa.column("created_at"),
                      sa.column("updated_at"), sa.column("engagement_id", sa.Uuid()),
                      sa.column("text"), sa.column("position"))
    rows = connection.execute(sa.text(
        "SELECT id, updated_at, deliverables, outcome FROM engagement "
        "WHERE trim(deliverables) != '' OR trim(outcome) != ''")).all()
    for engagement_id, changed, deliverables, outcome in rows:
        owner = uuid.UUID(hex=engagement_id)
        stamp = changed  # the stored text, copied as it is
        for position, line in enumerate(_lines(deliverables)):
            title, link = _deliverable(line)
            connection.execute(deliverable.insert().values(
                id=derived_id(owner, "deliverable", position), created_at=stamp,
                updated_at=stamp, engagement_id=owner, title=title, url=link, position=position))
        for position, line in enumerate(_lines(outcome)):
            connection.execute(result.insert().values(
                id=derived_id(owner, "result", position), created_at=stamp, updated_at=stamp,
                engagement_id=owner, text=line[:_TEXT_MAX], position=position))
    op.execute("ALTER TABLE engagement DROP COLUMN deliverables")
    op.execute("ALTER TABLE engagement DROP COLUMN outcome")


def downgrade() -> None:
    op.execute("ALTER TABLE engagement ADD COLUMN deliverables VARCHAR NOT NULL DEFAULT ''")
    op.execute("ALTER TABLE engagement ADD COLUMN outcome VARCHAR NOT NULL DEFAULT ''")
    op.execute("UPDATE engagement SET deliverables = coalesce((SELECT group_concat("
               "CASE WHEN d.url IS NULL OR d.url = d.title THEN d.title "
               "ELSE d.title || ' ' || d.url END, char(10)) FROM "
               "(SELECT * FROM deliverable ORDER BY position) d "
               "WHERE d.engagement_id = engagement.id), '')")
    op.execute("UPDATE engagement SET outcome = coalesce((SELECT group_concat(r.text, char(10)) "
               "FROM (SELECT * FROM engagement_result ORDER BY position) r "
               "WHERE r.engagement_id = engagement.id), '')")
    with op.batch_alter_table('story_skill', schema=None) as batch_op:
        batch_op.drop_index('ix_story_skill_skill')

    op.drop_table('story_skill')
    with op.batch_alter_table('deliverable', schema=None) as batch_op:
        batch_op.drop_index('ix_deliverable_engagement')

    op.drop_table('deliverable')
    with op.batch_alter_table('story', schema=None) as batch_op:
        batch_op.drop_index('ix_story_engagement')

    op.drop_table('story')
    with op.batch_alter_table('resume_line', schema=None) as batch_op:
        batch_op.drop_index('ix_resume_line_engagement')

    op.drop_table('resume_line')
    with op.batch_alter_table('engagement_result', schema=None) as batch_op:
        batch_op.drop_index('ix_engagement_result_engagement')

    op.drop_table('engagement_result')
