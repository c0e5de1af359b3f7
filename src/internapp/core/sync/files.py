"""Documents' files on pull: a pulled document whose copy is not here (or differs) is fetched by
its SHA-256 and written under a temporary name, checked, then renamed into place, read-only like
every stored copy. A deleted document's copy goes with it."""

import hashlib
import os
import stat
from collections.abc import Callable
from pathlib import Path

from internapp.core.sync.remote import Pulled

READ_ONLY = stat.S_IRUSR | stat.S_IRGRP


def missing(pulled: list[Pulled], documents_dir: Path) -> list[tuple[str, Path]]:
    """(SHA-256, where the copy belongs) for live pulled documents whose copy is not here."""
    wanted: list[tuple[str, Path]] = []
    for row in pulled:
        if row.tbl != "document" or row.deleted:
            continue
        sha, stored = row.data.get("sha256"), row.data.get("stored_name")
        if not isinstance(sha, str) or not isinstance(stored, str):
            continue
        target = _inside(documents_dir, stored)
        if target is not None and not _matches(target, sha):
            wanted.append((sha, target))
    return wanted


def fetch(wanted: list[tuple[str, Path]],
          download: Callable[[list[str]], dict[str, bytes]]) -> int:
    """Writes every wanted file (each content downloaded once); returns how many were written."""
    contents = download(sorted({sha for sha, _ in wanted})) if wanted else {}
    written = 0
    for sha, target in wanted:
        content = contents.get(sha)
        if content is None or hashlib.sha256(content).hexdigest() != sha:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(f".{target.name}.part")
        temporary.write_bytes(content)
        temporary.chmod(READ_ONLY)
        if target.exists():
            target.chmod(stat.S_IRUSR | stat.S_IWUSR)
        os.replace(temporary, target)
        written += 1
    return written


def remove_deleted(pulled: list[Pulled], documents_dir: Path, still_used: set[str]) -> None:
    """Deletes the copies of pulled deletions that no live document row uses any more."""
    for row in pulled:
        if row.tbl != "document" or not row.deleted:
            continue
        stored = row.data.get("stored_name")
        target = _inside(documents_dir, stored) if stored else None
        if target is None or stored in still_used or not target.exists():
            continue
        target.chmod(stat.S_IRUSR | stat.S_IWUSR)
        target.unlink()
        if target.parent != documents_dir and not any(target.parent.iterdir()):
            target.parent.rmdir()


def _inside(documents_dir: Path, stored: str) -> Path | None:
    """The stored name as a path inside the documents folder; None if it would leave it."""
    target = (documents_dir / stored).resolve()
    root = documents_dir.resolve()
    return target if target != root and root in target.parents else None


def _matches(path: Path, sha: str) -> bool:
    if not path.is_file():
        return False
    digest = hashlib.sha256()
    with path.open("rb") as reader:
        while chunk := reader.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest() == sha
