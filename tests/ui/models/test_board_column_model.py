import uuid
from datetime import UTC, datetime

from PySide6.QtCore import QModelIndex, Qt

from internapp.core.services.applications import ApplicationRow
from internapp.ui.models.board_column_model import (
    MIME_TYPE,
    BoardColumnModel,
    ids_from_mime,
    ids_to_mime,
)


def _row(role: str) -> ApplicationRow:
    return ApplicationRow(id=uuid.uuid4(), organization="Acme", role=role, stage="Saved",
                          stage_closed=False, source=None, url=None, location=None,
                          applied_on=None, deadline=None, follow_up_on=None, pay=None, tags=[],
                          updated_at=datetime(2026, 1, 1, tzinfo=UTC))


def test_cards_carry_their_ids_as_mime_data(qtbot):
    model = BoardColumnModel(uuid.uuid4())
    rows = [_row("A"), _row("B")]
    model.set_rows(rows)
    data = model.mimeData([model.index(1)])
    assert data.hasFormat(MIME_TYPE)
    assert ids_from_mime(data) == [rows[1].id]
    assert model.data(model.index(0), Qt.ItemDataRole.UserRole) is rows[0]
    assert model.data(model.index(0)) == "Acme — A"
    assert model.flags(model.index(0)) & Qt.ItemFlag.ItemIsDragEnabled
    assert model.flags(QModelIndex()) & Qt.ItemFlag.ItemIsDropEnabled


def test_a_drop_reports_the_ids_and_the_stage_but_moves_no_rows(qtbot):
    stage = uuid.uuid4()
    model = BoardColumnModel(stage)
    here = _row("Here")
    model.set_rows([here])
    arriving = _row("Arriving")
    with qtbot.waitSignal(model.dropped) as signal:
        assert model.dropMimeData(ids_to_mime([arriving.id, here.id]), Qt.DropAction.MoveAction,
                                  -1, -1, QModelIndex())
    assert signal.args == [[arriving.id], stage]
    assert model.rowCount() == 1
    assert not model.canDropMimeData(ids_to_mime([here.id]), Qt.DropAction.MoveAction, -1, -1,
                                     QModelIndex())


def test_foreign_or_broken_mime_data_is_refused(qtbot):
    from PySide6.QtCore import QByteArray, QMimeData

    model = BoardColumnModel(uuid.uuid4())
    text = QMimeData()
    text.setText("hello")
    broken = QMimeData()
    broken.setData(MIME_TYPE, QByteArray(b"not-a-uuid"))
    for data in (text, broken):
        assert ids_from_mime(data) == []
        assert not model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, QModelIndex())


def test_cards_are_handed_to_the_view_in_batches(qtbot):
    from PySide6.QtWidgets import QListView

    model = BoardColumnModel(uuid.uuid4())
    rows = [_row(f"R{n}") for n in range(400)]
    model.set_rows(rows)
    assert (model.rowCount(), model.total()) == (BoardColumnModel.BATCH, 400)
    assert model.canFetchMore(QModelIndex())
    assert model.row_of(rows[320].id) == 320  # selecting a card loads up to it
    assert model.rowCount() == 321
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(200, 300)
    view.show()
    view.scrollToBottom()  # the view asks for the next batch at the end of the list
    qtbot.waitUntil(lambda: model.rowCount() == 400)
    assert not model.canFetchMore(QModelIndex())
    assert model.row_of(uuid.uuid4()) == -1
