"""The quick tour over the real window: every target reached in English and French, light
and dark; Back, Next, Skip and the keys; the spotlight following the window; and the
window put back as it was."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible, QFont, QPalette, QShowEvent
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QWidget

from console.cache.filters import DEN_TAG, Filters
from console.ui import theme
from console.ui.main_window import MainWindow
from console.ui.queues.model import ROW_ROLE
from console.ui.shell.sync_controller import SyncController
from console.ui.style import scaled_font
from console.ui.tour import TOUR_STEPS, Target, Tour, TourStep, start_tour
from console.ui.tour import tour as tour_module
from console.ui.tour.overlay import TourOverlay
from tests.ui.queues_helpers import wait_for_reads
from tests.ui.test_translations import french  # noqa: F401 (fixture)

STEP_TIMEOUT_MS = 10_000


@pytest.fixture(params=["en", "fr"])
def language(request):
    if request.param == "fr":
        request.getfixturevalue("french")
    return request.param


@pytest.fixture(params=["light", "dark"])
def scheme(request, qapp):
    theme.set_color_scheme(request.param)
    yield request.param
    theme.set_color_scheme("light")


def open_window(qtbot, context) -> MainWindow:
    """The main window over the synced cache, built after the language and scheme are set."""
    main = MainWindow(context, SyncController(context, None))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main, timeout=5000)
    return main


@pytest.fixture
def window(qtbot, context):
    return open_window(qtbot, context)


def begin(qtbot, window) -> Tour:
    tour = start_tour(window)
    with qtbot.waitSignal(tour.step_shown, timeout=STEP_TIMEOUT_MS):
        pass
    return tour


def step_to(qtbot, tour: Tour, action) -> None:
    """Run `action` (Next, Back, a key) and wait until the step it leads to is shown."""
    with qtbot.waitSignal(tour.step_shown, timeout=STEP_TIMEOUT_MS):
        action()


def go_to(qtbot, tour: Tour, key: str) -> None:
    while tour.step is not None and tour.step.key != key:
        step_to(qtbot, tour, tour.next)


def geometry_in_window(window: QWidget, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def lit(tour: Tour) -> dict[str, QRect]:
    return {str(spot.target): spot.rect for spot in tour.spots()}


def assert_callout_fits(window: QWidget, tour: Tour) -> None:
    callout = tour.callout
    assert window.rect().contains(callout.geometry()), "the callout leaves the window"
    for label in (callout.title_label, callout.text_label):
        assert label.height() >= label.heightForWidth(label.width()), "its text is cut"


def test_the_tour_reaches_every_target_in_both_languages_and_schemes(
    language, scheme, qtbot, context
):
    window = open_window(qtbot, context)
    if language == "fr":  # the window is the French one (the tour's own texts come later)
        assert window.queues.page("incidents").filter_button.text() == "Filtrer"
    tour = begin(qtbot, window)
    reached: dict[str, set[str]] = {}
    for index, step in enumerate(TOUR_STEPS):
        if index:
            step_to(qtbot, tour, tour.next)
        assert tour.step is step
        assert tour.callout.step_label.text()  # "Step n of m", in whichever language
        reached[step.key] = set(lit(tour))
        assert_callout_fits(window, tour)
    assert tour.skipped == []
    for step in TOUR_STEPS:
        wanted = {str(target) for target in step.targets if not target.optional}
        assert wanted <= reached[step.key], step.key
    palette = tour.callout.palette()
    text, back = (
        palette.color(role) for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window)
    )
    assert (back.lightness() < 128) == (scheme == "dark")
    assert theme.contrast(text, back) >= 4.5
    with qtbot.waitSignal(tour.finished, timeout=STEP_TIMEOUT_MS):
        tour.next()  # Finish
    assert tour.completed


def test_next_back_and_skip_buttons(window, qtbot):
    tour = begin(qtbot, window)
    callout = tour.callout
    assert not callout.back_button.isEnabled()  # nothing before the first step
    step_to(qtbot, tour, lambda: qtbot.mouseClick(callout.next_button, Qt.MouseButton.LeftButton))
    assert tour.step_index == 1
    assert callout.step_label.text() == f"Step 2 of {len(TOUR_STEPS)}"
    step_to(qtbot, tour, lambda: qtbot.mouseClick(callout.back_button, Qt.MouseButton.LeftButton))
    assert tour.step_index == 0
    with qtbot.waitSignal(tour.finished, timeout=STEP_TIMEOUT_MS):
        qtbot.mouseClick(callout.skip_button, Qt.MouseButton.LeftButton)
    assert not tour.running and not tour.completed


def test_the_keys_move_through_the_tour_and_esc_ends_it(window, qtbot):
    tour = begin(qtbot, window)
    callout = tour.callout
    assert QApplication.focusWidget() in (callout, *callout.buttons)  # the focus is on it
    step_to(qtbot, tour, lambda: qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right))
    assert tour.step_index == 1
    step_to(qtbot, tour, lambda: qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left))
    assert tour.step_index == 0
    step_to(qtbot, tour, lambda: qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return))
    assert tour.step_index == 1
    callout.back_button.setFocus()  # Enter presses the focused button, as Space does
    step_to(qtbot, tour, lambda: qtbot.keyClick(callout.back_button, Qt.Key.Key_Return))
    assert tour.step_index == 0
    step_to(qtbot, tour, lambda: qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right))
    # Tab goes round the callout's buttons, never to the window behind the dim layer.
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() in callout.buttons
    with qtbot.waitSignal(tour.finished, timeout=STEP_TIMEOUT_MS):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not tour.running


def test_the_device_menu_step_pops_the_menu_without_blocking_and_keys_still_work(window, qtbot):
    tour = begin(qtbot, window)
    go_to(qtbot, tour, "device")
    menus = [m for m in window.findChildren(QMenu, "cellMenu") if m.isVisible()]
    assert len(menus) == 1
    menu = menus[0]
    ask = next(a for a in menu.actions() if a.objectName() == "askDefenderExpertsAction")
    # Lit in the menu itself when it can be used (no experts channel here: greyed out).
    assert menu.activeAction() is (ask if ask.isEnabled() else None)
    # The popup takes the keyboard: the tour's keys work on it too, and leaving closes it.
    step_to(qtbot, tour, lambda: qtbot.keyClick(menu, Qt.Key.Key_Right))
    assert tour.step.key == "messages"
    assert not any(m.isVisible() for m in window.findChildren(QMenu, "cellMenu"))
    step_to(qtbot, tour, lambda: qtbot.keyClick(tour.callout, Qt.Key.Key_Left))
    menu = next(m for m in window.findChildren(QMenu, "cellMenu") if m.isVisible())
    with qtbot.waitSignal(tour.finished, timeout=STEP_TIMEOUT_MS):
        qtbot.keyClick(menu, Qt.Key.Key_Escape)
    assert not any(m.isVisible() for m in window.findChildren(QMenu))


@pytest.mark.parametrize("key", ["navigation", "status"])
def test_the_spotlight_follows_the_target_when_the_window_is_resized_and_moved(window, qtbot, key):
    tour = begin(qtbot, window)
    go_to(qtbot, tour, key)
    first = tour.step.targets[0]
    target = window.findChild(QWidget, first.name)

    def follows() -> None:
        assert lit(tour)[str(first)] == geometry_in_window(window, target)
        assert tour.overlay.geometry() == window.rect()
        assert window.rect().contains(tour.callout.geometry())

    follows()
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.size().width() == 1024, timeout=5000)
    qtbot.waitUntil(follows, timeout=5000)
    window.move(window.pos() + QPoint(40, 30))
    qtbot.waitUntil(follows, timeout=5000)
    window.resize(1280, 800)
    qtbot.waitUntil(follows, timeout=5000)
    tour.skip()


def test_the_menu_follows_its_row_when_the_window_moves(window, qtbot):
    tour = begin(qtbot, window)
    go_to(qtbot, tour, "device")
    menu = next(m for m in window.findChildren(QMenu, "cellMenu") if m.isVisible())
    before = menu.pos()
    window.move(window.pos() + QPoint(50, 20))
    qtbot.waitUntil(lambda: menu.pos() == before + QPoint(50, 20), timeout=5000)
    tour.skip()


def test_another_page_switched_to_dims_without_a_false_spotlight_and_back_lights_it(window, qtbot):
    tour = begin(qtbot, window)
    go_to(qtbot, tour, "incidents")
    table = window.queues.page("incidents").table
    window.show_page("home")  # Ctrl+1 works during the tour: the window's own shortcut
    qtbot.waitUntil(lambda: lit(tour) == {}, timeout=5000)
    assert tour.overlay.isVisible() and tour.callout.isVisible()
    window.show_page("incidents")
    qtbot.waitUntil(
        lambda: lit(tour).get("incidentsView") == geometry_in_window(window, table), timeout=5000
    )
    tour.skip()


def _row_key(queue):
    row = queue.current_row()
    return None if row is None else (row.tenant_id, row.id)


def test_the_window_is_put_back_as_it_was(window, qtbot):
    incidents = window.queues.page("incidents")
    incidents.set_filters(Filters(severities=("medium",)), "any")
    incidents.table.selectRow(3)  # the tour selects a DEN in this queue meanwhile
    window.show_page("alerts")
    alerts = window.queues.page("alerts")
    alerts.table.selectRow(2)
    devices = window.queues.page("devices")
    before = {
        "page": window.current_page(),
        "incidents": (incidents.filters(), incidents.time_range()),
        "incident": _row_key(incidents),
        "alert": _row_key(alerts),
        "device": _row_key(devices),
    }
    assert before["alert"] is not None and before["device"] is None
    tour = begin(qtbot, window)
    for _ in TOUR_STEPS[1:]:
        step_to(qtbot, tour, tour.next)
    with qtbot.waitSignal(tour.finished, timeout=STEP_TIMEOUT_MS):
        tour.next()
    wait_for_reads(qtbot)
    assert window.current_page() == before["page"]
    assert (incidents.filters(), incidents.time_range()) == before["incidents"]
    assert _row_key(incidents) == before["incident"]
    assert incidents.selection.rows() == [3]
    assert _row_key(alerts) == before["alert"]
    assert _row_key(devices) == before["device"]  # nothing selected, no pane opened
    assert not devices.details.isVisible()
    assert incidents.filter_panel.isHidden()
    assert window.pages.opened_pages == []
    assert not any(m.isVisible() for m in window.findChildren(QMenu))
    assert not any(w.isVisible() for w in window.findChildren(TourOverlay))


def test_an_incident_page_the_analyst_had_open_comes_back(window, qtbot, context):
    den = window.queues.page("incidents")
    den.set_filters(Filters(tags=(DEN_TAG,)))
    row = den.model.index(0, 0).data(ROW_ROLE)
    window.open_incident(row.tenant_id, row.id)
    page = window.pages.opened_pages[-1]
    den.set_filters(Filters())
    tour = begin(qtbot, window)
    go_to(qtbot, tour, "notification")  # opens another incident page, over the queue
    with qtbot.waitSignal(tour.finished, timeout=STEP_TIMEOUT_MS):
        tour.skip()
    assert window.pages.opened_pages == [page]
    assert window.pages.currentWidget() is page
    assert den.filters() == Filters()


def test_esc_leaves_a_usable_window(window, qtbot):
    tour = begin(qtbot, window)
    go_to(qtbot, tour, "filter")
    queue = window.queues.page("incidents")
    assert queue.filter_panel.isVisible()
    with qtbot.waitSignal(tour.finished, timeout=STEP_TIMEOUT_MS):
        qtbot.keyClick(tour.callout, Qt.Key.Key_Escape)
    assert queue.filter_panel.isHidden()  # as before the tour
    assert window.current_page() == "home"
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "incidents"
    assert QApplication.focusWidget() is queue.table
    qtbot.waitUntil(lambda: not window.findChildren(TourOverlay), timeout=5000)
    again = start_tour(window)  # and the tour runs again
    with qtbot.waitSignal(again.step_shown, timeout=STEP_TIMEOUT_MS):
        pass
    assert start_tour(window) is again  # one at a time
    again.skip()


def test_every_control_and_the_callout_have_accessible_names_and_descriptions(window, qtbot):
    tour = begin(qtbot, window)
    for index, step in enumerate(TOUR_STEPS):
        if index:
            step_to(qtbot, tour, tour.next)
        callout = tour.callout
        assert step.display_title() in callout.accessibleName()
        assert callout.accessibleDescription() == step.display_text()
        widgets = [callout.step_label, callout.title_label, callout.text_label, *callout.buttons]
        for widget in [tour.overlay, *widgets]:
            assert widget.accessibleName(), widget.objectName()
            assert widget.accessibleDescription(), widget.objectName()
    tour.skip()


def test_each_step_is_announced_where_the_focus_stays(window, qtbot, monkeypatch):
    sent: list[tuple[object, QAccessible.Event]] = []
    monkeypatch.setattr(
        QAccessible,
        "updateAccessibility",
        lambda event: sent.append((event.object(), event.type())),
    )
    tour = begin(qtbot, window)
    focused = QApplication.focusWidget()
    assert focused is tour.callout.next_button
    for step in TOUR_STEPS[1:3]:
        sent.clear()
        step_to(qtbot, tour, lambda: qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right))
        assert QApplication.focusWidget() is focused  # the same button, with the new step
        assert step.display_title() in focused.accessibleDescription()
        assert step.display_text() in focused.accessibleDescription()
        assert (focused, QAccessible.Event.DescriptionChanged) in sent
        assert (tour.callout, QAccessible.Event.NameChanged) in sent
    tour.skip()


def test_the_tour_takes_the_keyboard_without_help(window, qtbot):
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(other.isActiveWindow, timeout=5000)
    tour = begin(qtbot, window)
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    assert QApplication.focusWidget() is tour.callout.next_button
    tour.skip()


def test_two_shows_in_one_turn_take_the_window_state_once(qtbot, context, monkeypatch):
    taken: list[object] = []
    take = tour_module.WindowState.take
    monkeypatch.setattr(
        tour_module.WindowState, "take", staticmethod(lambda w: taken.append(w) or take(w))
    )
    main = MainWindow(context, SyncController(context, None))
    qtbot.addWidget(main)
    tour = start_tour(main)
    with qtbot.waitSignal(tour.step_shown, timeout=STEP_TIMEOUT_MS):
        main.show()
        QApplication.sendEvent(main, QShowEvent())  # a second Show before the loop turns
    qtbot.wait(50)
    assert taken == [main]
    assert tour.step_index == 0
    tour.skip()


def test_the_window_forgets_its_tour_once_it_ends(window, qtbot):
    tour = window.take_tour()
    with qtbot.waitSignal(tour.step_shown, timeout=STEP_TIMEOUT_MS):
        pass
    assert window.tour is tour and window.take_tour() is tour  # one at a time
    with qtbot.waitSignal(tour.finished, timeout=STEP_TIMEOUT_MS):
        tour.skip()
    assert window.tour is None


def test_a_view_among_the_same_parents_has_its_scrolling_followed(window, qtbot):
    tour = begin(qtbot, window)
    table = window.queues.page("incidents").table
    tour._watch([table.viewport()])
    assert tour._scrolls == []
    tour._watch([table.viewport(), table])  # the same parents, now a view among them
    assert tour._scrolls == [table]
    tour._watch([table.viewport()])
    assert tour._scrolls == []
    tour.skip()


def test_a_font_sized_in_pixels_scales_too(qtbot):
    label = QLabel("Title")
    qtbot.addWidget(label)
    font = QFont(label.font())
    font.setPixelSize(20)
    label.setFont(font)
    scaled = scaled_font(label, 1.2)
    assert scaled.pixelSize() == 24 and scaled.bold()
    sized = QFont(label.font())
    sized.setPointSizeF(10.0)
    label.setFont(sized)
    assert scaled_font(label, 1.5, bold=False).pointSizeF() == pytest.approx(15.0)


def test_a_missing_target_is_skipped_logged_and_counted(window, qtbot, caplog):
    missing = TourStep(
        "missing", "Nothing", "Nothing here.", (Target("noSuchWidget"),), lambda w: None
    )
    tour = Tour(window, (TOUR_STEPS[0], missing))
    with qtbot.waitSignal(tour.step_shown, timeout=STEP_TIMEOUT_MS):
        tour.start()
    with (
        caplog.at_level(logging.WARNING, logger="console.ui.tour.tour"),
        qtbot.waitSignal(tour.finished, timeout=STEP_TIMEOUT_MS),
    ):
        tour.next()  # the step has nothing to show: passed over, and that was the last
    assert tour.skipped == ["missing: noSuchWidget"]
    assert "noSuchWidget" in caplog.text


def test_a_tour_started_before_the_window_shows_waits_for_it(qtbot, context):
    main = MainWindow(context, SyncController(context, None))
    qtbot.addWidget(main)
    tour = start_tour(main)
    assert tour.running and tour.step_index == -1  # nothing looked for yet
    assert tour.skipped == []
    with qtbot.waitSignal(tour.step_shown, timeout=STEP_TIMEOUT_MS):
        main.show()
    assert tour.step_index == 0 and tour.skipped == []
    tour.skip()


def test_the_status_step_lights_the_offline_banner_when_it_shows(window, qtbot):
    window.show_offline("no network")
    tour = begin(qtbot, window)
    go_to(qtbot, tour, "status")
    banner = window.offline_banner
    assert lit(tour)["offlineBanner"] == geometry_in_window(window, banner)
    assert {"connectionLabel", "dataAsOfLabel"} <= set(lit(tour))
    tour.skip()


def test_closing_the_window_ends_the_tour_and_puts_back_what_is_remembered(window, qtbot):
    alerts = window.queues.page("alerts")
    alerts.details_pane.set_wanted(False)  # the analyst closed the alerts' side pane
    tour = begin(qtbot, window)
    go_to(qtbot, tour, "alert")
    assert alerts.details_pane.wanted  # opened for the flyout
    with qtbot.waitSignal(tour.finished, timeout=STEP_TIMEOUT_MS):
        window.close()
    assert not alerts.details_pane.wanted
    assert alerts.store.details().get("open") is False


def test_the_callout_follows_the_system_font_size(qtbot, context, qapp):
    normal = qapp.font()
    try:
        larger = QFont(normal)
        larger.setPointSizeF(normal.pointSizeF() * 1.5)
        qapp.setFont(larger)
        window = open_window(qtbot, context)
        tour = begin(qtbot, window)
        callout = tour.callout
        assert callout.text_label.font().pointSizeF() == pytest.approx(larger.pointSizeF())
        assert callout.title_label.font().pointSizeF() > larger.pointSizeF()
        for _ in TOUR_STEPS[1:]:
            step_to(qtbot, tour, tour.next)
            assert_callout_fits(window, tour)
        tour.skip()
    finally:
        qapp.setFont(normal)
