"""Microsoft Graph security API v1.0: incidents and alerts_v2 (read, update, comment)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from datetime import datetime
from typing import Any, TypeVar

from console.api.changes import ALERT_FIELDS, INCIDENT_FIELDS, wire_changes
from console.api.errors import ParseError
from console.api.odata import odata_datetime, quote_key
from console.api.paging import Page, iter_pages
from console.api.parse import parse_alert, parse_incident
from console.api.parse.comments import parse_comment
from console.api.redact import logger_for
from console.api.session import ApiSession, JsonResponse
from console.domain import Alert, Comment, Incident

log = logger_for(__name__)

T = TypeVar("T")

GRAPH_V1 = "https://graph.microsoft.com/v1.0"
# Without it Graph sends `unknownFutureValue` instead of newer members such as
# `awaitingAction` (the status Defender Experts set when the customer must act).
PREFER_UNKNOWN_MEMBERS = {"Prefer": "include-unknown-enum-members"}


def _prefer(include_unknown_enum_members: bool) -> dict[str, str]:
    return dict(PREFER_UNKNOWN_MEMBERS) if include_unknown_enum_members else {}


def _list_params(
    page_size: int, updated_since: datetime | None, with_count: bool
) -> dict[str, str | int]:
    params: dict[str, str | int] = {"$top": page_size}
    if updated_since is not None:
        params["$filter"] = f"lastUpdateDateTime ge {odata_datetime(updated_since)}"
        # Oldest first, so a cursor saved after each page only ever moves forward.
        params["$orderby"] = "lastUpdateDateTime asc"
    if with_count:
        params["$count"] = "true"
    return params


class GraphClient:
    def __init__(
        self, session: ApiSession, base_url: str = GRAPH_V1, tenant_id: str | None = None
    ) -> None:
        self.session = session
        self.base_url = base_url.rstrip("/")
        self.tenant_id = tenant_id

    # -- lists -------------------------------------------------------------------

    def incident_pages(
        self,
        *,
        updated_since: datetime | None = None,
        resume_url: str | None = None,
        first_page: int = 1,
        page_size: int = 50,
        expand_alerts: bool = False,
        include_unknown_enum_members: bool = True,
        with_count: bool = False,
    ) -> Iterator[Page[Incident]]:
        """Incidents, page by page; `resume_url` (a saved next link) wins over the other options.

        `with_count` asks for `@odata.count` (the total, for a progress bar).
        """
        params = _list_params(page_size, updated_since, with_count)
        if expand_alerts:
            params["$expand"] = "alerts"
        tenant = self.tenant_id
        return iter_pages(
            self.session,
            "incidents",
            resume_url or f"{self.base_url}/security/incidents",
            None if resume_url else params,
            lambda obj, warnings: parse_incident(obj, tenant, warnings),
            first_number=first_page,
            headers=_prefer(include_unknown_enum_members),
        )

    def alert_pages(
        self,
        *,
        updated_since: datetime | None = None,
        resume_url: str | None = None,
        first_page: int = 1,
        page_size: int = 1000,
        include_unknown_enum_members: bool = True,
        with_count: bool = False,
    ) -> Iterator[Page[Alert]]:
        """alerts_v2 alerts with their evidence, page by page."""
        params = _list_params(page_size, updated_since, with_count)
        tenant = self.tenant_id
        return iter_pages(
            self.session,
            "alerts",
            resume_url or f"{self.base_url}/security/alerts_v2",
            None if resume_url else params,
            lambda obj, warnings: parse_alert(obj, tenant, warnings),
            first_number=first_page,
            headers=_prefer(include_unknown_enum_members),
        )

    # -- single items ------------------------------------------------------------

    def _incident_url(self, incident_id: str) -> str:
        return f"{self.base_url}/security/incidents/{quote_key(incident_id)}"

    def _alert_url(self, alert_id: str) -> str:
        return f"{self.base_url}/security/alerts_v2/{quote_key(alert_id)}"

    def get_incident(self, incident_id: str, *, expand_alerts: bool = False) -> Incident:
        url = self._incident_url(incident_id)
        if expand_alerts:
            url += "?$expand=alerts"
        resource = f"incident {incident_id}"
        response = self.session.get_json(url, resource=resource, headers=PREFER_UNKNOWN_MEMBERS)
        return self._one(response, resource, parse_incident)

    def get_alert(self, alert_id: str) -> Alert:
        resource = f"alert {alert_id}"
        response = self.session.get_json(
            self._alert_url(alert_id), resource=resource, headers=PREFER_UNKNOWN_MEMBERS
        )
        return self._one(response, resource, parse_alert)

    def update_incident(self, incident_id: str, changes: Mapping[str, Any]) -> Incident:
        """PATCH the incident; returns it as the service now has it."""
        body = wire_changes(changes, INCIDENT_FIELDS, "incident")
        resource = f"incident {incident_id}"
        response = self.session.patch_json(
            self._incident_url(incident_id), body, resource=resource, headers=PREFER_UNKNOWN_MEMBERS
        )
        if response.body is None:  # 204: the service did not echo it back
            return self.get_incident(incident_id)
        return self._one(response, resource, parse_incident)

    def update_alert(self, alert_id: str, changes: Mapping[str, Any]) -> Alert:
        body = wire_changes(changes, ALERT_FIELDS, "alert")
        resource = f"alert {alert_id}"
        response = self.session.patch_json(
            self._alert_url(alert_id), body, resource=resource, headers=PREFER_UNKNOWN_MEMBERS
        )
        if response.body is None:
            return self.get_alert(alert_id)
        return self._one(response, resource, parse_alert)

    def comment_incident(self, incident_id: str, text: str) -> list[Comment]:
        """Add a comment; returns all the incident's comments after it."""
        return self._comment(self._incident_url(incident_id), f"incident {incident_id}", text)

    def comment_alert(self, alert_id: str, text: str) -> list[Comment]:
        return self._comment(self._alert_url(alert_id), f"alert {alert_id}", text)

    # -- helpers -----------------------------------------------------------------

    def _one(
        self,
        response: JsonResponse,
        resource: str,
        parse: Callable[[Any, str | None, list[str]], T],
    ) -> T:
        warnings: list[str] = []
        try:
            item = parse(response.body, self.tenant_id, warnings)
        except ParseError as error:
            error.resource, error.url = resource, response.url
            raise
        for warning in warnings:
            log.warning("%s: %s", resource, warning)
        return item

    def _comment(self, item_url: str, resource: str, text: str) -> list[Comment]:
        if not text.strip():
            raise ValueError("a comment cannot be empty")
        body = {"@odata.type": "microsoft.graph.security.alertComment", "comment": text}
        response = self.session.post_json(f"{item_url}/comments", body, resource=resource)
        # The docs answer {"value": [...]}; the SDK expects a bare array. Take both.
        payload = response.body
        items = payload.get("value") if isinstance(payload, Mapping) else payload
        if not isinstance(items, list):
            raise ParseError(
                "the comment response has no list of comments", resource=resource, url=response.url
            )
        warnings: list[str] = []
        comments = [
            parse_comment(item, f"{resource} comment", warnings)
            for item in items
            if isinstance(item, Mapping)
        ]
        for warning in warnings:
            log.warning("%s", warning)
        return comments
