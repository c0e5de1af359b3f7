import pytest

from internapp.core.changes import UNKNOWN_ORIGIN, Change, ChangeHub, Kind
from internapp.core.models import Organization


def test_listeners_get_the_changed_kinds_and_can_unsubscribe():
    hub = ChangeHub()
    seen = []
    unsubscribe = hub.subscribe(seen.append)
    hub.emit([Kind.TIME, Kind.ENGAGEMENTS], "timer")
    unsubscribe()
    hub.emit([Kind.CONTACTS])
    assert seen == [Change(frozenset({Kind.TIME, Kind.ENGAGEMENTS}), frozenset({"timer"}))]


def test_changes_coalesce_into_one_with_every_kind_and_origin():
    merged = Change(frozenset({Kind.TIME}), frozenset({"timer"})) | Change(
        frozenset({Kind.CONTACTS}))
    assert merged.kinds == {Kind.TIME, Kind.CONTACTS}
    assert merged.origins == {"timer", UNKNOWN_ORIGIN}
    assert merged.touches({Kind.CONTACTS, Kind.SKILLS})
    assert not merged.touches({Kind.SKILLS})


def test_a_committed_write_notifies_once_after_commit_naming_who_wrote(store):
    seen = []
    store.changes.subscribe(seen.append)
    with store.write([Kind.ORGANIZATIONS], origin="contacts-screen") as session:
        session.add(Organization(name="Acme", name_key="acme"))
        assert seen == []  # not before the commit
    assert seen == [Change(frozenset({Kind.ORGANIZATIONS}), frozenset({"contacts-screen"}))]


def test_the_origin_defaults_to_acting_as_then_to_the_store_default(store):
    seen = []
    store.changes.subscribe(seen.append)
    with store.acting_as("import"), store.writing([Kind.TIME]):
        pass
    with store.writing([Kind.TIME]):
        pass
    assert [c.origins for c in seen] == [{"import"}, {store.default_origin}]


def test_a_failed_write_notifies_nobody(store):
    seen = []
    store.changes.subscribe(seen.append)
    with pytest.raises(ValueError, match="boom"), store.write([Kind.ORGANIZATIONS]) as session:
        session.add(Organization(name="Acme", name_key="acme"))
        raise ValueError("boom")
    with pytest.raises(ValueError, match="boom"), store.writing([Kind.TIME]):
        raise ValueError("boom")
    assert seen == []
