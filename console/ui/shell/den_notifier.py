"""Tells the analyst of each new Defender Experts notification a sync brings.

After each tenant's successful sync its DENs are compared, on a reader thread, with those
already told (console.cache.den_notices). Each new one is raised once, with its title and
tenant: in the system tray where there is one, else in the window's banner, and a click
opens it. A tenant's first look summarises what is already there ("39 notifications")
instead of raising them one by one. The setting turns the raising off; DENs are still
recorded as told, so turning it on again does not bring back old ones.
"""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

from console.cache import den_notices
from console.cache.den_notices import DenNews
from console.cache.engine import Cache
from console.settings import Setting
from console.sync.engine import INCIDENTS, sync_state_summary
from console.ui.context import AppContext
from console.ui.reader import BackgroundRead
from console.ui.shell.banner import MessageBanner
from console.ui.shell.sync_controller import OK, SyncController, SyncOutcome

log = logging.getLogger(__name__)

NOTIFY_NEW_DENS = Setting("notifications/new_dens", True)
# Several new DENs from one sync are one message naming the first few of them.
LISTED_TITLES = 3


class DenNotifier(QObject):
    # Shown in the window when there is no tray: (text, tenant id, incident id or "").
    notify_in_window = Signal(str, str, str)
    # The analyst clicked a notification: (tenant id, incident id or "" for the DEN queue).
    open_requested = Signal(str, str)

    def __init__(
        self, context: AppContext, *, use_tray: bool = True, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._use_tray = use_tray
        self._reads: dict[str, BackgroundRead] = {}
        self._tray: QSystemTrayIcon | None = None
        self._last: tuple[str, str] = ("", "")  # what a click on the tray's message opens
        self.raised: list[str] = []  # every text raised, newest last (tests read it)

    def enabled(self) -> bool:
        return bool(self._context.settings.get(NOTIFY_NEW_DENS))

    def set_enabled(self, enabled: bool) -> None:
        self._context.settings.set(NOTIFY_NEW_DENS, enabled)

    def follow(self, tenant_id: str, sync: SyncController) -> None:
        """After each successful sync of `tenant_id`, look for its new DENs. The slot is a
        child's method: Qt drops the connection with the notifier (a desk's syncs may
        outlive a window)."""
        sync.finished.connect(_AfterSync(self, tenant_id).finished)

    def check(self, tenant_id: str) -> None:
        """Look for the tenant's new DENs (after its sync), off the GUI thread."""
        reader = self._reads.get(tenant_id)
        if reader is None:
            reader = BackgroundRead(self._show, self)
            self._reads[tenant_id] = reader
        cache = self._context.cache
        # `request` takes what prepares the read (on this thread) and returns the read.
        reader.request(lambda: lambda: _safe_take(cache, tenant_id))

    def _show(self, news: DenNews | None) -> None:
        if news is None or not self.enabled():
            return
        name = self._context.tenant_names().get(news.tenant_id, news.tenant_id)
        if news.first:
            if news.count:
                text = self.tr(
                    "%1: %Ln Defender Experts notifications in the cache.", "", news.count
                )
                self._raise(text.replace("%1", name), news, "")
            return
        if len(news.new) == 1:
            (den,) = news.new
            # Plain text: the tray and the banner both show an API title as typed.
            text = self.tr("New for %1: %2").replace("%1", name).replace("%2", den.title)
            self._raise(text, news, den.incident_id)
        elif news.new:
            # One message for them all (a second would replace the first, unread): the
            # titles of the first few, and a click opens the Defender Experts queue.
            text = self.tr("%1: %Ln new Defender Experts notifications.", "", len(news.new))
            text = text.replace("%1", name)
            titles = [den.title for den in news.new[:LISTED_TITLES]]
            more = len(news.new) - len(titles)
            if more:
                titles.append(self.tr("and %Ln more", "", more))
            self._raise(f"{text} {'; '.join(titles)}", news, "")

    def _raise(self, text: str, news: DenNews, incident_id: str) -> None:
        self.raised.append(text)
        self._last = (news.tenant_id, incident_id)
        title = self.tr("Defender Experts notification")
        # A tray entry needs an icon to be seen and clicked; without one, the window tells.
        tray_usable = QSystemTrayIcon.isSystemTrayAvailable() and not (
            QApplication.windowIcon().isNull()
        )
        if self._use_tray and tray_usable:
            tray = self._tray_icon()
            tray.show()
            # Desktop notification servers may read markup in the body: titles as typed.
            body = html.escape(text, quote=False)
            tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Warning, 15_000)
        else:
            self.notify_in_window.emit(text, news.tenant_id, incident_id)

    def _tray_icon(self) -> QSystemTrayIcon:
        if self._tray is None:
            self._tray = QSystemTrayIcon(QApplication.windowIcon(), self)
            self._tray.setObjectName("denTrayIcon")
            self._tray.messageClicked.connect(lambda: self.open_requested.emit(*self._last))
        return self._tray


def _safe_take(cache: Cache, tenant_id: str) -> DenNews | None:
    try:
        cursor = sync_state_summary(cache, tenant_id).get(INCIDENTS)
        synced = cursor is not None and cursor.last_completed is not None
        return den_notices.take_new(cache, tenant_id, synced=synced)
    except Exception:  # a notification is a help: never a reason a sync looks failed
        log.warning("could not look for new Defender Experts notifications", exc_info=True)
        return None


class _AfterSync(QObject):
    def __init__(self, notifier: DenNotifier, tenant_id: str) -> None:
        super().__init__(notifier)
        self._notifier = notifier
        self._tenant_id = tenant_id

    def finished(self, outcome: SyncOutcome) -> None:
        if outcome.kind == OK:
            self._notifier.check(self._tenant_id)


class DenBanner(MessageBanner):
    """The window's strip for a new DEN when there is no tray: its text and "Open"."""

    open_requested = Signal(str, str)  # tenant id, incident id ("" for the DEN queue)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("denBanner", "warning", parent)
        self._target = ("", "")
        self.action_triggered.connect(lambda: self.open_requested.emit(*self._target))

    def show_den(self, text: str, tenant_id: str, incident_id: str) -> None:
        self._target = (tenant_id, incident_id)
        self.show_message(text, self.tr("Open"))
