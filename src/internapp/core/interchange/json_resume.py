"""JSON Resume (https://jsonresume.org, schema v1.0.0) from the portfolio: ``basics`` from the
profile, one ``work`` item per engagement with its résumé lines as highlights, ``projects`` for
the deliverables that have a link, ``skills`` with their levels from the hours logged, and
``references`` only where the supervisor agreed to be one.

The document validates against the official schema (draft-04, no extra top-level keys; dates
YYYY-MM-DD). It holds no export time, so exporting the same data again gives the same bytes.
"""

from pathlib import Path

from internapp.core.durations import duration_text
from internapp.core.safe_files import check_target, write_atomic
from internapp.core.services.portfolio import Portfolio, PortfolioEngagement
from internapp.core.services.skill_levels import SkillLevel

SCHEMA_URL = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json"
LEVEL_WORDS = ((1.0, "Beginner"), (2.0, "Elementary"), (3.0, "Intermediate"), (4.0, "Advanced"),
               (5.1, "Expert"))


def level_word(level: float) -> str:
    return next(word for limit, word in LEVEL_WORDS if level < limit)


def resume(portfolio: Portfolio) -> dict:
    document: dict = {"$schema": SCHEMA_URL}
    basics = _basics(portfolio)
    if basics:
        document["basics"] = basics
    document["work"] = [_work(item) for item in portfolio.engagements]
    projects = [_project(item, d) for item in portfolio.engagements
                for d in item.facts.outcomes.deliverables if d.url]
    if projects:
        document["projects"] = projects
    document["skills"] = [_skill(skill) for skill in portfolio.skills]
    references = [{"name": r.name, "reference": r.quote or f"Supervised {item.facts.title}"}
                  for item in portfolio.engagements if (r := item.reference)]
    if references:
        document["references"] = references
    document["meta"] = {"version": "v1.0.0"}
    return document


def _basics(portfolio: Portfolio) -> dict:
    owner = portfolio.owner
    basics: dict[str, object] = {key: value for key, value in (
        ("name", owner.name), ("label", owner.headline), ("email", owner.email),
        ("phone", owner.phone), ("url", owner.url)) if value}
    location = {key: value for key, value in (
        ("city", owner.city), ("region", owner.region), ("countryCode", owner.country_code))
        if value}
    if location:
        basics["location"] = location
    if owner.links:
        basics["profiles"] = [{"network": label, "url": url} for label, url in owner.links]
    return basics


def _work(item: PortfolioEngagement) -> dict:
    f = item.facts
    work: dict = {"name": f.organization or f.title, "position": f.title}
    if f.first:
        work["startDate"] = f.first.isoformat()
    if f.finished and f.last:
        work["endDate"] = f.last.isoformat()
    hours = f"{duration_text(f.seconds)} logged" if f.seconds else "no hours logged"
    work["summary"] = (f"Project-based engagement through {f.platform}: {hours}" if f.platform
                       else f"Project-based engagement: {hours}")
    work["highlights"] = [line.text for line in item.lines]
    return work


def _project(item: PortfolioEngagement, deliverable) -> dict:
    f = item.facts
    project = {"name": deliverable.title, "description": f"Delivered for {f.title}",
               "url": deliverable.url}
    if f.organization:
        project["entity"] = f.organization
    if f.first:
        project["startDate"] = f.first.isoformat()
    if f.finished and f.last:
        project["endDate"] = f.last.isoformat()
    return project


def _skill(skill: SkillLevel) -> dict:
    return {"name": skill.name,
            "level": f"{level_word(skill.computed)} ({skill.computed:.1f} of 5 from "
                     f"{duration_text(skill.hours * 3600)} practised)",
            "keywords": [skill.category]}


def to_bytes(portfolio: Portfolio) -> bytes:
    import json

    return (json.dumps(resume(portfolio), indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def export(portfolio: Portfolio, path: Path | str) -> Path:
    """Writes the JSON Resume to ``path`` whole (a temporary name, then a rename)."""
    check_target(path, (".json",))
    return write_atomic(path, to_bytes(portfolio))
