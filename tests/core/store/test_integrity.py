import sqlite3

from internapp.core.store.identity import APPLICATION_ID
from internapp.core.store.integrity import check_store
from internapp.core.store.migrate import SCHEMA_VERSION


def test_a_fresh_store_is_healthy(store):
    report = check_store(store)
    assert report.healthy
    assert report.to_dict() == {"healthy": True, "damaged": False, "reason": None,
                                "integrity": "ok", "foreign_keys": [],
                                "schema_version": SCHEMA_VERSION, "application_id": APPLICATION_ID,
                                "backups": None, "notes": []}


def test_a_dangling_foreign_key_is_reported(store):
    store.close()
    with sqlite3.connect(store.path) as raw:  # foreign_keys is off on a plain connection
        raw.execute("INSERT INTO milestone (id, created_at, updated_at, engagement_id, title, "
                    "position) VALUES ('aa', '2026-01-01', '2026-01-01', 'missing', 'x', 0)")
    raw.close()
    report = check_store(store)
    assert not report.healthy
    assert report.foreign_keys[0]["table"] == "milestone"
    assert report.foreign_keys[0]["parent"] == "engagement"
