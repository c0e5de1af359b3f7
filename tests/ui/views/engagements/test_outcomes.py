"""Outcomes and résumé lines in the engagement detail, driven with qtbot on a real store, and
the pane's layout at 900×600."""

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from internapp.core.services import outcomes, resume_lines
from internapp.ui.layout_check import check

pytestmark = pytest.mark.window_size(1400, 900)


@pytest.fixture
def detail(window, career_store):
    _store, ids = career_store
    window.show_screen("engagements", ids["Survey dashboard"])
    return window.screen("engagements").detail, ids["Survey dashboard"]


def test_add_a_deliverable_result_and_story_through_the_dialogs(detail, context):
    pane, engagement = detail
    section = pane.outcomes
    dialog = section.edit_deliverable()
    dialog.title_edit.setText("Data model notes")
    dialog.url_edit.setText("example.org/notes")
    assert dialog.submit()
    assert [d.title for d in outcomes.outcomes(context.store, engagement).deliverables] == [
        "Dashboard in Power BI", "Data model notes"]
    assert section.deliverables.list.count() == 2
    notes = section.deliverables.list.item(1)  # the site it is on, the whole address on hover
    assert (notes.text(), notes.toolTip()) == ("Data model notes  ·  example.org",
                                               "https://example.org/notes")

    dialog = section.edit_result()
    dialog.text_edit.setPlainText("Team adopted the dashboard")
    dialog.figure_edit.setText("all of them")
    assert not dialog.submit()  # refused, the dialog stays open naming the field
    assert dialog.error_label.text().startswith("figure: must hold a number")
    dialog.figure_edit.setText("12 people")
    assert dialog.submit()
    assert section.results.list.item(1).text() == "Team adopted the dashboard (12 people)"

    dialog = section.edit_story()
    dialog.title_edit.setText("Explaining the numbers")
    dialog.parts["action"].setPlainText("Walked the team through the model")
    for index in range(dialog.skills_list.count()):
        if dialog.skills_list.item(index).text() == "Programming":
            dialog.skills_list.item(index).setCheckState(dialog.skills_list.item(index)
                                                         .checkState().Checked)
    assert dialog.submit()
    story = outcomes.outcomes(context.store, engagement).stories[-1]
    assert (story.title, story.skills) == ("Explaining the numbers", ["Programming"])


def test_reorder_and_remove(detail, context):
    pane, engagement = detail
    outcomes.add_result(context.store, engagement, "Second result")
    pane.outcomes.reload()
    results = pane.outcomes.results
    results.select(1)
    results.move_current(-1)
    assert [r.text for r in outcomes.outcomes(context.store, engagement).results] == [
        "Second result", "Cut the weekly report from 3 hours to 20 minutes"]
    pane.outcomes.remove(outcomes.delete_result, results.items()[0], confirm_first=False)
    assert [r.text for r in outcomes.outcomes(context.store, engagement).results] == [
        "Cut the weekly report from 3 hours to 20 minutes"]


def test_keep_edit_copy_and_add_resume_lines(detail, context, qtbot):
    pane, engagement = detail
    section = pane.resume_lines
    assert section.kept.list.count() == 0 and section.suggested.count() == 4
    section.suggested.setCurrentRow(1)  # the skills line
    section.keep_current()
    assert [line.key for line in resume_lines.lines(context.store, engagement).kept] == ["skills"]
    assert section.suggested.count() == 3
    item = section.kept.list.item(0)
    item.setText("Modelled the survey data (Mathematics, 10 h)")  # as an edit in place does
    assert resume_lines.lines(context.store, engagement).kept[0].text == \
        "Modelled the survey data (Mathematics, 10 h)"
    section.own_edit.setText("Presented it to the board")
    section.add_own()
    section.keep_all()
    kept = resume_lines.lines(context.store, engagement).kept
    assert len(kept) == 5 and section.suggested.count() == 0
    text = section.copy()
    assert QGuiApplication.clipboard().text() == text
    assert text.splitlines()[1] == "• Presented it to the board"
    qtbot.waitUntil(lambda: "Copied 5 lines" in pane.message_label.text())
    section.own_edit.setText("   ")
    section.add_own()
    assert pane.message_label.text() == "text: must not be empty"


@pytest.mark.window_size(900, 600)
def test_the_detail_with_outcomes_passes_the_layout_check_at_900x600(detail, window, qtbot):
    pane, _engagement = detail
    qtbot.waitExposed(window)
    assert check(pane, "engagement detail") == []
    for section in (pane.outcomes, pane.resume_lines):
        scroll = section.parentWidget()
        while scroll is not None and scroll.metaObject().className() != "QScrollArea":
            scroll = scroll.parentWidget()
        scroll.ensureWidgetVisible(section)
        assert check(pane, "engagement detail, scrolled") == []


def test_the_story_dialog_passes_the_layout_check(detail, qtbot):
    pane, _engagement = detail
    dialog = pane.outcomes.edit_story(pane.outcomes.stories.items()[0])
    qtbot.waitExposed(dialog)
    assert check(dialog, "story dialog") == []
    assert isinstance(dialog, QWidget)
    # each part is as tall as its text under the theme's padding: three wrapped lines used to
    # sit in a fixed box that scrolled
    action = dialog.parts["action"]
    action.setPlainText("Tagged 240 posts by format and topic in a spreadsheet, compared their "
                        "engagement and wrote up the three formats that stood out. " * 2)
    qtbot.waitUntil(lambda: action.lines_shown() >= 3)
    assert [part.verticalScrollBar().maximum() for part in dialog.parts.values()] == [0] * 4


@pytest.mark.window_size(900, 600)
def test_at_900x600_only_the_detail_scrolls_not_the_screen_around_it(detail, window, qtbot):
    pane, _engagement = detail
    screen = window.screen("engagements")
    qtbot.waitUntil(lambda: pane.isVisible())
    # the pane's sections scroll inside it; the screen has no second scroll bar and the pane
    # reaches the bottom of the window's page
    assert screen.body_scroll.verticalScrollBar().maximum() == 0
    page_bottom = screen.body_scroll.viewport().mapToGlobal(
        screen.body_scroll.viewport().rect().bottomLeft()).y()
    pane_bottom = pane.mapToGlobal(pane.rect().bottomLeft()).y()
    assert 0 <= page_bottom - pane_bottom < 40


@pytest.mark.window_size(1920, 1080)
def test_on_a_wide_window_the_detail_opens_a_third_wide(detail, window, qtbot):
    pane, _engagement = detail
    splitter = window.screen("engagements").splitter
    qtbot.waitUntil(lambda: pane.isVisible())
    assert pane.width() >= splitter.width() // 3 - splitter.handleWidth() > 470
