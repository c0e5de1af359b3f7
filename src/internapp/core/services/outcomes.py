"""What an engagement left behind: deliverables (a title with a link or an attached document),
results in the student's words with an optional figure, and STAR interview stories with the
skills they show. The supervisor's feedback quote and whether they agreed to be a reference are
fields of the engagement itself (``engagements.update(feedback=…, reference_ok=…)``).

Each list keeps the student's order (``position``); ``reorder`` puts one in a new order.
"""

import re
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session, col, func, select

from internapp.core.changes import Kind
from internapp.core.models import (
    Deliverable,
    Document,
    Engagement,
    EngagementResult,
    Skill,
    Story,
    StorySkill,
)
from internapp.core.services import skills as skills_service
from internapp.core.services.errors import NotFoundError, ValidationError
from internapp.core.services.fields import clean, reference, string_list, url
from internapp.core.services.fields import text as text_field
from internapp.core.services.unset import UNSET, Unset, given, supplied

FIGURE_EXAMPLE = "e.g. “−89 %”, “3 h → 20 min” or “120 users”"
_DIGIT = re.compile(r"\d")


def figure_text(field_name: str, value) -> str | None:
    """A result's figure: short text holding at least one digit."""
    value = text_field(max_length=60)(field_name, value)
    if value is not None and not _DIGIT.search(value):
        raise ValidationError(field_name, f"must hold a number ({FIGURE_EXAMPLE})")
    return value


DELIVERABLE_SCHEMA = {"title": text_field(max_length=200), "url": url, "document_id": reference}
RESULT_SCHEMA = {"text": text_field(max_length=1000), "figure": figure_text}
STORY_SCHEMA = {
    "title": text_field(max_length=200),
    "situation": text_field(multiline=True, max_length=4000, default=""),
    "task": text_field(multiline=True, max_length=4000, default=""),
    "action": text_field(multiline=True, max_length=4000, default=""),
    "result": text_field(multiline=True, max_length=4000, default=""),
    "skills": string_list(max_length=80),
}
STAR = ("situation", "task", "action", "result")


@dataclass(frozen=True)
class DeliverableRow:
    id: uuid.UUID
    title: str
    url: str | None
    document_id: uuid.UUID | None
    document_name: str | None  # the attached document's file name


@dataclass(frozen=True)
class ResultRow:
    id: uuid.UUID
    text: str
    figure: str | None

    @property
    def said(self) -> str:
        """The result in the student's words, with its figure when that adds something."""
        return with_figure(self.text, self.figure)


NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def with_figure(text: str, figure: str | None) -> str:
    """``text (figure)``, unless the text already says it: the figure is in it, or every number
    in the figure is ("Found 38 barriers …" with "38 barriers", "fixed all 9 …" with "9 of 9")."""
    if not figure or figure.casefold() in text.casefold():
        return text
    numbers = set(NUMBER.findall(figure))
    if numbers and numbers <= set(NUMBER.findall(text)):
        return text
    return f"{text} ({figure})"


@dataclass(frozen=True)
class StoryRow:
    id: uuid.UUID
    title: str
    situation: str
    task: str
    action: str
    result: str
    skills: list[str] = field(default_factory=list)  # tagged, by name

    def star(self) -> list[tuple[str, str]]:
        """The four parts that were written, as (part, text)."""
        return [(part, getattr(self, part)) for part in STAR if getattr(self, part)]


@dataclass(frozen=True)
class Outcomes:
    engagement_id: uuid.UUID
    deliverables: list[DeliverableRow]
    results: list[ResultRow]
    stories: list[StoryRow]
    feedback: str
    reference_ok: bool | None

    @property
    def is_empty(self) -> bool:
        return not (self.deliverables or self.results or self.stories or self.feedback)


def outcomes(store, engagement_id: uuid.UUID) -> Outcomes:
    return outcomes_of(store, [engagement_id])[engagement_id]


def outcomes_of(store, engagement_ids: list[uuid.UUID]) -> dict[uuid.UUID, Outcomes]:
    """The outcomes of several engagements, read in a handful of queries."""
    with store.read() as session:
        engagements = {e.id: e for e in session.exec(
            select(Engagement).where(col(Engagement.id).in_(engagement_ids)))}
        missing = [i for i in engagement_ids if i not in engagements]
        if missing:
            raise NotFoundError("engagement", missing[0])
        deliverables = session.exec(
            select(Deliverable, Document.original_name)
            .outerjoin(Document, col(Document.id) == col(Deliverable.document_id))
            .where(col(Deliverable.engagement_id).in_(engagement_ids))
            .order_by(col(Deliverable.position), col(Deliverable.created_at))).all()
        results = session.exec(
            select(EngagementResult).where(col(EngagementResult.engagement_id).in_(engagement_ids))
            .order_by(col(EngagementResult.position), col(EngagementResult.created_at))).all()
        stories = session.exec(
            select(Story).where(col(Story.engagement_id).in_(engagement_ids))
            .order_by(col(Story.position), col(Story.created_at))).all()
        tagged = session.exec(
            select(StorySkill.story_id, Skill.name).join(Skill, col(Skill.id) == col(StorySkill.skill_id))
            .join(Story, col(Story.id) == col(StorySkill.story_id))
            .where(col(Story.engagement_id).in_(engagement_ids)).order_by(col(Skill.name))).all()
    skills_of: dict[uuid.UUID, list[str]] = {}
    for story_id, name in tagged:
        skills_of.setdefault(story_id, []).append(name)
    found = {i: Outcomes(i, [], [], [], engagements[i].feedback, engagements[i].reference_ok)
             for i in engagement_ids}
    for d, name in deliverables:
        found[d.engagement_id].deliverables.append(
            DeliverableRow(d.id, d.title, d.url, d.document_id, name))
    for r in results:
        found[r.engagement_id].results.append(ResultRow(r.id, r.text, r.figure))
    for s in stories:
        found[s.engagement_id].stories.append(StoryRow(
            s.id, s.title, s.situation, s.task, s.action, s.result, skills_of.get(s.id, [])))
    return found


# --- deliverables --------------------------------------------------------------------------------


def add_deliverable(store, engagement_id: uuid.UUID, title: str | None = None, *,
                    url: str | None = None, document_id: uuid.UUID | str | None = None
                    ) -> Deliverable:
    """A deliverable with a link or one of the engagement's attached documents (or neither).
    Without a title, the document's file name is used."""
    cleaned = clean({"title": title, "url": url, "document_id": document_id}, DELIVERABLE_SCHEMA)
    with store.write([Kind.ENGAGEMENTS]) as session:
        _engagement(session, engagement_id)
        _check_deliverable(session, engagement_id, cleaned)
        created = Deliverable(engagement_id=engagement_id,
                              position=next_position(session, Deliverable, engagement_id),
                              **cleaned)
        session.add(created)
    return created


def update_deliverable(store, deliverable_id: uuid.UUID, *, title: str | Unset | None = UNSET,
                       url: str | Unset | None = UNSET, document_id: Any = UNSET) -> Deliverable:
    cleaned = clean(given(title=title, url=url, document_id=document_id), DELIVERABLE_SCHEMA)
    with store.write([Kind.ENGAGEMENTS]) as session:
        found = _get(session, Deliverable, deliverable_id, "deliverable")
        merged = {"title": found.title, "url": found.url, "document_id": found.document_id,
                  **cleaned}
        _check_deliverable(session, found.engagement_id, merged)
        for name, value in merged.items():
            setattr(found, name, value)
        session.add(found)
    return found


def _check_deliverable(session: Session, engagement_id: uuid.UUID, values: dict) -> None:
    if values.get("url") and values.get("document_id"):
        raise ValidationError("url", "give a link or an attached document, not both")
    if values.get("document_id"):
        document = session.get(Document, values["document_id"])
        if document is None or document.engagement_id != engagement_id:
            raise ValidationError("document_id", "is not a document attached to this engagement")
        values["title"] = values.get("title") or document.original_name
    if not values.get("title"):
        raise ValidationError("title", "is required")


def delete_deliverable(store, deliverable_id: uuid.UUID) -> None:
    _delete(store, Deliverable, deliverable_id, "deliverable")


# --- results -------------------------------------------------------------------------------------


def add_result(store, engagement_id: uuid.UUID, text: str, figure: str | None = None
               ) -> EngagementResult:
    cleaned = clean({"text": text, "figure": figure}, RESULT_SCHEMA, required=["text"])
    with store.write([Kind.ENGAGEMENTS]) as session:
        _engagement(session, engagement_id)
        created = EngagementResult(
            engagement_id=engagement_id,
            position=next_position(session, EngagementResult, engagement_id), **cleaned)
        session.add(created)
    return created


def update_result(store, result_id: uuid.UUID, *, text: str | Unset | None = UNSET,
                  figure: str | Unset | None = UNSET) -> EngagementResult:
    cleaned = clean(given(text=text, figure=figure), RESULT_SCHEMA)
    if "text" in cleaned and not cleaned["text"]:
        raise ValidationError("text", "must not be empty")
    with store.write([Kind.ENGAGEMENTS]) as session:
        found = _get(session, EngagementResult, result_id, "result")
        for name, value in cleaned.items():
            setattr(found, name, value)
        session.add(found)
    return found


def delete_result(store, result_id: uuid.UUID) -> None:
    _delete(store, EngagementResult, result_id, "result")


# --- stories -------------------------------------------------------------------------------------


def add_story(store, engagement_id: uuid.UUID, *, title: str | None = None,
              situation: str | None = None, task: str | None = None, action: str | None = None,
              result: str | None = None, skills: list[str] | None = None) -> Story:
    """A STAR story: a title and at least one of situation, task, action, result; ``skills``
    names skills that exist."""
    values = supplied(title=title, situation=situation, task=task, action=action, result=result,
                      skills=skills)
    cleaned = clean(values, STORY_SCHEMA, required=["title"])
    names = cleaned.pop("skills", [])
    if not any(cleaned.get(part) for part in STAR):
        raise ValidationError("situation", "write at least one of situation, task, action, result")
    with store.write([Kind.ENGAGEMENTS, Kind.SKILLS]) as session:
        _engagement(session, engagement_id)
        story = Story(engagement_id=engagement_id,
                      position=next_position(session, Story, engagement_id),
                      **{k: v for k, v in cleaned.items() if v is not None})
        session.add(story)
        session.flush()
        _set_story_skills(session, story.id, names)
    return story


def update_story(store, story_id: uuid.UUID, *, title: str | Unset | None = UNSET,
                 situation: str | Unset | None = UNSET, task: str | Unset | None = UNSET,
                 action: str | Unset | None = UNSET, result: str | Unset | None = UNSET,
                 skills: list[str] | Unset | None = UNSET) -> Story:
    values = given(title=title, situation=situation, task=task, action=action, result=result,
                   skills=skills)
    cleaned = clean(values, STORY_SCHEMA)
    names = cleaned.pop("skills", None)
    if "title" in cleaned and not cleaned["title"]:
        raise ValidationError("title", "must not be empty")
    with store.write([Kind.ENGAGEMENTS, Kind.SKILLS]) as session:
        story = _get(session, Story, story_id, "story")
        for name, value in cleaned.items():
            setattr(story, name, value)
        if not any(getattr(story, part) for part in STAR):
            raise ValidationError("situation",
                                  "write at least one of situation, task, action, result")
        session.add(story)
        if names is not None:
            _set_story_skills(session, story.id, names)
    return story


def _set_story_skills(session: Session, story_id: uuid.UUID, names: list[str]) -> None:
    wanted = {skills_service.find(session, name, "skills").id for name in names}
    for link in session.exec(select(StorySkill).where(StorySkill.story_id == story_id)):
        if link.skill_id in wanted:
            wanted.discard(link.skill_id)
        else:
            session.delete(link)
    for skill_id in sorted(wanted, key=str):
        session.add(StorySkill(story_id=story_id, skill_id=skill_id))


def delete_story(store, story_id: uuid.UUID) -> None:
    _delete(store, Story, story_id, "story")


# --- order ---------------------------------------------------------------------------------------

ORDERED = {"deliverables": Deliverable, "results": EngagementResult, "stories": Story}


def reorder(store, engagement_id: uuid.UUID, kind: str, ordered_ids: list[uuid.UUID]) -> None:
    """Puts an engagement's deliverables, results or stories (``kind``) in the given order;
    every one must be listed once."""
    model = ORDERED.get(kind)
    if model is None:
        raise ValidationError("kind", f"{kind!r} is not one of: {', '.join(ORDERED)}")
    with store.write([Kind.ENGAGEMENTS]) as session:
        _engagement(session, engagement_id)
        reorder_rows(session, model, engagement_id, ordered_ids, kind)


def reorder_rows(session: Session, model, engagement_id: uuid.UUID,
                 ordered_ids: list[uuid.UUID], field_name: str) -> None:
    """Sets ``position`` of an engagement's rows of ``model`` to the order of ``ordered_ids``."""
    found = {row.id: row for row in session.exec(
        select(model).where(model.engagement_id == engagement_id))}
    if sorted(map(str, ordered_ids)) != sorted(map(str, found)):
        raise ValidationError(field_name, "the new order must list every one once")
    for position, row_id in enumerate(ordered_ids):
        found[row_id].position = position
        session.add(found[row_id])


# --- helpers -------------------------------------------------------------------------------------


def _engagement(session: Session, engagement_id: uuid.UUID) -> Engagement:
    found = session.get(Engagement, engagement_id)
    if found is None:
        raise NotFoundError("engagement", engagement_id)
    return found


def _get(session: Session, model, row_id: uuid.UUID, kind: str):
    found = session.get(model, row_id)
    if found is None:
        raise NotFoundError(kind, row_id)
    return found


def _delete(store, model, row_id: uuid.UUID, kind: str) -> None:
    with store.write([Kind.ENGAGEMENTS]) as session:
        session.delete(_get(session, model, row_id, kind))


def next_position(session: Session, model, engagement_id: uuid.UUID) -> int:
    """The position after the last of an engagement's rows of ``model``."""
    last = session.exec(select(func.max(model.position)).where(
        model.engagement_id == engagement_id)).one()
    return 0 if last is None else last + 1
