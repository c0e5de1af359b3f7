"""The export dialog writes off the UI thread with progress, says why it refuses, and leaves no
file behind when it does."""

import json
from datetime import date

import pytest
from PySide6.QtCore import Qt

from internapp.ui.dialogs.career_export_dialog import CREDIT, JSON_RESUME, PORTFOLIO
from internapp.ui.layout_check import check

pytestmark = pytest.mark.window_size(900, 600)


@pytest.fixture
def screen(window, career_store):
    window.show_screen("engagements")
    return window.screen("engagements")


def _wait(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled() and dialog.status_label.isVisible()
                    and dialog.progress_bar.isHidden(), timeout=20_000)


def test_a_portfolio_is_written_in_the_background(screen, qtbot, tmp_path, pdf_text):
    dialog = screen.open_export(PORTFOLIO)
    ticked = [dialog.engagement_list.item(i).text() for i in range(dialog.engagement_list.count())
              if dialog.engagement_list.item(i).checkState() == Qt.CheckState.Checked]
    assert sorted(ticked) == ["Empty engagement", "Interview synthesis — מעבדת שלום",
                              "Survey dashboard — Acme Analytics"]
    dialog.target_box.setCurrentIndex(dialog.target_box.findData("Data analyst"))
    dialog.path_edit.setText(str(tmp_path / "folio.pdf"))
    task = dialog.start()
    assert task is not None and not dialog.export_button.isEnabled()  # the UI thread is free
    assert dialog.progress_bar.isVisible()
    _wait(qtbot, dialog)
    assert dialog.status_label.text() == f"Wrote {tmp_path / 'folio.pdf'}"
    assert dialog.open_button.isVisible()
    assert "Survey dashboard" in pdf_text(tmp_path / "folio.pdf")


def test_changing_the_format_changes_the_file_name(screen, qtbot, tmp_path):
    dialog = screen.open_export(PORTFOLIO)
    dialog.path_edit.setText(str(tmp_path / "me.pdf"))
    dialog.format_box.setCurrentIndex(2)  # HTML
    assert dialog.path_edit.text() == str(tmp_path / "me.html")
    dialog.start()
    _wait(qtbot, dialog)
    assert (tmp_path / "me_files").is_dir() and "and its files in" in dialog.status_label.text()


def test_a_json_resume_of_the_ticked_engagements(screen, qtbot, tmp_path):
    dialog = screen.open_export(JSON_RESUME)
    for i in range(dialog.engagement_list.count()):
        item = dialog.engagement_list.item(i)
        item.setCheckState(Qt.CheckState.Checked if item.text().startswith("Survey")
                           else Qt.CheckState.Unchecked)
    dialog.path_edit.setText(str(tmp_path / "me.json"))
    dialog.start()
    _wait(qtbot, dialog)
    work = json.loads((tmp_path / "me.json").read_text("utf-8"))["work"]
    assert [w["position"] for w in work] == ["Survey dashboard"]


def test_a_credit_report_for_the_open_engagement(window, screen, career_store, qtbot, tmp_path):
    _store, ids = career_store
    window.show_screen("engagements", ids["Survey dashboard"])
    dialog = screen.open_export(CREDIT)
    assert dialog.engagement_box.currentText() == "Survey dashboard"
    dialog.format_box.setCurrentIndex(2)  # CSV
    dialog.path_edit.setText(str(tmp_path / "credit.csv"))
    dialog.start()
    _wait(qtbot, dialog)
    assert (tmp_path / "credit.csv").read_text("utf-8-sig").splitlines()[-1].startswith(
        "Total,,,,,,10.00,10 h,20")


def test_refusals_are_said_and_leave_nothing(screen, qtbot, tmp_path):
    dialog = screen.open_export(CREDIT)
    dialog.period_radio.setChecked(True)
    dialog.first_edit.set_value(None)
    assert dialog.start() is None
    assert dialog.status_label.text() == "period: give the first and the last day"
    dialog = screen.open_export(PORTFOLIO)
    dialog.path_edit.setText(str(tmp_path / "missing" / "folio.pdf"))
    dialog.start()
    _wait(qtbot, dialog)
    assert dialog.status_label.text().endswith("does not exist")
    assert dialog.status_label.objectName() == "ErrorText"
    for i in range(dialog.engagement_list.count()):
        dialog.engagement_list.item(i).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.start() is None
    assert dialog.status_label.text() == "engagements: tick at least one engagement"
    assert list(tmp_path.glob("*folio*")) == []


@pytest.mark.parametrize("kind", [PORTFOLIO, JSON_RESUME, CREDIT])
def test_the_dialogs_pass_the_layout_check(screen, qtbot, kind):
    dialog = screen.open_export(kind)
    qtbot.waitExposed(dialog)
    assert [str(p) for p in check(dialog, kind)] == []


# --- nothing to export: an empty store, or nothing ticked -----------------------------------------

@pytest.mark.parametrize("kind", [PORTFOLIO, JSON_RESUME, CREDIT])
def test_an_empty_store_says_there_is_nothing_to_export(window, qtbot, tmp_path, kind):
    window.show_screen("engagements")
    dialog = window.screen("engagements").open_export(kind)
    qtbot.waitExposed(dialog)
    assert dialog.empty_label.isVisible()
    assert dialog.empty_label.text().startswith("No engagements yet")
    chooser = dialog.engagement_box if kind == CREDIT else dialog.engagement_list
    assert chooser.isHidden()
    if kind != CREDIT:
        assert dialog.ticked_label.isHidden()  # the line above says it all
    assert not dialog.export_button.isEnabled()
    dialog.path_edit.setText(str(tmp_path / "out.csv" if kind == CREDIT else tmp_path / "out.pdf"))
    if kind == CREDIT:  # a period of no engagement is no report either (it wrote an empty one)
        dialog.first_edit.set_value(date(2026, 1, 1))
        dialog.last_edit.set_value(date(2026, 12, 31))
        assert dialog.period_radio.isChecked()
    assert dialog.start() is None
    assert dialog.status_label.text() == ("engagement: there is no engagement yet" if kind == CREDIT
                                          else "engagements: tick at least one engagement")
    assert list(tmp_path.glob("out*")) == []
    assert [str(p) for p in check(dialog, f"{kind}-empty")] == []


def test_one_finished_engagement_is_listed_and_unticking_it_disables_export(window, store,
                                                                              qtbot):
    from internapp.core.services import engagements

    created = engagements.create(store, title="Logo refresh", status="active",
                                 start_on="2026-03-02")
    engagements.update(store, created.id, status="delivered", ended_on="2026-03-20")
    window.show_screen("engagements")
    dialog = window.screen("engagements").open_export(PORTFOLIO)
    qtbot.waitExposed(dialog)
    assert dialog.engagement_list.isVisible() and dialog.engagement_list.count() == 1
    assert dialog.empty_label.isHidden()
    assert dialog.export_button.isEnabled()
    assert dialog.ticked_label.text() == "1 of 1 ticked"
    item = dialog.engagement_list.item(0)
    item.setCheckState(Qt.CheckState.Unchecked)
    assert not dialog.export_button.isEnabled()
    assert dialog.ticked_label.isVisible()
    assert dialog.ticked_label.text() == "Tick at least one engagement to export."
    assert [str(p) for p in check(dialog, "portfolio-none-ticked")] == []
    item.setCheckState(Qt.CheckState.Checked)
    assert dialog.export_button.isEnabled() and dialog.ticked_label.text() == "1 of 1 ticked"


def test_the_credit_report_of_one_engagement_can_be_exported(window, store, qtbot):
    from internapp.core.services import engagements

    engagements.create(store, title="Logo refresh", status="active", start_on="2026-03-02")
    window.show_screen("engagements")
    dialog = window.screen("engagements").open_export(CREDIT)
    qtbot.waitExposed(dialog)
    assert dialog.engagement_box.isVisible() and dialog.engagement_box.currentText() == (
        "Logo refresh")
    assert dialog.empty_label.isHidden() and dialog.export_button.isEnabled()


def test_a_long_name_is_cut_in_the_middle_and_whole_in_its_tooltip(window, store, qtbot):
    from internapp.core.services import engagements

    title = ("Quarterly stakeholder communications and accessibility audit for the regional "
             "public transit authority, phase 7")
    engagements.create(store, title=title, organization="Harbor City Council")
    window.show_screen("engagements")
    dialog = window.screen("engagements").open_export(PORTFOLIO)
    qtbot.waitExposed(dialog)
    listed = dialog.engagement_list
    assert listed.item(0).toolTip() == f"{title} — Harbor City Council"
    assert listed.horizontalScrollBar().maximum() == 0  # no sideways scrolling in a checklist
    assert listed.textElideMode() == Qt.TextElideMode.ElideMiddle  # "… phase 7 — Harbor …"
    assert [str(p) for p in check(dialog, "portfolio-long-name")] == []
