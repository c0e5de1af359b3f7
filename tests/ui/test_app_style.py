"""Issue 12: stock Qt icons (green arrow, red X, floppy disk) on dialog buttons beside the flat
icon set; combo boxes with a dark L-shaped edge; light native scroll-bar arrows in dark mode; Time
and Skills with default tabs while Applications had segmented buttons."""

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from internapp.ui.app_style import AppStyle
from internapp.ui.palette import DARK, LIGHT
from internapp.ui.theme import ThemeMode, apply_theme


def test_dialog_buttons_carry_no_stock_icon(qtbot):
    apply_theme(QApplication.instance(), ThemeMode.LIGHT)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    for button in buttons.buttons():
        assert button.icon().isNull(), button.text()


def test_the_style_overrides_nothing_qt_asks_while_building_a_widget():
    """A Python override of styleHint ran for every QLabel built, from inside its C++
    constructor (QStyleOption::initFrom asks SH_Widget_ShareActivation): under gdb in a real
    window, one run in nine crashed there (segfault in shiboken's handling of the override's
    error). The dialog buttons' icons are a stylesheet property now."""
    overridden = {name for name in vars(AppStyle)
                  if not name.startswith("_") and name != "staticMetaObject"}
    assert overridden == {"standardIcon"}
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    apply_theme(QApplication.instance(), ThemeMode.LIGHT)
    assert not QApplication.style().styleHint(
        QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons, None, buttons)
    buttons.deleteLater()


def test_message_boxes_use_the_apps_own_icons():
    style = AppStyle(LIGHT)
    fusion = QApplication.style()
    for standard in (QStyle.StandardPixmap.SP_MessageBoxWarning,
                     QStyle.StandardPixmap.SP_MessageBoxQuestion):
        ours = style.standardIcon(standard).pixmap(32).toImage()
        assert not ours.isNull()
        colours = {ours.pixelColor(x, y).name() for x in range(32) for y in range(32)
                   if ours.pixelColor(x, y).alpha() > 200}
        wanted = LIGHT.warning if standard == QStyle.StandardPixmap.SP_MessageBoxWarning \
            else LIGHT.accent
        assert wanted in colours  # drawn in the theme's colour, not Qt's stock artwork
    assert fusion is not None


def _lightest(widget) -> float:
    image = widget.grab().toImage()
    return max(QColor(image.pixel(x, y)).lightnessF()
               for x in range(image.width()) for y in range(image.height()))


def test_dark_scroll_bars_have_no_light_arrows(qtbot):
    apply_theme(QApplication.instance(), ThemeMode.DARK)
    content = QWidget()
    QVBoxLayout(content).addWidget(QLabel("\n".join(["line"] * 80)))
    area = QScrollArea()
    area.setWidget(content)
    area.resize(200, 150)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)
    bar = area.verticalScrollBar()
    assert bar.isVisible()
    assert _lightest(bar) < 0.5  # the handle in the border colour, nothing light
    apply_theme(QApplication.instance(), ThemeMode.LIGHT)


def test_tabs_look_like_the_segmented_switch(qtbot):
    apply_theme(QApplication.instance(), ThemeMode.LIGHT)
    tabs = QTabWidget()
    tabs.setDocumentMode(True)
    for title in ("Entries", "Week"):
        tabs.addTab(QWidget(), title)
    qtbot.addWidget(tabs)
    tabs.show()
    qtbot.waitExposed(tabs)
    bar = tabs.tabBar()
    image = bar.grab().toImage()
    rect = bar.tabRect(0)
    assert QColor(image.pixel(rect.left() + 4, rect.center().y())).name() == LIGHT.accent
    assert DARK.accent != LIGHT.accent


def test_a_primary_button_that_is_off_looks_off(qtbot):
    """The Primary colours outranked the line for disabled buttons: a disabled "Use the other
    value" looked as clickable as ever."""
    from PySide6.QtWidgets import QPushButton

    for mode, palette in ((ThemeMode.LIGHT, LIGHT), (ThemeMode.DARK, DARK)):
        apply_theme(QApplication.instance(), mode)
        button = QPushButton("Use the other value")
        button.setObjectName("Primary")
        qtbot.addWidget(button)
        button.show()
        qtbot.waitExposed(button)

        assert _fill(button) == QColor(palette.accent).name()
        button.setEnabled(False)
        assert _fill(button) != QColor(palette.accent).name()


def _fill(button) -> str:
    image = button.grab().toImage()
    return image.pixelColor(6, image.height() // 2).name()
