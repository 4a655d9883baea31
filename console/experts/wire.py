"""The experts service REST API (docs/experts-service-api.md) on the client side.

POSTs carry the request's (or reply's) id as `Idempotency-Key`, so a resend after
a lost response or a crash gets the same resource back, never a second question.
`ApiSession` does not retry POSTs itself; the outbox retries with the same key.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlencode

from console.api.errors import MalformedPageError, PagingError
from console.api.parse.fields import parse_datetime
from console.api.scope import BaseUrl
from console.domain.experts import ExpertRequest, RemoteReply, RequestStatus

if TYPE_CHECKING:
    from console.api.session import ApiSession  # only a type: requests loads on first use

log = logging.getLogger(__name__)

# Pages of one poll. The service pages its tenant's changed requests, a few dozen a
# quarter, so even a year of them fits in a handful of pages; a server whose next
# links never end (or go round a cycle of fresh-looking URLs) is stopped here.
MAX_POLL_PAGES = 1_000


@dataclass(frozen=True, slots=True)
class RemoteRequest:
    remote_id: str
    client_id: str | None
    status: RequestStatus
    updated: datetime | None
    replies: tuple[RemoteReply, ...]


def format_time(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def request_body(request: ExpertRequest) -> dict[str, Any]:
    context = request.context
    return {
        "category": request.category.value,
        "question": request.question,
        "priority": request.priority.value,
        "contacts": list(request.contacts),
        "context": {
            "kind": context.kind,
            "entityId": context.entity_id,
            "name": context.name,
            "webUrl": context.web_url,
            "facts": [{"key": f.key, "value": f.value} for f in context.facts],
        },
        "attachments": [{"title": a.title, "text": a.text} for a in request.attachments],
    }


def _reply(data: Mapping[str, Any]) -> RemoteReply:
    return RemoteReply(
        remote_id=str(data["id"]),
        client_id=data.get("clientReplyId"),
        author=str(data.get("author") or ""),
        text=str(data.get("text") or ""),
        created=parse_datetime(data.get("createdDateTime")) or datetime.now(UTC),
        from_experts=bool(data.get("fromExperts")),
    )


def parse_request(data: Any) -> RemoteRequest:
    if not isinstance(data, dict) or not isinstance(data.get("id"), str):
        raise MalformedPageError("experts request without an id", resource="experts request")
    status = RequestStatus.parse(data.get("status")) or RequestStatus.SUBMITTED
    return RemoteRequest(
        remote_id=data["id"],
        client_id=data.get("clientRequestId"),
        status=status,
        updated=parse_datetime(data.get("lastUpdateDateTime")),
        replies=tuple(_reply(r) for r in data.get("replies") or () if isinstance(r, dict)),
    )


class ExpertsClient:
    """One tenant's requests on an experts service at `base_url` (…/experts/v1)."""

    def __init__(
        self,
        session: ApiSession,
        base_url: str,
        tenant_id: str,
        *,
        max_pages: int = MAX_POLL_PAGES,
    ) -> None:
        self.session = session
        self.max_pages = max_pages
        # The session may serve other endpoints; these requests (and the next links
        # the service hands back) stay under the experts endpoint, https unless local.
        self.scope = BaseUrl(base_url)
        self.requests_url = f"{self.scope.url}/tenants/{quote(tenant_id)}/requests"

    def submit(self, request: ExpertRequest) -> RemoteRequest:
        response = self.session.post_json(
            self.requests_url,
            request_body(request),
            resource="experts request",
            headers={"Idempotency-Key": request.id},
            scope=self.scope,
        )
        return parse_request(response.body)

    def submit_reply(self, remote_request_id: str, reply_id: str, text: str) -> RemoteReply:
        response = self.session.post_json(
            f"{self.requests_url}/{quote(remote_request_id)}/replies",
            {"text": text},
            resource="experts reply",
            headers={"Idempotency-Key": reply_id},
            scope=self.scope,
        )
        if not isinstance(response.body, dict) or "id" not in response.body:
            raise MalformedPageError("experts reply without an id", resource="experts reply")
        return _reply(response.body)

    def updated_since(self, since: datetime | None) -> list[RemoteRequest]:
        url = self.requests_url
        if since is not None:
            url += "?" + urlencode({"updatedSince": format_time(since)})
        found: list[RemoteRequest] = []
        # Every URL read in this poll: a next link back to any of them is a paging
        # loop (p1 -> p2 -> p1), not only one pointing at its own page.
        followed: set[str] = set()
        while url:
            followed.add(url)
            response = self.session.get_json(url, resource="experts requests", scope=self.scope)
            body = response.body if isinstance(response.body, dict) else {}
            items = body.get("value")
            if not isinstance(items, list):
                raise MalformedPageError("no value array", resource="experts requests")
            for item in items:
                try:
                    found.append(parse_request(item))
                except MalformedPageError as error:
                    # One unreadable request must not stop every answer from arriving.
                    log.warning("skipped an experts request: %s", error)
            next_link = body.get("@odata.nextLink")
            if not isinstance(next_link, str) or not next_link:
                return found
            self._check_paging(url, next_link, len(followed), followed)
            url = next_link
        return found

    def _check_paging(self, url: str, next_link: str, pages: int, followed: set[str]) -> None:
        """Stop a poll whose next links never end, before it reads another page."""
        if next_link in followed:
            raise PagingError(
                "its next link leads back to a page already read in this poll "
                "(a paging loop); stopped",
                resource="experts requests",
                page=pages,
                url=url,
            )
        if pages >= self.max_pages:
            raise PagingError(
                f"one poll reads at most {self.max_pages:,} pages and the service "
                "keeps sending next links; stopped",
                resource="experts requests",
                page=pages,
                url=url,
            )
