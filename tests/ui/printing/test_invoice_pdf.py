"""The invoice PDF, issued through the service with the real Qt writer, read back with pdftotext:
it holds the sender, the client, every line and the total."""

import re
import subprocess
from datetime import date

from internapp.core.services import contacts, engagements, invoices, profile
from internapp.ui.printing.invoice_pdf import write_invoice

TODAY = date(2026, 11, 26)


def test_the_issued_pdf_holds_the_lines_and_the_total(qapp, store, pdf_text):
    profile.update(store, name="Zoë Núñez", address="Rua das Flores 12", postal_code="1200-195",
                   city="Lisboa", country="Portugal", tax_id="PT123456789",
                   email="zoe@example.org")
    e = engagements.create(store, title="Survey analysis", organization="مؤسسة الأفق",
                           fee_kind="milestones", currency="EUR", start_on="2026-09-01")
    for title, fee in (("Interview plan", "150"), ("Six interviews", "1,200.50"),
                       ("Synthesis deck", "300")):
        m = engagements.add_milestone(store, e.id, title)
        engagements.update_milestone(store, m.id, fee=fee)
    ana = contacts.create(store, display_name="Ana Lima", emails=["ana@example.org"])
    engagements.set_supervisor(store, e.id, ana.id)
    draft = invoices.create_draft(store, e.id, number="2026-014", notes="IBAN PT50 0000 1111",
                                  today=TODAY)
    sent = invoices.issue(store, draft.id, write_invoice, today=TODAY)
    text = pdf_text(invoices.stored_pdf(store, sent))
    flat = re.sub(r"\s+", " ", text)
    for expected in ("Invoice 2026-014", "Zoë Núñez", "Rua das Flores 12", "1200-195 Lisboa",
                     "Tax id: PT123456789", "Ana Lima", "ana@example.org",
                     "Survey analysis — milestone: Interview plan", "150.00",
                     "Survey analysis — milestone: Six interviews", "1,200.50",
                     "Survey analysis — milestone: Synthesis deck", "300.00",
                     "Total", "1,650.50 EUR", "2026-11-26", "2026-12-10", "IBAN PT50 0000 1111"):
        assert expected in flat, expected
    assert "الأفق" in text or "الأفق"[::-1] in text


def test_letter_size(qapp, store, tmp_path, pdf_text):
    profile.update(store, name="Zoë")
    e = engagements.create(store, title="Gig", fee="100", start_on="2026-10-01")
    draft = invoices.create_draft(store, e.id, today=TODAY)
    out = write_invoice(invoices.preview(store, draft.id), tmp_path / "letter.pdf",
                        page_size="letter")
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert "(letter)" in info
    flat = re.sub(r"\s+", " ", pdf_text(out))
    assert "Zoë" in flat and "100.00 USD" in flat
