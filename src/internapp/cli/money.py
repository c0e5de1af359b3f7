"""Money from a terminal: ``internapp pay`` (record and list payments), ``internapp income``,
``internapp money`` (set-aside, rates, invoice numbering), and the exports ``invoice`` and
``income``. Amounts in JSON are decimal strings ("600.00"), never floats."""

import argparse
import sys
from pathlib import Path

from internapp.cli.common import add_command, cli_context, fail, print_json


def register(commands) -> None:
    pay = commands.add_parser("pay", help="payments: record what was paid or is expected",
                              description="Payments on engagements.")
    sub = pay.add_subparsers(dest="pay_command", metavar="ACTION", required=True)
    add = add_command(sub, "add", add_payment,
                      "record a payment (received today unless --expected or --received)")
    add.add_argument("engagement", metavar="ENGAGEMENT", help="an id (or its first 8 characters) "
                                                              "or a title")
    add.add_argument("--amount", required=True, metavar="N", help="in the engagement's currency")
    add.add_argument("--currency", metavar="C", help="checked against the engagement's currency")
    add.add_argument("--expected", metavar="DATE", help="the day it is expected (YYYY-MM-DD)")
    add.add_argument("--received", metavar="DATE", help="the day it was received")
    add.add_argument("--withheld", metavar="N", help="what a platform kept from it "
                                                     "(default: the engagement's cut)")
    add.add_argument("--method", help="bank transfer, PayPal, platform payout…")
    add.add_argument("--reference", help="the transfer's reference")
    add.add_argument("--payer", help="who paid, when not the organization (e.g. the platform)")
    add.add_argument("--milestone", metavar="M", help="the milestone it pays (title or id)")
    listing = add_command(sub, "list", list_payments, "payments, expected ones first")
    listing.add_argument("--owed", action="store_true", help="only payments not received yet")
    listing.add_argument("--engagement", metavar="ENGAGEMENT")
    listing.add_argument("--year", type=int, metavar="Y")
    listing.add_argument("--json", action="store_true", help="print JSON")
    received = add_command(sub, "received", mark_received, "mark an expected payment received")
    received.add_argument("payment", metavar="PAYMENT", help="the payment's id (or 8+ characters)")
    received.add_argument("--on", metavar="DATE", help="the day (default today)")
    delete = add_command(sub, "delete", delete_payment, "delete a payment")
    delete.add_argument("payment", metavar="PAYMENT")

    income = add_command(commands, "income", show_income,
                         "earned and received per period, organization or platform")
    income.add_argument("--by", choices=["month", "year", "organization", "platform"],
                        default="month")
    income.add_argument("--year", type=int, metavar="Y")
    income.add_argument("--json", action="store_true", help="print JSON")

    money = commands.add_parser("money", help="set-aside for taxes, exchange rates, invoice "
                                              "numbering", description="Money preferences.")
    msub = money.add_subparsers(dest="money_command", metavar="ACTION", required=True)
    show = add_command(msub, "show", show_settings, "print the money preferences")
    show.add_argument("--json", action="store_true", help="print JSON")
    change = add_command(msub, "set", set_settings, "change money preferences")
    change.add_argument("--set-aside", metavar="PERCENT", help="share of what you receive to "
                                                               "keep for taxes")
    change.add_argument("--home-currency", metavar="C")
    change.add_argument("--rate", action="append", default=[], metavar="CUR=RATE",
                        help="your rate: 1 CUR is RATE of the home currency (repeatable; "
                             "CUR= removes it)")
    change.add_argument("--invoice-prefix", metavar="TEXT", help="e.g. 'INV-{year}-'")
    change.add_argument("--invoice-digits", metavar="N")
    change.add_argument("--invoice-next", metavar="N", help="the next invoice's sequence number")
    change.add_argument("--payment-terms", metavar="DAYS", help="days until an invoice is due")


def register_exports(export_formats) -> None:
    invoice = add_command(export_formats, "invoice", export_invoice,
                          "an engagement's invoice as PDF (a copy is kept in documents/)")
    invoice.add_argument("engagement", metavar="ENGAGEMENT")
    invoice.add_argument("file", metavar="FILE", type=Path, help="ending in .pdf")
    invoice.add_argument("--milestone", metavar="M", help="invoice one milestone (title or id)")
    invoice.add_argument("--number", metavar="N", help="the number of a new invoice (default: "
                                                       "the next in your numbering)")
    invoice.add_argument("--new", action="store_true",
                         help="invoice what is not invoiced yet (e.g. hours since the last one)")
    invoice.add_argument("--correct", action="store_true",
                         help="issue a corrected invoice replacing the last one sent")
    invoice.add_argument("--page-size", choices=["a4", "letter"], default="a4")
    income = add_command(export_formats, "income", export_income,
                         "the year-end summary per payer and currency as CSV or PDF")
    income.add_argument("file", metavar="FILE", type=Path, help="ending in .csv or .pdf")
    income.add_argument("--year", type=int, required=True, metavar="Y")
    income.add_argument("--page-size", choices=["a4", "letter"], default="a4")


# --- payments ------------------------------------------------------------------------------------


def add_payment(args: argparse.Namespace) -> int:
    from internapp.core.services import engagements, payments

    with cli_context(args) as context:
        engagement = engagements.resolve(context.store, args.engagement)
        milestone = _milestone(context.store, engagement.id, args.milestone)
        recorded = payments.add(
            context.store, engagement.id, amount=args.amount, currency=args.currency,
            expected_on=args.expected, received_on=args.received, withheld=args.withheld,
            method=args.method, reference_text=args.reference, payer=args.payer,
            milestone_id=milestone)
    for warning in recorded.warnings:
        print(f"internapp: warning: {warning}", file=sys.stderr)
    print(recorded.payment.id)
    return 0


def list_payments(args: argparse.Namespace) -> int:
    from internapp.core.clock import today_local
    from internapp.core.services import engagements, money_settings, payments
    from internapp.core.services.money import decimal_string, format_money, share

    with cli_context(args) as context:
        engagement_id = (engagements.resolve(context.store, args.engagement).id
                         if args.engagement else None)
        rows = payments.list_rows(context.store, engagement_id=engagement_id, owed=args.owed,
                                  year=args.year)
        bp = money_settings.get(context.store).set_aside_bp or 0
    today = today_local()
    if args.json:
        print_json([{
            "id": r.id, "engagement": r.engagement, "engagement_id": r.engagement_id,
            "payer": r.payer, "currency": r.currency,
            "amount": decimal_string(r.amount_cents, r.currency),
            "withheld": decimal_string(r.withheld_cents, r.currency),
            "net": decimal_string(r.net_cents, r.currency),
            "set_aside": decimal_string(share(r.net_cents, bp), r.currency) if r.received
            else None,
            "expected_on": r.expected_on, "received_on": r.received_on,
            "overdue_days": r.days_overdue(today), "method": r.method, "reference": r.reference,
            "milestone": r.milestone} for r in rows])
        return 0
    for r in rows:
        when = (f"received {r.received_on}" if r.received else
                f"expected {r.expected_on}" + (f" — {r.days_overdue(today)} days overdue"
                                               if r.days_overdue(today) else ""))
        print(f"{format_money(r.amount_cents, r.currency):>16}  {r.engagement} ({r.payer}), {when}")
    if not rows:
        print("no payments" + (" owed" if args.owed else ""))
    return 0


def mark_received(args: argparse.Namespace) -> int:
    from internapp.core.services import payments

    with cli_context(args) as context:
        payment = _payment(context.store, args.payment)
        recorded = payments.mark_received(context.store, payment, args.on)
    print(f"received on {recorded.payment.received_on}")
    return 0


def delete_payment(args: argparse.Namespace) -> int:
    from internapp.core.services import payments

    with cli_context(args) as context:
        payments.delete(context.store, _payment(context.store, args.payment))
    print("deleted")
    return 0


# --- income and preferences ----------------------------------------------------------------------


def show_income(args: argparse.Namespace) -> int:
    from decimal import Decimal

    from internapp.core.services import income
    from internapp.core.services.money import decimal_string, format_money

    with cli_context(args) as context:
        report = income.income(context.store, by=args.by, year=args.year)
    key = "period" if args.by in ("month", "year") else args.by
    if args.json:
        print_json([{
            key: r.key, "currency": r.currency,
            "earned": decimal_string(r.earned, r.currency),
            "received": decimal_string(r.received, r.currency),
            "withheld": decimal_string(r.withheld, r.currency),
            "net": decimal_string(r.net, r.currency),
            "set_aside": decimal_string(r.set_aside, r.currency),
            "hours": str((Decimal(r.hours.numerator) / Decimal(r.hours.denominator))
                         .quantize(Decimal("0.01"))),
            "effective_rate": decimal_string(r.effective_rate, r.currency),
            "implied_rate": decimal_string(r.implied_rate, r.currency)} for r in report.rows])
        return 0
    for r in report.rows:
        print(f"{r.key:<28} {r.currency}  earned {format_money(r.earned, r.currency, code=False):>12}"
              f"  received {format_money(r.received, r.currency, code=False):>12}"
              f"  set aside {format_money(r.set_aside, r.currency, code=False):>10}")
    print(f"received in all: {report.received.text()}")
    if report.converted:
        c = report.converted
        print(f"  ≈ {format_money(c.received, c.currency)} at your rates ("
              + ", ".join(f"1 {code} = {rate} {c.currency}" for code, rate in c.rates.items())
              + ")")
    return 0


def show_settings(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from internapp.core.services import money_settings
    from internapp.core.services.money import percent_text

    with cli_context(args) as context:
        found = money_settings.get(context.store)
    if args.json:
        print_json(asdict(found) | {"set_aside_percent": percent_text(found.set_aside_bp) or None})
        return 0
    print(f"set aside for taxes: {percent_text(found.set_aside_bp) or '—'} %")
    print(f"home currency: {found.home_currency or '—'}; rates: "
          + (", ".join(f"1 {c} = {r}" for c, r in found.rates.items()) or "none"))
    print(f"invoices: prefix {found.invoice_prefix!r}, {found.invoice_digits} digits, next "
          f"{found.invoice_next}, due after {found.payment_terms_days} days")
    return 0


def set_settings(args: argparse.Namespace) -> int:
    from internapp.core.services import money_settings

    values: dict = {}
    for option, name in (("set_aside", "set_aside_percent"), ("home_currency", "home_currency"),
                         ("invoice_prefix", "invoice_prefix"), ("invoice_digits", "invoice_digits"),
                         ("invoice_next", "invoice_next"), ("payment_terms", "payment_terms_days")):
        if getattr(args, option) is not None:
            values[name] = getattr(args, option)
    if args.rate:
        rates = {}
        for item in args.rate:
            code, sep, rate = item.partition("=")
            if not sep:
                return fail(f"rate: {item!r} is not CUR=RATE (e.g. EUR=1.08)")
            rates[code.strip()] = rate.strip() or None
        values["rates"] = rates
    with cli_context(args) as context:
        money_settings.update(context.store, **values)
    return show_settings(argparse.Namespace(**vars(args), json=False))


# --- exports -------------------------------------------------------------------------------------


def export_invoice(args: argparse.Namespace) -> int:
    from internapp.core.services.errors import ValidationError

    if args.file.suffix.casefold() != ".pdf":
        raise ValidationError("file", f"{args.file.name!r} must end in .pdf")
    if not args.file.parent.is_dir():
        raise ValidationError("file", f"the folder {args.file.parent} does not exist")
    if args.new and args.correct:
        return fail("--new and --correct: choose one")
    from internapp.ui.printing.headless import gui_application

    gui_application()
    from internapp.cli.money_exports import issue_invoice

    with cli_context(args) as context:
        invoice, how = issue_invoice(context.store, args)
    print(f"invoice {invoice.number} ({how}) saved to {args.file}")
    return 0


def export_income(args: argparse.Namespace) -> int:
    from internapp.cli.money_exports import write_income

    with cli_context(args) as context:
        count = write_income(context.store, args)
    print(f"year {args.year}: {count} payments summarised in {args.file}")
    return 0


# --- helpers -------------------------------------------------------------------------------------


def _milestone(store, engagement_id, ref: str | None):
    if not ref:
        return None
    from internapp.core.services import engagements
    from internapp.core.services.errors import NotFoundError, ValidationError
    from internapp.core.services.fields import name_key

    found = engagements.milestones(store, engagement_id)
    matches = [m for m in found if m.id.hex.startswith(ref.replace("-", "").casefold())
               and len(ref) >= 8] or [m for m in found if name_key(m.title) == name_key(ref)]
    if not matches:
        raise NotFoundError("milestone", ref)
    if len(matches) > 1:
        raise ValidationError("milestone", f"{ref!r} matches {len(matches)} milestones; give "
                                           "the id")
    return matches[0].id


def _payment(store, ref: str):
    from internapp.core.services import payments
    from internapp.core.services.errors import NotFoundError, ValidationError

    hexed = ref.replace("-", "").casefold()
    if len(hexed) < 8:
        raise ValidationError("payment", "give at least the first 8 characters of its id")
    matches = [r.id for r in payments.list_rows(store) if r.id.hex.startswith(hexed)]
    if len(matches) != 1:
        raise NotFoundError("payment", ref) if not matches else ValidationError(
            "payment", f"{ref!r} matches {len(matches)} payments")
    return matches[0]
