"""What the main window offers its screens besides the AppContext (window-level UI services)."""

from typing import Protocol

from internapp.ui.theme import ThemeMode


class Shell(Protocol):
    def theme_mode(self) -> ThemeMode: ...

    def set_theme_mode(self, mode: ThemeMode) -> None: ...

    def show_screen(self, key: str, record_id: object = None) -> None: ...

    def transfer(self, key: str, direction: str, fmt: str) -> object: ...
