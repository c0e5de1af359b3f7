"""One notification, after a write commits, saying which kinds of records changed and who changed
them.

Writes emit through the store's ``ChangeHub`` once their transaction has committed (never from
inside it); a failed write notifies nobody. A ``Change`` carries the kinds and the origins: who
made the change (``"timer"``, ``"time-screen"``, ``"cli"``, …; the store's default origin when the
writer named none). The UI bridges the hub to a Qt signal that coalesces every change of one
event-loop turn into one (``ui/signals.py``), and every view refreshes itself once from the kinds
it shows.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
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
UNKNOWN_ORIGIN = "unknown"


@dataclass(frozen=True)
class Change:
    """What changed (``kinds``) and who changed it (``origins``: one for a single write, several
    when changes were coalesced)."""

    kinds: frozenset[Kind]
    origins: frozenset[str] = frozenset({UNKNOWN_ORIGIN})

    def __or__(self, other: "Change") -> "Change":
        return Change(self.kinds | other.kinds, self.origins | other.origins)

    def touches(self, kinds: Iterable[Kind]) -> bool:
        return not self.kinds.isdisjoint(kinds)


Listener = Callable[[Change], None]


class ChangeHub:
    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Calls ``listener(change)`` after every committed write; returns an unsubscribe."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def emit(self, kinds: Iterable[Kind], origin: str | None = None) -> None:
        changed = frozenset(kinds)
        if not changed:
            return
        change = Change(changed, frozenset({origin or UNKNOWN_ORIGIN}))
        for listener in list(self._listeners):
            listener(change)
