"""Asked when an application moves to a closed stage (Rejected, Withdrawn, Ghosted…): why."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from internapp.core.models import StageRole
from internapp.ui.i18n import QT_TRANSLATE_NOOP
from internapp.ui.widgets.fields import ComboBox

PRESETS = {  # offered in the user's language; the chosen one is kept as written
    StageRole.REJECTED: [QT_TRANSLATE_NOOP("CloseReasonDialog", "Not selected after the interview"),
                         QT_TRANSLATE_NOOP("CloseReasonDialog", "Position filled"),
                         QT_TRANSLATE_NOOP("CloseReasonDialog",
                                           "Went with a more experienced candidate"),
                         QT_TRANSLATE_NOOP("CloseReasonDialog", "Skills did not match")],
    StageRole.WITHDRAWN: [QT_TRANSLATE_NOOP("CloseReasonDialog", "Accepted another engagement"),
                          QT_TRANSLATE_NOOP("CloseReasonDialog", "Schedule clash"),
                          QT_TRANSLATE_NOOP("CloseReasonDialog", "Pay too low"),
                          QT_TRANSLATE_NOOP("CloseReasonDialog", "No longer interested")],
    StageRole.GHOSTED: [QT_TRANSLATE_NOOP("CloseReasonDialog", "No reply after following up"),
                        QT_TRANSLATE_NOOP("CloseReasonDialog", "Posting was taken down")],
}


class CloseReasonDialog(QDialog):
    """``reason()`` once accepted. OK stays disabled until there is a reason."""

    def __init__(self, stage_name: str, stage_role: str | None, application: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move to {stage}").format(stage=stage_name))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        title = QLabel(self.tr("Why is it closing as {stage}?").format(stage=stage_name))
        title.setObjectName("DialogTitle")
        layout.addWidget(title)
        subject = QLabel(application)
        subject.setObjectName("Muted")
        subject.setWordWrap(True)
        layout.addWidget(subject)
        self.reason_box = ComboBox()
        self.reason_box.setEditable(True)
        self.reason_box.addItems([QCoreApplication.translate("CloseReasonDialog", text)
                                  for text in PRESETS.get(stage_role, [])])
        self.reason_box.setCurrentIndex(-1)
        self.reason_box.lineEdit().setPlaceholderText(self.tr("The reason, in a few words"))
        self.reason_box.lineEdit().setMaxLength(500)
        self.reason_box.setAccessibleName(self.tr("Reason"))
        self.reason_box.setAccessibleDescription(hint_text := self.tr(
            "Kept in the application's history; it helps to see patterns later."))
        layout.addWidget(self.reason_box)
        hint = QLabel(hint_text)
        hint.setObjectName("Muted")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Move to {stage}").format(stage=stage_name))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reason_box.editTextChanged.connect(self._update)
        self._update()

    def reason(self) -> str:
        return self.reason_box.currentText().strip()

    def _update(self, *_args) -> None:
        self.ok_button.setEnabled(bool(self.reason()))
