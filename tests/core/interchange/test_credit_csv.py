"""The credit report as CSV: a row per week, a total equal to the report's, safe cells."""

import csv

import pytest

from internapp.core.clock import local_zone
from internapp.core.interchange import credit_csv
from internapp.core.services import credit_report, time_entries


def test_rows_per_week_and_the_total(career_store, tmp_path):
    store, ids = career_store
    time_entries.add(store, ids["Survey dashboard"], start="2026-03-02T08:00", duration="20m",
                     note="=HYPERLINK(\"http://evil\")")
    report = credit_csv.export(
        credit_report.for_engagement(store, ids["Survey dashboard"], local_zone()),
        tmp_path / "credit.csv")
    with report.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == credit_csv.COLUMNS
    assert rows[1][:9] == ["Survey dashboard", "Acme Analytics", "Zoë Ångström", "2026-W10",
                           "2026-03-02", "2026-03-08", "2.83", "2 h 50 min", "6"]
    assert "'=HYPERLINK" in rows[1][9]  # made inert for spreadsheets
    assert rows[-1] == ["Total", "", "", "", "", "", "10.33", "10 h 20 min", "21", ""]


@pytest.mark.parametrize(("seconds", "text"), [(0, "0.00"), (17, "0.00"), (18, "0.01"),
                                               (5400, "1.50"), (36_000, "10.00")])
def test_decimal_hours_round_half_up(seconds, text):
    assert credit_csv.decimal_hours(seconds) == text
