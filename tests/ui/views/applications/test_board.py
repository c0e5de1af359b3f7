"""The board driven through its real widgets: drops are delivered to the target column's viewport
as QDragEnter/QDragMove/QDrop events (what a finished mouse drag delivers; QDrag.exec itself needs
a window system to run its nested loop), keys are real key presses on the focused card list."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from internapp.core.services import applications, engagements

pytestmark = pytest.mark.window_size(1400, 900)


@pytest.fixture
def screen(window, context):
    for org, role, stage in [("Acme", "Data intern", "Saved"), ("Beta", "Writer", "Saved"),
                             ("Gamma", "Analyst", "Applied"), ("Delta", "Designer", "Offer")]:
        applications.create(context.store, organization=org, role=role, stage=stage,
                            pay="$500 fixed")
    window.show_screen("applications")
    return window.screen("applications")


def column(screen, name):
    return next(c for c in screen.board.columns if c.stage.name == name)


def card_ids(screen, name):
    col = column(screen, name)
    return [col.model.row_at(i).id for i in range(col.model.rowCount())]


def find(screen, role):
    return next(r for r in screen.rows if r.role == role)


def drop(source, row: int, target) -> bool:
    """Delivers a drag of card ``row`` from ``source`` onto ``target``'s list."""
    mime = source.model.mimeData([source.model.index(row)])
    viewport = target.view.viewport()
    point = QPoint(viewport.width() // 2, viewport.height() - 10)
    action, buttons = Qt.DropAction.MoveAction, Qt.MouseButton.LeftButton
    modifiers = Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, action, mime, buttons, modifiers)
    QApplication.sendEvent(viewport, enter)
    move = QDragMoveEvent(point, action, mime, buttons, modifiers)
    QApplication.sendEvent(viewport, move)
    if not move.isAccepted():
        return False
    event = QDropEvent(point.toPointF(), action, mime, buttons, modifiers)
    QApplication.sendEvent(viewport, event)
    return event.isAccepted()


def test_columns_are_the_stages_with_their_cards(screen):
    assert [c.stage.name for c in screen.board.columns] == [
        "Saved", "Applied", "Interviewing", "Offer", "Accepted", "Rejected", "Withdrawn",
        "Ghosted"]
    assert len(card_ids(screen, "Saved")) == 2
    assert column(screen, "Saved").count_label.text() == "2"
    assert column(screen, "Interviewing").model.rowCount() == 0


def test_dragging_a_card_to_another_column_records_the_move(screen, context, qtbot):
    writer = find(screen, "Writer")
    saved = column(screen, "Saved")
    row = saved.model.row_of(writer.id)
    assert drop(saved, row, column(screen, "Interviewing"))
    qtbot.waitUntil(lambda: writer.id in card_ids(screen, "Interviewing"))
    assert writer.id not in card_ids(screen, "Saved")
    history = applications.history(context.store, writer.id)
    assert [h.stage for h in history] == ["Saved", "Interviewing"]
    assert history[1].at > history[0].at


def test_dropping_on_its_own_column_does_nothing(screen, context):
    saved = column(screen, "Saved")
    assert not drop(saved, 0, saved)
    assert len(applications.history(context.store, saved.model.row_at(0).id)) == 1


def test_ctrl_right_and_left_move_the_focused_card_and_focus_follows(screen, context, qtbot):
    analyst = find(screen, "Analyst")
    assert screen.board.select(analyst.id)
    view = column(screen, "Applied").view
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: analyst.id in card_ids(screen, "Interviewing"))
    interviewing = column(screen, "Interviewing").view
    qtbot.waitUntil(interviewing.hasFocus)
    assert interviewing.currentIndex().isValid()
    qtbot.keyClick(interviewing, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: analyst.id in card_ids(screen, "Applied"))
    assert [h.stage for h in applications.history(context.store, analyst.id)] == [
        "Applied", "Interviewing", "Applied"]


def test_plain_arrows_walk_between_columns_without_moving(screen, context, qtbot):
    acme = find(screen, "Data intern")
    screen.board.select(acme.id)
    qtbot.keyClick(column(screen, "Saved").view, Qt.Key.Key_Right)
    assert screen.board.current_id() == find(screen, "Analyst").id
    assert column(screen, "Applied").view.hasFocus()
    assert len(applications.history(context.store, acme.id)) == 1


def test_moving_to_a_closed_stage_asks_for_the_reason(screen, context, qtbot):
    writer = find(screen, "Writer")
    saved = column(screen, "Saved")
    assert drop(saved, saved.model.row_of(writer.id), column(screen, "Rejected"))
    qtbot.waitUntil(lambda: screen.close_dialog is not None and screen.close_dialog.isVisible())
    dialog = screen.close_dialog
    assert not dialog.ok_button.isEnabled()
    assert writer.id in card_ids(screen, "Saved")  # nothing moves before the answer
    qtbot.keyClicks(dialog.reason_box.lineEdit(), "Position filled")
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: writer.id in card_ids(screen, "Rejected"))
    assert applications.history(context.store, writer.id)[-1].note == "Position filled"
    assert applications.get(context.store, writer.id).close_reason == "Position filled"


def test_cancelling_the_close_reason_moves_nothing(screen, context, qtbot):
    analyst = find(screen, "Analyst")
    screen.board.select(analyst.id)
    screen.request_move([analyst.id], column(screen, "Ghosted").stage.id)
    screen.close_dialog.reject()
    assert analyst.id in card_ids(screen, "Applied")
    assert len(applications.history(context.store, analyst.id)) == 1


def test_move_to_menu_lists_the_other_stages(screen, context, qtbot):
    delta = find(screen, "Designer")
    menu = screen.board.move_menu(delta.id)
    actions = {a.text(): a for a in menu.actions()}
    assert not actions["Offer"].isEnabled() and actions["Interviewing"].isEnabled()
    actions["Interviewing"].trigger()
    qtbot.waitUntil(lambda: delta.id in card_ids(screen, "Interviewing"))


def test_moving_to_accepted_creates_the_engagement(screen, window, context, qtbot):
    delta = find(screen, "Designer")
    screen.board.select(delta.id)
    qtbot.keyClick(column(screen, "Offer").view, Qt.Key.Key_Right,
                   Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: delta.id in card_ids(screen, "Accepted"))
    [row] = engagements.list_rows(context.store)
    assert (row.title, row.organization, row.fee_cents) == ("Designer", "Delta", 50000)
    assert "engagement created" in screen.message_label.text()
    screen.message_label.linkActivated.emit(f"engagement:{row.id}")
    assert window.current_screen_key() == "engagements"
    assert window.screen("engagements").detail.engagement_id == row.id


def test_the_detail_pane_follows_the_selection_and_shows_the_history(screen, context, qtbot):
    gamma = find(screen, "Analyst")
    applications.move(context.store, gamma.id, "Interviewing")
    screen.board.select(gamma.id)
    assert screen.detail.isVisible()
    assert screen.detail.role_label.text() == "Analyst"
    texts = screen.detail.history.texts()
    assert "Moved to Interviewing" in texts[0] and "Added to Applied" in texts[1]


def test_filter_as_you_type_narrows_every_column(screen, qtbot):
    qtbot.keyClicks(screen.filter_edit, "wri")
    assert card_ids(screen, "Saved") == [find(screen, "Writer").id]
    assert column(screen, "Saved").count_label.text() == "1 of 2"
    assert card_ids(screen, "Applied") == []
    assert "1 of 4 shown" in screen.count_label.text()
    screen.filter_edit.clear()
    assert len(card_ids(screen, "Saved")) == 2


def test_a_card_of_many_columns_scrolls_into_view(window, context, qtbot):
    from internapp.core.services import stages

    for n in range(3):
        stages.create(context.store, f"Extra stage {n}")
    applications.create(context.store, organization="Far", role="Away", stage="Extra stage 2")
    window.show_screen("applications")
    screen = window.screen("applications")
    far = find(screen, "Away")
    screen.open_record(far.id)
    col = column(screen, "Extra stage 2")
    assert col.view.currentIndex().isValid()
    assert screen.detail.role_label.text() == "Away"


def test_plus_on_a_column_adds_an_application_in_that_stage(screen, context, qtbot):
    column(screen, "Interviewing").add_button.click()
    dialog = screen.new_dialog
    assert dialog.stage.currentText() == "Interviewing"
    qtbot.keyClicks(dialog.organization.lineEdit(), "Epsilon")
    qtbot.keyClicks(dialog.role, "Tester")
    dialog.accept()
    qtbot.waitUntil(lambda: len(card_ids(screen, "Interviewing")) == 1)
    assert screen.board.current_id() == dialog.created_id
