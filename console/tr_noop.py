"""`QT_TRANSLATE_NOOP`, typed, for code that marks texts without translating them yet.

Qt's lupdate finds a text by the marker's name, so any function of that name
works. PySide6 types its own as returning `object`, which makes every label
table an `object` to mypy; this one returns the text as `str`. It imports no Qt,
so the layers below `ui/` (which must not) use the same marker as the window.
The window translates the text later with `QCoreApplication.translate(context, text)`.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for translation in `context`; returns it unchanged."""
    return text
