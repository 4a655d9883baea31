"""The window's context is whole before the window: its navigator, tenant and experts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QLabel

from console.app import build_window, context_for
from console.cache import incidents
from console.cache.filters import Filters, Sort
from console.launch import cached_launch, remember
from console.settings import Settings
from console.ui.shell.sync_controller import SyncController
from tests.ui.test_translations import TRANSLATIONS_DIR


def test_the_window_follows_the_navigator_made_before_it(qtbot, synced_tenant, cache_copy):
    settings = Settings(None)
    remember(settings, cache_copy, synced_tenant.tenant_id, synced_tenant.tenant_name)
    launch = cached_launch(settings)
    try:
        context = context_for(launch, settings)
        navigator = context.navigator
        assert context.experts is launch.experts is not None
        window = build_window(context, launch.cache_problem, SyncController(context, None))
        qtbot.addWidget(window)
        window.show()
        assert context.navigator is navigator  # the window did not write itself in
        [row] = incidents.page(context.cache, Filters(), Sort("last_update", True), 0, 1)

        navigator.show_alerts()
        assert window.current_page() == "alerts"
        navigator.open_incident(row.tenant_id, row.id)
        heading = window.findChild(QLabel, "openedPageTitle")
        assert heading is not None and heading.isVisible()
        assert heading.text().endswith(row.id)

        window.close()
        navigator.show_devices()  # a closed window no longer answers
        assert window.current_page() != "devices"
    finally:
        launch.close()


def test_no_tenant_is_named_in_the_analysts_language(qtbot, qapp):
    catalogue = QTranslator()
    assert catalogue.load(str(TRANSLATIONS_DIR / "hunting_console_fr.qm"))
    QCoreApplication.installTranslator(catalogue)
    QLocale.setDefault(QLocale("fr"))
    settings = Settings(None)
    launch = cached_launch(settings)  # nothing used before: no tenant
    try:
        context = context_for(launch, settings)
        window = build_window(context, launch.cache_problem, SyncController(context, None))
        qtbot.addWidget(window)
        assert window.windowTitle().endswith("Aucun locataire")
        window.close()
    finally:
        launch.close()
        QCoreApplication.removeTranslator(catalogue)
        QLocale.setDefault(QLocale("en"))
