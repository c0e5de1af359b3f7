"""Import and export from the window run on a worker thread with a preview dialog."""

import csv

import pytest

from internapp.core import demo
from internapp.core.services import applications


@pytest.fixture
def screen(window):
    window.show_screen("applications")
    return window.screen("applications")


def test_import_previews_then_writes_exactly_the_preview(screen, context, qtbot, tmp_path):
    source = tmp_path / "huntr.csv"
    source.write_text("Company,Job Title,Status,Date Applied\n"
                      "Acme,Data intern,Applied,2026-03-01\n"
                      "Beta,,Applied,\n"
                      "Gamma,Analyst,Interview,2026-03-04\n", "utf-8")
    assert screen.pages.currentWidget() is screen.empty
    screen.interchange.start_import(source)
    qtbot.waitUntil(lambda: screen.interchange.dialog is not None
                    and screen.interchange.dialog.isVisible(), timeout=10_000)
    dialog = screen.interchange.dialog
    assert dialog.planned_table.model().rowCount() == 2
    assert dialog.rejected_table.model().rowCount() == 1
    assert dialog.import_button.text() == "Import 2"
    assert applications.list_rows(context.store) == []  # the preview wrote nothing
    dialog.accept()
    qtbot.waitUntil(lambda: len(screen.rows) == 2, timeout=10_000)
    assert screen.pages.currentWidget() is screen.content
    # the rows can refresh (change notice) a turn before the task's own result arrives
    qtbot.waitUntil(lambda: "Imported 2 applications; 1 row was not imported"
                    in screen.message_label.text(), timeout=10_000)
    assert {r.stage for r in screen.rows} == {"Applied", "Interviewing"}


def test_cancelling_the_preview_writes_nothing(screen, context, qtbot, tmp_path):
    source = tmp_path / "a.csv"
    source.write_text("Company,Role\nAcme,Intern\n")
    screen.interchange.start_import(source)
    qtbot.waitUntil(lambda: screen.interchange.dialog is not None, timeout=10_000)
    screen.interchange.dialog.reject()
    assert applications.list_rows(context.store) == []


def test_a_file_that_cannot_be_read_says_why(screen, qtbot, tmp_path):
    source = tmp_path / "b.csv"
    source.write_text("Title\nIntern\n")
    screen.interchange.start_import(source)
    qtbot.waitUntil(lambda: "no column for organization" in screen.message_label.text(),
                    timeout=10_000)
    assert screen.message_label.objectName() == "ErrorText"


@pytest.mark.parametrize("kind", ["csv", "json"])
def test_export_runs_in_the_background(screen, context, qtbot, tmp_path, kind):
    demo.fill(context.store)
    target = tmp_path / f"out.{kind}"
    task = screen.interchange.start_export(target, kind)
    qtbot.waitUntil(lambda: "Exported 14 applications" in screen.message_label.text(),
                    timeout=10_000)
    task.wait()
    if kind == "csv":
        with target.open(newline="", encoding="utf-8") as stream:
            assert len(list(csv.reader(stream))) == 15
    else:
        assert target.read_text("utf-8").count('"organization"') == 14
