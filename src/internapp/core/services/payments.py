"""Payments on engagements: expected and received, partial or whole, and what is still owed.

An engagement is **paid** when the payments received cover its fee (``fees.Fee.total``); what is
**owed** is the fee less what was received; a payment is **overdue** when its expected day has
passed and it has not been received. ``due`` lists the expected payments up to a day: Today and
reminders call it.

Bad input names its field and writes nothing: a missing, negative or non-numeric amount, a
currency other than the engagement's, a received day before the engagement started or in the
future, a withheld part larger than the payment. A payment larger than what is still owed is
recorded with a warning (tips exist).
"""

import uuid
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction
from typing import Any

from sqlmodel import Session, col, select

from internapp.core.changes import Kind
from internapp.core.clock import today_local
from internapp.core.models import Engagement, EngagementStatus, Milestone, Organization, Payment
from internapp.core.services import fees as fees_service
from internapp.core.services.errors import NotFoundError, ValidationError
from internapp.core.services.fields import parse_date, text
from internapp.core.services.fields import reference as record_id
from internapp.core.services.money import (
    currency_code,
    format_money,
    minor_text,
    parse_amount,
    round_minor,
    share,
)
from internapp.core.services.payments_due import (  # noqa: F401  (due, PaymentDue: re-exported)
    UNKNOWN_PAYER,
    PaymentDue,
    due,
)
from internapp.core.store import Store
from internapp.core.store.sessions import plain

KINDS = [Kind.ENGAGEMENTS, Kind.PAYMENTS]


@dataclass(frozen=True)
class PaymentRow:
    id: uuid.UUID
    engagement_id: uuid.UUID
    engagement: str
    organization: str | None
    platform: str | None
    milestone: str | None
    currency: str
    amount_cents: int
    withheld_cents: int
    expected_on: date | None
    received_on: date | None
    method: str | None
    reference: str | None
    payer: str  # who paid: the payer typed on the payment, else the organization
    note: str

    @property
    def received(self) -> bool:
        return self.received_on is not None

    @property
    def day(self) -> date:
        """The day received, else the day expected (a payment has one of them at least)."""
        day = self.received_on or self.expected_on
        assert day is not None  # ck_payment_dated
        return day

    @property
    def net_cents(self) -> int:
        return self.amount_cents - self.withheld_cents

    def days_overdue(self, today: date) -> int:
        """Days past the expected day (0 when not overdue)."""
        if self.received or self.expected_on is None or self.expected_on >= today:
            return 0
        return (today - self.expected_on).days


@dataclass(frozen=True)
class MoneyState:
    """An engagement's money at a glance."""

    engagement_id: uuid.UUID
    currency: str
    fee: fees_service.Fee
    received_cents: int  # gross, counted against the fee
    withheld_cents: int
    expected_cents: int  # expected, not received yet
    overdue_cents: int
    paid_on: date | None  # the day the payments received first covered the fee
    payments: list[PaymentRow] = field(default_factory=list)

    @property
    def owed(self) -> Fraction | None:
        """What the fee still asks for (never negative); None without a fee."""
        if self.fee.total is None:
            return None
        return max(self.fee.total - self.received_cents, Fraction(0))

    @property
    def paid(self) -> bool:
        return self.fee.total is not None and self.fee.total > 0 and self.owed == 0


@dataclass(frozen=True)
class Recorded:
    payment: Payment
    warnings: list[str]


def _schema_amount(currency: str):
    return lambda name, value: parse_amount(name, value, currency)


def add(store: Store, engagement_id: uuid.UUID, *, amount: Any, currency: str | None = None,
        expected_on: Any = None, received_on: Any = None, withheld: Any = None,
        method: str | None = None, reference_text: str | None = None, payer: str | None = None,
        milestone_id: Any = None, note: str | None = None, today: date | None = None) -> Recorded:
    """Records a payment (received today when neither day is given); returns it with warnings."""
    today = today or today_local()
    with store.write(KINDS) as session:
        engagement = _engagement(session, engagement_id)
        values = _clean(session, engagement, today, amount=amount, currency=currency,
                        expected_on=expected_on, received_on=received_on, withheld=withheld,
                        method=method, reference=reference_text, payer=payer,
                        milestone_id=milestone_id, note=note)
        if values["expected_on"] is None and values["received_on"] is None:
            values["received_on"] = today
        warnings = _warnings(session, engagement, values["amount_cents"], None)
        payment = Payment(engagement_id=engagement.id, **values)
        session.add(payment)
        session.flush()
        _settle_status(session, engagement)
    return Recorded(payment, warnings)


def update(store: Store, payment_id: uuid.UUID, *, today: date | None = None,
           **changes: Any) -> Recorded:
    """Changes the given fields of a payment (same names as ``add``)."""
    today = today or today_local()
    with store.write(KINDS) as session:
        payment = _payment(session, payment_id)
        engagement = _engagement(session, payment.engagement_id)
        current = {"amount": minor_text(payment.amount_cents, engagement.currency),
                   "expected_on": payment.expected_on,
                   "received_on": payment.received_on, "withheld": None,
                   "method": payment.method, "reference": payment.reference,
                   "payer": payment.payer, "milestone_id": payment.milestone_id,
                   "note": payment.note}
        unknown = sorted(set(changes) - set(current) - {"currency", "reference_text"})
        if unknown:
            raise ValidationError(unknown[0], "is not a field that can be set here")
        if "reference_text" in changes:
            changes["reference"] = changes.pop("reference_text")
        keep_withheld = "withheld" not in changes and "amount" not in changes
        merged = {**current, **changes}
        values = _clean(session, engagement, today, **merged)
        if keep_withheld:
            values["withheld_cents"] = payment.withheld_cents
        if values["expected_on"] is None and values["received_on"] is None:
            raise ValidationError("expected_on", "give the day it is expected or was received")
        warnings = _warnings(session, engagement, values["amount_cents"], payment.id)
        for name, value in values.items():
            setattr(payment, name, value)
        session.add(payment)
        session.flush()
        _settle_status(session, engagement)
    return Recorded(payment, warnings)


def mark_received(store: Store, payment_id: uuid.UUID, on: Any = None) -> Recorded:
    return update(store, payment_id, received_on=on or today_local())


def delete(store: Store, payment_id: uuid.UUID) -> None:
    with store.write(KINDS) as session:
        session.delete(_payment(session, payment_id))


def get(store: Store, payment_id: uuid.UUID) -> PaymentRow:
    with store.read() as session:
        payment = _payment(session, payment_id)
        return rows_for(session, [payment])[0]


def list_rows(store: Store, *, engagement_id: uuid.UUID | None = None, owed: bool = False,
              year: int | None = None) -> list[PaymentRow]:
    """Payments, expected ones by expected day first, then received ones newest first.
    ``owed``: only those not received yet; ``year``: received (or expected) in that year."""
    with store.read() as session:
        query = select(Payment)
        if engagement_id is not None:
            query = query.where(Payment.engagement_id == engagement_id)
        if owed:
            query = query.where(col(Payment.received_on).is_(None))
        rows = rows_for(session, list(session.exec(query)))
    if year is not None:
        rows = [r for r in rows if r.day.year == year]
    return sorted(rows, key=_order)


def _order(row: PaymentRow) -> tuple[int, int, str]:
    if row.received_on is None:
        return (0, row.day.toordinal(), row.engagement)
    return (1, -row.received_on.toordinal(), row.engagement)


def state(store: Store, engagement_id: uuid.UUID, today: date | None = None) -> MoneyState:
    with store.read() as session:
        _engagement(session, engagement_id)
        return states(session, today, [engagement_id])[engagement_id]


def all_states(store: Store, today: date | None = None) -> dict[uuid.UUID, MoneyState]:
    with store.read() as session:
        return states(session, today)


def states(session: Session, today: date | None = None,
           engagement_ids: list[uuid.UUID] | None = None) -> dict[uuid.UUID, MoneyState]:
    today = today or today_local()
    found = fees_service.fees(plain(session), engagement_ids)
    query = select(Payment)
    if engagement_ids is not None:
        query = query.where(col(Payment.engagement_id).in_(engagement_ids))
    by_engagement: dict[uuid.UUID, list[PaymentRow]] = {i: [] for i in found}
    for row in rows_for(session, list(session.exec(query))):
        by_engagement[row.engagement_id].append(row)
    return {i: _state(fee, sorted(by_engagement[i], key=_order), today) for i, fee in found.items()}


def _state(fee: fees_service.Fee, rows: list[PaymentRow], today: date) -> MoneyState:
    received = [r for r in rows if r.received]
    paid_on = None
    if fee.total is not None and fee.total > 0:
        running = 0
        for r in sorted(received, key=lambda r: r.day):
            running += r.amount_cents
            if running >= fee.total:
                paid_on = r.received_on
                break
    return MoneyState(
        engagement_id=fee.engagement_id, currency=fee.currency, fee=fee,
        received_cents=sum(r.amount_cents for r in received),
        withheld_cents=sum(r.withheld_cents for r in received),
        expected_cents=sum(r.amount_cents for r in rows if not r.received),
        overdue_cents=sum(r.amount_cents for r in rows if r.days_overdue(today)),
        paid_on=paid_on, payments=rows)


def settle_on_paid_status(session: Session, engagement: Engagement, today: date) -> None:
    """Marking an engagement paid means the money came in: expected payments are marked received
    today and what is still owed is recorded as received today (visible, and editable)."""
    rows = states(session, today, [engagement.id])[engagement.id]
    for payment in session.exec(select(Payment).where(Payment.engagement_id == engagement.id,
                                                      col(Payment.received_on).is_(None))):
        payment.received_on = max(today, engagement.start_on or today)
        session.add(payment)
    remaining = (rows.owed or 0) - rows.expected_cents
    if remaining > 0:
        session.add(Payment(engagement_id=engagement.id, amount_cents=round_minor(remaining),
                            withheld_cents=round_minor(share(round_minor(remaining),
                                                             engagement.withheld_bp or 0)),
                            received_on=today, note="Recorded when marked paid"))


# --- helpers -------------------------------------------------------------------------------------


def _clean(session: Session, engagement: Engagement, today: date, *, amount, currency=None,
           expected_on=None, received_on=None, withheld=None, method=None, reference=None,
           payer=None, milestone_id=None, note=None) -> dict[str, Any]:
    if currency not in (None, "") and str(currency).strip().upper() != engagement.currency:
        code = currency_code("currency", currency)
        raise ValidationError("currency", f"{engagement.title} is paid in {engagement.currency}, "
                                          f"not {code}: record the amount in {engagement.currency}")
    if amount is None or (isinstance(amount, str) and not amount.strip()):
        raise ValidationError("amount", "is required")
    amount_cents = parse_amount("amount", amount, engagement.currency)
    assert amount_cents is not None  # required: checked above
    expected = parse_date("expected_on", expected_on)
    received = parse_date("received_on", received_on)
    if received is not None:
        if engagement.start_on and received < engagement.start_on:
            raise ValidationError("received_on", f"{received.isoformat()} is before the engagement "
                                                 f"started ({engagement.start_on.isoformat()})")
        if received > today:
            raise ValidationError("received_on", f"{received.isoformat()} is in the future: give "
                                                 "the day it is expected instead")
    withheld_cents = parse_amount("withheld", withheld, engagement.currency, allow_zero=True)
    if withheld_cents is None:
        withheld_cents = round_minor(share(amount_cents, engagement.withheld_bp or 0))
    if withheld_cents > amount_cents:
        raise ValidationError("withheld", "is more than the payment itself")
    milestone = record_id("milestone_id", milestone_id)
    if milestone is not None:
        found = session.get(Milestone, milestone)
        if found is None or found.engagement_id != engagement.id:
            raise NotFoundError("milestone", milestone, "milestone_id")
    return {"amount_cents": amount_cents, "withheld_cents": withheld_cents,
            "expected_on": expected, "received_on": received,
            "method": text(max_length=60)("method", method),
            "reference": text(max_length=120)("reference", reference),
            "payer": text(max_length=120)("payer", payer), "milestone_id": milestone,
            "note": text(multiline=True, max_length=2000, default="")("note", note)}


def _warnings(session: Session, engagement: Engagement, amount_cents: int,
              replacing: uuid.UUID | None) -> list[str]:
    current = states(session, None, [engagement.id])[engagement.id]
    if current.fee.total is None:
        return [f"amount: {engagement.title} has no fee set yet; the payment is recorded as "
                "income all the same"]
    others = sum(r.amount_cents for r in current.payments if r.id != replacing)
    left = current.fee.total - others
    if amount_cents > left:
        return [f"amount: {format_money(amount_cents, engagement.currency)} is more than the "
                f"{format_money(max(left, Fraction(0)), engagement.currency)} still owed — recorded "
                "anyway (a tip or a bonus?)"]
    return []


def _settle_status(session: Session, engagement: Engagement) -> None:
    """A delivered engagement whose payments now cover its fee becomes paid."""
    if (engagement.status == EngagementStatus.DELIVERED
            and states(session, None, [engagement.id])[engagement.id].paid):
        engagement.status = EngagementStatus.PAID
        session.add(engagement)


def rows_for(session: Session, payments: list[Payment]) -> list[PaymentRow]:
    if not payments:
        return []
    engagement_ids = {p.engagement_id for p in payments}
    engagements = {e.id: e for e in session.exec(select(Engagement).where(
        col(Engagement.id).in_(engagement_ids)))}
    org_ids = {e.organization_id for e in engagements.values() if e.organization_id}
    organizations = dict(session.exec(select(Organization.id, Organization.name).where(
        col(Organization.id).in_(org_ids))).all()) if org_ids else {}
    milestone_ids = {p.milestone_id for p in payments if p.milestone_id}
    milestones = dict(session.exec(select(Milestone.id, Milestone.title).where(
        col(Milestone.id).in_(milestone_ids))).all()) if milestone_ids else {}
    rows = []
    for p in payments:
        e = engagements[p.engagement_id]
        organization = organizations.get(e.organization_id) if e.organization_id else None
        rows.append(PaymentRow(
            id=p.id, engagement_id=e.id, engagement=e.title, organization=organization,
            platform=e.platform, milestone=milestones.get(p.milestone_id) if p.milestone_id else None,
            currency=e.currency,
            amount_cents=p.amount_cents, withheld_cents=p.withheld_cents,
            expected_on=p.expected_on, received_on=p.received_on, method=p.method,
            reference=p.reference, payer=p.payer or organization or e.platform or UNKNOWN_PAYER,
            note=p.note))
    return rows


def _engagement(session: Session, engagement_id: uuid.UUID) -> Engagement:
    engagement = session.get(Engagement, engagement_id)
    if engagement is None:
        raise NotFoundError("engagement", engagement_id)
    return engagement


def _payment(session: Session, payment_id: uuid.UUID) -> Payment:
    payment = session.get(Payment, payment_id)
    if payment is None:
        raise NotFoundError("payment", payment_id)
    return payment
