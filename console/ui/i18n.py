"""Translations: our catalogue plus Qt's own, in the analyst's language.

The language comes from the `LANGUAGE` setting, or the system locale when the
setting is empty. A change in settings takes effect at the next start: Qt
widgets translate their text when they are built, and rebuilding every open
screen live would lose the analyst's place (selection, scroll, open pages).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

TRANSLATIONS_DIR = Path(__file__).resolve().parents[1] / "translations"
CATALOGUE_PREFIX = "hunting_console_"
# The languages we ship a catalogue for; English is the source language.
SUPPORTED = ("en", "fr")
# Each language's own name, so an analyst finds theirs whatever is on screen now.
NATIVE_NAMES = {"en": "English", "fr": "Français"}


@dataclass
class InstalledTranslations:
    language: str
    translators: list[QTranslator]


def system_language() -> str:
    """The system's language if we ship it, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in SUPPORTED:
            return code
    return "en"


def resolve_language(setting: str) -> str:
    """The language to use for a setting value ("" follows the system)."""
    code = setting.strip().lower()
    return code if code in SUPPORTED else system_language()


def install_translators(
    app: QCoreApplication, setting: str, folder: Path = TRANSLATIONS_DIR
) -> InstalledTranslations:
    """Load our catalogue and Qt's for the chosen language into `app`.

    A missing catalogue is not an error: the English source text shows instead.
    The translators are returned so the caller keeps them alive.
    """
    language = resolve_language(setting)
    QLocale.setDefault(QLocale(language))
    installed: list[QTranslator] = []
    # English has a catalogue too: the source text says "%Ln entries", and only a catalogue
    # holds its singular ("1 entry"). Qt's own text is English already.
    candidates = [(f"{CATALOGUE_PREFIX}{language}", str(folder))]
    if language != "en":
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        candidates.append((f"qtbase_{language}", qt_folder))
    for name, where in candidates:
        translator = QTranslator(app)
        if translator.load(name, where):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.info("no %s catalogue in %s; showing English text", name, where)
    return InstalledTranslations(language, installed)
