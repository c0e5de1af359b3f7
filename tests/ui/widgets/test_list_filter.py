from PySide6.QtWidgets import QListWidget, QListWidgetItem

from internapp.ui.widgets.list_filter import list_filter_edit


def _shown(items: QListWidget) -> list[str]:
    return [items.item(i).text() for i in range(items.count()) if not items.item(i).isHidden()]


def test_every_word_must_be_in_the_text_or_the_tooltip(qtbot):
    items = QListWidget()
    for text, tip in (("Ana Lima  ·  Acme", ""), ("SQL", "Data"), ("Figma", "Design"),
                      ("Data cleaning", "Data")):
        item = QListWidgetItem(text)
        item.setToolTip(tip)
        items.addItem(item)
    edit = list_filter_edit(items, "Filter…")
    qtbot.addWidget(items)
    qtbot.addWidget(edit)
    assert edit.placeholderText() == "Filter…" and edit.isClearButtonEnabled()
    qtbot.keyClicks(edit, "DATA")
    assert _shown(items) == ["SQL", "Data cleaning"]
    qtbot.keyClicks(edit, " clean")
    assert _shown(items) == ["Data cleaning"]
    edit.setText("acme ana")
    assert _shown(items) == ["Ana Lima  ·  Acme"]
    edit.clear()
    assert len(_shown(items)) == 4
