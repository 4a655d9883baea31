"""Defender for Endpoint routes: /api/machines (+ tags) and /api/alerts."""

from __future__ import annotations

import re
from typing import Any

import orjson

from console.emulator import schemas
from console.emulator.dataset import TenantData
from console.emulator.odata import ODataError, parse_options
from console.emulator.paging import list_page, with_context
from console.emulator.protocol import ApiRequest, Response
from console.emulator.store import Item
from console.emulator.wire import mde_error

ROUTE = re.compile(r"^/api/(machines|alerts)(?:/([^/]+))?(?:/(tags))?/?$")
_MACHINES, _ALERTS = schemas.machines(), schemas.mde_alerts()
_JSON = "application/json; odata.metadata=minimal; charset=utf-8"


def error(status: int, code: str, message: str) -> Response:
    return Response(status, mde_error(code, message), content_type=_JSON)


def handle(request: ApiRequest, match: re.Match[str]) -> Response:
    resource, item_id, sub = match.groups()
    tenant = request.tenant
    assert tenant is not None
    try:
        with tenant.lock:
            if resource == "machines":
                return _machines(request, tenant, item_id, sub)
            if sub is not None:
                return error(404, "NotFound", f"Unknown path '{request.path}'.")
            return _alerts(request, tenant, item_id)
    except ODataError as problem:
        return error(400, "InvalidInput" if "body" in str(problem) else "ODataError", str(problem))


def _find_machine(tenant: TenantData, key: str) -> Item | None:
    item = tenant.machines.items.get(key.lower())
    if item is not None:
        return item
    name_position = tenant.machines.index["computerDnsName"]
    lowered = key.lower()
    return next(
        (i for i in tenant.machines.items.values() if i.row[name_position].lower() == lowered), None
    )


def _machines(
    request: ApiRequest, tenant: TenantData, item_id: str | None, sub: str | None
) -> Response:
    context = f"{request.base_url}/api/$metadata#Machines"
    if item_id is None:
        if request.method != "GET":
            return error(405, "BadRequest", "Method not allowed.")
        options = parse_options(request.query, _MACHINES, tenant.machines.index)
        matched = tenant.machines.select(
            options.predicate, options.filter_text, options.sort_field, options.descending
        )
        if not matched:
            # The real API answers an empty result with 404, not an empty list.
            return error(404, "ResourceNotFound", "No machines found.")
        body = list_page(
            context, matched, options, request.base_url, request.path, lambda i: i.body
        )
        return Response(200, body, content_type=_JSON, list_page=True)
    item = _find_machine(tenant, item_id)
    if item is None:
        return error(404, "ResourceNotFound", f"Machine {item_id} was not found.")
    if sub == "tags":
        if request.method != "POST":
            return error(405, "BadRequest", "Use POST to change tags.")
        return _post_tags(request, tenant, item, context)
    if request.method != "GET":
        return error(405, "BadRequest", "Method not allowed.")
    return Response(200, with_context(f"{context}/$entity", item.body), content_type=_JSON)


def _post_tags(request: ApiRequest, tenant: TenantData, item: Item, context: str) -> Response:
    try:
        payload: Any = orjson.loads(request.body or b"null")
    except orjson.JSONDecodeError:
        return error(400, "InvalidRequestBody", "The request body is not valid JSON.")
    # Body parameters are case-sensitive in MDE: "value"/"action" are rejected.
    if not isinstance(payload, dict) or "Value" not in payload or "Action" not in payload:
        return error(
            400, "MissingRequiredParameter", "Request body must contain 'Value' and 'Action'."
        )
    value, action = payload["Value"], payload["Action"]
    if not isinstance(value, str) or not value.strip() or action not in ("Add", "Remove"):
        return error(400, "InvalidRequestBody", "'Value' must be a tag and 'Action' Add or Remove.")
    doc = tenant.machines.doc(item.id)
    assert doc is not None
    tags = [t for t in doc["machineTags"] if t != value]
    if action == "Add":
        tags.append(value)
    doc["machineTags"] = tags
    updated = tenant.machines.put(doc)
    return Response(200, with_context(f"{context}/$entity", updated.body), content_type=_JSON)


def _alerts(request: ApiRequest, tenant: TenantData, item_id: str | None) -> Response:
    if request.method != "GET":
        return error(405, "BadRequest", "Method not allowed.")
    collection = tenant.mde_alerts
    options = parse_options(request.query, _ALERTS, collection.index)
    expand = "evidence" in options.expand

    def render(item: Item) -> bytes:
        return tenant.mde_alert_body(item.id, expand)

    context = f"{request.base_url}/api/$metadata#Alerts"
    if item_id is not None:
        item = collection.items.get(item_id)
        if item is None:
            return error(404, "ResourceNotFound", f"Alert {item_id} was not found.")
        return Response(200, with_context(f"{context}/$entity", render(item)), content_type=_JSON)
    matched = collection.select(
        options.predicate, options.filter_text, options.sort_field, options.descending
    )
    body = list_page(context, matched, options, request.base_url, request.path, render)
    return Response(200, body, content_type=_JSON, list_page=True)
