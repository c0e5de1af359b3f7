"""Writing export files whole or not at all: a temporary name in the same folder, then a rename.

``check_target`` refuses a missing or read-only folder (or a path that is a folder) before any
work is done, with a message naming the file; ``write_atomic`` writes bytes; ``FolderWriter``
builds a folder (a portfolio's files) under a temporary name and swaps it in with the file that
links to it, so a failure leaves neither half-written and an earlier export intact.
"""

import os
import shutil
import tempfile
from pathlib import Path

from internapp.core.services.errors import ValidationError


def check_target(path: Path | str, suffixes: tuple[str, ...] = ()) -> Path:
    """``path`` if a file can be written there: its folder exists and is writable, it is not a
    folder, and it ends in one of ``suffixes`` (when given)."""
    path = Path(path)
    if suffixes and path.suffix.casefold() not in suffixes:
        raise ValidationError("file", f"{path.name!r} must end in {' or '.join(suffixes)} "
                                      f"(got {path.suffix or 'no extension'})")
    if path.is_dir():
        raise ValidationError("file", f"{path} is a folder")
    folder = path.parent
    if not folder.is_dir():
        raise ValidationError("file", f"the folder {folder} does not exist")
    if not os.access(folder, os.W_OK):
        raise ValidationError("file", f"the folder {folder} is not writable")
    return path


def write_atomic(path: Path | str, data: bytes) -> Path:
    """Writes ``data`` to ``path`` through a temporary file in the same folder."""
    path = check_target(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as writer:
            writer.write(data)
            writer.flush()
            os.fsync(writer.fileno())
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise ValidationError("file", f"could not write {path.name}: {error.strerror or error}"
                              ) from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


class FolderWriter:
    """A file and the folder of files beside it, written under temporary names and put in
    place together by ``commit`` (or removed by ``discard``)::

        with FolderWriter(Path("portfolio.html"), "portfolio_files") as out:
            (out.folder / "radar.svg").write_bytes(svg)
            out.commit(html_bytes)
    """

    def __init__(self, path: Path, folder_name: str) -> None:
        self.path = check_target(path)
        self.final_folder = self.path.parent / folder_name
        if self.final_folder.exists() and not self.final_folder.is_dir():
            raise ValidationError("file", f"{self.final_folder} exists and is not a folder")
        self.folder = Path(tempfile.mkdtemp(prefix=f".{folder_name}.", suffix=".part",
                                            dir=self.path.parent))
        self._done = False

    def __enter__(self) -> "FolderWriter":
        return self

    def __exit__(self, kind, error, traceback) -> None:
        if not self._done:
            self.discard()
        if isinstance(error, OSError):
            raise ValidationError("file", f"could not write {self.path.name}: "
                                          f"{error.strerror or error}") from None

    def commit(self, data: bytes) -> Path:
        """Writes the file and swaps the folder in; an earlier export's folder is replaced."""
        handle, temporary = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".part",
                                             dir=self.path.parent)
        with os.fdopen(handle, "wb") as writer:
            writer.write(data)
        old, moved = None, False
        try:
            if self.final_folder.exists():
                old = Path(tempfile.mkdtemp(prefix=f".{self.final_folder.name}.", suffix=".old",
                                            dir=self.path.parent))
                old.rmdir()
                self.final_folder.rename(old)
            self.folder.rename(self.final_folder)
            moved = True
            os.replace(temporary, self.path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            if moved:
                self.final_folder.rename(self.folder)  # discarded on the way out
            if old is not None:
                old.rename(self.final_folder)  # the earlier export stays as it was
            raise
        self._done = True
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
        return self.path

    def discard(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
        self._done = True
