"""Keep tokens out of logs: a filter that redacts bearer tokens and OAuth token fields.

A logging filter only sees records logged on the logger it is attached to, not
records propagated from child loggers, so `install_redaction` attaches it to each
module logger of this package and to the loggers of the HTTP libraries below it.
"""

from __future__ import annotations

import logging
import re

REDACTED = "<redacted>"

# `Bearer eyJ...`, and access_token / refresh_token / id_token / client_secret values
# in JSON ("access_token": "x"), form or query strings (access_token=x) and reprs.
_BEARER = re.compile(r"(?i)\b(bearer)\s+[A-Za-z0-9\-._~+/]+=*")
_FIELD = re.compile(
    r"(?i)(\b(?:access_token|refresh_token|id_token|client_secret|client_assertion"
    r"|password)\b['\"]?\s*[:=]\s*['\"]?)"
    r"[^'\"&\s,}]+"
)
# Short generic names are secrets only as URL query parameters (?token=, &sig= of a
# signed URL, &code= of a sign-in redirect); in prose "token: ..." is just words.
_QUERY = re.compile(r"(?i)([?&;](?:token|sig|code)=)[^&\s'\"#]+")
# A JWT wherever it appears (a next link, an exception text): header.payload.signature.
_JWT = re.compile(r"\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*")
# The password of a URL's user (a proxy named http://jdoe:pw@proxy:8080): urllib3 and
# requests put the proxy URL in some of their errors.
# Up to the last @ before the host: a password with an unencoded @ is still all hidden.
_USERINFO = re.compile(r"(?i)(\b[a-z][a-z0-9+.-]*://[^:/@\s'\"]+:)[^/\s'\"]+(?=@)")
_HINTS = ("bearer", "token", "secret", "password", "assertion", "eyj", "sig=", "code=", "@")

# Loggers whose records may carry request details. Module loggers of this package
# are added by `logger_for`.
_LIBRARY_LOGGERS = ("urllib3", "urllib3.connectionpool", "urllib3.util.retry", "requests")


def redact(text: str) -> str:
    """`text` with bearer tokens, token fields and URL passwords replaced by ``<redacted>``."""
    lowered = text.lower()
    if not any(hint in lowered for hint in _HINTS):
        return text  # the common case: nothing that could be a token
    text = _BEARER.sub(lambda m: f"{m.group(1)} {REDACTED}", text)
    text = _FIELD.sub(lambda m: f"{m.group(1)}{REDACTED}", text)
    text = _QUERY.sub(lambda m: f"{m.group(1)}{REDACTED}", text)
    text = _USERINFO.sub(lambda m: f"{m.group(1)}{REDACTED}", text)
    return _JWT.sub(REDACTED, text)


class RedactingFilter(logging.Filter):
    """Rewrites each record's message, and its traceback, with tokens redacted; never drops
    a record. The log file's handler carries one, so every logger's records pass it."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string is the caller's bug, not a reason to leak
            message = str(record.msg)
        cleaned = redact(message)
        if cleaned != message or record.args:
            record.msg = cleaned
            record.args = None
        # An exception's text (a URL with a token in it) is formatted after the filters
        # ran; formatting it here, once, lets the handler's formatter reuse the clean text.
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


_FILTER = RedactingFilter()


def _attach(logger: logging.Logger) -> None:
    if _FILTER not in logger.filters:
        logger.addFilter(_FILTER)


def install_redaction(*logger_names: str) -> None:
    """Attach the redacting filter to the named loggers and to the HTTP libraries' loggers."""
    for name in (*_LIBRARY_LOGGERS, *logger_names):
        _attach(logging.getLogger(name))


def logger_for(name: str) -> logging.Logger:
    """The module logger `name`, with the redacting filter already attached."""
    logger = logging.getLogger(name)
    install_redaction(name)
    return logger
