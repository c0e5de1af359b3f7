"""The student's profile: filled in once, validated, partial updates, kept in the store."""

import pytest

from internapp.core.services import profile
from internapp.core.services.errors import ValidationError


def test_an_empty_store_has_an_empty_profile(store):
    found = profile.get(store)
    assert found.is_empty and found.links == [] and found.postal_lines() == []


def test_fields_are_cleaned_kept_and_updated_one_at_a_time(store):
    profile.update(store, name="  Zoë   Núñez ", email="zoe@example.org", phone="+351 912 345 678",
                   website="zoe.example.org", links=["github.com/zoe", "https://linkedin.com/in/zoe"],
                   address="Rua das Flores 12\n2º Esq", postal_code="1200-195", city="Lisboa",
                   country="Portugal", country_code="pt", tax_id="PT 123 456 789")
    profile.update(store, phone="")  # clears only the phone
    found = profile.get(store)
    assert found.name == "Zoë Núñez"
    assert found.phone is None and found.email == "zoe@example.org"
    assert found.website == "https://zoe.example.org"
    assert found.links == ["https://github.com/zoe", "https://linkedin.com/in/zoe"]
    assert found.country_code == "PT" and found.tax_id == "PT 123 456 789"
    assert found.postal_lines() == ["Rua das Flores 12", "2º Esq", "1200-195 Lisboa", "Portugal"]


@pytest.mark.parametrize(("code", "town"), [
    ("US", ["Seattle, WA 98101"]),
    ("GB", ["Seattle, WA", "98101"]),
    ("DE", ["98101 Seattle, WA"]),
    (None, ["98101 Seattle, WA"]),
])
def test_the_town_line_is_written_as_the_country_writes_it(code, town):
    found = profile.Profile(address="1200 Harbor Street", postal_code="98101", city="Seattle",
                            region="WA", country="Somewhere", country_code=code)
    assert found.postal_lines() == ["1200 Harbor Street", *town, "Somewhere"]


@pytest.mark.parametrize(("field", "value", "reason"), [
    ("email", "zoe at example", "is not an email address"),
    ("phone", "call me maybe", "is not a phone number"),
    ("website", "not a site", "is not a web address"),
    ("links", ["https://ok.example.org", "nope"], "is not a web address"),
    ("country_code", "PRT", "is longer than 2 characters"),
    ("country_code", "P1", "is not a two-letter country code"),
    ("tax_id", "x" * 61, "is longer than 60 characters"),
    ("nickname", "Z", "is not a field that can be set here"),
])
def test_bad_values_are_refused_naming_the_field_and_nothing_is_written(store, field, value,
                                                                        reason):
    profile.update(store, name="Zoë")
    with pytest.raises(ValidationError, match=reason) as refused:
        profile.update(store, name="Someone else", **{field: value})
    assert refused.value.field == field
    assert profile.get(store).name == "Zoë"


def test_the_profile_survives_reopening_the_store(paths):
    from internapp.core.store import open_store

    first = open_store(paths.database, backups_dir=paths.backups_dir,
                       documents_dir=paths.documents_dir)
    profile.update(first, name="Ana Lima", tax_id="123")
    first.close()
    again = open_store(paths.database, backups_dir=paths.backups_dir,
                       documents_dir=paths.documents_dir)
    assert (profile.get(again).name, profile.get(again).tax_id) == ("Ana Lima", "123")
    again.close()
