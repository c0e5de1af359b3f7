"""A round picture of a person: their photo, or their initials on a colour their name picks."""

import unicodedata
import zlib

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPixmap
from PySide6.QtWidgets import QLabel, QWidget

PALETTE = ("#4f46e5", "#0f766e", "#b45309", "#be185d", "#1d4ed8", "#7c3aed", "#15803d", "#c2410c")


def initials(name: str) -> str:
    """Up to two letters (with their combining marks) from the first and last words."""
    words = [w for w in name.split() if w]
    words = [w for w in words if not w.endswith(".")] or words  # Dr., Prof.
    if not words:
        return "?"

    def first(word: str) -> str:
        letters = word[0]
        for char in word[1:]:
            if not unicodedata.combining(char):
                break
            letters += char
        return letters

    picked = [first(words[0])] + ([first(words[-1])] if len(words) > 1 else [])
    return "".join(picked).upper()


def avatar_pixmap(name: str, photo: bytes | None, size: int, ratio: float = 1.0) -> QPixmap:
    pixels = int(size * ratio)
    pixmap = QPixmap(pixels, pixels)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    clip = QPainterPath()
    clip.addEllipse(QRectF(0, 0, pixels, pixels))
    painter.setClipPath(clip)
    image = QImage.fromData(photo) if photo else QImage()
    if not image.isNull():
        scaled = image.scaled(pixels, pixels, Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                              Qt.TransformationMode.SmoothTransformation)
        painter.drawImage((pixels - scaled.width()) // 2, (pixels - scaled.height()) // 2, scaled)
    else:
        painter.fillRect(0, 0, pixels, pixels,
                         QColor(PALETTE[zlib.crc32(name.encode("utf-8")) % len(PALETTE)]))
        font = QFont()
        font.setPixelSize(max(8, int(pixels * 0.38)))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(QRectF(0, 0, pixels, pixels), Qt.AlignmentFlag.AlignCenter, initials(name))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


class Avatar(QLabel):
    def __init__(self, size: int = 64, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._size = size
        self.setFixedSize(size, size)

    def set_person(self, name: str, photo: bytes | None) -> None:
        self.setPixmap(avatar_pixmap(name, photo, self._size, self.devicePixelRatioF()))
