"""The portfolio as Markdown: one file, readable as plain text and by any Markdown renderer.
The radar is a table here. No export time is written, so the same data gives the same bytes."""

import re
from collections.abc import Sequence
from pathlib import Path

from internapp.core.interchange import portfolio_text as words
from internapp.core.safe_files import check_target, write_atomic
from internapp.core.services.portfolio import Portfolio, PortfolioEngagement

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def escape(text: str) -> str:
    """Text that renders as typed: Markdown's special characters backslashed, lines joined."""
    return _SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def _table(headers: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> list[str]:
    return ["| " + " | ".join(escape(h) for h in headers) + " |",
            "|" + "|".join("---" for _ in headers) + "|",
            *("| " + " | ".join(escape(c) for c in row) + " |" for row in rows), ""]


def markdown(portfolio: Portfolio) -> str:
    out = [f"# {escape(words.title(portfolio))}", ""]
    contact = words.contact_line(portfolio)
    if contact:
        out += [" · ".join(f"<{link}>" if link and link.startswith("http") else escape(text)
                           for text, link in contact), ""]
    out += [escape(words.summary(portfolio)) + ".", ""]
    if portfolio.radar:
        out += [f"## {escape(words.radar_heading(portfolio.radar))}", "",
                escape(words.radar_sentence(portfolio.radar)) + ".", ""]
        out += _table(words.RADAR_HEADERS, words.radar_rows(portfolio.radar))
    for item in portfolio.engagements:
        out += _engagement(item, portfolio)
    if portfolio.skills:
        out += ["## Skills", "", *_table(words.SKILL_HEADERS, words.skill_rows(portfolio))]
    return "\n".join(out).rstrip("\n") + "\n"


def _engagement(item: PortfolioEngagement, portfolio: Portfolio) -> list[str]:
    outcomes = item.facts.outcomes
    out = [f"## {escape(words.heading(item))}", "", f"*{escape(words.meta(item))}*", ""]
    evidence = words.evidence(item, portfolio)
    if evidence:
        out += [escape(evidence) + ".", ""]
    out += [f"- {escape(line.text)}" for line in item.lines] + [""]
    if outcomes.deliverables:
        out += ["**Deliverables**", ""]
        for d in outcomes.deliverables:
            where = f" — <{d.url}>" if d.url else (
                f" (attached: {escape(d.document_name)})" if d.document_name else "")
            out.append(f"- {escape(d.title)}{where}")
        out.append("")
    if results := item.results_not_in_lines:
        out += ["**Results**", ""] + [f"- {escape(words.result_text(r))}"
                                      for r in results] + [""]
    for story in outcomes.stories:
        out += [f"### {escape(story.title)}", ""]
        out += [f"- **{words.STAR_LABELS[part]}:** {escape(text)}" for part, text in story.star()]
        out.append("")
    if item.reference:
        if item.reference.quote:
            out.append(f"> {escape(words.quote(item.reference.quote))}  ")
        out += [f"> — {escape(words.attribution(item.reference))}", ""]
    return out


def export(portfolio: Portfolio, path: Path | str) -> Path:
    check_target(path, (".md", ".markdown"))
    return write_atomic(path, markdown(portfolio).encode("utf-8"))
