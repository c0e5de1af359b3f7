"""The Contacts screen driven with qtbot on a real store: search as you type, sorting, the contact
page (editing, the timeline, links), losing touch, import, duplicates, deletion."""

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from internapp.core import demo
from internapp.core.services import (
    applications,
    contact_links,
    contacts,
    interactions,
    keep_in_touch,
)
from internapp.ui.wait import deliver_notices

FIXTURES = Path(__file__).parents[3] / "core" / "interchange" / "fixtures"


@pytest.fixture
def screen(window):
    window.show_screen("contacts")
    return window.screen("contacts")


def _names(model):
    return [model.row_at(i).display_name for i in range(model.rowCount())]


def test_search_as_you_type_looks_in_every_field(window, context, qtbot):
    demo.fill(context.store)
    ana = contacts.create(context.store, display_name="Ana Lima", phones=["+44 20 7946 0958"],
                          how_met="Robotics hackathon in Porto", notes="Knows the Figma team")
    window.show_screen("contacts")
    screen = window.screen("contacts")
    qtbot.waitUntil(lambda: screen.list.model.rowCount() == 31)  # notices come next turn
    for typed, expected in (("7946", ["Ana Lima"]), ("porto", ["Ana Lima"]),
                            ("figma team", ["Ana Lima"])):
        screen.list.search_edit.clear()
        qtbot.keyClicks(screen.list.search_edit, typed)
        assert _names(screen.list.model) == expected
    screen.list.search_edit.clear()
    qtbot.keyClicks(screen.list.search_edit, "mentor")
    shown = screen.list.model.rowCount()
    assert 0 < shown < 31 and f"{shown} of 31 shown" == screen.list.count_label.text()
    qtbot.keyClicks(screen.list.search_edit, " zzz")
    assert screen.list.model.rowCount() == 0
    contacts.delete(context.store, ana.id)  # the screen refreshes from the change notification
    qtbot.waitUntil(lambda: screen.list.all_button.text().endswith(" 30"))
    screen.list.search_edit.clear()
    qtbot.keyClicks(screen.list.search_edit, "porto")
    assert screen.list.model.rowCount() == 0


def test_sorts_by_last_contacted_and_next_due(screen, context, qtbot):
    store = context.store
    for name, day, days in (("Bea", 3, 10), ("Al", 1, 30), ("Cy", 2, None)):
        c = contacts.create(store, display_name=name, keep_in_touch_days=days)
        interactions.add(store, c.id, channel="call", at=datetime(2026, 1, day, tzinfo=UTC))
    contacts.create(store, display_name="Dee")
    qtbot.waitUntil(lambda: screen.list.model.rowCount() == 4)
    headers = [screen.list.model.headerData(i, Qt.Orientation.Horizontal)
               for i in range(screen.list.model.columnCount())]
    screen.list.table.sortByColumn(headers.index("Last contacted"), Qt.SortOrder.DescendingOrder)
    assert _names(screen.list.model) == ["Bea", "Cy", "Al", "Dee"]  # never contacted: last
    screen.list.table.sortByColumn(headers.index("Next due"), Qt.SortOrder.AscendingOrder)
    assert _names(screen.list.model)[:2] == ["Bea", "Al"]
    screen.list.table.sortByColumn(headers.index("Name"), Qt.SortOrder.DescendingOrder)
    assert _names(screen.list.model) == ["Dee", "Cy", "Bea", "Al"]


def test_logging_an_interaction_on_a_contacts_page(window, screen, context, qtbot):
    c = contacts.create(context.store, display_name="Ana Lima", keep_in_touch_days=30)
    interactions.add(context.store, c.id, channel="email", at=datetime(2025, 1, 1, tzinfo=UTC))
    window.show_screen("contacts", c.id)  # how the Today screen opens a contact
    page = screen.page
    assert screen.stack.currentWidget() is page and page.name_label.text() == "Ana Lima"
    assert "overdue since" in page.cadence_label.text()
    dialog = page.log_interaction()
    dialog.channel_combo.setCurrentIndex(dialog.channel_combo.findData("coffee"))
    qtbot.keyClicks(dialog.summary_edit, "Coffee about her new team")
    dialog.follow_check.setChecked(True)
    assert dialog.submit()
    deliver_notices()
    qtbot.waitUntil(lambda: page.timeline.timeline_model.rowCount() == 2)
    assert page.timeline.timeline_model.item(0).summary == "Coffee about her new team"
    assert page.timeline.timeline_model.item(0).follow_up_on is not None
    assert "overdue" not in page.cadence_label.text() and "next in" in page.cadence_label.text()
    assert keep_in_touch.due_contacts(context.store) == []


def test_editing_and_deleting_interactions(window, screen, context, monkeypatch):
    c = contacts.create(context.store, display_name="Ana")
    deliver_notices()
    interactions.add(context.store, c.id, channel="email", summary="first",
                     at=datetime(2026, 1, 1, tzinfo=UTC))
    deliver_notices()
    window.show_screen("contacts", c.id)
    page = screen.page
    page.timeline.setCurrentIndex(page.timeline.timeline_model.index(0))
    dialog = page.edit_interaction()
    dialog.summary_edit.setPlainText("first, edited")
    dialog.channel_combo.setCurrentIndex(dialog.channel_combo.findData("video"))
    assert dialog.submit()
    deliver_notices()
    [edited] = interactions.of_contact(context.store, c.id)
    assert (edited.summary, edited.channel) == ("first, edited", "video")
    monkeypatch.setattr(page, "confirm", lambda *a: True)
    page.timeline.setCurrentIndex(page.timeline.timeline_model.index(0))
    page.delete_interaction()
    assert interactions.of_contact(context.store, c.id) == []
    deliver_notices()
    assert page.timeline_empty.isVisibleTo(page)


def test_every_field_is_editable_and_bad_input_is_named(window, screen, context, qtbot):
    c = contacts.create(context.store, display_name="Ana")
    deliver_notices()
    window.show_screen("contacts", c.id)
    page = screen.page
    values = {"display_name": "مريم الحسيني", "organization": "Lumen Labs", "title": "Lead",
              "emails": "maryam@example.org, m@home.example", "phones": "+1 555 0100",
              "linkedin_url": "linkedin.com/in/maryam", "how_met": "Hackathon",
              "tags": "mentor, alumni", "birthday": "--03-12", "connected_on": "2024-03-12",
              "nickname": "Mimi", "given_name": "مريم", "family_name": "الحسيني"}
    for name, value in values.items():
        page.edits[name].clear()
        if value.isascii():
            qtbot.keyClicks(page.edits[name], value)
        else:  # QTest types only what a keyboard map has; paste the other scripts
            page.edits[name].insert(value)
    page.cadence_spin.setValue(21)
    page.notes_edit.setPlainText("Prefers mornings")
    assert page.save_button.isEnabled() and page.save()
    saved = contacts.detail(context.store, c.id)
    assert saved.contact.display_name == "مريم الحسيني"
    assert saved.contact.emails == ["maryam@example.org", "m@home.example"]
    assert (saved.organization, saved.contact.keep_in_touch_days, saved.contact.birthday) == (
        "Lumen Labs", 21, "--03-12")
    assert page.name_label.text() == "مريم الحسيني"
    page.edits["emails"].setText("not-an-email")
    assert not page.save()
    assert page.error_label.text() == "emails: 'not-an-email' is not an email address"
    assert page.edits["emails"].property("invalid") is True
    assert contacts.get(context.store, c.id).emails == ["maryam@example.org", "m@home.example"]


def test_a_photo_is_shown_and_kept(window, screen, context, tmp_path):
    c = contacts.create(context.store, display_name="Ana")
    deliver_notices()
    window.show_screen("contacts", c.id)
    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#0f766e"))
    photo = tmp_path / "ana.png"
    assert image.save(str(photo))
    screen.page.choose_photo(str(photo))
    assert screen.page.save()
    assert contacts.get(context.store, c.id).photo_mime == "image/png"
    assert not screen.page.avatar.pixmap().isNull()


def test_losing_touch_lists_the_overdue_oldest_first_and_logging_clears(screen, context, qtbot):
    for name, day in (("Recent", 20), ("Oldest", 2)):
        c = contacts.create(context.store, display_name=name, keep_in_touch_days=7)
        interactions.add(context.store, c.id, channel="call", at=datetime(2026, 1, day, tzinfo=UTC))
    contacts.create(context.store, display_name="No rhythm")
    deliver_notices()
    screen.list.due_button.click()
    assert screen.list.showing_due()
    assert _names(screen.list.due_model) == ["Oldest", "Recent"]
    assert screen.list.due_button.text() == "Losing touch  2"
    screen.list.due_table.selectRow(0)
    screen.list._log_selected()
    dialog = screen.dialog
    qtbot.keyClicks(dialog.summary_edit, "Caught up")
    assert dialog.submit()
    deliver_notices()
    assert _names(screen.list.due_model) == ["Recent"]


def test_links_are_added_from_the_contact_side(window, screen, context):
    app = applications.create(context.store, organization="Acme", role="Data intern")
    c = contacts.create(context.store, display_name="Ana")
    deliver_notices()
    window.show_screen("contacts", c.id)
    dialog = screen.page.add_link()
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("recruiter"))
    assert dialog.record_combo.currentData() == app.id
    assert dialog.submit()
    deliver_notices()
    [record] = contact_links.records_of(context.store, c.id)
    assert (record.kind, record.role) == ("application", "recruiter")
    assert screen.page.links_list.count() == 1
    assert "Recruiter — Data intern at Acme" in screen.page.links_list.item(0).text()


def test_deleting_a_contact_from_its_page(window, screen, context, monkeypatch):
    c = contacts.create(context.store, display_name="Ana")
    deliver_notices()
    contacts.create(context.store, display_name="Bo")
    window.show_screen("contacts", c.id)
    monkeypatch.setattr(screen.page, "confirm", lambda *a: True)
    assert screen.page.delete_contact()
    assert screen.stack.currentWidget() is screen.list
    assert _names(screen.list.model) == ["Bo"]


def test_import_preview_then_import(screen, context, qtbot):
    dialog = screen.import_file("linkedin", str(FIXTURES / "Connections.csv"))
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10_000)
    assert dialog.new_model.rowCount() == 8 and dialog.rejected_model.rowCount() == 1
    assert dialog.left_out_model.rowCount() == 2  # a bad email, a bad date: kept without them
    assert dialog.tabs.tabText(3) == "Added without a field (2)"
    assert dialog.import_button.text() == "Import 8 contacts"
    assert contacts.list_rows(context.store) == []  # the preview wrote nothing
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.imported is not None, timeout=10_000)
    assert dialog.heading.text() == "Imported 8 contacts"
    qtbot.waitUntil(lambda: screen.list.model.rowCount() == 8, timeout=5_000)


def test_duplicates_are_reviewed_and_merged(screen, context, qtbot):
    keep = contacts.create(context.store, display_name="Ana Lima", emails=["ana@example.org"])
    other = contacts.create(context.store, display_name="A. Lima", emails=["ANA@example.org"])
    interactions.add(context.store, other.id, channel="email")
    qtbot.waitUntil(lambda: screen.duplicates_button.text() == "Duplicates (1)", timeout=10_000)
    dialog = screen.review_duplicates()
    assert dialog.pairs_list.count() == 1
    dialog.merge(keep.id, other.id)
    deliver_notices()
    assert dialog.pairs_list.count() == 0
    assert _names(screen.list.model) == ["Ana Lima"]
    assert len(interactions.of_contact(context.store, keep.id)) == 1


def test_tag_rhythms_are_edited(screen, context):
    contacts.create(context.store, display_name="Ana", tags=["mentor"])
    deliver_notices()
    dialog = screen.edit_cadences()
    dialog.spins["mentor"].setValue(30)
    assert dialog.submit()
    deliver_notices()
    assert [(r.tag, r.days) for r in keep_in_touch.tag_cadences(context.store)] == [("mentor", 30)]
    assert screen.list.model.row_at(0).cadence_days == 30


def test_export_all_runs_in_the_background(screen, context, qtbot, tmp_path):
    contacts.create(context.store, display_name="Zoë 🚀 Ng")
    task = screen.export_vcards(str(tmp_path / "all.vcf"))
    qtbot.waitUntil(lambda: "Exported 1 contact to" in screen.subtitle_label.text(), timeout=10_000)
    assert task is not None and "FN:Zoë 🚀 Ng" in (tmp_path / "all.vcf").read_text("utf-8")


def test_a_new_contact_opens_its_page(screen, context, qtbot):
    assert screen.pages.currentWidget() is screen.empty
    dialog = screen.new_contact()
    qtbot.keyClicks(dialog.name_edit, "Ana Lima")
    qtbot.keyClicks(dialog.email_edit, "ana@")
    assert not dialog.submit() and "emails:" in dialog.error_label.text()
    dialog.email_edit.setText("ana@example.org")
    assert dialog.submit()
    deliver_notices()
    assert screen.stack.currentWidget() is screen.page
    assert screen.page.name_label.text() == "Ana Lima"


def test_a_link_opens_its_record_and_is_removed(window, screen, context, monkeypatch):
    app = applications.create(context.store, organization="Acme", role="Data intern")
    c = contacts.create(context.store, display_name="Ana")
    deliver_notices()
    contact_links.link(context.store, c.id, "referrer", application_id=app.id)
    window.show_screen("contacts", c.id)
    opened = []
    screen.page.navigate.connect(lambda key, record: opened.append((key, record)))
    screen.page.links.open_link()
    assert opened == [("applications", app.id)]
    assert window.current_screen_key() == "applications"
    window.show_screen("contacts", c.id)
    monkeypatch.setattr(screen.page, "confirm", lambda *a: True)
    screen.page.links._confirm = screen.page.confirm
    screen.page.links.remove_link()
    deliver_notices()
    assert contact_links.records_of(context.store, c.id) == []
    assert screen.page.links.links_empty.isVisibleTo(screen.page)
