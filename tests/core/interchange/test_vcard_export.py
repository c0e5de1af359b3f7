"""The vCard 4.0 export reads back identically, through vobject and through the importer."""

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import vobject
from sqlmodel import select

from internapp.core.interchange import vcard
from internapp.core.interchange.contact_export import export_contact, file_stem
from internapp.core.interchange.vcard_export import export_all
from internapp.core.models import Contact
from internapp.core.services import contact_links, contacts, engagements
from internapp.core.store import open_store

PHOTO = (Path(__file__).with_name("fixtures") / "nextcloud-4.0.vcf").read_text("utf-8")
FIELDS = ("display_name", "given_name", "family_name", "middle_name", "prefix", "suffix",
          "nickname", "emails", "phones", "title", "linkedin_url", "how_met", "tags", "notes",
          "keep_in_touch_days", "birthday", "connected_on", "photo", "photo_mime")
NAMES = ["مريم الحسيني", "Zoë 🚀 Ng", "Nguyễn Thị Hương", "e\u0301lodie Martin", "李小龍",
         "Ŝ\u0323\u0307an O'Brien-Smith, Jr.", "👩🏽‍💻"]


def _everyone(store):
    with store.read() as session:
        rows = session.exec(select(Contact)).all()
        return {c.display_name: tuple(getattr(c, f) for f in FIELDS) for c in rows}


@pytest.fixture
def full_store(store):
    png = bytes.fromhex("89504e470d0a1a0a") + b"\x00\x00\x00\rIHDR" + bytes(range(200))
    contacts.create(
        store, display_name="Dr. Amara C. Okafor PhD", given_name="Amara", family_name="Okafor",
        middle_name="Chidinma", prefix="Dr.", suffix="PhD", nickname="Ami",
        emails=["amara@northwind.example", "amara.o@mail.example"], phones=["+1 (415) 555-0134"],
        organization="Northwind; Analytics, Inc.", title="Head of Analytics, EMEA",
        linkedin_url="https://www.linkedin.com/in/amara-okafor/", how_met="Parker Dewey kickoff",
        tags=["mentor", "data, analytics", "semi;colon"], keep_in_touch_days=30,
        notes="Line one; with a semicolon, a comma\nLine two \\ backslash", birthday="--03-12",
        connected_on=date(2024, 3, 12), photo=png, photo_mime="image/png")
    for index, name in enumerate(NAMES):
        contacts.create(store, display_name=name, birthday=f"199{index}-0{index + 1}-1{index}",
                        emails=[f"person{index}@example.org"])
    return store


def test_the_export_reads_back_identically(full_store, tmp_path, paths):
    out = tmp_path / "contacts.vcf"
    assert export_all(full_store, out) == 1 + len(NAMES)
    text = out.read_bytes().decode("utf-8")  # as written: CRLF line ends
    assert text.count("VERSION:4.0\r\n") == 1 + len(NAMES)
    cards = list(vobject.readComponents(text))
    assert sorted(c.fn.value for c in cards) == sorted(_everyone(full_store))
    amara = next(c for c in cards if c.fn.value.startswith("Dr. Amara"))
    assert amara.org.value == ["Northwind; Analytics, Inc."]
    assert amara.categories.value == ["mentor", "data, analytics", "semi;colon"]
    assert amara.bday.value == "--0312"
    assert amara.photo.value.startswith("data:image/png")

    other = open_store(tmp_path / "other.sqlite3", backups_dir=tmp_path / "b")
    try:
        report = vcard.run_import(other, out, dry_run=False)
        assert (report.created, report.rejected) == ({"contacts": 1 + len(NAMES)}, [])
        assert _everyone(other) == _everyone(full_store)
        organization = contacts.detail(other, next(iter(
            r.id for r in contacts.list_rows(other) if r.display_name.startswith("Dr.")))).organization
        assert organization == "Northwind; Analytics, Inc."
    finally:
        other.close()


def test_importing_the_export_into_the_same_store_adds_nothing(full_store, tmp_path):
    out = tmp_path / "contacts.vcf"
    export_all(full_store, out)
    report = vcard.run_import(full_store, out, dry_run=False)
    assert (report.created, report.duplicates) == ({"contacts": 0}, 1 + len(NAMES))


def test_one_contacts_data_on_its_own(store, tmp_path):
    ana = contacts.create(store, display_name="Ana / Lima: \"AL\"", emails=["ana@example.org"])
    contacts.create(store, display_name="Someone Else")
    eng = engagements.create(store, title="Dashboard", organization="Acme")
    contact_links.link(store, ana.id, "supervisor", engagement_id=eng.id)
    contacts.log_interaction(store, ana.id, channel="coffee", summary="Chat",
                             at=datetime(2026, 3, 1, 9, tzinfo=UTC), follow_up_on="2026-03-15")
    vcf, js = export_contact(store, ana.id, tmp_path / "out")
    assert vcf.name == "Ana Lima AL.vcf" and js.name == "Ana Lima AL.json"
    [card] = list(vobject.readComponents(vcf.read_text("utf-8")))
    assert card.fn.value == 'Ana / Lima: "AL"'
    data = json.loads(js.read_text("utf-8"))
    assert data["contact"]["display_name"] == 'Ana / Lima: "AL"'
    assert data["contact"]["emails"] == ["ana@example.org"]
    assert data["interactions"] == [{"id": data["interactions"][0]["id"],
                                     "at": "2026-03-01T09:00:00+00:00", "channel": "coffee",
                                     "summary": "Chat", "follow_up_on": "2026-03-15",
                                     "follow_up_done": False}]
    assert data["links"][0]["title"] == "Dashboard" and data["links"][0]["role"] == "supervisor"
    assert "Someone Else" not in js.read_text("utf-8") + vcf.read_text("utf-8")


def test_file_stems_keep_any_script():
    assert file_stem("مريم/الحسيني") == "مريم الحسيني"
    assert file_stem("...") == "contact"
