"""Invoices: numbered, built from the engagement, issued as a PDF kept as sent.

- ``create_draft`` numbers a draft (the student's scheme, or a number they type; never one used
  before) with the sender from the profile, the client from the organization and its supervisor,
  and lines from the fee, the milestones or the hours × rate not invoiced yet.
- ``issue`` renders the PDF through the caller's ``render(document, path)`` (Qt lives in ui/),
  keeps it in the documents folder (read-only, with its SHA-256) and marks the invoice sent —
  one transaction; on failure no file is left.
- A sent invoice never changes: ``correct`` makes a new numbered draft that corrects it; issuing
  that marks the first one corrected. Only a draft can be deleted, and its number stays used.
"""

import re
import stat
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from internapp.core.changes import Kind
from internapp.core.clock import local_zone, today_local, utcnow
from internapp.core.models import (
    Contact,
    ContactLink,
    ContactRole,
    Engagement,
    FeeKind,
    Invoice,
    InvoiceStatus,
    Milestone,
    Organization,
    TimeEntry,
)
from internapp.core.safe_files import private_dir
from internapp.core.services import invoice_lines, invoice_numbers, money_settings, profile
from internapp.core.services.documents import READ_ONLY, sha256_of
from internapp.core.services.errors import NotFoundError, ValidationError
from internapp.core.services.fields import parse_date, reference, text
from internapp.core.services.money import format_money
from internapp.core.store import Store

KINDS = [Kind.PAYMENTS, Kind.ENGAGEMENTS]
ACTIVE = (InvoiceStatus.DRAFT, InvoiceStatus.SENT)
SAFE = re.compile(r"[^\w.\-]+")


@dataclass(frozen=True)
class PrintedLine:
    description: str
    quantity: str
    unit_price: str
    amount: str


@dataclass(frozen=True)
class InvoiceDocument:
    """Everything printed on an invoice, as text: what ``render`` lays out."""

    number: str
    issued_on: date
    due_on: date | None
    currency: str
    title: str
    seller_name: str
    seller_lines: list[str]
    seller_tax_id: str | None
    client_name: str
    client_lines: list[str]
    lines: list[PrintedLine]
    total: str
    notes: str
    corrects: str | None  # "2026-003 issued on 2026-10-01"


Renderer = Callable[[InvoiceDocument, Path], Any]


def create_draft(store: Store, engagement_id: uuid.UUID, *, milestone_id: Any = None,
                 number: Any = None, due_days: Any = None, notes: str | None = None,
                 today: date | None = None) -> Invoice:
    """A numbered draft for what the engagement (or the one milestone) has not been invoiced
    for yet."""
    today = today or today_local()
    milestone = reference("milestone_id", milestone_id)
    notes = text(multiline=True, max_length=2000, default="")("notes", notes)
    terms = None if due_days in (None, "") else _days(due_days)
    with store.write(KINDS) as session:
        invoice = draft_in(session, _engagement(session, engagement_id), milestone, number,
                           today, notes=notes, due_days=terms)
    return invoice


def draft_in(session: Session, engagement: Engagement, milestone: uuid.UUID | None,
             number: Any, today: date, *, notes: str = "", due_days: int | None = None) -> Invoice:
    """``create_draft`` inside the caller's transaction (the demo uses it)."""
    settings = money_settings.read(session)
    assigned = _assign_number(session, settings, number, today)
    lines, billed = _lines(session, engagement, milestone)
    terms = settings.payment_terms_days if due_days is None else due_days
    invoice = Invoice(
        number=assigned, number_key=invoice_numbers.number_key(assigned),
        engagement_id=engagement.id, milestone_id=milestone, currency=engagement.currency,
        title=_title(session, engagement, milestone), notes=notes,
        due_on=today + timedelta(days=terms), billed_from=billed[0], billed_until=billed[1],
        client=_client(session, engagement))
    _set_lines(invoice, lines)
    session.add(invoice)
    return invoice


def correct(store: Store, invoice_id: uuid.UUID, *, number: Any = None, notes: str | None = None,
            today: date | None = None) -> Invoice:
    """A new draft that corrects a sent invoice: the same scope (engagement, milestone or hours
    period) with the lines as they stand now; the sent one stays as it was sent."""
    today = today or today_local()
    with store.write(KINDS) as session:
        original = _invoice(session, invoice_id)
        if original.status != InvoiceStatus.SENT:
            raise ValidationError("invoice", f"{original.number} is {original.status}: only a sent "
                                             "invoice is corrected (edit a draft directly)")
        if any(i.corrects_id == original.id and i.status in ACTIVE
               for i in session.exec(select(Invoice))):
            raise ValidationError("invoice", f"{original.number} already has a correction")
        engagement = _engagement(session, original.engagement_id)
        settings = money_settings.read(session)
        assigned = _assign_number(session, settings, number, today)
        lines, billed = _lines(session, engagement, original.milestone_id, ignore=original.id,
                               period=(original.billed_from, original.billed_until))
        invoice = Invoice(
            number=assigned, number_key=invoice_numbers.number_key(assigned),
            engagement_id=engagement.id, milestone_id=original.milestone_id,
            currency=engagement.currency, title=_title(session, engagement, original.milestone_id),
            notes=original.notes if notes is None else text(multiline=True, max_length=2000,
                                                            default="")("notes", notes),
            due_on=today + timedelta(days=settings.payment_terms_days),
            billed_from=billed[0], billed_until=billed[1], corrects_id=original.id,
            client=_client(session, engagement))
        _set_lines(invoice, lines)
        session.add(invoice)
    return invoice


def update_draft(store: Store, invoice_id: uuid.UUID, *, notes: str | None = None,
                 due_on: Any = None, refresh: bool = False) -> Invoice:
    """Changes a draft's notes or due day, or rebuilds its lines from the engagement; a sent
    invoice is refused (make a corrected one)."""
    with store.write(KINDS) as session:
        invoice = _invoice(session, invoice_id)
        _editable(invoice)
        if notes is not None:
            invoice.notes = text(multiline=True, max_length=2000, default="")("notes", notes)
        if due_on is not None:
            invoice.due_on = parse_date("due_on", due_on)
        if refresh:
            engagement = _engagement(session, invoice.engagement_id)
            lines, billed = _lines(session, engagement, invoice.milestone_id, ignore=invoice.id,
                                   period=(invoice.billed_from, None))
            invoice.billed_from, invoice.billed_until = billed
            invoice.client = _client(session, engagement)
            _set_lines(invoice, lines)
        session.add(invoice)
    return invoice


def delete_draft(store: Store, invoice_id: uuid.UUID, reason: str | None = None,
                 today: date | None = None) -> Invoice:
    """Deletes a draft; its number stays used (listed as a deleted draft), never reused."""
    with store.write(KINDS) as session:
        invoice = _invoice(session, invoice_id)
        _editable(invoice)
        invoice.status = InvoiceStatus.DELETED
        invoice.deleted_on = today or today_local()
        invoice.delete_reason = text(max_length=200)("reason", reason)
        session.add(invoice)
    return invoice


def issue(store: Store, invoice_id: uuid.UUID, render: Renderer, *,
          today: date | None = None) -> Invoice:
    """Renders the draft's PDF, keeps it (read-only, hashed) and marks the invoice sent."""
    today = today or today_local()
    with store.read() as session:
        invoice = _invoice(session, invoice_id)
        _editable(invoice)
        if not invoice.lines:
            raise ValidationError("lines", f"{invoice.number} has no lines to invoice")
        seller = profile.get(store)
        if not seller.name:
            raise ValidationError("profile", "add your name (and address) in Settings → Your "
                                             "profile before issuing an invoice")
        corrects = session.get(Invoice, invoice.corrects_id) if invoice.corrects_id else None
    invoice.seller = seller.to_dict()
    invoice.issued_on = today
    document = document_for(invoice, corrects)
    private_dir(store.documents_dir)
    folder = private_dir(store.documents_dir / "invoices")
    target = folder / f"{SAFE.sub('_', invoice.number)}-{invoice.id.hex[:8]}.pdf"
    try:
        render(document, target)  # whole or not at all (ui/printing/pdf writes through safe_files)
        digest = sha256_of(target)
        target.chmod(READ_ONLY)  # the copy as sent: the user's alone, and not to be edited
        with store.write(KINDS) as session:
            current = _invoice(session, invoice_id)
            _editable(current)
            current.seller, current.issued_on = invoice.seller, today
            current.status = InvoiceStatus.SENT
            current.stored_name = target.relative_to(store.documents_dir).as_posix()
            current.sha256 = digest
            session.add(current)
            if current.corrects_id:
                original = session.get(Invoice, current.corrects_id)
                if original is not None:
                    original.status = InvoiceStatus.CORRECTED
                    session.add(original)
    except BaseException:
        if target.exists():
            target.chmod(stat.S_IRUSR | stat.S_IWUSR)
            target.unlink()
        raise
    return current


def stored_pdf(store: Store, invoice: Invoice) -> Path:
    """The PDF as it was sent; refused when missing or no longer byte-for-byte as kept."""
    if invoice.stored_name is None:
        raise ValidationError("invoice", f"{invoice.number} has not been issued yet")
    path = store.documents_dir / invoice.stored_name
    if not path.is_file():
        raise ValidationError("invoice", f"the kept copy of {invoice.number} is missing: {path}")
    if sha256_of(path) != invoice.sha256:
        raise ValidationError("invoice", f"the kept copy of {invoice.number} has changed since it "
                                         "was sent (its SHA-256 differs)")
    return path


def get(store: Store, invoice_id: uuid.UUID) -> Invoice:
    with store.read() as session:
        return _invoice(session, invoice_id)


def list_invoices(store: Store, engagement_id: uuid.UUID | None = None) -> list[Invoice]:
    with store.read() as session:
        query = select(Invoice)
        if engagement_id is not None:
            query = query.where(Invoice.engagement_id == engagement_id)
        return sorted(session.exec(query), key=lambda i: i.created_at, reverse=True)


def latest(store: Store, engagement_id: uuid.UUID, milestone_id: uuid.UUID | None = None
           ) -> Invoice | None:
    """The newest draft or sent invoice for the engagement (or that milestone)."""
    for invoice in list_invoices(store, engagement_id):
        if invoice.status in ACTIVE and invoice.milestone_id == milestone_id:
            return invoice
    return None


def register(store: Store) -> list[invoice_numbers.RegisterRow]:
    with store.read() as session:
        return invoice_numbers.register(session, money_settings.read(session))


def suggested_number(store: Store, today: date | None = None) -> str:
    with store.read() as session:
        settings = money_settings.read(session)
        return invoice_numbers.next_number(session, settings, (today or today_local()).year)[0]


def preview(store: Store, invoice_id: uuid.UUID) -> InvoiceDocument:
    """What the invoice prints: as sent, or (a draft) with the profile as it is now."""
    with store.read() as session:
        invoice = _invoice(session, invoice_id)
        corrects = session.get(Invoice, invoice.corrects_id) if invoice.corrects_id else None
    seller = None if invoice.seller else profile.get(store)
    return document_for(invoice, corrects, seller)


def document_for(invoice: Invoice, corrects: Invoice | None = None,
                 seller: profile.Profile | None = None) -> InvoiceDocument:
    if seller is None:
        seller = profile.Profile(**{**invoice.seller, "links": invoice.seller.get("links") or []}) \
            if invoice.seller else profile.Profile()
    contact = [line for line in (seller.email, seller.phone, seller.website) if line]
    client = invoice.client or {}
    return InvoiceDocument(
        number=invoice.number, issued_on=invoice.issued_on or today_local(),
        due_on=invoice.due_on, currency=invoice.currency, title=invoice.title,
        seller_name=seller.name or "", seller_lines=[*seller.postal_lines(), *contact],
        seller_tax_id=seller.tax_id, client_name=client.get("name") or "",
        client_lines=[line for line in (client.get("contact"), client.get("email"),
                                        client.get("website")) if line],
        lines=[PrintedLine(line["description"], _quantity(line),
                           format_money(line["unit_price_cents"], invoice.currency, code=False),
                           format_money(line["amount_cents"], invoice.currency, code=False))
               for line in invoice.lines],
        total=format_money(invoice.total_cents, invoice.currency), notes=invoice.notes,
        corrects=(f"{corrects.number} issued on {corrects.issued_on}" if corrects else None))


# --- helpers -------------------------------------------------------------------------------------


def _assign_number(session: Session, settings, number: Any, today: date) -> str:
    if number not in (None, ""):
        chosen = invoice_numbers.clean_number("number", number)
        invoice_numbers.check_free(session, chosen)
        sequence = invoice_numbers.sequence_of(settings, chosen, today.year)
    else:
        chosen, sequence = invoice_numbers.next_number(session, settings, today.year)
    if sequence is not None and sequence >= settings.invoice_next:
        from internapp.core.services import preferences

        stored = dict(preferences.read(session, money_settings.KEY, {}) or {})
        stored["invoice_next"] = sequence + 1
        preferences.write(session, money_settings.KEY, stored)
    return chosen


def _lines(session: Session, engagement: Engagement, milestone_id: uuid.UUID | None, *,
           ignore: uuid.UUID | None = None, period=(None, None)):
    """(lines, (billed_from, billed_until)) for what is not on another active invoice."""
    from internapp.core.services.fees import kind_of

    kind = kind_of(engagement)
    others = [i for i in session.exec(select(Invoice).where(
        Invoice.engagement_id == engagement.id, col(Invoice.status).in_(ACTIVE))) if i.id != ignore]
    if milestone_id is not None:
        milestone = session.get(Milestone, milestone_id)
        if milestone is None or milestone.engagement_id != engagement.id:
            raise NotFoundError("milestone", milestone_id)
        if milestone.fee_cents is None:
            raise ValidationError("milestone", f"{milestone.title!r} has no fee: give it one "
                                               "(paid per milestone) to invoice it")
        _not_invoiced(others, milestone)
        return [invoice_lines.milestone_line(engagement.title, milestone.title,
                                             milestone.fee_cents, str(milestone.id))], (None, None)
    if kind is None:
        raise ValidationError("fee_kind", f"{engagement.title} has no fee yet: set a fixed fee, an "
                                          "hourly rate or milestone fees first")
    if kind == FeeKind.FIXED:
        if engagement.fee_cents is None:
            raise ValidationError("fee", f"{engagement.title} has no fee yet")
        for other in others:
            if other.milestone_id is None:
                raise ValidationError("engagement", f"already invoiced as {other.number} "
                                                    f"({other.status}): open or correct it")
        return [invoice_lines.fee_line(engagement.title, engagement.fee_cents)], (None, None)
    if kind == FeeKind.MILESTONES:
        taken = {line.get("milestone_id") for other in others for line in other.lines}
        found = [m for m in session.exec(select(Milestone).where(
            Milestone.engagement_id == engagement.id).order_by(col(Milestone.position)))
            if m.fee_cents is not None and str(m.id) not in taken]
        if not found:
            raise ValidationError("engagement", "every milestone with a fee is already invoiced")
        return [invoice_lines.milestone_line(engagement.title, m.title, m.fee_cents or 0,
                                             str(m.id)) for m in found], (None, None)
    if engagement.rate_cents is None:
        raise ValidationError("rate", f"{engagement.title} has no hourly rate yet")
    start = period[0]
    if start is None:
        ends = [o.billed_until for o in others if o.billed_until is not None]
        start = max(ends) if ends else None
    until = period[1] or utcnow()
    query = select(TimeEntry.started_at, TimeEntry.seconds).where(
        TimeEntry.engagement_id == engagement.id, col(TimeEntry.seconds).is_not(None),
        col(TimeEntry.started_at) < until)
    if start is not None:
        query = query.where(col(TimeEntry.started_at) >= start)
    entries = [(started, seconds or 0) for started, seconds in session.exec(query)]
    lines = invoice_lines.hour_lines(engagement.title, engagement.rate_cents, entries, local_zone())
    if not lines:
        raise ValidationError("engagement", "no hours logged since the last invoice")
    return lines, (start, until)


def _not_invoiced(others: list[Invoice], milestone: Milestone) -> None:
    for other in others:
        if other.milestone_id == milestone.id or any(
                line.get("milestone_id") == str(milestone.id) for line in other.lines):
            raise ValidationError("milestone", f"{milestone.title!r} is already invoiced as "
                                               f"{other.number} ({other.status})")


def _set_lines(invoice: Invoice, lines: list[invoice_lines.Line]) -> None:
    amounts = invoice_lines.rounded_lines([line.exact_cents for line in lines])
    invoice.lines = [{"description": line.description, "quantity": str(line.quantity),
                      "unit": line.unit, "unit_price_cents": line.unit_price_cents,
                      "exact_cents": str(line.exact_cents), "amount_cents": amount,
                      "milestone_id": line.milestone_id}
                     for line, amount in zip(lines, amounts, strict=True)]
    invoice.total_cents = sum(amounts)


def _quantity(line: dict) -> str:
    quantity = line["quantity"]
    return f"{quantity} h" if line.get("unit") == "h" else quantity


def _title(session: Session, engagement: Engagement, milestone_id: uuid.UUID | None) -> str:
    if milestone_id is None:
        return engagement.title
    milestone = session.get(Milestone, milestone_id)
    return f"{engagement.title} — {milestone.title}" if milestone else engagement.title


def _client(session: Session, engagement: Engagement) -> dict[str, Any]:
    organization = (session.get(Organization, engagement.organization_id)
                    if engagement.organization_id else None)
    contact = session.exec(select(Contact).join(ContactLink, col(ContactLink.contact_id) == col(Contact.id))
                           .where(ContactLink.engagement_id == engagement.id,
                                  ContactLink.role == ContactRole.SUPERVISOR)).first()
    return {"name": organization.name if organization else (engagement.platform or ""),
            "website": organization.website if organization else None,
            "contact": contact.display_name if contact else None,
            "email": contact.emails[0] if contact and contact.emails else None}


def _editable(invoice: Invoice) -> None:
    if invoice.status == InvoiceStatus.DELETED:
        raise ValidationError("invoice", f"{invoice.number} was deleted")
    if invoice.status != InvoiceStatus.DRAFT:
        raise ValidationError("invoice", f"{invoice.number} was sent on {invoice.issued_on} and is "
                                         "kept as sent: make a corrected invoice instead")


def _days(value: Any) -> int:
    from internapp.core.services.fields import number

    return number(minimum=0, maximum=365, integer=True)("due_days", value)


def _engagement(session: Session, engagement_id: uuid.UUID | None) -> Engagement:
    engagement = session.get(Engagement, engagement_id) if engagement_id else None
    if engagement is None:
        raise NotFoundError("engagement", engagement_id)
    return engagement


def _invoice(session: Session, invoice_id: uuid.UUID) -> Invoice:
    invoice = session.get(Invoice, invoice_id)
    if invoice is None:
        raise NotFoundError("invoice", invoice_id)
    return invoice
