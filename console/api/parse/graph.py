"""Graph security incidents (`/security/incidents`) and alerts (`/security/alerts_v2`)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from console.api.errors import ParseError, TenantMismatchError
from console.api.parse.comments import parse_comments
from console.api.parse.evidence import parse_evidence
from console.api.parse.fields import FieldReader, as_raw, require_id, require_object
from console.domain import (
    Alert,
    AlertStatus,
    Classification,
    DetectionSource,
    Determination,
    Evidence,
    Incident,
    IncidentStatus,
    ServiceSource,
    Severity,
)


def resolve_tenant(read: FieldReader, tenant_id: str | None, key: str) -> str:
    """The tenant the caller syncs for: the cache's key for every row.

    An item that names another tenant (`key`) is refused, never filed under the
    caller's tenant; one that names none (MDE machines) takes the caller's.
    """
    wire = read.text(key)
    if tenant_id and wire and wire.casefold() != tenant_id.casefold():
        raise TenantMismatchError(
            f"the server sent items of tenant {wire} while syncing tenant {tenant_id}; "
            "nothing of this page was stored"
        )
    return tenant_id or wire or ""


def parse_evidence_list(
    read: FieldReader, key: str = "evidence", default_device_id: str | None = None
) -> list[Evidence]:
    items = read.objects(key)
    if not items:
        return []
    return [
        parse_evidence(item, read.warnings, default_device_id=default_device_id) for item in items
    ]


def parse_alert(obj: Any, tenant_id: str | None = None, warnings: list[str] | None = None) -> Alert:
    """A Graph `alerts_v2` alert with its inline evidence."""
    item = require_object(obj, "alert")
    alert_id = require_id(item, "alert")
    read = FieldReader(item, f"alert {alert_id}", warnings)
    return Alert(
        id=alert_id,
        tenant_id=resolve_tenant(read, tenant_id, "tenantId"),
        title=read.text("title") or "",
        incident_id=read.text("incidentId"),
        description=read.text("description"),
        severity=read.enum(Severity, "severity"),
        status=read.enum(AlertStatus, "status"),
        classification=read.enum(Classification, "classification"),
        determination=read.enum(Determination, "determination"),
        service_source=read.enum(ServiceSource, "serviceSource"),
        detection_source=read.enum(DetectionSource, "detectionSource"),
        category=read.text("category"),
        categories=read.strings("categories"),
        mitre_techniques=read.strings("mitreTechniques"),
        assigned_to=read.text("assignedTo"),
        created=read.when("createdDateTime"),
        last_update=read.when("lastUpdateDateTime"),
        first_activity=read.when("firstActivityDateTime"),
        last_activity=read.when("lastActivityDateTime"),
        resolved=read.when("resolvedDateTime"),
        recommended_actions=read.text("recommendedActions"),
        alert_web_url=read.text("alertWebUrl"),
        incident_web_url=read.text("incidentWebUrl"),
        provider_alert_id=read.text("providerAlertId"),
        product_name=read.text("productName"),
        threat_family_name=read.text("threatFamilyName"),
        actor_display_name=read.text("actorDisplayName"),
        system_tags=read.strings("systemTags"),
        comments=parse_comments(read),
        evidence=parse_evidence_list(read),
        raw=as_raw(item),
    )


def _hunting_queries(read: FieldReader) -> tuple[str, ...]:
    """The KQL of `recommendedHuntingQueries` (beta; objects with `kqlText`)."""
    queries = []
    for query in read.objects("recommendedHuntingQueries"):
        kql = query.get("kqlText")
        if type(kql) is str and kql.strip():
            queries.append(kql)
    return tuple(queries)


def _expanded_alerts(read: FieldReader, tenant_id: str, incident_id: str) -> list[Alert]:
    """The alerts embedded in an incident, linked to it.

    An alert inside an incident belongs to that incident even when its own
    `incidentId` says otherwise (Microsoft's list-incidents example 2 does so):
    linked to the id it names, it would count for no incident on screen.
    """
    alerts = []
    for position, obj in enumerate(read.objects("alerts"), start=1):
        try:
            alert = parse_alert(obj, tenant_id, read.warnings)
        except ParseError as error:
            read.warnings.append(f"{read.where}: alert {position} skipped: {error}")
            continue
        if alert.incident_id != incident_id:
            alert = replace(alert, incident_id=incident_id)
        alerts.append(alert)
    return alerts


def parse_incident(
    obj: Any, tenant_id: str | None = None, warnings: list[str] | None = None
) -> Incident:
    """A Graph incident; its alerts too when the request had ``$expand=alerts``."""
    item = require_object(obj, "incident")
    incident_id = require_id(item, "incident")
    read = FieldReader(item, f"incident {incident_id}", warnings)
    tenant = resolve_tenant(read, tenant_id, "tenantId")
    # Example 2 of the list-incidents doc names the user tags `tags`.
    custom_tags = read.strings("customTags") if "customTags" in item else read.strings("tags")
    return Incident(
        id=incident_id,
        tenant_id=tenant,
        display_name=read.text("displayName") or "",
        description=read.text("description"),
        severity=read.enum(Severity, "severity"),
        status=read.enum(IncidentStatus, "status"),
        classification=read.enum(Classification, "classification"),
        determination=read.enum(Determination, "determination"),
        assigned_to=read.text("assignedTo"),
        created=read.when("createdDateTime"),
        last_update=read.when("lastUpdateDateTime"),
        custom_tags=custom_tags,
        system_tags=read.strings("systemTags"),
        comments=parse_comments(read),
        incident_web_url=read.text("incidentWebUrl"),
        redirect_incident_id=read.text("redirectIncidentId"),
        summary=read.text("summary"),
        priority_score=read.integer("priorityScore"),
        recommended_actions=read.text("recommendedActions"),
        recommended_hunting_queries=_hunting_queries(read),
        alerts=_expanded_alerts(read, tenant, incident_id),
        raw=as_raw(item),
    )
