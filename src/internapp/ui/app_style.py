"""The Fusion style with the app's own icons: message boxes show the flat icons of
resources/icons/actions in the theme's colours. (Dialog buttons carry no stock icon — Fusion would
draw Qt's green tick, red cross and floppy disk beside the flat set — by a property of the
stylesheet, not here.)

Only ``standardIcon`` is overridden, asked for when a message box or file list is built. Never
override what Qt asks on every widget (``styleHint``, ``pixelMetric``, ``polish``…): Qt asks it
from inside widget constructors, where the half-built widget reaches Python — the window crashed
so in CI (QLabel() → QStyleOption::initFrom → isActiveWindow → styleHint → a segfault in
shiboken while it reported the override's error)."""

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QWidget

from internapp.ui.icons import action_icon
from internapp.ui.palette import Colors

SP = QStyle.StandardPixmap


class AppStyle(QProxyStyle):
    def __init__(self, colors: Colors) -> None:
        super().__init__("Fusion")
        self.colors = colors

    def _icons(self) -> dict:
        c = self.colors
        return {
            SP.SP_MessageBoxInformation: ("info", c.accent),
            SP.SP_MessageBoxWarning: ("warning", c.warning),
            SP.SP_MessageBoxCritical: ("error", c.danger),
            SP.SP_MessageBoxQuestion: ("question", c.accent),
            SP.SP_DialogOkButton: ("check", c.text),
            SP.SP_DialogApplyButton: ("check", c.text),
            SP.SP_DialogYesButton: ("check", c.text),
            SP.SP_DialogCancelButton: ("close", c.text),
            SP.SP_DialogCloseButton: ("close", c.text),
            SP.SP_DialogNoButton: ("close", c.text),
            SP.SP_DialogDiscardButton: ("close", c.text),
            SP.SP_FileIcon: ("file", c.muted),
            SP.SP_DirIcon: ("folder", c.muted),
        }

    def standardIcon(self, standard: QStyle.StandardPixmap, option: QStyleOption | None = None,
                     widget: QWidget | None = None) -> QIcon:
        found = self._icons().get(standard)
        if found is not None:
            name, colour = found
            return action_icon(name, colour, 48 if standard.name.startswith("SP_MessageBox") else 20)
        return super().standardIcon(standard, option, widget)
