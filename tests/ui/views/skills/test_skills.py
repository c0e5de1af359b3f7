import pytest
from PySide6.QtWidgets import QMessageBox

from internapp.core import demo
from internapp.core.services import skills, target_roles
from internapp.ui.views.skills import dialogs as skills_dialogs
from internapp.ui.views.skills.dialogs import SkillValuesDialog
from internapp.ui.views.skills.screen import SkillsView


@pytest.fixture
def view(qtbot, store):
    demo.fill(store)
    screen = SkillsView(store)
    qtbot.addWidget(screen)
    screen.resize(1200, 760)
    screen.show()
    screen.refresh()
    return screen


def test_radar_gaps_and_openings_for_the_chosen_role(view, qtbot):
    assert view.pages.currentWidget() is view.content
    assert view.role_combo.currentText() == target_roles.closest_role(view._store)
    view.set_target("Data analyst")
    assert view.radar.target == "Data analyst"
    assert view.canvas.built
    gap_titles = [r.title_label.text() for r in view.gaps_section.rows]
    assert gap_titles == [g.skill for g in view.radar.gaps[:6]]
    opening = view.openings_section.rows[0]
    assert opening.title_label.text() == "Python data cleaning sprint"
    with qtbot.waitSignal(view.navigate) as opened:
        opening.activated.emit()
    assert opened.args[0] == "applications"


def test_levels_tab_rates_and_merges(view, store, monkeypatch):
    tab = view.levels_tab
    names = [tab.model.row_at(i).name for i in range(tab.model.rowCount())]
    assert names[0] == "Writing"
    assert not tab.banner.isVisible()
    skills.create(store, "writing-2")  # the change notification is not wired here: refresh
    view.refresh()
    assert tab.pairs[0].merge == "writing-2" and "looks like “Writing”" in tab.banner_label.text()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.merge_first_pair()
    assert skills.duplicate_pairs(store) == []
    tab.table.selectRow(0)
    monkeypatch.setattr(skills_dialogs.QInputDialog, "getDouble", lambda *a, **k: (4.5, True))
    tab.rate_selected()
    assert next(s for s in skills.list_skills(store) if s.name == "Writing").self_rating == 4.5


def test_adding_a_near_duplicate_offers_the_existing_skill(view, store, monkeypatch):
    monkeypatch.setattr(skills_dialogs.QInputDialog, "getText", lambda *a, **k: ("power bi 2", True))
    chosen = {}

    def fake_exec(box):
        chosen["text"] = box.text()
        box.clickedButton = lambda: box.buttons()[0]  # "Use “Power BI”"
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert skills_dialogs.ask_new_skill(store, view) == "Power BI"
    assert "looks like the existing skill “Power BI”" in chosen["text"]
    assert "power bi 2" not in {s.name for s in skills.list_skills(store)}


def test_engagement_skills_dialog_values(qtbot):
    dialog = SkillValuesDialog("t", "intro", ["Writing", "SQL"], [("SQL", 0.6)],
                               value_label="Share", minimum=0.05, maximum=1, step=0.05,
                               default=0.5, percent=True)
    qtbot.addWidget(dialog)
    dialog.add_row("Writing")
    assert dialog.values() == {"SQL": 0.6, "Writing": 0.5}
    dialog.table.selectRow(0)
    dialog.remove_selected()
    assert dialog.values() == {"Writing": 0.5}


def test_export_radar_png_and_svg(view, tmp_path):
    assert view.export(tmp_path / "r.png").read_bytes()[:4] == b"\x89PNG"
    assert b"<svg" in view.export(tmp_path / "r.svg").read_bytes()[:2000]


def test_an_empty_store_shows_the_empty_state_then_the_catalogue(qtbot, store):
    screen = SkillsView(store)
    qtbot.addWidget(screen)
    screen.refresh()
    assert screen.pages.currentWidget() is screen.empty
    screen.show_catalogue()
    assert screen.pages.currentWidget() is screen.content
    assert screen.tabs.currentWidget() is screen.levels_tab
    assert screen.levels_tab.model.rowCount() == 35


def test_the_catalogue_stays_open_after_a_change(qtbot, store):
    screen = SkillsView(store)
    qtbot.addWidget(screen)
    screen.refresh()
    assert not screen.role_combo.isVisibleTo(screen)
    screen.show_catalogue()
    skills.create(store, "Kotlin")
    screen.refresh()
    assert screen.pages.currentWidget() is screen.content
    assert screen.role_combo.isVisibleTo(screen)


def test_the_radar_has_a_table_a_screen_reader_can_walk(view):
    """Issue 12: charts have a text alternative — the radar's table."""
    table = view.radar_view.table
    assert table.rowCount() == len(view.radar.axes)
    first = view.radar.axes[0]
    assert table.item(0, 0).text() == first.skill
    assert "Skill radar against" in view.canvas.accessibleDescription()
