"""Microsoft's own Python SDK (msgraph-sdk) reads the emulator like the real service.

This is the reference client: if the SDK parses what we serve into the same ids and fields
as the raw JSON, the emulator's wire format is close enough to Microsoft's.
"""

from __future__ import annotations

import asyncio
from typing import Any
from urllib.parse import urlsplit

import pytest
import requests

from console.emulator import Emulator

from .conftest import TIMEOUT, follow

msgraph = pytest.importorskip("msgraph")

from kiota_abstractions.authentication import (  # noqa: E402
    AccessTokenProvider,
    AllowedHostsValidator,
    BaseBearerTokenAuthenticationProvider,
)
from kiota_abstractions.base_request_configuration import RequestConfiguration  # noqa: E402
from kiota_http.middleware.options import RetryHandlerOption  # noqa: E402
from msgraph import GraphRequestAdapter, GraphServiceClient  # noqa: E402
from msgraph.generated.models.security.alert_comment import AlertComment  # noqa: E402
from msgraph.generated.security.alerts_v2.alerts_v2_request_builder import Alerts_v2RequestBuilder  # noqa: E402
from msgraph.generated.security.incidents.incidents_request_builder import IncidentsRequestBuilder  # noqa: E402
from msgraph_core import GraphClientFactory  # noqa: E402


class EmulatorTokens(AccessTokenProvider):
    def __init__(self, token: str) -> None:
        self.token = token

    async def get_authorization_token(
        self, uri: str, additional_authentication_context: Any = None
    ) -> str:
        return self.token

    def get_allowed_hosts_validator(self) -> AllowedHostsValidator:
        return AllowedHostsValidator(["127.0.0.1"])


def _client(emu: Emulator) -> GraphServiceClient:
    auth = BaseBearerTokenAuthenticationProvider(EmulatorTokens(emu.issue_token(emu.tenants[0].id)))
    # Bounded retries: a test must fail rather than sleep through Retry-After.
    http = GraphClientFactory.create_with_default_middleware(
        options={RetryHandlerOption.get_key(): RetryHandlerOption(max_retries=0)}
    )
    adapter = GraphRequestAdapter(auth, client=http)
    adapter.base_url = emu.graph_url
    assert urlsplit(adapter.base_url).hostname == "127.0.0.1"
    return GraphServiceClient(request_adapter=adapter)


def _enum(value: Any) -> str | None:
    return None if value is None else str(value.value)


def test_sdk_lists_incidents_with_expanded_alerts(
    shared_emu: Emulator, shared: requests.Session
) -> None:
    client = _client(shared_emu)
    query = IncidentsRequestBuilder.IncidentsRequestBuilderGetQueryParameters(
        top=10, expand=["alerts"], count=True
    )

    async def read() -> list[Any]:
        page = await client.security.incidents.get(
            request_configuration=RequestConfiguration(query_parameters=query)
        )
        assert page is not None and page.odata_count == 120
        items = list(page.value or [])
        # Follow one nextLink (the SDK parses slowly; one hop proves the link works for it).
        assert page.odata_next_link
        page = await client.security.incidents.with_url(page.odata_next_link).get()
        assert page is not None
        items.extend(page.value or [])
        return items

    sdk_items = asyncio.run(asyncio.wait_for(read(), timeout=60))
    raw = {
        i["id"]: i
        for i in follow(shared, f"{shared_emu.graph_url}/security/incidents?$top=10&$expand=alerts")
    }
    raw = {k: raw[k] for k in list(raw)[:20]}
    assert [i.id for i in sdk_items] == list(raw)
    assert any(i["displayName"].startswith("Defender Experts") for i in raw.values())
    for incident in sdk_items:
        wire = raw[incident.id]
        assert _enum(incident.severity) == wire["severity"]
        assert _enum(incident.status) == wire["status"]
        assert incident.display_name == wire["displayName"]
        assert incident.custom_tags == wire["customTags"]
        assert [a.id for a in incident.alerts] == [a["id"] for a in wire["alerts"]]
        if wire["displayName"].startswith("Defender Experts"):
            # Not in the v1.0 model: the SDK keeps them in additional_data.
            assert incident.system_tags == ["Defender Experts"]
            assert incident.additional_data["recommendedActions"] == wire["recommendedActions"]
            assert (
                incident.additional_data["recommendedHuntingQueries"]
                == wire["recommendedHuntingQueries"]
            )


def test_sdk_lists_alerts_with_evidence(shared_emu: Emulator, shared: requests.Session) -> None:
    client = _client(shared_emu)
    query = Alerts_v2RequestBuilder.Alerts_v2RequestBuilderGetQueryParameters(
        top=30, filter="severity eq 'high'"
    )
    page = asyncio.run(
        asyncio.wait_for(
            client.security.alerts_v2.get(
                request_configuration=RequestConfiguration(query_parameters=query)
            ),
            timeout=60,
        )
    )
    assert page is not None and page.value
    raw = {
        a["id"]: a
        for a in shared.get(
            f"{shared_emu.graph_url}/security/alerts_v2?$top=30&$filter=severity eq 'high'",
            timeout=TIMEOUT,
        ).json()["value"]
    }
    assert [a.id for a in page.value] == list(raw)
    for alert in page.value:
        wire = raw[alert.id]
        assert _enum(alert.severity) == "high" and _enum(alert.status) == wire["status"]
        assert _enum(alert.detection_source) == wire["detectionSource"]
        assert [type(e).__name__ for e in alert.evidence] == [
            e["@odata.type"].rsplit(".", 1)[-1][0].upper() + e["@odata.type"].rsplit(".", 1)[-1][1:]
            for e in wire["evidence"]
        ]
        for sdk_evidence, wire_evidence in zip(alert.evidence, wire["evidence"], strict=True):
            if "mdeDeviceId" in wire_evidence:
                assert sdk_evidence.mde_device_id == wire_evidence["mdeDeviceId"]
            if "processCommandLine" in wire_evidence:
                assert (
                    sdk_evidence.parent_process_image_file.file_name
                    == wire_evidence["parentProcessImageFile"]["fileName"]
                )


def test_sdk_posts_a_comment_and_reads_the_array_reply(
    emu: Emulator, session: requests.Session
) -> None:
    client = _client(emu)
    alert_id = session.get(f"{emu.graph_url}/security/alerts_v2?$top=1", timeout=TIMEOUT).json()[
        "value"
    ][0]["id"]
    comments = asyncio.run(
        asyncio.wait_for(
            client.security.alerts_v2.by_alert_id(alert_id).comments.post(
                [AlertComment(comment="From the SDK")]
            ),
            timeout=30,
        )
    )
    assert comments is not None and comments[-1].comment == "From the SDK"
    assert comments[-1].created_date_time is not None
