"""The experts service (Ask Defender Experts) as the emulator serves it.

There is no public Microsoft API for this; the wire format is ours
(docs/experts-service-api.md). A submitted request moves to inProgress after
`experts_progress_after` seconds and is answered after `experts_answer_after`
seconds of the desk's clock (0 disables a timer); timers are applied lazily
whenever the desk is read, so tests drive it with `advance()` and `answer()`.
"""

from __future__ import annotations

import re
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs

import orjson

from console.emulator.protocol import ApiRequest, Response
from console.emulator.wire import fmt_us, graph_error, now_us, parse_literal_datetime

ROUTE = re.compile(r"^/experts/v1/tenants/([^/]+)/requests(?:/([^/]+))?(?:/(replies))?/?$")
AUTHOR = "Microsoft Defender Experts"
_CATEGORIES = (
    "alertInformation",
    "possibleDeviceCompromise",
    "threatIntelligence",
    "notificationFollowUp",
)
_ANSWERS = {
    "alertInformation": "We reviewed the alert on {name}. The activity matches a known technique; we found no further related activity in your tenant in the last 30 days. Review the process tree and the command line in the alert evidence.",
    "possibleDeviceCompromise": "We investigated {name}. We see no sign of an active compromise beyond what the alerts show; isolate the device if the activity repeats and collect an investigation package.",
    "threatIntelligence": "Regarding {name}: this activity is associated with a commodity malware family. Microsoft Defender detects its known variants; see the threat analytics report for indicators.",
    "notificationFollowUp": "About the notification {name}: follow its recommendations in order, starting with containment. We can share the advanced hunting queries we used so your team can scope the incident.",
}


@dataclass
class _Request:
    id: str
    tenant_id: str
    client_id: str
    body: dict[str, Any]
    status: str
    created: int  # epoch µs, for the wire
    updated: int
    started: float  # the desk clock when the current timers began
    replies: list[dict[str, Any]] = field(default_factory=list)
    reply_keys: dict[str, dict[str, Any]] = field(default_factory=dict)


class ExpertsDesk:
    """Requests per tenant, idempotent POSTs, timers on an injectable clock."""

    def __init__(
        self,
        progress_after: float = 5.0,
        answer_after: float = 15.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.progress_after = progress_after
        self.answer_after = answer_after
        self.clock = clock
        self.lock = threading.Lock()
        self._requests: dict[str, _Request] = {}
        self._by_key: dict[tuple[str, str], str] = {}
        # Each accepted POST of a new request: (tenant id, idempotency key, id).
        self.received: list[tuple[str, str, str]] = []

    # -- test hooks ------------------------------------------------------------------------

    def _find(self, request_id: str) -> _Request:
        found = self._requests.get(request_id) or next(
            (r for r in self._requests.values() if r.client_id == request_id), None
        )
        if found is None:
            raise KeyError(request_id)
        return found

    def advance(self, request_id: str) -> str:
        """Move a request one step: submitted -> inProgress -> answered. Returns the status."""
        with self.lock:
            item = self._find(request_id)
            if item.status == "submitted":
                self._set(item, "inProgress")
            elif item.status == "inProgress":
                self._answer(item, None)
            return item.status

    def answer(self, request_id: str, text: str | None = None) -> None:
        """Answer now (with `text`, or a plausible reply for its category and entity)."""
        with self.lock:
            self._answer(self._find(request_id), text)

    def request(self, request_id: str) -> dict[str, Any]:
        with self.lock:
            return self._resource(self._find(request_id))

    # -- state changes (lock held) ---------------------------------------------------------

    def _set(self, item: _Request, status: str) -> None:
        item.status = status
        item.updated = now_us()

    def _answer(self, item: _Request, text: str | None) -> None:
        name = (item.body.get("context") or {}).get("name") or "this entity"
        template = _ANSWERS.get(item.body.get("category", ""), _ANSWERS["alertInformation"])
        stamp = now_us()
        item.replies.append(
            {
                "id": str(uuid.uuid4()),
                "author": AUTHOR,
                "text": text or template.format(name=name),
                "createdDateTime": fmt_us(stamp),
                "fromExperts": True,
            }
        )
        item.status, item.updated = "answered", stamp

    def _tick(self, item: _Request) -> None:
        elapsed = self.clock() - item.started
        if item.status == "submitted" and self.progress_after and elapsed >= self.progress_after:
            self._set(item, "inProgress")
        if item.status == "inProgress" and self.answer_after and elapsed >= self.answer_after:
            self._answer(item, None)

    def _resource(self, item: _Request) -> dict[str, Any]:
        return {
            **item.body,
            "id": item.id,
            "clientRequestId": item.client_id,
            "status": item.status,
            "createdDateTime": fmt_us(item.created),
            "lastUpdateDateTime": fmt_us(item.updated),
            "replies": list(item.replies),
        }

    # -- HTTP ------------------------------------------------------------------------------

    def handle(self, request: ApiRequest, match: re.Match[str], tenant_id: str) -> Response:
        path_tenant, item_id, sub = match.groups()
        if path_tenant.lower() != tenant_id.lower():
            return _error(403, "Forbidden", "The token is not valid for this tenant.", request)
        with self.lock:
            if item_id is None:
                if request.method == "POST":
                    return self._create(request, tenant_id)
                if request.method == "GET":
                    return self._list(request, tenant_id)
                return _error(405, "BadRequest", "Method not allowed.", request)
            item = self._requests.get(item_id)
            if item is None or item.tenant_id != tenant_id:
                return _error(404, "NotFound", f"Request {item_id} was not found.", request)
            self._tick(item)
            if sub == "replies":
                if request.method != "POST":
                    return _error(405, "BadRequest", "Use POST to reply.", request)
                return self._reply(request, item)
            if request.method != "GET":
                return _error(405, "BadRequest", "Method not allowed.", request)
            return _json(200, self._resource(item))

    def _create(self, request: ApiRequest, tenant_id: str) -> Response:
        key = request.headers.get("idempotency-key", "").strip()
        if not key:
            return _error(400, "BadRequest", "The Idempotency-Key header is required.", request)
        existing = self._by_key.get((tenant_id, key))
        if existing is not None:
            return _json(200, self._resource(self._requests[existing]))
        body = _body(request)
        problem = _check_request(body)
        if problem:
            return _error(400, "BadRequest", problem, request)
        stamp = now_us()
        item = _Request(
            str(uuid.uuid4()), tenant_id, key, body, "submitted", stamp, stamp, self.clock()
        )
        self._requests[item.id] = item
        self._by_key[(tenant_id, key)] = item.id
        self.received.append((tenant_id, key, item.id))
        return _json(201, self._resource(item))

    def _list(self, request: ApiRequest, tenant_id: str) -> Response:
        since = parse_qs(request.query).get("updatedSince", [None])[0]
        try:
            floor = parse_literal_datetime(since) if since else None
        except ValueError:
            return _error(400, "BadRequest", f"Invalid updatedSince '{since}'.", request)
        items = []
        for item in self._requests.values():
            if item.tenant_id != tenant_id:
                continue
            self._tick(item)
            if floor is None or fmt_us(item.updated) >= floor:
                items.append(self._resource(item))
        return _json(200, {"value": items})

    def _reply(self, request: ApiRequest, item: _Request) -> Response:
        key = request.headers.get("idempotency-key", "").strip()
        if not key:
            return _error(400, "BadRequest", "The Idempotency-Key header is required.", request)
        if key in item.reply_keys:
            return _json(200, item.reply_keys[key])
        text = _body(request).get("text")
        if not isinstance(text, str) or not text.strip():
            return _error(400, "BadRequest", "'text' is required.", request)
        stamp = now_us()
        reply = {
            "id": str(uuid.uuid4()),
            "clientReplyId": key,
            "author": request.principal or "analyst",
            "text": text,
            "createdDateTime": fmt_us(stamp),
            "fromExperts": False,
        }
        item.replies.append(reply)
        item.reply_keys[key] = reply
        # A follow-up reopens the request; the experts answer it again later.
        item.status, item.updated, item.started = (
            "inProgress",
            stamp,
            self.clock() - self.progress_after,
        )
        return _json(201, reply)


def _body(request: ApiRequest) -> dict[str, Any]:
    try:
        data = orjson.loads(request.body or b"{}")
    except orjson.JSONDecodeError:
        return {}
    return data if isinstance(data, dict) else {}


def _check_request(body: dict[str, Any]) -> str | None:
    if body.get("category") not in _CATEGORIES:
        return f"'category' must be one of {', '.join(_CATEGORIES)}."
    if not isinstance(body.get("question"), str) or not body["question"].strip():
        return "'question' is required."
    context = body.get("context")
    if not isinstance(context, dict) or context.get("kind") not in ("device", "alert", "incident"):
        return "'context.kind' must be device, alert or incident."
    if body.get("priority", "normal") not in ("normal", "high"):
        return "'priority' must be normal or high."
    return None


def _json(status: int, data: Any) -> Response:
    return Response(status, orjson.dumps(data), content_type="application/json; charset=utf-8")


def _error(status: int, code: str, message: str, request: ApiRequest) -> Response:
    return Response(
        status,
        graph_error(code, message, request.headers.get("client-request-id")),
        content_type="application/json; charset=utf-8",
    )
