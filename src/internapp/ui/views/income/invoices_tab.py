"""Income → Invoices: every invoice number ever given out, in order, each explained — issued,
draft, corrected (by which), a deleted draft (its number stays used) — and every gap in a year's
sequence; and the numbering the student chooses."""

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from internapp.core.services import invoices, money_settings
from internapp.core.services.errors import ValidationError
from internapp.core.store import Store
from internapp.ui import formats
from internapp.ui.money_text import money
from internapp.ui.theme import current_colors
from internapp.ui.views.income.common import fill, table


class InvoicesTab(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.setSpacing(10)
        self.empty_label = QLabel(self.tr("No invoice yet. Open an engagement and choose “New "
                                          "invoice…” in its Money section."))
        self.empty_label.setObjectName("Muted")
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)
        self.table = table([self.tr("Number"), self.tr("Status"), self.tr("Issued"),
                            self.tr("For"), self.tr("Total"), self.tr("Why")],
                           elide=(3, 5), hide_first=(2,))
        self.table.setAccessibleName(self.tr("Invoice numbers"))
        layout.addWidget(self.table)
        box = QGroupBox(self.tr("Your numbering"))
        form = QFormLayout(box)
        self.prefix_edit = QLineEdit()
        self.prefix_edit.setToolTip(self.tr("{year} becomes the invoice's year"))
        self.digits_edit = QLineEdit()
        self.next_edit = QLineEdit()
        self.terms_edit = QLineEdit()
        for edit in (self.digits_edit, self.next_edit, self.terms_edit):
            edit.setMaximumWidth(90)
        self.prefix_edit.setMaximumWidth(200)
        self.preview_label = QLabel()
        self.preview_label.setObjectName("Muted")
        row = QHBoxLayout()
        row.addWidget(self.prefix_edit)
        row.addWidget(self.preview_label, 1)
        form.addRow(self.tr("Prefix"), row)
        form.addRow(self.tr("Digits"), self.digits_edit)
        form.addRow(self.tr("Next number"), self.next_edit)
        form.addRow(self.tr("Due after (days)"), self.terms_edit)
        self.message_label = QLabel()
        self.message_label.setObjectName("ErrorText")
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        form.addRow(self.message_label)
        self.save_button = QPushButton(self.tr("Save numbering"))
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)
        layout.addWidget(box)
        layout.addStretch(1)

    def refresh(self) -> None:
        register = invoices.register(self._store)
        self.empty_label.setVisible(not register)
        self.table.setVisible(bool(register))
        labels = {"draft": self.tr("draft"), "sent": self.tr("sent"),
                  "corrected": self.tr("corrected"), "deleted": self.tr("deleted draft"),
                  "gap": self.tr("not used")}
        colors = current_colors()
        colours = {i: colors.muted for i, r in enumerate(register)
                   if r.status in ("deleted", "gap")}
        fill(self.table, [[r.number, labels.get(r.status, r.status),
                           formats.short_date(r.issued_on) if r.issued_on else "",
                           r.title, money(r.total_cents, r.currency) if r.currency else "",
                           r.explanation] for r in register], right_from=4, left=(5,),
             colours=colours)
        settings = money_settings.get(self._store)
        self.prefix_edit.setText(settings.invoice_prefix)
        self.digits_edit.setText(str(settings.invoice_digits))
        self.next_edit.setText(str(settings.invoice_next))
        self.terms_edit.setText(str(settings.payment_terms_days))
        self.preview_label.setText(self.tr("next: {number}").format(
            number=invoices.suggested_number(self._store)))

    def save(self) -> bool:
        try:
            money_settings.update(self._store, invoice_prefix=self.prefix_edit.text(),
                                  invoice_digits=self.digits_edit.text(),
                                  invoice_next=self.next_edit.text(),
                                  payment_terms_days=self.terms_edit.text())
        except ValidationError as error:
            self.message_label.setText(str(error))
            self.message_label.show()
            return False
        self.message_label.hide()
        self.refresh()
        return True
