"""A new Defender Experts notification is told once, across restarts: summarised on a
tenant's first look, raised one by one after a sync, opened on click, off by a setting.
Real windows over a real synced cache; offscreen there is no tray, so the banner tells."""

from __future__ import annotations

from PySide6.QtGui import QAction

from console.cache import den_notices, incidents, tenant_settings
from console.cache.filters import DEN_TAG, Filters, Sort
from console.ui.main_window import MainWindow
from console.ui.shell.den_notifier import NOTIFY_NEW_DENS
from console.ui.shell.sync_controller import OK, SyncController, SyncOutcome
from tests.ui.queues_helpers import wait_for_reads


def _window(qtbot, context, sync=None) -> MainWindow:
    window = MainWindow(context, sync or SyncController(context, None))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window, timeout=5000)
    qtbot.waitUntil(lambda: bool(window.den_notifier._reads), timeout=3000)  # first look began
    wait_for_reads(qtbot)
    return window


def _dens(context) -> list:
    return incidents.page(context.cache, Filters(den_only=True), Sort("created", True), 0, 500)


def _forget(context, count: int) -> list:
    """As if the newest `count` DENs had just arrived: taken out of those already told."""
    newest = _dens(context)[:count]
    told = tenant_settings.read(context.cache, context.tenant_id, den_notices.KEY)["told"]
    left = [i for i in told if i not in {row.id for row in newest}]
    tenant_settings.write(context.cache, context.tenant_id, den_notices.KEY, {"told": left})
    return newest


def test_the_first_look_summarises_and_a_restart_tells_nothing_again(qtbot, context):
    dens = _dens(context)
    assert dens
    window = _window(qtbot, context)
    assert window.den_banner.isVisible()
    assert window.den_banner.text == (
        f"{context.tenant_name}: {len(dens)} Defender Experts notifications in the cache."
    )
    window.den_banner.action_button.click()  # Open: the Defender Experts notifications
    assert window.current_page() == "incidents"
    assert window.queues.page("incidents").filters().tags == (DEN_TAG,)
    window.close()
    again = _window(qtbot, context)  # restarted: nothing new to tell
    assert not again.den_banner.isVisible()
    assert again.den_notifier.raised == []


def test_a_sync_that_brings_a_den_raises_it_once_and_a_click_opens_it(qtbot, context):
    sync = SyncController(context, None)
    window = _window(qtbot, context, sync)
    window.den_banner.hide()
    (arrived,) = _forget(context, 1)
    sync.finished.emit(SyncOutcome(OK))
    wait_for_reads(qtbot)
    assert window.den_banner.isVisible()
    assert window.den_banner.text == f"New for {context.tenant_name}: {arrived.name}"
    window.den_banner.action_button.click()
    page = window.pages.currentWidget()
    assert page.content.objectName() == "incidentPage"
    assert arrived.id in page.findChild(object, "openedPageTitle").text()
    # Told once: the next sync says nothing of it.
    raised = list(window.den_notifier.raised)
    sync.finished.emit(SyncOutcome(OK))
    wait_for_reads(qtbot)
    assert window.den_notifier.raised == raised


def test_several_new_dens_from_one_sync_are_one_message_naming_them(qtbot, context):
    sync = SyncController(context, None)
    window = _window(qtbot, context, sync)
    window.den_banner.hide()
    arrived = _forget(context, 2)
    sync.finished.emit(SyncOutcome(OK))
    wait_for_reads(qtbot)
    titles = "; ".join(row.name for row in arrived)
    expected = f"{context.tenant_name}: 2 new Defender Experts notifications. {titles}"
    assert window.den_banner.text == expected  # one message: neither replaces the other
    window.den_banner.action_button.click()
    assert window.queues.page("incidents").filters().tags == (DEN_TAG,)
    arrived = _forget(context, 5)
    sync.finished.emit(SyncOutcome(OK))
    wait_for_reads(qtbot)
    assert window.den_banner.text.endswith("; and 2 more")
    assert arrived[0].name in window.den_banner.text


def test_the_setting_turns_the_notifications_off_and_they_stay_told(qtbot, context):
    sync = SyncController(context, None)
    window = _window(qtbot, context, sync)
    action = window.findChild(QAction, "denNotificationsAction")
    assert action.isChecked()
    action.trigger()
    assert context.settings.get(NOTIFY_NEW_DENS) is False
    raised = list(window.den_notifier.raised)
    _forget(context, 1)
    sync.finished.emit(SyncOutcome(OK))
    wait_for_reads(qtbot)
    assert window.den_notifier.raised == raised
    action.trigger()  # on again: the one that came while off is not brought back
    sync.finished.emit(SyncOutcome(OK))
    wait_for_reads(qtbot)
    assert window.den_notifier.raised == raised


def test_a_den_title_is_told_as_typed(qtbot, context):
    news = den_notices.DenNews(
        context.tenant_id,
        first=False,
        new=[den_notices.NewDen(context.tenant_id, "1", "<b>Ransom</b> & more")],
    )
    window = _window(qtbot, context)
    window.den_notifier._show(news)
    assert window.den_banner.text.endswith(": <b>Ransom</b> & more")
    assert window.den_banner.message_label.textFormat().name == "PlainText"


def test_before_the_first_complete_sync_nothing_is_taken_as_the_baseline(qtbot, context):
    from sqlalchemy import delete, insert, select

    from console.cache.schema import sync_state

    with context.cache.engine.connect() as connection:
        saved = [dict(row._mapping) for row in connection.execute(select(sync_state))]
    with context.cache.write() as connection:  # as before the tenant's first sync completed
        connection.execute(delete(sync_state))
    sync = SyncController(context, None)
    window = _window(qtbot, context, sync)
    assert window.den_notifier.raised == []
    assert tenant_settings.read(context.cache, context.tenant_id, den_notices.KEY) is None
    with context.cache.write() as connection:  # the first sync completes
        connection.execute(insert(sync_state), saved)
    sync.finished.emit(SyncOutcome(OK))
    wait_for_reads(qtbot)
    count = len(_dens(context))
    assert window.den_notifier.raised == [
        f"{context.tenant_name}: {count} Defender Experts notifications in the cache."
    ]
