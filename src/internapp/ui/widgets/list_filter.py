"""Filter a QListWidget as you type: an item stays while every word typed is in its text or its
tooltip, whatever the case."""

from PySide6.QtWidgets import QLineEdit, QListWidget


def list_filter_edit(items: QListWidget, placeholder: str) -> QLineEdit:
    """A line edit (with a clear button) that filters ``items`` as it changes."""
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(True)
    edit.textChanged.connect(lambda text: filter_items(items, text))
    return edit


def filter_items(items: QListWidget, text: str) -> None:
    words = text.casefold().split()
    for row in range(items.count()):
        item = items.item(row)
        haystack = f"{item.text()} {item.toolTip()}".casefold()
        item.setHidden(not all(word in haystack for word in words))
