"""One notification, after a write commits, saying which kinds of records changed.

Services emit through the store's ``ChangeHub``; the UI bridges it to a Qt signal and every view
refreshes itself from the kinds it shows.
"""

from collections.abc import Callable, Iterable
from enum import StrEnum


class Kind(StrEnum):
    ORGANIZATIONS = "organizations"
    STAGES = "stages"
    APPLICATIONS = "applications"
    ENGAGEMENTS = "engagements"
    TIME = "time"
    CONTACTS = "contacts"
    SKILLS = "skills"
    DOCUMENTS = "documents"
    PAYMENTS = "payments"  # payments and invoices
    SETTINGS = "settings"


ALL_KINDS = frozenset(Kind)

Listener = Callable[[frozenset[Kind]], None]


class ChangeHub:
    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Calls ``listener`` with the changed kinds after every write; returns an unsubscribe."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def emit(self, kinds: Iterable[Kind]) -> None:
        changed = frozenset(kinds)
        if not changed:
            return
        for listener in list(self._listeners):
            listener(changed)
