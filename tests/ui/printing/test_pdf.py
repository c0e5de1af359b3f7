"""The shared PDF writer: page sizes, embedded fonts, accented and right-to-left text, tables
that split across pages with their header repeated, and no partial file on failure."""

import shutil
import subprocess

import pytest
from PySide6.QtGui import QImage

from internapp.core.services.errors import ValidationError
from internapp.ui.printing import pdf
from internapp.ui.printing.blocks import Document
from internapp.ui.printing.fonts import missing_characters
from internapp.ui.printing.pdf import PageSize, write_pdf

NAMES = ["Zoë Núñez-Ångström", "François Ðorđević", "محمد عبد الله", "שרה לוי", "Łukasz Żółć"]


def _poppler(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        pytest.skip(f"{tool} (poppler-utils) is not installed")
    return found


def _info(path) -> str:
    return subprocess.run([_poppler("pdfinfo"), str(path)], capture_output=True, text=True,
                          check=True).stdout


def _long_document(rows: int) -> Document:
    doc = Document().heading("Hours by week").paragraph("Zoë Núñez — credit report")
    doc.table(["Week", "Notes", "Hours"],
              [[f"Week {i:03d}", f"{NAMES[i % len(NAMES)]} — drafted section {i}", f"{i % 9}.5"]
               for i in range(rows)], align="llr", widths=[18, 64, 18],
              footer=[["Total", "", "123.0"]])
    return doc


@pytest.mark.parametrize(("size", "points"), [(PageSize.A4, "595 x 842 pts (A4)"),
                                              (PageSize.LETTER, "612 x 792 pts (letter)")])
def test_pages_come_out_a4_or_letter(qapp, tmp_path, size, points):
    out = write_pdf(Document().heading("Hello"), tmp_path / "page.pdf", page_size=size, title="T")
    info = _info(out)
    assert f"Page size:       {points}" in info
    assert "Pages:           1" in info
    assert "Title:           T" in info


def test_accented_and_right_to_left_names_are_embedded_and_extractable(qapp, tmp_path, pdf_text):
    doc = Document().heading("Invoice")
    for name in NAMES:
        doc.paragraph(name)
    out = write_pdf(doc, tmp_path / "names.pdf")
    fonts = subprocess.run([_poppler("pdffonts"), str(out)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    assert fonts and all(" yes " in line.split("Identity-H")[-1] for line in fonts), fonts
    assert any(line.startswith("DejaVuSans") for line in fonts)
    text = pdf_text(out)
    for name in ("Zoë Núñez-Ångström", "François Ðorđević", "Łukasz Żółć"):
        assert name in text
    # right-to-left runs come out in visual order; the words themselves are intact
    for word in ("محمد", "الله", "שרה", "לוי"):
        assert word in text or word[::-1] in text


def test_a_long_table_splits_across_pages_and_repeats_its_header(qapp, tmp_path, pdf_text):
    out = write_pdf(_long_document(150), tmp_path / "long.pdf", footer="Credit report · Zoë")
    pages = int(_info(out).split("Pages:")[1].split()[0])
    assert pages >= 3
    for page in range(1, pages + 1):
        text = pdf_text(out, page)
        assert f"Page {page} of {pages}" in text
        assert "Credit report · Zoë" in text
    everything = pdf_text(out)
    for i in (0, 75, 149):
        assert f"Week {i:03d}" in everything
    assert "Total" in pdf_text(out, pages)


def test_each_page_starts_with_the_header_row(qapp, tmp_path, pdf_text):
    out = write_pdf(_long_document(150), tmp_path / "long.pdf")
    pages = int(_info(out).split("Pages:")[1].split()[0])
    for page in range(2, pages + 1):
        first = next(line for line in pdf_text(out, page, layout=True).splitlines() if line.strip())
        assert first.split() == ["Week", "Notes", "Hours"], (page, first)


def test_text_is_escaped(qapp, tmp_path, pdf_text):
    out = write_pdf(Document().paragraph("R&D <script> \"quoted\"\nsecond line"),
                    tmp_path / "e.pdf")
    text = pdf_text(out)
    assert 'R&D <script> "quoted"' in text and "second line" in text


def test_pages_render_to_png_with_ink_even_from_a_dark_window(qapp, tmp_path):
    from PySide6.QtGui import QColor, QPalette

    previous = qapp.palette()
    dark = QPalette(previous)
    dark.setColor(QPalette.ColorRole.Text, QColor("#f0f0f0"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
    qapp.setPalette(dark)  # the window in dark mode: light text
    try:
        out = write_pdf(_long_document(20), tmp_path / "p.pdf")
    finally:
        qapp.setPalette(previous)
    subprocess.run([_poppler("pdftoppm"), "-r", "40", "-png", "-f", "1", "-l", "1", str(out),
                    str(tmp_path / "page")], check=True)
    image = QImage(str(next(tmp_path.glob("page*.png"))))
    assert not image.isNull()
    dark = sum(1 for x in range(image.width()) for y in range(image.height())
               if image.pixelColor(x, y).lightness() < 128)
    assert dark > 1000  # text was drawn, not boxes on a blank page


def test_a_missing_folder_is_refused_and_nothing_is_written(qapp, tmp_path):
    with pytest.raises(ValidationError, match=r"file: the folder .* does not exist"):
        write_pdf("<p>x</p>", tmp_path / "nope" / "x.pdf")
    assert not (tmp_path / "nope").exists()


def test_a_failure_midway_leaves_neither_a_partial_file_nor_a_changed_old_one(qapp, tmp_path,
                                                                            monkeypatch):
    target = tmp_path / "kept.pdf"
    target.write_bytes(b"%PDF-old")

    def broken(html, buffer, *args):
        buffer.write(b"%PDF-1.4 half")
        raise RuntimeError("the layout failed")

    monkeypatch.setattr(pdf, "_render", broken)
    with pytest.raises(RuntimeError, match="layout failed"):
        write_pdf("<p>x</p>", target)
    assert target.read_bytes() == b"%PDF-old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.pdf"]


def test_a_full_disk_names_the_folder_and_keeps_the_old_file(qapp, small_disk):
    """A real full disk (a small tmpfs): the PDF goes through safe_files.atomic_output."""
    from internapp.core.store.errors import DiskFullError

    folder = small_disk("16k")  # the PDF needs about 26 kB
    target = folder / "kept.pdf"
    target.write_bytes(b"%PDF-old")
    with pytest.raises(DiskFullError) as failure:
        write_pdf(_long_document(40), target)
    assert str(folder) in str(failure.value)
    assert target.read_bytes() == b"%PDF-old"
    assert sorted(p.name for p in folder.iterdir()) == ["kept.pdf"]


def test_an_unknown_page_size_names_the_choices(qapp, tmp_path):
    with pytest.raises(ValidationError, match="page_size: 'A5' is not one of: a4, letter"):
        write_pdf("<p>x</p>", tmp_path / "x.pdf", page_size="A5")


def test_characters_no_font_can_draw_are_named(qapp):
    assert missing_characters("Zoë محمد שרה Łukasz — “quotes” €") == []
    assert missing_characters("name \U000f0001 and \U000f0002\U000f0001") == ["\U000f0001",
                                                                             "\U000f0002"]
