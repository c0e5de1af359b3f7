"""An engagement's milestones: add, tick off (done today), reorder by dragging or with the
buttons, delete. Every change is saved at once."""

import uuid
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from internapp.core.clock import Clock
from internapp.core.models import Milestone
from internapp.core.services import engagements
from internapp.core.services.errors import ValidationError
from internapp.core.store import Store
from internapp.ui import formats
from internapp.ui.i18n import QT_TRANSLATE_NOOP
from internapp.ui.money_text import editable, money
from internapp.ui.widgets.date_field import DateField


def milestone_text(milestone: Milestone, today: date, currency: str | None = None) -> str:
    parts = [milestone.title]
    if currency and milestone.fee_cents is not None:
        parts.append(money(milestone.fee_cents, currency))
    if milestone.done_on:
        parts.append(QCoreApplication.translate("MilestonesSection", "done {day}").format(
            day=formats.day_month(milestone.done_on)))
    elif milestone.due_on:
        text = (QT_TRANSLATE_NOOP("MilestonesSection", "was due {day}")
                if milestone.due_on < today else QT_TRANSLATE_NOOP("MilestonesSection", "due {day}"))
        parts.append(QCoreApplication.translate("MilestonesSection", text).format(
            day=formats.day_month(milestone.due_on)))
    return "  ·  ".join(parts)


class MilestonesSection(QWidget):
    message = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None, *, clock: Clock) -> None:
        super().__init__(parent)
        self._store = store
        self._clock = clock
        self._engagement_id: uuid.UUID | None = None
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("Muted")
        layout.addWidget(self.summary_label)
        self.list = QListWidget()
        self.list.setObjectName("DetailList")
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.itemChanged.connect(self._checked)
        self.list.model().rowsMoved.connect(lambda *_: self._save_order())
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        layout.addWidget(self.list)
        buttons = QHBoxLayout()
        self.up_button = QPushButton(self.tr("Up"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton(self.tr("Down"))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_current)
        self.fee_edit = QLineEdit()
        self.fee_edit.setPlaceholderText(self.tr("fee"))
        self.fee_edit.setToolTip(self.tr("The selected milestone's fee: Enter saves it"))
        self.fee_edit.setFixedWidth(96)
        self.fee_edit.returnPressed.connect(self.save_fee)
        self.fee_button = QPushButton(self.tr("Set fee"))
        self.fee_button.clicked.connect(self.save_fee)
        self._currency: str | None = None
        for button in (self.up_button, self.down_button, self.delete_button, self.fee_edit,
                       self.fee_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        add = QHBoxLayout()
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("New milestone, e.g. First draft"))
        self.title_edit.returnPressed.connect(self.add)
        self.due_edit = DateField(clock=self._clock)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self.add)
        add.addWidget(self.title_edit, 1)
        add.addWidget(QLabel(self.tr("due")))
        add.addWidget(self.due_edit)
        add.addWidget(self.add_button)
        layout.addLayout(add)

    def set_engagement(self, engagement_id: uuid.UUID) -> None:
        self._engagement_id = engagement_id
        self.reload()

    def reload(self) -> None:
        self._loading = True
        current = self.list.currentItem()
        keep = current.data(Qt.ItemDataRole.UserRole).id if current else None
        self.list.clear()
        today = self._clock.today()
        found = engagements.milestones(self._store, self._engagement_id)
        for milestone in found:
            item = QListWidgetItem(milestone_text(milestone, today, self._currency))
            item.setData(Qt.ItemDataRole.UserRole, milestone)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable
                          | Qt.ItemFlag.ItemIsDragEnabled)
            item.setCheckState(Qt.CheckState.Checked if milestone.done_on
                               else Qt.CheckState.Unchecked)
            self.list.addItem(item)
            if milestone.id == keep:
                self.list.setCurrentItem(item)
        done = sum(1 for m in found if m.done_on)
        self.summary_label.setText(
            self.tr("{done} of {count} done").format(done=done, count=len(found)) if found else
            self.tr("No milestones yet: split the work into steps you can tick off."))
        self.list.setVisible(bool(found))
        self.list.setFixedHeight(min(max(len(found), 1), 7) * 30 + 8)
        self._loading = False
        self._update_buttons()

    def show_fees(self, currency: str | None) -> None:
        """Per-milestone fees are shown and edited (in ``currency``) when the engagement is paid
        per milestone; None hides them. Takes effect on the next reload."""
        self._currency = currency
        self.fee_edit.setVisible(currency is not None)
        self.fee_button.setVisible(currency is not None)

    def save_fee(self) -> None:
        item = self.list.currentItem()
        if item is None:
            self.message.emit(self.tr("Select a milestone to give it a fee"))
            return
        milestone = item.data(Qt.ItemDataRole.UserRole)
        text = self.fee_edit.text()
        self._run(lambda: engagements.update_milestone(self._store, milestone.id,
                                                       fee=text or None))
        self.fee_edit.clear()

    def ids(self) -> list[uuid.UUID]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole).id
                for i in range(self.list.count())]

    def add(self) -> None:
        self._run(lambda: engagements.add_milestone(self._store, self._engagement_id,
                                                    self.title_edit.text(),
                                                    self.due_edit.value()),
                  cleared=True)

    def set_done(self, row: int, done: bool) -> None:
        milestone = self.list.item(row).data(Qt.ItemDataRole.UserRole)
        self._run(lambda: engagements.update_milestone(
            self._store, milestone.id, done_on=self._clock.today() if done else None))

    def move_current(self, step: int) -> None:
        row = self.list.currentRow()
        ids = self.ids()
        if 0 <= row + step < len(ids):
            ids[row], ids[row + step] = ids[row + step], ids[row]
            self._run(lambda: engagements.reorder_milestones(self._store, self._engagement_id,
                                                             ids))

    def delete_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            milestone_id = item.data(Qt.ItemDataRole.UserRole).id
            self._run(lambda: engagements.delete_milestone(self._store, milestone_id))

    def _checked(self, item: QListWidgetItem) -> None:
        if self._loading:
            return
        milestone = item.data(Qt.ItemDataRole.UserRole)
        done = item.checkState() == Qt.CheckState.Checked
        if done != bool(milestone.done_on):  # after the check-box event, not inside it
            row = self.list.row(item)
            QTimer.singleShot(0, lambda: self.set_done(row, done))

    def _save_order(self) -> None:
        if not self._loading:  # after the drop has finished, not inside it
            ids = self.ids()
            QTimer.singleShot(0, lambda: self._run(lambda: engagements.reorder_milestones(
                self._store, self._engagement_id, ids)))

    def _run(self, action, cleared: bool = False) -> None:
        try:
            action()
        except ValidationError as error:
            self.message.emit(str(error))
        else:
            if cleared:
                self.title_edit.clear()
                self.due_edit.set_value(None)
        self.reload()

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        current = self.list.currentItem()
        if current is not None and self._currency and not self.fee_edit.hasFocus():
            fee = current.data(Qt.ItemDataRole.UserRole).fee_cents
            self.fee_edit.setText(editable(fee, self._currency))
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.list.count() - 1)
        self.delete_button.setEnabled(row >= 0)
