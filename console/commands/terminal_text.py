"""Untrusted text made safe for a terminal line.

Titles come from the API, so from attackers as often as from defenders: control
characters (ANSI escapes that could rewrite the terminal, embedded newlines that
could fake output lines) are replaced before printing.
"""

from __future__ import annotations

import unicodedata


def plain_line(text: str | None) -> str:
    if not text:
        return ""
    return "".join(
        " " if ch in "\r\n\t" else ("\ufffd" if unicodedata.category(ch) == "Cc" else ch)
        for ch in text
    )
