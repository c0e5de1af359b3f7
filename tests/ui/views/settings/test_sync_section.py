"""Settings → Sync in a real window against a real PostgreSQL server: connect with a password
(it goes to the keyring and leaves the field), sync off the UI thread with the state in the
status bar, settle a conflict in the Conflicts view, forget the server."""

import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from internapp.core.services import contacts
from internapp.core.sync import server_schema, service
from internapp.core.sync.run import sync_now
from internapp.core.sync.settings import parse_url

pytestmark = pytest.mark.window_size(1280, 800)


@pytest.fixture
def server(postgres):
    name = f"ui_{uuid.uuid4().hex[:10]}"
    postgres.create_database(name)
    server_schema.prepare_as_admin(parse_url(postgres.admin_url(name)), None)
    role = f"ui_{uuid.uuid4().hex[:8]}"
    postgres.create_student(role, "ui-password")
    yield postgres.url(role, name)
    postgres.drop_database(name)
    with postgres.admin() as admin:
        admin.execute(f'DROP ROLE "{role}"')


def _settings(window):
    window.show_screen("settings")
    return window.screen("settings").sync_section


def test_connect_sync_and_show_the_state(window, qtbot, server, memory_keyring):
    contacts.create(window._context.store, display_name="Ana")
    section = _settings(window)
    note = window.screen("settings").data_note
    assert section.connect_button.isVisible() and not section.sync_button.isVisible()
    assert note.text().startswith("Everything stays on this computer")
    section.url_edit.setText(server)
    section.password_edit.setText("ui-password")
    qtbot.mouseClick(section.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: service.status(window._context.store).last_ok is True, timeout=30_000)
    qtbot.waitUntil(lambda: not window.sync.running, timeout=30_000)
    assert section.password_edit.text() == ""
    assert list(memory_keyring.values.values()) == ["ui-password"]
    assert section.sync_button.isVisible() and section.sync_button.isEnabled()
    assert section.url_edit.isReadOnly()
    assert "Sync (below) keeps it in step" in note.text()  # no longer "stays on this computer"
    qtbot.waitUntil(lambda: window.sync_label.text().startswith("Synced"), timeout=10_000)
    assert "changes to send: 0" in section.waiting_label.text()

    contacts.create(window._context.store, display_name="Second")
    section.refresh()
    assert "changes to send: 1" in section.waiting_label.text()
    with qtbot.waitSignal(window.sync.finished, timeout=30_000):
        qtbot.mouseClick(section.sync_button, Qt.MouseButton.LeftButton)
    assert "changes to send: 0" in section.waiting_label.text()
    window.close()  # writes ui.ini: the password is in no file of the data and config folders
    paths = window._context.paths
    for folder in (paths.data_dir, paths.config_dir, paths.log_dir):
        assert [p for p in folder.rglob("*")
                if p.is_file() and b"ui-password" in p.read_bytes()] == []


def test_a_refused_connection_is_shown_and_nothing_is_kept(window, qtbot, server,
                                                           memory_keyring):
    section = _settings(window)
    section.url_edit.setText(server)
    section.password_edit.setText("wrong password")
    section.connect_server()
    qtbot.waitUntil(lambda: section.message.isVisible(), timeout=30_000)
    assert "refused the password" in section.message.text()
    assert "wrong password" not in section.message.text()
    assert not service.status(window._context.store).configured
    assert memory_keyring.values == {}
    section.url_edit.setText("postgresql://x:secret@host/db")
    section.connect_server()
    assert "holds a password" in section.message.text() and "secret" not in \
        section.message.text()


def test_conflicts_view_and_forget(window, qtbot, server, tmp_path, monkeypatch,
                                   memory_keyring):
    from internapp.core.store import open_store

    store = window._context.store
    other = open_store(tmp_path / "other" / "internapp.sqlite3",
                       backups_dir=tmp_path / "other" / "backups")
    try:
        contact = contacts.create(store, display_name="Ana Lima")
        service.setup(store, server, "ui-password")
        sync_now(store)
        service.setup(other, server, "ui-password")
        sync_now(other)
        contacts.update(store, contact.id, title="Recruiter")
        contacts.update(other, contact.id, title="Mentor")  # later
        sync_now(other)
        sync_now(store)
    finally:
        other.close()
    section = _settings(window)
    section.refresh()
    assert section.conflicts_button.text() == "Conflicts (1)…"
    dialog = section.show_conflicts()
    qtbot.waitExposed(dialog)
    assert dialog.table.rowCount() == 1
    cells = [dialog.table.item(0, c).text() for c in range(5)]
    assert cells == ["Changed on two devices", "Ana Lima", "Title", "Mentor", "Recruiter"]
    assert dialog.use_other_button.isEnabled()
    qtbot.mouseClick(dialog.use_other_button,
                     Qt.MouseButton.LeftButton)
    assert contacts.get(store, contact.id).title == "Recruiter"
    assert dialog.pages.currentWidget() is dialog.empty
    dialog.close()

    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    section.forget()
    assert not service.status(store).configured
    assert memory_keyring.values == {}
    assert section.connect_button.isVisible()
    assert window.sync_label.text() == ""
    assert window.screen("settings").data_note.text().startswith("Everything stays")


def test_an_overlap_shows_both_entries_and_leads_to_the_time_screen(window, qtbot, server,
                                                                   tmp_path, memory_keyring):
    from datetime import UTC, datetime, timedelta

    from internapp.core.services import engagements, time_entries
    from internapp.core.store import open_store

    store = window._context.store
    other = open_store(tmp_path / "other" / "internapp.sqlite3",
                       backups_dir=tmp_path / "other" / "backups")
    start = datetime(2026, 11, 2, 13, tzinfo=UTC)
    try:
        work = engagements.create(store, title="Survey cleaning")
        service.setup(store, server, "ui-password")
        sync_now(store)
        service.setup(other, server, "ui-password")
        sync_now(other)
        time_entries.add(store, work.id, start=start, duration="2h", note="Coding the answers")
        time_entries.add(other, work.id, start=start + timedelta(minutes=30), duration="1h",
                         note="Call with the lead")
        sync_now(other)
        sync_now(store)
    finally:
        other.close()
    section = _settings(window)
    dialog = section.show_conflicts()
    qtbot.waitExposed(dialog)
    [row] = [r for r in range(dialog.table.rowCount())
             if dialog.table.item(r, 0).text() == "Overlapping time entries"]
    dialog.table.selectRow(row)
    cells = [dialog.table.item(row, c).text() for c in range(5)]
    assert cells[1] == "Survey cleaning" and cells[2] == ""
    local = start.astimezone()
    assert {cells[3].split(" · ")[1], cells[4].split(" · ")[1]} == {"Coding the answers",
                                                                    "Call with the lead"}
    assert all(local.strftime("%d").lstrip("0") in cell for cell in cells[3:])
    assert not dialog.use_other_button.isVisible() and dialog.keep_button.text() == "Keep both"
    assert "Coding the answers" in dialog.detail.text()
    assert "Call with the lead" in dialog.detail.text()
    with qtbot.waitSignal(dialog.show_record) as shown:
        qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    assert shown.args == ["time", work.id.hex]
    qtbot.waitUntil(lambda: window.current_screen_key() == "time")
    assert not dialog.isVisible()


def test_the_window_syncs_on_start_and_on_its_timer(qtbot, context, server, memory_keyring):
    from internapp.ui.launch import build_window
    from internapp.ui.sync_runner import INTERVAL_MS
    from internapp.ui.theme import ThemeMode

    service.setup(context.store, server, "ui-password")
    contacts.create(context.store, display_name="Before start")
    win = build_window(context, ThemeMode.LIGHT)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.sync.finished, timeout=30_000) as first:
        win.show()
    assert first.args[0].pushed > 0
    assert win.sync.timer.isActive() and win.sync.timer.interval() == INTERVAL_MS
    assert win.sync_label.text().startswith("Synced")
    contacts.create(context.store, display_name="While open")
    win.sync.timer.setInterval(50)  # the next tick, without waiting five minutes
    with qtbot.waitSignal(win.sync.finished, timeout=30_000) as tick:
        pass
    win.sync.timer.stop()
    assert tick.args[0].pushed == 1
