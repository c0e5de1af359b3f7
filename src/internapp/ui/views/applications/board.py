"""The applications board: one column per stage, cards dragged between them.

Keyboard: arrows move between cards and columns; Ctrl+Left / Ctrl+Right move the focused card
to the previous / next stage; Ctrl+M (or the context-menu key) opens "Move to…". Every move is
asked of the screen through ``move_requested(ids, stage_id)``; the board itself changes nothing.
"""

import uuid
from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from internapp.core.clock import Clock
from internapp.core.services.applications import ApplicationRow
from internapp.ui.models.board_column_model import BoardColumnModel
from internapp.ui.theme import current_colors
from internapp.ui.widgets.application_card import CardDelegate, stage_color

COLUMN_WIDTH = 240


@dataclass(frozen=True)
class StageInfo:
    id: uuid.UUID
    name: str
    position: int
    closed: bool
    role: str | None


class CardList(QListView):
    """A column's cards. Keys that act across columns are passed up as signals."""

    move_requested = Signal(int)  # -1: previous stage, +1: next stage
    neighbour_requested = Signal(int)  # focus the previous / next column
    menu_requested = Signal(QPoint)  # global position for "Move to…"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.placeholder = self.tr("No applications")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        ctrl = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = -1 if key == Qt.Key.Key_Left else 1
            (self.move_requested if ctrl else self.neighbour_requested).emit(step)
            return
        if (key == Qt.Key.Key_M and ctrl) or key == Qt.Key.Key_Menu:
            rect = self.visualRect(self.currentIndex())
            self.menu_requested.emit(self.viewport().mapToGlobal(rect.center()))
            return
        super().keyPressEvent(event)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.model() is not None and self.model().rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(QColor(current_colors().muted))
            painter.drawText(self.viewport().rect().adjusted(8, 24, -8, 0),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                             self.placeholder)


class BoardColumn(QFrame):
    def __init__(self, stage: StageInfo, parent: QWidget | None = None, *, clock: Clock) -> None:
        super().__init__(parent)
        self._clock = clock
        self.stage = stage
        self.setObjectName("BoardColumn")
        self.setFixedWidth(COLUMN_WIDTH)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 10, 8, 4)
        layout.setSpacing(6)
        header = QHBoxLayout()
        header.setContentsMargins(4, 0, 4, 0)
        self.dot = QLabel("●")
        self.dot.setStyleSheet(f"color: {stage_color(stage.role, stage.position)};")
        self.name_label = QLabel(stage.name)
        self.name_label.setObjectName("BoardColumnTitle")
        self.count_label = QLabel("0")
        self.count_label.setObjectName("BoardColumnCount")
        header.addWidget(self.dot)
        header.addWidget(self.name_label, 1)
        header.addWidget(self.count_label)
        self.add_button = QToolButton()
        self.add_button.setObjectName("ColumnAdd")
        self.add_button.setText("+")
        self.add_button.setAutoRaise(True)
        self.add_button.setToolTip(self.tr("New application in {stage}").format(stage=stage.name))
        header.addWidget(self.add_button)
        layout.addLayout(header)

        self.model = BoardColumnModel(stage.id, self)
        self.view = CardList()
        self.view.setObjectName("BoardList")
        self.view.placeholder = (self.tr("Drop a card here") if not stage.closed
                                 else self.tr("Nothing closed here"))
        self.view.setModel(self.model)
        self.delegate = CardDelegate(stage.role, stage.closed, clock.today(), self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.setUniformItemSizes(True)
        self.view.setMouseTracking(True)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(False)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.setAccessibleName(self.tr("{stage} applications").format(stage=stage.name))
        layout.addWidget(self.view, 1)

    def set_rows(self, rows: list[ApplicationRow], total: int) -> None:
        self.delegate.today = self._clock.today()
        self.model.set_rows(rows)
        self.count_label.setText(f"{len(rows):,}" if len(rows) == total
                                 else f"{len(rows):,} of {total:,}")


class ApplicationsBoard(QScrollArea):
    selected = Signal(object)  # the application id, or None
    move_requested = Signal(list, object)  # application ids, target stage id
    open_requested = Signal(object)  # an application id (Enter or double-click)
    add_requested = Signal(str)  # a stage name: "+" on its column

    def __init__(self, parent: QWidget | None = None, *, clock: Clock) -> None:
        super().__init__(parent)
        self._clock = clock
        self.setObjectName("Board")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._container = QWidget()
        self._container.setObjectName("BoardCanvas")
        self._row = QHBoxLayout(self._container)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(10)
        self._row.addStretch(1)
        self.setWidget(self._container)
        self.columns: list[BoardColumn] = []
        self._stages: list[StageInfo] = []
        self._follow: uuid.UUID | None = None
        self._selected: uuid.UUID | None = None

    # --- data in ---------------------------------------------------------------------------

    def set_stages(self, stages: list[StageInfo]) -> None:
        if stages == self._stages:
            return
        self._stages = list(stages)
        for column in self.columns:
            self._row.removeWidget(column)
            column.hide()
            column.deleteLater()
        self.columns = []
        for position, stage in enumerate(stages):
            column = BoardColumn(stage, clock=self._clock)
            self._connect(column)
            self._row.insertWidget(position, column)
            self.columns.append(column)

    def set_rows(self, rows: list[ApplicationRow], totals: dict[str, int]) -> None:
        """Shows ``rows`` (already filtered) in their stage's column; ``totals`` counts every
        application per stage name for the "n of m" header."""
        by_stage: dict[str, list[ApplicationRow]] = {s.name: [] for s in self._stages}
        for row in rows:  # stage names are unique, and a str caches its hash (a UUID does not)
            by_stage.setdefault(row.stage, []).append(row)
        for column in self.columns:
            column.set_rows(by_stage[column.stage.name], totals.get(column.stage.name, 0))
        wanted = self._follow or self._selected
        self._follow = None
        if wanted is not None and not self.select(wanted, focus=self._has_focus()):
            self._selected = None
            self.selected.emit(None)

    # --- selection -------------------------------------------------------------------------

    def select(self, application_id: uuid.UUID, focus: bool = True) -> bool:
        """Makes the card current (and focused); False when it is not on the board."""
        for column in self.columns:
            row = column.model.row_of(application_id)
            if row >= 0:
                index = column.model.index(row)
                column.view.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                column.view.scrollTo(index)
                self.ensureWidgetVisible(column, 0, 0)
                if focus:
                    column.view.setFocus()
                return True
        return False

    def current_id(self) -> uuid.UUID | None:
        return self._selected

    def column_of(self, application_id: uuid.UUID) -> BoardColumn | None:
        return next((c for c in self.columns if c.model.row_of(application_id) >= 0), None)

    def stage_after(self, stage_id: uuid.UUID, step: int) -> StageInfo | None:
        ids = [s.id for s in self._stages]
        position = ids.index(stage_id) + step if stage_id in ids else -1
        return self._stages[position] if 0 <= position < len(ids) else None

    def follow(self, application_id: uuid.UUID) -> None:
        """After the next reload, select (and focus) this card wherever it went."""
        self._follow = application_id

    def move_menu(self, application_id: uuid.UUID) -> QMenu:
        """"Move to…": every stage but the card's own."""
        column = self.column_of(application_id)
        menu = QMenu(self.tr("Move to"), self)
        for stage in self._stages:
            action = menu.addAction(stage.name)
            action.setEnabled(column is None or stage.id != column.stage.id)
            action.triggered.connect(
                lambda _=False, s=stage.id: self.move_requested.emit([application_id], s))
        return menu

    # --- internals -------------------------------------------------------------------------

    def _connect(self, column: BoardColumn) -> None:
        view = column.view
        column.add_button.clicked.connect(
            lambda _=False, c=column: self.add_requested.emit(c.stage.name))
        column.model.dropped.connect(self.move_requested)
        view.selectionModel().currentChanged.connect(
            lambda current, _previous, c=column: self._on_current(c, current))
        view.move_requested.connect(lambda step, c=column: self._move_by(c, step))
        view.neighbour_requested.connect(lambda step, c=column: self._focus_neighbour(c, step))
        view.menu_requested.connect(lambda pos, c=column: self._menu(c, pos))
        view.customContextMenuRequested.connect(
            lambda pos, c=column: self._context_menu(c, pos))
        view.activated.connect(
            lambda index, c=column: self.open_requested.emit(c.model.row_at(index.row()).id))

    def _on_current(self, column: BoardColumn, current: QModelIndex) -> None:
        if not current.isValid():
            return
        for other in self.columns:
            if other is not column:
                other.view.selectionModel().clear()
        application_id = column.model.row_at(current.row()).id
        if application_id != self._selected:
            self._selected = application_id
            self.selected.emit(application_id)

    def _move_by(self, column: BoardColumn, step: int) -> None:
        index = column.view.currentIndex()
        target = self.stage_after(column.stage.id, step)
        if not index.isValid() or target is None:
            return
        application_id = column.model.row_at(index.row()).id
        self.follow(application_id)
        self.move_requested.emit([application_id], target.id)

    def _focus_neighbour(self, column: BoardColumn, step: int) -> None:
        position = self.columns.index(column) + step
        while 0 <= position < len(self.columns):
            neighbour = self.columns[position]
            if neighbour.model.rowCount():
                row = min(max(column.view.currentIndex().row(), 0),
                          neighbour.model.rowCount() - 1)
                self.select(neighbour.model.row_at(row).id)
                return
            position += step

    def _menu(self, column: BoardColumn, global_pos: QPoint) -> None:
        index = column.view.currentIndex()
        if index.isValid():
            self.move_menu(column.model.row_at(index.row()).id).popup(global_pos)

    def _context_menu(self, column: BoardColumn, pos: QPoint) -> None:
        index = column.view.indexAt(pos)
        if index.isValid():
            application_id = column.model.row_at(index.row()).id
            self.select(application_id)
            self.move_menu(application_id).popup(column.view.viewport().mapToGlobal(pos))

    def _has_focus(self) -> bool:
        return any(c.view.hasFocus() for c in self.columns)
