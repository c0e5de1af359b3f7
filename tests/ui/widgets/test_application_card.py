import uuid
from dataclasses import replace
from datetime import UTC, date, datetime

from PySide6.QtWidgets import QListView

from internapp.core.services.applications import ApplicationRow
from internapp.ui.models.board_column_model import BoardColumnModel
from internapp.ui.widgets.application_card import (
    CARD_HEIGHT,
    CardDelegate,
    badges,
    initials,
    tile_color,
)

TODAY = date(2026, 3, 20)
ROW = ApplicationRow(id=uuid.uuid4(), organization="Solace Mental Health Co-op",
                     role="Volunteer scheduling app prototype with a very long name that wraps",
                     stage="Applied", stage_closed=False, source="Parker Dewey", url=None,
                     location=None, applied_on=date(2026, 3, 1), deadline=date(2026, 3, 22),
                     follow_up_on=None, pay=None, tags=[],
                     updated_at=datetime(2026, 3, 1, tzinfo=UTC), stage_role="applied")


def test_badges_say_what_is_urgent():
    assert [(b.text, b.tone) for b in badges(ROW, "applied", False, TODAY)] == [
        ("Due in 2 d", "warning"), ("No reply 19 d", "warning")]
    fresh = replace(ROW, applied_on=date(2026, 3, 18), deadline=date(2026, 3, 19))
    assert [(b.text, b.tone) for b in badges(fresh, "applied", False, TODAY)] == [
        ("Overdue 1 d", "danger"), ("Sent 2 d ago", "muted")]
    closed = replace(ROW, engagement_id=uuid.uuid4())
    assert [b.text for b in badges(closed, "rejected", True, TODAY)] == ["✓ Engagement"]


def test_initials_and_tile_colours_are_stable():
    assert initials("Solace Mental Health Co-op") == "SM"
    assert initials("acme") == "A"
    assert initials("  ") == "?"
    assert tile_color("Acme") == tile_color("ACME")


def test_cards_paint_with_long_names(qtbot):
    view = QListView()
    qtbot.addWidget(view)
    model = BoardColumnModel(uuid.uuid4(), view)
    model.set_rows([ROW, replace(ROW, id=uuid.uuid4(), organization="X" * 200, source=None)])
    view.setModel(model)
    delegate = CardDelegate("applied", False, TODAY, view)
    view.setItemDelegate(delegate)
    view.resize(260, 400)
    view.show()
    assert view.sizeHintForRow(0) == CARD_HEIGHT + 8
    image = view.viewport().grab().toImage()
    assert not image.isNull()
    assert len({image.pixel(x, 40) for x in range(0, 250, 5)}) > 3  # something was drawn
