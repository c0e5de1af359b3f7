"""The words core/ keeps in English, as the window shows them: in the user's language (the
command line, exports and the stored values stay English). One place, so every screen and dialog
names a channel the same way."""


from internapp.core.enums import (
    Channel,
    ContactRole,
    DocumentKind,
    EngagementStatus,
    InterviewKind,
)
from internapp.ui.words import QT_TRANSLATE_NOOP, QCoreApplication

CHANNELS = {Channel.EMAIL: QT_TRANSLATE_NOOP("Labels", "Email"),
            Channel.CALL: QT_TRANSLATE_NOOP("Labels", "Call"),
            Channel.VIDEO: QT_TRANSLATE_NOOP("Labels", "Video call"),
            Channel.COFFEE: QT_TRANSLATE_NOOP("Labels", "Coffee"),
            Channel.LINKEDIN: QT_TRANSLATE_NOOP("Labels", "LinkedIn message"),
            Channel.EVENT: QT_TRANSLATE_NOOP("Labels", "Event"),
            Channel.OTHER: QT_TRANSLATE_NOOP("Labels", "Other")}


ROLES = {ContactRole.SUPERVISOR: QT_TRANSLATE_NOOP("Labels", "Supervisor"),
         ContactRole.MENTOR: QT_TRANSLATE_NOOP("Labels", "Mentor"),
         ContactRole.RECRUITER: QT_TRANSLATE_NOOP("Labels", "Recruiter"),
         ContactRole.INTERVIEWER: QT_TRANSLATE_NOOP("Labels", "Interviewer"),
         ContactRole.REFERRER: QT_TRANSLATE_NOOP("Labels", "Referrer")}


def role(value: str) -> str:
    """What a contact is to an application or engagement (``mentor`` → ``Mentor``)."""
    text = ROLES.get(value)  # type: ignore[call-overload]
    return QCoreApplication.translate("Labels", text) if text else value.capitalize()


STATUSES = {EngagementStatus.PLANNED: QT_TRANSLATE_NOOP("Labels", "Planned"),
            EngagementStatus.ACTIVE: QT_TRANSLATE_NOOP("Labels", "Active"),
            EngagementStatus.DELIVERED: QT_TRANSLATE_NOOP("Labels", "Delivered"),
            EngagementStatus.PAID: QT_TRANSLATE_NOOP("Labels", "Paid"),
            EngagementStatus.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Cancelled")}


def engagement_status(value: str) -> str:
    """Where an engagement stands (``active`` → ``Active``)."""
    text = STATUSES.get(value)  # type: ignore[call-overload]
    return QCoreApplication.translate("Labels", text) if text else value.capitalize()


DOCUMENTS = {DocumentKind.RESUME: QT_TRANSLATE_NOOP("Labels", "Résumé"),
             DocumentKind.COVER_LETTER: QT_TRANSLATE_NOOP("Labels", "Cover letter"),
             DocumentKind.PORTFOLIO: QT_TRANSLATE_NOOP("Labels", "Portfolio"),
             DocumentKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other")}


def document_kind(value: str) -> str:
    """What a document is (``cover_letter`` → ``Cover letter``)."""
    text = DOCUMENTS.get(value)  # type: ignore[call-overload]
    return QCoreApplication.translate("Labels", text) if text else value


def channel(value: str) -> str:
    """How an interaction happened (``email`` → ``Email``); an unknown value as it is."""
    text = CHANNELS.get(value)  # type: ignore[call-overload]  # a StrEnum key: a plain str finds it
    return QCoreApplication.translate("Labels", text) if text else value


INTERVIEWS = {InterviewKind.PHONE: QT_TRANSLATE_NOOP("Labels", "Phone interview"),
              InterviewKind.VIDEO: QT_TRANSLATE_NOOP("Labels", "Video interview"),
              InterviewKind.ON_SITE: QT_TRANSLATE_NOOP("Labels", "On-site interview"),
              InterviewKind.TAKE_HOME: QT_TRANSLATE_NOOP("Labels", "Take-home interview")}


def interview(kind: str | None) -> str:
    """``video`` → "Video interview"; no kind: "Interview"."""
    text = INTERVIEWS.get(kind) if kind else None  # type: ignore[call-overload]
    return QCoreApplication.translate("Labels", text or QT_TRANSLATE_NOOP("Labels", "Interview"))


# The templates core writes the titles of dated things with (core/services/markers.titled,
# today.DueItem): listed here for lupdate, filled in by ``marked``.
MARKER_TEMPLATES = (QT_TRANSLATE_NOOP("Markers", "Follow up: {role}"),
                    QT_TRANSLATE_NOOP("Markers", "Follow up with {name}"),
                    QT_TRANSLATE_NOOP("Markers", "{kind}: {role}"),
                    QT_TRANSLATE_NOOP("Markers", "Hand in: {title}"),
                    QT_TRANSLATE_NOOP("Markers", "Payment: {engagement}"),
                    QT_TRANSLATE_NOOP("Markers", "Engagement due"),
                    QT_TRANSLATE_NOOP("Markers", "{amount} from {payer}"))


def marked(template: str, values: tuple[tuple[str, str], ...], written: str = "") -> str:
    """A deadline's, follow-up's, interview's or payment's title (or detail) in the window's
    language, from the English template core made it with and its values (``written``, the
    English text, when it came without them)."""
    if "{" in template and not values:
        return written
    filled = {name: interview(value) if name == "kind" else value for name, value in values}
    return QCoreApplication.translate("Markers", template).format(**filled)
