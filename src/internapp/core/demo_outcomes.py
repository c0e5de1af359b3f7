"""The demo's career outcomes (``internapp demo``): what the two paid engagements delivered and
achieved, the supervisors' feedback (one agreed to be a reference), STAR stories — one on a
running engagement, so the application in interview has a story to rehearse — and a few kept
résumé lines. Fixed text, no randomness: the same every time."""

from typing import Any

from sqlmodel import Session, select

from internapp.core.models import (
    Deliverable,
    Engagement,
    EngagementResult,
    ResumeLine,
    Skill,
    Story,
    StorySkill,
)
from internapp.core.services.fields import name_key
from internapp.core.services.outcomes import with_figure

# children first, for clearing the demo (StorySkill and the rest go with their engagement anyway)
TABLES = (StorySkill, Story, ResumeLine, EngagementResult, Deliverable)

# by the engagement's position in demo.ENGAGEMENTS: 0 Harbor City Council (paid), 1 Cedar & Pine
# (paid), 4 Tidewater Energy (active)
OUTCOMES: dict[int, dict[str, Any]] = {
    0: {
        "feedback": "Thorough and clear: the findings report went straight to our web team, "
                    "and the blocking issues were fixed before the relaunch.",
        "reference_ok": True,
        "deliverables": [("WCAG 2.1 AA findings report", "https://example.org/harbor/a11y-report"),
                         ("Checklist of 12 dataset pages", None)],
        "results": [("Found 38 accessibility barriers across 12 dataset pages, 9 of them blocking "
                     "screen-reader users", "38 barriers"),
                    ("The council fixed all 9 blocking issues before the portal relaunch",
                     "9 of 9")],
        "stories": [("Prioritising accessibility fixes for a small web team",
                     "The council's open-data portal was relaunching in four weeks with a web "
                     "team of two.",
                     "Review the portal against WCAG 2.1 AA and say what had to be fixed first.",
                     "Tested 12 dataset pages with a screen reader and the keyboard only, logged "
                     "every barrier in a shared checklist and ranked them by who they blocked.",
                     "The team fixed the 9 blocking issues before the relaunch and planned the "
                     "rest for the next quarter.",
                     ["Quality Control Analysis", "Writing"])],
        "kept": [("summary", "Audited Harbor City Council's open-data portal against WCAG 2.1 AA "
                             "as a remote accessibility reviewer"),
                 ("result:0", None),
                 (None, "Presented the findings to the council's web team and answered their "
                        "questions on fixes")],
    },
    1: {
        "feedback": "Useful, well-argued recommendations.",
        "reference_ok": None,
        "deliverables": [("Content audit spreadsheet (240 posts)", None),
                         ("Recommendations deck", "https://example.org/cedar-pine/deck")],
        "results": [("Identified three post formats that drove most of the engagement",
                     "70 %")],
        "stories": [("Turning 240 posts into three recommendations",
                     "A small agency wanted to know why its clients' posts performed unevenly.",
                     "Audit a year of social media posts and recommend what to post more of.",
                     "Tagged 240 posts by format and topic in a spreadsheet, compared their "
                     "engagement and wrote up the three formats that stood out.",
                     "The agency adopted two of the three formats for its next campaign.",
                     ["Writing", "Persuasion"])],
        "kept": [],
    },
    4: {
        "feedback": "",
        "reference_ok": None,
        "deliverables": [],
        "results": [],
        "stories": [("Cleaning messy charger data with SQL",
                     "The public list of EV chargers had duplicates and missing postcodes.",
                     "Get a clean count of chargers per region for the market-sizing model.",
                     "Loaded the list into SQLite, wrote SQL to merge duplicates by location "
                     "and filled postcodes from a second source.",
                     "The model started from a count the client could check, region by region.",
                     ["SQL", "Critical Thinking"])],
        "kept": [],
    },
}


def add(session: Session, engagements: list[Engagement]) -> None:
    """Adds the outcomes to the demo's engagements (inside the demo's transaction)."""
    skills = {s.name_key: s.id for s in session.exec(select(Skill))}
    for index, spec in OUTCOMES.items():
        engagement = engagements[index]
        engagement.feedback = spec["feedback"]
        engagement.reference_ok = spec["reference_ok"]
        session.add(engagement)
        for position, (title, url) in enumerate(spec["deliverables"]):
            session.add(Deliverable(engagement_id=engagement.id, title=title, url=url,
                                    position=position))
        results = []
        for position, (text, figure) in enumerate(spec["results"]):
            result = EngagementResult(engagement_id=engagement.id, text=text, figure=figure,
                                      position=position)
            session.add(result)
            results.append(result)
        for position, (title, situation, task, action, outcome, names) in enumerate(
                spec["stories"]):
            story = Story(engagement_id=engagement.id, title=title, situation=situation,
                          task=task, action=action, result=outcome, position=position)
            session.add(story)
            session.flush()
            for name in names:
                session.add(StorySkill(story_id=story.id, skill_id=skills[name_key(name)]))
        for position, (key, text) in enumerate(spec["kept"]):
            if key and key.startswith("result:"):  # kept as suggested: the result's own words
                result = results[int(key.split(":")[1])]
                key, text = f"result:{result.id}", with_figure(result.text, result.figure)
            session.add(ResumeLine(engagement_id=engagement.id, text=text, suggestion=key,
                                   position=position))
