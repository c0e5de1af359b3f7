"""What an import found: what it would create (or created), what it skipped, and every row it
could not read, with the reason. Every importer returns one of these, for a preview, a dry run and
the real run alike, so the CLI and the UI present them the same way.
"""

from collections.abc import Iterator
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)  # an import may reject a million rows
class RejectedRow:
    """A record that was not imported. ``row`` is what a user can find it by in the file: a line
    number for CSV, an index for JSON arrays, the card number for vCard."""

    row: int | str
    reason: str
    field: str | None = None

    def to_dict(self) -> dict:
        return {"row": self.row, "field": self.field, "reason": self.reason}


@dataclass
class ImportReport:
    format: str
    source: str
    dry_run: bool
    created: dict[str, int] = field(default_factory=dict)  # kind -> count, e.g. {"contacts": 12}
    duplicates: int = 0  # records already in the store (re-imports add nothing)
    rejected: list[RejectedRow] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # e.g. "engagement 'X' will be created"
    # records imported without an optional field that could not be read (the field, and why)
    left_out: list[RejectedRow] = field(default_factory=list)

    def count(self, kind: str, n: int = 1) -> None:
        self.created[kind] = self.created.get(kind, 0) + n

    def reject(self, row: int | str, reason: str, field: str | None = None) -> None:
        self.rejected.append(RejectedRow(row, reason, field))

    def leave_out(self, row: int | str, field: str, reason: str) -> None:
        self.left_out.append(RejectedRow(row, reason, field))

    def to_dict(self) -> dict:
        return {
            "format": self.format,
            "source": self.source,
            "dry_run": self.dry_run,
            "created": dict(self.created),
            "duplicates": self.duplicates,
            "rejected": [row.to_dict() for row in self.rejected],
            "notes": list(self.notes),
            "left_out": [row.to_dict() for row in self.left_out],
        }

    def summary(self) -> str:
        return "\n".join(self.lines())

    def lines(self) -> Iterator[str]:
        """The summary a line at a time (a million rejected rows are printed as they come)."""
        verb = "would create" if self.dry_run else "created"
        made = ", ".join(f"{n} {kind}" for kind, n in self.created.items() if n) or "nothing"
        yield (f"{self.format} import of {self.source}: {verb} {made}; "
               f"{self.duplicates} already present; {len(self.rejected)} rejected")
        yield from (f"  note: {note}" for note in self.notes)
        yield from (f"  row {r.row}: imported without {r.field} ({r.reason})"
                    for r in self.left_out)
        yield from (f"  row {r.row}: {r.field + ': ' if r.field else ''}{r.reason}"
                    for r in self.rejected)
