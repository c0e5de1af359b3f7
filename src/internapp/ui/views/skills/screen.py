"""Skills: a radar of the current levels against a target role, the gaps ranked with the open
applications that would close them, and the lists behind it (levels, engagements, roles)."""

from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from internapp.context import AppContext
from internapp.core.changes import Kind
from internapp.core.services import skill_levels, target_roles
from internapp.core.services.errors import ValidationError
from internapp.core.services.target_roles import Radar
from internapp.core.store import Store
from internapp.ui import formats
from internapp.ui.charts.canvas import ChartCanvas
from internapp.ui.theme import current_colors
from internapp.ui.views.base import Screen, State, in_turn
from internapp.ui.views.shell import Shell
from internapp.ui.views.skills.tabs import EngagementsTab, LevelsTab, RolesTab
from internapp.ui.widgets.chart_alternative import ChartAlternative
from internapp.ui.widgets.column_scroll import ColumnScroll
from internapp.ui.widgets.empty_state import EmptyState
from internapp.ui.widgets.fields import ComboBox
from internapp.ui.widgets.item_row import ItemRow
from internapp.ui.widgets.section import Section

SHOWN_GAPS = 6


class SkillsView(Screen):
    watches = frozenset({Kind.SKILLS, Kind.TIME, Kind.ENGAGEMENTS, Kind.APPLICATIONS,
                         Kind.STAGES})

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("SkillsView", "Skills"),
            QCoreApplication.translate("SkillsView", "Your levels from the hours you logged, against the "
                                                     "role you want next"),
            parent)
        self._store = store
        self.radar: Radar | None = None
        self._catalogue_opened = False
        self._build_actions()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_radar_tab(), self.tr("Gap to target"))
        self.levels_tab = LevelsTab(store)
        self.engagements_tab = EngagementsTab(store)
        self.roles_tab = RolesTab(store)
        self.tabs.addTab(self.levels_tab, self.tr("Your skills"))
        self.tabs.addTab(self.engagements_tab, self.tr("By engagement"))
        self.tabs.addTab(self.roles_tab, self.tr("Target roles"))
        empty = EmptyState(
            "skills", self.tr("Skills grow with every engagement"),
            self.tr("List the skills each engagement practised; the hours you log add up into a "
                    "level per skill, shown on a radar against the role you want next — with the "
                    "gaps to close and the openings that would close them."),
            hint=self.tr("Open “By engagement” to list what an engagement practised, or rate a "
                         "skill yourself."),
            action_text=self.tr("Open the skills catalogue"))
        empty.action_triggered.connect(self.show_catalogue)
        self.set_pages(self.tabs, empty)

    def _build_actions(self) -> None:
        label = QLabel(self.tr("Target role"))
        label.setObjectName("Muted")
        self.role_combo = ComboBox()
        self.role_combo.setMinimumWidth(200)
        self.role_combo.currentTextChanged.connect(self._on_role)
        self.export_button = QPushButton(self.tr("Export chart…"))
        menu = QMenu(self.export_button)
        menu.addAction(self.tr("As PNG image…"), lambda: self.export_dialog(".png"))
        menu.addAction(self.tr("As SVG drawing…"), lambda: self.export_dialog(".svg"))
        self.export_button.setMenu(menu)
        self._header_widgets = (label, self.role_combo, self.export_button)
        for widget in self._header_widgets:
            self.header_actions.addWidget(widget)

    def _build_radar_tab(self) -> QWidget:
        tab = QWidget()
        row = QHBoxLayout(tab)
        row.setContentsMargins(0, 10, 0, 0)
        row.setSpacing(12)
        self.canvas = ChartCanvas()
        self.canvas.setObjectName("ChartFrame")
        self.canvas.setMinimumWidth(300)
        self.radar_view = ChartAlternative(
            self.canvas, [self.tr("Skill"), self.tr("Your level"), self.tr("Target"),
                          self.tr("Gap")], eliding=[0])
        row.addWidget(self.radar_view, 11)
        panel = QWidget()
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 4, 0)
        column.setSpacing(12)
        self.role_note = QLabel()
        self.role_note.setObjectName("Muted")
        self.role_note.setWordWrap(True)
        column.addWidget(self.role_note)
        self.gaps_section = Section(self.tr("Biggest gaps"),
                                    self.tr("You reach every target level of this role."))
        self.openings_section = Section(
            self.tr("Openings that would close the top gaps"),
            self.tr("No open application lists these skills yet. Save opportunities that ask for "
                    "them and list their skills, and they show up here."))
        self.openings_section.nothing.setWordWrap(True)
        column.addWidget(self.gaps_section)
        column.addWidget(self.openings_section)
        column.addStretch(1)
        row.addWidget(ColumnScroll(panel), 9)
        return tab

    def layout_states(self) -> list[State]:
        """Each tab, and the radar as a table."""
        first_tab = partial(self.tabs.setCurrentIndex, 0)
        return [*((self.tabs.tabText(n), partial(self.tabs.setCurrentIndex, n))
                  for n in range(self.tabs.count())),
                ("radar as a table", in_turn(first_tab, partial(self.radar_view.show_table, True))),
                ("", in_turn(first_tab, partial(self.radar_view.show_table, False)))]

    # --- data ------------------------------------------------------------------------------

    def refresh(self) -> None:
        roles = target_roles.list_roles(self._store)
        levels = skill_levels.levels(self._store)
        empty = not self._catalogue_opened and not any(level.level > 0 for level in levels)
        self.show_empty(empty)
        for widget in self._header_widgets:
            widget.setVisible(not empty)
        chosen = self.role_combo.currentText() or target_roles.closest_role(self._store, roles)
        self.role_combo.blockSignals(True)
        self.role_combo.clear()
        self.role_combo.addItems([r.name for r in roles])
        if chosen in [r.name for r in roles]:
            self.role_combo.setCurrentText(chosen)
        self.role_combo.blockSignals(False)
        for tab in (self.levels_tab, self.engagements_tab, self.roles_tab):
            tab.refresh()
        self._load_radar()

    def show_catalogue(self) -> None:
        self._catalogue_opened = True
        self.show_empty(False)
        for widget in self._header_widgets:
            widget.setVisible(True)
        self.tabs.setCurrentWidget(self.levels_tab)
        if self.radar is not None:
            self.redraw()

    def _on_role(self, name: str) -> None:
        if name:
            self._load_radar()

    def set_target(self, name: str) -> None:
        self.role_combo.setCurrentText(name)

    def _load_radar(self) -> None:
        name = self.role_combo.currentText()
        if not name:
            return
        self.radar = target_roles.radar(self._store, name)
        self._fill_side(self.radar)
        self.radar_view.set_rows(
            [[a.skill, formats.number(a.current, 1), formats.number(a.target, 1),
              formats.number(a.gap, 1) if a.gap > 0 else self.tr("reached")]
             for a in self.radar.axes],
            self.tr("Skill radar against {role}: you reach {reached} of {count} target "
                    "levels").format(role=self.radar.target, reached=self.radar.reached,
                                     count=len(self.radar.axes)))
        if self.pages.currentWidget() is self.content:
            self.redraw()

    def redraw(self) -> None:
        """Draws the radar into the canvas's figure (importing matplotlib the first time)."""
        from internapp.ui.charts.radar_figure import draw_radar
        from internapp.ui.charts.style import chart_style

        draw_radar(self.radar, chart_style(current_colors()), self.canvas.figure())
        self.canvas.draw()

    def _fill_side(self, radar: Radar) -> None:
        colors = current_colors()
        reached = radar.reached
        reach = self.tr("You reach {reached} of its %Ln target levels.", "", len(radar.axes)).format(
            reached=formats.number(reached))
        self.role_note.setText(f"{radar.description or ''} {reach}".strip())
        rows = []
        for axis in radar.gaps[:SHOWN_GAPS]:
            row = ItemRow("−" + formats.number(axis.gap, 1),
                          colors.warning if axis.gap < 2 else colors.danger, axis.skill,
                          self.tr("now {current} · target {target}").format(
                              current=formats.number(axis.current, 1),
                              target=formats.number(axis.target, 0 if axis.target == int(axis.target)
                                                    else 1)), "",
                          tooltip=self.tr("See your skills"))
            row.activated.connect(lambda: self.tabs.setCurrentWidget(self.levels_tab))
            rows.append(row)
        self.gaps_section.set_rows(rows)
        self.gaps_section.count_label.setText(self.tr("%Ln below target", "", len(radar.gaps)))
        openings = {}
        for skill_openings in radar.openings.values():
            for opening in skill_openings:
                openings.setdefault(opening.application_id, opening)
        rows = []
        for opening in openings.values():
            due = (self.tr("due {day}").format(day=formats.day(opening.deadline))
                   if opening.deadline else "")
            row = ItemRow(opening.stage, colors.accent, opening.role,
                          self.tr("{organization} · practises {skills}").format(
                              organization=opening.organization, skills=", ".join(opening.closes)),
                          due, tooltip=self.tr("Open in Applications"))
            row.activated.connect(lambda app=opening.application_id:
                                  self.navigate.emit("applications", app))
            rows.append(row)
        self.openings_section.set_rows(rows)

    # --- export ----------------------------------------------------------------------------

    def export_dialog(self, suffix: str) -> None:
        kind = self.tr("PNG image (*.png)") if suffix == ".png" else self.tr("SVG drawing (*.svg)")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export the radar chart"),
                                              str(Path.home() / f"skills-radar{suffix}"), kind)
        if name:
            try:
                self.export(Path(name) if Path(name).suffix else Path(name + suffix))
            except (ValidationError, OSError) as error:
                QMessageBox.warning(self, self.tr("Could not export the chart"), str(error))

    def start_transfer(self, direction: str, fmt: str) -> None:
        if direction == "export" and self.radar is not None:
            self.export_dialog(f".{fmt}")

    def focus_filter(self) -> bool:
        self.show_catalogue()
        self.levels_tab.filter_edit.setFocus()
        self.levels_tab.filter_edit.selectAll()
        return True

    def export(self, path: Path) -> Path:
        from internapp.ui.charts.export import chart_format, save_figure
        from internapp.ui.charts.radar_figure import draw_radar
        from internapp.ui.charts.style import style_for

        chart_format(path)
        return save_figure(draw_radar(self.radar, style_for(dark=False), title=True), path)


def create_screen(context: AppContext, shell: Shell) -> SkillsView:
    return SkillsView(context.store)
