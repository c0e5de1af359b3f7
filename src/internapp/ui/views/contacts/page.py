"""One contact's page: who they are (every field editable), the timeline of interactions, and the
applications and engagements they are linked to with their role."""

import uuid
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from internapp.core.clock import Clock
from internapp.core.interchange.contact_export import export_contact
from internapp.core.services import (
    contacts,
    interactions,
)
from internapp.core.services.errors import ValidationError
from internapp.core.store import Store
from internapp.ui import formats, labels
from internapp.ui.dialogs.interaction_dialog import InteractionDialog
from internapp.ui.i18n import QT_TRANSLATE_NOOP
from internapp.ui.theme import current_colors
from internapp.ui.views.contacts.supervised import SupervisedBox
from internapp.ui.widgets.avatar import Avatar
from internapp.ui.widgets.contact_links_box import ContactLinksBox
from internapp.ui.widgets.detail_pane import DirtyTracking, message_label, scroll_area
from internapp.ui.widgets.elided_label import ElidedLabel
from internapp.ui.widgets.fields import SpinBox
from internapp.ui.widgets.interaction_timeline import InteractionTimeline

# (field, label, placeholder) for the one-line fields of the details form, in order
LINE_FIELDS = [
    ("display_name", QT_TRANSLATE_NOOP("ContactPage", "Name"),
     QT_TRANSLATE_NOOP("ContactPage", "As shown everywhere")),
    ("given_name", QT_TRANSLATE_NOOP("ContactPage", "Given name"), ""),
    ("middle_name", QT_TRANSLATE_NOOP("ContactPage", "Middle name"), ""),
    ("family_name", QT_TRANSLATE_NOOP("ContactPage", "Family name"), ""),
    ("prefix", QT_TRANSLATE_NOOP("ContactPage", "Prefix"),
     QT_TRANSLATE_NOOP("ContactPage", "Dr., Prof.…")),
    ("suffix", QT_TRANSLATE_NOOP("ContactPage", "Suffix"),
     QT_TRANSLATE_NOOP("ContactPage", "PhD, Jr.…")),
    ("nickname", QT_TRANSLATE_NOOP("ContactPage", "Nickname"), ""),
    ("organization", QT_TRANSLATE_NOOP("ContactPage", "Organization"), ""),
    ("title", QT_TRANSLATE_NOOP("ContactPage", "Title"), ""),
    ("emails", QT_TRANSLATE_NOOP("ContactPage", "Emails"),
     QT_TRANSLATE_NOOP("ContactPage", "Separate several with commas")),
    ("phones", QT_TRANSLATE_NOOP("ContactPage", "Phones"),
     QT_TRANSLATE_NOOP("ContactPage", "Separate several with commas")),
    ("linkedin_url", "LinkedIn", "https://www.linkedin.com/in/…"),
    ("how_met", QT_TRANSLATE_NOOP("ContactPage", "How you met"),
     QT_TRANSLATE_NOOP("ContactPage", "Career fair, project kickoff…")),
    ("tags", QT_TRANSLATE_NOOP("ContactPage", "Tags"),
     QT_TRANSLATE_NOOP("ContactPage", "mentor, recruiter…")),
    ("birthday", QT_TRANSLATE_NOOP("ContactPage", "Birthday"),
     QT_TRANSLATE_NOOP("ContactPage", "YYYY-MM-DD, or --MM-DD without the year")),
    ("connected_on", QT_TRANSLATE_NOOP("ContactPage", "Connected on"), "YYYY-MM-DD"),
]


def chips_html(tags: list[str]) -> str:
    c = current_colors()
    return " ".join(f'<span style="background:{c.alternate}; color:{c.accent};">&nbsp;{escape(t)}'
                    f'&nbsp;</span>' for t in tags)


class ContactPage(QWidget, DirtyTracking):
    back = Signal()
    navigate = Signal(str, object)

    def __init__(self, store: Store, parent: QWidget | None = None, *, clock: Clock) -> None:
        super().__init__(parent)
        self._store = store
        self._clock = clock
        self.contact_id: uuid.UUID | None = None
        self._photo: tuple[bytes, str] | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(12)
        self.back_button = QPushButton(self.tr("←  All contacts"))
        self.back_button.setObjectName("Link")
        self.back_button.clicked.connect(self.back)
        outer.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        outer.addWidget(self._build_header())
        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(self._build_details(), 0)
        right = QVBoxLayout()
        right.setSpacing(12)
        right.addWidget(self._build_timeline(), 1)
        self.links = ContactLinksBox(store, self.confirm)
        self.links.navigate.connect(self.navigate)
        self.links_list = self.links.links_list
        self.add_link = self.links.add_link
        right.addWidget(self.links, 0)
        self.supervised = SupervisedBox(store)
        self.supervised.navigate.connect(self.navigate)
        right.addWidget(self.supervised, 0)
        body.addLayout(right, 1)
        outer.addLayout(body, 1)

    # --- building --------------------------------------------------------------------------

    def _build_header(self) -> QFrame:
        card = QFrame()
        card.setObjectName("Card")
        row = QHBoxLayout(card)
        row.setContentsMargins(16, 14, 16, 14)
        row.setSpacing(16)
        self.avatar = Avatar(72)
        row.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.setSpacing(4)
        self.name_label = QLabel()
        self.name_label.setObjectName("ContactName")
        self.name_label.setWordWrap(True)
        # a right-to-left name stays where every other name is, at the left
        self.name_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.role_label = QLabel()
        self.role_label.setWordWrap(True)
        self.tags_label = QLabel()
        self.tags_label.setTextFormat(Qt.TextFormat.RichText)
        self.cadence_label = QLabel()
        self.cadence_label.setObjectName("Muted")
        self.cadence_label.setWordWrap(True)
        for widget in (self.name_label, self.role_label, self.tags_label, self.cadence_label):
            text.addWidget(widget)
        row.addLayout(text, 1)
        actions = QVBoxLayout()
        self.log_button = QPushButton(self.tr("Log interaction"))
        self.log_button.setObjectName("Primary")
        self.log_button.clicked.connect(self.log_interaction)
        self.export_button = QPushButton(self.tr("Export this contact…"))
        self.export_button.clicked.connect(lambda: self.export_to())
        self.delete_button = QPushButton(self.tr("Delete contact…"))
        self.delete_button.setObjectName("Danger")
        self.delete_button.clicked.connect(self.delete_contact)
        for button in (self.log_button, self.export_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        row.addLayout(actions)
        return card

    def _build_details(self) -> QScrollArea:
        box = QGroupBox(self.tr("Details"))
        form = QFormLayout(box)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.edits: dict[str, QLineEdit] = {}
        for name, label, placeholder in LINE_FIELDS:
            edit = QLineEdit()
            edit.setPlaceholderText(self.tr(placeholder) if placeholder else "")
            edit.textChanged.connect(self._mark_dirty)
            self.edits[name] = edit
            form.addRow(self.tr(label), edit)
        self.cadence_spin = SpinBox()
        self.cadence_spin.setRange(0, 3650)
        self.cadence_spin.setSuffix(self.tr(" days"))
        self.cadence_spin.setSpecialValueText(self.tr("From its tags"))
        self.cadence_spin.valueChanged.connect(self._mark_dirty)
        form.addRow(self.tr("Keep in touch every"), self.cadence_spin)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setPlaceholderText(self.tr("Anything worth remembering"))
        self.notes_edit.setMinimumHeight(90)
        self.notes_edit.textChanged.connect(self._mark_dirty)
        form.addRow(self.tr("Notes"), self.notes_edit)
        photo_row = QHBoxLayout()
        self.photo_button = QPushButton(self.tr("Choose photo…"))
        self.photo_button.clicked.connect(lambda: self.choose_photo())
        self.remove_photo_button = QPushButton(self.tr("Remove"))
        self.remove_photo_button.clicked.connect(self.remove_photo)
        photo_row.addWidget(self.photo_button)
        photo_row.addWidget(self.remove_photo_button)
        photo_row.addStretch(1)
        form.addRow(self.tr("Photo"), photo_row)
        self.error_label = message_label("Error")
        form.addRow(self.error_label)
        form.addRow(self._save_revert_row(self.reload))
        scroll = scroll_area(box)
        scroll.setFixedWidth(430)
        return scroll

    def _build_timeline(self) -> QGroupBox:
        box = QGroupBox(self.tr("Timeline"))
        layout = QVBoxLayout(box)
        self.timeline = InteractionTimeline(self._clock.today())
        self.timeline.doubleClicked.connect(lambda _: self.edit_interaction())
        self.timeline_empty = QLabel(self.tr("No interactions yet. Log the first one — an email, "
                                             "a call, a coffee — and the keep-in-touch rhythm "
                                             "starts from it."))
        self.timeline_empty.setObjectName("Muted")
        self.timeline_empty.setWordWrap(True)
        layout.addWidget(self.timeline, 1)
        layout.addWidget(self.timeline_empty)
        row = QHBoxLayout()
        self.timeline_count = ElidedLabel()  # "12 Kontaktaufnahmen" beside two buttons
        self.timeline_count.setObjectName("Muted")
        row.addWidget(self.timeline_count, 1)
        self.edit_interaction_button = QPushButton(self.tr("Edit…"))
        self.edit_interaction_button.clicked.connect(self.edit_interaction)
        self.delete_interaction_button = QPushButton(self.tr("Delete"))
        self.delete_interaction_button.clicked.connect(self.delete_interaction)
        row.addWidget(self.edit_interaction_button)
        row.addWidget(self.delete_interaction_button)
        layout.addLayout(row)
        return box

    # --- loading ---------------------------------------------------------------------------

    def show_contact(self, contact_id: uuid.UUID) -> None:
        self.contact_id = contact_id
        self.reload()

    def reload(self) -> None:
        """Everything from the store again (edits not saved are dropped)."""
        detail = contacts.detail(self._store, self.contact_id)
        c = detail.contact
        self._loading = True
        for name, edit in self.edits.items():
            value = detail.organization if name == "organization" else getattr(c, name)
            if isinstance(value, list):
                value = ", ".join(value)
            elif isinstance(value, date):
                value = value.isoformat()
            edit.setText(value or "")
            edit.setCursorPosition(0)
        self.cadence_spin.setValue(c.keep_in_touch_days or 0)
        self.notes_edit.setPlainText(c.notes)
        self._photo = (c.photo, c.photo_mime) if c.photo else None
        self._loading = False
        self._set_dirty(False)
        self.error_label.hide()
        self.refresh_related()

    def refresh_related(self) -> None:
        """The header, timeline and links (not the form, which may hold unsaved edits)."""
        if self.contact_id is None:
            return
        today = self._clock.today()
        detail = contacts.detail(self._store, self.contact_id, today)
        c = detail.contact
        self.avatar.set_person(c.display_name, self._photo[0] if self._photo else None)
        self.name_label.setText(c.display_name)
        self.role_label.setText(" · ".join(p for p in (c.title, detail.organization) if p)
                                or self.tr("No title or organization yet"))
        self.tags_label.setText(chips_html(c.tags))
        self.tags_label.setVisible(bool(c.tags))
        self.cadence_label.setText(self._cadence_text(detail, today))
        self.remove_photo_button.setEnabled(self._photo is not None)
        items = interactions.of_contact(self._store, self.contact_id)
        self.timeline.set_interactions(items, today)
        self.timeline.setVisible(bool(items))
        self.timeline_empty.setVisible(not items)
        self.timeline_count.setText(self.tr("%Ln interactions", "", len(items)))
        self.timeline_count.setVisible(bool(items))
        self.edit_interaction_button.setVisible(bool(items))
        self.delete_interaction_button.setVisible(bool(items))
        self.links.show_records(self.contact_id, c.display_name)
        self.supervised.show_contact(self.contact_id)

    def _relative_day(self, day: date, today: date) -> str:
        delta = (day - today).days
        if delta == 0:
            return self.tr("today")
        if delta == 1:
            return self.tr("tomorrow")
        if delta == -1:
            return self.tr("yesterday")
        return self.tr("in %n days", "", delta) if delta > 0 else self.tr("%n days ago", "", -delta)

    def _cadence_text(self, detail, today: date) -> str:
        last = detail.last_contacted
        parts = [self.tr("Last contacted {when} ({date})").format(
            when=self._relative_day(last.astimezone().date(), today),
            date=formats.medium_date(last.astimezone().date()))
            if last else self.tr("Never contacted")]
        if detail.cadence_days:
            due = detail.next_due
            if due < today:
                state = "<b style='color:{color}'>{text}</b>".format(
                    color=current_colors().danger,
                    text=self.tr("overdue since {date}").format(date=formats.day_month(due)))
            else:
                state = self.tr("next {when} ({date})").format(when=self._relative_day(due, today),
                                                               date=formats.day_month(due))
            rhythm = (self.tr("keep in touch every %n days (tag default): {state}", "",
                              detail.cadence_days) if detail.cadence_from_tags
                      else self.tr("keep in touch every %n days: {state}", "",
                                   detail.cadence_days))
            parts.append(rhythm.format(state=state))
        else:
            parts.append(self.tr("no keep-in-touch rhythm"))
        return " · ".join(parts)

    # --- editing ---------------------------------------------------------------------------

    def form_values(self) -> dict:
        values = {name: edit.text() for name, edit in self.edits.items()}
        values["keep_in_touch_days"] = self.cadence_spin.value() or None
        values["notes"] = self.notes_edit.toPlainText()
        values["photo"], values["photo_mime"] = self._photo if self._photo else (None, None)
        return values

    def save(self) -> bool:
        for edit in self.edits.values():
            edit.setProperty("invalid", False)
            edit.style().polish(edit)
        try:
            contacts.update(self._store, self.contact_id, **self.form_values())
        except ValidationError as error:
            self.error_label.setText(str(error))
            self.error_label.show()
            edit = self.edits.get(error.field)
            if edit:
                edit.setProperty("invalid", True)
                edit.style().polish(edit)
                edit.setFocus()
            return False
        self.reload()
        return True

    def set_photo(self, data: bytes) -> None:
        mime = contacts.image_type(data)
        if mime is None:
            self.error_label.setText(self.tr("photo: not a JPEG, PNG, GIF, BMP or WebP image"))
            self.error_label.show()
            return
        self._photo = (data, mime)
        self._set_dirty(True)
        self.avatar.set_person(self.edits["display_name"].text(), data)
        self.remove_photo_button.setEnabled(True)

    def choose_photo(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Choose a photo"), "",
                self.tr("Images (*.jpg *.jpeg *.png *.gif *.bmp *.webp)"))
        if path:
            self.set_photo(Path(path).read_bytes())

    def remove_photo(self) -> None:
        self._photo = None
        self._set_dirty(True)
        self.avatar.set_person(self.edits["display_name"].text(), None)
        self.remove_photo_button.setEnabled(False)

    # --- interactions ----------------------------------------------------------------------

    def interaction_dialog(self, interaction=None) -> InteractionDialog:
        name = self.name_label.text()
        if interaction is None:
            def submit(values):
                return interactions.add(self._store, self.contact_id, **values)
        else:
            def submit(values):
                return interactions.update(self._store, interaction.id, **values)
        return InteractionDialog(name, submit, interaction, self, clock=self._clock)

    def log_interaction(self) -> InteractionDialog:
        dialog = self.interaction_dialog()
        dialog.open()
        return dialog

    def edit_interaction(self) -> InteractionDialog | None:
        chosen = self.timeline.selected() or (
            self.timeline.timeline_model.item(0) if self.timeline.timeline_model.rowCount() else None)
        if chosen is None:
            return None
        dialog = self.interaction_dialog(chosen)
        dialog.open()
        return dialog

    def delete_interaction(self) -> None:
        chosen = self.timeline.selected()
        if chosen is None:
            return
        day = formats.medium_date(chosen.at.astimezone().date())
        what = chosen.summary or labels.channel(chosen.channel)
        if self.confirm(self.tr("Delete this interaction?"), f"{day}: {what}"):
            interactions.delete(self._store, chosen.id)

    # --- the contact as a whole ------------------------------------------------------------

    def confirm(self, question: str, detail: str) -> bool:
        answer = QMessageBox.question(self, "internapp", f"{question}\n\n{detail}")
        return answer == QMessageBox.StandardButton.Yes

    def delete_contact(self) -> bool:
        name = self.name_label.text()
        if not self.confirm(self.tr("Delete {name} completely?").format(name=name),
                            self.tr("Their details, every interaction and every link go, and "
                                    "nothing of them stays in search. Export the contact first "
                                    "to keep a copy.")):
            return False
        contact_id, self.contact_id = self.contact_id, None
        contacts.delete(self._store, contact_id)
        self.back.emit()
        return True

    def export_to(self, directory: str | None = None) -> list[Path]:
        if directory is None:
            directory = QFileDialog.getExistingDirectory(self, self.tr("Export this contact to a folder"))
        if not directory:
            return []
        paths = export_contact(self._store, self.contact_id, Path(directory))
        self.cadence_label.setText(self.tr("Exported to {folder}: {first} and {second}").format(
            folder=paths[0].parent, first=paths[0].name, second=paths[1].name))
        return paths
