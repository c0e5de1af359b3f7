"""Watson's ``frames`` file (in its config dir, e.g. ~/.config/watson/frames): a JSON array of
``[start, stop, project, id, tags, updated_at]`` with Unix times. The frame id recognises a frame
when the file is imported again. Watson keeps no notes; its tags become ours. Rows are numbered
from 1 in the order of the array.
"""

from datetime import UTC, datetime
from pathlib import Path

from internapp.core.interchange import time_import
from internapp.core.interchange.report import ImportReport
from internapp.core.interchange.time_import import Parsed, ParsedEntry, clean_project, clean_tags
from internapp.core.interchange.time_json import read_array
from internapp.core.services.errors import ValidationError
from internapp.core.store import Store

FORMAT = "watson"


def parse(path: Path, tz: str) -> Parsed:
    frames, notes = read_array(path, "Watson frames (a list of [start, stop, project, id, ...])")
    parsed = Parsed(notes=notes)
    for number, frame in enumerate(frames, start=1):
        try:
            parsed.add(_frame(number, frame))
        except ValidationError as error:
            parsed.reject(number, error.reason, error.field)
    return parsed


def _frame(number: int, frame) -> ParsedEntry:
    if not isinstance(frame, list) or len(frame) < 4:
        raise ValidationError("frame", "is not a list of [start, stop, project, id, tags, "
                                       "updated_at]")
    start, stop, project, frame_id = frame[:4]
    tags = frame[4] if len(frame) > 4 and frame[4] is not None else []
    if not isinstance(project, str) or not project.strip():
        raise ValidationError("project", "is missing")
    if not isinstance(frame_id, str) or not frame_id.strip():
        raise ValidationError("id", "is missing")
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise ValidationError("tags", "is not a list of text")
    note = frame[6] if len(frame) > 6 and isinstance(frame[6], str) else ""
    return ParsedEntry(number, clean_project(project), _unix("start", start),
                       _unix("stop", stop), note.strip(), clean_tags(tags), frame_id.strip())


def _unix(field: str, value) -> datetime:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(field, f"{value!r} is not a Unix time")
    try:
        return datetime.fromtimestamp(value, UTC)
    except (OverflowError, OSError, ValueError):
        raise ValidationError(field, f"{value!r} is out of range for a Unix time") from None


def run(store: Store, path: Path, dry_run: bool) -> ImportReport:
    return time_import.run(store, path, dry_run, FORMAT, parse)
