"""The portfolio as a self-contained HTML page: ``portfolio.html`` and, beside it, the folder
``portfolio_files/`` with the radar (SVG) and a copy of every attached evidence file. It opens
from disk with no network: no script, no web font, no remote address but the student's own links.

Both are written under temporary names and put in place together (``safe_files.FolderWriter``).
"""

import re
import shutil
from collections.abc import Sequence
from html import escape
from pathlib import Path
from urllib.parse import quote

from internapp.core.interchange import portfolio_text as words
from internapp.core.interchange.radar_svg import radar_svg
from internapp.core.safe_files import FolderWriter, check_target
from internapp.core.services.portfolio import Portfolio, PortfolioEngagement

STYLE = """
body { font-family: "DejaVu Sans", "Segoe UI", Roboto, Helvetica, Arial, sans-serif;
       color: #1f2937; max-width: 52rem; margin: 2rem auto; padding: 0 1.25rem; line-height: 1.5; }
h1 { font-size: 1.9rem; margin-bottom: .25rem; }
h2 { font-size: 1.3rem; margin: 2.2rem 0 .2rem; border-bottom: 1px solid #e5e7eb; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 .3rem; }
.meta, .contact, .muted { color: #64748b; }
.evidence { color: #1d4ed8; }
ul { padding-left: 1.3rem; }
table { border-collapse: collapse; margin: .6rem 0 1rem; }
th, td { text-align: left; padding: .2rem .8rem .2rem 0; border-bottom: 1px solid #e5e7eb; }
th { font-weight: 600; }
td.n { text-align: right; }
blockquote { margin: 1rem 0; padding: .4rem 1rem; border-left: 3px solid #d97706;
             background: #fffbeb; }
figure { margin: 1rem 0; } figure img { max-width: 100%; height: auto; }
dl.star dt { font-weight: 600; } dl.star dd { margin: 0 0 .4rem 0; }
@media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } }
"""
_UNSAFE = re.compile(r"[^\w.\- ()+,&']", re.UNICODE)


def folder_name(path: Path) -> str:
    return f"{path.stem}_files"


def export(portfolio: Portfolio, path: Path | str) -> Path:
    """Writes ``path`` (.html) and its folder; returns ``path``."""
    path = check_target(path, (".html", ".htm"))
    with FolderWriter(path, folder_name(path)) as out:
        radar = None
        if portfolio.radar:
            (out.folder / "radar.svg").write_text(radar_svg(portfolio.radar), encoding="utf-8")
            radar = f"{folder_name(path)}/radar.svg"
        evidence = _copy_evidence(portfolio, out.folder, folder_name(path))
        return out.commit(page(portfolio, radar, evidence).encode("utf-8"))


def _copy_evidence(portfolio: Portfolio, folder: Path, prefix: str) -> dict:
    """Copies each attached deliverable into ``folder/evidence``; document id -> relative link.
    A stored copy that has gone missing is left out (the page names the file without a link)."""
    links = {}
    target = folder / "evidence"
    for number, (document_id, source) in enumerate(sorted(portfolio.documents.items(),
                                                          key=lambda p: str(p[1])), 1):
        if not source.is_file():
            continue
        target.mkdir(exist_ok=True)
        name = f"{number:02d}-{_UNSAFE.sub('_', source.name)}"
        shutil.copyfile(source, target / name)
        links[document_id] = f"{prefix}/evidence/{quote(name)}"
    return links


def page(portfolio: Portfolio, radar_link: str | None, evidence: dict) -> str:
    name = escape(words.title(portfolio))
    out = ['<!DOCTYPE html>', '<html lang="en">', "<head>", '<meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f"<title>{name}</title>", f"<style>{STYLE}</style>", "</head>", "<body>",
           f'<h1 dir="auto">{name}</h1>']
    contact = words.contact_line(portfolio)
    if contact:
        out.append('<p class="contact">' + " · ".join(
            f'<a href="{escape(link)}">{escape(text)}</a>' if link else escape(text)
            for text, link in contact) + "</p>")
    out.append(f"<p>{escape(words.summary(portfolio))}.</p>")
    radar = portfolio.radar
    if radar:
        out.append(f"<h2>{escape(words.radar_heading(radar))}</h2>")
        out.append(f"<p>{escape(words.radar_sentence(radar))}.</p>")
        if radar_link:
            out.append(f'<figure><img src="{escape(radar_link)}" width="600" height="520" '
                       f'alt="{escape(words.radar_heading(radar))}: '
                       f'{escape(words.radar_sentence(radar))}"></figure>')
        out.append(_table(words.RADAR_HEADERS, words.radar_rows(radar), numeric_from=1))
    for item in portfolio.engagements:
        out += _engagement(item, portfolio, evidence)
    if portfolio.skills:
        out += ["<h2>Skills</h2>",
                _table(words.SKILL_HEADERS, words.skill_rows(portfolio), numeric_from=1)]
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"


def _table(headers: tuple[str, ...], rows: Sequence[tuple[str, ...]], numeric_from: int) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(
        f'<td class="n">{escape(c)}</td>' if i >= numeric_from else f'<td dir="auto">{escape(c)}</td>'
        for i, c in enumerate(row)) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _engagement(item: PortfolioEngagement, portfolio: Portfolio, evidence: dict) -> list[str]:
    outcomes = item.facts.outcomes
    out = [f'<h2 dir="auto">{escape(words.heading(item))}</h2>',
           f'<p class="meta">{escape(words.meta(item))}</p>']
    shows = words.evidence(item, portfolio)
    if shows:
        out.append(f'<p class="evidence">{escape(shows)}.</p>')
    out.append("<ul>" + "".join(f'<li dir="auto">{escape(line.text)}</li>'
                                for line in item.lines) + "</ul>")
    if outcomes.deliverables:
        out.append("<h3>Deliverables</h3><ul>")
        for d in outcomes.deliverables:
            link = d.url or evidence.get(d.document_id)
            label = escape(d.title)
            out.append(f'<li dir="auto"><a href="{escape(link)}">{label}</a></li>' if link else
                       f'<li dir="auto">{label}'
                       + (f' <span class="muted">({escape(d.document_name)})</span>'
                          if d.document_name else "") + "</li>")
        out.append("</ul>")
    if results := item.results_not_in_lines:
        out.append("<h3>Results</h3><ul>" + "".join(
            f'<li dir="auto">{escape(words.result_text(r))}</li>' for r in results)
            + "</ul>")
    for story in outcomes.stories:
        out.append(f'<h3 dir="auto">{escape(story.title)}</h3><dl class="star">' + "".join(
            f"<dt>{words.STAR_LABELS[part]}</dt><dd dir=\"auto\">{escape(text)}</dd>"
            for part, text in story.star()) + "</dl>")
    if item.reference:
        quote_html = (f'<p dir="auto">{escape(words.quote(item.reference.quote))}</p>'
                      if item.reference.quote else "")
        out.append(f'<blockquote>{quote_html}<p class="muted" dir="auto">— '
                   f"{escape(words.attribution(item.reference))}</p></blockquote>")
    return out
