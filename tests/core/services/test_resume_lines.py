"""Résumé lines: suggested from recorded facts only (missing ones said, never invented), kept,
edited, reordered, removed."""

from datetime import date

import pytest

from internapp.core.services import resume_lines
from internapp.core.services.errors import ValidationError


def _lines(store, ids, title):
    return resume_lines.lines(store, ids[title])


def test_suggestions_come_from_the_recorded_facts(career_store):
    store, ids = career_store
    suggested = [line.text for line in _lines(store, ids, "Survey dashboard").suggested]
    assert suggested == [
        "Completed a 10-hour project, “Survey dashboard”, for Acme Analytics through Riipen "
        "(Mar–Apr 2026)",
        "Practised Mathematics (10 h) and Programming (6 h)",
        "Delivered “Dashboard in Power BI” to Acme Analytics",
        "Cut the weekly report from 3 hours to 20 minutes (−89 %)",
    ]


def test_missing_facts_are_said_not_invented(career_store):
    store, ids = career_store
    empty = _lines(store, ids, "Empty engagement")
    assert [(line.text, line.missing) for line in empty.suggested] == [
        ("Completed the project “Empty engagement” [organization not recorded] through Riipen "
         "(May 2026) [no hours logged]", True),
        ("[No skills recorded: add the skills this engagement practised]", True),
        ("[No deliverables or results recorded: add what you handed over and what came of it]",
         True)]
    assert empty.shown == empty.suggested  # nothing kept: the suggestions are what is shown


def test_lines_name_the_skills_they_show(career_store):
    store, ids = career_store
    by_key = {line.key: line for line in _lines(store, ids, "Survey dashboard").suggested}
    assert by_key["skills"].skills == ("Mathematics", "Programming")
    assert by_key["summary"].skills == ()


def test_keep_edit_reorder_and_remove(career_store):
    store, ids = career_store
    survey = ids["Survey dashboard"]
    kept = resume_lines.keep(store, survey, "skills")
    own = resume_lines.add_own(store, survey, "Presented the dashboard to the board")
    lines = resume_lines.lines(store, survey)
    assert [line.text for line in lines.kept] == [
        "Practised Mathematics (10 h) and Programming (6 h)",
        "Presented the dashboard to the board"]
    assert "skills" not in [line.key for line in lines.suggested]
    assert lines.shown == lines.kept
    resume_lines.edit(store, kept.id, "Modelled the survey data (Mathematics, 10 h)")
    resume_lines.reorder(store, survey, [own.id, kept.id])
    lines = resume_lines.lines(store, survey)
    assert [line.text for line in lines.kept] == [
        "Presented the dashboard to the board", "Modelled the survey data (Mathematics, 10 h)"]
    assert lines.kept[1].skills == ("Mathematics",)
    assert "skills" not in [line.key for line in lines.suggested]  # edited, still kept
    resume_lines.remove(store, kept.id)
    assert "skills" in [line.key for line in resume_lines.lines(store, survey).suggested]


def test_bad_keeps_and_edits_are_refused(career_store):
    store, ids = career_store
    survey = ids["Survey dashboard"]
    resume_lines.keep(store, survey, "summary")
    with pytest.raises(ValidationError, match="suggestion"):
        resume_lines.keep(store, survey, "summary")
    with pytest.raises(ValidationError, match="suggestion"):
        resume_lines.keep(store, survey, "nonsense")
    with pytest.raises(ValidationError, match="text: must not be empty"):
        resume_lines.add_own(store, survey, "   ")
    with pytest.raises(ValidationError, match="text: is longer than 400"):
        resume_lines.add_own(store, survey, "x" * 401)


def test_clipboard_text_is_one_bullet_a_line(career_store):
    store, ids = career_store
    shown = _lines(store, ids, "Interview synthesis").shown
    text = resume_lines.clipboard_text(shown)
    assert text.splitlines()[0].startswith("• Completed a 6-hour project, “Interview synthesis”")
    assert len(text.splitlines()) == len(shown) and text.endswith("\n")


@pytest.mark.parametrize(("first", "last", "expected"), [
    (date(2026, 3, 2), date(2026, 3, 30), "Mar 2026"),
    (date(2026, 3, 2), date(2026, 4, 10), "Mar–Apr 2026"),
    (date(2025, 12, 1), date(2026, 1, 10), "Dec 2025–Jan 2026"),
    (date(2026, 3, 2), None, "Mar 2026"),
    (None, date(2026, 3, 2), None),
])
def test_span_phrase(first, last, expected):
    assert resume_lines.span_phrase(first, last) == expected


def test_rounded_hours_in_the_one_duration_format():
    assert [resume_lines.rounded_hours(h) for h in (0.5, 0.99, 4.25, 9.6, 127.4)] == [
        "30 min", "59 min", "4 h", "10 h", "127 h"]
