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


LIGHT = Colors(window="#f6f7fb", base="#ffffff", alternate="#f3f4f8", text="#1f2330",
               muted="#6b7280", accent="#4f46e5", accent_text="#ffffff", sidebar="#eceef5",
               border="#d9dce6", danger="#dc2626", warning="#d97706", success="#059669")
DARK = Colors(window="#1b1d23", base="#23262e", alternate="#292d36", text="#e6e8ee",
              muted="#9aa1ae", accent="#8b93ff", accent_text="#11131a", sidebar="#15171c",
              border="#363b47", danger="#f87171", warning="#fbbf24", success="#34d399")
