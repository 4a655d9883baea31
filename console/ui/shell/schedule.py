"""The window's sync schedule for its tenant profile: at start, every N minutes, or off.

One single-shot timer, armed again when a sync ends (however it was started), so the
interval counts from the last sync's end and two syncs never run at once: a timer that
falls due while Sync now runs waits for that run's end. A run that ended with "sign in
again" stops the schedule until a sync succeeds (the analyst signing in starts one);
retrying would only fail the same way. Offline, the wait doubles after each failed run,
up to an hour (or the interval, if longer), and is back to the interval once a run gets
through.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from console.ui.shell.sync_controller import OFFLINE, SIGN_IN, SyncController, SyncOutcome

MINUTE_MS = 60_000
# Offline, the wait grows to this at most (unless the interval itself is longer).
LONGEST_OFFLINE_WAIT_MINUTES = 60


class ScheduledSync(QObject):
    def __init__(
        self,
        controller: SyncController,
        *,
        every_minutes: int | None,
        at_start: bool,
        signed_in: bool = True,
        minute_ms: int = MINUTE_MS,  # tests make a minute short
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.every_minutes = every_minutes
        self.at_start = at_start
        self._minute_ms = minute_ms
        # No one is signed in yet: nothing runs until a sync (after signing in) succeeds.
        self.waiting_for_sign_in = not signed_in
        self.wait_minutes = every_minutes  # the interval, or more while offline
        self._stopped = False  # the window retired it: nothing more starts
        self.timer = QTimer(self)
        self.timer.setObjectName("syncScheduleTimer")
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._due)
        controller.finished.connect(self._on_finished)

    def start(self) -> None:
        """The window has opened on the tenant: sync now if "at start", else wait."""
        if self.at_start and not self.waiting_for_sign_in and self.controller.start():
            return  # its end arms the timer
        self._arm()

    def change(self, every_minutes: int | None, at_start: bool) -> None:
        """A new schedule, from now on (the wait starts again from its interval)."""
        self.every_minutes, self.at_start = every_minutes, at_start
        self.wait_minutes = every_minutes
        if not self.controller.running:  # else the running sync's end arms the timer
            self._arm()

    def stop(self) -> None:
        self.timer.stop()
        self._stopped = True

    def _arm(self) -> None:
        if self._stopped or self.wait_minutes is None or self.waiting_for_sign_in:
            self.timer.stop()
            return
        self.timer.start(self.wait_minutes * self._minute_ms)

    def _due(self) -> None:
        if self.controller.running or self.waiting_for_sign_in:
            return  # the running sync's end arms the timer again
        if not self.controller.start():
            self._arm()  # nothing to sync from now; look again next time

    def _on_finished(self, outcome: SyncOutcome) -> None:
        # Whether a sign-in is awaited is kept even with no interval: a schedule set later
        # (Settings > Tenants) must know the analyst has signed in since.
        if outcome.kind == SIGN_IN:
            self.waiting_for_sign_in = True
            self.timer.stop()
            return
        self.waiting_for_sign_in = False
        if self.every_minutes is None or self._stopped:
            return
        if outcome.kind == OFFLINE and self.wait_minutes is not None:
            longest = max(self.every_minutes, LONGEST_OFFLINE_WAIT_MINUTES)
            self.wait_minutes = min(self.wait_minutes * 2, longest)
        else:
            self.wait_minutes = self.every_minutes
        self._arm()
