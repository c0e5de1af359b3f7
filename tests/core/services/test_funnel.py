from datetime import UTC, date, datetime

import pytest

from internapp.core.services import applications, funnel, stages
from internapp.core.services.errors import ValidationError


def _at(day: int) -> datetime:
    return datetime(2026, 3, day, 12, tzinfo=UTC)


def _app(store, org, source, path, day=2):
    app = applications.create(store, organization=org, role="R", source=source, at=_at(day))
    for step, (stage, reason) in enumerate(path, start=1):
        applications.move(store, app.id, stage, reason=reason, at=_at(day + step))
    return app


@pytest.fixture
def pipeline(store):
    _app(store, "A", "Upwork", [("Applied", None), ("Interviewing", None), ("Offer", None),
                                ("Accepted", None)])
    _app(store, "B", "Upwork", [("Applied", None), ("Interviewing", None),
                                ("Rejected", "filled")])
    _app(store, "C", "Upwork", [("Applied", None), ("Ghosted", "silence")])
    _app(store, "D", "LinkedIn", [("Interviewing", None)])  # skipped Applied: passed it
    _app(store, "E", None, [])
    _app(store, "F", "LinkedIn", [("Applied", None)], day=20)
    return store


def test_counts_and_conversion_between_stages(pipeline):
    result = funnel.funnel(pipeline, zone=UTC)
    overall = result.overall
    assert overall.total == 6
    assert [(s.stage, s.reached) for s in overall.steps] == [
        ("Saved", 6), ("Applied", 5), ("Interviewing", 3), ("Offer", 1), ("Accepted", 1)]
    assert overall.step("Saved").conversion is None
    assert overall.step("Applied").conversion == pytest.approx(5 / 6)
    assert overall.step("Interviewing").conversion == pytest.approx(3 / 5)
    assert overall.step("Offer").conversion == pytest.approx(1 / 3)
    assert overall.step("Accepted").conversion == 1.0
    assert overall.step("Offer").share == pytest.approx(1 / 6)
    assert overall.closed == {"Rejected": 1, "Ghosted": 1}


def test_by_source_biggest_first(pipeline):
    slices = {s.source: s for s in funnel.funnel(pipeline, zone=UTC).by_source}
    assert list(slices) == ["Upwork", "LinkedIn", funnel.NO_SOURCE]
    upwork = slices["Upwork"]
    assert [s.reached for s in upwork.steps] == [3, 3, 2, 1, 1]
    assert upwork.step("Interviewing").conversion == pytest.approx(2 / 3)
    assert [s.reached for s in slices["LinkedIn"].steps] == [2, 2, 1, 0, 0]
    assert slices["LinkedIn"].step("Offer").conversion == 0.0
    assert slices["LinkedIn"].step("Accepted").conversion is None  # nothing reached Offer


def test_period_picks_applications_by_the_day_they_started(pipeline):
    march_early = funnel.funnel(pipeline, date(2026, 3, 1), date(2026, 3, 10), zone=UTC)
    assert march_early.overall.total == 5
    late = funnel.funnel(pipeline, "2026-03-15", None, zone=UTC)
    assert late.overall.total == 1 and late.by_source[0].source == "LinkedIn"
    assert funnel.funnel(pipeline, date(2027, 1, 1), zone=UTC).overall.steps[0].reached == 0


def test_user_stages_join_the_pipeline_in_their_position(store):
    added = stages.create(store, "Take-home")
    order = [s.id for s in stages.list_stages(store)]
    order.remove(added.id)
    order.insert(2, added.id)
    stages.reorder(store, order)
    _app(store, "A", "X", [("Applied", None), ("Take-home", None)])
    steps = funnel.funnel(store, zone=UTC).overall.steps
    assert [(s.stage, s.reached) for s in steps][:4] == [
        ("Saved", 1), ("Applied", 1), ("Take-home", 1), ("Interviewing", 0)]


def test_a_period_that_ends_before_it_starts(store):
    with pytest.raises(ValidationError) as error:
        funnel.funnel(store, "2026-03-10", "2026-03-01")
    assert error.value.field == "end"
