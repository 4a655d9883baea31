"""The dialog that asks which tag to add to (or remove from) devices: from the device page
(one device) and from the devices queue (the selected ones). Opened, never exec'd, so
tests and the event loop go on; the chosen tag reaches `on_chosen`."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from console.ui.numbers import number


def open_device_tag_dialog(
    parent: QWidget,
    *,
    remove: bool,
    choices: Sequence[str],
    count: int,
    on_chosen: Callable[[str], object],
) -> QInputDialog:
    """Ask for the tag; `choices` are offered as type-ahead (a new tag may be typed)."""
    dialog = QInputDialog(parent)
    dialog.setObjectName("deviceTagDialog")
    dialog.setWindowTitle(_title(remove, count))
    dialog.setLabelText(_label(remove, count))
    if choices:
        dialog.setComboBoxItems(list(choices))
        dialog.setComboBoxEditable(True)
        if not remove:  # a known tag preselected would be added by a hasty Enter
            dialog.setTextValue("")
    dialog.textValueSelected.connect(lambda tag: on_chosen(tag) if tag.strip() else None)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def _title(remove: bool, count: int) -> str:
    if count <= 1:
        if remove:
            return QCoreApplication.translate("DeviceTags", "Remove a tag")
        return QCoreApplication.translate("DeviceTags", "Add a tag")
    if remove:
        text = QCoreApplication.translate("DeviceTags", "Remove a tag from %1 devices")
    else:
        text = QCoreApplication.translate("DeviceTags", "Add a tag to %1 devices")
    return text.replace("%1", number(count))


def _label(remove: bool, count: int) -> str:
    """What the field is for, in full: a window title is easy to miss (or not drawn)."""
    if count <= 1:
        if remove:
            return QCoreApplication.translate("DeviceTags", "Tag to remove from this device:")
        return QCoreApplication.translate("DeviceTags", "Tag to add to this device:")
    if remove:
        text = QCoreApplication.translate("DeviceTags", "Tag to remove from the %1 devices:")
    else:
        text = QCoreApplication.translate("DeviceTags", "Tag to add to the %1 devices:")
    return text.replace("%1", number(count))
