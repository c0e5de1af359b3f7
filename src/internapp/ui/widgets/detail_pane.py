"""What the editable record panes share: the application and engagement detail panes beside their
lists (``DetailPane``) and the contact page (``DirtyTracking`` and the small builders)."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSize, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from internapp.core.services.errors import ValidationError
from internapp.core.store import Store
from internapp.ui.widgets.column_scroll import ColumnScroll


def message_label(object_name: str = "ErrorText") -> QLabel:
    """A hidden, word-wrapped line for a refused edit or a notice."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.hide()
    return label


def scroll_area(widget: QWidget) -> QScrollArea:
    """A frameless scroll area that fits ``widget`` to its width and never scrolls sideways
    (it asks for the width ``widget`` needs)."""
    return ColumnScroll(widget)


def group(title: str, body: QWidget) -> QGroupBox:
    """One titled section of a pane."""
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(12, 16, 12, 12)
    layout.addWidget(body)
    return box


def form_group(title: str) -> tuple[QGroupBox, QFormLayout]:
    """A titled section of a pane holding a form: the box and the form to add rows to."""
    box = QGroupBox(title)
    form = QFormLayout(box)
    form.setContentsMargins(12, 16, 12, 12)
    form.setHorizontalSpacing(14)
    return box, form


class DirtyTracking:
    """Save and Revert for a form that is edited in place: they are enabled only while it holds
    unsaved edits. Connect every edit's change signal to ``_mark_dirty`` and fill the form with
    ``_loading`` set, so that filling it does not count as an edit."""

    dirty = False
    _loading = False
    save_button: QPushButton
    revert_button: QPushButton

    def _save_revert_row(self, revert: Callable[[], object]) -> QHBoxLayout:
        """Revert and Save changes at the right of a row; Save calls ``self.save()``."""
        # a mixin: the context is named, as lupdate and every pane that uses it agree on it
        self.save_button = QPushButton(QCoreApplication.translate("DetailPane", "Save changes"))
        self.save_button.setObjectName("Primary")
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(QCoreApplication.translate("DetailPane", "Revert"))
        self.revert_button.clicked.connect(lambda: revert())
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.revert_button)
        row.addWidget(self.save_button)
        return row

    def save(self) -> bool:
        raise NotImplementedError

    def _mark_dirty(self, *_args) -> None:
        if not self._loading:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)


class DetailPane(QFrame, DirtyTracking):
    """The framed pane beside a list that shows one record: the header a subclass builds in
    ``_build_header``, a message line under it, then the sections it adds to ``body`` (a scrolled
    column). A refused save names its field in ``fields`` and the cursor goes there."""

    navigate = Signal(str, object)
    closed = Signal()

    def __init__(self, store: Store, minimum_width: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.fields: dict[str, QWidget] = {}
        self.setObjectName("DetailPane")
        self._minimum_width = minimum_width  # or wider, when its fields need it (minimumSizeHint)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(18, 16, 10, 12)
        outer.setSpacing(8)
        outer.addLayout(self._build_header())
        self.message_label = message_label()
        outer.addWidget(self.message_label)
        body = QWidget()
        body.setObjectName("DetailBody")
        self.body = QVBoxLayout(body)
        self.body.setContentsMargins(0, 0, 8, 0)
        self.body.setSpacing(12)
        outer.addWidget(scroll_area(body), 1)

    def minimumSizeHint(self) -> QSize:
        """At least ``minimum_width``, and as wide as its sections need (a fixed minimum width
        would override the layout's and cut the fields' right edge off)."""
        hint = super().minimumSizeHint()
        return QSize(max(hint.width(), self._minimum_width), hint.height())

    def sizeHint(self) -> QSize:
        """No taller than its minimum: its sections scroll inside it, and a pane asking for the
        height of all of them made the screen around it scroll too (two scroll bars, the pane's
        bottom out of sight at 900×600). It still fills the height the screen has."""
        hint = super().sizeHint()
        return QSize(hint.width(), self.minimumSizeHint().height())

    def _build_header(self) -> QLayout:
        raise NotImplementedError

    def _start_header(self, spacing: int) -> tuple[QVBoxLayout, QLabel]:
        """The header's first lines: the organization as an overline with the close button at its
        right, then the record's title. Returns the header, for the lines the pane adds under
        them, and the title label."""
        header = QVBoxLayout()
        header.setSpacing(spacing)
        top = QHBoxLayout()
        self.organization_label = QLabel()
        self.organization_label.setObjectName("DetailOverline")
        self.organization_label.setWordWrap(True)
        top.addWidget(self.organization_label, 1)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setToolTip(QCoreApplication.translate("DetailPane",
                                                                "Close the detail (Esc)"))
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.closed)
        top.addWidget(self.close_button)
        header.addLayout(top)
        title = QLabel()
        title.setObjectName("DetailTitle")
        title.setWordWrap(True)
        header.addWidget(title)
        return header, title

    def _end_body(self, delete_text: str) -> None:
        """The last row: the Danger button that deletes the record (after asking)."""
        self.delete_button = QPushButton(delete_text)
        self.delete_button.setObjectName("Danger")
        self.delete_button.clicked.connect(lambda: self.delete(confirm_first=True))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.delete_button)
        self.body.addLayout(row)
        self.body.addStretch(1)

    def delete(self, confirm_first: bool = True) -> None:
        raise NotImplementedError

    def show_message(self, text: str, error: bool = True) -> None:
        self.message_label.setObjectName("ErrorText" if error else "InfoText")
        self.message_label.style().unpolish(self.message_label)
        self.message_label.style().polish(self.message_label)
        self.message_label.setText(text)
        self.message_label.show()

    def _refused(self, error: ValidationError) -> bool:
        """Shows why the edits were refused and puts the cursor in the field it names."""
        self.show_message(str(error))
        widget = self.fields.get(error.field)
        if widget is not None:
            widget.setFocus()
        return False

    def reveal(self, splitter: QSplitter, width: int, list_width: int) -> None:
        """Shows the pane ``width`` wide at the right of ``splitter`` (leaving the list at least
        ``list_width``) if it was hidden; a pane already open keeps the width it has."""
        if not self.isVisible():
            self.show()
            total = splitter.width()
            splitter.setSizes([max(total - width, list_width), width])
