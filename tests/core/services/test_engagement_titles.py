"""The plain path's find-or-create writes the same engagement row a new models.Engagement does."""

from internapp.core.changes import Kind
from internapp.core.services import engagement_titles, engagements

SET_BY_EACH = {"id", "created_at", "updated_at"}


def _row(store, engagement_id) -> dict:
    with store.reading() as conn:
        cursor = conn.execute("SELECT * FROM engagement WHERE id = ?", (engagement_id.hex,))
        names = [d[0] for d in cursor.description]
        return dict(zip(names, cursor.fetchone(), strict=True))


def test_a_new_engagement_on_the_plain_path_matches_the_models_defaults(store):
    with store.writing([Kind.ENGAGEMENTS]) as conn:
        plain_id, title, created = engagement_titles.find_or_create(conn, "  Survey  dashboard ")
    assert created and title == "Survey dashboard"
    orm = engagements.create(store, title="Survey dashboard", status="active")  # as logging
    plain_row, orm_row = _row(store, plain_id), _row(store, orm.id)
    assert set(plain_row) == set(orm_row)  # the INSERT names columns the table has
    assert {k: v for k, v in plain_row.items() if k not in SET_BY_EACH} == {
        k: v for k, v in orm_row.items() if k not in SET_BY_EACH}


def test_an_existing_title_is_found_whatever_its_case(store):
    existing = engagements.create(store, title="Survey Dashboard")
    with store.writing([Kind.ENGAGEMENTS]) as conn:
        found_id, title, created = engagement_titles.find_or_create(conn, "survey  dashboard")
    assert (found_id, title, created) == (existing.id, "Survey Dashboard", False)
