"""Contacts: a small personal CRM — the people met along the way, every interaction with them, and
a reminder when it is time to get back in touch."""

import uuid
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QFileDialog,
    QMenu,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from internapp.context import AppContext
from internapp.core.changes import Kind
from internapp.core.clock import Clock
from internapp.core.interchange.vcard_export import export_all
from internapp.core.services import contact_duplicates, contacts, interactions, keep_in_touch
from internapp.core.store import Store
from internapp.ui.dialogs.contact_dialogs import NewContactDialog, TagCadencesDialog
from internapp.ui.dialogs.contacts_import_dialog import ContactsImportDialog
from internapp.ui.dialogs.duplicates_dialog import DuplicatesDialog
from internapp.ui.dialogs.interaction_dialog import InteractionDialog
from internapp.ui.i18n import QT_TRANSLATE_NOOP
from internapp.ui.views.base import Screen, State, in_turn
from internapp.ui.views.contacts.listing import ContactsList
from internapp.ui.views.contacts.page import ContactPage
from internapp.ui.views.shell import Shell
from internapp.ui.widgets.empty_state import EmptyState
from internapp.ui.widgets.page_stack import PageStack
from internapp.ui.worker import BackgroundTask

IMPORT_FILTERS = {"vcard": QT_TRANSLATE_NOOP("ContactsView", "vCard files (*.vcf *.vcard)"),
                  "linkedin": QT_TRANSLATE_NOOP("ContactsView", "LinkedIn Connections.csv (*.csv)")}


class ContactsView(Screen):
    watches = frozenset({Kind.CONTACTS, Kind.ORGANIZATIONS, Kind.APPLICATIONS, Kind.ENGAGEMENTS})
    new_record_text = QT_TRANSLATE_NOOP("ContactsView", "New contact")

    def __init__(self, store: Store, parent: QWidget | None = None, *, clock: Clock) -> None:
        super().__init__(QCoreApplication.translate("ContactsView", "Contacts"),
                         QCoreApplication.translate(
                             "ContactsView",
                             "Your network, and who to get back "
                                                                        "in touch with"), parent)
        self._store = store
        self._clock = clock
        self.duplicates_button = QPushButton(self.tr("Duplicates"))
        self.duplicates_button.clicked.connect(self.review_duplicates)
        self.cadences_button = QPushButton(self.tr("Rhythms by tag…"))
        self.cadences_button.clicked.connect(self.edit_cadences)
        self.import_button = QPushButton(self.tr("Import"))
        menu = QMenu(self.import_button)
        menu.addAction(self.tr("vCard file (.vcf)…"), lambda: self.import_file("vcard"))
        menu.addAction(self.tr("LinkedIn Connections.csv…"), lambda: self.import_file("linkedin"))
        self.import_button.setMenu(menu)
        self.export_button = QPushButton(self.tr("Export all…"))
        self.export_button.clicked.connect(lambda: self.export_vcards())
        self.new_button = QPushButton(self.tr("New contact"))
        self.new_button.setObjectName("Primary")
        self.new_button.clicked.connect(self.new_contact)
        for button in (self.duplicates_button, self.cadences_button, self.import_button,
                       self.export_button, self.new_button):
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            self.header_actions.addWidget(button)
        self.subtitle_label.setWordWrap(True)

        self.stack = PageStack()  # the list's width is not the contact page's
        self.list = ContactsList(clock=clock)
        self.page = ContactPage(store, clock=clock)
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.page)
        self.list.open_contact.connect(self.open_record)
        self.list.log_for.connect(self.log_for)
        self.page.back.connect(self.show_list)
        self.page.navigate.connect(self.navigate)
        empty = EmptyState(
            "contacts", self.tr("Your network starts here"),
            self.tr("Supervisors, mentors and recruiters from every engagement: each interaction "
                    "you log, and a reminder when it is time to get back in touch."),
            hint=self.tr("Add a contact, or import your phone's contacts (a vCard file) or "
                         "LinkedIn's Connections.csv export with Import."),
            action_text=self.tr("Add your first contact"))
        empty.action_triggered.connect(self.new_contact)
        self.set_pages(self.stack, empty)
        self.dialog = None  # the dialog last opened (tests drive it)
        self._task: BackgroundTask | None = None
        self._duplicates_timer = QTimer(self)
        self._duplicates_timer.setSingleShot(True)
        self._duplicates_timer.timeout.connect(self._count_duplicates_now)

    # --- refresh and navigation ------------------------------------------------------------

    def refresh(self) -> None:
        rows = contacts.list_rows(self._store)
        self.list.set_rows(rows)
        self.show_empty(not rows)
        self.export_button.setEnabled(bool(rows))
        self.count_duplicates()
        if self.stack.currentWidget() is self.page and self.page.contact_id is not None:
            if any(r.id == self.page.contact_id for r in rows):
                self.page.refresh_related()
            else:  # deleted or merged away elsewhere
                self.show_list()

    def count_duplicates(self) -> None:
        """Updates the Duplicates button's count once the list has been shown (comparing everyone
        is not part of opening the list); a timer owned by the screen, so it dies with it."""
        self._duplicates_timer.start(0)

    def _count_duplicates_now(self) -> None:
        pairs = len(contact_duplicates.find(self._store))
        self.duplicates_button.setText(self.tr("Duplicates ({n})").format(n=pairs) if pairs
                                       else self.tr("Duplicates"))
        self.duplicates_button.setEnabled(bool(pairs))

    def open_record(self, record_id: object) -> None:
        contact_id = record_id if isinstance(record_id, uuid.UUID) else uuid.UUID(str(record_id))
        if self.stale:
            self.refresh()
            self.stale = False
        self.show_empty(False)
        self.page.show_contact(contact_id)
        self.stack.setCurrentWidget(self.page)

    def layout_states(self) -> list[State]:
        """All contacts, those losing touch, and the first contact's page."""
        all_contacts = in_turn(self.show_list, partial(self.list.show_due, False))
        states: list[State] = [("all contacts", all_contacts),
                               ("losing touch", in_turn(self.show_list,
                                                        partial(self.list.show_due, True)))]
        if self.list.model.rowCount():
            states.append(("contact page", lambda: self.open_record(self.list.model.row_at(0).id)))
        return [*states, ("", all_contacts)]

    def new_record(self) -> NewContactDialog:
        return self.new_contact()

    def focus_filter(self) -> bool:
        if self.stack.currentWidget() is not self.list:
            self.show_list()
        self.list.search_edit.setFocus()
        self.list.search_edit.selectAll()
        return True

    def start_transfer(self, direction: str, fmt: str) -> object:
        return self.import_file(fmt) if direction == "import" else self.export_vcards()

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.list)
        self.refresh()

    def show_losing_touch(self) -> None:
        self.show_list()
        self.list.show_due(True)

    # --- actions ---------------------------------------------------------------------------

    def new_contact(self) -> NewContactDialog:
        def submit(values):
            return contacts.create(self._store, **values)

        self.dialog = NewContactDialog(submit, self)
        self.dialog.accepted.connect(lambda: self.open_record(self.dialog.result_value.id))
        self.dialog.open()
        return self.dialog

    def log_for(self, contact_id: uuid.UUID) -> InteractionDialog:
        name = contacts.get(self._store, contact_id).display_name
        self.dialog = InteractionDialog(
            name, lambda values: interactions.add(self._store, contact_id, **values), None, self,
            clock=self._clock)
        self.dialog.open()
        return self.dialog

    def edit_cadences(self) -> TagCadencesDialog:
        rows = keep_in_touch.tag_cadences(self._store)

        def submit(values):
            current = {r.tag: r.days for r in rows}
            for tag, days in values.items():
                if current.get(tag) != days:
                    keep_in_touch.set_tag_cadence(self._store, tag, days)

        self.dialog = TagCadencesDialog(rows, submit, self)
        self.dialog.open()
        return self.dialog

    def review_duplicates(self) -> DuplicatesDialog:
        self.dialog = DuplicatesDialog(self._store, self)
        self.dialog.open()
        return self.dialog

    def import_file(self, fmt: str, path: str | None = None) -> ContactsImportDialog | None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import contacts"), "",
                                                  self.tr(IMPORT_FILTERS[fmt]))
        if not path:
            return None
        self.dialog = ContactsImportDialog(self._store, fmt, Path(path), self)
        self.dialog.open()
        return self.dialog

    def export_vcards(self, path: str | None = None) -> BackgroundTask | None:
        """Writes every contact as vCard 4.0, off the UI thread."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export all contacts"),
                                                  "contacts.vcf", self.tr(IMPORT_FILTERS["vcard"]))
        if not path:
            return None
        self.export_button.setEnabled(False)
        self.export_button.setText(self.tr("Exporting…"))
        store = self._store  # the work holds plain values, not the screen (ui/worker.py)
        self._task = BackgroundTask(lambda: export_all(store, Path(path)), self)
        self._task.finished.connect(lambda count: self._exported(
            self.tr("Exported %Ln contacts to {path}", "", count).format(path=path)))
        self._task.failed.connect(lambda error: self._exported(
            self.tr("Export failed: {error}").format(error=error)))
        self._task.start()
        return self._task

    def _exported(self, message: str) -> None:
        self.export_button.setEnabled(True)
        self.export_button.setText(self.tr("Export all…"))
        self.subtitle_label.setText(message)

    # --- what generic screen tests look for ------------------------------------------------

    @property
    def model(self):
        return self.list.model

    @property
    def filter_edit(self):
        return self.list.search_edit

    @property
    def count_label(self):
        return self.list.count_label

def create_screen(context: AppContext, shell: Shell) -> ContactsView:
    return ContactsView(context.store, clock=context.clock)
