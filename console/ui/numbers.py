"""Numbers as the language shown writes them: 4,062 in English, 4 062 in French.

Counts inside sentences go through Qt's plural forms instead (`tr("%Ln entries", "", n)`),
which group their digits the same way; this is for a number that stands on its own or
beside a template that has no plural to choose.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale


def number(value: int) -> str:
    """`value` with the digit grouping of the default locale (`console.ui.i18n` sets it to
    the analyst's language; French groups with U+202F, the narrow no-break space)."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:  # C omits grouping; analysts read 4,062
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale.toString(value)
