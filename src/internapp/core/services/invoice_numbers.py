"""Invoice numbers: the student's own scheme (a prefix, where ``{year}`` becomes the year, then a
zero-padded sequence: "2026-007"), each number used once and never again — a deleted draft keeps
its number — and a register that explains every gap in the sequence."""

import json
import re
import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session, select

from internapp.core.models import Invoice, InvoiceStatus
from internapp.core.services import money_settings
from internapp.core.services.errors import ValidationError
from internapp.core.services.fields import text
from internapp.core.services.money_settings import MoneySettings


def number_key(number: str) -> str:
    """Numbers compared without case or spaces: "INV 7" and "inv7" are the same number."""
    return "".join(number.casefold().split())


def clean_number(field: str, value: object) -> str:
    number = text(required=True, max_length=40)(field, value)
    if not re.fullmatch(r"[\w\-./#]+( [\w\-./#]+)*", number):
        raise ValidationError(field, f"{number!r}: use letters, digits and - . / # only")
    return number


def format_number(settings: MoneySettings, sequence: int, year: int) -> str:
    prefix = settings.invoice_prefix.replace("{year}", str(year))
    return f"{prefix}{sequence:0{settings.invoice_digits}d}"


def sequence_of(settings: MoneySettings, number: str, year: int) -> int | None:
    """The sequence number in ``number`` if it follows the scheme for ``year``."""
    prefix = settings.invoice_prefix.replace("{year}", str(year))
    found = re.fullmatch(re.escape(prefix) + r"(\d+)", number)
    return int(found[1]) if found else None


def used(session: Session) -> dict[str, Invoice]:
    return {i.number_key: i for i in session.exec(select(Invoice))}


def next_number(session: Session, settings: MoneySettings, year: int) -> tuple[str, int]:
    """The first unused number of the scheme from the next sequence on: (number, sequence)."""
    taken = used(session)
    sequence = settings.invoice_next
    while number_key(format_number(settings, sequence, year)) in taken:
        sequence += 1
    return format_number(settings, sequence, year), sequence


def renumbered(connection: sqlite3.Connection, row: dict[str, Any]) -> dict[str, Any]:
    """New number values for an invoice that sync found sharing its number with another device's
    (two drafts numbered offline): the first unused number of the scheme in the invoice's year.
    Plain SQL, as sync settles collisions on its own connection (``sync.tables.KEEP_BOTH``)."""
    stored = connection.execute("SELECT value FROM setting WHERE key = ?",
                                (money_settings.KEY,)).fetchone()
    settings = money_settings.from_stored(json.loads(stored[0]) if stored and stored[0] else None)
    taken = {key for (key,) in connection.execute("SELECT number_key FROM invoice")}
    year = int(str(row.get("issued_on") or row["created_at"])[:4])
    sequence = settings.invoice_next
    while number_key(format_number(settings, sequence, year)) in taken:
        sequence += 1
    number = format_number(settings, sequence, year)
    return {"number": number, "number_key": number_key(number)}


def check_free(session: Session, number: str) -> None:
    """Refuses a number already given to an invoice, saying which (deleted drafts included)."""
    found = used(session).get(number_key(number))
    if found is None:
        return
    if found.status == InvoiceStatus.DELETED:
        why = f"by a draft deleted on {found.deleted_on}; numbers are never reused"
    elif found.status == InvoiceStatus.DRAFT:
        why = "by a draft"
    else:
        why = f"by the invoice issued on {found.issued_on}"
    raise ValidationError("number", f"{found.number} is already used {why}")


@dataclass(frozen=True)
class RegisterRow:
    number: str
    status: str  # an InvoiceStatus, or "gap"
    issued_on: date | None
    title: str
    total_cents: int | None
    currency: str | None
    explanation: str


def register(session: Session, settings: MoneySettings) -> list[RegisterRow]:
    """Every number given out, in order, and every gap in a year's sequence, each explained."""
    invoices = sorted(session.exec(select(Invoice)), key=lambda i: i.created_at)
    by_id = {i.id: i for i in invoices}
    corrected_by = {i.corrects_id: i for i in invoices if i.corrects_id}
    rows: list[tuple[tuple, RegisterRow]] = []
    sequences: dict[int, set[int]] = {}
    for invoice in invoices:
        year = (invoice.issued_on or invoice.created_at.date()).year
        sequence = sequence_of(settings, invoice.number, year)
        if sequence is not None:
            sequences.setdefault(year, set()).add(sequence)
        rows.append(((year, sequence if sequence is not None else 10**9, invoice.created_at),
                     RegisterRow(invoice.number, invoice.status, invoice.issued_on, invoice.title,
                                 invoice.total_cents, invoice.currency,
                                 _explain(invoice, by_id, corrected_by))))
    for year, found in sequences.items():
        for missing in sorted(set(range(min(found), max(found) + 1)) - found):
            rows.append(((year, missing, None), RegisterRow(
                format_number(settings, missing, year), "gap", None, "", None, None,
                "never given out: the sequence skipped it (a number typed by hand, or the next "
                "number changed in the settings)")))
    rows.sort(key=lambda item: (item[0][0], item[0][1], str(item[0][2])))
    return [row for _, row in rows]


def _explain(invoice: Invoice, by_id: dict, corrected_by: dict) -> str:
    if invoice.status == InvoiceStatus.DELETED:
        reason = f" ({invoice.delete_reason})" if invoice.delete_reason else ""
        return f"draft deleted on {invoice.deleted_on}{reason}; the number stays used"
    parts = []
    if invoice.status == InvoiceStatus.DRAFT:
        parts.append("draft, not issued yet")
    elif invoice.status == InvoiceStatus.CORRECTED:
        newer = corrected_by.get(invoice.id)
        parts.append(f"replaced by {newer.number}" if newer else "replaced by a correction")
    else:
        parts.append("issued")
    if invoice.corrects_id and invoice.corrects_id in by_id:
        parts.append(f"corrects {by_id[invoice.corrects_id].number}")
    return "; ".join(parts)
