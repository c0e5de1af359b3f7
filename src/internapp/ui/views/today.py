"""Today: the screen the app opens on — the running timer, what falls due this week, budgets
running out, people to get back in touch with and applications still waiting for a reply.
Every item opens its record."""

from datetime import date
from functools import partial

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from internapp.context import AppContext
from internapp.core.changes import ALL_KINDS
from internapp.core.clock import Clock
from internapp.core.services import today as today_service
from internapp.core.services.budgets import BudgetLevel
from internapp.core.services.today import HORIZON_DAYS, DueItem, Today
from internapp.core.store import Store
from internapp.ui import formats, labels
from internapp.ui.charts.style import chart_style
from internapp.ui.i18n import QT_TRANSLATE_NOOP
from internapp.ui.menus import IMPORTS
from internapp.ui.money_text import money
from internapp.ui.theme import current_colors
from internapp.ui.views import screen_title
from internapp.ui.views.base import Screen
from internapp.ui.views.shell import Shell
from internapp.ui.widgets.empty_state import EmptyState
from internapp.ui.widgets.item_row import ItemRow
from internapp.ui.widgets.section import Section
from internapp.ui.worker import BackgroundTask

KIND_LABELS = {"deadline": QT_TRANSLATE_NOOP("TodayView", "Deadline"),
               "interview": QT_TRANSLATE_NOOP("TodayView", "Interview"),
               "milestone": QT_TRANSLATE_NOOP("TodayView", "Milestone"),
               "follow-up": QT_TRANSLATE_NOOP("TodayView", "Follow up"),
               "payment": QT_TRANSLATE_NOOP("TodayView", "Payment")}


def when(day: date, today: date) -> str:
    """``2 days overdue``, ``today``, ``tomorrow``, ``in 3 days · Wed 2 Dec``."""
    return DueWords().when(day, today)


class DueWords(QObject):
    """When something falls due, in words (a QObject: lupdate marks plurals only in tr())."""

    def when(self, day: date, today: date) -> str:
        delta = (day - today).days
        if delta < 0:
            return self.tr("%n days overdue", "", -delta)
        if delta == 0:
            return self.tr("today")
        if delta == 1:
            return self.tr("tomorrow")
        return self.tr("in %n days · {day}", "", delta).format(day=formats.day(day))


def _local_amount(item: DueItem) -> tuple[tuple[str, str], ...]:
    """A Today item's detail values with a payment's amount as the window writes money
    (``150,00 USD`` in German); core's ``150.00 USD`` is the command line's."""
    if item.amount_cents is None or item.currency is None:
        return item.detail_values
    amount = money(item.amount_cents, item.currency)
    return tuple((name, amount if name == "amount" else value) for name, value in item.detail_values)


def _card(title: str) -> tuple[QFrame, QLabel, QLabel]:
    card = QFrame()
    card.setObjectName("Card")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(16, 12, 16, 12)
    layout.setSpacing(2)
    caption = QLabel(title.upper())
    caption.setObjectName("CardTitle")
    value = QLabel("–")
    value.setObjectName("CardValue")
    note = QLabel()
    note.setObjectName("ItemDetail")
    layout.addWidget(caption)
    layout.addWidget(value)
    layout.addWidget(note)
    return card, value, note


class TodayView(Screen):
    watches = ALL_KINDS

    def __init__(self, store: Store, shell: Shell | None = None,
                 parent: QWidget | None = None, *, clock: Clock) -> None:
        super().__init__(
            QCoreApplication.translate("TodayView", "Today"),
            formats.full_date(clock.today()),
            parent)
        self._store = store
        self._clock = clock
        self._shell = shell
        self._sample_task: BackgroundTask | None = None
        self.data: Today | None = None
        body = QWidget()  # the screen scrolls as a whole (views/base.py)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)

        self.timer_banner = self._build_timer_banner()
        layout.addWidget(self.timer_banner)

        cards = QGridLayout()
        cards.setSpacing(12)
        self.cards: dict[str, QLabel] = {}
        self.card_notes: dict[str, QLabel] = {}
        for column, (key, title) in enumerate([
                ("attention", self.tr("Needs you")),
                ("due", self.tr("Due in %n days", "", HORIZON_DAYS)),
                ("week", self.tr("Hours this week")),
                ("engagements", self.tr("Active engagements"))]):
            card, value, note = _card(title)
            self.cards[key], self.card_notes[key] = value, note
            cards.addWidget(card, 0, column)
        layout.addLayout(cards)

        columns = QHBoxLayout()
        columns.setSpacing(12)
        left, right = QVBoxLayout(), QVBoxLayout()
        left.setSpacing(12)
        right.setSpacing(12)
        self.due_section = Section(self.tr("Coming up in the next %n days", "", HORIZON_DAYS),
                                   self.tr("Nothing due in the next %n days.", "", HORIZON_DAYS))
        self.no_reply_section = Section(self.tr("Still waiting for a reply"),
                                        self.tr("No application is waiting."))
        self.budget_section = Section(
            self.tr("Budgets to watch"),
            self.tr("Every running engagement is within its hours and cap."))
        self.contacts_section = Section(self.tr("Losing touch"),
                                        self.tr("You are in touch with everyone."))
        for column, sections in ((left, (self.due_section, self.no_reply_section)),
                                 (right, (self.budget_section, self.contacts_section))):
            for section in sections:
                column.addWidget(section)
            column.addStretch(1)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        layout.addLayout(columns)
        layout.addStretch(1)

        empty = EmptyState(
            "today", self.tr("Your day starts here"),
            self.tr("Once you track applications, engagements, time and contacts, this screen "
                    "gathers what needs you today: the running timer, deadlines and follow-ups "
                    "this week, budgets running out and people to get back in touch with."),
            hint=self.tr("New here? Try the app on a realistic sample history (you can clear it "
                         "later from a terminal with internapp demo --force), or bring in what "
                         "you kept in another tool."),
        )
        self.sample_button = empty.add_button(self.tr("Try with sample data"), primary=True)
        self.sample_button.setToolTip(self.tr("Fill the app with a realistic sample history"))
        self.sample_button.clicked.connect(self.fill_sample)
        self.import_button = empty.add_button(self.tr("Import from another tool"))
        self.import_button.setToolTip(self.tr("Applications, contacts or time from a file"))
        menu = QMenu(self.import_button)
        for transfer in IMPORTS:
            menu.addAction(QCoreApplication.translate("Menus", transfer.title),
                           partial(self._import_from, transfer.screen, transfer.key))
        self.import_button.setMenu(menu)
        self.set_pages(body, empty)
        self.ticker = QTimer(self)
        self.ticker.setInterval(30_000)
        self.ticker.timeout.connect(self._update_timer)

    def _import_from(self, screen: str, key: str) -> None:
        """Import from another tool: the screen that imports it opens its file dialog."""
        if self._shell is not None:
            self._shell.transfer(screen, "import", key)

    def fill_sample(self) -> BackgroundTask:
        """Fills the empty store with the demo history, off the UI thread."""
        self.sample_button.setEnabled(False)
        self.sample_button.setText(self.tr("Adding the sample history…"))
        from internapp.core import demo  # the ORM: not on the first paint's path

        store = self._store  # the work captures plain values, not the screen (ui/worker.py)
        self._sample_task = BackgroundTask(lambda: demo.fill(store), self)
        self._sample_task.finished.connect(lambda _summary: self.refresh())
        self._sample_task.failed.connect(self._sample_failed)
        self._sample_task.start()
        return self._sample_task

    def _sample_failed(self, error: Exception) -> None:
        self.sample_button.setEnabled(True)
        self.sample_button.setText(self.tr("Try with sample data"))
        QMessageBox.warning(self, self.tr("Could not add the sample history"), str(error))

    def _build_timer_banner(self) -> QFrame:
        banner = QFrame()
        banner.setObjectName("TimerBanner")
        row = QHBoxLayout(banner)
        row.setContentsMargins(16, 10, 12, 10)
        texts = QVBoxLayout()
        texts.setSpacing(0)
        self.timer_title = QLabel()
        self.timer_title.setObjectName("TimerTitle")
        self.timer_detail = QLabel()
        texts.addWidget(self.timer_title)
        texts.addWidget(self.timer_detail)
        row.addLayout(texts, 1)
        self.timer_open = QPushButton(self.tr("Open time log"))
        self.timer_open.clicked.connect(self._open_timer)
        row.addWidget(self.timer_open, 0, Qt.AlignmentFlag.AlignVCenter)
        banner.hide()
        return banner

    # --- data ------------------------------------------------------------------------------

    def refresh(self) -> None:
        day = self._clock.today()
        self.subtitle_label.setText(formats.full_date(day))
        self.data = data = today_service.today(self._store, day, zone=self._clock.zone())
        self.show_empty(data.is_empty)
        self._update_timer()
        self.cards["attention"].setText(str(data.attention))
        self.card_notes["attention"].setText(self.tr("things to act on", "", data.attention))
        self.cards["due"].setText(str(len(data.due)))
        overdue = sum(1 for item in data.due if item.overdue)
        self.card_notes["due"].setText(self.tr("%n overdue", "", overdue) if overdue
                                       else self.tr("none overdue"))
        self.cards["week"].setText(formats.duration(data.counts.week_seconds))
        self.card_notes["week"].setText(self.tr("logged since Monday"))
        self.cards["engagements"].setText(str(data.counts.active_engagements))
        self.card_notes["engagements"].setText(
            self.tr("%Ln open applications", "", data.counts.open_applications))
        self._fill(data)

    def _fill(self, data: Today) -> None:
        colors = current_colors()
        markers = chart_style(colors).markers
        due_rows = []
        for item in data.due:
            kind = QCoreApplication.translate("TodayView", KIND_LABELS[item.kind])
            detail = (labels.marked(item.detail_template, _local_amount(item))
                      if item.detail_template else item.detail)
            row = ItemRow(kind, markers[item.kind][1], labels.marked(item.template, item.values, item.title),
                          detail, when(item.day, data.day),
                          colors.danger if item.overdue else None)
            due_rows.append(self._link(row, item.screen, item.record_id))
        self.due_section.set_rows(due_rows)

        budget_rows = []
        for b in data.budgets:
            over = b.level == BudgetLevel.OVER
            tag = (self.tr("Over") if over else self.tr("Budget")
                   if b.level == BudgetLevel.WARNING else self.tr("Weekly cap"))
            parts = []
            if b.hours_estimate:
                used = formats.part_of(formats.hours(b.logged_hours), formats.hours(b.hours_estimate))
                parts.append(self.tr("{used} used").format(used=used))
            if b.weekly_cap_hours:
                parts.append(self.tr("{hours} this week of a {cap} cap").format(
                    hours=formats.hours(b.week_hours), cap=formats.hours(b.weekly_cap_hours)))
            note = (formats.percent(b.used_share) if b.used_share is not None
                    else self.tr("over cap"))
            colour = colors.danger if over or b.over_cap else colors.warning
            row = ItemRow(tag, colour, b.title, " · ".join(parts), note, colour)
            budget_rows.append(self._link(row, "engagements", b.engagement_id))
        self.budget_section.set_rows(budget_rows)

        contact_rows = []
        for c in data.contacts:
            detail = c.organization or ""
            last = (self.tr("last {day}").format(day=formats.day_month(c.last_contacted.astimezone()
                                                                  .date()))
                    if c.last_contacted else self.tr("never contacted"))
            row = ItemRow(self.tr("Catch up"), colors.accent, c.name,
                          " · ".join(p for p in (detail, last) if p),
                          self.tr("%n days late", "", c.overdue_days), colors.warning)
            contact_rows.append(self._link(row, "contacts", c.contact_id))
        self.contacts_section.set_rows(contact_rows)

        self.no_reply_section.title_label.setText(
            self.tr("No reply after %n days or more", "", data.no_reply_days))
        reply_rows = []
        for n in data.no_reply:
            row = ItemRow(self.tr("No reply"), colors.muted, n.role,
                          self.tr("{organization} · applied {day}").format(
                              organization=n.organization, day=formats.day_month(n.applied_on)),
                          self.tr("%n days", "", n.days_waiting))
            reply_rows.append(self._link(row, "applications", n.application_id))
        self.no_reply_section.set_rows(reply_rows)

    def _link(self, row: ItemRow, screen: str, record_id) -> ItemRow:
        row.setToolTip(self.tr("Open in {screen}").format(screen=screen_title(screen)))
        row.activated.connect(lambda: self.navigate.emit(screen, record_id))
        return row

    def _update_timer(self) -> None:
        running = self.data.timer if self.data else None
        self.timer_banner.setVisible(running is not None)
        if running is None:
            self.ticker.stop()
            return
        since = (self._clock.now() - running.started_at).total_seconds()
        self.timer_title.setText(self.tr("●  Timer running — {engagement}").format(
            engagement=running.engagement))
        note = f" · {running.note}" if running.note else ""
        self.timer_detail.setText(self.tr("{duration} so far, since {time}").format(
            duration=formats.duration(since),
            time=formats.clock(running.started_at.astimezone(self._clock.zone()))) + note)
        if not self.ticker.isActive():
            self.ticker.start()

    def _open_timer(self) -> None:
        if self.data and self.data.timer:
            self.navigate.emit("time", self.data.timer.engagement_id)


def create_screen(context: AppContext, shell: Shell) -> TodayView:
    return TodayView(context.store, shell, clock=context.clock)
