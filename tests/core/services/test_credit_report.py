"""The credit report: week by week, with the notes, and totals equal to ``internapp report``."""

import json
from datetime import date

import pytest

from internapp.cli import run
from internapp.core.clock import local_zone
from internapp.core.services import credit_report, timer
from internapp.core.services.errors import NotFoundError, ValidationError


def _report_json(capsys, store, *period):
    code = run(["report", "--json", "--data-dir", str(store.path.parent), *period])
    assert code == 0
    return json.loads(capsys.readouterr().out)


def test_a_period_totals_what_internapp_report_says(career_store, capsys):
    store, _ids = career_store
    report = credit_report.for_period(store, date(2026, 3, 10), date(2026, 4, 20), local_zone())
    rows = _report_json(capsys, store, "--from", "2026-03-10", "--to", "2026-04-20")
    assert report.seconds == sum(row["seconds"] for row in rows) > 0
    assert {s.title: s.seconds for s in report.sections} == {
        row["engagement"]: row["seconds"] for row in rows}
    assert report.entries == sum(row["entries"] for row in rows)
    first_week = report.sections[0].weeks[0]
    assert first_week.first == date(2026, 3, 10)  # cut at the period's first day
    assert report.sections[-1].weeks[-1].last == date(2026, 4, 20)


def test_one_engagement_is_all_its_time_week_by_week(career_store, capsys):
    store, ids = career_store
    report = credit_report.for_engagement(store, ids["Survey dashboard"], local_zone())
    [section] = report.sections
    rows = _report_json(capsys, store)
    assert section.seconds == next(r["seconds"] for r in rows
                                   if r["engagement"] == "Survey dashboard") == 10 * 3600
    assert [w.key for w in section.weeks] == ["2026-W10", "2026-W11", "2026-W12", "2026-W13"]
    assert [w.seconds for w in section.weeks] == [9000] * 4  # five half hours a week
    assert section.weeks[0].notes == ["Session 0", "Session 1", "Session 2"]
    assert (section.supervisor, section.supervisor_title) == ("Zoë Ångström", "Analytics lead")
    assert (section.first_day, section.last_day) == (date(2026, 3, 2), date(2026, 3, 27))


def test_an_engagement_without_hours_still_reports(career_store):
    store, ids = career_store
    report = credit_report.for_engagement(store, ids["Empty engagement"], local_zone())
    assert report.seconds == 0 and report.sections[0].weeks == []


def test_a_running_timer_is_not_counted(career_store):
    store, ids = career_store
    timer.start(store, ids["Ongoing work"], at="2026-05-20T09:00")
    report = credit_report.for_engagement(store, ids["Ongoing work"], local_zone())
    assert report.seconds == 3 * 3600


def test_bad_requests_are_refused(career_store):
    import uuid

    store, _ids = career_store
    with pytest.raises(ValidationError, match="to: 2026-03-01 is before 2026-04-01"):
        credit_report.for_period(store, date(2026, 4, 1), date(2026, 3, 1), local_zone())
    with pytest.raises(NotFoundError):
        credit_report.for_engagement(store, uuid.uuid4(), local_zone())
    assert credit_report.for_period(store, date(2020, 1, 1), date(2020, 2, 1),
                                    local_zone()).sections == []
