"""The Conflicts view: values that lost a merge, and situations a sync could not settle alone
(overlapping time entries). The student picks the other value, or keeps what is there."""

import json

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from internapp.core.services.errors import ValidationError
from internapp.core.store import Store
from internapp.core.sync import conflicts
from internapp.core.sync.conflicts import ConflictRow, EntrySpan
from internapp.ui import formats

# the fields a conflict names most, as the forms call them; others are shown from their column
FIELDS = {
    "display_name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "given_name": QT_TRANSLATE_NOOP("Fields", "Given name"),
    "family_name": QT_TRANSLATE_NOOP("Fields", "Family name"),
    "nickname": QT_TRANSLATE_NOOP("Fields", "Nickname"),
    "title": QT_TRANSLATE_NOOP("Fields", "Title"),
    "role": QT_TRANSLATE_NOOP("Fields", "Role"),
    "notes": QT_TRANSLATE_NOOP("Fields", "Notes"),
    "note": QT_TRANSLATE_NOOP("Fields", "Note"),
    "summary": QT_TRANSLATE_NOOP("Fields", "Summary"),
    "description": QT_TRANSLATE_NOOP("Fields", "Description"),
    "emails": QT_TRANSLATE_NOOP("Fields", "Email"),
    "phones": QT_TRANSLATE_NOOP("Fields", "Phone"),
    "location": QT_TRANSLATE_NOOP("Fields", "Location"),
    "website": QT_TRANSLATE_NOOP("Fields", "Website"),
    "linkedin_url": QT_TRANSLATE_NOOP("Fields", "LinkedIn"),
    "url": QT_TRANSLATE_NOOP("Fields", "Link"),
    "how_met": QT_TRANSLATE_NOOP("Fields", "How you met"),
    "birthday": QT_TRANSLATE_NOOP("Fields", "Birthday"),
    "keep_in_touch_days": QT_TRANSLATE_NOOP("Fields", "Keep in touch"),
    "tags": QT_TRANSLATE_NOOP("Fields", "Tags"),
    "status": QT_TRANSLATE_NOOP("Fields", "Status"),
    "deadline": QT_TRANSLATE_NOOP("Fields", "Deadline"),
    "follow_up_on": QT_TRANSLATE_NOOP("Fields", "Follow up on"),
    "applied_on": QT_TRANSLATE_NOOP("Fields", "Applied on"),
    "start_on": QT_TRANSLATE_NOOP("Fields", "Start"),
    "due_on": QT_TRANSLATE_NOOP("Fields", "Due"),
    "started_at": QT_TRANSLATE_NOOP("Fields", "Start"),
    "ended_at": QT_TRANSLATE_NOOP("Fields", "End"),
    "hours_estimate": QT_TRANSLATE_NOOP("Fields", "Estimated hours"),
    "weekly_cap_hours": QT_TRANSLATE_NOOP("Fields", "Weekly cap"),
    "level": QT_TRANSLATE_NOOP("Fields", "Level"),
    "outcome": QT_TRANSLATE_NOOP("Fields", "Outcome"),
    "feedback": QT_TRANSLATE_NOOP("Fields", "Feedback"),
}


def field_label(column: str) -> str:
    known = FIELDS.get(column)
    if known:
        return QCoreApplication.translate("Fields", str(known))
    return column.replace("_", " ").capitalize()


def _show(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_show(v)}" for k, v in value.items()) or "—"
    if isinstance(value, list):
        return ", ".join(_show(v) for v in value) or "—"
    text = str(value)
    if text.startswith("["):
        try:
            return ", ".join(str(v) for v in json.loads(text)) or "—"
        except ValueError:
            pass
    return text


class ConflictsDialog(QDialog):
    """``show_record(screen, record_id)``: the student asked to see a conflict's record (the
    engagement of a time entry, on the Time screen); the dialog then closes."""

    COLUMNS = 5
    show_record = Signal(str, object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.rows: list[ConflictRow] = []
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.resize(860, 480)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "When the same field was changed on two devices, the later change was kept and the "
            "other is listed here: use it instead, or keep what is there. Overlapping time "
            "entries are settled by changing or deleting one of them on the Time screen."))
        intro.setWordWrap(True)
        intro.setObjectName("Muted")
        layout.addWidget(intro)

        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels([
            self.tr("What happened"), self.tr("Record"), self.tr("Field"),
            self.tr("In the record now"), self.tr("Other value")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)  # one line each; the selected one is shown whole below
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setProperty("elidingColumns", [1, 3, 4])
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((170, 200, 90, 170)):
            self.table.setColumnWidth(column, width)
        self.empty = QLabel(self.tr("No conflicts: every change from your devices merged "
                                    "cleanly."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setObjectName("EmptyBody")
        self.pages = QStackedWidget()
        self.pages.addWidget(self.table)
        self.pages.addWidget(self.empty)
        layout.addWidget(self.pages, 1)

        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        detail_scroll = QScrollArea()  # a long note stays readable without growing the dialog
        detail_scroll.setWidgetResizable(True)
        detail_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        detail_scroll.setMaximumHeight(110)
        detail_scroll.setWidget(self.detail)
        layout.addWidget(detail_scroll)
        row = QHBoxLayout()
        self.use_other_button = QPushButton(self.tr("Use the other value"))
        self.use_other_button.setObjectName("Primary")
        self.use_other_button.clicked.connect(lambda: self._resolve(use_other=True))
        self.keep_button = QPushButton(self.tr("Keep what is there"))
        self.keep_button.clicked.connect(lambda: self._resolve(use_other=False))
        self.show_button = QPushButton(self.tr("Show on the Time screen"))
        self.show_button.clicked.connect(self._show_entries)
        row.addWidget(self.use_other_button)
        row.addWidget(self.keep_button)
        row.addWidget(self.show_button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row.addWidget(buttons)
        layout.addLayout(row)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.reload()

    def reload(self) -> None:
        self.rows = conflicts.list_conflicts(self._store)
        self.table.setRowCount(len(self.rows))
        for index, conflict in enumerate(self.rows):
            field = conflict.column if conflict.kind in conflicts.PICKABLE else ""
            cells: list[str] = [self.kind_text(conflict.kind), conflict.record,
                                field_label(field) if field else "",
                                _show(conflict.kept), _show(conflict.other)]
            if conflict.entries:  # time entries: their engagement, then when (local) and what
                spans = [self.span_text(span) for span in conflict.entries]
                first = conflict.entries[0].engagement or conflict.record
                if conflict.kind == "overlap":
                    cells = [cells[0], first, "", *[*spans, "—", "—"][:2]]
                else:
                    cells = [cells[0], f"{first}: {spans[0]}", *cells[2:]]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(index, column, item)
        self.pages.setCurrentWidget(self.table if self.rows else self.empty)
        if self.rows:
            self.table.selectRow(0)
        self._selection_changed()

    def kind_text(self, kind: str) -> str:
        texts = {
            "field": self.tr("Changed on two devices"),
            "deleted": self.tr("Edited and deleted"),
            "overlap": self.tr("Overlapping time entries"),
            "renamed": self.tr("Duplicate engagement name"),
            "merged": self.tr("Created on two devices"),
            "removed": self.tr("Removed with its parent"),
            "restored": self.tr("Kept although deleted elsewhere"),
            "timer": self.tr("Timers on two devices"),
        }
        return texts.get(kind, kind)

    def explanation(self, kind: str) -> str:
        texts = {
            "field": self.tr("The same field was changed on two devices; the later change is in "
                             "the record."),
            "deleted": self.tr("Deleted on one device while it was edited on another; the "
                               "deletion stands."),
            "overlap": self.tr("Two time entries from different devices overlap: change or "
                               "delete one of them on the Time screen."),
            "renamed": self.tr("Two engagements had the same name; this one was renamed."),
            "merged": self.tr("The same record was created on two devices; they became one."),
            "removed": self.tr("Removed because the record it belonged to was deleted on another "
                               "device."),
            "restored": self.tr("Deleted on another device but still used here, so it was kept."),
            "timer": self.tr("Timers ran on two devices at once; the earlier one was stopped."),
        }
        return texts.get(kind, "")

    def span_text(self, span: EntrySpan) -> str:
        """``Mon 30 Nov 14:00–15:30 · the note`` in the window's locale and the local zone."""
        start = span.start.astimezone()
        end = span.end.astimezone() if span.end else None
        if end is None:
            until = self.tr("running")
        elif end.date() == start.date():
            until = formats.clock(end)
        else:
            until = f"{formats.day(end.date())} {formats.clock(end)}"
        text = f"{formats.day(start.date())} {formats.clock(start)}–{until}"
        return f"{text} · {span.note}" if span.note else text

    def selected(self) -> ConflictRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and self.rows else None

    def _selection_changed(self) -> None:
        conflict = self.selected()
        self.use_other_button.setEnabled(bool(conflict and conflict.can_pick_other))
        self.keep_button.setEnabled(conflict is not None)
        overlap = conflict is not None and conflict.kind == "overlap"
        self.keep_button.setText(self.tr("Keep both") if overlap else self.tr("Keep what is there"))
        self.use_other_button.setVisible(not overlap)
        self.show_button.setVisible(bool(conflict and conflict.entries
                                         and conflict.entries[0].engagement_id))
        if conflict is None:
            self.detail.setText("")
            return
        text = self.explanation(conflict.kind) or conflict.detail
        for span in conflict.entries:
            text += "\n" + self.tr("{engagement}: {when}").format(
                engagement=span.engagement, when=self.span_text(span))
        if conflict.kind in conflicts.PICKABLE:
            text += "\n" + self.tr("In the record now: {value}").format(value=_show(conflict.kept))
            text += "\n" + self.tr("Other value: {value}").format(value=_show(conflict.other))
        self.detail.setText(text)

    def _show_entries(self) -> None:
        conflict = self.selected()
        if conflict is None or not conflict.entries:
            return
        self.show_record.emit("time", conflict.entries[0].engagement_id)
        self.accept()

    def _resolve(self, *, use_other: bool) -> None:
        conflict = self.selected()
        if conflict is None:
            return
        try:
            conflicts.resolve(self._store, conflict.id, use_other=use_other)
        except ValidationError as error:
            self.detail.setText(str(error))
            return
        self.reload()
