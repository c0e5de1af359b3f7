"""vCard import on realistic files: Apple's 3.0, a Nextcloud-style 4.0, and a file with bad cards."""

from pathlib import Path

import pytest
from sqlmodel import func, select

from internapp.core.interchange import vcard
from internapp.core.models import Contact
from internapp.core.services import contacts
from internapp.core.services.errors import ValidationError

FIXTURES = Path(__file__).with_name("fixtures")


def _by_name(store):
    with store.read() as session:
        return {c.display_name: c for c in session.exec(select(Contact))}


def _count(store):
    with store.read() as session:
        return session.exec(select(func.count()).select_from(Contact)).one()


def test_apple_3_0_groups_folded_lines_photo_and_a_birthday_without_a_year(store):
    report = vcard.run_import(store, FIXTURES / "apple-contacts-3.0.vcf", dry_run=False)
    assert (report.created, report.rejected, report.duplicates) == ({"contacts": 4}, [], 0)
    people = _by_name(store)
    amara = people["Dr. Amara Okafor"]
    assert (amara.given_name, amara.middle_name, amara.family_name, amara.prefix) == (
        "Amara", "Chidinma", "Okafor", "Dr.")
    assert amara.emails == ["amara.okafor@northwind.example", "amara.o@mail.example"]  # item1. group
    assert amara.linkedin_url == "https://www.linkedin.com/in/amara-okafor/"  # item2.URL
    assert amara.phones == ["+1 (415) 555-0134"]
    assert amara.birthday == "--03-12"  # Apple's X-APPLE-OMIT-YEAR
    assert amara.tags == ["mentor", "analytics"]
    assert amara.notes.startswith("Met at the Parker Dewey kickoff. Mentored me through the Power "
                                  "BI project; suggested reading \"Storytelling with Data\", ch")
    assert amara.photo_mime == "image/jpeg" and amara.photo.startswith(b"\xff\xd8\xff")
    assert len(amara.photo) == 1035  # the folded base64 decoded whole
    assert amara.external_uid == "2D4F1B8E-6C21-4E0B-9C57-0E1B5A7D3C11"
    assert contacts.detail(store, amara.id).organization == "Northwind Analytics"
    assert people["مريم الحسيني"].birthday == "1994-11-02"
    assert people["Zoë 🚀 Ng"].nickname == "Zo"
    assert "Thị Hương Nguyễn" in people  # empty FN: named from N


def test_4_0_data_uri_photo_tel_uri_and_the_name_fallbacks(store):
    report = vcard.run_import(store, FIXTURES / "nextcloud-4.0.vcf", dry_run=False)
    assert report.created == {"contacts": 4} and report.rejected == []
    people = _by_name(store)
    kwame = people["Kwame Mensah"]
    assert kwame.photo_mime == "image/png" and kwame.photo.startswith(b"\x89PNG\r\n\x1a\n")
    assert len(kwame.photo) == 643
    assert kwame.phones == ["+44-20-7946-0958"]
    assert kwame.birthday == "--03-12"
    assert kwame.notes == ("Recruiter for the Python data cleaning sprint.\n"
                           "Follow up after the technical interview.")
    assert kwame.linkedin_url == "http://linkedin.com/in/KwameMensah"
    # FN empty, N empty: NICKNAME; then ORG; then EMAIL (with a combining accent, kept exactly)
    assert {"Sunny", "Harbor City Council", "e\u0301lodie.martin@example.fr"} <= set(people)
    assert people["Sunny"].birthday == "--03-12"


def test_bad_cards_are_reported_and_the_good_ones_imported(store):
    path = FIXTURES / "mixed-with-bad-cards.vcf"
    preview = vcard.run_import(store, path, dry_run=True)
    assert _count(store) == 0  # a dry run writes nothing
    report = vcard.run_import(store, path, dry_run=False)
    assert report.to_dict()["rejected"] == preview.to_dict()["rejected"]
    assert report.created == preview.created == {"contacts": 4}
    assert sorted(_by_name(store)) == ["Jonas Schmidt", "Liam Walsh", "Priya Raman",
                                       "Sofia García"]
    reasons = {r.row: (r.field, r.reason) for r in report.rejected}
    assert reasons == {
        "card 2 (line 8)": (None, "line 11: Failed to parse line: this line has no colon so it is "
                                  "not a property"),
        "card 4 (line 19)": ("FN", "the card has no name: FN, N, NICKNAME, ORG and EMAIL are all "
                                   "empty"),
        "card 7 (line 37)": (None, "the file ends before this card's END:VCARD"),
    }
    # never lost over an optional field: imported without it, and the report says which
    assert {r.row: (r.field, r.reason) for r in report.left_out} == {
        "card 3 (line 13)": ("emails", "'jonas.schmidt@' is not an email address — Jonas Schmidt"),
        "card 5 (line 25)": ("birthday", "'1990-02-30' is not a date (use YYYY-MM-DD, or --MM-DD "
                                         "when the year is unknown) — Liam Walsh"),
    }


def test_importing_the_same_files_again_adds_nothing(store):
    for name in ("apple-contacts-3.0.vcf", "nextcloud-4.0.vcf", "mixed-with-bad-cards.vcf"):
        vcard.run_import(store, FIXTURES / name, dry_run=False)
    before = _count(store)
    for name in ("apple-contacts-3.0.vcf", "nextcloud-4.0.vcf", "mixed-with-bad-cards.vcf"):
        again = vcard.run_import(store, FIXTURES / name, dry_run=False)
        assert again.created == {"contacts": 0} and again.duplicates > 0
    assert _count(store) == before == 12


def test_a_card_matching_a_known_email_or_profile_is_not_added_twice(store):
    contacts.create(store, display_name="Kwame M.", linkedin_url="https://www.linkedin.com/in/kwamemensah/")
    contacts.create(store, display_name="Sunny D.", emails=["SUNNY@example.org"])
    report = vcard.run_import(store, FIXTURES / "nextcloud-4.0.vcf", dry_run=False)
    assert (report.created, report.duplicates) == ({"contacts": 2}, 2)


def test_a_file_without_cards_is_an_error(tmp_path, store):
    path = tmp_path / "notes.vcf"
    path.write_text("just some text\n")
    with pytest.raises(ValidationError, match=r"file: .* holds no vCard"):
        vcard.run_import(store, path, dry_run=False)


def test_a_card_that_never_ends_before_the_next_begins(tmp_path, store):
    path = tmp_path / "cut.vcf"
    path.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Cut Short\nBEGIN:VCARD\nVERSION:3.0\nFN:Whole\n"
                    "END:VCARD\n")
    report = vcard.run_import(store, path, dry_run=False)
    assert [(r.row, r.reason) for r in report.rejected] == [
        ("card 1 (line 1)", "no END:VCARD before the next card begins")]
    assert list(_by_name(store)) == ["Whole"]


def test_vcard_2_1_quoted_printable_and_a_web_photo(tmp_path, store):
    path = tmp_path / "old-phone.vcf"
    path.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=BCrgen\r\n"
        b"FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=BCrgen M=C3=BCller\r\n"
        b"TEL;CELL:+49 170 1234567\r\nPHOTO;VALUE=uri:https://example.org/me.jpg\r\nEND:VCARD\r\n")
    report = vcard.run_import(store, path, dry_run=False)
    assert report.created == {"contacts": 1}
    assert report.notes == ["card 1 (line 1): its photo is a link to the web, which is not downloaded"]
    [person] = _by_name(store).values()
    assert (person.display_name, person.family_name, person.phones) == (
        "Jürgen Müller", "Müller", ["+49 170 1234567"])


def test_cards_without_a_name_line_an_email_or_a_uid_are_not_added_twice(store, tmp_path):
    path = tmp_path / "bare.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Okafor;Maya;;;\r\nTEL:+44 20 7946 0958\r\n"
                    "END:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nORG:Northwind\r\nEND:VCARD\r\n")
    first = vcard.run_import(store, path, dry_run=False)
    again = vcard.run_import(store, path, dry_run=False)
    assert (first.created, again.created, again.duplicates) == (
        {"contacts": 2}, {"contacts": 0}, 2)
    assert sorted(_by_name(store)) == ["Maya Okafor", "Northwind"]
