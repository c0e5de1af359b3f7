from PySide6.QtGui import QImage

from internapp.core import demo
from internapp.ui.screenshots import save_screenshots
from internapp.ui.smoke import run_smoke
from internapp.ui.theme import ThemeMode
from internapp.ui.views import SCREENS


def test_smoke_finds_no_problem(qtbot, context):
    assert run_smoke(context) == []


def test_smoke_reports_an_install_without_its_version(qtbot, context):
    context.version = "0+unknown"  # what version.py falls back to without package metadata
    assert run_smoke(context) == [
        "About: the version is unknown — the package metadata is missing from this install"]


def test_screenshots_are_one_readable_png_per_screen(qtbot, context, tmp_path):
    demo.fill(context.store)
    saved = save_screenshots(context, tmp_path / "shots", ThemeMode.DARK)
    assert [p.name for p in saved] == [f"{n:02d}-{s.key}-dark.png" for n, s in
                                       enumerate(SCREENS, start=1)]
    for path in saved:
        image = QImage(str(path))
        assert (image.width(), image.height()) == (1280, 800)
        # text was drawn: many distinct colours, not a blank or single-colour frame
        colours = {image.pixel(x, y) for x in range(0, 1280, 7) for y in range(0, 800, 7)}
        assert len(colours) > 20, path.name
