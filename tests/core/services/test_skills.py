import pytest

from internapp.core.services import engagements, skills, time_entries
from internapp.core.services.errors import NotFoundError, ValidationError


def test_weighted_hours_per_skill(store):
    e = engagements.create(store, title="Dashboard")
    time_entries.add(store, e.id, start="2026-03-01T09:00+00:00", end="2026-03-01T13:00+00:00")
    skills.create(store, "Power BI", category="Tools")
    skills.set_engagement_skill(store, e.id, "power bi", 1.0)
    skills.set_engagement_skill(store, e.id, "Writing", 0.25)
    hours = {s.name: s.hours for s in skills.hours_by_skill(store) if s.engagements}
    assert hours == {"Power BI": 4.0, "Writing": 1.0}


def test_the_catalogue_and_duplicates(store):
    names = {s.name for s in skills.list_skills(store)}
    assert {"Critical Thinking", "Programming", "Management of Personnel Resources"} <= names
    with pytest.raises(ValidationError, match="exists"):
        skills.create(store, "critical  thinking")


def test_unknown_skill_and_bad_weight(store):
    e = engagements.create(store, title="X")
    with pytest.raises(NotFoundError):
        skills.set_engagement_skill(store, e.id, "Juggling")
    with pytest.raises(ValidationError, match="weight"):
        skills.set_engagement_skill(store, e.id, "Writing", 2)


def test_application_and_engagement_skill_lists(store):
    from internapp.core.services import applications

    app = applications.create(store, organization="Acme", role="Analyst")
    skills.set_application_skills(store, app.id, ["Writing", "programming"])
    assert skills.application_skills(store, app.id) == ["Programming", "Writing"]
    skills.set_application_skills(store, app.id, ["Writing"])
    assert skills.application_skills(store, app.id) == ["Writing"]
    with pytest.raises(NotFoundError):
        skills.set_application_skills(store, app.id, ["Astrology"])
    assert skills.application_skills(store, app.id) == ["Writing"]
    e = engagements.create(store, title="X")
    skills.set_engagement_skill(store, e.id, "Writing", 0.5)
    skills.set_engagement_skill(store, e.id, "Programming", 1)
    assert skills.engagement_skills(store, e.id) == [("Programming", 1.0), ("Writing", 0.5)]
