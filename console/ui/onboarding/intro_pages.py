"""The wizard's first and last pages: what the console is for and the steps ahead, then
where Finish leads (the home page, the first sync)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget, QWizard, QWizardPage

from console.ui.onboarding.widgets import text_label


class WelcomePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self.setTitle(self.tr("Welcome to Hunting Console"))
        self.setSubTitle(self.tr("A desk for hunting with Microsoft Defender Experts."))
        layout = QVBoxLayout(self)
        self.purpose_label = text_label(
            self.tr(
                "Hunting Console keeps your tenant's incidents, alerts and devices on this "
                "machine, synced from Microsoft Defender, so you can triage them quickly, "
                "even offline. It puts Defender Experts notifications first and lets you ask "
                "Defender Experts about anything you see."
            ),
            self,
            "welcomePurpose",
        )
        layout.addWidget(self.purpose_label)
        layout.addSpacing(self.fontMetrics().height())
        layout.addWidget(text_label(self.tr("The next few steps:"), self, "welcomeStepsIntro"))
        self.steps_label = text_label(
            "\n".join(
                (
                    self.tr("1. Sign in to your tenant, or explore the demo tenant."),
                    self.tr("2. Take a quick tour of where things are and why they matter."),
                    self.tr("3. Read what the Defender Experts service provides."),
                    self.tr("4. Start on the home page while the first sync runs."),
                )
            ),
            self,
            "welcomeSteps",
        )
        layout.addWidget(self.steps_label)
        layout.addStretch(1)
        layout.addWidget(
            text_label(
                self.tr(
                    "Esc closes this wizard at any step; Help › Show the welcome wizard "
                    "brings it back."
                ),
                self,
                "welcomeEscape",
            )
        )


class DonePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("donePage")
        self.setTitle(self.tr("You are ready"))
        self.setSubTitle(self.tr("The console opens on its home page."))
        self.setFinalPage(True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Go to the home page"))
        layout = QVBoxLayout(self)
        self.home_label = text_label(
            self.tr(
                "The home page leads with its Defender Experts for Hunting card: the "
                "notifications of the period, the newest first, and a way to all of them."
            ),
            self,
            "doneHome",
        )
        layout.addWidget(self.home_label)
        self.sync_label = text_label(
            self.tr(
                "The first sync runs in the background; its progress shows in the status bar "
                "at the bottom of the window, and you can work meanwhile."
            ),
            self,
            "doneSync",
        )
        layout.addWidget(self.sync_label)
        layout.addSpacing(self.fontMetrics().height())
        self.again_label = text_label(
            self.tr(
                "Help › Show the welcome wizard and Help › Take the tour again bring these "
                "steps back whenever you want them."
            ),
            self,
            "doneAgain",
        )
        layout.addWidget(self.again_label)
        layout.addStretch(1)
