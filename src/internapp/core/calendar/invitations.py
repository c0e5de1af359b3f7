"""Interview invitations from .ics files (the attachment of an invitation e-mail): each event
creates or updates the interview on the right application.

Time: a UTC time (Google and most others) is taken as is; a TZID is resolved through the file's
own VTIMEZONE (Exchange and Outlook send one, often with a Windows name such as "Pacific Standard
Time" or a "Customized Time Zone"), else the Windows-to-IANA mapping, else an IANA name. A start
with no zone (a floating time), a zone that cannot be resolved, or no start at all is rejected
with the reason. A recurrence imports its next occurrence (or its first, when none is left) and
says so. The UID makes a second import of the same invitation update the same interview; without
one a stable key from the organizer, the title and the start takes its place. METHOD:CANCEL
cancels the interview.

Application: the one given, else the one the interview already belongs to, else the open
application linked to the organizer (by e-mail address) or at the organizer's organization (its
name in the invitation, or the e-mail domain). When that is not exactly one, nothing changes and
the candidates are listed.
"""

import hashlib
import re
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlmodel import col, select

from internapp.core.clock import local_zone_name, utcnow
from internapp.core.interchange.report import ImportReport
from internapp.core.models import (
    Application,
    Contact,
    ContactLink,
    Interview,
    Organization,
    Stage,
)
from internapp.core.services import interviews
from internapp.core.services.errors import ValidationError
from internapp.core.services.fields import name_key

MAX_NOTES = 20_000
_URL = re.compile(r"https?://\S+", re.IGNORECASE)
_VIDEO_WORDS = ("teams", "zoom", "meet.google", "google meet", "webex", "whereby", "video")
_PHONE_WORDS = ("phone", "call")


@dataclass
class Invitation:
    """One event of the file, read and resolved."""

    uid: str
    start: datetime  # aware UTC
    tz: str  # IANA name to show it in
    minutes: int | None
    summary: str
    location: str | None
    description: str
    organizer: str | None  # e-mail address
    organizer_name: str | None
    attendees: list[str] = field(default_factory=list)  # e-mail addresses
    cancelled: bool = False
    note: str | None = None  # e.g. what was done with a recurrence

    @property
    def kind(self) -> str | None:
        text = " ".join([self.summary, self.location or "", self.description]).casefold()
        if any(word in text for word in _VIDEO_WORDS) or _URL.search(self.location or ""):
            return "video"
        if any(word in self.summary.casefold() for word in _PHONE_WORDS):
            return "phone"
        if self.location:
            return "on-site"
        return None


class InvitationError(ValidationError):
    pass


# --- reading -------------------------------------------------------------------------------------


def read(path: Path, now: datetime | None = None) -> tuple[list[Invitation], list[tuple[str, str]]]:
    """The invitations in the file and the events rejected (label, reason)."""
    from icalendar import Calendar

    try:
        calendar = Calendar.from_ical(Path(path).read_bytes())
    except (ValueError, IndexError, KeyError) as error:
        raise InvitationError("file", f"{Path(path).name} is not an iCalendar file "
                                      f"({error})") from None
    method = str(calendar.get("METHOD", "")).upper()
    zones = {str(tz["TZID"]): tz for tz in calendar.walk("VTIMEZONE") if "TZID" in tz}
    found: list[Invitation] = []
    rejected: list[tuple[str, str]] = []
    events = [e for e in calendar.walk("VEVENT") if "RECURRENCE-ID" not in e]
    if not events:
        raise InvitationError("file", f"{Path(path).name} holds no event")
    for number, event in enumerate(events, start=1):
        label = str(event.get("SUMMARY") or f"event {number}")
        try:
            found.append(_invitation(event, zones, method, now or utcnow()))
        except InvitationError as error:
            rejected.append((label, error.reason))
    return found, rejected


def _invitation(event, zones: dict, method: str, now: datetime) -> Invitation:
    if "DTSTART" not in event:
        raise InvitationError("DTSTART", "the invitation has no start time")
    start, zone_name, zone = _start(event["DTSTART"], zones)
    minutes = _minutes(event, start, zones)
    note = None
    if "RRULE" in event:
        start, note = _occurrence(event, start, zone, now)
    organizer, organizer_name = _address(event.get("ORGANIZER"))
    attendees = event.get("ATTENDEE") or []
    attendees = attendees if isinstance(attendees, list) else [attendees]
    summary = " ".join(str(event.get("SUMMARY") or "Interview").split())
    uid = str(event.get("UID") or "").strip() or _stable_key(organizer, summary, event["DTSTART"])
    return Invitation(
        uid=uid, start=start.astimezone(UTC), tz=zone_name, minutes=minutes, summary=summary,
        location=" ".join(str(event.get("LOCATION") or "").split()) or None,
        description=str(event.get("DESCRIPTION") or "").strip()[:MAX_NOTES],
        organizer=organizer, organizer_name=organizer_name,
        attendees=[a for a in (_address(x)[0] for x in attendees) if a],
        cancelled=method == "CANCEL" or str(event.get("STATUS", "")).upper() == "CANCELLED",
        note=note)


def _start(prop, zones: dict) -> tuple[datetime, str, tzinfo]:
    raw = prop.to_ical().decode().strip()
    if prop.params.get("VALUE") == "DATE" or re.fullmatch(r"\d{8}", raw):
        raise InvitationError("DTSTART", f"the start {raw} is a whole day, with no time")
    try:
        wall = datetime.strptime(raw.rstrip("Zz"), "%Y%m%dT%H%M%S")
    except ValueError:
        raise InvitationError("DTSTART", f"the start {raw!r} is not a date and time") from None
    if raw.upper().endswith("Z"):
        return wall.replace(tzinfo=UTC), local_zone_name(), UTC
    tzid = prop.params.get("TZID")
    if not tzid:
        raise InvitationError("DTSTART", f"the start {raw} is a floating time: the invitation "
                                         "does not say in which time zone")
    zone, name = resolve_zone(str(tzid), zones)
    return wall.replace(tzinfo=zone), name, zone


def resolve_zone(tzid: str, zones: dict) -> tuple[tzinfo, str]:
    """A TZID as a tzinfo and the IANA name to show times in: the file's own VTIMEZONE first
    (what the sender's calendar meant), else the Windows-to-IANA mapping, else an IANA name."""
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    iana = _iana(tzid) or _iana(WINDOWS_TO_OLSON.get(tzid, ""))
    if tzid in zones:
        try:
            own = zones[tzid].to_tz(lookup_tzid=False)
        except Exception as error:
            if iana is None:
                raise InvitationError("TZID", f"the time zone {tzid!r} of the invitation "
                                              f"cannot be read ({error})") from None
        else:
            return own, iana or local_zone_name()
    if iana is None:
        raise InvitationError("TZID", f"the time zone {tzid!r} is unknown: neither described in "
                                      "the invitation nor a Windows or IANA zone name")
    return ZoneInfo(iana), iana


def _iana(name: str) -> str | None:
    if not name or ("/" not in name and name != "UTC"):
        return None
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return name


def _minutes(event, start: datetime, zones: dict) -> int | None:
    end = None
    if "DTEND" in event:
        try:
            end, _, _ = _start(event["DTEND"], zones)
        except InvitationError:
            end = None
    elif "DURATION" in event:
        end = start + event.decoded("DURATION")
    if end is None:
        return None
    minutes = int((end.astimezone(UTC) - start.astimezone(UTC)).total_seconds() // 60)
    return minutes if 5 <= minutes <= 24 * 60 else None


def _occurrence(event, start: datetime, zone: tzinfo, now: datetime) -> tuple[datetime, str]:
    from dateutil.rrule import rrulestr

    rule_text = event["RRULE"].to_ical().decode()
    try:
        rule = rrulestr(rule_text, dtstart=start)
    except (ValueError, TypeError) as error:
        raise InvitationError("RRULE", f"the recurrence {rule_text!r} cannot be read "
                                       f"({error})") from None
    following = rule.after(now.astimezone(zone), inc=True)
    if following is not None:
        return following, (f"a recurring invitation ({rule_text}): imported its next "
                           f"occurrence, {following:%a %d %b %Y %H:%M}")
    return start, (f"a recurring invitation ({rule_text}) with no occurrence left: imported its "
                   f"first, {start:%a %d %b %Y %H:%M}")


def _address(prop) -> tuple[str | None, str | None]:
    if prop is None:
        return None, None
    value = str(prop).strip()
    address = value[7:] if value.lower().startswith("mailto:") else value
    name = getattr(prop, "params", {}).get("CN")
    return (address.casefold() if "@" in address else None), (str(name) if name else None)


def _stable_key(organizer: str | None, summary: str, start_prop) -> str:
    raw = "|".join([organizer or "", name_key(summary), start_prop.to_ical().decode(),
                    str(start_prop.params.get("TZID", ""))])
    return f"no-uid-{hashlib.sha256(raw.encode()).hexdigest()[:32]}@internapp"


# --- matching ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    application_id: uuid.UUID
    organization: str
    role: str
    stage: str


def candidates(store, invitation: Invitation) -> list[Candidate]:
    """Open applications the invitation may belong to: linked to the organizer, or at the
    organizer's organization (named in the invitation, or its e-mail domain)."""
    with store.read() as session:
        rows = session.exec(
            select(Application, Organization, Stage.name)
            .join(Organization, col(Organization.id) == col(Application.organization_id))
            .join(Stage, col(Stage.id) == col(Application.stage_id))
            .where(Stage.is_closed == False)).all()  # noqa: E712
        people = [a for a in {invitation.organizer, *invitation.attendees} if a]
        contacts = [c for c in session.exec(select(Contact))
                    if any(e.casefold() in people for e in c.emails)]
        organizer_contacts = [c for c in contacts if invitation.organizer
                              and invitation.organizer in {e.casefold() for e in c.emails}]
        linked = {link.application_id for link in session.exec(select(ContactLink).where(
            col(ContactLink.contact_id).in_([c.id for c in organizer_contacts]),
            col(ContactLink.application_id).is_not(None)))}
        contact_orgs = {c.organization_id for c in organizer_contacts if c.organization_id}
    found = [row for row in rows if row[0].id in linked]
    if not found:
        found = [row for row in rows if row[1].id in contact_orgs]
    if not found:
        found = [row for row in rows if _names_organization(invitation, row[1])]
    return [Candidate(a.id, o.name, a.role, stage) for a, o, stage in found]


def _names_organization(invitation: Invitation, organization: Organization) -> bool:
    key = name_key(organization.name)
    text = name_key(" ".join([invitation.summary, invitation.organizer_name or "",
                              invitation.location or "", invitation.description[:2000]]))
    if key and re.search(rf"(?<!\w){re.escape(key)}(?!\w)", text):
        return True
    domain = (invitation.organizer or "").rpartition("@")[2]
    if not domain or domain.split(".")[0] in ("gmail", "outlook", "hotmail", "yahoo", "icloud"):
        return False
    website = (organization.website or "").casefold()
    if website and domain in website:
        return True
    label = domain.rsplit(".", 1)[0].rsplit(".", 1)[-1].replace("-", " ")  # kestrel.example
    words = key.split()
    return bool(label) and (label.replace(" ", "") == key.replace(" ", "")
                            or (bool(words) and label == words[0]))


def _contacts_for(store, invitation: Invitation) -> list[uuid.UUID]:
    wanted = [a for a in [invitation.organizer, *invitation.attendees] if a]
    with store.read() as session:
        return [c.id for c in session.exec(select(Contact))
                if any(e.casefold() in wanted for e in c.emails)]


# --- importing -----------------------------------------------------------------------------------


def import_file(store, path: Path, dry_run: bool = False, *,
                application_id: uuid.UUID | None = None,
                now: datetime | None = None) -> ImportReport:
    """Creates or updates the interviews of the invitation; see the module's description."""
    report = ImportReport("ics", Path(path).name, dry_run)
    invitations, rejected = read(path, now)
    for label, reason in rejected:
        report.reject(label, reason)
    plans = []
    for invitation in invitations:
        plans.append((invitation, _target(store, invitation, application_id)))
    for invitation, (existing, target) in plans:
        if invitation.note:
            report.notes.append(invitation.note)
        if invitation.cancelled:
            if existing is None or existing.cancelled_at is not None:
                report.duplicates += 1
                report.notes.append(f"{invitation.summary}: cancelled; nothing to cancel here")
            else:
                report.count("interviews cancelled")
                if not dry_run:
                    interviews.cancel(store, existing.id)
            continue
        assert target is not None  # only a cancellation may have no application
        values = _values(store, invitation)
        if existing is None:
            report.count("interviews")
            report.notes.append(f"{invitation.summary}: {_when(invitation)} on "
                                f"{_describe(store, target)}")
            if not dry_run:
                interviews.add(store, target, external_uid=invitation.uid, **values)
        elif _unchanged(store, existing, values):
            report.duplicates += 1
        else:
            report.count("interviews updated")
            report.notes.append(f"{invitation.summary}: now {_when(invitation)}")
            if not dry_run:
                if existing.cancelled_at is not None:
                    interviews.restore(store, existing.id)
                interviews.update(store, existing.id, **values)
    return report


def _target(store, invitation: Invitation, application_id: uuid.UUID | None
            ) -> tuple[Interview | None, uuid.UUID | None]:
    with store.read() as session:
        existing = interviews.by_external_uid(session, invitation.uid)
    if existing is not None:
        return existing, existing.application_id
    if application_id is not None:
        return None, application_id
    if invitation.cancelled:
        return None, None
    found = candidates(store, invitation)
    if len(found) == 1:
        return None, found[0].application_id
    if found:
        listed = "\n".join(f"  {c.application_id.hex[:8]}  {c.role} at {c.organization} "
                           f"({c.stage})" for c in found)
        raise ValidationError("application", f"{invitation.summary!r} may belong to "
                                             f"{len(found)} applications; nothing was imported. "
                                             f"Choose one with --application ID:\n{listed}")
    with store.read() as session:
        open_ones = session.exec(
            select(Application.id, Organization.name, Application.role)
            .join(Organization, col(Organization.id) == col(Application.organization_id))
            .join(Stage, col(Stage.id) == col(Application.stage_id))
            .where(Stage.is_closed == False)).all()  # noqa: E712
    listed = "\n".join(f"  {a.hex[:8]}  {role} at {org}" for a, org, role in open_ones[:20])
    raise ValidationError(
        "application", f"no application matches {invitation.summary!r} (organizer "
                       f"{invitation.organizer or 'unknown'}); nothing was imported. Choose one "
                       f"with --application ID" + (f":\n{listed}" if listed else
                                                     " (there is no open application yet)"))


def _values(store, invitation: Invitation) -> dict:
    values = {"at": invitation.start, "tz": invitation.tz,
              "duration_minutes": invitation.minutes, "kind": invitation.kind,
              "location": invitation.location, "people": _contacts_for(store, invitation)}
    notes = "\n\n".join(p for p in (invitation.summary, invitation.description) if p)
    values["notes"] = notes[:MAX_NOTES]
    return values


def _unchanged(store, existing: Interview, values: dict) -> bool:
    row = interviews.get(store, existing.id)
    return (row.at == values["at"] and row.tz == values["tz"]
            and row.duration_minutes == values["duration_minutes"]
            and row.kind == values["kind"] and row.location == values["location"]
            and row.notes == values["notes"] and row.cancelled_at is None
            and {p.contact_id for p in row.people} == set(values["people"]))


def _when(invitation: Invitation) -> str:
    local = invitation.start.astimezone(ZoneInfo(invitation.tz))
    return f"{local:%a %d %b %Y %H:%M} ({invitation.tz})"


def _describe(store, application_id: uuid.UUID) -> str:
    with store.read() as session:
        application = session.get(Application, application_id)
        if application is None:
            raise ValidationError("application", f"no application matches {application_id}")
        organization = session.get(Organization, application.organization_id)
    return f"{application.role} at {organization.name}"

