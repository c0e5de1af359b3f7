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


def _career_export(kind: str):
    def open_it(window):
        window.show_screen("engagements")
        return window.screen("engagements").open_export(kind)
    return open_it


def _outcome_dialog(which: str):
    """A dialog of the first finished engagement's outcomes (a story: its first one)."""
    def open_it(window):
        window.show_screen("engagements")
        screen = window.screen("engagements")
        if not screen.open_latest_finished():
            return None
        section = screen.detail.outcomes
        if which == "story":
            stories = section.stories.items()
            return section.edit_story(stories[0] if stories else None)
        return section.edit_deliverable() if which == "deliverable" else section.edit_result()
    return open_it


DIALOGS: tuple[DialogSpec, ...] = (
    DialogSpec("About", _about),
    DialogSpec("Export a portfolio", _career_export("portfolio")),
    DialogSpec("Export a JSON Resume", _career_export("jsonresume")),
    DialogSpec("Export a credit report", _career_export("credit")),
    DialogSpec("Interview story", _outcome_dialog("story")),
    DialogSpec("Deliverable", _outcome_dialog("deliverable")),
    DialogSpec("Result", _outcome_dialog("result")),
)
