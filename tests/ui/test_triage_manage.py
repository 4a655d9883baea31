"""The Manage dialog, driven as the analyst drives it, on a synced tenant's real cache: it
queues exactly the fields changed, offers only the determinations a classification
allows, asks for a note before resolving, says what it refuses, and fits a small screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QLabel

from console.cache import incidents, triage
from console.cache.filters import Filters
from console.domain.triage import (
    CLASSIFICATION,
    DETERMINATIONS,
    STATUS,
    STATUSES,
    EntityKind,
)
from console.ui.triage.actions import open_manage
from console.ui.triage.manage_dialog import ManageDialog
from tests.ui.triage_helpers import ME, choose, waiting_values, with_triage

pytestmark = pytest.mark.timeout(120)


def _incidents(context, count: int = 200) -> list[tuple[str, str]]:
    return incidents.keys(context.cache, Filters(tenant_ids=(context.tenant_id,)))[:count]


def _shown(context, item) -> dict:
    return triage.shown(context.cache, item[0], EntityKind.INCIDENT, [item[1]])[item[1]]


def _one(qtbot, context, item, subject=None, focus=None) -> ManageDialog:
    dialog = open_manage(context, EntityKind.INCIDENT, [item], subject=subject, focus=focus)
    assert dialog is not None
    qtbot.addWidget(dialog)
    return dialog


def _save(qtbot, dialog: ManageDialog) -> None:
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_only_the_fields_the_analyst_changed_are_queued(qtbot, context) -> None:
    context = with_triage(context)
    item = next(i for i in _incidents(context) if _shown(context, i)[STATUS] != "inProgress")
    before = _shown(context, item)
    dialog = _one(qtbot, context, item)
    assert dialog.windowTitle() == f"Manage incident {item[1]}"
    # A single incident starts from what it is: no "No change" entry, its own values.
    assert dialog.status.currentData() == before[STATUS]
    assert dialog.status.findData(None) == -1
    assert dialog.assigned.text() == (before["assignedTo"] or "")

    choose(dialog.status, "inProgress")
    qtbot.mouseClick(dialog.me_button, Qt.MouseButton.LeftButton)
    assert dialog.assigned.text() == ME
    # What the dialog asks for, not only what the outbox keeps of it.
    assert dict(dialog.change().values) == {"status": "inProgress", "assignedTo": ME}
    _save(qtbot, dialog)

    assert waiting_values(context) == {item[1]: {"status": "inProgress", "assignedTo": ME}}


def test_saving_announces_the_change_so_it_is_sent_and_shown(qtbot, context) -> None:
    context = with_triage(context)
    item = _incidents(context)[0]
    dialog = _one(qtbot, context, item)
    dialog.comment.setPlainText("Looked at it")
    with (
        qtbot.waitSignal(context.events.triage_activity, timeout=5000),
        qtbot.waitSignal(context.events.changed, timeout=5000) as changed,
    ):
        _save(qtbot, dialog)
    assert any(change.tenant_id == item[0] for change in changed.args[0])
    [queued] = triage.waiting(context.cache, item[0])
    assert (queued.values, queued.comment) == ({}, "Looked at it")


def test_determinations_follow_the_classification_as_the_portal_offers_them(qtbot, context) -> None:
    context = with_triage(context)
    item = next(i for i in _incidents(context) if _shown(context, i)[CLASSIFICATION] == "unknown")
    dialog = _one(qtbot, context, item, focus=CLASSIFICATION)
    assert dialog.focusWidget() is dialog.classification
    assert not dialog.determination.isEnabled()  # no classification: no determination yet
    for klass, allowed in DETERMINATIONS.items():
        choose(dialog.classification, klass)
        assert dialog.determination.isEnabled()
        assert dialog.determination_choices() == ["unknown", *allowed]
    choose(dialog.classification, "truePositive")
    choose(dialog.determination, "phishing")
    choose(dialog.classification, "falsePositive")  # phishing does not go with it
    assert dialog.determination.currentData() == "unknown"
    choose(dialog.determination, "notMalicious")
    _save(qtbot, dialog)

    assert waiting_values(context) == {
        item[1]: {"classification": "falsePositive", "determination": "notMalicious"}
    }


def test_resolving_waits_for_a_note_and_sends_it(qtbot, context) -> None:
    context = with_triage(context)
    item = next(i for i in _incidents(context) if _shown(context, i)[STATUS] != "resolved")
    dialog = _one(qtbot, context, item)
    assert dialog.ok_button.isEnabled() and not dialog.hint.isVisible()
    choose(dialog.status, "resolved")
    assert not dialog.ok_button.isEnabled()
    assert dialog.hint.isVisible() and "note" in dialog.hint.text()
    qtbot.keyClicks(dialog.comment, "False alarm: the red team's test")
    assert dialog.ok_button.isEnabled() and not dialog.hint.isVisible()
    _save(qtbot, dialog)

    [queued] = triage.waiting(context.cache, item[0])
    assert queued.values == {"status": "resolved"}
    assert queued.comment == "False alarm: the red team's test"


def test_a_change_it_cannot_make_is_said_in_the_dialog_and_nothing_is_queued(
    qtbot, context
) -> None:
    context = with_triage(context)
    dialog = _one(qtbot, context, _incidents(context)[0])
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # nothing changed
    assert dialog.isVisible()
    assert dialog.error.isVisible() and "Nothing to change" in dialog.error.text()
    assert triage.waiting(context.cache, context.tenant_id) == []


def test_a_single_incident_shows_its_tags_and_takes_new_ones(qtbot, context) -> None:
    context = with_triage(context)
    item = next(i for i in _incidents(context) if _shown(context, i)["customTags"])
    tags = list(_shown(context, item)["customTags"])
    known = context.triage.known_tags([context.tenant_id])
    dialog = _one(qtbot, context, item, focus="customTags")
    picker = dialog.tags
    assert picker is not None and dialog.focusWidget() is picker.edit
    assert [picker.list.item(r).text() for r in range(picker.list.count())] == tags
    offered = picker.completer.model().stringList()
    assert set(known) <= set(offered) and known
    picker.list.item(0).setCheckState(Qt.CheckState.Unchecked)  # removes the first tag
    qtbot.keyClicks(picker.edit, "Brand new tag")
    qtbot.keyClick(picker.edit, Qt.Key.Key_Return)  # adds it; does not press Save
    assert dialog.isVisible() and picker.edit.text() == ""
    _save(qtbot, dialog)

    [queued] = triage.waiting(context.cache, item[0])
    assert set(queued.values["customTags"]) == {*tags[1:], "Brand new tag"}


def test_hostile_text_shows_as_plain_text(qtbot, context) -> None:
    context = with_triage(context)
    hostile = '<b>Bold</b><img src="x"> & <a href="https://evil.example">click</a>'
    dialog = _one(qtbot, context, _incidents(context)[0], subject=hostile)
    subject = dialog.findChild(QLabel, "manageSubject")
    assert subject.text() == hostile
    assert subject.textFormat() == Qt.TextFormat.PlainText


def test_several_incidents_start_at_no_change_and_add_tags_to_each(qtbot, context) -> None:
    context = with_triage(context)
    items = _incidents(context)[:3]
    dialog = open_manage(context, EntityKind.INCIDENT, items)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Manage 3 incidents"
    for combo in (dialog.status, dialog.classification, dialog.determination):
        assert combo.currentData() is None and combo.itemText(0) == "No change"
    assert dialog.status.findData("resolved") > 0
    assert dialog.tags is None and dialog.add_tags is not None
    qtbot.keyClicks(dialog.add_tags.edit, "Reviewed")  # typed, not added: still meant
    _save(qtbot, dialog)

    queued = waiting_values(context)
    assert set(queued) == {item_id for _tenant, item_id in items}
    for values in queued.values():
        assert set(values) == {"customTags"} and "Reviewed" in values["customTags"]


def test_alerts_offer_their_own_statuses_and_no_tags(qtbot, context) -> None:
    from console.cache import alerts

    context = with_triage(context)
    keys = alerts.keys(context.cache, Filters(tenant_ids=(context.tenant_id,)))[:2]
    dialog = open_manage(context, EntityKind.ALERT, keys)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Manage 2 alerts"
    offered = [dialog.status.itemData(i) for i in range(dialog.status.count())]
    assert offered == [None, *STATUSES[EntityKind.ALERT]]
    assert dialog.tags is None and dialog.add_tags is None


class LongTranslator(QTranslator):
    """Every text of the dialog four times as long (French labels are longer than English):
    they must wrap rather than widen the dialog past the screen."""

    def translate(self, context, source, disambiguation=None, n=-1):
        if context == "ManageDialog" and source:
            return " ".join([source.replace(" ", "_"), source, source, source])
        return None

    def isEmpty(self):
        return False


@pytest.mark.parametrize("count", [1, 40])
def test_it_fits_at_1024x700_even_with_long_labels(qtbot, context, count) -> None:
    context = with_triage(context)
    translator = LongTranslator()
    QCoreApplication.installTranslator(translator)
    try:
        dialog = open_manage(context, EntityKind.INCIDENT, _incidents(context, count))
        qtbot.addWidget(dialog)
        assert "_" in dialog.windowTitle()  # the long texts are in use
        dialog.add_tags and dialog.add_tags.add("one tag")  # the lists shown too
        dialog.remove_tags and dialog.remove_tags.add("another")
        needed = dialog.minimumSizeHint()
        assert needed.width() <= 1024 and needed.height() <= 700
        assert dialog.width() <= 1024 and dialog.height() <= 700
    finally:
        QCoreApplication.removeTranslator(translator)
