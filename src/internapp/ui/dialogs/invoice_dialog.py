"""A new invoice (a numbered draft): for the whole engagement or one milestone, the number (the
next in the student's numbering, or one they type — never one used before), payment terms and
notes (bank details, a purchase order). Issuing it later writes the PDF that is kept as sent."""

import uuid

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from internapp.core.services import engagements, invoices, money_settings
from internapp.core.store import Store
from internapp.ui.dialogs.form_dialog import FormDialog
from internapp.ui.widgets.fields import ComboBox


class InvoiceDialog(FormDialog):
    def __init__(self, store: Store, engagement_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("InvoiceDialog", "New invoice"),
                         QCoreApplication.translate("InvoiceDialog", "Create draft"),
                         lambda values: invoices.create_draft(store, engagement_id, **values),
                         parent)
        engagement = engagements.get(store, engagement_id)
        heading = QLabel(engagement.title)
        heading.setObjectName("Muted")
        heading.setWordWrap(True)
        self.form.addRow(heading)
        self.scope = ComboBox()
        self.scope.addItem(self.tr("What is not invoiced yet"), None)
        for m in engagements.milestones(store, engagement_id):
            if m.fee_cents is not None:
                self.scope.addItem(self.tr("Milestone: {title}").format(title=m.title), str(m.id))
        self.number = QLineEdit(invoices.suggested_number(store))
        self.number.setToolTip(self.tr("The next number of your numbering (Income → Invoices); "
                                       "type another if you keep your own. A number is never "
                                       "used twice."))
        self.due_days = QLineEdit(str(money_settings.get(store).payment_terms_days))
        self.due_days.setMaximumWidth(80)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("Bank details, a purchase order number…"))
        self.notes.setFixedHeight(64)
        self.notes.setTabChangesFocus(True)
        for label, widget in ((self.tr("Invoice for"), self.scope),
                              (self.tr("Number"), self.number),
                              (self.tr("Due after (days)"), self.due_days),
                              (self.tr("Notes"), self.notes)):
            self.form.addRow(label, widget)

    def values(self) -> dict:
        return {"milestone_id": self.scope.currentData(), "number": self.number.text(),
                "due_days": self.due_days.text(), "notes": self.notes.toPlainText()}
