"""The pieces of the Ask Defender Experts dialog: context, samples, allowance, contacts.

Each piece is a small widget with one job, so the dialog only arranges them and
tests can reach each by its objectName.
"""

from __future__ import annotations

import re
from datetime import timedelta

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.domain.experts import Allowance, AllowancePeriod, ExpertContext
from console.ui.details.widgets import FactGrid, escaped_tooltip, plain_label
from console.ui.experts import texts
from console.ui.style import severity_color

_EMAIL = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>]+$")


def context_facts(expert_context: ExpertContext, tenant_name: str) -> FactGrid:
    """What the question is about, read-only: kind, id, name, tenant, then the entity's facts."""
    grid = FactGrid()
    grid.setObjectName("expertContextFacts")
    grid.add(
        QCoreApplication.translate("AskDefenderExpertsDialog", "Kind"),
        texts.kind_name(expert_context.kind),
        object_name="contextKind",
    )
    grid.add(
        QCoreApplication.translate("AskDefenderExpertsDialog", "ID"),
        expert_context.entity_id,
        object_name="contextId",
    )
    grid.add(texts.fact_name("name"), expert_context.name, object_name="contextName")
    grid.add(texts.fact_name("tenant"), tenant_name or expert_context.tenant_id)
    for fact in expert_context.facts:
        if fact.key in ("name", "tenant"):
            continue  # already shown above
        grid.add(
            texts.fact_name(fact.key),
            texts.fact_value(fact.key, fact.value),
            object_name=f"fact_{fact.key}",
        )
    return grid


def notice_frame(notice: str) -> QFrame:
    """The not-an-incident-response-service notice, with what to do in an emergency:
    always on screen, never a tooltip."""
    frame = QFrame()
    frame.setObjectName("notIncidentResponseNotice")
    accent = severity_color("medium")
    accent_name = accent.name() if accent is not None else "palette(highlight)"
    frame.setStyleSheet(
        "QFrame#notIncidentResponseNotice { background: palette(alternate-base);"
        f" border: 1px solid palette(mid); border-left: 4px solid {accent_name};"
        " border-radius: 3px; }"
    )
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(10, 6, 10, 6)
    layout.setSpacing(2)
    text = plain_label(notice, name="noticeText")
    layout.addWidget(text)
    return frame


def period_word(period: AllowancePeriod) -> str:
    return (
        QCoreApplication.translate("AskDefenderExpertsDialog", "this month")
        if period == AllowancePeriod.MONTH
        else QCoreApplication.translate("AskDefenderExpertsDialog", "this quarter")
    )


def allowance_text(allowance: Allowance) -> str:
    """ "3 of 10 questions used this quarter" """
    return (
        QCoreApplication.translate("AskDefenderExpertsDialog", "%1 of %2 questions used %3")
        .replace("%1", str(allowance.used))
        .replace("%2", str(allowance.size))
        .replace("%3", period_word(allowance.period))
    )


def renewal_date(allowance: Allowance) -> str:
    """The last day of the period, in local time (`end` is the first instant of the next)."""
    last = allowance.end - timedelta(seconds=1)
    return last.astimezone().strftime("%Y-%m-%d")


def exhausted_text(allowance: Allowance) -> str:
    return (
        QCoreApplication.translate(
            "AskDefenderExpertsDialog",
            "No questions left %1: all %2 are used. You can ask again when the next period "
            "starts, after %3. For an emergency, use your incident response team.",
        )
        .replace("%1", period_word(allowance.period))
        .replace("%2", str(allowance.size))
        .replace("%3", renewal_date(allowance))
    )


class SampleQuestions(QListWidget):
    """The category's sample questions; a click puts the question in the question box."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sampleQuestionsList")
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setSpacing(3)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setAccessibleName(
            QCoreApplication.translate("AskDefenderExpertsDialog", "Sample questions")
        )
        self.itemClicked.connect(self._on_clicked)
        self.itemActivated.connect(self._on_clicked)

    def set_samples(self, samples: list[str]) -> None:
        self.clear()
        for sample in samples:
            item = QListWidgetItem(sample)
            item.setToolTip(
                escaped_tooltip(
                    QCoreApplication.translate(
                        "AskDefenderExpertsDialog", "Click to use this question; you can edit it."
                    )
                )
            )
            self.addItem(item)

    def samples(self) -> list[str]:
        return [self.item(i).text() for i in range(self.count())]

    def _on_clicked(self, item: QListWidgetItem) -> None:
        self.chosen.emit(item.text())


class ContactsField(QLineEdit):
    """Optional e-mail addresses to notify, separated by commas or semicolons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactsEdit")
        self.setPlaceholderText(
            QCoreApplication.translate(
                "AskDefenderExpertsDialog", "Optional: soc@contoso.com, lead@contoso.com"
            )
        )
        self.setClearButtonEnabled(True)

    def addresses(self) -> tuple[str, ...]:
        parts = re.split(r"[,;\s]+", self.text())
        return tuple(p for p in parts if p)

    def invalid(self) -> list[str]:
        return [address for address in self.addresses() if not _EMAIL.match(address)]


def hint_label(text: str, name: str = "") -> QLabel:
    """A secondary line in the palette's muted colour."""
    widget = plain_label(text, name=name)
    widget.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return widget
