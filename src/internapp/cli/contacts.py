"""``internapp contacts ...``: the networking CRM from a terminal; vCard and LinkedIn imports and the
vCard export."""

import argparse
from pathlib import Path

from internapp.cli.common import add_command, cli_context, print_json
from internapp.cli.interchange import add_import_command


def register(commands) -> None:
    parser = commands.add_parser("contacts", help="people: add, list, log interactions, who is due",
                                 description="Contacts: the people met along the way.")
    sub = parser.add_subparsers(dest="contacts_command", metavar="ACTION", required=True)

    add = add_command(sub, "add", add_contact, "add a contact and print its id")
    add.add_argument("--name", required=True, help="the name as shown")
    add.add_argument("--org", help="organization")
    add.add_argument("--title", help="job title")
    add.add_argument("--email", action="append", default=[], help="an email (repeatable)")
    add.add_argument("--phone", action="append", default=[], help="a phone number (repeatable)")
    add.add_argument("--linkedin", help="LinkedIn profile address")
    add.add_argument("--tag", action="append", default=[], help="a tag (repeatable)")
    add.add_argument("--how-met", help="how you met")
    add.add_argument("--every", type=str, metavar="DAYS",
                     help="keep in touch every DAYS days (default: from its tags)")

    listing = add_command(sub, "list", list_contacts, "list contacts with when each was last "
                                                      "contacted")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.add_argument("--search", metavar="TEXT", help="only contacts matching every word")

    interact = add_command(sub, "interact", interact_with, "log an interaction with a contact")
    interact.add_argument("contact", metavar="CONTACT", help="an id or an unambiguous name")
    interact.add_argument("--channel", required=True,
                          help="email, call, video, coffee, linkedin, event or other")
    interact.add_argument("--summary", required=True, help="what it was about")
    interact.add_argument("--at", metavar="TIME",
                          help="when (ISO 8601, local time unless it has an offset; default now)")
    interact.add_argument("--follow-up", metavar="DATE", help="a date to follow up (YYYY-MM-DD)")

    due = add_command(sub, "due", due_list, "contacts losing touch, oldest first")
    due.add_argument("--json", action="store_true", help="print JSON")

    cadence = add_command(sub, "cadence", set_cadence,
                          "set the default keep-in-touch rhythm for a tag (0 removes it)")
    cadence.add_argument("tag", metavar="TAG")
    cadence.add_argument("days", metavar="DAYS")

    delete = add_command(sub, "delete", delete_contact,
                         "delete a contact with all its interactions and links")
    delete.add_argument("contact", metavar="CONTACT", help="an id or an unambiguous name")

    export = add_command(sub, "export", export_one,
                         "export one contact's data (vCard + JSON with its interactions)")
    export.add_argument("contact", metavar="CONTACT", help="an id or an unambiguous name")
    export.add_argument("directory", metavar="DIR", type=Path)

    dupes = add_command(sub, "duplicates", list_duplicates, "list contacts that look the same")
    dupes.add_argument("--json", action="store_true", help="print JSON")

    merge = add_command(sub, "merge", merge_contacts,
                        "merge OTHER into KEEP (interactions and links move over)")
    merge.add_argument("keep", metavar="KEEP")
    merge.add_argument("other", metavar="OTHER")


def register_imports(import_formats) -> None:
    add_import_command(import_formats, "vcard", "import contacts from a vCard file (3.0 or 4.0)",
                       "internapp.core.interchange.vcard:run_import")
    add_import_command(import_formats, "linkedin", "import LinkedIn's Connections.csv export",
                       "internapp.core.interchange.linkedin:run_import")


def register_exports(export_formats) -> None:
    parser = add_command(export_formats, "vcard", export_vcard,
                         "export every contact as vCard 4.0")
    parser.add_argument("file", metavar="FILE", type=Path)


def add_contact(args: argparse.Namespace) -> int:
    from internapp.core.services import contacts

    with cli_context(args) as context:
        contact = contacts.create(
            context.store, display_name=args.name, organization=args.org, title=args.title,
            emails=args.email, phones=args.phone, linkedin_url=args.linkedin, tags=args.tag,
            how_met=args.how_met, keep_in_touch_days=args.every)
    print(contact.id)
    return 0


def list_contacts(args: argparse.Namespace) -> int:
    from internapp.core.services import contacts

    with cli_context(args) as context:
        rows = contacts.list_rows(context.store)
    if args.search:
        words = args.search.casefold().split()
        rows = [r for r in rows if all(w in r.search_text() for w in words)]
    if args.json:
        print_json([{"id": r.id, "name": r.display_name, "organization": r.organization,
                     "title": r.title, "emails": r.emails, "phones": r.phones,
                     "linkedin_url": r.linkedin_url, "tags": r.tags,
                     "last_contacted": r.last_contacted, "keep_in_touch_days": r.cadence_days,
                     "next_due": r.next_due} for r in rows])
        return 0
    for r in rows:
        last = r.last_contacted.astimezone().date().isoformat() if r.last_contacted else "never"
        where = " · ".join(p for p in (r.title, r.organization) if p)
        print(f"{r.id}  {r.display_name}{f'  ({where})' if where else ''}  last contacted {last}")
    print(f"{len(rows)} contact{'s' if len(rows) != 1 else ''}")
    return 0


def interact_with(args: argparse.Namespace) -> int:
    from internapp.core.services import contacts

    with cli_context(args) as context:
        contact = contacts.resolve(context.store, args.contact)
        interaction = contacts.log_interaction(context.store, contact.id, channel=args.channel,
                                               summary=args.summary, at=args.at,
                                               follow_up_on=args.follow_up)
    print(f"logged {interaction.channel} with {contact.display_name} at "
          f"{interaction.at.astimezone().isoformat(timespec='minutes')}")
    return 0


def due_list(args: argparse.Namespace) -> int:
    from internapp.core.services import keep_in_touch

    with cli_context(args) as context:
        due = keep_in_touch.due_contacts(context.store)
    if args.json:
        print_json([{"id": c.contact_id, "name": c.name, "organization": c.organization,
                     "cadence_days": c.cadence_days, "last_contacted": c.last_contacted,
                     "due_on": c.due_on, "overdue_days": c.overdue_days} for c in due])
        return 0
    for c in due:
        last = c.last_contacted.astimezone().date().isoformat() if c.last_contacted else "never"
        print(f"{c.name}: due {c.due_on} ({c.overdue_days} days overdue; every {c.cadence_days} "
              f"days; last contacted {last})")
    if not due:
        print("nobody is overdue")
    return 0


def set_cadence(args: argparse.Namespace) -> int:
    from internapp.core.services import keep_in_touch

    days = None if args.days.strip() in ("0", "") else args.days
    with cli_context(args) as context:
        keep_in_touch.set_tag_cadence(context.store, args.tag, days)
    print(f"{args.tag}: every {days} days" if days else f"{args.tag}: no default cadence")
    return 0


def delete_contact(args: argparse.Namespace) -> int:
    from internapp.core.services import contacts

    with cli_context(args) as context:
        contact = contacts.resolve(context.store, args.contact)
        contacts.delete(context.store, contact.id)
    print(f"deleted {contact.display_name} with its interactions and links")
    return 0


def export_one(args: argparse.Namespace) -> int:
    from internapp.core.interchange.contact_export import export_contact
    from internapp.core.services import contacts

    with cli_context(args) as context:
        contact = contacts.resolve(context.store, args.contact)
        for path in export_contact(context.store, contact.id, args.directory):
            print(path)
    return 0


def list_duplicates(args: argparse.Namespace) -> int:
    from internapp.core.services import contact_duplicates

    with cli_context(args) as context:
        pairs = contact_duplicates.find(context.store)
    if args.json:
        print_json(pairs)
        return 0
    for pair in pairs:
        print(f"{pair.first.name} ({pair.first.id}) and {pair.second.name} ({pair.second.id}): "
              f"{'; '.join(pair.reasons)}")
    if not pairs:
        print("no duplicates found")
    return 0


def merge_contacts(args: argparse.Namespace) -> int:
    from internapp.core.services import contact_duplicates, contacts

    with cli_context(args) as context:
        keep = contacts.resolve(context.store, args.keep)
        other = contacts.resolve(context.store, args.other)
        contact_duplicates.merge(context.store, keep.id, other.id)
    print(f"merged {other.display_name} into {keep.display_name}")
    return 0


def export_vcard(args: argparse.Namespace) -> int:
    from internapp.core.interchange.vcard_export import export_all

    with cli_context(args) as context:
        count = export_all(context.store, args.file)
    print(f"exported {count} contact{'s' if count != 1 else ''} to {args.file}")
    return 0
