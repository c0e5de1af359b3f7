"""Choose the skills an opportunity asks for, from the skills catalogue (filter as you type)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from internapp.ui.widgets.list_filter import list_filter_edit


class PickSkillsDialog(QDialog):
    def __init__(self, catalogue: list[tuple[str, str]], chosen: list[str],
                 parent: QWidget | None = None) -> None:
        """``catalogue``: (name, category) pairs."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Skills asked for"))
        self.setMinimumSize(420, 520)
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        wanted = {name.casefold() for name in chosen}
        for name, category in catalogue:
            item = QListWidgetItem(name)
            item.setToolTip(category)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name.casefold() in wanted
                               else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.itemChanged.connect(lambda _item: self._count())
        self.filter_edit = list_filter_edit(self.list, self.tr("Filter skills…"))
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list, 1)
        self.count_label = QLabel()
        self.count_label.setObjectName("Muted")
        layout.addWidget(self.count_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._count()

    def chosen(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def _count(self) -> None:
        self.count_label.setText(self.tr("%Ln chosen", "", len(self.chosen())))
