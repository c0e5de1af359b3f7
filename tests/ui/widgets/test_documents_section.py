from internapp.core.services import applications, documents
from internapp.ui.widgets.documents_section import DocumentsSection


def test_attach_in_the_background_then_remove(qtbot, store, tmp_path):
    app = applications.create(store, organization="Acme", role="Intern")
    section = DocumentsSection(store, "Nothing yet")
    qtbot.addWidget(section)
    section.set_owner(application_id=app.id)
    assert section.list.count() == 0 and not section.empty_label.isHidden()
    letter = tmp_path / "cover letter.txt"
    letter.write_text("Dear Acme")
    task = section.attach(letter, "cover_letter")
    qtbot.waitUntil(lambda: section.list.count() == 1, timeout=10_000)
    task.wait()
    assert "Cover letter" in section.list.item(0).text()
    section.list.setCurrentRow(0)
    section.remove_selected(confirm=False)
    assert section.list.count() == 0
    assert documents.list_for(store, application_id=app.id) == []


def test_a_missing_file_is_reported(qtbot, store, tmp_path):
    app = applications.create(store, organization="Acme", role="Intern")
    section = DocumentsSection(store, "Nothing yet")
    qtbot.addWidget(section)
    section.set_owner(application_id=app.id)
    with qtbot.waitSignal(section.message, timeout=10_000) as signal:
        section.attach(tmp_path / "gone.pdf")
    assert signal.args[0].startswith("file:")
    assert section.attach_button.isEnabled()


def test_sizes_are_written_as_everywhere_else():
    from internapp.ui import formats

    assert [formats.file_size(n) for n in (12, 2048, 5 * 2**20)] == ["12 B", "2 KB", "5.0 MB"]
