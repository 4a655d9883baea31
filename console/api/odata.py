"""OData query strings: `$`-options spelled as the docs spell them, datetimes as Graph wants."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from urllib.parse import quote, urlencode

QueryParams = Mapping[str, str | int | bool]

# Keep `$`, quotes, commas, colons and parentheses readable in logs and server
# access logs; both services accept them unencoded. Spaces become %20.
_SAFE = "$',:()/"


def _text(value: str | int | bool) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def with_query(url: str, params: QueryParams | None) -> str:
    """`url` with `params` appended (after any query it already has)."""
    if not params:
        return url
    query = urlencode({k: _text(v) for k, v in params.items()}, safe=_SAFE, quote_via=quote)
    return f"{url}{'&' if '?' in url else '?'}{query}"


def odata_datetime(moment: datetime) -> str:
    """``2024-01-01T00:00:00Z`` (microseconds when present); naive means UTC."""
    aware = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    spec = "microseconds" if aware.microsecond else "seconds"
    return aware.replace(tzinfo=None).isoformat(timespec=spec) + "Z"


def quote_key(key: str) -> str:
    """An entity key for a path segment: ``/incidents/2972395``; `/` and `?` cannot escape it."""
    return quote(key, safe="")
