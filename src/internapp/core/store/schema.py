"""The tables a store of each schema version holds, so that a file missing one is known damaged
before SQLite is asked to use it (tests/core/store keeps this equal to the migrations)."""

SINCE_VERSION: dict[int, frozenset[str]] = {
    1: frozenset({
        "alembic_version", "application", "application_event", "application_skill", "contact",
        "contact_link", "document", "engagement", "engagement_skill", "interaction", "interview",
        "milestone", "organization", "setting", "skill", "stage", "tag_cadence", "target_role",
        "target_role_skill", "time_entry"}),
    2: frozenset({"time_total"}),
    4: frozenset({"time_day_total", "time_tag_total", "time_zone_offset", "time_day_zone"}),
    5: frozenset({"store_guard"}),
    6: frozenset({"invoice", "payment"}),
    7: frozenset({"published_event", "interview_contact"}),
    8: frozenset({"sync_change", "sync_clock", "sync_state", "sync_conflict"}),
    9: frozenset({"time_entry_search", "time_entry_search_data", "time_entry_search_idx",
                  "time_entry_search_config"}),
}

# Tables no model describes: the full-text index of time entries (an FTS5 table and the tables
# FTS5 keeps for it; migration 0009). Derived data: rebuilt from the entries, never synced.
UNMODELLED: frozenset[str] = SINCE_VERSION[9]


def expected_tables(version: int) -> frozenset[str]:
    return frozenset().union(*(t for v, t in SINCE_VERSION.items() if v <= version))


def missing_tables(present: set[str], version: int) -> list[str]:
    return sorted(expected_tables(version) - present)
