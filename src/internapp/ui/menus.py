"""The main window's menus: File (new records, import, export, back up, quit), Edit (undo and the
clipboard for the text field in hand, find), View (the screens, the theme), Timer and Help (the
keyboard shortcuts, about). Every action shows its shortcut; the shortcut sheet lists them all."""

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit

from internapp.ui.i18n import QT_TRANSLATE_NOOP
from internapp.ui.theme import ThemeMode
from internapp.ui.views import SCREENS

if TYPE_CHECKING:
    from internapp.ui.main_window import MainWindow

Shortcut = QKeySequence | QKeySequence.StandardKey | str


def _tr(text: str) -> str:
    """The translation of a string marked with QT_TRANSLATE_NOOP("Menus", …) in the tables below."""
    return QCoreApplication.translate("Menus", text)


@dataclass(frozen=True)
class Transfer:
    """An import or export reachable from the File menu: the screen that does it and the key of
    the format it takes (``screen.start_transfer(key)``)."""

    screen: str
    key: str
    title: str


IMPORTS = (
    Transfer("applications", "applications", QT_TRANSLATE_NOOP("Menus", "Applications (CSV or JSON)…")),
    Transfer("contacts", "vcard", QT_TRANSLATE_NOOP("Menus", "Contacts from a vCard file (.vcf)…")),
    Transfer("contacts", "linkedin", QT_TRANSLATE_NOOP("Menus", "Contacts from LinkedIn Connections.csv…")),
    Transfer("time", "toggl", QT_TRANSLATE_NOOP("Menus", "Time from Toggl Track…")),
    Transfer("time", "clockify", QT_TRANSLATE_NOOP("Menus", "Time from Clockify…")),
    Transfer("time", "watson", QT_TRANSLATE_NOOP("Menus", "Time from Watson…")),
    Transfer("time", "timewarrior", QT_TRANSLATE_NOOP("Menus", "Time from Timewarrior…")),
)
EXPORTS = (
    Transfer("applications", "csv", QT_TRANSLATE_NOOP("Menus", "Applications as CSV…")),
    Transfer("applications", "json", QT_TRANSLATE_NOOP("Menus", "Applications as JSON…")),
    Transfer("contacts", "vcard", QT_TRANSLATE_NOOP("Menus", "All contacts as vCard…")),
    Transfer("time", "csv", QT_TRANSLATE_NOOP("Menus", "Time report as CSV…")),
    Transfer("time", "json", QT_TRANSLATE_NOOP("Menus", "Time report as JSON…")),
    Transfer("timeline", "png", QT_TRANSLATE_NOOP("Menus", "Timeline chart…")),
    Transfer("skills", "png", QT_TRANSLATE_NOOP("Menus", "Skills radar chart…")),
)
NEW_RECORDS = (("applications", QT_TRANSLATE_NOOP("Menus", "New application…")),
               ("engagements", QT_TRANSLATE_NOOP("Menus", "New engagement…")),
               ("contacts", QT_TRANSLATE_NOOP("Menus", "New contact…")),
               ("time", QT_TRANSLATE_NOOP("Menus", "New time entry…")))


class Menus(QObject):
    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window = window
        bar = window.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.timer_menu = bar.addMenu(self.tr("&Timer"))
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self._build_file()
        self._build_edit()
        self._build_view()
        self._build_help()

    def _action(self, text: str, slot, shortcut: Shortcut | None = None,
                tip: str | None = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(tip or text.replace("&", "").rstrip("…"))
        action.setStatusTip(tip or "")
        action.triggered.connect(lambda _=False: slot())
        self.window.addAction(action)  # shortcuts work with the menu bar hidden, too
        return action

    # --- File ------------------------------------------------------------------------------

    def _build_file(self) -> None:
        menu = self.file_menu
        self.new_action = self._action(self.tr("&New"), self.window.new_in_screen,
                                       QKeySequence.StandardKey.New,
                                       self.tr("Add a record to the screen you are on"))
        menu.addAction(self.new_action)
        self.new_actions = {}
        for key, text in NEW_RECORDS:
            action = self._action(_tr(text), lambda k=key: self.window.new_record(k))
            self.new_actions[key] = action
            menu.addAction(action)
        menu.addSeparator()
        imports = menu.addMenu(self.tr("&Import"))
        for transfer in IMPORTS:
            imports.addAction(self._action(_tr(transfer.title), lambda t=transfer: self.window.transfer(
                t.screen, "import", t.key)))
        exports = menu.addMenu(self.tr("&Export"))
        for transfer in EXPORTS:
            exports.addAction(self._action(_tr(transfer.title), lambda t=transfer: self.window.transfer(
                t.screen, "export", t.key)))
        menu.addSeparator()
        self.backup_action = self._action(self.tr("&Back up now"), self.window.back_up_now, "Ctrl+Shift+B",
                                          self.tr("Make a verified copy of your data file"))
        menu.addAction(self.backup_action)
        menu.addSeparator()
        self.quit_action = self._action(self.tr("&Quit"), self.window.close, QKeySequence.StandardKey.Quit)
        menu.addAction(self.quit_action)

    def update_new_action(self, text: str | None) -> None:
        """``New`` names what it adds on the current screen ("New contact"), or is disabled."""
        self.new_action.setEnabled(text is not None)
        self.new_action.setText(text or self.tr("&New"))

    # --- Edit ------------------------------------------------------------------------------

    def _build_edit(self) -> None:
        menu = self.edit_menu
        # Undo and the clipboard act on the text field in hand, which handles their keys itself:
        # the menu shows the keys (WidgetShortcut: live only while the menu is open).
        self.edit_actions = {}
        keys = QKeySequence.StandardKey
        for text, name, key in ((self.tr("&Undo"), "undo", keys.Undo),
                                (self.tr("&Redo"), "redo", keys.Redo),
                                ("", "", None),
                                (self.tr("Cu&t"), "cut", keys.Cut),
                                (self.tr("&Copy"), "copy", keys.Copy),
                                (self.tr("&Paste"), "paste", keys.Paste),
                                (self.tr("Select &all"), "selectAll", keys.SelectAll)):
            if key is None:
                menu.addSeparator()
                continue
            action = QAction(text, menu)
            action.setShortcut(key)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _=False, n=name: _edit(n))
            menu.addAction(action)
            self.edit_actions[name] = action
        self.undo_action, self.redo_action = self.edit_actions["undo"], self.edit_actions["redo"]
        menu.addSeparator()
        self.find_action = self._action(self.tr("&Find…"), self.window.find_in_screen,
                                        QKeySequence.StandardKey.Find,
                                        self.tr("Go to the filter of the screen you are on"))
        menu.addAction(self.find_action)
        menu.aboutToShow.connect(self._update_edit)

    def _update_edit(self) -> None:
        """Enabled as the field in hand allows (nothing to undo outside a text field: changes to
        records are saved, or confirmed first when they cannot be taken back)."""
        field = QApplication.focusWidget()
        document = field.document() if isinstance(field, QPlainTextEdit | QTextEdit) else None
        text = isinstance(field, QLineEdit) or document is not None
        if isinstance(field, QLineEdit):
            can_undo, can_redo = field.isUndoAvailable(), field.isRedoAvailable()
        elif document is not None:
            can_undo, can_redo = document.isUndoAvailable(), document.isRedoAvailable()
        else:
            can_undo = can_redo = False
        self.undo_action.setEnabled(can_undo)
        self.redo_action.setEnabled(can_redo)
        for name in ("cut", "copy", "paste", "selectAll"):
            self.edit_actions[name].setEnabled(text)

    # --- View ------------------------------------------------------------------------------

    def _build_view(self) -> None:
        menu = self.view_menu
        self.screen_actions = []
        for number, spec in enumerate(SCREENS, start=1):
            action = self._action(spec.label,
                                  lambda key=spec.key: self.window.show_screen(key), f"Ctrl+{number}")
            self.screen_actions.append(action)
            menu.addAction(action)
        menu.addSeparator()
        themes = menu.addMenu(self.tr("&Theme"))
        group = QActionGroup(self)
        self.theme_actions = {}
        for mode, text in ((ThemeMode.SYSTEM, self.tr("Follow the &system")),
                           (ThemeMode.LIGHT, self.tr("&Light")), (ThemeMode.DARK, self.tr("&Dark"))):
            action = QAction(text, self.window)
            action.setCheckable(True)
            action.setChecked(mode == self.window.theme_mode())
            action.triggered.connect(lambda _=False, m=mode: self.window.set_theme_mode(m))
            group.addAction(action)
            themes.addAction(action)
            self.theme_actions[mode] = action

    def show_theme(self, mode: ThemeMode) -> None:
        self.theme_actions[mode].setChecked(True)

    # --- Help ------------------------------------------------------------------------------

    def _build_help(self) -> None:
        self.shortcuts_action = self._action(self.tr("&Keyboard shortcuts"), self.window.show_shortcuts,
                                             "F1", self.tr("Every shortcut, on one page"))
        self.help_menu.addAction(self.shortcuts_action)
        self.about_action = self._action(self.tr("&About internapp"), self.window.show_about)
        self.help_menu.addAction(self.about_action)


def _edit(name: str) -> None:
    """Undo, copy, paste… on the text field that has the focus (nothing elsewhere)."""
    field = QApplication.focusWidget()
    if isinstance(field, QLineEdit | QPlainTextEdit | QTextEdit) and hasattr(field, name):
        getattr(field, name)()
