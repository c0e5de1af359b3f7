"""The portfolio: every finished engagement by default, ordered by a target role's skills when
one is given, and nothing about a supervisor who did not agree to be a reference."""

import pytest

from internapp.core.services import portfolio, resume_lines
from internapp.core.services.errors import ValidationError


def _titles(built):
    return [item.facts.title for item in built.engagements]


def test_default_is_every_finished_engagement_latest_first(career_store):
    store, _ids = career_store
    built = portfolio.build(store)
    assert _titles(built) == ["Empty engagement", "Interview synthesis", "Survey dashboard"]
    assert built.radar is None and built.target is None
    assert built.total_seconds == 16 * 3600
    # levels from all the hours logged (Writing also on the ongoing engagement), highest first
    assert [s.name for s in built.skills] == ["Mathematics", "Writing", "Active Listening",
                                              "Programming"]


def test_a_target_role_reorders_engagements_and_lines(career_store):
    store, _ids = career_store
    analyst = portfolio.build(store, target="data analyst")
    assert _titles(analyst) == ["Survey dashboard", "Interview synthesis", "Empty engagement"]
    assert analyst.engagements[0].evidenced == ["Mathematics", "Programming"]
    assert analyst.engagements[0].lines[0].text.startswith("Practised Mathematics")
    assert analyst.radar.target == "Data analyst"
    # the role's skills first (highest target, then level), then the rest
    assert [s.name for s in analyst.skills] == ["Mathematics", "Writing", "Programming",
                                                "Active Listening"]
    ux = portfolio.build(store, target="UX researcher")
    # the two that show none of its skills keep the default order (the latest first)
    assert _titles(ux) == ["Interview synthesis", "Empty engagement", "Survey dashboard"]
    assert ux.engagements[0].evidenced == ["Active Listening", "Writing"]


def test_kept_lines_keep_their_order_unless_a_target_ranks_them(career_store):
    store, ids = career_store
    survey = ids["Survey dashboard"]
    resume_lines.add_own(store, survey, "Presented it to the board")
    resume_lines.keep(store, survey, "skills")
    plain = portfolio.build(store, [survey])
    assert [line.text for line in plain.engagements[0].lines] == [
        "Presented it to the board", "Practised Mathematics (10 h) and Programming (6 h)"]
    targeted = portfolio.build(store, [survey], "Data analyst")
    assert [line.text for line in targeted.engagements[0].lines] == [
        "Practised Mathematics (10 h) and Programming (6 h)", "Presented it to the board"]


def test_references_only_where_the_supervisor_agreed(career_store):
    store, _ids = career_store
    by_title = {item.facts.title: item for item in portfolio.build(store).engagements}
    reference = by_title["Survey dashboard"].reference
    assert (reference.name, reference.quote, reference.email) == (
        "Zoë Ångström", "Precise, reliable work.", None)
    assert by_title["Interview synthesis"].reference is None  # said no
    with_details = portfolio.build(store, contact_details=True)
    assert with_details.engagements[2].reference.email == "zoe@example.org"
    assert with_details.owner.phone == "+351 912 345 678"
    assert portfolio.build(store).owner.phone is None


def test_owner_comes_from_the_profile(career_store):
    store, _ids = career_store
    owner = portfolio.build(store).owner
    assert owner.name == "Chloé Haddad (كلوي حداد)"
    assert owner.links == (("LinkedIn", "https://www.linkedin.com/in/chloe"),
                           ("GitHub", "https://github.com/chloe"))
    assert owner.location == "Porto"


def test_chosen_engagements_and_an_unknown_role(career_store):
    store, ids = career_store
    built = portfolio.build(store, [ids["Ongoing work"]])
    assert _titles(built) == ["Ongoing work"]
    with pytest.raises(ValidationError, match="target: no target role is called 'Astronaut'"):
        portfolio.build(store, target="Astronaut")
