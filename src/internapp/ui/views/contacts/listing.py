"""The contacts list: every contact, searched as you type in every field and sorted by any column,
and the "losing touch" list of those whose keep-in-touch date has passed."""

import uuid
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from internapp.core.clock import Clock
from internapp.core.services.contacts import ContactRow
from internapp.ui.models.rows_table_model import Column, RowsTableModel
from internapp.ui.theme import current_colors
from internapp.ui.widgets.segmented import segmented
from internapp.ui.widgets.table_columns import ColumnFitter


def _day(value) -> str:
    return value.astimezone().strftime("%d %b %Y") if value else "never"


def due_text(row: ContactRow, today: date) -> str:
    if row.next_due is None:
        return "—"
    delta = (row.next_due - today).days
    if delta < 0:
        return f"{-delta} day{'s' if delta != -1 else ''} overdue"
    return "today" if delta == 0 else f"in {delta} day{'s' if delta != 1 else ''}"


def all_columns(today: date) -> list[Column]:
    return [
        Column("Name", lambda r: r.display_name),
        Column("Organization", lambda r: r.organization),
        Column("Title", lambda r: r.title),
        Column("Tags", lambda r: r.tags),
        Column("Last contacted", lambda r: r.last_contacted, text=lambda r: _day(r.last_contacted),
               searchable=False),
        Column("Next due", lambda r: r.next_due, text=lambda r: due_text(r, today),
               searchable=False),
    ]


def due_columns(today: date) -> list[Column]:
    return [
        Column("Name", lambda r: r.display_name),
        Column("Organization", lambda r: r.organization),
        Column("Every", lambda r: r.cadence_days, text=lambda r: f"{r.cadence_days} days",
               searchable=False),
        Column("Last contacted", lambda r: r.last_contacted, text=lambda r: _day(r.last_contacted),
               searchable=False),
        Column("Was due", lambda r: r.next_due, text=lambda r: f"{r.next_due:%d %b %Y}",
               searchable=False),
        Column("Overdue by", lambda r: r.overdue_days,
               text=lambda r: f"{r.overdue_days} day{'s' if r.overdue_days != 1 else ''}",
               searchable=False),
    ]


class ContactsTableModel(RowsTableModel):
    """Rows of ContactRow; a date that has passed shows in the warning colour."""

    def __init__(self, columns, parent=None) -> None:
        # every field is in ContactRow.search_text, so the columns add nothing to the haystack
        columns = [replace(c, searchable=False) for c in columns]
        super().__init__(columns, parent, search_text=ContactRow.search_text)
        self._due_columns = {i for i, c in enumerate(columns)
                             if c.title in ("Next due", "Overdue by", "Was due")}

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if (role == Qt.ItemDataRole.ForegroundRole and index.isValid()
                and index.column() in self._due_columns):
            row = self.row_at(index.row())
            if row.overdue_days is not None and row.overdue_days > 0:
                return QColor(current_colors().danger)
        return super().data(index, role)


def _table(model: RowsTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSortingEnabled(True)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(34)
    header = view.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    return view


class ContactsList(QWidget):
    open_contact = Signal(object)  # a contact id
    log_for = Signal(object)  # a contact id: log an interaction without leaving the list

    def __init__(self, parent: QWidget | None = None, *, clock: Clock) -> None:
        super().__init__(parent)
        self._clock = clock
        self.today = clock.today()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        bar = QHBoxLayout()
        self.segments, switch = segmented(self, [self.tr("All contacts"), self.tr("Losing touch")])
        self.all_button, self.due_button = self.segments.buttons()
        for button in (self.all_button, self.due_button):
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        bar.addLayout(switch)
        bar.addSpacing(16)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText("Search names, organizations, titles, emails, phones, "
                                            "tags, notes, how you met…")
        self.search_edit.setClearButtonEnabled(True)
        bar.addWidget(self.search_edit, 1)
        layout.addLayout(bar)

        self.stack = QStackedWidget()
        self.model = ContactsTableModel(all_columns(self.today), self)
        self.table = _table(self.model)
        # name, organization, title and tags elide; tags, title and last contact go first
        self.fitters = {self.table: ColumnFitter(self.table, elide=[0, 1, 2, 3],
                                                 hide_first=[3, 2, 4])}
        self.stack.addWidget(self.table)
        due_page = QWidget()
        due_layout = QVBoxLayout(due_page)
        due_layout.setContentsMargins(0, 0, 0, 0)
        self.due_model = ContactsTableModel(due_columns(self.today), self)
        self.due_table = _table(self.due_model)
        self.fitters[self.due_table] = ColumnFitter(self.due_table, elide=[0, 1],
                                                    hide_first=[3, 2, 4])
        self.due_table.setSortingEnabled(False)  # oldest first, always
        due_layout.addWidget(self.due_table, 1)
        self.nobody_due = QLabel("Nobody is losing touch: everyone with a keep-in-touch rhythm "
                                 "has heard from you recently. Set rhythms on a contact's page, "
                                 "or per tag with “Rhythms by tag…”.")
        self.nobody_due.setObjectName("EmptyBody")
        self.nobody_due.setWordWrap(True)
        self.nobody_due.setAlignment(Qt.AlignmentFlag.AlignCenter)
        due_layout.addWidget(self.nobody_due, 1)
        self.stack.addWidget(due_page)
        layout.addWidget(self.stack, 1)

        foot = QHBoxLayout()
        self.count_label = QLabel()
        self.count_label.setObjectName("Muted")
        foot.addWidget(self.count_label, 1)
        self.log_button = QPushButton("Log interaction with selected…")
        self.log_button.clicked.connect(self._log_selected)
        foot.addWidget(self.log_button)
        layout.addLayout(foot)

        self.search_edit.textChanged.connect(self._on_search)
        self.table.doubleClicked.connect(lambda i: self.open_contact.emit(self.model.row_at(i.row()).id))
        self.table.activated.connect(lambda i: self.open_contact.emit(self.model.row_at(i.row()).id))
        self.due_table.doubleClicked.connect(
            lambda i: self.open_contact.emit(self.due_model.row_at(i.row()).id))
        self.all_button.toggled.connect(lambda on: on and self.show_due(False))
        self.due_button.toggled.connect(lambda on: on and self.show_due(True))
        self.all_button.setChecked(True)

    # --- data ------------------------------------------------------------------------------

    def set_rows(self, rows: list[ContactRow]) -> None:
        today = self._clock.today()
        if today != self.today:  # the "in N days" texts are relative to today
            self.today = today
            self.model = self._replace_model(self.table, all_columns(today))
            self.due_model = self._replace_model(self.due_table, due_columns(today))
        self.model.set_rows(rows)  # the model keeps the search typed so far
        due = sorted((r for r in rows if r.overdue_days and r.overdue_days > 0),
                     key=lambda r: (r.next_due, r.display_name.casefold()))
        self.due_model.set_rows(due)
        self.due_button.setText(f"Losing touch  {len(due)}" if due else "Losing touch")
        self.all_button.setText(f"All contacts  {len(rows)}")
        self.due_table.setVisible(bool(due))
        self.nobody_due.setVisible(not due)
        self._update_count()

    def _replace_model(self, view: QTableView, columns) -> ContactsTableModel:
        model = ContactsTableModel(columns, self)
        view.setModel(model)
        self.fitters[view].rebind()
        return model

    def show_due(self, due: bool) -> None:
        self.stack.setCurrentIndex(1 if due else 0)
        (self.due_button if due else self.all_button).setChecked(True)
        self._update_count()

    def showing_due(self) -> bool:
        return self.stack.currentIndex() == 1

    def _on_search(self, text: str) -> None:
        self.model.set_filter(text)
        self.due_model.set_filter(text)
        self._update_count()

    def _update_count(self) -> None:
        model = self.due_model if self.showing_due() else self.model
        shown, total = model.rowCount(), model.total_count()
        noun = "overdue" if self.showing_due() else "contacts"
        self.count_label.setText(f"{total} {noun}" if shown == total
                                 else f"{shown} of {total} shown")
        self.log_button.setEnabled(shown > 0)

    def selected_id(self) -> uuid.UUID | None:
        view, model = ((self.due_table, self.due_model) if self.showing_due()
                       else (self.table, self.model))
        rows = view.selectionModel().selectedRows()
        if rows:
            return model.row_at(rows[0].row()).id
        return model.row_at(0).id if model.rowCount() else None

    def _log_selected(self) -> None:
        contact_id = self.selected_id()
        if contact_id is not None:
            self.log_for.emit(contact_id)
