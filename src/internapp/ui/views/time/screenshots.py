"""The Time screen's tabs, the tray menu and an import preview rendered to PNG, for looking at
them (``python -m internapp.ui.views.time.screenshots OUTDIR --data-dir DIR``)."""

import argparse
import os
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from internapp.context import AppContext
from internapp.ui.launch import build_window
from internapp.ui.screenshots import SIZE
from internapp.ui.theme import ThemeMode, current_colors
from internapp.ui.tray import fill_tray_menu


def render_menu(menu: QMenu) -> QPixmap:
    """A popup menu drawn as it shows, on a margin of the window colour."""
    menu.ensurePolished()
    menu.adjustSize()
    menu.resize(max(menu.sizeHint().width(), 300), menu.sizeHint().height())
    shot = menu.grab()
    margin = 16
    canvas = QPixmap(shot.width() + 2 * margin, shot.height() + 2 * margin)
    canvas.setDevicePixelRatio(shot.devicePixelRatio())
    canvas.fill(current_colors().window)
    painter = QPainter(canvas)
    painter.drawPixmap(QPoint(margin, margin), shot)
    painter.end()
    return canvas


def save_time_screenshots(context: AppContext, outdir: Path, theme: ThemeMode,
                          import_file: Path | None = None) -> list[Path]:
    outdir.mkdir(parents=True, exist_ok=True)
    window = build_window(context, theme)
    window.resize(*SIZE)
    window.show()
    app = QApplication.instance()
    suffix = "" if theme == ThemeMode.LIGHT else f"-{theme.value}"
    saved: list[Path] = []

    def save(widget: QWidget | QPixmap, name: str) -> None:
        app.processEvents()
        path = outdir / f"time-{name}{suffix}.png"
        pixmap = widget if isinstance(widget, QPixmap) else widget.grab()
        if not pixmap.save(str(path)):
            raise OSError(f"could not write {path}")
        saved.append(path)

    try:
        window.show_screen("time")
        screen = window.screen("time")
        for tab in ("entries", "week", "reports", "budgets"):
            screen.show_tab(tab)
            if tab == "reports":
                screen.reports.wait()
                app.processEvents()
            save(window, tab)
        menu = QMenu(window)
        fill_tray_menu(menu, window.timer.session, lambda: None, lambda: None)
        save(render_menu(menu), "tray-menu")
        if import_file is not None:
            dialog = screen.import_file("toggl", import_file)
            dialog.wait()
            app.processEvents()
            save(dialog, "import-preview")
            dialog.reject()
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()
    return saved


def main() -> None:  # pragma: no cover - a tool for looking
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--import-file", type=Path)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from internapp.context import open_context
    from internapp.paths import resolve_paths

    context = open_context(resolve_paths(args.data_dir))
    try:
        for theme in (ThemeMode.LIGHT, ThemeMode.DARK):
            for path in save_time_screenshots(context, args.outdir, theme, args.import_file):
                print(path)
    finally:
        context.close()


if __name__ == "__main__":  # pragma: no cover
    main()
