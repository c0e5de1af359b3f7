"""vCard 4.0 export (RFC 6350) through vobject: every contact, or one on its own.

Each card carries a UID (the one it was imported with, else ``urn:uuid:`` + the contact's id) so
importing the export again adds nothing. Fields vCard has no property for (how you met, the
keep-in-touch cadence, the LinkedIn connection date) travel as X-INTERNAPP-* properties, which
other programs keep and ignore.
"""

import base64
from collections.abc import Iterable
from pathlib import Path

import vobject
from sqlmodel import col, select

from internapp.core.interchange.vcard import X_CADENCE, X_CONNECTED, X_HOW_MET
from internapp.core.models import Contact, Organization
from internapp.core.safe_files import atomic_output
from internapp.core.store import Store

PRODID = "-//internapp//internapp contacts//EN"


def card_for(contact: Contact, organization: str | None) -> vobject.base.Component:
    card = vobject.vCard()
    card.add("version").value = "4.0"
    card.add("prodid").value = PRODID
    card.add("uid").value = contact.external_uid or f"urn:uuid:{contact.id}"
    card.add("fn").value = contact.display_name
    card.add("n").value = vobject.vcard.Name(
        family=contact.family_name or "", given=contact.given_name or "",
        additional=contact.middle_name or "", prefix=contact.prefix or "",
        suffix=contact.suffix or "")
    _add(card, "nickname", contact.nickname)
    for address in contact.emails:
        _add(card, "email", address)
    for number in contact.phones:
        _add(card, "tel", number)
    if organization:
        card.add("org").value = [organization]
    _add(card, "title", contact.title)
    _add(card, "url", contact.linkedin_url)
    _add(card, "note", contact.notes or None)
    if contact.tags:
        card.add("categories").value = list(contact.tags)
    if contact.birthday:
        _add(card, "bday", contact.birthday.replace("-", "") if not contact.birthday.startswith("--")
             else "--" + contact.birthday[2:].replace("-", ""))
    if contact.photo and contact.photo_mime:
        line = card.add("photo")
        line.value = (f"data:{contact.photo_mime};base64,"
                      + base64.b64encode(contact.photo).decode("ascii"))
        line.encoded = True  # a URI: written as is, not text-escaped
    _add(card, X_HOW_MET.lower(), contact.how_met)
    if contact.keep_in_touch_days:
        _add(card, X_CADENCE.lower(), str(contact.keep_in_touch_days))
    if contact.connected_on:
        _add(card, X_CONNECTED.lower(), contact.connected_on.isoformat())
    card.add("rev").value = contact.updated_at.strftime("%Y%m%dT%H%M%SZ")
    return card


def serialize(cards: Iterable[vobject.base.Component]) -> str:
    return "".join(card.serialize() for card in cards)


def export_all(store: Store, path: Path) -> int:
    """Writes every contact to ``path`` (replaced only once the whole file is written)."""
    with store.read() as session:
        rows = session.exec(select(Contact, Organization.name)
                            .outerjoin(Organization, col(Organization.id) == col(Contact.organization_id))
                            .order_by(col(Contact.display_name), col(Contact.id))).all()
    return write_cards(path, (card_for(contact, org) for contact, org in rows))


def write_cards(path: Path, cards: Iterable[vobject.base.Component]) -> int:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with atomic_output(path, newline="") as out:
        for card in cards:
            out.write(card.serialize())
            count += 1
    return count


def _add(card, name: str, value: str | None) -> None:
    if value:
        card.add(name).value = value
