"""The automatic layout check: does every widget show all of its text, inside its parent, without
overlapping a sibling?

``check(root, where)`` inspects one shown window or dialog as it is laid out now and returns a
``Problem`` for each:

- a label, button, check box, group box title, tab, header section or table cell that shows less
  than its text (a label that elides on purpose is an ``ElidedLabel``, or says so with the
  property ``elides``; a table's free-text columns are listed in its ``elidingColumns``);
- two widgets placed by the same layout that overlap (a layout squeezed below its minimum);
- a widget that reaches outside its parent (only a scroll area's content may be larger than its
  viewport), a toolbar whose widgets spilled into the overflow button, or a window or dialog
  larger than the screen's available area.

``visit(window, sizes)`` resizes the main window to each size and checks every screen in each of
the states it lists (``Screen.layout_states()``: its tabs, modes and an opened record) and every
dialog in ``ui/dialog_catalog.DIALOGS`` (each entry opens the dialog as the app would).
``internapp smoke --sizes 900x600,1280x800 --check-layout`` runs it; so do the tests.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QRect, Qt
from PySide6.QtGui import QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QScrollArea,
    QScrollBar,
    QTabBar,
    QTableView,
    QTextEdit,
    QToolBar,
    QWidget,
)

from internapp.ui.wait import process_until

TOLERANCE = 1  # pixels of rounding a layout may leave
COMFORTABLE = (900, 600)  # from this size up a screen never scrolls sideways


@dataclass(frozen=True)
class Problem:
    where: str  # the screen and state, or the dialog
    widget: str  # names the widget: its class, object name and text
    what: str

    def __str__(self) -> str:
        return f"{self.where}: {self.widget} {self.what}"


# --- describing a widget ----------------------------------------------------------------------


def plain(text: str) -> str:
    """A button's text without its mnemonic ampersands."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def name_of(widget: QWidget) -> str:
    """``QPushButton#Primary "New contact…" in ContactsView`` — enough to find it in the code."""
    text = ""
    if isinstance(widget, QAbstractButton | QLabel):
        text = plain(widget.text())
    elif isinstance(widget, QGroupBox):
        text = widget.title()
    text = " ".join(text.split())
    if len(text) > 40:
        text = text[:39] + "…"
    kind = type(widget).__name__
    name = f"#{widget.objectName()}" if widget.objectName() and \
        not widget.objectName().startswith("qt_") else ""
    owner = _owner(widget)
    return f"{kind}{name}" + (f' "{text}"' if text else "") + (f" in {owner}" if owner else "")


def _owner(widget: QWidget) -> str:
    parent = widget.parentWidget()
    while parent is not None:
        if type(parent).__module__.startswith("internapp"):
            return type(parent).__name__
        parent = parent.parentWidget()
    return ""


# --- what to look at ------------------------------------------------------------------------------

# Widgets drawn as one piece: their inner widgets are Qt's business (their size is checked as a whole).
OPAQUE = (QComboBox, QAbstractSpinBox, QLineEdit, QScrollBar, QTextEdit)


def shown_widgets(root: QWidget) -> list[QWidget]:
    """Every widget under ``root`` that is visible on screen now (in a shown page, not inside a
    compound widget, not scrolled entirely out of a scroll area's viewport)."""
    found: list[QWidget] = []

    def walk(widget: QWidget) -> None:
        for child in widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if not child.isVisible() or child.isWindow():
                continue
            found.append(child)
            if isinstance(child, OPAQUE) or _foreign(child):
                continue
            walk(child)

    walk(root)
    return found


def _foreign(widget: QWidget) -> bool:
    """A canvas drawn by another library (matplotlib): nothing inside it is a Qt text widget."""
    return type(widget).__module__.startswith("matplotlib")


# --- the rules -------------------------------------------------------------------------------------


def check(root: QWidget, where: str) -> list[Problem]:
    """The layout problems of ``root`` (a shown window or dialog) as it is laid out now."""
    settle()
    problems: list[Problem] = []

    def add(widget: QWidget, what: str) -> None:
        problems.append(Problem(where, name_of(widget), what))

    for what in _window_fits(root):
        add(root, what)
    widgets = shown_widgets(root)
    for widget in widgets:
        for what in _text_fits(widget):
            add(widget, what)
        for what in _inside_parent(widget):
            add(widget, what)
    for widget in [root, *widgets]:
        layout = widget.layout()
        if layout is not None and not isinstance(widget, OPAQUE):
            for first, second in _overlaps(layout):
                add(first, f"overlaps {name_of(second)}")
    return problems


def settle() -> None:
    """Lets the window system catch up (what it did with our windows — shown, resized — is
    delivered), then pending layouts run (a layout request can post another, a level deeper)."""
    QGuiApplication.sync()
    for _ in range(4):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QCoreApplication.processEvents()


def check_settled(root: QWidget, where: str, rule=None) -> list[Problem]:
    """``rule`` (``check`` by default) on ``root`` as a person sees it once it is on screen: what
    is found at once is looked at again after the window is exposed and has settled, and only
    what is still there is reported (a loaded machine's X server maps a new dialog late: checked
    before, its widgets were all 0 px high)."""
    check_one = rule or check
    problems = check_one(root, where)
    if problems:
        handle = root.window().windowHandle()
        process_until(lambda: handle is None or handle.isExposed(), timeout=5)
        settle()
        problems = check_one(root, where)
    return problems


def _window_fits(window: QWidget) -> Iterable[str]:
    screen = QWidget.screen(window) or QGuiApplication.primaryScreen()  # MainWindow.screen(key) shadows it
    available = screen.availableGeometry()
    frame = window.geometry()  # the window manager's frame is not ours to size
    if frame.width() > available.width() + TOLERANCE or frame.height() > available.height() + TOLERANCE:
        yield (f"is {frame.width()}×{frame.height()}, larger than the screen's "
               f"{available.width()}×{available.height()}")


def _text_fits(widget: QWidget) -> Iterable[str]:
    if widget.property("elides"):
        return
    if isinstance(widget, QLabel):
        yield from _label_fits(widget)
    elif isinstance(widget, QAbstractButton):
        yield from _button_fits(widget)
    elif isinstance(widget, QGroupBox):
        yield from _group_title_fits(widget)
    elif isinstance(widget, QTabBar):
        yield from _tabs_fit(widget)
    elif isinstance(widget, QHeaderView):
        yield from _header_fits(widget)
    elif isinstance(widget, QToolBar):
        yield from _toolbar_fits(widget)
    elif isinstance(widget, QScrollArea):
        yield from _scroll_area_shows_all(widget)
    if isinstance(widget, QAbstractScrollArea):
        yield from _nothing_scrolled_out_of_reach(widget)
    if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
        yield from _cells_fit(widget)


def _label_fits(label: QLabel) -> Iterable[str]:
    if not label.text().strip() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return
    hint = label.sizeHint()
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + TOLERANCE:
            yield f"is {label.height()} px high, its wrapped text needs {needed}"
        return
    if hint.width() > label.width() + TOLERANCE:
        yield f"is {label.width()} px wide, its text needs {hint.width()}"
    elif hint.height() > label.height() + TOLERANCE:
        yield f"is {label.height()} px high, its text needs {hint.height()}"


def _button_fits(button: QAbstractButton) -> Iterable[str]:
    if not plain(button.text()).strip():
        return
    if isinstance(button, QAbstractButton) and button.parent() is not None and \
            isinstance(button.parent(), QTabBar | QCalendarWidget):
        return  # a tab bar's scroll arrows, the calendar's month buttons: checked as a whole
    hint = button.sizeHint()
    if hint.width() > button.width() + TOLERANCE:
        yield f"is {button.width()} px wide, its text needs {hint.width()}"
    elif hint.height() > button.height() + TOLERANCE:
        yield f"is {button.height()} px high, its text needs {hint.height()}"


def _group_title_fits(group: QGroupBox) -> Iterable[str]:
    if group.title() and QFontMetrics(group.font()).horizontalAdvance(group.title()) > group.width():
        yield f"is narrower than its title ({group.width()} px)"


def _tabs_fit(bar: QTabBar) -> Iterable[str]:
    visible = bar.rect()
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        rect, hint = bar.tabRect(index), bar.tabSizeHint(index)
        label = f'tab "{plain(bar.tabText(index))}"'
        if not visible.contains(rect):
            yield f"hides {label} beyond its edge"
        elif bar.elideMode() == Qt.TextElideMode.ElideNone and rect.width() + TOLERANCE < hint.width():
            yield f"shows {label} in {rect.width()} px, it needs {hint.width()}"


def _header_fits(header: QHeaderView) -> Iterable[str]:
    if header.orientation() != Qt.Orientation.Horizontal or not header.isVisible():
        return
    model = header.model()
    if model is None:
        return
    view = header.parentWidget()
    while view is not None and not isinstance(view, QAbstractItemView):
        view = view.parentWidget()
    scrolls = bool(view is not None and view.property("scrollsSideways"))
    width = header.viewport().width()
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        title = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        size, left = header.sectionSize(section), header.sectionViewportPosition(section)
        if not scrolls and left + size > width + TOLERANCE:
            yield f'puts column "{title}" beyond the visible width ({left + size} > {width} px)'
            continue
        needed = header.sectionSizeFromContents(section).width()
        if title and size + TOLERANCE < needed:
            yield f'shows column title "{title}" in {size} px, it needs {needed}'


def _scroll_area_shows_all(area: QScrollArea) -> Iterable[str]:
    """Content wider (taller) than the viewport with no scroll bar that way is cut off."""
    content, viewport = area.widget(), area.viewport()
    if content is None:
        return
    off = Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    if area.horizontalScrollBarPolicy() == off and content.width() > viewport.width() + TOLERANCE:
        yield (f"cuts its content at the right: {content.width()} px wide in a viewport of "
               f"{viewport.width()} with no horizontal scroll bar")
    if area.verticalScrollBarPolicy() == off and content.height() > viewport.height() + TOLERANCE:
        yield (f"cuts its content at the bottom: {content.height()} px high in a viewport of "
               f"{viewport.height()} with no vertical scroll bar")


def _nothing_scrolled_out_of_reach(area: QAbstractScrollArea) -> Iterable[str]:
    """A view without a scroll bar one way whose content is larger that way hides part of it
    (the calendar's weekday names under its month bar)."""
    off = Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    for policy, bar, side in ((area.verticalScrollBarPolicy(), area.verticalScrollBar(), "rows"),
                              (area.horizontalScrollBarPolicy(), area.horizontalScrollBar(),
                               "columns")):
        if policy == off and bar.maximum() > 0 and not (
                side == "columns" and area.property("elidingColumns")) and not isinstance(
                area, QScrollArea):
            yield f"hides {bar.maximum()} px of its {side}: it is smaller than its content"


def _toolbar_fits(toolbar: QToolBar) -> Iterable[str]:
    extension = toolbar.findChild(QWidget, "qt_toolbar_ext_button")
    if extension is not None and extension.isVisible():
        yield "is too narrow: some of its widgets moved into the overflow menu"


def _cells_fit(view: QAbstractItemView) -> Iterable[str]:
    """Every visible cell's text fits its column, except in the columns that elide on purpose."""
    if not isinstance(view, QTableView) or view.model() is None:
        return
    model = view.model()
    eliding = set(view.property("elidingColumns") or ())
    viewport = view.viewport().rect()
    first, last = view.rowAt(viewport.top()), view.rowAt(viewport.bottom())
    if first < 0:
        return
    last = model.rowCount() - 1 if last < 0 else last
    margin = 2 * (view.style().pixelMetric(view.style().PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    reported: set[int] = set()
    for row in range(first, last + 1):
        for column in range(model.columnCount()):
            if column in eliding or column in reported or view.isColumnHidden(column):
                continue
            if view.indexWidget(model.index(row, column)) is not None:
                continue
            needed = _cell_width(view, model.index(row, column), margin)
            if needed > view.columnWidth(column) + TOLERANCE:
                reported.add(column)
                title = model.headerData(column, Qt.Orientation.Horizontal)
                text = str(model.index(row, column).data() or "")
                yield (f'cuts "{text}" in column "{title}" (row {row + 1}): '
                       f"{view.columnWidth(column)} px, it needs {needed}")


def _cell_width(view: QAbstractItemView, index: QModelIndex, margin: int) -> int:
    from internapp.ui.widgets.table_columns import drawn_width

    drawn = drawn_width(view, index)  # a custom delegate draws more than the text (a bar)
    text = index.data(Qt.ItemDataRole.DisplayRole)
    if text is None or str(text) == "":
        return drawn
    font = index.data(Qt.ItemDataRole.FontRole) or view.font()
    width = max(QFontMetrics(font).horizontalAdvance(line) for line in str(text).splitlines() or [""])
    if index.data(Qt.ItemDataRole.DecorationRole) is not None:
        width += view.iconSize().width() + 4
    return max(width + margin, drawn)


def _inside_parent(widget: QWidget) -> Iterable[str]:
    parent = widget.parentWidget()
    if parent is None or _scrolled_content(widget) or widget.objectName().startswith("qt_"):
        return
    bounds = parent.rect().adjusted(-TOLERANCE, -TOLERANCE, TOLERANCE, TOLERANCE)
    if not bounds.contains(widget.geometry()):
        g = widget.geometry()
        yield (f"reaches outside its parent {name_of(parent)} "
               f"({g.x()},{g.y()} {g.width()}×{g.height()} in {parent.width()}×{parent.height()})")


def _scrolled_content(widget: QWidget) -> bool:
    """A scroll area's content (or a widget placed in an item view's viewport) may be larger
    than the viewport: that is what scrolling is for."""
    parent = widget.parentWidget()
    area = parent.parentWidget() if parent is not None else None
    return isinstance(area, QAbstractScrollArea) and area.viewport() is parent


def _overlaps(layout: QLayout) -> Iterable[tuple[QWidget, QWidget]]:
    placed = [w for w in _layout_widgets(layout) if w.isVisible()]
    for n, first in enumerate(placed):
        a = first.geometry()
        for second in placed[n + 1:]:
            if _intersect(a, second.geometry()):
                yield first, second


def _intersect(a: QRect, b: QRect) -> bool:
    overlap = a.intersected(b)
    return overlap.width() > TOLERANCE and overlap.height() > TOLERANCE


def _layout_widgets(layout: QLayout) -> list[QWidget]:
    if layout.metaObject().className() == "QStackedLayout":
        return []  # one page at a time, all in the same place
    widgets = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        if (widget := item.widget()) is not None:
            widgets.append(widget)
        elif (inner := item.layout()) is not None:
            widgets += _layout_widgets(inner)
    return widgets


# --- visiting the whole window -------------------------------------------------------------------


def visit(window, sizes: Iterable[tuple[int, int]], *, dialogs: bool = True,
          rule=None) -> list[Problem]:
    """Checks every screen (in each of its layout states) at each size, then every dialog of
    ``dialog_catalog.DIALOGS`` that can be opened on this data, at the smallest size. ``rule``
    (root, where) -> problems replaces the layout check (the accessibility test walks the same
    way)."""
    from internapp.ui.views import SCREENS

    problems: list[Problem] = []
    sizes = list(sizes)
    for width, height in sizes:
        window.resize(width, height)
        QApplication.processEvents()
        for spec in SCREENS:
            window.show_screen(spec.key)
            screen = window.screen(spec.key)
            for state, enter in screen.layout_states():
                enter()
                QApplication.processEvents()
                where = f"{width}×{height} {spec.title}" + (f" › {state}" if state else "")
                problems += check_settled(window, where, rule)
                sideways = screen.body_scroll.horizontalScrollBar()
                comfortable = width >= COMFORTABLE[0] and height >= COMFORTABLE[1]
                if rule is None and comfortable and sideways.isVisible():
                    problems.append(Problem(where, name_of(screen), (
                        f"scrolls sideways: its content needs "
                        f"{screen.body_scroll.widget().minimumSizeHint().width()} px, the window gives "
                        f"{screen.body_scroll.viewport().width()}")))
    if dialogs and sizes:
        width, height = min(sizes)
        window.resize(width, height)
        problems += visit_dialogs(window, rule)
    return problems


def visit_dialogs(window, rule=None) -> list[Problem]:
    from internapp.ui.dialog_catalog import DIALOGS

    problems: list[Problem] = []
    for spec in DIALOGS:
        shown = spec.open(window)
        if shown is None:
            continue  # nothing on this data to open it on
        QApplication.processEvents()
        problems += check_settled(shown, f"dialog {spec.name}", rule)
        for opened in (shown, getattr(shown, "owner", None)):  # a pop-up closes with its dialog
            if opened is None:
                continue
            if isinstance(opened, QDialog):
                opened.reject()
            else:
                opened.close()
        settle()
    return problems
