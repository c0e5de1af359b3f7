"""An engagement's outcomes in its detail pane: deliverables, results and STAR stories, each a
list in the student's order; adding and editing go through small dialogs, every change is saved
at once."""

import uuid
from urllib.parse import urlsplit

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QVBoxLayout, QWidget

from internapp.core.services import documents, outcomes, skills
from internapp.core.services.errors import ValidationError
from internapp.core.services.outcomes import DeliverableRow, ResultRow, StoryRow
from internapp.core.store import Store
from internapp.ui.dialogs.outcome_dialogs import DeliverableDialog, ResultDialog, StoryDialog
from internapp.ui.widgets.ordered_list import OrderedList


def _caption(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("ItemTitle")
    return label


class OutcomesSection(QWidget):
    message = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.engagement_id: uuid.UUID | None = None
        self.dialog = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.deliverables = OrderedList(
            self.tr("Nothing yet: add what you handed over, with a link or an attached file."),
            self.tr("Add…"))
        self.results = OrderedList(
            self.tr("Nothing yet: what changed because of your work? A number helps "
                    "(“cut report time from 3 h to 20 min”)."), self.tr("Add…"))
        self.stories = OrderedList(
            self.tr("No stories yet: one Situation–Task–Action–Result story per engagement "
                    "gives you something to tell in interviews."), self.tr("Add…"))
        for caption, part in ((self.tr("Deliverables"), self.deliverables),
                              (self.tr("Results"), self.results),
                              (self.tr("Interview stories (STAR)"), self.stories)):
            layout.addWidget(_caption(caption))
            layout.addWidget(part)
        self.deliverables.add_requested.connect(lambda: self.edit_deliverable())
        self.deliverables.edit_requested.connect(self.edit_deliverable)
        self.results.add_requested.connect(lambda: self.edit_result())
        self.results.edit_requested.connect(self.edit_result)
        self.stories.add_requested.connect(lambda: self.edit_story())
        self.stories.edit_requested.connect(self.edit_story)
        removers = {self.deliverables: outcomes.delete_deliverable,
                    self.results: outcomes.delete_result, self.stories: outcomes.delete_story}
        for part, kind in ((self.deliverables, "deliverables"), (self.results, "results"),
                           (self.stories, "stories")):
            part.remove_requested.connect(
                lambda item, remove=removers[part]: self.remove(remove, item))
            part.reordered.connect(lambda items, kind=kind: self._run(lambda: outcomes.reorder(
                self._store, self.shown_id, kind, [i.id for i in items])))

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
        found = outcomes.outcomes(self._store, self.shown_id)
        self.deliverables.set_items(
            [(self._deliverable_text(d), d) for d in found.deliverables],
            [d.url or d.document_name or "" for d in found.deliverables])
        self.results.set_items([(r.said, r) for r in found.results])
        self.stories.set_items(
            [(s.title + (f"  ·  {', '.join(s.skills)}" if s.skills else ""), s)
             for s in found.stories],
            ["\n\n".join(text for _part, text in s.star()) for s in found.stories])

    def _deliverable_text(self, item: DeliverableRow) -> str:
        if item.url:  # the site it is on (the whole address in the tooltip)
            site = (urlsplit(item.url).hostname or item.url).removeprefix("www.")
            return self.tr("{title}  ·  {site}").format(title=item.title, site=site)
        if item.document_name:
            return self.tr("{title}  ·  file {name}").format(title=item.title,
                                                             name=item.document_name)
        return item.title

    # --- dialogs ---------------------------------------------------------------------------

    def edit_deliverable(self, current: DeliverableRow | None = None) -> DeliverableDialog:
        attached = documents.list_for(self._store, engagement_id=self.engagement_id)
        if current is None:
            def submit(values):
                return outcomes.add_deliverable(self._store, self.shown_id, **values)
        else:
            def submit(values):
                return outcomes.update_deliverable(self._store, current.id, **values)
        return self._open(DeliverableDialog(submit, attached, current, self))

    def edit_result(self, current: ResultRow | None = None) -> ResultDialog:
        if current is None:
            def submit(values):
                return outcomes.add_result(self._store, self.shown_id, **values)
        else:
            def submit(values):
                return outcomes.update_result(self._store, current.id, **values)
        return self._open(ResultDialog(submit, current, self))

    def edit_story(self, current: StoryRow | None = None) -> StoryDialog:
        names = [name for name, _weight in skills.engagement_skills(self._store, self.shown_id)]
        if current is None:
            def submit(values):
                return outcomes.add_story(self._store, self.shown_id, **values)
        else:
            def submit(values):
                return outcomes.update_story(self._store, current.id, **values)
        return self._open(StoryDialog(submit, names, current, self))

    def _open(self, dialog):
        self.dialog = dialog
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog

    def remove(self, remove, item, confirm_first: bool = True) -> None:
        label = getattr(item, "title", None) or getattr(item, "text", "")
        if confirm_first and QMessageBox.question(
                self, "internapp", self.tr("Remove “{what}”?").format(what=label)
        ) != QMessageBox.StandardButton.Yes:
            return
        self._run(lambda: remove(self._store, item.id))

    def _run(self, action) -> None:
        try:
            action()
        except ValidationError as error:
            self.message.emit(str(error))
        self.reload()
