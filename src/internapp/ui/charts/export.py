"""Saving a chart as PNG or SVG (from the window or from ``internapp export chart``)."""

from pathlib import Path

from internapp.core.safe_files import atomic_output
from internapp.core.services.errors import ValidationError

FORMATS = {".png": "png", ".svg": "svg"}
PNG_DPI = 150


def chart_format(path: Path | str) -> str:
    """The format for ``path`` from its extension; anything but .png or .svg is refused."""
    suffix = Path(path).suffix.casefold()
    if suffix not in FORMATS:
        raise ValidationError("file", f"{Path(path).name!r} must end in .png or .svg "
                                      f"(got {suffix or 'no extension'})")
    return FORMATS[suffix]


def save_figure(figure, path: Path | str) -> Path:
    path = Path(path)
    kind = chart_format(path)
    if not path.parent.is_dir():
        raise ValidationError("file", f"the folder {path.parent} does not exist")
    with atomic_output(path, "wb") as handle:  # a full disk leaves no half-drawn file
        figure.savefig(handle, format=kind, dpi=PNG_DPI, facecolor=figure.get_facecolor(),
                       metadata={"Creator": "internapp"})
    return path
