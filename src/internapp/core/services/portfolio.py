"""The portfolio: chosen engagements (all finished ones by default) with their hours, skills,
résumé lines, deliverables, results and stories — the plain data every portfolio format and the
JSON Resume are written from.

With a target role, engagements and lines are ordered by how much they evidence the role's
skills, and the radar of current levels against the role comes along. The evidence of a skill on
an engagement is the role's target level for it times (1 + the engagement's practice of it: its
weighted hours with the diminishing returns of ``skill_levels.engagement_practice``), so a skill
merely named still counts a little and hours count more. Ties keep the default order.

Nothing personal about anyone else leaves unless the student chose it: a supervisor's name and
feedback quote appear only where they agreed to be a reference (``reference_ok``), and their
e-mail only when the export asks for contact details as well.
"""

import uuid
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from sqlmodel import col, select

from internapp.core.models import Document
from internapp.core.services import engagement_facts, profile, skill_levels, target_roles
from internapp.core.services.engagement_facts import EngagementFacts
from internapp.core.services.outcomes import ResultRow
from internapp.core.services.profile import Profile
from internapp.core.services.resume_lines import Line, lines_for, mentioned
from internapp.core.services.skill_levels import SkillLevel, engagement_practice
from internapp.core.services.target_roles import Radar, Role


@dataclass(frozen=True)
class Owner:
    """Who the portfolio is about, from the profile the student fills in once. The phone is
    there only when the export includes contact details; a street address or tax id never."""

    name: str | None = None
    headline: str | None = None
    email: str | None = None
    phone: str | None = None
    url: str | None = None
    city: str | None = None
    region: str | None = None
    country: str | None = None
    country_code: str | None = None
    links: tuple[tuple[str, str], ...] = ()  # (label, web address), e.g. ("GitHub", "https://…")

    @property
    def location(self) -> str | None:
        return ", ".join(p for p in (self.city, self.region, self.country) if p) or None


KNOWN_SITES = {"linkedin.com": "LinkedIn", "github.com": "GitHub", "gitlab.com": "GitLab",
               "behance.net": "Behance", "dribbble.com": "Dribbble", "medium.com": "Medium",
               "x.com": "X", "twitter.com": "X", "kaggle.com": "Kaggle"}


def link_label(address: str) -> str:
    """"LinkedIn" for a linkedin.com address; otherwise the site's name as written."""
    host = urlsplit(address).netloc.casefold().removeprefix("www.")
    return next((label for site, label in KNOWN_SITES.items()
                 if host == site or host.endswith("." + site)), host or address)


def owner_from(found: Profile, contact_details: bool = False) -> Owner:
    return Owner(name=found.name, headline=found.label, email=found.email,
                 phone=found.phone if contact_details else None, url=found.website,
                 city=found.city, region=found.region, country=found.country,
                 country_code=found.country_code,
                 links=tuple((link_label(link), link) for link in found.links))


@dataclass(frozen=True)
class Reference:
    name: str
    title: str | None
    organization: str | None
    quote: str
    email: str | None  # only when the export includes contact details


@dataclass(frozen=True)
class PortfolioEngagement:
    facts: EngagementFacts
    lines: list[Line]  # the lines it shows, in portfolio order
    score: float  # evidence for the target role (0 without one)
    evidenced: list[str]  # the target role's skills it practised, most evidenced first
    reference: Reference | None

    @property
    def results_not_in_lines(self) -> list[ResultRow]:
        """The results no line shown already states (a line kept or suggested from a result
        says it): the portfolio's Results list adds only these."""
        said = {line.key for line in self.lines if line.key}
        return [r for r in self.facts.outcomes.results if f"result:{r.id}" not in said]


@dataclass(frozen=True)
class Portfolio:
    engagements: list[PortfolioEngagement]
    radar: Radar | None
    skills: list[SkillLevel]  # practised in these engagements, with their levels from hours
    contact_details: bool
    owner: Owner = field(default_factory=Owner)
    documents: dict[uuid.UUID, Path] = field(default_factory=dict)  # deliverables' stored copies

    @property
    def total_seconds(self) -> int:
        return sum(e.facts.seconds for e in self.engagements)

    @property
    def target(self) -> str | None:
        return self.radar.target if self.radar else None


def build(store, engagement_ids: list[uuid.UUID] | None = None, target: str | None = None, *,
          contact_details: bool = False, owner: Owner | None = None) -> Portfolio:
    """The portfolio of ``engagement_ids`` (default: every finished engagement, the latest
    first), ordered for ``target`` (a target role's name) when given. An unknown role is
    refused naming the known ones. ``owner`` defaults to the student's profile."""
    role = target_roles.get_role(store, target) if target else None
    radar = target_roles.radar(store, role.name) if role else None
    ids = list(engagement_ids) if engagement_ids else engagement_facts.finished_ids(store)
    facts = engagement_facts.facts_of(store, ids)
    items = []
    for f, lines in zip(facts, lines_for(store, facts), strict=True):
        weights = skill_evidence(f, role)
        shown = lines.shown
        if role:
            scored = [(line_score(line, weights), index, line) for index, line in enumerate(shown)]
            shown = [line for _s, _i, line in sorted(scored, key=lambda t: (-t[0], t[1]))]
        evidenced = sorted(weights, key=lambda name: (-weights[name], name))
        items.append(PortfolioEngagement(f, shown, sum(weights.values()), evidenced,
                                         _reference(f, contact_details)))
    if role:
        order = {item.facts.id: index for index, item in enumerate(items)}
        items.sort(key=lambda item: (-item.score, order[item.facts.id]))
    return Portfolio(items, radar, _skills(store, facts, role), contact_details,
                     owner or owner_from(profile.get(store), contact_details),
                     _documents(store, facts))


def skill_evidence(facts: EngagementFacts, role: Role | None) -> dict[str, float]:
    """For each of the role's skills the engagement practised: target level × (1 + practice)."""
    if role is None:
        return {}
    hours = dict(facts.skill_hours())
    return {name: role.skills[name] * (1 + engagement_practice(hours[name]))
            for name in hours if name in role.skills}


def line_score(line: Line, weights: dict[str, float]) -> float:
    return sum(weights.get(name, 0.0) for name in line.skills)


def _reference(facts: EngagementFacts, contact_details: bool) -> Reference | None:
    supervisor = facts.supervisor
    if facts.outcomes.reference_ok is not True or supervisor is None:
        return None
    email = supervisor.emails[0] if contact_details and supervisor.emails else None
    return Reference(supervisor.name, supervisor.title, facts.organization,
                     facts.outcomes.feedback, email)


def _skills(store, facts: list[EngagementFacts], role: Role | None) -> list[SkillLevel]:
    """The skills these engagements practised with hours, at their level from hours: the target
    role's first (highest target first), then by level."""
    practised = {name for f in facts if f.seconds for name, _weight in f.skills}
    found = [s for s in skill_levels.levels(store) if s.name in practised and s.hours > 0]
    wanted = role.skills if role else {}
    return sorted(found, key=lambda s: (s.name not in wanted, -wanted.get(s.name, 0),
                                        -s.computed, s.name.casefold()))


def _documents(store, facts: list[EngagementFacts]) -> dict[uuid.UUID, Path]:
    wanted = [d.document_id for f in facts for d in f.outcomes.deliverables if d.document_id]
    if not wanted:
        return {}
    with store.read() as session:
        return {i: store.documents_dir / name for i, name in session.exec(
            select(Document.id, Document.stored_name).where(col(Document.id).in_(wanted)))}


def evidenced_in(text: str, facts: EngagementFacts) -> tuple[str, ...]:
    """The engagement's skills a text names (for stories and the student's own lines)."""
    return mentioned(text, [name for name, _weight in facts.skills])
