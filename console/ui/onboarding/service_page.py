"""The Defender Experts service: short cards for what it provides, as Microsoft's "Start
using Defender Experts for Hunting" lists it, and where to go in an emergency (experts
on demand is not an incident response service)."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget, QWizardPage

from console.ui.onboarding.widgets import InfoCard
from console.ui.style import severity_color


class ServicePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("servicePage")
        self.setTitle(self.tr("The Defender Experts service"))
        self.setSubTitle(self.tr("What Microsoft Defender Experts for Hunting provides."))
        layout = QVBoxLayout(self)
        grid = QGridLayout()
        grid.setSpacing(8)
        self.cards = [
            InfoCard(
                "monitoringCard",
                self.tr("Threat monitoring and analysis"),
                self.tr(
                    "Experts watch your tenant and analyse threats, cutting the time an "
                    "attacker stays unseen and the risk to your organisation."
                ),
                self,
            ),
            InfoCard(
                "huntingAiCard",
                self.tr("AI trained by hunters"),
                self.tr(
                    "Artificial intelligence trained by hunters finds and targets known "
                    "attacks and emerging threats alike."
                ),
                self,
            ),
            InfoCard(
                "relevantRisksCard",
                self.tr("The risks that matter"),
                self.tr(
                    "The most relevant risks are identified for you, so your SOC spends its "
                    "time where it counts."
                ),
                self,
            ),
            InfoCard(
                "scopingCard",
                self.tr("Scoping a compromise"),
                self.tr(
                    "Help with the extent of a compromise, with as much context as possible, "
                    "so your SOC can respond fast."
                ),
                self,
            ),
            InfoCard(
                "expertsOnDemandCard",
                self.tr("Experts on demand"),
                self.tr(
                    "Ask Defender Experts about a device, an alert or an incident to understand "
                    "complex threats, within your subscription's monthly allowance."
                ),
                self,
            ),
        ]
        # Beside experts on demand, what it is not: where to go in an emergency.
        self.emergency_card = InfoCard(
            "emergencyCard",
            self.tr("Not an incident response service"),
            self.tr(
                "Experts on demand helps you understand threats. In an emergency, work with "
                "your own incident response team; without one, open a support request in "
                "Microsoft's Services Hub."
            ),
            self,
            accent=severity_color("medium"),
        )
        for number, card in enumerate([*self.cards, self.emergency_card]):
            grid.addWidget(card, number // 2, number % 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        layout.addStretch(1)
