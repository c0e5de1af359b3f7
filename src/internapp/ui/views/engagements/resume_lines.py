"""Résumé lines in the engagement detail: the lines the student kept (edit in place by
double-clicking, reorder, remove, copy them all), the suggestions built from what the
engagement recorded (keep one or all; a line that says what is missing is shown as such), and a
line of their own. Every change is saved at once."""

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from internapp.core.services import resume_lines
from internapp.core.services.errors import ValidationError
from internapp.core.services.resume_lines import Line
from internapp.core.store import Store
from internapp.ui.widgets.ordered_list import OrderedList, WrappingList


class ResumeLinesSection(QWidget):
    message = Signal(str)
    copied = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.engagement_id: uuid.UUID | None = None
        self.lines: resume_lines.EngagementLines | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("Muted")
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        self.kept = OrderedList(self.tr("None kept yet: the portfolio shows the suggestions "
                                        "below until you keep some."), self.tr("Copy all"))
        self.kept.add_button.setToolTip(self.tr("Copy the lines the portfolio shows, one bullet "
                                                "a line, to paste into a résumé"))
        self.kept.add_requested.connect(self.copy)
        self.kept.edit_requested.connect(self.start_edit)
        self.kept.remove_requested.connect(lambda line: self._run(
            lambda: resume_lines.remove(self._store, line.id)))
        self.kept.reordered.connect(lambda lines: self._run(lambda: resume_lines.reorder(
            self._store, self.shown_id, [line.id for line in lines])))
        self.kept.list.itemChanged.connect(self._edited)
        layout.addWidget(self.kept)

        caption = QLabel(self.tr("Suggested from what this engagement recorded"))
        caption.setObjectName("ItemTitle")
        caption.setWordWrap(True)
        layout.addWidget(caption)
        self.suggested = WrappingList()
        self.suggested.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.suggested.itemDoubleClicked.connect(lambda _item: self.keep_current())
        layout.addWidget(self.suggested)
        self.no_suggestions = QLabel(self.tr("Every suggestion is kept."))
        self.no_suggestions.setObjectName("Muted")
        layout.addWidget(self.no_suggestions)
        row = QHBoxLayout()
        self.keep_button = QPushButton(self.tr("Keep"))
        self.keep_button.setToolTip(self.tr("Keep the chosen suggestion (then edit it if you "
                                            "like)"))
        self.keep_button.clicked.connect(self.keep_current)
        self.keep_all_button = QPushButton(self.tr("Keep all"))
        self.keep_all_button.clicked.connect(self.keep_all)
        row.addWidget(self.keep_button)
        row.addWidget(self.keep_all_button)
        row.addStretch(1)
        layout.addLayout(row)
        own = QHBoxLayout()
        self.own_edit = QLineEdit()
        self.own_edit.setPlaceholderText(self.tr("A line of your own, in the past tense"))
        self.own_edit.returnPressed.connect(self.add_own)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self.add_own)
        own.addWidget(self.own_edit, 1)
        own.addWidget(self.add_button)
        layout.addLayout(own)

    @property
    def shown_id(self) -> uuid.UUID:
        """The engagement shown (the section acts only while one is)."""
        if self.engagement_id is None:
            raise LookupError("no engagement is shown")
        return self.engagement_id

    def set_engagement(self, engagement_id: uuid.UUID) -> None:
        self.engagement_id = engagement_id
        self.reload()

    def reload(self) -> None:
        self.lines = found = resume_lines.lines(self._store, self.shown_id)
        kept, suggested = found.kept, found.suggested
        self.kept.set_items([(line.text, line) for line in kept],
                            [self.tr("Double-click to edit")] * len(kept))
        for index in range(self.kept.list.count()):
            item = self.kept.list.item(index)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.kept.list.setEditTriggers(QListWidget.EditTrigger.DoubleClicked
                                       | QListWidget.EditTrigger.EditKeyPressed)
        self.kept.add_button.setEnabled(bool(found.shown))
        self.suggested.clear()
        for line in suggested:
            item = QListWidgetItem(line.text)
            item.setData(Qt.ItemDataRole.UserRole, line)
            if line.missing:
                item.setForeground(self.palette().placeholderText())
                item.setToolTip(self.tr("Says what is missing: add it to the engagement, and the "
                                        "suggestion fills in"))
            self.suggested.addItem(item)
        self.suggested.fit()
        self.suggested.setVisible(bool(suggested))
        self.no_suggestions.setVisible(not suggested)
        self.summary_label.setText(
            self.tr("Kept lines are what the portfolio and the JSON Resume use, in this order.")
            if kept else
            self.tr("Keep the suggestions you like, edit them, or add your own: until you keep "
                    "one, the portfolio uses every suggestion."))
        if not found.finished:
            self.summary_label.setText(self.summary_label.text() + " " + self.tr(
                "This engagement is not finished yet: its lines will change with it."))
        self._update_buttons()

    # --- actions ---------------------------------------------------------------------------

    def keep_current(self) -> None:
        item = self.suggested.currentItem()
        line: Line | None = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if line is not None and line.key is not None:
            key = line.key
            self._run(lambda: resume_lines.keep(self._store, self.shown_id, key))

    def keep_all(self) -> None:
        keys = [line.key for line in (self.lines.suggested if self.lines else [])
                if not line.missing and line.key is not None]

        def keep_each():
            for key in keys:
                resume_lines.keep(self._store, self.shown_id, key)
        self._run(keep_each)

    def add_own(self) -> None:
        try:
            resume_lines.add_own(self._store, self.shown_id, self.own_edit.text())
        except ValidationError as error:
            self.message.emit(str(error))
            return
        self.own_edit.clear()
        self.reload()

    def start_edit(self, line: Line) -> None:
        for index in range(self.kept.list.count()):
            item = self.kept.list.item(index)
            if item.data(Qt.ItemDataRole.UserRole) == line:
                self.kept.list.editItem(item)

    def _edited(self, item: QListWidgetItem) -> None:
        line: Line | None = item.data(Qt.ItemDataRole.UserRole)
        if line is None or line.id is None or item.text() == line.text:
            return
        kept_id = line.id
        self._run(lambda: resume_lines.edit(self._store, kept_id, item.text()))

    def copy(self) -> str:
        shown = self.lines.shown if self.lines else []
        text = resume_lines.clipboard_text(shown)
        QGuiApplication.clipboard().setText(text)
        count = len(shown)
        self.copied.emit(self.tr("Copied %n lines to the clipboard.", "", count))
        return text

    def _run(self, action) -> None:
        try:
            action()
        except ValidationError as error:
            self.message.emit(str(error))
        self.reload()

    def _update_buttons(self) -> None:
        current = self.suggested.currentItem()
        self.keep_button.setEnabled(current is not None)
        self.keep_all_button.setEnabled(any(not line.missing for line in self.lines.suggested)
                                        if self.lines else False)
