"""The year-end summary as CSV, safe to open in a spreadsheet (no cell runs as a formula).

One table: a row per payment received in the year, then a row per payer and currency, then a
row per currency ("All payers") — the totals a tax return or a payer's year-end form asks for.
Amounts are plain decimal strings in the row's currency; currencies are never added together.
"""

import csv
import io
from pathlib import Path

from internapp.core.interchange.spreadsheet_safe import neutralise
from internapp.core.safe_files import atomic_output
from internapp.core.services.income import YearSummary
from internapp.core.services.money import decimal_string, percent_text, share

COLUMNS = ["Row", "Date", "Payer", "Engagement", "Reference", "Method", "Currency", "Payments",
           "Gross", "Withheld", "Net", "Set aside"]


def to_csv(summary: YearSummary) -> str:
    bp = summary.set_aside_bp or 0
    out = io.StringIO()
    writer = csv.writer(out)
    header = list(COLUMNS)
    header[-1] = f"Set aside ({percent_text(bp) or 0} %)"
    writer.writerow(header)

    def amounts(currency: str, gross: int, withheld: int) -> list[str | None]:
        return [decimal_string(gross, currency), decimal_string(withheld, currency),
                decimal_string(gross - withheld, currency),
                decimal_string(share(gross - withheld, bp), currency)]

    for p in summary.payments:
        writer.writerow([neutralise(v) for v in (
            "payment", p.day.isoformat(), p.payer, p.engagement, p.reference or "",
            p.method or "", p.currency, 1, *amounts(p.currency, p.amount_cents, p.withheld_cents))])
    for label, rows in (("payer total", summary.payers), ("currency total", summary.totals)):
        for t in rows:
            writer.writerow([neutralise(v) for v in (
                label, str(summary.year), t.payer, "", "", "", t.currency, t.payments,
                *amounts(t.currency, t.gross, t.withheld))])
    return out.getvalue()


def export(summary: YearSummary, path: Path | str) -> int:
    """Writes the CSV (whole or not at all); returns the number of payments in it."""
    with atomic_output(Path(path), "w", encoding="utf-8-sig", newline="") as output:
        output.write(to_csv(summary))
    return len(summary.payments)
