"""A supervisor's contact page shows the engagements they supervised with the outcomes, their
feedback and whether they agreed to be a reference."""

import pytest

from internapp.core.services import contacts, engagements

pytestmark = pytest.mark.window_size(1400, 900)


def test_the_supervisor_page_shows_outcomes_and_the_reference(window, career_store):
    store, ids = career_store
    zoe = engagements.supervisor(store, ids["Survey dashboard"])[0]
    window.show_screen("contacts", zoe)
    box = window.screen("contacts").page.supervised
    assert box.isVisible()
    link, label = box.entries
    assert "Survey dashboard — Acme Analytics" in link.text()
    assert "Agreed to be a reference" in label.text()
    assert "“Precise, reliable work.”" in label.text()
    assert "Dashboard in Power BI" in label.text() and "(−89 %)" in label.text()
    opened = []
    window.screen("contacts").page.navigate.connect(lambda *a: opened.append(a))
    link.linkActivated.emit("open")  # as a click on the link does
    assert opened == [("engagements", ids["Survey dashboard"])]


def test_someone_who_supervised_nothing_has_no_box(window, career_store):
    store, _ids = career_store
    other = contacts.create(store, display_name="Nobody Special")
    window.show_screen("contacts", other.id)
    assert not window.screen("contacts").page.supervised.isVisible()


def test_showing_the_page_again_hides_the_entries_it_replaces(window, career_store, qtbot):
    store, ids = career_store
    zoe = engagements.supervisor(store, ids["Survey dashboard"])[0]
    window.show_screen("contacts", zoe)
    box = window.screen("contacts").page.supervised
    before = list(box.entries)
    box.show_contact(zoe)
    assert before and not any(widget.isVisible() for widget in before)
    qtbot.waitUntil(lambda: all(widget.isVisible() for widget in box.entries))
