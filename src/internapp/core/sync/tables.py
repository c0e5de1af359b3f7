"""Which tables sync. A new table of the domain joins with one line in SYNCED (its name and the
kind of record it holds); a table that must stay on this device says why in LOCAL_ONLY. A test
fails while a table of the models is in neither.

Every synced table has a text/UUID primary key ``id`` (stable across devices) and the Record
columns ``created_at`` / ``updated_at``. The order of SYNCED is the order a pull writes in
(deletions in reverse): a table comes after the tables its foreign keys point to.
"""

from internapp.core.changes import Kind

SYNCED: dict[str, Kind] = {
    "organization": Kind.ORGANIZATIONS,
    "stage": Kind.STAGES,
    "application": Kind.APPLICATIONS,
    "application_event": Kind.APPLICATIONS,
    "interview": Kind.APPLICATIONS,
    "document": Kind.DOCUMENTS,
    "engagement": Kind.ENGAGEMENTS,
    "milestone": Kind.ENGAGEMENTS,
    "payment": Kind.PAYMENTS,
    "invoice": Kind.PAYMENTS,
    "time_entry": Kind.TIME,
    "contact": Kind.CONTACTS,
    "interaction": Kind.CONTACTS,
    "contact_link": Kind.CONTACTS,
    "tag_cadence": Kind.CONTACTS,
    "interview_contact": Kind.APPLICATIONS,
    "skill": Kind.SKILLS,
    "engagement_skill": Kind.SKILLS,
    "application_skill": Kind.SKILLS,
    "target_role": Kind.SKILLS,
    "target_role_skill": Kind.SKILLS,
    "setting": Kind.SETTINGS,
}

LOCAL_ONLY: dict[str, str] = {
    # derived from time_entry by triggers on each device (a pulled entry updates them there)
    "time_total": "per-engagement totals derived from time_entry by triggers on each device",
    "time_day_total": "per-local-day totals derived from time_entry, in this device's zone",
    "time_tag_total": "per-tag totals derived from time_entry by triggers on each device",
    "time_zone_offset": "the offsets of the zone this device's day totals are kept in",
    "time_day_zone": "the zone this device's day totals are kept in (each device its own)",
    "sync_change": "this device's change log",
    "sync_clock": "this device's id and clock",
    "sync_state": "this device's server settings and cursors",
    "sync_conflict": "conflicts found on this device",
    "alembic_version": "the local schema version",
    "store_guard": "this file's write guard (core/store/guard.py)",
    "time_entry_search": "the full-text index of time entries, derived by triggers on each device",
    "time_entry_search_data": "FTS5's storage of that index",
    "time_entry_search_idx": "FTS5's storage of that index",
    "time_entry_search_config": "FTS5's storage of that index",
    "published_event": "what this device last sent to its CalDAV calendar (the server's ETags); "
                       "each device publishes from its own copy",
}

# Columns every synced row has; they merge like the others but a difference in them alone is
# never reported as a conflict.
META_COLUMNS = frozenset({"id", "created_at", "updated_at"})


def kinds_of(tables) -> frozenset[Kind]:
    return frozenset(SYNCED[t] for t in tables if t in SYNCED)
