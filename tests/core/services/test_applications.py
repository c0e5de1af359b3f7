from datetime import UTC, datetime

import pytest

from internapp.core.clock import local_zone
from internapp.core.services import applications, organizations
from internapp.core.services.errors import NotFoundError, ValidationError


def test_create_records_the_first_stage_and_creates_the_organization(store):
    app = applications.create(store, organization="Acme", role="Data intern", stage="applied",
                              deadline="2026-12-01", tags="data, remote")
    rows = applications.list_rows(store)
    assert [(r.organization, r.role, r.stage, r.tags) for r in rows] == [
        ("Acme", "Data intern", "Applied", ["data", "remote"])]
    assert [h.stage for h in applications.history(store, app.id)] == ["Applied"]
    assert applications.get(store, app.id).applied_on is not None
    assert [o.name for o in organizations.list_all(store)] == ["Acme"]


def test_default_stage_is_saved(store):
    applications.create(store, organization="Acme", role="Intern")
    assert applications.list_rows(store)[0].stage == "Saved"


def test_move_keeps_history_with_times_and_reason(store):
    app = applications.create(store, organization="Acme", role="Intern",
                              at=datetime(2026, 11, 18, 9, tzinfo=UTC))
    at = datetime(2026, 11, 20, 10, tzinfo=UTC)
    applications.move(store, app.id, "interviewing", at=at)
    applications.move(store, app.id, "Rejected", reason="Position filled")
    history = applications.history(store, app.id)
    assert [h.stage for h in history] == ["Saved", "Interviewing", "Rejected"]
    assert history[1].at == at
    assert history[2].note == "Position filled"
    assert applications.get(store, app.id).close_reason == "Position filled"


@pytest.mark.parametrize(("values", "field"), [
    ({"organization": "Acme", "role": "  "}, "role"),
    ({"organization": "", "role": "Intern"}, "organization"),
    ({"organization": "Acme", "role": "Intern", "stage": "Dreaming"}, "stage"),
    ({"organization": "Acme", "role": "Intern", "deadline": "soon"}, "deadline"),
    ({"organization": "Acme", "role": "Intern", "url": "not a url"}, "url"),
])
def test_bad_input_names_the_field_and_writes_nothing(store, values, field):
    with pytest.raises(ValidationError) as error:
        applications.create(store, **values)
    assert error.value.field == field
    assert applications.list_rows(store) == []
    assert organizations.list_all(store) == []


def test_a_duplicate_is_refused(store):
    applications.create(store, organization="Acme", role="Intern", url="https://acme.org/jobs/1")
    with pytest.raises(ValidationError, match="already exists"):
        applications.create(store, organization="ACME", role="intern",
                            url="https://acme.org/jobs/1")
    applications.create(store, organization="Acme", role="Intern", url="https://acme.org/jobs/2")
    assert len(applications.list_rows(store)) == 2


def test_moving_to_an_unknown_stage_or_unknown_application(store):
    app = applications.create(store, organization="Acme", role="Intern")
    with pytest.raises(ValidationError, match="is not a stage"):
        applications.move(store, app.id, "Nowhere")
    with pytest.raises(NotFoundError):
        applications.move(store, applications.get(store, app.id).organization_id, "Applied")
    assert len(applications.history(store, app.id)) == 1


def test_update_and_delete(store):
    app = applications.create(store, organization="Acme", role="Intern")
    applications.update(store, app.id, role="Analyst", organization="Beta Corp", pay="$20/h")
    row = applications.list_rows(store)[0]
    assert (row.organization, row.role, row.pay) == ("Beta Corp", "Analyst", "$20/h")
    with pytest.raises(TypeError, match="stage"):  # a stage change is a move: update has no stage
        applications.update(store, app.id, stage="Offer")  # type: ignore[call-arg]
    applications.delete(store, app.id)
    assert applications.list_rows(store) == []


def test_a_move_cannot_predate_the_previous_step(store):
    app = applications.create(store, organization="Acme", role="Intern",
                              at=datetime(2026, 11, 18, 9, tzinfo=UTC))
    with pytest.raises(ValidationError, match=r"at: .*before"):
        applications.move(store, app.id, "Applied", at=datetime(2026, 11, 17, tzinfo=UTC))
    assert [h.stage for h in applications.history(store, app.id)] == ["Saved"]


def test_no_reply_counts_days_from_the_applied_date(store):
    from datetime import date

    waiting = applications.create(store, organization="Acme", role="A", stage="Applied",
                                  applied_on="2026-11-01")
    applications.create(store, organization="Beta", role="B", stage="Applied",
                        applied_on="2026-11-20")
    answered = applications.create(store, organization="Gamma", role="C", stage="Applied",
                                   applied_on="2026-10-01")
    applications.move(store, answered.id, "Interviewing")
    [row] = applications.no_reply(store, days=14, today=date(2026, 11, 26))
    assert (row.application_id, row.days_waiting) == (waiting.id, 25)


def test_accepting_creates_the_engagement_prefilled_and_linked(store):
    from internapp.core.services import engagements, skills

    app = applications.create(store, organization="Acme", role="Dashboard sprint",
                              source="Parker Dewey", pay="$600 fixed", stage="Offer")
    skills.set_application_skills(store, app.id, ["Writing"])
    event = applications.move(store, app.id, "Accepted")
    [row] = engagements.list_rows(store)
    engagement = engagements.get(store, row.id)
    assert engagement.application_id == app.id
    assert (engagement.title, row.organization, engagement.platform) == (
        "Dashboard sprint", "Acme", "Parker Dewey")
    assert (engagement.fee_cents, engagement.currency, engagement.status) == (60000, "USD",
                                                                               "planned")
    assert engagement.start_on == event.at.astimezone(local_zone()).date()
    assert [name for name, _ in skills.engagement_skills(store, engagement.id)] == ["Writing"]
    assert applications.list_rows(store)[0].engagement_id == engagement.id
    # moving away and back does not make a second engagement
    applications.move(store, app.id, "Offer")
    applications.move(store, app.id, "Accepted")
    assert len(engagements.list_rows(store)) == 1


def test_accept_offer_action_moves_and_returns_the_engagement(store):
    from internapp.core.services import engagements

    app = applications.create(store, organization="Acme", role="Survey", pay="$25/h",
                              stage="Interviewing")
    engagement = applications.accept_offer(store, app.id)
    assert applications.list_rows(store)[0].stage == "Accepted"
    assert engagement.fee_cents is None  # hourly pay is not a fixed fee
    assert applications.accept_offer(store, app.id).id == engagement.id
    assert [h.stage for h in applications.history(store, app.id)] == ["Interviewing", "Accepted"]
    assert len(engagements.list_rows(store)) == 1


def test_moving_out_of_a_closed_stage_clears_the_close_reason(store):
    app = applications.create(store, organization="Acme", role="Intern")
    applications.move(store, app.id, "Ghosted", reason="No reply")
    applications.move(store, app.id, "Interviewing")
    assert applications.get(store, app.id).close_reason is None


def test_rows_carry_stage_order_and_days_without_reply(store):
    from datetime import date

    applications.create(store, organization="Acme", role="A", stage="Applied",
                        applied_on="2026-11-01")
    applications.create(store, organization="Beta", role="B")
    rows = applications.list_rows(store)
    assert [(r.stage, r.stage_position) for r in rows] == [("Saved", 0), ("Applied", 1)]
    assert rows[1].days_without_reply(date(2026, 11, 13)) == 12
    assert rows[0].days_without_reply(date(2026, 11, 13)) is None


def test_find_id_by_prefix_and_histories(store):
    first = applications.create(store, organization="Acme", role="A")
    applications.move(store, first.id, "Applied")
    assert applications.find_id(store, first.id.hex[:8]) == first.id
    assert applications.find_id(store, str(first.id)) == first.id
    with pytest.raises(ValidationError, match="too short"):
        applications.find_id(store, "ab")
    with pytest.raises(NotFoundError):
        applications.find_id(store, "ffffffff" if not first.id.hex.startswith("ffff") else "0000")
    assert [h.stage for h in applications.histories(store)[first.id]] == ["Saved", "Applied"]


def test_sources_most_used_first(store):
    for n, source in enumerate(["Upwork", "LinkedIn", "Upwork", None]):
        applications.create(store, organization="Acme", role=f"R{n}", source=source)
    assert applications.sources(store) == ["Upwork", "LinkedIn"]
