"""Assembling list pages from pre-serialised items: joined bytes, never re-encoded."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import quote

import orjson

from console.emulator.odata import Options
from console.emulator.store import Item

_SAFE = "$',:()/"


def next_link(base: str, path: str, options: Options, next_skip: int) -> str:
    """Absolute URL carrying the same options, with ``$skip`` moved on."""
    kept = [(k, v) for k, v in options.raw if k.lower().lstrip("$") != "skip"]
    kept.append(("$skip", str(next_skip)))
    query = "&".join(f"{quote(k, safe=_SAFE)}={quote(v, safe=_SAFE)}" for k, v in kept)
    return f"{base}{path}?{query}"


def list_page(
    context: str,
    matched: list[Item],
    options: Options,
    link_base: str,
    path: str,
    render: Callable[[Item], bytes],
) -> bytes:
    page = matched[options.skip : options.skip + options.top]
    parts = [b'{"@odata.context":', orjson.dumps(context)]
    if options.count:
        parts.append(b',"@odata.count":%d' % len(matched))
    if options.skip + options.top < len(matched):
        parts += [
            b',"@odata.nextLink":',
            orjson.dumps(next_link(link_base, path, options, options.skip + options.top)),
        ]
    parts += [b',"value":[', b",".join(render(item) for item in page), b"]}"]
    return b"".join(parts)


def with_context(context: str, body: bytes) -> bytes:
    """A single entity with ``@odata.context`` spliced in front of its fields."""
    return b'{"@odata.context":' + orjson.dumps(context) + b"," + body[1:]
