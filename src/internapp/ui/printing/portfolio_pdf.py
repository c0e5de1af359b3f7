"""The portfolio as a PDF (A4 or Letter) through the shared writer: the same content as the
Markdown and HTML portfolios (``core/interchange/portfolio_text.py`` holds the shared words), the
radar drawn from its SVG. A text the fonts cannot print is refused before anything is written."""

from pathlib import Path

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from internapp.core.interchange import portfolio_text as words
from internapp.core.interchange.radar_svg import HEIGHT, WIDTH, radar_svg
from internapp.core.safe_files import check_target
from internapp.core.services.portfolio import Portfolio, PortfolioEngagement
from internapp.core.services.target_roles import Radar
from internapp.ui.printing.blocks import Document, escape
from internapp.ui.printing.pdf import PageSize, page_size_for, write_pdf
from internapp.ui.printing.printable import check_printable

RADAR_WIDTH_PX = 1500  # drawn this wide (300 dpi at 12.7 cm)
RADAR_SHOWN_PX = 480  # shown this wide, in rich text's 96-dpi pixels: 12.7 cm


def export(portfolio: Portfolio, path: Path | str, page_size: PageSize | str = PageSize.A4) -> Path:
    size = page_size_for(page_size)
    path = check_target(path, (".pdf",))
    check_printable(printed_texts(portfolio))
    images = {"radar.png": radar_image(portfolio.radar)} if portfolio.radar else {}
    return write_pdf(document(portfolio), path, page_size=size, title=words.title(portfolio),
                     footer=words.title(portfolio), images=images)


def radar_image(radar: Radar) -> QImage:
    renderer = QSvgRenderer(QByteArray(radar_svg(radar).encode("utf-8")))
    image = QImage(RADAR_WIDTH_PX, round(RADAR_WIDTH_PX * HEIGHT / WIDTH),
                   QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def document(portfolio: Portfolio) -> Document:
    doc = Document().heading(words.title(portfolio))
    contact = words.contact_line(portfolio)
    if contact:
        doc.paragraph(" · ".join(text for text, _link in contact), muted=True)
    doc.paragraph(words.summary(portfolio) + ".")
    if portfolio.radar:
        doc.heading(words.radar_heading(portfolio.radar), 2)
        doc.paragraph(words.radar_sentence(portfolio.radar) + ".", muted=True)
        doc.image("radar.png", RADAR_SHOWN_PX)
        doc.table(words.RADAR_HEADERS, words.radar_rows(portfolio.radar), align="lrrr",
                  widths=[55, 15, 15, 15])
    for item in portfolio.engagements:
        _engagement(doc, item, portfolio)
    if portfolio.skills:
        doc.heading("Skills", 2)
        doc.table(words.SKILL_HEADERS, words.skill_rows(portfolio), align="lrrr",
                  widths=[40, 16, 20, 24])
    return doc


def _bullets(doc: Document, lines: list[str]) -> None:
    doc.raw("<ul>" + "".join(f"<li>{escape(line)}</li>" for line in lines) + "</ul>")


def _engagement(doc: Document, item: PortfolioEngagement, portfolio: Portfolio) -> None:
    outcomes = item.facts.outcomes
    doc.heading(words.heading(item), 2)
    doc.paragraph(words.meta(item), muted=True)
    shows = words.evidence(item, portfolio)
    if shows:
        doc.paragraph(shows + ".", small=True)
    _bullets(doc, [line.text for line in item.lines])
    if outcomes.deliverables:
        doc.heading("Deliverables", 3)
        _bullets(doc, [words.deliverable_text(d, d.document_name) for d in outcomes.deliverables])
    if results := item.results_not_in_lines:
        doc.heading("Results", 3)
        _bullets(doc, [words.result_text(r) for r in results])
    for story in outcomes.stories:
        doc.heading(story.title, 3)
        doc.raw("".join(f"<p><b>{words.STAR_LABELS[part]}:</b> {escape(text)}</p>"
                        for part, text in story.star()))
    if item.reference:
        if item.reference.quote:
            doc.raw(f"<p><i>{escape(words.quote(item.reference.quote))}</i></p>")
        doc.paragraph("— " + words.attribution(item.reference), muted=True)


def printed_texts(portfolio: Portfolio) -> list[tuple[str, str | None]]:
    """Every text the PDF prints, with what it is (for the message naming it)."""
    owner = portfolio.owner
    texts: list[tuple[str, str | None]] = [("name", owner.name), ("headline", owner.headline),
                                           ("location", owner.location)]
    for item in portfolio.engagements:
        f, o = item.facts, item.facts.outcomes
        where = f"engagement {f.title!r}"
        texts += [(f"{where}: title", f.title), (f"{where}: organization", f.organization),
                  (f"{where}: platform", f.platform)]
        texts += [(f"{where}: résumé line", line.text) for line in item.lines]
        texts += [(f"{where}: deliverable", d.title) for d in o.deliverables]
        texts += [(f"{where}: result", words.result_text(r)) for r in o.results]
        texts += [(f"{where}: story", " ".join([s.title, *(t for _p, t in s.star())]))
                  for s in o.stories]
        if item.reference:
            texts += [(f"{where}: supervisor", item.reference.name),
                      (f"{where}: feedback", item.reference.quote)]
    return texts
