"""Defender for Endpoint routes: /api/machines (+ tags, one machine or many) and /api/alerts.

The machine actions are in `mde_actions`; it shares `error` and `find_machine` from here.
"""

from __future__ import annotations

import re
from typing import Any

import orjson

from console.emulator import schemas
from console.emulator.dataset import TenantData
from console.emulator.machine_actions import MachineActionDesk
from console.emulator.odata import ODataError, parse_options
from console.emulator.paging import list_page, with_context
from console.emulator.protocol import ApiRequest, Response
from console.emulator.store import Item
from console.emulator.wire import mde_error

ROUTE = re.compile(r"^/api/(machines|alerts)(?:/([^/]+))?(?:/(tags))?/?$")
_MACHINES, _ALERTS = schemas.machines(), schemas.mde_alerts()
JSON = "application/json; odata.metadata=minimal; charset=utf-8"
BULK_TAGS = "AddOrRemoveTagForMultipleMachines"
MAX_BULK_MACHINES = 500  # api-surface 2.3
TAG_PERMISSION = "Machine.ReadWrite.All"


def error(status: int, code: str, message: str) -> Response:
    return Response(status, mde_error(code, message), content_type=JSON)


def handle(request: ApiRequest, match: re.Match[str], desk: MachineActionDesk) -> Response:
    """`desk` keeps the log of tag requests (`Emulator.tag_requests`) beside the actions'."""
    resource, item_id, sub = match.groups()
    tenant = request.tenant
    assert tenant is not None
    try:
        with tenant.lock:
            if resource == "machines" and request.method == "POST" and item_id is not None:
                return _tag_request(request, tenant, desk, item_id, sub)
            if resource == "machines":
                return _machines(request, tenant, item_id, sub)
            if sub is not None:
                return error(404, "NotFound", f"Unknown path '{request.path}'.")
            return _alerts(request, tenant, item_id)
    except ODataError as problem:
        return error(400, "InvalidInput" if "body" in str(problem) else "ODataError", str(problem))


def find_machine(tenant: TenantData, key: str) -> Item | None:
    """The machine by its id or its computer name, as `GET /api/machines/{id}` takes either."""
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
        return Response(200, body, content_type=JSON, list_page=True)
    item = find_machine(tenant, item_id)
    if item is None:
        return error(404, "ResourceNotFound", f"Machine {item_id} was not found.")
    if sub == "tags":
        return error(405, "BadRequest", "Use POST to change tags.")
    if request.method != "GET":
        return error(405, "BadRequest", "Method not allowed.")
    return Response(200, with_context(f"{context}/$entity", item.body), content_type=JSON)


def _tag_request(
    request: ApiRequest, tenant: TenantData, desk: MachineActionDesk, key: str, sub: str | None
) -> Response:
    """A POST of tags on one machine or many, recorded with what it was answered. The
    permission is checked first, so a tag on a machine that does not exist is 403 too."""
    bulk = key == BULK_TAGS and sub is None
    if not bulk and sub != "tags":
        return error(405, "BadRequest", "Method not allowed.")
    asked: tuple[str, ...] = () if bulk else (key,)
    if desk.faults.machine_permission_denied(tenant.tenant.id, TAG_PERMISSION):
        response = error(403, "Forbidden", f"Missing application permission: {TAG_PERMISSION}")
    elif bulk:
        response, asked = _post_bulk_tags(request, tenant)
    else:
        response = _post_tags(request, tenant, key)
    desk.record(tenant.tenant.id, BULK_TAGS if bulk else "Tags", asked, response.status)
    return response


def _tag_change(
    request: ApiRequest, needs: tuple[str, ...]
) -> tuple[str, str, dict[str, Any]] | Response:
    """(Value, Action, the whole body) of a tag change, or the 400 MDE answers."""
    try:
        payload: Any = orjson.loads(request.body or b"null")
    except orjson.JSONDecodeError:
        return error(400, "InvalidRequestBody", "The request body is not valid JSON.")
    # Body parameters are case-sensitive in MDE: "value"/"action" are rejected.
    if not isinstance(payload, dict) or any(name not in payload for name in needs):
        names = " and ".join(f"'{name}'" for name in needs)
        return error(400, "MissingRequiredParameter", f"Request body must contain {names}.")
    value, action = payload["Value"], payload["Action"]
    if not isinstance(value, str) or not value.strip() or action not in ("Add", "Remove"):
        return error(400, "InvalidRequestBody", "'Value' must be a tag and 'Action' Add or Remove.")
    return value, action, payload


def _post_tags(request: ApiRequest, tenant: TenantData, key: str) -> Response:
    change = _tag_change(request, ("Value", "Action"))
    if isinstance(change, Response):
        return change
    item = find_machine(tenant, key)
    if item is None:
        return error(404, "ResourceNotFound", f"Machine {key} was not found.")
    value, action, _payload = change
    updated = _retag(tenant, item.id, value, action)
    context = f"{request.base_url}/api/$metadata#Machines/$entity"
    return Response(200, with_context(context, updated.body), content_type=JSON)


def _post_bulk_tags(request: ApiRequest, tenant: TenantData) -> tuple[Response, tuple[str, ...]]:
    """The machines the service knows, updated and listed once each; ids it does not know
    are left out of the answer rather than failing the batch."""
    change = _tag_change(request, ("Value", "Action", "MachineIds"))
    if isinstance(change, Response):
        return change, ()
    value, action, payload = change
    ids = payload["MachineIds"]
    if not isinstance(ids, list) or not ids or not all(isinstance(i, str) for i in ids):
        message = "'MachineIds' must be a non-empty array of machine ids."
        return error(400, "InvalidRequestBody", message), ()
    if len(ids) > MAX_BULK_MACHINES:
        message = f"At most {MAX_BULK_MACHINES} machines per request, not {len(ids)}."
        return error(400, "MaximumBatchSizeExceeded", message), tuple(ids)
    known = dict.fromkeys(i.lower() for i in ids if i.lower() in tenant.machines.items)
    updated = [_retag(tenant, machine_id, value, action) for machine_id in known]
    context = orjson.dumps(f"{request.base_url}/api/$metadata#Machines")
    body = b'{"@odata.context":%s,"value":[%s]}' % (context, b",".join(i.body for i in updated))
    return Response(200, body, content_type=JSON), tuple(ids)


def _retag(tenant: TenantData, machine_id: str, value: str, action: str) -> Item:
    """Add or remove one tag; nothing else of the machine moves (lastSeen is the device's
    last report, not the last change made to it)."""
    doc = tenant.machines.doc(machine_id)
    assert doc is not None
    tags = [t for t in doc["machineTags"] if t != value]
    if action == "Add":
        tags.append(value)
    doc["machineTags"] = tags
    return tenant.machines.put(doc)


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
        return Response(200, with_context(f"{context}/$entity", render(item)), content_type=JSON)
    matched = collection.select(
        options.predicate, options.filter_text, options.sort_field, options.descending
    )
    body = list_page(context, matched, options, request.base_url, request.path, render)
    return Response(200, body, content_type=JSON, list_page=True)
