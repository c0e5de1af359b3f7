"""Outcomes on an engagement: deliverables (a link or an attached document), results with an
optional figure, STAR stories with skills; each list in the student's order."""

import pytest

from internapp.core.services import documents, engagements, outcomes
from internapp.core.services.errors import NotFoundError, ValidationError


@pytest.fixture
def engagement(store):
    return engagements.create(store, title="Survey dashboard", organization="Acme").id


def test_deliverables_take_a_link_or_an_attached_document(store, engagement, tmp_path):
    source = tmp_path / "report.pdf"
    source.write_bytes(b"%PDF-1.4 report")
    document = documents.attach(store, source, engagement_id=engagement)
    outcomes.add_deliverable(store, engagement, "Dashboard", url="example.org/dash")
    outcomes.add_deliverable(store, engagement, document_id=document.id)
    found = outcomes.outcomes(store, engagement).deliverables
    assert [(d.title, d.url, d.document_name) for d in found] == [
        ("Dashboard", "https://example.org/dash", None), ("report.pdf", None, "report.pdf")]


def test_a_deliverable_is_refused_with_the_field_named(store, engagement, tmp_path):
    other = engagements.create(store, title="Other").id
    source = tmp_path / "brief.txt"
    source.write_text("brief")
    foreign = documents.attach(store, source, engagement_id=other)
    cases = [({"title": ""}, "title"), ({"title": "X", "url": "not a url"}, "url"),
             ({"title": "X", "url": "https://a.org", "document_id": foreign.id}, "url"),
             ({"title": "X", "document_id": foreign.id}, "document_id")]
    for values, field in cases:
        with pytest.raises(ValidationError) as refused:
            outcomes.add_deliverable(store, engagement, **values)
        assert refused.value.field == field
    assert outcomes.outcomes(store, engagement).deliverables == []


def test_removing_the_document_keeps_the_deliverable_without_it(store, engagement, tmp_path):
    source = tmp_path / "deck.pdf"
    source.write_bytes(b"deck")
    document = documents.attach(store, source, engagement_id=engagement)
    outcomes.add_deliverable(store, engagement, "Deck", document_id=document.id)
    documents.remove(store, document.id)
    [kept] = outcomes.outcomes(store, engagement).deliverables
    assert (kept.title, kept.document_id) == ("Deck", None)


def test_results_need_text_and_a_figure_holds_a_number(store, engagement):
    outcomes.add_result(store, engagement, "Cut report time from 3 h to 20 min", "−89 %")
    with pytest.raises(ValidationError, match="figure: must hold a number"):
        outcomes.add_result(store, engagement, "Happier team", "lots")
    with pytest.raises(ValidationError, match="text: is required"):
        outcomes.add_result(store, engagement, "  ")
    [result] = outcomes.outcomes(store, engagement).results
    assert (result.text, result.figure) == ("Cut report time from 3 h to 20 min", "−89 %")
    outcomes.update_result(store, result.id, figure="")
    assert outcomes.outcomes(store, engagement).results[0].figure is None


def test_stories_keep_star_parts_and_known_skills(store, engagement):
    story = outcomes.add_story(store, engagement, title="Automating a report",
                               situation="Manual report", action="Wrote SQL",
                               skills=["Mathematics", "programming"])
    [found] = outcomes.outcomes(store, engagement).stories
    assert found.skills == ["Mathematics", "Programming"]
    assert found.star() == [("situation", "Manual report"), ("action", "Wrote SQL")]
    outcomes.update_story(store, story.id, skills=["Writing"], result="Minutes, not hours")
    [found] = outcomes.outcomes(store, engagement).stories
    assert (found.skills, found.result) == (["Writing"], "Minutes, not hours")
    with pytest.raises(NotFoundError, match="skills: no skill matches 'Juggling'"):
        outcomes.update_story(store, story.id, skills=["Juggling"])
    with pytest.raises(ValidationError, match="situation: write at least one"):
        outcomes.add_story(store, engagement, title="Empty")
    with pytest.raises(ValidationError, match="situation: write at least one"):
        outcomes.update_story(store, story.id, situation="", action="", result="")
    assert outcomes.outcomes(store, engagement).stories[0].skills == ["Writing"]


def test_reorder_puts_each_list_in_the_given_order(store, engagement):
    first = outcomes.add_result(store, engagement, "First").id
    second = outcomes.add_result(store, engagement, "Second").id
    outcomes.reorder(store, engagement, "results", [second, first])
    assert [r.text for r in outcomes.outcomes(store, engagement).results] == ["Second", "First"]
    with pytest.raises(ValidationError, match="every one once"):
        outcomes.reorder(store, engagement, "results", [second])
    with pytest.raises(ValidationError, match="kind"):
        outcomes.reorder(store, engagement, "medals", [])


def test_outcomes_go_with_their_engagement(store, engagement):
    outcomes.add_result(store, engagement, "Shipped")
    outcomes.add_story(store, engagement, title="S", task="T", skills=["Writing"])
    engagements.delete(store, engagement)
    with pytest.raises(NotFoundError):
        outcomes.outcomes(store, engagement)


@pytest.mark.parametrize(("text", "figure", "said"), [
    ("Cut the weekly report from 3 hours to 20 minutes", "−89 %",
     "Cut the weekly report from 3 hours to 20 minutes (−89 %)"),
    ("Found 38 accessibility barriers across 12 pages", "38 barriers",
     "Found 38 accessibility barriers across 12 pages"),  # the text says it already
    ("The council fixed all 9 blocking issues", "9 of 9", "The council fixed all 9 blocking issues"),
    ("Adopted two of the three formats", "2 of 3", "Adopted two of the three formats (2 of 3)"),
    ("Team adopted the dashboard", "all of them", "Team adopted the dashboard (all of them)"),
    ("Saved 2.5 hours a week", None, "Saved 2.5 hours a week"),
])
def test_a_figure_is_added_only_when_it_says_something_new(text, figure, said):
    from internapp.core.services.outcomes import with_figure

    assert with_figure(text, figure) == said
