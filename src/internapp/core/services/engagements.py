"""Engagements: the work an application turned into, with its budget, fee and milestones."""

import re
import uuid
from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from sqlmodel import Session, col, func, select

from internapp.core.changes import Kind
from internapp.core.clock import today_local
from internapp.core.models import (
    Application,
    ApplicationSkill,
    Contact,
    ContactLink,
    ContactRole,
    Engagement,
    EngagementSkill,
    EngagementStatus,
    FeeKind,
    Milestone,
    Organization,
    Payment,
    TimeEntry,
)
from internapp.core.services import engagement_titles, organizations, payments
from internapp.core.services.errors import NotFoundError, ValidationError
from internapp.core.services.fields import (
    boolean,
    choice,
    clean,
    currency,
    name_key,
    number,
    parse_date,
    reference,
    text,
)
from internapp.core.services.money import currency_code, parse_amount, parse_percent, round_minor
from internapp.core.store import Store
from internapp.core.store.sessions import plain

SCHEMA = {
    "title": engagement_titles.TITLE,
    "organization": text(),
    "application_id": reference,
    "platform": text(max_length=80),
    "start_on": parse_date,
    "due_on": parse_date,
    "ended_on": parse_date,
    "hours_estimate": number(minimum=0, maximum=10_000),
    "weekly_cap_hours": number(minimum=0, maximum=168),
    "fee_kind": choice(FeeKind),
    "fee_cents": number(minimum=0, integer=True),
    "rate_cents": number(minimum=0, integer=True),
    # in major units of the currency ("1,250.50"), exact: they set fee_cents and rate_cents
    "fee": lambda name, value: value,
    "rate": lambda name, value: value,
    "withheld_percent": parse_percent,  # a platform's cut ("10" %): sets withheld_bp
    "currency": currency,
    "status": choice(EngagementStatus),
    "deliverables": text(multiline=True, max_length=20_000, default=""),
    "outcome": text(multiline=True, max_length=20_000, default=""),
    "feedback": text(multiline=True, max_length=20_000, default=""),
    "reference_ok": boolean,
    "notes": text(multiline=True, max_length=20_000, default=""),
}


@dataclass(frozen=True)
class EngagementRow:
    id: uuid.UUID
    title: str
    organization: str | None
    status: str
    start_on: date | None
    due_on: date | None
    hours_estimate: float | None
    weekly_cap_hours: float | None
    fee_cents: int | None
    currency: str
    logged_seconds: int
    platform: str | None = None
    paid_on: date | None = None  # the day payments received first covered the fee
    fee_kind: str | None = None
    rate_cents: int | None = None
    owed_cents: int | None = None  # the fee less what was received (rounded); None: no fee
    overdue_cents: int = 0

    @property
    def progress(self) -> float | None:
        """Hours logged as a share of the estimate (above 1 when over budget)."""
        return logged_share(self.logged_seconds, self.hours_estimate)


def logged_share(logged_seconds: int, hours_estimate: float | None) -> float | None:
    if not hours_estimate:
        return None
    return logged_seconds / 3600 / hours_estimate


def create(store: Store, **values) -> Engagement:
    cleaned = clean(values, SCHEMA, required=["title"])
    _money_in_cents(cleaned, cleaned.get("currency") or "USD", None)
    with store.write([Kind.ENGAGEMENTS, Kind.ORGANIZATIONS]) as session:
        cleaned["organization_id"] = organizations.id_for(session, cleaned.pop("organization", None))
        engagement = Engagement(**{k: v for k, v in cleaned.items() if v is not None})
        _check_dates(engagement)
        session.add(engagement)
    return engagement


def update(store: Store, engagement_id: uuid.UUID, **values) -> Engagement:
    """Changes fields. Becoming delivered or paid fills the end date with today when it is empty
    and not given; becoming paid records what is still owed as received today."""
    cleaned = clean(values, SCHEMA)
    if "title" in cleaned and not cleaned["title"]:
        raise ValidationError("title", "must not be empty")
    with store.write([Kind.ENGAGEMENTS, Kind.ORGANIZATIONS, Kind.PAYMENTS]) as session:
        engagement = _get(session, engagement_id)
        if cleaned.get("currency") and cleaned["currency"] != engagement.currency and (
                session.exec(select(func.count()).select_from(Payment).where(
                    Payment.engagement_id == engagement_id)).one()):
            raise ValidationError("currency", f"payments are recorded in {engagement.currency}: "
                                              "remove them before changing the currency")
        _money_in_cents(cleaned, cleaned.get("currency") or engagement.currency,
                        engagement.fee_kind)
        if "organization" in cleaned:
            engagement.organization_id = organizations.id_for(session, cleaned.pop("organization"))
        for name, value in cleaned.items():
            setattr(engagement, name, value)
        _fill_status_dates(session, engagement, cleaned)
        _check_dates(engagement)
        session.add(engagement)
    return engagement


def _money_in_cents(cleaned: dict, currency: str, current_kind: str | None) -> None:
    """Turns ``fee``, ``rate`` and ``withheld_percent`` (major units, a percentage) into the
    stored minor units, exactly; a fee without a kind makes a fixed fee, a rate an hourly one."""
    for name, stored in (("fee", "fee_cents"), ("rate", "rate_cents")):
        if name in cleaned:
            cleaned[stored] = parse_amount(name, cleaned.pop(name), currency, allow_zero=True)
    if "withheld_percent" in cleaned:
        cleaned["withheld_bp"] = cleaned.pop("withheld_percent")
    if "fee_kind" not in cleaned and not current_kind:
        if cleaned.get("rate_cents") is not None:
            cleaned["fee_kind"] = FeeKind.HOURLY
        elif cleaned.get("fee_cents") is not None:
            cleaned["fee_kind"] = FeeKind.FIXED


def _fill_status_dates(session: Session, engagement: Engagement, given: dict) -> None:
    today = today_local()
    done = (EngagementStatus.DELIVERED, EngagementStatus.PAID)
    if (given.get("status") in done and "ended_on" not in given and engagement.ended_on is None
            and (engagement.start_on is None or engagement.start_on <= today)):
        engagement.ended_on = today
    if given.get("status") == EngagementStatus.PAID:
        session.flush()
        payments.settle_on_paid_status(session, engagement, today)


def get(store: Store, engagement_id: uuid.UUID) -> Engagement:
    with store.read() as session:
        return _get(session, engagement_id)


@dataclass(frozen=True)
class EngagementDetail:
    engagement: Engagement
    organization: str | None
    logged_seconds: int
    application_role: str | None  # the application it came from, if any
    supervisor: tuple[uuid.UUID, str] | None

    @property
    def progress(self) -> float | None:
        return logged_share(self.logged_seconds, self.engagement.hours_estimate)


def detail(store: Store, engagement_id: uuid.UUID) -> EngagementDetail:
    with store.read() as session:
        engagement = _get(session, engagement_id)
        organization = (session.get(Organization, engagement.organization_id)
                        if engagement.organization_id else None)
        logged = session.exec(select(func.sum(TimeEntry.seconds)).where(
            TimeEntry.engagement_id == engagement_id)).one()
        application = (session.get(Application, engagement.application_id)
                       if engagement.application_id else None)
    return EngagementDetail(engagement, organization.name if organization else None,
                            int(logged or 0), application.role if application else None,
                            supervisor(store, engagement_id))


def find_or_create(session: Session, title: object,
                   field: str = "engagement") -> tuple[Engagement, bool]:
    """The engagement called ``title`` (case and spacing ignored), else a new active one — in the
    caller's transaction, so that a new engagement and what is logged on it commit together or
    not at all. Returns (engagement, created). The rule is engagement_titles.find_or_create's,
    which the plain path (``log add``, ``timer start``) uses directly."""
    engagement_id, _, created = engagement_titles.find_or_create(plain(session), title, field)
    engagement = session.get(Engagement, engagement_id)
    assert engagement is not None  # found or inserted in this transaction
    return engagement, created


def find_by_title(session: Session, title: str) -> Engagement | None:
    """The engagement with this title (case and spacing ignored); the newest if several share it."""
    found = engagement_titles.find(plain(session), title)
    return session.get(Engagement, found[0]) if found else None


def list_rows(store: Store) -> list[EngagementRow]:
    logged = (
        select(TimeEntry.engagement_id, func.sum(TimeEntry.seconds).label("seconds"))
        .group_by(col(TimeEntry.engagement_id))
        .subquery()
    )
    with store.read() as session:
        rows = session.exec(
            select(Engagement, Organization.name, logged.c.seconds)
            .outerjoin(Organization, col(Organization.id) == col(Engagement.organization_id))
            .outerjoin(logged, logged.c.engagement_id == Engagement.id)
            .order_by(col(Engagement.start_on).desc(), col(Engagement.title))
        ).all()
        money = payments.states(session)
        return [
            EngagementRow(
                id=e.id, title=e.title, organization=org, status=e.status, start_on=e.start_on,
                due_on=e.due_on, hours_estimate=e.hours_estimate,
                weekly_cap_hours=e.weekly_cap_hours,
                fee_cents=_rounded(money[e.id].fee.total), currency=e.currency,
                logged_seconds=int(seconds or 0), platform=e.platform,
                paid_on=money[e.id].paid_on, fee_kind=money[e.id].fee.kind,
                rate_cents=e.rate_cents,
                owed_cents=_rounded(money[e.id].owed),
                overdue_cents=money[e.id].overdue_cents,
            )
            for e, org, seconds in rows
        ]


def _rounded(exact: Fraction | None) -> int | None:
    return None if exact is None else round_minor(exact)


def delete(store: Store, engagement_id: uuid.UUID) -> None:
    """Deletes the engagement with its milestones, time entries and links."""
    with store.write([Kind.ENGAGEMENTS, Kind.TIME, Kind.CONTACTS, Kind.SKILLS]) as session:
        session.delete(_get(session, engagement_id))


def add_milestone(store: Store, engagement_id: uuid.UUID, title: str,
                  due_on: date | str | None = None) -> Milestone:
    title = text(required=True)("title", title)
    due = parse_date("due_on", due_on)
    with store.write([Kind.ENGAGEMENTS]) as session:
        _get(session, engagement_id)
        count = session.exec(
            select(func.count()).select_from(Milestone).where(
                Milestone.engagement_id == engagement_id)
        ).one()
        milestone = Milestone(engagement_id=engagement_id, title=title, due_on=due, position=count)
        session.add(milestone)
    return milestone


def milestones(store: Store, engagement_id: uuid.UUID) -> list[Milestone]:
    with store.read() as session:
        return list(session.exec(
            select(Milestone).where(Milestone.engagement_id == engagement_id)
            .order_by(col(Milestone.position))
        ))


def update_milestone(store: Store, milestone_id: uuid.UUID, **values) -> Milestone:
    """Changes a milestone's title, due date, done date (``done_on=None`` reopens it) or fee
    (``fee`` in major units of the engagement's currency, or ``fee_cents``)."""
    cleaned = clean(values, MILESTONE_SCHEMA)
    if "title" in cleaned and not cleaned["title"]:
        raise ValidationError("title", "must not be empty")
    with store.write([Kind.ENGAGEMENTS]) as session:
        milestone = _milestone(session, milestone_id)
        if "fee" in cleaned:
            currency = _get(session, milestone.engagement_id).currency
            cleaned["fee_cents"] = parse_amount("fee", cleaned.pop("fee"), currency)
        for name, value in cleaned.items():
            setattr(milestone, name, value)
        session.add(milestone)
    return milestone


def delete_milestone(store: Store, milestone_id: uuid.UUID) -> None:
    with store.write([Kind.ENGAGEMENTS]) as session:
        milestone = _milestone(session, milestone_id)
        engagement_id = milestone.engagement_id
        session.delete(milestone)
        session.flush()
        _renumber(session, engagement_id)


def reorder_milestones(store: Store, engagement_id: uuid.UUID,
                       ordered_ids: list[uuid.UUID]) -> None:
    """Puts an engagement's milestones in the given order; every one must be listed once."""
    with store.write([Kind.ENGAGEMENTS]) as session:
        _get(session, engagement_id)
        found = {m.id: m for m in session.exec(
            select(Milestone).where(Milestone.engagement_id == engagement_id))}
        if sorted(map(str, ordered_ids)) != sorted(map(str, found)):
            raise ValidationError("milestones", "the new order must list every milestone once")
        for position, milestone_id in enumerate(ordered_ids):
            found[milestone_id].position = position
            session.add(found[milestone_id])


MILESTONE_SCHEMA = {"title": text(), "due_on": parse_date, "done_on": parse_date,
                    "fee_cents": number(minimum=0, integer=True),
                    "fee": lambda name, value: value}  # major units of the engagement's currency


def _milestone(session: Session, milestone_id: uuid.UUID) -> Milestone:
    milestone = session.get(Milestone, milestone_id)
    if milestone is None:
        raise NotFoundError("milestone", milestone_id)
    return milestone


def _renumber(session: Session, engagement_id: uuid.UUID) -> None:
    for position, milestone in enumerate(session.exec(
            select(Milestone).where(Milestone.engagement_id == engagement_id)
            .order_by(col(Milestone.position), col(Milestone.created_at)))):
        milestone.position = position
        session.add(milestone)


def logged_seconds(store: Store, engagement_id: uuid.UUID) -> int:
    """Seconds logged on the engagement (finished entries), summed over the covering index."""
    with store.read() as session:
        total = session.exec(select(func.sum(TimeEntry.seconds)).where(
            TimeEntry.engagement_id == engagement_id)).one()
        return int(total or 0)


def set_supervisor(store: Store, engagement_id: uuid.UUID, contact_id: uuid.UUID | None) -> None:
    """Makes ``contact_id`` the engagement's supervisor (the only one), or removes it (None)."""
    with store.write([Kind.ENGAGEMENTS, Kind.CONTACTS]) as session:
        _get(session, engagement_id)
        if contact_id is not None and session.get(Contact, contact_id) is None:
            raise NotFoundError("contact", contact_id, "supervisor")
        kept = False
        for link in session.exec(select(ContactLink).where(
                ContactLink.engagement_id == engagement_id,
                ContactLink.role == ContactRole.SUPERVISOR)):
            if link.contact_id == contact_id:
                kept = True
            else:
                session.delete(link)
        if contact_id is not None and not kept:
            session.add(ContactLink(contact_id=contact_id, engagement_id=engagement_id,
                                    role=ContactRole.SUPERVISOR))


def supervisor(store: Store, engagement_id: uuid.UUID) -> tuple[uuid.UUID, str] | None:
    """The supervisor's contact id and name, if one is linked."""
    with store.read() as session:
        found = session.exec(
            select(Contact.id, Contact.display_name)
            .join(ContactLink, col(ContactLink.contact_id) == col(Contact.id))
            .where(ContactLink.engagement_id == engagement_id,
                   ContactLink.role == ContactRole.SUPERVISOR)
            .order_by(col(ContactLink.created_at))).first()
        return (found[0], found[1]) if found else None


# --- from an accepted offer ----------------------------------------------------------------------

PAY_PATTERN = re.compile(
    r"^\s*(?P<sym>[$€£])?\s*(?P<amount>\d[\d,]*(?:\.\d{1,2})?)\s*(?P<code>[A-Z]{3})?\b"
    r"(?P<rest>.*)$")
SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP"}
HOURLY = re.compile(r"/\s*(h|hr|hour)\b|per\s+hour|hourly|an\s+hour", re.IGNORECASE)


def fee_from_pay(pay: str | None) -> tuple[int, str] | None:
    """The fixed fee in an advertised pay ("$600 fixed", "450 EUR") as (cents, currency);
    None for hourly pay ("$25/h") or text without an amount."""
    found = _pay(pay)
    return None if found is None or found[0] == FeeKind.HOURLY else (found[1], found[2])


def _pay(pay: str | None) -> tuple[str, int, str] | None:
    """(fee kind, minor units, currency) from advertised pay: "$600 fixed" is a fixed fee,
    "$25/h" an hourly rate; None when it names no amount and currency."""
    if not pay:
        return None
    found = PAY_PATTERN.match(pay)
    if found is None or not (found["sym"] or found["code"]):
        return None
    try:
        currency = currency_code("pay", SYMBOLS.get(found["sym"] or "") or found["code"])
        minor = parse_amount("pay", found["amount"], currency) if currency else None
    except ValidationError:
        return None
    if currency is None or minor is None:
        return None
    return (FeeKind.HOURLY if HOURLY.search(pay) else FeeKind.FIXED), minor, currency


def for_application(session: Session, application_id: uuid.UUID) -> Engagement | None:
    return session.exec(select(Engagement).where(
        Engagement.application_id == application_id)).first()


def create_for_application(session: Session, application: Application,
                           start_on: date) -> Engagement:
    """The engagement an accepted offer becomes: title, organization, platform, fee (a fixed fee or
    an hourly rate, from the advertised pay) and the skills it asked for, linked to the application.

    Runs inside the caller's transaction.
    """
    pay = _pay(application.pay)
    kind, minor, currency = pay if pay else (None, None, "USD")
    engagement = Engagement(
        application_id=application.id, organization_id=application.organization_id,
        title=application.role, platform=application.source, start_on=start_on,
        status=EngagementStatus.PLANNED, notes=application.notes or "", fee_kind=kind,
        fee_cents=minor if kind == FeeKind.FIXED else None,
        rate_cents=minor if kind == FeeKind.HOURLY else None, currency=currency,
    )
    session.add(engagement)
    session.flush()
    for skill_id in session.exec(select(ApplicationSkill.skill_id).where(
            ApplicationSkill.application_id == application.id)):
        session.add(EngagementSkill(engagement_id=engagement.id, skill_id=skill_id, weight=1.0))
    return engagement


def _get(session: Session, engagement_id: uuid.UUID) -> Engagement:
    engagement = session.get(Engagement, engagement_id)
    if engagement is None:
        raise NotFoundError("engagement", engagement_id)
    return engagement


def _check_dates(engagement: Engagement) -> None:
    start = engagement.start_on
    for field in ("due_on", "ended_on"):
        value = getattr(engagement, field)
        if start and value and value < start:
            raise ValidationError(field, f"{value.isoformat()} is before the start date "
                                         f"{start.isoformat()}")


def resolve(store: Store, ref: str) -> Engagement:
    """An engagement by id, the start of its id (8+ characters), or a title that matches one
    (case and spacing ignored; failing an exact match, a unique partial one)."""
    ref = (ref or "").strip()
    if not ref:
        raise ValidationError("engagement", "give an engagement's id or title")
    with store.read() as session:
        rows = session.exec(select(Engagement.id, Engagement.title)).all()
        hexed = ref.replace("-", "").casefold()
        by_id = [r for r in rows if len(hexed) >= 8 and r[0].hex.startswith(hexed)]
        key = name_key(ref)
        matches = by_id or [r for r in rows if name_key(r[1]) == key] or [
            r for r in rows if key in name_key(r[1])]
        if not matches:
            raise NotFoundError("engagement", ref)
        if len(matches) > 1:
            listed = "; ".join(f"{title} (id {i.hex[:8]})" for i, title in matches[:10])
            raise ValidationError("engagement", f"{ref!r} matches {len(matches)} engagements: "
                                                f"{listed}; give the id")
        return _get(session, matches[0][0])
