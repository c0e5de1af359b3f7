"""One contact's data on its own: a vCard 4.0 of the person, and a JSON file with every field,
every interaction and every application or engagement they are linked to (what someone gets when
they ask "what do you keep about me?")."""

import base64
import json
import re
import uuid
from pathlib import Path

from internapp.core.interchange.vcard_export import card_for, write_cards
from internapp.core.safe_files import atomic_output
from internapp.core.services import contact_links, contacts, interactions
from internapp.core.store import Store

FIELDS = ("display_name", "given_name", "family_name", "middle_name", "prefix", "suffix",
          "nickname", "emails", "phones", "title", "linkedin_url", "how_met", "tags", "notes",
          "keep_in_touch_days", "birthday", "connected_on", "external_uid", "photo_mime",
          "created_at", "updated_at")


def file_stem(name: str) -> str:
    """A file name from a person's name: any script kept, path separators and controls dropped."""
    stem = re.sub(r'[\x00-\x1f\x7f/\\:*?"<>|]+', " ", name)
    return " ".join(stem.split()).strip(". ") or "contact"


def contact_data(store: Store, contact_id: uuid.UUID) -> dict:
    detail = contacts.detail(store, contact_id)
    contact = detail.contact
    data = {name: getattr(contact, name) for name in FIELDS}
    data["id"] = contact.id
    data["organization"] = detail.organization
    data["photo"] = base64.b64encode(contact.photo).decode("ascii") if contact.photo else None
    data["last_contacted"] = detail.last_contacted
    data["keep_in_touch_effective_days"] = detail.cadence_days
    data["next_due"] = detail.next_due
    return {
        "contact": data,
        "interactions": [
            {"id": i.id, "at": i.at, "channel": i.channel, "summary": i.summary,
             "follow_up_on": i.follow_up_on, "follow_up_done": i.follow_up_done}
            for i in interactions.of_contact(store, contact_id)],
        "links": [
            {"kind": r.kind, "id": r.record_id, "title": r.title, "organization": r.organization,
             "role": r.role} for r in contact_links.records_of(store, contact_id)],
    }


def export_contact(store: Store, contact_id: uuid.UUID, directory: Path) -> list[Path]:
    """Writes NAME.vcf and NAME.json into ``directory``; returns both paths."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    data = contact_data(store, contact_id)
    detail = contacts.detail(store, contact_id)
    stem = file_stem(detail.contact.display_name)
    vcf, js = directory / f"{stem}.vcf", directory / f"{stem}.json"
    write_cards(vcf, [card_for(detail.contact, detail.organization)])
    with atomic_output(js) as out:
        out.write(json.dumps(data, indent=2, ensure_ascii=False, default=_json_default) + "\n")
    return [vcf, js]


def _json_default(value):
    if isinstance(value, uuid.UUID):
        return str(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")
