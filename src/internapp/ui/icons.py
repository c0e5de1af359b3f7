"""Icons drawn from the SVGs in resources/icons, tinted to the current palette."""

from importlib import resources

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer


def _svg(*parts: str) -> bytes:
    return resources.files("internapp.resources").joinpath("icons", *parts).read_bytes()


def tinted_pixmap(name: str, color: str, size: int, ratio: float = 2.0,
                  folder: str = "screens") -> QPixmap:
    """The icon ``name`` (resources/icons/FOLDER/NAME.svg, stroke ``currentColor``) drawn in
    ``color``."""
    data = _svg(folder, f"{name}.svg").replace(b"currentColor", color.encode())
    renderer = QSvgRenderer(QByteArray(data))
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF(0, 0, pixmap.width(), pixmap.height()))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def screen_icon(name: str, color: str, selected_color: str | None = None) -> QIcon:
    icon = QIcon(tinted_pixmap(name, color, 18))
    if selected_color:
        icon.addPixmap(tinted_pixmap(name, selected_color, 18), QIcon.Mode.Selected)
    return icon


def action_icon(name: str, color: str, size: int = 20) -> QIcon:
    """An icon of the app's own set (resources/icons/actions/NAME.svg) in ``color``."""
    return QIcon(tinted_pixmap(name, color, size, folder="actions"))


def controls_folder(dark: bool) -> str:
    """The folder of the pre-tinted arrows the stylesheet draws (combo boxes, spin boxes, the
    calendar), for ``url(...)`` in it."""
    folder = resources.files("internapp.resources").joinpath("icons", "controls",
                                                              "dark" if dark else "light")
    return str(folder).replace("\\", "/")


def app_icon() -> QIcon:
    renderer = QSvgRenderer(QByteArray(_svg("internapp.svg")))
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        icon.addPixmap(pixmap)
    return icon
