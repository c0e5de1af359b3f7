"""The enumerations the tables use, importable without the ORM (the plain paths need them)."""

from enum import StrEnum


class EngagementStatus(StrEnum):
    PLANNED = "planned"
    ACTIVE = "active"
    DELIVERED = "delivered"
    PAID = "paid"
    CANCELLED = "cancelled"


class StageRole(StrEnum):
    """What a pipeline stage means, whatever the user renames it to."""

    SAVED = "saved"
    APPLIED = "applied"
    INTERVIEWING = "interviewing"
    OFFER = "offer"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    GHOSTED = "ghosted"


class ContactRole(StrEnum):
    SUPERVISOR = "supervisor"
    MENTOR = "mentor"
    RECRUITER = "recruiter"
    INTERVIEWER = "interviewer"
    REFERRER = "referrer"


class Channel(StrEnum):
    EMAIL = "email"
    CALL = "call"
    VIDEO = "video"
    COFFEE = "coffee"
    LINKEDIN = "linkedin"
    EVENT = "event"
    OTHER = "other"


class InterviewKind(StrEnum):
    PHONE = "phone"
    VIDEO = "video"
    ON_SITE = "on-site"
    TAKE_HOME = "take-home"


INTERVIEW_KIND_LABELS: dict[str, str] = {
    InterviewKind.PHONE: "Phone", InterviewKind.VIDEO: "Video", InterviewKind.ON_SITE: "On-site",
    InterviewKind.TAKE_HOME: "Take-home"}


def interview_title(kind: str | None) -> str:
    """"Video interview" — the kind, or just "Interview"."""
    label = INTERVIEW_KIND_LABELS.get(kind) if kind else None
    return f"{label} interview" if label else "Interview"


class DocumentKind(StrEnum):
    RESUME = "resume"
    COVER_LETTER = "cover_letter"
    PORTFOLIO = "portfolio"
    OTHER = "other"


class FeeKind(StrEnum):
    FIXED = "fixed"  # one agreed fee (Engagement.fee_cents)
    HOURLY = "hourly"  # a rate per hour logged (Engagement.rate_cents)
    MILESTONES = "milestones"  # a fee per milestone (Milestone.fee_cents)


class InvoiceStatus(StrEnum):
    DRAFT = "draft"  # numbered, still editable; deleting it burns its number
    SENT = "sent"  # issued: its PDF is kept as sent and never changes
    CORRECTED = "corrected"  # sent, then replaced by a corrected invoice (corrects_id)
    DELETED = "deleted"  # a deleted draft: the row stays so its number is never reused
