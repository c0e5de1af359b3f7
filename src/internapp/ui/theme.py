"""Light and dark palettes on the Fusion style (ui/app_style.py: with the app's own icons),
following the system's colour scheme by default."""

from enum import StrEnum
from importlib import resources

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from internapp.ui.app_style import AppStyle
from internapp.ui.icons import controls_folder
from internapp.ui.palette import DARK, LIGHT, Colors


class ThemeMode(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


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
    # first: widgets that restyle themselves on the palette change below read current_colors()
    app.setProperty("internapp_dark", scheme is DARK)
    style = getattr(app, "internapp_style", None)  # app.style() is the stylesheet's wrapper
    if isinstance(style, AppStyle):
        style.colors = scheme
    else:
        style = AppStyle(scheme)
        app.internapp_style = style  # type: ignore[attr-defined]  # our Python object, kept
        app.setStyle(style)
    app.setPalette(_palette(scheme))
    app.setStyleSheet(_stylesheet(scheme))
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
    template = template.replace("@controls", controls_folder(c is DARK))  # arrows drawn in url()s
    for name, value in sorted(vars(c).items(), key=lambda item: -len(item[0])):
        template = template.replace("@" + name, value)  # longest first: @accent_text before @accent
    return template
