"""Dialogs of the Skills screen: a list of skills each with a number (an engagement's weights, a
target role's levels), and adding a skill with the offer to use a near-duplicate instead."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from internapp.core.services import skills
from internapp.core.store import Store
from internapp.ui.widgets.fields import ComboBox, DoubleSpinBox


class SkillValuesDialog(QDialog):
    """Edits (skill, value) pairs; with ``with_name`` also a name and a description (a role)."""

    def __init__(self, title: str, intro: str, skill_names: list[str],
                 rows: list[tuple[str, float]], *, value_label: str, minimum: float,
                 maximum: float, step: float, default: float, percent: bool = False,
                 name: str | None = None, description: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumSize(520, 460)
        self._names = sorted(skill_names, key=str.casefold)
        self._spec = (minimum, maximum, step, default, percent)
        layout = QVBoxLayout(self)
        note = QLabel(intro)
        note.setWordWrap(True)
        note.setObjectName("Muted")
        layout.addWidget(note)
        self.name_edit = self.description_edit = None
        if name is not None:
            form = QFormLayout()
            self.name_edit = QLineEdit(name)
            self.description_edit = QLineEdit(description or "")
            form.addRow(self.tr("Name"), self.name_edit)
            form.addRow(self.tr("Description"), self.description_edit)
            layout.addLayout(form)
        self.table = QTableWidget(0, 2)
        self._value_label = value_label
        self.table.setHorizontalHeaderLabels([self.tr("Skill"), value_label])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # as wide as its title (German: "Anteil der Stunden") or its spin boxes
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        layout.addWidget(self.table, 1)
        for skill, value in rows:
            self.add_row(skill, value)
        buttons_row = QHBoxLayout()
        add = QPushButton(self.tr("Add a skill"))
        add.clicked.connect(lambda: self.add_row())
        remove = QPushButton(self.tr("Remove selected"))
        remove.clicked.connect(self.remove_selected)
        buttons_row.addWidget(add)
        buttons_row.addWidget(remove)
        buttons_row.addStretch(1)
        layout.addLayout(buttons_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def add_row(self, skill: str | None = None, value: float | None = None) -> None:
        minimum, maximum, step, default, percent = self._spec
        row = self.table.rowCount()
        self.table.insertRow(row)
        combo = ComboBox()
        combo.addItems(self._names)
        combo.setEditable(False)
        if skill:
            combo.setCurrentText(skill)
        spin = DoubleSpinBox()
        spin.setRange(minimum * (100 if percent else 1), maximum * (100 if percent else 1))
        spin.setSingleStep(step * (100 if percent else 1))
        spin.setDecimals(0 if percent else 1)
        spin.setSuffix(" %" if percent else "")
        spin.setValue((value if value is not None else default) * (100 if percent else 1))
        combo.setAccessibleName(self.tr("Skill"))
        combo.setAccessibleDescription(self.tr("Row {row} of the list").format(row=row + 1))
        spin.setAccessibleName(self._value_label)
        spin.setAccessibleDescription(self.tr("For the skill in row {row}").format(row=row + 1))
        self.table.setCellWidget(row, 0, combo)
        self.table.setCellWidget(row, 1, spin)

    def remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)

    def values(self) -> dict[str, float]:
        percent = self._spec[4]
        result: dict[str, float] = {}
        for row in range(self.table.rowCount()):
            skill = self.table.cellWidget(row, 0).currentText()
            value = self.table.cellWidget(row, 1).value()
            result[skill] = value / 100 if percent else value
        return result

    def name(self) -> str:
        return self.name_edit.text() if self.name_edit else ""

    def description(self) -> str:
        return self.description_edit.text() if self.description_edit else ""


def ask_new_skill(store: Store, parent: QWidget) -> str | None:
    """Asks for a skill name; a name close to an existing skill is offered the existing one.
    Returns the name of the skill added (or chosen), None when cancelled."""
    name, ok = QInputDialog.getText(
        parent, QCoreApplication.translate("SkillDialogs", "Add a skill"),
        QCoreApplication.translate("SkillDialogs",
                                   "Name of the skill (a tool, a method, a language…):"))
    if not ok or not name.strip():
        return None
    near = skills.near_duplicates(store, name)
    if near:
        existing = near[0].name
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("SkillDialogs", "A similar skill exists"),
            QCoreApplication.translate(
                "SkillDialogs", "“{name}” looks like the existing skill “{existing}”. Use that "
                "one, so their hours add up?").format(name=name.strip(), existing=existing),
            parent=parent)
        use = box.addButton(QCoreApplication.translate("SkillDialogs", "Use “{existing}”")
                            .format(existing=existing), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QCoreApplication.translate("SkillDialogs", "Add as a new skill"),
                      QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is use:
            return existing
        if box.buttonRole(box.clickedButton()) == QMessageBox.ButtonRole.RejectRole:
            return None
    skills.create(store, name)
    return name.strip()


def ask_rating(parent: QWidget, skill: str, current: float | None) -> float | None:
    value, ok = QInputDialog.getDouble(
        parent, QCoreApplication.translate("SkillDialogs", "Rate a skill"),
        QCoreApplication.translate(
            "SkillDialogs", "Your own level for {skill} (0–5); it replaces the level computed "
            "from hours:").format(skill=skill), current if current is not None else 2.5, 0, 5, 1,
        Qt.WindowType.Dialog, 0.5)
    return value if ok else None
