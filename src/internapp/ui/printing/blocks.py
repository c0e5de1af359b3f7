"""A printed document built from blocks (headings, paragraphs, key/value lines, tables) and turned
into the small HTML subset QTextDocument lays out well. Every text is escaped here, so a name
with ``<`` or ``&`` prints as typed.

    doc = Document()
    doc.heading("Invoice 2026-007")
    doc.columns([["From", "Ana Lima", "Rua A 1"], ["To", "Acme"]])
    doc.table(["Description", "Amount"], [["Dashboard", "600.00"]], align="lr",
              footer=[["Total", "600.00 USD"]])
    write_pdf(doc, "invoice.pdf")

A table's header row repeats at the top of every page it runs onto.
"""

import html
import re
from collections.abc import Sequence

# Lengths in points, written as CSS pixels by ``style_sheet``: QTextDocument reads a CSS px as
# 1/96 inch whatever the paint device (measured with pdftotext -bbox, thanks to issue 14).
STYLE = """
h1 {{ font-size: 17pt; font-weight: bold; margin-bottom: {6}px; }}
h2 {{ font-size: 12pt; font-weight: bold; margin-top: {14}px; margin-bottom: {6}px; }}
h3 {{ font-size: 10pt; font-weight: bold; margin-top: {10}px; margin-bottom: {3}px; }}
p {{ margin-top: 0px; margin-bottom: {6}px; }}
.muted {{ color: #555555; }}
.small {{ font-size: 8pt; }}
table.data {{ margin-top: {4}px; margin-bottom: {10}px; }}
th {{ background-color: #eef1f5; font-weight: bold; font-size: 8.5pt; white-space: nowrap;
     border-bottom: {1}px solid #8a94a3; padding: {4}px {6}px; }}
td {{ border-bottom: {0.5}px solid #d5dae1; padding: {3}px {6}px; font-size: 9pt; }}
td.keep {{ white-space: nowrap; }}
td.total {{ white-space: nowrap; font-weight: bold; border-top: {1.25}px solid #333333;
            border-bottom: 0px solid #ffffff; }}
td.plain {{ border-bottom: 0px solid #ffffff; padding: 0px {16}px 0px 0px; font-size: 10pt; }}
"""
CSS_DPI = 96


def style_sheet() -> str:
    """The document style with every length in points turned into CSS pixels."""
    return re.sub(r"\{([\d.]+)\}px",
                  lambda m: f"{max(1, round(float(m[1]) * CSS_DPI / 72))}px",
                  STYLE).replace("{{", "{").replace("}}", "}")


ALIGN = {"l": "left", "r": "right", "c": "center"}


def escape(text: object) -> str:
    """HTML-escaped text with line breaks kept."""
    return html.escape("" if text is None else str(text)).replace("\n", "<br>")


class Document:
    def __init__(self) -> None:
        self._parts: list[str] = []

    def heading(self, text: str, level: int = 1) -> "Document":
        level = min(max(level, 1), 3)
        self._parts.append(f"<h{level}>{escape(text)}</h{level}>")
        return self

    def paragraph(self, text: str, *, muted: bool = False, small: bool = False,
                  bold: bool = False) -> "Document":
        classes = " ".join(c for c, on in (("muted", muted), ("small", small)) if on)
        body = f"<b>{escape(text)}</b>" if bold else escape(text)
        self._parts.append(f'<p class="{classes}">{body}</p>' if classes else f"<p>{body}</p>")
        return self

    def key_values(self, pairs: Sequence[tuple[str, str]]) -> "Document":
        """Label: value lines (a two-column table without borders)."""
        rows = "".join(f'<tr><td class="plain"><span class="muted">{escape(k)}</span></td>'
                       f'<td class="plain">{escape(v)}</td></tr>' for k, v in pairs)
        self._parts.append(f'<table cellspacing="0">{rows}</table>')
        return self

    def columns(self, blocks: Sequence[Sequence[str]], *, widths: Sequence[int] = ()) -> "Document":
        """Side-by-side blocks of lines (e.g. From / To on an invoice); each block's first line is
        its caption."""
        cells = []
        for index, lines in enumerate(blocks):
            width = f' width="{widths[index]}%"' if index < len(widths) else ""
            caption, *rest = list(lines) or [""]
            body = "<br>".join(escape(line) for line in rest)
            caption = f'<span class="muted small">{escape(caption).upper()}</span>'
            cells.append(f'<td class="plain"{width}>{caption}<br>{body}</td>')
        self._parts.append(f'<table width="100%" cellspacing="0"><tr>'
                           f'{"".join(cells)}</tr></table>')
        return self

    def table(self, headers: Sequence[str], rows: Sequence[Sequence[object]], *,
              align: str = "", widths: Sequence[int] = (), whole: Sequence[int] = (),
              footer: Sequence[Sequence[object]] = ()) -> "Document":
        """A table that splits across pages, repeating ``headers`` on each. ``align`` is one
        letter per column (l, r, c; left by default); ``widths`` are percentages; header cells,
        right-aligned or centred columns and the ``whole`` columns never wrap (amounts, dates,
        references); ``footer`` rows are set in bold under a rule (totals)."""

        def attrs(column: int, keep_class: bool = True) -> str:
            letter = align[column] if column < len(align) else "l"
            width = f' width="{widths[column]}%"' if column < len(widths) else ""
            keep = keep_class and (letter != "l" or column in whole)
            return f' align="{ALIGN.get(letter, "left")}"{width}' + (' class="keep"' if keep else "")

        def row_html(row: Sequence[object], total: bool = False) -> str:
            cells = (f'<td class="total"{attrs(i, False)}>{escape(c)}</td>' if total
                     else f"<td{attrs(i)}>{escape(c)}</td>" for i, c in enumerate(row))
            return "<tr>" + "".join(cells) + "</tr>"

        head = "".join(f"<th{attrs(i, False)}>{escape(h)}</th>" for i, h in enumerate(headers))
        body = "".join(row_html(row) for row in rows)
        foot = "".join(row_html(row, total=True) for row in footer)
        self._parts.append(f'<table class="data" width="100%" cellspacing="0">'
                           f"<thead><tr>{head}</tr></thead><tbody>{body}{foot}</tbody></table>")
        return self

    def spacer(self) -> "Document":
        """An empty line between blocks."""
        self._parts.append("<p>&nbsp;</p>")
        return self

    def image(self, name: str, width_px: int) -> "Document":
        """An image passed to ``write_pdf(images={name: …})``."""
        self._parts.append(f'<p><img src="{escape(name)}" width="{width_px}"></p>')
        return self

    def raw(self, markup: str) -> "Document":
        """Markup the caller has escaped itself."""
        self._parts.append(markup)
        return self

    def html(self) -> str:
        return "<html><body>" + "".join(self._parts) + "</body></html>"
