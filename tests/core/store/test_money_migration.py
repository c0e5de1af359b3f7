"""Migration 0006 (money) on a real store written by schema 3 with the demo history (made by the
code of that version, kept in fixtures/): fees become fixed fees, paid dates become received
payments, a paid date without a fee goes to the notes, and nothing else is lost — above all not
the time entries and milestones of the engagement table it alters."""

import shutil
import sqlite3
from datetime import date
from pathlib import Path

from sqlmodel import func, select

from internapp.core.models import Engagement, FeeKind, Milestone, Payment, TimeEntry, TimeTotal
from internapp.core.store import open_store
from internapp.core.store.identity import read_identity
from internapp.core.store.migrate import SCHEMA_VERSION

FIXTURE = Path(__file__).parent / "fixtures" / "demo-schema-3.sqlite3"


def _counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as connection:
        return {table: connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
                for table in ("engagement", "milestone", "time_entry", "application", "contact",
                              "interaction", "engagement_skill")}


def test_a_schema_3_demo_store_migrates_without_losing_a_row(paths):
    shutil.copy(FIXTURE, paths.database)
    before = _counts(paths.database)
    assert read_identity(paths.database).schema_version == 3
    store = open_store(paths.database, backups_dir=paths.backups_dir,
                       documents_dir=paths.documents_dir)
    try:
        assert read_identity(paths.database).schema_version == SCHEMA_VERSION
        assert _counts(paths.database) == before
        assert list(paths.backups_dir.glob("*.sqlite3"))  # backed up before migrating
        with store.read() as session:
            engagements = {e.title: e for e in session.exec(select(Engagement))}
            payments = list(session.exec(select(Payment)))
            totals = dict(session.exec(select(TimeTotal.engagement_id, TimeTotal.seconds)).all())
            sums = dict(session.exec(select(TimeEntry.engagement_id, func.sum(TimeEntry.seconds))
                                     .group_by(TimeEntry.engagement_id)).all())
            milestones = session.exec(select(func.count()).select_from(Milestone)).one()
    finally:
        store.close()
    assert totals == sums and milestones == before["milestone"]
    assert {e.fee_kind for e in engagements.values() if e.fee_cents} == {FeeKind.FIXED}
    review = engagements["Open data portal accessibility review"]
    audit = engagements["Social media content audit"]
    by_engagement = {p.engagement_id: p for p in payments}
    assert len(payments) == 2
    assert (by_engagement[review.id].amount_cents, by_engagement[review.id].received_on) == (
        40000, date(2026, 9, 24))
    assert (by_engagement[audit.id].amount_cents, by_engagement[audit.id].received_on) == (
        30000, date(2026, 10, 11))
    volunteer = engagements["Volunteer translation"]
    assert volunteer.fee_kind is None
    assert "Paid on 2026-10-20 (recorded before payments were tracked)." in volunteer.notes
    with sqlite3.connect(paths.database) as connection:
        columns = [row[1] for row in connection.execute("PRAGMA table_info(engagement)")]
    assert "paid_on" not in columns and {"fee_kind", "rate_cents", "withheld_bp"} <= set(columns)
