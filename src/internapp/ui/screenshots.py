"""Every screen rendered to PNG (for the README, the AppStream metadata and for looking at): on
the offscreen platform, or in a real window when run on a display (QT_QPA_PLATFORM=xcb)."""

from pathlib import Path

from PySide6.QtWidgets import QApplication

from internapp.context import AppContext
from internapp.ui.launch import build_window
from internapp.ui.theme import ThemeMode
from internapp.ui.views import SCREENS

SIZE = (1280, 800)


def save_screenshots(context: AppContext, outdir: Path, theme: ThemeMode,
                     size: tuple[int, int] | None = None, language: str | None = None) -> list[Path]:
    """One PNG per screen: ``NN-screen[-dark][-WxH][-LANG].png`` (the size when not the default
    1280×800, the language when given)."""
    outdir.mkdir(parents=True, exist_ok=True)
    window = build_window(context, theme)
    window.resize(*(size or SIZE))
    window.show()
    app = QApplication.instance()
    suffix = ("" if theme == ThemeMode.LIGHT else f"-{theme.value}") + (
        f"-{size[0]}x{size[1]}" if size and size != SIZE else "") + (f"-{language}" if language else "")
    saved = []
    try:
        for number, spec in enumerate(SCREENS, start=1):
            window.show_screen(spec.key)
            app.processEvents()
            path = outdir / f"{number:02d}-{spec.key}{suffix}.png"
            if not window.grab().save(str(path)):
                raise OSError(f"could not write {path}")
            saved.append(path)
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()
    return saved
