"""The application detail pane: every field, the stage and its history, the skills asked for,
the people linked, the documents sent, and the way from an accepted offer to its engagement."""

import uuid
from datetime import date

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from internapp.core.clock import Clock
from internapp.core.models import StageRole
from internapp.core.services import applications, stages
from internapp.core.services.errors import ValidationError
from internapp.core.store import Store
from internapp.ui import formats
from internapp.ui.i18n import QT_TRANSLATE_NOOP
from internapp.ui.views.applications.interview_stories import InterviewStoriesSection
from internapp.ui.views.applications.interviews import InterviewsSection
from internapp.ui.views.applications.sections import (
    HistorySection,
    PeopleSection,
    SkillsSection,
    confirm,
)
from internapp.ui.widgets.application_card import NO_REPLY_DAYS, stage_color
from internapp.ui.widgets.date_field import DateField
from internapp.ui.widgets.detail_pane import DetailPane, form_group, group
from internapp.ui.widgets.documents_section import DocumentsSection
from internapp.ui.widgets.fields import ComboBox

REMOTE_CHOICES = [(QT_TRANSLATE_NOOP("ApplicationDetail", "Not said"), None),
                  (QT_TRANSLATE_NOOP("ApplicationDetail", "Remote"), True),
                  (QT_TRANSLATE_NOOP("ApplicationDetail", "On site"), False)]


class ApplicationDetail(DetailPane):
    move_requested = Signal(list, object)  # [application id], target stage id

    def __init__(self, store: Store, parent: QWidget | None = None, *, clock: Clock) -> None:
        super().__init__(store, 380, parent)
        self._clock = clock
        self.application_id: uuid.UUID | None = None
        self.detail: applications.ApplicationDetail | None = None
        self.interview_stories = InterviewStoriesSection(store)
        self.interview_stories.copied.connect(lambda text: self.show_message(text, error=False))
        self.stories_group = group(self.tr("Interview stories"), self.interview_stories)
        self.body.addWidget(self.stories_group)  # first: what to rehearse before the interview
        self.body.addWidget(self._build_form())
        self.skills = SkillsSection(store)
        self.interviews = InterviewsSection(store, clock=clock)
        self.people = PeopleSection(store)
        self.documents = DocumentsSection(
            store, self.tr("No documents. Attach the résumé and cover letter you sent: a copy is "
                           "kept exactly as sent, whatever happens to the original."))
        self.history = HistorySection()
        for section in (self.skills, self.interviews, self.people, self.documents):
            section.message.connect(self.show_message)
        self.people.open_contact.connect(lambda cid: self.navigate.emit("contacts", cid))
        self.body.addWidget(group(self.tr("Interviews"), self.interviews))
        self.body.addWidget(group(self.tr("Skills asked for"), self.skills))
        self.body.addWidget(group(self.tr("People"), self.people))
        self.body.addWidget(group(self.tr("Documents sent"), self.documents))
        self.body.addWidget(group(self.tr("History"), self.history))
        self._end_body(self.tr("Delete application"))

    # --- building --------------------------------------------------------------------------

    def _build_header(self) -> QVBoxLayout:
        header, self.role_label = self._start_header(4)
        row = QHBoxLayout()
        row.setSpacing(8)
        self.stage_chip = QLabel()
        self.stage_chip.setObjectName("StageChip")
        row.addWidget(self.stage_chip)
        self.move_button = QToolButton()
        self.move_button.setObjectName("MenuButton")
        self.move_button.setText(self.tr("Move to…"))
        self.move_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.move_button.setMenu(QMenu(self.move_button))
        self.move_button.menu().aboutToShow.connect(self._fill_move_menu)
        row.addWidget(self.move_button)
        self.accept_button = QPushButton(self.tr("Accept offer"))
        self.accept_button.setObjectName("Primary")
        self.accept_button.setToolTip(self.tr("Move to Accepted and create the engagement"))
        self.accept_button.clicked.connect(self.accept_offer)
        row.addWidget(self.accept_button)
        self.engagement_button = QPushButton(self.tr("Open engagement →"))
        self.engagement_button.clicked.connect(
            lambda: self.navigate.emit("engagements", self.detail.engagement_id))
        row.addWidget(self.engagement_button)
        row.addStretch(1)
        header.addLayout(row)
        self.waiting_label = QLabel()
        self.waiting_label.setObjectName("Muted")
        header.addWidget(self.waiting_label)
        return header

    def _build_form(self) -> QGroupBox:
        box, form = form_group(self.tr("Details"))
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.organization_edit = QLineEdit()
        self.role_edit = QLineEdit()
        self.source_edit = ComboBox()
        self.source_edit.setEditable(True)
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText("https://…")
        url_row = QHBoxLayout()
        url_row.addWidget(self.url_edit, 1)
        self.open_url_button = QToolButton()
        self.open_url_button.setObjectName("MenuButton")
        self.open_url_button.setText("↗")
        self.open_url_button.setToolTip(self.tr("Open the posting in the browser"))
        self.open_url_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl(self.url_edit.text())))
        url_row.addWidget(self.open_url_button)
        self.location_edit = QLineEdit()
        self.remote_box = ComboBox()
        for label, value in REMOTE_CHOICES:
            self.remote_box.addItem(self.tr(label), value)
        self.applied_edit = DateField(clock=self._clock)
        self.deadline_edit = DateField(clock=self._clock)
        self.follow_up_edit = DateField(clock=self._clock)
        self.pay_edit = QLineEdit()
        self.pay_edit.setPlaceholderText(self.tr("$25/h, $600 fixed…"))
        self.tags_edit = QLineEdit()
        self.tags_edit.setPlaceholderText(self.tr("comma-separated"))
        self.close_reason_edit = QLineEdit()
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setPlaceholderText(self.tr("What the role involves, who you spoke to, "
                                                   "next steps…"))
        self.notes_edit.setFixedHeight(90)
        rows = [(self.tr("Organization"), "organization", self.organization_edit),
                (self.tr("Role"), "role", self.role_edit),
                (self.tr("Source"), "source", self.source_edit),
                (self.tr("Posting"), "url", url_row),
                (self.tr("Location"), "location", self.location_edit),
                (self.tr("Remote"), "remote", self.remote_box),
                (self.tr("Applied"), "applied_on", self.applied_edit),
                (self.tr("Deadline"), "deadline", self.deadline_edit),
                (self.tr("Follow up"), "follow_up_on", self.follow_up_edit),
                (self.tr("Pay"), "pay", self.pay_edit), (self.tr("Tags"), "tags", self.tags_edit),
                (self.tr("Close reason"), "close_reason", self.close_reason_edit),
                (self.tr("Notes"), "notes", self.notes_edit)]
        for label, name, widget in rows:
            form.addRow(label, widget)
            self.fields[name] = widget if isinstance(widget, QWidget) else self.url_edit
        self._form = form
        for edit in (self.organization_edit, self.role_edit, self.url_edit, self.location_edit,
                     self.pay_edit, self.tags_edit, self.close_reason_edit):
            edit.textEdited.connect(self._mark_dirty)
        self.source_edit.editTextChanged.connect(self._mark_dirty)
        self.remote_box.currentIndexChanged.connect(self._mark_dirty)
        self.notes_edit.textChanged.connect(self._mark_dirty)
        for field in (self.applied_edit, self.deadline_edit, self.follow_up_edit):
            field.changed.connect(self._mark_dirty)
        form.addRow(self._save_revert_row(lambda: self.load(self.application_id, force=True)))
        self._set_dirty(False)
        return box

    # --- loading ---------------------------------------------------------------------------

    def load(self, application_id: uuid.UUID, force: bool = False) -> None:
        """Shows the application. Unsaved edits to the same application are kept unless
        ``force``; the header, history and lists are always reloaded."""
        keep_edits = self.dirty and application_id == self.application_id and not force
        self.application_id = application_id
        self.detail = applications.detail(self._store, application_id)
        all_stages = stages.list_stages(self._store)
        self._stage_colors = {s.name: stage_color(s.role, s.position) for s in all_stages}
        self._fill_header()
        if not keep_edits:
            self._fill_form(applications.sources(self._store))
            self.message_label.hide()
        self.skills.set_application(application_id)
        self.stories_group.setVisible(self.interview_stories.set_application(application_id))
        self.interviews.set_application(application_id)
        self.people.set_application(application_id)
        self.documents.set_owner(application_id=application_id)
        self.history.set_history(self.detail.history, self._stage_colors)

    def _fill_header(self) -> None:
        detail = self.detail
        app, stage = detail.application, detail.stage
        self.organization_label.setText(detail.organization.upper())
        self.role_label.setText(app.role)
        color = self._stage_colors.get(stage.name, "#888888")
        self.stage_chip.setText(stage.name)
        self.stage_chip.setStyleSheet(
            f"background: {color}; color: white; border-radius: 9px; padding: 2px 10px;"
            "font-weight: 600;")
        accepted = stage.role == StageRole.ACCEPTED
        self.accept_button.setVisible(detail.engagement_id is None and not stage.is_closed
                                      and stage.role in (StageRole.OFFER, StageRole.INTERVIEWING,
                                                         StageRole.ACCEPTED))
        self.accept_button.setText(self.tr("Create engagement") if accepted
                                   else self.tr("Accept offer"))
        self.engagement_button.setVisible(detail.engagement_id is not None)
        today = self._clock.today()
        text = self._waiting_text(stage.role, app.applied_on, today)
        waited = (today - app.applied_on).days if app.applied_on else 0
        urgent = stage.role == StageRole.APPLIED and waited >= NO_REPLY_DAYS
        self.waiting_label.setText(text)
        self.waiting_label.setObjectName("WarningText" if urgent else "Muted")
        self.waiting_label.style().unpolish(self.waiting_label)
        self.waiting_label.style().polish(self.waiting_label)
        self.waiting_label.setVisible(bool(text))
        self._closed_stage = stage.is_closed

    def _waiting_text(self, stage_role: str | None, applied_on: date | None, today: date) -> str:
        """"Sent 3 Mar 2026 · no reply for 21 days", counted from the applied date."""
        if applied_on is None:
            return self.tr("Not sent yet") if stage_role == StageRole.SAVED else ""
        days = (today - applied_on).days
        sent = formats.medium_date(applied_on)
        if stage_role == StageRole.APPLIED:
            if days <= 0:
                return self.tr("Sent {date} · waiting for a reply").format(date=sent)
            return self.tr("Sent {date} · no reply for %n days", "", days).format(date=sent)
        return self.tr("Sent {date} · %n days ago", "", days).format(date=sent)

    def _fill_form(self, sources: list[str]) -> None:
        app = self.detail.application
        self._loading = True
        self.organization_edit.setText(self.detail.organization)
        self.role_edit.setText(app.role)
        self.source_edit.clear()
        self.source_edit.addItems(sources)
        self.source_edit.setCurrentText(app.source or "")
        self.url_edit.setText(app.url or "")
        self.url_edit.setCursorPosition(0)
        self.open_url_button.setEnabled(bool(app.url))
        self.location_edit.setText(app.location or "")
        self.remote_box.setCurrentIndex([v for _, v in REMOTE_CHOICES].index(app.remote))
        self.applied_edit.set_value(app.applied_on)
        self.deadline_edit.set_value(app.deadline)
        self.follow_up_edit.set_value(app.follow_up_on)
        self.pay_edit.setText(app.pay or "")
        self.tags_edit.setText(", ".join(app.tags))
        self.close_reason_edit.setText(app.close_reason or "")
        self._form.setRowVisible(self.close_reason_edit, self.detail.stage.is_closed)
        self.notes_edit.setPlainText(app.notes or "")
        for edit in (self.organization_edit, self.role_edit, self.source_edit.lineEdit(),
                     self.url_edit, self.location_edit, self.pay_edit, self.tags_edit,
                     self.close_reason_edit):
            edit.setCursorPosition(0)  # show the start of a long value, not its end
        self._loading = False
        self._set_dirty(False)

    # --- actions ---------------------------------------------------------------------------

    def values(self) -> dict:
        values = {
            "organization": self.organization_edit.text(), "role": self.role_edit.text(),
            "source": self.source_edit.currentText(), "url": self.url_edit.text(),
            "location": self.location_edit.text(), "remote": self.remote_box.currentData(),
            "applied_on": self.applied_edit.value(), "deadline": self.deadline_edit.value(),
            "follow_up_on": self.follow_up_edit.value(), "pay": self.pay_edit.text(),
            "tags": self.tags_edit.text(), "notes": self.notes_edit.toPlainText(),
        }
        if self.detail and self.detail.stage.is_closed:
            values["close_reason"] = self.close_reason_edit.text()
        return values

    def save(self) -> bool:
        try:
            applications.update(self._store, self.application_id, **self.values())
        except ValidationError as error:
            return self._refused(error)
        self._set_dirty(False)
        self.load(self.application_id, force=True)
        return True

    def accept_offer(self) -> None:
        try:
            engagement = applications.accept_offer(self._store, self.application_id)
        except ValidationError as error:
            self.show_message(str(error))
            return
        self.load(self.application_id)
        self.show_message(self.tr("Engagement “{title}” created — open it to set the hours "
                                  "budget, fee and milestones.").format(title=engagement.title),
                          error=False)

    def delete(self, confirm_first: bool = True) -> None:
        if confirm_first and not confirm(
                self, self.tr("Delete application"),
                self.tr("Delete {role} at {organization} with its history and documents? This "
                        "cannot be undone.").format(role=self.detail.application.role,
                                                    organization=self.detail.organization)):
            return
        applications.delete(self._store, self.application_id)
        self.application_id = None
        self.closed.emit()

    def _fill_move_menu(self) -> None:
        menu = self.move_button.menu()
        menu.clear()
        for stage in stages.list_stages(self._store):
            action = menu.addAction(stage.name)
            action.setEnabled(stage.id != self.detail.stage.id)
            action.triggered.connect(
                lambda _=False, s=stage.id: self.move_requested.emit([self.application_id], s))
