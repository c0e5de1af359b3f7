"""One column of the applications board: the applications in one stage, as a list model.

Each column is its own model under its own QListView, so a column of 10,000 cards costs what
the visible cards cost to paint. Cards are dragged between columns as a MIME list of application
ids; a drop does not move rows itself but reports ``dropped(ids, stage_id)`` — the screen moves
the applications through the service (which records the history) and the board reloads.
"""

import uuid
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
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

    def __init__(self, stage_id: uuid.UUID, parent=None) -> None:
        super().__init__(parent)
        self.stage_id = stage_id
        self._rows: list[ApplicationRow] = []

    def set_rows(self, rows: list[ApplicationRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> ApplicationRow:
        return self._rows[row]

    def row_of(self, application_id: uuid.UUID) -> int:
        for number, row in enumerate(self._rows):
            if row.id == application_id:
                return number
        return -1

    # --- Qt model --------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{row.organization} — {row.role}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.organization}\n{row.role}"
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
        here = {r.id for r in self._rows}
        return bool(ids) and not all(i in here for i in ids)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        here = {r.id for r in self._rows}
        self.dropped.emit([i for i in ids_from_mime(data) if i not in here], self.stage_id)
        return True
