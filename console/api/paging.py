"""OData paging: one `Page` per response, following `@odata.nextLink` exactly as given.

A saved `next_link` resumes a sync where it stopped: pass it as `first_url` with
no params. Items that cannot be parsed at all are skipped and named in the page's
`warnings`, so one bad item does not stop a sync of 100,000.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from console.api.errors import ApiError, MalformedPageError, ParseError, TenantMismatchError
from console.api.gcpause import gc_paused
from console.api.odata import QueryParams, with_query

if TYPE_CHECKING:
    from console.api.session import ApiSession

T = TypeVar("T")

# Parses one item of `value`, appending any warnings; raises ParseError for a non-item.
ItemParser = Callable[[Any, list[str]], T]


@dataclass(slots=True)
class Page(Generic[T]):
    resource: str
    number: int  # 1-based, counted from where this run started
    url: str
    items: list[T]
    next_link: str | None
    count: int | None = None  # @odata.count, when asked for with $count=true
    warnings: list[str] = field(default_factory=list)
    server_time: datetime | None = None  # the Date header

    @property
    def is_last(self) -> bool:
        return self.next_link is None


def _value_array(body: Any, resource: str, number: int, url: str) -> list[Any]:
    value = body.get("value") if isinstance(body, Mapping) else None
    if not isinstance(value, list):
        shape = "no 'value' array" if isinstance(body, Mapping) else "not a JSON object"
        raise MalformedPageError(
            f"the response is {shape}", resource=resource, page=number, url=url
        )
    return value


def _next_link(body: Mapping[str, Any], resource: str, number: int, url: str) -> str | None:
    link = body.get("@odata.nextLink")
    if link is None or link == "":
        return None
    if not isinstance(link, str):
        raise MalformedPageError(
            "@odata.nextLink is not a string", resource=resource, page=number, url=url
        )
    if link == url:
        # Following it would loop forever on the same page.
        raise MalformedPageError(
            "@odata.nextLink points back to this page", resource=resource, page=number, url=url
        )
    return link


def parse_items(raw_items: list[Any], parse_item: ItemParser[T], warnings: list[str]) -> list[T]:
    items: list[T] = []
    append = items.append
    for position, obj in enumerate(raw_items, start=1):
        try:
            append(parse_item(obj, warnings))
        except ParseError as error:
            warnings.append(f"item {position} skipped: {error}")
    return items


def iter_pages(
    session: ApiSession,
    resource: str,
    first_url: str,
    params: QueryParams | None,
    parse_item: ItemParser[T],
    *,
    first_number: int = 1,
    headers: Mapping[str, str] | None = None,
    empty_on_not_found: bool = False,
) -> Iterator[Page[T]]:
    """Pages of `resource` from `first_url` (+ `params`), then each `@odata.nextLink`.

    `empty_on_not_found`: a 404 carrying a service error body on the first page of
    a fresh listing means "nothing here" (Defender for Endpoint answers /api/machines
    that way when it has no machines), so it yields one empty last page instead of
    raising. On a next link, or a saved link a run resumes from (`params` is None),
    the same 404 means the link expired: it raises, so the listing is never taken
    as complete (which would hide every item after the earlier pages) and the sync
    can restart a forgotten resume link from the beginning.
    """
    url = with_query(first_url, params)
    number = first_number
    may_be_empty = empty_on_not_found and params is not None
    while True:
        try:
            response = session.get_json(url, resource=resource, page=number, headers=headers)
        except ApiError as error:
            if may_be_empty and error.status == 404 and error.code is not None:
                yield Page(resource, number, url, [], None)
                return
            raise
        may_be_empty = False  # only the listing's own first request may mean "none"
        body = response.body
        raw_items = _value_array(body, resource, number, url)
        next_link = _next_link(body, resource, number, url)
        warnings: list[str] = []
        try:
            with gc_paused():
                items = parse_items(raw_items, parse_item, warnings)
        except TenantMismatchError as error:
            # Raised before the page is yielded, so nothing of it reaches the cache.
            error.resource, error.page, error.url = resource, number, url
            raise
        count = body.get("@odata.count")
        yield Page(
            resource=resource,
            number=number,
            url=url,
            items=items,
            next_link=next_link,
            count=count if type(count) is int else None,
            warnings=warnings,
            server_time=response.server_time,
        )
        if next_link is None:
            return
        url = next_link
        number += 1
