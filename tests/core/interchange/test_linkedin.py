"""LinkedIn Connections.csv: BOM, Notes preamble, CRLF, quoted commas and doubled quotes,
empty emails, 12 Mar 2024 dates, rows without a name."""

from datetime import date
from pathlib import Path

import pytest
from sqlmodel import select

from internapp.core.interchange import linkedin
from internapp.core.models import Contact
from internapp.core.services import contacts
from internapp.core.services.errors import ValidationError

FIXTURE = Path(__file__).with_name("fixtures") / "Connections.csv"


def _people(store):
    with store.read() as session:
        return {c.display_name: c for c in session.exec(select(Contact))}


def test_the_fixture_is_a_real_looking_export():
    raw = FIXTURE.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfNotes:\r\n") and b"\r\n" in raw and b'""Docs as Code""' in raw


def test_connections_import_with_every_awkward_case(store):
    report = linkedin.run_import(store, FIXTURE, dry_run=False)
    assert report.created == {"contacts": 8}
    assert [(r.row, r.field, r.reason) for r in report.rejected] == [
        ("line 8", "First Name", "the row has no name (https://www.linkedin.com/in/ACoAAB12345)"),
    ]
    # a contact is never lost over an optional field: imported without it, and the report says so
    assert [(r.row, r.field, r.reason) for r in report.left_out] == [
        ("line 11", "emails", "'mateo@' is not an email address — Mateo López"),
        ("line 12", "Connected On", "'sometime in 2020' is not a date (use YYYY-MM-DD) — "
                                    "Fatima Haddad"),
    ]
    people = _people(store)
    assert people["Mateo López"].emails == [] and people["Fatima Haddad"].connected_on is None
    maya = people["Maya Okafor"]
    assert (maya.given_name, maya.family_name, maya.emails, maya.title, maya.connected_on) == (
        "Maya", "Okafor", [], "Senior Data Analyst", date(2024, 3, 12))
    assert maya.linkedin_url == "https://www.linkedin.com/in/maya-okafor-1a2b3c"
    jonas = contacts.detail(store, people["Jonas Schmidt"].id)
    assert (jonas.contact.title, jonas.contact.emails) == ("Operations Manager, EMEA",
                                                          ["jonas.schmidt@atlas.example"])
    aiko = contacts.detail(store, people["Aiko Tanaka"].id)
    assert aiko.organization == "Orbital Robotics, Inc."
    assert aiko.contact.title == 'Technical Writer – "Docs as Code" advocate'
    assert people["مريم الحسيني"].connected_on == date(2023, 9, 1)
    assert "Zoë Ng 🚀" in people
    assert contacts.detail(store, people["Noah Kim"].id).organization is None


def test_dry_run_previews_exactly_what_the_import_does(store):
    preview = linkedin.run_import(store, FIXTURE, dry_run=True)
    assert _people(store) == {}
    report = linkedin.run_import(store, FIXTURE, dry_run=False)
    assert preview.dry_run and not report.dry_run
    assert {k: v for k, v in preview.to_dict().items() if k != "dry_run"} == {
        k: v for k, v in report.to_dict().items() if k != "dry_run"}


def test_reimporting_adds_nothing_even_after_the_profile_address_changes_form(store, tmp_path):
    linkedin.run_import(store, FIXTURE, dry_run=False)
    again = linkedin.run_import(store, FIXTURE, dry_run=False)
    assert (again.created, again.duplicates) == ({"contacts": 0}, 8)
    changed = tmp_path / "Connections.csv"
    changed.write_text("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                       "Maya,Okafor,HTTP://LinkedIn.com/in/Maya-Okafor-1a2b3c/,,,,\n", "utf-8")
    assert linkedin.run_import(store, changed, dry_run=False).duplicates == 1
    assert len(_people(store)) == 8


def test_a_file_that_is_not_connections_csv(store, tmp_path):
    other = tmp_path / "Messages.csv"
    other.write_text("CONVERSATION ID,FROM,TO,DATE\n1,a,b,2024\n", "utf-8")
    with pytest.raises(ValidationError, match=r"file: .* has no LinkedIn header line"):
        linkedin.run_import(store, other, dry_run=False)


@pytest.mark.parametrize(("text", "day"), [("12 Mar 2024", date(2024, 3, 12)),
                                           ("3 Sept 2023", date(2023, 9, 3)),
                                           ("2024-03-12", date(2024, 3, 12)),
                                           ("31 Feb 2024", None), ("Mar 2024", None)])
def test_connected_on_dates(text, day):
    assert linkedin.parse_connected_on(text) == day


@pytest.mark.parametrize(("shape", "day"), [
    ("12 Mar 2024", date(2024, 3, 12)), ("12-Mar-24", date(2024, 3, 12)),
    ("12-Mar-2024", date(2024, 3, 12)), ("12 March 2024", date(2024, 3, 12)),
    ("Mar 12, 2024", date(2024, 3, 12)), ("2024-03-12", date(2024, 3, 12)),
    ("03 Jan 24", date(2024, 1, 3)), ("1 Sept 2023", date(2023, 9, 1)),
    ("12 Mär 2024", date(2024, 3, 12)), ("25/03/2024", date(2024, 3, 25)),
    ("12.03.2024", date(2024, 3, 12)),
])
def test_connected_on_in_every_unambiguous_shape(store, tmp_path, shape, day):
    path = tmp_path / "Connections.csv"
    path.write_text("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                    f"Ada,Lovelace,https://www.linkedin.com/in/ada,,,,\"{shape}\"\n", "utf-8")
    report = linkedin.run_import(store, path, dry_run=False)
    assert (report.created, report.left_out) == ({"contacts": 1}, [])
    assert _people(store)["Ada Lovelace"].connected_on == day


def test_an_ambiguous_date_leaves_the_contact_in_and_says_why(store, tmp_path):
    path = tmp_path / "Connections.csv"
    path.write_text("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                    "Ada,Lovelace,,,,,03/04/2024\n", "utf-8")
    report = linkedin.run_import(store, path, dry_run=False)
    assert report.created == {"contacts": 1}
    assert [(r.field, r.reason) for r in report.left_out] == [
        ("Connected On", "'03/04/2024' could be day/month or month/day: use YYYY-MM-DD — Ada "
                         "Lovelace")]
    assert "imported without Connected On" in report.summary()
    again = linkedin.run_import(store, path, dry_run=False)  # no email, no profile address
    assert again.created == {"contacts": 0} and again.duplicates == 1
