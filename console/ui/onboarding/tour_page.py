"""Quick tour: "Take a quick tour" (the service's own "Faire un tour rapide") or Skip.

The tour runs over the real window, not inside the wizard: the page asks for it
(`tour_requested`) and the wizard steps aside until it ends.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget, QWizard, QWizardPage

from console.ui.onboarding.widgets import text_label


class TourPage(QWizardPage):
    tour_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tourPage")
        self.setTitle(self.tr("A quick tour"))
        self.setSubTitle(self.tr("Where things are in the console, and why they matter."))
        # Next passes the tour by: it reads as what it does here.
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Skip"))
        layout = QVBoxLayout(self)
        self.about_label = text_label(
            self.tr(
                "The tour points at one part of the real window at a time: the navigation, "
                "the incidents queue and its filters, a Defender Experts notification, "
                "asking Defender Experts about an alert or a device, the Defender Experts "
                "messages and the sync status."
            ),
            self,
            "tourAbout",
        )
        layout.addWidget(self.about_label)
        self.keys_label = text_label(
            self.tr(
                "Move through it with Next and Back or the arrow keys; Esc ends it, and this "
                "wizard goes on where you left it."
            ),
            self,
            "tourKeys",
        )
        layout.addWidget(self.keys_label)
        # A tenant just connected: its incidents, alerts and devices are still arriving.
        self.first_sync_label = text_label(
            self.tr(
                "The first sync is still running: the tour shows what has arrived so far; "
                "Help › Take the tour again shows it all later."
            ),
            self,
            "tourFirstSyncNote",
        )
        self.first_sync_label.hide()
        layout.addWidget(self.first_sync_label)
        row = QHBoxLayout()
        self.tour_button = QPushButton(self.tr("Take a quick tour"), self)
        self.tour_button.setObjectName("takeQuickTourButton")
        self.tour_button.setAccessibleName(self.tr("Take a quick tour"))
        self.tour_button.setAccessibleDescription(
            self.tr("Hides this wizard and shows the tour over the console's window.")
        )
        self.tour_button.clicked.connect(self.tour_requested)
        row.addWidget(self.tour_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    def show_cache_empty(self, empty: bool) -> None:
        """Whether the window's cache has no incidents yet (its first sync is running)."""
        self.first_sync_label.setVisible(empty)

    def initializePage(self) -> None:
        # Enter takes the tour; Tab reaches Skip.
        self.tour_button.setFocus()
