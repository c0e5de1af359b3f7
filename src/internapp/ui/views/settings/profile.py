"""Settings → Your profile: the student's own details, filled in once (core/services/profile.py).
Invoices print them as the sender; résumé exports use them as ``basics``."""

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from internapp.core.services import profile
from internapp.core.services.errors import ValidationError
from internapp.core.store import Store
from internapp.ui.widgets.detail_pane import DirtyTracking, message_label

LINE_FIELDS = ("name", "label", "email", "phone", "website", "postal_code", "city", "region",
               "country", "country_code", "tax_id")


class ProfileSection(QGroupBox, DirtyTracking):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your profile"))
        self._store = store
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Printed on your invoices as the sender, and used by résumé "
                               "exports. Fill in what you want to appear."))
        intro.setObjectName("Muted")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.message_label = message_label()
        layout.addWidget(self.message_label)
        holder = QWidget()
        holder.setMaximumWidth(620)  # a form as wide as an address, not as the window
        form = QFormLayout(holder)
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(16)
        layout.addWidget(holder)
        self.edits: dict[str, QLineEdit] = {name: QLineEdit() for name in LINE_FIELDS}
        for edit in self.edits.values():
            edit.textEdited.connect(self._mark_dirty)
        placeholders = {"name": self.tr("Your name as it should print"),
                        "label": self.tr("A headline, e.g. Data analytics student"),
                        "email": self.tr("you@example.org"), "phone": self.tr("+1 555 0100"),
                        "website": self.tr("https://…"), "country": self.tr("Portugal"),
                        "country_code": self.tr("PT"),
                        "tax_id": self.tr("VAT number, NIF, SSN or EIN…")}
        for name, text in placeholders.items():
            self.edits[name].setPlaceholderText(text)
        self.edits["country_code"].setMaxLength(2)
        self.edits["country_code"].setFixedWidth(56)
        self.edits["postal_code"].setFixedWidth(110)
        self.address_edit = self._text_edit(self.tr("Street and number\nApartment, floor…"))
        self.links_edit = self._text_edit(self.tr("One address per line: LinkedIn, GitHub, "
                                                  "a portfolio…"))
        town = QHBoxLayout()
        town.addWidget(self.edits["postal_code"])
        town.addWidget(self.edits["city"], 1)
        country = QHBoxLayout()
        country.addWidget(self.edits["country"], 1)
        country.addWidget(QLabel(self.tr("Code")))
        country.addWidget(self.edits["country_code"])
        self.fields: dict[str, QWidget] = {**self.edits, "address": self.address_edit,
                                           "links": self.links_edit}
        for label, widget in ((self.tr("Name"), self.edits["name"]),
                              (self.tr("Headline"), self.edits["label"]),
                              (self.tr("E-mail"), self.edits["email"]),
                              (self.tr("Phone"), self.edits["phone"]),
                              (self.tr("Website"), self.edits["website"]),
                              (self.tr("Other links"), self.links_edit),
                              (self.tr("Address"), self.address_edit),
                              (self.tr("Postal code, city"), town),
                              (self.tr("Region"), self.edits["region"]),
                              (self.tr("Country"), country),
                              (self.tr("Tax id"), self.edits["tax_id"])):
            form.addRow(label, widget)
        row = self._save_revert_row(self.load)
        self.save_button.setText(self.tr("Save profile"))
        self.revert_button.setText(self.tr("Revert"))
        form.addRow(row)
        self._set_dirty(False)

    def _text_edit(self, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setPlaceholderText(placeholder)
        edit.setFixedHeight(58)
        edit.setTabChangesFocus(True)
        edit.textChanged.connect(self._mark_dirty)
        return edit

    def load(self) -> None:
        found = profile.get(self._store)
        self._loading = True
        for name, edit in self.edits.items():
            edit.setText(getattr(found, name) or "")
            edit.setCursorPosition(0)
        self.address_edit.setPlainText(found.address or "")
        self.links_edit.setPlainText("\n".join(found.links))
        self._loading = False
        self.message_label.hide()
        self._set_dirty(False)

    def values(self) -> dict[str, str | list[str]]:
        values: dict[str, str | list[str]] = {name: edit.text() for name, edit in self.edits.items()}
        values["address"] = self.address_edit.toPlainText()
        values["links"] = [line for line in self.links_edit.toPlainText().splitlines()
                           if line.strip()]
        return values

    def save(self) -> bool:
        try:
            profile.update(self._store, **self.values())
        except ValidationError as error:
            self.message_label.setText(str(error))
            self.message_label.show()
            widget = self.fields.get(error.field)
            if widget is not None:
                widget.setFocus()
            return False
        self.load()
        return True
