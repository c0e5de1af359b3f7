"""Writing a file whole or not at all: to a temporary name beside it, then renamed over it."""

import os
import tempfile
from pathlib import Path

from internapp.core.services.errors import ValidationError


def write_atomic(path: Path | str, data: bytes) -> Path:
    path = Path(path)
    if not path.parent.is_dir():
        raise ValidationError("file", f"the folder {path.parent} does not exist")
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part",
                                             dir=path.parent)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path
