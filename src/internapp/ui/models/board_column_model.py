"""One column of the applications board: the applications in one stage, as a list model.

Each column is its own model under its own QListView. It hands the view its cards in batches
(Qt's canFetchMore/fetchMore: the next batch when the list is scrolled to its end), so a column of
10,000 applications costs what a few hundred cost to lay out and the visible ones to paint. Cards
are dragged between columns as a MIME list of application
ids; a drop does not move rows itself but reports ``dropped(ids, stage_id)`` — the screen moves
the applications through the service (which records the history) and the board reloads.
"""

import uuid
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from internapp.core.services.applications import ApplicationRow

MIME_TYPE = "application/x-internapp-application-ids"
Index = QModelIndex | QPersistentModelIndex


def ids_to_mime(ids: list[uuid.UUID]) -> QMimeData:
    data = QMimeData()
    data.setData(MIME_TYPE, QByteArray("\n".join(str(i) for i in ids).encode()))
    return data


def ids_from_mime(data: QMimeData) -> list[uuid.UUID]:
    if not data.hasFormat(MIME_TYPE):
        return []
    text = bytes(data.data(MIME_TYPE).data()).decode()
    try:
        return [uuid.UUID(line) for line in text.split("\n") if line]
    except ValueError:
        return []


class BoardColumnModel(QAbstractListModel):
    dropped = Signal(list, object)  # application ids, the stage id they were dropped on
    BATCH = 150

    def __init__(self, stage_id: uuid.UUID, parent=None) -> None:
        super().__init__(parent)
        self.stage_id = stage_id
        self._rows: list[ApplicationRow] = []
        self._loaded = 0
        self._index: dict[uuid.UUID, int] | None = None

    def set_rows(self, rows: list[ApplicationRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._loaded = min(len(rows), self.BATCH)
        self._index = None
        self.endResetModel()

    def total(self) -> int:
        """Every card in the column, loaded into the view or not."""
        return len(self._rows)

    def row_at(self, row: int) -> ApplicationRow:
        return self._rows[row]

    def row_of(self, application_id: uuid.UUID) -> int:
        """The card's row, loading the batches up to it; -1 when it is not in this column."""
        if self._index is None:
            self._index = {row.id: number for number, row in enumerate(self._rows)}
        number = self._index.get(application_id, -1)
        if number >= self._loaded:
            self.beginInsertRows(QModelIndex(), self._loaded, number)
            self._loaded = number + 1
            self.endInsertRows()
        return number

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._loaded < len(self._rows)

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid():
            return
        more = min(len(self._rows), self._loaded + self.BATCH)
        if more > self._loaded:
            self.beginInsertRows(QModelIndex(), self._loaded, more - 1)
            self._loaded = more
            self.endInsertRows()

    # --- Qt model --------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._loaded

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{row.organization} — {row.role}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "BoardColumnModel", "{organization}\n{role}\n\nEnter opens it · Ctrl+← / Ctrl+→ "
                "moves it to the previous or next stage · Ctrl+M: move to…").format(
                    organization=row.organization, role=row.role)
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled)

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        return ids_to_mime([self._rows[i.row()].id for i in indexes if i.isValid()])

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: Index) -> bool:
        ids = ids_from_mime(data)
        return bool(ids) and not all(self._has(i) for i in ids)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        self.dropped.emit([i for i in ids_from_mime(data) if not self._has(i)], self.stage_id)
        return True

    def _has(self, application_id: uuid.UUID) -> bool:
        if self._index is None:
            self._index = {row.id: number for number, row in enumerate(self._rows)}
        return application_id in self._index
