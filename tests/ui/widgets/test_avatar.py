import pytest

from internapp.ui.widgets.avatar import Avatar, initials


@pytest.mark.parametrize(("name", "letters"), [("Ana Lima", "AL"), ("Dr. Amara Okafor", "AO"),
                                               ("e\u0301lodie martin", "E\u0301M"), ("Zoë", "Z"),
                                               ("", "?")])
def test_initials(name, letters):
    assert initials(name) == letters


def test_an_avatar_draws_initials_or_a_photo(qtbot):
    avatar = Avatar(48)
    qtbot.addWidget(avatar)
    avatar.set_person("Ana Lima", None)
    assert avatar.pixmap().width() >= 48
    avatar.set_person("Ana Lima", b"not an image")  # falls back to the initials
    assert not avatar.pixmap().isNull()
