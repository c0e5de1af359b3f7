"""Builds the stores kept beside this file: one written by each released schema version, as that
version left it (an empty file upgraded to the revision, stamped, then filled with representative
rows in the columns that revision had). tests/core/store/test_old_stores.py migrates copies of them.

    .venv-test/bin/python tests/core/store/old_stores/build.py      # rewrites schema_000N.sqlite3

Run it only to add the file of a newly released revision; committed files must not change.
"""

import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
APPLICATION_ID = 0x494E5450
NOW = "2026-03-02 08:00:00.000000"

ORG, APP, ENG, CONTACT = "a" * 32, "b" * 32, "c" * 32, "d" * 32
ENTRIES = [  # id, started_at, ended_at, seconds, tz, note, tags
    ("e1" * 16, "2026-03-01 23:30:00.000000", "2026-03-02 01:00:00.000000", 5400, "Europe/Berlin",
     "Cleaned the data", '["analysis"]'),
    ("e2" * 16, "2026-03-02 09:00:00.000000", "2026-03-02 11:15:00.000000", 8100, "Europe/Berlin",
     "Call with supervisor", '["meeting", "analysis"]'),
    ("e3" * 16, "2026-03-03 12:00:00.000000", None, None, "America/New_York", "Running", "[]"),
]


def fill(conn: sqlite3.Connection) -> None:
    applied = conn.execute("SELECT id FROM stage WHERE role = 'applied'").fetchone()[0]
    accepted = conn.execute("SELECT id FROM stage WHERE role = 'accepted'").fetchone()[0]
    skill = conn.execute("SELECT id FROM skill WHERE name = 'Programming'").fetchone()[0]
    rows = {
        "organization": [(ORG, NOW, NOW, "Acme Analytics", "acme analytics", None, "")],
        "application": [(APP, NOW, NOW, ORG, "Data intern", "Parker Dewey", None, "Remote", 1,
                         accepted, "2026-02-01", None, "2026-02-10", "$25/h", "", None,
                         '["data"]')],
        "application_event": [("f1" * 16, NOW, NOW, APP, None, applied,
                               "2026-02-01 10:00:00.000000", None),
                              ("f2" * 16, NOW, NOW, APP, applied, accepted,
                               "2026-02-20 10:00:00.000000", "Offer accepted")],
        "engagement": [(ENG, NOW, NOW, APP, ORG, "Sales dashboard", "Parker Dewey", "2026-02-23",
                        "2026-03-20", None, 20.0, 10.0, 60000, "USD", None, "active", "", "", "",
                        None, "")],
        "milestone": [("a1" * 16, NOW, NOW, ENG, "First draft", 0, "2026-03-06", None)],
        "engagement_skill": [("a2" * 16, NOW, NOW, ENG, skill, 1.0)],
        "contact": [(CONTACT, NOW, NOW, "Dana Supervisor", "Dana", "Supervisor", None, None, None,
                     None, '["dana@acme.example"]', "[]", ORG, "Lead analyst", None, "Engagement",
                     '["mentor"]', "", 30, None, None, None, None, None)],
        "interaction": [("a3" * 16, NOW, NOW, CONTACT, "2026-02-25 15:00:00.000000", "video",
                         "Kick-off", "2026-03-09", 0)],
        "contact_link": [("a4" * 16, NOW, NOW, CONTACT, None, ENG, "supervisor")],
        "tag_cadence": [("a5" * 16, NOW, NOW, "mentor", 45)],
        "time_entry": [(i, NOW, NOW, ENG, start, end, seconds, tz, note, tags, None, None)
                       for i, start, end, seconds, tz, note, tags in ENTRIES],
    }
    for table, values in rows.items():
        marks = ",".join("?" * len(values[0]))
        conn.executemany(f"INSERT INTO {table} VALUES ({marks})", values)


def build(revision: str) -> Path:
    from alembic import command

    from internapp.core.store.migrate import alembic_config

    path = HERE / f"schema_{revision}.sqlite3"
    path.unlink(missing_ok=True)
    config = alembic_config()
    config.set_main_option("sqlalchemy.url", f"sqlite:///{path}")
    command.upgrade(config, revision)
    conn = sqlite3.connect(path)
    with conn:
        fill(conn)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {int(revision)}")
    conn.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
    conn.execute("VACUUM")
    conn.close()
    return path


if __name__ == "__main__":
    for revision in sys.argv[1:] or ["0001", "0002", "0003"]:
        print(build(revision))
