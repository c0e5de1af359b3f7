"""The engagement detail pane: status, hours logged against the estimate, every field, the
supervisor, milestones, what was delivered and how it went, and the documents."""

import uuid

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from internapp.core.clock import Clock
from internapp.core.models import EngagementStatus, FeeKind
from internapp.core.services import contacts, engagements
from internapp.core.services.errors import ValidationError
from internapp.core.services.money import percent_text
from internapp.core.store import Store
from internapp.ui import formats, labels
from internapp.ui.i18n import QT_TRANSLATE_NOOP
from internapp.ui.money_text import editable
from internapp.ui.views.applications.sections import confirm
from internapp.ui.views.engagements.milestones import MilestonesSection
from internapp.ui.views.engagements.money import MoneySection
from internapp.ui.views.engagements.outcomes import OutcomesSection
from internapp.ui.views.engagements.resume_lines import ResumeLinesSection
from internapp.ui.widgets.date_field import DateField
from internapp.ui.widgets.detail_pane import DetailPane, form_group, group
from internapp.ui.widgets.documents_section import DocumentsSection
from internapp.ui.widgets.fields import ComboBox
from internapp.ui.widgets.progress_delegate import WARN_AT

REFERENCE_CHOICES = [(QT_TRANSLATE_NOOP("EngagementDetail", "Not asked yet"), None),
                     (QT_TRANSLATE_NOOP("EngagementDetail", "Yes — happy to be a reference"), True),
                     (QT_TRANSLATE_NOOP("EngagementDetail", "No"), False)]
STATUS_COLORS = {"planned": "#64748b", "active": "#3b82f6", "delivered": "#8b5cf6",
                 "paid": "#10b981", "cancelled": "#ef4444"}


def _whole(quantity: str) -> str:
    """``5 h`` that never wraps between the number and its unit (no-break spaces)."""
    return quantity.replace(" ", "\u00a0")


def hours_text(logged_seconds: int, estimate: float | None, cap: float | None) -> str:
    translate = QCoreApplication.translate
    logged = _whole(formats.duration(logged_seconds))
    text = translate("EngagementDetail", "{hours} logged").format(hours=logged)
    if estimate:
        text = translate("EngagementDetail", "{part_of_whole} logged ({share})").format(
            part_of_whole=formats.part_of(logged, _whole(formats.hours(estimate))),
            share=_whole(formats.percent(logged_seconds / 3600 / estimate)))
        if logged_seconds > estimate * 3600:
            text += translate("EngagementDetail", " — {hours} over budget").format(
                hours=_whole(formats.duration(logged_seconds - estimate * 3600)))
    if cap:
        text += translate("EngagementDetail", " · weekly cap {hours}").format(
            hours=_whole(formats.hours(cap)))
    return text


def _text_edit(placeholder: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setPlaceholderText(placeholder)
    edit.setFixedHeight(74)
    return edit


class EngagementDetail(DetailPane):
    def __init__(self, store: Store, parent: QWidget | None = None, *, clock: Clock) -> None:
        super().__init__(store, 400, parent)
        self._clock = clock
        self.engagement_id: uuid.UUID | None = None
        self.detail: engagements.EngagementDetail | None = None
        self.milestones = MilestonesSection(store, clock=clock)
        self.milestones.message.connect(self.show_message)
        self.body.addWidget(group(self.tr("Milestones"), self.milestones))
        self.money = MoneySection(store, clock=clock)
        self.money.message.connect(lambda text, error: self.show_message(text, error))
        self.body.addWidget(group(self.tr("Money: paid and owed"), self.money))
        self.body.addWidget(self._build_form())
        self.body.addWidget(self._build_texts())
        self.outcomes = OutcomesSection(store)
        self.outcomes.message.connect(self.show_message)
        self.body.addWidget(group(self.tr("Outcomes"), self.outcomes))
        self.resume_lines = ResumeLinesSection(store)
        self.resume_lines.message.connect(self.show_message)
        self.resume_lines.copied.connect(lambda text: self.show_message(text, error=False))
        self.body.addWidget(group(self.tr("Résumé lines"), self.resume_lines))
        self.documents = DocumentsSection(
            store, self.tr("No documents. Attach the brief, what you delivered or the invoice: a "
                           "copy is kept as attached."))
        self.documents.message.connect(self.show_message)
        self.body.addWidget(group(self.tr("Documents"), self.documents))
        self._end_body(self.tr("Delete engagement"))

    def _build_header(self) -> QVBoxLayout:
        header, self.title_label = self._start_header(6)
        row = QHBoxLayout()
        self.status_box = ComboBox()
        for status in EngagementStatus:
            self.status_box.addItem(labels.engagement_status(status.value), status.value)
        self.status_box.setToolTip(self.tr("Status (saved at once)"))
        self.status_box.activated.connect(lambda _i: self.set_status(self.status_box.currentData()))
        row.addWidget(self.status_box)
        self.application_button = QPushButton()
        self.application_button.clicked.connect(
            lambda: self.navigate.emit("applications", self.detail.engagement.application_id))
        row.addWidget(self.application_button)
        self.time_button = QPushButton(self.tr("Time entries →"))
        self.time_button.setToolTip(self.tr("Log or review the hours on this engagement"))
        self.time_button.clicked.connect(lambda: self.navigate.emit("time", self.engagement_id))
        row.addWidget(self.time_button)
        row.addStretch(1)
        header.addLayout(row)
        self.hours_bar = QProgressBar()
        self.hours_bar.setObjectName("HoursBar")
        self.hours_bar.setTextVisible(False)
        self.hours_bar.setRange(0, 1000)
        header.addWidget(self.hours_bar)
        self.hours_label = QLabel()
        self.hours_label.setObjectName("Muted")
        self.hours_label.setWordWrap(True)  # "12 h 45 min of 12 h logged (106%) — 45 min over…"
        header.addWidget(self.hours_label)
        return header

    def _build_form(self) -> QGroupBox:
        box, form = form_group(self.tr("Engagement"))
        self.title_edit = QLineEdit()
        self.organization_edit = QLineEdit()
        self.platform_edit = QLineEdit()
        self.platform_edit.setPlaceholderText(self.tr("Parker Dewey, Riipen, Upwork, direct…"))
        self.start_edit, self.due_edit, self.ended_edit = (
            DateField(clock=self._clock) for _ in range(3))
        self.estimate_edit = QLineEdit()
        self.estimate_edit.setPlaceholderText(self.tr("hours"))
        self.cap_edit = QLineEdit()
        self.cap_edit.setPlaceholderText(self.tr("hours a week"))
        self.kind_box = ComboBox()
        for label, kind in ((self.tr("Not agreed yet"), None), (self.tr("A fixed fee"), "fixed"),
                            (self.tr("By the hour"), "hourly"),
                            (self.tr("Per milestone"), "milestones")):
            self.kind_box.addItem(label, kind)
        self.kind_box.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.fee_edit = QLineEdit()
        self.fee_edit.setPlaceholderText("600.00")
        self.currency_edit = QLineEdit()
        self.currency_edit.setMaxLength(3)
        self.currency_edit.setFixedWidth(64)
        self.currency_edit.setToolTip(self.tr("ISO 4217 code: USD, EUR, GBP…"))
        fee_row = QHBoxLayout()
        fee_row.addWidget(self.fee_edit, 1)
        fee_row.addWidget(self.currency_edit)
        self.withheld_edit = QLineEdit()
        self.withheld_edit.setPlaceholderText(self.tr("% a platform keeps, e.g. 10"))
        self.reference_box = ComboBox()
        for label, value in REFERENCE_CHOICES:
            self.reference_box.addItem(self.tr(label), value)
        self.supervisor_box = ComboBox()
        # a long "name · organization" must not widen the pane past its scroll area
        self.supervisor_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.supervisor_box.setMinimumContentsLength(16)
        self.fields = {"title": self.title_edit, "organization": self.organization_edit,
                       "platform": self.platform_edit, "start_on": self.start_edit,
                       "due_on": self.due_edit, "ended_on": self.ended_edit,
                       "hours_estimate": self.estimate_edit, "weekly_cap_hours": self.cap_edit,
                       "fee": self.fee_edit, "rate": self.fee_edit, "fee_kind": self.kind_box,
                       "currency": self.currency_edit, "withheld_percent": self.withheld_edit,
                       "reference_ok": self.reference_box}
        self.fee_label = QLabel(self.tr("Fee"))
        for label, widget in ((self.tr("Title"), self.title_edit),
                              (self.tr("Organization"), self.organization_edit),
                              (self.tr("Platform"), self.platform_edit),
                              (self.tr("Start"), self.start_edit), (self.tr("Due"), self.due_edit),
                              (self.tr("Ended"), self.ended_edit),
                              (self.tr("Hours estimate"), self.estimate_edit),
                              (self.tr("Weekly cap"), self.cap_edit),
                              (self.tr("Paid"), self.kind_box), (self.fee_label, fee_row),
                              (self.tr("Platform cut"), self.withheld_edit),
                              (self.tr("Supervisor"), self.supervisor_box),
                              (self.tr("Reference"), self.reference_box)):
            form.addRow(label, widget)
        for edit in (self.title_edit, self.organization_edit, self.platform_edit,
                     self.estimate_edit, self.cap_edit, self.fee_edit, self.currency_edit,
                     self.withheld_edit):
            edit.textEdited.connect(self._mark_dirty)
        for field in (self.start_edit, self.due_edit, self.ended_edit):
            field.changed.connect(self._mark_dirty)
        for combo in (self.reference_box, self.supervisor_box, self.kind_box):
            combo.currentIndexChanged.connect(self._mark_dirty)
        form.addRow(self._save_revert_row(lambda: self.load(self.engagement_id, force=True)))
        self._set_dirty(False)
        return box

    def _build_texts(self) -> QGroupBox:
        box = QGroupBox(self.tr("Feedback and notes"))
        form = QFormLayout(box)
        form.setContentsMargins(12, 16, 12, 12)
        self.feedback_edit = _text_edit(self.tr("What the supervisor said, in their words: the "
                                                "portfolio quotes it where they agreed to be a "
                                                "reference"))
        self.notes_edit = _text_edit(self.tr("Anything else"))
        for label, edit in ((self.tr("Feedback"), self.feedback_edit), (self.tr("Notes"), self.notes_edit)):
            form.addRow(label, edit)
            edit.textChanged.connect(self._mark_dirty)
        self.fields.update({"feedback": self.feedback_edit, "notes": self.notes_edit})
        return box

    # --- loading ---------------------------------------------------------------------------

    def load(self, engagement_id: uuid.UUID, force: bool = False) -> None:
        keep_edits = self.dirty and engagement_id == self.engagement_id and not force
        self.engagement_id = engagement_id
        self.detail = engagements.detail(self._store, engagement_id)
        self._fill_header()
        if not keep_edits:
            self._fill_form()
            self.message_label.hide()
        self.milestones.set_engagement(engagement_id)
        self.outcomes.set_engagement(engagement_id)
        self.resume_lines.set_engagement(engagement_id)
        self.money.set_engagement(engagement_id)
        self.documents.set_owner(engagement_id=engagement_id)

    def _fill_header(self) -> None:
        detail, engagement = self.detail, self.detail.engagement
        self.organization_label.setText((detail.organization or self.tr("No organization")).upper())
        self.title_label.setText(engagement.title)
        self.status_box.setCurrentIndex(self.status_box.findData(engagement.status))
        self.status_box.setStyleSheet(
            f"QComboBox {{ border-left: 4px solid {STATUS_COLORS.get(engagement.status)}; }}")
        self.application_button.setVisible(engagement.application_id is not None)
        self.application_button.setText(self.tr("Application →"))
        self.application_button.setToolTip(
            self.tr("The application it came from: {role}").format(role=detail.application_role)
            if detail.application_role else "")
        share = detail.progress
        self.hours_bar.setVisible(share is not None)
        if share is not None:
            self.hours_bar.setValue(int(min(share, 1.0) * 1000))
            self.hours_bar.setProperty("over", share > 1)
            self.hours_bar.setProperty("warn", WARN_AT <= share <= 1)
            self.hours_bar.style().unpolish(self.hours_bar)
            self.hours_bar.style().polish(self.hours_bar)
        self.hours_label.setText(hours_text(detail.logged_seconds, engagement.hours_estimate,
                                            engagement.weekly_cap_hours)
                                 if share is not None or detail.logged_seconds else
                                 self.tr("No hours estimate yet — set one to see the budget "
                                         "fill up"))

    def _fill_form(self) -> None:
        e = self.detail.engagement
        self._loading = True
        self.title_edit.setText(e.title)
        self.organization_edit.setText(self.detail.organization or "")
        self.platform_edit.setText(e.platform or "")
        self.start_edit.set_value(e.start_on)
        self.due_edit.set_value(e.due_on)
        self.ended_edit.set_value(e.ended_on)
        self.estimate_edit.setText(f"{e.hours_estimate:g}" if e.hours_estimate is not None else "")
        self.cap_edit.setText(f"{e.weekly_cap_hours:g}" if e.weekly_cap_hours is not None else "")
        self.kind_box.setCurrentIndex(max(self.kind_box.findData(e.fee_kind), 0))
        self.fee_edit.setText(editable(e.rate_cents if e.fee_kind == FeeKind.HOURLY
                                       else e.fee_cents, e.currency))
        self.currency_edit.setText(e.currency)
        self.withheld_edit.setText(percent_text(e.withheld_bp))
        self._kind_changed()
        self.reference_box.setCurrentIndex([v for _, v in REFERENCE_CHOICES].index(e.reference_ok))
        self.supervisor_box.clear()
        self.supervisor_box.addItem(self.tr("Nobody yet"), None)
        for person in contacts.list_rows(self._store):
            label = (f"{person.display_name} · {person.organization}" if person.organization
                     else person.display_name)
            self.supervisor_box.addItem(label, str(person.id))
        chosen = str(self.detail.supervisor[0]) if self.detail.supervisor else None
        self.supervisor_box.setCurrentIndex(max(self.supervisor_box.findData(chosen), 0))
        self.feedback_edit.setPlainText(e.feedback)
        self.notes_edit.setPlainText(e.notes)
        for edit in (self.title_edit, self.organization_edit, self.platform_edit):
            edit.setCursorPosition(0)
        self._loading = False
        self._set_dirty(False)

    # --- actions ---------------------------------------------------------------------------

    def values(self) -> dict:
        return {
            "title": self.title_edit.text(), "organization": self.organization_edit.text(),
            "platform": self.platform_edit.text(), "start_on": self.start_edit.value(),
            "due_on": self.due_edit.value(), "ended_on": self.ended_edit.value(),
            "hours_estimate": self.estimate_edit.text(),
            "weekly_cap_hours": self.cap_edit.text(), **self._fee_values(),
            "currency": self.currency_edit.text() or "USD",
            "withheld_percent": self.withheld_edit.text(),
            "reference_ok": self.reference_box.currentData(),
            "feedback": self.feedback_edit.toPlainText(), "notes": self.notes_edit.toPlainText(),
        }

    def _fee_values(self) -> dict:
        kind = self.kind_box.currentData()
        if kind == FeeKind.HOURLY:
            return {"fee_kind": kind, "rate": self.fee_edit.text(), "fee": ""}
        if kind == FeeKind.MILESTONES:
            return {"fee_kind": kind, "fee": "", "rate": ""}
        fee = self.fee_edit.text()
        if kind is None and fee.strip():
            kind = FeeKind.FIXED  # a fee typed before choosing how it is paid: a fixed fee
        return {"fee_kind": kind, "fee": fee if kind else "", "rate": ""}

    def _kind_changed(self) -> None:
        kind = self.kind_box.currentData()
        self.fee_label.setText(self.tr("Rate per hour") if kind == FeeKind.HOURLY
                               else self.tr("Fee"))
        self.fee_edit.setEnabled(kind != FeeKind.MILESTONES)
        self.fee_edit.setPlaceholderText(
            self.tr("the sum of the milestones' fees") if kind == FeeKind.MILESTONES
            else self.tr("25.00 an hour") if kind == FeeKind.HOURLY else "600.00")
        currency = self.detail.engagement.currency if self.detail else None
        self.milestones.show_fees(currency if kind == FeeKind.MILESTONES else None)

    def save(self) -> bool:
        try:
            engagements.update(self._store, self.engagement_id, **self.values())
            chosen = self.supervisor_box.currentData()
            supervisor = uuid.UUID(chosen) if chosen else None
            current = self.detail.supervisor[0] if self.detail.supervisor else None
            if supervisor != current:
                engagements.set_supervisor(self._store, self.engagement_id, supervisor)
        except ValidationError as error:
            return self._refused(error)
        self._set_dirty(False)
        self.load(self.engagement_id, force=True)
        return True

    def set_status(self, status: str) -> None:
        try:
            engagements.update(self._store, self.engagement_id, status=status)
        except ValidationError as error:
            self.show_message(str(error))
        else:
            if status == EngagementStatus.PAID:
                self.show_message(self.tr("Marked paid: what was still owed is recorded as "
                                          "received today (see Money)."), error=False)
        self.load(self.engagement_id)

    def delete(self, confirm_first: bool = True) -> None:
        if confirm_first and not confirm(
                self, self.tr("Delete engagement"),
                self.tr("Delete {title} with its milestones and time entries? This cannot be "
                        "undone.").format(title=self.detail.engagement.title)):
            return
        engagements.delete(self._store, self.engagement_id)
        self.engagement_id = None
        self.closed.emit()
