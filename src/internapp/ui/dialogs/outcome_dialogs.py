"""Adding or editing one outcome of an engagement: a deliverable, a result, a STAR story. The
service validates; a refused value keeps the dialog open and names the field."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem

from internapp.core.services.documents import DocumentRow
from internapp.core.services.outcomes import DeliverableRow, ResultRow, StoryRow
from internapp.ui.dialogs.form_dialog import FormDialog
from internapp.ui.widgets.fields import ComboBox
from internapp.ui.widgets.growing_text import GrowingTextEdit

Submit = Callable[[dict[str, Any]], Any]


def _text_box(placeholder: str, lines: int = 2) -> GrowingTextEdit:
    """A box as tall as its text (``lines`` at least, six at most, then it scrolls)."""
    box = GrowingTextEdit(min_lines=lines, max_lines=6)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    return box


class DeliverableDialog(FormDialog):
    def __init__(self, submit: Submit, documents: list[DocumentRow],
                 current: DeliverableRow | None = None, parent=None) -> None:
        title = (QCoreApplication.translate("DeliverableDialog", "Edit deliverable") if current
                 else QCoreApplication.translate("DeliverableDialog", "Add a deliverable"))
        action = (QCoreApplication.translate("DeliverableDialog", "Save") if current
                  else QCoreApplication.translate("DeliverableDialog", "Add"))
        super().__init__(title, action, submit, parent)
        self.title_edit = QLineEdit(current.title if current else "")
        self.title_edit.setPlaceholderText(self.tr("e.g. Sales dashboard in Power BI"))
        self.url_edit = QLineEdit(current.url or "" if current else "")
        self.url_edit.setPlaceholderText("https://…")
        self.document_box = ComboBox()
        self.document_box.addItem(self.tr("None"), None)
        for document in documents:
            self.document_box.addItem(document.original_name, str(document.id))
        if current and current.document_id:
            self.document_box.setCurrentIndex(
                max(self.document_box.findData(str(current.document_id)), 0))
        self.document_box.setEnabled(bool(documents))
        if not documents:
            self.document_box.setToolTip(self.tr("Attach files under Documents first"))
        self.form.addRow(self.tr("Title"), self.title_edit)
        self.form.addRow(self.tr("Link"), self.url_edit)
        self.form.addRow(self.tr("Or a document"), self.document_box)

    def values(self) -> dict[str, Any]:
        return {"title": self.title_edit.text(), "url": self.url_edit.text(),
                "document_id": self.document_box.currentData()}


class ResultDialog(FormDialog):
    def __init__(self, submit: Submit, current: ResultRow | None = None, parent=None) -> None:
        title = (QCoreApplication.translate("ResultDialog", "Edit result") if current
                 else QCoreApplication.translate("ResultDialog", "Add a result"))
        action = (QCoreApplication.translate("ResultDialog", "Save") if current
                  else QCoreApplication.translate("ResultDialog", "Add"))
        super().__init__(title, action, submit, parent)
        self.text_edit = _text_box(self.tr("In your words: what changed because of your work?"))
        self.text_edit.setPlainText(current.text if current else "")
        self.figure_edit = QLineEdit(current.figure or "" if current else "")
        self.figure_edit.setPlaceholderText(self.tr("optional: −89 %, 3 h → 20 min, 120 users"))
        self.form.addRow(self.tr("Result"), self.text_edit)
        self.form.addRow(self.tr("Figure"), self.figure_edit)

    def values(self) -> dict[str, Any]:
        return {"text": self.text_edit.toPlainText(), "figure": self.figure_edit.text()}


class StoryDialog(FormDialog):
    """A STAR story with the skills it shows (the engagement's skills, ticked)."""

    def __init__(self, submit: Submit, skill_names: list[str], current: StoryRow | None = None,
                 parent=None) -> None:
        title = (QCoreApplication.translate("StoryDialog", "Edit story") if current
                 else QCoreApplication.translate("StoryDialog", "Add an interview story"))
        action = (QCoreApplication.translate("StoryDialog", "Save") if current
                  else QCoreApplication.translate("StoryDialog", "Add"))
        super().__init__(title, action, submit, parent)
        self.setMinimumWidth(520)
        self.title_edit = QLineEdit(current.title if current else "")
        self.title_edit.setPlaceholderText(self.tr("e.g. Automating the weekly report"))
        self.parts = {
            "situation": _text_box(self.tr("Where were you, what was going on?")),
            "task": _text_box(self.tr("What had to be done, by you?")),
            "action": _text_box(self.tr("What did you do, step by step?")),
            "result": _text_box(self.tr("What came of it? A number helps.")),
        }
        labels = {"situation": self.tr("Situation"), "task": self.tr("Task"),
                  "action": self.tr("Action"), "result": self.tr("Result")}
        self.form.addRow(self.tr("Title"), self.title_edit)
        for part, box in self.parts.items():
            box.setPlainText(getattr(current, part) if current else "")
            self.form.addRow(labels[part], box)
        self.skills_list = QListWidget()
        chosen = set(current.skills) if current else set()
        for name in dict.fromkeys([*skill_names, *sorted(chosen)]):
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name in chosen else Qt.CheckState.Unchecked)
            self.skills_list.addItem(item)
        rows = max(1, min(self.skills_list.count(), 4))
        self.skills_list.setFixedHeight(self.skills_list.sizeHintForRow(0) * rows + 8
                                        if self.skills_list.count() else 36)
        self.skills_list.setToolTip(self.tr("The skills this story shows: interview preparation "
                                            "matches them with what an application asks for"))
        self.form.addRow(self.tr("Shows"), self.skills_list)

    def chosen_skills(self) -> list[str]:
        return [self.skills_list.item(i).text() for i in range(self.skills_list.count())
                if self.skills_list.item(i).checkState() == Qt.CheckState.Checked]

    def values(self) -> dict[str, Any]:
        values = {part: box.toPlainText() for part, box in self.parts.items()}
        return {"title": self.title_edit.text(), **values, "skills": self.chosen_skills()}
