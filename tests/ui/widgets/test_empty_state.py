from internapp.ui.widgets.empty_state import EmptyState


def test_empty_state_says_what_and_how(qtbot):
    state = EmptyState("contacts", "Your network starts here", "People appear here.",
                       hint="Import a vCard.", action_text="Add contact")
    qtbot.addWidget(state)
    assert state.title_label.text() == "Your network starts here"
    assert state.hint_label.text() == "Import a vCard."
    assert not state.icon_label.pixmap().isNull()
    with qtbot.waitSignal(state.action_triggered):
        state.button.click()
