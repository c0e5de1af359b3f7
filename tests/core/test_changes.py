import pytest

from internapp.core.changes import ChangeHub, Kind
from internapp.core.models import Organization


def test_listeners_get_the_changed_kinds_and_can_unsubscribe():
    hub = ChangeHub()
    seen = []
    unsubscribe = hub.subscribe(seen.append)
    hub.emit([Kind.TIME, Kind.ENGAGEMENTS])
    unsubscribe()
    hub.emit([Kind.CONTACTS])
    assert seen == [frozenset({Kind.TIME, Kind.ENGAGEMENTS})]


def test_a_committed_write_notifies_once_after_commit(store):
    seen = []
    store.changes.subscribe(seen.append)
    with store.write([Kind.ORGANIZATIONS]) as session:
        session.add(Organization(name="Acme", name_key="acme"))
        assert seen == []  # not before the commit
    assert seen == [frozenset({Kind.ORGANIZATIONS})]


def test_a_failed_write_notifies_nobody(store):
    seen = []
    store.changes.subscribe(seen.append)
    with pytest.raises(ValueError, match="boom"), store.write([Kind.ORGANIZATIONS]) as session:
        session.add(Organization(name="Acme", name_key="acme"))
        raise ValueError("boom")
    assert seen == []
