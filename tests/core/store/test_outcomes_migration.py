"""The career-outcomes migration turns the free-text deliverables and outcome into rows, keeps
the feedback and every child of the engagement, and goes back down."""

import sqlite3
import uuid

from alembic import command

from internapp.core.store.migrate import alembic_config

NOW = "2026-03-01 10:00:00.000000"
CREATED = "2026-02-20 08:30:00.000000"


def _upgrade(path, revision):
    config = alembic_config()
    config.set_main_option("sqlalchemy.url", f"sqlite:///{path}")
    command.upgrade(config, revision)
    return config


def test_free_text_becomes_deliverables_and_results(tmp_path):
    path = tmp_path / "store.sqlite3"
    config = _upgrade(path, "0009")
    engagement, other = uuid.uuid4().hex, uuid.uuid4().hex
    with sqlite3.connect(path) as conn:
        for eid, deliverables, outcome in (
                (engagement, "- Final report https://example.org/report.pdf\n\n• Slide deck\n"
                             "https://example.org/code", "Adopted two recommendations\n"
                             "1) Cut report time from 3 h to 20 min"),
                (other, "", "")):
            conn.execute(
                "INSERT INTO engagement (id, created_at, updated_at, title, currency, status, "
                "deliverables, outcome, feedback, notes) VALUES (?, ?, ?, ?, 'USD', 'paid', ?, ?, "
                "'“Great work”', '')", (eid, CREATED, NOW, f"E {eid[:4]}", deliverables, outcome))
        conn.execute("INSERT INTO time_entry (id, created_at, updated_at, engagement_id, "
                     "started_at, ended_at, seconds, tz, note, tags) VALUES (?, ?, ?, ?, ?, ?, "
                     "3600, 'UTC', '', '[]')", (uuid.uuid4().hex, NOW, NOW, engagement,
                                                "2026-03-01 09:00:00.000000",
                                                "2026-03-01 10:00:00.000000"))
    command.upgrade(config, "0010")
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT title, url, position FROM deliverable ORDER BY position"
                            ).fetchall() == [("Final report", "https://example.org/report.pdf", 0),
                                             ("Slide deck", None, 1),
                                             ("https://example.org/code",
                                              "https://example.org/code", 2)]
        assert conn.execute("SELECT text FROM engagement_result ORDER BY position").fetchall() \
            == [("Adopted two recommendations",), ("Cut report time from 3 h to 20 min",)]
        # the same ids and times on every device that runs this (synced copies meet as one row):
        # both times the engagement's last change
        namespace = uuid.UUID("af8b5251-168c-5d02-880c-580c8f3819b0")
        owner = uuid.UUID(hex=engagement)
        assert conn.execute("SELECT id, created_at, updated_at FROM deliverable "
                            "ORDER BY position").fetchall() == [
            (uuid.uuid5(namespace, f"{owner}:deliverable:{n}").hex, NOW, NOW) for n in range(3)]
        assert conn.execute("SELECT id, created_at, updated_at FROM engagement_result "
                            "ORDER BY position").fetchall() == [
            (uuid.uuid5(namespace, f"{owner}:result:{n}").hex, NOW, NOW) for n in range(2)]
        columns = [row[1] for row in conn.execute("PRAGMA table_info(engagement)")]
        assert "deliverables" not in columns and "outcome" not in columns
        assert conn.execute("SELECT feedback FROM engagement WHERE id = ?",
                            (engagement,)).fetchone() == ("“Great work”",)
        assert conn.execute("SELECT COUNT(*) FROM time_entry").fetchone() == (1,)  # not cascaded
    command.downgrade(config, "0009")
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT deliverables, outcome FROM engagement WHERE id = ?",
                            (engagement,)).fetchone() == (
            "Final report https://example.org/report.pdf\nSlide deck\nhttps://example.org/code",
            "Adopted two recommendations\nCut report time from 3 h to 20 min")
        assert conn.execute("SELECT COUNT(*) FROM time_entry").fetchone() == (1,)
