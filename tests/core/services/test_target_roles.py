from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from internapp.core.services import applications, engagements, skills, target_roles, time_entries
from internapp.core.services.errors import ValidationError
from internapp.core.services.target_roles import Axis, rank_gaps

UTC = ZoneInfo("UTC")
BUILT_IN = ["Data analyst", "Marketing associate", "Project coordinator", "Software developer",
            "UX researcher"]


def test_five_roles_are_built_in_with_onet_skills(store):
    roles = target_roles.list_roles(store)
    assert [r.name for r in roles] == BUILT_IN
    assert all(r.builtin and len(r.skills) >= 6 for r in roles)
    catalogue = {s.name for s in skills.list_skills(store) if s.builtin}
    assert all(set(r.skills) <= catalogue for r in roles)
    assert all(0 < level <= 5 for r in roles for level in r.skills.values())


def test_user_roles_are_saved_replaced_and_deleted(store):
    skills.create(store, "SQL", category="Tools")
    role = target_roles.save_role(store, "BI developer", {"SQL": 4, "Mathematics": 3,
                                                          "Writing": 2.5})
    assert not role.builtin and role.skills == {"SQL": 4, "Mathematics": 3, "Writing": 2.5}
    target_roles.save_role(store, "BI engineer", {"SQL": 5, "Programming": 3, "Writing": 2},
                           replace="bi developer")
    assert target_roles.get_role(store, "BI ENGINEER").skills == {"SQL": 5, "Programming": 3,
                                                                  "Writing": 2}
    assert [r.name for r in target_roles.list_roles(store)] == [*BUILT_IN, "BI engineer"]
    target_roles.delete_role(store, "BI engineer")
    assert [r.name for r in target_roles.list_roles(store)] == BUILT_IN


@pytest.mark.parametrize(("name", "levels", "message"), [
    ("", {"Writing": 1, "Speaking": 1, "Science": 1}, "name: is required|name: must not be empty"),
    ("X", {"Writing": 1, "Speaking": 1}, "skills: a role needs at least 3"),
    ("X", {"Writing": 1, "Speaking": 1, "Science": 7}, "level of Science: must be at most 5"),
    ("X", {"Writing": 1, "Speaking": 1, "Astrology": 2}, "skills: no skill matches 'Astrology'"),
    ("data analyst", {"Writing": 1, "Speaking": 1, "Science": 1}, "name: a target role called"),
])
def test_bad_roles_are_refused(store, name, levels, message):
    with pytest.raises(ValidationError, match=message):
        target_roles.save_role(store, name, levels)
    assert len(target_roles.list_roles(store)) == 5


def test_built_in_roles_cannot_be_changed(store):
    with pytest.raises(ValidationError, match="built in"):
        target_roles.delete_role(store, "Data analyst")
    with pytest.raises(ValidationError, match="built in"):
        target_roles.save_role(store, "Data analyst", {"Writing": 1, "Speaking": 1, "Science": 1},
                               replace="Data analyst")


def test_unknown_role_names_the_known_ones(store):
    with pytest.raises(ValidationError, match=r"target: no target role is called 'Astronaut'.*Data"):
        target_roles.radar(store, "Astronaut")


def test_gaps_are_ranked_largest_first():
    axes = [Axis("A", 1, 3, 2), Axis("B", 4, 3, 0), Axis("C", 0, 4, 4), Axis("D", 0, 2, 2),
            Axis("E", 2, 4, 2)]
    assert [a.skill for a in rank_gaps(axes)] == ["C", "E", "A", "D"]


def _practise(store, hours, weights):
    e = engagements.create(store, title=f"E{hours}")
    time_entries.add(store, e.id, start=datetime(2026, 3, 2, 8, tzinfo=UTC),
                     end=datetime(2026, 3, 2, 8 + hours, tzinfo=UTC))
    for name, weight in weights.items():
        skills.set_engagement_skill(store, e.id, name, weight)


def test_radar_compares_levels_with_the_target_and_finds_openings(store):
    _practise(store, 10, {"Writing": 1.0, "Time Management": 0.5})
    skills.set_self_rating(store, "Persuasion", 4.5)
    radar = target_roles.radar(store, "Marketing associate")
    by_skill = {a.skill: a for a in radar.axes}
    assert list(by_skill) == list(target_roles.get_role(store, "Marketing associate").skills)
    assert by_skill["Persuasion"].gap == 0 and by_skill["Persuasion"].current == 4.5
    assert 0 < by_skill["Writing"].current < by_skill["Writing"].target
    assert by_skill["Writing"].gap == pytest.approx(4 - by_skill["Writing"].current, abs=0.01)
    gaps = [a.skill for a in radar.gaps]
    assert gaps[:2] == ["Social Perceptiveness", "Speaking"]  # 3.5 to go, never practised
    assert "Persuasion" not in gaps
    assert radar.reached == 1

    # open applications listing the top gaps; closed and accepted ones never count
    wanted = applications.create(store, organization="Acme", role="Community intern",
                                 deadline="2026-12-01")
    skills.set_application_skills(store, wanted.id, ["Social Perceptiveness", "Speaking"])
    later = applications.create(store, organization="Beta", role="Events helper", stage="Applied",
                                deadline="2026-12-20")
    skills.set_application_skills(store, later.id, ["Speaking"])
    closed = applications.create(store, organization="Gamma", role="Closed one")
    skills.set_application_skills(store, closed.id, ["Speaking", "Social Perceptiveness"])
    applications.move(store, closed.id, "Rejected")
    accepted = applications.create(store, organization="Delta", role="Taken", stage="Accepted")
    skills.set_application_skills(store, accepted.id, ["Speaking"])

    radar = target_roles.radar(store, "marketing associate")
    top = [g.skill for g in radar.gaps[:3]]
    assert top[:2] == ["Social Perceptiveness", "Speaking"]
    assert set(radar.openings) == set(top)
    assert [o.role for o in radar.openings["Speaking"]] == ["Community intern", "Events helper"]
    assert radar.openings["Social Perceptiveness"][0].closes == ["Social Perceptiveness",
                                                                 "Speaking"]
    assert radar.openings["Social Perceptiveness"][0].stage == "Saved"
    assert radar.openings[top[2]] == []


def test_built_in_roles_have_stable_ids_and_survive_clearing_the_demo(store):
    import uuid

    from internapp.core import demo

    namespace = uuid.UUID("5b0f1f0e-7d4e-4b8a-9f3a-3c6f0e1d2a10")  # migrations' seed namespace
    role = target_roles.get_role(store, "Data analyst")
    assert role.id == uuid.uuid5(namespace, "target_role:Data analyst")
    demo.fill(store)
    target_roles.save_role(store, "Mine", {"Writing": 1, "Speaking": 1, "Science": 1})
    demo.clear(store)
    assert [r.name for r in target_roles.list_roles(store)] == BUILT_IN
    assert target_roles.get_role(store, "Data analyst").skills == role.skills
