"""Interview stories: for an application, the STAR stories and résumé lines whose skills match the
skills it asks for, the strongest first, ready to rehearse.

A story shows the skills it is tagged with and the ones its text names; a line shows the skills
it names. A match is strong when the engagement practised the skill for many hours: each matched
skill counts 1 + its practice there (weighted hours with diminishing returns), summed.
"""

import uuid
from dataclasses import dataclass

from sqlmodel import col, select

from internapp.core.models import Engagement, EngagementStatus, StageRole
from internapp.core.services import applications, engagement_facts
from internapp.core.services import skills as skills_service
from internapp.core.services.engagement_facts import EngagementFacts
from internapp.core.services.outcomes import StoryRow
from internapp.core.services.resume_lines import lines_for, mentioned
from internapp.core.services.skill_levels import engagement_practice


@dataclass(frozen=True)
class PrepItem:
    kind: str  # "story" or "line"
    engagement_id: uuid.UUID
    engagement: str
    organization: str | None
    text: str  # the story's title or the line
    story: StoryRow | None
    matched: tuple[str, ...]  # the application's skills it shows, strongest first
    strength: float


@dataclass(frozen=True)
class InterviewPrep:
    application_id: uuid.UUID
    interviewing: bool  # the application is in an interviewing stage
    asked: list[str]  # the skills the application asks for
    items: list[PrepItem]

    @property
    def unmatched(self) -> list[str]:
        """Asked skills no story or line shows yet."""
        shown = {name for item in self.items for name in item.matched}
        return [name for name in self.asked if name not in shown]


def prep(store, application_id: uuid.UUID) -> InterviewPrep:
    detail = applications.detail(store, application_id)
    asked = skills_service.application_skills(store, application_id)
    interviewing = detail.stage.role == StageRole.INTERVIEWING
    if not asked:
        return InterviewPrep(application_id, interviewing, asked, [])
    with store.read() as session:
        ids = list(session.exec(select(Engagement.id).where(
            Engagement.status != EngagementStatus.CANCELLED)
            .order_by(col(Engagement.start_on).desc(), Engagement.title)))
    facts = engagement_facts.facts_of(store, ids)
    items: list[PrepItem] = []
    for f, lines in zip(facts, lines_for(store, facts), strict=True):
        hours = dict(f.skill_hours())
        for story in f.outcomes.stories:
            text = " ".join([story.title, *(part for _name, part in story.star())])
            shown = set(story.skills) | set(mentioned(text, asked))
            items += _item("story", f, story.title, story, shown, asked, hours)
        for line in lines.shown:
            if not line.missing:
                items += _item("line", f, line.text, None, set(mentioned(line.text, asked)),
                               asked, hours)
    order = {id(item): n for n, item in enumerate(items)}
    items.sort(key=lambda i: (-i.strength, i.kind != "story", order[id(i)]))
    return InterviewPrep(application_id, interviewing, asked, items)


def _item(kind: str, f: EngagementFacts, text: str, story: StoryRow | None, shown: set[str],
          asked: list[str], hours: dict[str, float]) -> list[PrepItem]:
    matched = [name for name in asked if name in shown]
    if not matched:
        return []
    scores = {name: 1 + engagement_practice(hours.get(name, 0.0)) for name in matched}
    matched.sort(key=lambda name: (-scores[name], name))
    return [PrepItem(kind, f.id, f.title, f.organization, text, story, tuple(matched),
                     round(sum(scores.values()), 3))]

