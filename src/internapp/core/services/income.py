"""Income over time, for the student's own books and taxes: earned and received by month, year,
organization or platform; effective hourly rates; the share to set aside for taxes; and the
year-end summary per payer.

Every figure is per currency: amounts in different currencies are never added together. Only
where the student entered a rate for each currency (money_settings) is a converted total shown,
beside the per-currency ones and saying which rates it used.

- earned: see fees.py (fixed fees on delivery, hours × rate on the day logged, milestone fees
  when done);
- received: payments by the day received — gross (what counts against the fee), withheld (a
  platform's cut) and net (what arrived);
- set aside: the chosen percentage of the net received, exact until shown; a year's set-aside is
  that percentage of the year's net, which is the exact sum of its payments' set-asides;
- effective rate of a month: each engagement's effective rate (``Fee.rate_so_far`` while it
  runs) weighted by the hours logged on it that month; implied: the same with the rates its
  estimate promised.
"""

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from fractions import Fraction

from sqlmodel import col, select

from internapp.core.clock import local_zone, today_local
from internapp.core.models import Engagement, Organization
from internapp.core.services import fees as fees_service
from internapp.core.services import money_settings, payments
from internapp.core.services.errors import ValidationError
from internapp.core.services.money import Totals, share
from internapp.core.store import Store
from internapp.core.store.sessions import plain

GROUPINGS = ("month", "year", "organization", "platform")
NO_ORGANIZATION = "No organization"
DIRECT = "Direct (no platform)"


@dataclass
class IncomeRow:
    key: str  # "2026-09", "2026", an organization or a platform
    currency: str
    earned: Fraction = Fraction(0)
    received: Fraction = Fraction(0)  # gross
    withheld: Fraction = Fraction(0)
    hours: Fraction = Fraction(0)
    set_aside_bp: int = 0
    _rated: Fraction = Fraction(0)  # Σ hours × effective rate
    _implied: Fraction = Fraction(0)  # Σ hours × implied rate
    _implied_hours: Fraction = Fraction(0)

    @property
    def net(self) -> Fraction:
        return self.received - self.withheld

    @property
    def set_aside(self) -> Fraction:
        return share(self.net, self.set_aside_bp)

    @property
    def effective_rate(self) -> Fraction | None:
        return self._rated / self.hours if self.hours else None

    @property
    def implied_rate(self) -> Fraction | None:
        return self._implied / self._implied_hours if self._implied_hours else None


@dataclass(frozen=True)
class IncomeReport:
    by: str
    year: int | None
    rows: list[IncomeRow]
    set_aside_bp: int | None
    earned: Totals
    received: Totals
    net: Totals
    converted: "Converted | None" = None


@dataclass(frozen=True)
class Converted:
    """Per-currency totals turned into the home currency at the rates the student entered."""

    currency: str
    earned: Fraction
    received: Fraction
    net: Fraction
    rates: dict[str, Decimal] = field(default_factory=dict)


def income(store: Store, *, by: str = "month", year: int | None = None,
           zone=None) -> IncomeReport:
    if by not in GROUPINGS:
        raise ValidationError("by", f"{by!r} is not one of: {', '.join(GROUPINGS)}")
    if year is not None and not 1970 <= year <= 9999:
        raise ValidationError("year", f"{year} is not a year to report on")
    zone = zone or local_zone()
    since, until = (date(year, 1, 1), date(year + 1, 1, 1)) if year is not None else (None, None)
    with store.read() as session:
        settings = money_settings.read(session)
        conn = plain(session)
        found = fees_service.fees(conn)
        # per month is as fine as any grouping here needs (hourly fees earned "on" the 1st)
        hours = fees_service.hours_by_day(conn, zone, since=since, until=until,
                                          unit="month" if by == "month" else "year")
        earned = fees_service.earnings(conn, zone, found, hours=hours)
        query = select(payments.Payment).where(col(payments.Payment.received_on).is_not(None))
        if year is not None:
            query = query.where(col(payments.Payment.received_on) >= since,
                                col(payments.Payment.received_on) < until)
        received = payments.rows_for(session, list(session.exec(query)))
        names = _names(session)
    bp = settings.set_aside_bp or 0
    rows: dict[tuple[str, str], IncomeRow] = {}

    def row(key: str, currency: str) -> IncomeRow:
        return rows.setdefault((key, currency), IncomeRow(key, currency, set_aside_bp=bp))

    def key_for(engagement_id: uuid.UUID, day: date) -> str | None:
        if year is not None and day.year != year:
            return None
        if by == "month":
            return f"{day:%Y-%m}"
        if by == "year":
            return str(day.year)
        organization, platform = names.get(engagement_id, (None, None))
        return (organization or NO_ORGANIZATION) if by == "organization" else (platform or DIRECT)

    for e in earned:
        if (key := key_for(e.engagement_id, e.day)) is not None:
            row(key, e.currency).earned += e.amount
    for p in received:
        if (key := key_for(p.engagement_id, p.day)) is not None:
            target = row(key, p.currency)
            target.received += p.amount_cents
            target.withheld += p.withheld_cents
    seconds_in: dict[tuple[str, uuid.UUID], int] = defaultdict(int)  # summed before the Fractions
    for (engagement_id, day), seconds in hours.items():
        if engagement_id in found and (key := key_for(engagement_id, day)) is not None:
            seconds_in[(key, engagement_id)] += seconds
    rates = {i: (f.rate_so_far, f.implied_rate) for i, f in found.items()}
    for (key, engagement_id), seconds in seconds_in.items():
        so_far, implied = rates[engagement_id]
        logged = Fraction(seconds, 3600)
        target = row(key, found[engagement_id].currency)
        if so_far is not None:
            target.hours += logged
            target._rated += logged * so_far
        if implied is not None:
            target._implied_hours += logged
            target._implied += logged * implied
    ordered = sorted(rows.values(), key=lambda r: (r.key, r.currency))
    totals = {name: Totals((r.currency, getattr(r, name)) for r in ordered)
              for name in ("earned", "received", "net")}
    return IncomeReport(by=by, year=year, rows=ordered, set_aside_bp=settings.set_aside_bp,
                        earned=totals["earned"], received=totals["received"], net=totals["net"],
                        converted=convert(settings, totals["earned"], totals["received"],
                                          totals["net"]))


def convert(settings: money_settings.MoneySettings, earned: Totals, received: Totals,
            net: Totals) -> Converted | None:
    """The totals in the home currency, or None unless a rate was entered for each currency."""
    home = settings.home_currency
    currencies = set(earned.currencies()) | set(received.currencies())
    if not home or not currencies:
        return None
    found = {c: settings.rate(c) for c in currencies}
    rates = {c: rate for c, rate in found.items() if rate is not None}
    if len(rates) < len(found):
        return None

    def total(sums: Totals) -> Fraction:
        # minor units of each currency → home minor units (exponents may differ: JPY has none)
        from internapp.core.services.money import exponent

        return sum((value * Fraction(rates[c]) * Fraction(10) ** (exponent(home) - exponent(c))
                    for c, value in sums.items()), Fraction(0))

    return Converted(home, total(earned), total(received), total(net),
                     {c: r for c, r in rates.items() if c != home})


@dataclass(frozen=True)
class EngagementRate:
    engagement_id: uuid.UUID
    title: str
    currency: str
    fee: Fraction | None
    hours: Fraction
    hours_estimate: float | None
    effective_rate: Fraction | None
    implied_rate: Fraction | None

    @property
    def ratio(self) -> Fraction | None:
        """Effective over implied (below 1: it paid less per hour than the estimate promised)."""
        if self.effective_rate is None or not self.implied_rate:
            return None
        return self.effective_rate / self.implied_rate


def engagement_rates(store: Store) -> list[EngagementRate]:
    with store.read() as session:
        found = fees_service.fees(plain(session))
        titles = dict(session.exec(select(Engagement.id, Engagement.title)).all())
    result = [EngagementRate(i, titles[i], f.currency, f.total, f.logged_hours, f.hours_estimate,
                             f.rate_so_far, f.implied_rate)
              for i, f in found.items() if f.total is not None or f.rate_cents is not None]
    return sorted(result, key=lambda r: r.title.casefold())


# --- the year-end summary ------------------------------------------------------------------------


@dataclass(frozen=True)
class PayerTotal:
    payer: str
    currency: str
    payments: int
    gross: int
    withheld: int
    set_aside_bp: int

    @property
    def net(self) -> int:
        return self.gross - self.withheld

    @property
    def set_aside(self) -> Fraction:
        return share(self.net, self.set_aside_bp)


ALL_PAYERS = "All payers"


@dataclass(frozen=True)
class YearSummary:
    year: int
    set_aside_bp: int | None
    payers: list[PayerTotal]  # per payer and currency
    totals: list[PayerTotal]  # per currency (payer = ALL_PAYERS)
    payments: list[payments.PaymentRow]  # every payment received in the year, by day
    converted: Converted | None


def year_summary(store: Store, year: int | None = None) -> YearSummary:
    """What a contractor needs for a tax return or to check a payer's year-end form: the year's
    received payments per payer and per currency, gross, withheld, net and the set-aside."""
    year = year or today_local().year
    if not 1970 <= year <= 9999:
        raise ValidationError("year", f"{year} is not a year to report on")
    with store.read() as session:
        settings = money_settings.read(session)
        rows = payments.rows_for(session, list(session.exec(select(payments.Payment).where(
            col(payments.Payment.received_on) >= date(year, 1, 1),
            col(payments.Payment.received_on) <= date(year, 12, 31)))))
    bp = settings.set_aside_bp or 0
    by_payer: dict[tuple[str, str], list[payments.PaymentRow]] = defaultdict(list)
    by_currency: dict[str, list[payments.PaymentRow]] = defaultdict(list)
    for r in rows:
        by_payer[(r.payer, r.currency)].append(r)
        by_currency[r.currency].append(r)

    def total(payer: str, currency: str, found: list[payments.PaymentRow]) -> PayerTotal:
        return PayerTotal(payer, currency, len(found), sum(r.amount_cents for r in found),
                          sum(r.withheld_cents for r in found), bp)

    payers = [total(p, c, found) for (p, c), found in sorted(
        by_payer.items(), key=lambda item: (item[0][1], item[0][0].casefold()))]
    totals = [total(ALL_PAYERS, c, found) for c, found in sorted(by_currency.items())]
    gross = Totals((t.currency, t.gross) for t in totals)
    net = Totals((t.currency, t.net) for t in totals)
    return YearSummary(year=year, set_aside_bp=settings.set_aside_bp, payers=payers,
                       totals=totals, payments=sorted(rows, key=lambda r: (r.day, r.engagement)),
                       converted=convert(settings, Totals(), gross, net))


def _names(session) -> dict[uuid.UUID, tuple[str | None, str | None]]:
    rows = session.exec(select(Engagement.id, Organization.name, Engagement.platform)
                        .outerjoin(Organization, col(Organization.id) == col(Engagement.organization_id)))
    return {engagement_id: (organization, platform) for engagement_id, organization, platform in rows}
