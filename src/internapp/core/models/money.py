"""Money on engagements: payments (expected and received) and numbered invoices.

Amounts are integers in the currency's minor unit (cents for USD and EUR, yen for JPY), in the
engagement's currency; see core/services/money.py for the one rounding rule.
"""

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, Index
from sqlmodel import Field

from internapp.core.enums import FeeKind, InvoiceStatus  # noqa: F401  (re-exported)
from internapp.core.models.base import Record
from internapp.core.store.types import UTCDateTime


class Payment(Record, table=True):
    """Money for an engagement: expected (``expected_on``, not received yet) or received.

    ``amount_cents`` is what the payment counts against the fee (gross); ``withheld_cents`` what a
    platform or service kept from it, so the student received amount − withheld.
    """

    __tablename__ = "payment"
    __table_args__ = (
        CheckConstraint("amount_cents > 0", name="ck_payment_amount"),
        CheckConstraint("withheld_cents >= 0 AND withheld_cents <= amount_cents",
                        name="ck_payment_withheld"),
        CheckConstraint("expected_on IS NOT NULL OR received_on IS NOT NULL",
                        name="ck_payment_dated"),
        Index("ix_payment_received", "received_on"),
        Index("ix_payment_expected", "expected_on"),
    )

    engagement_id: uuid.UUID = Field(foreign_key="engagement.id", ondelete="CASCADE", index=True)
    milestone_id: uuid.UUID | None = Field(default=None, foreign_key="milestone.id",
                                           ondelete="SET NULL")
    amount_cents: int
    withheld_cents: int = 0
    expected_on: date | None = None
    received_on: date | None = None
    method: str | None = None  # bank transfer, PayPal, platform payout…
    reference: str | None = None  # the transfer's or payout's reference
    payer: str | None = None  # who paid, when not the engagement's organization (a platform)
    note: str = ""


class Invoice(Record, table=True):
    """A numbered invoice. Its sender, client and lines are kept as issued (snapshots), so it
    reads the same after the profile, the organization or the engagement change, and survives
    the engagement being deleted. A number is never reused: a deleted draft stays as DELETED."""

    __tablename__ = "invoice"
    __table_args__ = (CheckConstraint("total_cents >= 0", name="ck_invoice_total"),)

    number: str = Field(unique=True)
    number_key: str = Field(unique=True)  # casefolded, spaces removed: "inv 7" = "INV7"
    engagement_id: uuid.UUID | None = Field(default=None, foreign_key="engagement.id",
                                            ondelete="SET NULL", index=True)
    milestone_id: uuid.UUID | None = Field(default=None, foreign_key="milestone.id",
                                           ondelete="SET NULL")
    status: str = InvoiceStatus.DRAFT
    issued_on: date | None = None
    due_on: date | None = None
    currency: str
    total_cents: int = 0
    lines: list[dict[str, Any]] = Field(default_factory=list, sa_type=JSON)
    seller: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)
    client: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)
    title: str = ""  # the engagement (and milestone) it bills, as issued
    notes: str = ""
    billed_from: datetime | None = Field(default=None, sa_type=UTCDateTime)  # hourly: the hours
    billed_until: datetime | None = Field(default=None, sa_type=UTCDateTime)  # it covers
    corrects_id: uuid.UUID | None = Field(default=None, foreign_key="invoice.id",
                                          ondelete="SET NULL")
    stored_name: str | None = None  # the PDF as sent, relative to the documents folder
    sha256: str | None = None
    deleted_on: date | None = None
    delete_reason: str | None = None
