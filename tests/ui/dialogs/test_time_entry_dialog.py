from datetime import UTC, datetime, time, timedelta

from internapp.core.clock import Clock, utcnow
from internapp.core.services import engagements, time_entries, time_listing, timer
from internapp.core.services.timer import Gap
from internapp.ui.dialogs.sleep_gap_dialog import SleepGapDialog
from internapp.ui.dialogs.time_entry_dialog import EntryDialog, SplitDialog


def _record(store, entry_id):
    rowids = time_listing.keys(store, time_listing.EntryQuery())
    return next(r for r in time_listing.rows(store, rowids) if r.id == str(entry_id))


def test_an_end_before_the_start_is_the_next_day(qtbot, store, clock):
    e = engagements.create(store, title="Night shift")
    dialog = EntryDialog(store, timer.choices(store), engagement_id=e.id, clock=clock)
    qtbot.addWidget(dialog)
    dialog.date_edit.set_value((utcnow() - timedelta(days=3)).date())
    dialog.start_edit.setTime(time(22, 30))
    dialog.end_edit.setTime(time(1, 0))
    assert dialog.hint_label.text() == "Ends the next day."
    assert dialog.save()
    assert time_entries.get(store, dialog.saved_id).seconds == 2.5 * 3600


def test_a_zero_length_entry_is_refused_with_the_reason(qtbot, store, clock):
    e = engagements.create(store, title="X")
    dialog = EntryDialog(store, timer.choices(store), engagement_id=e.id, clock=clock)
    qtbot.addWidget(dialog)
    dialog.start_edit.setTime(time(9))
    dialog.end_edit.setTime(time(9))
    assert not dialog.save()
    assert dialog.error_label.text() == "duration: is zero: the end is the same as the start"
    assert not dialog.trim_button.isVisible()


def test_editing_the_running_timer_keeps_it_running(qtbot, store, clock):
    e = engagements.create(store, title="X")
    started = timer.start(store, e.id, at=datetime.now(UTC) - timedelta(hours=1))
    dialog = EntryDialog(store, timer.choices(store), entry=_record(store, started.entry.id),
                         clock=clock)
    qtbot.addWidget(dialog)
    assert not dialog.mode_combo.isEnabled()
    dialog.note_edit.setPlainText("still at it")
    assert dialog.save()
    assert timer.running(store).note == "still at it"


def test_split_dialog(qtbot, store, clock):
    e = engagements.create(store, title="X")
    entry = time_entries.add(store, e.id, start="2026-03-02T09:00", end="2026-03-02T11:00",
                             tz="UTC")
    dialog = SplitDialog(store, _record(store, entry.id), clock=clock)
    qtbot.addWidget(dialog)
    assert dialog.at_time.value() == time(10)
    assert dialog.save()
    assert sorted(r.seconds for r in time_entries.list_recent(store)) == [3600, 3600]


def test_sleep_gap_dialog_words(qtbot):
    start = datetime(2026, 3, 2, 12, 5, tzinfo=UTC)
    berlin = Clock(zone="Europe/Berlin").zone()  # the context's clock says the user's zone
    dialog = SleepGapDialog(Gap(start, start + timedelta(minutes=95)), "Dashboard", berlin)
    qtbot.addWidget(dialog)
    assert dialog.title_label.text() == "1 h 35 min away from the timer"
    body = dialog.body_label.text()
    assert "The timer on Dashboard kept running while your computer slept" in body
    assert "stop the timer at 13:05" in body and "continue from 14:40" in body  # Berlin's


# --- issue 12 -------------------------------------------------------------------------------


def _shown_dialog(qtbot, store):
    from PySide6.QtWidgets import QApplication

    from internapp.ui.theme import ThemeMode, apply_theme

    apply_theme(QApplication.instance(), ThemeMode.DARK)  # with the app's stylesheet
    e = engagements.create(store, title="Survey")
    dialog = EntryDialog(store, timer.choices(store), engagement_id=e.id, clock=Clock())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_clicking_the_start_field_and_typing_a_time_sets_it(qtbot, store):
    from PySide6.QtCore import Qt

    dialog = _shown_dialog(qtbot, store)
    field = dialog.start_edit
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=field.rect().center())
    qtbot.keyClicks(field, "14:00")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert (field.time().hour(), field.time().minute()) == (14, 0)


def test_time_fields_have_no_empty_spin_buttons(qtbot, store):
    from PySide6.QtWidgets import QAbstractSpinBox

    dialog = _shown_dialog(qtbot, store)
    for field in (dialog.start_edit, dialog.end_edit):
        assert not isinstance(field, QAbstractSpinBox) or (
            field.buttonSymbols() == QAbstractSpinBox.ButtonSymbols.NoButtons)


def test_the_end_field_keeps_its_height_after_editing(qtbot, store):
    from PySide6.QtCore import Qt

    from internapp.ui.layout_check import settle

    dialog = _shown_dialog(qtbot, store)
    settle()
    height = dialog.start_edit.height()
    dialog.mode_combo.setCurrentIndex(1)  # "Lasts"
    qtbot.keyClicks(dialog.duration_edit, "1h30m")
    dialog.mode_combo.setCurrentIndex(0)  # back to "Ends at"
    qtbot.mouseClick(dialog.end_edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.end_edit, "16:45")
    qtbot.keyClick(dialog.end_edit, Qt.Key.Key_Tab)
    settle()
    assert dialog.end_stack.height() <= height + 2
    assert dialog.end_edit.height() == height
