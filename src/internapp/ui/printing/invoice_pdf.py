"""An invoice as a PDF page: sender and client side by side, the number and dates, the lines
(a table that repeats its header if it runs onto another page), the total, and notes."""

from pathlib import Path

from internapp.core.services.invoices import InvoiceDocument
from internapp.ui.printing.blocks import Document
from internapp.ui.printing.pdf import PageSize, write_pdf


def invoice_document(invoice: InvoiceDocument) -> Document:
    doc = Document()
    doc.heading(f"Invoice {invoice.number}")
    if invoice.corrects:
        doc.paragraph(f"Corrected invoice: replaces invoice {invoice.corrects}.", bold=True)
    seller = [invoice.seller_name, *invoice.seller_lines]
    if invoice.seller_tax_id:
        seller.append(f"Tax id: {invoice.seller_tax_id}")
    doc.columns([["From", *seller], ["Bill to", invoice.client_name or "—",
                                     *invoice.client_lines]], widths=[50, 50])
    dates = [("Invoice number", invoice.number), ("Issued", invoice.issued_on.isoformat())]
    if invoice.due_on:
        dates.append(("Due", invoice.due_on.isoformat()))
    dates += [("For", invoice.title), ("Currency", invoice.currency)]
    doc.spacer()
    doc.key_values(dates)
    doc.spacer()
    doc.table(["Description", "Quantity", "Unit price", "Amount"],
              [[line.description, line.quantity, line.unit_price, line.amount]
               for line in invoice.lines],
              align="lrrr", widths=[55, 13, 16, 16],
              footer=[[f"Total ({invoice.currency})", "", "", invoice.total]])
    if invoice.notes:
        doc.heading("Notes", 3).paragraph(invoice.notes)
    doc.paragraph("Amounts are rounded half up to the currency's smallest unit; the lines add "
                  "up to the total.", muted=True, small=True)
    return doc


def write_invoice(invoice: InvoiceDocument, path: Path | str,
                  page_size: PageSize | str = PageSize.A4) -> Path:
    return write_pdf(invoice_document(invoice), path, page_size=page_size,
                     title=f"Invoice {invoice.number}",
                     footer=f"Invoice {invoice.number} · {invoice.seller_name}")
