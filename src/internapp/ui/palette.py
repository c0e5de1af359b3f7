"""The light and dark colours, as plain data: the Qt theme and the charts (which are also drawn
without Qt, by the CLI's chart export) read them from here."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Colors:
    window: str
    base: str
    alternate: str
    text: str
    muted: str
    accent: str
    accent_text: str
    sidebar: str
    border: str
    danger: str
    warning: str
    success: str


# every text colour keeps WCAG AA (4.5:1) on the backgrounds it is drawn on (tests/ui/test_palette.py)
LIGHT = Colors(window="#f6f7fb", base="#ffffff", alternate="#f3f4f8", text="#1f2330",
               muted="#646b78", accent="#4f46e5", accent_text="#ffffff", sidebar="#eceef5",
               border="#d9dce6", danger="#c81e1e", warning="#b45309", success="#047857")
DARK = Colors(window="#1b1d23", base="#23262e", alternate="#292d36", text="#e6e8ee",
              muted="#9aa1ae", accent="#8b93ff", accent_text="#11131a", sidebar="#15171c",
              border="#363b47", danger="#f87171", warning="#fbbf24", success="#34d399")


def luminance(colour: str) -> float:
    """WCAG relative luminance of ``#rrggbb``."""
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(foreground: str, background: str) -> float:
    """WCAG contrast ratio, 1 to 21 (AA asks 4.5 for text)."""
    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
