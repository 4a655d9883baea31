"""Qt's own words that Qt's French catalogue (`qtbase_fr.qm`) leaves in English.

Qt asks every installed catalogue for its dialogs' texts under its own contexts
(`QFileDialog`, ...); ours is asked after Qt's, so listing a text here, under Qt's
context, gives it the French that Qt's catalogue lacks. tests/ui/test_translations.py
opens every dialog the console opens and fails on a text that neither catalogue has.
"""

from __future__ import annotations

from console.tr_noop import QT_TRANSLATE_NOOP

QT_TEXTS = (
    # The file dialog (export, import a profile, the investigation package's folder).
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    # Its Type column and sidebar.
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
)
