"""time aggregates: seconds per local day and per tag, kept by triggers, so that all-time reports
by day, week and tag read a few thousand rows instead of every entry; and indexes that serve the
Time table's sorts.

Local days need the user's zone, which SQL does not know: ``time_zone_offset`` describes it (from
each UTC instant on, its offset) and the day triggers use it to turn an entry's start into its local
day, daylight saving included. The rows are written by the app (services/local_days.py) for the
zone in ``time_day_zone`` when a report first asks in that zone, and the day totals rebuilt then;
until then (and with no offsets) the day triggers do nothing. Tag totals need no zone and are
filled here. An untagged entry counts under the tag "".

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LOCAL_DAY = ("date({row}.started_at, (SELECT z.offset_seconds FROM time_zone_offset z "
             "WHERE z.utc_from <= {row}.started_at ORDER BY z.utc_from DESC LIMIT 1) || ' seconds')")
DAY_ADD = """
    INSERT INTO time_day_total (day, seconds, entries) VALUES ({day}, {row}.seconds, 1)
    ON CONFLICT (day) DO UPDATE SET seconds = seconds + excluded.seconds, entries = entries + 1;
"""
DAY_SUBTRACT = """
    UPDATE time_day_total SET seconds = seconds - {row}.seconds, entries = entries - 1
    WHERE day = {day};
"""
TAGS = ("(SELECT value AS tag FROM json_each({row}.tags) "
        "UNION ALL SELECT '' WHERE json_array_length({row}.tags) = 0)")
TAG_ADD = """
    INSERT INTO time_tag_total (tag, seconds, entries) SELECT tag, {row}.seconds, 1 FROM {tags} WHERE true
    ON CONFLICT (tag) DO UPDATE SET seconds = seconds + excluded.seconds, entries = entries + 1;
"""
TAG_SUBTRACT = """
    UPDATE time_tag_total SET seconds = seconds - {row}.seconds, entries = entries - 1
    WHERE tag IN {tags};
"""
HAS_ZONE = "EXISTS (SELECT 1 FROM time_zone_offset)"
FILL_TAGS = ("INSERT INTO time_tag_total (tag, seconds, entries) SELECT tag, SUM(seconds), COUNT(*) "
             "FROM (SELECT j.value AS tag, t.seconds FROM time_entry t, json_each(t.tags) j "
             "WHERE t.seconds IS NOT NULL UNION ALL SELECT '', seconds FROM time_entry "
             "WHERE seconds IS NOT NULL AND json_array_length(tags) = 0) GROUP BY tag")


def _day(action: str, row: str) -> str:
    return action.format(day=LOCAL_DAY.format(row=row), row=row)


def _tag(action: str, row: str) -> str:
    return action.format(tags=TAGS.format(row=row), row=row)


TRIGGERS = {
    "tr_time_day_insert": f"AFTER INSERT ON time_entry WHEN NEW.seconds IS NOT NULL AND {HAS_ZONE} "
                          "BEGIN" + _day(DAY_ADD, "NEW") + "END",
    "tr_time_day_delete": f"AFTER DELETE ON time_entry WHEN OLD.seconds IS NOT NULL AND {HAS_ZONE} "
                          "BEGIN" + _day(DAY_SUBTRACT, "OLD") + "END",
    "tr_time_day_update_old": "AFTER UPDATE OF started_at, seconds ON time_entry "
                              f"WHEN OLD.seconds IS NOT NULL AND {HAS_ZONE} BEGIN"
                              + _day(DAY_SUBTRACT, "OLD") + "END",
    "tr_time_day_update_new": "AFTER UPDATE OF started_at, seconds ON time_entry "
                              f"WHEN NEW.seconds IS NOT NULL AND {HAS_ZONE} BEGIN"
                              + _day(DAY_ADD, "NEW") + "END",
    "tr_time_tag_insert": "AFTER INSERT ON time_entry WHEN NEW.seconds IS NOT NULL BEGIN"
                          + _tag(TAG_ADD, "NEW") + "END",
    "tr_time_tag_delete": "AFTER DELETE ON time_entry WHEN OLD.seconds IS NOT NULL BEGIN"
                          + _tag(TAG_SUBTRACT, "OLD") + "END",
    "tr_time_tag_update_old": "AFTER UPDATE OF tags, seconds ON time_entry "
                              "WHEN OLD.seconds IS NOT NULL BEGIN" + _tag(TAG_SUBTRACT, "OLD") + "END",
    "tr_time_tag_update_new": "AFTER UPDATE OF tags, seconds ON time_entry "
                              "WHEN NEW.seconds IS NOT NULL BEGIN" + _tag(TAG_ADD, "NEW") + "END",
}
SORT_INDEXES = {  # each sortable column of the Time table, with the start as tie-breaker
    "ix_time_entry_ended": ["ended_at", "started_at"],
    "ix_time_entry_seconds": ["seconds", "started_at"],
    "ix_time_entry_note": [sa.text("note COLLATE NOCASE"), "started_at"],
    "ix_time_entry_tags": ["tags", "started_at"],
}


def upgrade() -> None:
    op.create_table('time_day_total',
    sa.Column('day', sa.String(), nullable=False),
    sa.Column('seconds', sa.Integer(), nullable=False),
    sa.Column('entries', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('day')
    )
    op.create_table('time_tag_total',
    sa.Column('tag', sa.String(), nullable=False),
    sa.Column('seconds', sa.Integer(), nullable=False),
    sa.Column('entries', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('tag')
    )
    op.create_table('time_zone_offset',
    sa.Column('utc_from', sa.String(), nullable=False),
    sa.Column('offset_seconds', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('utc_from')
    )
    op.create_table('time_day_zone',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('zone', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('time_entry', schema=None) as batch_op:
        for name, columns in SORT_INDEXES.items():
            batch_op.create_index(name, columns, unique=False)
    op.execute(FILL_TAGS)
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table('time_entry', schema=None) as batch_op:
        for name in SORT_INDEXES:
            batch_op.drop_index(name)
    op.drop_table('time_day_zone')
    op.drop_table('time_zone_offset')
    op.drop_table('time_tag_total')
    op.drop_table('time_day_total')
