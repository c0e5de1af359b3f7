"""Interview stories: the stories and lines that show an application's skills, strongest first."""

from internapp.core.services import applications, interview_prep, outcomes, skills


def _application(store, role, stage, skill_names):
    app = applications.create(store, organization="Globex", role=role, stage=stage)
    skills.set_application_skills(store, app.id, skill_names)
    return app.id


def test_stories_and_lines_matching_the_skills_strongest_first(career_store):
    store, _ids = career_store
    app = _application(store, "Analyst", "Interviewing", ["Mathematics", "Active Listening"])
    prep = interview_prep.prep(store, app)
    assert prep.interviewing and prep.asked == ["Active Listening", "Mathematics"]
    found = [(item.kind, item.engagement, item.matched) for item in prep.items]
    assert found == [
        ("story", "Survey dashboard", ("Mathematics",)),
        ("line", "Survey dashboard", ("Mathematics",)),
        ("line", "Interview synthesis", ("Active Listening",)),
    ]
    assert prep.items[0].strength > prep.items[2].strength  # 10 h of Mathematics against 6 h
    assert prep.items[0].story.title == "Automating the weekly report"
    assert prep.unmatched == []


def test_a_story_text_naming_a_skill_matches_it(career_store):
    store, _ids = career_store
    app = _application(store, "Developer", "Applied", ["Programming"])
    prep = interview_prep.prep(store, app)
    assert not prep.interviewing
    story = [i for i in prep.items if i.kind == "story"]
    assert [s.matched for s in story] == [("Programming",)]  # "… in Programming terms …"


def test_nothing_matches_without_the_skills(career_store):
    store, _ids = career_store
    app = _application(store, "Nurse", "Interviewing", ["Service Orientation"])
    prep = interview_prep.prep(store, app)
    assert prep.items == [] and prep.unmatched == ["Service Orientation"]
    bare = applications.create(store, organization="Globex", role="Anything").id
    assert interview_prep.prep(store, bare).items == []


def test_missing_lines_are_never_offered(career_store):
    store, ids = career_store
    outcomes.add_story(store, ids["Empty engagement"], title="Writing under pressure",
                       action="Wrote fast", skills=["Writing"])
    app = _application(store, "Writer", "Interviewing", ["Writing"])
    prep = interview_prep.prep(store, app)
    assert all(not item.text.startswith("[") for item in prep.items)
    assert ("story", "Writing under pressure") in [(i.kind, i.text) for i in prep.items]
