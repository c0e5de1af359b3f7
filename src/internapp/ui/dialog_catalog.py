"""Every dialog and pop-up the layout check opens, each as the app opens it.

A new dialog adds a ``DialogSpec`` here: its name and a function that opens it from the main
window the way a user would (through the screen or action that shows it) and returns it, or
returns None when the data has nothing to open it on (an edit dialog on an empty store). The
layout check (``ui/layout_check.py``) then checks it at the smallest window size, in every theme
the tests and ``internapp smoke --check-layout`` run. Dialogs that read a file get a small sample
written to a temporary folder (the import previews).
"""

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QWidget

from internapp.core.clock import utcnow
from internapp.ui.wait import process_until


@dataclass(frozen=True)
class DialogSpec:
    name: str
    open: Callable[[Any], QWidget | None]  # (the main window) -> the shown dialog, or None


def _screen(window, key: str):
    window.show_screen(key)
    return window.screen(key)


def _sample(name: str, text: str) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="internapp-layout-"))
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


VCARD = ("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ana Lima\r\nORG:Acme Research\r\n"
         "EMAIL:ana@example.org\r\nTITLE:Research lead\r\nEND:VCARD\r\n")
TOGGL = ("User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,"
         "End time,Duration,Tags\r\nSam,sam@example.org,Northwind,Sales dashboard,,Cleaned the data,"
         "Yes,2025-03-03,09:00:00,2025-03-03,10:30:00,01:30:00,analysis\r\n")
APPLICATIONS = ("Company,Position,Status,Deadline\r\nAcme Research,Data intern,Applied,2026-12-01\r\n"
                "Northwind,UX research assistant,Saved,\r\n")


# --- Applications ---------------------------------------------------------------------------


def _first_application(window):
    screen = _screen(window, "applications")
    if not screen.rows:
        return None
    screen.show_view("board")
    screen.open_record(screen.rows[0].id)
    return screen


def _close_reason(window):
    screen = _screen(window, "applications")
    closed = next((s for s in screen._stages if s.closed), None)
    if not screen.rows or closed is None:
        return None
    screen.request_move([screen.rows[0].id], closed.id)
    return screen.close_dialog


def _pick_skills(window):
    screen = _first_application(window)
    return screen.detail.skills.open_picker() if screen else None


def _link_contact(window):
    screen = _first_application(window)
    return screen.detail.people.open_linker() if screen else None


def _applications_import(window):
    screen = _screen(window, "applications")
    screen.interchange.dialog = None
    screen.interchange.start_import(_sample("applications.csv", APPLICATIONS))
    process_until(lambda: screen.interchange.dialog is not None, timeout=20)
    return screen.interchange.dialog


def _deadline_calendar(window):
    """The calendar a date field pops up (New application → Deadline)."""
    dialog = window.new_record("applications")
    return _date_popup(dialog, dialog.deadline)


# --- Time ------------------------------------------------------------------------------------


def _time_screen(window):
    screen = _screen(window, "time")
    screen.show_tab("entries")
    screen.entries.set_choices(screen.session.choices)
    return screen


def _select_first_entry(window):
    screen = _time_screen(window)
    if screen.entries.model.rowCount() == 0:
        return None
    screen.entries.table.selectRow(0)
    return screen


def _edit_entry(window):
    screen = _select_first_entry(window)
    return screen.entries.edit_selected() if screen else None


def _split_entry(window):
    screen = _select_first_entry(window)
    if screen is None or screen.entries.selected()[0].ended_at is None:
        return None
    return screen.entries.split_selected()


def _date_popup(dialog, field):
    menu = field.button.menu()
    menu.popup(field.button.mapToGlobal(field.button.rect().bottomLeft()))
    process_until(menu.isVisible, timeout=5)
    menu.owner = dialog  # closed with the pop-up
    return menu


def _entry_calendar(window):
    """The calendar pop-up of the time entry's date."""
    dialog = window.new_record("time")
    return _date_popup(dialog, dialog.date_edit)


def _time_import(window):
    screen = _screen(window, "time")
    dialog = screen.import_file("toggl", str(_sample("toggl.csv", TOGGL)))
    dialog.wait()
    QApplication.processEvents()
    return dialog


def _sleep_gap(window):
    from internapp.core.services.timer import Gap
    from internapp.ui.dialogs.sleep_gap_dialog import SleepGapDialog

    now = utcnow()
    dialog = SleepGapDialog(Gap(now - timedelta(hours=2, minutes=5), now - timedelta(minutes=3)),
                            "Market sizing for EV chargers", window)
    dialog.open()
    return dialog


# --- Contacts and skills ----------------------------------------------------------------------


def _log_interaction(window):
    screen = _screen(window, "contacts")
    if not screen.list.model.rowCount():
        return None
    return screen.log_for(screen.list.model.row_at(0).id)


def _contacts_import(window):
    screen = _screen(window, "contacts")
    dialog = screen.import_file("vcard", str(_sample("contacts.vcf", VCARD)))
    process_until(lambda: not dialog.busy(), timeout=20)
    return dialog


def _new_role(window):
    screen = _screen(window, "skills")
    dialog = screen.roles_tab._dialog("New target role", "", None, [])
    dialog.open()
    return dialog


def _skill_values(window):
    screen = _screen(window, "skills")
    tab = screen.engagements_tab
    if not tab.model.rowCount():
        return None
    tab.table.selectRow(0)
    return tab.edit_selected()


def _money_section(window):
    """The Money section of the first engagement's detail, or None without engagements."""
    from internapp.core.services import engagements

    rows = engagements.list_rows(window._context.store)
    if not rows:
        return None
    window.show_screen("engagements", rows[0].id)
    return window.screen("engagements").detail.money


def _payment(window):
    section = _money_section(window)
    return section.add_payment() if section else None


def _invoice(window):
    section = _money_section(window)
    return section.new_invoice() if section else None


def _interview_editor(window):
    window.show_screen("applications")
    screen = window.screen("applications")
    if not screen.rows:
        return None
    screen.open_record(screen.rows[0].id)
    return screen.detail.interviews.open_editor()


# --- Settings and the data's health ----------------------------------------------------------


def _restore_backup(window):
    """Settings → Backups → Restore… on the newest backup (None when there is no backup)."""
    section = _screen(window, "settings").backups
    process_until(lambda: not section.loading(), timeout=20)
    if section.model.rowCount() == 0:
        return None
    section.table.selectRow(0)
    return section.restore_selected()


def _damaged(window):
    """What the quick check shows when it finds the open data file damaged."""
    return window.offer_restore_for_damage("database disk image is malformed")


def _crash(window):
    """The dialog an unexpected error brings up (ui/crash.py), with a real traceback."""
    from internapp.logs import details_text, log_file
    from internapp.ui.crash import CrashDialog

    try:
        raise RuntimeError("an error the layout check raised on purpose")
    except RuntimeError as error:
        details = details_text(type(error), error, error.__traceback__)
    dialog = CrashDialog(details, str(log_file(window.paths)), window)
    dialog.open()
    return dialog


DIALOGS: tuple[DialogSpec, ...] = (
    DialogSpec("About", lambda w: w.show_about()),
    DialogSpec("Keyboard shortcuts", lambda w: w.show_shortcuts()),
    DialogSpec("New application", lambda w: w.new_record("applications")),
    DialogSpec("Deadline calendar", _deadline_calendar),
    DialogSpec("Stages", lambda w: _screen(w, "applications").edit_stages()),
    DialogSpec("Close reason", _close_reason),
    DialogSpec("Choose skills", _pick_skills),
    DialogSpec("Link contact", _link_contact),
    DialogSpec("Import applications", _applications_import),
    DialogSpec("New engagement", lambda w: w.new_record("engagements")),
    DialogSpec("New time entry", lambda w: w.new_record("time")),
    DialogSpec("Time entry calendar", _entry_calendar),
    DialogSpec("Edit time entry", _edit_entry),
    DialogSpec("Split time entry", _split_entry),
    DialogSpec("Import time", _time_import),
    DialogSpec("Away from the timer", _sleep_gap),
    DialogSpec("New contact", lambda w: w.new_record("contacts")),
    DialogSpec("Log interaction", _log_interaction),
    DialogSpec("Rhythms by tag", lambda w: _screen(w, "contacts").edit_cadences()),
    DialogSpec("Duplicates", lambda w: _screen(w, "contacts").review_duplicates()),
    DialogSpec("Import contacts", _contacts_import),
    DialogSpec("New target role", _new_role),
    DialogSpec("Skills of an engagement", _skill_values),
    DialogSpec("Record a payment", _payment),
    DialogSpec("New invoice", _invoice),
    DialogSpec("Interview editor", _interview_editor),
    DialogSpec("Restore a backup", _restore_backup),
    DialogSpec("Damaged data file", _damaged),
    DialogSpec("Unexpected error", _crash),
    DialogSpec("Sync conflicts", lambda w: _screen(w, "settings").sync_section.show_conflicts()),
)
