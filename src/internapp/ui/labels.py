"""The words core/ keeps in English, as the window shows them: in the user's language (the
command line, exports and the stored values stay English). One place, so every screen and dialog
names a channel the same way."""


from internapp.core.enums import Channel, ContactRole, DocumentKind, EngagementStatus
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
