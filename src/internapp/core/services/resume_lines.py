"""Résumé lines: bullet lines suggested from what an engagement recorded, and the ones the student
keeps (edited or as suggested, in their order).

A suggestion is built only from recorded facts — the title, organization and platform, the dates,
the hours logged, the skills practised weighted by hours, the milestones met, the deliverables
and the results in the student's words — plain and in the past tense. Where a fact is missing the
line says so in square brackets ("[no hours logged]") instead of inventing it.

Each suggestion has a key ("summary", "skills", "deliverable:<id>", …). Keeping one stores its text
with its key, so it is not offered again however the student edits it. The lines an engagement
shows the world (portfolio, JSON Resume) are the kept ones, or its suggestions while none is kept.
"""

import re
import uuid
from dataclasses import dataclass
from datetime import date

from sqlmodel import col, select

from internapp.core.changes import Kind
from internapp.core.durations import duration_text
from internapp.core.models import Engagement, ResumeLine
from internapp.core.services.engagement_facts import EngagementFacts, facts_of
from internapp.core.services.errors import NotFoundError, ValidationError
from internapp.core.services.fields import text as text_field
from internapp.core.services.outcomes import next_position, reorder_rows, with_figure

line_text = text_field(required=True, max_length=400)
MAX_SKILLS_IN_LINE = 4
MIN_SKILL_HOURS = 0.5  # a skill practised for less is not worth a mention by hours
BULLET = "•"


@dataclass(frozen=True)
class Suggestion:
    key: str
    text: str
    missing: bool = False  # the line says what is missing rather than a fact


@dataclass(frozen=True)
class Line:
    """A line as shown or exported: kept (with its id) or suggested."""

    text: str
    key: str | None  # the suggestion it came from
    id: uuid.UUID | None = None  # None: suggested, not kept
    missing: bool = False
    skills: tuple[str, ...] = ()  # the engagement's skills the line names

    @property
    def kept(self) -> bool:
        return self.id is not None


@dataclass(frozen=True)
class EngagementLines:
    engagement_id: uuid.UUID
    title: str
    organization: str | None
    finished: bool
    kept: list[Line]
    suggested: list[Line]  # not yet kept

    @property
    def shown(self) -> list[Line]:
        """What the engagement shows the world: the kept lines, or the suggestions if none."""
        return self.kept or self.suggested


# --- suggestions ---------------------------------------------------------------------------------


def rounded_hours(hours: float) -> str:
    """A length in a résumé line, in the app's one format but rounded as a résumé rounds it: to
    the whole hour from an hour on ("8 h"), to the minute below ("45 min")."""
    return duration_text(round(hours) * 3600 if hours >= 1 else hours * 3600)


def span_phrase(first: date | None, last: date | None) -> str | None:
    """"Sep–Oct 2026", "Sep 2026", "Dec 2025–Jan 2026"; None without a first day."""
    if first is None:
        return None
    last = last if last and last >= first else first
    if (first.year, first.month) == (last.year, last.month):
        return f"{first:%b %Y}"
    if first.year == last.year:
        return f"{first:%b}–{last:%b %Y}"
    return f"{first:%b %Y}–{last:%b %Y}"


def _names(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _sentence(value: str) -> str:
    value = value.strip().rstrip(".").strip()
    return value[:1].upper() + value[1:]


def suggest(facts: EngagementFacts) -> list[Suggestion]:
    """The suggested lines of one engagement, from its facts only."""
    lines = [_summary(facts)]
    skills = _skills_line(facts)
    if skills:
        lines.append(skills)
    org = f" to {facts.organization}" if facts.organization else ""
    for item in facts.outcomes.deliverables:
        lines.append(Suggestion(f"deliverable:{item.id}", f"Delivered “{item.title}”{org}"))
    for result in facts.outcomes.results:
        said = with_figure(_sentence(result.text), result.figure)
        lines.append(Suggestion(f"result:{result.id}", said))
    if facts.milestones_total:
        lines.append(Suggestion("milestones", _milestones(facts)))
    if not facts.outcomes.deliverables and not facts.outcomes.results:
        lines.append(Suggestion(
            "missing:outcomes", "[No deliverables or results recorded: add what you handed over "
                                "and what came of it]", missing=True))
    return lines


def _summary(f: EngagementFacts) -> Suggestion:
    verb = "Completed" if f.finished else "Worked on"
    length = (f"{round(f.hours)}-hour" if f.hours >= 1 else rounded_hours(f.hours))
    text = (f"{verb} a {length} project, “{f.title}”," if f.seconds
            else f"{verb} the project “{f.title}”")
    text += f" for {f.organization}" if f.organization else " [organization not recorded]"
    if f.platform:
        text += f" through {f.platform}"
    span = span_phrase(f.first, f.last)
    text += f" ({span})" if span else " [dates not recorded]"
    if not f.seconds:
        text += " [no hours logged]"
    return Suggestion("summary", text, missing=not (f.seconds and f.organization and span))


def _skills_line(f: EngagementFacts) -> Suggestion | None:
    if not f.skills:
        return Suggestion("skills", "[No skills recorded: add the skills this engagement "
                                    "practised]", missing=True)
    if not f.seconds:
        names = [name for name, _weight in f.skills[:MAX_SKILLS_IN_LINE]]
        return Suggestion("skills", f"Practised {_names(names)} [no hours logged to weigh them]",
                          missing=True)
    shown = [(name, hours) for name, hours in f.skill_hours() if hours >= MIN_SKILL_HOURS]
    if not shown:
        return None
    return Suggestion("skills", "Practised " + _names(
        [f"{name} ({rounded_hours(hours)})" for name, hours in shown[:MAX_SKILLS_IN_LINE]]))


def _milestones(f: EngagementFacts) -> str:
    total, done, on_time = f.milestones_total, f.milestones_done, f.milestones_on_time
    plural = "s" if total != 1 else ""
    every = {1: "the milestone", 2: "both milestones"}.get(total, f"all {total} milestones")
    if done == total and on_time == done:
        return f"Met {every} by {'its due date' if total == 1 else 'their due dates'}"
    met = f"Met {every}" if done == total else f"Met {done} of {total} milestone{plural}"
    return f"{met}, {on_time} by the due date" if on_time else met


# --- skills a line names -------------------------------------------------------------------------


def mentioned(text: str, names: list[str]) -> tuple[str, ...]:
    """The names ``text`` mentions as whole words (case ignored), in the order of ``names``."""
    folded = text.casefold()
    return tuple(name for name in names if re.search(
        rf"(?<!\w){re.escape(name.casefold())}(?!\w)", folded))


# --- reading -------------------------------------------------------------------------------------


def lines_for(store, facts: list[EngagementFacts]) -> list[EngagementLines]:
    """Kept and suggested lines of each engagement (the facts already read)."""
    ids = [f.id for f in facts]
    with store.read() as session:
        kept_rows = session.exec(
            select(ResumeLine).where(col(ResumeLine.engagement_id).in_(ids))
            .order_by(col(ResumeLine.position), col(ResumeLine.created_at))).all() if ids else []
    kept: dict[uuid.UUID, list[ResumeLine]] = {}
    for row in kept_rows:
        kept.setdefault(row.engagement_id, []).append(row)
    result = []
    for f in facts:
        names = [name for name, _weight in f.skills]
        rows = kept.get(f.id, [])
        taken = {row.suggestion for row in rows if row.suggestion}
        result.append(EngagementLines(
            f.id, f.title, f.organization, f.finished,
            [Line(row.text, row.suggestion, row.id, row.text.startswith("["),
                  mentioned(row.text, names)) for row in rows],
            [Line(s.text, s.key, None, s.missing, mentioned(s.text, names))
             for s in suggest(f) if s.key not in taken]))
    return result


def lines(store, engagement_id: uuid.UUID) -> EngagementLines:
    return lines_for(store, facts_of(store, [engagement_id]))[0]


def clipboard_text(shown: list[Line]) -> str:
    """The lines as a bulleted list, one a line, for pasting into a résumé."""
    return "".join(f"{BULLET} {line.text}\n" for line in shown)


# --- keeping and editing -------------------------------------------------------------------------


def keep(store, engagement_id: uuid.UUID, key: str) -> ResumeLine:
    """Keeps the suggestion ``key`` as it is suggested now (at the end of the kept lines)."""
    found = next((s for s in lines(store, engagement_id).suggested if s.key == key), None)
    if found is None:
        raise ValidationError("suggestion", f"{key!r} is not a suggestion of this engagement "
                                            "(kept already, or its facts changed)")
    return _add(store, engagement_id, found.text, key)


def add_own(store, engagement_id: uuid.UUID, text: str) -> ResumeLine:
    """A line of the student's own."""
    return _add(store, engagement_id, line_text("text", text), None)


def _add(store, engagement_id: uuid.UUID, text: str, key: str | None) -> ResumeLine:
    with store.write([Kind.ENGAGEMENTS]) as session:
        if session.get(Engagement, engagement_id) is None:
            raise NotFoundError("engagement", engagement_id)
        if key and session.exec(select(ResumeLine.id).where(
                ResumeLine.engagement_id == engagement_id, ResumeLine.suggestion == key)).first():
            raise ValidationError("suggestion", "this suggestion is kept already")
        line = ResumeLine(engagement_id=engagement_id, text=text, suggestion=key,
                          position=next_position(session, ResumeLine, engagement_id))
        session.add(line)
    return line


def edit(store, line_id: uuid.UUID, text: str) -> ResumeLine:
    text = line_text("text", text)
    with store.write([Kind.ENGAGEMENTS]) as session:
        line = _line(session, line_id)
        line.text = text
        session.add(line)
    return line


def remove(store, line_id: uuid.UUID) -> None:
    """Drops a kept line; its suggestion (if it came from one) is offered again."""
    with store.write([Kind.ENGAGEMENTS]) as session:
        session.delete(_line(session, line_id))


def reorder(store, engagement_id: uuid.UUID, ordered_ids: list[uuid.UUID]) -> None:
    with store.write([Kind.ENGAGEMENTS]) as session:
        if session.get(Engagement, engagement_id) is None:
            raise NotFoundError("engagement", engagement_id)
        reorder_rows(session, ResumeLine, engagement_id, ordered_ids, "lines")


def _line(session, line_id: uuid.UUID) -> ResumeLine:
    found = session.get(ResumeLine, line_id)
    if found is None:
        raise NotFoundError("résumé line", line_id)
    return found
