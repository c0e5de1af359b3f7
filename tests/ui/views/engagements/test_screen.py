import pytest
from PySide6.QtCore import Qt

from internapp.core import demo
from internapp.core.services import engagements, time_entries

pytestmark = pytest.mark.window_size(1400, 900)


@pytest.fixture
def engagement(context):
    created = engagements.create(context.store, title="Dashboard sprint", organization="Acme",
                                 hours_estimate=10, start_on="2026-03-02", status="active")
    time_entries.add(context.store, created.id, start="2026-03-02T09:00+00:00",
                     end="2026-03-02T13:00+00:00")
    return created


def test_open_record_shows_the_detail_with_hours_progress(window, engagement):
    window.show_screen("engagements", engagement.id)
    screen = window.screen("engagements")
    detail = screen.detail
    assert detail.isVisible() and detail.engagement_id == engagement.id
    assert detail.hours_bar.value() == 400  # 4 of 10 hours, in thousandths
    # quantities never wrap inside ("4 h" keeps a no-break space)
    assert detail.hours_label.text().startswith("4\u00a0h of 10\u00a0h logged (40%)")
    assert screen.model.row_at(screen.table.currentIndex().row()).id == engagement.id


def test_progress_turns_over_budget(window, context, engagement):
    time_entries.add(context.store, engagement.id, start="2026-03-03T09:00+00:00",
                     end="2026-03-03T16:00+00:00")
    window.show_screen("engagements", engagement.id)
    detail = window.screen("engagements").detail
    assert detail.hours_bar.value() == 1000
    assert detail.hours_bar.property("over") is True
    assert "— 1\u00a0h over budget" in detail.hours_label.text()


def test_edit_fields_supervisor_and_status(window, context, engagement):
    from internapp.core.services import contacts

    boss = contacts.create(context.store, display_name="Ana Lima", organization="Acme")
    window.show_screen("engagements", engagement.id)
    detail = window.screen("engagements").detail
    detail.fee_edit.setText("750.5")
    detail.currency_edit.setText("eur")
    detail.cap_edit.setText("6")
    detail.feedback_edit.setPlainText("Great work")
    detail.reference_box.setCurrentIndex(1)
    detail.supervisor_box.setCurrentIndex(detail.supervisor_box.findData(str(boss.id)))
    assert detail.save()
    saved = engagements.get(context.store, engagement.id)
    assert (saved.fee_cents, saved.currency, saved.weekly_cap_hours, saved.feedback,
            saved.reference_ok) == (75050, "EUR", 6, "Great work", True)
    assert engagements.supervisor(context.store, engagement.id) == (boss.id, "Ana Lima")
    detail.status_box.setCurrentIndex(detail.status_box.findData("paid"))
    detail.set_status("paid")
    saved = engagements.get(context.store, engagement.id)
    row = next(r for r in engagements.list_rows(context.store) if r.id == engagement.id)
    assert saved.status == "paid" and row.paid_on is not None and row.owed_cents == 0
    assert "recorded as received today" in detail.message_label.text()


@pytest.mark.parametrize(("field", "value", "message"), [
    ("fee_edit", "lots", "fee: 'lots' is not an amount"),
    ("estimate_edit", "-2", "hours_estimate: must be at least 0"),
    ("currency_edit", "dollars", "currency:"),
    ("title_edit", "", "title: must not be empty"),
])
def test_bad_input_is_refused_with_the_field(window, context, engagement, field, value,
                                             message):
    window.show_screen("engagements", engagement.id)
    detail = window.screen("engagements").detail
    widget = getattr(detail, field)
    widget.setMaxLength(100)
    widget.setText(value)
    assert not detail.save()
    assert message in detail.message_label.text()
    assert engagements.get(context.store, engagement.id).title == "Dashboard sprint"


def test_milestones_add_check_reorder_delete(window, context, engagement, qtbot):
    window.show_screen("engagements", engagement.id)
    section = window.screen("engagements").detail.milestones
    for title in ("Draft", "Review", "Handover"):
        qtbot.keyClicks(section.title_edit, title)
        qtbot.keyClick(section.title_edit, Qt.Key.Key_Return)
    assert [m.title for m in engagements.milestones(context.store, engagement.id)] == [
        "Draft", "Review", "Handover"]
    section.list.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: engagements.milestones(context.store, engagement.id)[0].done_on
                    is not None)
    assert section.summary_label.text() == "1 of 3 done"
    section.list.setCurrentRow(2)
    section.move_current(-1)
    assert [m.title for m in engagements.milestones(context.store, engagement.id)] == [
        "Draft", "Handover", "Review"]
    section.list.setCurrentRow(0)
    section.delete_current()
    assert [m.title for m in engagements.milestones(context.store, engagement.id)] == [
        "Handover", "Review"]
    section.title_edit.setText("   ")
    section.add()
    assert "title" in window.screen("engagements").detail.message_label.text()


def test_list_filters_by_status_and_text(window, context, qtbot):
    demo.fill(context.store)
    window.show_screen("engagements")
    screen = window.screen("engagements")
    assert screen.model.rowCount() == 5
    screen.status_box.setCurrentIndex(screen.status_box.findData("paid"))
    assert {screen.model.row_at(i).status for i in range(screen.model.rowCount())} == {"paid"}
    screen.status_box.setCurrentIndex(0)
    qtbot.keyClicks(screen.filter_edit, "riipen")
    assert 0 < screen.model.rowCount() < 5
    assert "of 5 shown" in screen.count_label.text()


def test_new_engagement_dialog(window, context, qtbot):
    window.show_screen("engagements")
    screen = window.screen("engagements")
    assert screen.pages.currentWidget() is screen.empty
    dialog = screen.new_engagement()
    dialog.accept()
    assert dialog.isVisible() and dialog.error_label.text() == "title: must not be empty"
    qtbot.keyClicks(dialog.title, "Brand audit")
    dialog.start.edit.setText("2026-04-01")
    dialog.due.edit.setText("2026-03-01")
    dialog.accept()
    assert dialog.error_label.text().startswith("due_on:")
    dialog.due.edit.setText("2026-04-30")
    dialog.accept()
    assert not dialog.isVisible()
    assert screen.detail.engagement_id == dialog.created_id
    assert screen.pages.currentWidget() is screen.content


def test_the_hours_column_holds_its_bar_and_its_whole_text(window, context, qtbot):
    """Seen in a 1920×1080 screenshot: "25 h 15 mi" cut beside the bar although the table had
    room (the column was measured without the bar)."""
    from PySide6.QtGui import QFontMetrics

    from internapp.ui.views.engagements.screen import HOURS_COLUMN
    from internapp.ui.widgets.progress_delegate import BAR_ROOM

    created = engagements.create(context.store, title="Synthesis", hours_estimate=30,
                                 start_on="2026-03-02", status="active")
    time_entries.add(context.store, created.id, start="2026-03-02T09:00+00:00",
                     end="2026-03-02T17:15+00:00")
    window.show_screen("engagements")
    screen = window.screen("engagements")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    text = screen.model.index(0, HOURS_COLUMN).data()
    needed = QFontMetrics(screen.table.font()).horizontalAdvance(text) + BAR_ROOM
    qtbot.waitUntil(lambda: screen.table.columnWidth(HOURS_COLUMN) >= needed)


def test_the_hours_column_takes_no_room_the_names_need(window, context, qtbot):
    """Seen in a real window at 1280×800: engagement names cut ("Market sizing for EV c…")
    beside 130 px of empty Hours column — the bar's room was counted twice (the delegate's size
    and an extra)."""
    from PySide6.QtGui import QFontMetrics

    from internapp.ui.views.engagements.screen import HOURS_COLUMN
    from internapp.ui.widgets.progress_delegate import BAR_ROOM

    demo.fill(context.store, seed=7)
    window.resize(1200, 780)
    window.show_screen("engagements")
    screen = window.screen("engagements")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 5)
    metrics = QFontMetrics(screen.table.font())
    widest = max(metrics.horizontalAdvance(screen.model.index(row, HOURS_COLUMN).data())
                 for row in range(5))
    qtbot.waitUntil(lambda: screen.table.columnWidth(HOURS_COLUMN) >= widest + BAR_ROOM)
    assert screen.table.columnWidth(HOURS_COLUMN) < widest + BAR_ROOM + 40
