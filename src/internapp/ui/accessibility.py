"""What a screen reader says for each control: an accessible name and a description for every
widget a person operates (buttons, fields, lists, tables, tabs, the rows on Today).

Widgets that say it themselves keep it (a button's text, a tooltip, an explicit
``setAccessibleName``). ``complete(root)`` fills in the rest from what a sighted person sees
beside the control: its form label, its placeholder, its tooltip, and where it is (the dialog or
group box and the screen). The main window completes a screen each time it shows or refreshes
it, and every window (dialog, pop-up) when it gets the focus; ``missing(root)`` lists what still
has no name or description (the tests walk every screen and dialog with it).
"""

from typing import cast

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAccessible, QGuiApplication, QWindow
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

# the controls a person operates (containers such as scroll areas and tab widgets are not)
CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView,
            QPlainTextEdit, QTextEdit, QTabBar, QAbstractSlider)


def is_control(widget: QWidget) -> bool:
    if isinstance(widget, QScrollBar):  # a scroll area's own bars come with it
        return not _scroll_area_part(widget)
    if isinstance(widget, CONTROLS):
        return not (isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(),
                                                                  QComboBox | QAbstractSpinBox))
    # a custom widget that takes the keyboard focus to be activated (Today's rows)
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and \
        widget.property("activatable") is True


def texts(widget: QWidget) -> tuple[str, str]:
    """(name, description) as assistive technology reads them now."""
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return "", ""
    return (interface.text(QAccessible.Text.Name).strip(),
            interface.text(QAccessible.Text.Description).strip())


def _controls(root: QWidget) -> list[QWidget]:
    found = [root] if is_control(root) else []
    for widget in root.findChildren(QWidget):
        if is_control(widget) and not _inside_compound(widget):
            found.append(widget)
    return found


def _scroll_area_part(bar: QScrollBar) -> bool:
    parent = bar.parentWidget()
    return parent is not None and (isinstance(parent, QAbstractScrollArea)
                                   or parent.objectName().startswith("qt_scrollarea"))


def _inside_compound(widget: QWidget) -> bool:
    """A part of a compound control (a combo's list, a spin box's field, a line edit's clear
    button, a calendar's cells)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox | QLineEdit) or \
                parent.objectName().startswith("qt_calendar"):
            return True
        parent = parent.parentWidget()
    return widget.objectName().startswith(("qt_", "qt_calendar"))


def missing(root: QWidget) -> list[str]:
    """The shown controls under ``root`` without an accessible name or description."""
    found = []
    for widget in _controls(root):
        if not widget.isVisible():
            continue
        name, description = texts(widget)
        if not name or not description:
            what = "name" if not name else "description"
            found.append(f"{type(widget).__name__}#{widget.objectName()} "
                         f"({name or description or '?'}) has no {what}")
    return found


def complete(root: QWidget) -> None:
    """Names and describes the controls under ``root`` that do not say it themselves."""
    for widget in _controls(root):
        name, description = texts(widget)
        if not name:
            name = _name_from_context(widget)
            if name:
                widget.setAccessibleName(name)
        if not description:
            description = _description_from_context(widget, name)
            if description:
                widget.setAccessibleDescription(description)


def _label_for(widget: QWidget) -> str:
    """The form label beside the field (QFormLayout) or a label whose buddy it is."""
    parent = widget.parentWidget()
    while parent is not None:
        layout = parent.layout()
        if isinstance(layout, QFormLayout):
            label = layout.labelForField(widget)
            if label is None:  # the field sits in a row layout of the form
                for row in range(layout.rowCount()):
                    item = layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
                    inner = item.layout() if item is not None else None
                    if inner is not None and inner.indexOf(widget) >= 0:
                        label = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
                        label = label.widget() if label is not None else None
                        break
            if isinstance(label, QLabel) and label.text():
                return label.text().replace("&", "").rstrip(":")
        if isinstance(parent, QDialog | QGroupBox) or parent.isWindow():
            break
        parent = parent.parentWidget()
    for label in (widget.window() or widget).findChildren(QLabel):
        if label.buddy() is widget and label.text():
            return label.text().replace("&", "").rstrip(":")
    return ""


def _name_from_context(widget: QWidget) -> str:
    label = _label_for(widget)
    if label:
        return label
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit) and widget.placeholderText():
        return widget.placeholderText().rstrip("…").rstrip(".")
    if isinstance(widget, QAbstractButton) and widget.toolTip():
        return widget.toolTip().split("(")[0].strip()
    if widget.toolTip():
        return widget.toolTip()
    if isinstance(widget, QAbstractItemView):
        header = _where(widget)
        return QCoreApplication.translate("Accessibility", "List in {place}").format(place=header) \
            if header else QCoreApplication.translate("Accessibility", "List")
    return ""


def _description_from_context(widget: QWidget, name: str) -> str:
    hint = widget.placeholderText() if isinstance(
        widget, QLineEdit | QPlainTextEdit | QTextEdit) else ""
    if hint and hint.rstrip("…").rstrip(".") != name:
        return hint
    where = _where(widget)
    return QCoreApplication.translate("Accessibility", "In {place}").format(place=where) if where else ""


def _where(widget: QWidget) -> str:
    """Where the control is: its group box or section, and its dialog or screen."""
    parts = []
    parent = widget.parentWidget()
    while parent is not None:
        title = ""
        if isinstance(parent, QGroupBox):
            title = parent.title()
        elif isinstance(parent, QDialog):
            title = parent.windowTitle()
        elif hasattr(parent, "title_label") and isinstance(parent.title_label, QLabel):
            title = parent.title_label.text()  # a screen, a section, an empty state
        if title and title not in parts:
            parts.append(title.replace("&", ""))
        if parent.isWindow():
            break
        parent = parent.parentWidget()
    return " › ".join(reversed(parts))


class FocusedWindows(QObject):
    """Completes every window (dialog, pop-up) when it first gets the focus."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        cast(QGuiApplication, QGuiApplication.instance()).focusWindowChanged.connect(self._focused)

    def _focused(self, window: QWindow | None) -> None:
        if window is None:
            return
        for widget in QApplication.topLevelWidgets():
            if widget.windowHandle() is window:
                complete(widget)
