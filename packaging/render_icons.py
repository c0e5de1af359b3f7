"""Renders the application icon (resources/icons/internapp.svg) to every raster file a platform wants.

- PNGs 16–512 px in the freedesktop hicolor layout, inside the package
  (resources/icons/hicolor/NxN/apps/io.github.internapp.InternApp.png), so a wheel,
  a bundle and the Flatpak install them as they are;
- packaging/windows/internapp.ico (16–256 px) for the .exe and the Inno Setup installer;
- packaging/macos/internapp.icns (16–512 px, @2x included) for the .app bundle.

The PNGs are drawn by Qt's QSvgRenderer (the renderer the app itself uses); Pillow (a matplotlib
dependency) only packs the .ico and .icns containers. The output is committed: run this again only
after changing the SVG.

    .venv-test/bin/python packaging/render_icons.py
"""

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources/icons/internapp.svg"
HICOLOR = ROOT / "resources/icons/hicolor"
DESKTOP_ID = "io.github.internapp.InternApp"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_path(size: int) -> Path:
    return HICOLOR / f"{size}x{size}" / "apps" / f"{DESKTOP_ID}.png"


def render_png(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(SVG.read_bytes()))
    if not renderer.isValid():
        raise SystemExit(f"{SVG}: Qt cannot read this SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841
    images = {}
    for size in (*PNG_SIZES, 1024):
        data = render_png(size)
        images[size] = Image.open(io.BytesIO(data)).convert("RGBA")
        if size in PNG_SIZES:
            path = png_path(size)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            print(path.relative_to(ROOT))
    ico = ROOT / "packaging/windows/internapp.ico"
    ico.parent.mkdir(parents=True, exist_ok=True)
    images[256].save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                     append_images=[images[s] for s in ICO_SIZES if s != 256])
    print(ico.relative_to(ROOT))
    icns = ROOT / "packaging/macos/internapp.icns"
    icns.parent.mkdir(parents=True, exist_ok=True)
    # 16..512 px plus their @2x forms (32..1024): the sizes iconutil puts in an .iconset
    images[1024].save(icns, format="ICNS",
                      append_images=[images[s] for s in (16, 32, 64, 128, 256, 512)])
    print(icns.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
