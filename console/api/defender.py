"""Microsoft Defender for Endpoint API: machines (list, get, tag) and alerts."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from console.api.errors import ParseError
from console.api.odata import odata_datetime, quote_key
from console.api.paging import Page, iter_pages
from console.api.parse import parse_device, parse_mde_alert
from console.api.redact import logger_for
from console.api.session import ApiSession, JsonResponse
from console.domain import Alert, Device

log = logger_for(__name__)

MDE_API = "https://api.securitycenter.microsoft.com"


class DefenderClient:
    """`tenant_id` stamps every device and alert: MDE machines do not name their tenant."""

    def __init__(
        self, session: ApiSession, base_url: str = MDE_API, tenant_id: str | None = None
    ) -> None:
        self.session = session
        self.base_url = base_url.rstrip("/")
        self.tenant_id = tenant_id

    def machine_pages(
        self,
        *,
        resume_url: str | None = None,
        first_page: int = 1,
        page_size: int = 10000,
        odata_filter: str | None = None,
    ) -> Iterator[Page[Device]]:
        """Machines, page by page. No machines (MDE answers 404) is one empty page."""
        params: dict[str, str | int] = {"$top": page_size}
        if odata_filter:
            params["$filter"] = odata_filter
        tenant = self.tenant_id
        return iter_pages(
            self.session,
            "machines",
            resume_url or f"{self.base_url}/api/machines",
            None if resume_url else params,
            lambda obj, warnings: parse_device(obj, tenant, warnings),
            first_number=first_page,
            empty_on_not_found=True,
        )

    def alert_pages(
        self,
        *,
        updated_since: datetime | None = None,
        resume_url: str | None = None,
        first_page: int = 1,
        page_size: int = 10000,
        expand_evidence: bool = True,
        odata_filter: str | None = None,
    ) -> Iterator[Page[Alert]]:
        """MDE alerts (with evidence unless told otherwise), page by page."""
        params: dict[str, str | int] = {"$top": page_size}
        filters = [f"({odata_filter})"] if odata_filter else []
        if updated_since is not None:
            filters.append(f"lastUpdateTime ge {odata_datetime(updated_since)}")
        if filters:
            params["$filter"] = " and ".join(filters)
        if expand_evidence:
            params["$expand"] = "evidence"
        tenant = self.tenant_id
        return iter_pages(
            self.session,
            "MDE alerts",
            resume_url or f"{self.base_url}/api/alerts",
            None if resume_url else params,
            lambda obj, warnings: parse_mde_alert(obj, tenant, warnings),
            first_number=first_page,
        )

    def get_machine(self, machine_id: str) -> Device:
        """A machine by id (or computer name, which the API also accepts)."""
        resource = f"machine {machine_id}"
        response = self.session.get_json(
            f"{self.base_url}/api/machines/{quote_key(machine_id)}", resource=resource
        )
        return self._device(response, resource)

    def tag_machine(self, machine_id: str, tag: str, *, remove: bool = False) -> Device:
        """Add (or remove) a machine tag; returns the machine as updated."""
        if not tag.strip():
            raise ValueError("a machine tag cannot be empty")
        resource = f"machine {machine_id}"
        # Body keys are case-sensitive in this API: exactly `Value` and `Action`.
        body = {"Value": tag, "Action": "Remove" if remove else "Add"}
        response = self.session.post_json(
            f"{self.base_url}/api/machines/{quote_key(machine_id)}/tags", body, resource=resource
        )
        return self._device(response, resource)

    def _device(self, response: JsonResponse, resource: str) -> Device:
        warnings: list[str] = []
        try:
            device = parse_device(response.body, self.tenant_id, warnings)
        except ParseError as error:
            error.resource, error.url = resource, response.url
            raise
        for warning in warnings:
            log.warning("%s: %s", resource, warning)
        return device
