"""Defender for Endpoint device response routes: the machine actions (isolate, scan, collect,
restrict and their reverses), `/api/machineactions`, and the package download links.

Checked in the order the service does as far as its answers show: the permission first (a
403 for a machine that does not exist, too), then the body (case-sensitive parameters),
then the machine, then whether an action of the same kind already runs there.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qs

import orjson

from console.emulator import machine_actions
from console.emulator.dataset import TenantData
from console.emulator.machine_actions import BY_PATH, KINDS, Kind, MachineActionDesk
from console.emulator.mde_routes import JSON, error, find_machine
from console.emulator.odata import Field, ODataError, Schema, parse_options
from console.emulator.paging import list_page, with_context
from console.emulator.protocol import ApiRequest, Request, Response

_ACTION_PATHS = "|".join(kind.path for kind in KINDS)
# ASP.NET routes ignore case: the docs themselves write both GetPackageUri and getPackageUri.
ROUTE = re.compile(
    rf"^/api/(?:machines/([^/]+)/({_ACTION_PATHS})"
    r"|machineactions(?:/([^/]+))?(?:/(GetPackageUri))?)/?$",
    re.IGNORECASE,
)
PACKAGE_ROUTE = re.compile(r"^/packages/([0-9a-f-]{36})\.zip$")
_SCHEMA = Schema(
    "MachineAction",
    {
        "id": Field("string"),
        "status": Field("enum", machine_actions.STATUSES),
        "machineId": Field("string"),
        "type": Field("enum", tuple(kind.type for kind in KINDS)),
        "requestor": Field("string"),
        "creationDateTimeUtc": Field("datetime"),
    },
    ("creationDateTimeUtc", "id"),
    ("creationDateTimeUtc", True),
    top_cap=10_000,
)


def handle(request: ApiRequest, match: re.Match[str], desk: MachineActionDesk) -> Response:
    machine_key, path, action_id, sub = match.groups()
    tenant = request.tenant
    assert tenant is not None
    with tenant.lock:
        if path is not None:
            kind = BY_PATH[path.lower()]
            response = _start(request, tenant, desk, kind, machine_key)
            desk.record(tenant.tenant.id, kind.type, (machine_key,), response.status)
            return response
        if request.method != "GET":
            return error(405, "BadRequest", "Method not allowed.")
        if action_id is None:
            return _list(request, tenant, desk)
        return _one(request, tenant, desk, action_id, sub is not None)


def _context(request: Request) -> str:
    return f"{request.base_url}/api/$metadata#MachineActions"


def _start(
    request: ApiRequest, tenant: TenantData, desk: MachineActionDesk, kind: Kind, key: str
) -> Response:
    if request.method != "POST":
        return error(405, "BadRequest", f"Use POST to {kind.path}.")
    if desk.faults.machine_permission_denied(tenant.tenant.id, kind.permission):
        return error(403, "Forbidden", f"Missing application permission: {kind.permission}")
    parameters = _parameters(request, kind)
    if isinstance(parameters, Response):
        return parameters
    comment, scope = parameters
    item = find_machine(tenant, key)
    if item is None:
        return error(404, "ResourceNotFound", f"Machine {key} was not found.")
    name = item.row[tenant.machines.index["computerDnsName"]]
    action = desk.start(tenant.tenant.id, kind, (item.id, name), scope, request.principal, comment)
    if action is None:
        return error(400, "ActiveRequestAlreadyExists", "Action is already in progress")
    body = orjson.dumps(action.doc(action.created))
    return Response(201, with_context(f"{_context(request)}/$entity", body), content_type=JSON)


def _parameters(request: ApiRequest, kind: Kind) -> tuple[str, str | None] | Response:
    """(Comment, scope) from the body, or the 400 MDE answers. Parameter names are
    case-sensitive, so a "comment" is a missing Comment; their values are exact too."""
    try:
        payload: Any = orjson.loads(request.body or b"null")
    except orjson.JSONDecodeError:
        return error(400, "InvalidRequestBody", "The request body is not valid JSON.")
    if not isinstance(payload, dict):
        return error(400, "InvalidRequestBody", "The request body must be a JSON object.")
    comment = payload.get("Comment")
    if comment is None or (isinstance(comment, str) and not comment.strip()):
        return error(400, "MissingRequiredParameter", "Missing required parameter: Comment.")
    if not isinstance(comment, str):
        return error(400, "InvalidRequestBody", "'Comment' must be a string.")
    if kind.option is None:
        return comment, None
    choice = payload.get(kind.option)
    if choice is None and kind.option_required:
        return error(400, "MissingRequiredParameter", f"Missing required parameter: {kind.option}.")
    choice = kind.choices[0] if choice is None else choice
    if choice not in kind.choices:
        allowed = " or ".join(f"'{c}'" for c in kind.choices)
        return error(400, "InvalidRequestBody", f"'{kind.option}' must be {allowed}.")
    return comment, str(choice)


def _list(request: ApiRequest, tenant: TenantData, desk: MachineActionDesk) -> Response:
    """The tenant's actions as they are now; unlike machines, an empty result is a list."""
    collection, _now = desk.collection(tenant.tenant.id)
    try:
        options = parse_options(request.query, _SCHEMA, collection.index)
    except ODataError as problem:
        return error(400, "ODataError", str(problem))
    matched = collection.select(
        options.predicate, options.filter_text, options.sort_field, options.descending
    )
    body = list_page(
        _context(request), matched, options, request.base_url, request.path, lambda i: i.body
    )
    return Response(200, body, content_type=JSON, list_page=True)


def _one(
    request: ApiRequest,
    tenant: TenantData,
    desk: MachineActionDesk,
    action_id: str,
    package: bool,
) -> Response:
    action = desk.get(tenant.tenant.id, action_id)
    if action is None:
        return error(404, "ResourceNotFound", f"Machine action {action_id} was not found.")
    now = desk.now()
    if not package:
        body = orjson.dumps(action.doc(now))
        return Response(200, with_context(f"{_context(request)}/$entity", body), content_type=JSON)
    if action.kind.type != "CollectInvestigationPackage":
        return error(
            400,
            "BadRequest",
            f"Machine action {action.id} is {action.kind.type}, not CollectInvestigationPackage.",
        )
    status = action.status(now)
    if status != "Succeeded":
        # The documented answer while the collection exists but has not completed.
        return error(
            404, "ResourceNotFound", f"The investigation package is not available: it is {status}."
        )
    body = orjson.dumps(
        {
            "@odata.context": f"{request.base_url}/api/$metadata#Edm.String",
            "value": desk.package_link(action, request.base_url),
        }
    )
    return Response(200, body, content_type=JSON)


def serve_package(request: Request, match: re.Match[str], desk: MachineActionDesk) -> Response:
    """The package behind a signed link; no bearer token needed, as for a SAS URL. A bad or
    expired signature gets storage's 403 (XML, as Azure Storage answers), not MDE's JSON."""
    if request.method != "GET":
        return _storage_error(405, "UnsupportedHttpVerb", "Only GET reads a package.")
    query = parse_qs(request.query)
    data = desk.package(
        match.group(1),
        query.get("se", [""])[0],
        query.get("sig", [""])[0],
        sent_authorization="authorization" in request.headers,
    )
    if data is None:
        return _storage_error(
            403,
            "AuthenticationFailed",
            "Server failed to authenticate the request. Make sure the value of the "
            "Authorization header or the signature is formed correctly and not expired.",
        )
    disposition = f'attachment; filename="{match.group(1)}.zip"'
    return Response(
        200, data, headers={"Content-Disposition": disposition}, content_type="application/zip"
    )


def _storage_error(status: int, code: str, message: str) -> Response:
    body = (
        '<?xml version="1.0" encoding="utf-8"?>'
        f"<Error><Code>{code}</Code><Message>{message}</Message></Error>"
    ).encode()
    return Response(status, body, content_type="application/xml")
