"""The UI side of the one timer, shared by the toolbar control, the tray icon and the Time screen:
the main window owns the one TimerSession and hands it to them.

It re-reads the running timer whenever time entries or engagements change (whoever changed them),
ticks every second while a timer runs, and — where asked to — watches for the machine having
slept (``slept(Gap)``). Start and stop go through core/services/timer.py; a rejection comes back
as ``failed(message)`` for the widget to show.
"""

import time
import uuid
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from internapp.core.changes import Change, Kind
from internapp.core.clock import Clock
from internapp.core.services import time_entries, timer
from internapp.core.services.errors import ValidationError
from internapp.core.services.timer import Choice, Gap, GapChoice, RunningTimer, WakeWatch
from internapp.core.store import Store
from internapp.ui.signals import StoreSignals

TICK_MS = 1000
ORIGIN = "timer"  # who the session's own writes are made by


class TimerSession(QObject):
    changed = Signal()  # the running timer or the engagement choices changed
    ticked = Signal(int)  # elapsed seconds, every second while a timer runs
    failed = Signal(str)  # a message naming what was wrong
    slept = Signal(object)  # a Gap while a timer ran
    stopped = Signal(str, int)  # a timer stopped: its engagement and the seconds it logged

    def __init__(self, store: Store, parent: QObject | None = None, *, clock: Clock,
                 watch_sleep: bool = False, signals: StoreSignals | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.clock = clock  # the context's: the Time screen and the toolbar read it from here
        self._running: RunningTimer | None = None
        self._choices: list[Choice] = []
        self._signals = signals or StoreSignals(store, self)
        self._signals.changed.connect(self._on_store_changed)
        self._watch = WakeWatch(interval=TICK_MS / 1000) if watch_sleep else None
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._on_tick)
        self._tick.start()
        self.reload()

    # --- state ---------------------------------------------------------------------------

    @property
    def running(self) -> RunningTimer | None:
        return self._running

    @property
    def choices(self) -> list[Choice]:
        return self._choices

    def elapsed(self) -> int:
        return self._running.elapsed_seconds(self.clock.now()) if self._running else 0

    def reload(self) -> None:
        self._running = timer.running(self._store)
        self._choices = timer.choices(self._store)
        self.changed.emit()

    def _on_store_changed(self, change: Change) -> None:
        # its own writes were shown at once (see _try): only others' changes are read again
        if change.touches({Kind.TIME, Kind.ENGAGEMENTS}) and change.origins != {ORIGIN}:
            self.reload()

    def _on_tick(self) -> None:
        if self._watch is not None:
            gap = self._watch.sample(self.clock.now(), time.monotonic())
            if gap is not None and self._running and self._running.started_at < gap.start:
                self.slept.emit(gap)
        if self._running:
            self.ticked.emit(self.elapsed())

    # --- actions -------------------------------------------------------------------------

    def start(self, engagement_id: uuid.UUID, *, at: datetime | str | None = None,
              note: str | None = None) -> bool:
        """Starts a timer (stopping the running one). False, with ``failed``, when refused."""
        keep = None
        if self._running and self._running.engagement_id == engagement_id and note is None:
            keep = self._running.note
        return self._try(lambda: timer.start(self._store, engagement_id, at=at,
                                             note=note if note is not None else keep,
                                             tz=self.clock.zone_name(), now=self.clock.now()))

    def stop(self, *, at: datetime | str | None = None) -> bool:
        if self._running and at is None and self.elapsed() < 1:
            return self.discard()  # stopped within the second it started: nothing to keep
        title = self._running.engagement if self._running else ""
        finished = []
        now = self.clock.now()
        if not self._try(lambda: finished.append(timer.stop(self._store, at=at, now=now))):
            return False
        self.stopped.emit(title, finished[0].seconds or 0)
        return True

    def discard(self) -> bool:
        return self._try(lambda: timer.discard(self._store))

    def toggle(self, engagement_id: uuid.UUID | None) -> bool:
        if self._running:
            return self.stop()
        if engagement_id is None:
            self.failed.emit(self.tr("engagement: choose one to start a timer on"))
            return False
        return self.start(engagement_id)

    def set_note(self, note: str) -> bool:
        if not self._running or note == self._running.note:
            return True
        return self._try(lambda: time_entries.update(self._store, self._running.entry_id,
                                                     note=note))

    def move_to(self, engagement_id: uuid.UUID) -> bool:
        """Moves the running timer to another engagement (it keeps its start)."""
        if not self._running or engagement_id == self._running.engagement_id:
            return True
        return self._try(lambda: time_entries.update(self._store, self._running.entry_id,
                                                     engagement_id=engagement_id))

    def create_engagement(self, title: str) -> uuid.UUID | None:
        from internapp.core.services import engagements  # the ORM, on first use only

        try:
            with self._store.acting_as(ORIGIN):
                created = engagements.create(self._store, title=title, status="active").id
            self.reload()
            return created
        except ValidationError as error:
            self.failed.emit(str(error))
            return None

    def resolve_gap(self, gap: Gap, choice: GapChoice) -> bool:
        if self._watch is not None:
            self._watch.reset()
        return self._try(lambda: timer.resolve_gap(self._store, gap, choice))

    def _try(self, action) -> bool:
        """Runs a write of the timer's own; the controls show its result in this very turn."""
        try:
            with self._store.acting_as(ORIGIN):
                action()
        except ValidationError as error:
            self.failed.emit(str(error))
            return False
        self.reload()
        return True
