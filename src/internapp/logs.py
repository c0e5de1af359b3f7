"""The log file: ``internapp.log`` in the log folder from paths.py, rotated (3 × 512 KB), readable by
the user alone. It records what went wrong — error types, where in the code, record ids — never
the user's data: messages of exceptions are left out, because they can quote names and notes."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from internapp.paths import Paths

if TYPE_CHECKING:  # logging is imported when something is logged, not at every start
    import logging
    from types import TracebackType

LOG_NAME = "internapp.log"
LOGGER = "internapp"


def log_file(paths: Paths) -> Path:
    return paths.log_dir / LOG_NAME


def setup(paths: Paths) -> logging.Logger:
    """The app's logger writing to the log file (once per process and folder)."""
    import logging
    from logging.handlers import RotatingFileHandler

    class _QuietHandler(RotatingFileHandler):
        """A log that cannot be written (a full disk) stays silent: the user already gets the
        one line that matters, and logging must never print a traceback of its own."""

        def handleError(self, record: logging.LogRecord) -> None:
            pass

    logger = logging.getLogger(LOGGER)
    target = log_file(paths)
    if any(getattr(h, "baseFilename", None) == str(target) for h in logger.handlers):
        return logger
    try:
        paths.log_dir.mkdir(parents=True, exist_ok=True)
        if not target.exists():
            target.touch(mode=0o600)
        handler = _QuietHandler(target, maxBytes=512 * 1024, backupCount=3, encoding="utf-8",
                                delay=True)
    except OSError:  # no log folder (a read-only medium): say nothing rather than fail
        logger.propagate = False  # nor let Python's last-resort handler print to stderr
        if not logger.handlers:
            logger.addHandler(logging.NullHandler())
        return logger
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    return logger


def describe(error: BaseException) -> str:
    """The error's type and the code path that raised it, without its message."""
    import traceback

    lines = [f"{type(error).__module__}.{type(error).__qualname__}"]
    for frame in traceback.extract_tb(error.__traceback__):
        lines.append(f"  {_short(frame.filename)}:{frame.lineno} in {frame.name}")
    cause = error.__cause__ or error.__context__
    if cause is not None and cause is not error:
        lines.append(f"  caused by {type(cause).__module__}.{type(cause).__qualname__}")
    return "\n".join(lines)


def log_error(paths: Paths, error: BaseException, where: str) -> Path:
    """Logs an unexpected error; returns the log file's path to mention to the user."""
    setup(paths).error("%s: %s", where, describe(error))
    return log_file(paths)


def log_event(paths: Paths, message: str) -> None:
    setup(paths).info("%s", message)


def details_text(error_type: type[BaseException], error: BaseException,
                 tb: TracebackType | None) -> str:
    """What the crash dialog's "Copy details" copies: version, platform and the code path."""
    from internapp.version import app_version

    error.__traceback__ = tb
    return (f"internapp {app_version()} on Python {sys.version.split()[0]}, {sys.platform}\n"
            + describe(error))


def _short(filename: str) -> str:
    parts = Path(filename).parts
    if "internapp" in parts:
        return os.path.join(*parts[len(parts) - parts[::-1].index("internapp") - 1:])
    return Path(filename).name
