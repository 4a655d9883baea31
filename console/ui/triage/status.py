"""The status bar's triage part: how far a send has gone, about how long is left, and how
many changes wait for the analyst (conflicts, refusals), a button to go to them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from console.cache import triage
from console.ui.context import AppContext
from console.ui.events import TRIAGE, CacheChange, touches
from console.ui.numbers import number
from console.ui.reader import BackgroundRead


def duration_text(seconds: float) -> str:
    """About how long, as one says it: "less than a minute", "about 12 min", "about 2 h 5 min"."""
    if seconds < 60:
        return QCoreApplication.translate("TriageStatus", "less than a minute")
    minutes = round(seconds / 60)
    if minutes < 60:
        return QCoreApplication.translate("TriageStatus", "about %1 min").replace(
            "%1", str(minutes)
        )
    return (
        QCoreApplication.translate("TriageStatus", "about %1 h %2 min")
        .replace("%1", str(minutes // 60))
        .replace("%2", str(minutes % 60))
    )


class TriageStatus(QWidget):
    attention_requested = Signal()  # the analyst wants to see the held changes

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("triageStatus")
        self._context = context
        self._progress: dict[str, tuple[int, int, float]] = {}  # by tenant: done, total, left
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.sending_label = QLabel(self)
        self.sending_label.setObjectName("triageSendingLabel")
        self.sending_label.setTextFormat(Qt.TextFormat.PlainText)
        self.sending_label.hide()
        self.attention_button = QPushButton(self)
        self.attention_button.setObjectName("triageAttentionButton")
        self.attention_button.setFlat(True)
        self.attention_button.clicked.connect(self.attention_requested)
        self.attention_button.hide()
        self.actions_label = QLabel(self)
        self.actions_label.setObjectName("deviceActionsLabel")
        self.actions_label.setTextFormat(Qt.TextFormat.PlainText)
        self.actions_label.hide()
        layout.addWidget(self.sending_label)
        layout.addWidget(self.actions_label)
        layout.addWidget(self.attention_button)
        # Device actions being followed (isolate, scan...): console.ui.triage.response_follow.
        from console.ui.triage.response_follow import running_actions

        running_actions().changed.connect(self.show_device_actions)
        self._reads = BackgroundRead(self._show_held, self)
        self._reads.request(self._held_reader)  # off the GUI thread: not in the first paint

    def show_device_actions(self, count: int) -> None:
        self.actions_label.setVisible(count > 0)
        self.actions_label.setText(self.tr("⟳ %Ln device actions running", "", count))

    def follow(self, controller: object) -> None:
        """Show `controller`'s progress (a TriageController)."""
        controller.progress.connect(self.show_progress)  # type: ignore[attr-defined]
        controller.finished.connect(self._tenant_finished)  # type: ignore[attr-defined]

    def cache_changed(self, changes: tuple[CacheChange, ...]) -> None:
        if any(touches(changes, (TRIAGE,), t) for t in self._context.tenant_ids):
            self._reads.request(self._held_reader)

    def show_progress(self, tenant_id: str, done: int, total: int, seconds_left: float) -> None:
        self._progress[tenant_id] = (done, total, seconds_left)
        self._show_sending()

    def _tenant_finished(self, tenant_id: str, _report: object) -> None:
        self._progress.pop(tenant_id, None)
        self._show_sending()

    def _show_sending(self) -> None:
        running = [p for p in self._progress.values() if p[0] < p[1]]
        if not running:
            self.sending_label.hide()
            return
        done = sum(p[0] for p in running)
        total = sum(p[1] for p in running)
        left = max(p[2] for p in running)  # tenants send side by side: the slowest says
        text = self.tr("Sending changes: %1 of %2 · %3 left")
        self.sending_label.setText(
            text.replace("%1", number(done))
            .replace("%2", number(total))
            .replace("%3", duration_text(left))
        )
        self.sending_label.show()

    def _held_reader(self) -> Callable[[], int]:
        cache, tenants = self._context.cache, self._context.tenant_ids

        def read() -> int:
            counts = triage.counts(cache, tenants)
            return sum(counts.get(status, 0) for status in triage.HELD)

        return read

    def _show_held(self, held: int) -> None:
        self.attention_button.setVisible(held > 0)
        self.attention_button.setText(self.tr("⚠ %Ln changes need you", "", held))
        self.attention_button.setToolTip(
            self.tr("Conflicts and refused changes: open the Audit page to choose what happens")
        )
