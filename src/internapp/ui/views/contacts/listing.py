"""The contacts list: every contact, searched as you type in every field and sorted by any column,
and the "losing touch" list of those whose keep-in-touch date has passed."""

import uuid
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
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
from internapp.ui import formats
from internapp.ui.i18n import QT_TRANSLATE_NOOP
from internapp.ui.models.rows_table_model import Column, RowsTableModel
from internapp.ui.theme import current_colors
from internapp.ui.widgets.segmented import segmented
from internapp.ui.widgets.table_columns import ColumnFitter


class ContactTexts(QObject):
    """The list's texts with a count: a QObject, as lupdate marks plurals in tr() only."""

    def last(self, value) -> str:
        return formats.medium_date(value.astimezone().date()) if value else self.tr("never")

    def due(self, row: ContactRow, today: date) -> str:
        if row.next_due is None:
            return "—"
        delta = (row.next_due - today).days
        if delta < 0:
            return self.tr("%Ln days overdue", "", -delta)
        return self.tr("today") if delta == 0 else self.tr("in %Ln days", "", delta)

    def days(self, count: int | None) -> str:
        return "" if count is None else self.tr("%Ln days", "", count)


def due_text(row: ContactRow, today: date) -> str:
    return ContactTexts().due(row, today)


def _title(text: str) -> str:
    """A column title marked with QT_TRANSLATE_NOOP("ContactsList", …)."""
    return QCoreApplication.translate("ContactsList", text)


# the dates that turn red once passed
DUE_TITLES = (QT_TRANSLATE_NOOP("ContactsList", "Next due"),
              QT_TRANSLATE_NOOP("ContactsList", "Overdue by"),
              QT_TRANSLATE_NOOP("ContactsList", "Was due"))


def all_columns(today: date) -> list[Column]:
    texts = ContactTexts()
    return [
        Column(_title(QT_TRANSLATE_NOOP("ContactsList", "Name")), lambda r: r.display_name),
        Column(_title(QT_TRANSLATE_NOOP("ContactsList", "Organization")), lambda r: r.organization),
        Column(_title(QT_TRANSLATE_NOOP("ContactsList", "Title")), lambda r: r.title),
        Column(_title(QT_TRANSLATE_NOOP("ContactsList", "Tags")), lambda r: r.tags),
        Column(_title(QT_TRANSLATE_NOOP("ContactsList", "Last contacted")),
               lambda r: r.last_contacted, text=lambda r: texts.last(r.last_contacted),
               searchable=False),
        Column(_title(DUE_TITLES[0]), lambda r: r.next_due, text=lambda r: texts.due(r, today),
               searchable=False),
    ]


def due_columns(today: date) -> list[Column]:
    texts = ContactTexts()
    return [
        Column(_title(QT_TRANSLATE_NOOP("ContactsList", "Name")), lambda r: r.display_name),
        Column(_title(QT_TRANSLATE_NOOP("ContactsList", "Organization")), lambda r: r.organization),
        Column(_title(QT_TRANSLATE_NOOP("ContactsList", "Every")), lambda r: r.cadence_days,
               text=lambda r: texts.days(r.cadence_days), searchable=False),
        Column(_title(QT_TRANSLATE_NOOP("ContactsList", "Last contacted")),
               lambda r: r.last_contacted, text=lambda r: texts.last(r.last_contacted),
               searchable=False),
        Column(_title(DUE_TITLES[2]), lambda r: r.next_due,
               text=lambda r: formats.medium_date(r.next_due), searchable=False),
        Column(_title(DUE_TITLES[1]), lambda r: r.overdue_days,
               text=lambda r: texts.days(r.overdue_days), searchable=False),
    ]


class ContactsTableModel(RowsTableModel):
    """Rows of ContactRow; a date that has passed shows in the warning colour."""

    def __init__(self, columns, parent=None) -> None:
        # every field is in ContactRow.search_text, so the columns add nothing to the haystack
        columns = [replace(c, searchable=False) for c in columns]
        super().__init__(columns, parent, search_text=ContactRow.search_text)
        due = {_title(title) for title in DUE_TITLES}
        self._due_columns = {i for i, c in enumerate(columns) if c.title in due}

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
        self.search_edit.setPlaceholderText(self.tr("Search names, organizations, titles, emails, "
                                                    "phones, tags, notes, how you met…"))
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
        self.nobody_due = QLabel(self.tr("Nobody is losing touch: everyone with a keep-in-touch "
                                         "rhythm has heard from you recently. Set rhythms on a "
                                         "contact's page, or per tag with “Rhythms by tag…”."))
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
        self.log_button = QPushButton(self.tr("Log interaction with selected…"))
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
        self.due_button.setText(self.tr("Losing touch  {n}").format(n=formats.number(len(due)))
                                if due else self.tr("Losing touch"))
        self.all_button.setText(self.tr("All contacts  {n}").format(n=formats.number(len(rows))))
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
        if shown != total:
            self.count_label.setText(self.tr("{shown} of %Ln shown", "", total).format(
                shown=formats.number(shown)))
        elif self.showing_due():
            self.count_label.setText(self.tr("%Ln overdue", "", total))
        else:
            self.count_label.setText(self.tr("%Ln contacts", "", total))
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
