"""``internapp profile``: the student's own details (name, contact, address, tax id, links), used
as the sender of invoices and the ``basics`` of résumé exports."""

import argparse

from internapp.cli.common import add_command, cli_context, print_json

# option -> profile field (every field can be set; an empty value clears it)
OPTIONS = {"--name": "name", "--label": "label", "--email": "email", "--phone": "phone",
           "--website": "website", "--address": "address", "--postal-code": "postal_code",
           "--city": "city", "--region": "region", "--country": "country",
           "--country-code": "country_code", "--tax-id": "tax_id"}
HELP = {"label": "a headline, e.g. 'Data analytics student'",
        "address": "street lines (use \\n or a quoted newline between lines)",
        "country_code": "two letters, ISO 3166 (PT, US…)",
        "tax_id": "your tax or VAT number, as it should print on invoices"}


def register(commands) -> None:
    parser = commands.add_parser("profile", help="your name, contact details, address and tax id",
                                 description="Your own details: printed on invoices, used by "
                                             "résumé exports.")
    sub = parser.add_subparsers(dest="profile_command", metavar="ACTION", required=True)
    show = add_command(sub, "show", show_profile, "print the profile")
    show.add_argument("--json", action="store_true", help="print JSON")
    change = add_command(sub, "set", set_profile,
                         "set the given fields (an empty value clears one); prints the profile")
    for option, name in OPTIONS.items():
        change.add_argument(option, dest=name, metavar="TEXT", default=None,
                            help=HELP.get(name, name.replace("_", " ")))
    change.add_argument("--link", dest="links", action="append", metavar="URL",
                        help="a link (LinkedIn, GitHub, portfolio); repeat for several — the "
                             "given ones replace the list")
    change.add_argument("--no-links", action="store_true", help="remove every link")


def show_profile(args: argparse.Namespace) -> int:
    from internapp.core.services import profile

    with cli_context(args) as context:
        found = profile.get(context.store)
    if args.json:
        print_json(found.to_dict())
    else:
        _print(found)
    return 0


def set_profile(args: argparse.Namespace) -> int:
    from internapp.core.services import profile

    values = {name: getattr(args, name) for name in OPTIONS.values()
              if getattr(args, name) is not None}
    if "address" in values:
        values["address"] = values["address"].replace("\\n", "\n")
    if args.no_links:
        values["links"] = []
    elif args.links is not None:
        values["links"] = args.links
    with cli_context(args) as context:
        found = profile.update(context.store, **values)
    _print(found)
    return 0


def _print(found) -> None:
    if found.is_empty:
        print("no profile yet — set one with: internapp profile set --name 'Your Name' …")
        return
    for name, value in found.to_dict().items():
        if name == "links":
            value = ", ".join(value)
        if value:
            label = name.replace("_", " ")
            text = str(value).replace("\n", " / ")
            print(f"{label:<13} {text}")
