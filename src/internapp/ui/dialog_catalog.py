"""Every dialog and pop-up the layout check opens, each as the app opens it.

A new dialog adds a ``DialogSpec`` here: its name and a function that opens it from the main
window the way a user would (through the screen or action that shows it) and returns it, or
returns None when the data has nothing to open it on (an edit dialog on an empty store). The
layout check (``ui/layout_check.py``) then checks it at the smallest window size, in every theme
the tests and ``internapp smoke --check-layout`` run.
"""

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class DialogSpec:
    name: str
    open: Callable[[object], QWidget | None]  # (the main window) -> the shown dialog, or None


def _about(window):
    return window.show_about()


DIALOGS: tuple[DialogSpec, ...] = (
    DialogSpec("About", _about),
)
