"""Issue 12: the mouse wheel over a spin box or combo box of a scrolling page changed its value
while the user only meant to scroll. Now one without keyboard focus leaves the wheel to the page;
with focus, the wheel changes it."""

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

from internapp.core.services import contacts, engagements
from internapp.ui.widgets.fields import ComboBox

pytestmark = pytest.mark.window_size(900, 600)


def _wheel_down(widget: QWidget) -> None:
    """One notch of the wheel, down, over the middle of ``widget``, delivered as Qt delivers the
    platform's: to the widget, then to each parent in turn while none accepts it (Qt propagates
    only a spontaneous wheel event, which a test cannot make, so the walk is done here)."""
    at = QPointF(widget.rect().center())
    while widget is not None:
        event = QWheelEvent(at, QPointF(widget.mapToGlobal(at.toPoint())), QPoint(0, 0),
                            QPoint(0, -120), Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(widget, event)
        if event.isAccepted() or widget.isWindow():
            return
        at += QPointF(widget.pos())
        widget = widget.parentWidget()


def _page_of(widget: QWidget) -> QAbstractScrollArea:
    """The scroll area around ``widget`` that can scroll further down."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            bar = parent.verticalScrollBar()
            if bar.value() < bar.maximum():
                return parent
        parent = parent.parentWidget()
    raise AssertionError("no scroll area around it can scroll down")


def _wheel_unfocused_then_focused(qtbot, field, value):
    page = _page_of(field).verticalScrollBar()
    before, scrolled_from = value(), page.value()
    assert not field.hasFocus()
    _wheel_down(field)
    assert value() == before  # the field is left alone…
    assert page.value() > scrolled_from  # …and the page scrolled
    assert not field.hasFocus()  # the wheel gave it no focus
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    _wheel_down(field)
    assert value() != before


def test_the_wheel_scrolls_settings_past_the_reminders_spin_boxes(qtbot, window):
    window.show_screen("settings")
    section = window.screen("settings").reminders
    spin = next(iter(section.leads.values()))
    spin.setValue(30)
    _page_of(spin).ensureWidgetVisible(spin)
    qtbot.waitUntil(lambda: not spin.visibleRegion().isEmpty())
    _wheel_unfocused_then_focused(qtbot, spin, spin.value)


def test_the_wheel_scrolls_the_engagement_form_past_its_combo_boxes(qtbot, window, context):
    created = engagements.create(context.store, title="Dashboard sprint", organization="Acme",
                                 status="active")
    for name in ("Ana Lima", "Bo Chen", "Cy Diaz"):
        contacts.create(context.store, display_name=name, organization="Acme")
    window.show_screen("engagements", created.id)
    detail = window.screen("engagements").detail
    combo = detail.supervisor_box
    assert combo.count() > 2
    combo.setCurrentIndex(1)
    _page_of(combo).ensureWidgetVisible(combo)  # the detail pane's own scroll area
    qtbot.waitUntil(lambda: not combo.visibleRegion().isEmpty())
    _wheel_unfocused_then_focused(qtbot, combo, combo.currentIndex)


def test_a_combo_box_asks_for_the_width_its_items_need_as_after_a_style_change(qtbot):
    """QComboBox keeps the minimum width it computed while empty until the next style change (a
    theme switch), so a switch changed the width of every combo box filled later."""
    combo = ComboBox()
    qtbot.addWidget(combo)
    empty = combo.minimumSizeHint()
    combo.addItems(["A rather long name of a target role", "x"])
    assert combo.minimumSizeHint().width() > empty.width()
    combo.clear()
    combo.addItem("ab")
    assert combo.minimumSizeHint().width() < empty.width()  # "ab" needs less than seven "x"
