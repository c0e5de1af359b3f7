from internapp.ui.dialogs.about import AboutDialog


def test_about_shows_version_and_data_file(qtbot):
    dialog = AboutDialog("1.2.3", "/home/me/.local/share/internapp/internapp.sqlite3")
    qtbot.addWidget(dialog)
    assert "1.2.3" in dialog.version_label.text()
    assert "/home/me/.local/share/internapp/internapp.sqlite3" in dialog.database_label.text()
