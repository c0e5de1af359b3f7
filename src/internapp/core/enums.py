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


class DocumentKind(StrEnum):
    RESUME = "resume"
    COVER_LETTER = "cover_letter"
    PORTFOLIO = "portfolio"
    OTHER = "other"
