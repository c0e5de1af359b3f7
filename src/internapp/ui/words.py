"""Qt's translation calls for the modules the command line also runs without Qt (the charts it
exports, the labels they use): with PySide6 loaded (the window, its translators installed) the
words come translated; without it, as written (English, like every file the CLI writes). The
call shapes are Qt's, so pyside6-lupdate still finds the strings."""

import sys


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks ``source`` for lupdate and returns it."""
    return source


class QCoreApplication:
    """Only ``translate``, deferring to Qt's when PySide6 is loaded."""

    @staticmethod
    def translate(context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        qt = sys.modules.get("PySide6.QtCore")
        if qt is None:
            return source
        return qt.QCoreApplication.translate(context, source, disambiguation, n)
