"""What ``internapp export invoice`` and ``export income`` do once their arguments are checked
(kept apart from cli/money.py so each module stays small)."""

import argparse
from functools import partial

from internapp.core.models import Invoice, InvoiceStatus
from internapp.core.safe_files import atomic_output
from internapp.core.services.errors import ValidationError


def issue_invoice(store, args: argparse.Namespace) -> tuple[Invoice, str]:
    """The invoice to hand over: the one already sent (copied byte for byte as kept), a draft
    issued now, a new one (``--new`` or none yet), or a correction (``--correct``)."""
    from internapp.cli.money import _milestone
    from internapp.core.services import engagements, invoices, profile
    from internapp.ui.printing.invoice_pdf import write_invoice

    engagement = engagements.resolve(store, args.engagement)
    milestone = _milestone(store, engagement.id, args.milestone)
    render = partial(write_invoice, page_size=args.page_size)
    latest = invoices.latest(store, engagement.id, milestone)
    if not profile.get(store).name:  # refuse before a number is given out
        raise ValidationError("profile", "add your name first: internapp profile set --name …")
    if args.correct:
        if latest is None or latest.status != InvoiceStatus.SENT:
            raise ValidationError("invoice", f"{engagement.title} has no sent invoice to correct")
        draft = invoices.correct(store, latest.id, number=args.number)
        invoice, how = invoices.issue(store, draft.id, render), f"corrects {latest.number}"
    elif latest is not None and not args.new:
        if args.number and args.number != latest.number:
            raise ValidationError("number", f"{engagement.title} is already invoiced as "
                                            f"{latest.number}; use --new or --correct")
        if latest.status == InvoiceStatus.DRAFT:
            invoice, how = invoices.issue(store, latest.id, render), "issued"
        else:
            invoice, how = latest, f"sent on {latest.issued_on}, the copy kept then"
    else:
        draft = invoices.create_draft(store, engagement.id, milestone_id=milestone,
                                      number=args.number)
        try:
            invoice, how = invoices.issue(store, draft.id, render), "issued"
        except BaseException:
            invoices.delete_draft(store, draft.id, reason="the PDF could not be written")
            raise
    kept = invoices.stored_pdf(store, invoice).read_bytes()
    with atomic_output(args.file, "wb") as output:
        output.write(kept)
    return invoice, how


def write_income(store, args: argparse.Namespace) -> int:
    from internapp.core.services import income, profile

    suffix = args.file.suffix.casefold()
    if suffix not in (".csv", ".pdf"):
        raise ValidationError("file", f"{args.file.name!r} must end in .csv or .pdf")
    if not args.file.parent.is_dir():
        raise ValidationError("file", f"the folder {args.file.parent} does not exist")
    summary = income.year_summary(store, args.year)
    if suffix == ".csv":
        from internapp.core.interchange import income_csv

        return income_csv.export(summary, args.file)
    from internapp.ui.printing.headless import gui_application

    gui_application()
    from internapp.ui.printing.income_pdf import write_income_pdf

    write_income_pdf(summary, args.file, name=profile.get(store).name or "",
                     page_size=args.page_size)
    return len(summary.payments)
