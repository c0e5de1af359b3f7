"""The Money section of the engagement detail: paid / owed, the payment editor (a refused value is
named, a payment larger than owed is saved with a warning), invoices drafted, issued, copied and
corrected — and the layout check at 900×600."""

import pytest

from internapp.core.models import InvoiceStatus
from internapp.core.services import engagements, invoices, payments, profile
from internapp.ui.layout_check import check

pytestmark = pytest.mark.window_size(900, 600)


@pytest.fixture
def money(window, context, qtbot):
    profile.update(context.store, name="Zoë Núñez", address="Rua A 1")
    e = engagements.create(context.store, title="Dashboard", organization="Acme", fee="600",
                           start_on="2026-01-05")
    payments.add(context.store, e.id, amount="250", received_on="2026-02-01")
    window.show_screen("engagements", e.id)
    section = window.screen("engagements").detail.money
    qtbot.waitUntil(lambda: section.state is not None)
    return section, e


def test_paid_and_owed_at_a_glance(money):
    section, _ = money
    text = section.summary_label.text()
    assert "250.00 USD</b> received of 600.00 USD" in text and "350.00 USD owed" in text
    assert section.paid_bar.value() == 416
    assert section.payments_list.count() == 1


def test_the_payment_editor_names_a_refused_value_and_warns_on_more_than_owed(money, context,
                                                                            qtbot):
    section, e = money
    dialog = section.add_payment()
    assert dialog.amount.text() == "350.00"  # what is still owed
    dialog.amount.setText("-3")
    assert not dialog.submit()
    assert dialog.error_label.text() == "amount: must not be negative (got -3)"
    assert len(payments.list_rows(context.store, engagement_id=e.id)) == 1
    dialog.amount.setText("400")
    dialog.method.setCurrentText("Wise")
    assert dialog.submit()
    qtbot.waitUntil(lambda: section.payments_list.count() == 2)
    detail = section.parent()
    while not hasattr(detail, "message_label"):
        detail = detail.parent()
    assert "400.00 USD is more than the 350.00 USD still owed" in detail.message_label.text()
    assert "paid in full" in section.summary_label.text()


def test_editing_an_expected_payment_and_marking_it_received(money, context, qtbot):
    section, e = money
    dialog = section.add_payment()
    dialog.received.set_value(None)
    dialog.expected.edit.setText("2026-03-01")
    assert dialog.submit()
    qtbot.waitUntil(lambda: section.payments_list.count() == 2)
    section.payments_list.setCurrentRow(0)
    assert "overdue" in section.payments_list.item(0).text()
    assert section.received_button.isEnabled()
    section.mark_received()
    assert all(p.received for p in payments.list_rows(context.store, engagement_id=e.id))


def test_invoices_drafted_issued_copied_and_corrected(money, context, tmp_path, qtbot, pdf_text):
    section, e = money
    dialog = section.new_invoice()
    number = dialog.number.text()
    assert dialog.submit()
    qtbot.waitUntil(lambda: section.invoices_list.count() == 1)
    section.invoices_list.setCurrentRow(0)
    assert section.issue_button.isEnabled() and not section.correct_button.isEnabled()
    section.issue_invoice()
    section.invoices_list.setCurrentRow(0)
    sent = invoices.list_invoices(context.store, e.id)[0]
    assert sent.status == InvoiceStatus.SENT
    copy = section.save_copy(tmp_path / "copy.pdf")
    assert copy.read_bytes() == invoices.stored_pdf(context.store, sent).read_bytes()
    assert f"Invoice {number}" in pdf_text(copy)
    section.correct_invoice()
    assert [i.status for i in invoices.list_invoices(context.store, e.id)] == [
        InvoiceStatus.DRAFT, InvoiceStatus.SENT]


def test_the_detail_with_money_passes_the_layout_check(money, window):
    _section, _ = money
    detail = window.screen("engagements").detail
    assert [str(p) for p in check(detail, "Engagements › detail")] == []


def test_the_payment_dialog_passes_the_layout_check(money):
    section, _ = money
    dialog = section.add_payment()
    assert [str(p) for p in check(dialog, "Payment dialog")] == []
    dialog.reject()
    invoice = section.new_invoice()
    assert [str(p) for p in check(invoice, "Invoice dialog")] == []
