"""Microsoft Defender for Endpoint API: machines (list, get, tag), alerts, machine actions."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import Any

from console.api.errors import ParseError
from console.api.odata import odata_datetime, quote_key, with_query
from console.api.paging import Page, iter_pages
from console.api.parse import parse_device, parse_mde_alert
from console.api.parse.fields import parse_datetime
from console.api.redact import logger_for
from console.api.session import ApiSession, JsonResponse
from console.domain import Alert, Device
from console.domain.response import (
    BULK_TAGS,
    BY_TYPE,
    ActionStatus,
    ActionType,
    MachineAction,
    Option,
    request_body,
)

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

    def tag_machines(
        self, machine_ids: Sequence[str], tag: str, *, remove: bool = False
    ) -> list[Device]:
        """Add (or remove) a tag on many machines, at most BULK_TAGS per call (the caller
        splits); returns the machines as the service updated them."""
        if not tag.strip():
            raise ValueError("a machine tag cannot be empty")
        if not 0 < len(machine_ids) <= BULK_TAGS:
            raise ValueError(f"1 to {BULK_TAGS} machines per call, not {len(machine_ids)}")
        body = {
            "Value": tag,
            "Action": "Remove" if remove else "Add",
            "MachineIds": list(machine_ids),
        }
        resource = f"tags of {len(machine_ids)} machines"
        response = self.session.post_json(
            f"{self.base_url}/api/machines/AddOrRemoveTagForMultipleMachines",
            body,
            resource=resource,
        )
        value = response.body.get("value") if isinstance(response.body, dict) else None
        if not isinstance(value, list):
            raise ParseError("the updated machines are not a list", resource=resource)
        warnings: list[str] = []
        devices = [parse_device(item, self.tenant_id, warnings) for item in value]
        for warning in warnings:
            log.warning("%s: %s", resource, warning)
        return devices

    # -- machine actions ------------------------------------------------------------

    def start_action(
        self, machine_id: str, action: ActionType, comment: str, option: Option | None = None
    ) -> MachineAction:
        """Ask for a machine action (201 with the action, Pending). Never retried: a POST
        the service may have taken is not sent twice (console.api.session)."""
        response_kind = BY_TYPE[action]
        body = request_body(response_kind, comment, option)
        resource = f"{action.value} on machine {machine_id}"
        response = self.session.post_json(
            f"{self.base_url}/api/machines/{quote_key(machine_id)}/{response_kind.path}",
            body,
            resource=resource,
        )
        return self._action(response.body, resource)

    def get_action(self, action_id: str) -> MachineAction:
        resource = f"machine action {action_id}"
        response = self.session.get_json(
            f"{self.base_url}/api/machineactions/{quote_key(action_id)}", resource=resource
        )
        return self._action(response.body, resource)

    def machine_actions(self, machine_id: str) -> list[MachineAction]:
        """The machine's actions, newest first (the running one among them)."""
        resource = f"machine actions of {machine_id}"
        # An OData string literal: a quote inside is doubled, so the id cannot end it.
        literal = "'" + machine_id.replace("'", "''") + "'"
        url = with_query(
            f"{self.base_url}/api/machineactions", {"$filter": f"machineId eq {literal}"}
        )
        response = self.session.get_json(url, resource=resource)
        value = response.body.get("value") if isinstance(response.body, dict) else None
        if not isinstance(value, list):
            raise ParseError("the machine actions are not a list", resource=resource)
        return [self._action(item, resource) for item in value]

    def package_uri(self, action_id: str) -> str:
        """Where a collected investigation package can be downloaded (a signed URL)."""
        resource = f"investigation package of {action_id}"
        response = self.session.get_json(
            f"{self.base_url}/api/machineactions/{quote_key(action_id)}/GetPackageUri",
            resource=resource,
        )
        value = response.body.get("value") if isinstance(response.body, dict) else None
        if not isinstance(value, str) or not value.startswith("https://"):
            raise ParseError("the package address is not an https URL", resource=resource)
        return value

    def _action(self, body: Any, resource: str) -> MachineAction:
        if not isinstance(body, dict) or not isinstance(body.get("id"), str):
            raise ParseError("a machine action without an id", resource=resource)
        kind = ActionType.parse(body.get("type") if isinstance(body.get("type"), str) else None)
        if kind is None:
            raise ParseError("a machine action without a type", resource=resource)
        machine_id = body.get("machineId")
        return MachineAction(
            id=body["id"],
            type=kind,
            # Unknown or missing: shown as it came (an unknown one counts as finished).
            status=ActionStatus.parse(str(body.get("status") or "")) or ActionStatus.PENDING,
            machine_id=str(machine_id or ""),
            tenant_id=self.tenant_id,
            computer_name=body.get("computerDnsName"),
            scope=body.get("scope"),
            requestor=body.get("requestor"),
            comment=body.get("requestorComment"),
            created=parse_datetime(body.get("creationDateTimeUtc")),
            updated=parse_datetime(body.get("lastUpdateDateTimeUtc")),
        )

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
