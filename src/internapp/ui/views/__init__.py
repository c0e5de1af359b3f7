"""The screens, one module each. A module exposes ``create_screen(context, shell) -> Screen`` and
is imported only when its screen is first shown, which keeps start-up lean."""

import importlib
from dataclasses import dataclass

from internapp.context import AppContext
from internapp.ui.views.base import Screen
from internapp.ui.views.shell import Shell


@dataclass(frozen=True)
class ScreenSpec:
    key: str
    title: str
    module: str

    @property
    def icon(self) -> str:
        return self.key


SCREENS = (
    ScreenSpec("today", "Today", "internapp.ui.views.today"),
    ScreenSpec("applications", "Applications", "internapp.ui.views.applications.screen"),
    ScreenSpec("engagements", "Engagements", "internapp.ui.views.engagements.screen"),
    ScreenSpec("time", "Time", "internapp.ui.views.time.screen"),
    ScreenSpec("contacts", "Contacts", "internapp.ui.views.contacts.screen"),
    ScreenSpec("timeline", "Timeline", "internapp.ui.views.timeline"),
    ScreenSpec("skills", "Skills", "internapp.ui.views.skills.screen"),
    ScreenSpec("income", "Income", "internapp.ui.views.income.screen"),
    ScreenSpec("settings", "Settings", "internapp.ui.views.settings.screen"),
)


def build_screen(spec: ScreenSpec, context: AppContext, shell: Shell) -> Screen:
    module = importlib.import_module(spec.module)
    return module.create_screen(context, shell)
