from pathlib import Path

import pytest

from internapp.core.services import engagements, time_entries
from internapp.ui.dialogs.time_import_dialog import TimeImportDialog

FIXTURES = Path(__file__).parents[2] / "core" / "interchange" / "fixtures"


@pytest.fixture
def dialog_for(qtbot, store, clock):
    def make(fmt, name):
        path = FIXTURES / name if isinstance(name, str) else name
        dialog = TimeImportDialog(store, fmt, path, tz=clock.zone_name())
        qtbot.addWidget(dialog)
        dialog.open()
        qtbot.waitUntil(lambda: dialog.plan is not None or "Nothing" in
                        dialog.summary_label.text(), timeout=5000)
        return dialog

    return make


def test_preview_map_a_project_and_import_exactly_that(dialog_for, store, qtbot):
    target = engagements.create(store, title="Northwind retainer")
    dialog = dialog_for("toggl", "toggl_detailed.csv")
    assert dialog.summary_label.text() == "8 entries to import · 7 rows cannot be imported"
    assert dialog.import_button.text() == "Import 8 entries"
    assert dialog.rejected.rowCount() == 7
    assert dialog.rejected.item(0, 2).text().startswith("Mon 10 Mar 2025 14:00 is before")
    combo = dialog.mapping_combo("Sales dashboard in Power BI")
    assert combo.currentText() == "A new engagement “Sales dashboard in Power BI”"
    combo.setCurrentIndex(combo.findText("Northwind retainer"))
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        dialog.import_button.click()
    assert dialog.result_report.created == {"time entries": 8, "engagements": 3}
    rows = time_entries.list_recent(store)
    assert sum(r.engagement == "Northwind retainer" for r in rows) == 5
    assert target.id in {e.id for e in engagements.list_rows(store)}


def test_a_second_import_of_the_same_file_has_nothing_to_add(dialog_for, store, qtbot):
    first = dialog_for("watson", "watson_frames.json")
    with qtbot.waitSignal(first.finished, timeout=5000):
        first.import_button.click()
    again = dialog_for("watson", "watson_frames.json")
    assert again.summary_label.text() == ("0 entries to import · 4 already here · 5 rows "
                                          "cannot be imported")
    assert not again.import_button.isEnabled()


def test_a_file_of_the_wrong_kind_imports_nothing(dialog_for, tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("hello\n", "utf-8")
    dialog = dialog_for("timewarrior", path)
    assert dialog.summary_label.text().startswith("Nothing can be imported from this file. "
                                                  "file: is not JSON")
    assert not dialog.import_button.isEnabled()
