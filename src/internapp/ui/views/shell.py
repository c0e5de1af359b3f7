"""What the main window offers its screens besides the AppContext (window-level UI services)."""

from typing import TYPE_CHECKING, Protocol

from internapp.ui.sync_runner import SyncRunner
from internapp.ui.theme import ThemeMode

if TYPE_CHECKING:
    from internapp.ui.timer_session import TimerSession


class Shell(Protocol):
    def timer_session(self) -> "TimerSession": ...

    def theme_mode(self) -> ThemeMode: ...

    def set_theme_mode(self, mode: ThemeMode) -> None: ...

    def notifications_unavailable(self) -> str | None: ...

    def show_screen(self, key: str, record_id: object = None) -> None: ...

    def sync_runner(self) -> SyncRunner: ...

    def transfer(self, key: str, direction: str, fmt: str) -> object: ...

    def request_restore(self, backup: object) -> None: ...
