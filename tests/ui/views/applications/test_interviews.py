"""Interviews in the window: add, edit (reschedule), cancel and delete from the application's
detail pane; moving to an interviewing stage offers to add one; the editor fits 900×600."""

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt, QTime
from pytestqt.exceptions import TimeoutError

from internapp.core.services import applications, contacts, interviews
from internapp.ui import layout_check

pytestmark = pytest.mark.window_size(900, 600)


@pytest.fixture
def screen(window, context):
    window.show_screen("applications")
    return window.screen("applications")


@pytest.fixture
def app(context):
    contacts.create(context.store, display_name="Ana Lima", organization="Kestrel")
    contacts.create(context.store, display_name="Bo Chen")
    return applications.create(context.store, organization="Kestrel", role="Data intern",
                               stage="Applied")


def _check(item, name):
    for index in range(item.list.count()):
        if item.list.item(index).text().startswith(name):
            item.list.item(index).setCheckState(Qt.CheckState.Checked)


def test_add_edit_cancel_and_delete_an_interview(screen, app, context, qtbot):
    screen.open_record(app.id)
    section = screen.detail.interviews
    assert section.empty_label.isVisible() and not section.list.isVisible()
    dialog = section.open_editor()
    dialog.date_edit.set_value(datetime(2026, 3, 9).date())
    dialog.time_edit.setTime(QTime(10, 0))
    dialog.zone_box.setEditText("America/Los_Angeles")
    dialog.length_box.setValue(45)
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("video"))
    qtbot.keyClicks(dialog.where_edit, "https://meet.example.org/k")
    _check(dialog.people, "Ana Lima")
    qtbot.keyClicks(dialog.notes_edit, "Revise pandas groupby")
    assert dialog.submit()
    [row] = interviews.rows(context.store)
    assert (row.at, row.tz, row.duration_minutes, row.kind) == (
        datetime(2026, 3, 9, 17, tzinfo=UTC), "America/Los_Angeles", 45, "video")
    assert [p.name for p in row.people] == ["Ana Lima"] and row.notes == "Revise pandas groupby"
    qtbot.waitUntil(lambda: section.list.count() == 1)
    text = section.list.item(0).text()
    assert "Video interview" in text and "with Ana Lima" in text and "45 min" in text

    section.list.setCurrentRow(0)
    editor = section.edit_selected()
    assert editor.people.chosen() == [row.people[0].contact_id]
    editor.time_edit.setTime(QTime(11, 30))  # rescheduled
    _check(editor.people, "Bo Chen")
    qtbot.keyClicks(editor.outcome_edit, "Final round next week")
    assert editor.submit()
    row = interviews.get(context.store, row.id)
    assert row.at == datetime(2026, 3, 9, 18, 30, tzinfo=UTC)
    assert sorted(p.name for p in row.people) == ["Ana Lima", "Bo Chen"]
    assert row.outcome == "Final round next week"

    section.list.setCurrentRow(0)
    section.toggle_cancelled()
    assert interviews.get(context.store, row.id).cancelled
    assert section.list.item(0).font().strikeOut()
    assert section.list.item(0).text().startswith("Cancelled: ")
    section.list.setCurrentRow(0)
    section.toggle_cancelled()  # taken back
    assert not interviews.get(context.store, row.id).cancelled
    section.list.setCurrentRow(0)
    section.delete_selected(confirm_first=False)
    assert interviews.rows(context.store) == [] and section.empty_label.isVisible()


def test_delete_from_the_more_menu_asks_first(screen, app, context, qtbot, monkeypatch):
    """As the Time list's Delete button did (its clicked(False) went into ``confirm``): a
    signal's argument must never reach a ``confirm_first`` parameter."""
    from PySide6.QtWidgets import QMessageBox

    interviews.add(context.store, app.id, at=datetime(2026, 3, 9, 17, tzinfo=UTC), tz="UTC")
    screen.open_record(app.id)
    section = screen.detail.interviews
    qtbot.waitUntil(lambda: section.list.count() == 1)
    section.list.setCurrentRow(0)
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[1]) or QMessageBox.StandardButton.No)
    section.delete_action.trigger()
    assert asked == ["Delete interview"]
    assert len(interviews.rows(context.store)) == 1  # answered No: kept


def test_a_refused_interview_keeps_the_dialog_open_and_names_the_field(screen, app, context):
    screen.open_record(app.id)
    dialog = screen.detail.interviews.open_editor()
    dialog.zone_box.setEditText("Mars/Olympus")
    assert not dialog.submit()
    assert dialog.isVisible() and dialog.error_label.text().startswith("tz: 'Mars/Olympus'")
    dialog.date_edit.set_value(None)
    dialog.zone_box.setEditText("Europe/Berlin")
    assert not dialog.submit() and dialog.error_label.text() == "at: is required"
    assert interviews.rows(context.store) == []
    dialog.reject()


def test_moving_to_interviewing_offers_to_add_the_interview(screen, app, context, qtbot):
    interviewing = next(s for s in screen._stages if s.role == "interviewing")
    screen.move([app.id], interviewing, None)
    assert f"interview:{app.id}" in screen.message_label.text()
    assert "add the interview" in screen.message_label.text()
    screen._on_link(f"interview:{app.id}")
    dialog = screen.detail.interviews.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_the_editor_and_the_section_fit_at_900_by_600(window, screen, app, context, qtbot):
    ana = contacts.resolve(context.store, "Ana Lima")
    interviews.add(context.store, app.id, at="2026-03-09T10:00", tz="Europe/Berlin",
                   kind="on-site", location="Kestrel office, Torstraße 1, 10119 Berlin",
                   people=[ana.id], outcome="Went well; they will write by Friday")
    screen.open_record(app.id)
    qtbot.waitUntil(lambda: screen.detail.interviews.list.count() == 1)
    _settled(qtbot, window, "applications")
    dialog = screen.detail.interviews.open_editor()
    qtbot.waitExposed(dialog)
    _settled(qtbot, dialog, "interview editor")
    dialog.reject()



def _settled(qtbot, widget, where):
    """The layout check passes once the posted layout requests have run (it fails, naming every
    problem, when it never does)."""
    try:
        qtbot.waitUntil(lambda: not layout_check.check(widget, where), timeout=3000)
    except TimeoutError:
        problems = layout_check.check(widget, where)
        raise AssertionError("\n".join(map(str, problems))) from None
