"""The words every portfolio format shares (Markdown, HTML, PDF), so they say the same thing:
an engagement's one-line description, a reference's attribution, the radar as a sentence and a
table, the skills table."""

from internapp.core.durations import duration_text
from internapp.core.services.outcomes import ResultRow
from internapp.core.services.portfolio import Portfolio, PortfolioEngagement, Reference
from internapp.core.services.resume_lines import span_phrase
from internapp.core.services.target_roles import Radar

STATUS = {"planned": "Planned", "active": "In progress", "delivered": "Delivered",
          "paid": "Delivered and paid", "cancelled": "Cancelled"}
STAR_LABELS = {"situation": "Situation", "task": "Task", "action": "Action", "result": "Result"}
RADAR_HEADERS = ("Skill", "You now", "Target", "Gap")
# the level and the hours are the student's, over every engagement; the last column is what the
# engagements in this portfolio evidence (a reader adds up the hours above and finds them there)
SKILL_HEADERS = ("Skill", "Level (0–5)", "Hours practised", "In these engagements")
QUOTE_MARKS = "\"'“”„«»‘’"


def title(portfolio: Portfolio) -> str:
    name = portfolio.owner.name
    return f"Portfolio — {name}" if name else "Portfolio"


def contact_line(portfolio: Portfolio) -> list[tuple[str, str | None]]:
    """(text, link or None) for the owner's headline, e-mail, phone, site and profiles."""
    owner = portfolio.owner
    parts: list[tuple[str, str | None]] = []
    if owner.headline:
        parts.append((owner.headline, None))
    if owner.location:
        parts.append((owner.location, None))
    if owner.email:
        parts.append((owner.email, f"mailto:{owner.email}"))
    if owner.phone:
        parts.append((owner.phone, None))
    if owner.url:
        parts.append((owner.url, owner.url))
    parts += [(label, url) for label, url in owner.links]
    return parts


def summary(portfolio: Portfolio) -> str:
    count = len(portfolio.engagements)
    text = (f"{count} engagement{'s' if count != 1 else ''}, "
            f"{duration_text(portfolio.total_seconds)} logged")
    if portfolio.radar:
        text += f", ordered by how much each shows the skills of {portfolio.radar.target}"
    return text


def heading(item: PortfolioEngagement) -> str:
    f = item.facts
    return f"{f.title} — {f.organization}" if f.organization else f.title


def meta(item: PortfolioEngagement) -> str:
    """"Parker Dewey · Sep–Oct 2026 · 13 hours logged · Delivered and paid"."""
    f = item.facts
    parts = [f.platform] if f.platform else []
    parts.append(span_phrase(f.first, f.last) or "dates not recorded")
    parts.append(f"{duration_text(f.seconds)} logged" if f.seconds else "no hours logged")
    parts.append(STATUS.get(f.status, f.status))
    return " · ".join(parts)


def evidence(item: PortfolioEngagement, portfolio: Portfolio) -> str | None:
    if not portfolio.radar:
        return None
    if not item.evidenced:
        return f"Shows none of the skills of {portfolio.radar.target}"
    return f"Shows {', '.join(item.evidenced)} for {portfolio.radar.target}"


def attribution(reference: Reference) -> str:
    who = ", ".join(p for p in (reference.name, reference.title, reference.organization) if p)
    text = f"{who} — agreed to be a reference"
    return f"{text} ({reference.email})" if reference.email else text


def quote(feedback: str) -> str:
    """The feedback as one quotation (quote marks the student typed are not doubled)."""
    said = feedback.strip().strip(QUOTE_MARKS).strip()
    return f"“{said}”"


def radar_heading(radar: Radar) -> str:
    return f"Skills against {radar.target}"


def radar_sentence(radar: Radar) -> str:
    return (f"{radar.reached} of {len(radar.axes)} target levels reached (levels 0–5 from the "
            "hours logged, or the student's own rating)")


def radar_rows(radar: Radar) -> list[tuple[str, str, str, str]]:
    return [(a.skill, f"{a.current:.1f}", f"{a.target:g}", f"{a.gap:.1f}" if a.gap else "—")
            for a in radar.axes]


def skill_rows(portfolio: Portfolio) -> list[tuple[str, str, str, str]]:
    here: dict[str, float] = {}
    for item in portfolio.engagements:
        for name, hours in item.facts.skill_hours():
            here[name] = here.get(name, 0.0) + hours
    return [(s.name, f"{s.computed:.1f}", duration_text(s.hours * 3600),
             duration_text(round(here.get(s.name, 0.0) * 3600))) for s in portfolio.skills]


def deliverable_text(deliverable, document_name: str | None = None) -> str:
    """A deliverable as plain text: its title and where to find it."""
    if deliverable.url:
        return f"{deliverable.title} — {deliverable.url}"
    if document_name:
        return f"{deliverable.title} (attached: {document_name})"
    return deliverable.title


def result_text(result: ResultRow) -> str:
    return result.said
