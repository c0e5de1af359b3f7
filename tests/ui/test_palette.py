"""Text contrast of at least WCAG AA (4.5:1) in both themes, computed from the palette and from
every colour pair the stylesheet and the painted widgets use (issue 12)."""

import re
from importlib import resources

import pytest

from internapp.ui.charts.style import chart_style
from internapp.ui.palette import DARK, LIGHT, Colors, contrast

AA = 4.5
# rules for text inside a box the stylesheet paints: the box's background
INSIDE = {"#TimerBanner": "accent", "#Calendar QToolButton": "accent"}


def test_contrast_is_the_wcag_ratio():
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def _stylesheet_pairs(c: Colors) -> list[tuple[str, str, str]]:
    """(where, text colour, background) for every rule of app.qss that sets a text colour: its own
    background, or else each background it can sit on."""
    qss = (resources.files("internapp.resources") / "styles" / "app.qss").read_text("utf-8")
    qss = re.sub(r"/\*.*?\*/", "", qss, flags=re.S)
    values = vars(c)
    pairs = []
    for selector, body in re.findall(r"([^{}]+)\{([^}]*)\}", qss):
        colour = re.search(r"(?<![-\w])color:\s*@(\w+)", body)
        if not colour:
            continue
        background = re.search(r"background(?:-color)?:\s*@(\w+)", body)
        inside = next((bg for prefix, bg in INSIDE.items() if selector.strip().startswith(prefix)),
                      None)
        if background:
            behind = [background[1]]
        elif inside:
            behind = [inside]
        elif "Sidebar" in selector:
            behind = ["sidebar"]
        else:
            behind = ["window", "base", "alternate"]
        pairs += [(selector.strip(), values[colour[1]], values[name]) for name in behind]
    return pairs


def _painted_pairs(c: Colors) -> list[tuple[str, str, str]]:
    """Colours the code paints text in: the tags on Today's rows, the card badges, the timer
    button, selections."""
    markers = chart_style(c).markers
    tags = [(f"tag {kind}", colour, bg) for kind, (_, colour) in markers.items()
            for bg in (c.base, c.alternate)]
    tones = [(f"{name} text", getattr(c, name), bg) for name in ("muted", "warning", "danger",
                                                                  "success", "accent")
             for bg in (c.base, c.alternate, c.window)]
    return [*tags, *tones, ("timer button", c.accent_text, c.accent),
            ("running timer button", c.accent_text, c.danger),
            ("selection", c.accent_text, c.accent)]


@pytest.mark.parametrize("colors", [LIGHT, DARK], ids=["light", "dark"])
def test_every_text_colour_meets_aa_on_its_background(colors):
    low = [f"{where}: {fg} on {bg} = {contrast(fg, bg):.2f}"
           for where, fg, bg in _stylesheet_pairs(colors) + _painted_pairs(colors)
           if contrast(fg, bg) < AA]
    assert low == []


@pytest.mark.parametrize(("scheme", "colors"), [("light", LIGHT), ("dark", DARK)])
def test_the_stylesheet_arrows_are_drawn_in_the_muted_colour(scheme, colors):
    folder = resources.files("internapp.resources") / "icons" / "controls" / scheme
    for arrow in ("up", "down", "left", "right"):
        assert f'stroke="{colors.muted}"' in (folder / f"chevron-{arrow}.svg").read_text("utf-8")


def test_initials_on_the_organization_tiles_meet_aa():
    from internapp.ui.widgets.application_card import TILE_COLORS

    assert [c for c in TILE_COLORS if contrast("#ffffff", c) < AA] == []


def test_the_keyboard_focus_is_visible_on_buttons_and_rows(qtbot):
    from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget

    from internapp.ui.theme import ThemeMode, apply_theme
    from internapp.ui.widgets.item_row import ItemRow

    for mode in (ThemeMode.LIGHT, ThemeMode.DARK):
        apply_theme(QApplication.instance(), mode)
        box = QWidget()
        layout = QVBoxLayout(box)
        widgets = [QPushButton("Save"), ItemRow("Due", "#c81e1e", "Report", "Acme", "today"),
                   QPushButton("Add entry")]
        widgets[2].setObjectName("Primary")
        for widget in widgets:
            layout.addWidget(widget)
        qtbot.addWidget(box)
        box.show()
        qtbot.waitExposed(box)
        for widget in widgets:
            before = widget.grab().toImage()
            widget.setFocus()
            qtbot.waitUntil(widget.hasFocus)
            assert widget.grab().toImage() != before, f"{type(widget).__name__} in {mode}"
            box.setFocus()
