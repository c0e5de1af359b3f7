"""Settings → Your profile: typed in, saved through the service, a refused value named."""

from internapp.core.services import profile


def test_the_profile_is_filled_in_and_saved(window, context, qtbot):
    window.show_screen("settings")
    section = window.screen("settings").profile
    assert not section.save_button.isEnabled()
    qtbot.keyClicks(section.edits["name"], "Zoe Nunez")
    assert section.save_button.isEnabled()
    qtbot.keyClicks(section.edits["tax_id"], "PT123456789")
    section.address_edit.setPlainText("Rua das Flores 12\n2º Esq")
    section.links_edit.setPlainText("github.com/zoe\n\nhttps://zoe.example.org")
    assert section.save()
    saved = profile.get(context.store)
    assert (saved.name, saved.tax_id, saved.address) == ("Zoe Nunez", "PT123456789",
                                                         "Rua das Flores 12\n2º Esq")
    assert saved.links == ["https://github.com/zoe", "https://zoe.example.org"]
    assert not section.save_button.isEnabled()


def test_a_refused_value_is_named_and_focused_and_nothing_saved(window, context, qtbot):
    window.show_screen("settings")
    section = window.screen("settings").profile
    section.activateWindow()
    qtbot.keyClicks(section.edits["name"], "Zoe")
    qtbot.keyClicks(section.edits["email"], "zoe at example")
    assert not section.save()
    assert section.message_label.isVisible()
    assert section.message_label.text() == "email: 'zoe at example' is not an email address"
    qtbot.waitUntil(lambda: section.edits["email"].hasFocus())
    assert profile.get(context.store).is_empty
