"""The fonts a printed page uses: DejaVu Sans, Serif and Mono, registered with Qt from the copy
matplotlib ships (a dependency, so they are there on every platform and in every bundle) and
from the system, so that accented Latin, Greek, Cyrillic, Hebrew and Arabic names render and are
embedded in the PDF.

``missing_characters`` names the characters no installed font can draw, so that a caller can
refuse a document that would print boxes.
"""

import importlib.util
import unicodedata
from functools import cache
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QRawFont

FAMILY = "DejaVu Sans"
MONO_FAMILY = "DejaVu Sans Mono"
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
              "DejaVuSans-BoldOblique.ttf", "DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf")


def bundled_font_dir() -> Path | None:
    """matplotlib's mpl-data/fonts/ttf, found without importing matplotlib (it costs ~0.3 s)."""
    spec = importlib.util.find_spec("matplotlib")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "mpl-data" / "fonts" / "ttf"
    return folder if folder.is_dir() else None


@cache
def ensure_fonts() -> tuple[str, ...]:
    """Registers the DejaVu faces with Qt once (a QGuiApplication must exist); returns the
    families available for printing."""
    folder = bundled_font_dir()
    if folder is not None and FAMILY not in QFontDatabase.families():
        for name in FONT_FILES:
            if (folder / name).is_file():
                QFontDatabase.addApplicationFont(str(folder / name))
    return tuple(f for f in (FAMILY, MONO_FAMILY) if f in QFontDatabase.families())


def document_font(point_size: float = 10) -> QFont:
    ensure_fonts()
    font = QFont(FAMILY)
    font.setPointSizeF(point_size)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    return font


def missing_characters(text: str) -> list[str]:
    """The distinct characters of ``text`` (control and formatting characters aside) that neither
    DejaVu Sans nor any other installed font can draw, in order of appearance."""
    ensure_fonts()
    missing: list[str] = []
    for char in dict.fromkeys(text):
        if unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp") or char.isspace():
            continue
        if not _drawable(char):
            missing.append(char)
    return missing


@cache
def _primary() -> QRawFont:
    return QRawFont.fromFont(document_font())


@cache
def _fallbacks() -> tuple[QRawFont, ...]:
    return tuple(QRawFont.fromFont(QFont(family)) for family in QFontDatabase.families()
                 if family != FAMILY)


@cache
def _drawable(char: str) -> bool:
    code = ord(char)
    if _primary().supportsCharacter(code):
        return True
    return any(raw.isValid() and raw.supportsCharacter(code) for raw in _fallbacks())
