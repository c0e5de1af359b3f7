"""The main window for the UI tests: on the test's own store, in the light theme, shown at its
default size, or at the size a module asks for with ``pytestmark = pytest.mark.window_size(w, h)``."""

import pytest

import gc_threads
from internapp.ui.launch import build_window
from internapp.ui.theme import ThemeMode


def pytest_configure(config):
    config.addinivalue_line("markers", "window_size(width, height): the size the `window` fixture "
                                       "shows the main window at")


@pytest.fixture
def window(request, qtbot, context):
    win = build_window(context, ThemeMode.LIGHT)
    qtbot.addWidget(win)
    size = request.node.get_closest_marker("window_size")
    if size is not None:
        win.resize(*size.args)
    win.show()
    return win


@pytest.fixture(scope="session", autouse=True)
def translations(qapp):
    """The app's translations, as qt_application() installs them: English holds the plural
    forms ("1 application"), so the widgets read as they do in the app."""
    from internapp.ui import i18n

    i18n.install(qapp)
    return qapp


@pytest.fixture
def german(qapp):
    """The window's language German (words, plurals, dates and numbers) for one test."""
    from PySide6.QtCore import QLocale

    from internapp.ui import i18n

    before = QLocale()
    i18n.install(qapp, "de")
    yield qapp
    i18n.install(qapp)  # as the session's ``translations`` installed them
    QLocale.setDefault(before)  # not en_US: its 12-hour clock would follow into other tests


@pytest.fixture(autouse=True)
def no_collection_off_the_ui_thread():
    """No garbage collection ran on any thread but Qt's while the test ran (see gc_threads)."""
    before = len(gc_threads.OFF_MAIN)
    yield
    assert gc_threads.OFF_MAIN[before:] == [], "garbage collected off the UI thread"


@pytest.fixture(autouse=True)
def windows_deleted_when_the_test_ends(qapp):
    """pytest-qt closes what a test showed and asks Qt to delete it later — which, with no event
    loop running, happens during some later test's wait. Deleted here instead, as the window's
    own exit does (ui/teardown.py): no test meets another's widgets."""
    yield
    from internapp.ui.teardown import delete_now

    delete_now()  # pytest-qt has asked for the deletes already
