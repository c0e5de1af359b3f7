"""Refusing a PDF that would print boxes: every text that goes on the page is checked against the
installed fonts first, and the first one holding a character no font can draw is named."""

from collections.abc import Iterable

from internapp.core.services.errors import ValidationError
from internapp.ui.printing.fonts import missing_characters


def check_printable(texts: Iterable[tuple[str, str | None]]) -> None:
    """``texts`` are (what it is, the text); raises ValidationError naming the first one with a
    character the PDF fonts lack, and the characters (with their code points)."""
    for what, text in texts:
        missing = missing_characters(text) if text else []
        if missing:
            shown = ", ".join(f"“{c}” (U+{ord(c):04X})" for c in missing[:5])
            raise ValidationError(what, f"has characters no installed font can print: {shown}; "
                                        "change the text or install a font that has them")
