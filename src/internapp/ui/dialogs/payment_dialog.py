"""Recording or editing a payment: the amount (in the engagement's currency), when it is expected
or was received, what a platform withheld, how it came and its reference. The service validates;
a refused value keeps the dialog open and is named. A payment larger than what is owed is saved
with a warning (``warnings``), shown by whoever opened the dialog."""

import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from internapp.core.clock import Clock
from internapp.core.services import engagements, payments
from internapp.core.services.money import percent_text, round_minor
from internapp.core.store import Store
from internapp.ui.dialogs.form_dialog import FormDialog
from internapp.ui.money_text import editable
from internapp.ui.widgets.date_field import DateField
from internapp.ui.widgets.fields import ComboBox

METHODS = [QT_TRANSLATE_NOOP("PaymentDialog", "Bank transfer"),
           QT_TRANSLATE_NOOP("PaymentDialog", "Platform payout"), "PayPal", "Wise",
           QT_TRANSLATE_NOOP("PaymentDialog", "Cheque"),
           QT_TRANSLATE_NOOP("PaymentDialog", "Cash")]


class PaymentDialog(FormDialog):
    def __init__(self, store: Store, engagement_id: uuid.UUID,
                 payment: payments.PaymentRow | None = None, *, clock: Clock,
                 parent: QWidget | None = None) -> None:
        self._store = store
        self._engagement_id = engagement_id
        self._payment = payment
        self.warnings: list[str] = []
        translate = QCoreApplication.translate
        title = (translate("PaymentDialog", "Edit payment") if payment
                 else translate("PaymentDialog", "Record a payment"))
        super().__init__(title, translate("PaymentDialog", "Save payment"), self._save, parent)
        engagement = engagements.get(store, engagement_id)
        self.currency = engagement.currency
        today = clock.today()
        state = payments.state(store, engagement_id, today)
        self.heading = QLabel(self.tr("{title} — paid in {currency}").format(
            title=engagement.title, currency=engagement.currency))
        self.heading.setObjectName("Muted")
        self.heading.setWordWrap(True)
        self.form.addRow(self.heading)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("e.g. 250.00"))
        self.expected = DateField(clock=clock)
        self.received = DateField(clock=clock)
        self.withheld = QLineEdit()
        self.withheld.setPlaceholderText(
            self.tr("kept by the platform ({percent} % by default)").format(
                percent=percent_text(engagement.withheld_bp)) if engagement.withheld_bp
            else self.tr("what a platform kept, if any"))
        self.method = ComboBox()
        self.method.setEditable(True)
        self.method.addItems([QCoreApplication.translate("PaymentDialog", str(m)) for m in METHODS])
        self.method.setCurrentIndex(-1)
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("the transfer's reference"))
        self.payer = QLineEdit()
        self.payer.setPlaceholderText(self.tr("who paid, if not the organization"))
        self.milestone = ComboBox()
        self.milestone.addItem(self.tr("The engagement as a whole"), None)
        for m in engagements.milestones(store, engagement_id):
            self.milestone.addItem(m.title, str(m.id))
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(54)
        self.note.setTabChangesFocus(True)
        owed = state.owed
        if payment is None:
            self.received.set_value(today)
            if owed:
                self.amount.setText(editable(round_minor(owed), self.currency))
        else:
            self.amount.setText(editable(payment.amount_cents, self.currency))
            self.expected.set_value(payment.expected_on)
            self.received.set_value(payment.received_on)
            self.withheld.setText(editable(payment.withheld_cents, self.currency))
            self.method.setCurrentText(payment.method or "")
            self.reference.setText(payment.reference or "")
            self.payer.setText(payment.payer if payment.payer != payment.organization else "")
            index = self.milestone.findText(payment.milestone or "")
            self.milestone.setCurrentIndex(max(index, 0))
            self.note.setPlainText(payment.note)
        hint = QLabel(self.tr("Leave Received empty for a payment still to come: it is overdue "
                              "once its expected day has passed."))
        hint.setObjectName("Muted")
        hint.setWordWrap(True)
        for label, widget in ((self.tr("Amount ({currency})").format(currency=self.currency),
                               self.amount),
                              (self.tr("Expected on"), self.expected),
                              (self.tr("Received on"), self.received),
                              (self.tr("Withheld"), self.withheld),
                              (self.tr("Method"), self.method),
                              (self.tr("Reference"), self.reference),
                              (self.tr("Paid by"), self.payer),
                              (self.tr("For"), self.milestone),
                              (self.tr("Note"), self.note)):
            self.form.addRow(label, widget)
        self.form.addRow(hint)

    def values(self) -> dict:
        return {"amount": self.amount.text(), "expected_on": self.expected.value(),
                "received_on": self.received.value(), "withheld": self.withheld.text() or None,
                "method": self.method.currentText(), "reference_text": self.reference.text(),
                "payer": self.payer.text(), "milestone_id": self.milestone.currentData(),
                "note": self.note.toPlainText()}

    def _save(self, values: dict):
        if self._payment is None:
            recorded = payments.add(self._store, self._engagement_id, **values)
        else:
            recorded = payments.update(self._store, self._payment.id, **values)
        self.warnings = recorded.warnings
        return recorded.payment
