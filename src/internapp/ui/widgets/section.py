"""A titled box of ItemRows (at most MAX_ROWS, then "and N more"), with a line saying so when
there is nothing to show."""

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from internapp.ui.widgets.item_row import TAG_WIDTH, ItemRow

MAX_ROWS = 8


class Section(QFrame):
    """A titled box of ItemRows, with a line saying so when there is nothing to show."""

    def __init__(self, title: str, nothing: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Section")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 10)
        layout.setSpacing(2)
        header = QHBoxLayout()
        header.setContentsMargins(6, 0, 6, 4)
        self.title_label = QLabel(title)
        self.title_label.setObjectName("SectionTitle")
        self.count_label = QLabel()
        self.count_label.setObjectName("SectionCount")
        header.addWidget(self.title_label)
        header.addStretch(1)
        header.addWidget(self.count_label)
        layout.addLayout(header)
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setSpacing(0)
        layout.addLayout(self.rows_layout)
        self.nothing = QLabel(nothing)
        self.nothing.setObjectName("ItemDetail")
        self.nothing.setContentsMargins(6, 4, 6, 6)
        layout.addWidget(self.nothing)
        self.more = QLabel()
        self.more.setObjectName("ItemDetail")
        self.more.setContentsMargins(6, 4, 6, 0)
        layout.addWidget(self.more)
        self.rows: list[ItemRow] = []

    def set_rows(self, rows: list[ItemRow]) -> None:
        for row in self.rows:
            self.rows_layout.removeWidget(row)
            row.hide()  # gone now, not when the event loop gets to deleting it
            row.deleteLater()
        self.rows = rows[:MAX_ROWS]
        for row in self.rows:
            self.rows_layout.addWidget(row)
        tag_width = max([TAG_WIDTH, *(row.tag_needs() for row in self.rows)])
        for row in self.rows:  # one width for the list's tags, as wide as the longest needs
            row.tag_label.setFixedWidth(tag_width)
        self.count_label.setText(str(len(rows)) if rows else "")
        self.nothing.setVisible(not rows)
        hidden = len(rows) - len(self.rows)
        self.more.setText(self.tr("and %Ln more", "", hidden) if hidden > 0 else "")
        self.more.setVisible(hidden > 0)
