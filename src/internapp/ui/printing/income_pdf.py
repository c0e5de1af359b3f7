"""The year-end income summary as a PDF: totals per currency and per payer, then every payment
received in the year (a table that repeats its header on each page)."""

from pathlib import Path

from internapp.core.services.income import YearSummary
from internapp.core.services.money import format_money, percent_text
from internapp.ui.printing.blocks import Document
from internapp.ui.printing.pdf import PageSize, write_pdf


def income_document(summary: YearSummary, name: str = "") -> Document:
    bp = summary.set_aside_bp
    doc = Document().heading(f"Income {summary.year}")
    doc.paragraph(" · ".join(p for p in (name, f"Payments received 1 January – 31 December "
                                               f"{summary.year}") if p), muted=True)
    money = [lambda t: t.payments, lambda t: format_money(t.gross, t.currency, code=False),
             lambda t: format_money(t.withheld, t.currency, code=False),
             lambda t: format_money(t.net, t.currency, code=False),
             lambda t: format_money(t.set_aside, t.currency, code=False)]
    headers = ["Currency", "Count", "Gross", "Withheld", "Net", "Set aside"]
    doc.paragraph("Gross counts against the fees; withheld is what a platform kept; net is what "
                  "arrived." + (f" Set aside: {percent_text(bp)} % of the net, for taxes."
                                if bp else ""), small=True)
    doc.heading("Totals per currency", 2)
    if not summary.totals:
        doc.paragraph("No payments were received in this year.")
    doc.table(headers, [[t.currency, *(f(t) for f in money)] for t in summary.totals],
              align="lrrrrr", widths=[16, 12, 18, 18, 18, 18])
    if summary.converted:
        c = summary.converted
        rates = ", ".join(f"1 {code} = {rate} {c.currency}" for code, rate in c.rates.items())
        doc.paragraph(f"At your rates ({rates}): {format_money(c.received, c.currency)} gross, "
                      f"{format_money(c.net, c.currency)} net. Per-currency totals above are "
                      "the figures received.", muted=True, small=True)
    doc.heading("Per payer", 2)
    doc.table(["Payer", *headers], [[t.payer, t.currency, *(f(t) for f in money)]
                                    for t in summary.payers], align="llrrrrr",
              widths=[30, 10, 8, 13, 13, 13, 13])
    doc.heading("Payments received", 2)
    doc.table(["Date", "Payer · engagement", "Reference", "Currency", "Gross", "Withheld", "Net"],
              [[p.day.isoformat(), f"{p.payer} · {p.engagement}", p.reference or "",
                p.currency, format_money(p.amount_cents, p.currency, code=False),
                format_money(p.withheld_cents, p.currency, code=False),
                format_money(p.net_cents, p.currency, code=False)] for p in summary.payments],
              align="lllcrrr", widths=[13, 35, 12, 9, 11, 10, 10], whole=[0, 2])
    doc.paragraph("Amounts are rounded half up to each currency's smallest unit only when "
                  "shown; currencies are never added together.", muted=True, small=True)
    return doc


def write_income_pdf(summary: YearSummary, path: Path | str, *, name: str = "",
                     page_size: PageSize | str = PageSize.A4) -> Path:
    return write_pdf(income_document(summary, name), path, page_size=page_size,
                     title=f"Income {summary.year}",
                     footer=f"Income {summary.year}" + (f" · {name}" if name else ""))
