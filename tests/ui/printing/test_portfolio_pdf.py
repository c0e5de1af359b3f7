"""The portfolio PDF, read back with pdftotext: each engagement, its hours and its lines; A4 and
Letter; names in any script; a text the fonts cannot print refused before a file exists."""

import shutil
import subprocess

import pytest

from internapp.core.durations import duration_text
from internapp.core.services import outcomes, portfolio
from internapp.core.services.errors import ValidationError
from internapp.ui.printing import portfolio_pdf


def _pages(path) -> tuple[int, str]:
    if shutil.which("pdfinfo") is None:
        pytest.skip("pdfinfo (poppler-utils) is not installed")
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True,
                          check=True).stdout
    return int(info.split("Pages:")[1].split()[0]), info.split("Page size:")[1].splitlines()[0]


def test_the_text_holds_each_engagement_its_hours_and_lines(qapp, career_store, tmp_path,
                                                            pdf_text, squashed):
    store, _ids = career_store
    built = portfolio.build(store, target="Data analyst")
    path = portfolio_pdf.export(built, tmp_path / "folio.pdf")
    text = squashed(pdf_text(path))
    for item in built.engagements:
        assert squashed(item.facts.title) in text
        hours = f"{duration_text(item.facts.seconds)} logged" if item.facts.seconds \
            else "no hours logged"
        assert squashed(hours) in text
        for line in item.lines:
            assert squashed(line.text) in text, line.text
    assert squashed("Skills against Data analyst") in text
    assert squashed("Precise, reliable work.") in text and squashed("Zoë Ångström") in text
    assert squashed("Do not quote me") not in text
    assert text.index("Surveydashboard") < text.index("Interviewsynthesis")


def test_a4_and_letter_with_the_names_embedded(qapp, career_store, tmp_path, pdf_text):
    store, _ids = career_store
    built = portfolio.build(store)
    a4 = portfolio_pdf.export(built, tmp_path / "a4.pdf")
    letter = portfolio_pdf.export(built, tmp_path / "letter.pdf", "letter")
    assert "(A4)" in _pages(a4)[1] and "(letter)" in _pages(letter)[1]
    text = pdf_text(a4)
    assert "Chloé Haddad" in text
    assert "كلوي" in text or "كلوي"[::-1] in text  # right to left comes out in visual order
    assert "מעבדת" in text or "מעבדת"[::-1] in text
    fonts = subprocess.run(["pdffonts", str(a4)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    assert fonts and all(" yes " in line.split("Identity-H")[-1] for line in fonts)


def test_an_engagement_with_nothing_recorded_still_prints(qapp, career_store, tmp_path,
                                                         pdf_text, squashed):
    store, ids = career_store
    built = portfolio.build(store, [ids["Empty engagement"]])
    text = squashed(pdf_text(portfolio_pdf.export(built, tmp_path / "empty.pdf")))
    assert squashed("[No deliverables or results recorded") in text
    assert squashed("[no hours logged]") in text


def test_characters_no_font_has_are_refused_and_no_file_is_left(qapp, career_store, tmp_path):
    store, ids = career_store
    outcomes.add_result(store, ids["Survey dashboard"], "Translated the label 𓀀 for the museum")
    built = portfolio.build(store)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ValidationError) as refused:
        portfolio_pdf.export(built, out / "folio.pdf")
    assert refused.value.field == "engagement 'Survey dashboard': résumé line"
    assert "“𓀀” (U+13000)" in str(refused.value)
    assert list(out.iterdir()) == []


def _orange_pixels(pdf, prefix):
    from PySide6.QtGui import QImage

    subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", str(pdf), str(prefix)],
                   check=True)
    image = QImage(str(next(prefix.parent.glob(f"{prefix.name}*.png"))))
    return sum(1 for x in range(image.width()) for y in range(image.height())
               if (c := image.pixelColor(x, y)).red() > 180 and 80 < c.green() < 170
               and c.blue() < 90)


def test_the_first_page_shows_the_radar_when_there_is_a_target(qapp, career_store, tmp_path):
    store, _ids = career_store
    with_target = portfolio_pdf.export(portfolio.build(store, target="UX researcher"),
                                       tmp_path / "target.pdf")
    without = portfolio_pdf.export(portfolio.build(store), tmp_path / "plain.pdf")
    assert _orange_pixels(with_target, tmp_path / "t") > 50  # the dashed target outline
    assert _orange_pixels(without, tmp_path / "p") == 0
