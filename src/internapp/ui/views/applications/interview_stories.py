"""Interview stories on an application in an interviewing stage: the STAR stories and résumé lines
that show the skills it asks for, strongest first, written out to rehearse (and copy)."""

import uuid
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from internapp.core.services import interview_prep
from internapp.core.services.interview_prep import InterviewPrep, PrepItem
from internapp.core.store import Store
from internapp.ui.theme import current_colors
from internapp.ui.widgets.wrapped_label import WrappedLabel


class InterviewStoriesSection(QWidget):
    copied = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.prep: InterviewPrep | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.intro = WrappedLabel()
        self.intro.setObjectName("Muted")
        layout.addWidget(self.intro)
        self.items_box = QVBoxLayout()
        self.items_box.setSpacing(10)
        layout.addLayout(self.items_box)
        self.unmatched = WrappedLabel()
        self.unmatched.setObjectName("WarningText")
        layout.addWidget(self.unmatched)
        row = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("Copy to rehearse"))
        self.copy_button.setToolTip(self.tr("Copy the stories and lines as plain text"))
        self.copy_button.clicked.connect(self.copy)
        row.addWidget(self.copy_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.labels: list[WrappedLabel] = []

    def set_application(self, application_id: uuid.UUID) -> bool:
        """Fills the section; returns whether it applies (the application is interviewing)."""
        self.prep = interview_prep.prep(self._store, application_id)
        for label in self.labels:  # hidden now: deleted only when the event loop comes round
            self.items_box.removeWidget(label)
            label.hide()
            label.deleteLater()
        self.labels = []
        prep = self.prep
        if not prep.asked:
            self.intro.setText(self.tr("Note the skills this role asks for (above) to see the "
                                       "stories and résumé lines that show them."))
        elif not prep.items:
            self.intro.setText(self.tr("No story or résumé line shows these skills yet. Add a "
                                       "STAR story to an engagement that practised them."))
        else:
            self.intro.setText(self.tr("What shows the skills this role asks for, strongest "
                                       "first: rehearse the stories out loud."))
        for item in prep.items:
            label = WrappedLabel(self._html(item), rich=True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.items_box.addWidget(label)
            self.labels.append(label)
        self.unmatched.setText(self.tr("Nothing shows {skills} yet.").format(
            skills=", ".join(prep.unmatched)) if prep.items and prep.unmatched else "")
        self.unmatched.setVisible(bool(prep.items and prep.unmatched))
        self.copy_button.setVisible(bool(prep.items))
        return prep.interviewing

    def _html(self, item: PrepItem) -> str:
        muted = current_colors().muted
        shows = self.tr("shows {skills}").format(skills=", ".join(item.matched))
        source = " · ".join(p for p in (item.engagement, item.organization, shows) if p)
        if item.story is None:
            return (f"• {escape(item.text)}<br><span style='color:{muted}'>"
                    f"{escape(source)}</span>")
        labels = {"situation": self.tr("Situation"), "task": self.tr("Task"),
                  "action": self.tr("Action"), "result": self.tr("Result")}
        parts = "".join(f"<br><b>{escape(labels[part])}:</b> {escape(text)}"
                        for part, text in item.story.star())
        return (f"<b>{escape(item.text)}</b><br><span style='color:{muted}'>{escape(source)}"
                f"</span>{parts}")

    def plain_text(self) -> str:
        lines = []
        for item in self.prep.items if self.prep else []:
            if item.story is None:
                lines.append(f"• {item.text} ({item.engagement})")
                continue
            lines.append(f"{item.text} ({item.engagement}; {', '.join(item.matched)})")
            lines += [f"  {part.capitalize()}: {text}" for part, text in item.story.star()]
        return "\n".join(lines) + "\n"

    def copy(self) -> str:
        text = self.plain_text()
        QGuiApplication.clipboard().setText(text)
        self.copied.emit(self.tr("Copied the stories to the clipboard."))
        return text
