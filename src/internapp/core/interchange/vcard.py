"""vCard import (3.0 and 4.0, and the 2.1 that old phones still write) through vobject.

The file is cut into cards at BEGIN:VCARD / END:VCARD lines and each card is parsed on its own,
so one malformed card is reported (with its line) while the good ones around it are imported.
vobject unfolds lines, decodes escapes, quoted-printable and base64, and keeps itemN. groups.
A card without FN is named from N, then NICKNAME, then ORG, then EMAIL. A vCard 4.0 PHOTO is a
data: URI, which vobject's text decoding would cut at its comma, so that value is taken from the
card's unfolded line as written.
"""

import base64
import binascii
import io
import re
from pathlib import Path
from typing import Any

import vobject
from vobject.base import VObjectError, getLogicalLines, parseLine

from internapp.core.interchange import contacts_import
from internapp.core.interchange.contacts_import import ContactDraft, ParsedFile
from internapp.core.interchange.report import ImportReport, RejectedRow
from internapp.core.services import contacts
from internapp.core.services.errors import ValidationError
from internapp.core.store import Store

FORMAT = "vcard"
BEGIN = re.compile(r"^BEGIN:VCARD\s*$", re.IGNORECASE)
END = re.compile(r"^END:VCARD\s*$", re.IGNORECASE)
# X- properties this app writes so its own export reads back without losing anything.
X_HOW_MET = "X-INTERNAPP-HOW-MET"
X_CADENCE = "X-INTERNAPP-KEEP-IN-TOUCH-DAYS"
X_CONNECTED = "X-INTERNAPP-CONNECTED-ON"



def run_import(store: Store, path: Path, dry_run: bool, should_cancel=None) -> ImportReport:
    """The ``internapp import vcard`` runner: preview, then (unless dry run) write."""
    return contacts_import.run(store, FORMAT, path, read_file, dry_run,
                               should_cancel=should_cancel)


def read_file(path: Path) -> ParsedFile:
    data = Path(path).read_bytes()
    parsed = ParsedFile()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        parsed.notes.append("the file is not UTF-8; it was read as Windows-1252")
    read_text(text, parsed)
    if not parsed.drafts and not parsed.rejected:
        raise ValidationError("file", f"{path} holds no vCard (no BEGIN:VCARD line)")
    return parsed


def read_text(text: str, parsed: ParsedFile) -> None:
    for number, first_line, card, problem in split_cards(text):
        if problem:
            parsed.rejected.append(RejectedRow(f"card {number} (line {first_line})", problem))
            continue
        row = f"card {number} (line {first_line})"
        try:
            values, notes = card_values(card)
        except ValidationError as error:
            parsed.rejected.append(RejectedRow(row, error.reason, error.field))
            continue
        except (VObjectError, ValueError, binascii.Error, UnicodeError) as error:
            parsed.rejected.append(RejectedRow(row, _vobject_reason(error, first_line)))
            continue
        parsed.notes.extend(f"{row}: {note}" for note in notes)
        parsed.drafts.append(ContactDraft(row, values))


def split_cards(text: str):
    """Yields (card number, first line number, card text, problem) for each card in the file."""
    lines = text.splitlines()
    number, start, current = 0, 0, None
    for line_number, line in enumerate(lines, start=1):
        if BEGIN.match(line):
            if current is not None:
                yield number, start, None, "no END:VCARD before the next card begins"
            number += 1
            start, current = line_number, [line]
        elif current is not None:
            current.append(line)
            if END.match(line):
                yield number, start, "\r\n".join(current) + "\r\n", None
                current = None
    if current is not None:
        yield number, start, None, "the file ends before this card's END:VCARD"


def card_values(card_text: str) -> tuple[dict[str, Any], list[str]]:
    """The contact fields one card gives, and notes about what was left out."""
    card = vobject.readOne(card_text, allowQP=True)
    notes: list[str] = []
    values: dict[str, Any] = {}
    name = _name_parts(card)
    values.update({k: v for k, v in name.items() if v})
    nickname = _first_text(card, "nickname")
    organization = _organization(card)
    emails = [_strip_prefix(_text(line.value), "mailto:") for line in _lines(card, "email")]
    emails = [e for e in emails if e]
    display = (_first_text(card, "fn") or _formatted_name(name) or nickname or organization
               or (emails[0] if emails else None))
    if not display:
        raise ValidationError("FN", "the card has no name: FN, N, NICKNAME, ORG and EMAIL are "
                                    "all empty")
    values["display_name"] = display
    values["nickname"] = nickname
    values["organization"] = organization
    values["emails"] = emails
    values["phones"] = [p for p in (_strip_prefix(_text(line.value), "tel:")
                                    for line in _lines(card, "tel")) if p]
    values["title"] = _first_text(card, "title")
    values["notes"] = "\n\n".join(_text(line.value) for line in _lines(card, "note")
                                  if _text(line.value).strip())
    values["tags"] = [tag for line in _lines(card, "categories") for tag in _as_list(line.value)]
    values["linkedin_url"] = _linkedin(card)
    values["birthday"] = _birthday(card)
    values["external_uid"] = _first_text(card, "uid")
    values["how_met"] = _first_text(card, X_HOW_MET.lower())
    values["keep_in_touch_days"] = _first_text(card, X_CADENCE.lower())
    values["connected_on"] = _first_text(card, X_CONNECTED.lower())
    photo = _photo(card, card_text, notes)
    if photo:
        values["photo"], values["photo_mime"] = photo
    return {k: v for k, v in values.items() if v not in (None, "", [])}, notes


# --- properties ----------------------------------------------------------------------------------


def _lines(card, name: str) -> list:
    return list(card.contents.get(name, []))


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    if isinstance(value, list):
        return ", ".join(_text(v) for v in value if _text(v))
    return str(value) if value is not None else ""


def _as_list(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    return [_text(v).strip() for v in items if _text(v).strip()]


def _first_text(card, name: str) -> str | None:
    for line in _lines(card, name):
        value = _text(line.value).strip()
        if value:
            return value
    return None


def _strip_prefix(value: str, prefix: str) -> str:
    value = value.strip()
    return value[len(prefix):].strip() if value.casefold().startswith(prefix) else value


def _name_parts(card) -> dict[str, str | None]:
    lines = _lines(card, "n")
    if not lines or not isinstance(lines[0].value, vobject.vcard.Name):
        return {}
    n = lines[0].value

    def part(value) -> str | None:
        return " ".join(_as_list(value)) or None

    return {"family_name": part(n.family), "given_name": part(n.given),
            "middle_name": part(n.additional), "prefix": part(n.prefix),
            "suffix": part(n.suffix)}


def _formatted_name(parts: dict[str, str | None]) -> str | None:
    order = ("prefix", "given_name", "middle_name", "family_name", "suffix")
    return " ".join(value for k in order if (value := parts.get(k))) or None


def _organization(card) -> str | None:
    for line in _lines(card, "org"):
        units = _as_list(line.value)
        if units:
            return units[0]
    return None


def _linkedin(card) -> str | None:
    for name in ("url", "x-socialprofile"):
        for line in _lines(card, name):
            value = _text(line.value).strip()
            if "linkedin.com" in value.casefold():
                return value
    return None


def _birthday(card) -> str | None:
    """BDAY as the contacts service takes it: --MMDD, --MM-DD, YYYYMMDD, YYYY-MM-DD. A time (or a
    vCard 2.1 ISO date-time) is cut to its date; Apple's X-APPLE-OMIT-YEAR marks a day without a
    year. Anything else is left for the service to reject, naming the field."""
    lines = _lines(card, "bday")
    value = _text(lines[0].value).strip() if lines else ""
    if not value:
        return None
    dated = re.fullmatch(r"(\d{4}-?\d\d-?\d\d)T[\d:.]+(Z|[+-][\d:]+)?", value)
    value = dated[1] if dated else value
    omitted = lines[0].params.get("X-APPLE-OMIT-YEAR", [])
    if omitted and value.startswith(omitted[0]) and len(value) > 4:
        return "--" + value[4:].lstrip("-")
    return value


def _photo(card, card_text: str, notes: list[str]) -> tuple[bytes, str] | None:
    lines = _lines(card, "photo")
    if not lines:
        return None
    line = lines[0]
    if isinstance(line.value, bytes):  # 3.0 / 2.1: ENCODING=b or BASE64, decoded by vobject
        data, declared = line.value, _declared_type(line)
    else:
        uri = _raw_value(card_text, "PHOTO") or _text(line.value)
        match = re.match(r"data:([\w/+.-]*)(;[^,]*)?,(.*)$", uri.strip(), re.DOTALL)
        if not match:
            notes.append("its photo is a link to the web, which is not downloaded")
            return None
        if "base64" not in (match[2] or "").casefold():
            notes.append("its photo is not base64 data and was left out")
            return None
        data = base64.b64decode(re.sub(r"\s+", "", match[3]), validate=True)
        declared = match[1].casefold() or None
    mime = contacts.image_type(data) or declared
    if mime is None or not mime.startswith("image/") or mime == "image/tiff":
        notes.append(f"its photo ({declared or 'unknown type'}) is not an image type the app "
                     "shows and was left out")
        return None
    return data, mime


def _declared_type(line) -> str | None:
    types = [t for t in line.params.get("TYPE", []) + line.singletonparams if t]
    for value in types:
        value = value.casefold()
        if value in ("jpeg", "jpg", "png", "gif", "bmp", "webp"):
            return "image/" + ("jpeg" if value == "jpg" else value)
        if value.startswith("image/"):
            return value
    return None


def _raw_value(card_text: str, name: str) -> str | None:
    """The value of property ``name`` as written (unfolded, not unescaped)."""
    for line, _number in getLogicalLines(io.StringIO(card_text)):
        prop, _params, value, _group = parseLine(line)
        if prop.upper() == name:
            return value
    return None


def _vobject_reason(error: Exception, first_line: int) -> str:
    line = getattr(error, "lineNumber", None)
    message = getattr(error, "msg", None) or str(error)
    if isinstance(error, binascii.Error):
        message = f"its base64 data (a photo?) cannot be decoded: {error}"
    if line is not None:
        return f"line {first_line + int(line) - 1}: {message}"
    return str(message)
