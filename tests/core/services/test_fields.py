from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from internapp.core.services import fields
from internapp.core.services.errors import ValidationError


def test_clean_rejects_unknown_and_missing_required_fields():
    schema = {"name": fields.text(required=True), "notes": fields.text()}
    with pytest.raises(ValidationError) as unknown:
        fields.clean({"colour": "red"}, schema)
    assert unknown.value.field == "colour"
    with pytest.raises(ValidationError) as missing:
        fields.clean({"notes": "x"}, schema, required=["name"])
    assert (missing.value.field, missing.value.reason) == ("name", "is required")


def test_text_collapses_spaces_and_refuses_empty_required():
    assert fields.text()("role", "  Data   intern ") == "Data intern"
    with pytest.raises(ValidationError, match="role: must not be empty"):
        fields.text(required=True)("role", "   ")
    with pytest.raises(ValidationError, match="longer than 5"):
        fields.text(max_length=5)("role", "abcdefg")


@pytest.mark.parametrize("value", ["2026-13-01", "next week", "01/02/2026", 12])
def test_bad_dates_name_the_field(value):
    with pytest.raises(ValidationError) as error:
        fields.parse_date("deadline", value)
    assert error.value.field == "deadline"
    assert "is not a date" in error.value.reason


def test_dates_parse():
    assert fields.parse_date("deadline", "2026-12-01") == date(2026, 12, 1)
    assert fields.parse_date("deadline", "") is None


def test_instants_without_offset_are_local_time(monkeypatch):
    monkeypatch.setattr(fields, "local_zone", lambda: ZoneInfo("Europe/Berlin"))
    parsed = fields.parse_instant("start", "2026-03-01T09:30")
    assert parsed == datetime(2026, 3, 1, 9, 30, tzinfo=ZoneInfo("Europe/Berlin"))
    assert fields.parse_instant("start", "2026-03-01T09:30+00:00").utcoffset().total_seconds() == 0
    with pytest.raises(ValidationError, match="start: 'soon' is not a date and time"):
        fields.parse_instant("start", "soon")


def test_numbers():
    assert fields.number()("hours", "1,250.5") == 1250.5
    assert fields.number(integer=True)("fee", "300") == 300
    with pytest.raises(ValidationError, match="at least 0"):
        fields.number()("hours", -1)
    with pytest.raises(ValidationError, match="whole number"):
        fields.number(integer=True)("fee", 2.5)
    with pytest.raises(ValidationError, match="not a number"):
        fields.number()("hours", "many")


def test_choice_is_case_insensitive_and_lists_the_options():
    validate = fields.choice(["planned", "active"])
    assert validate("status", "ACTIVE") == "active"
    with pytest.raises(ValidationError, match="'done' is not one of: planned, active"):
        validate("status", "done")


def test_urls_and_emails():
    assert fields.url("url", "example.org/job") == "https://example.org/job"
    with pytest.raises(ValidationError, match="not a web address"):
        fields.url("url", "not a url")
    assert fields.email("email", "ana@example.org") == "ana@example.org"
    with pytest.raises(ValidationError, match="email: 'ana@' is not an email address"):
        fields.email("email", "ana@")


def test_string_lists_trim_and_drop_repeats():
    assert fields.string_list()("tags", "data, Data , ,design") == ["data", "design"]
    assert fields.string_list()("tags", None) == []


@pytest.mark.parametrize("value", [False, True, 3, 1.5, {"a": 1}])
def test_a_string_list_of_another_type_is_refused_not_raised(value):
    """An imported file's `"tags": false` raised TypeError (found by the importers' property
    test), instead of refusing the row with the field named."""
    with pytest.raises(ValidationError, match=r"^tags: must be a list of text"):
        fields.string_list()("tags", value)


def test_currency_and_boolean():
    assert fields.currency("currency", "eur") == "EUR"
    with pytest.raises(ValidationError):
        fields.currency("currency", "euro")
    assert fields.boolean("remote", "yes") is True
    with pytest.raises(ValidationError):
        fields.boolean("remote", "maybe")


@pytest.mark.parametrize("value", ["http://[oops", "https://example.com]/x", "http://[::1]/"])
def test_a_url_with_a_stray_bracket_is_refused_not_raised(value):
    with pytest.raises(ValidationError, match=r"^url: .* is not a web address"):
        fields.url("url", value)


def test_brackets_in_the_query_are_fine():
    assert fields.url("url", "https://jobs.example.com/?filter[role]=intern").endswith("intern")


def test_text_with_bytes_that_are_not_utf8_is_refused():
    garbled = b"Ren\xe9e".decode("utf-8", "surrogateescape")
    with pytest.raises(ValidationError, match=r"^name: is not valid text: its bytes are not UTF-8"):
        fields.text()("name", garbled)


@pytest.mark.parametrize("value", ["9999-12-31", "0001-01-01", "1899-12-31", "3000-01-01"])
def test_dates_outside_the_calendar_kept_are_refused(value):
    with pytest.raises(ValidationError, match="outside the years 1900–2999"):
        fields.parse_date("deadline", value)
