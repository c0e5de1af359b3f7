from internapp.ui.dialogs.close_reason import CloseReasonDialog


def test_ok_needs_a_reason_and_presets_fit_the_stage(qtbot):
    dialog = CloseReasonDialog("Ghosted", "ghosted", "Writer at Beta")
    qtbot.addWidget(dialog)
    assert dialog.reason_box.count() == 2
    assert not dialog.ok_button.isEnabled()
    dialog.reason_box.setCurrentIndex(0)
    assert dialog.reason() == "No reply after following up"
    assert dialog.ok_button.isEnabled()
    dialog.reason_box.setEditText("   ")
    assert not dialog.ok_button.isEnabled()
    assert CloseReasonDialog("Parked", None, "").reason_box.count() == 0
