import pytest

from internapp.core.services import applications, organizations
from internapp.core.services.errors import ValidationError


def test_find_or_create_ignores_case_and_spacing(store):
    applications.create(store, organization="Acme  Corp", role="A")
    applications.create(store, organization="acme corp", role="B")
    assert [o.name for o in organizations.list_all(store)] == ["Acme Corp"]


def test_names_are_unique(store):
    organizations.create(store, name="Acme")
    with pytest.raises(ValidationError, match="exists"):
        organizations.create(store, name="ACME")


def test_an_organization_in_use_cannot_be_deleted(store):
    applications.create(store, organization="Acme", role="A")
    [org] = organizations.list_all(store)
    with pytest.raises(ValidationError, match="still has 1 applications"):
        organizations.delete(store, org.id)
    unused = organizations.create(store, name="Beta")
    organizations.delete(store, unused.id)
    assert [o.name for o in organizations.list_all(store)] == ["Acme"]
