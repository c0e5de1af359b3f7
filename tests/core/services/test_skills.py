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


@pytest.mark.parametrize(("a", "b", "near"), [
    ("python3", "Python", True), ("Python 3.11", "python", True), ("Power-BI", "Power BI", True),
    ("node.js", "NodeJS", True), ("Excel 2016", "Excel", True), ("Angular v17", "angular", True),
    ("Programing", "Programming", True), ("C++", "C", False), ("C#", "C++", False),
    ("S3", "S", False), ("SQL", "MySQL", False), ("Writing", "Whiting", False),
])
def test_near_duplicate_names(a, b, near):
    assert skills.is_near(a, b) is near


def test_a_new_name_close_to_existing_skills_is_found(store):
    skills.create(store, "Python", category="Tools")
    assert [s.name for s in skills.near_duplicates(store, "python3")] == ["Python"]
    assert [s.name for s in skills.near_duplicates(store, "critical-thinking")] == [
        "Critical Thinking"]
    assert skills.near_duplicates(store, "Kotlin") == []


def test_merge_moves_every_link_and_keeps_the_higher_values(store):
    from internapp.core.services import applications, target_roles

    skills.create(store, "Python", category="Tools")
    skills.create(store, "python3")
    skills.set_self_rating(store, "python3", 3)
    both = engagements.create(store, title="Both")
    skills.set_engagement_skill(store, both.id, "Python", 0.4)
    skills.set_engagement_skill(store, both.id, "python3", 0.9)
    only = engagements.create(store, title="Only the duplicate")
    skills.set_engagement_skill(store, only.id, "python3", 0.5)
    app = applications.create(store, organization="Acme", role="Dev")
    skills.set_application_skills(store, app.id, ["python3", "Python"])
    target_roles.save_role(store, "Py dev", {"python3": 4, "Programming": 3, "Writing": 2})
    assert [(p.keep, p.merge) for p in skills.duplicate_pairs(store)] == [("Python", "python3")]

    result = skills.merge(store, "python3", "Python")
    assert (result.kept, result.removed) == ("Python", "python3")
    assert (result.engagements, result.applications, result.target_roles) == (2, 1, 1)
    assert skills.engagement_skills(store, both.id) == [("Python", 0.9)]
    assert skills.engagement_skills(store, only.id) == [("Python", 0.5)]
    assert skills.application_skills(store, app.id) == ["Python"]
    assert target_roles.get_role(store, "Py dev").skills["Python"] == 4
    assert "python3" not in {s.name for s in skills.list_skills(store)}
    assert next(s for s in skills.list_skills(store) if s.name == "Python").self_rating == 3
    assert skills.duplicate_pairs(store) == []


def test_merge_refuses_to_remove_a_built_in_skill_or_merge_into_itself(store):
    skills.create(store, "writting")
    with pytest.raises(ValidationError, match="source: 'Writing' is in the built-in catalogue"):
        skills.merge(store, "Writing", "writting")
    with pytest.raises(ValidationError, match="into: is the same skill"):
        skills.merge(store, "writting", "WRITTING")
    with pytest.raises(NotFoundError, match="into"):
        skills.merge(store, "writting", "Nope")
    assert {"Writing", "writting"} <= {s.name for s in skills.list_skills(store)}


def test_practice_by_engagement_and_removing_a_skill(store):
    e = engagements.create(store, title="Dashboard", start_on="2026-03-01")
    time_entries.add(store, e.id, start="2026-03-01T09:00+00:00", end="2026-03-01T11:30+00:00")
    skills.set_engagement_skill(store, e.id, "Writing", 0.5)
    skills.set_engagement_skill(store, e.id, "Mathematics", 1)
    [row] = skills.practice_by_engagement(store)
    assert (row.title, row.hours, row.skills) == ("Dashboard", 2.5,
                                                  [("Mathematics", 1.0), ("Writing", 0.5)])
    skills.remove_engagement_skill(store, e.id, "writing")
    assert skills.engagement_skills(store, e.id) == [("Mathematics", 1.0)]
    with pytest.raises(NotFoundError):
        skills.remove_engagement_skill(store, e.id, "Writing")
