"""Migration 0007 (interviews and calendar): an interview's one contact becomes its first
person, and a free-text kind becomes one of the four kinds or moves into the notes."""

import sqlite3

from alembic import command
from sqlalchemy import create_engine

from internapp.core.store import open_store
from internapp.core.store.connection import connect
from internapp.core.store.identity import APPLICATION_ID
from internapp.core.store.migrate import alembic_config

APP = "a1" * 16
CONTACT = "c1" * 16


def _store_before_interviews(path):
    engine = create_engine("sqlite://", creator=lambda: connect(path))  # foreign keys on
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0006")
        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        connection.exec_driver_sql("PRAGMA user_version = 6")
    engine.dispose()
    db = sqlite3.connect(path)
    stage = db.execute("SELECT id FROM stage WHERE role = 'interviewing'").fetchone()[0]
    now = "2026-01-01 00:00:00.000000"
    db.execute("INSERT INTO organization VALUES ('o1o1o1o1o1o1o1o1o1o1o1o1o1o1o1o1', ?, ?, 'Acme',"
               " 'acme', NULL, '')", (now, now))
    db.execute("INSERT INTO application (id, created_at, updated_at, organization_id, role, "
               "stage_id, notes, tags) VALUES (?, ?, ?, 'o1o1o1o1o1o1o1o1o1o1o1o1o1o1o1o1', "
               "'Intern', ?, '', '[]')", (APP, now, now, stage))
    db.execute("INSERT INTO contact (id, created_at, updated_at, display_name, emails, phones, "
               "tags, notes) VALUES (?, ?, ?, 'Ana', '[]', '[]', '[]', '')", (CONTACT, now, now))
    for number, (kind, contact, notes) in enumerate(
            [("Phone screen", CONTACT, ""), ("Technical", None, "Bring the laptop"),
             (None, None, "")]):
        db.execute("INSERT INTO interview (id, created_at, updated_at, application_id, at, kind, "
                   "contact_id, notes) VALUES (?, ?, ?, ?, '2026-02-01 10:00:00.000000', ?, ?, ?)",
                   (f"{number:032x}", now, now, APP, kind, contact, notes))
    db.commit()
    db.close()


def test_interviews_keep_their_person_and_what_their_kind_said(paths):
    _store_before_interviews(paths.database)
    store = open_store(paths.database, backups_dir=paths.backups_dir)
    store.close()
    assert store.last_migration_backup is not None
    db = sqlite3.connect(paths.database)
    rows = db.execute("SELECT id, kind, notes, tz, outcome FROM interview ORDER BY id").fetchall()
    assert rows == [(f"{0:032x}", "phone", "", "UTC", ""),
                    (f"{1:032x}", None, "Round: Technical\n\nBring the laptop", "UTC", ""),
                    (f"{2:032x}", None, "", "UTC", "")]
    assert db.execute("SELECT interview_id, contact_id FROM interview_contact").fetchall() == [
        (f"{0:032x}", CONTACT)]
    columns = [r[1] for r in db.execute("PRAGMA table_info(interview)")]
    assert "contact_id" not in columns
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    db.close()
