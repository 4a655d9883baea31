"""`ResponseDialog` (objectName responseDialog): the confirmation of one machine action.

It names the device and what the action does to it (isolation cuts it off from everything
but Defender), offers the action's one choice (Full or Selective isolation, Quick or Full
scan), and requires the comment the API needs. Nothing is sent until the analyst confirms;
the page sends, online only.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from console.domain.response import BY_TYPE, ActionType, Option
from console.tr_noop import QT_TRANSLATE_NOOP
from console.ui.details.widgets import heading, plain_label

CONTEXT: Final = "ResponseDialog"

# What the menu says, and what confirming does to the device (said before it is done).
TITLES: Final = {
    ActionType.ISOLATE: QT_TRANSLATE_NOOP("ResponseDialog", "Isolate device"),
    ActionType.UNISOLATE: QT_TRANSLATE_NOOP("ResponseDialog", "Release from isolation"),
    ActionType.RUN_ANTIVIRUS_SCAN: QT_TRANSLATE_NOOP("ResponseDialog", "Run antivirus scan"),
    ActionType.COLLECT_INVESTIGATION_PACKAGE: QT_TRANSLATE_NOOP(
        "ResponseDialog", "Collect investigation package"
    ),
    ActionType.RESTRICT_CODE_EXECUTION: QT_TRANSLATE_NOOP(
        "ResponseDialog", "Restrict app execution"
    ),
    ActionType.UNRESTRICT_CODE_EXECUTION: QT_TRANSLATE_NOOP(
        "ResponseDialog", "Remove app restriction"
    ),
}
CONSEQUENCES: Final = {
    ActionType.ISOLATE: QT_TRANSLATE_NOOP(
        "ResponseDialog",
        "%1 will be cut off from the network: it keeps only its connection to Defender for "
        "Endpoint, so the people using it lose everything else until it is released.",
    ),
    ActionType.UNISOLATE: QT_TRANSLATE_NOOP(
        "ResponseDialog", "%1 gets its network back. Do this once the threat is contained."
    ),
    ActionType.RUN_ANTIVIRUS_SCAN: QT_TRANSLATE_NOOP(
        "ResponseDialog", "Microsoft Defender Antivirus scans %1; a full scan can take hours."
    ),
    ActionType.COLLECT_INVESTIGATION_PACKAGE: QT_TRANSLATE_NOOP(
        "ResponseDialog",
        "Defender collects forensic data from %1 (processes, connections, logs) into a "
        "package you can download once it is ready.",
    ),
    ActionType.RESTRICT_CODE_EXECUTION: QT_TRANSLATE_NOOP(
        "ResponseDialog",
        "Only applications signed by Microsoft will run on %1 until the restriction is removed.",
    ),
    ActionType.UNRESTRICT_CODE_EXECUTION: QT_TRANSLATE_NOOP(
        "ResponseDialog", "Applications run again on %1 as before the restriction."
    ),
}
_OPTIONS: Final = {
    Option.FULL: QT_TRANSLATE_NOOP("ResponseDialog", "Full"),
    Option.SELECTIVE: QT_TRANSLATE_NOOP(
        "ResponseDialog", "Selective (Outlook, Teams and Skype keep working)"
    ),
    Option.QUICK: QT_TRANSLATE_NOOP("ResponseDialog", "Quick"),
}


def title(action: ActionType) -> str:
    return QCoreApplication.translate(CONTEXT, TITLES[action])


class ResponseDialog(QDialog):
    def __init__(self, action: ActionType, device_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("responseDialog")
        self.action = action
        self.setWindowTitle(title(action))
        layout = QVBoxLayout(self)
        named = self.tr("%1: %2").replace("%1", title(action)).replace("%2", device_name)
        layout.addWidget(heading(named, size_delta=2))
        consequence = plain_label(
            QCoreApplication.translate(CONTEXT, CONSEQUENCES[action]).replace("%1", device_name),
            name="responseConsequence",
        )
        consequence.setWordWrap(True)
        layout.addWidget(consequence)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.option = QComboBox(self)
        self.option.setObjectName("responseOption")
        response = BY_TYPE[action]
        for option in response.options:
            self.option.addItem(QCoreApplication.translate(CONTEXT, _OPTIONS[option]), option)
        if response.options:
            caption = self.tr("Isolation") if action == ActionType.ISOLATE else self.tr("Scan type")
            form.addRow(caption, self.option)
        self.comment = QPlainTextEdit(self)
        self.comment.setObjectName("responseComment")
        self.comment.setPlaceholderText(self.tr("Why (required: it goes with the action)"))
        self.comment.setTabChangesFocus(True)
        self.comment.setMaximumHeight(90)
        form.addRow(self.tr("Comment"), self.comment)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setObjectName("responseOkButton")
        self.ok.setText(title(action))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.comment.textChanged.connect(self._update_ok)
        self._update_ok()
        self.comment.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_ok(self) -> None:
        self.ok.setEnabled(bool(self.comment.toPlainText().strip()))

    def chosen(self) -> tuple[str, Option | None]:
        """The comment and the option, as confirmed."""
        # Qt hands the item data back as a plain str.
        option = Option(self.option.currentData()) if self.option.count() else None
        return self.comment.toPlainText().strip(), option
