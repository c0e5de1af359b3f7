"""Applications: every opportunity by stage — a board to drag cards across, a table to sort and
filter, a funnel to see what converts — with a detail pane for the one in hand."""

import uuid
from collections import Counter
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from internapp.context import AppContext
from internapp.core.changes import Kind
from internapp.core.clock import Clock
from internapp.core.models import StageRole
from internapp.core.services import applications, interviews, organizations, stages
from internapp.core.services.applications import ApplicationRow
from internapp.core.services.errors import ValidationError
from internapp.core.store import Store
from internapp.ui import formats
from internapp.ui.dialogs.close_reason import CloseReasonDialog
from internapp.ui.dialogs.new_application import NewApplicationDialog
from internapp.ui.dialogs.stages_editor import StagesEditor
from internapp.ui.i18n import QT_TRANSLATE_NOOP
from internapp.ui.views.applications.board import ApplicationsBoard, StageInfo
from internapp.ui.views.applications.detail import ApplicationDetail
from internapp.ui.views.applications.funnel import FunnelView
from internapp.ui.views.applications.interchange import ApplicationsInterchange
from internapp.ui.views.applications.table import ApplicationsTable
from internapp.ui.views.base import Screen, State, in_turn
from internapp.ui.views.shell import Shell
from internapp.ui.widgets.empty_state import EmptyState
from internapp.ui.widgets.page_stack import PageStack
from internapp.ui.widgets.segmented import segmented

VIEWS = ("board", "table", "funnel")


def haystack(row: ApplicationRow) -> str:
    """What the filter searches: organization, role, stage, source and tags."""
    return " ".join([row.organization, row.role, row.stage, row.source or "",
                     *row.tags]).casefold()


class ApplicationsView(Screen):
    watches = frozenset({Kind.APPLICATIONS, Kind.STAGES, Kind.ORGANIZATIONS, Kind.ENGAGEMENTS})
    new_record_text = QT_TRANSLATE_NOOP("ApplicationsView", "New application")

    def __init__(self, store: Store, parent: QWidget | None = None, *, clock: Clock) -> None:
        super().__init__(
            QCoreApplication.translate("ApplicationsView", "Applications"),
            QCoreApplication.translate("ApplicationsView", "Where each opportunity stands"),
            parent)
        self._store = store
        self._clock = clock
        self.rows: list[ApplicationRow] = []
        self._haystacks: list[str] = []
        self._ids: set[uuid.UUID] = set()
        self._table_rows_stale = True
        self._totals: Counter[str] = Counter()
        self._stages: list[StageInfo] = []
        self._filter_words: list[str] = []
        self._stale_views: set[str] = set(VIEWS)
        self.close_dialog: CloseReasonDialog | None = None
        self.new_dialog: NewApplicationDialog | None = None
        self.stages_dialog: StagesEditor | None = None
        self.interchange = ApplicationsInterchange(store, self)
        self.interchange.message.connect(self.show_message)
        self.interchange.busy.connect(lambda busy: self.transfer_button.setEnabled(not busy))
        self._build_header()

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        bar = QHBoxLayout()
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(
            self.tr("Filter by organization, role, stage, source or tag…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMaximumWidth(420)
        self.filter_edit.textChanged.connect(self.set_filter)
        bar.addWidget(self.filter_edit, 1)
        self.count_label = QLabel()
        self.count_label.setObjectName("Muted")
        bar.addWidget(self.count_label)
        bar.addStretch(1)
        self.message_label = QLabel()
        self.message_label.setObjectName("InfoText")
        self.message_label.setTextFormat(Qt.TextFormat.RichText)
        self.message_label.linkActivated.connect(self._on_link)
        bar.addWidget(self.message_label)
        layout.addLayout(bar)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.views = PageStack()  # sized by the view shown, not the widest of the three
        self.board = ApplicationsBoard(clock=clock)
        self.table = ApplicationsTable(clock=clock)
        self.funnel = FunnelView(store, clock=clock)
        for widget in (self.board, self.table, self.funnel):
            self.views.addWidget(widget)
        self.splitter.addWidget(self.views)
        self.detail = ApplicationDetail(store, clock=clock)
        self.detail.hide()
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        layout.addWidget(self.splitter, 1)

        self.board.selected.connect(self._on_selected)
        self.board.open_requested.connect(self.open_record)
        self.board.move_requested.connect(self._on_move_requested)
        self.board.add_requested.connect(lambda stage: self.new_application(stage))
        self.table.selected.connect(self._on_selected)
        self.detail.move_requested.connect(self._on_move_requested)
        self.detail.navigate.connect(self.navigate)
        self.detail.closed.connect(self.close_detail)

        empty = EmptyState(
            "applications", self.tr("Track every application"),
            self.tr("Each opportunity you save or apply for shows up here as a card on a board — "
                    "Saved, Applied, Interviewing, Offer, Accepted — with its deadline, how long "
                    "it has waited for a reply, and the people and documents that go with it."),
            hint=self.tr("Add your first one with “New application”, bring a spreadsheet in with "
                         "Import / Export → Import CSV or JSON, or try sample data: "
                         "internapp demo"),
            action_text=self.tr("New application"))
        empty.action_triggered.connect(self.new_application)
        self.set_pages(content, empty)
        # Ctrl+N and Ctrl+F are the window's (File → New, Edit → Find): they call new_record()
        # and focus_filter() here
        close = QShortcut(QKeySequence("Escape"), self)
        close.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        close.activated.connect(self.close_detail)

    def _build_header(self) -> None:
        self.view_buttons, switch = segmented(self, [self.tr("Board"), self.tr("Table"),
                                                     self.tr("Funnel")])
        for button, key, tip in zip(self.view_buttons.buttons(), VIEWS,
                                    (self.tr("Show the board"), self.tr("Show the table"),
                                     self.tr("Show the funnel")), strict=True):
            button.setToolTip(tip)
            button.clicked.connect(lambda _=False, k=key: self.show_view(k))
        self.header_actions.addLayout(switch)
        self.header_actions.addSpacing(12)
        self.stages_button = QPushButton(self.tr("Stages…"))
        self.stages_button.setToolTip(self.tr("Rename, reorder and add the board's stages"))
        self.stages_button.clicked.connect(self.edit_stages)
        self.header_actions.addWidget(self.stages_button)
        self.transfer_button = QToolButton()
        self.transfer_button.setObjectName("MenuButton")
        self.transfer_button.setText(self.tr("Import / Export"))
        self.transfer_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.transfer_button)
        menu.addAction(self.tr("Import CSV or JSON…"), self.interchange.choose_import)
        menu.addSeparator()
        menu.addAction(self.tr("Export CSV…"), lambda: self.interchange.choose_export("csv"))
        menu.addAction(self.tr("Export JSON…"), lambda: self.interchange.choose_export("json"))
        self.transfer_button.setMenu(menu)
        self.header_actions.addWidget(self.transfer_button)
        self.new_button = QPushButton(self.tr("New application"))
        self.new_button.setObjectName("Primary")
        self.new_button.setToolTip(self.tr("Add an application (Ctrl+N)"))
        self.new_button.clicked.connect(lambda: self.new_application())
        self.header_actions.addWidget(self.new_button)

    # --- loading and filtering ---------------------------------------------------------------

    def refresh(self) -> None:
        self._stages = [StageInfo(s.id, s.name, s.position, s.is_closed, s.role)
                        for s in stages.list_stages(self._store)]
        self.rows = applications.list_rows(self._store)
        self._ids = {row.id for row in self.rows}
        self._totals = Counter(row.stage for row in self.rows)
        self._haystacks = []  # built on the first keystroke, not on every reload
        self.show_empty(not self.rows)
        self._stale_views = set(VIEWS)
        self._board_shown = 0
        self._table_rows_stale = True
        self._fill_current()
        if self.detail.isVisible() and self.detail.application_id is not None:
            if self.detail.application_id in self._ids:
                self.detail.load(self.detail.application_id)
            else:
                self.close_detail()

    def current_view(self) -> str:
        return VIEWS[self.views.currentIndex()]

    def show_view(self, key: str) -> None:
        self.views.setCurrentIndex(VIEWS.index(key))
        self.view_buttons.button(VIEWS.index(key)).setChecked(True)
        self.filter_edit.setVisible(key != "funnel")
        self._fill_current()
        if self.detail.isVisible() and self.detail.application_id is not None:
            chosen = self.detail.application_id
            (self.board.select(chosen, focus=False) if key == "board" else
             self.table.select(chosen) if key == "table" else None)

    def set_filter(self, text: str) -> None:
        self._filter_words = text.casefold().split()
        self._stale_views |= {"board", "table"}
        self._fill_current()

    def filtered_rows(self) -> list[ApplicationRow]:
        words = self._filter_words
        if not words:
            return self.rows
        if not self._haystacks:
            self._haystacks = [haystack(row) for row in self.rows]
        pairs = zip(self.rows, self._haystacks, strict=True)
        if len(words) == 1:
            word = words[0]
            return [row for row, text in pairs if word in text]
        return [row for row, text in pairs if all(word in text for word in words)]

    def _fill_current(self) -> None:
        view = self.current_view()
        if view in self._stale_views:
            self._stale_views.discard(view)
            if view == "board":
                self.board.set_stages(self._stages)
                shown = self.filtered_rows()
                self.board.set_rows(shown, self._totals)
                self._board_shown = len(shown)
            elif view == "table":
                if self._table_rows_stale:  # a keystroke only narrows the rows the model has
                    self.table.set_rows(self.rows)
                    self._table_rows_stale = False
                self.table.set_filter(" ".join(self._filter_words))
                if self.detail.isVisible() and self.detail.application_id is not None:
                    self.table.select(self.detail.application_id, quietly=True)
            else:
                self.funnel.refresh()
        # each time: the funnel clears it, and a view filled before keeps its rows
        if view == "board":
            self._show_count(self._board_shown)
        elif view == "table":
            self._show_count(self.table.model_.rowCount())
        else:
            self.count_label.clear()

    def _show_count(self, shown: int) -> None:
        total = len(self.rows)
        self.count_label.setText(self.tr("%Ln applications", "", total) if shown == total
                                 else self.tr("{shown} of %Ln shown", "", total).format(
                                     shown=formats.number(shown)))

    def focus_filter(self) -> bool:
        if self.current_view() == "funnel":
            self.show_view("board")
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()
        return True

    def new_record(self) -> NewApplicationDialog:
        return self.new_application()

    def start_transfer(self, direction: str, fmt: str) -> None:
        if direction == "import":
            self.interchange.choose_import()
        else:
            self.interchange.choose_export(fmt)

    # --- selection and navigation -------------------------------------------------------------

    def open_record(self, record_id: object) -> None:
        """Shows the application (from another screen, or Enter on a card)."""
        application_id = record_id if isinstance(record_id, uuid.UUID) else uuid.UUID(
            str(record_id))
        if self.current_view() == "funnel":
            self.show_view("board")
        if application_id not in self._ids:
            self.refresh()
        if application_id not in self._ids:
            self.show_message(self.tr("That application no longer exists."), True)
            return
        if self._filter_words and all(r.id != application_id for r in self.filtered_rows()):
            self.filter_edit.clear()
        if self.current_view() == "board":
            self.board.select(application_id)
        else:
            self.table.select(application_id)
        self._on_selected(application_id)

    def _on_selected(self, application_id: uuid.UUID | None) -> None:
        if application_id is None:
            return
        self.detail.load(application_id)
        self.detail.reveal(self.splitter, 440, 300)

    def close_detail(self) -> None:
        self.detail.hide()
        self.detail.application_id = None

    def layout_states(self) -> list[State]:
        """Board, table and funnel, and the board and table with the first application open."""
        first = self.rows[0].id if self.rows else None

        def with_detail(view: str):
            def enter():
                self.show_view(view)
                if first is not None:
                    self.open_record(first)
            return enter

        states: list[State] = [(view, in_turn(self.close_detail, partial(self.show_view, view)))
                               for view in VIEWS]
        if first is not None:
            states += [("board with detail", with_detail("board")),
                       ("table with detail", with_detail("table"))]
        return [*states, ("", in_turn(self.close_detail, partial(self.show_view, "board")))]

    # --- moves ------------------------------------------------------------------------------

    def _on_move_requested(self, ids: list, stage_id: uuid.UUID) -> None:
        # a drop arrives inside the drag's event loop: finish that first
        QTimer.singleShot(0, lambda: self.request_move(list(ids), stage_id))

    def request_move(self, ids: list[uuid.UUID], stage_id: uuid.UUID) -> None:
        """Moves the applications to the stage; a closed stage first asks for the reason."""
        stage = next((s for s in self._stages if s.id == stage_id), None)
        if stage is None or not ids:
            return
        if stage.closed:
            row = next((r for r in self.rows if r.id == ids[0]), None)
            label = f"{row.role} at {row.organization}" if row else ""
            self.close_dialog = CloseReasonDialog(stage.name, stage.role, label, self)
            self.close_dialog.accepted.connect(
                lambda: self.move(ids, stage, self.close_dialog.reason()))
            self.close_dialog.open()
            return
        self.move(ids, stage, None)

    def move(self, ids: list[uuid.UUID], stage: StageInfo, reason: str | None) -> None:
        if self.current_view() == "board" and len(ids) == 1:
            self.board.follow(ids[0])
        try:
            for application_id in ids:
                applications.move(self._store, application_id, stage.name, reason=reason)
        except ValidationError as error:
            self.show_message(str(error), True)
            return
        if stage.role == StageRole.ACCEPTED:  # the rows shown refresh on the next turn: ask
            engagement_id = applications.detail(self._store, ids[-1]).engagement_id
            if engagement_id:
                self.show_message(self.tr("Moved to {stage} · engagement created — "
                                          "<a href='engagement:{id}'>open it</a>").format(
                    stage=stage.name, id=engagement_id))
                return
        if stage.role == StageRole.INTERVIEWING and len(ids) == 1 \
                and not self._has_upcoming_interview(ids[0]):
            self.show_message(self.tr("Moved to {stage} · <a href='interview:{id}'>add the "
                                      "interview</a> to be reminded of it").format(
                stage=stage.name, id=ids[0]))
            return
        self.show_message(self.tr("Moved to {stage}").format(stage=stage.name))

    def _has_upcoming_interview(self, application_id: uuid.UUID) -> bool:
        now = self._clock.now()
        return any(r.ends_at >= now for r in interviews.rows(
            self._store, application_id=application_id, include_cancelled=False))

    def add_interview(self, application_id: uuid.UUID):
        """Opens the application and its interview editor (the offer after a move)."""
        self.open_record(application_id)
        if self.detail.application_id != application_id:
            return None
        return self.detail.interviews.open_editor()

    # --- dialogs ----------------------------------------------------------------------------

    def new_application(self, stage: str | None = None) -> NewApplicationDialog:
        self.new_dialog = NewApplicationDialog(
            self._store, [s.name for s in self._stages] or
            [s.name for s in stages.list_stages(self._store)],
            [o.name for o in organizations.list_all(self._store)],
            applications.sources(self._store), stage=stage, parent=self, clock=self._clock)
        self.new_dialog.accepted.connect(lambda: self.open_record(self.new_dialog.created_id))
        self.new_dialog.open()
        return self.new_dialog

    def edit_stages(self) -> StagesEditor:
        self.stages_dialog = StagesEditor(self._store, self)
        self.stages_dialog.open()
        return self.stages_dialog

    def show_message(self, text: str, error: bool = False) -> None:
        self.message_label.setObjectName("ErrorText" if error else "InfoText")
        self.message_label.style().unpolish(self.message_label)
        self.message_label.style().polish(self.message_label)
        self.message_label.setText(text)

    def _on_link(self, link: str) -> None:
        kind, _, value = link.partition(":")
        if kind == "engagement":
            self.navigate.emit("engagements", uuid.UUID(value))
        elif kind == "interview":
            self.add_interview(uuid.UUID(value))


def create_screen(context: AppContext, shell: Shell) -> ApplicationsView:
    return ApplicationsView(context.store, clock=context.clock)
