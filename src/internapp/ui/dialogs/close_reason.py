"""Asked when an application moves to a closed stage (Rejected, Withdrawn, Ghosted…): why."""

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from internapp.core.models import StageRole

PRESETS = {
    StageRole.REJECTED: ["Not selected after the interview", "Position filled",
                         "Went with a more experienced candidate", "Skills did not match"],
    StageRole.WITHDRAWN: ["Accepted another engagement", "Schedule clash", "Pay too low",
                          "No longer interested"],
    StageRole.GHOSTED: ["No reply after following up", "Posting was taken down"],
}


class CloseReasonDialog(QDialog):
    """``reason()`` once accepted. OK stays disabled until there is a reason."""

    def __init__(self, stage_name: str, stage_role: str | None, application: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Move to {stage_name}")
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        title = QLabel(f"Why is it closing as {stage_name}?")
        title.setObjectName("DialogTitle")
        layout.addWidget(title)
        subject = QLabel(application)
        subject.setObjectName("Muted")
        subject.setWordWrap(True)
        layout.addWidget(subject)
        self.reason_box = QComboBox()
        self.reason_box.setEditable(True)
        self.reason_box.addItems(PRESETS.get(stage_role, []))
        self.reason_box.setCurrentIndex(-1)
        self.reason_box.lineEdit().setPlaceholderText("The reason, in a few words")
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
        self.ok_button.setText(f"Move to {stage_name}")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reason_box.editTextChanged.connect(self._update)
        self._update()

    def reason(self) -> str:
        return self.reason_box.currentText().strip()

    def _update(self, *_args) -> None:
        self.ok_button.setEnabled(bool(self.reason()))
