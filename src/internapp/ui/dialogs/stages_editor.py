"""Rename, reorder, add and delete the stages of the applications board."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from internapp.core.services import stages
from internapp.core.services.errors import ValidationError
from internapp.core.store import Store
from internapp.ui.widgets.application_card import stage_color


def _dot(color: str) -> QIcon:
    pixmap = QPixmap(24, 24)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(color))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(5, 5, 14, 14)
    painter.end()
    return QIcon(pixmap)


class StagesEditor(QDialog):
    """Every change is saved at once through the stages service; errors show under the list."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.setWindowTitle(self.tr("Stages"))
        self.setMinimumSize(440, 580)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The columns of the board, in order. Double-click a name to rename "
                               "it; closed stages ask for a reason when an application moves there."))
        intro.setObjectName("Muted")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setObjectName("DetailList")
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.list.itemChanged.connect(self._renamed)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        layout.addWidget(self.list, 1)
        order = QHBoxLayout()
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("Danger")
        self.delete_button.clicked.connect(self.delete_current)
        for button in (self.up_button, self.down_button, self.delete_button):
            order.addWidget(button)
        order.addStretch(1)
        layout.addLayout(order)
        add_row = QHBoxLayout()
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("New stage, e.g. Take-home task"))
        self.new_closed = QCheckBox(self.tr("Closed"))
        self.new_closed.setToolTip(self.tr("An outcome, like Rejected: moving here asks for a reason"))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self.add_stage)
        self.new_name.returnPressed.connect(self.add_stage)
        add_row.addWidget(self.new_name, 1)
        add_row.addWidget(self.new_closed)
        add_row.addWidget(self.add_button)
        layout.addLayout(add_row)
        self.error_label = QLabel()
        self.error_label.setObjectName("ErrorText")
        self.error_label.setWordWrap(True)
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reload()

    def reload(self, select_id=None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for stage in stages.list_stages(self._store):
            item = QListWidgetItem(_dot(stage_color(stage.role, stage.position)), stage.name)
            item.setData(Qt.ItemDataRole.UserRole, stage)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            item.setToolTip((self.tr("Closed stage") if stage.is_closed else self.tr("Open stage"))
                            + ("" if stage.role else self.tr(", added by you")))
            if stage.is_closed:
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
            self.list.addItem(item)
            if stage.id == select_id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._update_buttons()

    def stage_names(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def move_current(self, step: int) -> None:
        row = self.list.currentRow()
        ids = [self.list.item(i).data(Qt.ItemDataRole.UserRole).id
               for i in range(self.list.count())]
        if not 0 <= row + step < len(ids):
            return
        ids[row], ids[row + step] = ids[row + step], ids[row]
        self._run(lambda: stages.reorder(self._store, ids), select_id=ids[row + step])

    def add_stage(self) -> None:
        name, closed = self.new_name.text(), self.new_closed.isChecked()
        created = self._run(lambda: stages.create(self._store, name, closed=closed))
        if created is not None:
            self.new_name.clear()
            self.new_closed.setChecked(False)
            self.reload(select_id=created.id)

    def delete_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self._run(lambda: stages.delete(self._store, item.data(Qt.ItemDataRole.UserRole).id))

    def _renamed(self, item: QListWidgetItem) -> None:
        stage = item.data(Qt.ItemDataRole.UserRole)
        if item.text() != stage.name:
            self._run(lambda: stages.rename(self._store, stage.id, item.text()),
                      select_id=stage.id)

    def _run(self, action, select_id=None):
        try:
            result = action()
        except ValidationError as error:
            self.error_label.setText(str(error))
            self.reload(select_id)
            return None
        self.error_label.clear()
        self.reload(select_id)
        return result

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        item = self.list.currentItem()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.list.count() - 1)
        stage = item.data(Qt.ItemDataRole.UserRole) if item else None
        self.delete_button.setEnabled(stage is not None and stage.role is None)
        self.delete_button.setToolTip(self.tr("Built-in stages can be renamed, not deleted")
                                      if stage is not None and stage.role else "")
