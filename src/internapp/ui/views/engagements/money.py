"""The engagement's money in its detail pane: paid / owed at a glance, the payments (expected and
received, overdue ones marked) with a payment editor, and the invoices (draft, issued as a kept
PDF, corrected)."""

import uuid
from fractions import Fraction
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from internapp.core.clock import Clock
from internapp.core.models import InvoiceStatus
from internapp.core.safe_files import atomic_output
from internapp.core.services import invoices, payments
from internapp.core.services.errors import ValidationError
from internapp.core.store import Store
from internapp.core.store.errors import StoreError
from internapp.ui import formats
from internapp.ui.dialogs.invoice_dialog import InvoiceDialog
from internapp.ui.dialogs.payment_dialog import PaymentDialog
from internapp.ui.money_text import money
from internapp.ui.theme import current_colors
from internapp.ui.widgets.flow_layout import FlowLayout

ROLE = Qt.ItemDataRole.UserRole


class MoneySection(QWidget):
    message = Signal(str, bool)  # text, is an error

    def __init__(self, store: Store, parent: QWidget | None = None, *, clock: Clock) -> None:
        super().__init__(parent)
        self._store = store
        self._clock = clock
        self.engagement_id: uuid.UUID | None = None
        self.state: payments.MoneyState | None = None
        self.dialog: PaymentDialog | InvoiceDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.summary_label)
        self.paid_bar = QProgressBar()
        self.paid_bar.setObjectName("HoursBar")
        self.paid_bar.setTextVisible(False)
        self.paid_bar.setRange(0, 1000)
        self.paid_bar.setAccessibleName(self.tr("Share of the fee received"))
        layout.addWidget(self.paid_bar)
        self.payments_list = QListWidget()
        self.payments_list.setObjectName("DetailList")
        self.payments_list.setAccessibleName(self.tr("Payments"))
        self.payments_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.payments_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.payments_list.itemDoubleClicked.connect(lambda _item: self.edit_payment())
        self.payments_list.currentRowChanged.connect(lambda _row: self._update_buttons())
        layout.addWidget(self.payments_list)
        payment_buttons = QWidget()
        row = FlowLayout(payment_buttons)
        self.add_button = QPushButton(self.tr("Add payment…"))
        self.add_button.clicked.connect(self.add_payment)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_payment)
        self.received_button = QPushButton(self.tr("Received today"))
        self.received_button.setToolTip(self.tr("Mark the selected expected payment received"))
        self.received_button.clicked.connect(self.mark_received)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_payment)
        for button in (self.add_button, self.edit_button, self.received_button,
                       self.delete_button):
            row.addWidget(button)
        layout.addWidget(payment_buttons)

        invoices_title = QLabel(self.tr("Invoices"))
        invoices_title.setObjectName("SectionTitle")
        layout.addWidget(invoices_title)
        self.invoices_list = QListWidget()
        self.invoices_list.setObjectName("DetailList")
        self.invoices_list.setAccessibleName(self.tr("Invoices"))
        self.invoices_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.invoices_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.invoices_list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.invoices_list.itemDoubleClicked.connect(lambda _item: self.open_invoice())
        layout.addWidget(self.invoices_list)
        self.invoices_empty = QLabel(self.tr("No invoice yet. A new invoice is a numbered draft; "
                                             "issuing it writes the PDF, kept as sent."))
        self.invoices_empty.setObjectName("Muted")
        self.invoices_empty.setWordWrap(True)
        layout.addWidget(self.invoices_empty)
        self.new_invoice_button = QPushButton(self.tr("New invoice…"))
        self.new_invoice_button.clicked.connect(self.new_invoice)
        self.issue_button = QPushButton(self.tr("Issue PDF"))
        self.issue_button.clicked.connect(self.issue_invoice)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(self.open_invoice)
        self.save_copy_button = QPushButton(self.tr("Save copy…"))
        self.save_copy_button.clicked.connect(lambda: self.save_copy())
        self.correct_button = QPushButton(self.tr("Correct…"))
        self.correct_button.setToolTip(self.tr("A sent invoice never changes: this makes a new, "
                                               "numbered invoice that corrects it"))
        self.correct_button.clicked.connect(self.correct_invoice)
        self.delete_draft_button = QPushButton(self.tr("Delete draft"))
        self.delete_draft_button.setToolTip(self.tr("Its number stays used and is listed as a "
                                                    "deleted draft"))
        self.delete_draft_button.clicked.connect(self.delete_draft)
        flow = QWidget()
        flowing = FlowLayout(flow)
        for button in (self.new_invoice_button, self.issue_button, self.open_button,
                       self.save_copy_button, self.correct_button, self.delete_draft_button):
            flowing.addWidget(button)
        layout.addWidget(flow)

    # --- loading ---------------------------------------------------------------------------

    def set_engagement(self, engagement_id: uuid.UUID) -> None:
        self.engagement_id = engagement_id
        self.reload()

    @property
    def current(self) -> uuid.UUID:
        """The engagement shown (the detail pane sets it before anything asks)."""
        assert self.engagement_id is not None, "set_engagement first"
        return self.engagement_id

    def reload(self) -> None:
        today = self._clock.today()
        self.state = state = payments.state(self._store, self.current, today)
        self.summary_label.setText(self._summary(state))
        total = state.fee.total
        share = float(min(state.received_cents / total, Fraction(1))) if total else None
        self.paid_bar.setVisible(share is not None)
        if share is not None:
            self.paid_bar.setValue(int(share * 1000))
        self.payments_list.clear()
        colors = current_colors()
        for p in state.payments:
            item = QListWidgetItem(self._payment_text(p, today))
            item.setToolTip(" · ".join([item.text(), *(x for x in (p.method, p.reference,
                                                                  p.milestone, p.payer) if x)]))
            item.setData(ROLE, p)
            if p.days_overdue(today):
                item.setForeground(QColor(colors.danger))
            self.payments_list.addItem(item)
        self.payments_list.setVisible(bool(state.payments))
        self.payments_list.setFixedHeight(min(max(len(state.payments), 1), 5) * 30 + 8)
        found = invoices.list_invoices(self._store, self.current)
        self.invoices_list.clear()
        for invoice in found:
            item = QListWidgetItem(self._invoice_text(invoice))
            item.setData(ROLE, invoice)
            self.invoices_list.addItem(item)
        self.invoices_list.setVisible(bool(found))
        self.invoices_empty.setVisible(not found)
        self.invoices_list.setFixedHeight(min(max(len(found), 1), 4) * 30 + 8)
        self._update_buttons()

    def _summary(self, state: payments.MoneyState) -> str:
        c = state.currency
        colors = current_colors()
        if state.fee.total is None:
            text = self.tr("No fee set yet — set the fee, the hourly rate or milestone fees "
                           "above. Received so far: {received}.").format(
                received=money(state.received_cents, c))
            return text
        parts = [self.tr("<b>{received}</b> received of {fee}").format(
            received=money(state.received_cents, c), fee=money(state.fee.total, c))]
        if state.paid:
            parts.append(f"<span style='color:{colors.success}'>"
                         + self.tr("paid in full on {day}").format(
                             day=formats.day(state.paid_on) if state.paid_on else "—")
                         + "</span>")
        else:
            parts.append(self.tr("{owed} owed").format(owed=money(state.owed, c)))
        if state.overdue_cents:
            parts.append(f"<span style='color:{colors.danger}; font-weight:600'>"
                         + self.tr("{amount} overdue").format(amount=money(state.overdue_cents, c))
                         + "</span>")
        if state.withheld_cents:
            parts.append(self.tr("{amount} withheld by the platform").format(
                amount=money(state.withheld_cents, c)))
        return " · ".join(parts)

    def _payment_text(self, p: payments.PaymentRow, today) -> str:
        amount = money(p.amount_cents, p.currency)
        if p.received_on:
            when = self.tr("received {day}").format(day=formats.day(p.received_on))
        elif p.days_overdue(today):
            when = self.tr("expected {day} — overdue").format(day=formats.day(p.day))
        else:
            when = self.tr("expected {day}").format(day=formats.day(p.day))
        return " · ".join([amount, when, *([p.milestone] if p.milestone else [])])

    def _invoice_text(self, invoice) -> str:
        labels = {InvoiceStatus.DRAFT: self.tr("draft"), InvoiceStatus.SENT: self.tr("sent"),
                  InvoiceStatus.CORRECTED: self.tr("corrected"),
                  InvoiceStatus.DELETED: self.tr("deleted draft")}
        status = labels.get(invoice.status, invoice.status)
        if invoice.issued_on:
            status += " " + formats.day(invoice.issued_on)
        return f"{invoice.number} · {status} · {money(invoice.total_cents, invoice.currency)}"

    def _update_buttons(self) -> None:
        payment = self.selected_payment()
        self.edit_button.setEnabled(payment is not None)
        self.delete_button.setEnabled(payment is not None)
        self.received_button.setEnabled(payment is not None and not payment.received)
        invoice = self.selected_invoice()
        status = invoice.status if invoice else None
        self.issue_button.setEnabled(status == InvoiceStatus.DRAFT)
        self.delete_draft_button.setEnabled(status == InvoiceStatus.DRAFT)
        self.open_button.setEnabled(invoice is not None and invoice.stored_name is not None)
        self.save_copy_button.setEnabled(invoice is not None and invoice.stored_name is not None)
        self.correct_button.setEnabled(status == InvoiceStatus.SENT)

    def selected_payment(self) -> payments.PaymentRow | None:
        item = self.payments_list.currentItem()
        return item.data(ROLE) if item is not None and self.payments_list.isVisible() else None

    def selected_invoice(self):
        item = self.invoices_list.currentItem()
        return item.data(ROLE) if item is not None else None

    # --- payments --------------------------------------------------------------------------

    def add_payment(self) -> PaymentDialog:
        return self._open_payment(None)

    def edit_payment(self) -> PaymentDialog | None:
        payment = self.selected_payment()
        return self._open_payment(payment) if payment else None

    def _open_payment(self, payment) -> PaymentDialog:
        self.dialog = PaymentDialog(self._store, self.current, payment, parent=self,
                                    clock=self._clock)
        self.dialog.accepted.connect(self._payment_saved)
        self.dialog.open()
        return self.dialog

    def _payment_saved(self) -> None:
        warnings = self.dialog.warnings if isinstance(self.dialog, PaymentDialog) else []
        self.reload()
        if warnings:
            self.message.emit(" ".join(warnings), False)

    def mark_received(self) -> None:
        payment = self.selected_payment()
        if payment is not None:
            self._run(lambda: payments.mark_received(self._store, payment.id))

    def delete_payment(self) -> None:
        payment = self.selected_payment()
        if payment is not None:
            self._run(lambda: payments.delete(self._store, payment.id))

    # --- invoices --------------------------------------------------------------------------

    def new_invoice(self) -> InvoiceDialog:
        self.dialog = InvoiceDialog(self._store, self.current, self)
        self.dialog.accepted.connect(self.reload)
        self.dialog.open()
        return self.dialog

    def issue_invoice(self) -> None:
        from internapp.ui.printing.invoice_pdf import write_invoice

        invoice = self.selected_invoice()
        if invoice is not None:
            self._run(lambda: invoices.issue(self._store, invoice.id, write_invoice),
                      done=self.tr("Invoice {number} issued: its PDF is kept as sent.").format(
                          number=invoice.number))

    def correct_invoice(self) -> None:
        invoice = self.selected_invoice()
        if invoice is not None:
            self._run(lambda: invoices.correct(self._store, invoice.id),
                      done=self.tr("A corrected draft replaces {number} once you issue it.")
                      .format(number=invoice.number))

    def delete_draft(self) -> None:
        invoice = self.selected_invoice()
        if invoice is not None:
            self._run(lambda: invoices.delete_draft(self._store, invoice.id),
                      done=self.tr("Draft {number} deleted; its number stays used.").format(
                          number=invoice.number))

    def open_invoice(self) -> None:
        invoice = self.selected_invoice()
        if invoice is None or invoice.stored_name is None:
            return
        try:
            path = invoices.stored_pdf(self._store, invoice)
        except ValidationError as error:
            self.message.emit(str(error), True)
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def save_copy(self, target: Path | None = None) -> Path | None:
        invoice = self.selected_invoice()
        if invoice is None or invoice.stored_name is None:
            return None
        if target is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save a copy of the invoice"),
                str(Path.home() / f"invoice-{invoice.number}.pdf"), self.tr("PDF (*.pdf)"))
            if not chosen:
                return None
            target = Path(chosen)
        try:
            kept = invoices.stored_pdf(self._store, invoice).read_bytes()
            with atomic_output(target, "wb") as output:
                output.write(kept)
        except (ValidationError, StoreError, OSError) as error:
            self.message.emit(str(error), True)
            return None
        self.message.emit(self.tr("Saved a copy to {path}").format(path=target), False)
        return target

    def _run(self, action, done: str | None = None) -> None:
        try:
            action()
        except ValidationError as error:
            self.message.emit(str(error), True)
        else:
            if done:
                self.message.emit(done, False)
        self.reload()
