"""Invoices: numbering the student chooses, never reused (a deleted draft's number stays used and
is listed), gaps explained, lines from each fee kind adding up to the total, the kept copy with
its hash, and corrections that leave the sent copy alone."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from internapp.core.models import InvoiceStatus
from internapp.core.services import (
    contacts,
    engagements,
    invoices,
    money_settings,
    profile,
    time_entries,
)
from internapp.core.services.documents import sha256_of
from internapp.core.services.errors import ValidationError

TODAY = date(2026, 11, 26)
ZONE = ZoneInfo("UTC")


def plain_render(document, path):
    """Writes the document's text; the real PDF is tested in tests/ui/printing."""
    lines = [document.number, document.seller_name, document.client_name,
             *[f"{line.description} {line.amount}" for line in document.lines], document.total]
    path.write_text("\n".join(lines), "utf-8")


@pytest.fixture
def acme(store):
    profile.update(store, name="Zoë Núñez", address="Rua A 1", city="Lisboa", tax_id="PT123")
    e = engagements.create(store, title="Dashboard", organization="Acme", fee="600",
                           start_on="2026-10-01")
    ana = contacts.create(store, display_name="Ana Lima", emails=["ana@acme.example"])
    engagements.set_supervisor(store, e.id, ana.id)
    return e


def test_numbers_follow_the_students_scheme_and_a_deleted_drafts_number_is_never_reused(store,
                                                                                        acme):
    money_settings.update(store, invoice_prefix="INV-{year}-", invoice_digits=3, invoice_next=7)
    first = invoices.create_draft(store, acme.id, today=TODAY)
    assert first.number == "INV-2026-007"
    invoices.delete_draft(store, first.id, reason="wrong client", today=TODAY)
    second = invoices.create_draft(store, acme.id, today=TODAY)
    assert second.number == "INV-2026-008"
    with pytest.raises(ValidationError, match="number: INV-2026-007 is already used by a draft "
                                              "deleted on 2026-11-26; numbers are never reused"):
        invoices.create_draft(store, acme.id, number="inv-2026-007", today=TODAY)
    other = engagements.create(store, title="Audit", fee="100", start_on="2026-10-01")
    invoices.create_draft(store, other.id, number="INV-2026-011", today=TODAY)
    register = invoices.register(store)
    assert [(r.number, r.status) for r in register] == [
        ("INV-2026-007", "deleted"), ("INV-2026-008", "draft"), ("INV-2026-009", "gap"),
        ("INV-2026-010", "gap"), ("INV-2026-011", "draft")]
    assert "the number stays used" in register[0].explanation
    assert "wrong client" in register[0].explanation
    assert "skipped" in register[2].explanation
    assert invoices.suggested_number(store, TODAY) == "INV-2026-012"


def test_a_duplicate_number_is_refused_and_nothing_is_written(store, acme):
    invoices.create_draft(store, acme.id, number="A-1", today=TODAY)
    other = engagements.create(store, title="Audit", fee="100", start_on="2026-10-01")
    with pytest.raises(ValidationError, match="number: A-1 is already used by a draft"):
        invoices.create_draft(store, other.id, number="a-1", today=TODAY)
    assert len(invoices.list_invoices(store)) == 1


def test_issuing_keeps_the_pdf_with_its_hash_and_a_sent_invoice_never_changes(store, acme):
    draft = invoices.create_draft(store, acme.id, today=TODAY)
    assert (draft.client["name"], draft.client["contact"], draft.total_cents) == (
        "Acme", "Ana Lima", 60000)
    sent = invoices.issue(store, draft.id, plain_render, today=TODAY)
    kept = invoices.stored_pdf(store, sent)
    assert kept.is_relative_to(store.documents_dir) and sha256_of(kept) == sent.sha256
    assert sent.status == InvoiceStatus.SENT and sent.seller["tax_id"] == "PT123"
    with pytest.raises(ValidationError, match="was sent on 2026-11-26 and is kept as sent"):
        invoices.update_draft(store, sent.id, notes="changed")
    with pytest.raises(ValidationError, match="kept as sent"):
        invoices.delete_draft(store, sent.id)
    engagements.update(store, acme.id, fee="650")
    correction = invoices.correct(store, sent.id, today=TODAY)
    assert correction.corrects_id == sent.id and correction.total_cents == 65000
    invoices.issue(store, correction.id, plain_render, today=TODAY)
    assert invoices.get(store, sent.id).status == InvoiceStatus.CORRECTED
    assert sha256_of(kept) == sent.sha256  # the first copy is untouched
    assert "corrects" in invoices.register(store)[1].explanation
    kept.chmod(0o600)
    kept.write_text("tampered")
    with pytest.raises(ValidationError, match="has changed since it was sent"):
        invoices.stored_pdf(store, invoices.get(store, sent.id))


def test_issuing_needs_a_name_in_the_profile(store):
    e = engagements.create(store, title="Gig", fee="100", start_on="2026-10-01")
    draft = invoices.create_draft(store, e.id, today=TODAY)
    with pytest.raises(ValidationError, match="profile: add your name"):
        invoices.issue(store, draft.id, plain_render, today=TODAY)
    assert not list((store.documents_dir / "invoices").glob("*")) if (
        store.documents_dir / "invoices").exists() else True


def test_a_failing_renderer_leaves_no_file_and_the_draft_a_draft(store, acme):
    draft = invoices.create_draft(store, acme.id, today=TODAY)

    def broken(document, path):
        path.write_text("half")
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        invoices.issue(store, draft.id, broken, today=TODAY)
    assert invoices.get(store, draft.id).status == InvoiceStatus.DRAFT
    assert list((store.documents_dir / "invoices").iterdir()) == []


def test_milestone_invoices_one_at_a_time(store):
    e = engagements.create(store, title="Survey", fee_kind="milestones", currency="EUR",
                           start_on="2026-09-01")
    plan = engagements.add_milestone(store, e.id, "Plan")
    report = engagements.add_milestone(store, e.id, "Report")
    engagements.update_milestone(store, plan.id, fee="150")
    first = invoices.create_draft(store, e.id, milestone_id=plan.id, today=TODAY)
    assert (first.total_cents, first.title) == (15000, "Survey — Plan")
    with pytest.raises(ValidationError, match="'Plan' is already invoiced"):
        invoices.create_draft(store, e.id, milestone_id=plan.id, today=TODAY)
    with pytest.raises(ValidationError, match="'Report' has no fee"):
        invoices.create_draft(store, e.id, milestone_id=report.id, today=TODAY)
    engagements.update_milestone(store, report.id, fee="300.50")
    rest = invoices.create_draft(store, e.id, today=TODAY)
    assert [line["amount_cents"] for line in rest.lines] == [30050]


def test_hourly_lines_per_week_add_up_to_the_total(store):
    e = engagements.create(store, title="Cleaning", rate="25.37", start_on="2026-11-01")
    for day, minutes in ((2, 47), (3, 61), (10, 29)):
        time_entries.add(store, e.id, start=datetime(2026, 11, day, 9, tzinfo=ZONE),
                         duration=f"{minutes}m")
    draft = invoices.create_draft(store, e.id, today=TODAY)
    assert [line["quantity"] for line in draft.lines] == ["1.80", "0.48"]  # 108 min, 29 min
    assert sum(line["amount_cents"] for line in draft.lines) == draft.total_cents
    # 1.80 h × 25.37 = 45.666 and 0.48 h × 25.37 = 12.1776 round to 45.67 + 12.18 = 57.85, but the
    # exact total 57.8436 rounds to 57.84: the largest line absorbs the cent
    assert draft.total_cents == 5784
    assert [line["amount_cents"] for line in draft.lines] == [4566, 1218]
    with pytest.raises(ValidationError, match="no hours logged since the last invoice"):
        invoices.create_draft(store, e.id, today=TODAY)
