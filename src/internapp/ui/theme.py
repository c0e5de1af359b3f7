"""Light and dark palettes on the Fusion style, following the system's colour scheme by default."""

from dataclasses import dataclass
from enum import StrEnum
from importlib import resources

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication


class ThemeMode(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


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


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def resolve_dark(mode: ThemeMode) -> bool:
    if mode == ThemeMode.SYSTEM:
        return system_prefers_dark()
    return mode == ThemeMode.DARK


def colors(dark: bool) -> Colors:
    return DARK if dark else LIGHT


def apply_theme(app: QApplication, mode: ThemeMode) -> Colors:
    """Applies the palette and stylesheet for ``mode``; returns the colours in use."""
    scheme = colors(resolve_dark(mode))
    app.setStyle("Fusion")
    app.setPalette(_palette(scheme))
    app.setStyleSheet(_stylesheet(scheme))
    app.setProperty("internapp_dark", scheme is DARK)
    return scheme


def current_colors(app: QApplication | None = None) -> Colors:
    app = app or QApplication.instance()
    return colors(bool(app and app.property("internapp_dark")))


def _palette(c: Colors) -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: c.window,
        QPalette.ColorRole.WindowText: c.text,
        QPalette.ColorRole.Base: c.base,
        QPalette.ColorRole.AlternateBase: c.alternate,
        QPalette.ColorRole.Text: c.text,
        QPalette.ColorRole.Button: c.base,
        QPalette.ColorRole.ButtonText: c.text,
        QPalette.ColorRole.ToolTipBase: c.base,
        QPalette.ColorRole.ToolTipText: c.text,
        QPalette.ColorRole.PlaceholderText: c.muted,
        QPalette.ColorRole.Highlight: c.accent,
        QPalette.ColorRole.HighlightedText: c.accent_text,
        QPalette.ColorRole.Link: c.accent,
        QPalette.ColorRole.BrightText: c.danger,
        QPalette.ColorRole.Mid: c.border,
        QPalette.ColorRole.Midlight: c.alternate,
        QPalette.ColorRole.Dark: c.border,
        QPalette.ColorRole.Light: c.base,
    }
    for role, value in roles.items():
        palette.setColor(role, QColor(value))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(c.muted))
    return palette


def _stylesheet(c: Colors) -> str:
    template = (resources.files("internapp.resources") / "styles" / "app.qss").read_text("utf-8")
    for name, value in sorted(vars(c).items(), key=lambda item: -len(item[0])):
        template = template.replace("@" + name, value)  # longest first: @accent_text before @accent
    return template
