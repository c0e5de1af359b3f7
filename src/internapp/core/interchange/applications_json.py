"""Applications as JSON: the stages, then every application with its stage history.

    {"format": "internapp-applications", "version": 1, "exported_at": "...",
     "stages": [{"name", "position", "closed", "role"}, ...],
     "applications": [{"organization", "role", "stage", ..., "history": [{"stage", "at"}]}]}

The importer also takes a bare list of applications (what ``internapp apps list --json`` prints).
Stages a file declares that the store lacks are created; stages are matched by name, or by role
when the store renamed a built-in one.
"""

import json
from datetime import date
from pathlib import Path

from internapp.core.clock import utcnow
from internapp.core.interchange.applications_export import export_records, stage_records
from internapp.core.interchange.applications_plan import (
    FIELDS,
    ImportPlan,
    StageSpec,
    apply,
    preview,
)
from internapp.core.interchange.report import ImportReport
from internapp.core.models import StageRole
from internapp.core.safe_files import atomic_output
from internapp.core.services.errors import ValidationError
from internapp.core.services.fields import name_key
from internapp.core.services.stages import stage_name
from internapp.core.store import Store

FORMAT = "applications-json"
MARKER = "internapp-applications"
VERSION = 1


def preview_file(store: Store, path: Path) -> ImportPlan:
    report = ImportReport(FORMAT, str(path), dry_run=True)
    try:
        document = json.loads(Path(path).read_text("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ValidationError("file", f"is not JSON: {error}") from None
    except RecursionError:
        raise ValidationError("file", "is JSON nested too deeply to be an export") from None
    stages: list[StageSpec] = []
    if isinstance(document, dict):
        if document.get("format") != MARKER:
            raise ValidationError("file", f"is not an applications export (no \"format\": "
                                          f"\"{MARKER}\")")
        if not isinstance(document.get("version"), int) or document["version"] > VERSION:
            raise ValidationError("file", f"was written by a newer internapp (version "
                                          f"{document.get('version')!r}, this one reads {VERSION})")
        declared = document.get("stages") or []
        if not isinstance(declared, list):
            raise ValidationError("file", "has \"stages\" that are not a list")
        stages = _stages(declared, report)
        items = document.get("applications")
    else:
        items = document
    if not isinstance(items, list):
        raise ValidationError("file", "holds no list of applications")
    return preview(store, _records(items, report), report, stages)


def import_file(store: Store, path: Path, dry_run: bool) -> ImportReport:
    plan = preview_file(store, path)
    return plan.report if dry_run else apply(store, plan)


def export_file(store: Store, path: Path) -> int:
    path = Path(path)
    applications = [_jsonable(record) for record in export_records(store)]
    document = {"format": MARKER, "version": VERSION, "exported_at": utcnow().isoformat(),
                "stages": stage_records(store), "applications": applications}
    with atomic_output(path) as stream:
        stream.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    return len(applications)


def _records(items: list, report: ImportReport):
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            report.reject(index, "is not an object")
            continue
        record = {key: item.get(key) for key in (*FIELDS, "history") if key in item}
        if "applied_on" not in record and "applied" in item:
            record["applied_on"] = item["applied"]
        yield index, record


def _stages(items: list, report: ImportReport) -> list[StageSpec]:
    specs: list[StageSpec] = []
    seen: set[str] = set()
    for index, item in enumerate(items):
        if not isinstance(item, dict) or not isinstance(item.get("name"), str):
            report.notes.append(f"stage {index} has no name and was skipped")
            continue
        try:
            name = stage_name("name", item["name"])
        except ValidationError as error:
            report.notes.append(f"stage {index} was skipped: its name {error.reason}")
            continue
        if name_key(name) in seen:
            continue
        seen.add(name_key(name))
        role = item.get("role") if item.get("role") in set(StageRole) else None
        specs.append(StageSpec(name, bool(item.get("closed")), role))
    return specs


def _jsonable(record: dict) -> dict:
    return {key: value.isoformat() if isinstance(value, date) else value
            for key, value in record.items()}
