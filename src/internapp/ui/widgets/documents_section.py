"""The documents attached to an application or an engagement: attach (copied into the data dir,
off the UI thread), open the stored copy, remove it."""

import uuid
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from internapp.core.models import DocumentKind
from internapp.core.services import documents
from internapp.core.services.errors import ValidationError
from internapp.core.store import Store
from internapp.ui import formats, labels
from internapp.ui.widgets.flow_layout import FlowLayout
from internapp.ui.worker import BackgroundTask


class DocumentsSection(QWidget):
    message = Signal(str)  # errors and confirmations, for the owner to show

    def __init__(self, store: Store, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._owner: dict[str, uuid.UUID] = {}
        self._task: BackgroundTask | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setObjectName("DetailList")
        self.list.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        layout.addWidget(self.list)
        self.empty_label = QLabel(empty_text)
        self.empty_label.setObjectName("Muted")
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)
        row = QWidget()  # the buttons wrap onto a second line where the pane is narrow
        buttons = FlowLayout(row)
        self.attach_button = QToolButton()
        self.attach_button.setObjectName("MenuButton")
        self.attach_button.setText(self.tr("Attach…"))
        self.attach_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.attach_button)
        for kind in documents.KIND_LABELS:
            menu.addAction(self.tr("{kind}…").format(kind=labels.document_kind(kind)),
                           lambda k=kind: self.choose_file(k))
        self.attach_button.setMenu(menu)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(lambda: self.remove_selected(confirm=True))
        for button in (self.attach_button, self.open_button, self.remove_button):
            buttons.addWidget(button)
        layout.addWidget(row)

    def set_owner(self, *, application_id: uuid.UUID | None = None,
                  engagement_id: uuid.UUID | None = None) -> None:
        self._owner = ({"application_id": application_id} if application_id
                       else {"engagement_id": engagement_id})
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        rows = documents.list_for(self._store, **self._owner) if self._owner else []
        for row in rows:
            item = QListWidgetItem(self.tr("{kind}  ·  {name}  ·  {size}  ·  added {day}").format(
                kind=labels.document_kind(row.kind), name=row.original_name,
                size=formats.file_size(row.size_bytes),
                day=formats.medium_date(row.added_at.astimezone().date())))
            item.setData(Qt.ItemDataRole.UserRole, row)
            item.setToolTip(self.tr("{path}\nSHA-256 {digest}").format(path=row.path,
                                                                       digest=row.sha256))
            self.list.addItem(item)
        self.list.setVisible(bool(rows))
        self.list.setFixedHeight(min(max(len(rows), 1), 5) * 30 + 8)
        self.empty_label.setVisible(not rows)
        self._update_buttons()

    def choose_file(self, kind: str = DocumentKind.OTHER) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a document"), str(Path.home()))
        if path:
            self.attach(Path(path), kind)

    def attach(self, path: Path, kind: str = DocumentKind.OTHER) -> BackgroundTask:
        """Copies the file in a worker thread (a large file must not freeze the window)."""
        owner = dict(self._owner)
        self.attach_button.setEnabled(False)
        self._task = BackgroundTask(lambda: documents.attach(self._store, path, kind=kind,
                                                             **owner), self)
        self._task.finished.connect(lambda _doc: self._attached(path))
        self._task.failed.connect(self._failed)
        self._task.start()
        return self._task

    def selected(self) -> documents.DocumentRow | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def open_selected(self) -> None:
        row = self.selected()
        if row is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(row.path)))

    def remove_selected(self, confirm: bool = True) -> None:
        row = self.selected()
        if row is None:
            return
        if confirm and QMessageBox.question(
                self, self.tr("Remove document"),
                self.tr("Remove {name}? The copy kept here is deleted; your original file is not "
                        "touched.").format(name=row.original_name)) != QMessageBox.StandardButton.Yes:
            return
        documents.remove(self._store, row.id)
        self.reload()

    def _attached(self, path: Path) -> None:
        self.attach_button.setEnabled(True)
        self.message.emit(self.tr("Attached a copy of {name}").format(name=path.name))
        self.reload()

    def _failed(self, error: Exception) -> None:
        self.attach_button.setEnabled(True)
        self.message.emit(str(error) if isinstance(error, ValidationError | OSError)
                          else self.tr("Could not attach: {error}").format(error=error))

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        any_rows = self.list.count() > 0
        self.open_button.setVisible(any_rows)
        self.remove_button.setVisible(any_rows)
        self.open_button.setEnabled(has)
        self.remove_button.setEnabled(has)
