"""The console window: navigation, pages, toolbar, banners and status bar.

Widgets ask the context's navigator (a `ShellNavigator`, made before the
window) to show a queue or open an item, and never reach for the window
themselves: the window listens to the navigator's signals.

Only the page the window opens on is built with it; the others are built, and
their modules imported, when first shown or asked for (`page(key)`), which keeps
start-up near a bare Qt window's (benchmarks/ui_startup.py). The app also builds
them after the first paint, one per turn of the event loop
(`build_hidden_pages_after_first_paint`), so the first visit to each is instant.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, QUrl, Signal, SignalInstance
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDesktopServices,
    QKeySequence,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QMainWindow,
    QMenu,
    QStyle,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from console.api.errors import one_line
from console.cache.errors import CacheError
from console.cache.filters import DEN_TAG, DeviceFilters, Filters
from console.paths import log_dir
from console.private_files import private_dir
from console.settings import COLOR_SCHEME, LANGUAGE
from console.ui import theme
from console.ui.context import AppContext
from console.ui.events import CacheChange
from console.ui.i18n import NATIVE_NAMES
from console.ui.shell.banner import MessageBanner
from console.ui.shell.cache_problem import recover_in_place
from console.ui.shell.den_notifier import DenBanner, DenNotifier
from console.ui.shell.home_page import HomePage
from console.ui.shell.navigation import NavigationList
from console.ui.shell.page_stack import PageStack
from console.ui.shell.pages import PAGES, FollowsCache, QueuePages, TakesFocus, page_spec
from console.ui.shell.shortcuts import ShortcutsDialog
from console.ui.shell.status_bar import ShellStatusBar
from console.ui.shell.sync_controller import (
    CACHE_PROBLEM,
    CANCELLED,
    OFFLINE,
    OK,
    SIGN_IN,
    SyncController,
    SyncOutcome,
)

# A window narrower than this (1024x700 desks) shows the navigation as icons.
COMPACT_NAVIGATION_BELOW = 1180
# The window's first size, where the screen has room for it.
DEFAULT_SIZE = QSize(1280, 800)
# What a title bar and frame take beyond the window's own size (the frame is not known
# before the window is first shown).
FRAME_ALLOWANCE = QSize(16, 40)

if TYPE_CHECKING:
    from console.auth.profiles import ProfileStore
    from console.ui.experts.controller import ExpertsController
    from console.ui.experts.messages_page import ExpertsMessagesPage
    from console.ui.shell.desk_syncs import DeskSyncs
    from console.ui.signin.runner import BrowserHandoff
    from console.ui.triage.controller import TriageController

log = logging.getLogger(__name__)

_Page = TypeVar("_Page", bound=QWidget)

_SAFE_URL_SCHEMES = ("https", "http")
# The e-mail channel of Ask Defender Experts opens a prepared message (no host in the URL).
_MAIL_SCHEME = "mailto"


class _AfterFirstPaint(QObject):
    """Calls `then` once, on the next turn of the event loop after `window`'s first paint."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then: Callable[[], None] | None = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._then is not None:
            watched.removeEventFilter(self)
            # Dropped at once: held here, the window's own method would keep the window
            # in a reference cycle that only the garbage collector frees.
            then, self._then = self._then, None
            QTimer.singleShot(0, watched, then)
            self.deleteLater()
        return False


class MainWindow(QMainWindow):
    """The window analysts live in. `sync` may be None (no tenant to sync from)."""

    # Emitted after the analyst picks "Open the demo" in the no-tenant banner.
    demo_requested = Signal()
    # A tenant connected in File > Connect a tenant (its TenantSignIn): the app switches to it.
    tenant_connected = Signal(object)
    # Help > Show the welcome wizard, or the no-tenant banner's button: the app opens it.
    welcome_requested = Signal()
    # A profile's sync schedule saved in Settings > Tenants (its TenantProfile): the app
    # reschedules the window's tenant if it is that one.
    schedule_changed = Signal(object)
    # Where the sign-in dialogs open the browser (and cancel it): the app's, shared with
    # the sign-in the window was launched with; None: the system browser.
    browser_handoff: BrowserHandoff | None = None
    # A desk's other tenants' syncs (console.ui.shell.desk_syncs); None for one tenant.
    desk_syncs: DeskSyncs | None = None

    def __init__(
        self,
        context: AppContext,
        sync: SyncController | None = None,
        parent: QWidget | None = None,
        *,
        experts: ExpertsController | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.context = context
        self._following_navigator = False
        self._idle_builds: list[str] = []
        self.sync = sync
        self.experts = experts
        # Sends queued triage changes (console.ui.triage.controller); set by the launcher.
        self.triage: TriageController | None = None
        self._cache_error_after_sync: CacheError | None = None
        # The tenant alone: the platform appends the application's display name
        # ("Contoso — Hunting Console"), as for a document.
        self.setWindowTitle(context.tenant_name)
        self.online: bool | None = None
        self.task: asyncio.Future[object] | None = None
        self._dialog: QDialog | None = None  # the tenant dialog shown last
        self._unread: dict[str, int] = {}  # unread Defender Experts answers, by tenant id
        self._recoveries: set[asyncio.Future[None]] = set()  # a desk's, awaiting its syncs
        self.tour: Any = None  # the quick tour shown last (console.ui.tour)

        self.den_notifier = DenNotifier(context, parent=self)
        self._build_actions()
        self._build_toolbar()
        self.status = ShellStatusBar(context, self)
        self.setStatusBar(self.status)
        self.status.triage_status.attention_requested.connect(self.show_held_changes)
        self.status.outbox_requested.connect(lambda: self.show_page("audit", focus=True))
        self._build_central()
        self._build_menus()
        self._build_shortcuts()
        if sync is not None:
            sync.started.connect(self._on_sync_started)
            sync.progress.connect(self.status.sync_progress)
            sync.waiting.connect(self.status.sync_waiting)
            sync.finished.connect(self._on_sync_finished)
        # New Defender Experts notifications, told once each: after each sync, and now
        # for what a sync run while the console was closed brought.
        self.den_notifier.notify_in_window.connect(self.den_banner.show_den)
        self.den_notifier.open_requested.connect(self.open_den)
        if sync is not None:
            self.follow_den_news(context.tenant_id, sync)
        QTimer.singleShot(0, self._check_dens_now)
        if experts is not None:
            experts.unread_changed.connect(self.show_experts_unread)
            experts.notify_in_window.connect(lambda text: self.show_info(text))
            experts.failed.connect(self.show_experts_failed)
            experts.cache_failed.connect(self.on_cache_error)
        self._update_sync_actions()
        # A bound slot: Qt drops it with the window (also a half-built one, see app.py).
        context.events.changed.connect(self._on_cache_changed)
        self._following_cache = True
        self.resize(fitted_size(self))
        self.show_page("home")
        # Last: a window whose building failed (a damaged cache) must not answer requests.
        self._follow_navigator(True)

    # -- building ------------------------------------------------------------------------

    def _build_actions(self) -> None:
        style = self.style()
        self.sync_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_BrowserReload), self.tr("Sync now"), self
        )
        self.sync_action.setObjectName("syncNowAction")
        self.sync_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        if self.sync_action.shortcut() != QKeySequence("F5"):
            self.sync_action.setShortcuts([QKeySequence("F5"), self.sync_action.shortcut()])
        self.sync_action.setToolTip(self.tr("Sync now (F5)"))
        self.sync_action.triggered.connect(self.start_sync)
        self.cancel_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_BrowserStop), self.tr("Cancel sync"), self
        )
        self.cancel_action.setObjectName("cancelSyncAction")
        self.cancel_action.setToolTip(self.tr("Stop the sync; what it already saved is kept"))
        self.cancel_action.triggered.connect(self.cancel_sync)
        self.shortcuts_action = QAction(self.tr("Keyboard shortcuts"), self)
        self.shortcuts_action.setObjectName("shortcutsAction")
        self.shortcuts_action.setShortcut(QKeySequence("?"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.addAction(self.shortcuts_action)
        self.documentation_action = QAction(self.tr("Documentation"), self)
        self.documentation_action.setObjectName("documentationAction")
        self.documentation_action.setShortcut(QKeySequence("F1"))
        self.documentation_action.triggered.connect(self.show_documentation)
        self.addAction(self.documentation_action)
        self.welcome_action = QAction(self.tr("Show the welcome wizard"), self)
        self.welcome_action.setObjectName("showWelcomeWizardAction")
        self.welcome_action.setToolTip(
            self.tr("Sign in or open the demo, the quick tour, the Defender Experts service")
        )
        self.welcome_action.triggered.connect(self.welcome_requested)
        self.tour_action = QAction(self.tr("Take the tour again"), self)
        self.tour_action.setObjectName("takeTourAgainAction")
        self.tour_action.setToolTip(self.tr("Where things are in the window, and why they matter"))
        self.tour_action.triggered.connect(self._take_tour_from_menu)
        self.about_action = QAction(self.tr("About Hunting Console"), self)
        self.about_action.setObjectName("aboutAction")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.log_folder_action = QAction(self.tr("Open log folder"), self)
        self.log_folder_action.setObjectName("openLogFolderAction")
        self.log_folder_action.setToolTip(
            self.tr("The folder of the log file to send to support (tokens are redacted)")
        )
        self.log_folder_action.triggered.connect(self.open_log_folder)
        self.connect_action = QAction(self.tr("Connect a tenant…"), self)
        self.connect_action.setObjectName("connectTenantAction")
        self.connect_action.triggered.connect(self.open_connect_dialog)
        self.sign_out_action = QAction(self.tr("Sign out"), self)
        self.sign_out_action.setObjectName("signOutAction")
        self.sign_out_action.setToolTip(self.tr("Forget this tenant's tokens on this machine"))
        self.sign_out_action.setEnabled(self.context.sign_in is not None)
        # Bound slots, never a lambda holding the window (see app.py's half-built window).
        self.sign_out_action.triggered.connect(self._start_sign_out)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("mainToolBar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(toolbar.toolButtonStyle().ToolButtonTextBesideIcon)
        toolbar.addAction(self.sync_action)
        toolbar.addAction(self.cancel_action)
        self.addToolBar(toolbar)
        self.toolbar = toolbar

    def _build_central(self) -> None:
        central = QWidget(self)
        central.setObjectName("centralArea")
        outer = QHBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.navigation = NavigationList(central)
        style = self.style()
        for spec in PAGES:
            self.navigation.add_entry(spec.key, spec.display_title(), style.standardIcon(spec.icon))
        self.navigation.page_requested.connect(self.show_page)
        outer.addWidget(self.navigation)

        right = QWidget(central)
        column = QVBoxLayout(right)
        column.setContentsMargins(8, 8, 8, 0)
        column.setSpacing(6)
        self.offline_banner = MessageBanner("offlineBanner", "warning", right)
        self.offline_banner.action_triggered.connect(self.start_sync)
        self.sync_error_banner = MessageBanner("syncErrorBanner", "error", right)
        self.sync_error_banner.action_triggered.connect(self.start_sync)
        self.info_banner = MessageBanner("infoBanner", "info", right)
        self.info_banner.action_triggered.connect(self.demo_requested)
        self.connect_button = self.info_banner.add_button(
            "connectTenantButton", self.tr("Connect a tenant")
        )
        self.connect_button.clicked.connect(self.open_connect_dialog)
        self.connect_button.hide()
        self.welcome_button = self.info_banner.add_button(
            "openWelcomeWizardButton", self.tr("Open the welcome wizard")
        )
        self.welcome_button.clicked.connect(self.welcome_requested)
        self.welcome_button.hide()
        self.sign_in_banner = MessageBanner("signInBanner", "warning", right)
        self.sign_in_banner.action_triggered.connect(self.open_sign_in_dialog)
        self.cache_banner = MessageBanner("cacheProblemBanner", "error", right)
        rebuild = self.cache_banner.add_button(
            "rebuildCacheButton", self.tr("Rebuild from the server")
        )
        rebuild.clicked.connect(self.rebuild_cache)
        demo = self.cache_banner.add_button("openDemoButton", self.tr("Open the demo"))
        demo.clicked.connect(self.demo_requested)
        self.den_banner = DenBanner(right)
        self.den_banner.open_requested.connect(self.open_den)
        banners = (
            self.den_banner,
            self.cache_banner,
            self.sign_in_banner,
            self.offline_banner,
            self.sync_error_banner,
            self.info_banner,
        )
        for banner in banners:
            column.addWidget(banner)
        self.pages = PageStack(right)
        self.pages.section_shown.connect(self.navigation.select_key)
        # Only built pages are told of cache changes: a page built later reads fresh data.
        self._cache_followers: list[FollowsCache] = []
        self.pages.page_built.connect(self._wire_page)
        for spec in PAGES:
            self.pages.add_page_factory(spec.key, functools.partial(spec.factory, self.context))
        # Where the Navigator's filters land; a queue not built yet is built for them.
        self.queues = QueuePages(self.pages.page)
        column.addWidget(self.pages, 1)
        outer.addWidget(right, 1)
        self.setCentralWidget(central)

    def _wire_page(self, key: str, page: QWidget) -> None:
        """What a page is connected to, done when it is built (at start or first shown)."""
        spec = page_spec(key)
        if spec.follows_cache:
            if not isinstance(page, FollowsCache):
                raise TypeError(f"page {spec.key!r} follows the cache but has no cache_changed()")
            self._cache_followers.append(page)
        if spec.key == "experts":
            page.unread_changed.connect(self.show_experts_unread)  # type: ignore[attr-defined]

    def page(self, key: str) -> QWidget:
        """The main page of `key`, built now if it has not been shown yet."""
        page = self.pages.page(key)
        if page is None:
            raise KeyError(f"no page {key!r}")
        return page

    def after_first_paint(self, then: Callable[[], None]) -> None:
        """Call `then` once, on the turn of the event loop after the window's first paint."""
        _AfterFirstPaint(self, then)

    def build_hidden_pages_after_first_paint(self) -> None:
        """Build the pages not shown yet once the window has painted, one per turn of the
        event loop: the first paint does not wait for them, a click in between is answered
        between two pages, and the analyst's first visit to each is instant."""
        self._idle_builds = [spec.key for spec in PAGES if self.pages.built_page(spec.key) is None]
        _AfterFirstPaint(self, self._build_next_hidden_page)

    def _build_next_hidden_page(self) -> None:
        if not self.isVisible():  # closed meanwhile
            return
        while self._idle_builds:
            key = self._idle_builds.pop(0)
            if self.pages.built_page(key) is None:  # not shown since
                self.pages.page(key)
                break
        if self._idle_builds:
            QTimer.singleShot(0, self, self._build_next_hidden_page)

    def _page(self, key: str, kind: type[_Page]) -> _Page:
        page = self.page(key)
        if not isinstance(page, kind):
            raise TypeError(f"page {key!r} is not a {kind.__name__}")
        return page

    @property
    def home(self) -> HomePage:
        return self._page("home", HomePage)

    @property
    def experts_page(self) -> ExpertsMessagesPage:
        from console.ui.experts.messages_page import ExpertsMessagesPage

        return self._page("experts", ExpertsMessagesPage)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.setObjectName("fileMenu")
        file_menu.addAction(self.connect_action)
        file_menu.addAction(self.sign_out_action)
        file_menu.addSeparator()
        file_menu.addAction(self.sync_action)
        file_menu.addAction(self.cancel_action)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setObjectName("quitAction")
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)
        settings_menu = bar.addMenu(self.tr("&Settings"))
        settings_menu.setObjectName("settingsMenu")
        tenants = settings_menu.addAction(self.tr("Tenants…"))
        tenants.setObjectName("tenantsAction")
        tenants.triggered.connect(self.open_tenants_dialog)
        notify = settings_menu.addAction(self.tr("Notify me of new Defender Experts notifications"))
        notify.setObjectName("denNotificationsAction")
        notify.setCheckable(True)
        notify.setChecked(self.den_notifier.enabled())
        notify.toggled.connect(self.den_notifier.set_enabled)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.setObjectName("viewMenu")
        view_menu.addMenu(self.build_language_menu(view_menu))
        view_menu.addMenu(self.build_scheme_menu(view_menu))
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.setObjectName("helpMenu")
        help_menu.addAction(self.documentation_action)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addSeparator()
        help_menu.addAction(self.welcome_action)
        help_menu.addAction(self.tour_action)
        help_menu.addSeparator()
        help_menu.addAction(self.log_folder_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    def build_language_menu(self, parent: QWidget | None = None) -> QMenu:
        """Language choice; saved in settings and applied at the next start."""
        menu = QMenu(self.tr("&Language"), parent)
        menu.setObjectName("languageMenu")
        current = self.context.settings.get(LANGUAGE)
        choices = [("", self.tr("System language")), *NATIVE_NAMES.items()]
        group = QActionGroup(menu)  # one language ticked, never two
        group.setExclusive(True)
        for code, text in choices:
            action = menu.addAction(text)
            action.setObjectName(f"language_{code or 'system'}Action")
            action.setCheckable(True)
            action.setChecked(code == current)
            group.addAction(action)
            action.triggered.connect(self._language_setter(code))
        return menu

    def build_scheme_menu(self, parent: QWidget | None = None) -> QMenu:
        """Light, dark or the system's scheme; takes effect at once."""
        menu = QMenu(self.tr("&Colour scheme"), parent)
        menu.setObjectName("colorSchemeMenu")
        current = self.context.settings.get(COLOR_SCHEME)
        # One choice at a time: the group unticks the others.
        group = QActionGroup(menu)
        group.setExclusive(True)
        names = {
            "system": self.tr("Follow the system"),
            "light": self.tr("Light"),
            "dark": self.tr("Dark"),
        }
        for scheme in theme.SCHEMES:
            action = menu.addAction(names[scheme])
            action.setObjectName(f"scheme_{scheme}Action")
            action.setCheckable(True)
            action.setChecked(scheme == current)
            group.addAction(action)
            action.triggered.connect(self._scheme_setter(scheme))
        return menu

    def _language_setter(self, code: str) -> Callable[[], None]:
        def choose() -> None:
            self.context.settings.set(LANGUAGE, code)
            self.status.showMessage(
                self.tr("The new language applies the next time the console starts."), 8000
            )

        return choose

    def _scheme_setter(self, scheme: str) -> Callable[[], None]:
        def choose() -> None:
            self.context.settings.set(COLOR_SCHEME, scheme)
            theme.set_color_scheme(scheme)

        return choose

    def _build_shortcuts(self) -> None:
        for number, spec in enumerate(PAGES, start=1):
            if spec.shortcut is None:
                continue
            shortcut = QShortcut(QKeySequence(spec.shortcut), self)
            shortcut.setObjectName(f"showPage{number}Shortcut")
            shortcut.activated.connect(lambda key=spec.key: self.show_page(key, focus=True))
        back = QShortcut(QKeySequence(QKeySequence.StandardKey.Back), self)
        back.setObjectName("backShortcut")
        back.activated.connect(self.pages.back)

    # -- pages ---------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Narrower than this, the navigation's words give their room to the queues.
        self.navigation.set_compact(event.size().width() < COMPACT_NAVIGATION_BELOW)
        super().resizeEvent(event)

    def show_page(self, key: str, *, focus: bool = False) -> None:
        """Switch to a main page. With `focus` (a shortcut), or when the focus was on the page
        left behind, the new page's content takes it: a queue's table, so `j` moves down
        the list instead of typing into the search box Qt would pick as next in line."""
        focused = QApplication.focusWidget()
        focus = focus or focused is None or self.pages.isAncestorOf(focused)
        self.pages.show_page(key)
        self.navigation.select_key(key)
        if focus:
            page = self.pages.currentWidget()
            widget = page.focus_target() if isinstance(page, TakesFocus) else page
            if widget is not None:
                widget.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def current_page(self) -> str:
        return self.pages.current_key

    def take_tour(self) -> Any:
        """The quick tour over this window (console.ui.tour), from its first step; the tour
        puts the window back as it found it when it ends (its `finished`)."""
        from console.ui.tour import start_tour

        tour = start_tour(self)
        if tour is not self.tour:
            self.tour = tour
            # Ended, the tour is deleted: the window no longer points at it.
            tour.finished.connect(lambda: self._tour_finished(tour))
        return tour

    def _tour_finished(self, tour: Any) -> None:
        if self.tour is tour:
            self.tour = None

    def _take_tour_from_menu(self) -> None:
        self.take_tour()

    def show_shortcuts(self) -> ShortcutsDialog:
        dialog = ShortcutsDialog(self)
        dialog.setModal(False)
        dialog.show()
        return dialog

    def show_documentation(self) -> QDialog:
        from console.ui.shell.documentation import DocumentationDialog

        return self._show_dialog(DocumentationDialog(parent=self))

    def show_about(self) -> QDialog:
        from console.ui.shell.about import AboutDialog

        return self._show_dialog(AboutDialog(self))

    # -- Navigator -----------------------------------------------------------------------

    def _navigator_requests(self) -> list[tuple[SignalInstance, Callable[..., None]]]:
        navigator = self.context.navigator
        return [
            (navigator.incidents_requested, self.show_incidents),
            (navigator.alerts_requested, self.show_alerts),
            (navigator.devices_requested, self.show_devices),
            (navigator.incident_requested, self.open_incident),
            (navigator.alert_requested, self.open_alert),
            (navigator.device_requested, self.open_device),
            (navigator.url_requested, self.open_url),
        ]

    def _follow_navigator(self, follow: bool) -> None:
        if follow == self._following_navigator:
            return
        self._following_navigator = follow
        for signal, slot in self._navigator_requests():
            if follow:
                signal.connect(slot)
            else:
                signal.disconnect(slot)

    def show_held_changes(self) -> None:
        """The Audit page with the changes held for the analyst first (the status bar's
        "changes need you")."""
        from console.ui.audit.audit_page import AuditPage

        self.show_page("audit")
        self._page("audit", AuditPage).show_attention()

    def follow_den_news(self, tenant_id: str, sync: SyncController) -> None:
        """After each successful sync of `tenant_id`, tell its new DENs."""
        self.den_notifier.follow(tenant_id, sync)

    def _check_dens_now(self) -> None:
        for tenant_id in self.context.tenant_ids:
            self.den_notifier.check(tenant_id)

    def open_den(self, tenant_id: str, incident_id: str) -> None:
        """A DEN notification was clicked: the incident, or the DEN queue for a summary."""
        self.den_banner.hide()
        self.activateWindow()
        if incident_id:
            self.open_incident(tenant_id, incident_id)
        else:
            self.show_incidents(Filters(tags=(DEN_TAG,)))

    def show_incidents(self, filters: Filters | None = None) -> None:
        self.show_page("incidents")
        self.queues.set_filters("incidents", filters or Filters())

    def show_alerts(self, filters: Filters | None = None) -> None:
        self.show_page("alerts")
        self.queues.set_filters("alerts", filters or Filters())

    def show_devices(self, filters: DeviceFilters | None = None) -> None:
        self.show_page("devices")
        self.queues.set_filters("devices", filters or DeviceFilters())

    # The full pages' modules load with the first one opened, not at start.

    def open_incident(self, tenant_id: str, incident_id: str) -> None:
        from console.ui.details.incident_page import IncidentPage

        page = IncidentPage(self.context.for_tenant(tenant_id), tenant_id, incident_id)
        self.pages.open_page(
            self.tr("Incidents › Incident %1").replace("%1", incident_id), page, "incidents"
        )

    def open_alert(self, tenant_id: str, alert_id: str) -> None:
        from console.ui.details.alert_page import AlertPage

        page = AlertPage(self.context.for_tenant(tenant_id), tenant_id, alert_id)
        self.pages.open_page(self.tr("Alerts › Alert %1").replace("%1", alert_id), page, "alerts")

    def open_device(self, tenant_id: str, device_id: str) -> None:
        from console.ui.details.device_page import DevicePage

        page = DevicePage(self.context.for_tenant(tenant_id), tenant_id, device_id)
        self.pages.open_page(
            self.tr("Devices › Device %1").replace("%1", device_id), page, "devices"
        )

    def open_url(self, url: str) -> None:
        # Links come from the API: only web links go to the browser, never file: or others.
        target = QUrl(url)
        scheme = target.scheme().lower()
        is_mail = scheme == _MAIL_SCHEME and bool(target.path())
        if not is_mail and (scheme not in _SAFE_URL_SCHEMES or not target.host()):
            self.status.showMessage(self.tr("Not a web link: %1").replace("%1", url), 6000)
            return
        QDesktopServices.openUrl(target)

    def open_log_folder(self) -> None:
        folder = private_dir(log_dir())  # there even before the first line is logged
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # -- sync ----------------------------------------------------------------------------

    def start_sync(self) -> None:
        if self.sync is None or not self.sync.available:
            self.status.showMessage(self.tr("No tenant is set up for syncing."), 6000)
            return
        self.sync.start()

    def cancel_sync(self) -> None:
        if self.sync is not None and self.sync.running:
            self.sync.cancel()
            self.cancel_action.setEnabled(False)
            self.status.progress.setFormat(self.tr("Cancelling after the current page…"))

    def _update_sync_actions(self) -> None:
        running = self.sync is not None and self.sync.running
        self.sync_action.setEnabled(self.sync is not None and self.sync.available and not running)
        self.cancel_action.setEnabled(running)
        self.cancel_action.setVisible(running)

    def _on_sync_started(self) -> None:
        self.sync_error_banner.hide()
        self.status.sync_started()
        # The task may not count as running until this slot returns: enable Cancel now.
        self.sync_action.setEnabled(False)
        self.cancel_action.setEnabled(True)
        self.cancel_action.setVisible(True)

    def _on_sync_finished(self, outcome: SyncOutcome) -> None:
        self.status.sync_finished()
        if self.context.sign_in is not None:  # the Tenants page shows each profile's last
            from console.ui.tenants.last_sync import record

            record(
                self.context.settings,
                self.context.sign_in.profile.name,
                outcome.kind,
                outcome.reason,
            )
        if outcome.kind == OK and self.experts is not None:
            self.experts.kick()  # online again: send waiting questions, fetch answers
        if outcome.kind == OK and self.triage is not None:
            self.triage.kick()  # and waiting triage changes
        self.sync_action.setEnabled(True)
        self.cancel_action.setEnabled(False)
        self.cancel_action.setVisible(False)
        self.show_outcome(outcome)

    def show_outcome(self, outcome: SyncOutcome) -> None:
        if outcome.kind == OK:
            self.set_online(True)
            self.offline_banner.hide()
            self.sync_error_banner.hide()
            self.status.showMessage(self.tr("Sync finished."), 5000)
        elif outcome.kind == CANCELLED:
            self.status.showMessage(self.tr("Sync cancelled; everything synced so far is kept."))
        elif outcome.kind == OFFLINE:
            self.show_offline(outcome.reason, outcome.detail)
        elif outcome.kind == CACHE_PROBLEM:
            self.show_cache_problem(outcome.reason)
        elif outcome.kind == SIGN_IN:
            self.show_sign_in_needed(
                self.tr(
                    "Signing in to %1 is needed again (%2). Nothing waiting in the outbox is "
                    "lost; the cached data is kept."
                )
                .replace("%1", self.context.tenant_name)
                .replace("%2", outcome.reason),
                outcome.detail,
            )
        else:
            self.set_online(True if self.online else None)
            self.sync_error_banner.show_message(
                self.tr("Sync failed: %1. The cached data is kept.").replace("%1", outcome.reason),
                self.tr("Retry"),
                outcome.detail,
            )

    def show_offline(self, reason: str, detail: str = "") -> None:
        self.set_online(False)
        if reason:
            text = self.tr("Offline (%1): showing the cached data.").replace("%1", reason)
        else:
            text = self.tr("Offline: showing the cached data.")
        self.offline_banner.show_message(text, self.tr("Retry"), detail)

    def set_online(self, online: bool | None) -> None:
        self.online = online
        self.status.set_online(online)

    def show_info(self, text: str, action: str = "", *, offer_connect: bool = False) -> None:
        """`offer_connect`: the console has no tenant to sync, so the banner offers Connect a
        tenant and the welcome wizard beside its action (Open the demo)."""
        self.connect_button.setVisible(offer_connect)
        self.welcome_button.setVisible(offer_connect)
        self.info_banner.show_message(text, action)

    # -- tenants and signing in ----------------------------------------------------------

    def _run(self, work: Coroutine[Any, Any, object]) -> None:
        self.task = asyncio.ensure_future(work)  # held until done; tests await it

    def open_connect_dialog(self) -> QDialog:
        from console.ui.signin.connect_dialog import ConnectTenantDialog

        dialog = ConnectTenantDialog(self._profile_store(), self, handoff=self.browser_handoff)
        dialog.connected.connect(self.tenant_connected)
        return self._show_dialog(dialog)

    def _show_dialog(self, dialog: QDialog) -> QDialog:
        """One of the window's dialogs at a time: the next replaces it. Not deleted on close
        (a form's pending combo box events crashed Qt in the tests); the window takes the
        last one with it."""
        if self._dialog is not None:
            self._dialog.deleteLater()
        self._dialog = dialog
        dialog.show()
        return dialog

    def _profile_store(self) -> ProfileStore:
        from console.auth.policy import PolicyError
        from console.auth.profiles import ProfileStore
        from console.auth.setup import open_profile_store

        try:
            return open_profile_store(self.context.settings)
        except PolicyError as error:  # the analyst's own profiles still open
            self.status.showMessage(str(error), 10000)
            return ProfileStore(self.context.settings)

    def open_tenants_dialog(self) -> QDialog:
        from console.ui.tenants.tenants_dialog import TenantsDialog

        dialog = TenantsDialog(self._profile_store(), self, handoff=self.browser_handoff)
        dialog.schedule_changed.connect(self.schedule_changed)
        return self._show_dialog(dialog)

    def show_sign_in_needed(self, text: str, detail: str = "") -> None:
        self.sign_in_banner.show_message(text, self.tr("Sign in again"), detail)

    def open_sign_in_dialog(self) -> QDialog | None:
        """Sign in to the window's tenant; once signed in, sync (the outbox waited)."""
        service = self.context.sign_in
        if service is None:
            return None
        from console.ui.signin.sign_in_dialog import SignInDialog

        dialog = SignInDialog(service, self, handoff=self.browser_handoff)
        dialog.signed_in.connect(self._on_signed_in)
        self._show_dialog(dialog)
        dialog.start()
        return dialog

    def _on_signed_in(self, _who: object) -> None:
        self.sign_in_banner.hide()
        self.status.show_signed_in(self.context.sign_in)
        self.sign_out_action.setEnabled(True)
        self.start_sync()

    def _start_sign_out(self) -> None:
        self._run(self.sign_out())

    async def sign_out(self) -> None:
        """Forget this tenant's tokens (access and refresh); the cached data stays."""
        service = self.context.sign_in
        if service is None:
            return
        await asyncio.get_running_loop().run_in_executor(None, service.sign_out)
        self.status.show_signed_in(service)
        self.status.showMessage(
            self.tr("Signed out of %1.").replace("%1", self.context.tenant_name), 8000
        )

    # -- a cache that cannot be used -----------------------------------------------------

    def show_cache_problem(self, text: str) -> None:
        """Say what happened to the cache, with Rebuild from the server and Open the demo."""
        if text:  # "" when another path has already recovered and said so
            self.cache_banner.show_message(text)

    def on_cache_error(self, error: CacheError) -> None:
        """A CacheError raised by a view or an action: recover if damaged, then say so.

        A running sync writes through the same cache handle from its thread: moving
        the file aside under it would send its later pages and its cursor into the
        fresh file (which would then look synced). So the sync is cancelled first
        and the recovery waits for it to stop; on a desk, for every tenant's sync.
        """
        if self.triage is not None and not self.triage.paused:
            # Its sender writes the same file: no send may land in the file moved aside.
            running = self.triage.pause()
            if running is not None:
                recovery = asyncio.ensure_future(self._recover_after_triage(running, error))
                self._recoveries.add(recovery)
                recovery.add_done_callback(self._recovery_ended)
                return
        self._recover_when_writers_stop(error)

    async def _recover_after_triage(self, running: asyncio.Future[Any], error: CacheError) -> None:
        await running
        self._recover_when_writers_stop(error)

    def _recover_when_writers_stop(self, error: CacheError) -> None:
        if self.desk_syncs is not None:
            recovery = asyncio.ensure_future(self._recover_desk(error))
            self._recoveries.add(recovery)  # held until done (asyncio's advice)
            recovery.add_done_callback(self._recovery_ended)
            return
        if self.sync is not None and self.sync.running:
            if self._cache_error_after_sync is None:
                self._cache_error_after_sync = error
                self.sync.finished.connect(self._recover_after_sync)
                self.sync.cancel()
            return
        self._recover(error)

    def _recover_after_sync(self, outcome: SyncOutcome) -> None:
        assert self.sync is not None
        self.sync.finished.disconnect(self._recover_after_sync)
        error, self._cache_error_after_sync = self._cache_error_after_sync, None
        # A sync that met the damage itself has recovered the cache already.
        if error is not None and outcome.kind != CACHE_PROBLEM:
            self._recover(error)  # the sync's thread has stopped writing

    def _recover(self, error: CacheError) -> None:
        self._say_recovered(recover_in_place(self.context.cache, error))

    def _recovery_ended(self, recovery: asyncio.Future[None]) -> None:
        self._recoveries.discard(recovery)
        if not recovery.cancelled() and recovery.exception() is not None:
            log.error("recovering the desk's cache failed", exc_info=recovery.exception())
            self.show_cache_problem(
                self.tr("The cache could not be recovered: %1").replace(
                    "%1", one_line(str(recovery.exception()))
                )
            )

    async def _recover_desk(self, error: CacheError) -> None:
        assert self.desk_syncs is not None
        self._say_recovered(await self.desk_syncs.recover(error))

    def _say_recovered(self, problem: str) -> None:
        if self.triage is not None:
            self.triage.resume()  # its changes are in the salvaged outbox, or in none
        if problem:
            self.show_cache_problem(problem)
            self.context.events.everything_changed()

    def rebuild_cache(self) -> None:
        """Sync everything again into the fresh cache (the salvage already kept the rest)."""
        if self.sync is None or not self.sync.available:
            self.status.showMessage(self.tr("No tenant is set up for syncing."), 6000)
            return
        self.cache_banner.hide()
        self.sync.start()
        if self.desk_syncs is not None:
            self.desk_syncs.start_all()  # the desk's one file held every tenant's rows

    # -- Defender Experts ----------------------------------------------------------------

    def show_experts_unread(self, tenant_id: str, count: int) -> None:
        """A tenant's unread answers: the Defender Experts entry counts every shown tenant's."""
        self._unread[tenant_id] = count
        unread = sum(self._unread.values())
        text = page_spec("experts").display_title()
        if unread:
            text = self.tr("Defender Experts messages (%1)").replace("%1", str(unread))
        self.navigation.set_entry_text("experts", text)

    def show_triage_failed(self, reason: str) -> None:
        self.status.showMessage(
            self.tr("Changes not sent: %1. They stay in the outbox.").replace("%1", reason),
            15000,
        )

    def show_experts_failed(self, reason: str) -> None:
        self.status.showMessage(
            self.tr("Defender Experts: %1. Questions stay in the outbox.").replace("%1", reason),
            10000,
        )

    # -- data ----------------------------------------------------------------------------

    def _on_cache_changed(self, changes: tuple[CacheChange, ...]) -> None:
        for page in self._cache_followers:
            page.cache_changed(changes)
        self.status.cache_changed(changes)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.sync is not None and self.sync.running:
            self.sync.cancel()
        if self.desk_syncs is not None:
            self.desk_syncs.stop()
        if self.experts is not None:
            self.experts.stop()
        if self.triage is not None:
            self.triage.stop()  # a change being sent finishes; the rest wait in the outbox
        if self._following_cache:  # closeEvent can come twice
            self._following_cache = False
            self.context.events.changed.disconnect(self._on_cache_changed)
        self._follow_navigator(False)  # a closed window no longer opens what is asked for
        super().closeEvent(event)


def fitted_size(window: QWidget) -> QSize:
    """The first size of `window`: DEFAULT_SIZE, or what its screen has room for with a title
    bar and a taskbar (a 1366x768 laptop, a 1024x700 desk), so the status bar with the sync
    state and "data as of" is never below the screen's edge."""
    screen = window.screen() or QApplication.primaryScreen()
    if screen is None:
        return DEFAULT_SIZE
    room = screen.availableGeometry().size() - FRAME_ALLOWANCE
    return DEFAULT_SIZE.boundedTo(room.expandedTo(window.minimumSizeHint()))
