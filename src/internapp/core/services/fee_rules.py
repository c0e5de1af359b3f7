"""Fee arithmetic, with no database: an engagement's fee kind, its agreed total and rates (see
core/services/fees.py for the rules). Plain functions over anything that carries an engagement's
terms — the ORM row or a plain tuple read on the store's plain path (Today's first paint, the
background reminder process)."""

import uuid
from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from typing import Protocol

from internapp.core.enums import EngagementStatus, FeeKind


class FeeTerms(Protocol):
    """What an engagement row says about its fee (an ORM row or ``Terms``)."""

    @property
    def id(self) -> uuid.UUID: ...
    @property
    def fee_kind(self) -> str | None: ...
    @property
    def fee_cents(self) -> int | None: ...
    @property
    def rate_cents(self) -> int | None: ...
    @property
    def currency(self) -> str: ...
    @property
    def hours_estimate(self) -> float | None: ...
    @property
    def ended_on(self) -> date | None: ...
    @property
    def status(self) -> str: ...


@dataclass(frozen=True)
class Terms:
    """An engagement's terms read without the ORM."""

    id: uuid.UUID
    fee_kind: str | None
    fee_cents: int | None
    rate_cents: int | None
    currency: str
    hours_estimate: float | None
    ended_on: date | None
    status: str


@dataclass(frozen=True)
class Fee:
    engagement_id: uuid.UUID
    kind: str | None
    currency: str
    total: Fraction | None  # None: no fee agreed yet
    rate_cents: int | None
    logged_seconds: int
    hours_estimate: float | None
    finished: bool = True  # delivered, paid or cancelled (its hours will not grow)

    @property
    def logged_hours(self) -> Fraction:
        return Fraction(self.logged_seconds, 3600)

    @property
    def effective_rate(self) -> Fraction | None:
        """Minor units per hour actually logged."""
        if self.kind == FeeKind.HOURLY:
            return Fraction(self.rate_cents) if self.rate_cents is not None else None
        if self.total is None or not self.logged_seconds:
            return None
        return self.total / self.logged_hours

    @property
    def rate_so_far(self) -> Fraction | None:
        """The effective rate; while running, over at least the estimated hours."""
        if self.kind == FeeKind.HOURLY or self.finished or not self.hours_estimate:
            return self.effective_rate
        if self.total is None:
            return None
        return self.total / max(self.logged_hours, Fraction(str(self.hours_estimate)))

    @property
    def implied_rate(self) -> Fraction | None:
        """Minor units per hour the estimate promised (fee over estimated hours)."""
        if self.kind == FeeKind.HOURLY:
            return Fraction(self.rate_cents) if self.rate_cents is not None else None
        if self.total is None or not self.hours_estimate:
            return None
        return self.total / Fraction(str(self.hours_estimate))


def kind_of(engagement: FeeTerms) -> str | None:
    """The fee kind, a fee with no kind (older rows) counting as fixed."""
    if engagement.fee_kind:
        return engagement.fee_kind
    return FeeKind.FIXED if engagement.fee_cents is not None else None


def fee_of(engagement: FeeTerms, logged_seconds: int, milestone_fees: list[int]) -> Fee:
    kind = kind_of(engagement)
    total: Fraction | None = None
    if kind == FeeKind.FIXED and engagement.fee_cents is not None:
        total = Fraction(engagement.fee_cents)
    elif kind == FeeKind.HOURLY and engagement.rate_cents is not None:
        total = Fraction(engagement.rate_cents * logged_seconds, 3600)
    elif kind == FeeKind.MILESTONES and milestone_fees:
        total = Fraction(sum(milestone_fees))
    finished = engagement.ended_on is not None or engagement.status in (
        EngagementStatus.DELIVERED, EngagementStatus.PAID, EngagementStatus.CANCELLED)
    return Fee(engagement.id, kind, engagement.currency, total, engagement.rate_cents,
               logged_seconds, engagement.hours_estimate, finished)
