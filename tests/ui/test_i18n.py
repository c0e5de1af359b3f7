"""Issue 12: `internapp --lang de` (and the system's language by default) switches the window's
language; dates and numbers follow the locale."""

import os
import subprocess
import sys
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale, Qt

from internapp.ui import formats, i18n


def test_the_languages_shipped_and_the_choice():
    assert {"en", "de"} <= set(i18n.available())
    assert i18n.choose("de") == "de" and i18n.choose("de_AT") == "de"
    assert i18n.choose("fr") == "en"  # not shipped: English
    assert i18n.choose(None, QLocale(QLocale.Language.German, QLocale.Country.Germany)) == "de"
    assert i18n.choose(None, QLocale(QLocale.Language.Japanese, QLocale.Country.Japan)) == "en"


def test_german_words_numbers_dates_and_plurals(german):
    assert QCoreApplication.translate("Menus", "&File") == "&Datei"
    assert QCoreApplication.translate("ApplicationsView", "%Ln applications", "", 1) == "1 Bewerbung"
    assert QCoreApplication.translate("ApplicationsView", "%Ln applications", "", 1200) == \
        "1.200 Bewerbungen"
    assert formats.number(1234.5, 1) == "1.234,5"
    assert formats.money(Decimal("12.5"), "EUR") == "12,50\u00a0€"
    assert formats.full_date(date(2026, 11, 30)) == "Montag, 30. November 2026"
    assert formats.day(date(2026, 12, 2)) == "Mi. 2. Dez."
    assert formats.percent(0.5) == "50 %"


def test_the_window_in_german(qtbot, context, german):
    from internapp.ui.launch import build_window
    from internapp.ui.theme import ThemeMode

    window = build_window(context, ThemeMode.LIGHT)
    qtbot.addWidget(window)
    window.show()
    assert window.menus.file_menu.title() == "&Datei"
    assert window.screen("today").title_label.text() == "Heute"


def test_the_income_chart_speaks_german(qtbot, context, german):
    """Seen in a real window at 900x600 in German: the chart's legend, axes and months were
    English under a German screen."""
    from internapp.core import demo
    from internapp.ui.launch import build_window
    from internapp.ui.theme import ThemeMode

    demo.fill(context.store)
    window = build_window(context, ThemeMode.LIGHT)
    qtbot.addWidget(window)
    window.show()
    window.show_screen("income")
    overview = window.screen("income").overview
    qtbot.waitUntil(lambda: overview.chart.built)
    axes = overview.chart.figure().axes
    legend = [text.get_text() for text in axes[0].get_legend().get_texts()]
    assert legend == ["Verdient", "Erhalten", "Bisher erhalten"]
    assert [label.get_text() for label in axes[0].get_xticklabels()][2] == "März"
    assert axes[0].get_ylabel() == "pro Monat (USD)"
def test_screen_titles_in_german_in_the_sidebar_the_view_menu_and_their_screens(
        qtbot, context, german):
    from internapp.ui.launch import build_window
    from internapp.ui.theme import ThemeMode

    window = build_window(context, ThemeMode.LIGHT)
    qtbot.addWidget(window)
    window.show()
    sidebar = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert sidebar == ["Heute", "Bewerbungen", "Einsätze", "Zeit", "Kontakte", "Zeitleiste",
                       "Kompetenzen", "Einkommen", "Einstellungen"]
    assert window.nav.item(1).toolTip() == "Bewerbungen (Strg+2)"
    view = [a.text() for a in window.menus.view_menu.actions() if a.text()]
    assert {"Bewerbungen", "Einkommen"} <= set(view)
    for key, title in (("applications", "Bewerbungen"), ("settings", "Einstellungen")):
        window.show_screen(key)
        assert window.screen(key).title_label.text() == title


def test_lang_de_on_the_command_line_passes_the_layout_check_in_german(tmp_path):
    data = tmp_path / "data"
    subprocess.run([sys.executable, "-m", "internapp", "demo", "--data-dir", str(data)],
                   check=True, capture_output=True)
    result = subprocess.run(
        [sys.executable, "-m", "internapp", "--lang", "de", "smoke", "--data-dir", str(data),
         "--sizes", "900x600,1280x800", "--check-layout", "--theme", "light"],
        capture_output=True, text=True, env={**os.environ}, timeout=900)
    assert result.returncode == 0, result.stderr


def test_the_engagements_screen_in_german(qtbot, context, german):
    """Seen in German: the whole Engagements screen was English — title, buttons, columns."""
    from internapp.core import demo
    from internapp.ui.launch import build_window
    from internapp.ui.theme import ThemeMode

    demo.fill(context.store)
    window = build_window(context, ThemeMode.LIGHT)
    qtbot.addWidget(window)
    window.show()
    window.show_screen("engagements")
    screen = window.screen("engagements")
    assert screen.title_label.text() == "Einsätze"
    assert screen.new_button.text() == "Neuer Einsatz"
    headers = [screen.model.headerData(i, Qt.Orientation.Horizontal)
               for i in range(screen.model.columnCount())]
    assert headers[:3] == ["Einsatz", "Organisation", "Status"] and "Honorar" in headers
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0)
    assert screen.count_label.text().endswith("Einsätze")
    assert screen.status_box.itemText(0) == "Alle Status"
