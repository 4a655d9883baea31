"""Wire JSON -> domain objects. Pure functions: no I/O, nothing but `ParseError` raised.

Each parser takes an optional `warnings` list; fields of the wrong type are
tolerated (None, or their text) and described there instead of failing the item.
"""

from console.api.parse.defender import parse_device, parse_mde_alert
from console.api.parse.evidence import parse_evidence
from console.api.parse.fields import parse_datetime
from console.api.parse.graph import parse_alert, parse_incident

__all__ = [
    "parse_alert",
    "parse_datetime",
    "parse_device",
    "parse_evidence",
    "parse_incident",
    "parse_mde_alert",
]
