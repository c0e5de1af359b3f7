"""The Skills screen's lists: every skill with its level, what each engagement practised, and the
target roles. Each tab loads from the services in ``refresh`` and edits through them."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from internapp.core.services import skill_levels, skills, target_roles
from internapp.core.services.errors import ValidationError
from internapp.core.store import Store
from internapp.ui import formats, labels
from internapp.ui.models.rows_table_model import Column, RowsTableModel
from internapp.ui.views.skills.dialogs import SkillValuesDialog, ask_new_skill, ask_rating
from internapp.ui.widgets.table_columns import ColumnFitter


def _level(level: float) -> str:
    """A target level as people write it: 3, 3.5 (3,5)."""
    return formats.number(level, 0 if level == int(level) else 1)


def level_text(level: float) -> str:
    filled = round(level)
    return f"{formats.number(level, 1)}  " + "●" * filled + "○" * (5 - filled)


def _table(model: RowsTableModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSortingEnabled(True)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft
                                                 | Qt.AlignmentFlag.AlignVCenter)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    return table


def _selected(table: QTableView, model: RowsTableModel):
    rows = table.selectionModel().selectedRows() if table.selectionModel() else []
    return model.row_at(rows[0].row()) if rows else None


def _tools(lead: QWidget, actions) -> QHBoxLayout:
    """The row over a tab's table: a note or a filter taking the room, then a button per
    (text, slot) of ``actions``."""
    row = QHBoxLayout()
    row.addWidget(lead, 1)
    for text, slot in actions:
        button = QPushButton(text)
        button.clicked.connect(slot)
        row.addWidget(button)
    return row


def _note(text: str) -> QLabel:
    note = QLabel(text)
    note.setObjectName("Muted")
    note.setWordWrap(True)  # beside the buttons, in longer languages too
    note.setMinimumWidth(200)
    return note


def _warn(parent: QWidget, title: str, error: ValidationError) -> None:
    QMessageBox.warning(parent, title, str(error))


class LevelsTab(QWidget):
    """Every skill with its level; add a skill, rate one, merge near-duplicates."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        self.banner = QFrame()
        self.banner.setObjectName("Section")
        banner_row = QHBoxLayout(self.banner)
        banner_row.setContentsMargins(12, 8, 8, 8)
        self.banner_label = QLabel()
        self.banner_label.setWordWrap(True)
        self.merge_button = QPushButton(self.tr("Merge"))
        self.merge_button.setObjectName("Primary")
        self.merge_button.clicked.connect(self.merge_first_pair)
        banner_row.addWidget(self.banner_label, 1)
        banner_row.addWidget(self.merge_button)
        layout.addWidget(self.banner)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter skills or categories…"))
        self.filter_edit.setClearButtonEnabled(True)
        layout.addLayout(_tools(self.filter_edit, [
            (self.tr("Add skill…"), self.add_skill), (self.tr("Rate…"), self.rate_selected),
            (self.tr("Clear rating"), self.clear_rating)]))
        self.model = RowsTableModel(self._columns(), self)
        self.table = _table(self.model)
        ColumnFitter(self.table, elide=[0, 1], hide_first=[5, 3, 1])
        self.table.doubleClicked.connect(lambda _: self.rate_selected())
        self.filter_edit.textChanged.connect(self.model.set_filter)
        layout.addWidget(self.table, 1)
        self.pairs: list[skills.DuplicatePair] = []

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Skill"), lambda r: r.name),
            Column(self.tr("Category"), lambda r: r.category),
            Column(self.tr("Level"), lambda r: r.level, text=lambda r: level_text(r.level)),
            Column(self.tr("From"), lambda r: r.rated,
                   text=lambda r: self.tr("your rating") if r.rated else self.tr("hours logged")),
            Column(self.tr("Hours practised"), lambda r: r.hours,
                   text=lambda r: formats.hours(r.hours), align_right=True),
            Column(self.tr("Engagements"), lambda r: r.engagements, align_right=True),
        ]

    def refresh(self) -> None:
        rows = skill_levels.levels(self._store)
        self.model.set_rows([r for r in rows if r.level > 0 or r.engagements or not r.builtin]
                            + [r for r in rows if not (r.level > 0 or r.engagements
                                                       or not r.builtin)])
        self.table.setColumnWidth(0, max(self.table.columnWidth(0) + 16, 200))
        self.pairs = skills.duplicate_pairs(self._store)
        self.banner.setVisible(bool(self.pairs))
        if self.pairs:
            first = self.pairs[0]
            more = (" " + self.tr("(%Ln more pairs)", "", len(self.pairs) - 1)
                    if len(self.pairs) > 1 else "")
            self.banner_label.setText(self.tr(
                "“{merge}” looks like “{keep}”. Merge them so their hours count once, under "
                "“{keep}”{more}.").format(merge=first.merge, keep=first.keep, more=more))

    def merge_first_pair(self) -> None:
        if not self.pairs:
            return
        pair = self.pairs[0]
        answer = QMessageBox.question(
            self, self.tr("Merge skills"), self.tr(
                "Move every engagement, application and target role of “{merge}” to “{keep}” "
                "and remove “{merge}”?").format(merge=pair.merge, keep=pair.keep))
        if answer == QMessageBox.StandardButton.Yes:
            skills.merge(self._store, pair.merge, pair.keep)

    def add_skill(self) -> None:
        try:
            ask_new_skill(self._store, self)
        except ValidationError as error:
            _warn(self, self.tr("Could not add the skill"), error)

    def rate_selected(self) -> None:
        row = _selected(self.table, self.model)
        if row is None:
            return
        value = ask_rating(self, row.name, row.self_rating if row.rated else round(row.computed, 1))
        if value is not None:
            skills.set_self_rating(self._store, row.name, value)

    def clear_rating(self) -> None:
        row = _selected(self.table, self.model)
        if row is not None and row.rated:
            skills.set_self_rating(self._store, row.name, None)


class EngagementsTab(QWidget):
    """What each engagement practised, with weights; edit them per engagement."""

    open_engagement = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.addLayout(_tools(
            _note(self.tr("A weight is the share of an engagement's hours that practised the "
                          "skill.")),
            [(self.tr("Edit skills…"), self.edit_selected)]))
        self.model = RowsTableModel(self._columns(), self)
        self.table = _table(self.model)
        ColumnFitter(self.table, elide=[0, 3], hide_first=[1], minimum={3: 200})
        self.table.doubleClicked.connect(lambda _: self.edit_selected())
        layout.addWidget(self.table, 1)

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Engagement"), lambda r: r.title),
            Column(self.tr("Status"), lambda r: r.status,
                   text=lambda r: labels.engagement_status(r.status)),
            Column(self.tr("Hours"), lambda r: r.hours, text=lambda r: formats.hours(r.hours),
                   align_right=True),
            Column(self.tr("Skills practised (share of its hours)"), lambda r: len(r.skills),
                   text=lambda r: ", ".join(f"{name} {formats.percent(weight)}"
                                            for name, weight in r.skills)
                   or self.tr("none listed yet")),
        ]

    def refresh(self) -> None:
        self.model.set_rows(skills.practice_by_engagement(self._store))

    def edit_selected(self) -> SkillValuesDialog | None:
        row = _selected(self.table, self.model)
        if row is None:
            return None
        names = [s.name for s in skills.list_skills(self._store)]
        dialog = SkillValuesDialog(
            self.tr("Skills practised — {title}").format(title=row.title),
            self.tr("List the skills this engagement practised and how much of its hours went to "
                    "each."), names, row.skills, value_label=self.tr("Share of hours"),
            minimum=0.05, maximum=1, step=0.05, default=0.5, percent=True, parent=self)
        dialog.accepted.connect(lambda: self._save(row, dialog.values()))
        dialog.open()
        return dialog

    def _save(self, row, wanted: dict[str, float]) -> None:
        try:
            for name, _ in row.skills:
                if name not in wanted:
                    skills.remove_engagement_skill(self._store, row.engagement_id, name)
            for name, weight in wanted.items():
                skills.set_engagement_skill(self._store, row.engagement_id, name, weight)
        except ValidationError as error:
            _warn(self, self.tr("Could not save the skills"), error)


class RolesTab(QWidget):
    """The target roles; the user's own can be added, edited and deleted."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.addLayout(_tools(
            _note(self.tr("Built-in roles are starting points: copy one to adjust its levels.")),
            [(self.tr("New role…"), self.new_role), (self.tr("Copy…"), self.copy_role),
             (self.tr("Edit…"), self.edit_role), (self.tr("Delete"), self.delete_role)]))
        self.model = RowsTableModel(self._columns(), self)
        self.table = _table(self.model)
        ColumnFitter(self.table, elide=[0, 2], minimum={2: 220})
        self.table.doubleClicked.connect(lambda _: self.edit_role())
        layout.addWidget(self.table, 1)

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Role"), lambda r: r.name),
            Column(self.tr("Kind"), lambda r: r.builtin,
                   text=lambda r: self.tr("built in") if r.builtin else self.tr("yours")),
            Column(self.tr("Skills and target levels"), lambda r: len(r.skills),
                   text=lambda r: ", ".join(f"{name} {_level(level)}"
                                            for name, level in r.skills.items())),
        ]

    def refresh(self) -> None:
        self.model.set_rows(target_roles.list_roles(self._store))

    def _dialog(self, title: str, name: str, description: str | None,
                rows: list[tuple[str, float]]) -> SkillValuesDialog:
        names = [s.name for s in skills.list_skills(self._store)]
        return SkillValuesDialog(title, self.tr("A role is the skills it asks for, each with the "
                                         "level (0–5) you want to reach."), names, rows,
                                 value_label=self.tr("Target level"),
                                 minimum=0, maximum=5, step=0.5, default=3, name=name,
                                 description=description, parent=self)

    def _save(self, dialog: SkillValuesDialog, replace: str | None = None) -> None:
        while dialog.exec() == SkillValuesDialog.DialogCode.Accepted:
            try:
                target_roles.save_role(self._store, dialog.name(), dialog.values(),
                                       description=dialog.description(), replace=replace)
                return
            except ValidationError as error:
                _warn(self, self.tr("Could not save the role"), error)

    def new_role(self) -> None:
        self._save(self._dialog(self.tr("New target role"), "", None, []))

    def copy_role(self) -> None:
        role = _selected(self.table, self.model)
        if role is not None:
            self._save(self._dialog(self.tr("Copy a target role"),
                                    self.tr("{name} (mine)").format(name=role.name),
                                    role.description, list(role.skills.items())))

    def edit_role(self) -> None:
        role = _selected(self.table, self.model)
        if role is None:
            return
        if role.builtin:
            self.copy_role()
            return
        self._save(self._dialog(self.tr("Edit target role"), role.name, role.description,
                                list(role.skills.items())), replace=role.name)

    def delete_role(self) -> None:
        role = _selected(self.table, self.model)
        if role is None:
            return
        try:
            if QMessageBox.question(self, self.tr("Delete role"), self.tr(
                    "Delete the role “{name}”?").format(name=role.name)) \
                    == QMessageBox.StandardButton.Yes:
                target_roles.delete_role(self._store, role.name)
        except ValidationError as error:
            _warn(self, self.tr("Could not delete the role"), error)
