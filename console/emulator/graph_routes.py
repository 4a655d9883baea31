"""Microsoft Graph security routes: incidents and alerts_v2 (v1.0 and beta)."""

from __future__ import annotations

import re
from typing import Any

import orjson

from console.emulator import enums, schemas
from console.emulator.dataset import TenantData
from console.emulator.odata import ODataError, parse_options
from console.emulator.paging import list_page, with_context
from console.emulator.protocol import ApiRequest, Response
from console.emulator.store import Item
from console.emulator.wire import fmt_us, graph_error, now_us

ROUTE = re.compile(
    r"^/(v1\.0|beta)/security/(incidents|alerts_v2)(?:/([^/]+))?(?:/(comments|alerts))?/?$"
)
_INCIDENTS, _ALERTS = schemas.incidents(), schemas.alerts()


def error(status: int, code: str, message: str, request: ApiRequest) -> Response:
    return Response(status, graph_error(code, message, request.headers.get("client-request-id")))


def handle(request: ApiRequest, match: re.Match[str]) -> Response:
    version, resource, item_id, sub = match.groups()
    tenant = request.tenant
    assert tenant is not None
    metadata = f"{request.base_url}/{version}/$metadata#security/{resource}"
    try:
        with tenant.lock:
            if item_id is None:
                if request.method != "GET":
                    return error(405, "BadRequest", "Method not allowed on a collection.", request)
                return _list(request, tenant, resource, metadata)
            return _item(request, tenant, resource, item_id, sub, metadata)
    except ODataError as problem:
        return error(400, "BadRequest", str(problem), request)


# The permission each resource's writes need (api-surface 1.1), named in the 403.
WRITE_PERMISSION = {
    "incidents": "SecurityIncident.ReadWrite.All",
    "alerts_v2": "SecurityAlert.ReadWrite.All",
}


def write_resource(method: str, match: re.Match[str] | None) -> str | None:
    """ "incidents" or "alerts_v2" for a triage write (PATCH of an item, POST of its
    comments), else None (any other request, of any route): what the write quota and the
    write permission cover."""
    if match is None or match.re is not ROUTE:
        return None
    _version, resource, item_id, sub = match.groups()
    if item_id is None:
        return None
    if (method == "PATCH" and sub is None) or (method == "POST" and sub == "comments"):
        return str(resource)
    return None


def _render(request: ApiRequest) -> Any:
    if request.include_unknown_enums:
        return lambda item: item.body
    return lambda item: item.variant


def _incident_body(request: ApiRequest, tenant: TenantData, item: Item, expand: bool) -> bytes:
    body = item.body if request.include_unknown_enums else item.variant
    if not expand:
        return body
    render = _render(request)
    alerts = (tenant.alerts.items.get(a) for a in tenant.alerts_by_incident.get(item.id, []))
    joined = b",".join(render(a) for a in alerts if a is not None)
    return body[:-1] + b',"alerts":[' + joined + b"]}"


def _list(request: ApiRequest, tenant: TenantData, resource: str, metadata: str) -> Response:
    incidents = resource == "incidents"
    schema = _INCIDENTS if incidents else _ALERTS
    collection = tenant.incidents if incidents else tenant.alerts
    options = parse_options(request.query, schema, collection.index)
    matched = collection.select(
        options.predicate, options.filter_text, options.sort_field, options.descending
    )
    expand = "alerts" in options.expand
    if incidents:

        def render(item: Item) -> bytes:
            return _incident_body(request, tenant, item, expand)

        context = metadata + ("(alerts())" if expand else "")
    else:
        render, context = _render(request), metadata
    body = list_page(context, matched, options, request.base_url, request.path, render)
    return Response(200, body, list_page=True)


def _item(
    request: ApiRequest,
    tenant: TenantData,
    resource: str,
    item_id: str,
    sub: str | None,
    metadata: str,
) -> Response:
    incidents = resource == "incidents"
    collection = tenant.incidents if incidents else tenant.alerts
    item = collection.items.get(item_id)
    if item is None:
        kind = "incident" if incidents else "alert"
        return error(404, "NotFound", f"The {kind} with id '{item_id}' was not found.", request)
    if sub == "comments" and request.method == "POST":
        return _post_comments(request, tenant, resource, item_id, metadata)
    if sub == "alerts" and incidents and request.method == "GET":
        render = _render(request)
        alerts = [tenant.alerts.items[a] for a in tenant.alerts_by_incident.get(item_id, [])]
        context = f"{metadata}('{item_id}')/alerts"
        return Response(
            200,
            b'{"@odata.context":%s,"value":[%s]}'
            % (orjson.dumps(context), b",".join(map(render, alerts))),
        )
    if sub is not None:
        return error(405, "BadRequest", f"{request.method} is not supported on '{sub}'.", request)
    if request.method == "PATCH":
        return _patch(request, tenant, incidents, item_id, metadata)
    if request.method != "GET":
        return error(405, "BadRequest", f"{request.method} is not supported here.", request)
    options = parse_options(request.query, _INCIDENTS if incidents else _ALERTS, collection.index)
    if incidents:
        body = _incident_body(request, tenant, item, "alerts" in options.expand)
    else:
        body = _render(request)(item)
    return Response(200, with_context(f"{metadata}/$entity", body))


# -- writes ------------------------------------------------------------------------------

_INCIDENT_ENUMS = {
    "status": enums.INCIDENT_PATCH_STATUS,
    "classification": enums.CLASSIFICATION,
    "determination": enums.DETERMINATION,
}
_ALERT_ENUMS = {**_INCIDENT_ENUMS, "status": enums.ALERT_PATCH_STATUS}
_ALIASES = {
    "classification": enums.CLASSIFICATION_ALIASES,
    "determination": enums.DETERMINATION_ALIASES,
}


def _parse_json(request: ApiRequest) -> Any:
    try:
        return orjson.loads(request.body or b"null")
    except orjson.JSONDecodeError as problem:
        raise ODataError(f"The request body is not valid JSON: {problem}.") from problem


def validated_changes(payload: Any, incidents: bool) -> dict[str, Any]:
    """The body's changes with canonical enum spellings; ODataError names the first problem.

    Only the fields api-surface 1.11 documents as updatable are accepted. Others the item
    carries (``resolvingComment``, ``summary``, ``severity``) get the same 400 as an unknown
    property: whether Graph takes them is unconfirmed, and a client that relied on them here
    would fail against the real service, or silently lose the value.
    """
    if not isinstance(payload, dict):
        raise ODataError("The request body must be a JSON object.")
    allowed = _INCIDENT_ENUMS if incidents else _ALERT_ENUMS
    changes: dict[str, Any] = {}
    for key, value in payload.items():
        if key == "@odata.type":
            continue  # the SDK always sends it
        if key == "assignedTo":
            if value is not None and not isinstance(value, str):
                raise ODataError("'assignedTo' must be a string or null.")
            changes[key] = value
        elif key == "customTags" and incidents:
            if not isinstance(value, list) or not all(isinstance(t, str) for t in value):
                raise ODataError("'customTags' must be an array of strings.")
            changes[key] = value
        elif key in allowed:
            member = enums.canonical(value, allowed[key]) if isinstance(value, str) else None
            if member is None and isinstance(value, str):
                member = _ALIASES.get(key, {}).get(value.lower())
            if member is None:
                raise ODataError(f"Invalid value '{value}' for property '{key}'.")
            changes[key] = member
        else:
            raise ODataError(f"Property '{key}' cannot be updated.")
    return changes


def apply_changes(
    tenant: TenantData, incidents: bool, item_id: str, changes: dict[str, Any], by: str
) -> dict[str, Any]:
    """Apply validated changes to one item as Graph applies a PATCH; returns the new doc.

    Shared by PATCH and by ``Emulator.edit_item`` (an analyst in the portal), so a change made
    behind the console's back moves ``lastUpdateDateTime`` and the indexes exactly as one
    made through the API does. Hold ``tenant.lock``.
    """
    stamp = fmt_us(now_us())
    collection = tenant.incidents if incidents else tenant.alerts
    doc = collection.doc(item_id)
    assert doc is not None
    _check_pair(doc, changes)
    doc.update(changes)
    doc["lastUpdateDateTime"] = stamp
    if incidents:
        doc["lastModifiedBy"] = by
        tenant.replace_incident(doc)
        if changes.get("status") == "resolved":
            # Resolving an incident resolves its alerts, as in the portal.
            for alert_id in tenant.alerts_by_incident.get(item_id, []):
                alert = tenant.alerts.doc(alert_id)
                if alert and alert["status"] != "resolved":
                    alert.update(
                        status="resolved", resolvedDateTime=stamp, lastUpdateDateTime=stamp
                    )
                    tenant.replace_alert(alert)
    else:
        if changes.get("status") == "resolved":
            doc["resolvedDateTime"] = stamp
        tenant.replace_alert(doc)
    return doc


def _check_pair(doc: dict[str, Any], changes: dict[str, Any]) -> None:
    """Refuse a resulting classification and determination the portal would not offer.

    The pair is the body's values over the item's current ones, so a PATCH of the
    determination alone is judged against the classification already set. A body that
    names neither is not judged, whatever pair the item holds.
    """
    if "classification" not in changes and "determination" not in changes:
        return
    classification = changes.get("classification", doc.get("classification")) or "unknown"
    determination = changes.get("determination", doc.get("determination")) or "unknown"
    if enums.pair_allowed(classification, determination):
        return
    offered = sorted(enums.DETERMINATIONS_BY_CLASSIFICATION.get(classification, ()))
    raise ODataError(
        f"The determination '{determination}' is not valid with the classification "
        f"'{classification}'; it allows: {', '.join(['unknown', *offered])}."
    )


def append_comments(
    tenant: TenantData, incidents: bool, item_id: str, texts: list[str], by: str
) -> list[dict[str, Any]]:
    """Append comments by ``by`` and move ``lastUpdateDateTime``; returns all the comments.

    Shared by POST .../comments and ``Emulator.add_comment``. Hold ``tenant.lock``.
    """
    stamp = fmt_us(now_us())
    collection = tenant.incidents if incidents else tenant.alerts
    doc = collection.doc(item_id)
    assert doc is not None
    for text in texts:
        doc["comments"].append(
            {"comment": text, "createdByDisplayName": by, "createdDateTime": stamp}
        )
    doc["lastUpdateDateTime"] = stamp
    (tenant.replace_incident if incidents else tenant.replace_alert)(doc)
    comments: list[dict[str, Any]] = doc["comments"]
    return comments


def _patch(
    request: ApiRequest, tenant: TenantData, incidents: bool, item_id: str, metadata: str
) -> Response:
    changes = validated_changes(_parse_json(request), incidents)
    apply_changes(tenant, incidents, item_id, changes, request.principal)
    collection = tenant.incidents if incidents else tenant.alerts
    item = collection.items[item_id]
    body = _incident_body(request, tenant, item, False) if incidents else _render(request)(item)
    return Response(200, with_context(f"{metadata}/$entity", body))


def _post_comments(
    request: ApiRequest, tenant: TenantData, resource: str, item_id: str, metadata: str
) -> Response:
    """Append comments and answer with the whole comment list.

    Two body shapes are accepted, and each gets the answer its sender can read:
    - an object ``{"comment": ...}`` (the documented form) -> the documented object
      ``{"@odata.context": ..., "value": [all comments]}``;
    - an array ``[{"comment": ...}, ...]`` (what msgraph-sdk sends) -> a top-level JSON array
      of all comments, because the SDK parses the response as a collection and would return
      None for the documented object.
    """
    payload = _parse_json(request)
    entries = payload if isinstance(payload, list) else [payload]
    if not entries or not all(
        isinstance(e, dict) and isinstance(e.get("comment"), str) and e["comment"].strip()
        for e in entries
    ):
        raise ODataError("Each comment needs a non-empty 'comment' string.")
    texts = [entry["comment"] for entry in entries]
    comments = append_comments(tenant, resource == "incidents", item_id, texts, request.principal)
    if isinstance(payload, list):
        return Response(200, orjson.dumps(comments))
    context = f"{metadata}('{item_id}')/comments"
    return Response(200, orjson.dumps({"@odata.context": context, "value": comments}))
