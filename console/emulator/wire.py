"""Wire-level helpers: Microsoft's timestamp format and error bodies.

Written from the wire format on purpose; nothing here is shared with ``console.api``.
"""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime, timedelta

import orjson

_EPOCH = datetime(1970, 1, 1)
_FRACTION = re.compile(r"\.(\d+)")


_DAY_US = 86_400_000_000
_dates: dict[int, str] = {}


def fmt_us(micros: int) -> str:
    """Epoch microseconds -> ``2024-05-01T12:34:56.1234567Z`` (7 fractional digits, like Graph).

    The 7th digit is derived from the value so timestamps look real yet stay deterministic;
    strings in this fixed-width form sort in time order, which filtering relies on.
    Hand-rolled (with a per-day cache) because generation formats half a million of them.
    """
    day, rest = divmod(micros, _DAY_US)
    date = _dates.get(day)
    if date is None:
        date = _dates[day] = (_EPOCH + timedelta(days=day)).strftime("%Y-%m-%d")
    seconds, fraction = divmod(rest, 1_000_000)
    hours, seconds = divmod(seconds, 3600)
    minutes, seconds = divmod(seconds, 60)
    return f"{date}T{hours:02d}:{minutes:02d}:{seconds:02d}.{fraction:06d}{(micros // 7) % 10}Z"


def to_us(moment: datetime) -> int:
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return (moment - _EPOCH) // timedelta(microseconds=1)


def now_us() -> int:
    return to_us(datetime.now(UTC))


def parse_literal_datetime(text: str) -> str:
    """An OData datetime literal -> the same sortable 7-digit string items use.

    Raises ValueError for text that is not a datetime.
    """
    seventh = "0"
    match = _FRACTION.search(text)
    if match:
        digits = match.group(1)
        seventh = digits[6] if len(digits) > 6 else "0"
        text = text[: match.start()] + "." + digits[:6].ljust(6, "0") + text[match.end() :]
    moment = datetime.fromisoformat(text.replace("z", "Z"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return fmt_us(to_us(moment))[:-2] + seventh + "Z"


def graph_error(code: str, message: str, client_request_id: str | None = None) -> bytes:
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S")
    return orjson.dumps(
        {
            "error": {
                "code": code,
                "message": message,
                "innerError": {
                    "date": now,
                    "request-id": str(uuid.uuid4()),
                    "client-request-id": client_request_id or str(uuid.uuid4()),
                },
            }
        }
    )


def mde_error(code: str, message: str) -> bytes:
    return orjson.dumps({"error": {"code": code, "message": message, "target": str(uuid.uuid4())}})


def oauth_error(error: str, description: str, code: int) -> bytes:
    return orjson.dumps(
        {
            "error": error,
            "error_description": f"AADSTS{code}: {description}",
            "error_codes": [code],
            "timestamp": datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%SZ"),
            "trace_id": str(uuid.uuid4()),
            "correlation_id": str(uuid.uuid4()),
        }
    )
