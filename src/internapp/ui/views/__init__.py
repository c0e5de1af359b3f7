"""The screens, one module each. A module exposes ``create_screen(context, shell) -> Screen`` and
is imported only when its screen is first shown, which keeps start-up lean."""

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from internapp.context import AppContext
from internapp.ui.i18n import QT_TRANSLATE_NOOP
from internapp.ui.views.base import Screen
from internapp.ui.views.shell import Shell


@dataclass(frozen=True)
class ScreenSpec:
    key: str
    title: str  # English, marked for lupdate: ``label`` is what the window shows
    module: str

    @property
    def icon(self) -> str:
        return self.key

    @property
    def label(self) -> str:
        """The title in the window's language (sidebar, View menu, tooltips)."""
        return QCoreApplication.translate("Screens", self.title)


SCREENS = (
    ScreenSpec("today", QT_TRANSLATE_NOOP("Screens", "Today"), "internapp.ui.views.today"),
    ScreenSpec("applications", QT_TRANSLATE_NOOP("Screens", "Applications"),
               "internapp.ui.views.applications.screen"),
    ScreenSpec("engagements", QT_TRANSLATE_NOOP("Screens", "Engagements"),
               "internapp.ui.views.engagements.screen"),
    ScreenSpec("time", QT_TRANSLATE_NOOP("Screens", "Time"), "internapp.ui.views.time.screen"),
    ScreenSpec("contacts", QT_TRANSLATE_NOOP("Screens", "Contacts"),
               "internapp.ui.views.contacts.screen"),
    ScreenSpec("timeline", QT_TRANSLATE_NOOP("Screens", "Timeline"), "internapp.ui.views.timeline"),
    ScreenSpec("skills", QT_TRANSLATE_NOOP("Screens", "Skills"),
               "internapp.ui.views.skills.screen"),
    ScreenSpec("income", QT_TRANSLATE_NOOP("Screens", "Income"),
               "internapp.ui.views.income.screen"),
    ScreenSpec("settings", QT_TRANSLATE_NOOP("Screens", "Settings"),
               "internapp.ui.views.settings.screen"),
)


def screen_title(key: str) -> str:
    """A screen's title in the window's language, by its key (``time`` → ``Zeit``)."""
    spec = next((s for s in SCREENS if s.key == key), None)
    return spec.label if spec else key.capitalize()


def build_screen(spec: ScreenSpec, context: AppContext, shell: Shell) -> Screen:
    module = importlib.import_module(spec.module)
    return module.create_screen(context, shell)
