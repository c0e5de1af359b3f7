"""Issue 12, first run: what a new user meets — an empty Today that offers a way in, full File and
Edit menus, the board's keys written down, a first Start that can be cancelled quietly, and a
stopped timer that shows at once."""

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QPushButton

from internapp.core.clock import utcnow
from internapp.core.services import engagements, timer
from internapp.ui.dialogs.shortcuts import ShortcutsDialog


def test_the_empty_today_offers_sample_data_and_an_import(window, qtbot):
    empty = window.screen("today").pages.currentWidget()
    assert empty is window.screen("today").empty
    buttons = {b.text(): b for b in empty.findChildren(QPushButton) if b.isVisible()}
    assert "Try with sample data" in buttons and "Import from another tool" in buttons
    menu = buttons["Import from another tool"].menu()
    assert {a.text() for a in menu.actions()} >= {"Time from Toggl Track…",
                                                   "Contacts from a vCard file (.vcf)…"}
    buttons["Try with sample data"].click()
    qtbot.waitUntil(lambda: window.screen("today").pages.currentWidget()
                    is window.screen("today").content, timeout=30_000)
    assert window.screen("today").cards["engagements"].text() not in ("", "0")


def test_file_and_edit_menus(window):
    file_texts = [a.text().replace("&", "") for a in window.menus.file_menu.actions()]
    for wanted in ("New application…", "New engagement…", "New contact…", "Import", "Export",
                   "Back up now", "Quit"):
        assert wanted in file_texts, wanted
    edit_texts = [a.text().replace("&", "") for a in window.menus.edit_menu.actions()]
    assert "Undo" in edit_texts and "Find…" in edit_texts
    assert window.menus.find_action.shortcut().toString() == "Ctrl+F"


def test_ctrl_f_puts_the_cursor_in_the_screens_filter(window, qtbot):
    for key, field in (("applications", lambda s: s.filter_edit),
                       ("contacts", lambda s: s.list.search_edit)):
        window.show_screen(key)
        screen = window.screen(key)
        screen.show_empty(False)
        window.menus.find_action.trigger()
        target = field(screen)
        qtbot.waitUntil(target.hasFocus)


def test_the_board_keys_are_in_the_shortcut_sheet_and_cards_say_them(window, context):
    from internapp.core.services import applications

    sheet = ShortcutsDialog(window)
    keys = [keys for keys, _ in sheet.rows]
    assert "Ctrl+M" in keys and "Ctrl+←  Ctrl+→" in keys and "Ctrl+F" in keys and "Ctrl+T" in keys
    applications.create(context.store, organization="Acme", role="Analyst")
    window.show_screen("applications")
    board = window.screen("applications").board
    column = next(c for c in board.columns if c.model.total())
    tip = column.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Acme" in tip and "Ctrl+M" in tip


def test_cancelling_the_first_start_prompt_leaves_no_error(window, qtbot, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    control = window.timer.control
    assert not control.start()
    assert not control.error_label.isVisible()


def test_stopping_a_one_minute_timer_shows_on_today_and_confirms(window, context, qtbot):
    e = engagements.create(context.store, title="Survey", status="active")
    timer.start(context.store, e.id, at=utcnow() - timedelta(minutes=1, seconds=5))
    qtbot.waitUntil(lambda: window.timer.session.running is not None)
    window.show_screen("today")
    window.timer.control.toggle()
    today = window.screen("today")
    qtbot.waitUntil(lambda: today.cards["week"].text() == "1 min")
    qtbot.waitUntil(lambda: "Logged 1 min on Survey" in window.statusBar().currentMessage())
    assert QApplication.instance() is not None
