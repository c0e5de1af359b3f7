"""On a supervisor's contact page: the engagements they supervised, with what was delivered and
achieved, their feedback and whether they agreed to be a reference."""

import uuid
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from internapp.core.interchange.portfolio_text import quote, result_text
from internapp.core.services import engagement_facts
from internapp.core.services.engagement_facts import EngagementFacts
from internapp.core.store import Store
from internapp.ui.theme import current_colors
from internapp.ui.widgets.wrapped_label import WrappedLabel


class SupervisedBox(QGroupBox):
    """Hidden unless the contact supervised an engagement."""

    navigate = Signal(str, object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("As supervisor"))
        self._store = store
        self.layout_ = QVBoxLayout(self)
        self.layout_.setSpacing(8)
        self.entries: list[QWidget] = []

    def show_contact(self, contact_id: uuid.UUID) -> None:
        for widget in self.entries:  # hidden now: deleted only when the event loop comes round
            self.layout_.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self.entries = []
        found = engagement_facts.supervised_by(self._store, contact_id)
        for facts in found:
            self._add(facts)
        self.setVisible(bool(found))

    def _add(self, facts: EngagementFacts) -> None:
        # a link that wraps (a button would hold the page as wide as the longest title)
        title = facts.title + (f" — {facts.organization}" if facts.organization else "")
        link = WrappedLabel(f"<a href='open' style='color:{current_colors().accent}'>"
                            f"<b>{escape(title)}</b></a> →", rich=True)
        link.setToolTip(self.tr("Open the engagement"))
        link.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        link.linkActivated.connect(lambda _href: self.navigate.emit("engagements", facts.id))
        label = WrappedLabel(self._summary(facts), rich=True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for widget in (link, label):
            self.layout_.addWidget(widget)
            self.entries.append(widget)

    def _summary(self, facts: EngagementFacts) -> str:
        o = facts.outcomes
        agreed = {True: self.tr("Agreed to be a reference"),
                  False: self.tr("Did not agree to be a reference"),
                  None: self.tr("Not asked about a reference yet")}[o.reference_ok]
        muted = current_colors().muted
        parts = [f"<b>{escape(agreed)}</b>"]
        if o.feedback:
            parts.append(f"<i>{escape(quote(o.feedback))}</i>")
        for caption, items in ((self.tr("Delivered"), [d.title for d in o.deliverables]),
                               (self.tr("Results"), [result_text(r) for r in o.results])):
            if items:
                parts.append(f"<span style='color:{muted}'>{escape(caption)}</span><br>• "
                             + "<br>• ".join(escape(item) for item in items))
        if not (o.feedback or o.deliverables or o.results):
            parts.append(escape(self.tr("No deliverables, results or feedback recorded yet.")))
        return "".join(f"<p style='margin: 0 0 6px 0'>{part}</p>" for part in parts)
