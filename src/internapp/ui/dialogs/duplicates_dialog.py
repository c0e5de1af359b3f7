"""Review contacts that look like the same person, side by side, and merge or keep them apart."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from internapp.core.services import contact_duplicates
from internapp.core.services.contact_duplicates import ContactSummary, DuplicatePair
from internapp.core.store import Store


def _card(summary: ContactSummary, interactions: str) -> tuple[QFrame, QPushButton]:
    card = QFrame()
    card.setObjectName("Card")
    layout = QVBoxLayout(card)
    name = QLabel(summary.name)
    name.setObjectName("CardValue")
    name.setWordWrap(True)
    layout.addWidget(name)
    lines = [
        " · ".join(p for p in (summary.title, summary.organization) if p)
        or QCoreApplication.translate("DuplicatesDialog", "No title or organization"),
        ", ".join(summary.emails) or QCoreApplication.translate("DuplicatesDialog", "No email"),
        summary.linkedin_url or QCoreApplication.translate("DuplicatesDialog", "No LinkedIn profile"),
        interactions,
    ]
    for line in lines:
        label = QLabel(line)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(label)
    layout.addStretch(1)
    keep = QPushButton(QCoreApplication.translate("DuplicatesDialog", "Keep this one, merge the other in"))
    layout.addWidget(keep)
    return card, keep


class DuplicatesDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.setWindowTitle(self.tr("Possible duplicates"))
        self.resize(900, 520)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Contacts with the same email, the same LinkedIn profile, or the same "
                               "name at the same organization. Merging keeps every interaction and "
                               "link, fills empty fields and combines emails, phones and tags."))
        intro.setWordWrap(True)
        intro.setObjectName("Muted")
        layout.addWidget(intro)
        body = QHBoxLayout()
        self.pairs_list = QListWidget()
        self.pairs_list.setMaximumWidth(320)
        body.addWidget(self.pairs_list)
        self.detail = QWidget()
        self.detail_layout = QGridLayout(self.detail)
        body.addWidget(self.detail, 1)
        layout.addLayout(body, 1)
        self.status = QLabel()
        self.status.setObjectName("Muted")
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.pairs_list.currentRowChanged.connect(self._show_pair)
        self.pairs: list[DuplicatePair] = []
        self.reload()

    def reload(self) -> None:
        self.pairs = contact_duplicates.find(self._store)
        self.pairs_list.clear()
        for pair in self.pairs:
            item = QListWidgetItem(f"{pair.first.name}  ↔  {pair.second.name}\n"
                                   f"{'; '.join(pair.reasons)}")
            self.pairs_list.addItem(item)
        if self.pairs:
            self.pairs_list.setCurrentRow(0)
        else:
            self._clear_detail()
            empty = QLabel(self.tr("No duplicates left. 🎉"))
            empty.setObjectName("EmptyTitle")
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.detail_layout.addWidget(empty, 0, 0)

    def _clear_detail(self) -> None:
        while self.detail_layout.count():
            widget = self.detail_layout.takeAt(0).widget()
            if widget:
                widget.hide()
                widget.deleteLater()

    def _show_pair(self, row: int) -> None:
        if not 0 <= row < len(self.pairs):
            return
        pair = self.pairs[row]
        self._clear_detail()
        # here, not in _card: lupdate marks plurals in tr() only
        left, keep_left = _card(pair.first, self.tr("%Ln interactions", "", pair.first.interactions))
        right, keep_right = _card(pair.second,
                                  self.tr("%Ln interactions", "", pair.second.interactions))
        keep_left.clicked.connect(lambda: self.merge(pair.first.id, pair.second.id))
        keep_right.clicked.connect(lambda: self.merge(pair.second.id, pair.first.id))
        why = QLabel(self.tr("Why: {reasons}").format(reasons="; ".join(pair.reasons)))
        why.setWordWrap(True)
        different = QPushButton(self.tr("Not the same person"))
        different.clicked.connect(lambda: self.dismiss(pair))
        self.detail_layout.addWidget(why, 0, 0, 1, 2)
        self.detail_layout.addWidget(left, 1, 0)
        self.detail_layout.addWidget(right, 1, 1)
        self.detail_layout.addWidget(different, 2, 0, 1, 2, Qt.AlignmentFlag.AlignRight)

    def merge(self, keep_id, other_id) -> None:
        merged = contact_duplicates.merge(self._store, keep_id, other_id)
        self.status.setText(self.tr("Merged into {name}.").format(name=merged.display_name))
        self.reload()

    def dismiss(self, pair: DuplicatePair) -> None:
        contact_duplicates.dismiss(self._store, pair.first.id, pair.second.id)
        self.status.setText(self.tr("{first} and {second} are kept apart.").format(
            first=pair.first.name, second=pair.second.name))
        self.reload()
