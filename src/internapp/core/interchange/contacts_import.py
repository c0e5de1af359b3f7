"""What the contact importers share: a record read from a file (a draft), checked by the contacts
service, matched against known people (UID, email, LinkedIn profile) and written in one
transaction exactly as the preview showed.

A format module turns a file into drafts plus the records it could not read; ``plan`` and
``run`` do the rest, so vCard and LinkedIn imports behave the same.
"""

import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from internapp.core.changes import Kind
from internapp.core.interchange.report import ImportReport, RejectedRow
from internapp.core.services import contacts
from internapp.core.services.contact_duplicates import ContactIndex
from internapp.core.services.errors import ValidationError
from internapp.core.store import Store
from internapp.core.store.backup import backup_before_import


class ImportCancelled(Exception):
    """The user cancelled; nothing was written."""


@dataclass
class ContactDraft:
    row: int | str  # what the user finds the record by: a card number, a line number
    values: dict[str, Any]  # fields of contacts.SCHEMA
    left_out: list[tuple[str, str]] = field(default_factory=list)  # (field, why) not readable

    @property
    def label(self) -> str:
        return self.values.get("display_name") or f"record {self.row}"


@dataclass
class ParsedFile:
    drafts: list[ContactDraft] = field(default_factory=list)
    rejected: list[RejectedRow] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class PlannedContact:
    row: int | str
    name: str
    organization: str | None
    title: str | None
    emails: list[str]


@dataclass(frozen=True)
class KnownContact:
    row: int | str
    name: str
    why: str  # "same email ana@example.org"
    existing: str  # the name of the contact it matches


@dataclass
class ImportPlan:
    """A preview: the contacts an import creates, the ones it recognises, the ones it rejects."""

    report: ImportReport
    create: list[PlannedContact] = field(default_factory=list)
    known: list[KnownContact] = field(default_factory=list)
    cleaned: list[dict[str, Any]] = field(default_factory=list)  # what is written, in order


def _row_order(row: int | str) -> tuple[int, str]:
    """Rejected records in file order: "card 3 (line 13)" sorts by its first number."""
    if isinstance(row, int):
        return row, ""
    digits = re.search(r"\d+", row)
    return (int(digits[0]) if digits else 0), row


Parser = Callable[[Path], ParsedFile]


def fingerprint(fmt: str, cleaned: dict[str, Any]) -> str:
    """A stable UID for a record with nothing else to recognise it by (no UID, email or profile
    address — a card with just a name and a phone, a LinkedIn row without email): the same record
    imported again finds the contact it made, instead of adding it twice."""
    def plain(value: Any) -> Any:
        if isinstance(value, bytes):
            return hashlib.sha256(value).hexdigest()
        if isinstance(value, date):
            return value.isoformat()
        return value

    body = json.dumps({k: plain(v) for k, v in sorted(cleaned.items())}, ensure_ascii=False,
                      sort_keys=True, default=str)
    return f"{fmt}:{hashlib.sha256(body.encode()).hexdigest()[:32]}"
ShouldCancel = Callable[[], bool]


def plan(store: Store, fmt: str, path: Path, parsed: ParsedFile, *, dry_run: bool,
         should_cancel: ShouldCancel | None = None) -> ImportPlan:
    """Checks every draft and matches it against the store (and the records before it)."""
    with store.read() as session:
        return _plan(session, fmt, path, parsed, dry_run, should_cancel)


def run(store: Store, fmt: str, path: Path, parser: Parser, dry_run: bool, *,
        should_cancel: ShouldCancel | None = None) -> ImportReport:
    """Reads ``path`` with ``parser``; unless ``dry_run``, writes the plan in one transaction."""
    return run_plan(store, fmt, path, parser, dry_run, should_cancel=should_cancel).report


def run_plan(store: Store, fmt: str, path: Path, parser: Parser, dry_run: bool, *,
             should_cancel: ShouldCancel | None = None) -> ImportPlan:
    path = Path(path)
    parsed = parser(path)
    if dry_run:
        return plan(store, fmt, path, parsed, dry_run=True, should_cancel=should_cancel)
    backup_before_import(store)
    with store.write([Kind.CONTACTS, Kind.ORGANIZATIONS]) as session:
        # planned inside the writing transaction, so what is written is exactly what was matched
        result = _plan(session, fmt, path, parsed, False, should_cancel)
        for values in result.cleaned:
            contacts.new_contact(session, values)
            if should_cancel and should_cancel():
                raise ImportCancelled()
    return result


def _plan(session, fmt: str, path: Path, parsed: ParsedFile, dry_run: bool,
          should_cancel: ShouldCancel | None) -> ImportPlan:
    report = ImportReport(fmt, str(path), dry_run)
    report.rejected.extend(parsed.rejected)
    report.notes.extend(parsed.notes)
    report.created["contacts"] = 0
    result = ImportPlan(report)
    index = ContactIndex.of_store(session)
    for draft in parsed.drafts:
        if should_cancel and should_cancel():
            raise ImportCancelled()
        try:  # an optional field that does not validate is left out, never the contact
            cleaned, left_out = contacts.clean_leniently(draft.values)
        except ValidationError as error:
            report.reject(draft.row, f"{error.reason} — {draft.label}", error.field)
            continue
        for name, why in [*draft.left_out, *left_out]:
            report.leave_out(draft.row, name, f"{why} — {cleaned['display_name']}")
        emails = cleaned.get("emails") or []
        if not (cleaned.get("external_uid") or emails or cleaned.get("linkedin_url")):
            cleaned["external_uid"] = fingerprint(fmt, cleaned)
        found = index.match(uid=cleaned.get("external_uid"), emails=emails,
                            linkedin_url=cleaned.get("linkedin_url"))
        if found:
            why, existing = found
            report.duplicates += 1
            result.known.append(KnownContact(draft.row, cleaned["display_name"], why,
                                             str(existing)))
            continue
        index.add(cleaned["display_name"], uid=cleaned.get("external_uid"), emails=emails,
                  linkedin_url=cleaned.get("linkedin_url"))
        report.count("contacts")
        result.cleaned.append(cleaned)
        result.create.append(PlannedContact(draft.row, cleaned["display_name"],
                                            cleaned.get("organization"), cleaned.get("title"),
                                            emails))
    report.rejected.sort(key=lambda r: _row_order(r.row))
    return result
