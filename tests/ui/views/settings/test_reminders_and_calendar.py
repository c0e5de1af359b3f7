"""Settings → Reminders and Settings → Calendar in a real window: the choices saved and read
back, the login item switched, a real CalDAV server (Radicale) checked and published to, and the
calendar file kept current after a change."""

from datetime import time

import pytest
from PySide6.QtCore import QTime
from pytestqt.exceptions import TimeoutError

from internapp.core.calendar import settings as calendar_settings
from internapp.core.reminders import settings as reminder_settings
from internapp.core.reminders.model import KindSetting
from internapp.core.services import applications
from internapp.desktop import autostart
from internapp.ui import layout_check

pytestmark = pytest.mark.window_size(900, 600)


@pytest.fixture
def screen(window):
    window.show_screen("settings")
    return window.screen("settings")


def test_reminder_choices_are_saved_and_read_back(screen, context):
    section = screen.reminders
    assert not section.save_button.isEnabled()
    section.leads["deadline"].setValue(3)
    section.leads["interview-soon"].setValue(30)
    section.enabled["weekly-cap"].setChecked(False)
    section.quiet_box.setChecked(True)
    section.quiet_start.setTime(QTime(21, 0))
    section.quiet_end.setTime(QTime(8, 0))
    section.no_reply_days.setValue(10)
    section.timer_hours.setValue(6)
    assert section.save_button.isEnabled()
    assert section.save()
    saved = reminder_settings.load(context.store)
    assert saved.kind("deadline") == KindSetting(True, 3 * 24 * 60)
    assert saved.kind("interview-soon") == KindSetting(True, 30)
    assert not saved.kind("weekly-cap").enabled
    assert (saved.quiet_start, saved.quiet_end) == (time(21), time(8))
    assert (saved.no_reply_days, saved.timer_max_minutes) == (10, 360)
    section.leads["deadline"].setValue(9)
    section.load()  # revert
    assert section.leads["deadline"].value() == 3 and not section.save_button.isEnabled()


def test_the_login_item_is_switched_from_settings(screen, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config-home"))
    section = screen.reminders
    section.login_box.setChecked(True)
    assert autostart.is_enabled()
    assert "remind --watch" in autostart.location().read_text()
    section.login_box.setChecked(False)
    assert not autostart.is_enabled()


def test_the_sections_fit_at_900_by_600(window, screen, qtbot):
    for section in (screen.reminders, screen.calendar):
        where = f"settings › {section.title()}"
        try:
            qtbot.waitUntil(lambda s=section, w=where: not layout_check.check(s, w), timeout=3000)
        except TimeoutError:
            raise AssertionError("\n".join(map(str, layout_check.check(section, where)))) \
                from None


def test_check_and_publish_to_a_real_calendar_server(screen, context, radicale, memory_keyring,
                                                     qtbot):
    applications.create(context.store, organization="Acme", role="Analyst",
                        deadline="2026-12-01")
    url = radicale.new_calendar("window")
    section = screen.calendar
    section.url_edit.setText(url)
    section.user_edit.setText(radicale.user)
    section.password_edit.setText("wrong")
    with qtbot.waitSignal(section.save_and_check().failed, timeout=20000):
        pass
    assert "refused user 'ana' with this password" in section.message_label.text()
    assert "Nothing was changed" in section.message_label.text()
    assert memory_keyring.values == {}
    section.url_edit.setText(url)
    section.user_edit.setText(radicale.user)
    section.password_edit.setText(radicale.password)
    with qtbot.waitSignal(section.save_and_check().finished, timeout=20000):
        pass
    assert "Calendar checked and saved" in section.message_label.text()
    assert memory_keyring.values == {("internapp-caldav", f"{radicale.user}@{url}"):
                                     radicale.password}
    assert section.password_edit.text() == ""  # never shown again
    with qtbot.waitSignal(section.publish_now().finished, timeout=20000):
        pass
    assert "Published: 1 created" in section.message_label.text()
    assert len(radicale.events(url)) == 1
    section.forget()
    assert memory_keyring.values == {}
    assert not calendar_settings.load(context.store).caldav_configured


def test_the_calendar_file_is_kept_current_after_a_change(window, screen, context, tmp_path,
                                                          qtbot):
    folder = tmp_path / "Sync"
    folder.mkdir()
    window.calendar_sync.timer.setInterval(50)
    screen.calendar.set_feed_folder(str(folder))
    feed = folder / "internapp.ics"
    assert feed.is_file() and b"VEVENT" not in feed.read_bytes()
    applications.create(context.store, organization="Acme", role="Analyst",
                        deadline="2026-12-01")
    qtbot.waitUntil(lambda: b"Deadline: Analyst (Acme)" in feed.read_bytes(), timeout=15000)
    assert [p.name for p in folder.iterdir()] == ["internapp.ics"]
