from datetime import UTC, date, datetime

import pytest

from internapp.core.services import contacts, interactions, keep_in_touch
from internapp.core.services.errors import NotFoundError, ValidationError


def test_add_edit_delete_and_newest_first(store):
    c = contacts.create(store, display_name="Ana")
    first = contacts.log_interaction(store, c.id, channel="email", summary="Intro",
                                     at=datetime(2026, 3, 1, 9, tzinfo=UTC))
    second = interactions.add(store, c.id, channel="LinkedIn", summary="Thanks",
                              at="2026-03-05T10:00+01:00", follow_up_on="2026-03-20")
    assert [i.summary for i in interactions.of_contact(store, c.id)] == ["Thanks", "Intro"]
    assert second.at == datetime(2026, 3, 5, 9, tzinfo=UTC)
    interactions.update(store, first.id, summary="Intro email", channel="call",
                        at=datetime(2026, 3, 9, tzinfo=UTC), follow_up_done=True)
    [newest, older] = interactions.of_contact(store, c.id)
    assert (newest.summary, newest.channel, newest.follow_up_done) == ("Intro email", "call", True)
    assert older.follow_up_on == date(2026, 3, 20)
    interactions.delete(store, second.id)
    assert [i.summary for i in interactions.of_contact(store, c.id)] == ["Intro email"]
    with pytest.raises(NotFoundError):
        interactions.delete(store, second.id)


def test_bad_interactions_name_the_field(store):
    c = contacts.create(store, display_name="Ana")
    with pytest.raises(ValidationError, match="at: 'yesterday' is not a date and time"):
        interactions.add(store, c.id, channel="call", at="yesterday")
    with pytest.raises(ValidationError, match="follow_up_on"):
        interactions.add(store, c.id, channel="call", follow_up_on="soon")
    assert interactions.of_contact(store, c.id) == []


def test_editing_or_deleting_the_latest_interaction_moves_the_due_date(store):
    c = contacts.create(store, display_name="Ana", keep_in_touch_days=30)
    interactions.add(store, c.id, channel="email", at=datetime(2026, 9, 1, 12, tzinfo=UTC))
    latest = interactions.add(store, c.id, channel="coffee", at=datetime(2026, 11, 1, 12, tzinfo=UTC))
    today = date(2026, 11, 26)
    assert keep_in_touch.due_contacts(store, today) == []
    interactions.update(store, latest.id, at=datetime(2026, 10, 1, 12, tzinfo=UTC))
    assert [c.due_on for c in keep_in_touch.due_contacts(store, today)] == [date(2026, 10, 31)]
    interactions.delete(store, latest.id)
    assert [c.due_on for c in keep_in_touch.due_contacts(store, today)] == [date(2026, 10, 1)]
