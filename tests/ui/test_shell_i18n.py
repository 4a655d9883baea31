"""Language choice: the setting wins, else the system language, else English."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, QLocale

from console.settings import LANGUAGE, Settings
from console.ui.i18n import install_translators, resolve_language
from console.ui.main_window import MainWindow
from console.ui.shell.sync_controller import SyncController


def test_setting_wins_and_unknown_languages_fall_back(monkeypatch):
    assert resolve_language("fr") == "fr"
    assert resolve_language("EN") == "en"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("fr_CA")))
    assert resolve_language("") == "fr"
    assert resolve_language("xx") == "fr"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert resolve_language("") == "en"


def test_french_installs_qt_catalogue_and_tolerates_a_missing_one(qapp, tmp_path):
    installed = install_translators(qapp, "fr", folder=tmp_path)  # our catalogue absent here
    try:
        assert installed.language == "fr"
        # Qt's own catalogue is found: its dialogs speak French.
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    finally:
        for translator in installed.translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale("en"))


def test_language_menu_saves_the_choice_for_the_next_start(qtbot, context):
    context = dataclasses.replace(context, settings=Settings(None))
    window = MainWindow(context, SyncController(context, None))
    qtbot.addWidget(window)
    menu = window.build_language_menu()
    french = next(a for a in menu.actions() if a.objectName() == "language_frAction")
    french.trigger()
    assert context.settings.get(LANGUAGE) == "fr"
    assert "next time" in window.status.currentMessage()


def test_english_installs_its_plural_forms(qapp):
    installed = install_translators(qapp, "en")
    try:
        assert installed.language == "en"
        assert len(installed.translators) == 1  # ours; Qt's own text is English already
        assert QCoreApplication.translate("AuditPage", "%Ln entries", "", 1) == "1 entry"
    finally:
        for translator in installed.translators:
            qapp.removeTranslator(translator)
