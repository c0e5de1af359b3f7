"""Interview stories in the application detail: shown for an application in an interviewing
stage, strongest first, copied for rehearsal; hidden otherwise."""

import pytest
from PySide6.QtGui import QGuiApplication

from internapp.core.services import applications, skills
from internapp.ui.layout_check import check

pytestmark = pytest.mark.window_size(1400, 900)


def _application(store, stage):
    app = applications.create(store, organization="Globex", role="Analyst", stage=stage)
    skills.set_application_skills(store, app.id, ["Mathematics", "Active Listening", "Service Orientation"])
    return app.id


def test_an_interviewing_application_shows_its_stories(window, career_store, qtbot):
    store, _ids = career_store
    app = _application(store, "Interviewing")
    window.show_screen("applications", app)
    detail = window.screen("applications").detail
    section = detail.interview_stories
    assert detail.stories_group.isVisible()
    texts = [label.text() for label in section.labels]
    assert len(texts) == 3 and "<b>Automating the weekly report</b>" in texts[0]
    assert "shows Mathematics" in texts[0] and "<b>Situation:</b>" in texts[0]
    assert section.unmatched.text() == "Nothing shows Service Orientation yet."
    copied = section.copy()
    assert QGuiApplication.clipboard().text() == copied
    assert copied.splitlines()[0] == "Automating the weekly report (Survey dashboard; Mathematics)"
    qtbot.waitExposed(window)
    # once the labels' heights have been laid out (layout requests are queued)
    qtbot.waitUntil(lambda: check(detail, "application detail with interview stories") == [])


def test_other_stages_hide_the_section(window, career_store):
    store, _ids = career_store
    app = _application(store, "Applied")
    window.show_screen("applications", app)
    detail = window.screen("applications").detail
    assert not detail.stories_group.isVisible()



def test_a_refill_hides_the_stories_it_replaces_at_once(window, career_store, qtbot):
    store, _ids = career_store
    app = _application(store, "Interviewing")
    window.show_screen("applications", app)
    section = window.screen("applications").detail.interview_stories
    before = list(section.labels)
    section.set_application(app)  # as a change notice's refresh does
    # the old labels are deleted later, when the event loop comes round: until then they were
    # drawn over the new ones
    assert before and not any(label.isVisible() for label in before)
    assert len(section.labels) == 3  # shown on the next turn, as a layout shows what it adds
    qtbot.waitUntil(lambda: all(label.isVisible() for label in section.labels))
