"""Timewarrior's ``timew export`` JSON: an array of {"id", "start", "end", "tags", "annotation"}
with times like ``20250301T090000Z``; an interval still being tracked has no "end" and becomes the
running timer (when none runs here yet).

Timewarrior has tags but no projects, and keeps tags sorted, so the engagement is taken from the
tags: a tag that names an existing engagement (case, hyphens and underscores aside) or one written
``project:NAME``; otherwise the first tag. The other tags stay tags; the annotation is the note.
Timewarrior's ids renumber as intervals are added, so a re-import recognises an interval by its
start (Timewarrior never lets two intervals overlap).
"""

from datetime import UTC, datetime
from pathlib import Path

from internapp.core.interchange import time_import
from internapp.core.interchange.report import ImportReport
from internapp.core.interchange.time_import import (
    NO_PROJECT,
    Parsed,
    ParsedEntry,
    clean_note,
    clean_project,
    clean_tags,
    project_key,
)
from internapp.core.interchange.time_json import read_array
from internapp.core.services.errors import ValidationError
from internapp.core.store import Store

FORMAT = "timewarrior"
PROJECT_PREFIXES = ("project:", "proj:", "client:")


def parse(path: Path, tz: str, known: frozenset[str] = frozenset()) -> Parsed:
    """``known``: project keys of the existing engagements (see the module's docstring)."""
    intervals, notes = read_array(path, "the output of `timew export` (a list of intervals)")
    parsed = Parsed(notes=notes)
    from_tags: dict[str, tuple[str, int]] = {}  # project key -> (name, intervals)
    for number, interval in enumerate(intervals, start=1):
        try:
            entry = _interval(number, interval, known)
        except ValidationError as error:
            parsed.reject(number, error.reason, error.field)
            continue
        parsed.add(entry)
        if entry.project != NO_PROJECT:
            key = project_key(entry.project)
            name, count = from_tags.get(key, (entry.project, 0))
            from_tags[key] = (name, count + 1)
    for name, count in from_tags.values():  # Timewarrior has no projects: say so
        parsed.notes.append(f"{count} interval{'s' if count != 1 else ''} go to the engagement "
                            f"{name!r}, taken from a tag (Timewarrior has no projects)")
    return parsed


def _interval(number: int, interval, known: frozenset[str]) -> ParsedEntry:
    if not isinstance(interval, dict):
        raise ValidationError("interval", "is not an object with a start")
    start = _instant("start", interval.get("start"))
    end = _instant("end", interval["end"]) if interval.get("end") is not None else None
    tags = interval.get("tags") or []
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise ValidationError("tags", "is not a list of text")
    annotation = interval.get("annotation") or ""
    if not isinstance(annotation, str):
        raise ValidationError("annotation", "is not text")
    project, rest = project_of(tags, known)
    return ParsedEntry(number, project, start, end, clean_note(annotation), clean_tags(rest),
                       interval["start"].strip())


def project_of(tags: list[str], known: frozenset[str]) -> tuple[str, list[str]]:
    """The engagement an interval's tags name, and the tags left over."""
    for tag in tags:
        if tag.casefold().startswith(PROJECT_PREFIXES):
            return clean_project(tag.split(":", 1)[1]), [t for t in tags if t != tag]
    for tag in tags:
        if project_key(tag) in known:
            return clean_project(tag), [t for t in tags if t != tag]
    if tags:
        return clean_project(tags[0]), tags[1:]
    return clean_project(None), []


def _instant(field: str, value) -> datetime:
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(field, "is missing")
    try:
        return datetime.strptime(value.strip(), "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    except ValueError:
        raise ValidationError(field, f"{value!r} is not a Timewarrior time "
                                     "(YYYYMMDDTHHMMSSZ)") from None


def run(store: Store, path: Path, dry_run: bool) -> ImportReport:
    known = frozenset(time_import.engagement_keys(store))
    return time_import.run(store, path, dry_run, FORMAT,
                           lambda p, tz: parse(p, tz, known))
