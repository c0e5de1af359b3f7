"""Income views: earned and received per currency (never summed across currencies), the
set-aside, effective rates, and the year-end summary equal to the payments in it."""

from datetime import date, datetime
from fractions import Fraction
from zoneinfo import ZoneInfo

import pytest

from internapp.core.services import engagements, income, money_settings, payments, time_entries
from internapp.core.services.errors import ValidationError

TODAY = date(2026, 12, 20)
ZONE = ZoneInfo("Europe/Berlin")


@pytest.fixture
def books(store):
    """Two USD engagements (fixed, hourly) for Acme and one EUR fixed fee through a platform."""
    dash = engagements.create(store, title="Dashboard", organization="Acme", fee="600",
                              hours_estimate=20, start_on="2026-09-01", ended_on="2026-10-15",
                              platform="Parker Dewey")
    time_entries.add(store, dash.id, start=datetime(2026, 9, 2, 9, tzinfo=ZONE), duration="24h")
    clean = engagements.create(store, title="Cleaning", organization="Acme", rate="30",
                               start_on="2026-10-01")
    time_entries.add(store, clean.id, start=datetime(2026, 10, 5, 9, tzinfo=ZONE),
                     duration="2h30m")
    time_entries.add(store, clean.id, start=datetime(2026, 11, 3, 9, tzinfo=ZONE), duration="1h")
    audit = engagements.create(store, title="Audit", organization="Lumen", fee="450",
                               currency="EUR", hours_estimate=10, start_on="2026-10-01",
                               ended_on="2026-11-10", platform="Upwork", withheld_percent="10")
    payments.add(store, dash.id, amount="300", received_on="2026-09-20", today=TODAY)
    payments.add(store, dash.id, amount="300", received_on="2026-10-25", today=TODAY)
    payments.add(store, clean.id, amount="75", received_on="2026-11-01", today=TODAY)
    payments.add(store, audit.id, amount="450", received_on="2026-11-20", payer="Upwork",
                 today=TODAY)
    money_settings.update(store, set_aside_percent="25")
    return store


def test_by_month_keeps_each_currency_apart(books):
    report = income.income(books, by="month", year=2026, zone=ZONE)
    rows = {(r.key, r.currency): r for r in report.rows}
    assert rows[("2026-10", "USD")].earned == 60000 + 7500  # fixed fee on delivery + 2.5 h × 30
    assert rows[("2026-11", "USD")].earned == 3000
    assert rows[("2026-11", "EUR")].earned == 45000
    assert rows[("2026-11", "EUR")].received == 45000 and rows[("2026-11", "EUR")].withheld == 4500
    assert rows[("2026-09", "USD")].received == 30000
    assert report.received.items() == [("EUR", 45000), ("USD", 67500)]
    assert report.converted is None  # no rates entered: no single total


def test_a_converted_total_only_with_the_students_rates(books):
    money_settings.update(books, home_currency="USD", rates={"EUR": "1.08"})
    report = income.income(books, by="year", zone=ZONE)
    assert report.converted.currency == "USD"
    assert report.converted.received == 67500 + Fraction(45000) * Fraction("1.08")
    assert [r.key for r in report.rows] == ["2026", "2026"]  # one row per currency


def test_by_organization_and_platform(books):
    by_org = {(r.key, r.currency): r for r in income.income(books, by="organization").rows}
    assert by_org[("Acme", "USD")].received == 67500
    assert by_org[("Lumen", "EUR")].received == 45000
    by_platform = {(r.key, r.currency) for r in income.income(books, by="platform").rows}
    assert by_platform == {("Parker Dewey", "USD"), ("Direct (no platform)", "USD"),
                           ("Upwork", "EUR")}


def test_the_set_aside_per_payment_and_per_year(books):
    report = income.income(books, by="year", year=2026, zone=ZONE)
    eur = next(r for r in report.rows if r.currency == "EUR")
    assert eur.net == 40500 and eur.set_aside == Fraction(40500 * 2500, 10000)  # 101.25 EUR
    summary = income.year_summary(books, 2026)
    per_payment = [payments_set_aside(p.net_cents) for p in summary.payments if p.currency == "USD"]
    usd = next(t for t in summary.totals if t.currency == "USD")
    assert usd.set_aside == sum(per_payment) == Fraction(67500 * 25, 100)


def payments_set_aside(net_cents: int) -> Fraction:
    return Fraction(net_cents * 2500, 10000)


def test_the_year_summary_equals_the_payments_in_it(books):
    dash = next(r for r in engagements.list_rows(books) if r.title == "Dashboard")
    payments.add(books, dash.id, amount="1", received_on="2026-12-01",
                 today=TODAY)
    summary = income.year_summary(books, 2026)
    listed = payments.list_rows(books, year=2026)
    received = [p for p in listed if p.received]
    for currency in ("USD", "EUR"):
        total = next(t for t in summary.totals if t.currency == currency)
        mine = [p for p in received if p.currency == currency]
        assert total.gross == sum(p.amount_cents for p in mine)
        assert total.withheld == sum(p.withheld_cents for p in mine)
        assert total.payments == len(mine)
        assert total.gross == sum(t.gross for t in summary.payers if t.currency == currency)
    assert {(t.payer, t.currency) for t in summary.payers} == {("Acme", "USD"), ("Upwork", "EUR")}
    assert income.year_summary(books, 2025).payments == []


def test_effective_rate_against_the_estimate(books):
    rates = {r.title: r for r in income.engagement_rates(books)}
    dash = rates["Dashboard"]
    assert dash.effective_rate == Fraction(60000, 24) and dash.implied_rate == Fraction(60000, 20)
    assert dash.ratio == Fraction(20, 24)
    assert rates["Cleaning"].effective_rate == 3000
    month = {(r.key, r.currency): r for r in income.income(books, by="month", zone=ZONE).rows}
    assert month[("2026-09", "USD")].effective_rate == Fraction(60000, 24)
    assert month[("2026-10", "USD")].effective_rate == 3000


def test_bad_grouping_and_year_are_named(store):
    with pytest.raises(ValidationError, match="by: 'week' is not one of"):
        income.income(store, by="week")
    with pytest.raises(ValidationError, match="year: 12 is not a year"):
        income.year_summary(store, 12)


def test_a_running_engagement_counts_at_least_its_estimate(store):
    e = engagements.create(store, title="Sizing", fee="800", hours_estimate=30,
                           start_on="2026-11-01", status="active")
    time_entries.add(store, e.id, start=datetime(2026, 11, 2, 9, tzinfo=ZONE), duration="10h")
    [rate] = income.engagement_rates(store)
    assert rate.effective_rate == Fraction(80000, 30) == rate.implied_rate  # not 800 / 10 h
    engagements.update(store, e.id, status="delivered", ended_on="2026-11-20")
    assert income.engagement_rates(store)[0].effective_rate == Fraction(80000, 10)
