"""Writes a PDF with Qt's own writer (QTextDocument laid out on QPdfWriter pages).

    write_pdf(html_or_document, path, page_size=PageSize.A4, title="Invoice 7",
              footer="Invoice 7 · Ana Lima")

- A4 or Letter, 18 mm margins, DejaVu Sans embedded (``fonts.py``): accented and right-to-left
  text renders, and the PDF's text can be extracted (``pdftotext``).
- Tables split across pages and repeat their header rows (the ``<thead>`` rows) on every page.
- Every page has a footer line: the caller's text at the left, "Page N of M" at the right.
- The pages are laid out in memory, then written through ``core/safe_files.atomic_output`` (a
  temporary name beside ``path``, renamed when complete): a failure never leaves a partial file
  (nor replaces an existing one), and a full disk is a DiskFullError naming the folder.
- Needs a QGuiApplication; the CLI makes one with ``headless.gui_application()``.

Call it from the thread that owns the QTextDocument it builds (any thread: nothing here touches
widgets).
"""

import os
from collections.abc import Mapping
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextDocument,
)

from internapp.core.safe_files import atomic_output
from internapp.core.services.errors import ValidationError
from internapp.ui.printing.blocks import Document, style_sheet
from internapp.ui.printing.fonts import document_font

RESOLUTION = 300  # device pixels per inch of the PDF's coordinate space (vector output)
MARGIN_MM = 18.0
FOOTER_POINTS = 7.5


class PageSize(StrEnum):
    A4 = "a4"
    LETTER = "letter"

    @property
    def qt(self) -> QPageSize:
        return QPageSize(QPageSize.PageSizeId.A4 if self is PageSize.A4
                         else QPageSize.PageSizeId.Letter)


def page_size_for(value: str | PageSize | None) -> PageSize:
    """A4 or Letter from text ("a4", "Letter"); anything else is refused naming the choices."""
    if value is None or value == "":
        return PageSize.A4
    try:
        return PageSize(str(value).strip().casefold())
    except ValueError:
        raise ValidationError("page_size", f"{value!r} is not one of: a4, letter") from None


def write_pdf(content: str | Document, path: Path | str, *, page_size: PageSize | str = PageSize.A4,
              title: str = "", footer: str = "",
              images: Mapping[str, bytes | QImage] | None = None) -> Path:
    """Lays ``content`` (HTML, or a ``Document``) out on pages and writes it to ``path``.

    ``images`` maps the names used in ``<img src="NAME">`` to PNG/JPEG bytes or QImages.
    Raises ValidationError("file", …) when the folder is missing or not writable, or the writer
    fails; nothing is left at ``path`` then.
    """
    path = Path(path)
    size = page_size_for(page_size)
    html = content.html() if isinstance(content, Document) else content
    folder = path.parent
    if not folder.is_dir():
        raise ValidationError("file", f"the folder {folder} does not exist")
    if not os.access(folder, os.W_OK):
        raise ValidationError("file", f"the folder {folder} is not writable")
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    try:
        pages = _render(html, buffer, size, title, footer, images or {})
    finally:
        buffer.close()
    data = bytes(buffer.data().data())
    if pages < 1 or not data.startswith(b"%PDF-"):
        raise ValidationError("file", f"the PDF writer could not write {path.name}")
    with atomic_output(path, "wb") as output:
        output.write(data)
    return path


def _render(html: str, target: QBuffer, size: PageSize, title: str, footer: str,
            images: Mapping[str, bytes | QImage]) -> int:
    writer = QPdfWriter(target)
    writer.setResolution(RESOLUTION)
    writer.setCreator("internapp")
    writer.setTitle(title)
    writer.setPageLayout(QPageLayout(size.qt, QPageLayout.Orientation.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))
    body = writer.pageLayout().paintRectPixels(RESOLUTION)
    footer_font = document_font(FOOTER_POINTS)
    footer_height = round(FOOTER_POINTS / 72 * RESOLUTION * 3)

    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)  # font sizes in points, at the PDF's dpi
    document.setDefaultFont(document_font())
    document.setDocumentMargin(0)
    document.setDefaultStyleSheet(style_sheet())
    for name, image in images.items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name),
                             image if isinstance(image, QImage) else QImage.fromData(image))
    document.setHtml(html)
    page = QSizeF(body.width(), body.height() - footer_height)
    document.setPageSize(page)
    count = document.pageCount()

    painter = QPainter()
    if not painter.begin(writer):
        raise ValidationError("file", "the PDF writer could not start a page")
    try:
        for index in range(count):
            if index:
                writer.newPage()
            painter.save()
            painter.translate(0, -index * page.height())
            _draw(document, painter, QRectF(0, index * page.height(), page.width(),
                                            page.height()))
            painter.restore()
            _footer(painter, footer_font, QRectF(0, body.height() - footer_height * 0.6,
                                                 body.width(), footer_height * 0.6),
                    footer, index + 1, count)
    finally:
        painter.end()
    return count


def _draw(document: QTextDocument, painter: QPainter, clip: QRectF) -> None:
    """The document's part within ``clip``, in black on white whatever the window's theme
    (``drawContents`` would take the text colour from the app's palette: light in dark mode)."""
    context = QAbstractTextDocumentLayout.PaintContext()
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Text, QColor("#000000"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#000000"))
    context.palette = palette
    context.clip = clip
    painter.setClipRect(clip)
    document.documentLayout().draw(painter, context)


def _footer(painter: QPainter, font: QFont, rect: QRectF, text: str, number: int,
            count: int) -> None:
    painter.save()
    painter.setFont(font)
    painter.setPen(QColor("#555555"))
    align = Qt.AlignmentFlag.AlignBottom
    if text:
        painter.drawText(rect, align | Qt.AlignmentFlag.AlignLeft, text)
    page = QCoreApplication.translate("Pdf", "Page %1 of %2").replace("%1", str(number))
    painter.drawText(rect, align | Qt.AlignmentFlag.AlignRight, page.replace("%2", str(count)))
    painter.restore()
